#pragma once

#include "core/crm/ContactService.h"

#include <QAbstractTableModel>

#include <optional>

namespace confidant::ui {

//! The contacts list, loaded lazily a page at a time through ContactService::list (keyset paging).
//! data() never queries: it only reads rows already fetched.
class ContactTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        EmailColumn,
        PhoneColumn,
        CompanyColumn,
        CityColumn,
        UpdatedColumn,
        ColumnCount
    };
    //! data() role holding a row's ContactId value (qint64).
    static constexpr int IdRole = Qt::UserRole + 1;
    //! data() role holding a row's uid.
    static constexpr int UidRole = Qt::UserRole + 2;
    static constexpr int kPageSize = 200;

    explicit ContactTableModel(crm::ContactService& contacts, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    //! Name sorts by family name, and by given name when clicked again; Updated sorts newest first.
    //! Other columns, and any column while searching, keep the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    //! Filters by search-as-you-type text (empty: all contacts) and reloads from the first page.
    void setSearch(const QString& text);
    QString search() const
    {
        return m_search;
    }
    bool isSearching() const;
    //! Narrows the list to a saved filter's contacts (an empty filter: all) and reloads; the search text
    //! narrows it further.
    void setFilter(const crm::ContactFilter& filter);
    const crm::ContactFilter& filter() const
    {
        return m_filter;
    }
    bool isFiltered() const
    {
        return !m_filter.isEmpty();
    }
    crm::ContactSort sortOrder() const
    {
        return m_sort;
    }
    //! The column whose header shows the sort indicator.
    int sortColumn() const;
    //! Reloads as many rows as are loaded now (after a write), keeping search and sort.
    void refresh();
    std::optional<crm::ContactId> idAt(int row) const;
    //! The row's name as the list shows it, for confirmations.
    QString displayNameAt(int row) const;

signals:
    //! Loading failed; `message` is the core's translated message.
    void loadFailed(const QString& message);
    //! Rows were (re)loaded.
    void loaded();

private:
    void reload(int limit);
    crm::ContactQuery query(int limit, const QString& after) const;
    QString nameOf(const crm::ContactRow& row) const;

    crm::ContactService& m_contacts;
    crm::ContactSort m_sort = crm::ContactSort::FamilyName;
    QString m_search;
    crm::ContactFilter m_filter;
    QList<crm::ContactRow> m_rows;
    QString m_cursor;
    bool m_atEnd = true;
};

} // namespace confidant::ui
