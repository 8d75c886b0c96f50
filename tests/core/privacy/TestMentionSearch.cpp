#include "core/privacy/MentionSearch.h"

#include <QTest>

#include "tests/support/TestVault.h"

using namespace confidant;
using namespace confidant::privacy;
using confidant::test::TestVault;

namespace {

crm::Contact addContact(TestVault& v, const QString& given, const QString& family, const QString& notes = {})
{
    crm::Contact c;
    c.givenName = given;
    c.familyName = family;
    c.notes = notes;
    auto created = v.session->contacts().create(c);
    return created ? *created : crm::Contact {};
}

QString render(const QList<Mention>& mentions)
{
    QStringList out;
    for (const auto& m : mentions) {
        out.append(QStringLiteral("%1/%2/%3/%4").arg(m.entityType, m.entityLabel, m.field, m.matched));
    }
    return out.join(QLatin1Char('|'));
}

} // namespace

class TestMentionSearch : public QObject
{
    Q_OBJECT

private slots:
    void findsNameEmailAndPhoneInOtherRecords()
    {
        TestVault v;
        QVERIFY(v.create());
        crm::Contact ada;
        ada.givenName = QStringLiteral("Ada");
        ada.familyName = QStringLiteral("Lovelace");
        ada.emails = {{QStringLiteral("ada@example.org"), QStringLiteral("work")}};
        ada.phones = {{QStringLiteral("020 7946 0958"), QStringLiteral("mobile")}};
        ada.notes = QStringLiteral("Ada Lovelace's own note is hers, not a mention");
        auto created = v.session->contacts().create(ada);
        QVERIFY(created);

        addContact(
            v, QStringLiteral("Charles"), QStringLiteral("Babbage"), QStringLiteral("Met ADA LOVELACE at the museum"));
        addContact(
            v, QStringLiteral("Mary"), QStringLiteral("Somerville"), QStringLiteral("Call back on +44 20-7946-0958"));
        addContact(v, QStringLiteral("Ada"), QStringLiteral("Byron"), QStringLiteral("Just another Ada"));

        crm::Company co;
        co.name = QStringLiteral("Analytical Engines");
        co.notes = QStringLiteral("Invoices go to Ada@Example.org");
        QVERIFY(v.session->companies().create(co));

        // An activity linked to Ada is hers; one linked only to Charles that names her is a mention.
        auto charles = v.session->contacts().get(crm::ContactId {created->id.value + 1});
        QVERIFY(charles);
        crm::Activity own;
        own.subject = QStringLiteral("Call with Ada Lovelace");
        own.links = {{crm::EntityType::Contact, created->uid, 0, {}}};
        QVERIFY(v.session->activities().add(own));
        crm::Activity other;
        other.subject = QStringLiteral("Lunch");
        other.body = QStringLiteral("Charles said ada lovelace would join");
        other.links = {{crm::EntityType::Contact, charles->uid, 0, {}}};
        QVERIFY(v.session->activities().add(other));

        auto ids = MentionSearch::identifiersOf(v.session->gate().db(), created->id.value);
        QVERIFY(ids);
        QCOMPARE(*ids,
                 (QStringList {QStringLiteral("Ada Lovelace"),
                               QStringLiteral("ada@example.org"),
                               QStringLiteral("020 7946 0958")}));

        auto found = MentionSearch::find(v.session->gate().db(), created->id.value);
        QVERIFY(found);
        QCOMPARE(render(*found),
                 QStringLiteral("activity/Lunch/body/Ada Lovelace"
                                "|company/Analytical Engines/notes/ada@example.org"
                                "|contact/Charles Babbage/notes/Ada Lovelace"
                                "|contact/Mary Somerville/notes/020 7946 0958"));
        QCOMPARE(found->at(3).excerpt, QStringLiteral("Call back on +44 20-7946-0958"));
    }

    void shortPhonesAndSingleNamesAreNotSearched()
    {
        TestVault v;
        QVERIFY(v.create());
        crm::Contact cher;
        cher.givenName = QStringLiteral("Cher");
        cher.phones = {{QStringLiteral("112"), {}}};
        auto created = v.session->contacts().create(cher);
        QVERIFY(created);
        addContact(v, QStringLiteral("Sonny"), QStringLiteral("Bono"), QStringLiteral("Cher called 112"));

        auto ids = MentionSearch::identifiersOf(v.session->gate().db(), created->id.value);
        QVERIFY(ids);
        QVERIFY(ids->isEmpty());
        auto found = MentionSearch::find(v.session->gate().db(), created->id.value);
        QVERIFY(found);
        QVERIFY(found->isEmpty());
    }

    void unknownContactIsNotFound()
    {
        TestVault v;
        QVERIFY(v.create());
        auto found = MentionSearch::find(v.session->gate().db(), 4242);
        QVERIFY(!found);
        QCOMPARE(found.error().kind, ErrorKind::NotFound);
    }

    //! Every occurrence goes, whatever its case; a phone with the rest of its written number; a filter's JSON
    //! stays valid. Issue 16: redaction replaces the identifiers, nothing else.
    void redactReplacesEveryOccurrence_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("hits");
        QTest::newRow("name twice, any case")
            << QStringLiteral("Ada Lovelace met ADA LOVELACE") << QStringLiteral("[redacted] met [redacted]") << 2;
        QTest::newRow("email") << QStringLiteral("mail Ada@Example.org now") << QStringLiteral("mail [redacted] now")
                               << 1;
        QTest::newRow("phone with country code")
            << QStringLiteral("Call +44 20 7946 0958 today") << QStringLiteral("Call [redacted] today") << 1;
        QTest::newRow("phone as stored") << QStringLiteral("(020) 7946-0958") << QStringLiteral("([redacted]") << 1;
        QTest::newRow("single name stays") << QStringLiteral("Just Ada") << QStringLiteral("Just Ada") << 0;
    }
    void redactReplacesEveryOccurrence()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QFETCH(int, hits);
        TestVault v;
        QVERIFY(v.create());
        crm::Contact ada;
        ada.givenName = QStringLiteral("Ada");
        ada.familyName = QStringLiteral("Lovelace");
        ada.emails = {{QStringLiteral("ada@example.org"), QStringLiteral("work")}};
        ada.phones = {{QStringLiteral("020 7946 0958"), QStringLiteral("mobile")}};
        auto created = v.session->contacts().create(ada);
        QVERIFY(created);
        auto ids = MentionSearch::needlesOf(v.session->gate().db(), created->id.value);
        QVERIFY(ids);
        int n = -1;
        QCOMPARE(MentionSearch::redact(text, *ids, &n), expected);
        QCOMPARE(n, hits);
        n = -1;
        QCOMPARE(MentionSearch::redactJson(QStringLiteral("{\"search\":\"%1\",\"tags\":[\"x\"]}").arg(text), *ids, &n),
                 hits == 0 ? QStringLiteral("{\"search\":\"%1\",\"tags\":[\"x\"]}").arg(text)
                           : QStringLiteral("{\"search\":\"%1\",\"tags\":[\"x\"]}").arg(expected));
        QCOMPARE(n, hits);
    }
};

QTEST_GUILESS_MAIN(TestMentionSearch)
#include "TestMentionSearch.moc"
