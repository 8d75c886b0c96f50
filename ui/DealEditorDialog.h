#pragma once

#include "core/crm/Deal.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace confidant {
class Session;
}

namespace confidant::ui {

//! Adds or edits a deal: every field, a company and contact picker, and the stage history (read only).
//! Opened read-only when the acting profile may not edit.
class DealEditorDialog : public QDialog
{
    Q_OBJECT

public:
    //! `deal.id` empty: a new deal in `pipeline`.
    DealEditorDialog(Session& session, const crm::Deal& deal, bool readOnly, QWidget* parent = nullptr);

    //! The saved deal, after accept().
    const crm::Deal& deal() const
    {
        return m_deal;
    }

public slots:
    void accept() override;

private:
    void fillPickers();
    void addContact();

    Session& m_session;
    crm::Deal m_deal;
    crm::Pipeline m_pipeline;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_value = nullptr;
    QComboBox* m_currency = nullptr;
    QCheckBox* m_hasClose = nullptr;
    QDateEdit* m_close = nullptr;
    QComboBox* m_stage = nullptr;
    QLineEdit* m_reason = nullptr;
    QComboBox* m_owner = nullptr;
    QComboBox* m_company = nullptr;
    QComboBox* m_contactPicker = nullptr;
    QListWidget* m_contacts = nullptr;
    QLineEdit* m_tags = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QListWidget* m_history = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace confidant::ui
