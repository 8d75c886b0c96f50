#include "DealBoardView.h"

#include "core/crm/PipelineService.h"

#include <QContextMenuEvent>
#include <QDrag>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <cmath>

namespace confidant::ui {

QString formatMoney(qint64 minor, const QString& currency)
{
    const QLocale locale;
    const int digits = std::max(0, crm::Currency::exponent(currency));
    const double value = double(minor) / std::pow(10.0, digits);
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == currency) {
        return locale.toCurrencyString(value, locale.currencySymbol(QLocale::CurrencySymbol), digits);
    }
    // A foreign currency: the locale's digits and the ISO code, which no locale glues to the number.
    return locale.toString(value, 'f', digits) + QChar(0x00A0) + currency;
}

// ---- DealCardList ----------------------------------------------------------------------------------------

DealCardList::DealCardList(crm::StageId stage, QWidget* parent)
    : QListWidget(parent)
    , m_stage(stage)
{
    setObjectName(QStringLiteral("stageList"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setWordWrap(true);
    setSpacing(4);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setStyleSheet(QStringLiteral("QListWidget#stageList::item { border: 1px solid palette(mid); border-radius: 4px; "
                                 "padding: 6px; background: palette(base); }"
                                 "QListWidget#stageList::item:selected { border: 2px solid palette(highlight); "
                                 "color: palette(text); }"
                                 "QListWidget#stageList { background: palette(window); }"));
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit openRequested(item->data(IdRole).toLongLong());
    });
}

QStringList DealCardList::mimeTypes() const
{
    return {QString::fromLatin1(kMimeType)};
}

QMimeData* DealCardList::mimeData(const QList<QListWidgetItem*>& items) const
{
    if (items.isEmpty()) {
        return nullptr;
    }
    auto* mime = new QMimeData;
    mime->setData(QString::fromLatin1(kMimeType), items.first()->data(UidRole).toString().toLatin1());
    return mime;
}

void DealCardList::startDrag(Qt::DropActions supportedActions)
{
    Q_UNUSED(supportedActions)
    QListWidgetItem* item = currentItem();
    if (!item) {
        return;
    }
    auto* drag = new QDrag(this);
    drag->setMimeData(mimeData({item}));
    // The board reloads the columns itself: never let Qt remove the item after the drop.
    drag->exec(Qt::MoveAction, Qt::MoveAction);
}

void DealCardList::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(kMimeType))) {
        event->acceptProposedAction();
    } else {
        event->ignore();
    }
}

void DealCardList::dragMoveEvent(QDragMoveEvent* event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(kMimeType))) {
        event->acceptProposedAction();
    } else {
        event->ignore();
    }
}

void DealCardList::dropEvent(QDropEvent* event)
{
    const QByteArray uid = event->mimeData()->data(QString::fromLatin1(kMimeType));
    if (uid.isEmpty()) {
        event->ignore();
        return;
    }
    // Accept as a copy: the source keeps its item until the board reloads both columns.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    emit dealDropped(QString::fromLatin1(uid), m_stage);
}

void DealCardList::keyPressEvent(QKeyEvent* event)
{
    if (event->modifiers() == Qt::ControlModifier && (event->key() == Qt::Key_Right || event->key() == Qt::Key_Left)) {
        if (QListWidgetItem* item = currentItem()) {
            emit moveRequested(item->data(IdRole).toLongLong(), event->key() == Qt::Key_Right ? 1 : -1);
        }
        event->accept();
        return;
    }
    QListWidget::keyPressEvent(event);
}

void DealCardList::contextMenuEvent(QContextMenuEvent* event)
{
    if (QListWidgetItem* item = itemAt(event->pos())) {
        setCurrentItem(item);
        emit contextMenuFor(item->data(IdRole).toLongLong(), event->globalPos());
    }
}

// ---- DealBoardView ---------------------------------------------------------------------------------------

DealBoardView::DealBoardView(crm::DealService& deals, crm::PipelineService& pipelines, QWidget* parent)
    : QWidget(parent)
    , m_deals(deals)
    , m_pipelines(pipelines)
{
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("boardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_columnsHost = new QWidget(scroll);
    m_columnsLayout = new QHBoxLayout(m_columnsHost);
    m_columnsLayout->setContentsMargins(0, 0, 0, 0);
    m_columnsLayout->setSpacing(8);
    scroll->setWidget(m_columnsHost);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void DealBoardView::setEditable(bool editable)
{
    m_editable = editable;
    for (Column& c : m_columns) {
        c.list->setDragEnabled(editable);
        c.list->setAcceptDrops(editable);
    }
}

void DealBoardView::setPipeline(crm::PipelineId pipeline)
{
    m_pipeline = pipeline;
    reload();
}

void DealBoardView::reload()
{
    for (Column& c : m_columns) {
        delete c.list->parentWidget();
    }
    m_columns.clear();
    auto board = m_deals.board(m_pipeline, kCardsPerStage);
    if (!board) {
        emit failed(board.error().message);
        return;
    }
    for (const crm::BoardColumn& col : board->columns) {
        auto* box = new QWidget(m_columnsHost);
        box->setObjectName(QStringLiteral("stageColumn"));
        box->setMinimumWidth(200);
        box->setMaximumWidth(280);
        auto* v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        Column column;
        column.stage = col.stage;
        column.header = new QLabel(box);
        QFont bold = column.header->font();
        bold.setBold(true);
        column.header->setFont(bold);
        column.totals = new QLabel(box);
        column.totals->setWordWrap(true);
        column.list = new DealCardList(col.stage.id, box);
        column.list->setDragEnabled(m_editable);
        column.list->setAcceptDrops(m_editable);
        column.more = new QPushButton(tr("Show more"), box);
        column.more->setFlat(true);
        v->addWidget(column.header);
        v->addWidget(column.totals);
        v->addWidget(column.list, 1);
        v->addWidget(column.more);
        m_columnsLayout->addWidget(box, 1);
        const crm::StageId stage = col.stage.id;
        connect(column.list, &DealCardList::dealDropped, this, [this](const QString& uid, crm::StageId target) {
            auto deal = m_deals.getByUid(uid);
            if (!deal) {
                emit failed(deal.error().message);
                return;
            }
            moveDeal(deal->id.value, target);
        });
        connect(column.list, &DealCardList::moveRequested, this, [this, stage](qint64 id, int delta) {
            for (int i = 0; i < m_columns.size(); ++i) {
                if (m_columns.at(i).stage.id == stage) {
                    const int target = i + delta;
                    if (target >= 0 && target < m_columns.size() && m_editable) {
                        moveDeal(id, m_columns.at(target).stage.id);
                    }
                    return;
                }
            }
        });
        connect(column.list, &DealCardList::openRequested, this, &DealBoardView::openRequested);
        connect(column.list, &DealCardList::contextMenuFor, this, &DealBoardView::showMenu);
        connect(column.more, &QPushButton::clicked, this, [this, stage] {
            for (Column& c : m_columns) {
                if (c.stage.id == stage) {
                    loadMore(c);
                }
            }
        });
        m_columns.append(column);
        fillColumn(m_columns.last(), col);
    }
}

void DealBoardView::fillColumn(Column& column, const crm::BoardColumn& col)
{
    column.stage = col.stage;
    column.header->setText(tr("%1 · %2").arg(col.stage.name, QLocale().toString(col.count)));
    QStringList totals;
    for (auto it = col.totals.constBegin(); it != col.totals.constEnd(); ++it) {
        totals.append(formatMoney(it.value(), it.key()));
    }
    column.totals->setText(totals.isEmpty() ? tr("No deals") : totals.join(QStringLiteral(" + ")));
    column.totals->setToolTip(tr("%1% probability").arg(col.stage.probability));
    column.list->clear();
    for (const crm::DealRow& row : col.cards) {
        column.list->addItem(makeCard(row));
    }
    column.nextCursor = col.nextCursor;
    column.more->setVisible(!column.nextCursor.isEmpty());
}

QListWidgetItem* DealBoardView::makeCard(const crm::DealRow& row) const
{
    QStringList lines {row.title};
    if (!row.companyName.isEmpty()) {
        lines.append(row.companyName);
    }
    QString money = formatMoney(row.valueMinor, row.currency);
    if (row.expectedClose.isValid()) {
        money += QStringLiteral(" · ") + QLocale().toString(row.expectedClose, QLocale::ShortFormat);
    }
    lines.append(money);
    if (!row.ownerName.isEmpty()) {
        lines.append(row.ownerName);
    }
    auto* item = new QListWidgetItem(lines.join(QLatin1Char('\n')));
    item->setData(DealCardList::UidRole, row.uid);
    item->setData(DealCardList::IdRole, row.id.value);
    item->setToolTip(row.title);
    return item;
}

void DealBoardView::loadMore(Column& column)
{
    if (column.nextCursor.isEmpty()) {
        return;
    }
    auto page = m_deals.stageCards(column.stage.id, kCardsPerStage, column.nextCursor);
    if (!page) {
        emit failed(page.error().message);
        return;
    }
    for (const crm::DealRow& row : page->rows) {
        column.list->addItem(makeCard(row));
    }
    column.nextCursor = page->nextCursor;
    column.more->setVisible(!column.nextCursor.isEmpty());
}

void DealBoardView::refreshColumns(const QList<crm::StageId>& stages)
{
    // Counts and totals of the whole pipeline are one grouped query; cards are reloaded for these stages only.
    auto board = m_deals.board(m_pipeline, 0);
    if (!board) {
        emit failed(board.error().message);
        return;
    }
    for (crm::BoardColumn col : board->columns) {
        if (!stages.contains(col.stage.id)) {
            continue;
        }
        for (Column& c : m_columns) {
            if (c.stage.id == col.stage.id) {
                auto cards = m_deals.stageCards(col.stage.id, kCardsPerStage, QString());
                if (cards) {
                    col.cards = cards->rows;
                    col.nextCursor = cards->nextCursor;
                }
                fillColumn(c, col);
            }
        }
    }
}

crm::StageId DealBoardView::stageOf(qint64 dealId) const
{
    for (const Column& c : m_columns) {
        for (int i = 0; i < c.list->count(); ++i) {
            if (c.list->item(i)->data(DealCardList::IdRole).toLongLong() == dealId) {
                return c.stage.id;
            }
        }
    }
    return {};
}

bool DealBoardView::moveDeal(qint64 dealId, crm::StageId target)
{
    const crm::StageId from = stageOf(dealId);
    if (from == target) {
        return false;
    }
    QString reason;
    for (const Column& c : m_columns) {
        if (c.stage.id == target && c.stage.kind == crm::StageKind::Lost) {
            bool ok = false;
            reason = QInputDialog::getText(
                this, tr("Deal lost"), tr("Why was the deal lost?"), QLineEdit::Normal, QString(), &ok);
            if (!ok || reason.trimmed().isEmpty()) {
                return false;
            }
        }
    }
    auto moved = m_deals.move(crm::DealId {dealId}, target, reason);
    if (!moved) {
        emit failed(moved.error().message);
        return false;
    }
    refreshColumns({from, target});
    if (DealCardList* list = listFor(target)) {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(DealCardList::IdRole).toLongLong() == dealId) {
                list->setCurrentRow(i);
                list->setFocus();
            }
        }
    }
    emit dealMoved();
    return true;
}

DealCardList* DealBoardView::listFor(crm::StageId stage) const
{
    for (const Column& c : m_columns) {
        if (c.stage.id == stage) {
            return c.list;
        }
    }
    return nullptr;
}

void DealBoardView::showMenu(qint64 dealId, const QPoint& globalPos)
{
    QMenu menu(this);
    menu.addAction(tr("Open…"), this, [this, dealId] { emit openRequested(dealId); });
    QMenu* moveTo = menu.addMenu(tr("Move to"));
    moveTo->setEnabled(m_editable);
    const crm::StageId current = stageOf(dealId);
    for (const Column& c : m_columns) {
        QAction* action = moveTo->addAction(c.stage.name);
        action->setEnabled(c.stage.id != current);
        const crm::StageId target = c.stage.id;
        connect(action, &QAction::triggered, this, [this, dealId, target] { moveDeal(dealId, target); });
    }
    menu.exec(globalPos);
}

} // namespace confidant::ui
