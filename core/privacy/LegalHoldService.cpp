#include "LegalHoldService.h"

#include "core/security/MutationGate.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <QDateTime>
#include <QUuid>

namespace confidant::privacy {

using storage::Database;
using storage::Statement;

namespace {

constexpr const char* kColumns = "uid, entity_type, entity_uid, reason, until, created_by, created_at, released_at";

LegalHold readHold(const Statement& s)
{
    LegalHold h;
    h.uid = s.text(0);
    h.entityType = s.text(1);
    h.entityUid = s.text(2);
    h.reason = s.text(3);
    if (!s.isNull(4)) {
        const QDate d = QDate::fromString(s.text(4), Qt::ISODate);
        if (d.isValid()) {
            h.until = d;
        }
    }
    h.createdBy = s.text(5);
    h.createdAtMs = s.int64(6);
    if (!s.isNull(7)) {
        h.releasedAtMs = s.int64(7);
    }
    return h;
}

Result<QList<LegalHold>> readHolds(Statement& s)
{
    QList<LegalHold> out;
    while (true) {
        auto step = s.step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            return out;
        }
        out.append(readHold(s));
    }
}

QDate todayOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
}

const char* tableOf(const QString& entityType)
{
    if (entityType == QLatin1String("contact")) {
        return "contacts";
    }
    if (entityType == QLatin1String("company")) {
        return "companies";
    }
    if (entityType == QLatin1String("deal")) {
        return "deals";
    }
    if (entityType == QLatin1String("activity")) {
        return "activities";
    }
    return nullptr;
}

// The holds a delete of one record has to respect (?1: its id): on the record itself (`own`), and on the records
// linked to it, whose links the delete would take away (foreign keys SET NULL or CASCADE, the link triggers).
const char* linkedHoldsWhere(const QString& entityType)
{
    if (entityType == QLatin1String("deal")) {
        return "(h.entity_type = 'deal' AND h.entity_uid IN (SELECT uid FROM deals WHERE id = ?1)) "
               "OR (h.entity_type = 'contact' AND h.entity_uid IN (SELECT c.uid FROM deal_contacts AS x "
               "JOIN contacts AS c ON c.id = x.contact_id WHERE x.deal_id = ?1)) "
               "OR (h.entity_type = 'company' AND h.entity_uid IN (SELECT co.uid FROM deals AS d "
               "JOIN companies AS co ON co.id = d.company_id WHERE d.id = ?1)) "
               "OR (h.entity_type = 'activity' AND h.entity_uid IN (SELECT a.uid FROM activity_links AS l "
               "JOIN activities AS a ON a.id = l.activity_id WHERE l.entity_type = 'deal' AND l.entity_id = ?1))";
    }
    if (entityType == QLatin1String("company")) {
        return "(h.entity_type = 'company' AND h.entity_uid IN (SELECT uid FROM companies WHERE id = ?1)) "
               "OR (h.entity_type = 'contact' AND h.entity_uid IN (SELECT uid FROM contacts WHERE company_id = ?1)) "
               "OR (h.entity_type = 'deal' AND h.entity_uid IN (SELECT uid FROM deals WHERE company_id = ?1)) "
               "OR (h.entity_type = 'activity' AND h.entity_uid IN (SELECT a.uid FROM activity_links AS l "
               "JOIN activities AS a ON a.id = l.activity_id WHERE l.entity_type = 'company' AND l.entity_id = ?1))";
    }
    if (entityType == QLatin1String("activity")) {
        return "(h.entity_type = 'activity' AND h.entity_uid IN (SELECT uid FROM activities WHERE id = ?1)) "
               "OR (h.entity_type = 'contact' AND h.entity_uid IN (SELECT c.uid FROM activity_links AS l "
               "JOIN contacts AS c ON c.id = l.entity_id WHERE l.activity_id = ?1 AND l.entity_type = 'contact')) "
               "OR (h.entity_type = 'company' AND h.entity_uid IN (SELECT co.uid FROM activity_links AS l "
               "JOIN companies AS co ON co.id = l.entity_id WHERE l.activity_id = ?1 AND l.entity_type = 'company')) "
               "OR (h.entity_type = 'deal' AND h.entity_uid IN (SELECT d.uid FROM activity_links AS l "
               "JOIN deals AS d ON d.id = l.entity_id WHERE l.activity_id = ?1 AND l.entity_type = 'deal'))";
    }
    return nullptr;
}

} // namespace

LegalHoldService::LegalHoldService(security::MutationGate& gate, const Clock& clock)
    : m_gate(gate)
    , m_clock(clock)
{
}

QStringList LegalHoldService::entityTypes()
{
    return {QStringLiteral("contact"), QStringLiteral("company"), QStringLiteral("deal"), QStringLiteral("activity")};
}

Result<LegalHold> LegalHoldService::add(const QString& entityType,
                                        const QString& entityUid,
                                        const QString& reason,
                                        std::optional<QDate> until)
{
    const QString type = entityType.trimmed().toLower();
    security::Mutation m {QStringLiteral("hold.add"), QStringLiteral("legal_hold")};
    m.permission = security::Permission::Erase;
    if (auto allowed = m_gate.require(m); !allowed) {
        return allowed.error();
    }
    const char* table = tableOf(type);
    if (!table) {
        return makeError(ErrorKind::Invalid,
                         tr("A legal hold is for a contact, company, deal or activity; \"%1\" is none of them.")
                             .arg(entityType.left(40)));
    }
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty()) {
        return makeError(ErrorKind::Invalid,
                         tr("A legal hold needs a reason (for example \"tax records, 10 years\"); give one."));
    }
    if (trimmed.size() > kMaxReasonLength) {
        return makeError(ErrorKind::Invalid,
                         tr("The reason is longer than %1 characters; shorten it.").arg(kMaxReasonLength));
    }
    const qint64 now = m_clock.nowMs();
    if (until && (!until->isValid() || *until < todayOf(now))) {
        return makeError(ErrorKind::Invalid, tr("The hold's end date lies in the past; give today or a later day."));
    }
    auto exists = m_gate.db().prepare(QStringLiteral("SELECT 1 FROM %1 WHERE uid = ?1").arg(QLatin1String(table)));
    if (!exists) {
        return exists.error();
    }
    exists->bind(1, entityUid.trimmed());
    auto found = exists->step();
    if (!found) {
        return found.error();
    }
    if (*found != Statement::Step::Row) {
        return makeError(ErrorKind::NotFound, tr("There is no %1 with that uid; check it and try again.").arg(type));
    }
    LegalHold hold;
    hold.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    hold.entityType = type;
    hold.entityUid = entityUid.trimmed();
    hold.reason = trimmed;
    hold.until = until;
    hold.createdBy = m_gate.actor().uid;
    hold.createdAtMs = now;
    m.entityUid = hold.uid;
    m.fields = {QStringLiteral("reason")};
    m.note = QStringLiteral("entity=%1:%2").arg(type, hold.entityUid);
    return m_gate.apply<LegalHold>(m, [&](Database& db, security::Mutation&) -> Result<LegalHold> {
        auto s = db.prepare("INSERT INTO legal_holds (uid, entity_type, entity_uid, reason, until, created_by, "
                            "created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        if (!s) {
            return s.error();
        }
        s->bind(1, hold.uid).bind(2, hold.entityType).bind(3, hold.entityUid).bind(4, hold.reason);
        if (hold.until) {
            s->bind(5, hold.until->toString(Qt::ISODate));
        } else {
            s->bindNull(5);
        }
        s->bind(6, hold.createdBy).bind(7, hold.createdAtMs);
        if (auto r = s->run(); !r) {
            return r.error();
        }
        return hold;
    });
}

Result<QList<LegalHold>> LegalHoldService::list(bool includeInactive) const
{
    security::Mutation read {QStringLiteral("hold.list"), QStringLiteral("legal_hold")};
    read.permission = security::Permission::HandleRequests;
    if (auto allowed = m_gate.require(read); !allowed) {
        return allowed.error();
    }
    auto s = m_gate.db().prepare(
        QStringLiteral("SELECT %1 FROM legal_holds ORDER BY created_at, id").arg(QLatin1String(kColumns)));
    if (!s) {
        return s.error();
    }
    auto all = readHolds(*s);
    if (!all || includeInactive) {
        return all;
    }
    const QDate today = todayOf(m_clock.nowMs());
    QList<LegalHold> active;
    for (const auto& h : *all) {
        if (h.isActive(today)) {
            active.append(h);
        }
    }
    return active;
}

Result<LegalHold> LegalHoldService::release(const QString& holdUid)
{
    security::Mutation m {QStringLiteral("hold.release"), QStringLiteral("legal_hold"), holdUid.trimmed()};
    m.permission = security::Permission::Erase;
    if (auto allowed = m_gate.require(m); !allowed) {
        return allowed.error();
    }
    auto s
        = m_gate.db().prepare(QStringLiteral("SELECT %1 FROM legal_holds WHERE uid = ?1").arg(QLatin1String(kColumns)));
    if (!s) {
        return s.error();
    }
    s->bind(1, holdUid.trimmed());
    auto rows = readHolds(*s);
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty()) {
        return makeError(ErrorKind::NotFound, tr("There is no legal hold with that uid; list them with: hold list."));
    }
    LegalHold hold = rows->first();
    if (hold.releasedAtMs) {
        return makeError(ErrorKind::Invalid, tr("That legal hold was released already; nothing was changed."));
    }
    hold.releasedAtMs = m_clock.nowMs();
    m.note = QStringLiteral("entity=%1:%2").arg(hold.entityType, hold.entityUid);
    auto released = m_gate.apply<LegalHold>(m, [&](Database& db, security::Mutation&) -> Result<LegalHold> {
        auto u = db.prepare("UPDATE legal_holds SET released_at = ?1 WHERE uid = ?2 AND released_at IS NULL");
        if (!u) {
            return u.error();
        }
        u->bind(1, *hold.releasedAtMs).bind(2, hold.uid);
        if (auto r = u->run(); !r) {
            return r.error();
        }
        return hold;
    });
    if (!released || !m_released) {
        return released;
    }
    // What the hold kept back is erased now, in a transaction of its own: the queue row stays until it ran.
    if (auto ran = m_released(); !ran) {
        Error e = ran.error();
        e.message = tr("The legal hold %1 was released, but the erasure it kept back could not run yet: %2 It runs "
                       "again when the vault is next opened.")
                        .arg(hold.uid, e.message);
        return e;
    }
    return released;
}

Result<void> LegalHoldService::refuseDeleteOfHeld(
    Database& db, const QString& entityType, qint64 entityId, const QString& entityUid, const QDate& today)
{
    const char* where = linkedHoldsWhere(entityType);
    if (!where) {
        // A record type this check does not know: refuse rather than delete what a hold might keep.
        return makeError(ErrorKind::Unsupported,
                         tr("Confidant cannot tell whether a legal hold keeps this record; nothing was deleted. "
                            "Update Confidant."));
    }
    // Art. 17(3)(e): a hold keeps a record for a legal obligation or claim; a plain delete may not undo that.
    // Not filtered by `until` in SQL: isActive() decides, as for the erasure, so a day that does not parse
    // keeps the record held.
    auto s = db.prepare(QStringLiteral("SELECT h.uid, h.entity_type, h.entity_uid, h.reason, h.until, h.created_by, "
                                       "h.created_at, h.released_at FROM legal_holds AS h WHERE h.released_at IS NULL "
                                       "AND (%1) ORDER BY (h.entity_type = ?2 AND h.entity_uid = ?3) DESC, "
                                       "h.created_at, h.id")
                            .arg(QLatin1String(where)));
    if (!s) {
        return s.error();
    }
    s->bind(1, entityId).bind(2, entityType).bind(3, entityUid);
    auto rows = readHolds(*s);
    if (!rows) {
        return rows.error();
    }
    for (const LegalHold& h : *rows) {
        if (!h.isActive(today)) {
            continue;
        }
        const bool own = h.entityType == entityType && h.entityUid == entityUid;
        if (own) {
            if (entityType == QLatin1String("deal")) {
                return makeError(ErrorKind::Conflict,
                                 tr("Deal %1 is kept under the legal hold %2 and cannot be deleted; release the hold "
                                    "first (hold release). Nothing was deleted.")
                                     .arg(entityUid, h.uid));
            }
            if (entityType == QLatin1String("company")) {
                return makeError(ErrorKind::Conflict,
                                 tr("Company %1 is kept under the legal hold %2 and cannot be deleted; release the "
                                    "hold first (hold release). Nothing was deleted.")
                                     .arg(entityUid, h.uid));
            }
            return makeError(ErrorKind::Conflict,
                             tr("Activity %1 is kept under the legal hold %2 and cannot be deleted; release the hold "
                                "first (hold release). Nothing was deleted.")
                                 .arg(entityUid, h.uid));
        }
        const QString linked = h.entityType + QLatin1Char(':') + h.entityUid;
        if (entityType == QLatin1String("deal")) {
            return makeError(ErrorKind::Conflict,
                             tr("Deal %1 cannot be deleted: the legal hold %2 keeps the linked record %3 with its "
                                "links; release the hold first (hold release). Nothing was deleted.")
                                 .arg(entityUid, h.uid, linked));
        }
        if (entityType == QLatin1String("company")) {
            return makeError(ErrorKind::Conflict,
                             tr("Company %1 cannot be deleted: the legal hold %2 keeps the linked record %3 with its "
                                "links; release the hold first (hold release). Nothing was deleted.")
                                 .arg(entityUid, h.uid, linked));
        }
        return makeError(ErrorKind::Conflict,
                         tr("Activity %1 cannot be deleted: the legal hold %2 keeps the linked record %3 with its "
                            "links; release the hold first (hold release). Nothing was deleted.")
                             .arg(entityUid, h.uid, linked));
    }
    return {};
}

Result<QHash<QString, LegalHold>> LegalHoldService::activeHolds(Database& db, const QDate& today)
{
    auto s = db.prepare(QStringLiteral("SELECT %1 FROM legal_holds WHERE released_at IS NULL ORDER BY created_at, id")
                            .arg(QLatin1String(kColumns)));
    if (!s) {
        return s.error();
    }
    auto rows = readHolds(*s);
    if (!rows) {
        return rows.error();
    }
    QHash<QString, LegalHold> out;
    for (const auto& h : *rows) {
        const QString key = h.entityType + QLatin1Char(':') + h.entityUid;
        if (h.isActive(today) && !out.contains(key)) {
            out.insert(key, h);
        }
    }
    return out;
}

} // namespace confidant::privacy
