#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/crm/Deal.h"

#include <QCoreApplication>

namespace confidant::security {
class MutationGate;
}

namespace confidant::crm {

class PipelineService;

enum class DealSort
{
    Title,
    Value,
    ExpectedClose,
    RecentlyUpdated,
};

//! Filters and paging for DealService::list; every filter is optional and they combine with AND.
struct DealQuery
{
    std::optional<PipelineId> pipeline;
    std::optional<StageId> stage;
    std::optional<DealStatus> status;
    QString ownerUid;
    std::optional<CompanyId> company;
    std::optional<ContactId> contact;
    QString tag;
    //! Part of the title, any case.
    QString text;
    DealSort sort = DealSort::RecentlyUpdated;
    int limit = 200;
    QString after;
};

//! One line of the deal list or one card on the board: what they show, nothing more.
struct DealRow
{
    DealId id;
    QString uid;
    QString title;
    qint64 valueMinor = 0;
    QString currency;
    QDate expectedClose;
    QString ownerUid;
    QString ownerName;
    StageId stageId;
    QString stageName;
    DealStatus status = DealStatus::Open;
    QString companyName;
    qint64 updatedAtMs = 0;
};

struct DealPage
{
    QList<DealRow> rows;
    //! Empty when this is the last page.
    QString nextCursor;
};

//! One column of the board: its stage, how many deals and how much money (per currency), the first cards.
struct BoardColumn
{
    Stage stage;
    qint64 count = 0;
    //! Sum of value_minor per currency code.
    QMap<QString, qint64> totals;
    QList<DealRow> cards;
    //! For DealService::stageCards, to load more cards; empty when all are loaded.
    QString nextCursor;
};

struct Board
{
    Pipeline pipeline;
    QList<BoardColumn> columns;
};

//! Deals: create, edit, move between stages (with their history), win, lose, reopen, delete, the paged
//! list and the board. Writes need "edit contacts" and go through the MutationGate; reads "view contacts".
class DealService
{
    Q_DECLARE_TR_FUNCTIONS(DealService)

public:
    DealService(security::MutationGate& gate, const Clock& clock, PipelineService& pipelines);

    //! Creates a deal; pipeline and stage default to the first pipeline's first open stage, the owner to
    //! the acting profile. Records the first history row (from nothing to the stage).
    Result<Deal> create(Deal deal);
    Result<Deal> get(DealId id) const;
    Result<Deal> getByUid(const QString& uid) const;
    //! Saves the fields of `deal` except stage and status (use `move`); audits the changed field names.
    Result<Deal> update(Deal deal);
    //! Moves the deal to `stage` of its pipeline. A won or lost stage closes the deal (lost needs a reason),
    //! an open stage reopens it. Records a history row.
    Result<Deal> move(DealId id, StageId stage, const QString& reason = {});
    //! Moves to the pipeline's first won stage.
    Result<Deal> markWon(DealId id, const QString& reason = {});
    //! Moves to the pipeline's first lost stage; `reason` is required.
    Result<Deal> markLost(DealId id, const QString& reason);
    Result<void> remove(DealId id);

    Result<DealPage> list(const DealQuery& query) const;
    //! The board of a pipeline: per stage the count and totals per currency, and the `cardsPerStage`
    //! most recently updated cards.
    Result<Board> board(PipelineId pipeline, int cardsPerStage) const;
    //! More cards of one stage, after `after` (a BoardColumn's or a previous page's nextCursor).
    Result<DealPage> stageCards(StageId stage, int limit, const QString& after) const;
    Result<QList<StageChange>> history(DealId id) const;
    Result<qint64> count() const;

private:
    Result<Deal> changeStage(const Deal& deal, const Pipeline& pipeline, const Stage& target, const QString& reason);
    Result<void> validate(const Deal& deal) const;

    security::MutationGate& m_gate;
    const Clock& m_clock;
    PipelineService& m_pipelines;
};

} // namespace confidant::crm
