#pragma once

#include <QObject>

class QTimer;

namespace confidant {
class Clock;
}

namespace confidant::ui {

//! Notices when nobody has used the application (no key, mouse, wheel or touch input to any of its
//! windows) for a number of minutes, measured on the injected Clock so that a suspended laptop counts
//! the time it slept and tests can move time instead of waiting.
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    //! How often the idle time is checked while watching.
    static constexpr int kCheckIntervalMs = 5000;

    explicit IdleWatcher(const Clock& clock, QObject* parent = nullptr);
    ~IdleWatcher() override;

    //! Idle minutes before `idle` is emitted; 0 never emits.
    void setIdleMinutes(int minutes);
    int idleMinutes() const
    {
        return m_minutes;
    }
    //! Starts (or restarts) watching, counting from now.
    void start();
    void stop();
    bool isWatching() const;
    //! Input was seen now (also called for every input event the watcher sees).
    void markActive();

public slots:
    //! Emits `idle` (once, and stops watching) when the idle time has run out.
    void check();

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const Clock& m_clock;
    QTimer* m_timer = nullptr;
    int m_minutes = 0;
    qint64 m_lastInputMs = 0;
    bool m_watching = false;
};

} // namespace confidant::ui
