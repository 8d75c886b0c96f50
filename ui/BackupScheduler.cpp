#include "BackupScheduler.h"

#include "core/Session.h"

#include "ui/BackupJob.h"
#include "ui/SessionHost.h"

#include <QFileInfo>
#include <QLocale>
#include <QTimer>

namespace confidant::ui {

BackupScheduler::BackupScheduler(SessionHost& host, QObject* parent)
    : QObject(parent)
    , m_host(host)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kCheckIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &BackupScheduler::checkNow);
    // Before the session is destroyed: its vault is what the worker reads.
    connect(&m_host, &SessionHost::aboutToLock, this, &BackupScheduler::stop);
    connect(&m_host, &SessionHost::actorChanged, this, &BackupScheduler::actorChanged);
}

BackupScheduler::~BackupScheduler()
{
    dropJob();
}

void BackupScheduler::start()
{
    m_timer->start();
    QTimer::singleShot(0, this, &BackupScheduler::checkNow);
}

void BackupScheduler::stop()
{
    m_timer->stop();
    dropJob();
}

bool BackupScheduler::isActive() const
{
    return m_timer->isActive();
}

BackupJob* BackupScheduler::job() const
{
    return m_job;
}

bool BackupScheduler::isRunning() const
{
    return m_job && m_job->isRunning();
}

void BackupScheduler::setPaused(bool paused)
{
    if (paused == m_paused) {
        return;
    }
    m_paused = paused;
    if (paused) {
        dropJob(); // still due: it runs again once resumed
    } else if (isActive()) {
        QTimer::singleShot(0, this, &BackupScheduler::checkNow);
    }
}

void BackupScheduler::dropJob()
{
    if (m_job) {
        delete m_job.data(); // cancels, waits for the worker, removes its partial file
    }
}

void BackupScheduler::actorChanged()
{
    Session* session = m_host.session();
    if (!session) {
        return;
    }
    if (!session->gate().may(security::Permission::BackupRestore)) {
        // The backup would be recorded as the new profile, which may not make one.
        dropJob();
    } else if (isActive() && !isRunning()) {
        QTimer::singleShot(0, this, &BackupScheduler::checkNow);
    }
}

void BackupScheduler::checkNow()
{
    Session* session = m_host.session();
    if (!session || !isActive() || m_paused || isRunning()) {
        return;
    }
    // Hidden from profiles that may not back up; asking the core would only record a refusal.
    if (!session->gate().may(security::Permission::BackupRestore)) {
        return;
    }
    auto due = session->admin().backupDue();
    if (!due) {
        emit failed(due.error().message);
        return;
    }
    if (!*due) {
        return;
    }
    m_job = new BackupJob(session->admin(), session->admin().newBackupPath(true), true, this);
    connect(m_job, &BackupJob::finished, this, &BackupScheduler::finishJob);
    m_job->start();
    emit message(tr("Writing a scheduled backup…"));
}

void BackupScheduler::finishJob()
{
    BackupJob* job = m_job;
    m_job = nullptr;
    if (!job) {
        return;
    }
    job->deleteLater();
    Session* session = m_host.session();
    if (!session) {
        return;
    }
    if (const auto& error = job->error()) {
        if (error->kind != ErrorKind::Cancelled) {
            emit failed(error->message);
        }
        return;
    }
    security::BackupInfo info = *job->info();
    if (auto recorded = session->admin().recordBackup(info); !recorded) {
        emit failed(tr("The scheduled backup %1 was written, but it could not be recorded in the vault: %2")
                        .arg(QFileInfo(info.path).fileName(), recorded.error().message));
        return;
    }
    // Only the newest scheduled backups are kept; backups someone asked for are never removed.
    auto schedule = session->settings().backupSchedule();
    if (!schedule) {
        emit failed(schedule.error().message);
        return;
    }
    if (auto pruned = session->admin().pruneScheduled(schedule->keep); !pruned) {
        emit failed(pruned.error().message);
        return;
    }
    if (!info.ledgerProblem.isEmpty()) {
        emit failed(info.ledgerProblem);
        return;
    }
    emit message(tr("Scheduled backup written: %1 (%2).")
                     .arg(QFileInfo(info.path).fileName(), QLocale().formattedDataSize(info.bytes)));
}

} // namespace confidant::ui
