#pragma once

#include "core/Result.h"
#include "core/security/Permissions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace confidant::storage {
class Database;
}

namespace confidant::security {

//! Who acts: the operator profile a session runs as.
struct Actor
{
    QString uid;
    QString name;
    Role role = Role::Owner;
    //! False until a profile with a PIN has given it: such an actor may do nothing at all.
    bool signedIn = true;
};

//! One link of the audit chain (DESIGN.md "Security"): never a personal value, only what was done to
//! which entity uid, by whom, with field names and counts in `summary`.
struct AuditEntry
{
    qint64 seq = 0;
    qint64 atMs = 0;
    QString profileUid;
    QString profileName;
    QString action;
    QString entityType;
    QString entityUid;
    QString summary;
    QString prevHash;
    QString hash;
};

struct AuditQuery
{
    std::optional<qint64> sinceMs;
    std::optional<qint64> untilMs;
    QString entityUid;
    QString entityType;
    QString action; //!< exact action, or a prefix ending in '.' ("contact.")
    QString profile; //!< profile name
    //! Newest first; continue with entries older than this sequence number (0: from the newest).
    qint64 beforeSeq = 0;
    int limit = 200;
};

//! The sealed chain head kept beside the vault (audit-head.json): the last committed entry, and the
//! entry a write in flight is about to commit. Sealed with a key kept inside the encrypted vault, so
//! cutting the tail of the chain (or rewriting the file) is noticed.
struct AuditHead
{
    qint64 sealedSeq = 0;
    QString sealedHash;
    qint64 pendingSeq = 0; //!< 0: no write in flight
    QString pendingHash;
};

//! The outcome of `AuditLog::verify`.
struct AuditVerification
{
    bool ok = true;
    qint64 entries = 0;
    //! The first sequence number whose link is broken (edited, deleted, reordered, inserted, or the first
    //! missing one after a cut tail).
    qint64 firstBroken = 0;
    //! What is wrong, translated; empty when ok.
    QString problem;
};

//! The hash-chained, append-only audit trail in the vault's `audit_log` table.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    static constexpr const char* kGenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";
    static constexpr const char* kHeadFile = "audit-head.json";
    //! Written when a write finds the chain out of step with the sealed head; `verify` reports it.
    static constexpr const char* kHeadMismatchAction = "audit.head-mismatch";

    //! The exact bytes the hash covers, after the previous hash: a compact JSON array of the fields.
    static QByteArray canonical(const AuditEntry& entry);
    //! Lower-case hex SHA-256 over the previous hash and the canonical entry.
    static QString hashOf(const AuditEntry& entry);

    //! Appends an entry (inside the caller's transaction): sequence, previous hash and hash are filled in.
    static Result<AuditEntry> append(storage::Database& db,
                                     const Actor& actor,
                                     qint64 nowMs,
                                     const QString& action,
                                     const QString& entityType,
                                     const QString& entityUid,
                                     const QString& summary);
    //! The newest entry, if any.
    static Result<std::optional<AuditEntry>> last(storage::Database& db);
    static Result<QList<AuditEntry>> list(storage::Database& db, const AuditQuery& query);
    static Result<qint64> count(storage::Database& db);
    //! Walks the whole chain and compares its end with `head` (nullopt: no head file was found).
    static Result<AuditVerification> verify(storage::Database& db, const std::optional<AuditHead>& head);

    //! The key that seals the head, from the vault's settings.
    static Result<QByteArray> sealKey(storage::Database& db);
    //! Reads and checks the head file in `dir`; nullopt when there is none. Invalid when its seal fails.
    static Result<std::optional<AuditHead>> readHead(const QString& dir, const QByteArray& key);
    //! Writes the head file atomically (storage::SafeFile: fsync, rename, folder fsync).
    static Result<void> writeHead(const QString& dir, const QByteArray& key, const AuditHead& head);
};

} // namespace confidant::security
