#pragma once

#include "core/Result.h"
#include "core/security/ErasureLedger.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>

namespace confidant::storage {
class Database;
}

namespace confidant::security {

//! What a ledger file holds once it opened: the erasure ledger of a vault as of `writtenAtMs`.
struct ErasureLedgerCopy
{
    QString path;
    QString vaultUid; //!< of the vault that wrote it
    qint64 writtenAtMs = 0; //!< the ledger held every erasure that vault had recorded up to then
    QString suppressionSalt; //!< hex; the identifier hashes in `records` are keyed with it
    QList<ErasureRecord> records;
};

//! The erasure ledger outside the vault (docs/SECURITY.md "Backups and restore"): `backups/erasure-ledger.cfl`,
//! rewritten after every erasure and every backup, so that a restore of an older backup into any folder can
//! still erase again whoever was erased since. It holds uids, times and salted hashes, never a personal value,
//! and is still encrypted: a SQLCipher file keyed with a key derived from the vault's audit seal key, a random
//! secret kept inside the vault and so inside every backup of it. Any backup of the vault opens it, whatever
//! key the vault had then (a key rotation does not shut older backups out of the newer ledger), and no other
//! vault's backup does.
class ErasureLedgerFile
{
    Q_DECLARE_TR_FUNCTIONS(ErasureLedgerFile)

public:
    static constexpr const char* kFileName = "erasure-ledger.cfl";

    //! Writes the ledger of the vault open on `vaultDb` to `path`: `path.part` (storage::SafeFile), then renamed over
    //! `path`; the folder is made (0700) when missing. Writers take turns on `path.lock`, and each reads the
    //! vault's ledger only once it holds the lock, so the last one to rename has the newest ledger. While it
    //! waits for the lock, `cancel` (Ctrl+C in the CLI) stops the wait: Cancelled, nothing written.
    static Result<void> write(storage::Database& vaultDb,
                              const QString& path,
                              const QString& vaultUid,
                              qint64 nowMs,
                              const std::atomic_bool* cancel = nullptr);
    //! Reads a ledger file with the key derived from `sealKey` (a vault's or a backup's audit seal key).
    //! Invalid when it is not this lineage's ledger or is damaged; nothing is written.
    static Result<ErasureLedgerCopy> read(const QString& path, const QByteArray& sealKey);
};

} // namespace confidant::security
