#pragma once

#include "core/privacy/ControllerService.h"
#include "core/privacy/FieldSettingsService.h"
#include "core/privacy/Processor.h"
#include "core/privacy/Purpose.h"

#include <QDialog>
#include <QList>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTableWidgetItem;

namespace confidant {
class Session;
}

namespace confidant::ui {

class FieldErrorLabel;

//! Privacy ▸ Privacy settings: for profiles that may manage purposes (owner, admin, privacy officer). Four
//! tabs over the core services: purposes with their lawful bases, the processor and recipient register, the
//! controller and DPO details, and the data-minimisation settings of every registry field. Each change is
//! saved at once by its service, which checks the permission and validates; refusals show in the tab.
class PrivacySettingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Tab
    {
        PurposesTab,
        ProcessorsTab,
        ControllerTab,
        FieldsTab,
    };

    explicit PrivacySettingsDialog(Session& session, QWidget* parent = nullptr);

    void showTab(Tab tab);

    //! Opens the purpose editor (window-modal, not blocking) for a new purpose or the selected one.
    void addPurpose();
    void editPurpose();
    //! Archives the selected purpose, or restores it when it is archived.
    void toggleArchivedPurpose();
    void addProcessor();
    void editProcessor();
    void toggleArchivedProcessor();
    //! Saves the controller form.
    void saveController();

private:
    QWidget* createPurposesTab();
    QWidget* createProcessorsTab();
    QWidget* createControllerTab();
    QWidget* createFieldsTab();

    void reloadPurposes();
    void reloadProcessors();
    void reloadFields();
    void loadController();
    //! After any purpose or processor change: the other tabs show what the services say now.
    void reloadLists();
    void updatePurposeButtons();
    void updateProcessorButtons();
    void fieldItemChanged(QTableWidgetItem* item);
    void noDpoToggled();

    std::optional<privacy::Purpose> selectedPurpose() const;
    std::optional<privacy::Processor> selectedProcessor() const;

    Session& m_session;
    QTabWidget* m_tabs = nullptr;

    QList<privacy::Purpose> m_purposeRows;
    QTableWidget* m_purposeTable = nullptr;
    QCheckBox* m_showArchivedPurposes = nullptr;
    QPushButton* m_editPurpose = nullptr;
    QPushButton* m_archivePurpose = nullptr;
    FieldErrorLabel* m_purposeError = nullptr;

    QList<privacy::Processor> m_processorRows;
    QTableWidget* m_processorTable = nullptr;
    QCheckBox* m_showArchivedProcessors = nullptr;
    QPushButton* m_editProcessor = nullptr;
    QPushButton* m_archiveProcessor = nullptr;
    FieldErrorLabel* m_processorError = nullptr;

    QLineEdit* m_controllerName = nullptr;
    QPlainTextEdit* m_controllerAddress = nullptr;
    QLineEdit* m_controllerEmail = nullptr;
    QLineEdit* m_controllerPhone = nullptr;
    QLineEdit* m_dpoName = nullptr;
    QLineEdit* m_dpoEmail = nullptr;
    QCheckBox* m_noDpo = nullptr;
    QPlainTextEdit* m_authority = nullptr;
    QPlainTextEdit* m_updates = nullptr;
    FieldErrorLabel* m_controllerError = nullptr;
    QLabel* m_controllerStatus = nullptr;

    QList<privacy::FieldSetting> m_fieldRows;
    QTableWidget* m_fieldTable = nullptr;
    FieldErrorLabel* m_fieldError = nullptr;
    bool m_fillingFields = false;
};

} // namespace confidant::ui
