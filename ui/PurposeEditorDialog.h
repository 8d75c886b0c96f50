#pragma once

#include "core/privacy/FieldSettingsService.h"
#include "core/privacy/Purpose.h"

#include <QDialog>
#include <QList>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace confidant::privacy {
class PurposeService;
}

namespace confidant::ui {

class FieldErrorLabel;

//! Creates or edits a purpose: name, description, lawful basis (Art. 6(1)(a)-(f)) with the legitimate
//! interest written out for (f), whether use needs consent, direct marketing, the registry fields it uses and
//! its default retention. PurposeService validates and saves; its refusal shows in the dialog, under the form.
class PurposeEditorDialog : public QDialog
{
    Q_OBJECT

public:
    //! `purpose` with an empty id creates a new purpose. `fields` lists the registry fields to choose from.
    PurposeEditorDialog(privacy::PurposeService& purposes,
                        const QList<privacy::FieldSetting>& fields,
                        const privacy::Purpose& purpose,
                        QWidget* parent = nullptr);

    bool isNew() const
    {
        return m_original.id.value == 0;
    }
    //! The purpose as stored; valid once the dialog was accepted.
    const privacy::Purpose& savedPurpose() const
    {
        return m_saved;
    }
    //! What the form holds now.
    privacy::Purpose collect() const;

    //! "2 years", "6 months", "45 days", or "Not set": a retention in the largest unit that divides it.
    static QString describeRetention(std::optional<int> days);
    //! "Contact" or "Company" for a registry entity ("contact", "company").
    static QString entityLabel(const QString& entity);

private:
    enum RetentionUnit
    {
        NoRetention,
        Days,
        Months,
        Years,
    };

    void basisChanged();
    void retentionUnitChanged();
    void save();
    //! After a refused save: the service's verdict on the form as it is now (clears once it is valid).
    void revalidate();

    privacy::PurposeService& m_purposes;
    privacy::Purpose m_original;
    privacy::Purpose m_saved;
    bool m_triedSave = false;

    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QComboBox* m_basis = nullptr;
    QLabel* m_interestLabel = nullptr;
    QPlainTextEdit* m_interest = nullptr;
    QCheckBox* m_requiresConsent = nullptr;
    QCheckBox* m_directMarketing = nullptr;
    QListWidget* m_fields = nullptr;
    QComboBox* m_retentionUnit = nullptr;
    QSpinBox* m_retentionValue = nullptr;
    FieldErrorLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace confidant::ui
