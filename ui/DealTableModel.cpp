#include "DealTableModel.h"

#include "ui/DealBoardView.h"

#include <QLocale>

#include <algorithm>

namespace confidant::ui {

DealTableModel::DealTableModel(crm::DealService& deals, QObject* parent)
    : QAbstractTableModel(parent)
    , m_deals(deals)
{
}

int DealTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DealTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DealTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const crm::DealRow& row = m_rows.at(index.row());
    if (role == IdRole) {
        return row.id.value;
    }
    if (role == Qt::TextAlignmentRole) {
        return index.column() == ValueColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case TitleColumn:
        return row.title;
    case ValueColumn:
        return formatMoney(row.valueMinor, row.currency);
    case StageColumn:
        return row.stageName;
    case StatusColumn:
        return row.status == crm::DealStatus::Open ? tr("Open")
            : row.status == crm::DealStatus::Won   ? tr("Won")
                                                   : tr("Lost");
    case CloseColumn:
        return row.expectedClose.isValid() ? QLocale().toString(row.expectedClose, QLocale::ShortFormat) : QString();
    case CompanyColumn:
        return row.companyName;
    case OwnerColumn:
        return row.ownerName;
    default:
        return {};
    }
}

QVariant DealTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case ValueColumn:
        return tr("Value");
    case StageColumn:
        return tr("Stage");
    case StatusColumn:
        return tr("Status");
    case CloseColumn:
        return tr("Expected close");
    case CompanyColumn:
        return tr("Company");
    case OwnerColumn:
        return tr("Owner");
    default:
        return {};
    }
}

bool DealTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void DealTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd) {
        return;
    }
    crm::DealQuery q = m_query;
    q.limit = kPageSize;
    q.after = m_cursor;
    auto page = m_deals.list(q);
    if (!page) {
        m_atEnd = true;
        emit loadFailed(page.error().message);
        return;
    }
    if (!page->rows.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(page->rows.size()) - 1);
        m_rows.append(page->rows);
        endInsertRows();
    }
    m_cursor = page->nextCursor;
    m_atEnd = m_cursor.isEmpty();
}

void DealTableModel::sort(int column, Qt::SortOrder order)
{
    Q_UNUSED(order)
    const crm::DealSort sort = column == TitleColumn ? crm::DealSort::Title
        : column == ValueColumn                      ? crm::DealSort::Value
        : column == CloseColumn                      ? crm::DealSort::ExpectedClose
                                                     : crm::DealSort::RecentlyUpdated;
    if (sort == m_query.sort) {
        return;
    }
    m_query.sort = sort;
    reload(kPageSize);
}

int DealTableModel::sortColumn() const
{
    switch (m_query.sort) {
    case crm::DealSort::Title:
        return TitleColumn;
    case crm::DealSort::Value:
        return ValueColumn;
    case crm::DealSort::ExpectedClose:
        return CloseColumn;
    case crm::DealSort::RecentlyUpdated:
        break;
    }
    return -1;
}

void DealTableModel::setFilter(const crm::DealQuery& filter)
{
    const crm::DealSort sort = m_query.sort;
    m_query = filter;
    m_query.sort = sort;
    reload(kPageSize);
}

void DealTableModel::refresh()
{
    reload(std::clamp(static_cast<int>(m_rows.size()), kPageSize, 10000));
}

void DealTableModel::reload(int limit)
{
    beginResetModel();
    m_rows.clear();
    m_cursor.clear();
    m_atEnd = true;
    crm::DealQuery q = m_query;
    q.limit = limit;
    q.after.clear();
    auto page = m_deals.list(q);
    if (page) {
        m_rows = page->rows;
        m_cursor = page->nextCursor;
        m_atEnd = m_cursor.isEmpty();
    }
    endResetModel();
    if (!page) {
        emit loadFailed(page.error().message);
    }
}

} // namespace confidant::ui
