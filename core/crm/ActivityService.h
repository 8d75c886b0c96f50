#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/crm/Activity.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <utility>
#include <vector>

namespace confidant::storage {
class Statement;
}

namespace confidant::security {
class MutationGate;
}

namespace confidant::crm {

//! Calls, meetings, emails, notes and tasks linked to contacts, companies and deals: logging, editing,
//! completing tasks, timelines (newest first, keyset-paged), "My day" and due reminders. Writes go
//! through the MutationGate (activity.create/update/delete, task.done/task.reopen; "edit contacts"),
//! reads need "view contacts".
class ActivityService
{
    Q_DECLARE_TR_FUNCTIONS(ActivityService)

public:
    static constexpr int kMaxSubjectLength = 500;
    static constexpr int kMaxBodyLength = 100000;

    ActivityService(security::MutationGate& gate, const Clock& clock);

    //! Logs an activity or adds a task. Links name their records by uid (NotFound when one is missing);
    //! an empty owner becomes the acting profile; `atMs` 0 becomes now (a task's is its due time).
    Result<Activity> add(Activity activity);
    //! Adds many activities in one transaction (benchmarks, imports): all or nothing. Links may name
    //! records by id (not checked; faster) or uid. Audited once as activity.create_many with the count.
    Result<int> addMany(const std::vector<Activity>& activities);
    Result<Activity> get(ActivityId id) const;
    Result<Activity> getByUid(const QString& uid) const;
    //! Saves subject, body, times, owner and links; the audit entry names the fields that changed.
    Result<Activity> update(Activity activity);
    Result<void> remove(ActivityId id);
    //! Marks a task done now (task.done); Invalid for other kinds.
    Result<Activity> complete(ActivityId id);
    //! Marks a done task open again (task.reopen).
    Result<Activity> reopen(ActivityId id);

    //! The activities linked to one record, newest first (ties: newest id first); `after` is the previous
    //! page's `nextCursor`. One index range scan over activity_links.
    Result<ActivityPage> timeline(EntityType type, qint64 entityId, int limit, const QString& after = {}) const;
    //! The same, naming the record by uid (NotFound when there is none).
    Result<ActivityPage>
    timeline(EntityType type, const QString& entityUid, int limit, const QString& after = {}) const;
    //! A profile's activities of every kind, newest first.
    Result<ActivityPage> recent(const QString& ownerUid, int limit, const QString& after = {}) const;
    //! `profileUid`'s open tasks due before the end of the local calendar day of `nowMs` in `zone`.
    Result<MyDay>
    myDay(const QString& profileUid, qint64 nowMs, const QTimeZone& zone = QTimeZone::systemTimeZone()) const;
    //! `profileUid`'s open tasks whose reminder time has come (remind_at <= nowMs), oldest first.
    Result<QList<Activity>> dueReminders(const QString& profileUid, qint64 nowMs) const;
    //! Tasks by state, owner and due time, earliest due first.
    Result<QList<Activity>> tasks(const TaskQuery& query) const;
    //! The id of the record `uid` names, or NotFound.
    Result<qint64> resolve(EntityType type, const QString& uid) const;
    //! The label (name or deal title) of a record, for views; empty when it is gone.
    Result<EntityRef> describe(EntityType type, qint64 id) const;

    //! The start and end (exclusive) of the local calendar day of `nowMs` in `zone`, UTC milliseconds.
    static std::pair<qint64, qint64> dayBounds(qint64 nowMs, const QTimeZone& zone);

private:
    Result<void> validate(Activity& activity) const;
    Result<void> resolveLinks(QList<EntityRef>& links) const;
    Result<void> loadLinks(QList<Activity>& rows) const;
    Result<ActivityPage> readPage(storage::Statement& s, int limit, const QString& tag) const;

    security::MutationGate& m_gate;
    const Clock& m_clock;
};

} // namespace confidant::crm
