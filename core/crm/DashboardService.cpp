#include "DashboardService.h"

#include "core/crm/Deal.h"
#include "core/security/MutationGate.h"
#include "core/storage/Statement.h"

#include <QDate>
#include <QMap>
#include <QTime>

#include <algorithm>
#include <cmath>

namespace confidant::crm {

using storage::Statement;

namespace {

// value × probability / 100, rounded half away from zero, without overflowing for large sums.
qint64 weighted(qint64 valueMinor, int probability)
{
    return static_cast<qint64>(std::llround(static_cast<long double>(valueMinor) * probability / 100.0L));
}

qint64 startOfLocalDay(const QDate& date)
{
    return QDateTime(date, QTime(0, 0), Qt::LocalTime).toMSecsSinceEpoch();
}

} // namespace

CurrencyTotal totalIn(const QList<CurrencyTotal>& totals, const QString& currency)
{
    for (const CurrencyTotal& t : totals) {
        if (t.currency == currency) {
            return t;
        }
    }
    return CurrencyTotal {currency, 0, 0, 0};
}

qint64 ClosedQuarter::wonCount() const
{
    qint64 n = 0;
    for (const auto& t : won) {
        n += t.count;
    }
    return n;
}

qint64 ClosedQuarter::lostCount() const
{
    qint64 n = 0;
    for (const auto& t : lost) {
        n += t.count;
    }
    return n;
}

DashboardService::DashboardService(security::MutationGate& gate, const Clock& clock)
    : m_gate(gate)
    , m_clock(clock)
{
}

Result<void> DashboardService::mayView(const char* action) const
{
    // The dashboard summarises deals, tasks and contacts: it needs what reading them needs.
    security::Mutation read {QString::fromLatin1(action), QStringLiteral("dashboard")};
    read.permission = security::Permission::ViewContacts;
    return m_gate.require(read);
}

int DashboardService::currencyExponent(const QString& currency)
{
    // An unknown code (an old or hand-edited row) is shown with two decimals rather than not at all.
    const int digits = Currency::exponent(currency.trimmed().toUpper());
    return digits < 0 ? 2 : digits;
}

double DashboardService::toMajor(qint64 minor, const QString& currency)
{
    return static_cast<double>(minor) / std::pow(10.0, currencyExponent(currency));
}

ClosedQuarter DashboardService::quarterOf(const QDateTime& local)
{
    const QDate date = local.toLocalTime().date();
    ClosedQuarter q;
    q.year = date.year();
    q.quarter = (date.month() - 1) / 3 + 1;
    const QDate first(q.year, (q.quarter - 1) * 3 + 1, 1);
    q.fromMs = startOfLocalDay(first);
    q.toMs = startOfLocalDay(first.addMonths(3));
    return q;
}

Result<QList<DashboardPipeline>> DashboardService::pipelines() const
{
    if (auto allowed = mayView("dashboard.view"); !allowed) {
        return allowed.error();
    }
    auto s = m_gate.db().prepare("SELECT p.id, p.uid, p.name, "
                                 "(SELECT count(*) FROM deals AS d WHERE d.pipeline_id = p.id AND d.status = 'open') "
                                 "FROM pipelines AS p ORDER BY p.position, p.name COLLATE NOCASE, p.id");
    if (!s) {
        return s.error();
    }
    QList<DashboardPipeline> list;
    for (;;) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            return list;
        }
        list.append({s->int64(0), s->text(1), s->text(2), s->int64(3)});
    }
}

Result<PipelineValue> DashboardService::pipelineValue(qint64 pipelineId) const
{
    if (auto allowed = mayView("dashboard.view"); !allowed) {
        return allowed.error();
    }
    storage::Database& db = m_gate.db();
    PipelineValue value;
    value.pipelineId = pipelineId;
    {
        auto s = db.prepare("SELECT name FROM pipelines WHERE id = ?1");
        if (!s) {
            return s.error();
        }
        s->bind(1, pipelineId);
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            return makeError(ErrorKind::NotFound, tr("No such pipeline; it may have been deleted."));
        }
        value.name = s->text(0);
    }
    // Open stages always show (an empty column is information); won/lost stages only if an open deal
    // sits in one.
    auto stages = db.prepare("SELECT s.id, s.uid, s.name, s.position, s.probability FROM stages AS s "
                             "WHERE s.pipeline_id = ?1 AND (s.kind = 'open' OR EXISTS (SELECT 1 FROM deals AS d "
                             "WHERE d.stage_id = s.id AND d.status = 'open')) ORDER BY s.position, s.id");
    if (!stages) {
        return stages.error();
    }
    stages->bind(1, pipelineId);
    QMap<qint64, int> indexOfStage;
    for (;;) {
        auto step = stages->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            break;
        }
        StageValue stage;
        stage.stageId = stages->int64(0);
        stage.uid = stages->text(1);
        stage.name = stages->text(2);
        stage.position = stages->integer(3);
        stage.probability = stages->integer(4);
        indexOfStage.insert(stage.stageId, int(value.stages.size()));
        value.stages.append(stage);
    }
    auto sums = db.prepare("SELECT stage_id, currency, count(*), sum(value_minor) FROM deals "
                           "WHERE pipeline_id = ?1 AND status = 'open' GROUP BY stage_id, currency "
                           "ORDER BY stage_id, currency");
    if (!sums) {
        return sums.error();
    }
    sums->bind(1, pipelineId);
    for (;;) {
        auto step = sums->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            break;
        }
        const auto it = indexOfStage.constFind(sums->int64(0));
        if (it == indexOfStage.constEnd()) {
            continue; // a deal whose stage belongs to another pipeline: not this pipeline's value
        }
        StageValue& stage = value.stages[*it];
        CurrencyTotal total {sums->text(1), sums->int64(2), sums->int64(3), 0};
        total.weightedMinor = weighted(total.valueMinor, stage.probability);
        stage.count += total.count;
        stage.totals.append(total);
    }
    return value;
}

Result<ClosedQuarter> DashboardService::closedIn(ClosedQuarter quarter) const
{
    auto s = m_gate.db().prepare("SELECT status, currency, count(*), sum(value_minor) FROM deals "
                                 "WHERE closed_at >= ?1 AND closed_at < ?2 AND status IN ('won', 'lost') "
                                 "GROUP BY status, currency");
    if (!s) {
        return s.error();
    }
    s->bind(1, quarter.fromMs).bind(2, quarter.toMs);
    for (;;) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            break;
        }
        const CurrencyTotal total {s->text(1), s->int64(2), s->int64(3), 0};
        (s->text(0) == QLatin1String("won") ? quarter.won : quarter.lost).append(total);
    }
    const auto byCurrency = [](const CurrencyTotal& a, const CurrencyTotal& b) { return a.currency < b.currency; };
    std::sort(quarter.won.begin(), quarter.won.end(), byCurrency);
    std::sort(quarter.lost.begin(), quarter.lost.end(), byCurrency);
    return quarter;
}

Result<QuarterComparison> DashboardService::closedByQuarter() const
{
    if (auto allowed = mayView("dashboard.view"); !allowed) {
        return allowed.error();
    }
    const ClosedQuarter current = quarterOf(m_clock.nowUtc());
    // The day before this quarter began lies in the previous one.
    const ClosedQuarter previous = quarterOf(QDateTime::fromMSecsSinceEpoch(current.fromMs, Qt::LocalTime).addDays(-1));
    QuarterComparison result;
    auto now = closedIn(current);
    if (!now) {
        return now.error();
    }
    auto before = closedIn(previous);
    if (!before) {
        return before.error();
    }
    result.current = std::move(now).value();
    result.previous = std::move(before).value();
    return result;
}

Result<TasksDue> DashboardService::tasksDue() const
{
    if (auto allowed = mayView("dashboard.view"); !allowed) {
        return allowed.error();
    }
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    const qint64 startOfToday = startOfLocalDay(today);
    const qint64 startOfTomorrow = startOfLocalDay(today.addDays(1));
    auto s
        = m_gate.db().prepare("SELECT coalesce(sum(due_at < ?1), 0), coalesce(sum(due_at >= ?1 AND due_at < ?2), 0), "
                              "coalesce(sum(owner_uid = ?3 AND due_at < ?1), 0), "
                              "coalesce(sum(owner_uid = ?3 AND due_at >= ?1 AND due_at < ?2), 0) "
                              "FROM activities WHERE kind = 'task' AND done_at IS NULL AND due_at < ?2");
    if (!s) {
        return s.error();
    }
    s->bind(1, startOfToday).bind(2, startOfTomorrow).bind(3, m_gate.actor().uid);
    auto step = s->step();
    if (!step) {
        return step.error();
    }
    TasksDue due;
    due.everyone = {s->int64(0), s->int64(1)};
    due.mine = {s->int64(2), s->int64(3)};
    return due;
}

Result<QList<RecentContact>> DashboardService::recentContacts(int limit) const
{
    if (auto allowed = mayView("dashboard.view"); !allowed) {
        return allowed.error();
    }
    limit = std::clamp(limit, 1, 200);
    // Candidates from two index range scans (recent edits, recently updated activities), so the cost does
    // not grow with the vault; then the exact latest touch of each. Future activities (a task due next
    // week) are no touch yet.
    auto s = m_gate.db().prepare(R"sql(
WITH candidates (id) AS (
    SELECT id FROM (SELECT id FROM contacts ORDER BY updated_at DESC, id DESC LIMIT ?1)
    UNION
    SELECT l.entity_id
    FROM (SELECT id FROM activities WHERE at <= ?2 ORDER BY updated_at DESC, id DESC LIMIT ?1 * 20) AS a
    JOIN activity_links AS l ON l.activity_id = a.id AND l.entity_type = 'contact'
),
touched AS (
    SELECT c.id, c.uid, c.given_name, c.family_name, c.updated_at,
           (SELECT max(l.at) FROM activity_links AS l
            WHERE l.entity_type = 'contact' AND l.entity_id = c.id AND l.at <= ?2) AS last_activity
    FROM candidates JOIN contacts AS c ON c.id = candidates.id
)
SELECT id, uid, given_name, family_name, updated_at, last_activity FROM touched
ORDER BY max(updated_at, coalesce(last_activity, 0)) DESC, id DESC LIMIT ?1
)sql");
    if (!s) {
        return s.error();
    }
    s->bind(1, limit).bind(2, m_clock.nowMs());
    QList<RecentContact> list;
    for (;;) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            return list;
        }
        RecentContact c;
        c.id = ContactId {s->int64(0)};
        c.uid = s->text(1);
        c.displayName = (s->text(2) + QLatin1Char(' ') + s->text(3)).trimmed();
        c.updatedAtMs = s->int64(4);
        if (!s->isNull(5)) {
            c.lastActivityAtMs = s->int64(5);
        }
        list.append(c);
    }
}

Result<CurrencyChoice> DashboardService::currencies() const
{
    if (auto allowed = mayView("dashboard.view"); !allowed) {
        return allowed.error();
    }
    const ClosedQuarter current = quarterOf(m_clock.nowUtc());
    const ClosedQuarter previous = quarterOf(QDateTime::fromMSecsSinceEpoch(current.fromMs, Qt::LocalTime).addDays(-1));
    auto s = m_gate.db().prepare(
        "SELECT currency, sum(status = 'open'), sum(CASE WHEN status = 'open' THEN value_minor ELSE 0 END), "
        "sum(status <> 'open') FROM deals "
        "WHERE status = 'open' OR (closed_at >= ?1 AND closed_at < ?2) GROUP BY currency");
    if (!s) {
        return s.error();
    }
    s->bind(1, previous.fromMs).bind(2, current.toMs);
    // Without exchange rates amounts of different currencies do not compare (¥100,000 is less than
    // €1,000): the currency most open deals are in comes first, then the most open value in major
    // units; with nothing open, the one most deals closed in lately.
    struct Rank
    {
        QString currency;
        qint64 openDeals = 0;
        double openValue = 0;
        qint64 closedDeals = 0;
    };
    QList<Rank> ranks;
    for (;;) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            break;
        }
        const QString currency = s->text(0);
        ranks.append({currency, s->int64(1), toMajor(s->int64(2), currency), s->int64(3)});
    }
    CurrencyChoice choice;
    for (const Rank& r : std::as_const(ranks)) {
        choice.currencies.append(r.currency);
    }
    const auto best = std::min_element(ranks.cbegin(), ranks.cend(), [](const Rank& a, const Rank& b) {
        if (a.openDeals != b.openDeals) {
            return a.openDeals > b.openDeals;
        }
        if (a.openValue != b.openValue) {
            return a.openValue > b.openValue;
        }
        if (a.closedDeals != b.closedDeals) {
            return a.closedDeals > b.closedDeals;
        }
        return a.currency < b.currency;
    });
    if (best != ranks.cend()) {
        choice.preferred = best->currency;
    }
    choice.currencies.sort();
    return choice;
}

Result<bool> DashboardService::hasDeals() const
{
    if (auto allowed = mayView("dashboard.view"); !allowed) {
        return allowed.error();
    }
    auto any = m_gate.db().queryInt("SELECT EXISTS (SELECT 1 FROM deals)");
    if (!any) {
        return any.error();
    }
    return *any != 0;
}

Result<DashboardSnapshot> DashboardService::snapshot(std::optional<qint64> pipelineId) const
{
    DashboardSnapshot snap;
    auto pipelineList = pipelines();
    if (!pipelineList) {
        return pipelineList.error();
    }
    snap.pipelines = std::move(pipelineList).value();
    if (!snap.pipelines.isEmpty()) {
        const bool known = pipelineId
            && std::any_of(snap.pipelines.cbegin(), snap.pipelines.cend(), [&](const DashboardPipeline& p) {
                               return p.id == *pipelineId;
                           });
        auto value = pipelineValue(known ? *pipelineId : snap.pipelines.first().id);
        if (!value) {
            return value.error();
        }
        snap.pipeline = std::move(value).value();
    }
    auto quarters = closedByQuarter();
    if (!quarters) {
        return quarters.error();
    }
    snap.quarters = std::move(quarters).value();
    auto tasks = tasksDue();
    if (!tasks) {
        return tasks.error();
    }
    snap.tasks = *tasks;
    auto recent = recentContacts();
    if (!recent) {
        return recent.error();
    }
    snap.recentContacts = std::move(recent).value();
    auto choice = currencies();
    if (!choice) {
        return choice.error();
    }
    snap.currencies = std::move(choice).value();
    auto any = hasDeals();
    if (!any) {
        return any.error();
    }
    snap.hasDeals = *any;
    return snap;
}

} // namespace confidant::crm
