#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/crm/Contact.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace confidant::security {
class MutationGate;
}

namespace confidant::crm {

//! Deals of one currency: how many, their value in minor units, and that value weighted by the stage
//! probability (open deals only; 0 for closed ones).
struct CurrencyTotal
{
    QString currency;
    qint64 count = 0;
    qint64 valueMinor = 0;
    qint64 weightedMinor = 0;
};

//! The total of `currency` in `totals`, or an empty one.
CurrencyTotal totalIn(const QList<CurrencyTotal>& totals, const QString& currency);

//! A pipeline as the dashboard's selector lists it.
struct DashboardPipeline
{
    qint64 id = 0;
    QString uid;
    QString name;
    qint64 openDeals = 0;
};

//! The open deals of one stage, per currency (sorted by currency code).
struct StageValue
{
    qint64 stageId = 0;
    QString uid;
    QString name;
    int position = 0;
    int probability = 0;
    //! Open deals in this stage, all currencies together.
    qint64 count = 0;
    QList<CurrencyTotal> totals;
};

//! Open pipeline value per stage, in stage order.
struct PipelineValue
{
    qint64 pipelineId = 0;
    QString name;
    QList<StageValue> stages;
};

//! Deals closed in one calendar quarter (local time): [fromMs, toMs).
struct ClosedQuarter
{
    int year = 0;
    int quarter = 0; // 1..4
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QList<CurrencyTotal> won;
    QList<CurrencyTotal> lost;

    qint64 wonCount() const;
    qint64 lostCount() const;
};

//! This quarter so far and the whole previous one, for comparison.
struct QuarterComparison
{
    ClosedQuarter current;
    ClosedQuarter previous;
};

//! Open tasks due before today (local) and due today.
struct TaskCounts
{
    qint64 overdue = 0;
    qint64 dueToday = 0;
};

struct TasksDue
{
    //! Tasks owned by the acting profile.
    TaskCounts mine;
    //! Everyone's tasks, the acting profile's included.
    TaskCounts everyone;
};

//! A contact with its latest touch: its own last edit, or the latest (past) activity linked to it.
struct RecentContact
{
    ContactId id;
    QString uid;
    QString displayName;
    qint64 updatedAtMs = 0;
    std::optional<qint64> lastActivityAtMs;

    qint64 touchedAtMs() const
    {
        return lastActivityAtMs ? std::max(updatedAtMs, *lastActivityAtMs) : updatedAtMs;
    }
};

//! The currencies the dashboard can show, and the one it shows first.
struct CurrencyChoice
{
    //! Every currency of an open deal, or of a deal closed this or last quarter; sorted.
    QStringList currencies;
    //! The currency most open deals are in (then: most open value in major units, most deals closed lately);
    //! empty when there are no deals.
    QString preferred;
};

//! Everything the dashboard shows, read at once.
struct DashboardSnapshot
{
    QList<DashboardPipeline> pipelines;
    //! The pipeline asked for, else the first one; empty (no stages) when there is no pipeline.
    PipelineValue pipeline;
    QuarterComparison quarters;
    TasksDue tasks;
    QList<RecentContact> recentContacts;
    CurrencyChoice currencies;
    //! Whether the vault has any deal at all (open or closed); false: the dashboard shows its empty state.
    bool hasDeals = false;
};

//! Read-only figures for the dashboard (issue #5): open pipeline value per stage, deals won and lost
//! this quarter against the last one, tasks due, recently touched contacts. Every read needs "view
//! contacts". Quarters and days are those of the local time zone at the Clock's now.
class DashboardService
{
    Q_DECLARE_TR_FUNCTIONS(DashboardService)

public:
    DashboardService(security::MutationGate& gate, const Clock& clock);

    //! Pipelines in their order, with their open-deal counts.
    Result<QList<DashboardPipeline>> pipelines() const;
    //! Open deals of the pipeline per stage and currency. NotFound for an unknown pipeline.
    Result<PipelineValue> pipelineValue(qint64 pipelineId) const;
    //! Deals won and lost in the current calendar quarter and the previous one, by `closed_at`.
    Result<QuarterComparison> closedByQuarter() const;
    //! Open tasks (kind 'task', not done) overdue and due today.
    Result<TasksDue> tasksDue() const;
    //! The `limit` most recently touched contacts, latest first.
    Result<QList<RecentContact>> recentContacts(int limit = 10) const;
    Result<CurrencyChoice> currencies() const;
    Result<bool> hasDeals() const;
    //! All of the above; `pipelineId` chooses the pipeline (default: the first).
    Result<DashboardSnapshot> snapshot(std::optional<qint64> pipelineId = std::nullopt) const;

    //! The calendar quarter containing `local` (local time): its first instant and the next quarter's.
    static ClosedQuarter quarterOf(const QDateTime& local);
    //! Digits after the decimal point of an ISO-4217 currency (JPY 0, KWD 3, most 2).
    static int currencyExponent(const QString& currency);
    //! `minor` units of `currency` as a number of major units (12345 EUR cents: 123.45).
    static double toMajor(qint64 minor, const QString& currency);

private:
    Result<void> mayView(const char* action) const;
    Result<ClosedQuarter> closedIn(ClosedQuarter quarter) const;

    security::MutationGate& m_gate;
    const Clock& m_clock;
};

} // namespace confidant::crm
