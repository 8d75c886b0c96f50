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
