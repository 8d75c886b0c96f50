#pragma once

#include "core/privacy/Request.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace confidant {
class Session;
}

namespace confidant::ui {

class FieldErrorLabel;

//! "New request": what was asked, under which law, when and how it arrived, who asked, and the contacts it
//! is about (found by typing a name, email or phone). The due date follows the jurisdiction and is shown
//! before saving. Saving goes through RequestService, which checks the permission again.
class NewRequestDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewRequestDialog(Session& session, QWidget* parent = nullptr);

    //! Links the contact with this uid and name from the start (opened from a contact).
    void addContact(const QString& uid, const QString& displayName);
    //! Saves the request; false (with the message shown inline) when the core refused it.
    bool save();
    //! The request saved by `save`.
    const privacy::Request& saved() const
    {
        return m_saved;
    }
    //! The uids of the linked contacts, in the order they were added.
    QStringList contactUids() const;

signals:
    void requestSaved(const QString& reference);

private:
    void searchContacts();
    void updateDueDate();

    Session& m_session;
    QComboBox* m_kind = nullptr;
    QComboBox* m_jurisdiction = nullptr;
    QComboBox* m_channel = nullptr;
    QDateEdit* m_received = nullptr;
    QLineEdit* m_requester = nullptr;
    QPlainTextEdit* m_details = nullptr;
    QLineEdit* m_contactSearch = nullptr;
    QListWidget* m_matches = nullptr;
    QListWidget* m_linked = nullptr;
    QPushButton* m_unlink = nullptr;
    QTimer* m_searchDelay = nullptr;
    QLineEdit* m_due = nullptr;
    FieldErrorLabel* m_error = nullptr;
    privacy::Request m_saved;
};

} // namespace confidant::ui
