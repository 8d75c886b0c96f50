#pragma once

#include "core/crm/ImportService.h"
#include "core/privacy/ConsentService.h"

#include <QHash>
#include <QWizard>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace confidant {
class Session;
}

namespace confidant::ui {

class ConsentCaptureWidget;
class ImportJob;
class ImportPreviewModel;

//! Imports contacts from a CSV or vCard file: pick the file (format, encoding and delimiter detected, with
//! overrides), check the column mapping, review the preview (new rows, matches with Merge/Skip, problems
//! with their lines, columns skipped because their field is switched off), optionally record the consent
//! the new contacts gave (ConsentCaptureWidget, method Import by default), import with progress and
//! Cancel, see the result. Previews and the import run on a worker thread (ImportJob); nothing is written
//! before the user presses Import, and the contacts and their consents are written together or not at all.
class ImportDialog : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePage,
        MappingPage,
        PreviewPage,
        ImportPage,
    };

    explicit ImportDialog(Session& session, QWidget* parent = nullptr);
    ~ImportDialog() override;

    //! Chooses the file and previews it (what Browse… does after its file dialog).
    void setFile(const QString& path);
    //! The preview currently shown, once one has been made.
    const std::optional<crm::ImportPreview>& currentPreview() const
    {
        return m_preview;
    }
    bool isBusy() const;
    ImportPreviewModel* matchesModel() const
    {
        return m_matchesModel;
    }
    ConsentCaptureWidget* consentCapture() const
    {
        return m_consent;
    }

signals:
    //! Contacts were imported (the views should refresh).
    void imported();

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;
    void reject() override;

private:
    QWizardPage* createFilePage();
    QWizardPage* createMappingPage();
    QWizardPage* createPreviewPage();
    QWizardPage* createImportPage();
    void browse();
    //! Reads the file again with the current overrides (on the worker).
    void startPreview();
    void previewFinished();
    void commitFinished();
    void showPreview();
    void fillMappingTable();
    crm::ImportOptions currentOptions() const;
    void setStatus(QLabel* label, const QString& text, bool error);

    Session& m_session;
    ImportJob* m_job = nullptr;
    bool m_committing = false;
    bool m_mayImport = false;
    std::optional<crm::ImportPreview> m_preview;
    QHash<QString, QString> m_mappingOverrides; //!< header -> field, chosen on the mapping page
    bool m_fillingMapping = false;
    bool m_previewStale = false;
    QString m_previewedPath;

    QWizardPage* m_filePage = nullptr;
    QWizardPage* m_mappingPage = nullptr;
    QWizardPage* m_previewPage = nullptr;
    QWizardPage* m_importPage = nullptr;
    QLineEdit* m_fileEdit = nullptr;
    QComboBox* m_formatCombo = nullptr;
    QComboBox* m_encodingCombo = nullptr;
    QComboBox* m_delimiterCombo = nullptr;
    QLabel* m_fileStatus = nullptr;
    QProgressBar* m_previewProgress = nullptr;
    QTableWidget* m_mappingTable = nullptr;
    QLabel* m_mappingStatus = nullptr;
    QLabel* m_countsLabel = nullptr;
    QLabel* m_warningsLabel = nullptr;
    ConsentCaptureWidget* m_consent = nullptr;
    QWidget* m_consentBox = nullptr;
    QList<privacy::ConsentCapture> m_committedConsents;
    QTabWidget* m_tabs = nullptr;
    ImportPreviewModel* m_newModel = nullptr;
    ImportPreviewModel* m_matchesModel = nullptr;
    ImportPreviewModel* m_problemsModel = nullptr;
    QTableView* m_matchesView = nullptr;
    QCheckBox* m_skipInvalid = nullptr;
    QLabel* m_permissionNote = nullptr;
    QProgressBar* m_importProgress = nullptr;
    QPushButton* m_cancelImport = nullptr;
    QLabel* m_resultLabel = nullptr;
};

} // namespace confidant::ui
