#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/security/AuditLog.h"
#include "core/security/ErasureLedger.h"
#include "core/storage/SecretBuffer.h"
#include "core/storage/Vault.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace confidant::storage {
class KeyStore;
}

namespace confidant::security {

class MutationGate;
class SettingsService;

struct BackupInfo
{
    QString path;
    qint64 takenAtMs = 0; //!< from the file's modification time when listed
    qint64 bytes = 0;
    bool scheduled = false;
    //! Set by recordBackup: the erasure ledger file it rewrote beside the backups, or why it could not.
    QString ledgerPath;
    QString ledgerProblem;
};

//! One line of `check`: which check, whether it holds, and what is wrong when it does not.
struct CheckFinding
{
    QString check; //!< "integrity", "cipher-integrity", "audit-chain"
    bool ok = true;
    QString message;
    //! cipher-integrity: the pages of confidant.db whose HMAC fails, in file order.
    QList<qint64> pages;
};

//! A vault's erasure ledger, read just now: it holds every erasure up to the restore (the vault a restore
//! replaces, or another copy of it).
struct VaultLedger
{
    QString vaultDir;
    QList<ErasureRecord> records;
    QString suppressionSalt; //!< hex; the identifier hashes in `records` are keyed with it
};

//! Replacing a vault (RestoreRequest::force): how the restore opens it and who acts there.
struct ReplacedVaultAccess
{
    //! The vault's passphrase or recovery code; may be null or empty for a keychain vault that opens with
    //! RestoreRequest::keys.
    const storage::SecretBuffer* secret = nullptr;
    //! The acting profile's name; empty: the vault's owner profile (as a session starts).
    QString profile;
    //! That profile's PIN; null or empty when it has none.
    const storage::SecretBuffer* pin = nullptr;
};

struct RestoreRequest
{
    QString backupFile;
    QString targetDir;
    //! Replace an existing vault in targetDir (it is kept in targetDir/backups/replaced-<time>/).
    bool force = false;
    //! Over a vault: opens it and signs `replaced.profile` in there (see VaultAdmin::restore).
    ReplacedVaultAccess replaced;
    //! Recovery code or passphrase the backup opens with.
    const storage::SecretBuffer* secret = nullptr;
    //! Where a keychain-mode vault's key is stored after the restore; may be null.
    storage::KeyStore* keys = nullptr;
    //! Further erasures to re-apply, of no known source or time: they prove nothing (see `vaultLedgers`).
    QList<ErasureRecord> erasures;
    //! Ledgers of vaults read just now (the vault being replaced, --erasures-from): each proves every erasure
    //! up to the restore.
    QList<VaultLedger> vaultLedgers;
    //! Ledger files the user named (--ledger); one that does not open stops the restore.
    QStringList ledgerFiles;
    //! Also read the ledger file beside the backup file (ErasureLedgerFile::kFileName), when there is one.
    bool ledgerBesideBackup = true;
    //! Restore even when no ledger newer than the backup was found: erasures made since may be undone. Said
    //! in the report and audited in the restored vault (`vault.restore_unverified`).
    bool acceptUnverifiedErasures = false;
    ErasureLedger::Applier applier = ErasureLedger::defaultApplier();
    //! When set, makes the applier for the suppression salt the erasures were hashed with (the first vault
    //! ledger's, else the newest ledger file's): privacy::ErasureService::restoreApplier. Wins over `applier`.
    std::function<ErasureLedger::Applier(const QString& saltHex)> applierForSalt;
    //! Read until the target is touched (after staging, after re-applying erasures): Cancelled, nothing
    //! restored.
    const std::atomic_bool* cancel = nullptr;
};

//! One erasure ledger a restore read besides the backup's own.
struct LedgerSourceInfo
{
    QString origin; //!< the vault folder or the ledger file
    bool vault = false; //!< a vault read just now (else a ledger file)
    qint64 asOfMs = 0; //!< it holds every erasure up to then (a vault: the restore's time)
    int entries = 0;
};

struct RestoreReport
{
    QString vaultDir;
    QString vaultUid;
    storage::KeySource keySource = storage::KeySource::Keychain;
    qint64 takenAtMs = 0;
    int erasuresReapplied = 0;
    //! The ledgers read besides the backup's own, and up to when together they hold every erasure (the
    //! backup's time when none is newer).
    QList<LedgerSourceInfo> ledgers;
    qint64 erasuresKnownUntilMs = 0;
    //! The newest erasure the restored vault's ledger holds; 0 when it holds none.
    qint64 lastErasureAtMs = 0;
    //! False only with `acceptUnverifiedErasures`: no ledger newer than the backup was found.
    bool erasuresVerified = true;
    //! What the user should know although the restore succeeded (translated, one line each).
    QStringList warnings;
    QString replacedCopy; //!< where the replaced vault was kept; empty when nothing was replaced
    bool keyStored = false; //!< keychain mode: the key is in the keychain, no recovery code needed next time
};

//! Vault-level work for the acting profile: backups (manual and scheduled), key rotation, `check`, and
//! restore. Each checks its permission in core and is audited.
class VaultAdmin
{
    Q_DECLARE_TR_FUNCTIONS(VaultAdmin)

public:
    static constexpr const char* kBackupSuffix = ".backup";

    VaultAdmin(storage::Vault& vault, MutationGate& gate, SettingsService& settings, const Clock& clock);

    //! The folder for backups: `<vault>/backups`.
    QString backupDirectory() const;
    //! A new file name in the backup folder: `confidant-<UTC time>.backup` (or `scheduled-…`).
    QString newBackupPath(bool scheduled) const;

    //! Checks "back up and restore" (audited when denied).
    Result<void> mayBackUp();
    //! Checks "back up and restore" for replacing this vault with a backup; a denial is audited as an attempted
    //! vault.restore. restore() asks it itself, in the vault it replaces.
    Result<void> mayRestore();
    //! Writes and verifies a backup to `path` (empty: a new file in the backup folder) and records it.
    //! Safe to call from a worker thread only through `writeBackup` + `recordBackup`.
    Result<BackupInfo> backup(const QString& path = {},
                              const std::atomic_bool* cancel = nullptr,
                              const std::function<void(int)>& progress = {});
    //! The part of `backup` that may run on a worker thread (own connection; no audit).
    Result<BackupInfo> writeBackup(const QString& path,
                                   bool scheduled,
                                   const std::atomic_bool* cancel = nullptr,
                                   const std::function<void(int)>& progress = {});
    //! Audits a finished backup and notes its time (back on the vault's own thread), then rewrites the
    //! erasure ledger file beside the backups (`info.ledgerPath`; `info.ledgerProblem` when it could not).
    //! `cancel` ends a wait for the ledger file's lock (then `info.ledgerProblem` says so; the backup stands).
    Result<void> recordBackup(BackupInfo& info, const std::atomic_bool* cancel = nullptr);
    //! `<vault>/backups/erasure-ledger.cfl`: the vault's erasure ledger outside the vault (ErasureLedgerFile).
    QString erasureLedgerPath() const;
    //! Rewrites that file from the vault's ledger. After every erasure and every backup. `cancel` ends a wait
    //! for another writer's lock (Cancelled, the file as it was).
    Result<void> exportErasureLedger(const std::atomic_bool* cancel = nullptr);
    //! Removes the erasure ledger file beside the backups (before an erasure commits; see
    //! privacy::ErasureService::setLedgerInvalidator). Io when it exists and cannot be removed.
    Result<void> invalidateErasureLedger();
    //! Backups in the backup folder, newest first.
    Result<QList<BackupInfo>> backups() const;
    //! Whether the schedule says a backup is due now.
    Result<bool> backupDue() const;
    //! When due: a scheduled backup, then only the newest `keep` scheduled backups are kept. Denied (audited)
    //! for a profile that may not back up, due or not.
    Result<std::optional<BackupInfo>> runScheduledBackup(const std::atomic_bool* cancel = nullptr,
                                                         const std::function<void(int)>& progress = {});

    //! Rotates the key (needs "change the vault key": owners and admins). See Vault::rekey: a rotation
    //! whose new key the keychain did not store still succeeds, with `keyStored` false; `cancel` stops it
    //! until the swap (Cancelled, nothing audited, the old key still applies).
    Result<storage::RekeyOutcome> rekey(storage::KeyStore* keys,
                                        const storage::SecretBuffer& newPassphrase,
                                        storage::SecretBuffer& newRecoveryCode,
                                        const std::atomic_bool* cancel = nullptr);

    //! Cipher integrity (naming the pages that fail their HMAC), integrity and the audit chain: one finding per
    //! check, in that order. A damaged file is reported, not an error; `check` is audited unless the file is
    //! damaged (a damaged vault is never written).
    Result<QList<CheckFinding>> check();

    //! Restores a backup into `request.targetDir` (a new folder, or over a vault only with `force`),
    //! re-applies the erasures it lacks, and stores the key in the keychain (keychain mode). All or
    //! nothing: the target is only touched once the restored vault is complete.
    //! Over a vault, before anything is written, the restore opens it with `request.replaced.secret` (or the
    //! keychain), signs `request.replaced.profile` in with its PIN (ProfileService::authenticate: wrong PINs
    //! are counted and audited there, and the wait after them applies) and requires "back up and restore"
    //! (mayRestore, a denial audited there). Fails closed: a vault that does not open, an unknown profile, a
    //! wrong or missing PIN (WrongKey, Locked) or a denial (Denied) stops the restore. The restored vault's
    //! profiles (and their PINs) play no part: the re-applied erasures and `vault.restore` are recorded
    //! as `restoreActor()`.
    //! Erasures come from the ledgers of `request.vaultLedgers`, of `request.ledgerFiles` and of the ledger
    //! file beside the backup: all of them are re-applied. When none of them is newer than the backup, the
    //! restore cannot show that every erasure since was re-applied and refuses (Conflict,
    //! `isUnverifiedErasures`) unless `acceptUnverifiedErasures`.
    static Result<RestoreReport> restore(const RestoreRequest& request, const Clock& clock);
    //! Whether `error` is restore's refusal for want of a ledger newer than the backup.
    static bool isUnverifiedErasures(const Error& error);
    //! `Error::detail` of that refusal.
    static constexpr const char* kUnverifiedErasuresDetail = "erasures-unverified";
    //! Profile uid in the audit entries a restore writes into the restored vault.
    static constexpr const char* kRestoreActorUid = "system:restore";
    //! Who a restore acts as in the vault it builds: the restore itself, not one of its profiles.
    static Actor restoreActor();

    //! Removes all but the newest `keep` scheduled backups (backups someone asked for are never removed).
    Result<void> pruneScheduled(int keep);

private:
    storage::Vault& m_vault;
    MutationGate& m_gate;
    SettingsService& m_settings;
    const Clock& m_clock;
};

} // namespace confidant::security
