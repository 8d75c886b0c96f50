#pragma once

#include "core/security/ProfileService.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace confidant::ui {

class FieldErrorLabel;
class SessionHost;

//! "Manage profiles": add profiles, change a profile's role, set or remove its PIN, remove it. Every
//! change goes through ProfileService, which checks the acting profile's permission and keeps at least
//! one owner; its refusals (denied, the last owner, …) show in the dialog.
class ManageProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ManageProfilesDialog(SessionHost& host, QWidget* parent = nullptr);

    //! Selects the profile of that name (case-insensitive), if listed.
    void selectProfile(const QString& name);

private:
    void load(const QString& keepUid = {});
    //! Shows the selected profile's name and role in the details.
    void showSelected();
    void updateButtons();
    void addProfile();
    void changeRole();
    void setPin();
    void clearPin();
    void removeProfile();
    //! Shows a core refusal, or clears the message and tells the window that profiles changed.
    void report(const std::optional<Error>& error);
    const security::Profile* selected() const;

    SessionHost& m_host;
    QList<security::Profile> m_profiles;
    QTreeWidget* m_list = nullptr;
    FieldErrorLabel* m_error = nullptr;
    QLabel* m_selectedName = nullptr;
    QComboBox* m_role = nullptr;
    QPushButton* m_changeRole = nullptr;
    QPushButton* m_setPin = nullptr;
    QPushButton* m_clearPin = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace confidant::ui
