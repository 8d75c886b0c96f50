#pragma once

#include "core/crm/CompanyService.h"

#include <QAbstractTableModel>

#include <optional>

namespace confidant::ui {

//! The companies list, loaded lazily a page at a time through CompanyService::list (keyset paging).
//! data() never queries: it only reads rows already fetched.
class CompanyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        DomainColumn,
        PhoneColumn,
        CityColumn,
        ContactsColumn,
        ColumnCount
    };
    //! data() role holding a row's CompanyId value (qint64).
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int kPageSize = 200;

    explicit CompanyTableModel(crm::CompanyService& companies, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    //! Name sorts by name; the other columns, and any column while searching, keep the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    //! Filters by search-as-you-type text (empty: all companies) and reloads from the first page.
    void setSearch(const QString& text);
    QString search() const
    {
        return m_search;
    }
    bool isSearching() const;
    //! The column whose header shows the sort indicator.
    int sortColumn() const;
    //! Reloads as many rows as are loaded now (after a write), keeping search and sort.
    void refresh();
    std::optional<crm::CompanyId> idAt(int row) const;
    QString displayNameAt(int row) const;

signals:
    void loadFailed(const QString& message);
    void loaded();

private:
    void reload(int limit);

    crm::CompanyService& m_companies;
    crm::CompanySort m_sort = crm::CompanySort::Name;
    QString m_search;
    QList<crm::CompanyRow> m_rows;
    QString m_cursor;
    bool m_atEnd = true;
};

} // namespace confidant::ui
