#pragma once

#include "core/crm/Contact.h"

#include <QDialog>
#include <QHash>
#include <QSet>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace confidant::crm {
class CompanyService;
class ContactService;
} // namespace confidant::crm
namespace confidant::privacy {
class ConsentService;
struct SubjectStatus;
} // namespace confidant::privacy

namespace confidant::ui {

class ConsentCaptureWidget;
class FieldErrorLabel;
class LabeledValueEditor;

//! Creates or edits a contact. Validation (crm::Validation) runs as the user types; each problem shows
//! under its field and Save stays disabled until there is none. Saving goes through ContactService.
class ContactEditorDialog : public QDialog
{
    Q_OBJECT

public:
    //! `contact` with an empty id creates a new contact; otherwise it is the stored contact to edit.
    ContactEditorDialog(crm::ContactService& contacts,
                        crm::CompanyService& companies,
                        const crm::Contact& contact,
                        QWidget* parent = nullptr);

    bool isNew() const
    {
        return m_original.id.value == 0;
    }
    //! The contact as saved; valid once the dialog was accepted.
    const crm::Contact& savedContact() const
    {
        return m_saved;
    }
    //! The contact as it was when the editor opened; its id says which record is edited (0: a new one).
    const crm::Contact& original() const
    {
        return m_original;
    }
    //! What the form holds now, saved or not. Kept in memory only (e.g. across a lock), never on disk.
    crm::Contact draft() const;
    //! Puts unsaved content back into the form; fields that differ from the original count as edited.
    void restoreDraft(const crm::Contact& draft);
    //! Adds a Timeline tab (the contact's activities) beside the form; the dialog takes ownership.
    void addTimeline(QWidget* timeline);
    //! Adds the "Consent & privacy" tab (ConsentPanel) of a saved contact; the dialog takes ownership.
    void addPrivacy(QWidget* panel);
    //! Adds the "Changes" tab (ContactChangesPanel: rectification history, recipients to tell); the dialog
    //! takes ownership.
    void addChanges(QWidget* panel);
    //! For a new contact: a "Consent" tab whose ticked purposes are recorded with the contact, in the same
    //! transaction (ConsentService::createWithConsents). The dialog takes ownership of `capture`.
    void setConsentCapture(ConsentCaptureWidget* capture, privacy::ConsentService& consents);
    //! Hides the fields an admin switched off (data minimisation), by registry key ("contact.birthday").
    //! Their stored values are kept as they are.
    void hideFields(const QSet<QString>& disabledKeys);
    //! Shows the contact without letting it be changed: for profiles that may not edit contacts.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const
    {
        return m_readOnly;
    }
    //! Shows where the contact stands on restriction (Art. 18): while it is restricted a banner says so and
    //! the fields are read-only with Save disabled (the core refuses the write anyway).
    void setRestriction(const privacy::SubjectStatus& status);
    bool isRestricted() const
    {
        return m_restricted;
    }

private:
    QWidget* withError(QWidget* field, const QString& errorKey);
    void loadCompanies();
    crm::Contact collect() const;
    //! Marks fields as edited (their errors show from now on) and validates.
    void touch(const QStringList& fields);
    //! Art. 9: the fields the core withheld (crm::Contact::withheld) read "withheld" and cannot be edited.
    void applyWithheld();
    void validate();
    void updateCompanyHint();
    void save();
    //! Fields read-only and Save shown/enabled as the profile's permission and the restriction say.
    void applyEditable();

    crm::ContactService& m_contacts;
    crm::CompanyService& m_companies;
    crm::Contact m_original;
    crm::Contact m_saved;

    QLineEdit* m_given = nullptr;
    QLineEdit* m_family = nullptr;
    QComboBox* m_company = nullptr;
    QLabel* m_companyHint = nullptr;
    QLineEdit* m_jobTitle = nullptr;
    LabeledValueEditor* m_emails = nullptr;
    LabeledValueEditor* m_phones = nullptr;
    QLineEdit* m_street = nullptr;
    QLineEdit* m_postcode = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_region = nullptr;
    QLineEdit* m_country = nullptr;
    QLineEdit* m_birthday = nullptr;
    QLineEdit* m_website = nullptr;
    QLineEdit* m_tags = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    FieldErrorLabel* m_formError = nullptr;
    QLabel* m_restrictionBanner = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_cancel = nullptr;
    QString m_cancelText;
    QTabWidget* m_tabs = nullptr;
    ConsentCaptureWidget* m_capture = nullptr;
    privacy::ConsentService* m_consents = nullptr;
    QHash<QString, FieldErrorLabel*> m_errorLabels;
    //! Each field's form row (its field and error line), by registry name ("birthday").
    QHash<QString, QWidget*> m_rows;
    //! Fields the user has edited: their errors show. Editing an existing contact shows all.
    QSet<QString> m_touched;
    bool m_showAllErrors = false;
    bool m_readOnly = false;
    bool m_restricted = false;
};

} // namespace confidant::ui
