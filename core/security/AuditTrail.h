#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/security/AuditLog.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace confidant::storage {
class Database;
}

namespace confidant::security {

struct Mutation;

//! The audit trail of one open vault, as the MutationGate drives it: entries are appended inside the
//! write's transaction, the chain head is sealed beside the vault just before the commit (as "pending")
//! and again after it. A crash between the two leaves a head that `verify` still accepts; a cut tail or
//! entries added outside Confidant do not.
class AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)

public:
    AuditTrail(QString vaultDir, QByteArray sealKey, const Clock& clock);

    //! Appends the entry for `mutation` (inside the caller's transaction).
    Result<void> record(storage::Database& db, const Actor& actor, const Mutation& mutation);
    //! Appends an "access.denied" entry for a call `actor` was not allowed to make.
    Result<void> recordDenial(storage::Database& db, const Actor& actor, const Mutation& attempt);
    //! Last step inside the transaction: seals the head with the new entries as pending.
    Result<void> prepareSeal();
    //! After the commit: the new entries become the sealed head.
    void seal();
    //! After a rollback: forget what this transaction appended.
    void abandon();

    Result<AuditVerification> verify(storage::Database& db) const;
    const QString& directory() const
    {
        return m_dir;
    }

    //! The non-personal summary stored with an entry: field names, count, and the extra note.
    static QString summaryOf(const Mutation& mutation);

private:
    Result<void>
    append(storage::Database& db, const Actor& actor, const QString& action, const Mutation& m, const QString& summary);

    QString m_dir;
    QByteArray m_key;
    const Clock& m_clock;
    // Chain end before this transaction appended anything, and its newest entry so far.
    std::optional<std::pair<qint64, QString>> m_before;
    std::optional<std::pair<qint64, QString>> m_last;
};

} // namespace confidant::security
