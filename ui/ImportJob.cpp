#include "ImportJob.h"

#include "core/Session.h"
#include "core/privacy/ConsentService.h"
#include "core/privacy/FieldSettingsService.h"
#include "core/privacy/PurposeService.h"

#include <QThread>

namespace confidant::ui {

ImportJob::ImportJob(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
}

ImportJob::~ImportJob()
{
    cancelAndWait();
}

template <typename Work>
void ImportJob::start(Work work)
{
    cancelAndWait();
    m_preview.reset();
    m_result.reset();
    m_error.reset();
    m_cancel = false;
    m_lastPercent = -1;
    storage::Vault& vault = m_session.vault();
    const security::Actor actor = m_session.actor();
    const Clock& clock = m_session.clock();
    const crm::FieldRegistry& fields = m_session.fields();
    const crm::ImportService& like = m_session.imports();
    // The results are written by the worker and read here only after `QThread::finished`, which the event
    // queue delivers after the thread has stopped.
    m_thread = QThread::create([this, &vault, actor, &clock, &fields, &like, work = std::move(work)] {
        auto worker = crm::ImportWorker::open(vault, actor, clock, like);
        if (!worker) {
            m_error = worker.error();
            return;
        }
        // Data minimisation: the field settings as this connection reads them (the session's is not ours).
        privacy::FieldSettingsService fieldSettings((*worker)->gate(), clock, fields);
        (*worker)->imports().setDisabledFieldsSource([&fieldSettings] { return fieldSettings.disabledKeys(); });
        work(**worker, clock, fields, [this](int percent) { reportProgress(percent); });
    });
    m_thread->setObjectName(QStringLiteral("import"));
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

void ImportJob::startPreview(const QString& path, const crm::ImportOptions& options)
{
    start([this, path, options](
              crm::ImportWorker& worker, const Clock&, const crm::FieldRegistry&, const crm::ImportProgress& progress) {
        auto preview = worker.imports().preview(path, options, &m_cancel, progress);
        if (preview) {
            m_preview = std::move(preview).value();
        } else {
            m_error = preview.error();
        }
    });
}

void ImportJob::startCommit(const crm::ImportPreview& preview,
                            const crm::ImportDecisions& decisions,
                            const QList<privacy::ConsentCapture>& consents)
{
    start([this, preview, decisions, consents](crm::ImportWorker& worker,
                                               const Clock& clock,
                                               const crm::FieldRegistry& fields,
                                               const crm::ImportProgress& progress) {
        privacy::PurposeService purposes(worker.gate(), clock, fields);
        privacy::ConsentService ledger(worker.gate(), clock, purposes);
        crm::ImportDecisions withConsents = decisions;
        if (!consents.isEmpty()) {
            // Inside the import's transaction: the new contacts and their consents, or neither.
            withConsents.onCreated = [&ledger, &consents](const QList<crm::ContactId>& created) -> Result<void> {
                auto granted = ledger.grantMany(created, consents);
                if (!granted) {
                    Error e = granted.error();
                    e.message = tr("Nothing was imported: the consent could not be recorded. %1").arg(e.message);
                    return e;
                }
                return {};
            };
        }
        auto result = worker.imports().commit(preview, withConsents, &m_cancel, progress);
        if (result) {
            m_result = *result;
        } else {
            m_error = result.error();
        }
    });
}

void ImportJob::cancel()
{
    m_cancel = true;
}

void ImportJob::cancelAndWait()
{
    m_cancel = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread.data();
        ++m_run; // the queued `finished` and progress of this run are ignored
    }
}

bool ImportJob::isRunning() const
{
    return m_thread != nullptr;
}

void ImportJob::reportProgress(int percent)
{
    // Called on the worker thread; only changes travel to the GUI thread.
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
