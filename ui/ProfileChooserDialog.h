#pragma once

#include "core/security/ProfileService.h"

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace confidant {
class Session;
}

namespace confidant::ui {

class FieldErrorLabel;
class SessionHost;

//! "Choose profile": who is at the keyboard. Lists the vault's profiles with their roles, asks for the
//! chosen profile's PIN when it has one (a wrong PIN shows under the field and can be retried), and acts
//! as that profile once accepted.
class ProfileChooserDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose
    {
        Start, //!< after the unlock, before the main window shows: Cancel quits
        Switch, //!< from the Profile menu: Cancel keeps the current profile
    };

    ProfileChooserDialog(SessionHost& host, Purpose purpose, QWidget* parent = nullptr);

    //! Whether a session must ask who is at the keyboard: more than one profile, or an owner with a PIN.
    static bool isNeeded(Session& session);
    //! Selects the profile of that name (case-insensitive), if listed.
    void selectProfile(const QString& name);

private:
    void load();
    void updatePinField();
    void choose();
    const security::Profile* selected() const;

    SessionHost& m_host;
    Purpose m_purpose;
    QList<security::Profile> m_profiles;
    QTreeWidget* m_list = nullptr;
    QLabel* m_onlyOne = nullptr;
    QLabel* m_pinLabel = nullptr;
    QLineEdit* m_pin = nullptr;
    FieldErrorLabel* m_error = nullptr;
    QPushButton* m_choose = nullptr;
};

} // namespace confidant::ui
