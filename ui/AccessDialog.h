#pragma once

#include "core/Result.h"
#include "core/privacy/AccessPackage.h"

#include <QDialog>
#include <QPointer>

#include <atomic>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;
class QTreeWidget;

namespace confidant {
class Session;
}

namespace confidant::ui {

class FieldErrorLabel;

//! "Access package" (Art. 15, 20): a preview of what will be included (counts per section), whether to
//! include mentions in other records, the formats (JSON, CSV, PDF) and the folder; then one click. The
//! reading runs on a worker through core's AccessPackageWorker (its own connection, audit trail and gate;
//! progress, Cancel); the files are written by core's AccessPackage (owner-only, audited before they are
//! put in place, all or nothing) and their SHA-256 recorded with the request, if any.
class AccessDialog : public QDialog
{
    Q_OBJECT

public:
    AccessDialog(Session& session,
                 const QString& contactUid,
                 const QString& requestReference,
                 QWidget* parent = nullptr);
    ~AccessDialog() override;

    //! Starts producing the package into the folder field's folder.
    void start();
    void cancel();
    bool isRunning() const;
    //! The files of the last package written, with their hashes.
    const QList<privacy::WrittenFile>& written() const
    {
        return m_written;
    }

signals:
    void finished(bool ok);

private:
    void loadPreview();
    void finish(Result<privacy::SubjectPackage> built);
    void updateButtons();

    Session& m_session;
    QString m_contactUid;
    QString m_request;
    QLabel* m_intro = nullptr;
    QTreeWidget* m_preview = nullptr;
    QCheckBox* m_mentions = nullptr;
    QCheckBox* m_json = nullptr;
    QCheckBox* m_csv = nullptr;
    QCheckBox* m_pdf = nullptr;
    QLineEdit* m_folder = nullptr;
    QPushButton* m_browse = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_close = nullptr;
    QLabel* m_result = nullptr;
    FieldErrorLabel* m_error = nullptr;
    QPointer<QThread> m_thread;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    QList<privacy::WrittenFile> m_written;
};

} // namespace confidant::ui
