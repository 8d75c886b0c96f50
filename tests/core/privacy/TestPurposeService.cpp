#include "core/privacy/PurposeService.h"
#include "core/storage/Statement.h"

#include <QTest>

#include "tests/support/TestVault.h"

using namespace confidant;
using namespace confidant::privacy;
using confidant::test::secret;
using confidant::test::TestVault;

Q_DECLARE_METATYPE(confidant::privacy::LawfulBasis)
Q_DECLARE_METATYPE(confidant::security::Role)

namespace {

struct AuditRow
{
    QString action;
    QString entityUid;
    QString summary;
};

QList<AuditRow> auditRows(TestVault& v, const QString& prefix)
{
    QList<AuditRow> rows;
    auto s = v.session->gate().db().prepare(
        "SELECT action, entity_uid, summary FROM audit_log WHERE action LIKE ?1 ORDER BY seq");
    if (!s) {
        return rows;
    }
    s->bind(1, prefix + QLatin1Char('%'));
    while (true) {
        auto step = s->step();
        if (!step || *step == storage::Statement::Step::Done) {
            break;
        }
        rows.append({s->text(0), s->text(1), s->text(2)});
    }
    return rows;
}

qint64 purposeRows(TestVault& v)
{
    auto n = v.session->gate().db().queryInt("SELECT count(*) FROM purposes");
    return n ? *n : -1;
}

Purpose named(const QString& name, LawfulBasis basis)
{
    Purpose p;
    p.name = name;
    p.basis = basis;
    p.requiresConsent = basis == LawfulBasis::Consent;
    if (basis == LawfulBasis::LegitimateInterests) {
        p.legitimateInterest = QStringLiteral("Keeping in touch with existing customers.");
    }
    return p;
}

} // namespace

class TestPurposeService : public QObject
{
    Q_OBJECT

private slots:
    void basisNamesAndArticles_data()
    {
        QTest::addColumn<LawfulBasis>("basis");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("article");
        QTest::newRow("consent") << LawfulBasis::Consent << "consent"
                                 << "Art. 6(1)(a)";
        QTest::newRow("contract") << LawfulBasis::Contract << "contract"
                                  << "Art. 6(1)(b)";
        QTest::newRow("legal obligation") << LawfulBasis::LegalObligation << "legal-obligation"
                                          << "Art. 6(1)(c)";
        QTest::newRow("vital interests") << LawfulBasis::VitalInterests << "vital-interests"
                                         << "Art. 6(1)(d)";
        QTest::newRow("public task") << LawfulBasis::PublicTask << "public-task"
                                     << "Art. 6(1)(e)";
        QTest::newRow("legitimate interests") << LawfulBasis::LegitimateInterests << "legitimate-interests"
                                              << "Art. 6(1)(f)";
    }
    void basisNamesAndArticles()
    {
        QFETCH(LawfulBasis, basis);
        QFETCH(QString, name);
        QFETCH(QString, article);
        QCOMPARE(Purpose::basisName(basis), name);
        QCOMPARE(Purpose::basisFromName(name), std::optional<LawfulBasis>(basis));
        QCOMPARE(Purpose::basisFromName(name.toUpper()), std::optional<LawfulBasis>(basis));
        QCOMPARE(Purpose::articleRef(basis), article);
        QVERIFY(!Purpose::basisLabel(basis).isEmpty());
        QVERIFY(Purpose::bases().contains(basis));
        QCOMPARE(Purpose::bases().size(), 6);
        QVERIFY(!Purpose::basisFromName(QStringLiteral("consent-ish")));
    }

    void seedsTheStarterSetOnce()
    {
        TestVault v;
        QVERIFY(v.create());
        QCOMPARE(purposeRows(v), 0);
        auto all = v.session->purposes().list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 3);
        // By name: Invoicing, Newsletter, Sales follow-up.
        const Purpose& invoicing = all->at(0);
        const Purpose& newsletter = all->at(1);
        const Purpose& sales = all->at(2);
        QCOMPARE(newsletter.name, QStringLiteral("Newsletter"));
        QCOMPARE(newsletter.basis, LawfulBasis::Consent);
        QVERIFY(newsletter.requiresConsent);
        QVERIFY(newsletter.directMarketing);
        QCOMPARE(newsletter.retentionDays, std::optional<int>(730));
        QCOMPARE(
            newsletter.fields,
            QStringList(
                {QStringLiteral("contact.email"), QStringLiteral("contact.family"), QStringLiteral("contact.given")}));
        QCOMPARE(sales.name, QStringLiteral("Sales follow-up"));
        QCOMPARE(sales.basis, LawfulBasis::LegitimateInterests);
        QVERIFY(!sales.legitimateInterest.isEmpty());
        QVERIFY(!sales.requiresConsent);
        QVERIFY(sales.directMarketing);
        QCOMPARE(sales.retentionDays, std::optional<int>(365));
        QVERIFY(sales.fields.contains(QStringLiteral("contact.phone")));
        QCOMPARE(invoicing.name, QStringLiteral("Invoicing"));
        QCOMPARE(invoicing.basis, LawfulBasis::Contract);
        QVERIFY(!invoicing.requiresConsent);
        QVERIFY(!invoicing.directMarketing);
        QVERIFY(invoicing.description.contains(QStringLiteral("Art. 6(1)(c)")));
        QCOMPARE(invoicing.retentionDays, std::optional<int>(3650));
        QVERIFY(invoicing.fields.contains(QStringLiteral("contact.street")));
        // Every seeded field is a registry field.
        for (const Purpose& p : *all) {
            QVERIFY2(v.session->purposes().validate(p).isEmpty(), qPrintable(p.name));
        }

        QVERIFY(v.session->purposes().list().ok());
        QCOMPARE(purposeRows(v), 3);
        const auto audit = auditRows(v, QStringLiteral("purpose."));
        QCOMPARE(audit.size(), 3);
        QSet<QString> uids;
        for (const AuditRow& row : audit) {
            QCOMPARE(row.action, QStringLiteral("purpose.create"));
            QCOMPARE(row.summary, QStringLiteral("default"));
            uids.insert(row.entityUid);
        }
        QCOMPARE(uids, QSet<QString>({invoicing.uid, newsletter.uid, sales.uid}));
    }

    void readOnlyProfileSeesTheStarterSet()
    {
        TestVault v;
        QVERIFY(v.create());
        QVERIFY(v.session->profiles().add(QStringLiteral("Reader"), security::Role::ReadOnly, secret("")).ok());
        QVERIFY(v.session->actAs(QStringLiteral("Reader"), secret("")).ok());
        auto all = v.session->purposes().list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 3);
    }

    void findsByNameIgnoringCaseOrByUid()
    {
        TestVault v;
        QVERIFY(v.create());
        auto byName = v.session->purposes().find(QStringLiteral("  newsLETTER "));
        QVERIFY(byName.ok());
        QCOMPARE(byName->name, QStringLiteral("Newsletter"));
        auto byUid = v.session->purposes().find(byName->uid.toUpper());
        QVERIFY(byUid.ok());
        QCOMPARE(byUid->id, byName->id);
        auto byId = v.session->purposes().get(byName->id);
        QVERIFY(byId.ok());
        QCOMPARE(byId->uid, byName->uid);
        auto missing = v.session->purposes().find(QStringLiteral("Telemarketing"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
        QCOMPARE(v.session->purposes().get(PurposeId {9999}).error().kind, ErrorKind::NotFound);
    }

    void createsAPurpose()
    {
        TestVault v;
        QVERIFY(v.create());
        Purpose p = named(QStringLiteral("  Event invitations "), LawfulBasis::LegitimateInterests);
        p.description = QStringLiteral("Inviting customers to our open days.");
        p.directMarketing = true;
        p.fields
            = {QStringLiteral("contact.email"), QStringLiteral(" contact.given "), QStringLiteral("contact.email")};
        p.retentionDays = 90;
        auto created = v.session->purposes().create(p);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        QCOMPARE(created->name, QStringLiteral("Event invitations"));
        QCOMPARE(created->basis, LawfulBasis::LegitimateInterests);
        QCOMPARE(created->legitimateInterest, QStringLiteral("Keeping in touch with existing customers."));
        QVERIFY(!created->requiresConsent);
        QVERIFY(created->directMarketing);
        QCOMPARE(created->fields, QStringList({QStringLiteral("contact.email"), QStringLiteral("contact.given")}));
        QCOMPARE(created->retentionDays, std::optional<int>(90));
        QVERIFY(!created->archived);
        QCOMPARE(created->createdAtMs, v.clock.nowMs());
        QCOMPARE(purposeRows(v), 4);
        const auto audit = auditRows(v, QStringLiteral("purpose.create"));
        QCOMPARE(audit.size(), 4);
        QCOMPARE(audit.last().entityUid, created->uid);
        QCOMPARE(audit.last().summary, QStringLiteral("basis=legitimate-interests"));
    }

    void consentBasisAlwaysRequiresConsent()
    {
        TestVault v;
        QVERIFY(v.create());
        Purpose p = named(QStringLiteral("Product news"), LawfulBasis::Consent);
        p.requiresConsent = false;
        p.legitimateInterest = QStringLiteral("dropped: not the basis");
        auto created = v.session->purposes().create(p);
        QVERIFY(created.ok());
        QVERIFY(created->requiresConsent);
        QVERIFY(created->legitimateInterest.isEmpty());
        // Another basis may still ask for consent (e.g. email marketing under ePrivacy rules).
        Purpose q = named(QStringLiteral("Partner offers"), LawfulBasis::LegitimateInterests);
        q.requiresConsent = true;
        auto other = v.session->purposes().create(q);
        QVERIFY(other.ok());
        QVERIFY(other->requiresConsent);
    }

    void refusesInvalidPurposes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("basis");
        QTest::addColumn<QString>("interest");
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<int>("retention"); // -1: not set
        QTest::addColumn<QString>("expected");
        const int li = int(LawfulBasis::LegitimateInterests);
        const int contract = int(LawfulBasis::Contract);
        QTest::newRow("no name") << "   " << contract << "" << QStringList() << -1 << "needs a name";
        QTest::newRow("name too long") << QString(81, QLatin1Char('x')) << contract << "" << QStringList() << -1
                                       << "needs a name";
        QTest::newRow("control character in name")
            << "News\x01letter" << contract << "" << QStringList() << -1 << "needs a name";
        QTest::newRow("legitimate interest not written out")
            << "Follow-up" << li << "  " << QStringList() << -1 << "interest written out";
        QTest::newRow("unknown field") << "Billing" << contract << ""
                                       << QStringList {QStringLiteral("contact.shoe_size")} << -1
                                       << "contact.shoe_size";
        QTest::newRow("field without entity")
            << "Billing" << contract << "" << QStringList {QStringLiteral("email")} << -1 << "not a known field";
        QTest::newRow("company field of a contact")
            << "Billing" << contract << "" << QStringList {QStringLiteral("contact.domain")} << -1
            << "not a known field";
        QTest::newRow("zero retention") << "Billing" << contract << "" << QStringList() << 0 << "retention";
        QTest::newRow("negative retention") << "Billing" << contract << "" << QStringList() << -5 << "retention";
        QTest::newRow("retention beyond a century")
            << "Billing" << contract << "" << QStringList() << 40000 << "retention";
    }
    void refusesInvalidPurposes()
    {
        QFETCH(QString, name);
        QFETCH(int, basis);
        QFETCH(QString, interest);
        QFETCH(QStringList, fields);
        QFETCH(int, retention);
        QFETCH(QString, expected);
        TestVault v;
        QVERIFY(v.create());
        QVERIFY(v.session->purposes().list().ok());
        const qint64 before = purposeRows(v);
        const int auditBefore = auditRows(v, QString()).size();
        Purpose p;
        p.name = name;
        p.basis = static_cast<LawfulBasis>(basis);
        p.legitimateInterest = interest;
        p.fields = fields;
        if (retention != -1) {
            p.retentionDays = retention;
        }
        auto created = v.session->purposes().create(p);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().kind, ErrorKind::Invalid);
        QVERIFY2(created.error().message.contains(expected), qPrintable(created.error().message));
        QCOMPARE(purposeRows(v), before);
        QCOMPARE(auditRows(v, QString()).size(), auditBefore);
    }

    void refusesATakenNameIgnoringCase()
    {
        TestVault v;
        QVERIFY(v.create());
        auto created = v.session->purposes().create(named(QStringLiteral("NEWSLETTER"), LawfulBasis::Consent));
        QVERIFY(!created.ok());
        QCOMPARE(created.error().kind, ErrorKind::Conflict);
        QCOMPARE(purposeRows(v), 3);

        auto events = v.session->purposes().create(named(QStringLiteral("Events"), LawfulBasis::Consent));
        QVERIFY(events.ok());
        Purpose renamed = *events;
        renamed.name = QStringLiteral("invoicing");
        auto clash = v.session->purposes().update(renamed);
        QVERIFY(!clash.ok());
        QCOMPARE(clash.error().kind, ErrorKind::Conflict);
        QCOMPARE(v.session->purposes().get(events->id)->name, QStringLiteral("Events"));
        // Its own name in another case is no clash.
        renamed.name = QStringLiteral("EVENTS");
        auto recased = v.session->purposes().update(renamed);
        QVERIFY(recased.ok());
        QCOMPARE(recased->name, QStringLiteral("EVENTS"));
    }

    void updateAuditsTheChangedFieldNames()
    {
        TestVault v;
        QVERIFY(v.create());
        auto newsletter = v.session->purposes().find(QStringLiteral("Newsletter"));
        QVERIFY(newsletter.ok());
        v.clock.advanceDays(1);
        Purpose p = *newsletter;
        p.description = QStringLiteral("Monthly news.");
        p.retentionDays.reset();
        p.fields = {QStringLiteral("contact.email")};
        auto saved = v.session->purposes().update(p);
        QVERIFY(saved.ok());
        QCOMPARE(saved->description, QStringLiteral("Monthly news."));
        QCOMPARE(saved->retentionDays, std::optional<int>());
        QCOMPARE(saved->fields, QStringList({QStringLiteral("contact.email")}));
        QCOMPARE(saved->updatedAtMs, v.clock.nowMs());
        QCOMPARE(saved->createdAtMs, newsletter->createdAtMs);
        auto audit = auditRows(v, QStringLiteral("purpose.update"));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().entityUid, newsletter->uid);
        QCOMPARE(audit.first().summary, QStringLiteral("fields=description,fields,retention_days"));
        // Nothing changed: nothing written.
        QVERIFY(v.session->purposes().update(*saved).ok());
        QCOMPARE(auditRows(v, QStringLiteral("purpose.update")).size(), 1);

        // Switching to legitimate interests needs the interest.
        Purpose li = *saved;
        li.basis = LawfulBasis::LegitimateInterests;
        li.requiresConsent = false;
        auto refused = v.session->purposes().update(li);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Invalid);
        QCOMPARE(v.session->purposes().get(saved->id)->basis, LawfulBasis::Consent);
        li.legitimateInterest = QStringLiteral("Informing customers about products like the ones they bought.");
        auto switched = v.session->purposes().update(li);
        QVERIFY(switched.ok());
        QCOMPARE(switched->basis, LawfulBasis::LegitimateInterests);
        QVERIFY(!switched->requiresConsent);
        QCOMPARE(auditRows(v, QStringLiteral("purpose.update")).last().summary,
                 QStringLiteral("fields=lawful_basis,legitimate_interest,requires_consent"));
    }

    void archivedPurposesLeaveTheListButStayFindable()
    {
        TestVault v;
        QVERIFY(v.create());
        auto sales = v.session->purposes().find(QStringLiteral("Sales follow-up"));
        QVERIFY(sales.ok());
        auto archived = v.session->purposes().setArchived(sales->id, true);
        QVERIFY(archived.ok());
        QVERIFY(archived->archived);
        QCOMPARE(v.session->purposes().list()->size(), 2);
        QCOMPARE(v.session->purposes().list(true)->size(), 3);
        QVERIFY(v.session->purposes().find(sales->uid)->archived);
        // Archiving twice writes nothing more.
        QVERIFY(v.session->purposes().setArchived(sales->id, true).ok());
        auto back = v.session->purposes().setArchived(sales->id, false);
        QVERIFY(back.ok());
        QVERIFY(!back->archived);
        QCOMPARE(v.session->purposes().list()->size(), 3);
        const auto audit = auditRows(v, QStringLiteral("purpose.%archive"));
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit.at(0).action, QStringLiteral("purpose.archive"));
        QCOMPARE(audit.at(1).action, QStringLiteral("purpose.unarchive"));
        QCOMPARE(audit.at(0).entityUid, sales->uid);
    }

    void managingNeedsManagePurposes_data()
    {
        QTest::addColumn<security::Role>("role");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("admin") << security::Role::Admin << true;
        QTest::newRow("privacy officer") << security::Role::PrivacyOfficer << true;
        QTest::newRow("sales rep") << security::Role::SalesRep << false;
        QTest::newRow("read-only") << security::Role::ReadOnly << false;
    }
    void managingNeedsManagePurposes()
    {
        QFETCH(security::Role, role);
        QFETCH(bool, allowed);
        TestVault v;
        QVERIFY(v.create());
        QVERIFY(v.session->purposes().list().ok());
        QVERIFY(v.session->profiles().add(QStringLiteral("Someone"), role, secret("")).ok());
        QVERIFY(v.session->actAs(QStringLiteral("Someone"), secret("")).ok());
        auto created = v.session->purposes().create(named(QStringLiteral("Surveys"), LawfulBasis::Consent));
        QCOMPARE(created.ok(), allowed);
        auto invoicing = v.session->purposes().find(QStringLiteral("Invoicing"));
        QVERIFY(invoicing.ok());
        auto archived = v.session->purposes().setArchived(invoicing->id, true);
        QCOMPARE(archived.ok(), allowed);
        Purpose edit = *invoicing;
        edit.description = QStringLiteral("changed");
        QCOMPARE(v.session->purposes().update(edit).ok(), allowed);
        if (!allowed) {
            QCOMPARE(created.error().kind, ErrorKind::Denied);
            QCOMPARE(archived.error().kind, ErrorKind::Denied);
            QCOMPARE(purposeRows(v), 3);
            QVERIFY(!v.session->purposes().find(QStringLiteral("Invoicing"))->archived);
            const auto denied = auditRows(v, QStringLiteral("access.denied"));
            QCOMPARE(denied.size(), 3);
            QVERIFY(denied.first().summary.contains(QStringLiteral("attempted=purpose.create")));
        }
    }

    void retentionNeedsManageRetention_data()
    {
        QTest::addColumn<security::Role>("role");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("admin") << security::Role::Admin << true;
        QTest::newRow("privacy officer") << security::Role::PrivacyOfficer << false;
    }
    void retentionNeedsManageRetention()
    {
        QFETCH(security::Role, role);
        QFETCH(bool, allowed);
        TestVault v;
        QVERIFY(v.create());
        QVERIFY(v.session->purposes().list().ok());
        QVERIFY(v.session->profiles().add(QStringLiteral("Someone"), role, secret("")).ok());
        QVERIFY(v.session->actAs(QStringLiteral("Someone"), secret("")).ok());
        const qint64 deniedBefore = auditRows(v, QStringLiteral("access.denied")).size();

        // Managing purposes, the retention period left alone: allowed to both.
        QVERIFY(v.session->purposes().create(named(QStringLiteral("Surveys"), LawfulBasis::Consent)).ok());
        auto invoicing = v.session->purposes().find(QStringLiteral("Invoicing"));
        QVERIFY(invoicing.ok());
        Purpose described = *invoicing;
        described.description = QStringLiteral("Invoices and reminders");
        QVERIFY(v.session->purposes().update(described).ok());

        // Setting a retention period on a new purpose, and changing an existing one's.
        Purpose kept = named(QStringLiteral("Events"), LawfulBasis::Consent);
        kept.retentionDays = 90;
        auto created = v.session->purposes().create(kept);
        Purpose shorter = *v.session->purposes().find(QStringLiteral("Invoicing"));
        const std::optional<int> stored = shorter.retentionDays;
        shorter.retentionDays = 400;
        auto updated = v.session->purposes().update(shorter);
        QCOMPARE(created.ok(), allowed);
        QCOMPARE(updated.ok(), allowed);
        const auto denied = auditRows(v, QStringLiteral("access.denied"));
        if (allowed) {
            QCOMPARE(created->retentionDays, std::optional<int>(90));
            QCOMPARE(v.session->purposes().find(QStringLiteral("Invoicing"))->retentionDays, std::optional<int>(400));
            QCOMPARE(denied.size(), deniedBefore);
            return;
        }
        QCOMPARE(created.error().kind, ErrorKind::Denied);
        QCOMPARE(updated.error().kind, ErrorKind::Denied);
        QVERIFY(!v.session->purposes().find(QStringLiteral("Events")).ok());
        QCOMPARE(v.session->purposes().find(QStringLiteral("Invoicing"))->retentionDays, stored);
        QCOMPARE(denied.size(), deniedBefore + 2);
        QVERIFY(denied.at(denied.size() - 2).summary.contains(QStringLiteral("attempted=purpose.create")));
        QVERIFY(denied.last().summary.contains(QStringLiteral("attempted=purpose.update")));
        for (const AuditRow& row : denied.mid(denied.size() - 2)) {
            QVERIFY2(row.summary.contains(QStringLiteral("needs=manage-retention")), qPrintable(row.summary));
        }
    }
};

QTEST_GUILESS_MAIN(TestPurposeService)
#include "TestPurposeService.moc"
