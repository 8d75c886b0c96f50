#pragma once

#include "core/crm/Activity.h"

#include <QObject>
#include <QSet>

class QSystemTrayIcon;
class QTimer;

namespace confidant {
class Session;
}

namespace confidant::ui {

//! Checks every minute for the acting profile's task reminders that have come due and announces each task
//! once per session: `reminded` (the window shows the subject in its status bar) and, where the desktop has
//! a system tray, a notification that names no task — the desktop may keep notifications in a history on
//! disk, and subjects are personal data.
class ReminderNotifier : public QObject
{
    Q_OBJECT

public:
    static constexpr int kIntervalMs = 60 * 1000;

    explicit ReminderNotifier(Session& session, QObject* parent = nullptr);
    ~ReminderNotifier() override;

    void start();
    void stop();
    //! Looks for due reminders now; returns how many were new.
    int check();
    //! Whether tray notifications are shown (off in tests; on where a tray exists).
    void setUseSystemTray(bool use);

signals:
    //! A task's reminder is due; `text` is for the user ("Reminder: Call back — due 14:30").
    void reminded(const crm::Activity& task, const QString& text);

private:
    Session& m_session;
    QTimer* m_timer = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    bool m_useTray = true;
    //! Tasks already announced, by uid (with the reminder time, so a moved reminder comes again).
    QSet<QString> m_shown;
};

} // namespace confidant::ui
