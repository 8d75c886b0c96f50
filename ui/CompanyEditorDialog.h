#pragma once

#include "core/crm/Contact.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace confidant::crm {
class CompanyService;
}

namespace confidant::ui {

class FieldErrorLabel;

//! Creates or edits a company. Validation runs as the user types; each problem shows under its field
//! and Save stays disabled until there is none. Saving goes through CompanyService.
class CompanyEditorDialog : public QDialog
{
    Q_OBJECT

public:
    //! `company` with an empty id creates a new company; otherwise it is the stored company to edit.
    CompanyEditorDialog(crm::CompanyService& companies, const crm::Company& company, QWidget* parent = nullptr);

    bool isNew() const
    {
        return m_original.id.value == 0;
    }
    //! The company as saved; valid once the dialog was accepted.
    const crm::Company& savedCompany() const
    {
        return m_saved;
    }
    //! The company as it was when the editor opened; its id says which record is edited (0: a new one).
    const crm::Company& original() const
    {
        return m_original;
    }
    //! What the form holds now, saved or not. Kept in memory only (e.g. across a lock), never on disk.
    crm::Company draft() const;
    //! Puts unsaved content back into the form; fields that differ from the original count as edited.
    void restoreDraft(const crm::Company& draft);
    //! Adds a Timeline tab (the company's activities) beside the form; the dialog takes ownership.
    void addTimeline(QWidget* timeline);
    //! Shows the company without letting it be changed: for profiles that may not edit companies.
    void setReadOnly(bool readOnly);
    //! Hides the fields an admin switched off (data minimisation), by registry key ("company.domain").
    //! Their stored values are kept as they are.
    void hideFields(const QSet<QString>& disabledKeys);
    bool isReadOnly() const
    {
        return m_readOnly;
    }

private:
    QWidget* withError(QWidget* field, const QString& errorKey);
    crm::Company collect() const;
    void validate();
    void save();

    crm::CompanyService& m_companies;
    crm::Company m_original;
    crm::Company m_saved;

    QLineEdit* m_name = nullptr;
    QLineEdit* m_domain = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_street = nullptr;
    QLineEdit* m_postcode = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_region = nullptr;
    QLineEdit* m_country = nullptr;
    QLineEdit* m_tags = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    FieldErrorLabel* m_formError = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_cancel = nullptr;
    QTabWidget* m_tabs = nullptr;
    QHash<QString, FieldErrorLabel*> m_errorLabels;
    //! Each field's form row (its field and error line), by registry name ("domain").
    QHash<QString, QWidget*> m_rows;
    QSet<QString> m_touched;
    bool m_showAllErrors = false;
    bool m_readOnly = false;
};

} // namespace confidant::ui
