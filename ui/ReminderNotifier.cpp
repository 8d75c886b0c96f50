#include "ReminderNotifier.h"

#include "core/Session.h"

#include <QApplication>
#include <QLocale>
#include <QSystemTrayIcon>
#include <QTimer>

namespace confidant::ui {

ReminderNotifier::ReminderNotifier(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &ReminderNotifier::check);
}

ReminderNotifier::~ReminderNotifier() = default;

void ReminderNotifier::start()
{
    check();
    m_timer->start();
}

void ReminderNotifier::stop()
{
    m_timer->stop();
}

void ReminderNotifier::setUseSystemTray(bool use)
{
    m_useTray = use;
}

int ReminderNotifier::check()
{
    auto due = m_session.activities().dueReminders(m_session.actor().uid, m_session.clock().nowMs());
    if (!due) {
        return 0; // a reader without permission, or a vault being locked: nothing to remind of
    }
    int fresh = 0;
    for (const crm::Activity& task : std::as_const(*due)) {
        const QString key = task.uid + QLatin1Char('@') + QString::number(task.remindAtMs.value_or(0));
        if (m_shown.contains(key)) {
            continue;
        }
        m_shown.insert(key);
        ++fresh;
        const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(task.dueAtMs.value_or(task.atMs)),
                                                QLocale::ShortFormat);
        emit reminded(task, tr("Reminder: %1 — due %2").arg(task.subject, when));
    }
    if (fresh > 0 && m_useTray && QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
            m_tray->setToolTip(QStringLiteral("Confidant"));
        }
        m_tray->show();
        m_tray->showMessage(tr("Confidant"),
                            tr("%n task reminder(s) due. Open Confidant to see them.", nullptr, fresh),
                            QSystemTrayIcon::Information);
    }
    return fresh;
}

} // namespace confidant::ui
