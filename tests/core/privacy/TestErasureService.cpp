#include "core/crm/FieldRegistry.h"
#include "core/privacy/ErasureService.h"
#include "core/privacy/LegalHoldService.h"
#include "core/privacy/Suppression.h"
#include "core/security/VaultAdmin.h"
#include "core/storage/Statement.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/TestVault.h"

namespace confidant::test {

using crm::Contact;
using crm::LabeledValue;
using privacy::ErasureService;

namespace {

qint64 count(TestVault& v, const QString& sql)
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

QString build(TestVault& v, Fixture& f)
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
            QVERIFY2(!all.contains(value, Qt::CaseInsensitive), qPrintable(value));
        }
        // The WAL was truncated after the commit.
        QCOMPARE(QFileInfo(v.dbPath() + QStringLiteral("-wal")).size(), qint64(0));
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

    void heldContactIsAnonymisedNotDeleted()
    {
        TestVault v;
        QVERIFY(v.create());
        Fixture f;
        QCOMPARE(build(v, f), QString());
        auto hold = v.session->legalHolds().add(
            QStringLiteral("contact"), f.ada.uid, QStringLiteral("Invoices kept 10 years"), QDate(2099, 1, 1));
        QVERIFY2(hold, qPrintable(hold ? QString() : hold.error().message));
        auto p = v.session->erasure().preview(f.ada.uid);
        QVERIFY(p);
        QCOMPARE(p->held.size(), 1);
        QCOMPARE(p->held.first().reason, QStringLiteral("Invoices kept 10 years"));
        QCOMPARE(p->held.first().until, std::optional<QDate>(QDate(2099, 1, 1)));
        QCOMPARE(p->anonymised.value(QStringLiteral("contacts")), qint64(1));
        QVERIFY(!p->removed.contains(QStringLiteral("contacts")));

        auto r = v.session->erasure().erase(f.ada.uid, QStringLiteral("Ada Lovelace"));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->anonymised,
                 (QMap<QString, qint64> {{QStringLiteral("contacts"), 1}, {QStringLiteral("deals"), 1}}));
        QCOMPARE(r->removed,
                 (QMap<QString, qint64> {{QStringLiteral("contact_tags"), 2},
                                         {QStringLiteral("tags"), 2},
                                         {QStringLiteral("contact_field_history"), 1},
                                         {QStringLiteral("activities"), 1},
                                         {QStringLiteral("activity_links"), 1}}));
        // The row stays; every personal column the registry names is blank.
        storage::Database& db = v.session->vault().db();
        const crm::FieldRegistry registry;
        for (const auto& field : registry.fieldsOf(QStringLiteral("contact"))) {
            if (field.table != QLatin1String("contacts")) {
                continue;
            }
            const QStringList value = column(
                db,
                QStringLiteral("SELECT coalesce(%1, '') FROM contacts WHERE uid = '%2'").arg(field.column, f.ada.uid));
            QCOMPARE(value.size(), 1);
            QVERIFY2(value.first().isEmpty() || value.first() == QLatin1String("[]"), qPrintable(field.name));
        }
        QCOMPARE(
            count(v, QStringLiteral("SELECT count(*) FROM contact_tags WHERE contact_id = %1").arg(f.ada.id.value)),
            qint64(0));
        // Consent proof stays with the held row; search no longer finds the name.
        QCOMPARE(
            count(v, QStringLiteral("SELECT count(*) FROM consent_events WHERE contact_id = %1").arg(f.ada.id.value)),
            qint64(2));
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM contact_fts WHERE contact_fts MATCH 'lovelace'")),
                 qint64(0));
        QCOMPARE(count(v, QStringLiteral("SELECT count(*) FROM suppression")), qint64(3));
    }

    void heldActivityIsAnonymisedAndReleasedHoldIsNot()
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
        QCOMPARE(r->anonymised.value(QStringLiteral("activities")), qint64(1));
        QVERIFY(!r->removed.contains(QStringLiteral("activities")));
        storage::Database& db = v.session->vault().db();
        QCOMPARE(
            column(db,
                   QStringLiteral("SELECT kind, subject, body FROM activities WHERE uid = '%1'").arg(f.soleActivity)),
            QStringList {QStringLiteral("call||")});

        // Released: the next erasure deletes such an activity.
        TestVault w;
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
        // Every registry column exists, so the blanking of a held contact reaches it.
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
        TestVault v;
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
        storage::SecretBuffer pass = secret(TestVault::kPassphrase);
        security::RestoreRequest request;
        request.backupFile = backup->path;
        request.targetDir = elsewhere.filePath(QStringLiteral("restored"));
        request.secret = &pass;
        request.erasures = *ledger;
        request.applier = ErasureService::restoreApplier(*salt);
        auto report = security::VaultAdmin::restore(request, v.clock);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->erasuresReapplied, 1);

        auto restored = storage::Vault::open(request.targetDir, nullptr, {secret(TestVault::kPassphrase)});
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
