#include "IdleWatcher.h"

#include "core/Clock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace confidant::ui {

namespace {

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
        return true;
    default:
        return false;
    }
}

} // namespace

IdleWatcher::IdleWatcher(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    m_timer->setObjectName(QStringLiteral("idleTimer"));
    m_timer->setInterval(kCheckIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &IdleWatcher::check);
    if (QCoreApplication::instance()) {
        QCoreApplication::instance()->installEventFilter(this);
    }
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance()) {
        QCoreApplication::instance()->removeEventFilter(this);
    }
}

void IdleWatcher::setIdleMinutes(int minutes)
{
    m_minutes = qMax(0, minutes);
    if (m_minutes == 0) {
        m_timer->stop();
    } else if (m_watching) {
        m_timer->start();
    }
}

void IdleWatcher::start()
{
    m_watching = true;
    markActive();
    if (m_minutes > 0) {
        m_timer->start();
    }
}

void IdleWatcher::stop()
{
    m_watching = false;
    m_timer->stop();
}

bool IdleWatcher::isWatching() const
{
    return m_watching;
}

void IdleWatcher::markActive()
{
    m_lastInputMs = m_clock.nowMs();
}

void IdleWatcher::check()
{
    if (m_minutes <= 0 || !m_watching) {
        return;
    }
    if (m_clock.nowMs() - m_lastInputMs >= qint64(m_minutes) * 60 * 1000) {
        stop();
        emit idle();
    }
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    // The application sees each input event once per receiver up the parent chain; only the timestamp
    // changes, so this stays cheap.
    if (m_watching && isInput(event->type())) {
        markActive();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace confidant::ui
