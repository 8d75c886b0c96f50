#pragma once

#include "core/Result.h"
#include "core/storage/SecretBuffer.h"

#include <QCoreApplication>
#include <QString>

namespace confidant::storage {

//! Where a vault's raw key is kept between sessions: the OS keychain (DESIGN.md "Vault and keys").
class KeyStore
{
    Q_DECLARE_TR_FUNCTIONS(KeyStore)

public:
    virtual ~KeyStore() = default;
    //! The stored key; NotFound when there is no entry, NoKeychain/Locked when the keychain fails.
    virtual Result<SecretBuffer> read(const QString& vaultUid) = 0;
    virtual Result<void> write(const QString& vaultUid, const SecretBuffer& key) = 0;
    virtual Result<void> remove(const QString& vaultUid) = 0;

    //! Writes `key`, then reads the entry back: succeeds only when the keychain now holds exactly `key`.
    //! Another copy of a key may be removed only after this succeeded (key rotation).
    Result<void> writeVerified(const QString& vaultUid, const SecretBuffer& key);
};

//! The OS keychain through QtKeychain (Secret Service on Linux). Never QtKeychain's insecure
//! plaintext fallback. Needs a QCoreApplication; runs a local event loop while a job is pending.
class QtKeychainStore final : public KeyStore
{
    Q_DECLARE_TR_FUNCTIONS(QtKeychainStore)

public:
    //! How long a command-line call waits for the keychain: long enough for a busy Secret Service,
    //! short enough that a prompt nobody can see (headless, locked collection) does not hang a script.
    static constexpr int kUnattendedTimeoutMs = 20000;
    //! How long the GUI waits: the keychain may be asking the person to create or unlock a keyring.
    static constexpr int kInteractiveTimeoutMs = 300000;

    //! Service name under which entries are stored; the entry key is the vault uid.
    explicit QtKeychainStore(QString service = QStringLiteral("Confidant"), int timeoutMs = kUnattendedTimeoutMs);

    Result<SecretBuffer> read(const QString& vaultUid) override;
    Result<void> write(const QString& vaultUid, const SecretBuffer& key) override;
    Result<void> remove(const QString& vaultUid) override;

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace confidant::storage
