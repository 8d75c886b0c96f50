#include "AuditTableModel.h"

#include "core/security/AuditService.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace confidant::ui {

AuditTableModel::AuditTableModel(security::AuditService& audit, QObject* parent)
    : QAbstractTableModel(parent)
    , m_audit(audit)
{
    reload();
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const security::AuditEntry& e = m_rows.at(index.row());
    if (role == SeqRole) {
        return e.seq;
    }
    if (role == Qt::TextAlignmentRole && index.column() == SeqColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case SeqColumn:
        return e.seq;
    case TimeColumn: {
        // Local time, to the second, sortable at a glance; the tooltip adds the UTC time the trail stores.
        const QDateTime utc = QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC);
        if (role == Qt::ToolTipRole) {
            return tr("%1\n%2 UTC")
                .arg(QLocale().toString(utc.toLocalTime(), QLocale::LongFormat), utc.toString(Qt::ISODateWithMs));
        }
        return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    case ProfileColumn:
        return role == Qt::ToolTipRole && !e.profileUid.isEmpty() ? tr("%1 (%2)").arg(e.profileName, e.profileUid)
                                                                  : e.profileName;
    case ActionColumn:
        return e.action;
    case EntityTypeColumn:
        return e.entityType;
    case EntityUidColumn:
        return e.entityUid;
    case SummaryColumn:
        return e.summary;
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case SeqColumn:
        return tr("No.");
    case TimeColumn:
        return tr("Time");
    case ProfileColumn:
        return tr("Profile");
    case ActionColumn:
        return tr("Action");
    case EntityTypeColumn:
        return tr("Entity");
    case EntityUidColumn:
        return tr("Entity UID");
    case SummaryColumn:
        return tr("Details");
    default:
        return {};
    }
}

bool AuditTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void AuditTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd || m_rows.isEmpty()) {
        return;
    }
    security::AuditQuery page = m_query;
    page.limit = kPageSize;
    page.beforeSeq = m_rows.constLast().seq;
    auto entries = m_audit.list(page);
    if (!entries) {
        m_atEnd = true; // do not retry in a loop; a refresh or new filter tries again
        emit loadFailed(entries.error().message);
        return;
    }
    if (!entries->isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(entries->size()) - 1);
        for (const auto& e : *entries) {
            m_actions.insert(e.action);
        }
        m_rows.append(*entries);
        endInsertRows();
    }
    m_atEnd = entries->size() < kPageSize;
    emit loaded();
}

void AuditTableModel::setQuery(const security::AuditQuery& query)
{
    m_query = query;
    m_query.beforeSeq = 0;
    m_query.limit = kPageSize;
    reload();
}

void AuditTableModel::refresh()
{
    reload();
}

void AuditTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = true;
    security::AuditQuery first = m_query;
    first.beforeSeq = 0;
    first.limit = kPageSize;
    auto entries = m_audit.list(first);
    if (entries) {
        m_rows = *entries;
        m_atEnd = entries->size() < kPageSize;
        for (const auto& e : *entries) {
            m_actions.insert(e.action);
        }
    }
    endResetModel();
    if (!entries) {
        emit loadFailed(entries.error().message);
        return;
    }
    emit loaded();
}

QStringList AuditTableModel::actionsSeen() const
{
    QStringList actions(m_actions.cbegin(), m_actions.cend());
    std::sort(actions.begin(), actions.end());
    return actions;
}

const security::AuditEntry* AuditTableModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

} // namespace confidant::ui
