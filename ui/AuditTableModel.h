#pragma once

#include "core/security/AuditLog.h"

#include <QAbstractTableModel>
#include <QSet>

namespace confidant::security {
class AuditService;
}

namespace confidant::ui {

//! The audit trail, newest first, loaded lazily a page at a time through AuditService::list (paging by
//! sequence number). data() never queries: it only reads entries already fetched.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeqColumn,
        TimeColumn,
        ProfileColumn,
        ActionColumn,
        EntityTypeColumn,
        EntityUidColumn,
        SummaryColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 200;
    //! data() role holding an entry's sequence number (qint64).
    static constexpr int SeqRole = Qt::UserRole + 1;

    explicit AuditTableModel(security::AuditService& audit, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    //! Filters (its paging fields are ignored) and reloads from the newest entry.
    void setQuery(const security::AuditQuery& query);
    const security::AuditQuery& query() const
    {
        return m_query;
    }
    //! Reloads from the newest entry (after a write), keeping the filters.
    void refresh();
    //! The actions of the entries loaded so far, for the filter's suggestions.
    QStringList actionsSeen() const;
    const security::AuditEntry* entryAt(int row) const;

signals:
    //! Loading failed; `message` is the core's translated message.
    void loadFailed(const QString& message);
    //! Rows were (re)loaded.
    void loaded();

private:
    void reload();

    security::AuditService& m_audit;
    security::AuditQuery m_query;
    QList<security::AuditEntry> m_rows;
    QSet<QString> m_actions;
    bool m_atEnd = true;
};

} // namespace confidant::ui
