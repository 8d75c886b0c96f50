#pragma once

#include <QList>
#include <QString>

#include <compare>
#include <optional>

namespace confidant::crm {

struct ActivityId
{
    qint64 value = 0;
    auto operator<=>(const ActivityId&) const = default;
};

//! What was logged. Stored by its name (`activityKindName`): call, meeting, email, note, task.
enum class ActivityKind
{
    Call,
    Meeting,
    Email, //!< logged, never sent
    Note,
    Task,
};

//! The records an activity can be linked to (activity_links.entity_type).
enum class EntityType
{
    Contact,
    Company,
    Deal,
};

//! A link from an activity to a contact, company or deal. On write `uid` (or, for bulk inserts, `id`)
//! names the record; on read both are filled, with `label` (the record's name or deal title) for views.
struct EntityRef
{
    EntityType type = EntityType::Contact;
    QString uid;
    qint64 id = 0;
    QString label;
    bool operator==(const EntityRef& other) const
    {
        return type == other.type && uid == other.uid && id == other.id;
    }
};

//! A call, meeting, email, note or task. `atMs` orders timelines: when it happened, or for a task its
//! due time. Times are UTC milliseconds.
struct Activity
{
    ActivityId id;
    QString uid;
    ActivityKind kind = ActivityKind::Note;
    QString subject;
    QString body;
    //! When it happened (0 on write: now). For a task the service sets it to `dueAtMs`.
    qint64 atMs = 0;
    std::optional<qint64> dueAtMs;
    std::optional<qint64> remindAtMs;
    std::optional<qint64> doneAtMs;
    //! The profile it belongs to; empty on write: the acting profile.
    QString ownerUid;
    QString source;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    QList<EntityRef> links;

    bool isTask() const
    {
        return kind == ActivityKind::Task;
    }
    bool isDone() const
    {
        return doneAtMs.has_value();
    }
};

//! One page of a timeline or list, newest first.
struct ActivityPage
{
    QList<Activity> rows;
    //! Empty when this is the last page.
    QString nextCursor;
};

//! The acting profile's open tasks for "My day".
struct MyDay
{
    //! Due before the start of today (local calendar day), oldest first.
    QList<Activity> overdue;
    //! Due today, earliest first.
    QList<Activity> dueToday;
};

enum class TaskState
{
    Open,
    Done,
    All,
};

struct TaskQuery
{
    TaskState state = TaskState::Open;
    //! Only this owner's tasks; empty: everybody's.
    QString ownerUid;
    //! Only tasks due before this instant.
    std::optional<qint64> dueBeforeMs;
    //! Only tasks due at or after this instant.
    std::optional<qint64> dueFromMs;
    int limit = 200;
};

//! Stable names used in the vault, the CLI and the audit trail.
inline QString activityKindName(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Call:
        return QStringLiteral("call");
    case ActivityKind::Meeting:
        return QStringLiteral("meeting");
    case ActivityKind::Email:
        return QStringLiteral("email");
    case ActivityKind::Note:
        return QStringLiteral("note");
    case ActivityKind::Task:
        return QStringLiteral("task");
    }
    return QStringLiteral("note");
}

inline std::optional<ActivityKind> activityKindFromName(const QString& name)
{
    for (auto kind :
         {ActivityKind::Call, ActivityKind::Meeting, ActivityKind::Email, ActivityKind::Note, ActivityKind::Task}) {
        if (activityKindName(kind) == name.trimmed().toLower()) {
            return kind;
        }
    }
    return std::nullopt;
}

inline QString entityTypeName(EntityType type)
{
    switch (type) {
    case EntityType::Contact:
        return QStringLiteral("contact");
    case EntityType::Company:
        return QStringLiteral("company");
    case EntityType::Deal:
        return QStringLiteral("deal");
    }
    return QStringLiteral("contact");
}

inline std::optional<EntityType> entityTypeFromName(const QString& name)
{
    for (auto type : {EntityType::Contact, EntityType::Company, EntityType::Deal}) {
        if (entityTypeName(type) == name) {
            return type;
        }
    }
    return std::nullopt;
}

} // namespace confidant::crm
