#include "core/storage/KeyStore.h"
#include "core/storage/RecoveryCode.h"
#include "core/storage/Vault.h"

#include <QTest>

#include "tests/support/TestVault.h"

using namespace confidant;
using namespace confidant::storage;
using confidant::test::fileHash;

//! Runs against a real Secret Service (gnome-keyring) started by tests/support/with-keyring.sh.
class TestKeychainVault : public QObject
{
    Q_OBJECT

private:
    QtKeychainStore m_keys {QStringLiteral("Confidant-test")};

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run under tests/support/with-keyring.sh (ctest does this)");
    }

    void keychainRoundTripsBinaryKey()
    {
        const SecretBuffer key = SecretBuffer::random(32);
        QVERIFY(m_keys.write(QStringLiteral("round-trip"), key).ok());
        auto read = m_keys.read(QStringLiteral("round-trip"));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message + read.error().detail));
        QVERIFY(read->equals(key));
        QVERIFY(m_keys.remove(QStringLiteral("round-trip")).ok());
        auto gone = m_keys.read(QStringLiteral("round-trip"));
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().kind, ErrorKind::NotFound);
    }

    void createsKeychainVaultAndReopensWithoutSecret()
    {
        QTemporaryDir dir;
        SecretBuffer code;
        auto vault = Vault::createWithKeychain(dir.filePath(QStringLiteral("v")), m_keys, code, 1000);
        QVERIFY2(vault.ok(), qPrintable(vault.ok() ? QString() : vault.error().message + vault.error().detail));
        QVERIFY(RecoveryCode::looksLikeCode(code));
        const QString uid = (*vault)->descriptor().uid;
        QCOMPARE((*vault)->descriptor().keySource, KeySource::Keychain);
        // The keychain holds the raw key the recovery code spells out.
        auto stored = m_keys.read(uid);
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), std::size_t(32));
        QVERIFY(RecoveryCode::parse(code)->equals(*stored));
        vault = makeError(ErrorKind::Io, QString());

        auto reopened = Vault::open(dir.filePath(QStringLiteral("v")), &m_keys, UnlockSecret {});
        QVERIFY(reopened.ok());
        QVERIFY(!(*reopened)->keyRestored());
    }

    void recoveryCodeUnlocksAndRestoresMissingKey()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v"));
        SecretBuffer code;
        QString uid;
        {
            auto vault = Vault::createWithKeychain(path, m_keys, code, 1000);
            QVERIFY(vault.ok());
            uid = (*vault)->descriptor().uid;
        }
        // New laptop / wiped keyring.
        QVERIFY(m_keys.remove(uid).ok());
        const QByteArray before = fileHash(path + QStringLiteral("/confidant.db"));
        auto locked = Vault::open(path, &m_keys, UnlockSecret {});
        QVERIFY(!locked.ok());
        QCOMPARE(locked.error().kind, ErrorKind::Locked);
        QVERIFY(locked.error().message.contains(QStringLiteral("recovery code")));
        // Never a new key for an existing vault: the keychain is still empty, the file unchanged.
        QCOMPARE(m_keys.read(uid).error().kind, ErrorKind::NotFound);
        QCOMPARE(fileHash(path + QStringLiteral("/confidant.db")), before);

        UnlockSecret unlock;
        unlock.secret = code.clone();
        auto recovered = Vault::open(path, &m_keys, unlock);
        QVERIFY(recovered.ok());
        QVERIFY((*recovered)->keyRestored());
        recovered = makeError(ErrorKind::Io, QString());
        QVERIFY(Vault::open(path, &m_keys, UnlockSecret {}).ok());
    }

    void wrongRecoveryCodeIsWrongKeyAndLeavesFileIdentical()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v"));
        SecretBuffer code;
        QVERIFY(Vault::createWithKeychain(path, m_keys, code, 1000).ok());
        const QByteArray before = fileHash(path + QStringLiteral("/confidant.db"));
        UnlockSecret unlock;
        unlock.secret = RecoveryCode::format(SecretBuffer::random(32)); // well-formed, other key
        auto vault = Vault::open(path, &m_keys, unlock);
        QVERIFY(!vault.ok());
        QCOMPARE(vault.error().kind, ErrorKind::WrongKey);
        QCOMPARE(fileHash(path + QStringLiteral("/confidant.db")), before);
    }

    void failedCreationLeavesNoKeyBehind()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v"));
        SecretBuffer code;
        QVERIFY(Vault::createWithKeychain(path, m_keys, code, 1000).ok());
        auto again = Vault::createWithKeychain(path, m_keys, code, 1000);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, ErrorKind::Conflict);
    }
};

QTEST_GUILESS_MAIN(TestKeychainVault)
#include "TestKeychainVault.moc"
