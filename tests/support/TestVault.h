#pragma once

#include "core/Session.h"
#include "core/storage/SecretBuffer.h"
#include "core/storage/Vault.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

#include "tests/support/FakeClock.h"

#include <memory>

namespace confidant::test {

inline storage::SecretBuffer secret(const char* text)
{
    return storage::SecretBuffer(text, qstrlen(text));
}

//! A passphrase-mode vault in its own temporary folder, with a FakeClock and a Session on it.
//! Passphrase mode needs no keychain; keychain-mode tests run under with-keyring.sh.
struct TestVault
{
    QTemporaryDir dir;
    FakeClock clock;
    std::unique_ptr<Session> session;

    static constexpr const char* kPassphrase = "correct horse battery staple";

    //! Creates the vault; returns false (and the error) on failure.
    bool create(Error* error = nullptr)
    {
        auto vault = storage::Vault::createWithPassphrase(path(), secret(kPassphrase), clock.nowMs());
        if (!vault) {
            if (error) {
                *error = vault.error();
            }
            return false;
        }
        session = std::make_unique<Session>(std::move(vault).value(), clock);
        return true;
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

inline QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace confidant::test
