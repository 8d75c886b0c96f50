#include "CompanyTableModel.h"

#include <QLocale>

#include <algorithm>

namespace confidant::ui {

namespace {

crm::CompanyQuery query(decltype(crm::CompanyQuery::sort) sort, const QString& search, int limit, const QString& after)
{
    crm::CompanyQuery q;
    q.sort = sort;
    q.search = search;
    q.limit = limit;
    q.after = after;
    return q;
}

constexpr int kMaxReload = 10000;

} // namespace

CompanyTableModel::CompanyTableModel(crm::CompanyService& companies, QObject* parent)
    : QAbstractTableModel(parent)
    , m_companies(companies)
{
    reload(kPageSize);
}

int CompanyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CompanyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompanyTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const crm::CompanyRow& row = m_rows.at(index.row());
    if (role == IdRole) {
        return row.id.value;
    }
    if (role == Qt::TextAlignmentRole) {
        return index.column() == ContactsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return row.name;
    case DomainColumn:
        return row.domain;
    case PhoneColumn:
        return row.phone;
    case CityColumn:
        return row.city;
    case ContactsColumn:
        return QLocale().toString(row.contactCount);
    default:
        return {};
    }
}

QVariant CompanyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::TextAlignmentRole && section == ContactsColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DomainColumn:
        return tr("Domain");
    case PhoneColumn:
        return tr("Phone");
    case CityColumn:
        return tr("City");
    case ContactsColumn:
        return tr("Contacts");
    default:
        return {};
    }
}

bool CompanyTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void CompanyTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd) {
        return;
    }
    auto page = m_companies.list(query(m_sort, m_search, kPageSize, m_cursor));
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
    emit loaded();
}

void CompanyTableModel::sort(int column, Qt::SortOrder order)
{
    Q_UNUSED(order)
    if (isSearching() || column != NameColumn || m_sort == crm::CompanySort::Name) {
        return;
    }
    m_sort = crm::CompanySort::Name;
    reload(kPageSize);
}

int CompanyTableModel::sortColumn() const
{
    return isSearching() ? -1 : NameColumn;
}

void CompanyTableModel::setSearch(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search) {
        return;
    }
    m_search = trimmed;
    reload(kPageSize);
}

bool CompanyTableModel::isSearching() const
{
    return !m_search.isEmpty();
}

void CompanyTableModel::refresh()
{
    reload(std::clamp(static_cast<int>(m_rows.size()), kPageSize, kMaxReload));
}

void CompanyTableModel::reload(int limit)
{
    beginResetModel();
    m_rows.clear();
    m_cursor.clear();
    m_atEnd = true;
    auto page = m_companies.list(query(m_sort, m_search, limit, QString()));
    if (page) {
        m_rows = page->rows;
        m_cursor = page->nextCursor;
        m_atEnd = m_cursor.isEmpty();
    }
    endResetModel();
    if (!page) {
        emit loadFailed(page.error().message);
        return;
    }
    emit loaded();
}

std::optional<crm::CompanyId> CompanyTableModel::idAt(int row) const
{
    if (row < 0 || row >= m_rows.size()) {
        return std::nullopt;
    }
    return m_rows.at(row).id;
}

QString CompanyTableModel::displayNameAt(int row) const
{
    if (row < 0 || row >= m_rows.size()) {
        return {};
    }
    return m_rows.at(row).name;
}

} // namespace confidant::ui
