#pragma once

#include "core/Result.h"
#include "core/security/VaultAdmin.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <optional>

class QThread;

namespace confidant::ui {

//! One backup being written on a worker thread (VaultAdmin::writeBackup: its own connection, no audit),
//! cancellable, reporting progress. Whoever started it records the finished backup on the GUI thread
//! (VaultAdmin::recordBackup).
//!
//! The worker uses the session's Vault: the job must be cancelled and waited for (`cancelAndWait`, or
//! deleting the job) before that session is destroyed, e.g. when Confidant locks.
class BackupJob : public QObject
{
    Q_OBJECT

public:
    //! `path` is the file to write (never overwritten); `admin` must outlive the job's worker.
    BackupJob(security::VaultAdmin& admin, const QString& path, bool scheduled, QObject* parent = nullptr);
    //! Cancels and waits for the worker.
    ~BackupJob() override;

    void start();
    //! Asks the worker to stop; it removes what it had written and `finished` follows.
    void cancel();
    //! Cancels and blocks until the worker has stopped; `finished` is not emitted after this.
    void cancelAndWait();
    bool isRunning() const;
    bool isCancelRequested() const
    {
        return m_cancel.load();
    }

    const QString& path() const
    {
        return m_path;
    }
    bool isScheduled() const
    {
        return m_scheduled;
    }
    //! Once finished: the backup written, or why there is none.
    const std::optional<security::BackupInfo>& info() const
    {
        return m_info;
    }
    const std::optional<Error>& error() const
    {
        return m_error;
    }

signals:
    void progressChanged(int percent);
    //! The worker is done (on the GUI thread); see `info` and `error`.
    void finished();

private:
    void reportProgress(int percent);

    security::VaultAdmin& m_admin;
    QString m_path;
    bool m_scheduled = false;
    std::atomic_bool m_cancel {false};
    std::atomic_int m_lastPercent {-1};
    std::atomic_int m_run {0}; //!< which start() the queued notifications belong to
    QPointer<QThread> m_thread;
    std::optional<security::BackupInfo> m_info;
    std::optional<Error> m_error;
};

} // namespace confidant::ui
