#include "AuditTrail.h"

#include "core/security/MutationGate.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QFile>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

namespace confidant::security {

namespace {

//! Orders the writes of the head file between programs (the GUI, a command, a cron backup): the seal a write
//! makes after its commit must not put the head back behind the pending head the next write has made since.
//! Without a lock file (a folder that cannot be written), the head cannot be written either.
class HeadLock
{
public:
    explicit HeadLock(const QString& dir)
        : m_fd(::open(QFile::encodeName(QDir(dir).filePath(QStringLiteral("audit-head.lock"))).constData(),
                      O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW,
                      0600))
    {
        while (m_fd >= 0 && ::flock(m_fd, LOCK_EX) != 0 && errno == EINTR) {
        }
    }
    ~HeadLock()
    {
        if (m_fd >= 0) {
            ::close(m_fd); // releases the flock
        }
    }
    HeadLock(const HeadLock&) = delete;
    HeadLock& operator=(const HeadLock&) = delete;

private:
    int m_fd = -1;
};

} // namespace

AuditTrail::AuditTrail(QString vaultDir, QByteArray sealKey, const Clock& clock)
    : m_dir(std::move(vaultDir))
    , m_key(std::move(sealKey))
    , m_clock(clock)
{
}

QString AuditTrail::summaryOf(const Mutation& m)
{
    QStringList parts;
    if (!m.fields.isEmpty()) {
        parts.append(QStringLiteral("fields=") + m.fields.join(QLatin1Char(',')));
    }
    if (m.count != 1) {
        parts.append(QStringLiteral("count=%1").arg(m.count));
    }
    if (!m.note.isEmpty()) {
        parts.append(m.note);
    }
    return parts.join(QLatin1Char(' '));
}

Result<void> AuditTrail::append(
    storage::Database& db, const Actor& actor, const QString& action, const Mutation& m, const QString& summary)
{
    if (m_key.isEmpty()) {
        return makeError(ErrorKind::Corrupt,
                         tr("The vault's audit seal key is missing; the vault is damaged. Restore it from a backup."));
    }
    if (!m_before) {
        auto end = AuditLog::last(db);
        if (!end) {
            return end.error();
        }
        const qint64 seq = *end ? (*end)->seq : 0;
        const QString hash = *end ? (*end)->hash : QString::fromLatin1(AuditLog::kGenesisHash);
        m_before = std::make_pair(seq, hash);
        // Before sealing a new head over the old one, make sure the chain still ends where the head
        // says; if not, say so in the chain itself so that the evidence is not overwritten.
        auto head = AuditLog::readHead(m_dir, m_key);
        QString mismatch;
        if (!head) {
            mismatch = QStringLiteral("first-missing=%1 head=unreadable found=%2").arg(seq + 1).arg(seq);
        } else if (!*head) {
            if (seq > 0) {
                mismatch = QStringLiteral("first-missing=%1 head=none found=%2").arg(seq + 1).arg(seq);
            }
        } else {
            const AuditHead& h = **head;
            const bool atSealed = h.sealedSeq == seq && (seq == 0 || h.sealedHash == hash);
            const bool atPending = h.pendingSeq > 0 && h.pendingSeq == seq && h.pendingHash == hash;
            if (!atSealed && !atPending) {
                mismatch = QStringLiteral("first-missing=%1 head=%2 found=%3")
                               .arg(std::min(seq, h.sealedSeq) + 1)
                               .arg(h.sealedSeq)
                               .arg(seq);
            }
        }
        if (!mismatch.isEmpty()) {
            auto marker = AuditLog::append(db,
                                           actor,
                                           m_clock.nowMs(),
                                           QString::fromLatin1(AuditLog::kHeadMismatchAction),
                                           QStringLiteral("vault"),
                                           QString(),
                                           mismatch);
            if (!marker) {
                return marker.error();
            }
            m_last = std::make_pair(marker->seq, marker->hash);
        }
    }
    auto entry = AuditLog::append(db, actor, m_clock.nowMs(), action, m.entityType, m.entityUid, summary);
    if (!entry) {
        return entry.error();
    }
    m_last = std::make_pair(entry->seq, entry->hash);
    return {};
}

Result<void> AuditTrail::record(storage::Database& db, const Actor& actor, const Mutation& mutation)
{
    return append(db, actor, mutation.action, mutation, summaryOf(mutation));
}

Result<void> AuditTrail::recordDenial(storage::Database& db, const Actor& actor, const Mutation& attempt)
{
    QString summary = QStringLiteral("attempted=%1").arg(attempt.action);
    if (!attempt.note.isEmpty()) {
        summary += QLatin1Char(' ') + attempt.note;
    }
    if (attempt.permission) {
        summary += QStringLiteral(" needs=") + Roles::permissionName(*attempt.permission);
    }
    summary += QStringLiteral(" role=") + Roles::name(actor.role);
    return append(db, actor, QStringLiteral("access.denied"), attempt, summary);
}

Result<void> AuditTrail::prepareSeal()
{
    if (!m_last || !m_before) {
        return {};
    }
    AuditHead head;
    head.sealedSeq = m_before->first;
    head.sealedHash = m_before->first > 0 ? m_before->second : QString();
    head.pendingSeq = m_last->first;
    head.pendingHash = m_last->second;
    const HeadLock lock(m_dir);
    return AuditLog::writeHead(m_dir, m_key, head);
}

void AuditTrail::seal()
{
    if (m_last) {
        const HeadLock lock(m_dir);
        // Only over this write's own pending head: once another program has written after this commit, the
        // head already stands past these entries, and sealing them would move it back.
        auto current = AuditLog::readHead(m_dir, m_key);
        if (current && *current && (*current)->pendingSeq == m_last->first
            && (*current)->pendingHash == m_last->second) {
            AuditHead head;
            head.sealedSeq = m_last->first;
            head.sealedHash = m_last->second;
            // A failure here leaves the pending head, which verify accepts; the next write seals again.
            (void)AuditLog::writeHead(m_dir, m_key, head);
        }
    }
    abandon();
}

void AuditTrail::abandon()
{
    m_before.reset();
    m_last.reset();
}

Result<AuditVerification> AuditTrail::verify(storage::Database& db) const
{
    auto head = AuditLog::readHead(m_dir, m_key);
    if (!head) {
        AuditVerification v;
        auto count = AuditLog::count(db);
        v.ok = false;
        v.entries = count ? *count : 0;
        v.firstBroken = v.entries + 1;
        v.problem = head.error().message;
        return v;
    }
    return AuditLog::verify(db, *head);
}

} // namespace confidant::security

namespace confidant::security {

Error deniedError(const Actor& actor, Permission permission)
{
    if (!actor.signedIn) {
        return makeError(ErrorKind::Locked,
                         AuditTrail::tr("This profile has a PIN; enter it before doing anything else."));
    }
    return makeError(
        ErrorKind::Denied,
        AuditTrail::tr("A profile with the role %1 may not do this (it needs \"%2\"); ask the vault's owner or "
                       "an administrator. The attempt was recorded in the audit trail.")
            .arg(Roles::label(actor.role), Roles::permissionLabel(permission)));
}

Error unauditedError()
{
    return makeError(ErrorKind::Denied,
                     AuditTrail::tr("This cannot be recorded in the audit trail, so Confidant did not do it."),
                     QStringLiteral("mutation gate without an audit trail"));
}

} // namespace confidant::security
