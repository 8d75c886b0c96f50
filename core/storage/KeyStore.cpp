#include "KeyStore.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <utility>

namespace confidant::storage {

Result<void> KeyStore::writeVerified(const QString& vaultUid, const SecretBuffer& key)
{
    if (auto r = write(vaultUid, key); !r) {
        return r;
    }
    auto stored = read(vaultUid);
    if (!stored) {
        return stored.error();
    }
    if (!stored->equals(key)) {
        return makeError(ErrorKind::Io,
                         tr("The keychain did not keep the key written to it (reading it back gave another key); "
                            "check the system keychain."),
                         QStringLiteral("read-back mismatch"));
    }
    return {};
}

namespace {

// A keychain that shows a prompt nobody can answer (headless, locked collection) must not hang us.
bool runJob(QKeychain::Job& job, int timeoutMs)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished) {
        loop.exec();
    }
    return finished;
}

Error keychainError(const QKeychain::Job& job, bool finished)
{
    const QString detail = QStringLiteral("QtKeychain %1: %2").arg(job.error()).arg(job.errorString());
    if (!finished) {
        return makeError(ErrorKind::NoKeychain,
                         QtKeychainStore::tr("The keychain did not answer; unlock it, or use a passphrase instead."),
                         QStringLiteral("timeout"));
    }
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return makeError(ErrorKind::NotFound, QtKeychainStore::tr("The keychain holds no key for this vault."), detail);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return makeError(
            ErrorKind::Locked,
            QtKeychainStore::tr("The keychain refused access; unlock your keyring, or use the recovery code."),
            detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return makeError(ErrorKind::NoKeychain,
                         QtKeychainStore::tr("No keychain is available on this system; use a passphrase instead."),
                         detail);
    default:
        return makeError(ErrorKind::NoKeychain,
                         QtKeychainStore::tr("The keychain could not be used; unlock it, or use a passphrase instead."),
                         detail);
    }
}

} // namespace

QtKeychainStore::QtKeychainStore(QString service, int timeoutMs)
    : m_service(std::move(service))
    , m_timeoutMs(timeoutMs)
{
}

Result<SecretBuffer> QtKeychainStore::read(const QString& vaultUid)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(vaultUid);
    const bool finished = runJob(job, m_timeoutMs);
    if (!finished || job.error() != QKeychain::NoError) {
        return keychainError(job, finished);
    }
    QByteArray bytes = job.binaryData();
    return SecretBuffer::takeFrom(bytes);
}

Result<void> QtKeychainStore::write(const QString& vaultUid, const SecretBuffer& key)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(vaultUid);
    // QtKeychain keeps its own copy of the key until the job ends; we cannot wipe that one. Handing it a
    // temporary means no second copy of ours outlives this call.
    job.setBinaryData(QByteArray(key.data(), static_cast<qsizetype>(key.size())));
    const bool finished = runJob(job, m_timeoutMs);
    if (!finished || job.error() != QKeychain::NoError) {
        return keychainError(job, finished);
    }
    return {};
}

Result<void> QtKeychainStore::remove(const QString& vaultUid)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(vaultUid);
    const bool finished = runJob(job, m_timeoutMs);
    if (!finished || (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)) {
        return keychainError(job, finished);
    }
    return {};
}

} // namespace confidant::storage
