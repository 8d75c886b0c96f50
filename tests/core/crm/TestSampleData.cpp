#include "core/crm/SampleData.h"
#include "core/crm/Validation.h"

#include <QTest>

#include "tests/support/TestVault.h"

using namespace confidant;
using namespace confidant::crm;
using confidant::test::TestVault;

namespace {

QStringList firstNames(Session& s, int n)
{
    ContactQuery q;
    q.sort = ContactSort::FamilyName;
    q.limit = n;
    QStringList out;
    const auto page = s.contacts().list(q);
    for (const auto& r : page->rows) {
        out.append(r.givenName + QLatin1Char(' ') + r.familyName + QLatin1Char(' ') + r.email + QLatin1Char(' ')
                   + r.phone + QLatin1Char(' ') + r.companyName);
    }
    return out;
}

} // namespace

class TestSampleData : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedGivesSameData()
    {
        TestVault a;
        TestVault b;
        QVERIFY(a.create() && b.create());
        SampleData sa(a.session->gate(), a.session->contacts(), a.session->companies());
        SampleData sb(b.session->gate(), b.session->contacts(), b.session->companies());
        auto ra = sa.generate(600, 42);
        auto rb = sb.generate(600, 42);
        QVERIFY(ra.ok() && rb.ok());
        QCOMPARE(ra->contacts, qint64(600));
        QCOMPARE(ra->companies, qint64(24));
        QCOMPARE(*a.session->contacts().count(), qint64(600));
        QCOMPARE(firstNames(*a.session, 50), firstNames(*b.session, 50));
    }

    void differentSeedGivesDifferentData()
    {
        TestVault a;
        TestVault b;
        QVERIFY(a.create() && b.create());
        QVERIFY(SampleData(a.session->gate(), a.session->contacts(), a.session->companies()).generate(100, 1).ok());
        QVERIFY(SampleData(b.session->gate(), b.session->contacts(), b.session->companies()).generate(100, 2).ok());
        QVERIFY(firstNames(*a.session, 20) != firstNames(*b.session, 20));
    }

    void sampleContactsAreValidAndSearchable()
    {
        TestVault v;
        QVERIFY(v.create());
        QVERIFY(SampleData(v.session->gate(), v.session->contacts(), v.session->companies()).generate(200, 7).ok());
        ContactQuery q;
        q.limit = 200;
        auto page = v.session->contacts().list(q);
        QVERIFY(page.ok());
        for (const auto& row : page->rows) {
            auto c = v.session->contacts().get(row.id);
            QVERIFY(c.ok());
            QVERIFY2(Validation::validate(*c).isEmpty(), qPrintable(Validation::summary(Validation::validate(*c))));
            QCOMPARE(c->source, QStringLiteral("sample-data"));
        }
        q.search = page->rows.first().familyName.left(3);
        QVERIFY(!v.session->contacts().list(q)->rows.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSampleData)
#include "TestSampleData.moc"
