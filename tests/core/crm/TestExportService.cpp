#include "core/Session.h"
#include "core/crm/ExportService.h"

#include <QBuffer>
#include <QTest>

#include "tests/support/TestVault.h"

using namespace confidant;
using confidant::test::TestVault;

namespace {

crm::Contact person(const QString& given, const QString& family, const QString& tag)
{
    crm::Contact c;
    c.givenName = given;
    c.familyName = family;
    c.emails = {{given.toLower() + QStringLiteral("@example.org"), QString()}, {QStringLiteral("b@example.org"), {}}};
    c.tags = {tag};
    c.notes = QStringLiteral("=HYPERLINK(\"http://evil\")");
    c.city = QStringLiteral("Köln, Innenstadt");
    return c;
}

security::AuditQuery byAction(const char* action)
{
    security::AuditQuery q;
    q.action = QString::fromLatin1(action);
    return q;
}

} // namespace

class TestExportService : public QObject
{
    Q_OBJECT

private slots:
    void writesEveryRegistryFieldSafely()
    {
        TestVault v;
        QVERIFY(v.create());
        auto ada = v.session->contacts().create(
            person(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("vip")));
        QVERIFY(
            v.session->contacts().create(person(QStringLiteral("Bob"), QStringLiteral("Zed"), QStringLiteral("lead"))));
        QVERIFY(ada);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        auto count = v.session->exports().contactsCsv({}, out);
        QVERIFY2(count, qPrintable(count ? QString() : count.error().message));
        QCOMPARE(*count, 2);
        const QList<QByteArray> lines = out.data().split('\n');
        QCOMPARE(lines.first(),
                 QByteArray("uid,given,family,email,phone,street,postcode,city,region,country,title,company,notes,"
                            "tag,source\r"));
        QCOMPARE(v.session->exports().csvColumns().size() - 1,
                 int(v.session->fields().fieldsOf(QStringLiteral("contact")).size()));
        QVERIFY(lines.at(1).startsWith(ada->uid.toUtf8() + ",Ada,Lovelace,ada@example.org; b@example.org,"));
        QVERIFY(lines.at(1).contains("\"Köln, Innenstadt\""));
        QVERIFY(lines.at(1).contains("\"'=HYPERLINK(\"\"http://evil\"\")\""));
        auto audited = v.session->auditLog().list(byAction("contact.export"));
        QVERIFY(audited);
        QCOMPARE(audited->size(), 1);
        QVERIFY(audited->first().summary.contains(QStringLiteral("count=2")));

        QBuffer tagged;
        tagged.open(QIODevice::WriteOnly);
        QCOMPARE(*v.session->exports().contactsCsv({{}, QStringLiteral("LEAD")}, tagged), 1);
        QBuffer one;
        one.open(QIODevice::WriteOnly);
        QCOMPARE(*v.session->exports().contactsCsv({{ada->uid}, {}}, one), 1);
        QBuffer missing;
        missing.open(QIODevice::WriteOnly);
        QCOMPARE(v.session->exports().contactsCsv({{QStringLiteral("no-such-uid")}, {}}, missing).error().kind,
                 ErrorKind::NotFound);
    }

    void salesRepMayNotExportAndTheAttemptIsAudited()
    {
        TestVault v;
        QVERIFY(v.create());
        QVERIFY(v.session->contacts().create(
            person(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("vip"))));
        QVERIFY(v.session->profiles().add(QStringLiteral("rep"), security::Role::SalesRep, {}));
        QVERIFY(v.session->actAs(QStringLiteral("rep"), {}));
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        auto denied = v.session->exports().contactsCsv({}, out);
        QVERIFY(!denied);
        QCOMPARE(denied.error().kind, ErrorKind::Denied);
        QVERIFY(out.data().isEmpty());
        QVERIFY(v.session->actAs(QStringLiteral("owner"), {}));
        auto entries = v.session->auditLog().list(byAction("access.denied"));
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().profileName, QStringLiteral("rep"));
        QVERIFY(entries->first().summary.contains(QStringLiteral("attempted=contact.export")));
    }
};

QTEST_GUILESS_MAIN(TestExportService)
#include "TestExportService.moc"
