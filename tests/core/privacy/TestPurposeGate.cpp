#include "core/crm/ExportService.h"
#include "core/privacy/ConsentService.h"
#include "core/privacy/PurposeGate.h"
#include "core/privacy/PurposeService.h"
#include "core/storage/Statement.h"

#include <QBuffer>
#include <QTest>

#include "tests/support/TestVault.h"

using namespace confidant;
using namespace confidant::privacy;
using confidant::test::TestVault;

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;

qint64 count(TestVault& v, const char* sql)
{
    auto n = v.session->gate().db().queryInt(sql);
    return n ? *n : -1;
}

crm::Contact addContact(TestVault& v, const QString& given, const QString& family, const QString& tag = {})
{
    crm::Contact c;
    c.givenName = given;
    c.familyName = family;
    if (!tag.isEmpty()) {
        c.tags = {tag};
    }
    auto created = v.session->contacts().create(c);
    return created ? *created : crm::Contact {};
}

Purpose purpose(TestVault& v, const QString& name)
{
    auto p = v.session->purposes().find(name);
    return p ? *p : Purpose {};
}

ConsentRecord paper()
{
    ConsentRecord r;
    r.method = ConsentMethod::Paper;
    return r;
}

// Restriction and objection are set by the subject-rights issue; the gate reads the columns already.
bool mark(TestVault& v, const crm::Contact& c, const char* column)
{
    auto s = v.session->gate().db().prepare(
        QStringLiteral("UPDATE contacts SET %1 = 1 WHERE id = ?1").arg(QString::fromLatin1(column)));
    return s && s->bind(1, c.id.value).run().ok();
}

QList<qint64> ids(const QList<crm::ContactId>& list)
{
    QList<qint64> out;
    for (const crm::ContactId id : list) {
        out.append(id.value);
    }
    return out;
}

QStringList uidsInCsv(const QByteArray& data)
{
    QStringList uids;
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines[i].trimmed().isEmpty()) {
            uids.append(QString::fromUtf8(lines[i].left(lines[i].indexOf(','))));
        }
    }
    uids.sort();
    return uids;
}

//! Six people, one per outcome, and a consent purpose that is not marketing.
struct Fixture
{
    TestVault v;
    crm::Contact kept, none, withdrawn, expired, restricted, objecting;
    Purpose newsletter, sales, invoicing, surveys;

    bool build()
    {
        if (!v.create()) {
            return false;
        }
        newsletter = purpose(v, QStringLiteral("Newsletter"));
        sales = purpose(v, QStringLiteral("Sales follow-up"));
        invoicing = purpose(v, QStringLiteral("Invoicing"));
        Purpose s;
        s.name = QStringLiteral("Surveys");
        s.basis = LawfulBasis::Consent;
        s.directMarketing = false;
        auto created = v.session->purposes().create(s);
        if (!created) {
            return false;
        }
        surveys = *created;
        kept = addContact(v, QStringLiteral("Kim"), QStringLiteral("Kept"), QStringLiteral("fair"));
        none = addContact(v, QStringLiteral("Nils"), QStringLiteral("None"), QStringLiteral("fair"));
        withdrawn = addContact(v, QStringLiteral("Wanda"), QStringLiteral("Withdrawn"));
        expired = addContact(v, QStringLiteral("Ede"), QStringLiteral("Expired"), QStringLiteral("fair"));
        restricted = addContact(v, QStringLiteral("Rita"), QStringLiteral("Restricted"));
        objecting = addContact(v, QStringLiteral("Otto"), QStringLiteral("Objecting"));
        ConsentService& consents = v.session->consents();
        ConsentRecord expiring = paper();
        expiring.expiresAtMs = v.clock.nowMs() + kDay;
        const bool ok = consents.grant(kept.id, newsletter.id, paper()).ok()
            && consents.grant(withdrawn.id, newsletter.id, paper()).ok()
            && consents.withdraw(withdrawn.id, newsletter.id, paper()).ok()
            && consents.grant(expired.id, newsletter.id, expiring).ok()
            && consents.grant(restricted.id, newsletter.id, paper()).ok()
            && consents.grant(objecting.id, newsletter.id, paper()).ok()
            && consents.grant(kept.id, surveys.id, paper()).ok()
            && consents.grant(restricted.id, surveys.id, paper()).ok()
            && consents.grant(objecting.id, surveys.id, paper()).ok() && mark(v, restricted, "restricted_at")
            && mark(v, objecting, "marketing_objection_at");
        v.clock.advanceDays(2);
        return ok;
    }
    QList<crm::ContactId> everyone() const
    {
        return {kept.id, none.id, withdrawn.id, expired.id, restricted.id, objecting.id};
    }
};

} // namespace

class TestPurposeGate : public QObject
{
    Q_OBJECT

private slots:
    void consentPurposeLeavesOutEveryReason()
    {
        Fixture f;
        QVERIFY(f.build());
        auto report = f.v.session->purposeGate().check(f.newsletter, f.everyone());
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(report->purpose.uid, f.newsletter.uid);
        QCOMPARE(report->candidates, 6);
        QCOMPARE(ids(report->kept), QList<qint64>({f.kept.id.value}));
        QCOMPARE(report->leftOutFor(GateReason::NoConsent), 1);
        QCOMPARE(report->leftOutFor(GateReason::ConsentWithdrawn), 1);
        QCOMPARE(report->leftOutFor(GateReason::ConsentExpired), 1);
        QCOMPARE(report->leftOutFor(GateReason::Restricted), 1);
        QCOMPARE(report->leftOutFor(GateReason::ObjectedToMarketing), 1);
        QCOMPARE(report->leftOutCount(), 5);
        QCOMPARE(report->summary(),
                 QStringLiteral("left out: 1 restricted, 1 objected to marketing, 1 without consent, 1 withdrew "
                                "consent, 1 with expired consent"));
    }

    void eachReasonAlone_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<int>("reason"); // -1: kept
        QTest::newRow("valid consent") << "kept" << -1;
        QTest::newRow("never asked") << "none" << int(GateReason::NoConsent);
        QTest::newRow("withdrawn") << "withdrawn" << int(GateReason::ConsentWithdrawn);
        QTest::newRow("expired") << "expired" << int(GateReason::ConsentExpired);
        QTest::newRow("restricted despite consent") << "restricted" << int(GateReason::Restricted);
        QTest::newRow("objecting despite consent") << "objecting" << int(GateReason::ObjectedToMarketing);
    }
    void eachReasonAlone()
    {
        QFETCH(QString, who);
        QFETCH(int, reason);
        Fixture f;
        QVERIFY(f.build());
        const QHash<QString, crm::ContactId> byName {{QStringLiteral("kept"), f.kept.id},
                                                     {QStringLiteral("none"), f.none.id},
                                                     {QStringLiteral("withdrawn"), f.withdrawn.id},
                                                     {QStringLiteral("expired"), f.expired.id},
                                                     {QStringLiteral("restricted"), f.restricted.id},
                                                     {QStringLiteral("objecting"), f.objecting.id}};
        auto report = f.v.session->purposeGate().check(f.newsletter, {byName.value(who)});
        QVERIFY(report.ok());
        QCOMPARE(report->candidates, 1);
        if (reason < 0) {
            QCOMPARE(ids(report->kept), QList<qint64>({byName.value(who).value}));
            QCOMPARE(report->leftOutCount(), 0);
            QVERIFY(report->summary().isEmpty());
        } else {
            QVERIFY(report->kept.isEmpty());
            QCOMPARE(report->leftOut.size(), 1);
            QCOMPARE(report->leftOutFor(static_cast<GateReason>(reason)), 1);
        }
    }

    void otherBasesKeepAllButRestrictedAndObjecting()
    {
        Fixture f;
        QVERIFY(f.build());
        // Legitimate interests, direct marketing: consent plays no part; restriction and objection do.
        auto sales = f.v.session->purposeGate().check(f.sales, f.everyone());
        QVERIFY(sales.ok());
        QCOMPARE(ids(sales->kept),
                 QList<qint64>({f.kept.id.value, f.none.id.value, f.withdrawn.id.value, f.expired.id.value}));
        QCOMPARE(sales->leftOutFor(GateReason::Restricted), 1);
        QCOMPARE(sales->leftOutFor(GateReason::ObjectedToMarketing), 1);
        QCOMPARE(sales->leftOutCount(), 2);
        // Contract, not marketing: only the restriction counts.
        auto invoicing = f.v.session->purposeGate().check(f.invoicing, f.everyone());
        QVERIFY(invoicing.ok());
        QCOMPARE(invoicing->kept.size(), 5);
        QVERIFY(!ids(invoicing->kept).contains(f.restricted.id.value));
        QVERIFY(ids(invoicing->kept).contains(f.objecting.id.value));
        QCOMPARE(invoicing->leftOutFor(GateReason::Restricted), 1);
        QCOMPARE(invoicing->leftOutCount(), 1);
        QCOMPARE(invoicing->summary(), QStringLiteral("left out: 1 restricted"));
    }

    void objectionOnlyStopsDirectMarketing()
    {
        Fixture f;
        QVERIFY(f.build());
        auto surveys = f.v.session->purposeGate().check(f.surveys, f.everyone());
        QVERIFY(surveys.ok());
        QCOMPARE(ids(surveys->kept), QList<qint64>({f.kept.id.value, f.objecting.id.value}));
        QCOMPARE(surveys->leftOutFor(GateReason::NoConsent), 3);
        QCOMPARE(surveys->leftOutFor(GateReason::Restricted), 1);
        QCOMPARE(surveys->leftOutFor(GateReason::ObjectedToMarketing), 0);
        // Made a marketing purpose, the same objector is left out.
        Purpose marketing = f.surveys;
        marketing.directMarketing = true;
        QVERIFY(f.v.session->purposes().update(marketing).ok());
        auto now = f.v.session->purposeGate().check(f.surveys, f.everyone());
        QVERIFY(now.ok());
        QCOMPARE(ids(now->kept), QList<qint64>({f.kept.id.value}));
        QCOMPARE(now->leftOutFor(GateReason::ObjectedToMarketing), 1);
    }

    void restrictionComesFirst()
    {
        Fixture f;
        QVERIFY(f.build());
        // Withdrawn and restricted and objecting: counted once, as restricted.
        QVERIFY(mark(f.v, f.withdrawn, "restricted_at"));
        QVERIFY(mark(f.v, f.withdrawn, "marketing_objection_at"));
        auto report = f.v.session->purposeGate().check(f.newsletter, {f.withdrawn.id});
        QVERIFY(report.ok());
        QCOMPARE(report->leftOutFor(GateReason::Restricted), 1);
        QCOMPARE(report->leftOutCount(), 1);
    }

    void keepsTheCallersOrderAndIgnoresRepeatsAndStrangers()
    {
        Fixture f;
        QVERIFY(f.build());
        auto report = f.v.session->purposeGate().check(
            f.sales, {f.expired.id, f.kept.id, crm::ContactId {9999}, f.expired.id, f.none.id, f.restricted.id});
        QVERIFY(report.ok());
        QCOMPARE(report->candidates, 4);
        QCOMPARE(ids(report->kept), QList<qint64>({f.expired.id.value, f.kept.id.value, f.none.id.value}));
        QCOMPARE(report->leftOutCount(), 1);
        auto empty = f.v.session->purposeGate().check(f.sales, {});
        QVERIFY(empty.ok());
        QCOMPARE(empty->candidates, 0);
        QVERIFY(empty->kept.isEmpty());
    }

    void checkAllTakesEveryContact()
    {
        Fixture f;
        QVERIFY(f.build());
        auto all = f.v.session->purposeGate().checkAll(f.newsletter);
        QVERIFY(all.ok());
        QCOMPARE(all->candidates, 6);
        QCOMPARE(ids(all->kept), QList<qint64>({f.kept.id.value}));
        auto byName = f.v.session->purposeGate().check(QStringLiteral("newsletter"), f.everyone());
        QVERIFY(byName.ok());
        QCOMPARE(byName->kept.size(), 1);
        QCOMPARE(f.v.session->purposeGate().check(QStringLiteral("Telemarketing"), f.everyone()).error().kind,
                 ErrorKind::NotFound);
    }

    void anArchivedPurposeGatesNothing()
    {
        Fixture f;
        QVERIFY(f.build());
        QVERIFY(f.v.session->purposes().setArchived(f.newsletter.id, true).ok());
        // The caller's copy still says "in use": the gate reads the purpose again.
        auto stale = f.v.session->purposeGate().check(f.newsletter, f.everyone());
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().kind, ErrorKind::Invalid);
        QVERIFY(stale.error().message.contains(QStringLiteral("archived")));
        QCOMPARE(f.v.session->purposeGate().check(f.newsletter.uid, f.everyone()).error().kind, ErrorKind::Invalid);
        QCOMPARE(f.v.session->purposeGate().checkAll(f.newsletter).error().kind, ErrorKind::Invalid);
    }

    void gatedExportLeavesOutTheWithdrawnContact()
    {
        Fixture f;
        QVERIFY(f.build());
        crm::ExportSelection selection;
        selection.purpose = QStringLiteral("Newsletter");
        auto preview = f.v.session->exports().preview(selection);
        QVERIFY(preview.ok());
        QCOMPARE(preview->candidates, 6);
        QCOMPARE(preview->kept.size(), 1);
        QCOMPARE(preview->leftOutFor(GateReason::ConsentWithdrawn), 1);
        QCOMPARE(*f.v.session->exports().count(selection), 1);

        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        auto written = f.v.session->exports().contactsCsv(selection, out);
        QVERIFY(written.ok());
        QCOMPARE(*written, 1);
        QCOMPARE(uidsInCsv(out.data()), QStringList({f.kept.uid}));

        security::AuditQuery q;
        q.action = QStringLiteral("contact.export");
        auto audit = f.v.session->auditLog().list(q);
        QVERIFY(audit.ok());
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->first().summary, QStringLiteral("format=csv purpose=%1").arg(f.newsletter.uid));

        // Kim withdraws too: now nobody is exported, and the reason says why.
        QVERIFY(f.v.session->consents().withdraw(f.kept.id, f.newsletter.id, paper()).ok());
        preview = f.v.session->exports().preview(selection);
        QVERIFY(preview.ok());
        QVERIFY(preview->kept.isEmpty());
        QCOMPARE(preview->leftOutFor(GateReason::ConsentWithdrawn), 2);
        QBuffer again;
        QVERIFY(again.open(QIODevice::WriteOnly));
        QCOMPARE(*f.v.session->exports().contactsCsv(selection, again), 0);
        QVERIFY(uidsInCsv(again.data()).isEmpty());
    }

    void gatedExportNarrowsTheOtherParts()
    {
        Fixture f;
        QVERIFY(f.build());
        crm::ExportSelection selection;
        selection.tag = QStringLiteral("fair"); // kept, none, expired
        selection.purpose = f.newsletter.uid;
        auto preview = f.v.session->exports().preview(selection);
        QVERIFY(preview.ok());
        QCOMPARE(preview->candidates, 3);
        QCOMPARE(ids(preview->kept), QList<qint64>({f.kept.id.value}));
        QCOMPARE(preview->leftOutFor(GateReason::NoConsent), 1);
        QCOMPARE(preview->leftOutFor(GateReason::ConsentExpired), 1);
        // Without a purpose the preview keeps everyone selected.
        selection.purpose.clear();
        auto ungated = f.v.session->exports().preview(selection);
        QVERIFY(ungated.ok());
        QCOMPARE(ungated->kept.size(), 3);
        QCOMPARE(ungated->leftOutCount(), 0);
    }

    void gatedExportRefusals()
    {
        Fixture f;
        QVERIFY(f.build());
        QVERIFY(f.v.session->purposes().setArchived(f.sales.id, true).ok());
        crm::ExportSelection selection;
        selection.purpose = QStringLiteral("Sales follow-up");
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        auto archived = f.v.session->exports().contactsCsv(selection, out);
        QVERIFY(!archived.ok());
        QCOMPARE(archived.error().kind, ErrorKind::Invalid);
        selection.purpose = QStringLiteral("Telemarketing");
        QCOMPARE(f.v.session->exports().contactsCsv(selection, out).error().kind, ErrorKind::NotFound);
        QCOMPARE(f.v.session->exports().preview(selection).error().kind, ErrorKind::NotFound);
        security::AuditQuery q;
        q.action = QStringLiteral("contact.export");
        QCOMPARE(f.v.session->auditLog().list(q)->size(), 0);

        // An export service without a purpose gate (a worker nobody gave one) refuses instead of leaking.
        crm::ExportService bare(
            f.v.session->gate(), f.v.session->fields(), f.v.session->contacts(), f.v.session->savedFilters());
        selection.purpose = QStringLiteral("Newsletter");
        QBuffer other;
        QVERIFY(other.open(QIODevice::WriteOnly));
        auto refused = bare.exportContacts(crm::ExportFormat::Csv, selection, other);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Io);
        // A worker's gate on its own connection works like the session's.
        PurposeGate workerGate(f.v.session->gate(), f.v.clock);
        bare.setPurposeGate(&workerGate);
        QBuffer worker;
        QVERIFY(worker.open(QIODevice::WriteOnly));
        auto written = bare.exportContacts(crm::ExportFormat::Csv, selection, worker);
        QVERIFY(written.ok());
        QCOMPARE(*written, 1);
        QCOMPARE(uidsInCsv(worker.data()), QStringList({f.kept.uid}));
    }

    // Many contacts in one query: every reason, exact counts.
    void sortsTwentyThousandContacts()
    {
        TestVault v;
        QVERIFY(v.create());
        const Purpose newsletter = purpose(v, QStringLiteral("Newsletter"));
        constexpr int n = 20000;
        storage::Database& db = v.session->gate().db();
        QVERIFY(db.exec("WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 20000) "
                        "INSERT INTO contacts (id, uid, given_name, family_name, created_at, updated_at, "
                        "restricted_at, marketing_objection_at) "
                        "SELECT i, printf('00000000-0000-4000-8000-%012d', i), 'G', 'F' || i, 0, 0, "
                        "CASE WHEN i % 10 = 0 THEN 1 END, CASE WHEN i % 7 = 0 THEN 1 END FROM k")
                    .ok());
        auto s = db.prepare("INSERT INTO consent_events (uid, contact_id, purpose_id, kind, at, method, expires_at, "
                            "recorded_by, created_at) SELECT lower(hex(randomblob(16))), id, ?1, 'granted', 1000, "
                            "'import', CASE WHEN id % 3 = 2 THEN 2000 END, '', 0 FROM contacts WHERE id % 3 <> 0");
        QVERIFY(s);
        QVERIFY(s->bind(1, newsletter.id.value).run().ok());
        auto w = db.prepare("INSERT INTO consent_events (uid, contact_id, purpose_id, kind, at, method, recorded_by, "
                            "created_at) SELECT lower(hex(randomblob(16))), id, ?1, 'withdrawn', 1500, 'email', '', 0 "
                            "FROM contacts WHERE id % 3 = 1 AND id % 2 = 0");
        QVERIFY(w);
        QVERIFY(w->bind(1, newsletter.id.value).run().ok());
        QCOMPARE(count(v, "SELECT count(*) FROM contacts"), n);

        // i % 3 == 0: no consent; == 1: granted (withdrawn when even); == 2: granted, expired.
        QHash<GateReason, qint64> expected;
        qint64 kept = 0;
        QList<crm::ContactId> candidates;
        for (int i = n; i >= 1; --i) {
            candidates.append(crm::ContactId {i});
            if (i % 10 == 0) {
                ++expected[GateReason::Restricted];
            } else if (i % 7 == 0) {
                ++expected[GateReason::ObjectedToMarketing];
            } else if (i % 3 == 0) {
                ++expected[GateReason::NoConsent];
            } else if (i % 3 == 2) {
                ++expected[GateReason::ConsentExpired];
            } else if (i % 2 == 0) {
                ++expected[GateReason::ConsentWithdrawn];
            } else {
                ++kept;
            }
        }
        auto report = v.session->purposeGate().check(newsletter, candidates);
        QVERIFY(report.ok());
        QCOMPARE(report->candidates, n);
        QCOMPARE(report->kept.size(), kept);
        for (const GateReason reason : GateReport::reasons()) {
            QCOMPARE(report->leftOutFor(reason), expected.value(reason));
        }
        // Kept in the caller's (descending) order.
        QVERIFY(report->kept.first().value > report->kept.last().value);
        auto all = v.session->purposeGate().checkAll(newsletter);
        QVERIFY(all.ok());
        QCOMPARE(all->kept.size(), kept);
        QCOMPARE(all->leftOutCount(), n - kept);
    }
};

QTEST_GUILESS_MAIN(TestPurposeGate)
#include "TestPurposeGate.moc"
