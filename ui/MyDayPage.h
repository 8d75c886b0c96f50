#pragma once

#include "core/crm/Activity.h"

#include <QTimeZone>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace confidant {
class Session;
}

namespace confidant::ui {

class ChangeNotifier;

//! "My day": the acting profile's overdue tasks (highlighted) and those due today. Ticking one completes
//! it, double-click edits it, "New task" adds one. Refreshes on every change of activities.
class MyDayPage : public QWidget
{
    Q_OBJECT

public:
    MyDayPage(Session& session, ChangeNotifier& notifier, QWidget* parent = nullptr);

    //! Loads the lists again (the day may have turned, the profile changed).
    void refresh();
    void updatePermissions();
    //! "2 overdue, 3 due today", for the status bar.
    QString statusText() const;
    QTreeWidget* tree() const
    {
        return m_tree;
    }
    //! The zone "today" is reckoned in; the system's by default (tests set one).
    void setTimeZone(const QTimeZone& zone);
    //! Opens the editor for a new task.
    void newTask();

signals:
    void statusTextChanged(const QString& text);

private:
    QTreeWidgetItem* addGroup(const QString& title, const QList<crm::Activity>& tasks, bool overdue);
    void itemChanged(QTreeWidgetItem* item, int column);
    void editItem(QTreeWidgetItem* item);

    Session& m_session;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QTreeWidget* m_tree = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_newTask = nullptr;
    QList<crm::Activity> m_tasks;
    int m_overdue = 0;
    int m_today = 0;
    bool m_loading = false;
};

} // namespace confidant::ui
