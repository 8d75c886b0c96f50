#pragma once

#include <QObject>
#include <QPointer>

class QTimer;

namespace confidant::ui {

class BackupJob;
class SessionHost;

//! Scheduled backups in the GUI (docs/SECURITY.md "Backups and restore"): once the workspace is up and then
//! every 30 minutes, when the vault's schedule says a backup is due and the acting profile may back up,
//! writes one in the background (BackupJob), records it, and prunes the scheduled backups to the number
//! kept. Quiet: it only reports a line for the status bar, or a failure.
//!
//! Never while locked: `aboutToLock` cancels a backup being written and waits for its worker before the
//! session goes; the backup is still due after the unlock and runs then.
class BackupScheduler : public QObject
{
    Q_OBJECT

public:
    static constexpr int kCheckIntervalMs = 30 * 60 * 1000;

    explicit BackupScheduler(SessionHost& host, QObject* parent = nullptr);
    //! Cancels a backup being written and waits for its worker.
    ~BackupScheduler() override;

    //! Starts checking: as soon as control is back in the event loop, then every 30 minutes.
    void start();
    //! Stops checking; cancels a backup being written and waits for its worker.
    void stop();
    bool isActive() const;
    //! Holds scheduled backups back (e.g. while the key changes) and cancels one being written, waiting
    //! for its worker; resuming checks again at once.
    void setPaused(bool paused);
    bool isPaused() const
    {
        return m_paused;
    }
    //! Writes a scheduled backup in the background when one is due and the profile may back up.
    void checkNow();
    //! A scheduled backup is being written.
    bool isRunning() const;
    //! The scheduled backup being written, if any.
    BackupJob* job() const;

signals:
    //! A short, quiet line for the status bar.
    void message(const QString& text);
    //! A scheduled backup could not be written or recorded; `message` says why and what to do.
    void failed(const QString& message);

private:
    void actorChanged();
    void finishJob();
    void dropJob();

    SessionHost& m_host;
    QTimer* m_timer = nullptr;
    QPointer<BackupJob> m_job;
    bool m_paused = false;
};

} // namespace confidant::ui
