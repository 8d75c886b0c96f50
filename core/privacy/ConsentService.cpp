#include "ConsentService.h"

#include "core/crm/ContactService.h"
#include "core/privacy/PurposeService.h"
#include "core/security/MutationGate.h"
#include "core/storage/Statement.h"

#include <QUuid>

#include <functional>

namespace confidant::privacy {

using storage::Database;
using storage::Statement;

namespace {

constexpr int kMaxEvidence = 4000;

constexpr const char* kEventColumns
    = "SELECT e.id, e.uid, e.contact_id, c.uid, e.purpose_id, p.uid, p.name, e.kind, e.at, e.method, e.evidence, "
      "n.uid, n.language, n.version, e.expires_at, e.recorded_by, pr.name, e.created_at "
      "FROM consent_events AS e JOIN contacts AS c ON c.id = e.contact_id JOIN purposes AS p ON p.id = e.purpose_id "
      "LEFT JOIN notices AS n ON n.id = e.notice_id LEFT JOIN profiles AS pr ON pr.uid = e.recorded_by ";

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<void> mayView(security::MutationGate& gate)
{
    security::Mutation read {QStringLiteral("consent.view"), QStringLiteral("contact")};
    read.permission = security::Permission::ViewContacts;
    return gate.require(read);
}

const char* actionOf(ConsentEventKind kind)
{
    switch (kind) {
    case ConsentEventKind::Granted:
        return "consent.grant";
    case ConsentEventKind::Withdrawn:
        return "consent.withdraw";
    case ConsentEventKind::Refreshed:
        return "consent.refresh";
    }
    return "consent.grant";
}

ConsentEvent readEvent(const Statement& s)
{
    ConsentEvent e;
    e.id = s.int64(0);
    e.uid = s.text(1);
    e.contactId = crm::ContactId {s.int64(2)};
    e.contactUid = s.text(3);
    e.purposeId = PurposeId {s.int64(4)};
    e.purposeUid = s.text(5);
    e.purposeName = s.text(6);
    e.kind = ConsentService::kindFromName(s.text(7)).value_or(ConsentEventKind::Granted);
    e.atMs = s.int64(8);
    e.method = ConsentService::methodFromName(s.text(9)).value_or(ConsentMethod::Other);
    e.evidence = s.text(10);
    if (!s.isNull(11)) {
        e.noticeUid = s.text(11);
        e.noticeLanguage = s.text(12);
        e.noticeVersion = s.integer(13);
    }
    if (!s.isNull(14)) {
        e.expiresAtMs = s.int64(14);
    }
    e.recordedBy = s.text(15);
    e.recordedByName = s.isNull(16) ? QString() : s.text(16);
    e.createdAtMs = s.int64(17);
    return e;
}

Result<QList<ConsentEvent>> readEvents(Database& db, const QString& tail, const std::function<void(Statement&)>& bind)
{
    auto s = db.prepare(QString::fromLatin1(kEventColumns) + tail);
    if (!s) {
        return s.error();
    }
    bind(*s);
    QList<ConsentEvent> out;
    while (true) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            break;
        }
        out.append(readEvent(*s));
    }
    return out;
}

Result<std::optional<ConsentEvent>> latestEvent(Database& db, crm::ContactId contact, PurposeId purpose)
{
    auto events = readEvents(db,
                             QStringLiteral("WHERE e.contact_id = ?1 AND e.purpose_id = ?2 "
                                            "ORDER BY e.at DESC, e.id DESC LIMIT 1"),
                             [&](Statement& s) { s.bind(1, contact.value).bind(2, purpose.value); });
    if (!events) {
        return events.error();
    }
    if (events->isEmpty()) {
        return std::optional<ConsentEvent>();
    }
    return std::optional<ConsentEvent>(events->first());
}

ConsentStatus statusOf(const std::optional<ConsentEvent>& latest, qint64 now)
{
    if (!latest) {
        return ConsentStatus::None;
    }
    if (latest->kind == ConsentEventKind::Withdrawn) {
        return ConsentStatus::Withdrawn;
    }
    if (latest->expiresAtMs && *latest->expiresAtMs <= now) {
        return ConsentStatus::Expired;
    }
    return ConsentStatus::Given;
}

Result<QString> contactUid(Database& db, crm::ContactId contact)
{
    auto s = db.prepare("SELECT uid FROM contacts WHERE id = ?1");
    if (!s) {
        return s.error();
    }
    s->bind(1, contact.value);
    auto step = s->step();
    if (!step) {
        return step.error();
    }
    if (*step == Statement::Step::Done) {
        return makeError(ErrorKind::NotFound, ConsentService::tr("No such contact; it may have been deleted."));
    }
    return s->text(0);
}

// The notice named by uid, "VERSION" or "LANG:VERSION"; it has to be published to have been shown.
Result<std::optional<qint64>> resolveNotice(Database& db, const QString& reference)
{
    const QString ref = reference.trimmed();
    if (ref.isEmpty()) {
        return std::optional<qint64>();
    }
    QString where;
    QString language;
    int version = 0;
    if (!QUuid::fromString(ref).isNull()) {
        where = QStringLiteral("uid = lower(?1)");
    } else {
        const qsizetype colon = ref.indexOf(QLatin1Char(':'));
        bool ok = false;
        version = (colon < 0 ? ref : ref.mid(colon + 1)).trimmed().toInt(&ok);
        if (!ok || version <= 0) {
            return makeError(ErrorKind::Invalid,
                             ConsentService::tr("Name the notice by its uid, its version (3) or its language and "
                                                "version (en:3)."));
        }
        language = colon < 0 ? QString() : ref.left(colon).trimmed();
        where = language.isEmpty() ? QStringLiteral("version = ?2")
                                   : QStringLiteral("version = ?2 AND language = ?3 COLLATE NOCASE");
    }
    auto s = db.prepare(QStringLiteral("SELECT id, status FROM notices WHERE ") + where + QStringLiteral(" LIMIT 2"));
    if (!s) {
        return s.error();
    }
    if (where.contains(QLatin1String("?1"))) {
        s->bind(1, ref);
    } else {
        s->bind(2, version);
        if (!language.isEmpty()) {
            s->bind(3, language);
        }
    }
    QList<std::pair<qint64, QString>> found;
    while (true) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            break;
        }
        found.append({s->int64(0), s->text(1)});
    }
    if (found.isEmpty()) {
        return makeError(ErrorKind::NotFound, ConsentService::tr("No privacy notice has that uid or version."));
    }
    if (found.size() > 1) {
        return makeError(ErrorKind::Invalid,
                         ConsentService::tr("Notices in several languages have that version; name one as "
                                            "LANG:VERSION (en:3) or by its uid."));
    }
    if (found.first().second != QLatin1String("published")) {
        return makeError(ErrorKind::Invalid,
                         ConsentService::tr("That notice is a draft; only a published notice can have been shown."));
    }
    return std::optional<qint64>(found.first().first);
}

// An event ready to be written: the record checked against the clock, its notice resolved.
struct Prepared
{
    ConsentEventKind kind = ConsentEventKind::Granted;
    PurposeId purpose;
    QString purposeUid;
    qint64 atMs = 0;
    ConsentMethod method = ConsentMethod::Other;
    QString evidence;
    std::optional<qint64> noticeId;
    std::optional<qint64> expiresAtMs;
};

Result<Prepared>
prepare(Database& db, ConsentEventKind kind, PurposeId purposeId, const ConsentRecord& record, qint64 now)
{
    auto purpose = PurposeService::lookup(db, purposeId);
    if (!purpose) {
        return purpose.error();
    }
    if (!*purpose) {
        return makeError(ErrorKind::NotFound, ConsentService::tr("No such purpose; it may have been removed."));
    }
    const Purpose& p = **purpose;
    if (kind != ConsentEventKind::Withdrawn) {
        if (p.archived) {
            return makeError(ErrorKind::Invalid,
                             ConsentService::tr("The purpose \"%1\" is archived; consent for it can only be "
                                                "withdrawn.")
                                 .arg(p.name));
        }
        if (!p.requiresConsent) {
            return makeError(ErrorKind::Invalid,
                             ConsentService::tr("The purpose \"%1\" rests on %2 (%3) and needs no consent.")
                                 .arg(p.name, Purpose::basisLabel(p.basis), Purpose::articleRef(p.basis)));
        }
    }
    Prepared out;
    out.kind = kind;
    out.purpose = p.id;
    out.purposeUid = p.uid;
    out.atMs = record.atMs.value_or(now);
    if (out.atMs > now) {
        return makeError(ErrorKind::Invalid,
                         ConsentService::tr("The time of a consent event cannot be in the future."));
    }
    out.method = record.method;
    out.evidence = record.evidence.trimmed();
    if (out.evidence.size() > kMaxEvidence) {
        return makeError(ErrorKind::Invalid,
                         ConsentService::tr("The evidence is limited to %1 characters.").arg(kMaxEvidence));
    }
    if (record.expiresAtMs) {
        if (kind == ConsentEventKind::Withdrawn) {
            return makeError(ErrorKind::Invalid, ConsentService::tr("A withdrawal has no expiry."));
        }
        if (*record.expiresAtMs <= out.atMs) {
            return makeError(ErrorKind::Invalid,
                             ConsentService::tr("The expiry has to come after the time the consent was given."));
        }
    }
    out.expiresAtMs = record.expiresAtMs;
    auto notice = resolveNotice(db, record.notice);
    if (!notice) {
        return notice.error();
    }
    out.noticeId = *notice;
    return out;
}

// Checks the event against the contact's latest one for the purpose, then appends it.
Result<ConsentEvent> append(Database& db, crm::ContactId contact, Prepared event, const QString& recordedBy, qint64 now)
{
    auto latest = latestEvent(db, contact, event.purpose);
    if (!latest) {
        return latest.error();
    }
    if (*latest && event.atMs < (*latest)->atMs) {
        return makeError(ErrorKind::Invalid,
                         ConsentService::tr("A later event is recorded for this purpose already; an event cannot be "
                                            "dated before it."));
    }
    const bool given = *latest && (*latest)->kind != ConsentEventKind::Withdrawn;
    if (event.kind == ConsentEventKind::Withdrawn && !given) {
        return makeError(ErrorKind::Invalid,
                         ConsentService::tr("There is no consent to withdraw: none is recorded for this purpose, or "
                                            "it was withdrawn already."));
    }
    if (event.kind == ConsentEventKind::Refreshed) {
        if (!given) {
            return makeError(ErrorKind::Invalid,
                             ConsentService::tr("There is no consent to refresh for this purpose; record a grant "
                                                "instead."));
        }
        // A refresh renews the consent for the period it was given for.
        if (!event.expiresAtMs && (*latest)->expiresAtMs) {
            event.expiresAtMs = event.atMs + (*(*latest)->expiresAtMs - (*latest)->atMs);
        }
    }
    auto s = db.prepare("INSERT INTO consent_events (uid, contact_id, purpose_id, kind, at, method, evidence, "
                        "notice_id, expires_at, recorded_by, created_at) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    if (!s) {
        return s.error();
    }
    const QString uid = newUid();
    s->bind(1, uid)
        .bind(2, contact.value)
        .bind(3, event.purpose.value)
        .bind(4, ConsentService::kindName(event.kind))
        .bind(5, event.atMs)
        .bind(6, ConsentService::methodName(event.method))
        .bind(7, event.evidence)
        .bind(8, event.noticeId)
        .bind(9, event.expiresAtMs)
        .bind(10, recordedBy)
        .bind(11, now);
    if (auto r = s->run(); !r) {
        return r.error();
    }
    auto written = readEvents(
        db, QStringLiteral("WHERE e.id = ?1"), [id = db.lastInsertRowId()](Statement& st) { st.bind(1, id); });
    if (!written) {
        return written.error();
    }
    if (written->isEmpty()) {
        return makeError(ErrorKind::Io, ConsentService::tr("The consent event could not be read back."));
    }
    return written->first();
}

QString noteOf(const Prepared& event)
{
    return QStringLiteral("purpose=%1 method=%2").arg(event.purposeUid, ConsentService::methodName(event.method));
}

} // namespace

ConsentService::ConsentService(security::MutationGate& gate, const Clock& clock, PurposeService& purposes)
    : m_gate(gate)
    , m_clock(clock)
    , m_purposes(purposes)
{
}

QString ConsentService::kindName(ConsentEventKind kind)
{
    switch (kind) {
    case ConsentEventKind::Granted:
        return QStringLiteral("granted");
    case ConsentEventKind::Withdrawn:
        return QStringLiteral("withdrawn");
    case ConsentEventKind::Refreshed:
        return QStringLiteral("refreshed");
    }
    return QStringLiteral("granted");
}

std::optional<ConsentEventKind> ConsentService::kindFromName(const QString& name)
{
    for (auto kind : {ConsentEventKind::Granted, ConsentEventKind::Withdrawn, ConsentEventKind::Refreshed}) {
        if (kindName(kind) == name) {
            return kind;
        }
    }
    return std::nullopt;
}

QList<ConsentMethod> ConsentService::methods()
{
    return {ConsentMethod::WebForm,
            ConsentMethod::Paper,
            ConsentMethod::Verbal,
            ConsentMethod::Email,
            ConsentMethod::Import,
            ConsentMethod::Other};
}

QString ConsentService::methodName(ConsentMethod method)
{
    switch (method) {
    case ConsentMethod::WebForm:
        return QStringLiteral("web-form");
    case ConsentMethod::Paper:
        return QStringLiteral("paper");
    case ConsentMethod::Verbal:
        return QStringLiteral("verbal");
    case ConsentMethod::Email:
        return QStringLiteral("email");
    case ConsentMethod::Import:
        return QStringLiteral("import");
    case ConsentMethod::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

std::optional<ConsentMethod> ConsentService::methodFromName(const QString& name)
{
    const QString key = name.trimmed().toLower();
    for (ConsentMethod method : methods()) {
        if (methodName(method) == key) {
            return method;
        }
    }
    return std::nullopt;
}

QString ConsentService::statusName(ConsentStatus status)
{
    switch (status) {
    case ConsentStatus::None:
        return QStringLiteral("none");
    case ConsentStatus::Given:
        return QStringLiteral("given");
    case ConsentStatus::Expired:
        return QStringLiteral("expired");
    case ConsentStatus::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return QStringLiteral("none");
}

QString ConsentService::kindLabel(ConsentEventKind kind)
{
    switch (kind) {
    case ConsentEventKind::Granted:
        return tr("Granted");
    case ConsentEventKind::Withdrawn:
        return tr("Withdrawn");
    case ConsentEventKind::Refreshed:
        return tr("Refreshed");
    }
    return {};
}

QString ConsentService::methodLabel(ConsentMethod method)
{
    switch (method) {
    case ConsentMethod::WebForm:
        return tr("Web form");
    case ConsentMethod::Paper:
        return tr("Paper form");
    case ConsentMethod::Verbal:
        return tr("Verbal");
    case ConsentMethod::Email:
        return tr("Email");
    case ConsentMethod::Import:
        return tr("Import");
    case ConsentMethod::Other:
        return tr("Other");
    }
    return {};
}

QString ConsentService::statusLabel(ConsentStatus status)
{
    switch (status) {
    case ConsentStatus::None:
        return tr("Not given");
    case ConsentStatus::Given:
        return tr("Given");
    case ConsentStatus::Expired:
        return tr("Expired, refresh due");
    case ConsentStatus::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

Result<ConsentEvent>
ConsentService::record(crm::ContactId contact, PurposeId purpose, ConsentEventKind kind, const ConsentRecord& record)
{
    security::Mutation m {QString::fromLatin1(actionOf(kind)), QStringLiteral("contact")};
    m.permission = security::Permission::EditContacts;
    if (auto allowed = m_gate.require(m); !allowed) {
        return allowed.error();
    }
    // The purposes a vault starts with exist before anyone records a consent for them.
    if (auto seeded = m_purposes.list(); !seeded) {
        return seeded.error();
    }
    const qint64 now = m_clock.nowMs();
    return m_gate.apply<ConsentEvent>(m, [&](Database& db, security::Mutation& mutation) -> Result<ConsentEvent> {
        auto uid = contactUid(db, contact);
        if (!uid) {
            return uid.error();
        }
        auto prepared = prepare(db, kind, purpose, record, now);
        if (!prepared) {
            return prepared.error();
        }
        mutation.entityUid = *uid;
        mutation.note = noteOf(*prepared);
        return append(db, contact, *prepared, m_gate.actor().uid, now);
    });
}

Result<ConsentEvent> ConsentService::grant(crm::ContactId contact, PurposeId purpose, const ConsentRecord& r)
{
    return record(contact, purpose, ConsentEventKind::Granted, r);
}

Result<ConsentEvent> ConsentService::withdraw(crm::ContactId contact, PurposeId purpose, const ConsentRecord& r)
{
    return record(contact, purpose, ConsentEventKind::Withdrawn, r);
}

Result<ConsentEvent> ConsentService::refresh(crm::ContactId contact, PurposeId purpose, const ConsentRecord& r)
{
    return record(contact, purpose, ConsentEventKind::Refreshed, r);
}

Result<int> ConsentService::grantMany(const QList<crm::ContactId>& contacts, const QList<ConsentCapture>& consents)
{
    security::Mutation m {QStringLiteral("consent.grant"), QStringLiteral("contact")};
    m.permission = security::Permission::EditContacts;
    if (auto allowed = m_gate.require(m); !allowed) {
        return allowed.error();
    }
    if (contacts.isEmpty() || consents.isEmpty()) {
        return 0;
    }
    const qint64 now = m_clock.nowMs();
    return m_gate.apply<int>(m, [&](Database& db, security::Mutation& mutation) -> Result<int> {
        QList<Prepared> prepared;
        QStringList purposeUids;
        QStringList methods;
        for (const ConsentCapture& c : consents) {
            auto p = prepare(db, ConsentEventKind::Granted, c.purpose, c.record, now);
            if (!p) {
                return p.error();
            }
            prepared.append(*p);
            if (!purposeUids.contains(p->purposeUid)) {
                purposeUids.append(p->purposeUid);
            }
            if (!methods.contains(ConsentService::methodName(p->method))) {
                methods.append(ConsentService::methodName(p->method));
            }
        }
        int written = 0;
        QString onlyUid;
        for (const crm::ContactId contact : contacts) {
            auto uid = contactUid(db, contact);
            if (!uid) {
                return uid.error();
            }
            onlyUid = *uid;
            for (const Prepared& p : prepared) {
                if (auto e = append(db, contact, p, m_gate.actor().uid, now); !e) {
                    return e.error();
                }
                ++written;
            }
        }
        if (contacts.size() == 1) {
            mutation.entityUid = onlyUid;
        }
        mutation.count = written;
        mutation.note = QStringLiteral("purpose=%1 method=%2")
                            .arg(purposeUids.join(QLatin1Char(',')), methods.join(QLatin1Char(',')));
        if (contacts.size() > 1) {
            mutation.note += QStringLiteral(" contacts=%1").arg(contacts.size());
        }
        return written;
    });
}

Result<crm::Contact> ConsentService::createWithConsents(crm::ContactService& contacts,
                                                        crm::Contact contact,
                                                        const QList<ConsentCapture>& consents)
{
    if (consents.isEmpty()) {
        return contacts.create(std::move(contact));
    }
    security::Mutation m {QStringLiteral("consent.grant"), QStringLiteral("contact")};
    m.permission = security::Permission::EditContacts;
    if (auto allowed = m_gate.require(m); !allowed) {
        return allowed.error();
    }
    if (auto seeded = m_purposes.list(); !seeded) {
        return seeded.error();
    }
    const qint64 now = m_clock.nowMs();
    // The contact and its consents in one transaction: the contact's own write joins this one.
    return m_gate.apply<crm::Contact>(m, [&](Database& db, security::Mutation& mutation) -> Result<crm::Contact> {
        QList<Prepared> prepared;
        QStringList purposeUids;
        QStringList methods;
        for (const ConsentCapture& c : consents) {
            auto p = prepare(db, ConsentEventKind::Granted, c.purpose, c.record, now);
            if (!p) {
                return p.error();
            }
            prepared.append(*p);
            if (!purposeUids.contains(p->purposeUid)) {
                purposeUids.append(p->purposeUid);
            }
            if (!methods.contains(ConsentService::methodName(p->method))) {
                methods.append(ConsentService::methodName(p->method));
            }
        }
        auto created = contacts.create(std::move(contact));
        if (!created) {
            return created.error();
        }
        for (const Prepared& p : prepared) {
            if (auto e = append(db, created->id, p, m_gate.actor().uid, now); !e) {
                return e.error();
            }
        }
        mutation.entityUid = created->uid;
        mutation.count = prepared.size();
        mutation.note = QStringLiteral("purpose=%1 method=%2")
                            .arg(purposeUids.join(QLatin1Char(',')), methods.join(QLatin1Char(',')));
        return created;
    });
}

Result<QList<ConsentEvent>> ConsentService::history(crm::ContactId contact, std::optional<PurposeId> purpose)
{
    if (auto allowed = mayView(m_gate); !allowed) {
        return allowed.error();
    }
    if (auto uid = contactUid(m_gate.db(), contact); !uid) {
        return uid.error();
    }
    return readEvents(m_gate.db(),
                      purpose ? QStringLiteral("WHERE e.contact_id = ?1 AND e.purpose_id = ?2 "
                                               "ORDER BY e.at DESC, e.id DESC")
                              : QStringLiteral("WHERE e.contact_id = ?1 ORDER BY e.at DESC, e.id DESC"),
                      [&](Statement& s) {
                          s.bind(1, contact.value);
                          if (purpose) {
                              s.bind(2, purpose->value);
                          }
                      });
}

Result<ConsentState> ConsentService::state(crm::ContactId contact, PurposeId purposeId)
{
    auto purpose = m_purposes.get(purposeId);
    if (!purpose) {
        return purpose.error();
    }
    if (auto uid = contactUid(m_gate.db(), contact); !uid) {
        return uid.error();
    }
    auto latest = latestEvent(m_gate.db(), contact, purposeId);
    if (!latest) {
        return latest.error();
    }
    ConsentState st;
    st.purpose = *purpose;
    st.latest = *latest;
    st.status = statusOf(*latest, m_clock.nowMs());
    return st;
}

Result<QList<ConsentState>> ConsentService::states(crm::ContactId contact)
{
    auto purposes = m_purposes.list(true);
    if (!purposes) {
        return purposes.error();
    }
    if (auto uid = contactUid(m_gate.db(), contact); !uid) {
        return uid.error();
    }
    const qint64 now = m_clock.nowMs();
    QList<ConsentState> out;
    for (const Purpose& p : *purposes) {
        auto latest = latestEvent(m_gate.db(), contact, p.id);
        if (!latest) {
            return latest.error();
        }
        if (p.archived && !*latest) {
            continue;
        }
        ConsentState st;
        st.purpose = p;
        st.latest = *latest;
        st.status = statusOf(*latest, now);
        out.append(st);
    }
    return out;
}

Result<QList<ConsentRefreshDue>> ConsentService::refreshDue(int withinDays)
{
    if (auto allowed = mayView(m_gate); !allowed) {
        return allowed.error();
    }
    if (withinDays < 0) {
        return makeError(ErrorKind::Invalid, tr("The number of days ahead cannot be negative."));
    }
    const qint64 now = m_clock.nowMs();
    const qint64 until = now + qint64(withinDays) * 24 * 60 * 60 * 1000;
    auto s = m_gate.db().prepare(
        "SELECT c.id, c.uid, c.given_name, c.family_name, p.id, p.uid, p.name, e.expires_at "
        "FROM consent_events AS e JOIN contacts AS c ON c.id = e.contact_id "
        "JOIN purposes AS p ON p.id = e.purpose_id "
        "WHERE p.archived = 0 AND e.kind IN ('granted', 'refreshed') AND e.expires_at IS NOT NULL "
        "AND e.expires_at <= ?1 AND e.id = (SELECT l.id FROM consent_events AS l WHERE l.contact_id = e.contact_id "
        "AND l.purpose_id = e.purpose_id ORDER BY l.at DESC, l.id DESC LIMIT 1) "
        "ORDER BY e.expires_at, c.id, p.id");
    if (!s) {
        return s.error();
    }
    s->bind(1, until);
    QList<ConsentRefreshDue> out;
    while (true) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            break;
        }
        ConsentRefreshDue due;
        due.contactId = crm::ContactId {s->int64(0)};
        due.contactUid = s->text(1);
        due.contactName = QStringList {s->text(2), s->text(3)}.join(QLatin1Char(' ')).trimmed();
        due.purposeId = PurposeId {s->int64(4)};
        due.purposeUid = s->text(5);
        due.purposeName = s->text(6);
        due.expiresAtMs = s->int64(7);
        due.expired = due.expiresAtMs <= now;
        out.append(due);
    }
    return out;
}

} // namespace confidant::privacy
