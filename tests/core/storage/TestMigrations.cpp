#include "core/security/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/Schema.h"
#include "core/storage/Statement.h"
#include "core/storage/Vault.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include "tests/support/TestVault.h"

using namespace confidant;
using namespace confidant::storage;
using confidant::test::TestVault;

namespace {

constexpr const char* kContactUid = "6f1c0a52-0002-4c4c-9a9a-000000000002";
constexpr const char* kCompanyUid = "6f1c0a52-0001-4c4c-9a9a-000000000001";

//! One row of each table, as the frozen fixtures (tests/core/storage/fixtures) wrote it from schema version
//! `since` on. `expected` null: a value a migration made at random (the seal key, the suppression salt).
struct FixtureRow
{
    int since;
    const char* query;
    const char* expected;
};

constexpr FixtureRow kFixtureRows[] = {
    {1,
     "SELECT name || '|' || domain || '|' || city || '|' || notes FROM companies WHERE id = 1",
     "Legacy Works GmbH|legacy.example|Berlin|customer since 1998"},
    {1,
     "SELECT given_name || ' ' || family_name || '|' || json_extract(emails, '$[1].value') || '|' || "
     "json_extract(phones, '$[0].value') || '|' || job_title || '|' || company_id FROM contacts WHERE id = 1",
     "Olga Oldschema|olga.home@mail.example|+49 30 5550101|Head of Purchasing|1"},
    {1, "SELECT name FROM tags WHERE id = 1", "vip"},
    {1, "SELECT contact_id || ',' || tag_id FROM contact_tags", "1,1"},
    {3,
     "SELECT name || '|' || role FROM profiles WHERE uid = '6f1c0a52-0003-4c4c-9a9a-000000000003'",
     "alice|sales-rep"},
    {3, "SELECT role FROM profiles WHERE name = 'owner'", "owner"},
    {3,
     "SELECT seq || '|' || action || '|' || entity_uid FROM audit_log WHERE seq = 1",
     "1|contact.create|6f1c0a52-0002-4c4c-9a9a-000000000002"},
    {3, "SELECT value FROM settings WHERE key = 'audit.seal_key'", nullptr},
    {3,
     "SELECT entity_uid || '|' || json_array_length(identifiers) FROM erasure_ledger WHERE seq = 1",
     "6f1c0a52-0005-4c4c-9a9a-000000000005|1"},
    {4, "SELECT birthday || '|' || website FROM contacts WHERE id = 1", "1970-04-01|https://olga.legacy.example"},
    {4, "SELECT name FROM pipelines WHERE id = 1", "Sales"},
    {4,
     "SELECT group_concat(name || ':' || kind, ',') FROM (SELECT name, kind FROM stages ORDER BY position)",
     "Lead:open,Won:won"},
    {4,
     "SELECT title || '|' || value_minor || '|' || currency || '|' || expected_close || '|' || status FROM deals "
     "WHERE id = 1",
     "Legacy renewal|1250000|EUR|2026-03-31|open"},
    {4, "SELECT deal_id || ',' || contact_id FROM deal_contacts", "1,1"},
    {4, "SELECT deal_id || ',' || to_stage_id FROM deal_stage_history WHERE id = 1", "1,1"},
    {4, "SELECT company_id || ',' || tag_id FROM company_tags", "1,1"},
    {4, "SELECT deal_id || ',' || tag_id FROM deal_tags", "1,1"},
    {4,
     "SELECT kind || '|' || subject || '|' || (done_at IS NULL) FROM activities WHERE id = 1",
     "task|Call Olga about the renewal|1"},
    {4,
     "SELECT group_concat(entity_type || ':' || entity_id, ',') FROM activity_links WHERE activity_id = 1",
     "contact:1,deal:1"},
    {4,
     "SELECT name || '|' || definition FROM saved_filters WHERE id = 1",
     "VIPs in Berlin|{\"city\":\"Berlin\",\"tags\":[\"vip\"]}"},
    {4, "SELECT file_name || '|' || created_count FROM import_batches WHERE id = 1", "contacts.csv|12"},
    {5,
     "SELECT name || '|' || lawful_basis || '|' || retention_days FROM purposes WHERE id = 1",
     "Newsletter|consent|730"},
    {5, "SELECT field FROM purpose_fields WHERE purpose_id = 1", "contact.email"},
    {5,
     "SELECT language || '|' || version || '|' || status || '|' || content_hash FROM notices WHERE id = 1",
     "en|1|published|80925d67c0faa249502342f92b874a3ed5ec0b0d3d573c529bd901bfdd92f072"},
    {5, "SELECT contact_id || '|' || notice_id || '|' || channel FROM notice_acks WHERE id = 1", "1|1|email"},
    {5,
     "SELECT kind || '|' || method || '|' || evidence FROM consent_events WHERE id = 1",
     "granted|web-form|signup form 2025-06"},
    {5,
     "SELECT name || '|' || safeguard || '|' || dpa_signed_on FROM processors WHERE id = 1",
     "Mailer Ltd|adequacy|2025-01-15"},
    {5, "SELECT processor_id || ',' || purpose_id FROM processor_purposes", "1,1"},
    {5, "SELECT field || '|' || enabled FROM field_settings", "contact.website|0"},
    {6, "SELECT value FROM settings WHERE key = 'suppression.salt'", nullptr},
    {6, "SELECT reference || '|' || kind || '|' || status FROM requests WHERE id = 1", "R-2025-0001|access|verified"},
    {6, "SELECT contact_uid FROM request_contacts WHERE request_id = 1", kContactUid},
    {6,
     "SELECT kind || '|' || file_name FROM request_artefacts WHERE id = 1",
     "access-package|access-package-R-2025-0001.json"},
    {6,
     "SELECT entity_type || '|' || reason || '|' || until FROM legal_holds WHERE id = 1",
     "deal|invoices: tax records|2035-12-31"},
    {6, "SELECT json_extract(counts, '$.contacts') || '|' || vacuumed FROM erasure_receipts WHERE id = 1", "1|1"},
    {6, "SELECT kind || '|' || ledger_uid FROM suppression", "email|6f1c0a52-0004-4c4c-9a9a-000000000004"},
    {6, "SELECT field || '|' || old_value FROM contact_field_history WHERE id = 1", "job_title|Buyer"},
    {7, "SELECT restricted_at FROM deals WHERE id = 1", "1748736000000"},
    {7,
     "SELECT entity_type || '|' || entity_uid || '|' || hold_uid || '|' || (done_at IS NULL) FROM erasure_queue "
     "WHERE id = 1",
     "deal|6f1c0a52-0044-4c4c-9a9a-000000000044|6f1c0a52-0062-4c4c-9a9a-000000000062|1"},
    {7, "SELECT kept FROM erasure_receipts WHERE id = 1", "{\"deals\":1}"},
};

QString textOf(Database& db, const char* sql)
{
    auto r = db.queryText(sql);
    if (!r) {
        return QStringLiteral("<error: %1 %2>").arg(r.error().message, r.error().detail);
    }
    return r->value_or(QStringLiteral("<no row>"));
}

//! Every table, index, view and trigger with its SQL, in a stable order.
QStringList schemaOf(Database& db)
{
    QStringList out;
    auto s = db.prepare("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema "
                        "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name");
    if (!s) {
        return {QStringLiteral("<error: %1>").arg(s.error().detail)};
    }
    while (true) {
        auto step = s->step();
        if (!step) {
            return {QStringLiteral("<error: %1>").arg(step.error().detail)};
        }
        if (*step == Statement::Step::Done) {
            break;
        }
        out.append(s->text(0) + QLatin1Char('|') + s->text(1) + QLatin1Char('|') + s->text(2) + QLatin1Char('|')
                   + s->text(3));
    }
    return out;
}

QByteArray fixtureScript(int version)
{
    QFile f(QStringLiteral(CONFIDANT_SOURCE_DIR "/tests/core/storage/fixtures/schema-v%1.sql").arg(version));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

//! Opens vaults written by older versions of Confidant with today's program. The old vaults come from frozen
//! SQL fixtures written once from git history, never from today's migration code: a migration edited in place,
//! or one that cannot upgrade what an older program really wrote, fails here.
class TestMigrations : public QObject
{
    Q_OBJECT

private:
    struct OldVault
    {
        SecretBuffer keySpec;
        QStringList schema;
        QStringList rows; //!< what kFixtureRows read in the fixture, for the rows since its version
    };

    // Replaces the vault's database with the fixture of schema `version`, written the way Vault::create writes
    // a database (same key, auto_vacuum and WAL), then the version number the old program would have set.
    static void writeFixtureVault(TestVault& v, int version, OldVault& out)
    {
        const QByteArray script = fixtureScript(version);
        QVERIFY2(!script.isEmpty(), qPrintable(QStringLiteral("no fixture for schema v%1").arg(version)));
        const QString uid = v.session->vault().descriptor().uid;
        v.close();
        for (const char* suffix : {"", "-wal", "-shm"}) {
            QFile::remove(v.dbPath() + QString::fromLatin1(suffix));
        }
        // The new vault's audit head describes its own chain, not the fixture's.
        QFile::remove(QDir(v.path()).filePath(QString::fromLatin1(security::AuditLog::kHeadFile)));
        auto key = v.keys.read(uid);
        QVERIFY(key.ok());
        out.keySpec = key->toRawKeySpec();

        auto db = Database::open(v.dbPath(), Database::OpenMode::Create);
        QVERIFY(db.ok());
        QVERIFY(db->applyKey(out.keySpec).ok());
        QVERIFY(db->exec("PRAGMA auto_vacuum = INCREMENTAL").ok());
        QVERIFY(db->exec("PRAGMA journal_mode = WAL").ok());
        // One transaction, as each migration ran in its own; also spares a sync per row.
        QVERIFY(db->exec("BEGIN").ok());
        auto ran = db->exec(script.constData());
        QVERIFY2(ran.ok(),
                 qPrintable(ran.ok() ? QString() : ran.error().message + QLatin1Char(' ') + ran.error().detail));
        QVERIFY(db->exec("COMMIT").ok());
        const std::string pragma = "PRAGMA user_version = " + std::to_string(version);
        QVERIFY(db->exec(pragma.c_str()).ok());
        QCOMPARE(*Schema::currentVersion(*db), version);

        out.schema = schemaOf(*db);
        for (const FixtureRow& row : kFixtureRows) {
            if (row.since > version) {
                continue;
            }
            const QString value = textOf(*db, row.query);
            if (row.expected) {
                QCOMPARE(value, QString::fromUtf8(row.expected));
            } else {
                QCOMPARE(value.size(), 64);
            }
            out.rows.append(value);
        }
        if (version >= 3) {
            // The old program kept the sealed head of its audit chain beside the vault.
            auto sealKey = security::AuditLog::sealKey(*db);
            QVERIFY(sealKey.ok());
            auto last = security::AuditLog::last(*db);
            QVERIFY(last.ok() && last->has_value());
            security::AuditHead head;
            head.sealedSeq = (*last)->seq;
            head.sealedHash = (*last)->hash;
            QVERIFY(security::AuditLog::writeHead(v.path(), *sealKey, head).ok());
        }
    }

private slots:
    void upgradesFrozenVault_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v < Schema::latestVersion(); ++v) {
            QTest::newRow(qPrintable(QStringLiteral("schema v%1").arg(v))) << v;
        }
    }
    void upgradesFrozenVault()
    {
        QFETCH(int, version);
        TestVault v;
        QVERIFY(v.create());
        const QStringList today = schemaOf(v.session->vault().db());
        QVERIFY(!today.isEmpty());
        OldVault old;
        writeFixtureVault(v, version, old);
        if (QTest::currentTestFailed()) {
            return;
        }
        // A fixture regenerated from today's migrations would hold today's schema and prove nothing.
        QVERIFY(old.schema != today);

        auto vault = Vault::open(v.path(), &v.keys, UnlockSecret {});
        QVERIFY2(vault.ok(), qPrintable(vault.ok() ? QString() : vault.error().message + vault.error().detail));
        QCOMPARE((*vault)->schemaVersion(), Schema::latestVersion());
        v.session = std::make_unique<Session>(std::move(vault).value(), v.clock);
        Database& db = v.session->vault().db();

        QCOMPARE(textOf(db, "PRAGMA integrity_check"), QStringLiteral("ok"));
        QCOMPARE(*db.queryInt("SELECT count(*) FROM pragma_foreign_key_check"), qint64(0));
        QVERIFY(db.exec("INSERT INTO contact_fts (contact_fts, rank) VALUES ('integrity-check', 0)").ok());
        QVERIFY(db.exec("INSERT INTO company_fts (company_fts, rank) VALUES ('integrity-check', 0)").ok());
        // Migrations are append-only: an upgraded vault has exactly the schema of a new one.
        QCOMPARE(schemaOf(db), today);

        // Every row the old program wrote is still there, unchanged.
        int i = 0;
        for (const FixtureRow& row : kFixtureRows) {
            if (row.since <= version) {
                QCOMPARE(textOf(db, row.query), old.rows.at(i++));
            }
        }
        auto contact = v.session->contacts().getByUid(QString::fromLatin1(kContactUid));
        QVERIFY(contact.ok());
        QCOMPARE(contact->familyName, QStringLiteral("Oldschema"));
        QCOMPARE(contact->companyName, QStringLiteral("Legacy Works GmbH"));
        QCOMPARE(contact->emails.size(), 2);
        QCOMPARE(contact->emails.first().value, QStringLiteral("olga@legacy.example"));
        QCOMPARE(contact->tags, QStringList {QStringLiteral("vip")});

        // What was written before the upgrade (before search existed, for v1) is found by search.
        auto found = [&v](const QString& text) {
            crm::ContactQuery q;
            q.search = text;
            auto page = v.session->contacts().list(q);
            return page ? page->rows.size() : -1;
        };
        QCOMPARE(found(QStringLiteral("oldsch")), 1);
        QCOMPARE(found(QStringLiteral("olga@legacy")), 1);
        QCOMPARE(found(QStringLiteral("5550101")), 1);
        QCOMPARE(found(QStringLiteral("legacy works")), 1);
        QCOMPARE(found(QStringLiteral("gmbh")), 1);
        crm::CompanyQuery companies;
        companies.search = QStringLiteral("legacy");
        QCOMPARE(v.session->companies().list(companies)->rows.size(), 1);

        // The search triggers work on the upgraded rows: a renamed person and a renamed company.
        contact->familyName = QStringLiteral("Newname");
        QVERIFY(v.session->contacts().update(*contact).ok());
        QCOMPARE(found(QStringLiteral("oldsch")), 0);
        QCOMPARE(found(QStringLiteral("newname")), 1);
        auto company = v.session->companies().getByUid(QString::fromLatin1(kCompanyUid));
        QVERIFY(company.ok());
        company->name = QStringLiteral("Renamed Works AG");
        QVERIFY(v.session->companies().update(*company).ok());
        QCOMPARE(found(QStringLiteral("renamed works")), 1);
        QCOMPARE(found(QStringLiteral("gmbh")), 0);
        if (version >= 4) {
            // An activity's time moves its timeline links with it.
            QVERIFY(db.exec("UPDATE activities SET at = at + 60000 WHERE id = 1").ok());
            QCOMPARE(*db.queryInt("SELECT count(*) FROM activity_links WHERE at = 1749340860000"), qint64(2));
        }
        if (version >= 3) {
            // No profile the old program wrote has given a wrong PIN yet (migration 8).
            QCOMPARE(textOf(db,
                            "SELECT group_concat(name || ':' || pin_failures || ':' || coalesce(pin_failed_at, '-'), "
                            "',') FROM (SELECT * FROM profiles ORDER BY id)"),
                     QStringLiteral("owner:0:-,alice:0:-"));
        }
        if (version >= 5) {
            // The old program's consent ledger and published notice stay immutable.
            QVERIFY(!db.exec("UPDATE consent_events SET evidence = 'rewritten' WHERE id = 1").ok());
            QVERIFY(!db.exec("UPDATE notices SET title = 'Rewritten' WHERE id = 1").ok());
            QCOMPARE(textOf(db, "SELECT evidence FROM consent_events WHERE id = 1"),
                     QStringLiteral("signup form 2025-06"));
        }
        // The chain the old program wrote still verifies, with today's writes after it.
        auto audit = v.session->audit().verify(db);
        QVERIFY(audit.ok());
        QVERIFY2(audit->ok, qPrintable(audit->problem));
        QVERIFY(audit->entries >= (version >= 3 ? 3 : 2));

        // An encrypted backup of the old vault was taken before the migration ran.
        const QStringList backups = QDir(v.path() + QStringLiteral("/backups")).entryList({QStringLiteral("*.db")});
        QCOMPARE(backups.size(), 1);
        QVERIFY(backups.first().startsWith(QStringLiteral("pre-migration-v%1-").arg(version)));
        auto backup
            = Database::open(v.path() + QStringLiteral("/backups/") + backups.first(), Database::OpenMode::ReadOnly);
        QVERIFY(backup.ok());
        QVERIFY(backup->applyKey(old.keySpec).ok());
        QCOMPARE(*Schema::currentVersion(*backup), version);
        QCOMPARE(schemaOf(*backup), old.schema);
        QCOMPARE(textOf(*backup, "SELECT family_name FROM contacts WHERE id = 1"), QStringLiteral("Oldschema"));
    }

    void failedMigrationLeavesPreviousVersion()
    {
        TestVault v;
        QVERIFY(v.create());
        OldVault old;
        writeFixtureVault(v, 1, old);
        if (QTest::currentTestFailed()) {
            return;
        }
        // Make migration 2 fail half-way: a table it creates already exists.
        auto db = Database::open(v.dbPath(), Database::OpenMode::ExistingOnly);
        QVERIFY(db.ok());
        QVERIFY(db->applyKey(old.keySpec).ok());
        QVERIFY(db->exec("CREATE TABLE company_fts (x)").ok());
        auto r = Schema::migrate(*db);
        QVERIFY(!r.ok());
        QCOMPARE(*Schema::currentVersion(*db), 1);
        // Nothing of migration 2 remains, and the old data is as it was.
        QCOMPARE(*db->queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'contact_fts'"), qint64(0));
        QCOMPARE(textOf(*db, kFixtureRows[1].query), old.rows.at(1));
    }

    void freshVaultIsAtLatestVersion()
    {
        TestVault v;
        QVERIFY(v.create());
        QCOMPARE(*Schema::currentVersion(v.session->vault().db()), Schema::latestVersion());
        QVERIFY(!QDir(v.path() + QStringLiteral("/backups")).exists());
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
