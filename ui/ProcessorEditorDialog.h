#pragma once

#include "core/privacy/Processor.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace confidant::privacy {
class ProcessorService;
struct Purpose;
} // namespace confidant::privacy

namespace confidant::ui {

class FieldErrorLabel;

//! Creates or edits an entry of the processor and third-party register: name, role, country, transfer
//! safeguard (Chapter V) with its note, the data-processing agreement (Art. 28(3)), a contact and the purposes
//! served. The dialog says when the country makes it a transfer outside the EEA and warns while no safeguard is
//! recorded for one. ProcessorService validates and saves; its refusal shows in the dialog.
class ProcessorEditorDialog : public QDialog
{
    Q_OBJECT

public:
    //! `processor` with an empty id creates a new entry; `purposes` are those it can be linked to.
    ProcessorEditorDialog(privacy::ProcessorService& processors,
                          const QList<privacy::Purpose>& purposes,
                          const privacy::Processor& processor,
                          QWidget* parent = nullptr);

    bool isNew() const
    {
        return m_original.id.value == 0;
    }
    //! The entry as stored; valid once the dialog was accepted.
    const privacy::Processor& savedProcessor() const
    {
        return m_saved;
    }
    privacy::Processor collect() const;

    //! "United States (US)"; empty for no country.
    static QString describeCountry(const QString& code);

private:
    void countryChanged();
    void safeguardChanged();
    void save();
    void revalidate();

    privacy::ProcessorService& m_processors;
    privacy::Processor m_original;
    privacy::Processor m_saved;
    bool m_triedSave = false;

    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
    QComboBox* m_country = nullptr;
    QLabel* m_transfer = nullptr;
    QComboBox* m_safeguard = nullptr;
    QPlainTextEdit* m_safeguardNote = nullptr;
    QLabel* m_safeguardWarning = nullptr;
    QCheckBox* m_dpaSigned = nullptr;
    QDateEdit* m_dpaDate = nullptr;
    QLineEdit* m_dpaReference = nullptr;
    QPlainTextEdit* m_contact = nullptr;
    QListWidget* m_purposes = nullptr;
    FieldErrorLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace confidant::ui
