#include "core/privacy/ConsentService.h"
#include "core/privacy/PurposeService.h"
#include "core/storage/Statement.h"

#include <QTest>
#include <QUuid>

#include "tests/support/TestVault.h"

using namespace confidant;
using namespace confidant::privacy;
using confidant::test::secret;
using confidant::test::TestVault;

Q_DECLARE_METATYPE(confidant::security::Role)

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;

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

qint64 count(TestVault& v, const char* sql)
{
    auto n = v.session->gate().db().queryInt(sql);
    return n ? *n : -1;
}

crm::Contact addContact(TestVault& v, const QString& given, const QString& family)
{
    crm::Contact c;
    c.givenName = given;
    c.familyName = family;
    auto created = v.session->contacts().create(c);
    return created ? *created : crm::Contact {};
}

Purpose purpose(TestVault& v, const QString& name)
{
    auto p = v.session->purposes().find(name);
    return p ? *p : Purpose {};
}

ConsentRecord by(ConsentMethod method, const QString& evidence = {})
{
    ConsentRecord r;
    r.method = method;
    r.evidence = evidence;
    return r;
}

// A notice straight into its table (the notice service is tested on its own).
QString addNotice(TestVault& v, const QString& language, int version, bool published)
{
    const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto s = v.session->gate().db().prepare(
        "INSERT INTO notices (uid, language, version, title, body, status, created_at, updated_at) "
        "VALUES (?1, ?2, ?3, 'Privacy notice', 'We keep your data safe.', ?4, 0, 0)");
    if (!s) {
        return {};
    }
    s->bind(1, uid).bind(2, language).bind(3, version).bind(4, published ? "published" : "draft");
    return s->run() ? uid : QString();
}

} // namespace

class TestConsentService : public QObject
{
    Q_OBJECT

private slots:
    void namesRoundTrip()
    {
        for (ConsentMethod m : ConsentService::methods()) {
            QCOMPARE(ConsentService::methodFromName(ConsentService::methodName(m)), std::optional<ConsentMethod>(m));
            QVERIFY(!ConsentService::methodLabel(m).isEmpty());
        }
        QCOMPARE(ConsentService::methods().size(), 6);
        QCOMPARE(ConsentService::methodName(ConsentMethod::WebForm), QStringLiteral("web-form"));
        QVERIFY(!ConsentService::methodFromName(QStringLiteral("fax")));
        for (auto k : {ConsentEventKind::Granted, ConsentEventKind::Withdrawn, ConsentEventKind::Refreshed}) {
            QCOMPARE(ConsentService::kindFromName(ConsentService::kindName(k)), std::optional<ConsentEventKind>(k));
        }
        QCOMPARE(ConsentService::statusName(ConsentStatus::Expired), QStringLiteral("expired"));
    }

    void grantRecordsAnEventAndTheState()
    {
        TestVault v;
        QVERIFY(v.create());
        const crm::Contact anna = addContact(v, QStringLiteral("Anna"), QStringLiteral("Berg"));
        const Purpose newsletter = purpose(v, QStringLiteral("Newsletter"));
        const QString notice = addNotice(v, QStringLiteral("en"), 1, true);
        ConsentRecord r = by(ConsentMethod::Paper, QStringLiteral("Form 17, folder 2024"));
        r.notice = notice;
        r.expiresAtMs = v.clock.nowMs() + 365 * kDay;
        auto granted = v.session->consents().grant(anna.id, newsletter.id, r);
        QVERIFY2(granted.ok(), qPrintable(granted.ok() ? QString() : granted.error().message));
        QCOMPARE(granted->kind, ConsentEventKind::Granted);
        QCOMPARE(granted->contactUid, anna.uid);
        QCOMPARE(granted->purposeUid, newsletter.uid);
        QCOMPARE(granted->purposeName, QStringLiteral("Newsletter"));
        QCOMPARE(granted->atMs, v.clock.nowMs());
        QCOMPARE(granted->method, ConsentMethod::Paper);
        QCOMPARE(granted->evidence, QStringLiteral("Form 17, folder 2024"));
        QCOMPARE(granted->noticeUid, notice);
        QCOMPARE(granted->noticeLanguage, QStringLiteral("en"));
        QCOMPARE(granted->noticeVersion, 1);
        QCOMPARE(granted->expiresAtMs, std::optional<qint64>(v.clock.nowMs() + 365 * kDay));
        QCOMPARE(granted->recordedBy, v.session->actor().uid);
        QCOMPARE(granted->recordedByName, v.session->actor().name);

        auto state = v.session->consents().state(anna.id, newsletter.id);
        QVERIFY(state.ok());
        QCOMPARE(state->status, ConsentStatus::Given);
        QCOMPARE(state->latest->uid, granted->uid);

        const auto audit = auditRows(v, QStringLiteral("consent."));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, QStringLiteral("consent.grant"));
        QCOMPARE(audit.first().entityUid, anna.uid);
        QCOMPARE(audit.first().summary, QStringLiteral("purpose=%1 method=paper").arg(newsletter.uid));
        QVERIFY(!audit.first().summary.contains(QStringLiteral("Form 17")));
    }

    void withdrawIsAsEasyAndHistoryIsNewestFirst()
    {
        TestVault v;
        QVERIFY(v.create());
        const crm::Contact anna = addContact(v, QStringLiteral("Anna"), QStringLiteral("Berg"));
        const Purpose newsletter = purpose(v, QStringLiteral("Newsletter"));
        QVERIFY(v.session->consents().grant(anna.id, newsletter.id, by(ConsentMethod::WebForm)).ok());
        v.clock.advanceDays(10);
        auto withdrawn = v.session->consents().withdraw(anna.id, newsletter.id, by(ConsentMethod::Email));
        QVERIFY(withdrawn.ok());
        QCOMPARE(withdrawn->kind, ConsentEventKind::Withdrawn);
        QCOMPARE(v.session->consents().state(anna.id, newsletter.id)->status, ConsentStatus::Withdrawn);
        v.clock.advanceDays(10);
        QVERIFY(v.session->consents().grant(anna.id, newsletter.id, by(ConsentMethod::Verbal)).ok());

        auto history = v.session->consents().history(anna.id);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 3);
        QCOMPARE(history->at(0).kind, ConsentEventKind::Granted);
        QCOMPARE(history->at(0).method, ConsentMethod::Verbal);
        QCOMPARE(history->at(1).kind, ConsentEventKind::Withdrawn);
        QCOMPARE(history->at(2).kind, ConsentEventKind::Granted);
        QCOMPARE(history->at(2).method, ConsentMethod::WebForm);
        QCOMPARE(v.session->consents().state(anna.id, newsletter.id)->status, ConsentStatus::Given);

        QStringList actions;
        for (const AuditRow& row : auditRows(v, QStringLiteral("consent."))) {
            actions.append(row.action);
        }
        QCOMPARE(actions,
                 QStringList({QStringLiteral("consent.grant"),
                              QStringLiteral("consent.withdraw"),
                              QStringLiteral("consent.grant")}));
    }

    void historyForOnePurpose()
    {
        TestVault v;
        QVERIFY(v.create());
        const crm::Contact anna = addContact(v, QStringLiteral("Anna"), QStringLiteral("Berg"));
        const Purpose newsletter = purpose(v, QStringLiteral("Newsletter"));
        Purpose surveys;
        surveys.name = QStringLiteral("Surveys");
        surveys.basis = LawfulBasis::Consent;
        auto created = v.session->purposes().create(surveys);
        QVERIFY(created.ok());
        QVERIFY(v.session->consents().grant(anna.id, newsletter.id, by(ConsentMethod::WebForm)).ok());
        QVERIFY(v.session->consents().grant(anna.id, created->id, by(ConsentMethod::WebForm)).ok());
        QCOMPARE(v.session->consents().history(anna.id)->size(), 2);
        auto only = v.session->consents().history(anna.id, created->id);
        QVERIFY(only.ok());
        QCOMPARE(only->size(), 1);
        QCOMPARE(only->first().purposeUid, created->uid);
        QCOMPARE(v.session->consents().history(crm::ContactId {4242}).error().kind, ErrorKind::NotFound);
    }

    void withdrawingWithoutAConsentIsInvalid()
    {
        TestVault v;
        QVERIFY(v.create());
        const crm::Contact anna = addContact(v, QStringLiteral("Anna"), QStringLiteral("Berg"));
        const Purpose newsletter = purpose(v, QStringLiteral("Newsletter"));
        auto none = v.session->consents().withdraw(anna.id, newsletter.id, by(ConsentMethod::Email));
        QVERIFY(!none.ok());
        QCOMPARE(none.error().kind, ErrorKind::Invalid);
        QVERIFY2(none.error().message.contains(QStringLiteral("no consent to withdraw")),
                 qPrintable(none.error().message));
        QVERIFY(v.session->consents().grant(anna.id, newsletter.id, by(ConsentMethod::Email)).ok());
        QVERIFY(v.session->consents().withdraw(anna.id, newsletter.id, by(ConsentMethod::Email)).ok());
        auto twice = v.session->consents().withdraw(anna.id, newsletter.id, by(ConsentMethod::Email));
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().kind, ErrorKind::Invalid);
        auto refresh = v.session->consents().refresh(anna.id, newsletter.id, by(ConsentMethod::Email));
        QVERIFY(!refresh.ok());
        QCOMPARE(refresh.error().kind, ErrorKind::Invalid);
        QCOMPARE(count(v, "SELECT count(*) FROM consent_events"), 2);
        QCOMPARE(auditRows(v, QStringLiteral("consent.")).size(), 2);
    }

    void expiryMakesARefreshDue()
    {
        TestVault v;
        QVERIFY(v.create());
        const crm::Contact anna = addContact(v, QStringLiteral("Anna"), QStringLiteral("Berg"));
        const crm::Contact ben = addContact(v, QStringLiteral("Ben"), QStringLiteral("Cole"));
        const Purpose newsletter = purpose(v, QStringLiteral("Newsletter"));
        ConsentRecord r = by(ConsentMethod::WebForm);
        r.expiresAtMs = v.clock.nowMs() + 30 * kDay;
        QVERIFY(v.session->consents().grant(anna.id, newsletter.id, r).ok());
        r.expiresAtMs = v.clock.nowMs() + 100 * kDay;
        QVERIFY(v.session->consents().grant(ben.id, newsletter.id, r).ok());

        auto due = v.session->consents().refreshDue(7);
        QVERIFY(due.ok());
        QCOMPARE(due->size(), 0);
        due = v.session->consents().refreshDue(30);
        QCOMPARE(due->size(), 1);
        QCOMPARE(due->first().contactUid, anna.uid);
        QCOMPARE(due->first().contactName, QStringLiteral("Anna Berg"));
        QCOMPARE(due->first().purposeUid, newsletter.uid);
        QCOMPARE(due->first().expiresAtMs, v.clock.nowMs() + 30 * kDay);
        QVERIFY(!due->first().expired);

        v.clock.advanceDays(31);
        QCOMPARE(v.session->consents().state(anna.id, newsletter.id)->status, ConsentStatus::Expired);
        QCOMPARE(v.session->consents().state(ben.id, newsletter.id)->status, ConsentStatus::Given);
        due = v.session->consents().refreshDue(0);
        QCOMPARE(due->size(), 1);
        QVERIFY(due->first().expired);
        due = v.session->consents().refreshDue(365);
        QCOMPARE(due->size(), 2);
        QCOMPARE(due->at(0).contactUid, anna.uid);
        QCOMPARE(due->at(1).contactUid, ben.uid);

        // A refresh without an expiry keeps the period it was given for.
        auto refreshed = v.session->consents().refresh(anna.id, newsletter.id, by(ConsentMethod::Email));
        QVERIFY(refreshed.ok());
        QCOMPARE(refreshed->kind, ConsentEventKind::Refreshed);
        QCOMPARE(refreshed->expiresAtMs, std::optional<qint64>(v.clock.nowMs() + 30 * kDay));
        QCOMPARE(v.session->consents().state(anna.id, newsletter.id)->status, ConsentStatus::Given);
        due = v.session->consents().refreshDue(0);
        QCOMPARE(due->size(), 0);
        QCOMPARE(auditRows(v, QStringLiteral("consent.refresh")).size(), 1);

        // A withdrawn consent is no longer due.
        QVERIFY(v.session->consents().withdraw(ben.id, newsletter.id, by(ConsentMethod::Email)).ok());
        due = v.session->consents().refreshDue(365);
        QCOMPARE(due->size(), 1);
        QCOMPARE(due->first().contactUid, anna.uid);
        QCOMPARE(v.session->consents().refreshDue(-1).error().kind, ErrorKind::Invalid);
    }

    void refusesBadTimes_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("atOffset");
        QTest::addColumn<qint64>("expiresOffset"); // 0: none
        QTest::addColumn<QString>("expected");
        QTest::newRow("grant in the future")
            << int(ConsentEventKind::Granted) << qint64(60000) << qint64(0) << "future";
        QTest::newRow("grant before the latest event")
            << int(ConsentEventKind::Granted) << -2 * kDay << qint64(0) << "later event";
        QTest::newRow("expiry before the grant")
            << int(ConsentEventKind::Granted) << qint64(0) << -kDay << "expiry has to come after";
        QTest::newRow("expiry just after the grant") << int(ConsentEventKind::Granted) << qint64(0) << qint64(1) << "";
        QTest::newRow("withdrawal with an expiry")
            << int(ConsentEventKind::Withdrawn) << qint64(0) << kDay << "no expiry";
        QTest::newRow("withdrawal before the grant")
            << int(ConsentEventKind::Withdrawn) << -2 * kDay << qint64(0) << "later event";
    }
    void refusesBadTimes()
    {
        QFETCH(int, kind);
        QFETCH(qint64, atOffset);
        QFETCH(qint64, expiresOffset);
        QFETCH(QString, expected);
        TestVault v;
        QVERIFY(v.create());
        const crm::Contact anna = addContact(v, QStringLiteral("Anna"), QStringLiteral("Berg"));
        const Purpose newsletter = purpose(v, QStringLiteral("Newsletter"));
        ConsentRecord first = by(ConsentMethod::WebForm);
        first.atMs = v.clock.nowMs() - kDay;
        QVERIFY(v.session->consents().grant(anna.id, newsletter.id, first).ok());
        ConsentRecord r = by(ConsentMethod::Email);
        r.atMs = v.clock.nowMs() + atOffset;
        if (expiresOffset != 0) {
            r.expiresAtMs = *r.atMs + expiresOffset;
        }
        auto result = static_cast<ConsentEventKind>(kind) == ConsentEventKind::Granted
            ? v.session->consents().grant(anna.id, newsletter.id, r)
            : v.session->consents().withdraw(anna.id, newsletter.id, r);
        if (expected.isEmpty()) {
            QVERIFY(result.ok());
            QCOMPARE(count(v, "SELECT count(*) FROM consent_events"), 2);
            return;
        }
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Invalid);
        QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
        QCOMPARE(count(v, "SELECT count(*) FROM consent_events"), 1);
        QCOMPARE(auditRows(v, QStringLiteral("consent.")).size(), 1);
    }

    void resolvesTheNoticeShown_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<int>("errorKind"); // -1: ok
        QTest::addColumn<QString>("expectedUid");
        QTest::newRow("by uid") << "@en2" << -1 << "en2";
        QTest::newRow("by uid in capitals") << "@EN2" << -1 << "en2";
        QTest::newRow("by language and version") << "de:2" << -1 << "de2";
        QTest::newRow("language ignoring case") << "DE:2" << -1 << "de2";
        QTest::newRow("version in one language only") << "1" << -1 << "en1";
        QTest::newRow("version in two languages") << "2" << int(ErrorKind::Invalid) << "";
        QTest::newRow("a draft") << "en:3" << int(ErrorKind::Invalid) << "";
        QTest::newRow("no such version") << "fr:1" << int(ErrorKind::NotFound) << "";
        QTest::newRow("no such uid") << "9b2e7c1a-0000-4000-8000-000000000000" << int(ErrorKind::NotFound) << "";
        QTest::newRow("not a reference") << "latest" << int(ErrorKind::Invalid) << "";
    }
    void resolvesTheNoticeShown()
    {
        QFETCH(QString, reference);
        QFETCH(int, errorKind);
        QFETCH(QString, expectedUid);
        TestVault v;
        QVERIFY(v.create());
        QHash<QString, QString> uids;
        uids.insert(QStringLiteral("en1"), addNotice(v, QStringLiteral("en"), 1, true));
        uids.insert(QStringLiteral("en2"), addNotice(v, QStringLiteral("en"), 2, true));
        uids.insert(QStringLiteral("de2"), addNotice(v, QStringLiteral("de"), 2, true));
        uids.insert(QStringLiteral("en3"), addNotice(v, QStringLiteral("en"), 3, false));
        if (reference.startsWith(QLatin1Char('@'))) {
            const QString key = reference.mid(1).toLower();
            reference = reference.at(1).isUpper() ? uids.value(key).toUpper() : uids.value(key);
        }
        const crm::Contact anna = addContact(v, QStringLiteral("Anna"), QStringLiteral("Berg"));
        ConsentRecord r = by(ConsentMethod::WebForm);
        r.notice = reference;
        auto granted = v.session->consents().grant(anna.id, purpose(v, QStringLiteral("Newsletter")).id, r);
        if (errorKind < 0) {
            QVERIFY2(granted.ok(), qPrintable(granted.ok() ? QString() : granted.error().message));
            QCOMPARE(granted->noticeUid, uids.value(expectedUid));
        } else {
            QVERIFY(!granted.ok());
            QCOMPARE(int(granted.error().kind), errorKind);
            QCOMPARE(count(v, "SELECT count(*) FROM consent_events"), 0);
        }
    }

    void archivedPurposesOnlyTakeWithdrawals()
    {
        TestVault v;
        QVERIFY(v.create());
        const crm::Contact anna = addContact(v, QStringLiteral("Anna"), QStringLiteral("Berg"));
        const Purpose newsletter = purpose(v, QStringLiteral("Newsletter"));
        QVERIFY(v.session->consents().grant(anna.id, newsletter.id, by(ConsentMethod::WebForm)).ok());
        QVERIFY(v.session->purposes().setArchived(newsletter.id, true).ok());
        auto grant = v.session->consents().grant(anna.id, newsletter.id, by(ConsentMethod::WebForm));
        QVERIFY(!grant.ok());
        QCOMPARE(grant.error().kind, ErrorKind::Invalid);
        QVERIFY(grant.error().message.contains(QStringLiteral("archived")));
        QCOMPARE(v.session->consents().refresh(anna.id, newsletter.id, by(ConsentMethod::Email)).error().kind,
                 ErrorKind::Invalid);
        // Art. 7(3): withdrawing stays possible.
        QVERIFY(v.session->consents().withdraw(anna.id, newsletter.id, by(ConsentMethod::Email)).ok());
        // The archived purpose shows in the states because it has events.
        auto states = v.session->consents().states(anna.id);
        QVERIFY(states.ok());
        QCOMPARE(states->size(), 3);
        const crm::Contact ben = addContact(v, QStringLiteral("Ben"), QStringLiteral("Cole"));
        QCOMPARE(v.session->consents().states(ben.id)->size(), 2);
    }

    void purposesWithoutConsentTakeNone()
    {
        TestVault v;
        QVERIFY(v.create());
        const crm::Contact anna = addContact(v, QStringLiteral("Anna"), QStringLiteral("Berg"));
        auto r = v.session->consents().grant(
            anna.id, purpose(v, QStringLiteral("Invoicing")).id, by(ConsentMethod::Paper));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Invalid);
        QVERIFY(r.error().message.contains(QStringLiteral("needs no consent")));
        auto states = v.session->consents().states(anna.id);
        QVERIFY(states.ok());
        QCOMPARE(states->size(), 3);
        for (const ConsentState& s : *states) {
            QCOMPARE(s.status, ConsentStatus::None);
            QVERIFY(!s.latest);
        }
        QCOMPARE(v.session->consents()
                     .grant(crm::ContactId {999}, purpose(v, QStringLiteral("Newsletter")).id, by(ConsentMethod::Paper))
                     .error()
                     .kind,
                 ErrorKind::NotFound);
        QCOMPARE(v.session->consents().grant(anna.id, PurposeId {999}, by(ConsentMethod::Paper)).error().kind,
                 ErrorKind::NotFound);
    }

    void recordingNeedsEditContacts_data()
    {
        QTest::addColumn<security::Role>("role");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("sales rep") << security::Role::SalesRep << true;
        QTest::newRow("privacy officer") << security::Role::PrivacyOfficer << true;
        QTest::newRow("read-only") << security::Role::ReadOnly << false;
    }
    void recordingNeedsEditContacts()
    {
        QFETCH(security::Role, role);
        QFETCH(bool, allowed);
        TestVault v;
        QVERIFY(v.create());
        const crm::Contact anna = addContact(v, QStringLiteral("Anna"), QStringLiteral("Berg"));
        const crm::Contact ben = addContact(v, QStringLiteral("Ben"), QStringLiteral("Cole"));
        const Purpose newsletter = purpose(v, QStringLiteral("Newsletter"));
        QVERIFY(v.session->consents().grant(ben.id, newsletter.id, by(ConsentMethod::Paper)).ok());
        QVERIFY(v.session->profiles().add(QStringLiteral("Someone"), role, secret("")).ok());
        QVERIFY(v.session->actAs(QStringLiteral("Someone"), secret("")).ok());
        auto grant = v.session->consents().grant(anna.id, newsletter.id, by(ConsentMethod::Paper));
        auto withdraw = v.session->consents().withdraw(ben.id, newsletter.id, by(ConsentMethod::Paper));
        QCOMPARE(grant.ok(), allowed);
        QCOMPARE(withdraw.ok(), allowed);
        // Everyone reads.
        QVERIFY(v.session->consents().history(ben.id).ok());
        QVERIFY(v.session->consents().states(ben.id).ok());
        QVERIFY(v.session->consents().refreshDue(30).ok());
        if (allowed) {
            QCOMPARE(grant->recordedBy, v.session->actor().uid);
            QCOMPARE(count(v, "SELECT count(*) FROM consent_events"), 3);
        } else {
            QCOMPARE(grant.error().kind, ErrorKind::Denied);
            QCOMPARE(withdraw.error().kind, ErrorKind::Denied);
            QCOMPARE(count(v, "SELECT count(*) FROM consent_events"), 1);
            const auto denied = auditRows(v, QStringLiteral("access.denied"));
            QCOMPARE(denied.size(), 2);
            QVERIFY(denied.at(0).summary.contains(QStringLiteral("attempted=consent.grant")));
            QVERIFY(denied.at(1).summary.contains(QStringLiteral("attempted=consent.withdraw")));
        }
    }

    void theLedgerIsAppendOnly()
    {
        TestVault v;
        QVERIFY(v.create());
        const crm::Contact anna = addContact(v, QStringLiteral("Anna"), QStringLiteral("Berg"));
        const crm::Contact ben = addContact(v, QStringLiteral("Ben"), QStringLiteral("Cole"));
        const Purpose newsletter = purpose(v, QStringLiteral("Newsletter"));
        QVERIFY(v.session->consents().grant(anna.id, newsletter.id, by(ConsentMethod::Paper)).ok());
        QVERIFY(v.session->consents().withdraw(anna.id, newsletter.id, by(ConsentMethod::Paper)).ok());
        QVERIFY(v.session->consents().grant(ben.id, newsletter.id, by(ConsentMethod::Paper)).ok());
        storage::Database& db = v.session->gate().db();
        auto update = db.exec("UPDATE consent_events SET kind = 'granted' WHERE kind = 'withdrawn'");
        QVERIFY(!update.ok());
        QVERIFY2(update.error().detail.contains(QStringLiteral("append-only")), qPrintable(update.error().detail));
        auto evidence = db.exec("UPDATE consent_events SET evidence = 'rewritten'");
        QVERIFY(!evidence.ok());
        auto remove = db.exec("DELETE FROM consent_events");
        QVERIFY(!remove.ok());
        QVERIFY2(remove.error().detail.contains(QStringLiteral("only with their contact")),
                 qPrintable(remove.error().detail));
        // REPLACE deletes a clashing row without firing DELETE triggers: refused before it can.
        auto replace = db.exec("REPLACE INTO consent_events SELECT * FROM consent_events WHERE kind = 'withdrawn'");
        QVERIFY(!replace.ok());
        QVERIFY2(replace.error().detail.contains(QStringLiteral("append-only")), qPrintable(replace.error().detail));
        QCOMPARE(count(v, "SELECT count(*) FROM consent_events"), 3);
        QCOMPARE(v.session->consents().state(anna.id, newsletter.id)->status, ConsentStatus::Withdrawn);

        // Deleting (erasing) the contact takes its events with it, and only its.
        QVERIFY(v.session->erasure().deleteContact(anna.uid).ok());
        QCOMPARE(count(v, "SELECT count(*) FROM consent_events"), 1);
        QCOMPARE(v.session->consents().history(ben.id)->size(), 1);
    }

    void grantManyIsOneTransaction()
    {
        TestVault v;
        QVERIFY(v.create());
        const crm::Contact anna = addContact(v, QStringLiteral("Anna"), QStringLiteral("Berg"));
        const crm::Contact ben = addContact(v, QStringLiteral("Ben"), QStringLiteral("Cole"));
        const Purpose newsletter = purpose(v, QStringLiteral("Newsletter"));
        Purpose surveys;
        surveys.name = QStringLiteral("Surveys");
        surveys.basis = LawfulBasis::Consent;
        const Purpose created = *v.session->purposes().create(surveys);
        ConsentRecord r = by(ConsentMethod::Import, QStringLiteral("sign-up sheet"));
        auto written = v.session->consents().grantMany({anna.id, ben.id}, {{newsletter.id, r}, {created.id, r}});
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        QCOMPARE(*written, 4);
        QCOMPARE(count(v, "SELECT count(*) FROM consent_events"), 4);
        auto audit = auditRows(v, QStringLiteral("consent."));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, QStringLiteral("consent.grant"));
        QCOMPARE(audit.first().summary,
                 QStringLiteral("count=4 purpose=%1,%2 method=import contacts=2").arg(newsletter.uid, created.uid));
        QCOMPARE(v.session->consents().state(ben.id, created.id)->status, ConsentStatus::Given);

        // One purpose that takes no consent: nothing at all is written.
        const crm::Contact cleo = addContact(v, QStringLiteral("Cleo"), QStringLiteral("Dahl"));
        auto refused = v.session->consents().grantMany(
            {cleo.id}, {{newsletter.id, r}, {purpose(v, QStringLiteral("Invoicing")).id, r}});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Invalid);
        QCOMPARE(count(v, "SELECT count(*) FROM consent_events"), 4);
        QCOMPARE(auditRows(v, QStringLiteral("consent.")).size(), 1);
        // One contact that does not exist: nothing either.
        auto missing = v.session->consents().grantMany({cleo.id, crm::ContactId {777}}, {{newsletter.id, r}});
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
        QCOMPARE(count(v, "SELECT count(*) FROM consent_events"), 4);
    }

    void grantManyJoinsTheCallersWrite()
    {
        TestVault v;
        QVERIFY(v.create());
        const Purpose newsletter = purpose(v, QStringLiteral("Newsletter"));
        // Like an import: contacts and consents written in the caller's transaction, or neither.
        for (bool fail : {true, false}) {
            security::Mutation m {QStringLiteral("contact.import"), QStringLiteral("import_batch")};
            m.permission = security::Permission::EditContacts;
            auto r = v.session->gate().apply<int>(m, [&](storage::Database&, security::Mutation&) -> Result<int> {
                crm::Contact c;
                c.givenName = QStringLiteral("Dora");
                c.familyName = QStringLiteral("Eck");
                auto created = v.session->contacts().create(c);
                if (!created) {
                    return created.error();
                }
                auto granted
                    = v.session->consents().grantMany({created->id}, {{newsletter.id, by(ConsentMethod::Import)}});
                if (!granted) {
                    return granted.error();
                }
                if (fail) {
                    return makeError(ErrorKind::Io, QStringLiteral("disk gone"));
                }
                return *granted;
            });
            QCOMPARE(r.ok(), !fail);
            QCOMPARE(count(v, "SELECT count(*) FROM contacts"), fail ? 0 : 1);
            QCOMPARE(count(v, "SELECT count(*) FROM consent_events"), fail ? 0 : 1);
        }
        const auto audit = auditRows(v, QStringLiteral("consent.grant"));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().entityUid, *v.session->gate().db().queryText("SELECT uid FROM contacts"));
    }

    void createWithConsentsIsAllOrNothing()
    {
        TestVault v;
        QVERIFY(v.create());
        const Purpose newsletter = purpose(v, QStringLiteral("Newsletter"));
        crm::Contact c;
        c.givenName = QStringLiteral("Eva");
        c.familyName = QStringLiteral("Falk");
        ConsentRecord bad = by(ConsentMethod::WebForm);
        bad.notice = QStringLiteral("en:9");
        auto refused = v.session->consents().createWithConsents(v.session->contacts(), c, {{newsletter.id, bad}});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::NotFound);
        QCOMPARE(count(v, "SELECT count(*) FROM contacts"), 0);
        QCOMPARE(auditRows(v, QStringLiteral("contact.create")).size(), 0);

        auto created = v.session->consents().createWithConsents(
            v.session->contacts(), c, {{newsletter.id, by(ConsentMethod::WebForm, QStringLiteral("form #5"))}});
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        QVERIFY(!created->uid.isEmpty());
        QCOMPARE(count(v, "SELECT count(*) FROM contacts"), 1);
        QCOMPARE(v.session->consents().state(created->id, newsletter.id)->status, ConsentStatus::Given);
        QCOMPARE(auditRows(v, QStringLiteral("contact.create")).size(), 1);
        const auto grants = auditRows(v, QStringLiteral("consent.grant"));
        QCOMPARE(grants.size(), 1);
        QCOMPARE(grants.first().entityUid, created->uid);
        QCOMPARE(grants.first().summary, QStringLiteral("purpose=%1 method=web-form").arg(newsletter.uid));

        // An invalid contact: no consent either.
        crm::Contact nameless;
        auto invalid = v.session->consents().createWithConsents(
            v.session->contacts(), nameless, {{newsletter.id, by(ConsentMethod::WebForm)}});
        QVERIFY(!invalid.ok());
        QCOMPARE(count(v, "SELECT count(*) FROM consent_events"), 1);
    }
};

QTEST_GUILESS_MAIN(TestConsentService)
#include "TestConsentService.moc"
