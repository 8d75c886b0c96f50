#pragma once

#include "core/privacy/Request.h"

#include <QDialog>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace confidant {
class Session;
}

namespace confidant::ui {

class ChangeNotifier;
class FieldErrorLabel;
class NewRequestDialog;

//! Asks for the one text a request step needs (how identity was verified, why it is extended, the closing
//! note with the outcome). Non-modal; `submitted` carries the text and, for closing, the outcome.
class RequestStepDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Step
    {
        Verify,
        Extend,
        Close,
    };

    RequestStepDialog(Step step, const privacy::Request& request, QWidget* parent = nullptr);

    QPlainTextEdit* textEdit() const
    {
        return m_text;
    }
    QComboBox* outcomeCombo() const
    {
        return m_outcome;
    }
    //! Shows a refusal from the core under the text, keeping the dialog open.
    void showError(const QString& message);

signals:
    void submitted(const QString& text, privacy::RequestOutcome outcome);

private:
    QPlainTextEdit* m_text = nullptr;
    QComboBox* m_outcome = nullptr;
    FieldErrorLabel* m_error = nullptr;
};

//! "Requests": the register of data-subject requests, soonest due first, overdue ones in bold, with the
//! selected request's state, what is due next, the contacts it is about and the files it produced, and
//! its next steps (verify identity, extend, confirm receipt, tell the requester, close). The access
//! package and the erasure start from a linked contact. Only for profiles that handle requests
//! (RequestService checks again).
class RequestsPage : public QWidget
{
    Q_OBJECT

public:
    //! Filter rows: Open, Overdue, Due within 7 days, All.
    enum FilterRow
    {
        OpenRow,
        OverdueRow,
        DueSoonRow,
        AllRow,
    };
    static constexpr int kDueSoonDays = 7;

    RequestsPage(Session& session, ChangeNotifier& notifier, QWidget* parent = nullptr);

    //! Loads the register again (keeps the selected request when it is still listed).
    void refresh();
    //! Selects the request with this reference; false when it is not listed under the current filter.
    bool select(const QString& reference);
    //! The selected request's reference; empty when none.
    QString selectedReference() const;
    //! "3 open, 1 overdue", for the status bar.
    QString statusText() const
    {
        return m_statusText;
    }
    QTableWidget* table() const
    {
        return m_table;
    }
    //! Opens the new-request dialog (linking `contactUid` when given).
    NewRequestDialog* newRequest(const QString& contactUid = {}, const QString& displayName = {});
    //! Opens the dialog for a step of the selected request; nullptr when none is selected.
    RequestStepDialog* startStep(RequestStepDialog::Step step);
    //! Records receipt confirmed / requester told for the selected request, now.
    void markSelected(bool receiptConfirmed, bool requesterTold);

signals:
    void statusTextChanged(const QString& text);
    //! A short confirmation for the status bar.
    void notice(const QString& text);
    //! The officer asked for the access package / erasure of a linked contact, for this request.
    void accessRequested(const QString& contactUid, const QString& requestReference);
    void erasureRequested(const QString& contactUid, const QString& requestReference);

private:
    void showSelected();
    void updateButtons();
    QString selectedContactUid() const;

    Session& m_session;
    QComboBox* m_filter = nullptr;
    QPushButton* m_new = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_facts = nullptr;
    QListWidget* m_contacts = nullptr;
    QListWidget* m_artefacts = nullptr;
    QPushButton* m_verify = nullptr;
    QPushButton* m_extend = nullptr;
    QPushButton* m_receipt = nullptr;
    QPushButton* m_told = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_access = nullptr;
    QPushButton* m_erase = nullptr;
    FieldErrorLabel* m_error = nullptr;
    QList<privacy::Request> m_requests;
    std::optional<privacy::Request> m_selected;
    QString m_statusText;
};

} // namespace confidant::ui
