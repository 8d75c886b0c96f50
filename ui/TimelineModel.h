#pragma once

#include "core/crm/Activity.h"

#include <QAbstractListModel>

#include <functional>

namespace confidant::crm {
class ActivityService;
}

namespace confidant::ui {

//! The timeline of one contact, company or deal, newest first, grown a page at a time through
//! `fetchMore()` (STYLE.md "QObject, threads, models"). `data()` never queries. Tasks are checkable: the
//! check state toggles done through ActivityService.
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 50;

    enum Role
    {
        KindRole = Qt::UserRole + 1, //!< crm::ActivityKind as int
        SubjectRole,
        BodyLineRole, //!< the first non-empty line of the body
        AtRole, //!< QDateTime (local)
        LinksRole, //!< the linked records' names, joined
        DoneRole, //!< bool; tasks only
        UidRole,
        OverdueRole, //!< bool: an open task due before now
    };

    //! `entityUid` names the record; `nowMs` (may be empty) tells which open tasks are overdue.
    TimelineModel(crm::ActivityService& activities,
                  crm::EntityType type,
                  const QString& entityUid,
                  std::function<qint64()> nowMs = {},
                  QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    const crm::Activity& activityAt(int row) const
    {
        return m_rows.at(row);
    }
    //! Whether tasks may be ticked off (the profile may edit).
    void setEditable(bool editable);
    //! Drops the rows and loads the first page again (after a change).
    void reload();
    //! True while a tick is being written (listeners of the change notifier should not reload then).
    bool isWriting() const
    {
        return m_writing;
    }
    //! The message of the last failed load or write; empty when fine.
    QString lastError() const
    {
        return m_error;
    }

    //! Translated name of a kind ("Call", "Meeting" …).
    static QString kindLabel(crm::ActivityKind kind);

signals:
    //! A load or write failed; `message` is translated.
    void failed(const QString& message);

private:
    crm::ActivityService& m_activities;
    crm::EntityType m_type;
    QString m_entityUid;
    std::function<qint64()> m_now;
    QList<crm::Activity> m_rows;
    QString m_next;
    bool m_atEnd = false;
    bool m_editable = true;
    bool m_writing = false;
    QString m_error;
};

} // namespace confidant::ui
