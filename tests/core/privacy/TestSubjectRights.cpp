#include "core/crm/ExportService.h"
#include "core/crm/ImportService.h"
#include "core/privacy/ConsentService.h"
#include "core/privacy/NoticeService.h"
#include "core/privacy/ProcessorService.h"
#include "core/privacy/PurposeService.h"
#include "core/privacy/SubjectRightsService.h"
#include "core/storage/Statement.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

#include "tests/support/TestVault.h"

using namespace confidant;
using namespace confidant::privacy;
using confidant::test::TestVault;

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;

qint64 count(TestVault& v, const QString& sql)
{
    auto s = v.session->gate().db().prepare(sql);
    if (!s) {
        return -1;
    }
    auto step = s->step();
    return step && *step == storage::Statement::Step::Row ? s->int64(0) : -1;
}

ConsentRecord paper()
{
    ConsentRecord r;
    r.method = ConsentMethod::Paper;
    return r;
}

//! One person with something in every table a write can touch, and a second person beside them.
struct Fixture
{
    TestVault v;
    crm::Contact rita;
    crm::Contact kim;
    crm::Company acme;
    crm::Activity call;
    crm::Deal deal;
    Purpose newsletter, surveys, invoicing;
    Notice notice;

    bool build()
    {
        if (!v.create()) {
            return false;
        }
        auto n = v.session->purposes().find(QStringLiteral("Newsletter"));
        auto i = v.session->purposes().find(QStringLiteral("Invoicing"));
        if (!n || !i) {
            return false;
        }
        newsletter = *n;
        invoicing = *i;
        Purpose s;
        s.name = QStringLiteral("Surveys");
        s.basis = LawfulBasis::Consent;
        auto created = v.session->purposes().create(s);
        if (!created) {
            return false;
        }
        surveys = *created;
        crm::Contact c;
        c.givenName = QStringLiteral("Rita");
        c.familyName = QStringLiteral("Restricted");
        c.emails = {{QStringLiteral("rita@example.org"), QStringLiteral("work")}};
        c.companyName = QStringLiteral("Acme");
        c.city = QStringLiteral("Hamburg");
        c.tags = {QStringLiteral("fair")};
        auto r = v.session->contacts().create(c);
        crm::Contact k;
        k.givenName = QStringLiteral("Kim");
        k.familyName = QStringLiteral("Kept");
        k.tags = {QStringLiteral("fair")};
        auto kk = v.session->contacts().create(k);
        if (!r || !kk || !r->companyId) {
            return false;
        }
        rita = *r;
        kim = *kk;
        auto co = v.session->companies().get(*r->companyId);
        if (!co) {
            return false;
        }
        acme = *co;
        crm::Activity a;
        a.kind = crm::ActivityKind::Call;
        a.subject = QStringLiteral("Called about the order");
        a.links = {crm::EntityRef {crm::EntityType::Contact, rita.uid, rita.id.value, {}}};
        auto added = v.session->activities().add(a);
        crm::Deal d;
        d.title = QStringLiteral("Glasses");
        d.contactIds = {rita.id};
        auto dd = v.session->deals().create(d);
        NoticeDraft draft;
        draft.language = QStringLiteral("en");
        draft.title = QStringLiteral("Privacy notice");
        draft.body = QStringLiteral("We keep your data safe.");
        auto nd = v.session->notices().create(draft);
        if (!added || !dd || !nd) {
            return false;
        }
        auto published = v.session->notices().publish(nd->id);
        if (!published) {
            return false;
        }
        call = *added;
        deal = *dd;
        notice = *published;
        return v.session->consents().grant(rita.id, newsletter.id, paper()).ok()
            && v.session->consents().grant(rita.id, surveys.id, paper()).ok()
            && v.session->consents().grant(kim.id, newsletter.id, paper()).ok();
    }

    //! Everything stored about Rita, in one comparable string.
    QString snapshot()
    {
        const QString id = QString::number(rita.id.value);
        QStringList parts;
        for (const QString& sql : {
                 QStringLiteral("SELECT count(*) FROM contacts WHERE id = %1"),
                 QStringLiteral("SELECT count(*) FROM contacts WHERE id = %1 AND given_name = 'Rita' AND city = "
                                "'Hamburg' AND company_id IS NOT NULL"),
                 QStringLiteral("SELECT updated_at FROM contacts WHERE id = %1"),
                 QStringLiteral("SELECT count(*) FROM contact_tags WHERE contact_id = %1"),
                 QStringLiteral("SELECT count(*) FROM consent_events WHERE contact_id = %1"),
                 QStringLiteral("SELECT count(*) FROM activity_links WHERE entity_type = 'contact' AND entity_id = %1"),
                 QStringLiteral("SELECT count(*) FROM activities WHERE subject = 'Called about the order'"),
                 QStringLiteral("SELECT count(*) FROM deal_contacts WHERE contact_id = %1"),
                 QStringLiteral("SELECT count(*) FROM notice_acks WHERE contact_id = %1"),
                 QStringLiteral("SELECT count(*) FROM contact_field_history WHERE contact_id = %1"),
                 QStringLiteral("SELECT count(*) FROM companies"),
             }) {
            parts.append(QString::number(count(v, sql.arg(id))));
        }
        return parts.join(QLatin1Char(','));
    }

    QString csvFile(const QByteArray& content)
    {
        const QString path = v.dir.filePath(QStringLiteral("people.csv"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size()) {
            return {};
        }
        return path;
    }
};

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

} // namespace

class TestSubjectRights : public QObject
{
    Q_OBJECT

    // Rita restricted since 2026-01-01: shared by the rows that must change nothing (a vault costs a key
    // derivation; each row checks that the vault is as it was).
    std::unique_ptr<Fixture> m_restricted;
    std::unique_ptr<TestVault> m_roles;

private slots:
    void initTestCase()
    {
        m_restricted = std::make_unique<Fixture>();
        QVERIFY(m_restricted->build());
        QVERIFY(m_restricted->v.session->subjectRights().restrict(m_restricted->rita.uid).ok());
        m_restricted->v.clock.advanceDays(1);
    }

    void restrictMarksAndAuditsWithoutReason()
    {
        Fixture f;
        QVERIFY(f.build());
        f.v.clock.advanceDays(3);
        auto r = f.v.session->subjectRights().restrict(f.rita.uid.toUpper(), QStringLiteral("Disputes her address"));
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->contactUid, f.rita.uid);
        QCOMPARE(*r->restrictedAtMs, f.v.clock.nowMs());
        auto status = f.v.session->subjectRights().status(f.rita.uid);
        QVERIFY(status.ok());
        QVERIFY(status->isRestricted());
        QCOMPARE(*status->restrictedAtMs, f.v.clock.nowMs());
        QCOMPARE(status->restrictionReason, QStringLiteral("Disputes her address"));
        QVERIFY(!status->hasObjected());
        QCOMPARE(count(f.v,
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'subject.restrict' AND "
                                      "entity_uid = '%1'")
                           .arg(f.rita.uid)),
                 1);
        QCOMPARE(count(f.v,
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE summary LIKE '%Disputes%' OR summary "
                                      "LIKE '%Rita%'")),
                 0);
        // A restriction is not a field change of the person.
        QCOMPARE(count(f.v, QStringLiteral("SELECT count(*) FROM contact_field_history")), 0);

        auto again = f.v.session->subjectRights().restrict(f.rita.uid);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, ErrorKind::Conflict);
        QCOMPARE(again.error().message,
                 QStringLiteral("Contact %1 is already restricted (since 2026-01-04); nothing was changed.")
                     .arg(f.rita.uid));

        auto lifted = f.v.session->subjectRights().unrestrict(f.rita.uid);
        QVERIFY(lifted.ok());
        QVERIFY(!lifted->isRestricted());
        auto after = f.v.session->subjectRights().status(f.rita.uid);
        QVERIFY(after.ok() && !after->isRestricted() && after->restrictionReason.isEmpty());
        auto notRestricted = f.v.session->subjectRights().unrestrict(f.rita.uid);
        QCOMPARE(notRestricted.error().kind, ErrorKind::Conflict);
        QCOMPARE(count(f.v, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'subject.unrestrict'")), 1);
    }

    void unknownContactIsNotFound()
    {
        TestVault v;
        QVERIFY(v.create());
        const QString unknown = QStringLiteral("00000000-0000-4000-8000-000000000000");
        for (const auto& r : {v.session->subjectRights().restrict(unknown),
                              v.session->subjectRights().unrestrict(unknown),
                              v.session->subjectRights().object(unknown)}) {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().kind, ErrorKind::NotFound);
        }
        QCOMPARE(v.session->subjectRights().history(unknown).error().kind, ErrorKind::NotFound);
        QCOMPARE(v.session->subjectRights().recipients(unknown).error().kind, ErrorKind::NotFound);
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'subject.%'")), 0);
    }

    void everyWritePathIsRefused_data()
    {
        QTest::addColumn<QString>("path");
        for (const char* path : {"contact.update",
                                 "tag added",
                                 "tag removed",
                                 "consent.grant",
                                 "consent.refresh",
                                 "consent.grantMany",
                                 "activity.create",
                                 "activity.update",
                                 "activity.delete",
                                 "deal.create",
                                 "deal unlinks contact",
                                 "notice.ack",
                                 "contact.delete",
                                 "company.delete"}) {
            QTest::newRow(path) << QString::fromLatin1(path);
        }
    }

    //! An import names the restricted contact: the preview shows that line as a problem (not a merge the
    //! core would refuse for the whole import), and skipping it imports the rest, on a worker too.
    void importShowsRestrictedMatchAsProblem_data()
    {
        QTest::addColumn<bool>("onWorker");
        QTest::newRow("session") << false;
        QTest::newRow("worker") << true;
    }

    void importShowsRestrictedMatchAsProblem()
    {
        QFETCH(bool, onWorker);
        Fixture f;
        QVERIFY(f.build());
        Session& s = *f.v.session;
        QVERIFY(s.subjectRights().restrict(f.rita.uid).ok());
        const QString before = f.snapshot();
        const QString file = f.csvFile("given,family,email,phone\nRita,Restricted,rita@example.org,+49 40 1234\n"
                                       "Nora,New,nora@example.org,\n");
        QVERIFY(!file.isEmpty());
        std::unique_ptr<crm::ImportWorker> worker;
        crm::ImportService* imports = &s.imports();
        if (onWorker) {
            auto opened = crm::ImportWorker::open(s.vault(), s.actor(), f.v.clock, s.imports());
            QVERIFY(opened.ok());
            worker = std::move(opened).value();
            imports = &worker->imports();
        }
        auto preview = imports->preview(file);
        QVERIFY(preview.ok());
        QCOMPARE(preview->matchCount, 0);
        QCOMPARE(preview->newCount, 1);
        QCOMPARE(preview->problemCount, 1);
        QCOMPARE(preview->problems.first().problems,
                 QStringList {QStringLiteral("Line 2 names a contact whose processing is restricted (Art. 18): it "
                                             "cannot be changed until the restriction is lifted, so the line is not "
                                             "imported.")});
        crm::ImportDecisions decisions;
        decisions.defaultAction = crm::MatchAction::Merge;
        auto refused = imports->commit(*preview, decisions);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Invalid);
        decisions.skipInvalid = true;
        auto imported = imports->commit(*preview, decisions);
        QVERIFY2(imported.ok(), imported ? "" : qPrintable(imported.error().message));
        QCOMPARE(imported->created, 1);
        QCOMPARE(imported->merged, 0);
        QCOMPARE(count(f.v, QStringLiteral("SELECT count(*) FROM contacts WHERE given_name = 'Nora'")), 1);
        QCOMPARE(f.snapshot(), before);
    }

    void everyWritePathIsRefused()
    {
        QFETCH(QString, path);
        Fixture& f = *m_restricted;
        Session& s = *f.v.session;
        const QString before = f.snapshot();
        const qint64 auditBefore = count(f.v, QStringLiteral("SELECT count(*) FROM audit_log"));

        std::optional<Error> error;
        auto take = [&error](const auto& result) {
            if (!result) {
                error = result.error();
            }
        };
        if (path == QLatin1String("contact.update")) {
            crm::Contact c = f.rita;
            c.givenName = QStringLiteral("Rita-Maria");
            take(s.contacts().update(c));
        } else if (path == QLatin1String("tag added")) {
            crm::Contact c = *s.contacts().get(f.rita.id);
            c.tags.append(QStringLiteral("vip"));
            take(s.contacts().update(c));
        } else if (path == QLatin1String("tag removed")) {
            crm::Contact c = *s.contacts().get(f.rita.id);
            c.tags.clear();
            take(s.contacts().update(c));
        } else if (path == QLatin1String("consent.grant")) {
            take(s.consents().grant(f.rita.id, f.newsletter.id, paper()));
        } else if (path == QLatin1String("consent.refresh")) {
            take(s.consents().refresh(f.rita.id, f.surveys.id, paper()));
        } else if (path == QLatin1String("consent.grantMany")) {
            take(s.consents().grantMany({f.kim.id, f.rita.id}, {ConsentCapture {f.surveys.id, paper()}}));
        } else if (path == QLatin1String("activity.create")) {
            crm::Activity a;
            a.kind = crm::ActivityKind::Note;
            a.subject = QStringLiteral("Another note");
            a.links = {crm::EntityRef {crm::EntityType::Contact, f.rita.uid, f.rita.id.value, {}}};
            take(s.activities().add(a));
        } else if (path == QLatin1String("activity.update")) {
            crm::Activity a = *s.activities().get(f.call.id);
            a.body = QStringLiteral("More text about her");
            take(s.activities().update(a));
        } else if (path == QLatin1String("activity.delete")) {
            take(s.activities().remove(f.call.id));
        } else if (path == QLatin1String("deal.create")) {
            crm::Deal d;
            d.title = QStringLiteral("Sunglasses");
            d.contactIds = {f.kim.id, f.rita.id};
            take(s.deals().create(d));
        } else if (path == QLatin1String("deal unlinks contact")) {
            crm::Deal d = *s.deals().get(f.deal.id);
            d.contactIds.clear();
            take(s.deals().update(d));
        } else if (path == QLatin1String("notice.ack")) {
            take(s.notices().acknowledge(f.rita.id, f.notice.id, AckChannel::Paper));
        } else if (path == QLatin1String("contact.delete")) {
            take(s.erasure().deleteContact(f.rita.uid));
        } else if (path == QLatin1String("company.delete")) {
            // Deleting her employer would rewrite her row (company_id set to NULL).
            take(s.companies().remove(f.acme.id));
        }
        QVERIFY2(error.has_value(), qPrintable(path));
        QCOMPARE(error->kind, ErrorKind::Conflict);
        QVERIFY2(error->message.startsWith(
                     QStringLiteral("Contact %1 is restricted (Art. 18) since 2026-01-01: lift the restriction first.")
                         .arg(f.rita.uid)),
                 qPrintable(error->message));
        QVERIFY(!error->message.contains(QLatin1String("Rita")));
        QCOMPARE(f.snapshot(), before);
        QCOMPARE(count(f.v, QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);
        // The session is not wedged: the next write goes through.
        QVERIFY(s.subjectRights().status(f.rita.uid)->isRestricted());
        crm::Contact k = *s.contacts().get(f.kim.id);
        k.notes = path;
        QVERIFY(s.contacts().update(k).ok());
    }

    void liftedRestrictionAllowsWritesAgain()
    {
        Fixture f;
        QVERIFY(f.build());
        Session& s = *f.v.session;
        QVERIFY(s.subjectRights().restrict(f.rita.uid).ok());
        crm::Contact k = f.kim;
        k.city = QStringLiteral("Bremen");
        QVERIFY(s.contacts().update(k).ok());
        QVERIFY(s.subjectRights().unrestrict(f.rita.uid).ok());
        crm::Contact c = *s.contacts().get(f.rita.id);
        c.givenName = QStringLiteral("Rita-Maria");
        QVERIFY(s.contacts().update(c).ok());
    }

    void whatARestrictionStillAllows()
    {
        Fixture f;
        QVERIFY(f.build());
        Session& s = *f.v.session;
        QVERIFY(s.subjectRights().restrict(f.rita.uid).ok());
        // Reads and their audit entries.
        QVERIFY(s.contacts().get(f.rita.id).ok());
        QVERIFY(s.gate()
                    .audit(security::Mutation {QStringLiteral("subject.access"), QStringLiteral("contact"), f.rita.uid})
                    .ok());
        // Withdrawing a consent (Art. 7(3)) and an objection (Art. 21).
        QVERIFY(s.consents().withdraw(f.rita.id, f.surveys.id, paper()).ok());
        auto objected = s.subjectRights().object(f.rita.uid);
        QVERIFY2(objected.ok(), objected ? "" : qPrintable(objected.error().message));
        QVERIFY(objected->isRestricted());
        // Erasure is another service's: any mutation called subject.erase passes the check.
        security::Mutation erase {QStringLiteral("subject.erase"), QStringLiteral("contact"), f.rita.uid};
        erase.permission = security::Permission::Erase;
        auto erased = s.gate().apply<int>(erase, [&](storage::Database& db, security::Mutation&) -> Result<int> {
            auto u = db.prepare("UPDATE contacts SET given_name = 'x', family_name = 'x' WHERE id = ?1");
            if (!u || !u->bind(1, f.rita.id.value).run()) {
                return makeError(ErrorKind::Io, QStringLiteral("update"));
            }
            auto d = db.prepare("DELETE FROM contacts WHERE id = ?1");
            if (!d || !d->bind(1, f.rita.id.value).run()) {
                return makeError(ErrorKind::Io, QStringLiteral("delete"));
            }
            return 1;
        });
        QVERIFY2(erased.ok(), erased ? "" : qPrintable(erased.error().message));
        QCOMPARE(count(f.v, QStringLiteral("SELECT count(*) FROM contacts WHERE id = %1").arg(f.rita.id.value)), 0);
        // An erasure copies no old value into the history.
        QCOMPARE(count(f.v, QStringLiteral("SELECT count(*) FROM contact_field_history")), 0);
    }

    void refusedInsideAnOuterWriteRollsAllBack()
    {
        Fixture f;
        QVERIFY(f.build());
        Session& s = *f.v.session;
        QVERIFY(s.subjectRights().restrict(f.rita.uid).ok());
        // A write that first changes Kim, then touches Rita inside a nested call: nothing of it stays.
        security::Mutation outer {QStringLiteral("contact.bulk"), QStringLiteral("contact")};
        auto r = s.gate().apply<int>(outer, [&](storage::Database&, security::Mutation&) -> Result<int> {
            crm::Contact k = f.kim;
            k.city = QStringLiteral("Bremen");
            if (auto u = s.contacts().update(k); !u) {
                return u.error();
            }
            crm::Contact c = f.rita;
            c.city = QStringLiteral("Kiel");
            if (auto u = s.contacts().update(c); !u) {
                return u.error();
            }
            return 2;
        });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Conflict);
        QCOMPARE(count(f.v, QStringLiteral("SELECT count(*) FROM contacts WHERE city = 'Bremen'")), 0);
        QCOMPARE(count(f.v, QStringLiteral("SELECT count(*) FROM contact_field_history")), 0);
        // The session is not wedged: the next write goes through.
        crm::Contact k = f.kim;
        k.city = QStringLiteral("Bremen");
        QVERIFY(s.contacts().update(k).ok());
    }

    void exportsLeaveRestrictedOut_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("how");
        for (int format : {int(crm::ExportFormat::Csv), int(crm::ExportFormat::VCard)}) {
            const QString name
                = format == int(crm::ExportFormat::Csv) ? QStringLiteral("csv") : QStringLiteral("vcard");
            for (const char* how : {"all", "tag", "filter", "uids", "purpose"}) {
                QTest::newRow(qPrintable(name + QLatin1Char(' ') + QLatin1String(how)))
                    << format << QString::fromLatin1(how);
            }
        }
    }

    void exportsLeaveRestrictedOut()
    {
        QFETCH(int, format);
        QFETCH(QString, how);
        Fixture& f = *m_restricted;
        Session& s = *f.v.session;
        if (!s.savedFilters().get(QStringLiteral("contact"), QStringLiteral("Fair"))) {
            crm::ContactFilter fair;
            fair.tags = {QStringLiteral("fair")};
            QVERIFY(s.savedFilters().createContactFilter(QStringLiteral("Fair"), fair).ok());
        }
        crm::ExportSelection selection;
        if (how == QLatin1String("tag")) {
            selection.tag = QStringLiteral("fair");
        } else if (how == QLatin1String("filter")) {
            selection.filterName = QStringLiteral("Fair");
        } else if (how == QLatin1String("uids")) {
            selection.uids = {f.rita.uid, f.kim.uid};
        } else if (how == QLatin1String("purpose")) {
            selection.purpose = QStringLiteral("Newsletter");
        }
        auto preview = s.exports().preview(selection);
        QVERIFY(preview.ok());
        QCOMPARE(preview->candidates, 2);
        QCOMPARE(preview->kept, QList<crm::ContactId> {f.kim.id});
        QCOMPARE(preview->leftOutFor(GateReason::Restricted), 1);
        QCOMPARE(s.exports().count(selection).value(), 1);
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        auto written = s.exports().exportContacts(crm::ExportFormat(format), selection, out);
        QVERIFY(written.ok());
        QCOMPARE(*written, 1);
        QVERIFY(!out.data().contains("Rita"));
        QVERIFY(out.data().contains("Kim"));
        if (format == int(crm::ExportFormat::Csv)) {
            QCOMPARE(uidsInCsv(out.data()), QStringList {f.kim.uid});
        }
    }

    void objectionWithdrawsMarketingConsentAndGatesIt()
    {
        Fixture f;
        QVERIFY(f.build());
        Session& s = *f.v.session;
        f.v.clock.advanceDays(10);
        auto objected = s.subjectRights().object(f.rita.uid);
        QVERIFY2(objected.ok(), objected ? "" : qPrintable(objected.error().message));
        QCOMPARE(*objected->objectedAtMs, f.v.clock.nowMs());
        QCOMPARE(*s.subjectRights().status(f.rita.uid)->objectedAtMs, f.v.clock.nowMs());
        // Newsletter (direct marketing) withdrawn in the ledger; Surveys (not marketing) still given.
        QCOMPARE(s.consents().state(f.rita.id, f.newsletter.id)->status, ConsentStatus::Withdrawn);
        QCOMPARE(s.consents().state(f.rita.id, f.surveys.id)->status, ConsentStatus::Given);
        auto latest = s.consents().state(f.rita.id, f.newsletter.id)->latest;
        QVERIFY(latest.has_value());
        QCOMPARE(latest->atMs, f.v.clock.nowMs());
        QCOMPARE(latest->evidence, QStringLiteral("Objection to direct marketing (Art. 21(2))"));
        QCOMPARE(s.consents().state(f.kim.id, f.newsletter.id)->status, ConsentStatus::Given);
        QCOMPARE(count(f.v,
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'subject.object' AND entity_uid "
                                      "= '%1' AND summary LIKE '%consents-withdrawn=1%'")
                           .arg(f.rita.uid)),
                 1);
        QCOMPARE(count(f.v, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'consent.withdraw'")), 1);
        // The gated export leaves her out; she stays in non-marketing uses.
        auto gated = s.purposeGate().check(QStringLiteral("Newsletter"), {f.rita.id, f.kim.id});
        QVERIFY(gated.ok());
        QCOMPARE(gated->kept, QList<crm::ContactId> {f.kim.id});
        QCOMPARE(gated->leftOutFor(GateReason::ObjectedToMarketing), 1);
        QCOMPARE(s.purposeGate().check(QStringLiteral("Surveys"), {f.rita.id})->kept.size(), 1);
        // Unconditional, once: a second objection changes nothing.
        auto twice = s.subjectRights().object(f.rita.uid);
        QCOMPARE(twice.error().kind, ErrorKind::Conflict);
        // A new consent for a marketing purpose is her own act and is recorded; the gate still honours the
        // objection (docs/DECISIONS.md).
        QVERIFY(s.consents().grant(f.rita.id, f.newsletter.id, paper()).ok());
        QCOMPARE(s.purposeGate().check(QStringLiteral("Newsletter"), {f.rita.id})->kept.size(), 0);
    }

    void rolesDecideWhoRestrictsAndWhoRecordsObjections_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("mayRestrict");
        QTest::addColumn<bool>("mayObject");
        QTest::newRow("privacy officer") << "privacy-officer" << true << true;
        QTest::newRow("sales rep") << "sales-rep" << false << true;
        QTest::newRow("read-only") << "read-only" << false << false;
    }

    void rolesDecideWhoRestrictsAndWhoRecordsObjections()
    {
        QFETCH(QString, role);
        QFETCH(bool, mayRestrict);
        QFETCH(bool, mayObject);
        // One vault for the rows: each row adds its own person as the owner, then acts as the role.
        if (!m_roles) {
            m_roles = std::make_unique<TestVault>();
            QVERIFY(m_roles->create());
        }
        TestVault& v = *m_roles;
        Session& s = *v.session;
        QVERIFY(s.actAs(QStringLiteral("owner"), test::secret("")).ok());
        crm::Contact c;
        c.givenName = role;
        c.familyName = QStringLiteral("Person");
        auto person = s.contacts().create(c);
        QVERIFY(person.ok());
        QVERIFY(s.profiles().add(role, *security::Roles::fromName(role), test::secret("")).ok());
        QVERIFY(s.actAs(role, test::secret("")).ok());
        const QString id = QString::number(person->id.value);
        auto restricted = s.subjectRights().restrict(person->uid);
        QCOMPARE(restricted.ok(), mayRestrict);
        if (!mayRestrict) {
            QCOMPARE(restricted.error().kind, ErrorKind::Denied);
            QCOMPARE(
                count(v,
                      QStringLiteral("SELECT count(*) FROM contacts WHERE id = %1 AND restricted_at IS NULL").arg(id)),
                1);
        }
        auto objected = s.subjectRights().object(person->uid);
        QCOMPARE(objected.ok(), mayObject);
        if (!mayObject) {
            QCOMPARE(objected.error().kind, ErrorKind::Denied);
            QCOMPARE(count(v,
                           QStringLiteral("SELECT count(*) FROM contacts WHERE id = %1 AND marketing_objection_at IS "
                                          "NULL")
                               .arg(id)),
                     1);
        }
        // Both reads need only "view contacts".
        QVERIFY(s.subjectRights().history(person->uid).ok());
        QVERIFY(s.subjectRights().recipients(person->uid).ok());
    }

    void historyRecordsEveryChangedField()
    {
        Fixture f;
        QVERIFY(f.build());
        Session& s = *f.v.session;
        f.v.clock.advanceDays(5);
        const qint64 firstEdit = f.v.clock.nowMs();
        crm::Contact c = *s.contacts().get(f.rita.id);
        c.givenName = QStringLiteral("Rita-Maria");
        c.emails = {{QStringLiteral("rita@new.example"), QString()}};
        c.companyName = QStringLiteral("Beta GmbH");
        c.companyId.reset();
        c.street = QStringLiteral("Hafenstrasse 1");
        QVERIFY(s.contacts().update(c).ok());
        f.v.clock.advanceDays(1);
        // The same values again: no new rows.
        QVERIFY(s.contacts().update(*s.contacts().get(f.rita.id)).ok());
        // The import merge fills an empty field: a row for it, the old value empty.
        const QString file
            = f.csvFile("given,family,email,phone\nRita-Maria,Restricted,rita@new.example,+49 40 1234\n");
        auto preview = s.imports().preview(file);
        QVERIFY(preview.ok());
        crm::ImportDecisions decisions;
        decisions.defaultAction = crm::MatchAction::Merge;
        auto imported = s.imports().commit(*preview, decisions);
        QVERIFY2(imported.ok(), imported ? "" : qPrintable(imported.error().message));
        QCOMPARE(imported->merged, 1);

        auto history = s.subjectRights().history(f.rita.uid);
        QVERIFY(history.ok());
        QStringList rows;
        for (const FieldChange& h : *history) {
            rows.append(
                QStringLiteral("%1|%2|%3|%4")
                    .arg(h.field, h.oldValue, QString::number((h.changedAtMs - firstEdit) / kDay), h.changedByName));
            QCOMPARE(h.changedBy, s.actor().uid);
        }
        QCOMPARE(rows,
                 (QStringList {QStringLiteral("phone||1|owner"),
                               QStringLiteral("company|Acme|0|owner"),
                               QStringLiteral("street||0|owner"),
                               QStringLiteral("email|rita@example.org (work)|0|owner"),
                               QStringLiteral("given|Rita|0|owner")}));
        // Kim's history is Kim's.
        QCOMPARE(s.subjectRights().history(f.kim.uid)->size(), 0);
    }

    void recipientsAreTheProcessorsOfHerPurposes()
    {
        Fixture f;
        QVERIFY(f.build());
        Session& s = *f.v.session;
        auto add = [&](const QString& name, ProcessorRole role, const QList<Purpose>& purposes) {
            Processor p;
            p.name = name;
            p.role = role;
            p.country = QStringLiteral("DE");
            for (const Purpose& pu : purposes) {
                p.purposes.append({pu.id, pu.uid, pu.name});
            }
            return s.processors().create(p).ok();
        };
        // Invoicing needs no consent (contract): everyone's data goes there. Newsletter: she consented.
        // Surveys: she consented, then withdrew; the data may have gone out before, so it counts.
        Purpose research;
        research.name = QStringLiteral("Research");
        research.basis = LawfulBasis::Consent;
        auto created = s.purposes().create(research);
        QVERIFY(created.ok());
        QVERIFY(add(QStringLiteral("Mailjet"), ProcessorRole::Processor, {f.newsletter}));
        QVERIFY(add(QStringLiteral("Tax adviser Meyer"), ProcessorRole::Recipient, {f.invoicing, f.newsletter}));
        QVERIFY(add(QStringLiteral("Survey Monkeys"), ProcessorRole::Processor, {f.surveys}));
        QVERIFY(add(QStringLiteral("Lab Partners"), ProcessorRole::ThirdParty, {*created}));
        QVERIFY(s.consents().withdraw(f.rita.id, f.surveys.id, paper()).ok());
        auto recipients = s.subjectRights().recipients(f.rita.uid);
        QVERIFY(recipients.ok());
        QStringList rows;
        for (const SubjectRecipient& r : *recipients) {
            rows.append(r.name + QLatin1Char(':') + r.purposes.join(QLatin1Char('+')) + QLatin1Char(':')
                        + Processor::roleName(r.role));
        }
        QCOMPARE(rows,
                 (QStringList {QStringLiteral("Mailjet:Newsletter:processor"),
                               QStringLiteral("Survey Monkeys:Surveys:processor"),
                               QStringLiteral("Tax adviser Meyer:Invoicing+Newsletter:recipient")}));
        // Kim consented to the newsletter only.
        auto kims = s.subjectRights().recipients(f.kim.uid);
        QVERIFY(kims.ok());
        QCOMPARE(kims->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSubjectRights)
#include "TestSubjectRights.moc"
