#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace confidant {
class Session;
}

namespace confidant::ui {

class FieldErrorLabel;

//! "Settings": the idle minutes before Confidant locks (needs "manage profiles") and the backup schedule
//! (needs "back up and restore"). Both are kept inside the vault through SettingsService, which checks
//! the permission again; a part the profile may not change is shown read only.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(Session& session, QWidget* parent = nullptr);

    //! The idle minutes as saved, once accepted.
    int autoLockMinutes() const
    {
        return m_savedMinutes;
    }

private:
    void load();
    void save();

    Session& m_session;
    QSpinBox* m_lockMinutes = nullptr;
    QCheckBox* m_backupEnabled = nullptr;
    QSpinBox* m_backupHours = nullptr;
    QSpinBox* m_backupKeep = nullptr;
    QLabel* m_lastBackup = nullptr;
    FieldErrorLabel* m_error = nullptr;
    int m_loadedMinutes = -1;
    int m_savedMinutes = -1;
    bool m_backupLoaded = false;
    bool m_loadedEnabled = false;
    int m_loadedHours = 0;
    int m_loadedKeep = 0;
};

} // namespace confidant::ui
