#include "ActivityService.h"

#include "core/crm/Paging.h"
#include "core/privacy/LegalHoldService.h"
#include "core/security/MutationGate.h"
#include "core/storage/Statement.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <limits>

namespace confidant::crm {

using storage::Database;
using storage::Statement;

namespace {

constexpr int kMaxPage = 10000;

const QString kEntity = QStringLiteral("activity");

Result<void> mayView(security::MutationGate& gate, const char* action)
{
    security::Mutation read {QString::fromLatin1(action), kEntity};
    read.permission = security::Permission::ViewContacts;
    return gate.require(read);
}

constexpr const char* kColumns = "a.id, a.uid, a.kind, a.subject, a.body, a.at, a.due_at, a.remind_at, a.done_at, "
                                 "a.owner_uid, a.source, a.created_at, a.updated_at";

std::optional<qint64> optionalInt(const Statement& s, int column)
{
    return s.isNull(column) ? std::nullopt : std::optional<qint64>(s.int64(column));
}

Activity readActivity(const Statement& s)
{
    Activity a;
    a.id = ActivityId {s.int64(0)};
    a.uid = s.text(1);
    a.kind = activityKindFromName(s.text(2)).value_or(ActivityKind::Note);
    a.subject = s.text(3);
    a.body = s.text(4);
    a.atMs = s.int64(5);
    a.dueAtMs = optionalInt(s, 6);
    a.remindAtMs = optionalInt(s, 7);
    a.doneAtMs = optionalInt(s, 8);
    a.ownerUid = s.text(9);
    a.source = s.text(10);
    a.createdAtMs = s.int64(11);
    a.updatedAtMs = s.int64(12);
    return a;
}

Result<QList<Activity>> readAll(Statement& s)
{
    QList<Activity> rows;
    while (true) {
        auto step = s.step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            return rows;
        }
        rows.append(readActivity(s));
    }
}

QSet<QPair<int, qint64>> linkKeys(const QList<EntityRef>& links)
{
    QSet<QPair<int, qint64>> keys;
    for (const auto& l : links) {
        keys.insert({static_cast<int>(l.type), l.id});
    }
    return keys;
}

// Field names for the audit trail (never values): those a new activity sets.
QStringList createdFields(const Activity& a)
{
    QStringList names {QStringLiteral("kind"), QStringLiteral("at")};
    if (!a.subject.isEmpty()) {
        names.append(QStringLiteral("subject"));
    }
    if (!a.body.isEmpty()) {
        names.append(QStringLiteral("body"));
    }
    if (a.dueAtMs) {
        names.append(QStringLiteral("due_at"));
    }
    if (a.remindAtMs) {
        names.append(QStringLiteral("remind_at"));
    }
    names.append(QStringLiteral("owner"));
    if (!a.links.isEmpty()) {
        names.append(QStringLiteral("links"));
    }
    return names;
}

// The names of the fields an edit changes.
QStringList changedFields(const Activity& before, const Activity& after)
{
    QStringList names;
    const auto note = [&names](bool changed, const char* name) {
        if (changed) {
            names.append(QString::fromLatin1(name));
        }
    };
    note(before.kind != after.kind, "kind");
    note(before.subject != after.subject, "subject");
    note(before.body != after.body, "body");
    note(before.atMs != after.atMs, "at");
    note(before.dueAtMs != after.dueAtMs, "due_at");
    note(before.remindAtMs != after.remindAtMs, "remind_at");
    note(before.doneAtMs != after.doneAtMs, "done_at");
    note(before.ownerUid != after.ownerUid, "owner");
    note(linkKeys(before.links) != linkKeys(after.links), "links");
    return names;
}

Result<void> writeLinks(Database& db, qint64 activityId, qint64 at, const QList<EntityRef>& links)
{
    auto s = db.prepare("INSERT OR IGNORE INTO activity_links (entity_type, entity_id, at, activity_id) "
                        "VALUES (?1, ?2, ?3, ?4)");
    if (!s) {
        return s.error();
    }
    for (const auto& link : links) {
        s->reset();
        s->bind(1, entityTypeName(link.type)).bind(2, link.id).bind(3, at).bind(4, activityId);
        if (auto r = s->run(); !r) {
            return r;
        }
    }
    return {};
}

void bindActivity(Statement& s, const Activity& a)
{
    s.bind(2, activityKindName(a.kind))
        .bind(3, a.subject)
        .bind(4, a.body)
        .bind(5, a.atMs)
        .bind(6, a.dueAtMs)
        .bind(7, a.remindAtMs)
        .bind(8, a.doneAtMs)
        .bind(9, a.ownerUid)
        .bind(10, a.updatedAtMs);
}

constexpr const char* kInsert = "INSERT INTO activities (uid, kind, subject, body, at, due_at, remind_at, done_at, "
                                "owner_uid, updated_at, source, created_at) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";

} // namespace

ActivityService::ActivityService(security::MutationGate& gate, const Clock& clock)
    : m_gate(gate)
    , m_clock(clock)
{
}

std::pair<qint64, qint64> ActivityService::dayBounds(qint64 nowMs, const QTimeZone& zone)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, zone).date();
    const qint64 start = QDateTime(today, QTime(0, 0), zone).toMSecsSinceEpoch();
    const qint64 end = QDateTime(today.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
    return {start, end};
}

Result<void> ActivityService::validate(Activity& a) const
{
    a.subject = a.subject.trimmed();
    if (a.subject.isEmpty() && a.body.trimmed().isEmpty()) {
        return makeError(ErrorKind::Invalid, tr("Enter a subject or some text; nothing was saved."));
    }
    if (a.subject.size() > kMaxSubjectLength || a.subject.contains(QLatin1Char('\n'))) {
        return makeError(
            ErrorKind::Invalid,
            tr("The subject must be one line of at most %1 characters; shorten it.").arg(kMaxSubjectLength));
    }
    if (a.body.size() > kMaxBodyLength) {
        return makeError(ErrorKind::Invalid,
                         tr("The text is longer than %1 characters; shorten it or split it up.").arg(kMaxBodyLength));
    }
    if (a.isTask()) {
        if (!a.dueAtMs) {
            return makeError(ErrorKind::Invalid, tr("A task needs a due date; add one."));
        }
        if (a.remindAtMs && *a.remindAtMs > *a.dueAtMs) {
            return makeError(ErrorKind::Invalid,
                             tr("The reminder comes after the due time; set it to the due time or earlier."));
        }
        a.atMs = *a.dueAtMs; // a task sits on the timeline at its due time
    } else {
        // Only tasks have a due time, a reminder and a done state.
        a.dueAtMs.reset();
        a.remindAtMs.reset();
        a.doneAtMs.reset();
    }
    return {};
}

Result<qint64> ActivityService::resolve(EntityType type, const QString& uid) const
{
    const char* sql = nullptr;
    QString notFound;
    switch (type) {
    case EntityType::Contact:
        sql = "SELECT id FROM contacts WHERE uid = ?1";
        notFound = tr("No contact has that id; check it with the contact list command.");
        break;
    case EntityType::Company:
        sql = "SELECT id FROM companies WHERE uid = ?1";
        notFound = tr("No company has that id; check it with the company list command.");
        break;
    case EntityType::Deal:
        sql = "SELECT id FROM deals WHERE uid = ?1";
        notFound = tr("No deal has that id; check it with the deal list command.");
        break;
    }
    auto s = m_gate.db().prepare(sql);
    if (!s) {
        return s.error();
    }
    s->bind(1, uid.trimmed().toLower());
    auto step = s->step();
    if (!step) {
        return step.error();
    }
    if (*step == Statement::Step::Done) {
        return makeError(ErrorKind::NotFound, notFound);
    }
    return s->int64(0);
}

Result<EntityRef> ActivityService::describe(EntityType type, qint64 id) const
{
    // A person's name or a deal's title: a read like any other (fail closed without a signed-in profile).
    if (auto allowed = mayView(m_gate, "activity.view"); !allowed) {
        return allowed.error();
    }
    const char* sql = nullptr;
    switch (type) {
    case EntityType::Contact:
        sql = "SELECT uid, trim(given_name || ' ' || family_name) FROM contacts WHERE id = ?1";
        break;
    case EntityType::Company:
        sql = "SELECT uid, name FROM companies WHERE id = ?1";
        break;
    case EntityType::Deal:
        sql = "SELECT uid, title FROM deals WHERE id = ?1";
        break;
    }
    auto s = m_gate.db().prepare(sql);
    if (!s) {
        return s.error();
    }
    s->bind(1, id);
    auto step = s->step();
    if (!step) {
        return step.error();
    }
    EntityRef ref {type, {}, id, {}};
    if (*step == Statement::Step::Row) {
        ref.uid = s->text(0);
        ref.label = s->text(1);
    }
    return ref;
}

Result<void> ActivityService::resolveLinks(QList<EntityRef>& links) const
{
    QList<EntityRef> resolved;
    for (EntityRef link : links) {
        if (link.id == 0) {
            auto id = resolve(link.type, link.uid);
            if (!id) {
                return id.error();
            }
            link.id = *id;
        }
        link.uid = link.uid.trimmed().toLower();
        const bool seen = std::any_of(resolved.cbegin(), resolved.cend(), [&link](const EntityRef& r) {
            return r.type == link.type && r.id == link.id;
        });
        if (!seen) {
            resolved.append(link);
        }
    }
    links = resolved;
    return {};
}

// Runs a query that asked for `limit + 1` rows newest first: the page, its links, and the cursor
// (tagged `tag`, keyed on the last row's time and id) when there is more.
Result<ActivityPage> ActivityService::readPage(Statement& s, int limit, const QString& tag) const
{
    auto rows = readAll(s);
    if (!rows) {
        return rows.error();
    }
    ActivityPage page;
    page.rows = std::move(rows).value();
    if (page.rows.size() > limit) {
        page.rows.removeLast();
        const Activity& last = page.rows.last();
        page.nextCursor = cursor::encode(tag, {last.atMs, last.id.value});
    }
    if (auto r = loadLinks(page.rows); !r) {
        return r.error();
    }
    return page;
}

Result<void> ActivityService::loadLinks(QList<Activity>& rows) const
{
    if (rows.isEmpty()) {
        return {};
    }
    QJsonArray ids;
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        ids.append(rows.at(i).id.value);
        index.insert(rows.at(i).id.value, i);
        rows[i].links.clear();
    }
    auto s = m_gate.db().prepare(
        "SELECT l.activity_id, l.entity_type, l.entity_id, coalesce(c.uid, co.uid, d.uid, ''), "
        "coalesce(trim(c.given_name || ' ' || c.family_name), co.name, d.title, '') "
        "FROM activity_links AS l "
        "LEFT JOIN contacts AS c ON l.entity_type = 'contact' AND c.id = l.entity_id "
        "LEFT JOIN companies AS co ON l.entity_type = 'company' AND co.id = l.entity_id "
        "LEFT JOIN deals AS d ON l.entity_type = 'deal' AND d.id = l.entity_id "
        "WHERE l.activity_id IN (SELECT value FROM json_each(?1)) "
        "ORDER BY l.activity_id, CASE l.entity_type WHEN 'contact' THEN 0 WHEN 'company' THEN 1 ELSE 2 END, "
        "l.entity_id");
    if (!s) {
        return s.error();
    }
    s->bind(1, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    while (true) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            return {};
        }
        const auto at = index.constFind(s->int64(0));
        const auto type = entityTypeFromName(s->text(1));
        if (at == index.constEnd() || !type) {
            continue;
        }
        rows[*at].links.append(EntityRef {*type, s->text(3), s->int64(2), s->text(4)});
    }
}

Result<Activity> ActivityService::add(Activity activity)
{
    if (auto r = validate(activity); !r) {
        return r.error();
    }
    if (auto r = resolveLinks(activity.links); !r) {
        return r.error();
    }
    const qint64 now = m_clock.nowMs();
    activity.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    activity.createdAtMs = activity.updatedAtMs = now;
    if (activity.atMs == 0) {
        activity.atMs = now;
    }
    if (activity.ownerUid.isEmpty()) {
        activity.ownerUid = m_gate.actor().uid;
    }
    activity.doneAtMs.reset();
    security::Mutation m {QStringLiteral("activity.create"), kEntity, activity.uid, createdFields(activity)};
    m.permission = security::Permission::EditContacts;
    m.note = QStringLiteral("kind=%1").arg(activityKindName(activity.kind));
    return m_gate.apply<Activity>(m, [&](Database& db, security::Mutation&) -> Result<Activity> {
        auto s = db.prepare(kInsert);
        if (!s) {
            return s.error();
        }
        s->bind(1, activity.uid).bind(11, activity.source).bind(12, activity.createdAtMs);
        bindActivity(*s, activity);
        if (auto r = s->run(); !r) {
            return r.error();
        }
        activity.id = ActivityId {db.lastInsertRowId()};
        if (auto r = writeLinks(db, activity.id.value, activity.atMs, activity.links); !r) {
            return r.error();
        }
        return activity;
    });
}

Result<int> ActivityService::addMany(const std::vector<Activity>& activities)
{
    std::vector<Activity> prepared;
    prepared.reserve(activities.size());
    QHash<QString, qint64> idByUid; // one lookup per distinct record in a batch
    const qint64 now = m_clock.nowMs();
    for (Activity a : activities) {
        if (auto r = validate(a); !r) {
            return r.error();
        }
        for (EntityRef& link : a.links) {
            if (link.id != 0) {
                continue;
            }
            const QString key = entityTypeName(link.type) + QLatin1Char(':') + link.uid.trimmed().toLower();
            if (auto known = idByUid.constFind(key); known != idByUid.constEnd()) {
                link.id = *known;
                continue;
            }
            auto id = resolve(link.type, link.uid);
            if (!id) {
                return id.error();
            }
            link.id = *id;
            idByUid.insert(key, *id);
        }
        if (a.atMs == 0) {
            a.atMs = now;
        }
        if (a.ownerUid.isEmpty()) {
            a.ownerUid = m_gate.actor().uid;
        }
        a.createdAtMs = a.createdAtMs ? a.createdAtMs : now;
        a.updatedAtMs = now;
        prepared.push_back(std::move(a));
    }
    security::Mutation m {
        QStringLiteral("activity.create_many"), kEntity, QString(), {}, static_cast<qint64>(prepared.size())};
    m.permission = security::Permission::EditContacts;
    return m_gate.apply<int>(m, [&](Database& db, security::Mutation&) -> Result<int> {
        auto s = db.prepare(kInsert);
        if (!s) {
            return s.error();
        }
        auto link = db.prepare("INSERT OR IGNORE INTO activity_links (entity_type, entity_id, at, activity_id) "
                               "VALUES (?1, ?2, ?3, ?4)");
        if (!link) {
            return link.error();
        }
        int done = 0;
        for (const Activity& a : prepared) {
            s->reset();
            s->bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces)).bind(11, a.source).bind(12, a.createdAtMs);
            bindActivity(*s, a);
            if (auto r = s->run(); !r) {
                return r.error();
            }
            const qint64 id = db.lastInsertRowId();
            for (const EntityRef& ref : a.links) {
                link->reset();
                link->bind(1, entityTypeName(ref.type)).bind(2, ref.id).bind(3, a.atMs).bind(4, id);
                if (auto r = link->run(); !r) {
                    return r.error();
                }
            }
            ++done;
        }
        return done;
    });
}

Result<Activity> ActivityService::get(ActivityId id) const
{
    if (auto allowed = mayView(m_gate, "activity.view"); !allowed) {
        return allowed.error();
    }
    auto s = m_gate.db().prepare(
        QStringLiteral("SELECT %1 FROM activities AS a WHERE a.id = ?1").arg(QLatin1String(kColumns)));
    if (!s) {
        return s.error();
    }
    s->bind(1, id.value);
    auto rows = readAll(*s);
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty()) {
        return makeError(ErrorKind::NotFound, tr("No such activity; it may have been deleted."));
    }
    if (auto r = loadLinks(*rows); !r) {
        return r.error();
    }
    return rows->first();
}

Result<Activity> ActivityService::getByUid(const QString& uid) const
{
    if (auto allowed = mayView(m_gate, "activity.view"); !allowed) {
        return allowed.error();
    }
    auto s = m_gate.db().prepare(
        QStringLiteral("SELECT %1 FROM activities AS a WHERE a.uid = ?1").arg(QLatin1String(kColumns)));
    if (!s) {
        return s.error();
    }
    s->bind(1, uid.trimmed().toLower());
    auto rows = readAll(*s);
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty()) {
        return makeError(ErrorKind::NotFound, tr("No activity or task has that id; check it with the list command."));
    }
    if (auto r = loadLinks(*rows); !r) {
        return r.error();
    }
    return rows->first();
}

Result<Activity> ActivityService::update(Activity activity)
{
    auto existing = get(activity.id);
    if (!existing) {
        return existing.error();
    }
    if (auto r = validate(activity); !r) {
        return r.error();
    }
    if (auto r = resolveLinks(activity.links); !r) {
        return r.error();
    }
    activity.uid = existing->uid;
    activity.source = existing->source;
    activity.createdAtMs = existing->createdAtMs;
    activity.updatedAtMs = m_clock.nowMs();
    if (activity.atMs == 0) {
        activity.atMs = existing->atMs;
    }
    if (activity.ownerUid.isEmpty()) {
        activity.ownerUid = existing->ownerUid;
    }
    activity.doneAtMs = activity.isTask() ? existing->doneAtMs : std::nullopt;
    const QStringList changed = changedFields(*existing, activity);
    if (changed.isEmpty()) {
        return *existing;
    }
    const bool linksChanged = changed.contains(QStringLiteral("links"));
    security::Mutation m {QStringLiteral("activity.update"), kEntity, activity.uid, changed};
    m.permission = security::Permission::EditContacts;
    return m_gate.apply<Activity>(m, [&](Database& db, security::Mutation&) -> Result<Activity> {
        // The trigger activity_links_follow_at moves the links' copy of `at` along.
        auto s = db.prepare("UPDATE activities SET kind = ?2, subject = ?3, body = ?4, at = ?5, due_at = ?6, "
                            "remind_at = ?7, done_at = ?8, owner_uid = ?9, updated_at = ?10 WHERE id = ?1");
        if (!s) {
            return s.error();
        }
        s->bind(1, activity.id.value);
        bindActivity(*s, activity);
        if (auto r = s->run(); !r) {
            return r.error();
        }
        if (linksChanged) {
            auto drop = db.prepare("DELETE FROM activity_links WHERE activity_id = ?1");
            if (!drop) {
                return drop.error();
            }
            if (auto r = drop->bind(1, activity.id.value).run(); !r) {
                return r.error();
            }
            if (auto r = writeLinks(db, activity.id.value, activity.atMs, activity.links); !r) {
                return r.error();
            }
        }
        return activity;
    });
}

Result<void> ActivityService::remove(ActivityId id)
{
    auto existing = get(id);
    if (!existing) {
        return existing.error();
    }
    security::Mutation m {QStringLiteral("activity.delete"), kEntity, existing->uid, {}};
    m.permission = security::Permission::EditContacts;
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC).date();
    return m_gate.apply<void>(m, [&](Database& db, security::Mutation&) -> Result<void> {
        // Art. 17(3)(e): what a legal hold keeps, and its links, outlive a plain delete.
        if (auto held = privacy::LegalHoldService::refuseDeleteOfHeld(
                db, QStringLiteral("activity"), id.value, existing->uid, today);
            !held) {
            return held;
        }
        auto s = db.prepare("DELETE FROM activities WHERE id = ?1"); // links go by ON DELETE CASCADE
        if (!s) {
            return s.error();
        }
        return s->bind(1, id.value).run();
    });
}

Result<Activity> ActivityService::complete(ActivityId id)
{
    auto existing = get(id);
    if (!existing) {
        return existing.error();
    }
    if (!existing->isTask()) {
        return makeError(ErrorKind::Invalid, tr("Only a task can be marked done."));
    }
    if (existing->isDone()) {
        return *existing;
    }
    Activity done = *existing;
    done.doneAtMs = m_clock.nowMs();
    done.updatedAtMs = *done.doneAtMs;
    security::Mutation m {QStringLiteral("task.done"), kEntity, done.uid, {QStringLiteral("done_at")}};
    m.permission = security::Permission::EditContacts;
    return m_gate.apply<Activity>(m, [&](Database& db, security::Mutation&) -> Result<Activity> {
        auto s = db.prepare("UPDATE activities SET done_at = ?2, updated_at = ?2 WHERE id = ?1");
        if (!s) {
            return s.error();
        }
        if (auto r = s->bind(1, id.value).bind(2, *done.doneAtMs).run(); !r) {
            return r.error();
        }
        return done;
    });
}

Result<Activity> ActivityService::reopen(ActivityId id)
{
    auto existing = get(id);
    if (!existing) {
        return existing.error();
    }
    if (!existing->isTask()) {
        return makeError(ErrorKind::Invalid, tr("Only a task can be reopened."));
    }
    if (!existing->isDone()) {
        return *existing;
    }
    Activity open = *existing;
    open.doneAtMs.reset();
    open.updatedAtMs = m_clock.nowMs();
    security::Mutation m {QStringLiteral("task.reopen"), kEntity, open.uid, {QStringLiteral("done_at")}};
    m.permission = security::Permission::EditContacts;
    return m_gate.apply<Activity>(m, [&](Database& db, security::Mutation&) -> Result<Activity> {
        auto s = db.prepare("UPDATE activities SET done_at = NULL, updated_at = ?2 WHERE id = ?1");
        if (!s) {
            return s.error();
        }
        if (auto r = s->bind(1, id.value).bind(2, open.updatedAtMs).run(); !r) {
            return r.error();
        }
        return open;
    });
}

Result<ActivityPage>
ActivityService::timeline(EntityType type, const QString& entityUid, int limit, const QString& after) const
{
    if (auto allowed = mayView(m_gate, "activity.list"); !allowed) {
        return allowed.error();
    }
    auto id = resolve(type, entityUid);
    if (!id) {
        return id.error();
    }
    return timeline(type, *id, limit, after);
}

Result<ActivityPage> ActivityService::timeline(EntityType type, qint64 entityId, int limit, const QString& after) const
{
    if (auto allowed = mayView(m_gate, "activity.list"); !allowed) {
        return allowed.error();
    }
    limit = std::clamp(limit, 1, kMaxPage);
    const QString tag = QStringLiteral("timeline:%1:%2").arg(entityTypeName(type)).arg(entityId);
    const QJsonArray key = cursor::decode(after, tag, 2);
    if (!after.isEmpty() && key.isEmpty()) {
        return makeError(ErrorKind::Invalid,
                         tr("That paging cursor belongs to another timeline; start again without it."));
    }
    // One range scan of activity_links' primary key, newest first; ties in `at` by activity id.
    auto s = m_gate.db().prepare(QStringLiteral("SELECT %1 FROM activity_links AS l JOIN activities AS a ON a.id = "
                                                "l.activity_id WHERE l.entity_type = ?1 AND l.entity_id = ?2 AND "
                                                "(l.at, l.activity_id) < (?3, ?4) ORDER BY l.at DESC, "
                                                "l.activity_id DESC LIMIT ?5")
                                     .arg(QLatin1String(kColumns)));
    if (!s) {
        return s.error();
    }
    s->bind(1, entityTypeName(type))
        .bind(2, entityId)
        .bind(3, key.isEmpty() ? std::numeric_limits<qint64>::max() : key.at(0).toInteger())
        .bind(4, key.isEmpty() ? std::numeric_limits<qint64>::max() : key.at(1).toInteger())
        .bind(5, limit + 1);
    return readPage(*s, limit, tag);
}

Result<ActivityPage> ActivityService::recent(const QString& ownerUid, int limit, const QString& after) const
{
    if (auto allowed = mayView(m_gate, "activity.list"); !allowed) {
        return allowed.error();
    }
    limit = std::clamp(limit, 1, kMaxPage);
    const QString tag = QStringLiteral("recent");
    const QJsonArray key = cursor::decode(after, tag, 2);
    if (!after.isEmpty() && key.isEmpty()) {
        return makeError(ErrorKind::Invalid, tr("That paging cursor belongs to another list; start again without it."));
    }
    auto s = m_gate.db().prepare(QStringLiteral("SELECT %1 FROM activities AS a WHERE a.owner_uid = ?1 AND "
                                                "(a.at, a.id) < (?2, ?3) ORDER BY a.at DESC, a.id DESC LIMIT ?4")
                                     .arg(QLatin1String(kColumns)));
    if (!s) {
        return s.error();
    }
    s->bind(1, ownerUid)
        .bind(2, key.isEmpty() ? std::numeric_limits<qint64>::max() : key.at(0).toInteger())
        .bind(3, key.isEmpty() ? std::numeric_limits<qint64>::max() : key.at(1).toInteger())
        .bind(4, limit + 1);
    return readPage(*s, limit, tag);
}

Result<MyDay> ActivityService::myDay(const QString& profileUid, qint64 nowMs, const QTimeZone& zone) const
{
    if (auto allowed = mayView(m_gate, "task.list"); !allowed) {
        return allowed.error();
    }
    const auto [startOfToday, endOfToday] = dayBounds(nowMs, zone);
    // The partial index activities_open_tasks (owner_uid, due_at) answers this alone.
    auto s = m_gate.db().prepare(QStringLiteral("SELECT %1 FROM activities AS a WHERE a.kind = 'task' AND a.done_at "
                                                "IS NULL AND a.owner_uid = ?1 AND a.due_at < ?2 ORDER BY a.due_at, "
                                                "a.id")
                                     .arg(QLatin1String(kColumns)));
    if (!s) {
        return s.error();
    }
    s->bind(1, profileUid).bind(2, endOfToday);
    auto rows = readAll(*s);
    if (!rows) {
        return rows.error();
    }
    if (auto r = loadLinks(*rows); !r) {
        return r.error();
    }
    MyDay day;
    for (const Activity& a : std::as_const(*rows)) {
        (a.dueAtMs.value_or(0) < startOfToday ? day.overdue : day.dueToday).append(a);
    }
    return day;
}

Result<QList<Activity>> ActivityService::dueReminders(const QString& profileUid, qint64 nowMs) const
{
    if (auto allowed = mayView(m_gate, "task.list"); !allowed) {
        return allowed.error();
    }
    auto s = m_gate.db().prepare(QStringLiteral("SELECT %1 FROM activities AS a WHERE a.remind_at IS NOT NULL AND "
                                                "a.done_at IS NULL AND a.remind_at <= ?1 AND a.owner_uid = ?2 "
                                                "ORDER BY a.remind_at, a.id")
                                     .arg(QLatin1String(kColumns)));
    if (!s) {
        return s.error();
    }
    s->bind(1, nowMs).bind(2, profileUid);
    auto rows = readAll(*s);
    if (!rows) {
        return rows.error();
    }
    if (auto r = loadLinks(*rows); !r) {
        return r.error();
    }
    return rows;
}

Result<QList<Activity>> ActivityService::tasks(const TaskQuery& query) const
{
    if (auto allowed = mayView(m_gate, "task.list"); !allowed) {
        return allowed.error();
    }
    QString sql = QStringLiteral("SELECT %1 FROM activities AS a WHERE a.kind = 'task'").arg(QLatin1String(kColumns));
    if (query.state == TaskState::Open) {
        sql += QStringLiteral(" AND a.done_at IS NULL");
    } else if (query.state == TaskState::Done) {
        sql += QStringLiteral(" AND a.done_at IS NOT NULL");
    }
    if (!query.ownerUid.isEmpty()) {
        sql += QStringLiteral(" AND a.owner_uid = ?1");
    }
    if (query.dueBeforeMs) {
        sql += QStringLiteral(" AND a.due_at < ?2");
    }
    if (query.dueFromMs) {
        sql += QStringLiteral(" AND a.due_at >= ?3");
    }
    sql += QStringLiteral(" ORDER BY a.due_at, a.id LIMIT ?4");
    auto s = m_gate.db().prepare(sql);
    if (!s) {
        return s.error();
    }
    if (!query.ownerUid.isEmpty()) {
        s->bind(1, query.ownerUid);
    }
    if (query.dueBeforeMs) {
        s->bind(2, *query.dueBeforeMs);
    }
    if (query.dueFromMs) {
        s->bind(3, *query.dueFromMs);
    }
    s->bind(4, std::clamp(query.limit, 1, kMaxPage));
    auto rows = readAll(*s);
    if (!rows) {
        return rows.error();
    }
    if (auto r = loadLinks(*rows); !r) {
        return r.error();
    }
    return rows;
}

} // namespace confidant::crm
