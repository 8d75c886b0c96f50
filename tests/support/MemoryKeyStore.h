#pragma once

#include "core/storage/KeyStore.h"

#include <QHash>

#include <optional>

namespace confidant::test {

//! A KeyStore in memory, for tests that need keychain behaviour without a Secret Service (a narrow fake:
//! the acceptance path uses the real keychain under with-keyring.sh). With
//! `failWith` set, every call fails with that error (e.g. NoKeychain).
class MemoryKeyStore final : public storage::KeyStore
{
public:
    Result<storage::SecretBuffer> read(const QString& vaultUid) override
    {
        if (failWith) {
            return *failWith;
        }
        const auto it = m_keys.constFind(vaultUid);
        if (it == m_keys.constEnd()) {
            return makeError(ErrorKind::NotFound, QStringLiteral("The keychain holds no key for this vault."));
        }
        return storage::SecretBuffer(it->constData(), static_cast<std::size_t>(it->size()));
    }
    Result<void> write(const QString& vaultUid, const storage::SecretBuffer& key) override
    {
        if (failWith) {
            return *failWith;
        }
        m_keys.insert(vaultUid, QByteArray(key.data(), static_cast<qsizetype>(key.size())));
        return {};
    }
    Result<void> remove(const QString& vaultUid) override
    {
        if (failWith) {
            return *failWith;
        }
        m_keys.remove(vaultUid);
        return {};
    }
    bool contains(const QString& vaultUid) const
    {
        return m_keys.contains(vaultUid);
    }

    std::optional<Error> failWith;

private:
    // Test keys only; a real store never keeps a key in a QByteArray.
    QHash<QString, QByteArray> m_keys;
};

} // namespace confidant::test
