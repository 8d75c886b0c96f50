#include "core/crm/CompanyService.h"

#include <QSet>
#include <QTest>

#include "tests/support/TestVault.h"

using namespace confidant;
using namespace confidant::crm;
using confidant::test::TestVault;

class TestCompanyService : public QObject
{
    Q_OBJECT

private slots:
    void crudRoundTrip()
    {
        TestVault v;
        QVERIFY(v.create());
        CompanyService& companies = v.session->companies();
        Company c;
        c.name = QStringLiteral("Nordlicht Optik GmbH");
        c.domain = QStringLiteral("Nordlicht-Optik.example");
        c.phone = QStringLiteral("+49 40 555 0100");
        c.city = QStringLiteral("Hamburg");
        c.notes = QStringLiteral("Owner: ask for Greta.");
        auto created = companies.create(c);
        QVERIFY(created.ok());
        auto read = companies.getByUid(created->uid);
        QVERIFY(read.ok());
        QCOMPARE(read->name, c.name);
        QCOMPARE(read->domain, QStringLiteral("nordlicht-optik.example"));
        QCOMPARE(read->city, c.city);
        QCOMPARE(read->notes, c.notes);

        read->city = QStringLiteral("Kiel");
        QVERIFY(companies.update(*read).ok());
        QCOMPARE(companies.get(created->id)->city, QStringLiteral("Kiel"));

        CompanyQuery q;
        q.search = QStringLiteral("nordl");
        QCOMPARE(companies.list(q)->rows.size(), 1);
        q.search = QStringLiteral("greta");
        QCOMPARE(companies.list(q)->rows.size(), 1);

        QVERIFY(companies.remove(created->id).ok());
        QCOMPARE(companies.get(created->id).error().kind, ErrorKind::NotFound);
        QCOMPARE(companies.list(q)->rows.size(), 0);
    }

    void validates_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("phone");
        QTest::newRow("no name") << QString() << QString() << QString();
        QTest::newRow("bad domain") << QStringLiteral("X") << QStringLiteral("not a domain") << QString();
        QTest::newRow("bad phone") << QStringLiteral("X") << QString() << QStringLiteral("ring ring");
        QTest::newRow("escape code in name") << QStringLiteral("X\x1b]0;owned\x07") << QString() << QString();
    }
    void validates()
    {
        QFETCH(QString, name);
        QFETCH(QString, domain);
        QFETCH(QString, phone);
        TestVault v;
        QVERIFY(v.create());
        Company c;
        c.name = name;
        c.domain = domain;
        c.phone = phone;
        auto r = v.session->companies().create(c);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Invalid);
        QCOMPARE(*v.session->companies().count(), qint64(0));
    }

    void listsWithContactCountsAndPages()
    {
        TestVault v;
        QVERIFY(v.create());
        for (int i = 0; i < 45; ++i) {
            Company c;
            c.name = QStringLiteral("Company %1").arg(i, 2, 10, QLatin1Char('0'));
            QVERIFY(v.session->companies().create(c).ok());
        }
        Contact p;
        p.givenName = QStringLiteral("Ida");
        p.companyName = QStringLiteral("Company 07");
        QVERIFY(v.session->contacts().create(p).ok());
        CompanyQuery q;
        q.limit = 20;
        QSet<QString> seen;
        qint64 count07 = -1;
        do {
            auto page = v.session->companies().list(q);
            QVERIFY(page.ok());
            for (const auto& r : page->rows) {
                seen.insert(r.uid);
                if (r.name == QStringLiteral("Company 07")) {
                    count07 = r.contactCount;
                }
            }
            q.after = page->nextCursor;
        } while (!q.after.isEmpty());
        QCOMPARE(seen.size(), 45);
        QCOMPARE(count07, qint64(1));
    }

    void specialCategoryFieldsAreWithheldWithoutViewSensitive()
    {
        TestVault v;
        QVERIFY(v.create());
        Session& s = *v.session;
        CompanyService& companies = s.companies();
        // Notes about a company often name people: an admin marks them as special-category data, and the phone.
        QVERIFY(s.fieldSettings().set(QStringLiteral("company.notes"), std::nullopt, true));
        QVERIFY(s.fieldSettings().set(QStringLiteral("company.phone"), std::nullopt, true));
        Company c;
        c.name = QStringLiteral("Praxis Weber");
        c.phone = QStringLiteral("+49 40 555 0100");
        c.city = QStringLiteral("Hamburg");
        c.notes = QStringLiteral("Dr. Weber is on sick leave until May.");
        auto created = companies.create(c);
        QVERIFY(created);
        QVERIFY(s.profiles().add(QStringLiteral("Rep"), security::Role::SalesRep, test::secret("")).ok());
        QVERIFY(s.actAs(QStringLiteral("Rep"), test::secret("")).ok());

        auto shown = companies.get(created->id);
        QVERIFY(shown);
        QCOMPARE(shown->name, c.name);
        QVERIFY(shown->notes.isEmpty());
        QVERIFY(shown->phone.isEmpty());
        QVERIFY((*companies.findByName(c.name))->notes.isEmpty());
        auto page = companies.list({});
        QVERIFY(page);
        QCOMPARE(page->rows.size(), 1);
        QVERIFY(page->rows.first().phone.isEmpty());
        QCOMPARE(page->rows.first().city, c.city);

        // Editing what the rep sees keeps what it does not; replacing a withheld value is refused.
        shown->city = QStringLiteral("Kiel");
        QVERIFY(companies.update(*shown));
        Company overwrite = *companies.get(created->id);
        overwrite.notes = QStringLiteral("Nothing to note");
        QCOMPARE(companies.update(overwrite).error().kind, ErrorKind::Denied);

        QVERIFY(s.actAs(QStringLiteral("owner"), test::secret("")).ok());
        auto full = companies.get(created->id);
        QVERIFY(full);
        QCOMPARE(full->city, QStringLiteral("Kiel"));
        QCOMPARE(full->notes, c.notes);
        QCOMPARE(full->phone, c.phone);
    }

    //! Art. 17(3)(e): `company delete` of a company a legal hold keeps, or of one whose contact, deal or
    //! activity is held (the delete would clear their company or drop their link), is refused and changes
    //! nothing. Before, the company went and the held records lost it.
    void deleteIsRefusedUnderALegalHold_data()
    {
        QTest::addColumn<QString>("held");
        QTest::newRow("the company") << QStringLiteral("company");
        QTest::newRow("its contact") << QStringLiteral("contact");
        QTest::newRow("its deal") << QStringLiteral("deal");
        QTest::newRow("its activity") << QStringLiteral("activity");
    }
    void deleteIsRefusedUnderALegalHold()
    {
        QFETCH(QString, held);
        TestVault v;
        QVERIFY(v.create());
        Session& s = *v.session;
        Company c;
        c.name = QStringLiteral("Nordlicht Optik GmbH");
        auto company = s.companies().create(c);
        QVERIFY(company);
        Contact person;
        person.givenName = QStringLiteral("Greta");
        person.familyName = QStringLiteral("Nordlicht");
        person.companyId = company->id;
        auto contact = s.contacts().create(person);
        QVERIFY(contact);
        Deal d;
        d.title = QStringLiteral("Lenses");
        d.currency = QStringLiteral("EUR");
        d.companyId = company->id;
        auto deal = s.deals().create(d);
        QVERIFY2(deal, qPrintable(deal ? QString() : deal.error().message));
        Activity visit;
        visit.kind = ActivityKind::Meeting;
        visit.subject = QStringLiteral("Visit");
        visit.atMs = v.clock.nowMs();
        visit.links = {EntityRef {EntityType::Company, company->uid, 0, {}}};
        auto activity = s.activities().add(visit);
        QVERIFY(activity);
        const QString heldUid = held == QLatin1String("company") ? company->uid
            : held == QLatin1String("contact")                   ? contact->uid
            : held == QLatin1String("deal")                      ? deal->uid
                                                                 : activity->uid;
        auto hold = s.legalHolds().add(held, heldUid, QStringLiteral("invoice dispute pending"));
        QVERIFY2(hold, qPrintable(hold ? QString() : hold.error().message));
        auto audited = [&s] {
            security::AuditQuery q;
            q.action = QStringLiteral("company.delete");
            auto entries = s.auditLog().list(q);
            return entries ? entries->size() : -1;
        };

        auto refused = s.companies().remove(company->id);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Conflict);
        QVERIFY2(refused.error().message.contains(hold->uid), qPrintable(refused.error().message));
        QVERIFY(s.companies().get(company->id));
        QCOMPARE(s.contacts().get(contact->id)->companyId, std::optional<CompanyId>(company->id));
        QCOMPARE(s.deals().get(deal->id)->companyId, std::optional<CompanyId>(company->id));
        QCOMPARE(s.activities().get(activity->id)->links.size(), 1);
        QCOMPARE(audited(), 0);

        QVERIFY(s.legalHolds().release(hold->uid));
        QVERIFY(s.companies().remove(company->id));
        QCOMPARE(s.companies().get(company->id).error().kind, ErrorKind::NotFound);
        QCOMPARE(audited(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCompanyService)
#include "TestCompanyService.moc"
