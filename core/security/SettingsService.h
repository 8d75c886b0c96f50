#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace confidant::security {

class MutationGate;

//! When scheduled backups run and how many are kept.
struct BackupSchedule
{
    bool enabled = true;
    int intervalHours = 24;
    int keep = 7;
};

//! Vault-wide settings kept inside the encrypted vault (table `settings`), so they travel with backups
//! and never sit in a plain settings file. Reading is open to every profile; changing needs the
//! permission that guards the area, and is audited.
class SettingsService
{
    Q_DECLARE_TR_FUNCTIONS(SettingsService)

public:
    static constexpr int kDefaultAutoLockMinutes = 10;
    static constexpr int kMaxAutoLockMinutes = 24 * 60;

    explicit SettingsService(MutationGate& gate);

    //! Idle minutes before the GUI locks the vault; 0 means never.
    Result<int> autoLockMinutes() const;
    //! Needs "manage profiles" (it is a security setting for everyone sharing the vault).
    Result<void> setAutoLockMinutes(int minutes);

    Result<BackupSchedule> backupSchedule() const;
    //! Needs "back up and restore".
    Result<void> setBackupSchedule(const BackupSchedule& schedule);

    //! UTC ms of the last successful backup; nullopt when there was none.
    Result<std::optional<qint64>> lastBackupAt() const;

private:
    Result<std::optional<QString>> value(const char* key) const;

    MutationGate& m_gate;
};

} // namespace confidant::security
