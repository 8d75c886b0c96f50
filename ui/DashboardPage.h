#pragma once

#include "core/crm/DashboardService.h"

#include <QWidget>

#include <optional>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace confidant {
class Session;
}

namespace confidant::ui {

class ChangeNotifier;

//! The Dashboard page: open pipeline value per stage and deals won and lost this quarter (Qt Charts), tasks
//! overdue and due today, the recently touched contacts and the consents due for renewal. Everything comes from
//! crm::DashboardService; the page reloads shortly after the vault changes (while it is visible; else
//! when it is shown again).
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    DashboardPage(Session& session, ChangeNotifier& notifier, QWidget* parent = nullptr);

    //! Open value (and weighted value) per stage of the chosen pipeline, in the chosen currency.
    QChart* pipelineChart() const
    {
        return m_pipelineChart;
    }
    //! Won and lost value of the previous and the current quarter, in the chosen currency.
    QChart* quarterChart() const
    {
        return m_quarterChart;
    }
    QComboBox* pipelineSelector() const
    {
        return m_pipelineBox;
    }
    QComboBox* currencySelector() const
    {
        return m_currencyBox;
    }
    QListWidget* recentContactsList() const
    {
        return m_recent;
    }
    //! Consents that expire within kConsentDueDays or have expired: double-click opens the contact.
    QListWidget* consentsDueList() const
    {
        return m_consentsDue;
    }
    static constexpr int kConsentDueDays = 30;
    //! Open data-subject requests overdue or due within kRequestDueDays (overdue in bold); shown only to
    //! profiles that may handle requests.
    QListWidget* requestsDueList() const
    {
        return m_requestsDue;
    }
    static constexpr int kRequestDueDays = 7;
    //! The currency the charts show (empty when there are no deals).
    QString currency() const
    {
        return m_currency;
    }
    //! True while the vault has no deal and the page says how to add one instead of showing empty charts.
    bool isShowingEmptyState() const;
    //! The last data read (for tests and the status bar).
    const crm::DashboardSnapshot& snapshot() const
    {
        return m_snapshot;
    }
    //! Makes the task numbers links that ask for the "My day" page (`tasksRequested`).
    void setTasksLinked(bool linked);

public slots:
    //! Reads everything again now.
    void refresh();

signals:
    //! A recently touched contact was double-clicked (or Enter was pressed on it).
    void contactRequested(qint64 contactId);
    //! A task count was clicked.
    void tasksRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createChartsPanel();
    QWidget* createTasksPanel();
    QWidget* createRecentPanel();
    QWidget* createConsentsPanel();
    QWidget* createRequestsPanel();
    void fillSelectors();
    void render();
    void renderPipeline();
    void renderQuarters();
    void renderTasks();
    void renderRecent();
    void renderConsentsDue();
    void renderRequestsDue();
    QString money(qint64 minor) const;

    Session& m_session;
    QTimer* m_refreshTimer = nullptr;
    bool m_stale = false;
    qint64 m_shownDay = 0;
    bool m_tasksLinked = false;

    crm::DashboardSnapshot m_snapshot;
    std::optional<qint64> m_pipelineId;
    QString m_currency;
    //! The currency the user picked; kept across refreshes while it still has deals.
    QString m_chosenCurrency;
    bool m_filling = false;

    QComboBox* m_pipelineBox = nullptr;
    QLabel* m_pipelineLabel = nullptr;
    QComboBox* m_currencyBox = nullptr;
    QLabel* m_currencyLabel = nullptr;
    QLabel* m_error = nullptr;
    QStackedWidget* m_chartsStack = nullptr;
    QWidget* m_chartsPanel = nullptr;
    QLabel* m_emptyState = nullptr;
    QChart* m_pipelineChart = nullptr;
    QChartView* m_pipelineView = nullptr;
    QLabel* m_pipelineSummary = nullptr;
    QChart* m_quarterChart = nullptr;
    QChartView* m_quarterView = nullptr;
    QLabel* m_quarterSummary = nullptr;
    QLabel* m_overdue = nullptr;
    QLabel* m_dueToday = nullptr;
    QLabel* m_everyoneTasks = nullptr;
    QListWidget* m_recent = nullptr;
    QListWidget* m_consentsDue = nullptr;
    QWidget* m_requestsPanel = nullptr;
    QListWidget* m_requestsDue = nullptr;
};

} // namespace confidant::ui
