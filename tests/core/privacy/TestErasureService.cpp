#include "core/crm/FieldRegistry.h"
#include "core/privacy/ErasureService.h"
#include "core/privacy/LegalHoldService.h"
#include "core/privacy/RequestService.h"
#include "core/privacy/Suppression.h"
#include "core/security/VaultAdmin.h"
#include "core/storage/Statement.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/TestVault.h"

namespace confidant::test {

using crm::Contact;
using crm::LabeledValue;
using privacy::ErasureService;

namespace {

template <typename AnyTestVault>
qint64 count(AnyTestVault& v, const QString& sql)
{
    auto n = v.session->vault().db().queryInt(sql.toUtf8().constData());
    return n ? *n : -1;
}

QStringList column(storage::Database& db, const QString& sql)
{
    QStringList out;
    auto s = db.prepare(sql);
    if (!s) {
        return {QStringLiteral("<error>")};
    }
    while (true) {
        auto step = s->step();
        if (!step || *step == storage::Statement::Step::Done) {
            return out;
        }
        QStringList row;
        for (int i = 0; i < s->columnCount(); ++i) {
            row << s->text(i);
        }
        out << row.join(QLatin1Char('|'));
    }
}

Contact person(const QString& given, const QString& family, const QString& email, const QString& phone)
{
    Contact c;
    c.givenName = given;
    c.familyName = family;
    if (!email.isEmpty()) {
        c.emails = {LabeledValue {email, QStringLiteral("work")}};
    }
    if (!phone.isEmpty()) {
        c.phones = {LabeledValue {phone, QStringLiteral("mobile")}};
    }
    return c;
}

crm::EntityRef contactRef(const Contact& c)
{
    return crm::EntityRef {crm::EntityType::Contact, c.uid, 0, {}};
}

//! Ada with everything an erasure must find, and Bob who shares a deal and an activity with her.
struct Fixture
{
    Contact ada;
    Contact bob;
    QString soleDeal;
    QString sharedDeal;
    QString soleActivity;
    QString sharedActivity;
};

template <typename AnyTestVault>
QString build(AnyTestVault& v, Fixture& f)
{
    Contact a = person(QStringLiteral("Ada"),
                       QStringLiteral("Lovelace"),
                       QStringLiteral("Ada@Example.org"),
                       QStringLiteral("+44 20 7946 0018"));
    a.emails.append(LabeledValue {QStringLiteral("ada@home.example"), QStringLiteral("home")});
    a.tags = {QStringLiteral("vip"), QStringLiteral("analytical")};
    a.notes = QStringLiteral("Prefers letters");
    auto ada = v.session->contacts().create(a);
    auto bob = v.session->contacts().create(
        person(QStringLiteral("Bob"), QStringLiteral("Babbage"), QStringLiteral("bob@example.org"), QString()));
    if (!ada || !bob) {
        return QStringLiteral("fixture step 1");
    }
    f.ada = *ada;
    f.bob = *bob;
    privacy::Purpose events;
    events.name = QStringLiteral("Events");
    events.basis = privacy::LawfulBasis::Consent;
    if (!v.session->purposes().create(events)) {
        return QStringLiteral("purpose");
    }
    auto purposes = v.session->purposes().list();
    if (!purposes) {
        return QStringLiteral("purposes");
    }
    int granted = 0;
    for (const auto& purpose : *purposes) {
        if (!purpose.requiresConsent || granted == 2) {
            continue;
        }
        privacy::ConsentRecord r;
        r.method = privacy::ConsentMethod::Paper;
        r.evidence = QStringLiteral("form 17");
        auto g = v.session->consents().grant(f.ada.id, purpose.id, r);
        if (!g) {
            return g.error().message;
        }
        ++granted;
    }
    if (granted != 2) {
        return QStringLiteral("consent");
    }
    auto notice = v.session->notices().create({QStringLiteral("en"), QStringLiteral("Notice"), QStringLiteral("Text")});
    if (!notice || !v.session->notices().publish(notice->id)
        || !v.session->notices().acknowledge(f.ada.id, notice->id, privacy::AckChannel::Paper)) {
        return QStringLiteral("fixture step 4");
    }
    crm::Deal sole;
    sole.title = QStringLiteral("Ada's engine");
    sole.valueMinor = 125000;
    sole.description = QStringLiteral("For Ada personally");
    sole.contactIds = {f.ada.id};
    crm::Deal shared;
    shared.title = QStringLiteral("Joint venture");
    shared.valueMinor = 99;
    shared.contactIds = {f.ada.id, f.bob.id};
    auto d1 = v.session->deals().create(sole);
    auto d2 = v.session->deals().create(shared);
    if (!d1 || !d2) {
        return QStringLiteral("fixture step 5");
    }
    f.soleDeal = d1->uid;
    f.sharedDeal = d2->uid;
    crm::Activity call;
    call.kind = crm::ActivityKind::Call;
    call.subject = QStringLiteral("Call with Ada");
    call.body = QStringLiteral("She asked about the engine");
    call.atMs = v.clock.nowMs() - 1000;
    call.links = {contactRef(f.ada)};
    crm::Activity meeting = call;
    meeting.kind = crm::ActivityKind::Meeting;
    meeting.subject = QStringLiteral("Both of them");
    meeting.links = {contactRef(f.ada), contactRef(f.bob)};
    auto a1 = v.session->activities().add(call);
    auto a2 = v.session->activities().add(meeting);
    if (!a1 || !a2) {
        return QStringLiteral("fixture step 6");
    }
    f.soleActivity = a1->uid;
    f.sharedActivity = a2->uid;
    auto h = v.session->vault().db().prepare(
        "INSERT INTO contact_field_history (contact_id, field, old_value, changed_at, changed_by) "
        "VALUES (?1, 'city', 'Old town', 1, 'x')");
    if (!h) {
        return QStringLiteral("fixture step 7");
    }
    h->bind(1, f.ada.id.value);
    return h->run() ? QString() : QStringLiteral("history");
}

QMap<QString, qint64> expectedRemoved()
{
    return {{QStringLiteral("contacts"), 1},
            {QStringLiteral("contact_fts"), 1},
            {QStringLiteral("consent_events"), 2},
            {QStringLiteral("notice_acks"), 1},
            {QStringLiteral("contact_tags"), 2},
            {QStringLiteral("tags"), 2},
            {QStringLiteral("deal_contacts"), 2},
            {QStringLiteral("activity_links"), 2},
            {QStringLiteral("activities"), 1},
            {QStringLiteral("contact_field_history"), 1}};
}

//! Rows of `sql` (one text column) that still hold one of Ada's identifiers, ignoring case.
QStringList naming(storage::Database& db, const QString& sql)
{
    QStringList out;
    for (const QString& row : column(db, sql)) {
        for (const QString& value :
             {QStringLiteral("Lovelace"), QStringLiteral("example.org"), QStringLiteral("home.example")}) {
            if (row.contains(value, Qt::CaseInsensitive)) {
                out << row;
                break;
            }
        }
    }
    return out;
}

//! Sets Bob's notes through the contact service, so the change history records the old value.
template <typename AnyTestVault>
bool setNotes(AnyTestVault& v, const Contact& who, const QString& notes)
{
    auto current = v.session->contacts().get(who.id);
    if (!current) {
        return false;
    }
    Contact c = *current;
    c.notes = notes;
    return v.session->contacts().update(c).ok();
}

bool hasMention(const QList<privacy::Mention>& mentions, const QString& type, const QString& uid, const QString& field)
{
    for (const auto& m : mentions) {
        if (m.entityType == type && m.entityUid == uid && m.field == field) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestErasureService : public QObject
{
    Q_OBJECT

private slots:
    void previewCountsWhatWillGo()
    {
        TestVault v;
        QVERIFY(v.create());
        Fixture f;
        QCOMPARE(build(v, f), QString());
        auto p = v.session->erasure().preview(f.ada.uid);
        QVERIFY2(p, qPrintable(p ? QString() : p.error().message));
        QCOMPARE(p->confirmationName, QStringLiteral("Ada Lovelace"));
        QCOMPARE(p->removed, expectedRemoved());
        QCOMPARE(p->anonymised, (QMap<QString, qint64> {{QStringLiteral("deals"), 1}}));
        QCOMPARE(p->sharedActivities, qint64(1));
        QCOMPARE(p->sharedDeals, qint64(1));
        QCOMPARE(p->suppressedIdentifiers, qint64(3));
        QVERIFY(p->held.isEmpty());
        // A preview writes nothing.
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM contacts")), qint64(2));
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM suppression")), qint64(0));
    }

    void eraseRemovesThePersonEverywhere()
    {
        TestVault v;
        QVERIFY(v.create());
        Fixture f;
        QCOMPARE(build(v, f), QString());
        const qint64 adaId = f.ada.id.value;
        auto r = v.session->erasure().erase(f.ada.uid, QStringLiteral("Ada Lovelace"));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->removed, expectedRemoved());
        QCOMPARE(r->anonymised, (QMap<QString, qint64> {{QStringLiteral("deals"), 1}}));
        QCOMPARE(r->suppressionHashes, 3);
        QVERIFY2(r->warnings.isEmpty(), qPrintable(r->warnings.join(QLatin1Char('\n'))));

        const QString id = QString::number(adaId);
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM contacts")), qint64(1));
        for (const QString& table : {QStringLiteral("consent_events"),
                                     QStringLiteral("notice_acks"),
                                     QStringLiteral("contact_tags"),
                                     QStringLiteral("deal_contacts"),
                                     QStringLiteral("contact_field_history")}) {
            QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM %1 WHERE contact_id = %2").arg(table, id)),
                     qint64(0));
        }
        QCOMPARE(count(v,
                       QStringLiteral("SELECT count(*) FROM activity_links WHERE entity_type = 'contact' AND "
                                      "entity_id = %1")
                           .arg(id)),
                 qint64(0));
        // The activity of Ada alone is gone; the shared one stays, linked to Bob.
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM activities WHERE uid = '%1'").arg(f.soleActivity)),
                 qint64(0));
        QCOMPARE(count(v,
                       QStringLiteral("SELECT count(*) FROM activity_links AS l JOIN activities AS a ON a.id = "
                                      "l.activity_id WHERE a.uid = '%1' AND l.entity_id = %2")
                           .arg(f.sharedActivity)
                           .arg(f.bob.id.value)),
                 qint64(1));
        // Ada's own deal keeps its amount but not its texts; the shared deal keeps Bob.
        storage::Database& db = v.session->vault().db();
        QCOMPARE(
            column(
                db,
                QStringLiteral("SELECT title, description, value_minor FROM deals WHERE uid = '%1'").arg(f.soleDeal)),
            QStringList {QStringLiteral("||125000")});
        QCOMPARE(column(db, QStringLiteral("SELECT title FROM deals WHERE uid = '%1'").arg(f.sharedDeal)),
                 QStringList {QStringLiteral("Joint venture")});
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM deal_contacts")), qint64(1));
        // Search no longer finds her.
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM contact_fts WHERE contact_fts MATCH 'lovelace'")),
                 qint64(0));
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM contact_fts WHERE contact_fts MATCH 'babbage'")),
                 qint64(1));
        // Ledger, receipt, suppression and audit.
        const QStringList ledger = column(db,
                                          QStringLiteral("SELECT entity_type, entity_uid, identifiers FROM "
                                                         "erasure_ledger"));
        QCOMPARE(ledger.size(), 1);
        QVERIFY(ledger.first().startsWith(QStringLiteral("contact|") + f.ada.uid + QStringLiteral("|[\"email:")));
        QCOMPARE(ledger.first().count(QStringLiteral("email:")), 2);
        QCOMPARE(ledger.first().count(QStringLiteral("phone:")), 1);
        QCOMPARE(column(db, QStringLiteral("SELECT kind, count(*) FROM suppression GROUP BY kind ORDER BY kind")),
                 (QStringList {QStringLiteral("email|2"), QStringLiteral("phone|1")}));
        QCOMPARE(
            column(db, QStringLiteral("SELECT uid, ledger_uid, profile_uid, erased_at FROM erasure_receipts")),
            QStringList {
                QStringLiteral("%1|%2|%3|%4").arg(r->uid, r->ledgerUid, v.session->actor().uid).arg(v.clock.nowMs())});
        QCOMPARE(count(v,
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'subject.erase' AND "
                                      "entity_uid = '%1'")
                           .arg(f.ada.uid)),
                 qint64(1));
        auto receipts = v.session->erasure().receipts();
        QVERIFY(receipts);
        QCOMPARE(receipts->size(), 1);
        QCOMPARE(receipts->first().removed, expectedRemoved());
        QCOMPARE(receipts->first().contactUid, f.ada.uid);
        QCOMPARE(receipts->first().sha256(), r->sha256());
        // Receipt, ledger, suppression list, audit trail and settings hold no personal value.
        QStringList everything;
        everything << column(db, QStringLiteral("SELECT * FROM erasure_receipts"))
                   << column(db, QStringLiteral("SELECT * FROM erasure_ledger"))
                   << column(db, QStringLiteral("SELECT * FROM suppression"))
                   << column(db, QStringLiteral("SELECT * FROM audit_log"))
                   << column(db, QStringLiteral("SELECT * FROM settings"));
        const QString all = everything.join(QLatin1Char('\n'));
        QVERIFY(all.contains(f.ada.uid)); // the uid is how the trail names her; it names nothing else now
        for (const QString& value : {QStringLiteral("Ada"),
                                     QStringLiteral("Lovelace"),
                                     QStringLiteral("example.org"),
                                     QStringLiteral("7946"),
                                     QStringLiteral("engine"),
                                     QStringLiteral("form 17")}) {
            // As a word of its own: uids, hashes and seals are random hex and base64, which hold "ada" or
            // "7946" now and then (this check failed at random before).
            const QRegularExpression word(
                QStringLiteral("(?<![A-Za-z0-9+/=-])%1(?![A-Za-z0-9+/=-])").arg(QRegularExpression::escape(value)),
                QRegularExpression::CaseInsensitiveOption);
            QVERIFY2(!all.contains(word), qPrintable(value));
        }
        // The WAL was truncated after the commit.
        QCOMPARE(QFileInfo(v.dbPath() + QStringLiteral("-wal")).size(), qint64(0));
    }

    //! Issue 16 item 6: Bob's notes name Ada (name and email). Redacting that mention puts the marker in the
    //! notes and keeps no copy in Bob's change history: neither the old notes (which editing them by hand
    //! would have recorded) nor an older value naming her; the audit entry holds no value. Before, there was
    //! no redaction and the only way, editing the notes, copied her name and email into the history.
    void redactingAMentionKeepsNoCopyInTheHistory()
    {
        TestVault v;
        QVERIFY(v.create());
        Fixture f;
        QCOMPARE(build(v, f), QString());
        storage::Database& db = v.session->vault().db();
        QVERIFY(setNotes(v, f.bob, QStringLiteral("Ada Lovelace's friend")));
        QVERIFY(setNotes(v, f.bob, QStringLiteral("Met Ada Lovelace; write to ada@home.example")));
        const QString bobHistory
            = QStringLiteral("SELECT coalesce(old_value, '') FROM contact_field_history WHERE contact_id = %1")
                  .arg(f.bob.id.value);
        QCOMPARE(naming(db, bobHistory).size(), 1); // the earlier notes
        const qint64 historyRows = count(v, QStringLiteral("SELECT count(*) FROM contact_field_history"));

        auto p = v.session->erasure().preview(f.ada.uid);
        QVERIFY(p);
        QVERIFY(hasMention(p->mentions, QStringLiteral("contact"), f.bob.uid, QStringLiteral("notes")));
        QVERIFY(hasMention(p->mentions, QStringLiteral("contact"), f.bob.uid, QStringLiteral("history:notes")));

        auto r = v.session->erasure().redactMention(
            f.ada.uid, QStringLiteral("contact"), f.bob.uid, QStringLiteral("notes"));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->replaced, 3);
        QCOMPARE(v.session->contacts().get(f.bob.id)->notes, QStringLiteral("Met [redacted]; write to [redacted]"));
        QVERIFY2(naming(db, bobHistory).isEmpty(), qPrintable(naming(db, bobHistory).join(u'|')));
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM contact_field_history")), historyRows);
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM contact_fts WHERE contact_fts MATCH 'lovelace'")),
                 qint64(1)); // Ada's own row only
        const QStringList audit = column(db,
                                         QStringLiteral("SELECT entity_type, entity_uid, summary FROM audit_log "
                                                        "WHERE action = 'subject.redact_mention'"));
        QCOMPARE(audit.size(), 1);
        QVERIFY(audit.first().startsWith(QStringLiteral("contact|") + f.bob.uid));
        QVERIFY(naming(db, QStringLiteral("SELECT * FROM audit_log")).isEmpty());
        auto again = v.session->erasure().redactMention(
            f.ada.uid, QStringLiteral("contact"), f.bob.uid, QStringLiteral("notes"));
        QVERIFY(!again);
        QCOMPARE(again.error().kind, ErrorKind::NotFound);
        auto p2 = v.session->erasure().preview(f.ada.uid);
        QVERIFY(p2);
        QVERIFY(!hasMention(p2->mentions, QStringLiteral("contact"), f.bob.uid, QStringLiteral("notes")));
    }

    void redactMentionIsDeniedForASalesRep()
    {
        TestVault v;
        QVERIFY(v.create());
        Fixture f;
        QCOMPARE(build(v, f), QString());
        QVERIFY(setNotes(v, f.bob, QStringLiteral("Met Ada Lovelace")));
        QVERIFY(v.session->profiles().add(QStringLiteral("sam"), security::Role::SalesRep, {}));
        QVERIFY(v.session->actAs(QStringLiteral("sam"), {}));
        auto r = v.session->erasure().redactMention(
            f.ada.uid, QStringLiteral("contact"), f.bob.uid, QStringLiteral("notes"));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Denied);
        QCOMPARE(v.session->contacts().get(f.bob.id)->notes, QStringLiteral("Met Ada Lovelace"));
    }

    //! A legal hold on the person keeps what was written about them: redacting a mention of Ada is refused while
    //! she is held, and Bob's notes keep the text (review of issue 16: the check looked only at Bob's record).
    void redactMentionIsRefusedWhileThePersonIsHeld()
    {
        TestVault v;
        QVERIFY(v.create());
        Fixture f;
        QCOMPARE(build(v, f), QString());
        QVERIFY(setNotes(v, f.bob, QStringLiteral("Met Ada Lovelace")));
        QVERIFY(v.session->legalHolds().add(QStringLiteral("contact"), f.ada.uid, QStringLiteral("tax audit")));
        auto r = v.session->erasure().redactMention(
            f.ada.uid, QStringLiteral("contact"), f.bob.uid, QStringLiteral("notes"));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Conflict);
        QCOMPARE(v.session->contacts().get(f.bob.id)->notes, QStringLiteral("Met Ada Lovelace"));
    }

    //! Issue 16 items 6(c) and 7: an old value of Bob's notes, the activity Ada shares with Bob, and a saved
    //! filter name and definition each name Ada. The preview lists them; the erasure redacts them in place
    //! (counted as anonymised). Before, the search did not look there, and the erasure left them all.
    void erasureRedactsHistorySharedActivitiesAndFilters()
    {
        TestVault v;
        QVERIFY(v.create());
        Fixture f;
        QCOMPARE(build(v, f), QString());
        storage::Database& db = v.session->vault().db();
        QVERIFY(setNotes(v, f.bob, QStringLiteral("Ada Lovelace's friend, ADA@example.org")));
        QVERIFY(setNotes(v, f.bob, QStringLiteral("Plays chess")));
        QVERIFY(db.exec(QStringLiteral("UPDATE activities SET subject = 'Both of them: Ada Lovelace and Bob', "
                                       "body = 'Call +44 20 7946 0018' WHERE uid = '%1'")
                            .arg(f.sharedActivity)
                            .toUtf8()
                            .constData()));
        QVERIFY(db.exec("INSERT INTO saved_filters (uid, name, entity_type, definition, created_at, updated_at) VALUES "
                        "('f-1', 'Ada Lovelace follow-up', 'contact', '{\"search\":\"ada@example.org\"}', 1, 1)"));

        auto p = v.session->erasure().preview(f.ada.uid);
        QVERIFY(p);
        QVERIFY(hasMention(p->mentions, QStringLiteral("contact"), f.bob.uid, QStringLiteral("history:notes")));
        QVERIFY(hasMention(p->mentions, QStringLiteral("activity"), f.sharedActivity, QStringLiteral("subject")));
        QVERIFY(hasMention(p->mentions, QStringLiteral("activity"), f.sharedActivity, QStringLiteral("body")));
        QVERIFY(hasMention(p->mentions, QStringLiteral("saved_filter"), QStringLiteral("f-1"), QStringLiteral("name")));
        QVERIFY(hasMention(
            p->mentions, QStringLiteral("saved_filter"), QStringLiteral("f-1"), QStringLiteral("definition")));
        const QMap<QString, qint64> anonymised {{QStringLiteral("deals"), 1},
                                                {QStringLiteral("contact_field_history"), 1},
                                                {QStringLiteral("activities"), 1},
                                                {QStringLiteral("saved_filters"), 1}};
        QCOMPARE(p->anonymised, anonymised);

        auto r = v.session->erasure().erase(f.ada.uid, QStringLiteral("Ada Lovelace"));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->anonymised, anonymised);
        QCOMPARE(v.session->erasure().receipts()->first().sha256(), r->sha256());
        QVERIFY(naming(db, QStringLiteral("SELECT coalesce(old_value, '') FROM contact_field_history")).isEmpty());
        QCOMPARE(column(db,
                        QStringLiteral("SELECT old_value FROM contact_field_history WHERE contact_id = %1 AND field = "
                                       "'notes' AND old_value IS NOT NULL")
                            .arg(f.bob.id.value)),
                 QStringList {QStringLiteral("[redacted]'s friend, [redacted]")});
        QCOMPARE(
            column(db, QStringLiteral("SELECT subject, body FROM activities WHERE uid = '%1'").arg(f.sharedActivity)),
            QStringList {QStringLiteral("Both of them: [redacted] and Bob|Call [redacted]")});
        QCOMPARE(column(db, QStringLiteral("SELECT name, definition FROM saved_filters")),
                 QStringList {QStringLiteral("[redacted] follow-up|{\"search\":\"[redacted]\"}")});
        QVERIFY(naming(db, QStringLiteral("SELECT * FROM audit_log")).isEmpty());
        // Bob's own notes were not touched.
        QCOMPARE(v.session->contacts().get(f.bob.id)->notes, QStringLiteral("Plays chess"));
    }

    //! Issue 16 item 7: the officer's restriction reason names Ada. Under a hold on her the erasure keeps her
    //! record, but the reason is replaced by the hold's note; the preview lists it. Before, the free text
    //! stayed (the held row was only restricted when it was not already).
    void heldErasureReplacesTheRestrictionReason()
    {
        TestVault v;
        QVERIFY(v.create());
        Fixture f;
        QCOMPARE(build(v, f), QString());
        QVERIFY(v.session->subjectRights().restrict(f.ada.uid,
                                                    QStringLiteral("Ada Lovelace disputes the invoice by phone")));
        QVERIFY(v.session->legalHolds().add(QStringLiteral("contact"), f.ada.uid, QStringLiteral("tax audit")));
        auto p = v.session->erasure().preview(f.ada.uid);
        QVERIFY(p);
        QVERIFY(hasMention(p->mentions, QStringLiteral("contact"), f.ada.uid, QStringLiteral("restriction_reason")));
        auto r = v.session->erasure().erase(f.ada.uid, QStringLiteral("Ada Lovelace"));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        auto status = v.session->subjectRights().status(f.ada.uid);
        QVERIFY(status);
        QVERIFY(status->isRestricted());
        QVERIFY(!status->restrictionReason.isEmpty());
        QVERIFY2(!status->restrictionReason.contains(QStringLiteral("disputes")),
                 qPrintable(status->restrictionReason));
        QVERIFY(!status->restrictionReason.contains(QStringLiteral("Lovelace")));
    }

    void confirmationMustMatchTheName_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("exact") << QStringLiteral("Ada Lovelace") << true;
        QTest::newRow("case and spaces") << QStringLiteral("  ada   LOVELACE ") << true;
        QTest::newRow("family only") << QStringLiteral("Lovelace") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("reversed") << QStringLiteral("Lovelace Ada") << false;
        QTest::newRow("other person") << QStringLiteral("Bob Babbage") << false;
    }
    void confirmationMustMatchTheName()
    {
        QFETCH(QString, typed);
        QFETCH(bool, accepted);
        QCOMPARE(ErasureService::confirms(QStringLiteral("Ada Lovelace"), typed), accepted);
    }

    void badInputWritesNothing()
    {
        TestVault v;
        QVERIFY(v.create());
        Fixture f;
        QCOMPARE(build(v, f), QString());
        const qint64 auditBefore = count(v, QStringLiteral("SELECT count(*) FROM audit_log"));
        auto wrong = v.session->erasure().erase(f.ada.uid, QStringLiteral("Bob Babbage"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().kind, ErrorKind::Invalid);
        QVERIFY(!wrong.error().message.contains(QStringLiteral("Lovelace")));
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM suppression")), qint64(0));
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM erasure_ledger")), qint64(0));
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM erasure_receipts")), qint64(0));
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);
        auto missing = v.session->erasure().erase(QStringLiteral("00000000-0000-4000-8000-000000000000"),
                                                  QStringLiteral("Ada Lovelace"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
        auto preview = v.session->erasure().preview(QStringLiteral("nope"));
        QVERIFY(!preview);
        QCOMPARE(preview.error().kind, ErrorKind::NotFound);
        privacy::ErasureOptions o;
        o.request = QStringLiteral("REQ-404");
        auto noRequest = v.session->erasure().erase(f.ada.uid, QStringLiteral("Ada Lovelace"), o);
        QVERIFY(!noRequest);
        QCOMPARE(noRequest.error().kind, ErrorKind::NotFound);
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM contacts")), qint64(2));
    }

    void deniedForSalesRepAndAudited()
    {
        TestVault v;
        QVERIFY(v.create());
        Fixture f;
        QCOMPARE(build(v, f), QString());
        QVERIFY(v.session->profiles().add(QStringLiteral("sam"), security::Role::SalesRep, {}));
        QVERIFY(v.session->actAs(QStringLiteral("sam"), {}));
        auto r = v.session->erasure().erase(f.ada.uid, QStringLiteral("Ada Lovelace"));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Denied);
        auto p = v.session->erasure().preview(f.ada.uid);
        QVERIFY(!p);
        QCOMPARE(p.error().kind, ErrorKind::Denied);
        auto hold = v.session->legalHolds().add(QStringLiteral("contact"), f.ada.uid, QStringLiteral("tax"));
        QVERIFY(!hold);
        QCOMPARE(hold.error().kind, ErrorKind::Denied);
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM contacts")), qint64(2));
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM legal_holds")), qint64(0));
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'access.denied'")), qint64(3));
    }

    //! The public delete path (the GUI's Delete, `contact delete`) is the erasure: before, ContactService::remove
    //! was a bare DELETE that listed nothing for suppression and wrote no ledger entry or receipt.
    void deleteIsAnErasure()
    {
        TestVault v;
        QVERIFY(v.create());
        Fixture f;
        QCOMPARE(build(v, f), QString());
        auto r = v.session->erasure().deleteContact(f.ada.uid);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->removed, expectedRemoved());
        QCOMPARE(r->suppressionHashes, 3);
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM contacts WHERE uid = '%1'").arg(f.ada.uid)), qint64(0));
        // Suppression list, ledger, receipt and the audit entry naming the receipt.
        auto listed = v.session->suppression().check(QStringLiteral("ada@example.org"));
        QVERIFY(listed);
        QVERIFY(listed->has_value());
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM suppression")), qint64(3));
        storage::Database& db = v.session->vault().db();
        QCOMPARE(column(db, QStringLiteral("SELECT entity_type, entity_uid FROM erasure_ledger")),
                 QStringList {QStringLiteral("contact|") + f.ada.uid});
        QCOMPARE(column(db, QStringLiteral("SELECT uid, ledger_uid FROM erasure_receipts")),
                 QStringList {r->uid + QLatin1Char('|') + r->ledgerUid});
        QCOMPARE(count(v,
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'contact.delete' AND entity_uid = "
                                      "'%1' AND summary LIKE '%receipt=%2%'")
                           .arg(f.ada.uid, r->uid)),
                 qint64(1));
        // A deleted person cannot come back unnoticed: the add is refused with the date.
        auto again = v.session->contacts().create(
            person(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("ada@example.org"), QString()));
        QVERIFY(!again);
        QCOMPARE(again.error().kind, ErrorKind::Conflict);
        auto missing = v.session->erasure().deleteContact(f.ada.uid);
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
    }

    //! The erasure reads the person's emails and phones inside its own transaction. An email added after the
    //! erasure looked the contact up, but before its transaction began (another program's edit committing in
    //! that gap), is erased and suppressed too. The edit is made by a gate check, which runs on the erasure's
    //! connection inside its transaction before the erasure's body: a second connection cannot write while the
    //! erasure holds the write lock, and nothing runs between the lookup and BEGIN that a test could hook, so
    //! this is the one deterministic place where the data can change after the lookup. Before, the erasure
    //! listed the identifiers it had read before its transaction: the new email went with the row but never
    //! reached the suppression list (3 hashes instead of 4), and a later import brought it back unnoticed.
    void identifiersAreReadInsideTheTransaction_data()
    {
        QTest::addColumn<bool>("byDelete");
        QTest::newRow("subject erase") << false;
        QTest::newRow("contact delete") << true;
    }
    void identifiersAreReadInsideTheTransaction()
    {
        QFETCH(bool, byDelete);
        TestVault v;
        QVERIFY(v.create());
        Fixture f;
        QCOMPARE(build(v, f), QString());
        const QString action = byDelete ? QStringLiteral("contact.delete") : QStringLiteral("subject.erase");
        bool edited = false;
        const qint64 adaId = f.ada.id.value;
        v.session->gate().addCheck(
            [&edited, action, adaId](storage::Database& db, const security::Mutation& m) -> Result<void> {
                if (edited || m.action != action) {
                    return {};
                }
                edited = true;
                auto s = db.prepare("UPDATE contacts SET emails = json_insert(emails, '$[#]', json_object('value', "
                                    "'ada@new.example', 'label', 'work')) WHERE id = ?1");
                if (!s) {
                    return s.error();
                }
                return s->bind(1, adaId).run();
            });
        auto r = byDelete ? v.session->erasure().deleteContact(f.ada.uid)
                          : v.session->erasure().erase(f.ada.uid, QStringLiteral("Ada Lovelace"));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QVERIFY(edited);
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM contacts WHERE uid = '%1'").arg(f.ada.uid)), qint64(0));
        QCOMPARE(r->suppressionHashes, 4);
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM suppression")), qint64(4));
        QCOMPARE(count(v, QStringLiteral("SELECT json_array_length(identifiers) FROM erasure_ledger")), qint64(4));
        auto listed = v.session->suppression().check(QStringLiteral("ada@new.example"));
        QVERIFY(listed);
        QVERIFY(listed->has_value());
        auto again = v.session->contacts().create(
            person(QStringLiteral("Ada"), QStringLiteral("Byron"), QStringLiteral("ada@new.example"), QString()));
        QVERIFY(!again);
        QCOMPARE(again.error().kind, ErrorKind::Conflict);
    }

    //! A plain delete does not override a restriction (Art. 18(1)(b)); the deliberate erasure does.
    void deleteOfARestrictedContactIsRefused()
    {
        TestVault v;
        QVERIFY(v.create());
        Fixture f;
        QCOMPARE(build(v, f), QString());
        QVERIFY(v.session->subjectRights().restrict(f.ada.uid));
        const qint64 auditBefore = count(v, QStringLiteral("SELECT count(*) FROM audit_log"));
        auto r = v.session->erasure().deleteContact(f.ada.uid);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Conflict);
        QVERIFY(r.error().message.contains(f.ada.uid));
        QVERIFY(r.error().message.contains(QStringLiteral("subject erase")));
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM suppression")), qint64(0));
        QVERIFY(v.session->erasure().erase(f.ada.uid, QStringLiteral("Ada Lovelace")));
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM contacts WHERE uid = '%1'").arg(f.ada.uid)), qint64(0));
    }

    //! Art. 17(3)(e), 18(1)(c): under a hold "invoice dispute pending" on the contact, the erasure keeps the
    //! contact's name, email and address, its call note and its deal's title unchanged, restricts the contact
    //! and queues the erasure. Before, it blanked the name, email and address, deleted the call note and
    //! blanked the deal title.
    void heldContactStaysUnchangedRestrictedAndQueued_data()
    {
        QTest::addColumn<bool>("byDelete");
        QTest::newRow("subject erase") << false;
        QTest::newRow("contact delete") << true;
    }
    void heldContactStaysUnchangedRestrictedAndQueued()
    {
        QFETCH(bool, byDelete);
        TestVault v;
        QVERIFY(v.create());
        Fixture f;
        QCOMPARE(build(v, f), QString());
        Contact withAddress = *v.session->contacts().get(f.ada.id);
        withAddress.street = QStringLiteral("12 St James's Square");
        withAddress.city = QStringLiteral("London");
        QVERIFY(v.session->contacts().update(withAddress));
        storage::Database& db = v.session->vault().db();
        const QString contactSql = QStringLiteral("SELECT given_name, family_name, emails, street, city, notes FROM "
                                                  "contacts WHERE uid = '%1'")
                                       .arg(f.ada.uid);
        const QString activitySql
            = QStringLiteral("SELECT kind, subject, body FROM activities WHERE uid = '%1'").arg(f.soleActivity);
        const QString dealSql
            = QStringLiteral("SELECT title, description, value_minor FROM deals WHERE uid = '%1'").arg(f.soleDeal);
        const QStringList contactBefore = column(db, contactSql);
        QCOMPARE(contactBefore.size(), 1);
        QVERIFY(contactBefore.first().startsWith(QStringLiteral("Ada|Lovelace|")));
        const QStringList activityBefore = column(db, activitySql);
        QCOMPARE(activityBefore, QStringList {QStringLiteral("call|Call with Ada|She asked about the engine")});
        const QStringList dealBefore = column(db, dealSql);
        const qint64 historyBefore = count(v, QStringLiteral("SELECT count(*) FROM contact_field_history"));

        auto hold = v.session->legalHolds().add(
            QStringLiteral("contact"), f.ada.uid, QStringLiteral("invoice dispute pending"), QDate(2099, 1, 1));
        QVERIFY2(hold, qPrintable(hold ? QString() : hold.error().message));
        auto p = v.session->erasure().preview(f.ada.uid);
        QVERIFY(p);
        QCOMPARE(p->held.size(), 1);
        QCOMPARE(p->held.first().reason, QStringLiteral("invoice dispute pending"));
        const QMap<QString, qint64> kept {
            {QStringLiteral("contacts"), 1}, {QStringLiteral("activities"), 1}, {QStringLiteral("deals"), 1}};
        QCOMPARE(p->kept, kept);
        QVERIFY(p->removed.isEmpty());
        QVERIFY(p->anonymised.isEmpty());

        auto r = byDelete ? v.session->erasure().deleteContact(f.ada.uid)
                          : v.session->erasure().erase(f.ada.uid, QStringLiteral("Ada Lovelace"));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->kept, kept);
        QVERIFY(r->removed.isEmpty());
        QVERIFY(r->anonymised.isEmpty());
        QCOMPARE(r->queued, 1);
        QVERIFY(r->toJson().contains(QStringLiteral("kept")));

        // Unchanged: the row, its call note, its deal, its tags, consents and history.
        QCOMPARE(column(db, contactSql), contactBefore);
        QCOMPARE(column(db, activitySql), activityBefore);
        QCOMPARE(column(db, dealSql), dealBefore);
        QCOMPARE(
            count(v, QStringLiteral("SELECT count(*) FROM contact_tags WHERE contact_id = %1").arg(f.ada.id.value)),
            qint64(2));
        QCOMPARE(
            count(v, QStringLiteral("SELECT count(*) FROM consent_events WHERE contact_id = %1").arg(f.ada.id.value)),
            qint64(2));
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM contact_field_history")), historyBefore);
        // Restricted: the contact, and the records kept with it, refuse every change.
        auto status = v.session->subjectRights().status(f.ada.uid);
        QVERIFY(status);
        QVERIFY(status->isRestricted());
        QVERIFY(!status->restrictionReason.isEmpty());
        Contact edit = *v.session->contacts().get(f.ada.id);
        edit.city = QStringLiteral("Paris");
        auto edited = v.session->contacts().update(edit);
        QVERIFY(!edited);
        QCOMPARE(edited.error().kind, ErrorKind::Conflict);
        crm::Deal deal = *v.session->deals().getByUid(f.soleDeal);
        deal.title = QStringLiteral("Renamed");
        auto dealEdited = v.session->deals().update(deal);
        QVERIFY(!dealEdited);
        QCOMPARE(dealEdited.error().kind, ErrorKind::Conflict);
        auto unrestricted = v.session->subjectRights().unrestrict(f.ada.uid);
        QVERIFY(!unrestricted);
        QCOMPARE(unrestricted.error().kind, ErrorKind::Conflict);
        QCOMPARE(column(db, contactSql), contactBefore);
        // The person asked to be erased: listed now, and recorded in the ledger.
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM suppression")), qint64(3));
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM erasure_ledger")), qint64(1));
        // Queued, visibly.
        auto queue = v.session->erasure().queue();
        QVERIFY(queue);
        QCOMPARE(queue->size(), 1);
        QCOMPARE(queue->first().contactUid, f.ada.uid);
        QCOMPARE(queue->first().entityType, QStringLiteral("contact"));
        QCOMPARE(queue->first().holdUid, hold->uid);
        QCOMPARE(queue->first().holdReason, QStringLiteral("invoice dispute pending"));
        QVERIFY(!queue->first().due);
        QVERIFY(!queue->first().doneAtMs);
        // A second erasure is refused while the first waits.
        auto twice = v.session->erasure().erase(f.ada.uid, QStringLiteral("Ada Lovelace"));
        QVERIFY(!twice);
        QCOMPARE(twice.error().kind, ErrorKind::Conflict);
    }

    //! Releasing the hold runs the queued erasure through the same path: the person, the call note and the
    //! deal's texts go, with a receipt, a ledger entry and an audit entry of their own.
    void releasingTheHoldRunsTheQueuedErasure()
    {
        TestVault v;
        QVERIFY(v.create());
        Fixture f;
        QCOMPARE(build(v, f), QString());
        auto hold = v.session->legalHolds().add(
            QStringLiteral("contact"), f.ada.uid, QStringLiteral("invoice dispute pending"));
        QVERIFY(hold);
        QVERIFY(v.session->erasure().erase(f.ada.uid, QStringLiteral("Ada Lovelace")));
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM contacts WHERE uid = '%1'").arg(f.ada.uid)), qint64(1));
        v.clock.advanceDays(3);

        QVERIFY(v.session->legalHolds().release(hold->uid));
        storage::Database& db = v.session->vault().db();
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM contacts WHERE uid = '%1'").arg(f.ada.uid)), qint64(0));
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM activities WHERE uid = '%1'").arg(f.soleActivity)),
                 qint64(0));
        QCOMPARE(column(db,
                        QStringLiteral("SELECT title, description, value_minor, restricted_at IS NULL FROM deals "
                                       "WHERE uid = '%1'")
                            .arg(f.soleDeal)),
                 QStringList {QStringLiteral("||125000|1")});
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM contact_fts WHERE contact_fts MATCH 'lovelace'")),
                 qint64(0));
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM consent_events")), qint64(0));
        // The queue row is done; a second receipt and ledger entry record the run, which names the release.
        auto waiting = v.session->erasure().queue();
        QVERIFY(waiting);
        QVERIFY(waiting->isEmpty());
        auto all = v.session->erasure().queue(true);
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().doneAtMs, std::optional<qint64>(v.clock.nowMs()));
        auto receipts = v.session->erasure().receipts();
        QVERIFY(receipts);
        QCOMPARE(receipts->size(), 2);
        QCOMPARE(receipts->first().contactUid, f.ada.uid);
        QCOMPARE(receipts->first().removed.value(QStringLiteral("contacts")), qint64(1));
        QCOMPARE(receipts->first().removed.value(QStringLiteral("activities")), qint64(1));
        QCOMPARE(receipts->first().anonymised.value(QStringLiteral("deals")), qint64(1));
        QCOMPARE(column(db, QStringLiteral("SELECT released_holds FROM erasure_ledger ORDER BY seq")),
                 (QStringList {QStringLiteral("[]"), QStringLiteral("[\"%1\"]").arg(hold->uid)}));
        QCOMPARE(count(v,
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'subject.erase' AND entity_uid = "
                                      "'%1' AND summary LIKE '%from_queue=1%'")
                           .arg(f.ada.uid)),
                 qint64(1));
        QVERIFY(v.session->audit().verify(db)->ok);
    }

    //! A hold that lapses (its `until` day passed) frees what it kept when the vault is next opened.
    void lapsedHoldRunsTheQueueWhenTheVaultOpens()
    {
        TestVault v;
        QVERIFY(v.create());
        Fixture f;
        QCOMPARE(build(v, f), QString());
        const QDate today = QDateTime::fromMSecsSinceEpoch(v.clock.nowMs(), Qt::UTC).date();
        QVERIFY(v.session->legalHolds().add(
            QStringLiteral("contact"), f.ada.uid, QStringLiteral("invoice dispute pending"), today.addDays(1)));
        QVERIFY(v.session->erasure().erase(f.ada.uid, QStringLiteral("Ada Lovelace")));
        v.clock.advanceDays(1);
        QVERIFY(v.session->erasure().queue()->first().due == false); // the last day of the hold still holds
        v.clock.advanceDays(1);
        QVERIFY(v.session->erasure().queue()->first().due);

        v.close();
        auto reopened = storage::Vault::open(v.path(), &v.keys, {});
        QVERIFY(reopened);
        v.session = std::make_unique<Session>(std::move(reopened).value(), v.clock);
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM contacts WHERE uid = '%1'").arg(f.ada.uid)), qint64(0));
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM erasure_queue WHERE done_at IS NULL")), qint64(0));
    }

    //! A hold that lapses while the vault is closed: its queued erasure runs when the vault next opens, before
    //! anyone signed in (the owner has a PIN). It runs as the queue (ErasureService::kQueueActorUid), not as that
    //! owner, and its receipt joins the request it answers. Before, the audit entry, receipt and ledger entry
    //! named the owner who had not signed in, and the receipt never reached the request register.
    void queuedErasureActsAsTheQueueAndReachesTheRequest()
    {
        TestVault v;
        QVERIFY(v.create());
        Fixture f;
        QCOMPARE(build(v, f), QString());
        privacy::NewRequest asked;
        asked.kind = privacy::RequestKind::Erasure;
        asked.requester = QStringLiteral("By letter");
        asked.contactUids = {f.ada.uid};
        auto request = v.session->requests().add(asked);
        QVERIFY2(request, qPrintable(request ? QString() : request.error().message));
        const QDate today = QDateTime::fromMSecsSinceEpoch(v.clock.nowMs(), Qt::UTC).date();
        QVERIFY(v.session->legalHolds().add(
            QStringLiteral("contact"), f.ada.uid, QStringLiteral("invoice dispute pending"), today.addDays(1)));
        privacy::ErasureOptions options;
        options.request = request->reference;
        auto first = v.session->erasure().erase(f.ada.uid, QStringLiteral("Ada Lovelace"), options);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QCOMPARE(first->queued, 1);
        const QString ownerUid = v.session->actor().uid;
        QVERIFY(v.session->profiles().setPin(QStringLiteral("owner"), secret("246819")));
        v.clock.advanceDays(2);

        v.close();
        auto reopened = storage::Vault::open(v.path(), &v.keys, {});
        QVERIFY(reopened);
        v.session = std::make_unique<Session>(std::move(reopened).value(), v.clock);
        // The owner has not given the PIN yet and may do nothing; the queue ran anyway, as itself, and the
        // session acts as the owner again afterwards.
        QCOMPARE(v.session->actor().uid, ownerUid);
        QVERIFY(!v.session->actor().signedIn);
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM contacts WHERE uid = '%1'").arg(f.ada.uid)), qint64(0));
        storage::Database& db = v.session->vault().db();
        const QString queueUid = QString::fromLatin1(ErasureService::kQueueActorUid);
        QCOMPARE(column(db,
                        QStringLiteral("SELECT profile_uid, profile_name FROM audit_log WHERE action = 'subject.erase' "
                                       "AND summary LIKE '%from_queue=1%'")),
                 QStringList {queueUid + QStringLiteral("|Confidant erasure queue")});
        QCOMPARE(column(db, QStringLiteral("SELECT profile_uid FROM erasure_receipts ORDER BY id")),
                 (QStringList {ownerUid, queueUid}));
        QCOMPARE(column(db, QStringLiteral("SELECT profile_uid FROM erasure_ledger ORDER BY seq")),
                 (QStringList {ownerUid, queueUid}));
        // Both receipts are with the request: the erasure's, and the queue's that finished it.
        QVERIFY(v.session->actAs(QStringLiteral("owner"), secret("246819")));
        auto receipts = v.session->erasure().receipts();
        QVERIFY(receipts);
        QCOMPARE(receipts->size(), 2);
        QCOMPARE(receipts->first().profileUid, queueUid);
        QCOMPARE(receipts->first().requestUid, request->uid);
        QCOMPARE(column(db,
                        QStringLiteral("SELECT a.produced_by, a.file_name FROM request_artefacts AS a JOIN requests AS "
                                       "r ON r.id = a.request_id WHERE r.uid = '%1' AND a.kind = 'erasure-receipt' "
                                       "ORDER BY a.id")
                            .arg(request->uid)),
                 (QStringList {ownerUid + QStringLiteral("|erasure-receipt-%1.json").arg(first->uid),
                               queueUid + QStringLiteral("|erasure-receipt-%1.json").arg(receipts->first().uid)}));
        QVERIFY(v.session->audit().verify(db)->ok);
    }

    //! A hold on a record linked to the person keeps that record (unchanged, restricted, queued) while the
    //! person goes now; releasing it then deletes it. Before, the held activity was blanked.
    void heldActivityStaysWhileThePersonGoes()
    {
        TestVault v;
        QVERIFY(v.create());
        Fixture f;
        QCOMPARE(build(v, f), QString());
        auto hold = v.session->legalHolds().add(QStringLiteral("activity"), f.soleActivity, QStringLiteral("dispute"));
        QVERIFY(hold);
        auto listed = v.session->legalHolds().list();
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        auto r = v.session->erasure().erase(f.ada.uid, QStringLiteral("Ada Lovelace"));
        QVERIFY(r);
        QCOMPARE(r->kept, (QMap<QString, qint64> {{QStringLiteral("activities"), 1}}));
        QCOMPARE(r->queued, 1);
        QVERIFY(!r->removed.contains(QStringLiteral("activities")));
        QCOMPARE(r->removed.value(QStringLiteral("contacts")), qint64(1));
        storage::Database& db = v.session->vault().db();
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM contacts WHERE uid = '%1'").arg(f.ada.uid)), qint64(0));
        QCOMPARE(column(db,
                        QStringLiteral("SELECT kind, subject, body, restricted_at IS NOT NULL FROM activities WHERE "
                                       "uid = '%1'")
                            .arg(f.soleActivity)),
                 QStringList {QStringLiteral("call|Call with Ada|She asked about the engine|1")});
        auto activity = v.session->activities().getByUid(f.soleActivity);
        QVERIFY(activity);
        auto removed = v.session->activities().remove(activity->id);
        QVERIFY(!removed);
        QCOMPARE(removed.error().kind, ErrorKind::Conflict);
        auto queue = v.session->erasure().queue();
        QVERIFY(queue);
        QCOMPARE(queue->size(), 1);
        QCOMPARE(queue->first().entityType, QStringLiteral("activity"));
        QCOMPARE(queue->first().contactUid, f.ada.uid);

        QVERIFY(v.session->legalHolds().release(hold->uid));
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM activities WHERE uid = '%1'").arg(f.soleActivity)),
                 qint64(0));
        QVERIFY(v.session->erasure().queue()->isEmpty());

        // Released before the erasure: the next erasure deletes such an activity at once.
        PassphraseTestVault w;
        QVERIFY(w.create());
        Fixture g;
        QCOMPARE(build(w, g), QString());
        auto h2 = w.session->legalHolds().add(QStringLiteral("activity"), g.soleActivity, QStringLiteral("dispute"));
        QVERIFY(h2);
        QVERIFY(w.session->legalHolds().release(h2->uid));
        auto again = w.session->legalHolds().release(h2->uid);
        QVERIFY(!again);
        QCOMPARE(again.error().kind, ErrorKind::Invalid);
        QVERIFY(w.session->erasure().erase(g.ada.uid, QStringLiteral("Ada Lovelace")));
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM activities WHERE uid = '%1'").arg(g.soleActivity)),
                 qint64(0));
    }

    //! A backup taken while a hold kept the person, restored after the hold was released and the queued
    //! erasure ran: the restore releases that hold too, so the person stays erased.
    void restoreAfterAReleasedHoldErasesAgain()
    {
        PassphraseTestVault v;
        QVERIFY(v.create());
        Fixture f;
        QCOMPARE(build(v, f), QString());
        auto hold = v.session->legalHolds().add(QStringLiteral("contact"), f.ada.uid, QStringLiteral("dispute"));
        QVERIFY(hold);
        auto backup = v.session->admin().backup();
        QVERIFY2(backup, qPrintable(backup ? QString() : backup.error().message));
        v.clock.advanceDays(1);
        QVERIFY(v.session->erasure().erase(f.ada.uid, QStringLiteral("Ada Lovelace")));
        v.clock.advanceDays(1);
        QVERIFY(v.session->legalHolds().release(hold->uid));
        auto ledger = security::ErasureLedger::all(v.session->vault().db());
        QVERIFY(ledger);
        QCOMPARE(ledger->size(), 2);
        QCOMPARE(ledger->last().releasedHolds, QStringList {hold->uid});

        QTemporaryDir elsewhere;
        storage::SecretBuffer pass = secret(PassphraseTestVault::kPassphrase);
        security::RestoreRequest request;
        request.backupFile = backup->path;
        request.targetDir = elsewhere.filePath(QStringLiteral("restored"));
        request.secret = &pass;
        request.erasures = *ledger;
        request.applier = ErasureService::restoreApplier(*privacy::Suppression::saltHex(v.session->vault().db()));
        auto report = security::VaultAdmin::restore(request, v.clock);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->erasuresReapplied, 2);
        auto restored = storage::Vault::open(request.targetDir, nullptr, {secret(PassphraseTestVault::kPassphrase)});
        QVERIFY(restored);
        Session session(std::move(restored).value(), v.clock);
        storage::Database& db = session.vault().db();
        QCOMPARE(*db.queryInt("SELECT count(*) FROM contacts WHERE family_name = 'Lovelace'"), qint64(0));
        QCOMPARE(*db.queryInt("SELECT count(*) FROM activities WHERE subject = 'Call with Ada'"), qint64(0));
        QCOMPARE(*db.queryInt("SELECT count(*) FROM legal_holds WHERE released_at IS NULL"), qint64(0));
        QCOMPARE(*db.queryInt("SELECT count(*) FROM erasure_queue WHERE done_at IS NULL"), qint64(0));
        QCOMPARE(*db.queryInt("SELECT count(*) FROM suppression"), qint64(3));
    }

    void holdInputIsChecked()
    {
        TestVault v;
        QVERIFY(v.create());
        auto c = v.session->contacts().create(person(QStringLiteral("A"), QStringLiteral("B"), {}, {}));
        QVERIFY(c);
        struct Case
        {
            const char* type;
            bool knownUid;
            const char* reason;
            QDate until;
            ErrorKind kind;
        };
        const Case cases[] = {{"planet", true, "r", QDate(), ErrorKind::Invalid},
                              {"contact", true, "  ", QDate(), ErrorKind::Invalid},
                              {"contact", true, "r", QDate(2000, 1, 1), ErrorKind::Invalid},
                              {"deal", false, "r", QDate(), ErrorKind::NotFound},
                              {"contact", false, "r", QDate(), ErrorKind::NotFound}};
        for (const Case& k : cases) {
            auto r = v.session->legalHolds().add(QString::fromLatin1(k.type),
                                                 k.knownUid ? c->uid : QStringLiteral("nope"),
                                                 QString::fromLatin1(k.reason),
                                                 k.until.isValid() ? std::optional<QDate>(k.until) : std::nullopt);
            QVERIFY2(!r, k.type);
            QCOMPARE(int(r.error().kind), int(k.kind));
        }
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM legal_holds")), qint64(0));
        auto unknown = v.session->legalHolds().release(QStringLiteral("nope"));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().kind, ErrorKind::NotFound);
    }

    void suppressionBlocksRecreateUnlessOverridden()
    {
        TestVault v;
        QVERIFY(v.create());
        Fixture f;
        QCOMPARE(build(v, f), QString());
        QVERIFY(v.session->erasure().erase(f.ada.uid, QStringLiteral("Ada Lovelace")));

        auto byEmail = v.session->contacts().create(
            person(QStringLiteral("A."), QStringLiteral("L."), QStringLiteral(" ADA@example.ORG "), QString()));
        QVERIFY(!byEmail);
        QCOMPARE(byEmail.error().kind, ErrorKind::Conflict);
        QVERIFY(byEmail.error().message.contains(
            QDateTime::fromMSecsSinceEpoch(v.clock.nowMs(), Qt::UTC).date().toString(Qt::ISODate)));
        auto byPhone = v.session->contacts().create(
            person(QStringLiteral("X"), QStringLiteral("Y"), QString(), QStringLiteral("(44) 20-7946-0018")));
        QVERIFY(!byPhone);
        QCOMPARE(byPhone.error().kind, ErrorKind::Conflict);
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM contacts")), qint64(1));

        auto checked = v.session->suppression().check(QStringLiteral("ada@home.example"));
        QVERIFY(checked);
        QCOMPARE(checked->value_or(-1), v.clock.nowMs());
        auto other = v.session->suppression().check(QStringLiteral("bob@example.org"));
        QVERIFY(other);
        QVERIFY(!other->has_value());
        auto junk = v.session->suppression().check(QStringLiteral("hello"));
        QVERIFY(!junk);
        QCOMPARE(junk.error().kind, ErrorKind::Invalid);

        auto forced = v.session->contacts().create(
            person(QStringLiteral("A."), QStringLiteral("L."), QStringLiteral("ada@example.org"), QString()),
            crm::ContactService::Suppressed::AddAnyway);
        QVERIFY(forced);
        QCOMPARE(count(v,
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'contact.create' AND summary "
                                      "LIKE '%suppression_override=1%' AND entity_uid = '%1'")
                           .arg(forced->uid)),
                 qint64(1));
    }

    void importPreviewReportsSuppressedRows()
    {
        TestVault v;
        QVERIFY(v.create());
        Fixture f;
        QCOMPARE(build(v, f), QString());
        QVERIFY(v.session->erasure().erase(f.ada.uid, QStringLiteral("Ada Lovelace")));
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("people.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "Given Name,Family Name,E-mail 1 - Value\nAda,Lovelace,ada@example.org\nCarl,Gauss,carl@example.org\n");
        file.close();
        auto p = v.session->imports().preview(csv);
        QVERIFY2(p, qPrintable(p ? QString() : p.error().message));
        QCOMPARE(p->suppressedCount, qint64(1));
        QCOMPARE(p->suppressedLines, QList<qint64> {2});
        QCOMPARE(p->newCount, qint64(1));
        auto done = v.session->imports().commit(*p, {});
        QVERIFY(done);
        QCOMPARE(done->created, qint64(1));
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM contacts WHERE family_name = 'Lovelace'")), qint64(0));
    }

    void registryAndSchemaAreCovered()
    {
        const crm::FieldRegistry registry;
        QCOMPARE(ErasureService::uncoveredFields(registry), QStringList());
        TestVault v;
        QVERIFY(v.create());
        storage::Database& db = v.session->vault().db();
        // Every registry field is a column of contacts (or its tags), so it goes with the row.
        for (const auto& field : registry.fieldsOf(QStringLiteral("contact"))) {
            QCOMPARE(count(v,
                           QStringLiteral("SELECT count(*) FROM pragma_table_info('%1') WHERE name = '%2'")
                               .arg(field.table, field.column)),
                     qint64(1));
        }
        // Every table pointing at contacts is one the erasure clears.
        const QStringList referencing
            = column(db,
                     QStringLiteral("SELECT m.name FROM sqlite_master AS m, pragma_foreign_key_list(m.name) AS k "
                                    "WHERE m.type = 'table' AND k.\"table\" = 'contacts'"));
        QVERIFY(!referencing.isEmpty());
        for (const QString& table : referencing) {
            QVERIFY2(ErasureService::contactTables().contains(table), qPrintable(table));
        }
    }

    void restoreOfOlderBackupErasesAgain()
    {
        PassphraseTestVault v;
        QVERIFY(v.create());
        Fixture f;
        QCOMPARE(build(v, f), QString());
        auto backup = v.session->admin().backup();
        QVERIFY2(backup, qPrintable(backup ? QString() : backup.error().message));
        v.clock.advanceDays(1);
        QVERIFY(v.session->erasure().erase(f.ada.uid, QStringLiteral("Ada Lovelace")));
        auto ledger = security::ErasureLedger::all(v.session->vault().db());
        QVERIFY(ledger);
        auto salt = privacy::Suppression::saltHex(v.session->vault().db());
        QVERIFY(salt);

        QTemporaryDir elsewhere;
        storage::SecretBuffer pass = secret(PassphraseTestVault::kPassphrase);
        security::RestoreRequest request;
        request.backupFile = backup->path;
        request.targetDir = elsewhere.filePath(QStringLiteral("restored"));
        request.secret = &pass;
        request.erasures = *ledger;
        request.applier = ErasureService::restoreApplier(*salt);
        auto report = security::VaultAdmin::restore(request, v.clock);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->erasuresReapplied, 1);

        auto restored = storage::Vault::open(request.targetDir, nullptr, {secret(PassphraseTestVault::kPassphrase)});
        QVERIFY(restored);
        Session session(std::move(restored).value(), v.clock);
        storage::Database& db = session.vault().db();
        QCOMPARE(*db.queryInt("SELECT count(*) FROM contacts WHERE family_name = 'Lovelace'"), qint64(0));
        QCOMPARE(*db.queryInt("SELECT count(*) FROM consent_events"), qint64(0));
        QCOMPARE(*db.queryInt("SELECT count(*) FROM contacts"), qint64(1));
        QCOMPARE(*db.queryInt("SELECT count(*) FROM suppression"), qint64(3));
        auto match = session.suppression().check(QStringLiteral("ada@example.org"));
        QVERIFY(match);
        QVERIFY(match->has_value());
    }
};

} // namespace confidant::test

QTEST_GUILESS_MAIN(confidant::test::TestErasureService)
#include "TestErasureService.moc"
