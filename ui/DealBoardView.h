#pragma once

#include "core/crm/DealService.h"

#include <QListWidget>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace confidant::ui {

//! One column of the board: a list of deal cards that can be dragged out (QDrag with the deal's uid under
//! kMimeType) and dropped into; Ctrl+Right / Ctrl+Left ask to move the selected card one stage on or back.
class DealCardList : public QListWidget
{
    Q_OBJECT

public:
    static constexpr const char* kMimeType = "application/x-confidant-deal-uid";
    //! data() role of an item holding the deal's uid (QString) and id (qint64).
    static constexpr int UidRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;

    DealCardList(crm::StageId stage, QWidget* parent = nullptr);
    crm::StageId stage() const
    {
        return m_stage;
    }

signals:
    //! A card with this uid was dropped here.
    void dealDropped(const QString& uid, crm::StageId stage);
    //! Move the deal `delta` stages on (+1) or back (-1).
    void moveRequested(qint64 dealId, int delta);
    void openRequested(qint64 dealId);
    void contextMenuFor(qint64 dealId, const QPoint& globalPos);

protected:
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override;
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    crm::StageId m_stage;
};

//! The deals board: one column per stage of a pipeline, with the count and totals per currency in its
//! header and the most recently updated cards below (more on demand). Moves go through DealService; a
//! move into a lost stage asks for the reason. After a move only the two affected columns are reloaded.
class DealBoardView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kCardsPerStage = 50;

    DealBoardView(crm::DealService& deals, crm::PipelineService& pipelines, QWidget* parent = nullptr);

    //! Shows the board of `pipeline` (rebuilds every column).
    void setPipeline(crm::PipelineId pipeline);
    void reload();
    void setEditable(bool editable);
    //! The column list of a stage (tests, keyboard focus).
    DealCardList* listFor(crm::StageId stage) const;
    //! Moves a deal; asks for a reason when the target is a lost stage. Returns false when nothing moved.
    bool moveDeal(qint64 dealId, crm::StageId target);

signals:
    void openRequested(qint64 dealId);
    void failed(const QString& message);
    void dealMoved();

private:
    struct Column
    {
        crm::Stage stage;
        QLabel* header = nullptr;
        QLabel* totals = nullptr;
        DealCardList* list = nullptr;
        QPushButton* more = nullptr;
        QString nextCursor;
    };

    void fillColumn(Column& column, const crm::BoardColumn& col);
    void refreshColumns(const QList<crm::StageId>& stages);
    void loadMore(Column& column);
    void showMenu(qint64 dealId, const QPoint& globalPos);
    QListWidgetItem* makeCard(const crm::DealRow& row) const;
    crm::StageId stageOf(qint64 dealId) const;

    crm::DealService& m_deals;
    crm::PipelineService& m_pipelines;
    crm::PipelineId m_pipeline;
    QHBoxLayout* m_columnsLayout = nullptr;
    QWidget* m_columnsHost = nullptr;
    QList<Column> m_columns;
    bool m_editable = true;
};

//! Formats money for people: the locale's digits and the currency's code, e.g. "€1,234.50" or "1.234,50 €".
QString formatMoney(qint64 minor, const QString& currency);

} // namespace confidant::ui
