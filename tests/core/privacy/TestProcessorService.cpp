#include "core/privacy/ProcessorService.h"
#include "core/storage/Statement.h"

#include <QTest>
#include <QUuid>

#include "tests/support/TestVault.h"

using namespace confidant;
using namespace confidant::privacy;
using confidant::test::secret;
using confidant::test::TestVault;

namespace {

// Purposes straight into the table: this test is about the register, not the purpose service.
PurposeId addPurpose(TestVault& v, const QString& name)
{
    auto s = v.session->gate().db().prepare(
        "INSERT INTO purposes (uid, name, lawful_basis, created_at, updated_at) VALUES (?1, ?2, 'contract', 0, 0)");
    if (!s) {
        return {};
    }
    s->bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces)).bind(2, name);
    if (!s->run()) {
        return {};
    }
    return PurposeId {v.session->gate().db().lastInsertRowId()};
}

Processor mailer(const QList<PurposeId>& purposes = {})
{
    Processor p;
    p.name = QStringLiteral("Mailjet");
    p.role = ProcessorRole::Processor;
    p.country = QStringLiteral("fr");
    p.dpaSignedOn = QDate(2024, 3, 1);
    p.dpaReference = QStringLiteral("contracts/mailjet-dpa.pdf");
    p.contact = QStringLiteral("dpo@mailjet.example");
    for (PurposeId id : purposes) {
        p.purposes.append({id, {}, {}});
    }
    return p;
}

QStringList auditSummaries(TestVault& v, const QString& action)
{
    QStringList rows;
    auto s = v.session->gate().db().prepare("SELECT summary FROM audit_log WHERE action = ?1 ORDER BY seq");
    if (!s) {
        return rows;
    }
    s->bind(1, action);
    while (true) {
        auto step = s->step();
        if (!step || *step == storage::Statement::Step::Done) {
            break;
        }
        rows.append(s->text(0));
    }
    return rows;
}

} // namespace

class TestProcessorService : public QObject
{
    Q_OBJECT

private slots:
    void createsAndReadsBackEveryField()
    {
        TestVault v;
        QVERIFY(v.create());
        const PurposeId newsletter = addPurpose(v, QStringLiteral("Newsletter"));
        const PurposeId invoicing = addPurpose(v, QStringLiteral("Invoicing"));
        QVERIFY(newsletter.value > 0 && invoicing.value > 0);
        auto created = v.session->processors().create(mailer({newsletter, invoicing}));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        QCOMPARE(created->name, QStringLiteral("Mailjet"));
        QCOMPARE(created->country, QStringLiteral("FR"));
        QCOMPARE(created->dpaSignedOn, QDate(2024, 3, 1));
        QCOMPARE(created->dpaReference, QStringLiteral("contracts/mailjet-dpa.pdf"));
        QCOMPARE(created->safeguard, TransferSafeguard::None);
        QCOMPARE(created->purposes.size(), 2);
        QCOMPARE(created->purposes.at(0).name, QStringLiteral("Invoicing")); // by name
        QCOMPARE(created->purposes.at(1).name, QStringLiteral("Newsletter"));
        QVERIFY(!created->isTransfer());

        auto byName = v.session->processors().find(QStringLiteral("MAILJET"));
        QVERIFY(byName);
        QCOMPARE(byName->uid, created->uid);
        auto byUid = v.session->processors().find(created->uid.toUpper());
        QVERIFY(byUid);
        QCOMPARE(byUid->id, created->id);
        QCOMPARE(v.session->processors().find(QStringLiteral("Nobody")).error().kind, ErrorKind::NotFound);

        const QStringList audit = auditSummaries(v, QStringLiteral("processor.create"));
        QCOMPARE(audit.size(), 1);
        QVERIFY(!audit.first().contains(QStringLiteral("Mailjet")));
    }

    void countriesAreValidated_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("transfer");
        QTest::newRow("Germany") << QStringLiteral("DE") << true << false;
        QTest::newRow("lower case") << QStringLiteral("de") << true << false;
        QTest::newRow("Norway, EEA not EU") << QStringLiteral("NO") << true << false;
        QTest::newRow("Liechtenstein") << QStringLiteral("LI") << true << false;
        QTest::newRow("United States") << QStringLiteral("US") << true << true;
        QTest::newRow("Switzerland") << QStringLiteral("CH") << true << true;
        QTest::newRow("United Kingdom") << QStringLiteral("GB") << true << true;
        QTest::newRow("unknown") << QStringLiteral("") << true << false;
        QTest::newRow("UK is not the code") << QStringLiteral("UK") << false << false;
        QTest::newRow("EU is no country") << QStringLiteral("EU") << false << false;
        QTest::newRow("unassigned") << QStringLiteral("XX") << false << false;
        QTest::newRow("alpha-3") << QStringLiteral("DEU") << false << false;
        QTest::newRow("digits") << QStringLiteral("49") << false << false;
    }
    void countriesAreValidated()
    {
        QFETCH(QString, country);
        QFETCH(bool, valid);
        QFETCH(bool, transfer);
        TestVault v;
        QVERIFY(v.create());
        Processor p = mailer();
        p.country = country;
        if (transfer) {
            p.safeguard = TransferSafeguard::Sccs;
        }
        auto created = v.session->processors().create(p);
        QCOMPARE(created.ok(), valid);
        if (!valid) {
            QCOMPARE(created.error().kind, ErrorKind::Invalid);
            QVERIFY(created.error().message.contains(QStringLiteral("ISO 3166-1")));
            QCOMPARE(v.session->processors().list()->size(), 0);
            return;
        }
        QCOMPARE(created->country, country.toUpper());
        QCOMPARE(created->isTransfer(), transfer);
    }

    void theEeaIsTheEuPlusThree()
    {
        const QStringList& eea = Processor::eeaCountries();
        QCOMPARE(eea.size(), 30);
        for (const char* code :
             {"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
              "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO"}) {
            QVERIFY2(Processor::isInEea(QString::fromLatin1(code)), code);
            QVERIFY2(Processor::isValidCountry(QString::fromLatin1(code)), code);
        }
        QVERIFY(!Processor::isInEea(QStringLiteral("GB")));
        QVERIFY(!Processor::isInEea(QStringLiteral("CH")));
        QCOMPARE(Processor::countryName(QStringLiteral("us")), QStringLiteral("United States"));
    }

    void otherSafeguardNeedsANote()
    {
        TestVault v;
        QVERIFY(v.create());
        Processor p = mailer();
        p.country = QStringLiteral("IN");
        p.safeguard = TransferSafeguard::Other;
        auto refused = v.session->processors().create(p);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Invalid);
        p.safeguardNote = QStringLiteral("Art. 49(1)(b): needed for the contract");
        QVERIFY(v.session->processors().create(p));
    }

    void updateNamesTheChangedFields()
    {
        TestVault v;
        QVERIFY(v.create());
        const PurposeId newsletter = addPurpose(v, QStringLiteral("Newsletter"));
        auto created = v.session->processors().create(mailer());
        QVERIFY(created);
        Processor changed = *created;
        changed.country = QStringLiteral("US");
        changed.safeguard = TransferSafeguard::Sccs;
        changed.purposes = {{newsletter, {}, {}}};
        v.clock.advanceMs(10);
        auto updated = v.session->processors().update(changed);
        QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().message));
        QCOMPARE(updated->country, QStringLiteral("US"));
        QCOMPARE(updated->safeguard, TransferSafeguard::Sccs);
        QCOMPARE(updated->purposes.size(), 1);
        QCOMPARE(updated->purposes.first().name, QStringLiteral("Newsletter"));
        QCOMPARE(updated->updatedAtMs, created->createdAtMs + 10);
        QVERIFY(updated->isTransfer());
        const QStringList audit = auditSummaries(v, QStringLiteral("processor.update"));
        QCOMPARE(audit.size(), 1);
        QVERIFY(audit.first().contains(QStringLiteral("country")));
        QVERIFY(audit.first().contains(QStringLiteral("safeguard")));
        QVERIFY(audit.first().contains(QStringLiteral("purposes")));
        QVERIFY(!audit.first().contains(QStringLiteral("name")));

        // Nothing changed: no write, no audit entry.
        QVERIFY(v.session->processors().update(*updated));
        QCOMPARE(auditSummaries(v, QStringLiteral("processor.update")).size(), 1);
    }

    void namesAreUniqueAndPurposesMustExist()
    {
        TestVault v;
        QVERIFY(v.create());
        QVERIFY(v.session->processors().create(mailer()));
        Processor twin = mailer();
        twin.name = QStringLiteral("mailjet");
        auto taken = v.session->processors().create(twin);
        QVERIFY(!taken);
        QCOMPARE(taken.error().kind, ErrorKind::Conflict);

        Processor ghost = mailer({PurposeId {4242}});
        ghost.name = QStringLiteral("Ghost");
        auto missing = v.session->processors().create(ghost);
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
        QCOMPARE(v.session->processors().list()->size(), 1); // all or nothing
    }

    void archivedEntriesLeaveTheListButStay()
    {
        TestVault v;
        QVERIFY(v.create());
        auto created = v.session->processors().create(mailer());
        QVERIFY(created);
        auto archived = v.session->processors().setArchived(created->id, true);
        QVERIFY(archived);
        QVERIFY(archived->archived);
        QCOMPARE(v.session->processors().list()->size(), 0);
        QCOMPARE(v.session->processors().list(true)->size(), 1);
        QVERIFY(v.session->processors().find(QStringLiteral("Mailjet")));
        QCOMPARE(auditSummaries(v, QStringLiteral("processor.archive")).size(), 1);
        QVERIFY(v.session->processors().setArchived(created->id, false));
        QCOMPARE(v.session->processors().list()->size(), 1);
        QCOMPARE(auditSummaries(v, QStringLiteral("processor.restore")).size(), 1);
    }

    void permissionsAreChecked()
    {
        TestVault v;
        QVERIFY(v.create());
        auto created = v.session->processors().create(mailer());
        QVERIFY(created);
        QVERIFY(v.session->profiles().add(QStringLiteral("Rep"), security::Role::SalesRep, secret("")).ok());
        QVERIFY(v.session->profiles().add(QStringLiteral("Officer"), security::Role::PrivacyOfficer, secret("")).ok());
        QVERIFY(v.session->actAs(QStringLiteral("Rep"), secret("")).ok());
        QVERIFY(v.session->processors().list());
        Processor other = mailer();
        other.name = QStringLiteral("Other");
        QCOMPARE(v.session->processors().create(other).error().kind, ErrorKind::Denied);
        QCOMPARE(v.session->processors().setArchived(created->id, true).error().kind, ErrorKind::Denied);
        QVERIFY(v.session->actAs(QStringLiteral("Officer"), secret("")).ok());
        QVERIFY(v.session->processors().create(other));
    }
};

QTEST_GUILESS_MAIN(TestProcessorService)
#include "TestProcessorService.moc"
