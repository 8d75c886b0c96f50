#include "core/crm/FieldRegistry.h"
#include "core/crm/SampleData.h"
#include "core/privacy/ErasureService.h"
#include "core/storage/Statement.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

#include "tests/support/TestVault.h"

namespace confidant::test {

namespace {

// Every canary carries this marker, so that a search index's prefix-compressed terms still show it.
constexpr const char* kMarker = "zq7kp";

//! The other contacts around the canary: 100,000 with CONFIDANT_BIG_TESTS set (not "0"), else 2,000.
qint64 otherContacts()
{
    const QString big = qEnvironmentVariable("CONFIDANT_BIG_TESTS");
    return !big.isEmpty() && big != QLatin1String("0") ? 100000 : 2000;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

//! The whole vault decrypted into an unkeyed SQLite file (sqlcipher_export), read back as bytes.
QByteArray plaintextCopy(storage::Database& db, const QString& path)
{
    QFile::remove(path);
    // ATTACH uses the vault connection's open flags, which create no file: an empty file is a new database.
    QFile empty(path);
    if (!empty.open(QIODevice::WriteOnly)) {
        return {};
    }
    empty.close();
    const QByteArray attach = "ATTACH DATABASE '" + path.toUtf8() + "' AS plain KEY ''";
    for (const char* sql : {attach.constData(), "SELECT sqlcipher_export('plain')", "DETACH DATABASE plain"}) {
        if (auto r = db.exec(sql); !r) {
            qWarning("%s: %s %s", sql, qPrintable(r.error().message), qPrintable(r.error().detail));
            return {};
        }
    }
    return readAll(path);
}

//! Every page of the vault as SQLite reads it, decrypted, in page order: through the sqlite_dbpage table
//! (SQLITE_ENABLE_DBPAGE_VTAB, cmake/SQLCipher.cmake), so free pages and the unused space inside pages are
//! there too, which an export of the live rows (plaintextCopy) leaves out. `pages` gets how many were read.
QByteArray decryptedPages(storage::Database& db, qint64& pages)
{
    pages = 0;
    auto s = db.prepare("SELECT data FROM sqlite_dbpage('main') ORDER BY pgno");
    if (!s) {
        qWarning("sqlite_dbpage: %s %s", qPrintable(s.error().message), qPrintable(s.error().detail));
        return {};
    }
    QByteArray out;
    while (true) {
        auto step = s->step();
        if (!step) {
            qWarning("sqlite_dbpage: %s %s", qPrintable(step.error().message), qPrintable(step.error().detail));
            return {};
        }
        if (*step == storage::Statement::Step::Done) {
            return out;
        }
        out += s->blob(0);
        ++pages;
    }
}

//! "zq7kp on page 12" for the first page of `bytes` (pages of `pageSize` bytes) holding `canary`; empty if none.
QByteArray foundOnPage(const QByteArray& bytes, const QByteArray& canary, qint64 pageSize)
{
    const qsizetype at = bytes.indexOf(canary);
    if (at < 0) {
        return {};
    }
    return canary + " on page " + QByteArray::number(at / pageSize + 1);
}

QByteArray ftsShadowBytes(storage::Database& db)
{
    QByteArray out;
    for (const char* sql : {"SELECT block FROM contact_fts_data",
                            "SELECT term FROM contact_fts_idx",
                            "SELECT * FROM contact_fts_config",
                            "SELECT * FROM contact_fts_docsize"}) {
        auto s = db.prepare(sql);
        if (!s) {
            continue; // a shadow table this FTS5 configuration does not have
        }
        while (true) {
            auto step = s->step();
            if (!step || *step == storage::Statement::Step::Done) {
                break;
            }
            for (int i = 0; i < s->columnCount(); ++i) {
                out += s->blob(i);
            }
        }
    }
    return out;
}

} // namespace

class TestErasureForensic : public QObject
{
    Q_OBJECT

private slots:
    void erasedCanariesAreNowhereInTheVault_data()
    {
        QTest::addColumn<bool>("vacuum");
        QTest::newRow("without VACUUM") << false;
        QTest::newRow("with VACUUM") << true;
    }
    void erasedCanariesAreNowhereInTheVault()
    {
        QFETCH(bool, vacuum);
        TestVault v;
        QVERIFY(v.create());
        Session& s = *v.session;
        crm::SampleData sample(s.gate(), s.contacts(), s.companies());
        const qint64 others = otherContacts();
        auto generated = sample.generate(others, 7);
        QVERIFY2(generated, qPrintable(generated ? QString() : generated.error().message));
        auto anyCompany = s.vault().db().queryInt("SELECT id FROM companies ORDER BY id LIMIT 1");
        QVERIFY(anyCompany);

        // Every registry field of the contact holds a canary (the company field is a link to a company
        // that stays: it holds another record's id, not text).
        const QString m = QString::fromLatin1(kMarker);
        crm::Contact c;
        c.givenName = QStringLiteral("Given") + m;
        c.familyName = QStringLiteral("Family") + m;
        c.emails = {{m + QStringLiteral(".mail@canary-") + m + QStringLiteral(".example"), QStringLiteral("work")}};
        c.phones = {{QStringLiteral("+1 (555) 0134-8899-21"), QStringLiteral("mobile")}};
        c.street = QStringLiteral("Street") + m;
        c.postcode = QStringLiteral("PC") + m;
        c.city = QStringLiteral("City") + m;
        c.region = QStringLiteral("Region") + m;
        c.country = QStringLiteral("Country") + m;
        c.jobTitle = QStringLiteral("Title") + m;
        c.birthday = QDate(1901, 9, 9);
        c.website = QStringLiteral("https://site-") + m + QStringLiteral(".example");
        c.companyId = crm::CompanyId {*anyCompany};
        c.notes = QStringLiteral("Notes") + m;
        c.tags = {QStringLiteral("tag") + m};
        c.source = QStringLiteral("source-") + m;
        auto created = s.contacts().create(c);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        const crm::FieldRegistry registry;
        QCOMPARE(registry.fieldsOf(QStringLiteral("contact")).size(), size_t(16)); // a new field: give it a canary

        privacy::Purpose events;
        events.name = QStringLiteral("Events");
        events.basis = privacy::LawfulBasis::Consent;
        auto purpose = s.purposes().create(events);
        QVERIFY(purpose);
        privacy::ConsentRecord consent;
        consent.method = privacy::ConsentMethod::Paper;
        consent.evidence = QStringLiteral("Evidence") + m;
        QVERIFY(s.consents().grant(created->id, purpose->id, consent));
        for (const auto kind : {crm::ActivityKind::Note, crm::ActivityKind::Call}) {
            crm::Activity a;
            a.kind = kind;
            a.subject = QStringLiteral("Subject") + m;
            a.body = QStringLiteral("Body") + m;
            a.atMs = v.clock.nowMs() - 1000;
            a.links = {crm::EntityRef {crm::EntityType::Contact, created->uid, 0, {}}};
            QVERIFY(s.activities().add(a));
        }
        crm::Deal deal;
        deal.title = QStringLiteral("Deal") + m;
        deal.description = QStringLiteral("Description") + m;
        deal.contactIds = {created->id};
        QVERIFY(s.deals().create(deal));
        auto history = s.vault().db().prepare("INSERT INTO contact_field_history (contact_id, field, old_value, "
                                              "changed_at, changed_by) VALUES (?1, 'city', ?2, 1, 'x')");
        QVERIFY(history);
        history->bind(1, created->id.value).bind(2, QStringLiteral("OldCity") + m);
        QVERIFY(history->run());

        // Copies elsewhere (issue 16): an old value in another contact's change history, an activity shared
        // with another contact, a saved filter. The erasure redacts them in place.
        const QString fullName = QStringLiteral("Given") + m + QStringLiteral(" Family") + m;
        auto other = s.vault().db().prepare("SELECT id, uid FROM contacts WHERE id <> ?1 ORDER BY id LIMIT 1");
        QVERIFY(other);
        other->bind(1, created->id.value);
        QVERIFY(*other->step() == storage::Statement::Step::Row);
        const qint64 otherId = other->int64(0);
        const QString otherUid = other->text(1);
        other->reset(); // an unfinished read keeps the connection from detaching the plain copy below
        auto otherHistory = s.vault().db().prepare("INSERT INTO contact_field_history (contact_id, field, old_value, "
                                                   "changed_at, changed_by) VALUES (?1, 'notes', ?2, 1, 'x')");
        QVERIFY(otherHistory);
        otherHistory->bind(1, otherId).bind(2, QStringLiteral("Met ") + fullName + QStringLiteral(" at the fair"));
        QVERIFY(otherHistory->run());
        crm::Activity shared;
        shared.kind = crm::ActivityKind::Meeting;
        shared.subject = QStringLiteral("Lunch with ") + fullName;
        shared.body = QStringLiteral("Wrote to ") + c.emails.first().value;
        shared.atMs = v.clock.nowMs() - 1000;
        shared.links = {crm::EntityRef {crm::EntityType::Contact, created->uid, 0, {}},
                        crm::EntityRef {crm::EntityType::Contact, otherUid, 0, {}}};
        QVERIFY(s.activities().add(shared));
        auto filter = s.vault().db().prepare("INSERT INTO saved_filters (uid, name, entity_type, definition, "
                                             "created_at, updated_at) VALUES ('f-canary', ?1, 'contact', ?2, 1, 1)");
        QVERIFY(filter);
        filter->bind(1, fullName + QStringLiteral(" follow-up"))
            .bind(2, QStringLiteral("{\"search\":\"%1\"}").arg(c.emails.first().value));
        QVERIFY(filter->run());

        const QList<QByteArray> canaries = {QByteArray(kMarker), QByteArray("1901-09-09"), QByteArray("0134-8899-21")};
        storage::Database& db = s.vault().db();
        const QString exportPath = v.dir.filePath(QStringLiteral("plain.db"));

        // The scans can fail: before the erasure every canary is there, in the decrypted pages (read through the
        // WAL, which holds the latest of them) and in the live rows.
        const qint64 pageSize = *db.queryInt("PRAGMA page_size");
        qint64 pagesBefore = 0;
        const QByteArray pageBytesBefore = decryptedPages(db, pagesBefore).toLower();
        QVERIFY2(pagesBefore > 0, "sqlite_dbpage read no page: SQLCipher must be built with SQLITE_ENABLE_DBPAGE_VTAB");
        QCOMPARE(pagesBefore, *db.queryInt("PRAGMA page_count"));
        QCOMPARE(pageBytesBefore.size(), pagesBefore * pageSize);
        for (const QByteArray& canary : canaries) {
            QVERIFY2(pageBytesBefore.contains(canary), canary.constData());
        }
        const QByteArray before = plaintextCopy(db, exportPath).toLower();
        QVERIFY(!before.isEmpty());
        for (const QByteArray& canary : canaries) {
            QVERIFY2(before.contains(canary), canary.constData());
        }
        QVERIFY(before.count(QByteArray(kMarker)) >= 20);
        QVERIFY(ftsShadowBytes(db).toLower().contains(QByteArray(kMarker)));
        QCOMPARE(*db.queryInt("SELECT count(*) FROM contact_fts WHERE contact_fts MATCH 'familyzq7kp'"), qint64(1));
        // The phone's digits are a search term (prefix-compressed among the other phones' digits on disk).
        QCOMPARE(*db.queryInt("SELECT count(*) FROM contact_fts WHERE contact_fts MATCH '15550134889921'"), qint64(1));

        privacy::ErasureOptions options;
        options.vacuum = vacuum;
        auto erased
            = s.erasure().erase(created->uid, QStringLiteral("Given") + m + QStringLiteral(" Family") + m, options);
        QVERIFY2(erased, qPrintable(erased ? QString() : erased.error().message));
        QVERIFY2(erased->warnings.isEmpty(), qPrintable(erased->warnings.join(QLatin1Char('\n'))));
        QCOMPARE(erased->vacuumed, vacuum);

        // The WAL, which held the erased pages' earlier images, was truncated: nothing of it is left to read.
        const QByteArray wal = readAll(v.dbPath() + QStringLiteral("-wal"));
        QCOMPARE(wal.size(), 0);
        // The file itself is encrypted (searching its raw bytes for a canary could never fail), so read it as
        // someone with the key would: every page decrypted, free pages and the space between cells included,
        // and nothing in the file beyond the last page.
        QVERIFY(!readAll(v.dbPath()).startsWith("SQLite format 3"));
        qint64 pagesAfter = 0;
        const QByteArray pageBytesAfter = decryptedPages(db, pagesAfter).toLower();
        QVERIFY(pagesAfter > 0);
        QCOMPARE(pagesAfter, *db.queryInt("PRAGMA page_count"));
        QCOMPARE(QFileInfo(v.dbPath()).size(), pagesAfter * pageSize);
        for (const QByteArray& canary : canaries) {
            const QByteArray found = foundOnPage(pageBytesAfter, canary, pageSize);
            QVERIFY2(found.isEmpty(), found.constData());
        }
        // The live rows of the whole vault and the search index's shadow tables.
        const QByteArray after = plaintextCopy(db, exportPath).toLower();
        QVERIFY(!after.isEmpty());
        for (const QByteArray& canary : canaries) {
            QVERIFY2(!after.contains(canary), canary.constData());
        }
        QVERIFY(!ftsShadowBytes(db).toLower().contains(QByteArray(kMarker)));
        QCOMPARE(*db.queryInt("SELECT count(*) FROM contact_fts WHERE contact_fts MATCH 'familyzq7kp'"), qint64(0));
        QCOMPARE(*db.queryInt("SELECT count(*) FROM contact_fts WHERE contact_fts MATCH '15550134889921'"), qint64(0));
        // The others are all still there, and so are the shared activity and the filter, redacted.
        QCOMPARE(*db.queryInt("SELECT count(*) FROM contacts"), others);
        QCOMPARE(*db.queryInt("SELECT count(*) FROM saved_filters WHERE name LIKE '%[redacted]%'"), qint64(1));
        QCOMPARE(*db.queryInt("SELECT count(*) FROM activities WHERE subject LIKE 'Lunch with [redacted]'"), qint64(1));
    }
};

} // namespace confidant::test

QTEST_GUILESS_MAIN(confidant::test::TestErasureForensic)
#include "TestErasureForensic.moc"
