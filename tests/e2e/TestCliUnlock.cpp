#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include "tests/e2e/CliRunner.h"

using namespace confidant::test;

namespace {

constexpr qint64 kPageSize = 4096;

//! A valid, empty, unencrypted SQLite 3 database (one page: the 100-byte header and an empty
//! sqlite_schema leaf), written by hand because the test must not link a plain SQLite.
QByteArray plainSqliteDatabase()
{
    QByteArray page(kPageSize, '\0');
    auto put32 = [&page](int offset, quint32 value) { qToBigEndian(value, page.data() + offset); };
    page.replace(0, 16, QByteArray("SQLite format 3\0", 16));
    page[16] = 0x10; // page size 4096, big-endian
    page[17] = 0x00;
    page[18] = 1; // legacy write and read versions
    page[19] = 1;
    page[21] = 64; // payload fractions, fixed by the format
    page[22] = 32;
    page[23] = 32;
    put32(24, 1); // change counter
    put32(28, 1); // database size in pages
    put32(44, 4); // schema format
    put32(56, 1); // UTF-8
    put32(92, 1); // version-valid-for = change counter
    put32(96, 3040001);
    page[100] = 0x0D; // sqlite_schema: a leaf table b-tree page without cells
    page[105] = 0x10; // cell content starts at 4096
    return page;
}

QStringList sidecars(const QString& dir)
{
    QStringList found;
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        const QString file = QDir(dir).filePath(QStringLiteral("confidant.db") + QLatin1String(suffix));
        if (QFile::exists(file)) {
            found.append(file);
        }
    }
    return found;
}

} // namespace

//! Every way a vault can fail to open gives its documented exit code, one line on stderr, and leaves the
//! files byte-identical (CLI.md "Exit codes", DESIGN.md "Bad input and faults").
class TestCliUnlock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_next = 0;

    PassphraseVault vaultWithContacts()
    {
        PassphraseVault vault(m_dir.filePath(QString::number(++m_next)));
        CliResult r;
        if (!vault.init(&r)) {
            qWarning("init failed: %s", r.describe().constData());
        }
        const CliResult sample
            = vault.run({QStringLiteral("sample-data"), QStringLiteral("--contacts"), QStringLiteral("300")});
        if (sample.exitCode != 0) {
            qWarning("sample-data failed: %s", sample.describe().constData());
        }
        return vault;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(CliRunner::binary()), "CONFIDANT_CLI must name the built confidant-cli (ctest sets it)");
    }

    void wrongPassphraseLeavesVaultUntouched()
    {
        PassphraseVault vault = vaultWithContacts();
        QVERIFY(QFile::exists(vault.dbPath()));
        QVERIFY(sidecars(vault.dir()).isEmpty());
        const QByteArray before = hashOf(vault.dbPath());
        const QByteArray descriptor = hashOf(QDir(vault.dir()).filePath(QStringLiteral("vault.json")));

        const CliResult r = vault.run({QStringLiteral("info")}, "correct horse battery stapler");
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.errLines().size() == 1, r.err);
        QVERIFY2(r.errText().contains(QLatin1String("passphrase"), Qt::CaseInsensitive), r.err);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(hashOf(vault.dbPath()), before);
        QCOMPARE(hashOf(QDir(vault.dir()).filePath(QStringLiteral("vault.json"))), descriptor);
        QCOMPARE(sidecars(vault.dir()), QStringList());

        // The right passphrase still opens it.
        const CliResult ok = vault.run({QStringLiteral("info"), QStringLiteral("--json")});
        QVERIFY2(ok.exitCode == 0, ok.describe());
        QCOMPARE(ok.json().value(QStringLiteral("contacts")).toInteger(), qint64(300));
    }

    void missingPassphraseCannotUnlock_data()
    {
        QTest::addColumn<bool>("stdinOption");
        QTest::newRow("without --passphrase-stdin") << false;
        QTest::newRow("empty first line") << true;
    }

    void missingPassphraseCannotUnlock()
    {
        QFETCH(bool, stdinOption);
        PassphraseVault vault(m_dir.filePath(QString::number(++m_next)));
        QVERIFY(vault.init());
        const QByteArray before = hashOf(vault.dbPath());
        const CliResult r = stdinOption
            ? vault.run({QStringLiteral("info")}, QByteArray())
            : vault.runner().run({QStringLiteral("--vault"), vault.dir(), QStringLiteral("info")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.errLines().size() == 1, r.err);
        if (!stdinOption) {
            QVERIFY2(r.errText().contains(QLatin1String("--passphrase-stdin")), r.err);
        }
        QCOMPARE(hashOf(vault.dbPath()), before);
    }

    void overlongFirstLineIsRejected()
    {
        PassphraseVault vault(m_dir.filePath(QString::number(++m_next)));
        QVERIFY(vault.init());
        const QByteArray before = hashOf(vault.dbPath());
        const CliResult r = vault.run({QStringLiteral("info")}, QByteArray(5000, 'x'));
        QCOMPARE(r.exitCode, 7);
        QVERIFY2(r.errLines().size() == 1, r.err);
        QCOMPARE(hashOf(vault.dbPath()), before);
    }

    void damagedVaultIsReportedAndUntouched_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("bytes in the middle of page 1") << QStringLiteral("page1");
        QTest::newRow("truncated to half") << QStringLiteral("half");
        QTest::newRow("truncated to a non-multiple of 4096") << QStringLiteral("ragged");
        QTest::newRow("empty file") << QStringLiteral("empty");
    }

    void damagedVaultIsReportedAndUntouched()
    {
        QFETCH(QString, damage);
        PassphraseVault vault = vaultWithContacts();
        QFile db(vault.dbPath());
        const qint64 size = db.size();
        QVERIFY2(size >= 8 * kPageSize, "the vault should span several pages");
        QVERIFY(db.open(QIODevice::ReadWrite));
        if (damage == QLatin1String("page1")) {
            QVERIFY(db.seek(kPageSize / 2));
            QCOMPARE(db.write(QByteArray(64, '\xA5')), qint64(64));
        } else if (damage == QLatin1String("half")) {
            QVERIFY(db.resize((size / 2) / kPageSize * kPageSize));
        } else if (damage == QLatin1String("ragged")) {
            QVERIFY(db.resize(size / 2 + 1000));
        } else {
            QVERIFY(db.resize(0));
        }
        db.close();
        const QByteArray damaged = hashOf(vault.dbPath());

        const CliResult r = vault.run(
            {QStringLiteral("contact"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("10000")});
        QVERIFY2(r.exitCode == 4, r.describe());
        QVERIFY2(r.errLines().size() == 1, r.err);
        QVERIFY2(r.errText().contains(QLatin1String("damaged"), Qt::CaseInsensitive)
                     || r.errText().contains(QLatin1String("untouched"), Qt::CaseInsensitive),
                 r.err);
        QCOMPARE(hashOf(vault.dbPath()), damaged);
        QCOMPARE(sidecars(vault.dir()), QStringList());

        // Trying another passphrase on the damaged file changes nothing either.
        const CliResult wrong = vault.run({QStringLiteral("info")}, "not the passphrase at all");
        QVERIFY2(wrong.exitCode == 3 || wrong.exitCode == 4, wrong.describe());
        QCOMPARE(hashOf(vault.dbPath()), damaged);
    }

    void plainSqliteFileIsNotAVault()
    {
        PassphraseVault vault(m_dir.filePath(QString::number(++m_next)));
        QVERIFY(vault.init());
        QVERIFY(QFile::remove(vault.dbPath()));
        QFile plain(vault.dbPath());
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write(plainSqliteDatabase());
        plain.close();
        const QByteArray before = hashOf(vault.dbPath());

        const CliResult r = vault.run({QStringLiteral("info")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.errLines().size() == 1, r.err);
        QCOMPARE(hashOf(vault.dbPath()), before);
        QCOMPARE(sidecars(vault.dir()), QStringList());
    }

    void missingVaultIsNotFound()
    {
        PassphraseVault vault(m_dir.filePath(QString::number(++m_next)));
        const CliResult r = vault.run({QStringLiteral("contact"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.errLines().size() == 1, r.err);
        QVERIFY2(r.errText().contains(QLatin1String("init")), r.err);
        QVERIFY(!QDir(vault.dir()).exists());
    }

    void brokenVaultFolderIsDamaged_data()
    {
        QTest::addColumn<QString>("breakage");
        QTest::newRow("vault.json missing") << QStringLiteral("no-descriptor");
        QTest::newRow("vault.json garbage") << QStringLiteral("garbage-descriptor");
        QTest::newRow("confidant.db missing") << QStringLiteral("no-database");
    }

    void brokenVaultFolderIsDamaged()
    {
        QFETCH(QString, breakage);
        PassphraseVault vault(m_dir.filePath(QString::number(++m_next)));
        QVERIFY(vault.init());
        const QString descriptor = QDir(vault.dir()).filePath(QStringLiteral("vault.json"));
        if (breakage == QLatin1String("no-descriptor")) {
            QVERIFY(QFile::remove(descriptor));
        } else if (breakage == QLatin1String("garbage-descriptor")) {
            QFile f(descriptor);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("{\"uid\": 42, \"key_source\": ");
        } else {
            QVERIFY(QFile::remove(vault.dbPath()));
        }
        const QByteArray before = hashOf(vault.dbPath());
        const CliResult r = vault.run({QStringLiteral("info")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.errLines().size() == 1, r.err);
        QCOMPARE(hashOf(vault.dbPath()), before);
        QCOMPARE(QFile::exists(vault.dbPath()), breakage != QLatin1String("no-database"));
        // And init refuses to overwrite what is left.
        const CliResult init = vault.run({QStringLiteral("init")});
        QCOMPARE(init.exitCode, 1);
        QCOMPARE(hashOf(vault.dbPath()), before);
    }
};

QTEST_GUILESS_MAIN(TestCliUnlock)
#include "TestCliUnlock.moc"
