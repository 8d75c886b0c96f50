#pragma once

#include "core/crm/ExportService.h"

#include <QDialog>
#include <QPointer>

#include <atomic>
#include <memory>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QRadioButton;
class QThread;

namespace confidant {
class Session;
}

namespace confidant::ui {

//! Exports contacts as CSV or vCard: the selected contacts, the current saved filter, a tag, or all, with
//! the count shown before anything is written. Choosing a purpose makes it the gated export: the count
//! step shows how many the purpose gate keeps and how many it leaves out and why, and only the kept
//! contacts are written. Fields an admin switched off are left out of the file (and named). The file is
//! written on a worker thread through core's ExportWorker (its own connection, audit trail and gate, with
//! the purpose gate and the field settings read there), as FILE's temporary sibling (mode 0600); the
//! worker's ExportService checks the permission and audits the export, and only then is the file renamed
//! into place. A failed audit leaves no file.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Scope
    {
        Selected,
        Filter,
        Tag,
        All,
    };

    //! `selectedUids`: the contacts selected in the list; `filterName`: the saved filter applied there.
    ExportDialog(Session& session,
                 const QStringList& selectedUids,
                 const QString& filterName,
                 QWidget* parent = nullptr);
    ~ExportDialog() override;

    void setScope(Scope scope);
    void setFormat(crm::ExportFormat format);
    void setPath(const QString& path);
    void setTag(const QString& tag);
    //! The number of contacts the current choice exports (-1 when it cannot be counted).
    qint64 selectionCount() const
    {
        return m_count;
    }
    //! The one-line result once the export is done (or why it failed).
    QString resultText() const;
    //! Starts the export (what the Export button does).
    void startExport();
    bool isRunning() const;

signals:
    //! The export finished (written, failed or cancelled); see resultText().
    void exportFinished(bool written);

private:
    crm::ExportSelection selection() const;
    crm::ExportFormat format() const;
    void updateCount();
    void browse();
    void finish(Result<qint64> result);

    Session& m_session;
    QStringList m_selected;
    QString m_filterName;
    QComboBox* m_format = nullptr;
    QButtonGroup* m_scopes = nullptr;
    QComboBox* m_tag = nullptr;
    QComboBox* m_purpose = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_omitted = nullptr;
    QLineEdit* m_path = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_result = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    qint64 m_count = -1;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QPointer<QThread> m_thread;
};

} // namespace confidant::ui
