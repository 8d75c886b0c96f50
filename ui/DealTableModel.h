#pragma once

#include "core/crm/DealService.h"

#include <QAbstractTableModel>

namespace confidant::ui {

//! The deals table, loaded lazily a page at a time through DealService::list (keyset paging); data()
//! never queries.
class DealTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        ValueColumn,
        StageColumn,
        StatusColumn,
        CloseColumn,
        CompanyColumn,
        OwnerColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int kPageSize = 200;

    explicit DealTableModel(crm::DealService& deals, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    //! Title, value and expected close sort by that column; the others by last update.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    //! Filters (pipeline, stage, status, owner, text); sort and paging come from the model. Reloads.
    void setFilter(const crm::DealQuery& filter);
    void refresh();
    int sortColumn() const;

signals:
    void loadFailed(const QString& message);

private:
    void reload(int limit);

    crm::DealService& m_deals;
    crm::DealQuery m_query;
    QList<crm::DealRow> m_rows;
    QString m_cursor;
    bool m_atEnd = true;
};

} // namespace confidant::ui
