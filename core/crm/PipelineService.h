#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/crm/Deal.h"

#include <QCoreApplication>

namespace confidant::security {
class MutationGate;
}

namespace confidant::crm {

//! Pipelines and their ordered stages. A vault always has one: the first read seeds "Sales" (audited as
//! `pipeline.create`, allowed for any profile). Changing pipelines or stages needs "configure pipelines".
class PipelineService
{
    Q_DECLARE_TR_FUNCTIONS(PipelineService)

public:
    PipelineService(security::MutationGate& gate, const Clock& clock);

    //! Every pipeline with its stages, in order; seeds the default pipeline when there is none.
    Result<QList<Pipeline>> pipelines();
    Result<Pipeline> pipeline(PipelineId id);
    //! The pipeline called `nameOrUid` (case-insensitive name or uid); empty: the first pipeline.
    Result<Pipeline> find(const QString& nameOrUid);
    //! The stage of `pipeline` called `nameOrUid` (case-insensitive name or uid).
    Result<Stage> findStage(const Pipeline& pipeline, const QString& nameOrUid) const;
    //! The pipeline a stage belongs to.
    Result<Pipeline> pipelineOfStage(StageId stage);

    //! A new pipeline with these stages (names, probabilities, kinds; positions follow the list order).
    Result<Pipeline> createPipeline(const QString& name, const QList<Stage>& stages);
    Result<Pipeline> renamePipeline(PipelineId id, const QString& name);
    //! Refused (Conflict) while the pipeline holds deals, or when it is the last one.
    Result<void> removePipeline(PipelineId id);

    //! Adds a stage at `position` (0-based; past the end or negative: at the end).
    Result<Stage> addStage(PipelineId pipeline, Stage stage, int position = -1);
    //! Changes name, probability and kind of `stage.id`.
    Result<Stage> updateStage(const Stage& stage);
    //! Moves a stage to `position` within its pipeline (0-based, clamped).
    Result<void> moveStage(StageId stage, int position);
    //! Refused (Conflict) while deals are in the stage, saying how many; and for a pipeline's last stage.
    Result<void> removeStage(StageId stage);

    //! How many deals sit in a stage (also used by the settings dialog).
    Result<qint64> dealCount(StageId stage) const;

private:
    Result<void> ensureSeeded();
    Result<void> validateStage(const Stage& stage) const;

    security::MutationGate& m_gate;
    const Clock& m_clock;
    bool m_seeded = false;
};

} // namespace confidant::crm
