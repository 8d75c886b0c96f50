#include "DashboardPage.h"

#include "core/Session.h"
#include "core/privacy/RequestDeadlines.h"

#include "ui/ChangeNotifier.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QStackedWidget>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace confidant::ui {

namespace {

// Several writes in a row (an import, a deal and its stage history) cost one reload.
constexpr int kRefreshDelayMs = 300;

const QColor kOpenColor(0x2f, 0x6f, 0xb5);
const QColor kWeightedColor(0x9c, 0xc0, 0xe6);
const QColor kWonColor(0x2e, 0x8b, 0x57);
const QColor kLostColor(0xc8, 0x4b, 0x4b);

// The symbol a reader knows for an ISO code ("€" for EUR), when no other currency shares it ("$", "kr"):
// then the code itself, which is never ambiguous.
QString currencySymbol(const QString& code)
{
    static const QHash<QString, QString> symbols = [] {
        QHash<QString, QString> found;
        QHash<QString, QStringList> codesOfSymbol;
        for (const QLocale& locale :
             QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory)) {
            const QString iso = locale.currencySymbol(QLocale::CurrencyIsoCode);
            const QString symbol = locale.currencySymbol(QLocale::CurrencySymbol);
            if (iso.isEmpty() || symbol.isEmpty() || found.contains(iso)) {
                continue;
            }
            found.insert(iso, symbol);
            codesOfSymbol[symbol].append(iso);
        }
        QHash<QString, QString> unique;
        for (auto it = found.cbegin(); it != found.cend(); ++it) {
            if (codesOfSymbol.value(it.value()).size() == 1) {
                unique.insert(it.key(), it.value());
            }
        }
        return unique;
    }();
    if (QLocale().currencySymbol(QLocale::CurrencyIsoCode) == code) {
        return QLocale().currencySymbol(QLocale::CurrencySymbol);
    }
    return symbols.value(code, code);
}

QString formatMoney(double major, const QString& currency, int precision)
{
    return QLocale().toCurrencyString(major, currencySymbol(currency), precision);
}

// A round upper bound and step for an axis from 0 to `max` (about four steps).
std::pair<double, double> niceScale(double max)
{
    if (max <= 0) {
        return {1, 1};
    }
    const double rough = max / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (const double f : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (f * magnitude >= rough) {
            step = f * magnitude;
            break;
        }
    }
    return {std::ceil(max / step) * step, step};
}

// A value axis whose labels are amounts of money in the locale's format (QValueAxis only knows printf).
QCategoryAxis* moneyAxis(double max, const QString& currency)
{
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const auto [top, step] = niceScale(max);
    // Whole units on the axis unless the steps themselves are fractions.
    const int precision = step < 1 ? 2 : 0;
    for (int i = 0; i * step <= top + step / 2; ++i) {
        axis->append(formatMoney(i * step, currency, precision), i * step);
    }
    axis->setRange(0, top);
    axis->setGridLineVisible(true);
    return axis;
}

void resetChart(QChart* chart)
{
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QChart* newChart()
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QGroupBox* box(const QString& title, QWidget* parent)
{
    auto* group = new QGroupBox(title, parent);
    return group;
}

QLabel* bigNumber(QWidget* parent)
{
    auto* label = new QLabel(parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 2.2);
    f.setBold(true);
    label->setFont(f);
    label->setAlignment(Qt::AlignCenter);
    label->setTextFormat(Qt::RichText);
    return label;
}

qint64 localDayNumber(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).date().toJulianDay();
}

} // namespace

DashboardPage::DashboardPage(Session& session, ChangeNotifier& notifier, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("dashboardPage"));

    auto* title = new QLabel(tr("Dashboard"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_pipelineLabel = new QLabel(tr("&Pipeline:"), this);
    m_pipelineBox = new QComboBox(this);
    m_pipelineBox->setObjectName(QStringLiteral("pipelineSelector"));
    m_pipelineBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_pipelineLabel->setBuddy(m_pipelineBox);
    m_currencyLabel = new QLabel(tr("C&urrency:"), this);
    m_currencyBox = new QComboBox(this);
    m_currencyBox->setObjectName(QStringLiteral("currencySelector"));
    m_currencyBox->setToolTip(tr("The dashboard shows one currency at a time; amounts are not converted"));
    m_currencyLabel->setBuddy(m_currencyBox);

    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_pipelineLabel);
    header->addWidget(m_pipelineBox);
    header->addSpacing(12);
    header->addWidget(m_currencyLabel);
    header->addWidget(m_currencyBox);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dashboardError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    m_emptyState = new QLabel(this);
    m_emptyState->setObjectName(QStringLiteral("dashboardEmptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setText(tr("<h3>No deals yet — add one on the Deals page</h3>"
                             "<p>Once there are deals, this page shows the open value of each pipeline stage "
                             "and the deals won and lost this quarter.</p>"));
    m_chartsPanel = createChartsPanel();
    m_chartsStack = new QStackedWidget(this);
    m_chartsStack->addWidget(m_chartsPanel);
    m_chartsStack->addWidget(m_emptyState);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(createTasksPanel(), 2);
    bottom->addWidget(createRecentPanel(), 3);
    bottom->addWidget(createConsentsPanel(), 3);
    bottom->addWidget(createRequestsPanel(), 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(header);
    layout->addWidget(m_error);
    layout->addWidget(m_chartsStack, 2);
    layout->addLayout(bottom, 1);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kRefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardPage::refresh);
    connect(&notifier, &ChangeNotifier::changed, this, [this] {
        // A hidden dashboard does not read the vault on every write; it catches up when shown.
        if (isVisible()) {
            m_refreshTimer->start();
        } else {
            m_stale = true;
        }
    });
    connect(m_pipelineBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_filling || index < 0) {
            return;
        }
        m_pipelineId = m_pipelineBox->itemData(index).toLongLong();
        refresh();
    });
    connect(m_currencyBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_filling || index < 0) {
            return;
        }
        m_chosenCurrency = m_currency = m_currencyBox->itemData(index).toString();
        render();
    });
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        if (id > 0) {
            emit contactRequested(id);
        }
    });

    refresh();
}

QWidget* DashboardPage::createChartsPanel()
{
    auto* panel = new QWidget(this);

    auto* pipelineBox = box(tr("Open pipeline value by stage"), panel);
    m_pipelineChart = newChart();
    m_pipelineChart->setObjectName(QStringLiteral("pipelineChart"));
    m_pipelineView = new QChartView(m_pipelineChart, pipelineBox);
    m_pipelineView->setObjectName(QStringLiteral("pipelineChartView"));
    m_pipelineView->setRenderHint(QPainter::Antialiasing);
    m_pipelineView->setMinimumHeight(220);
    m_pipelineSummary = new QLabel(pipelineBox);
    m_pipelineSummary->setObjectName(QStringLiteral("pipelineSummary"));
    m_pipelineSummary->setWordWrap(true);
    auto* pipelineLayout = new QVBoxLayout(pipelineBox);
    pipelineLayout->addWidget(m_pipelineView, 1);
    pipelineLayout->addWidget(m_pipelineSummary);

    auto* quarterBox = box(tr("Won and lost, this quarter and the last"), panel);
    m_quarterChart = newChart();
    m_quarterChart->setObjectName(QStringLiteral("quarterChart"));
    m_quarterView = new QChartView(m_quarterChart, quarterBox);
    m_quarterView->setObjectName(QStringLiteral("quarterChartView"));
    m_quarterView->setRenderHint(QPainter::Antialiasing);
    m_quarterView->setMinimumHeight(220);
    m_quarterSummary = new QLabel(quarterBox);
    m_quarterSummary->setObjectName(QStringLiteral("quarterSummary"));
    m_quarterSummary->setWordWrap(true);
    auto* quarterLayout = new QVBoxLayout(quarterBox);
    quarterLayout->addWidget(m_quarterView, 1);
    quarterLayout->addWidget(m_quarterSummary);

    auto* layout = new QHBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(pipelineBox, 3);
    layout->addWidget(quarterBox, 2);
    return panel;
}

QWidget* DashboardPage::createTasksPanel()
{
    auto* group = box(tr("Tasks due"), this);
    m_overdue = bigNumber(group);
    m_overdue->setObjectName(QStringLiteral("overdueTasks"));
    m_dueToday = bigNumber(group);
    m_dueToday->setObjectName(QStringLiteral("tasksDueToday"));
    for (QLabel* number : {m_overdue, m_dueToday}) {
        connect(number, &QLabel::linkActivated, this, &DashboardPage::tasksRequested);
    }
    auto* overdueCaption = new QLabel(tr("overdue"), group);
    auto* todayCaption = new QLabel(tr("due today"), group);
    for (QLabel* caption : {overdueCaption, todayCaption}) {
        caption->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    }
    m_everyoneTasks = new QLabel(group);
    m_everyoneTasks->setObjectName(QStringLiteral("everyoneTasks"));
    m_everyoneTasks->setWordWrap(true);
    m_everyoneTasks->setAlignment(Qt::AlignCenter);

    auto* numbers = new QGridLayout;
    numbers->addWidget(m_overdue, 0, 0);
    numbers->addWidget(m_dueToday, 0, 1);
    numbers->addWidget(overdueCaption, 1, 0);
    numbers->addWidget(todayCaption, 1, 1);
    auto* layout = new QVBoxLayout(group);
    layout->addStretch(1);
    layout->addLayout(numbers);
    layout->addSpacing(8);
    layout->addWidget(m_everyoneTasks);
    layout->addStretch(1);
    return group;
}

QWidget* DashboardPage::createRecentPanel()
{
    auto* group = box(tr("Recently touched contacts"), this);
    m_recent = new QListWidget(group);
    m_recent->setObjectName(QStringLiteral("recentContacts"));
    m_recent->setToolTip(tr("Double-click a contact to open it"));
    m_recent->setUniformItemSizes(true);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(m_recent);
    return group;
}

QWidget* DashboardPage::createConsentsPanel()
{
    auto* group = box(tr("Consents to renew"), this);
    m_consentsDue = new QListWidget(group);
    m_consentsDue->setObjectName(QStringLiteral("consentsDue"));
    m_consentsDue->setToolTip(tr("Consents that expire within %1 days or have expired. Double-click to open the "
                                 "contact and renew or withdraw it.")
                                  .arg(kConsentDueDays));
    m_consentsDue->setUniformItemSizes(true);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(m_consentsDue);
    const auto open = [this](QListWidgetItem* item) {
        if (const qint64 id = item ? item->data(Qt::UserRole).toLongLong() : 0; id > 0) {
            emit contactRequested(id);
        }
    };
    connect(m_consentsDue, &QListWidget::itemActivated, this, open);
    return group;
}

void DashboardPage::renderConsentsDue()
{
    m_consentsDue->clear();
    auto due = m_session.consents().refreshDue(kConsentDueDays);
    const auto note = [this](const QString& text) {
        auto* item = new QListWidgetItem(text, m_consentsDue);
        item->setFlags(Qt::NoItemFlags);
    };
    if (!due) {
        note(due.error().message);
        return;
    }
    if (due->isEmpty()) {
        note(tr("No consent needs renewing in the next %1 days.").arg(kConsentDueDays));
        return;
    }
    const QLocale locale;
    for (const privacy::ConsentRefreshDue& d : std::as_const(*due)) {
        const QString date
            = locale.toString(QDateTime::fromMSecsSinceEpoch(d.expiresAtMs).date(), QLocale::ShortFormat);
        const QString name = d.contactName.isEmpty() ? tr("(no name)") : d.contactName;
        const QString when = d.expired ? tr("expired %1").arg(date) : tr("expires %1").arg(date);
        auto* item = new QListWidgetItem(tr("%1 — %2, %3").arg(name, d.purposeName, when), m_consentsDue);
        item->setData(Qt::UserRole, d.contactId.value);
        if (d.expired) {
            // No longer counts: the purpose gate leaves the person out until it is renewed.
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
    }
}

QWidget* DashboardPage::createRequestsPanel()
{
    m_requestsPanel = box(tr("Requests due"), this);
    m_requestsDue = new QListWidget(m_requestsPanel);
    m_requestsDue->setObjectName(QStringLiteral("requestsDueList"));
    m_requestsDue->setToolTip(tr("Data-subject requests that are overdue or due within %1 days; overdue ones in bold. "
                                 "See them with: confidant-cli request show REFERENCE.")
                                  .arg(kRequestDueDays));
    m_requestsDue->setUniformItemSizes(true);
    auto* layout = new QVBoxLayout(m_requestsPanel);
    layout->addWidget(m_requestsDue);
    return m_requestsPanel;
}

void DashboardPage::renderRequestsDue()
{
    m_requestsDue->clear();
    // The register names who asked: only profiles that handle requests see it (the core checks again).
    const bool allowed = m_session.gate().may(security::Permission::HandleRequests);
    m_requestsPanel->setVisible(allowed);
    if (!allowed) {
        return;
    }
    const auto note = [this](const QString& text) {
        auto* item = new QListWidgetItem(text, m_requestsDue);
        item->setFlags(Qt::NoItemFlags);
    };
    auto due = m_session.requests().dueSoon(kRequestDueDays);
    if (!due) {
        note(due.error().message);
        return;
    }
    if (due->isEmpty()) {
        note(tr("No request is due in the next %1 days.").arg(kRequestDueDays));
        return;
    }
    const QLocale locale;
    const qint64 now = m_session.clock().nowMs();
    for (const privacy::Request& r : std::as_const(*due)) {
        const QString date = locale.toString(privacy::RequestDeadlines::utcDate(r.dueAtMs), QLocale::ShortFormat);
        auto* item = new QListWidgetItem(
            tr("%1 — %2, due %3 (%4)")
                .arg(
                    r.reference, privacy::Request::kindLabel(r.kind), date, privacy::Request::dueText(r.daysLeft(now))),
            m_requestsDue);
        item->setData(Qt::UserRole, r.uid);
        if (r.isOverdue(now)) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
    }
}

bool DashboardPage::isShowingEmptyState() const
{
    return m_chartsStack->currentWidget() == m_emptyState;
}

void DashboardPage::setTasksLinked(bool linked)
{
    m_tasksLinked = linked;
    renderTasks();
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Changes made while hidden, or a new day (tasks due today, perhaps a new quarter).
    if (m_stale || localDayNumber(m_session.clock().nowMs()) != m_shownDay) {
        refresh();
    }
}

void DashboardPage::refresh()
{
    m_refreshTimer->stop();
    m_stale = false;
    m_shownDay = localDayNumber(m_session.clock().nowMs());
    // A few aggregate queries over indexed columns: fast enough for the GUI thread even with many deals
    // (docs/PERFORMANCE.md), and the GUI's connection is the one the vault's writes go through.
    auto snap = m_session.dashboard().snapshot(m_pipelineId);
    if (!snap) {
        m_error->setText(snap.error().message);
        m_error->show();
        return;
    }
    m_error->hide();
    m_snapshot = std::move(snap).value();
    m_pipelineId
        = m_snapshot.pipeline.pipelineId > 0 ? std::optional<qint64>(m_snapshot.pipeline.pipelineId) : std::nullopt;
    const QStringList& currencies = m_snapshot.currencies.currencies;
    m_currency = currencies.contains(m_chosenCurrency) ? m_chosenCurrency : m_snapshot.currencies.preferred;
    fillSelectors();
    render();
}

void DashboardPage::fillSelectors()
{
    m_filling = true;
    m_pipelineBox->clear();
    for (const crm::DashboardPipeline& p : std::as_const(m_snapshot.pipelines)) {
        m_pipelineBox->addItem(p.name, p.id);
        if (m_pipelineId && p.id == *m_pipelineId) {
            m_pipelineBox->setCurrentIndex(m_pipelineBox->count() - 1);
        }
    }
    const bool severalPipelines = m_snapshot.pipelines.size() > 1;
    m_pipelineBox->setVisible(severalPipelines);
    m_pipelineLabel->setVisible(severalPipelines);

    m_currencyBox->clear();
    for (const QString& code : std::as_const(m_snapshot.currencies.currencies)) {
        const QString symbol = currencySymbol(code);
        m_currencyBox->addItem(symbol == code ? code : tr("%1 (%2)").arg(code, symbol), code);
        if (code == m_currency) {
            m_currencyBox->setCurrentIndex(m_currencyBox->count() - 1);
        }
    }
    const bool severalCurrencies = m_snapshot.currencies.currencies.size() > 1;
    m_currencyBox->setVisible(severalCurrencies);
    m_currencyLabel->setVisible(severalCurrencies);
    m_filling = false;
}

QString DashboardPage::money(qint64 minor) const
{
    return formatMoney(crm::DashboardService::toMajor(minor, m_currency),
                       m_currency,
                       crm::DashboardService::currencyExponent(m_currency));
}

void DashboardPage::render()
{
    m_chartsStack->setCurrentWidget(m_snapshot.hasDeals ? m_chartsPanel : m_emptyState);
    if (m_snapshot.hasDeals) {
        renderPipeline();
        renderQuarters();
    } else {
        resetChart(m_pipelineChart);
        resetChart(m_quarterChart);
    }
    renderTasks();
    renderRecent();
    renderConsentsDue();
    renderRequestsDue();
}

void DashboardPage::renderPipeline()
{
    resetChart(m_pipelineChart);
    const crm::PipelineValue& pipeline = m_snapshot.pipeline;
    if (pipeline.stages.isEmpty()) {
        m_pipelineChart->setTitle(tr("This pipeline has no stages."));
        m_pipelineSummary->clear();
        return;
    }
    auto* open = new QBarSet(tr("Open value"));
    open->setColor(kOpenColor);
    open->setBorderColor(kOpenColor);
    auto* weighted = new QBarSet(tr("Weighted by stage probability"));
    weighted->setColor(kWeightedColor);
    weighted->setBorderColor(kWeightedColor);
    QStringList categories;
    double max = 0;
    qint64 totalMinor = 0;
    qint64 weightedMinor = 0;
    qint64 deals = 0;
    qint64 dealsElsewhere = 0;
    for (const crm::StageValue& stage : pipeline.stages) {
        const crm::CurrencyTotal total = crm::totalIn(stage.totals, m_currency);
        const double value = crm::DashboardService::toMajor(total.valueMinor, m_currency);
        open->append(value);
        weighted->append(crm::DashboardService::toMajor(total.weightedMinor, m_currency));
        max = std::max(max, value);
        totalMinor += total.valueMinor;
        weightedMinor += total.weightedMinor;
        deals += total.count;
        dealsElsewhere += stage.count - total.count;
        // The name alone: bar categories are narrow, and the counts are in the tooltip and the summary.
        categories << stage.name;
    }
    auto* series = new QBarSeries;
    series->append(open);
    series->append(weighted);
    m_pipelineChart->addSeries(series);
    auto* stagesAxis = new QBarCategoryAxis;
    stagesAxis->append(categories);
    m_pipelineChart->addAxis(stagesAxis, Qt::AlignBottom);
    series->attachAxis(stagesAxis);
    QCategoryAxis* valueAxis = moneyAxis(max, m_currency);
    m_pipelineChart->addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(valueAxis);
    m_pipelineChart->setTitle(QString());
    connect(series, &QBarSeries::hovered, this, [this, stages = pipeline.stages](bool on, int index, QBarSet*) {
        if (!on || index < 0 || index >= stages.size()) {
            QToolTip::hideText();
            return;
        }
        const crm::CurrencyTotal total = crm::totalIn(stages.at(index).totals, m_currency);
        QToolTip::showText(QCursor::pos(),
                           (total.count == 1
                                ? tr("%1: %2 open (%3 weighted at %4 %), 1 deal")
                                : tr("%1: %2 open (%3 weighted at %4 %), %Ln deals", nullptr, int(total.count)))
                               .arg(stages.at(index).name,
                                    money(total.valueMinor),
                                    money(total.weightedMinor),
                                    QLocale().toString(stages.at(index).probability)),
                           m_pipelineView);
    });

    QString summary;
    if (deals == 0) {
        summary = tr("No open deals in %1 in this pipeline.").arg(m_currency);
    } else {
        summary = (deals == 1 ? tr("%1 open in 1 deal; %2 weighted by stage probability.")
                              : tr("%1 open in %Ln deals; %2 weighted by stage probability.", nullptr, int(deals)))
                      .arg(money(totalMinor), money(weightedMinor));
    }
    if (dealsElsewhere > 0) {
        summary += QLatin1Char(' ')
            + (dealsElsewhere == 1 ? tr("1 more open deal in other currencies.")
                                   : tr("%Ln more open deals in other currencies.", nullptr, int(dealsElsewhere)));
    }
    m_pipelineSummary->setText(summary);
}

void DashboardPage::renderQuarters()
{
    resetChart(m_quarterChart);
    const crm::QuarterComparison& q = m_snapshot.quarters;
    const crm::CurrencyTotal wonNow = crm::totalIn(q.current.won, m_currency);
    const crm::CurrencyTotal lostNow = crm::totalIn(q.current.lost, m_currency);
    const crm::CurrencyTotal wonBefore = crm::totalIn(q.previous.won, m_currency);
    const crm::CurrencyTotal lostBefore = crm::totalIn(q.previous.lost, m_currency);

    auto* won = new QBarSet(tr("Won"));
    won->setColor(kWonColor);
    won->setBorderColor(kWonColor);
    auto* lost = new QBarSet(tr("Lost"));
    lost->setColor(kLostColor);
    lost->setBorderColor(kLostColor);
    const auto major = [this](qint64 minor) { return crm::DashboardService::toMajor(minor, m_currency); };
    *won << major(wonBefore.valueMinor) << major(wonNow.valueMinor);
    *lost << major(lostBefore.valueMinor) << major(lostNow.valueMinor);
    auto* series = new QBarSeries;
    series->append(won);
    series->append(lost);
    m_quarterChart->addSeries(series);
    auto* quarters = new QBarCategoryAxis;
    quarters->append({tr("Q%1 %2").arg(q.previous.quarter).arg(q.previous.year),
                      tr("Q%1 %2").arg(q.current.quarter).arg(q.current.year)});
    m_quarterChart->addAxis(quarters, Qt::AlignBottom);
    series->attachAxis(quarters);
    const double max = std::max({major(wonBefore.valueMinor),
                                 major(wonNow.valueMinor),
                                 major(lostBefore.valueMinor),
                                 major(lostNow.valueMinor)});
    QCategoryAxis* valueAxis = moneyAxis(max, m_currency);
    m_quarterChart->addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(valueAxis);

    const QString wonText = tr("%Ln won (%1)", nullptr, int(wonNow.count)).arg(money(wonNow.valueMinor));
    const QString lostText = tr("%Ln lost (%1)", nullptr, int(lostNow.count)).arg(money(lostNow.valueMinor));
    const QString beforeText = tr("last quarter %1 won, %2 lost")
                                   .arg(QLocale().toString(wonBefore.count), QLocale().toString(lostBefore.count));
    m_quarterSummary->setText(tr("This quarter so far: %1, %2; %3.").arg(wonText, lostText, beforeText));
}

void DashboardPage::renderTasks()
{
    const crm::TasksDue& due = m_snapshot.tasks;
    const auto number = [this](qint64 n, bool warn) {
        const QString text = QLocale().toString(n);
        const QString color = warn && n > 0 ? QStringLiteral("#b00020") : palette().color(QPalette::WindowText).name();
        if (m_tasksLinked) {
            return QStringLiteral("<a href=\"my-day\" style=\"color:%1; text-decoration:none\">%2</a>")
                .arg(color, text);
        }
        return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color, text);
    };
    m_overdue->setText(number(due.mine.overdue, true));
    m_dueToday->setText(number(due.mine.dueToday, false));
    const QString hint = m_tasksLinked ? tr("Click a number to open My day") : QString();
    m_overdue->setToolTip(hint);
    m_dueToday->setToolTip(hint);
    m_overdue->setCursor(m_tasksLinked ? Qt::PointingHandCursor : Qt::ArrowCursor);
    m_dueToday->setCursor(m_tasksLinked ? Qt::PointingHandCursor : Qt::ArrowCursor);
    m_everyoneTasks->setText(
        tr("Your open tasks. Everyone's: %1 overdue, %2 due today.")
            .arg(QLocale().toString(due.everyone.overdue), QLocale().toString(due.everyone.dueToday)));
}

void DashboardPage::renderRecent()
{
    m_recent->clear();
    if (m_snapshot.recentContacts.isEmpty()) {
        auto* item = new QListWidgetItem(tr("No contacts yet."), m_recent);
        item->setFlags(Qt::NoItemFlags);
        return;
    }
    const QLocale locale;
    for (const crm::RecentContact& c : std::as_const(m_snapshot.recentContacts)) {
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(c.touchedAtMs());
        const bool byActivity = c.lastActivityAtMs && *c.lastActivityAtMs >= c.updatedAtMs;
        const QString what = byActivity ? tr("activity %1") : tr("edited %1");
        const QString name = c.displayName.isEmpty() ? tr("(no name)") : c.displayName;
        auto* item = new QListWidgetItem(tr("%1 — %2").arg(name, what.arg(locale.toString(when, QLocale::ShortFormat))),
                                         m_recent);
        item->setData(Qt::UserRole, c.id.value);
    }
}

} // namespace confidant::ui
