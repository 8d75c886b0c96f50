#include "ContactTableModel.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace confidant::ui {

namespace {

// The service returns at most this many rows per call.
constexpr int kMaxReload = 10000;

} // namespace

crm::ContactQuery ContactTableModel::query(int limit, const QString& after) const
{
    crm::ContactQuery q;
    q.sort = m_sort;
    q.search = m_search;
    q.filter = m_filter;
    q.limit = limit;
    q.after = after;
    return q;
}

ContactTableModel::ContactTableModel(crm::ContactService& contacts, QObject* parent)
    : QAbstractTableModel(parent)
    , m_contacts(contacts)
{
    reload(kPageSize);
}

int ContactTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ContactTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ContactTableModel::nameOf(const crm::ContactRow& row) const
{
    const QString given = row.givenName.trimmed();
    const QString family = row.familyName.trimmed();
    if (given.isEmpty() || family.isEmpty()) {
        return given.isEmpty() ? family : given;
    }
    if (m_sort == crm::ContactSort::GivenName && !isSearching()) {
        return tr("%1 %2", "given name, family name").arg(given, family);
    }
    return tr("%1, %2", "family name, given name").arg(family, given);
}

QVariant ContactTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const crm::ContactRow& row = m_rows.at(index.row());
    if (role == IdRole) {
        return row.id.value;
    }
    if (role == UidRole) {
        return row.uid;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return nameOf(row);
    case EmailColumn:
        return row.email;
    case PhoneColumn:
        return row.phone;
    case CompanyColumn:
        return row.companyName;
    case CityColumn:
        return row.city;
    case UpdatedColumn: {
        // Like a mail client: today's changes by time, older ones by date; the tooltip has both.
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(row.updatedAtMs, Qt::UTC).toLocalTime();
        if (role == Qt::ToolTipRole) {
            return QLocale().toString(when, QLocale::LongFormat);
        }
        return when.date() == QDate::currentDate() ? QLocale().toString(when.time(), QLocale::ShortFormat)
                                                   : QLocale().toString(when.date(), QLocale::ShortFormat);
    }
    default:
        return {};
    }
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return m_sort == crm::ContactSort::GivenName && !isSearching() ? tr("Name (given, family)")
                                                                       : tr("Name (family, given)");
    case EmailColumn:
        return tr("Email");
    case PhoneColumn:
        return tr("Phone");
    case CompanyColumn:
        return tr("Company");
    case CityColumn:
        return tr("City");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

bool ContactTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ContactTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd) {
        return;
    }
    auto page = m_contacts.list(query(kPageSize, m_cursor));
    if (!page) {
        m_atEnd = true; // do not retry in a loop; a refresh or new search tries again
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

void ContactTableModel::sort(int column, Qt::SortOrder order)
{
    Q_UNUSED(order)
    if (isSearching()) {
        return; // search results come in index order
    }
    crm::ContactSort next = m_sort;
    if (column == NameColumn) {
        next = m_sort == crm::ContactSort::FamilyName ? crm::ContactSort::GivenName : crm::ContactSort::FamilyName;
    } else if (column == UpdatedColumn) {
        next = crm::ContactSort::RecentlyUpdated;
    } else {
        return;
    }
    m_sort = next;
    reload(kPageSize);
    emit headerDataChanged(Qt::Horizontal, NameColumn, NameColumn);
}

int ContactTableModel::sortColumn() const
{
    if (isSearching()) {
        return -1;
    }
    return m_sort == crm::ContactSort::RecentlyUpdated ? UpdatedColumn : NameColumn;
}

void ContactTableModel::setSearch(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search) {
        return;
    }
    m_search = trimmed;
    reload(kPageSize);
    emit headerDataChanged(Qt::Horizontal, NameColumn, NameColumn);
}

void ContactTableModel::setFilter(const crm::ContactFilter& filter)
{
    if (filter == m_filter) {
        return;
    }
    m_filter = filter;
    reload(kPageSize);
}

bool ContactTableModel::isSearching() const
{
    return !m_search.isEmpty();
}

void ContactTableModel::refresh()
{
    reload(std::clamp(static_cast<int>(m_rows.size()), kPageSize, kMaxReload));
}

void ContactTableModel::reload(int limit)
{
    beginResetModel();
    m_rows.clear();
    m_cursor.clear();
    m_atEnd = true;
    auto page = m_contacts.list(query(limit, QString()));
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

std::optional<crm::ContactId> ContactTableModel::idAt(int row) const
{
    if (row < 0 || row >= m_rows.size()) {
        return std::nullopt;
    }
    return m_rows.at(row).id;
}

QString ContactTableModel::displayNameAt(int row) const
{
    if (row < 0 || row >= m_rows.size()) {
        return {};
    }
    const crm::ContactRow& r = m_rows.at(row);
    return (r.givenName.trimmed() + QLatin1Char(' ') + r.familyName.trimmed()).trimmed();
}

} // namespace confidant::ui
