#include "DealsPage.h"

#include "core/Session.h"

#include "ui/ChangeNotifier.h"
#include "ui/DealBoardView.h"
#include "ui/DealEditorDialog.h"
#include "ui/DealTableModel.h"
#include "ui/PipelineSettingsDialog.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace confidant::ui {

DealsPage::DealsPage(Session& session, ChangeNotifier& notifier, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("dealsPage"));
    m_pipeline = new QComboBox(this);
    m_pipeline->setObjectName(QStringLiteral("pipeline"));
    m_boardButton = new QToolButton(this);
    m_boardButton->setObjectName(QStringLiteral("boardButton"));
    m_boardButton->setText(tr("&Board"));
    m_tableButton = new QToolButton(this);
    m_tableButton->setObjectName(QStringLiteral("tableButton"));
    m_tableButton->setText(tr("T&able"));
    auto* group = new QButtonGroup(this);
    for (QToolButton* b : {m_boardButton, m_tableButton}) {
        b->setCheckable(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        group->addButton(b);
    }
    m_boardButton->setChecked(true);
    m_newButton = new QToolButton(this);
    m_newButton->setObjectName(QStringLiteral("newDeal"));
    auto* newAction = new QAction(tr("&New deal"), this);
    // Ctrl+N belongs to the contacts page; deals take Ctrl+Shift+N while this page is shown.
    newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    newAction->setToolTip(tr("Add a deal (Ctrl+Shift+N)"));
    addAction(newAction);
    m_newButton->setDefaultAction(newAction);
    connect(newAction, &QAction::triggered, this, &DealsPage::newDeal);
    m_settingsButton = new QToolButton(this);
    m_settingsButton->setObjectName(QStringLiteral("pipelineSettings"));
    m_settingsButton->setText(tr("&Stages…"));
    connect(m_settingsButton, &QToolButton::clicked, this, &DealsPage::openPipelineSettings);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Pipeline:"), this));
    top->addWidget(m_pipeline);
    top->addSpacing(12);
    top->addWidget(m_boardButton);
    top->addWidget(m_tableButton);
    top->addStretch();
    top->addWidget(m_settingsButton);
    top->addWidget(m_newButton);

    m_board = new DealBoardView(session.deals(), session.pipelines(), this);
    connect(m_board, &DealBoardView::openRequested, this, &DealsPage::openDeal);
    connect(m_board, &DealBoardView::failed, this, &DealsPage::showError);

    m_tablePane = new QWidget(this);
    m_text = new QLineEdit(m_tablePane);
    m_text->setObjectName(QStringLiteral("filterText"));
    m_text->setPlaceholderText(tr("Filter by title"));
    m_text->setClearButtonEnabled(true);
    m_stage = new QComboBox(m_tablePane);
    m_status = new QComboBox(m_tablePane);
    m_status->addItem(tr("Any status"), QString());
    m_status->addItem(tr("Open"), QStringLiteral("open"));
    m_status->addItem(tr("Won"), QStringLiteral("won"));
    m_status->addItem(tr("Lost"), QStringLiteral("lost"));
    m_owner = new QComboBox(m_tablePane);
    m_owner->addItem(tr("Any owner"), QString());
    if (auto profiles = session.profiles().list()) {
        for (const auto& p : *profiles) {
            m_owner->addItem(p.name, p.uid);
        }
    }
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_text, 2);
    filters->addWidget(m_stage, 1);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_owner, 1);
    m_model = new DealTableModel(session.deals(), this);
    m_table = new QTableView(m_tablePane);
    m_table->setObjectName(QStringLiteral("dealTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    const QList<std::pair<int, int>> widths = {{DealTableModel::TitleColumn, 260},
                                               {DealTableModel::ValueColumn, 140},
                                               {DealTableModel::StageColumn, 120},
                                               {DealTableModel::StatusColumn, 80},
                                               {DealTableModel::CloseColumn, 120},
                                               {DealTableModel::CompanyColumn, 200}};
    for (const auto& [column, width] : widths) {
        m_table->setColumnWidth(column, width);
    }
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int column) {
        m_model->sort(column);
        const int shown = m_model->sortColumn();
        m_table->horizontalHeader()->setSortIndicator(
            shown, shown == DealTableModel::ValueColumn ? Qt::DescendingOrder : Qt::AscendingOrder);
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        openDeal(index.data(DealTableModel::IdRole).toLongLong());
    });
    connect(m_model, &DealTableModel::loadFailed, this, &DealsPage::showError);
    auto* tableLayout = new QVBoxLayout(m_tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(filters);
    tableLayout->addWidget(m_table);
    connect(m_text, &QLineEdit::textChanged, this, &DealsPage::applyFilter);
    for (QComboBox* box : {m_stage, m_status, m_owner}) {
        connect(box, &QComboBox::activated, this, &DealsPage::applyFilter);
    }

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_board);
    m_stack->addWidget(m_tablePane);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_stack, 1);

    connect(m_boardButton, &QToolButton::toggled, this, [this](bool on) { showBoard(on); });
    connect(m_pipeline, &QComboBox::activated, this, &DealsPage::pipelineChosen);
    connect(&notifier, &ChangeNotifier::changed, this, [this](const QString& entityType) {
        // Another view changed stages or deals: the board reloads; moves made here refresh themselves.
        if (entityType == QLatin1String("stage") || entityType == QLatin1String("pipeline")) {
            loadPipelines();
        } else if (entityType == QLatin1String("company") || entityType == QLatin1String("contact")) {
            m_board->reload();
        }
        if (m_stack->currentWidget() == m_tablePane) {
            m_model->refresh();
        }
    });
    updatePermissions();
    loadPipelines();
}

void DealsPage::loadPipelines()
{
    const qint64 current = m_pipeline->currentData().toLongLong();
    m_pipeline->clear();
    auto all = m_session.pipelines().pipelines();
    if (!all) {
        showError(all.error().message);
        return;
    }
    for (const crm::Pipeline& p : *all) {
        m_pipeline->addItem(p.name, p.id.value);
        if (p.id.value == current) {
            m_pipeline->setCurrentIndex(m_pipeline->count() - 1);
        }
    }
    pipelineChosen();
}

void DealsPage::pipelineChosen()
{
    const crm::PipelineId id {m_pipeline->currentData().toLongLong()};
    m_board->setPipeline(id);
    m_stage->clear();
    m_stage->addItem(tr("Any stage"), qint64(0));
    if (auto p = m_session.pipelines().pipeline(id)) {
        for (const crm::Stage& s : p->stages) {
            m_stage->addItem(s.name, s.id.value);
        }
    }
    applyFilter();
}

void DealsPage::applyFilter()
{
    crm::DealQuery q;
    q.pipeline = crm::PipelineId {m_pipeline->currentData().toLongLong()};
    if (const qint64 stage = m_stage->currentData().toLongLong()) {
        q.stage = crm::StageId {stage};
    }
    q.status = crm::statusFromName(m_status->currentData().toString());
    q.ownerUid = m_owner->currentData().toString();
    q.text = m_text->text();
    m_model->setFilter(q);
}

void DealsPage::showBoard(bool board)
{
    m_boardButton->setChecked(board);
    m_tableButton->setChecked(!board);
    m_stack->setCurrentWidget(board ? static_cast<QWidget*>(m_board) : m_tablePane);
    if (board) {
        m_board->reload();
    } else {
        m_model->refresh();
    }
}

void DealsPage::updatePermissions()
{
    m_mayEdit = m_session.gate().may(security::Permission::EditContacts);
    m_newButton->setVisible(m_mayEdit);
    m_newButton->defaultAction()->setEnabled(m_mayEdit);
    m_settingsButton->setVisible(m_session.gate().may(security::Permission::ManagePipelines));
    m_board->setEditable(m_mayEdit);
}

void DealsPage::newDeal()
{
    if (!m_mayEdit) {
        return;
    }
    crm::Deal deal;
    deal.pipelineId = crm::PipelineId {m_pipeline->currentData().toLongLong()};
    DealEditorDialog dialog(m_session, deal, false, this);
    if (dialog.exec() == QDialog::Accepted) {
        showBoard(m_stack->currentWidget() == m_board);
    }
}

void DealsPage::openDeal(qint64 id)
{
    auto deal = m_session.deals().get(crm::DealId {id});
    if (!deal) {
        showError(deal.error().message);
        return;
    }
    DealEditorDialog dialog(m_session, *deal, !m_mayEdit, this);
    if (dialog.exec() == QDialog::Accepted && m_mayEdit) {
        showBoard(m_stack->currentWidget() == m_board);
    }
}

void DealsPage::openPipelineSettings()
{
    PipelineSettingsDialog dialog(
        m_session.pipelines(), crm::PipelineId {m_pipeline->currentData().toLongLong()}, this);
    dialog.exec();
    loadPipelines();
}

void DealsPage::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace confidant::ui
