#pragma once

#include "core/Session.h"
#include "core/storage/SecretBuffer.h"
#include "core/storage/Vault.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

#include "tests/support/FakeClock.h"
#include "tests/support/MemoryKeyStore.h"

#include <memory>

namespace confidant::test {

inline storage::SecretBuffer secret(const char* text)
{
    return storage::SecretBuffer(text, qstrlen(text));
}

//! A vault in its own temporary folder, with a FakeClock and a Session on it.
//! TestVault is a keychain-mode vault: its random key opens SQLCipher directly, as on a user's laptop,
//! so the many tests that are not about the passphrase do not pay the 256,000-iteration passphrase
//! KDF at every open (docs/PERFORMANCE.md "CI"). PassphraseTestVault is the passphrase-mode vault, for
//! tests about passphrases, backups and unlocking. Real keychain tests run under with-keyring.sh.
template <storage::KeySource Source>
struct BasicTestVault
{
    QTemporaryDir dir;
    FakeClock clock;
    std::unique_ptr<Session> session;
    MemoryKeyStore keys;
    storage::SecretBuffer recoveryCode;

    static constexpr const char* kPassphrase = "correct horse battery staple";

    //! Creates the vault; returns false (and the error) on failure.
    bool create(Error* error = nullptr)
    {
        auto vault = Source == storage::KeySource::Passphrase
            ? storage::Vault::createWithPassphrase(path(), secret(kPassphrase), clock.nowMs())
            : storage::Vault::createWithKeychain(path(), keys, recoveryCode, clock.nowMs());
        if (!vault) {
            if (error) {
                *error = vault.error();
            }
            return false;
        }
        session = std::make_unique<Session>(std::move(vault).value(), clock);
        return true;
    }
    //! What unlocks the vault without a keychain: its passphrase, or its recovery code.
    storage::SecretBuffer unlockSecret() const
    {
        return Source == storage::KeySource::Passphrase ? secret(kPassphrase) : recoveryCode.clone();
    }
    QString path() const
    {
        return dir.filePath(QStringLiteral("vault"));
    }
    QString dbPath() const
    {
        return dir.filePath(QStringLiteral("vault/confidant.db"));
    }
    void close()
    {
        session.reset();
    }
};

using TestVault = BasicTestVault<storage::KeySource::Keychain>;
using PassphraseTestVault = BasicTestVault<storage::KeySource::Passphrase>;

inline QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace confidant::test
