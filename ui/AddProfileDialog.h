#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace confidant {
class Session;
}

namespace confidant::ui {

class FieldErrorLabel;

//! Adds an operator profile: a name, a role and, optionally, a PIN (typed twice). Saving goes through
//! ProfileService::add, which checks the permission; its refusal shows in the dialog.
class AddProfileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddProfileDialog(Session& session, QWidget* parent = nullptr);

    //! The name of the profile added, once accepted.
    const QString& addedName() const
    {
        return m_added;
    }

private:
    void add();

    Session& m_session;
    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_pin = nullptr;
    QLineEdit* m_repeat = nullptr;
    FieldErrorLabel* m_error = nullptr;
    QString m_added;
};

} // namespace confidant::ui
