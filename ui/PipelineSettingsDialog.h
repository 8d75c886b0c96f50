#pragma once

#include "core/Result.h"
#include "core/crm/Deal.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace confidant::crm {
class PipelineService;
}

namespace confidant::ui {

//! For owners and admins: the stages of a pipeline, to add, rename, reorder and delete, with their
//! probability and kind. Every change is saved at once through PipelineService (which checks the
//! permission and refuses to delete a stage that still holds deals).
class PipelineSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    PipelineSettingsDialog(crm::PipelineService& pipelines, crm::PipelineId pipeline, QWidget* parent = nullptr);
    ~PipelineSettingsDialog() override;

private:
    void reload();
    void cellChanged(int row, int column);
    void addStage();
    void removeStage();
    void moveStage(int delta);
    void showResult(const Error* error);

    crm::PipelineService& m_pipelines;
    crm::PipelineId m_pipeline;
    crm::Pipeline m_current;
    QTableWidget* m_table = nullptr;
    QLabel* m_error = nullptr;
    bool m_filling = false;
};

} // namespace confidant::ui
