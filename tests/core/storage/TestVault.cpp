#include "tests/support/TestVault.h"

#include "core/storage/RecoveryCode.h"
#include "core/storage/Schema.h"
#include "core/storage/Vault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <sqlite3.h>
#include <unistd.h>

#include <chrono>
#include <thread>

using namespace confidant;
using namespace confidant::storage;
using confidant::test::fileHash;
using confidant::test::secret;
using TempVault = confidant::test::PassphraseTestVault;

namespace {

Result<std::unique_ptr<Vault>> openWith(const QString& dir, const char* passphrase)
{
    UnlockSecret unlock;
    unlock.secret = secret(passphrase);
    return Vault::open(dir, nullptr, unlock);
}

void overwrite(const QString& path, qint64 offset, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(offset));
    QCOMPARE(f.write(bytes), bytes.size());
}

} // namespace

class TestVault : public QObject
{
    Q_OBJECT

private slots:
    void createsEncryptedVaultFolder()
    {
        TempVault v;
        QVERIFY(v.create());
        QVERIFY(QFile::exists(v.path() + QStringLiteral("/vault.json")));
        QCOMPARE(v.session->vault().schemaVersion(), Schema::latestVersion());
        QVERIFY(v.session->vault().cipherVersion().startsWith(QStringLiteral("4.")));
        v.close();
        QFile db(v.dbPath());
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.read(16).startsWith("SQLite format 3"));
        // The vault folder is private to its owner.
        QCOMPARE(QFile::permissions(v.path()) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }

    void vaultJsonHoldsNothingSecret()
    {
        TempVault v;
        QVERIFY(v.create());
        QFile f(v.path() + QStringLiteral("/vault.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray json = f.readAll();
        QVERIFY(!json.contains(TempVault::kPassphrase));
        QVERIFY(json.contains("\"key_source\": \"passphrase\""));
        QVERIFY(json.contains("PBKDF2-HMAC-SHA512"));
    }

    void connectionUsesDesignPragmas()
    {
        TempVault v;
        QVERIFY(v.create());
        Database& db = v.session->vault().db();
        QCOMPARE(db.queryText("PRAGMA journal_mode")->value_or(QString()), QStringLiteral("wal"));
        QCOMPARE(*db.queryInt("PRAGMA secure_delete"), qint64(1));
        QCOMPARE(*db.queryInt("PRAGMA foreign_keys"), qint64(1));
        QCOMPARE(*db.queryInt("PRAGMA auto_vacuum"), qint64(2)); // incremental
        QCOMPARE(*db.queryInt("PRAGMA synchronous"), qint64(2)); // full
        QCOMPARE(*db.queryInt("PRAGMA cache_size"), qint64(-65536));
    }

    void reopensWithPassphrase()
    {
        TempVault v;
        QVERIFY(v.create());
        const QString uid = v.session->vault().descriptor().uid;
        QVERIFY(v.session->vault().db().exec("INSERT INTO tags (name) VALUES ('kept')").ok());
        v.close();
        auto vault = openWith(v.path(), TempVault::kPassphrase);
        QVERIFY2(vault.ok(), qPrintable(vault.ok() ? QString() : vault.error().message));
        QCOMPARE((*vault)->descriptor().uid, uid);
        QCOMPARE(*(*vault)->db().queryInt("SELECT count(*) FROM tags WHERE name = 'kept'"), qint64(1));
    }

    void stockSqlcipherOpensPassphraseVault()
    {
        // No lock-in: the passphrase with SQLCipher 4's defaults is all a stock sqlcipher needs.
        TempVault v;
        QVERIFY(v.create());
        QVERIFY(v.session->vault().db().exec("INSERT INTO tags (name) VALUES ('portable')").ok());
        v.close();
        sqlite3* raw = nullptr;
        QCOMPARE(sqlite3_open_v2(v.dbPath().toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_key(raw, TempVault::kPassphrase, int(qstrlen(TempVault::kPassphrase))), SQLITE_OK);
        sqlite3_stmt* stmt = nullptr;
        QCOMPARE(sqlite3_prepare_v2(raw, "SELECT name FROM tags", -1, &stmt, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0))), QByteArray("portable"));
        sqlite3_finalize(stmt);
        sqlite3_close(raw);
    }

    void wrongPassphraseIsWrongKeyAndLeavesFileIdentical()
    {
        TempVault v;
        QVERIFY(v.create());
        v.close();
        const QByteArray before = fileHash(v.dbPath());
        auto vault = openWith(v.path(), "not the passphrase");
        QVERIFY(!vault.ok());
        QCOMPARE(vault.error().kind, ErrorKind::WrongKey);
        QVERIFY(vault.error().message.contains(QStringLiteral("Wrong passphrase")));
        QVERIFY(!vault.error().message.contains(QLatin1Char('\n')));
        QCOMPARE(fileHash(v.dbPath()), before);
        QVERIFY(!QFile::exists(v.dbPath() + QStringLiteral("-wal")));
    }

    void crashLeftWalIsNotCheckpointedByAFailedOpen()
    {
        // A crash leaves committed pages in confidant.db-wal; a wrong key must not copy them into the file.
        TempVault v;
        QVERIFY(v.create());
        QVERIFY(v.session->vault().db().exec("INSERT INTO tags (name) VALUES ('only in the wal')").ok());
        const QString copy = v.dir.filePath(QStringLiteral("crashed"));
        QVERIFY(QDir().mkpath(copy));
        for (const char* name : {"confidant.db", "confidant.db-wal", "vault.json"}) {
            QVERIFY(QFile::copy(v.path() + QLatin1Char('/') + QString::fromLatin1(name),
                                copy + QLatin1Char('/') + QString::fromLatin1(name)));
        }
        v.close();
        const QString db = copy + QStringLiteral("/confidant.db");
        const QByteArray dbBefore = fileHash(db);
        const QByteArray walBefore = fileHash(db + QStringLiteral("-wal"));
        QVERIFY(!walBefore.isEmpty());
        {
            auto wrong = openWith(copy, "not the passphrase");
            QVERIFY(!wrong.ok());
            QCOMPARE(wrong.error().kind, ErrorKind::WrongKey);
        }
        QCOMPARE(fileHash(db), dbBefore);
        QCOMPARE(fileHash(db + QStringLiteral("-wal")), walBefore);
        // The right key still finds the committed row.
        auto right = openWith(copy, TempVault::kPassphrase);
        QVERIFY(right.ok());
        QCOMPARE(*(*right)->db().queryInt("SELECT count(*) FROM tags WHERE name = 'only in the wal'"), qint64(1));
    }

    void tamperedIterationCountIsCorrupt()
    {
        TempVault v;
        QVERIFY(v.create());
        v.close();
        QFile f(v.path() + QStringLiteral("/vault.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray json = f.readAll();
        f.close();
        QVERIFY(json.contains("\"iterations\": 256000"));
        json.replace("\"iterations\": 256000", "\"iterations\": 2147483647");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(json);
        f.close();
        auto vault = openWith(v.path(), "a wrong passphrase");
        QVERIFY(!vault.ok());
        QCOMPARE(vault.error().kind, ErrorKind::Corrupt);
    }

    void existingFolderKeepsItsPermissions()
    {
        QTemporaryDir dir;
        const QString shared = dir.filePath(QStringLiteral("shared"));
        QVERIFY(QDir().mkpath(shared));
        const auto mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
        QVERIFY(QFile::setPermissions(shared, mode));
        QVERIFY(Vault::createWithPassphrase(shared, secret(TempVault::kPassphrase), 0).ok());
        QCOMPARE(QFile::permissions(shared) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::ReadGroup | QFileDevice::ReadOther);
    }

    void missingPassphraseIsLocked()
    {
        TempVault v;
        QVERIFY(v.create());
        v.close();
        auto vault = Vault::open(v.path(), nullptr, UnlockSecret {});
        QVERIFY(!vault.ok());
        QCOMPARE(vault.error().kind, ErrorKind::Locked);
    }

    void damagedFileIsCorruptAndUntouched_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("page 1 overwritten") << QStringLiteral("page1");
        QTest::newRow("last page overwritten") << QStringLiteral("lastpage");
        QTest::newRow("truncated to half") << QStringLiteral("half");
        QTest::newRow("truncated mid-page") << QStringLiteral("midpage");
        QTest::newRow("emptied") << QStringLiteral("empty");
        QTest::newRow("random bytes") << QStringLiteral("random");
    }
    void damagedFileIsCorruptAndUntouched()
    {
        QFETCH(QString, damage);
        TempVault v;
        QVERIFY(v.create());
        // Enough rows for several pages, so truncation removes real data.
        for (int i = 0; i < 300; ++i) {
            crm::Contact c;
            c.givenName = QStringLiteral("Person%1").arg(i);
            c.notes = QString(200, QLatin1Char('n'));
            QVERIFY(v.session->contacts().create(c).ok());
        }
        v.close();
        const qint64 size = QFileInfo(v.dbPath()).size();
        QVERIFY(size >= 8 * 4096);
        if (damage == QStringLiteral("page1")) {
            overwrite(v.dbPath(), 1000, QByteArray(64, '\x5a'));
        } else if (damage == QStringLiteral("lastpage")) {
            overwrite(v.dbPath(), size - 2000, QByteArray(64, '\x5a'));
        } else if (damage == QStringLiteral("half")) {
            QVERIFY(QFile::resize(v.dbPath(), (size / 2) / 4096 * 4096));
        } else if (damage == QStringLiteral("midpage")) {
            QVERIFY(QFile::resize(v.dbPath(), size - 100));
        } else if (damage == QStringLiteral("empty")) {
            QVERIFY(QFile::resize(v.dbPath(), 0));
        } else {
            QFile f(v.dbPath());
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QByteArray noise(8 * 4096, '\0');
            for (int i = 0; i < noise.size(); ++i) {
                noise[i] = char((i * 7919) % 251);
            }
            f.write(noise);
        }
        const QByteArray before = fileHash(v.dbPath());
        auto vault = openWith(v.path(), TempVault::kPassphrase);
        Error error;
        if (vault.ok()) {
            // Damage past page 1 is found when the damaged page is read, never silently ignored.
            auto scan = (*vault)->db().queryInt("SELECT count(*) FROM contacts WHERE length(notes) > 0");
            auto check = (*vault)->db().queryText("PRAGMA quick_check");
            if (!scan.ok()) {
                error = scan.error();
            } else if (!check.ok()) {
                error = check.error();
            } else {
                QVERIFY2(check->value_or(QString()) != QStringLiteral("ok"), "damage went unnoticed");
                error.kind = ErrorKind::Corrupt; // quick_check itself named the damage
            }
            vault = makeError(ErrorKind::Io, QString()); // close before hashing
        } else {
            error = vault.error();
        }
        QCOMPARE(error.kind, ErrorKind::Corrupt);
        QCOMPARE(fileHash(v.dbPath()), before);
    }

    void unencryptedSqliteIsNotAVault()
    {
        TempVault v;
        QVERIFY(v.create());
        v.close();
        QFile::remove(v.dbPath());
        sqlite3* raw = nullptr;
        QCOMPARE(sqlite3_open(v.dbPath().toUtf8().constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "CREATE TABLE x (y)", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(raw);
        const QByteArray before = fileHash(v.dbPath());
        auto vault = openWith(v.path(), TempVault::kPassphrase);
        QVERIFY(!vault.ok());
        QCOMPARE(vault.error().kind, ErrorKind::Corrupt);
        QVERIFY(vault.error().message.contains(QStringLiteral("unencrypted")));
        QCOMPARE(fileHash(v.dbPath()), before);
    }

    void missingOrDamagedDescriptorIsCorrupt_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("not json") << QByteArray("{ nope");
        QTest::newRow("no uid") << QByteArray("{\"key_source\": \"passphrase\"}");
    }
    void missingOrDamagedDescriptorIsCorrupt()
    {
        QFETCH(QByteArray, json);
        TempVault v;
        QVERIFY(v.create());
        v.close();
        const QString path = v.path() + QStringLiteral("/vault.json");
        QFile::remove(path);
        if (!json.isEmpty()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(json);
        }
        auto vault = openWith(v.path(), TempVault::kPassphrase);
        QVERIFY(!vault.ok());
        QCOMPARE(vault.error().kind, ErrorKind::Corrupt);
    }

    void noVaultIsNotFound()
    {
        QTemporaryDir dir;
        auto vault = openWith(dir.filePath(QStringLiteral("nothing")), TempVault::kPassphrase);
        QVERIFY(!vault.ok());
        QCOMPARE(vault.error().kind, ErrorKind::NotFound);
        QVERIFY(vault.error().message.contains(QStringLiteral("init")));
    }

    void newerSchemaIsUnsupported()
    {
        TempVault v;
        QVERIFY(v.create());
        QVERIFY(v.session->vault().db().exec("PRAGMA user_version = 999").ok());
        v.close();
        auto vault = openWith(v.path(), TempVault::kPassphrase);
        QVERIFY(!vault.ok());
        QCOMPARE(vault.error().kind, ErrorKind::Unsupported);
        QVERIFY(vault.error().message.contains(QStringLiteral("newer version")));
    }

    void newerFormatIsUnsupported()
    {
        TempVault v;
        QVERIFY(v.create());
        v.close();
        QFile f(v.path() + QStringLiteral("/vault.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray json = f.readAll();
        f.close();
        json.replace("\"format_version\": 1", "\"format_version\": 7");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(json);
        f.close();
        auto vault = openWith(v.path(), TempVault::kPassphrase);
        QVERIFY(!vault.ok());
        QCOMPARE(vault.error().kind, ErrorKind::Unsupported);
    }

    void createRefusesExistingVaultAndShortPassphrase()
    {
        TempVault v;
        QVERIFY(v.create());
        const QByteArray before = fileHash(v.dbPath());
        v.close();
        auto again = Vault::createWithPassphrase(v.path(), secret("another long passphrase"), 0);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, ErrorKind::Conflict);
        QCOMPARE(fileHash(v.dbPath()), before);

        QTemporaryDir dir;
        auto shortOne = Vault::createWithPassphrase(dir.filePath(QStringLiteral("v")), secret("short"), 0);
        QVERIFY(!shortOne.ok());
        QCOMPARE(shortOne.error().kind, ErrorKind::Invalid);
        QVERIFY(!Vault::exists(dir.filePath(QStringLiteral("v"))));
    }

    void unwritableFolderIsIoError_data()
    {
        QTest::addColumn<QString>("denial");
        // ENOTDIR: nobody can create a folder inside a regular file, root included (CI runs as root).
        QTest::newRow("parent is a file") << QStringLiteral("file");
        // EACCES from a folder without write permission; root ignores folder permissions, so as root the folder
        // is one that denies even root (sysfs: EPERM).
        QTest::newRow("folder denies writing") << QStringLiteral("mode");
    }
    void unwritableFolderIsIoError()
    {
        QFETCH(QString, denial);
        QTemporaryDir dir;
        QString target;
        QByteArray blockerHash;
        if (denial == QLatin1String("file")) {
            const QString blocker = dir.filePath(QStringLiteral("blocker"));
            QFile f(blocker);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.write("not a folder\n") > 0);
            f.close();
            blockerHash = fileHash(blocker);
            target = QDir(blocker).filePath(QStringLiteral("v"));
        } else if (geteuid() != 0) {
            QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
            target = dir.filePath(QStringLiteral("v"));
        } else {
            if (!QFileInfo(QStringLiteral("/sys")).isDir()) {
                QSKIP("no sysfs: no folder here denies root");
            }
            target = QStringLiteral("/sys/confidant-test-vault");
            QVERIFY(!QFileInfo::exists(target));
        }
        auto vault = Vault::createWithPassphrase(target, secret(TempVault::kPassphrase), 0);
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(!vault.ok());
        // The CLI maps Io to exit code 1 (Failure); the message names the folder and says what to check.
        QCOMPARE(vault.error().kind, ErrorKind::Io);
        QCOMPARE(vault.error().message,
                 QStringLiteral("Cannot create the folder %1; check its permissions.").arg(target));
        // Nothing was written: no vault, and nothing beside the denial.
        QVERIFY(!QFileInfo::exists(target));
        if (denial == QLatin1String("file")) {
            QCOMPARE(fileHash(dir.filePath(QStringLiteral("blocker"))), blockerHash);
            QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                     QStringList {QStringLiteral("blocker")});
        } else if (geteuid() != 0) {
            QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
        }
    }

    // Issue 16 item 11: the busy timeout was set only after the first read, so opening a vault while another
    // connection held its file (closing and folding the WAL into it, or recovering one) failed at once ("A
    // vault query failed."). The other connection lets go 300 ms after this open has begun: it must wait.
    void openWaitsForAnotherConnectionsLock()
    {
        test::TestVault v;
        QVERIFY(v.create());
        v.close();
        auto key = RecoveryCode::parse(v.recoveryCode);
        QVERIFY(key.ok());
        auto holder = Database::open(v.dbPath(), Database::OpenMode::ExistingOnly);
        QVERIFY(holder.ok());
        QVERIFY(holder->applyKey(key->toRawKeySpec()).ok());
        // In exclusive locking mode the first read takes an exclusive lock on the file and keeps it.
        QVERIFY(holder->exec("PRAGMA locking_mode = EXCLUSIVE").ok());
        QVERIFY(holder->queryInt("SELECT count(*) FROM sqlite_schema").ok());
        std::thread release([db = std::move(holder).value()]() mutable {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            db.close();
        });
        auto vault = Vault::open(v.path(), &v.keys, UnlockSecret {});
        release.join();
        QVERIFY2(vault.ok(),
                 qPrintable(vault.ok() ? QString() : vault.error().message + QLatin1Char(' ') + vault.error().detail));
    }

    void workerConnectionSeesSameData()
    {
        TempVault v;
        QVERIFY(v.create());
        QVERIFY(v.session->vault().db().exec("INSERT INTO tags (name) VALUES ('shared')").ok());
        auto second = v.session->vault().openConnection();
        QVERIFY(second.ok());
        QCOMPARE(*second->queryInt("SELECT count(*) FROM tags WHERE name = 'shared'"), qint64(1));
    }

    void backupOpensWithSameKey()
    {
        TempVault v;
        QVERIFY(v.create());
        QVERIFY(v.session->vault().db().exec("INSERT INTO tags (name) VALUES ('backed up')").ok());
        const QString target = v.dir.filePath(QStringLiteral("copy.db"));
        QVERIFY(v.session->vault().backupTo(target).ok());
        QVERIFY(!v.session->vault().backupTo(target).ok()); // never overwrites
        auto db = Database::open(target, Database::OpenMode::ReadOnly);
        QVERIFY(db.ok());
        QVERIFY(db->applyKey(secret(TempVault::kPassphrase)).ok());
        QCOMPARE(*db->queryInt("SELECT count(*) FROM tags WHERE name = 'backed up'"), qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "TestVault.moc"
