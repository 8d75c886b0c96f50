#include "core/storage/Schema.h"
#include "core/storage/Vault.h"

#include <QDir>
#include <QTest>

#include "tests/support/TestVault.h"

using namespace confidant;
using namespace confidant::storage;
using confidant::test::PassphraseTestVault;
using confidant::test::secret;

//! Opens a vault written by every older schema version with today's program.
class TestMigrations : public QObject
{
    Q_OBJECT

private:
    // Rewrites the vault's database as it was at schema `version`, with one company and one contact.
    static void writeOldVault(PassphraseTestVault& v, int version)
    {
        v.close();
        for (const char* suffix : {"", "-wal", "-shm"}) {
            QFile::remove(v.dbPath() + QString::fromLatin1(suffix));
        }
        auto db = Database::open(v.dbPath(), Database::OpenMode::Create);
        QVERIFY(db.ok());
        QVERIFY(db->applyKey(secret(PassphraseTestVault::kPassphrase)).ok());
        QVERIFY(db->exec("PRAGMA auto_vacuum = INCREMENTAL").ok());
        QVERIFY(db->exec("PRAGMA journal_mode = WAL").ok());
        QVERIFY(Schema::migrate(*db, version).ok());
        QCOMPARE(*Schema::currentVersion(*db), version);
        // Data as every version since 1 stores it.
        QVERIFY(db->exec("INSERT INTO companies (uid, name, source, created_at, updated_at) VALUES "
                         "('6f1c0a52-1111-4c4c-9a9a-000000000001', 'Legacy Works GmbH', 'old', 1, 1)")
                    .ok());
        QVERIFY(
            db->exec("INSERT INTO contacts (uid, given_name, family_name, emails, phones, company_id, notes, source, "
                     "created_at, updated_at) VALUES ('6f1c0a52-2222-4c4c-9a9a-000000000002', 'Olga', 'Oldschema', "
                     "'[{\"value\":\"olga@legacy.example\"}]', '[{\"value\":\"+49 30 5550101\"}]', 1, "
                     "'written long ago', 'old', 1, 1)")
                .ok());
    }

private slots:
    void opensEveryOlderVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v < Schema::latestVersion(); ++v) {
            QTest::newRow(qPrintable(QStringLiteral("schema v%1").arg(v))) << v;
        }
    }
    void opensEveryOlderVersion()
    {
        QFETCH(int, version);
        PassphraseTestVault v;
        QVERIFY(v.create());
        writeOldVault(v, version);

        UnlockSecret unlock;
        unlock.secret = secret(PassphraseTestVault::kPassphrase);
        auto vault = Vault::open(v.path(), nullptr, unlock);
        QVERIFY2(vault.ok(), qPrintable(vault.ok() ? QString() : vault.error().message + vault.error().detail));
        QCOMPARE((*vault)->schemaVersion(), Schema::latestVersion());

        Session session(std::move(vault).value(), v.clock);
        auto contact = session.contacts().getByUid(QStringLiteral("6f1c0a52-2222-4c4c-9a9a-000000000002"));
        QVERIFY(contact.ok());
        QCOMPARE(contact->familyName, QStringLiteral("Oldschema"));
        QCOMPARE(contact->companyName, QStringLiteral("Legacy Works GmbH"));
        // Data written before search existed is found by search after the upgrade.
        crm::ContactQuery q;
        q.search = QStringLiteral("oldsch");
        QCOMPARE(session.contacts().list(q)->rows.size(), 1);
        q.search = QStringLiteral("olga@legacy");
        QCOMPARE(session.contacts().list(q)->rows.size(), 1);
        q.search = QStringLiteral("legacy works");
        QCOMPARE(session.contacts().list(q)->rows.size(), 1);

        // An encrypted backup was taken before the migration ran.
        const QStringList backups = QDir(v.path() + QStringLiteral("/backups")).entryList({QStringLiteral("*.db")});
        QCOMPARE(backups.size(), 1);
        QVERIFY(backups.first().startsWith(QStringLiteral("pre-migration-v%1-").arg(version)));
        auto backup
            = Database::open(v.path() + QStringLiteral("/backups/") + backups.first(), Database::OpenMode::ReadOnly);
        QVERIFY(backup.ok());
        QVERIFY(backup->applyKey(secret(PassphraseTestVault::kPassphrase)).ok());
        QCOMPARE(*Schema::currentVersion(*backup), version);
    }

    void failedMigrationLeavesPreviousVersion()
    {
        PassphraseTestVault v;
        QVERIFY(v.create());
        writeOldVault(v, 1);
        // Make migration 2 fail half-way: a table it creates already exists.
        auto db = Database::open(v.dbPath(), Database::OpenMode::ExistingOnly);
        QVERIFY(db.ok());
        QVERIFY(db->applyKey(secret(PassphraseTestVault::kPassphrase)).ok());
        QVERIFY(db->exec("CREATE TABLE company_fts (x)").ok());
        auto r = Schema::migrate(*db);
        QVERIFY(!r.ok());
        QCOMPARE(*Schema::currentVersion(*db), 1);
        // Nothing of migration 2 remains.
        QCOMPARE(*db->queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'contact_fts'"), qint64(0));
    }

    void freshVaultIsAtLatestVersion()
    {
        PassphraseTestVault v;
        QVERIFY(v.create());
        QCOMPARE(*Schema::currentVersion(v.session->vault().db()), Schema::latestVersion());
        QVERIFY(!QDir(v.path() + QStringLiteral("/backups")).exists());
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
