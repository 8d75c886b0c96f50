#include "BackupJob.h"

#include <QThread>

namespace confidant::ui {

BackupJob::BackupJob(security::VaultAdmin& admin, const QString& path, bool scheduled, QObject* parent)
    : QObject(parent)
    , m_admin(admin)
    , m_path(path)
    , m_scheduled(scheduled)
{
}

BackupJob::~BackupJob()
{
    cancelAndWait();
}

void BackupJob::start()
{
    Q_ASSERT(!m_thread);
    m_info.reset();
    m_error.reset();
    m_cancel = false;
    m_lastPercent = -1;
    // The result is written by the worker and read here only after `QThread::finished`, which the event
    // queue delivers after the thread has stopped.
    m_thread = QThread::create([this] {
        auto written
            = m_admin.writeBackup(m_path, m_scheduled, &m_cancel, [this](int percent) { reportProgress(percent); });
        if (written) {
            m_info = *written;
        } else {
            m_error = written.error();
        }
    });
    m_thread->setObjectName(QStringLiteral("backup"));
    m_thread->setParent(this);
    const int run = ++m_run;
    connect(m_thread, &QThread::finished, this, [this, run] {
        if (run != m_run || !m_thread) {
            return; // stopped by cancelAndWait: nobody hears of a job they stopped
        }
        m_thread->deleteLater();
        m_thread = nullptr;
        emit finished();
    });
    m_thread->start(QThread::LowPriority);
}

void BackupJob::cancel()
{
    m_cancel = true;
}

void BackupJob::cancelAndWait()
{
    m_cancel = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread.data();
        ++m_run; // the queued `finished` and progress of this run are ignored
    }
}

bool BackupJob::isRunning() const
{
    return m_thread != nullptr;
}

void BackupJob::reportProgress(int percent)
{
    // Called on the worker thread, once per step; only changes travel to the GUI thread.
    if (m_lastPercent.exchange(percent) != percent) {
        const int run = m_run;
        QMetaObject::invokeMethod(
            this,
            [this, run, percent] {
                if (run == m_run && m_thread) {
                    emit progressChanged(percent);
                }
            },
            Qt::QueuedConnection);
    }
}

} // namespace confidant::ui
