#include "PipelineSettingsDialog.h"

#include "core/crm/PipelineService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace confidant::ui {

PipelineSettingsDialog::PipelineSettingsDialog(crm::PipelineService& pipelines,
                                               crm::PipelineId pipeline,
                                               QWidget* parent)
    : QDialog(parent)
    , m_pipelines(pipelines)
    , m_pipeline(pipeline)
{
    setObjectName(QStringLiteral("pipelineSettings"));
    setWindowTitle(tr("Pipeline stages"));
    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({tr("Stage"), tr("Probability"), tr("Kind")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_table, &QTableWidget::cellChanged, this, &PipelineSettingsDialog::cellChanged);

    auto* add = new QPushButton(tr("&Add stage"), this);
    auto* remove = new QPushButton(tr("&Delete stage"), this);
    auto* up = new QPushButton(tr("Move &up"), this);
    auto* down = new QPushButton(tr("Move do&wn"), this);
    connect(add, &QPushButton::clicked, this, &PipelineSettingsDialog::addStage);
    connect(remove, &QPushButton::clicked, this, &PipelineSettingsDialog::removeStage);
    connect(up, &QPushButton::clicked, this, [this] { moveStage(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveStage(1); });
    auto* side = new QVBoxLayout;
    for (QPushButton* b : {add, remove, up, down}) {
        side->addWidget(b);
    }
    side->addStretch();
    auto* row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    row->addLayout(side);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    reload();
    resize(560, 360);
}

PipelineSettingsDialog::~PipelineSettingsDialog()
{
    // A spin box losing the focus while the table goes emits editingFinished: by then this dialog's
    // members are gone, so no child may call back into it any more.
    for (QObject* child : findChildren<QObject*>()) {
        child->disconnect(this);
    }
}

void PipelineSettingsDialog::reload()
{
    auto pipeline = m_pipelines.pipeline(m_pipeline);
    if (!pipeline) {
        showResult(&pipeline.error());
        return;
    }
    m_current = *pipeline;
    m_filling = true;
    const int selected = m_table->currentRow();
    m_table->setRowCount(static_cast<int>(m_current.stages.size()));
    for (int i = 0; i < m_current.stages.size(); ++i) {
        const crm::Stage& s = m_current.stages.at(i);
        m_table->setItem(i, 0, new QTableWidgetItem(s.name));
        auto* probability = new QSpinBox(m_table);
        probability->setRange(0, 100);
        probability->setSuffix(QStringLiteral(" %"));
        probability->setValue(s.probability);
        connect(probability, &QSpinBox::editingFinished, this, [this, i] { cellChanged(i, 1); });
        m_table->setCellWidget(i, 1, probability);
        auto* kind = new QComboBox(m_table);
        kind->addItem(tr("Open"), int(crm::StageKind::Open));
        kind->addItem(tr("Won"), int(crm::StageKind::Won));
        kind->addItem(tr("Lost"), int(crm::StageKind::Lost));
        kind->setCurrentIndex(int(s.kind));
        connect(kind, &QComboBox::activated, this, [this, i] { cellChanged(i, 2); });
        m_table->setCellWidget(i, 2, kind);
    }
    m_table->setCurrentCell(std::clamp(selected, 0, m_table->rowCount() - 1), 0);
    m_filling = false;
}

void PipelineSettingsDialog::cellChanged(int row, int column)
{
    Q_UNUSED(column)
    if (m_filling || row < 0 || row >= m_current.stages.size()) {
        return;
    }
    crm::Stage s = m_current.stages.at(row);
    s.name = m_table->item(row, 0) ? m_table->item(row, 0)->text() : s.name;
    s.probability = qobject_cast<QSpinBox*>(m_table->cellWidget(row, 1))->value();
    s.kind = crm::StageKind(qobject_cast<QComboBox*>(m_table->cellWidget(row, 2))->currentData().toInt());
    auto r = m_pipelines.updateStage(s);
    showResult(r ? nullptr : &r.error());
    reload();
}

void PipelineSettingsDialog::addStage()
{
    crm::Stage s;
    QString name = tr("New stage");
    for (int n = 2; m_pipelines.findStage(m_current, name); ++n) {
        name = tr("New stage %1").arg(n);
    }
    s.name = name;
    // Before the first closed stage, so that won and lost stay at the end.
    int position = static_cast<int>(m_current.stages.size());
    for (int i = 0; i < m_current.stages.size(); ++i) {
        if (m_current.stages.at(i).kind != crm::StageKind::Open) {
            position = i;
            break;
        }
    }
    auto r = m_pipelines.addStage(m_pipeline, s, position);
    showResult(r ? nullptr : &r.error());
    reload();
    if (r) {
        m_table->setCurrentCell(position, 0);
        m_table->editItem(m_table->item(position, 0));
    }
}

void PipelineSettingsDialog::removeStage()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_current.stages.size()) {
        return;
    }
    auto r = m_pipelines.removeStage(m_current.stages.at(row).id);
    showResult(r ? nullptr : &r.error());
    reload();
}

void PipelineSettingsDialog::moveStage(int delta)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_current.stages.size()) {
        return;
    }
    auto r = m_pipelines.moveStage(m_current.stages.at(row).id, row + delta);
    showResult(r ? nullptr : &r.error());
    reload();
    m_table->setCurrentCell(std::clamp(row + delta, 0, m_table->rowCount() - 1), 0);
}

void PipelineSettingsDialog::showResult(const Error* error)
{
    m_error->setVisible(error != nullptr);
    m_error->setText(error ? error->message : QString());
}

} // namespace confidant::ui
