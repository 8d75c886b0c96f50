#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace confidant::storage {
class Database;
}

namespace confidant::security {

class MutationGate;

//! One erasure, as the ledger keeps it: which entity (uid) was erased when and by whom, with salted hashes
//! of its identifiers (never the values), so that a restore from an older backup can erase it again.
struct ErasureRecord
{
    QString uid; //!< of the ledger entry
    qint64 erasedAtMs = 0;
    QString entityType; //!< "contact", "company"
    QString entityUid;
    QStringList identifierHashes;
    QString profileUid;
    //! Legal holds released before this erasure ran (one that waited on the erasure queue): a restore
    //! of a backup in which they are still active releases them too, so they keep nothing back there.
    QStringList releasedHolds;
};

//! The erasure ledger (table `erasure_ledger`). The subject-rights issue writes it when it erases someone;
//! restore re-applies every entry the restored vault does not have yet.
class ErasureLedger
{
    Q_DECLARE_TR_FUNCTIONS(ErasureLedger)

public:
    //! Erases one recorded entity again in a restored vault (inside the gate's transaction). The default
    //! removes the entity's row by uid from its table; the subject-rights issue installs the full erasure.
    using Applier = std::function<Result<void>(storage::Database&, const ErasureRecord&)>;

    static Result<QList<ErasureRecord>> all(storage::Database& db);
    //! Records an erasure (inside the caller's transaction).
    static Result<void> append(storage::Database& db, const ErasureRecord& record);
    static Applier defaultApplier();

    //! Re-applies the records that `gate`'s vault does not hold yet, oldest first, each through the gate
    //! (audited as `erasure.reapply`) together with its ledger entry. Returns how many were applied.
    static Result<int> reapply(MutationGate& gate, const QList<ErasureRecord>& records, const Applier& applier);
};

} // namespace confidant::security
