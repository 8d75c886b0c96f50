#include "core/Session.h"
#include "core/crm/ContactService.h"
#include "core/crm/SearchService.h"
#include "core/privacy/SubjectRightsService.h"
#include "core/security/AuditLog.h"
#include "core/security/MutationGate.h"
#include "core/storage/Statement.h"

#include <QSet>
#include <QTest>

#include "tests/support/TestVault.h"

using namespace confidant;
using namespace confidant::crm;
using confidant::test::TestVault;

namespace {

Contact person(const QString& given, const QString& family)
{
    Contact c;
    c.givenName = given;
    c.familyName = family;
    return c;
}

} // namespace

class TestContactService : public QObject
{
    Q_OBJECT

private:
    TestVault* m_v = nullptr;
    ContactService& contacts()
    {
        return m_v->session->contacts();
    }
    int countSearch(const QString& text)
    {
        ContactQuery q;
        q.search = text;
        auto page = contacts().list(q);
        return page.ok() ? int(page->rows.size()) : -1;
    }

private slots:
    void init()
    {
        m_v = new TestVault;
        QVERIFY(m_v->create());
    }
    void cleanup()
    {
        delete m_v;
        m_v = nullptr;
    }

    void createsAndReadsEveryField()
    {
        Contact c = person(QStringLiteral("Anna"), QStringLiteral("Łukasiewicz"));
        c.emails
            = {{QStringLiteral("anna@example.com"), QStringLiteral("work")}, {QStringLiteral("anna@home.example"), {}}};
        c.phones = {{QStringLiteral("+48 22 555 0100"), QStringLiteral("work")}};
        c.street = QStringLiteral("ul. Długa 5");
        c.postcode = QStringLiteral("00-238");
        c.city = QStringLiteral("Warszawa");
        c.region = QStringLiteral("Mazowieckie");
        c.country = QStringLiteral("PL");
        c.jobTitle = QStringLiteral("Buyer");
        c.birthday = QDate(1984, 2, 29);
        c.website = QStringLiteral("https://anna.example.com/about");
        c.companyName = QStringLiteral("Vistula Trading");
        c.notes = QStringLiteral("Prefers email.\nSecond line.");
        c.tags = {QStringLiteral("vip"), QStringLiteral("lead")};
        c.source = QStringLiteral("manual:test");
        auto created = contacts().create(c);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        QVERIFY(!QUuid::fromString(created->uid).isNull());

        auto read = contacts().getByUid(created->uid);
        QVERIFY(read.ok());
        QCOMPARE(read->givenName, c.givenName);
        QCOMPARE(read->familyName, c.familyName);
        QCOMPARE(read->emails, c.emails);
        QCOMPARE(read->phones, c.phones);
        QCOMPARE(read->street, c.street);
        QCOMPARE(read->postcode, c.postcode);
        QCOMPARE(read->city, c.city);
        QCOMPARE(read->region, c.region);
        QCOMPARE(read->country, c.country);
        QCOMPARE(read->jobTitle, c.jobTitle);
        QCOMPARE(read->birthday, QDate(1984, 2, 29));
        QCOMPARE(read->website, c.website);
        QCOMPARE(read->companyName, c.companyName);
        QVERIFY(read->companyId.has_value());
        QCOMPARE(read->notes, c.notes);
        QCOMPARE(read->tags, (QStringList {QStringLiteral("lead"), QStringLiteral("vip")}));
        QCOMPARE(read->source, QStringLiteral("manual:test"));
        QCOMPARE(read->createdAtMs, m_v->clock.nowMs());
        QCOMPARE(read->updatedAtMs, m_v->clock.nowMs());
    }

    void companyByNameIsReusedCaseInsensitively()
    {
        Contact a = person(QStringLiteral("A"), QStringLiteral("One"));
        a.companyName = QStringLiteral("Acme Ltd");
        Contact b = person(QStringLiteral("B"), QStringLiteral("Two"));
        b.companyName = QStringLiteral("ACME LTD");
        auto ca = contacts().create(a);
        auto cb = contacts().create(b);
        QVERIFY(ca.ok() && cb.ok());
        QCOMPARE(ca->companyId, cb->companyId);
        QCOMPARE(*m_v->session->companies().count(), qint64(1));
    }

    void rejectsInvalidInputAndWritesNothing_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("field");
        QTest::newRow("no name") << QString() << QString() << QString() << QStringLiteral("given");
        QTest::newRow("email without at")
            << QStringLiteral("A") << QStringLiteral("anna.example.com") << QString() << QStringLiteral("email");
        QTest::newRow("email without domain dot")
            << QStringLiteral("A") << QStringLiteral("anna@example") << QString() << QStringLiteral("email");
        QTest::newRow("phone with letters")
            << QStringLiteral("A") << QString() << QStringLiteral("call me") << QStringLiteral("phone");
        QTest::newRow("phone too short") << QStringLiteral("A") << QString() << QStringLiteral("12")
                                         << QStringLiteral("phone");
        QTest::newRow("escape code in name")
            << QStringLiteral("A\x1b[2J") << QString() << QString() << QStringLiteral("given");
        QTest::newRow("line break in name")
            << QStringLiteral("A\nB") << QString() << QString() << QStringLiteral("given");
    }
    void rejectsInvalidInputAndWritesNothing()
    {
        QFETCH(QString, given);
        QFETCH(QString, email);
        QFETCH(QString, phone);
        Contact c = person(given, QString());
        if (!email.isEmpty()) {
            c.emails = {{email, {}}};
        }
        if (!phone.isEmpty()) {
            c.phones = {{phone, {}}};
        }
        auto r = contacts().create(c);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Invalid);
        QVERIFY(!r.error().message.isEmpty());
        if (!email.isEmpty()) {
            QVERIFY2(!r.error().message.contains(email), "messages never quote personal values");
        }
        QCOMPARE(*contacts().count(), qint64(0));
    }

    void birthdayAndWebsiteAreValidatedAndEditsNameThem()
    {
        Contact bad = person(QStringLiteral("Bea"), QStringLiteral("Fox"));
        bad.birthday = QDate(1850, 1, 1);
        auto refused = contacts().create(bad);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Invalid);
        bad.birthday = {};
        bad.website = QStringLiteral("not a site");
        QVERIFY(!contacts().create(bad).ok());
        QCOMPARE(*contacts().count(), qint64(0));

        auto created = contacts().create(person(QStringLiteral("Bea"), QStringLiteral("Fox")));
        QVERIFY(created.ok());
        Contact changed = *created;
        changed.birthday = QDate(1990, 12, 31);
        changed.website = QStringLiteral("fox.example.org");
        QVERIFY(contacts().update(changed).ok());
        auto read = contacts().get(created->id);
        QCOMPARE(read->birthday, QDate(1990, 12, 31));
        QCOMPARE(read->website, QStringLiteral("fox.example.org"));
        auto last = security::AuditLog::last(m_v->session->vault().db());
        QVERIFY(last.ok() && last->has_value());
        const security::AuditEntry& entry = **last;
        QCOMPARE(entry.action, QStringLiteral("contact.update"));
        QVERIFY2(entry.summary.contains(QStringLiteral("fields=birthday,website")), qPrintable(entry.summary));
        QVERIFY(!entry.summary.contains(QStringLiteral("1990")));
    }

    void updatesAndKeepsProvenance()
    {
        Contact c = person(QStringLiteral("Ben"), QStringLiteral("Brown"));
        c.source = QStringLiteral("manual:test");
        c.tags = {QStringLiteral("lead")};
        auto created = contacts().create(c);
        QVERIFY(created.ok());
        m_v->clock.advanceDays(1);
        Contact edited = *created;
        edited.familyName = QStringLiteral("Braun");
        edited.tags = {QStringLiteral("customer")};
        edited.source = QStringLiteral("tampered");
        auto updated = contacts().update(edited);
        QVERIFY(updated.ok());
        auto read = contacts().get(created->id);
        QCOMPARE(read->familyName, QStringLiteral("Braun"));
        QCOMPARE(read->tags, QStringList {QStringLiteral("customer")});
        QCOMPARE(read->source, QStringLiteral("manual:test"));
        QCOMPARE(read->createdAtMs, created->createdAtMs);
        QCOMPARE(read->updatedAtMs, created->createdAtMs + 24 * 3600 * 1000);
        QCOMPARE(countSearch(QStringLiteral("brown")), 0);
        QCOMPARE(countSearch(QStringLiteral("braun")), 1);
    }

    void deletesAndForgetsInSearch()
    {
        auto created = contacts().create(person(QStringLiteral("Carla"), QStringLiteral("Zed")));
        QVERIFY(created.ok());
        QCOMPARE(countSearch(QStringLiteral("carla")), 1);
        // Deleting a person is an erasure (ContactService has no bare delete).
        QVERIFY(m_v->session->erasure().deleteContact(created->uid).ok());
        QCOMPARE(contacts().get(created->id).error().kind, ErrorKind::NotFound);
        QCOMPARE(countSearch(QStringLiteral("carla")), 0);
        QCOMPARE(m_v->session->erasure().deleteContact(created->uid).error().kind, ErrorKind::NotFound);
        QCOMPARE(contacts().getByUid(QStringLiteral("00000000-0000-0000-0000-000000000000")).error().kind,
                 ErrorKind::NotFound);
    }

    void pagingVisitsEveryContactOnceInOrder_data()
    {
        QTest::addColumn<int>("sort");
        QTest::newRow("family") << int(ContactSort::FamilyName);
        QTest::newRow("given") << int(ContactSort::GivenName);
        QTest::newRow("updated") << int(ContactSort::RecentlyUpdated);
    }
    void pagingVisitsEveryContactOnceInOrder()
    {
        QFETCH(int, sort);
        const QStringList family = {QStringLiteral("Smith"),
                                    QStringLiteral("smith"),
                                    QStringLiteral("Ärger"),
                                    QStringLiteral(""),
                                    QStringLiteral("Brown")};
        std::vector<Contact> batch;
        for (int i = 0; i < 523; ++i) {
            Contact c = person(QStringLiteral("P%1").arg(i % 7), family[i % family.size()]);
            if (c.familyName.isEmpty() && c.givenName.isEmpty()) {
                c.givenName = QStringLiteral("X");
            }
            c.updatedAtMs = 1000 + (i % 13); // ties on the sort key
            batch.push_back(c);
        }
        QVERIFY(contacts().createMany(batch).ok());
        ContactQuery q;
        q.sort = ContactSort(sort);
        q.limit = 50;
        QSet<qint64> seen;
        QList<ContactRow> all;
        int pages = 0;
        while (true) {
            auto page = contacts().list(q);
            QVERIFY(page.ok());
            ++pages;
            for (const auto& r : page->rows) {
                QVERIFY2(!seen.contains(r.id.value), "a row came twice");
                seen.insert(r.id.value);
                all.append(r);
            }
            if (page->nextCursor.isEmpty()) {
                break;
            }
            q.after = page->nextCursor;
        }
        QCOMPARE(seen.size(), 523);
        QCOMPARE(pages, 11);
        for (int i = 1; i < all.size(); ++i) {
            const auto& a = all[i - 1];
            const auto& b = all[i];
            if (q.sort == ContactSort::FamilyName) {
                QVERIFY(a.familyName.compare(b.familyName, Qt::CaseInsensitive) <= 0
                        || a.familyName.startsWith(QChar(0xc4)));
            } else if (q.sort == ContactSort::RecentlyUpdated) {
                QVERIFY(a.updatedAtMs >= b.updatedAtMs);
            }
        }
    }

    void foreignCursorIsInvalidNotARestart()
    {
        for (int i = 0; i < 5; ++i) {
            QVERIFY(contacts().create(person(QStringLiteral("H%1").arg(i), QStringLiteral("Hill"))).ok());
        }
        ContactQuery q;
        q.limit = 2;
        const QString familyCursor = contacts().list(q)->nextCursor;
        QVERIFY(!familyCursor.isEmpty());
        q.sort = ContactSort::RecentlyUpdated;
        q.after = familyCursor;
        QCOMPARE(contacts().list(q).error().kind, ErrorKind::Invalid);
        q.after = QStringLiteral("garbage");
        QCOMPARE(contacts().list(q).error().kind, ErrorKind::Invalid);
        // Same shape, other list: family-name cursor used for the given-name order.
        q.sort = ContactSort::GivenName;
        q.after = familyCursor;
        QCOMPARE(contacts().list(q).error().kind, ErrorKind::Invalid);
        // A cursor from one search used for another.
        ContactQuery s;
        s.search = QStringLiteral("h");
        s.limit = 2;
        const QString searchCursor = contacts().list(s)->nextCursor;
        QVERIFY(!searchCursor.isEmpty());
        s.after = searchCursor;
        QVERIFY(contacts().list(s).ok());
        s.search = QStringLiteral("hill");
        QCOMPARE(contacts().list(s).error().kind, ErrorKind::Invalid);
    }

    void searchFindsByPrefixOfEveryIndexedField_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("hits");
        QTest::newRow("given prefix") << QStringLiteral("ann") << 1;
        QTest::newRow("family, any case") << QStringLiteral("MÜLL") << 1;
        QTest::newRow("without diacritics") << QStringLiteral("muller") << 1;
        QTest::newRow("email local part") << QStringLiteral("a.mueller") << 1;
        QTest::newRow("email domain") << QStringLiteral("bakery.exa") << 1;
        QTest::newRow("phone digits as written") << QStringLiteral("555 01") << 1;
        QTest::newRow("phone digits joined") << QStringLiteral("4930555") << 1;
        QTest::newRow("company") << QStringLiteral("sonnen") << 1;
        QTest::newRow("notes") << QStringLiteral("trade fair") << 1;
        QTest::newRow("two words narrow") << QStringLiteral("anna braun") << 0;
        QTest::newRow("fts syntax is text") << QStringLiteral("anna OR \"* NEAR(") << 0;
        QTest::newRow("only punctuation") << QStringLiteral("\"*-") << 0;
        QTest::newRow("one letter") << QStringLiteral("e") << 2;
    }
    void searchFindsByPrefixOfEveryIndexedField()
    {
        QFETCH(QString, query);
        QFETCH(int, hits);
        Contact a = person(QStringLiteral("Anna"), QStringLiteral("Müller"));
        a.emails = {{QStringLiteral("a.mueller@sonnen-bakery.example"), {}}};
        a.phones = {{QStringLiteral("+49 30 555 0199"), {}}};
        a.companyName = QStringLiteral("Sonnen Bäckerei");
        a.notes = QStringLiteral("Met at the trade fair.");
        QVERIFY(contacts().create(a).ok());
        Contact b = person(QStringLiteral("Bert"), QStringLiteral("Braun"));
        b.emails = {{QStringLiteral("bert@elsewhere.example"), {}}};
        QVERIFY(contacts().create(b).ok());
        QCOMPARE(countSearch(query), hits);
    }

    void companyRenameReindexesItsContacts()
    {
        Contact a = person(QStringLiteral("Dora"), QStringLiteral("Diaz"));
        a.companyName = QStringLiteral("Oldname Corp");
        auto created = contacts().create(a);
        QVERIFY(created.ok());
        auto company = m_v->session->companies().get(*created->companyId);
        company->name = QStringLiteral("Newname Corp");
        QVERIFY(m_v->session->companies().update(*company).ok());
        QCOMPARE(countSearch(QStringLiteral("oldname")), 0);
        QCOMPARE(countSearch(QStringLiteral("newname")), 1);
        // Deleting the company keeps the contact, without a company.
        QVERIFY(m_v->session->companies().remove(company->id).ok());
        auto read = contacts().get(created->id);
        QVERIFY(read.ok());
        QVERIFY(!read->companyId.has_value());
        QCOMPARE(countSearch(QStringLiteral("newname")), 0);
    }

    void editKeepsTheChosenCompanyAmongSameNames()
    {
        Company first;
        first.name = QStringLiteral("Twin Ltd");
        Company second = first;
        auto a = m_v->session->companies().create(first);
        auto b = m_v->session->companies().create(second);
        QVERIFY(a.ok() && b.ok());
        auto created = contacts().create(person(QStringLiteral("Ivy"), QStringLiteral("Iles")));
        QVERIFY(created.ok());
        Contact edited = *created;
        edited.companyId = b->id;
        edited.companyName = QStringLiteral("Twin Ltd");
        QVERIFY(contacts().update(edited).ok());
        QCOMPARE(contacts().get(created->id)->companyId, std::optional<CompanyId>(b->id));
        // A typed name that differs from the chosen company's picks that name instead.
        edited = *contacts().get(created->id);
        edited.companyName = QStringLiteral("Other Co");
        QVERIFY(contacts().update(edited).ok());
        QCOMPARE(contacts().get(created->id)->companyName, QStringLiteral("Other Co"));
    }

    void everyWritePassesTheMutationGate()
    {
        QList<security::Mutation> heard;
        m_v->session->gate().addListener([&](const security::Mutation& m) { heard.append(m); });
        Contact c = person(QStringLiteral("Eve"), QStringLiteral("Ng"));
        c.emails = {{QStringLiteral("eve@example.com"), {}}};
        c.companyName = QStringLiteral("Brand New Co");
        auto created = contacts().create(c);
        QVERIFY(created.ok());
        QCOMPARE(heard.size(), 2); // the implicit company, then the contact
        QCOMPARE(heard[0].action, QStringLiteral("company.create"));
        QCOMPARE(heard[1].action, QStringLiteral("contact.create"));
        QCOMPARE(heard[1].entityUid, created->uid);
        QVERIFY(heard[1].fields.contains(QStringLiteral("email")));
        for (const auto& m : heard) {
            QVERIFY2(!m.fields.join(QLatin1Char(' ')).contains(QStringLiteral("eve@")), "never values");
        }
        QVERIFY(contacts().update(*created).ok());
        QVERIFY(m_v->session->erasure().deleteContact(created->uid).ok());
        QCOMPARE(heard.size(), 4);
        QCOMPARE(heard.last().action, QStringLiteral("contact.delete"));
    }

    void aFailingCheckOrRecorderWritesNothing_data()
    {
        QTest::addColumn<bool>("failInCheck");
        QTest::newRow("check denies") << true;
        QTest::newRow("recorder fails after the body") << false;
    }
    void aFailingCheckOrRecorderWritesNothing()
    {
        QFETCH(bool, failInCheck);
        int heard = 0;
        auto fail = [](storage::Database&, const security::Mutation&) -> Result<void> {
            return makeError(ErrorKind::Denied, QStringLiteral("denied"));
        };
        if (failInCheck) {
            m_v->session->gate().addCheck(fail);
        } else {
            m_v->session->gate().addRecorder(fail);
        }
        m_v->session->gate().addListener([&](const security::Mutation&) { ++heard; });
        Contact c = person(QStringLiteral("Finn"), QStringLiteral("Ford"));
        c.companyName = QStringLiteral("Should Not Exist");
        c.tags = {QStringLiteral("ghost")};
        auto r = contacts().create(c);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Denied);
        QCOMPARE(heard, 0);
        auto& db = m_v->session->vault().db();
        QCOMPARE(*db.queryInt("SELECT count(*) FROM contacts"), qint64(0));
        QCOMPARE(*db.queryInt("SELECT count(*) FROM companies"), qint64(0));
        QCOMPARE(*db.queryInt("SELECT count(*) FROM tags"), qint64(0));
        QCOMPARE(countSearch(QStringLiteral("finn")), 0);
    }

    // The bulk writer moves contacts into the vault 10,000 at a time: a batch across that line has every
    // contact, tag link and search entry, with the ids SQLite itself would have given.
    void bulkCreateAcrossStagedBatchesKeepsEverything()
    {
        QVERIFY(contacts().create(person(QStringLiteral("Before"), QStringLiteral("Everyone"))).ok());
        std::vector<Contact> batch;
        for (int i = 0; i < 10'050; ++i) {
            Contact c = person(QStringLiteral("Bulk%1").arg(i), QStringLiteral("Staged"));
            c.emails = {{QStringLiteral("bulk%1@example.com").arg(i), {}}};
            c.companyName = QStringLiteral("Firm %1").arg(i % 3);
            if (i % 2 == 0) {
                c.tags = {i % 4 == 0 ? QStringLiteral("lead") : QStringLiteral("LEAD"), QStringLiteral("bulk")};
            }
            batch.push_back(c);
        }
        auto created = contacts().createMany(batch);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        QCOMPARE(*created, 10'050);
        auto& db = m_v->session->vault().db();
        QCOMPARE(*contacts().count(), qint64(10'051));
        QCOMPARE(*db.queryInt("SELECT min(id) FROM contacts WHERE family_name = 'Staged'"), qint64(2));
        QCOMPARE(*db.queryInt("SELECT max(id) FROM contacts"), qint64(10'051));
        QCOMPARE(*db.queryInt("SELECT count(DISTINCT uid) FROM contacts"), qint64(10'051));
        QCOMPARE(*db.queryInt("SELECT count(*) FROM companies"), qint64(3));
        QCOMPARE(*db.queryInt("SELECT count(*) FROM tags"), qint64(2)); // "lead" and "LEAD" are one tag
        QCOMPARE(*db.queryInt("SELECT count(*) FROM contact_tags"), qint64(10'050));
        QCOMPARE(*db.queryInt("SELECT count(*) FROM contact_tags AS ct JOIN contacts AS c ON c.id = ct.contact_id "
                              "WHERE c.given_name = 'Bulk10048'"),
                 qint64(2));
        // Search finds contacts of the first batch, the second, and the one written before.
        QCOMPARE(countSearch(QStringLiteral("bulk0@example")), 1);
        QCOMPARE(countSearch(QStringLiteral("bulk10049")), 1);
        QCOMPARE(*db.queryInt("SELECT count(*) FROM contact_fts WHERE contact_fts MATCH 'company:\"firm 2\"'"),
                 qint64(3350));
        QCOMPARE(countSearch(QStringLiteral("before")), 1);
        QCOMPARE(db.queryText("SELECT emails FROM contacts WHERE given_name = 'Bulk7'")->value_or(QString()),
                 QStringLiteral("[{\"value\":\"bulk7@example.com\"}]"));
        // The staging table is gone (the subject-rights enforcement keeps its own TEMP tables, "subject_…").
        QVERIFY(!db.queryText("SELECT name FROM sqlite_temp_schema WHERE type = 'table' AND name NOT LIKE 'subject%'")
                     ->has_value());
    }

    // Emails and phones are JSON: labels with quotes, backslashes and characters outside the BMP are
    // stored as valid JSON (what QJsonDocument writes) and read back as written.
    void bulkCreateWritesAnyLabelAsJson()
    {
        Contact c = person(QStringLiteral("Json"), QStringLiteral("Edge"));
        c.emails = {{QStringLiteral("zoë@example.com"), QStringLiteral("wo\"rk\\home")},
                    {QStringLiteral("anna@example.com"), {}}};
        c.phones = {{QStringLiteral("+44 20 7946 0000"), QStringLiteral("📞 mobile")}};
        auto created = contacts().createMany({c});
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        auto& db = m_v->session->vault().db();
        QCOMPARE(db.queryText("SELECT emails FROM contacts")->value_or(QString()),
                 QStringLiteral("[{\"label\":\"wo\\\"rk\\\\home\",\"value\":\"zoë@example.com\"},"
                                "{\"value\":\"anna@example.com\"}]"));
        QCOMPARE(db.queryText("SELECT phones FROM contacts")->value_or(QString()),
                 QStringLiteral("[{\"label\":\"📞 mobile\",\"value\":\"+44 20 7946 0000\"}]"));
        auto id = db.queryInt("SELECT id FROM contacts");
        QVERIFY(id.ok());
        auto read = contacts().get(ContactId {*id});
        QVERIFY(read.ok());
        QCOMPARE(read->emails, c.emails);
        QCOMPARE(read->phones, c.phones);
        QCOMPARE(countSearch(QStringLiteral("zoë")), 1);
    }

    void fullDiskFailsCleanly()
    {
        QVERIFY(contacts().create(person(QStringLiteral("Kept"), QStringLiteral("Before"))).ok());
        auto& db = m_v->session->vault().db();
        const qint64 pages = *db.queryInt("PRAGMA page_count");
        const std::string pragma = "PRAGMA max_page_count = " + std::to_string(pages + 2);
        QVERIFY(db.exec(pragma.c_str()).ok());
        std::vector<Contact> batch;
        for (int i = 0; i < 2000; ++i) {
            Contact c = person(QStringLiteral("Bulk%1").arg(i), QStringLiteral("Load"));
            c.notes = QString(300, QLatin1Char('z'));
            batch.push_back(c);
        }
        auto r = contacts().createMany(batch);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::DiskFull);
        QCOMPARE(*contacts().count(), qint64(1));
        QCOMPARE(countSearch(QStringLiteral("bulk1")), 0);
    }

    void cancelledBulkCreateWritesNothing()
    {
        // Cancelled half-way, after 1,000 rows were inserted inside the transaction.
        std::atomic_bool cancel {false};
        std::vector<Contact> batch(2500, person(QStringLiteral("Gus"), QStringLiteral("Grey")));
        int progressed = 0;
        auto r = contacts().createMany(batch, &cancel, [&](int done) {
            progressed = done;
            cancel = true;
        });
        QCOMPARE(progressed, 1000);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Cancelled);
        QCOMPARE(*contacts().count(), qint64(0));
    }

    void specialCategoryFieldsAreWithheldWithoutViewSensitive()
    {
        Session& s = *m_v->session;
        storage::Database& db = s.vault().db();
        // An admin marks the notes and the phone numbers as special-category data (Art. 9).
        QVERIFY(s.fieldSettings().set(QStringLiteral("contact.notes"), std::nullopt, true));
        QVERIFY(s.fieldSettings().set(QStringLiteral("contact.phone"), std::nullopt, true));
        Contact c = person(QStringLiteral("Hanna"), QStringLiteral("Kranz"));
        c.notes = QStringLiteral("Diabetic; ask before booking dinners");
        c.phones = {{QStringLiteral("+49 30 1234567"), QStringLiteral("mobile")}};
        c.city = QStringLiteral("Kiel");
        auto created = contacts().create(c);
        QVERIFY(created);
        auto plain = contacts().create(person(QStringLiteral("Paul"), QStringLiteral("Plain")));
        QVERIFY(plain);
        QVERIFY(s.profiles().add(QStringLiteral("Rep"), security::Role::SalesRep, test::secret("")).ok());
        QVERIFY(s.profiles().add(QStringLiteral("Officer"), security::Role::PrivacyOfficer, test::secret("")).ok());
        auto storedNotes = [&db](ContactId id) {
            auto q = db.prepare("SELECT coalesce(notes, '') || '|' || phones FROM contacts WHERE id = ?1");
            if (!q) {
                return QString();
            }
            q->bind(1, id.value);
            auto step = q->step();
            return step && *step == storage::Statement::Step::Row ? q->text(0) : QString();
        };
        // One earlier note, kept in the change history (Art. 16).
        Contact earlier = *created;
        earlier.notes = QStringLiteral("Diabetic; vegetarian");
        QVERIFY(contacts().update(earlier));
        QVERIFY(contacts().update(*created));
        const QString before = storedNotes(created->id);
        QVERIFY(before.contains(QStringLiteral("Diabetic")) && before.contains(QStringLiteral("1234567")));
        auto noteChanges = [&s, &created] {
            QStringList old;
            // Keep the Result alive: a range-for over `*temporary` reads freed memory (before C++23).
            const auto history = s.subjectRights().history(created->uid);
            if (!history) {
                return old;
            }
            for (const auto& change : *history) {
                if (change.field == QLatin1String("notes")) {
                    old.append(change.oldValue);
                }
            }
            return old;
        };
        QCOMPARE(noteChanges().size(), 2);
        QVERIFY(noteChanges().contains(QStringLiteral("Diabetic; vegetarian")));

        // A sales rep sees the person, without the special-category values: in the record and in the list.
        QVERIFY(s.actAs(QStringLiteral("Rep"), test::secret("")).ok());
        auto shown = contacts().get(created->id);
        QVERIFY(shown);
        QCOMPARE(shown->city, QStringLiteral("Kiel"));
        QVERIFY(shown->notes.isEmpty());
        QVERIFY(shown->phones.isEmpty());
        QCOMPARE(contacts().getByUid(created->uid)->notes, QString());
        QCOMPARE(noteChanges(), QStringList({QString(), QString()}));
        auto page = contacts().list({});
        QVERIFY(page);
        QCOMPARE(page->rows.size(), 2);
        for (const ContactRow& row : page->rows) {
            QVERIFY(row.phone.isEmpty());
        }

        // Editing what they see keeps what they do not.
        shown->city = QStringLiteral("Lübeck");
        auto edited = contacts().update(*shown);
        QVERIFY2(edited, qPrintable(edited ? QString() : edited.error().message));
        QCOMPARE(storedNotes(created->id), before);
        QCOMPARE(*db.queryInt("SELECT count(*) FROM contacts WHERE city = 'Lübeck'"), qint64(1));

        // Giving a withheld field a value is refused, whether it holds one or not: accepting it for an empty
        // field would tell the rep that it is empty (review of issue 16).
        Contact filled = *contacts().get(plain->id);
        filled.notes = QStringLiteral("Prefers mornings");
        auto fill = contacts().update(filled);
        QVERIFY(!fill);
        QCOMPARE(fill.error().kind, ErrorKind::Denied);
        QVERIFY(!storedNotes(plain->id).startsWith(QStringLiteral("Prefers mornings")));
        const qint64 seq = (*security::AuditLog::last(db))->seq;
        Contact overwrite = *contacts().get(created->id);
        overwrite.notes = QStringLiteral("Nothing to note");
        auto refused = contacts().update(overwrite);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Denied);
        QCOMPARE(storedNotes(created->id), before);
        auto last = security::AuditLog::last(db);
        QVERIFY(last && *last);
        QCOMPARE((*last)->seq, seq + 1);
        QCOMPARE((*last)->action, QStringLiteral("access.denied"));
        QVERIFY((*last)->summary.contains(QStringLiteral("attempted=contact.update")));
        QVERIFY((*last)->summary.contains(QStringLiteral("needs=view-sensitive")));

        // A privacy officer sees them.
        QVERIFY(s.actAs(QStringLiteral("Officer"), test::secret("")).ok());
        auto full = contacts().get(created->id);
        QVERIFY(full);
        QCOMPARE(full->notes, c.notes);
        QCOMPARE(full->phones.size(), 1);
        QCOMPARE(contacts().list({})->rows.size(), 2);
        QVERIFY(noteChanges().contains(QStringLiteral("Diabetic; vegetarian")));
    }

    void sensitiveFieldsAreHiddenFromEveryRoleWithoutViewSensitive_data()
    {
        QTest::addColumn<security::Role>("role");
        QTest::addColumn<bool>("sees");
        QTest::newRow("admin") << security::Role::Admin << true;
        QTest::newRow("privacy officer") << security::Role::PrivacyOfficer << true;
        QTest::newRow("sales rep") << security::Role::SalesRep << false;
        QTest::newRow("read-only") << security::Role::ReadOnly << false;
    }
    void sensitiveFieldsAreHiddenFromEveryRoleWithoutViewSensitive()
    {
        QFETCH(security::Role, role);
        QFETCH(bool, sees);
        Session& s = *m_v->session;
        // The birthday is sensitive by the registry; the notes because the owner marks them special (Art. 9).
        QVERIFY(s.fieldSettings().set(QStringLiteral("contact.notes"), std::nullopt, true));
        Contact c = person(QStringLiteral("Hanna"), QStringLiteral("Kranz"));
        c.birthday = QDate(1980, 6, 1);
        c.notes = QStringLiteral("HIV positive");
        c.city = QStringLiteral("Kiel");
        auto created = contacts().create(c);
        QVERIFY(created);
        QVERIFY(s.profiles().add(QStringLiteral("Tester"), role, test::secret("")).ok());
        QVERIFY(s.actAs(QStringLiteral("Tester"), test::secret("")).ok());

        auto shown = contacts().get(created->id);
        QVERIFY(shown);
        QCOMPARE(shown->city, QStringLiteral("Kiel"));
        QCOMPARE(shown->birthday.isValid(), sees);
        QCOMPARE(shown->notes.isEmpty(), !sees);
        // The read says what it left out, so that a view can show it as withheld rather than empty.
        QCOMPARE(shown->withheld.contains(QStringLiteral("birthday")), !sees);
        QCOMPARE(shown->withheld.contains(QStringLiteral("notes")), !sees);
        QVERIFY(!shown->withheld.contains(QStringLiteral("city")));

        // No search by a hidden value: the word is only in the notes.
        QCOMPARE(countSearch(QStringLiteral("HIV")), sees ? 1 : 0);
        QCOMPARE(countSearch(QStringLiteral("Hanna HIV")), sees ? 1 : 0);
        QCOMPARE(countSearch(QStringLiteral("Hanna")), 1);
        ContactQuery filtered;
        filtered.filter.search = QStringLiteral("positive");
        QCOMPARE(contacts().list(filtered)->rows.size(), sees ? 1 : 0);
        auto hits = s.search().search(QStringLiteral("HIV"), 10);
        QVERIFY(hits);
        QCOMPARE(hits->size(), sees ? 1 : 0);
        QCOMPARE(s.search().search(QStringLiteral("Kranz"), 10)->size(), 1);

        // Saving what was shown keeps the hidden values (and the editor may not overwrite them).
        if (s.gate().may(security::Permission::EditContacts)) {
            Contact edit = *shown;
            edit.city = QStringLiteral("Lübeck");
            QVERIFY(contacts().update(edit));
            QVERIFY(s.actAs(QStringLiteral("owner"), test::secret("")).ok());
            auto stored = contacts().get(created->id);
            QCOMPARE(stored->birthday, QDate(1980, 6, 1));
            QCOMPARE(stored->notes, QStringLiteral("HIV positive"));
            QVERIFY(stored->withheld.isEmpty());
        }
    }

    // A sales rep may edit contacts but not see the birthday: a birthday it gives is refused whether it matches
    // the stored one or not, and for a contact without one too. Accepting the matching one (as before the review
    // of issue 16) answered a guess: exit 0 for the right date, 6 for a wrong one.
    void aGuessAtAWithheldFieldIsRefusedRightOrWrong()
    {
        Session& s = *m_v->session;
        Contact c = person(QStringLiteral("Greta"), QStringLiteral("Guess"));
        c.birthday = QDate(1984, 3, 2);
        auto created = contacts().create(c);
        QVERIFY(created);
        auto without = contacts().create(person(QStringLiteral("Nina"), QStringLiteral("Nobirthday")));
        QVERIFY(without);
        QVERIFY(s.profiles().add(QStringLiteral("Rep"), security::Role::SalesRep, test::secret("")).ok());
        QVERIFY(s.actAs(QStringLiteral("Rep"), test::secret("")).ok());
        for (const QDate& guess : {QDate(1984, 3, 2), QDate(1990, 1, 1)}) {
            Contact edit = *contacts().get(created->id);
            QVERIFY(!edit.birthday.isValid());
            edit.birthday = guess;
            auto r = contacts().update(edit);
            QVERIFY2(!r, qPrintable(guess.toString(Qt::ISODate)));
            QCOMPARE(r.error().kind, ErrorKind::Denied);
        }
        Contact fill = *contacts().get(without->id);
        fill.birthday = QDate(1970, 1, 1);
        QVERIFY(!contacts().update(fill));
        QVERIFY(s.actAs(QStringLiteral("owner"), test::secret("")).ok());
        QCOMPARE(contacts().get(created->id)->birthday, QDate(1984, 3, 2));
        QVERIFY(!contacts().get(without->id)->birthday.isValid());
    }
};

QTEST_GUILESS_MAIN(TestContactService)
#include "TestContactService.moc"
