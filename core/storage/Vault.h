#pragma once

#include "core/Result.h"
#include "core/storage/Database.h"
#include "core/storage/SecretBuffer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace confidant::storage {

class KeyStore;

//! How the vault's key is kept (vault.json `key_source`).
enum class KeySource
{
    Keychain, //!< 32 random bytes, raw key, in the OS keychain; recovery code shown once
    Passphrase, //!< the passphrase is the SQLCipher key (SQLCipher 4 defaults); it is the recovery too
};

//! The non-secret, non-personal description of a vault kept in `vault.json`.
struct VaultDescriptor
{
    QString uid;
    int formatVersion = 1;
    KeySource keySource = KeySource::Keychain;
    qint64 createdAtMs = 0;
    // Key check: PBKDF2-HMAC-SHA512 over the key material, consulted only after a failed open to tell a
    // wrong key from a damaged file.
    QString kdfAlgorithm;
    int kdfIterations = 0;
    QByteArray kdfSalt;
    QByteArray keyCheck;
    bool cipherMemorySecurity = false;
};

//! What the user offers to unlock a vault when the keychain is not enough.
struct UnlockSecret
{
    //! Passphrase (passphrase mode) or recovery code (keychain mode); empty: use the keychain.
    SecretBuffer secret;
};

//! What a finished key rotation did with the new key.
struct RekeyOutcome
{
    //! Keychain mode: the new key is in the keychain under the vault's uid, read back and found equal.
    //! False: the vault already uses the new key, but the keychain did not store it (`keyProblem` says
    //! why). Its copy under the pending entry is kept, so the next unlock from the keychain still opens
    //! the vault and stores it again; the new recovery code opens it too. Always true in passphrase mode.
    bool keyStored = true;
    //! Why the keychain did not store the new key (translated); empty when it did.
    QString keyProblem;
};

//! What `PRAGMA cipher_integrity_check` and `PRAGMA integrity_check` found in a vault (Vault::integrity).
struct IntegrityReport
{
    //! Pages of confidant.db whose HMAC fails, in file order: damaged or altered. SQLCipher reads none of them.
    QList<qint64> damagedPages;
    //! cipher_integrity_check's other lines (a last page cut short), as SQLCipher wrote them.
    QStringList cipherProblems;
    //! integrity_check's lines (at most 100), or why it could not run to the end.
    QStringList structureProblems;

    //! Whether the file itself fails SQLCipher's check.
    bool damaged() const
    {
        return !damagedPages.isEmpty() || !cipherProblems.isEmpty();
    }
};

//! An open vault: its folder, descriptor and main connection (DESIGN.md "Vault and keys").
class Vault
{
    Q_DECLARE_TR_FUNCTIONS(Vault)

public:
    static constexpr const char* kDatabaseFile = "confidant.db";
    static constexpr const char* kDescriptorFile = "vault.json";
    static constexpr int kFormatVersion = 1;
    static constexpr int kPassphraseMinLength = 10;
    //! Key rotation in progress: the new descriptor, the re-encrypted copy, the new key's keychain entry.
    static constexpr const char* kPendingDescriptorFile = "vault.json.pending";
    static constexpr const char* kRekeyFile = "confidant.db.rekey";
    //! Held shared by every process with the vault open; exclusively by a rotation or a restore over it.
    static constexpr const char* kLockFile = ".confidant.lock";
    static QString pendingKeyName(const QString& vaultUid)
    {
        return vaultUid + QStringLiteral(":pending");
    }

    //! Keychain mode: generates a random key, stores it in `keys` first, creates the vault. The
    //! recovery code is returned once, in `recoveryCode`. Nothing is left behind on failure.
    static Result<std::unique_ptr<Vault>>
    createWithKeychain(const QString& dir, KeyStore& keys, SecretBuffer& recoveryCode, qint64 nowMs);
    //! Passphrase mode: the passphrase is the SQLCipher key. Nothing is left behind on failure.
    static Result<std::unique_ptr<Vault>>
    createWithPassphrase(const QString& dir, const SecretBuffer& passphrase, qint64 nowMs);
    //! Opens an existing vault. With an empty secret the key comes from `keys` (keychain mode); else
    //! the secret is the passphrase or recovery code. A recovery code re-stores the key in the keychain
    //! when that is possible (`keyRestored()`). Never creates a key for an existing vault.
    static Result<std::unique_ptr<Vault>> open(const QString& dir, KeyStore* keys, const UnlockSecret& unlock);
    //! Reads `vault.json` only (no key needed).
    static Result<VaultDescriptor> readDescriptor(const QString& dir);
    static Result<VaultDescriptor> readDescriptorFile(const QString& path, const QString& dir);
    static Result<void> writeDescriptorFile(const QString& path, const VaultDescriptor& d);

    //! What a backup file says about itself once it opened (VaultMaintenance.cpp).
    struct BackupMeta
    {
        QString vaultUid;
        KeySource keySource = KeySource::Keychain;
        qint64 takenAtMs = 0;
        int schemaVersion = 0;
    };
    //! What inspectBackup checks: everything, or only that `secret` opens the file and that it is a backup
    //! this build can restore (a quick check before a restore touches anything; stageRestore runs the full one).
    enum class BackupCheck
    {
        Full,
        KeyOnly,
    };
    //! Opens a backup read-only with `secret` (recovery code or passphrase; nothing else can open a copy
    //! on a new laptop), runs both integrity checks (unless KeyOnly) and reads its metadata. Nothing is
    //! written. WrongKey when `secret` does not open it.
    static Result<BackupMeta>
    inspectBackup(const QString& file, const SecretBuffer& secret, BackupCheck check = BackupCheck::Full);
    //! Makes `stagingDir` a vault holding a copy of the backup: confidant.db without the backup's own
    //! metadata, vault.json for its key, and the audit chain head sealed at the copy's last entry. The
    //! vault uid stays the backup's unless `keys` holds a different key under it (then a new uid).
    static Result<VaultDescriptor> stageRestore(const QString& file,
                                                const QString& stagingDir,
                                                const SecretBuffer& secret,
                                                KeyStore* keys,
                                                qint64* takenAtMs = nullptr);
    static bool exists(const QString& dir);
    //! The default vault folder: `QStandardPaths::AppDataLocation/vault`.
    static QString defaultDirectory();

    ~Vault();

    //! The per-connection settings of DESIGN.md "Storage" (WAL, synchronous=FULL, foreign keys,
    //! secure_delete, 64 MiB page cache), applied after the key; Database::open sets the busy timeout. A
    //! read-only connection keeps the journal mode it finds.
    static Result<void> applyConnectionSettings(Database& db);

    //! The main connection, for the thread that opened the vault.
    Database& db()
    {
        return m_db;
    }
    //! A new connection with the same key and settings, for a worker thread.
    Result<Database> openConnection() const;

    const QString& directory() const
    {
        return m_dir;
    }
    const VaultDescriptor& descriptor() const
    {
        return m_descriptor;
    }
    QString databasePath() const;
    QString cipherVersion() const
    {
        return m_cipherVersion;
    }
    int schemaVersion() const
    {
        return m_schemaVersion;
    }
    bool keyRestored() const
    {
        return m_keyRestored;
    }
    //! Whether the vault could only be opened for reading: its folder or file cannot be written here (a
    //! read-only mount: EROFS; no write permission: EACCES). Reads work; every write fails, saying so.
    bool isReadOnly() const
    {
        return m_db.isReadOnly();
    }
    //! Copies the vault into `path` with the same key (SQLite backup API); used before migrations.
    Result<void> backupTo(const QString& path);

    //! An encrypted, verified backup (VaultMaintenance.cpp): a consistent snapshot through a connection
    //! of its own (SQLite backup API), keyed like the vault, so the recovery code (keychain mode) or the
    //! passphrase opens it anywhere; `cipher_integrity_check` and `integrity_check` pass on the copy before
    //! it is renamed from `path.part` (storage::SafeFile, Named) to `path`; an existing `path` is never
    //! replaced (Conflict). Returns the file's size.
    Result<qint64> writeBackup(const QString& path,
                               qint64 nowMs,
                               const std::atomic_bool* cancel = nullptr,
                               const std::function<void(int percent)>& progress = {});
    //! Rotates the key, crash-safe (DESIGN.md "Vault and keys"): keychain mode makes a new random key
    //! (its recovery code comes back in `newRecoveryCode`); passphrase mode takes `newPassphrase`.
    //! Killing the process at any point leaves a vault that opens with the old or the new key. No copy of
    //! a key is removed from the keychain before the new key was read back from its main entry; when the
    //! keychain fails after the swap, the rotation still succeeds and says so (`RekeyOutcome::keyStored`).
    //! Needs this process to be the only one with the vault open. `cancel` is read until the swap (after the
    //! re-encrypted copy is written and after it is verified): Cancelled, the old key still applies.
    Result<RekeyOutcome> rekey(KeyStore* keys,
                               const SecretBuffer& newPassphrase,
                               SecretBuffer& newRecoveryCode,
                               const std::atomic_bool* cancel = nullptr);
    //! Runs `PRAGMA cipher_integrity_check` (every page's HMAC, read from the file itself) and, on a
    //! connection of its own, `PRAGMA integrity_check` as far as the damage lets it. Writes nothing.
    Result<IntegrityReport> integrity();
    //! Pages for a message: "61", "3, 61, 62", or the first ten "and N more".
    static QString pageList(const QList<qint64>& pages);

private:
    Vault() = default;
    //! `PRAGMA cipher_integrity_check` on `db`, which SQLCipher answers from the file even after the
    //! connection met a damaged page.
    static Result<IntegrityReport> cipherIntegrity(Database& db);
    Result<void> takeLock(bool exclusive);
    void releaseLock();
    static Result<std::unique_ptr<Vault>>
    create(const QString& dir, const QString& uid, KeySource source, const SecretBuffer& keyMaterial, qint64 nowMs);
    static VaultDescriptor describeKey(VaultDescriptor base, const SecretBuffer& keyMaterial);
    //! Finishes or abandons a key rotation that was interrupted, once the vault opened with the old or the
    //! new key. With the new key it finishes only when `newKeyStored`: passphrase mode, or the keychain's
    //! main entry was read back holding the new key. Otherwise the pending descriptor and key entry stay,
    //! so that the next unlock from the keychain opens with the pending entry and tries again. `keys`
    //! (keychain mode only) is where the pending entry is removed.
    static void
    settleRotation(const QString& dir, const QString& uid, KeyStore* keys, bool openedWithNewKey, bool newKeyStored);
    static Result<std::unique_ptr<Vault>> openWithMaterial(const QString& dir,
                                                           const VaultDescriptor& descriptor,
                                                           SecretBuffer material,
                                                           bool fromRecovery,
                                                           KeyStore* keys);
    static Result<Database> connect(const QString& path,
                                    const SecretBuffer& keySpec,
                                    const VaultDescriptor& descriptor,
                                    const SecretBuffer& keyMaterial,
                                    QString* cipherVersion);

    QString m_dir;
    VaultDescriptor m_descriptor;
    Database m_db;
    SecretBuffer m_keySpec;
    QString m_cipherVersion;
    int m_schemaVersion = 0;
    bool m_keyRestored = false;
    int m_lockFd = -1;
};

} // namespace confidant::storage
