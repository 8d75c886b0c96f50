#pragma once

#include "core/crm/Activity.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace confidant {
class Session;
}

namespace confidant::ui {

class ChangeNotifier;
class TimelineModel;

//! The timeline of one contact, company or deal: newest first, loaded lazily, with buttons to log a call,
//! meeting or email, add a note or a task (prefilled with the link to this record). Tasks are ticked off
//! in place; double-click opens an entry. Self-contained: embed it in any editor or detail view.
class TimelineWidget : public QWidget
{
    Q_OBJECT

public:
    //! `notifier` (may be null) reloads the timeline when activities change elsewhere.
    TimelineWidget(Session& session,
                   crm::EntityType type,
                   const QString& entityUid,
                   ChangeNotifier* notifier = nullptr,
                   QWidget* parent = nullptr);

    TimelineModel* model() const
    {
        return m_model;
    }
    QListView* view() const
    {
        return m_view;
    }
    //! Shows or hides the buttons that write, as the acting profile may (the service checks again).
    void updatePermissions();
    //! While the record's processing is restricted (Art. 18) the timeline shows without the buttons that
    //! write, whatever the profile may do (the core refuses those writes).
    void setLocked(bool locked);
    //! Opens the editor for a new entry of `kind`, linked to this record.
    void newEntry(crm::ActivityKind kind);

private:
    void openEntry(int row);
    void updateEmptyState();

    Session& m_session;
    crm::EntityRef m_self;
    TimelineModel* m_model = nullptr;
    QListView* m_view = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_error = nullptr;
    QList<QPushButton*> m_writeButtons;
    bool m_writing = false;
    bool m_locked = false;
};

} // namespace confidant::ui
