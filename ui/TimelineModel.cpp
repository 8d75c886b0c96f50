#include "TimelineModel.h"

#include "core/crm/ActivityService.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace confidant::ui {

TimelineModel::TimelineModel(crm::ActivityService& activities,
                             crm::EntityType type,
                             const QString& entityUid,
                             std::function<qint64()> nowMs,
                             QObject* parent)
    : QAbstractListModel(parent)
    , m_activities(activities)
    , m_type(type)
    , m_entityUid(entityUid)
    , m_now(std::move(nowMs))
{
}

QString TimelineModel::kindLabel(crm::ActivityKind kind)
{
    switch (kind) {
    case crm::ActivityKind::Call:
        return tr("Call");
    case crm::ActivityKind::Meeting:
        return tr("Meeting");
    case crm::ActivityKind::Email:
        return tr("Email");
    case crm::ActivityKind::Note:
        return tr("Note");
    case crm::ActivityKind::Task:
        return tr("Task");
    }
    return {};
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const crm::Activity& a = m_rows.at(index.row());
    const bool overdue = a.isTask() && !a.isDone() && m_now && a.dueAtMs.value_or(0) < m_now();
    QString bodyLine;
    for (const QString& line : a.body.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty()) {
            bodyLine = line.trimmed();
            break;
        }
    }
    QStringList names;
    for (const auto& l : a.links) {
        names.append(l.label);
    }
    switch (role) {
    case Qt::DisplayRole: {
        const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(a.atMs), QLocale::ShortFormat);
        QString head = a.subject.isEmpty() ? bodyLine : a.subject;
        QString text = tr("%1 · %2").arg(kindLabel(a.kind), head);
        if (!a.subject.isEmpty() && !bodyLine.isEmpty()) {
            text += QLatin1Char('\n') + bodyLine;
        }
        QString meta = a.isTask() ? (a.isDone() ? tr("Done · due %1").arg(when)
                                                : (overdue ? tr("Overdue · due %1").arg(when) : tr("Due %1").arg(when)))
                                  : when;
        if (!names.isEmpty()) {
            meta += tr(" · %1").arg(names.join(QStringLiteral(", ")));
        }
        return text + QLatin1Char('\n') + meta;
    }
    case Qt::ToolTipRole:
        return a.body.left(2000);
    case Qt::CheckStateRole:
        if (a.isTask()) {
            return a.isDone() ? Qt::Checked : Qt::Unchecked;
        }
        return {};
    case Qt::FontRole:
        if (a.isTask() && a.isDone()) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case KindRole:
        return static_cast<int>(a.kind);
    case SubjectRole:
        return a.subject;
    case BodyLineRole:
        return bodyLine;
    case AtRole:
        return QDateTime::fromMSecsSinceEpoch(a.atMs);
    case LinksRole:
        return names.join(QStringLiteral(", "));
    case DoneRole:
        return a.isDone();
    case UidRole:
        return a.uid;
    case OverdueRole:
        return overdue;
    default:
        return {};
    }
}

Qt::ItemFlags TimelineModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractListModel::flags(index);
    if (index.isValid() && index.row() < m_rows.size() && m_rows.at(index.row()).isTask() && m_editable) {
        f |= Qt::ItemIsUserCheckable;
    }
    return f;
}

void TimelineModel::setEditable(bool editable)
{
    m_editable = editable;
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0), index(static_cast<int>(m_rows.size()) - 1));
    }
}

bool TimelineModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || index.row() >= m_rows.size()) {
        return false;
    }
    const crm::Activity& a = m_rows.at(index.row());
    if (!a.isTask()) {
        return false;
    }
    const bool done = value.toInt() == Qt::Checked;
    m_writing = true;
    auto changed = done ? m_activities.complete(a.id) : m_activities.reopen(a.id);
    m_writing = false;
    if (!changed) {
        m_error = changed.error().message;
        emit failed(m_error);
        return false;
    }
    m_rows[index.row()].doneAtMs = changed->doneAtMs;
    emit dataChanged(index, index);
    return true;
}

bool TimelineModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void TimelineModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd) {
        return;
    }
    auto page = m_activities.timeline(m_type, m_entityUid, kPageSize, m_next);
    if (!page) {
        m_atEnd = true; // no retry loop from the view; reload() tries again
        m_error = page.error().message;
        emit failed(m_error);
        return;
    }
    m_error.clear();
    m_next = page->nextCursor;
    m_atEnd = m_next.isEmpty();
    if (page->rows.isEmpty()) {
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page->rows.size()) - 1);
    m_rows += page->rows;
    endInsertRows();
}

void TimelineModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_next.clear();
    m_atEnd = false;
    endResetModel();
    fetchMore({});
}

} // namespace confidant::ui
