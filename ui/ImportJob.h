#pragma once

#include "core/Result.h"
#include "core/crm/ImportService.h"
#include "core/privacy/ConsentService.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <optional>

class QThread;

namespace confidant {
class Session;
}

namespace confidant::ui {

//! One import preview or import running on a worker thread with a connection of its own
//! (crm::ImportWorker), cancellable, reporting progress. The session's gate does not hear of the
//! import's writes: whoever started it tells the views once `finished` says it succeeded. The worker reads
//! the field settings on its own connection, so columns of switched-off fields are skipped.
//!
//! The worker uses the session's Vault: the job must be cancelled and waited for (`cancelAndWait`, or
//! deleting the job) before that session is destroyed, e.g. when Confidant locks.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    explicit ImportJob(Session& session, QObject* parent = nullptr);
    //! Cancels and waits for the worker.
    ~ImportJob() override;

    void startPreview(const QString& path, const crm::ImportOptions& options);
    //! Imports; `consents` (captured in the preview) are granted to every contact the import creates, in the
    //! import's transaction (privacy::ConsentService::grantMany on the worker's connection): if they cannot
    //! be recorded, nothing is imported. Merged matches get none (crm::ImportDecisions::onCreated).
    void startCommit(const crm::ImportPreview& preview,
                     const crm::ImportDecisions& decisions,
                     const QList<privacy::ConsentCapture>& consents = {});
    //! Asks the worker to stop; a commit rolls back and `finished` follows with a Cancelled error.
    void cancel();
    //! Cancels and blocks until the worker has stopped; `finished` is not emitted after this.
    void cancelAndWait();
    bool isRunning() const;

    //! Once finished: what the last run produced, or why it did not.
    const std::optional<crm::ImportPreview>& preview() const
    {
        return m_preview;
    }
    const std::optional<crm::ImportResult>& result() const
    {
        return m_result;
    }
    const std::optional<Error>& error() const
    {
        return m_error;
    }

signals:
    void progressChanged(int percent);
    //! The worker is done (on the GUI thread); see `preview`, `result` and `error`.
    void finished();

private:
    template <typename Work>
    void start(Work work);
    void reportProgress(int percent);

    Session& m_session;
    std::atomic_bool m_cancel {false};
    std::atomic_int m_lastPercent {-1};
    std::atomic_int m_run {0};
    QPointer<QThread> m_thread;
    std::optional<crm::ImportPreview> m_preview;
    std::optional<crm::ImportResult> m_result;
    std::optional<Error> m_error;
};

} // namespace confidant::ui
