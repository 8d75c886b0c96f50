#include "AuditLog.h"

#include "core/storage/Database.h"
#include "core/storage/SafeFile.h"
#include "core/storage/Statement.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

namespace confidant::security {

using storage::Database;
using storage::Statement;

namespace {

constexpr const char* kSelect
    = "SELECT seq, at, profile_uid, profile_name, action, entity_type, entity_uid, summary, prev_hash, hash "
      "FROM audit_log";

AuditEntry readEntry(const Statement& s)
{
    AuditEntry e;
    e.seq = s.int64(0);
    e.atMs = s.int64(1);
    e.profileUid = s.text(2);
    e.profileName = s.text(3);
    e.action = s.text(4);
    e.entityType = s.text(5);
    e.entityUid = s.text(6);
    e.summary = s.text(7);
    e.prevHash = s.text(8);
    e.hash = s.text(9);
    return e;
}

QByteArray headPayload(const AuditHead& head)
{
    const QJsonArray a {head.sealedSeq, head.sealedHash, head.pendingSeq, head.pendingHash};
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QByteArray macOf(const QByteArray& key, const QByteArray& payload)
{
    return QMessageAuthenticationCode::hash(
               QByteArray("confidant-audit-head-v1\n") + payload, key, QCryptographicHash::Sha256)
        .toHex();
}

} // namespace

QByteArray AuditLog::canonical(const AuditEntry& e)
{
    const QJsonArray a {e.seq, e.atMs, e.profileUid, e.profileName, e.action, e.entityType, e.entityUid, e.summary};
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QString AuditLog::hashOf(const AuditEntry& e)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(e.prevHash.toLatin1());
    h.addData(canonical(e));
    return QString::fromLatin1(h.result().toHex());
}

Result<std::optional<AuditEntry>> AuditLog::last(Database& db)
{
    auto s = db.prepare(QString::fromLatin1(kSelect) + QStringLiteral(" ORDER BY seq DESC LIMIT 1"));
    if (!s) {
        return s.error();
    }
    auto step = s->step();
    if (!step) {
        return step.error();
    }
    if (*step == Statement::Step::Done) {
        return std::optional<AuditEntry> {};
    }
    return std::optional<AuditEntry> {readEntry(*s)};
}

Result<AuditEntry> AuditLog::append(Database& db,
                                    const Actor& actor,
                                    qint64 nowMs,
                                    const QString& action,
                                    const QString& entityType,
                                    const QString& entityUid,
                                    const QString& summary)
{
    auto previous = last(db);
    if (!previous) {
        return previous.error();
    }
    AuditEntry e;
    e.seq = *previous ? (*previous)->seq + 1 : 1;
    e.atMs = nowMs;
    e.profileUid = actor.uid;
    e.profileName = actor.name;
    e.action = action;
    e.entityType = entityType;
    e.entityUid = entityUid;
    e.summary = summary;
    e.prevHash = *previous ? (*previous)->hash : QString::fromLatin1(kGenesisHash);
    e.hash = hashOf(e);
    auto s = db.prepare("INSERT INTO audit_log (seq, at, profile_uid, profile_name, action, entity_type, entity_uid, "
                        "summary, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    if (!s) {
        return s.error();
    }
    s->bind(1, e.seq)
        .bind(2, e.atMs)
        .bind(3, e.profileUid)
        .bind(4, e.profileName)
        .bind(5, e.action)
        .bind(6, e.entityType)
        .bind(7, e.entityUid)
        .bind(8, e.summary)
        .bind(9, e.prevHash)
        .bind(10, e.hash);
    if (auto r = s->run(); !r) {
        return r.error();
    }
    return e;
}

Result<QList<AuditEntry>> AuditLog::list(Database& db, const AuditQuery& q)
{
    QString sql = QString::fromLatin1(kSelect) + QStringLiteral(" WHERE 1");
    if (q.beforeSeq > 0) {
        sql += QStringLiteral(" AND seq < ?1");
    }
    if (q.sinceMs) {
        sql += QStringLiteral(" AND at >= ?2");
    }
    if (q.untilMs) {
        sql += QStringLiteral(" AND at < ?3");
    }
    if (!q.entityUid.isEmpty()) {
        sql += QStringLiteral(" AND entity_uid = ?4");
    }
    if (!q.entityType.isEmpty()) {
        sql += QStringLiteral(" AND entity_type = ?5");
    }
    if (!q.action.isEmpty()) {
        sql += q.action.endsWith(QLatin1Char('.')) ? QStringLiteral(" AND substr(action, 1, length(?6)) = ?6")
                                                   : QStringLiteral(" AND action = ?6");
    }
    if (!q.profile.isEmpty()) {
        sql += QStringLiteral(" AND profile_name = ?7 COLLATE NOCASE");
    }
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT ?8");
    auto s = db.prepare(sql);
    if (!s) {
        return s.error();
    }
    if (q.beforeSeq > 0) {
        s->bind(1, q.beforeSeq);
    }
    if (q.sinceMs) {
        s->bind(2, *q.sinceMs);
    }
    if (q.untilMs) {
        s->bind(3, *q.untilMs);
    }
    if (!q.entityUid.isEmpty()) {
        s->bind(4, q.entityUid);
    }
    if (!q.entityType.isEmpty()) {
        s->bind(5, q.entityType);
    }
    if (!q.action.isEmpty()) {
        s->bind(6, q.action);
    }
    if (!q.profile.isEmpty()) {
        s->bind(7, q.profile);
    }
    s->bind(8, static_cast<qint64>(q.limit));
    QList<AuditEntry> out;
    while (true) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            break;
        }
        out.append(readEntry(*s));
    }
    return out;
}

Result<qint64> AuditLog::count(Database& db)
{
    return db.queryInt("SELECT count(*) FROM audit_log");
}

Result<AuditVerification> AuditLog::verify(Database& db, const std::optional<AuditHead>& head)
{
    AuditVerification v;
    auto broken = [&v](qint64 seq, QString problem) {
        v.ok = false;
        v.firstBroken = seq;
        v.problem = std::move(problem);
        return v;
    };
    auto s = db.prepare(QString::fromLatin1(kSelect) + QStringLiteral(" ORDER BY seq"));
    if (!s) {
        return s.error();
    }
    QString previousHash = QString::fromLatin1(kGenesisHash);
    qint64 expected = 1;
    QString sealedHashSeen;
    QString pendingHashSeen;
    std::optional<AuditEntry> cut;
    while (true) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            break;
        }
        const AuditEntry e = readEntry(*s);
        if (e.seq > expected) {
            return broken(expected, tr("Audit entry %1 is missing (deleted).").arg(expected));
        }
        if (e.seq < expected) {
            return broken(expected, tr("Audit entry %1 is out of order or duplicated.").arg(e.seq));
        }
        if (e.prevHash != previousHash) {
            return broken(e.seq,
                          tr("Audit entry %1 does not follow entry %2 (inserted, reordered or changed).")
                              .arg(e.seq)
                              .arg(e.seq - 1));
        }
        if (hashOf(e) != e.hash) {
            return broken(e.seq, tr("Audit entry %1 was changed after it was written.").arg(e.seq));
        }
        if (e.action == QLatin1String(kHeadMismatchAction) && !cut) {
            cut = e;
        }
        if (head && e.seq == head->sealedSeq) {
            sealedHashSeen = e.hash;
        }
        if (head && e.seq == head->pendingSeq) {
            pendingHashSeen = e.hash;
        }
        previousHash = e.hash;
        ++v.entries;
        ++expected;
    }
    const qint64 end = v.entries;
    if (cut) {
        // Confidant found the chain head out of step with the vault on a later write and said so in the
        // chain itself: the evidence of a cut (or of entries added outside Confidant) stays.
        const qint64 firstMissing
            = cut->summary.section(QLatin1Char(' '), 0, 0).section(QLatin1Char('='), 1).toLongLong();
        return broken(firstMissing > 0 ? firstMissing : cut->seq,
                      tr("Entry %1 records that the audit trail did not match its sealed head when Confidant next "
                         "wrote (%2): entries were cut or added outside Confidant.")
                          .arg(cut->seq)
                          .arg(cut->summary));
    }
    if (!head) {
        if (end > 0) {
            return broken(end + 1,
                          tr("The sealed chain head (audit-head.json) is missing, so a cut tail after entry %1 "
                             "cannot be ruled out.")
                              .arg(end));
        }
        return v;
    }
    if (end < head->sealedSeq) {
        return broken(end + 1,
                      tr("The audit trail ends at entry %1, but entries up to %2 were sealed: the tail was cut.")
                          .arg(end)
                          .arg(head->sealedSeq));
    }
    if (head->sealedSeq > 0 && sealedHashSeen != head->sealedHash) {
        return broken(
            head->sealedSeq,
            tr("Audit entry %1 differs from the sealed chain head (the chain was rewritten).").arg(head->sealedSeq));
    }
    if (end == head->sealedSeq) {
        return v;
    }
    // The write in flight when Confidant stopped between committing and sealing.
    if (head->pendingSeq == end && pendingHashSeen == head->pendingHash) {
        return v;
    }
    return broken(head->sealedSeq + 1,
                  tr("Audit entries %1 to %2 were added after the last sealed entry, outside Confidant.")
                      .arg(head->sealedSeq + 1)
                      .arg(end));
}

Result<QByteArray> AuditLog::sealKey(Database& db)
{
    auto key = db.queryText("SELECT value FROM settings WHERE key = 'audit.seal_key'");
    if (!key) {
        return key.error();
    }
    if (!key->has_value() || (*key)->size() != 64) {
        return makeError(ErrorKind::Corrupt,
                         tr("The vault's audit seal key is missing; the vault is damaged. Restore it from a backup."));
    }
    return QByteArray::fromHex((*key)->toLatin1());
}

Result<std::optional<AuditHead>> AuditLog::readHead(const QString& dir, const QByteArray& key)
{
    QFile file(QDir(dir).filePath(QString::fromLatin1(kHeadFile)));
    if (!file.exists()) {
        return std::optional<AuditHead> {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorKind::Io,
                         tr("Cannot read %1; check its permissions.").arg(QString::fromLatin1(kHeadFile)),
                         file.errorString());
    }
    const QJsonObject root = QJsonDocument::fromJson(file.read(4096)).object();
    const QJsonArray a = root.value(QStringLiteral("head")).toArray();
    AuditHead head;
    head.sealedSeq = static_cast<qint64>(a.at(0).toDouble());
    head.sealedHash = a.at(1).toString();
    head.pendingSeq = static_cast<qint64>(a.at(2).toDouble());
    head.pendingHash = a.at(3).toString();
    const QByteArray mac = root.value(QStringLiteral("seal")).toString().toLatin1();
    if (a.size() != 4 || mac.isEmpty() || macOf(key, headPayload(head)) != mac) {
        return makeError(
            ErrorKind::Corrupt,
            tr("The sealed audit chain head (%1) was altered or damaged.").arg(QString::fromLatin1(kHeadFile)));
    }
    return std::optional<AuditHead> {head};
}

Result<void> AuditLog::writeHead(const QString& dir, const QByteArray& key, const AuditHead& head)
{
    const QByteArray payload = headPayload(head);
    const QJsonObject root {{QStringLiteral("head"), QJsonDocument::fromJson(payload).array()},
                            {QStringLiteral("seal"), QString::fromLatin1(macOf(key, payload))}};
    // Shared: the GUI and a command may seal the head at the same moment (the sealed write follows the commit,
    // outside SQLite's lock); neither may take the other's staging file.
    storage::SafeFile file(QDir(dir).filePath(QString::fromLatin1(kHeadFile)), storage::SafeFile::Staging::Shared);
    if (auto opened = file.open(); !opened) {
        return makeError(
            ErrorKind::Io,
            tr("Cannot write %1 in the vault folder; check its permissions.").arg(QString::fromLatin1(kHeadFile)),
            opened.error().detail);
    }
    file.device().write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    if (auto committed = file.commit(storage::SafeFile::Existing::Replace); !committed) {
        return makeError(committed.error().kind == ErrorKind::DiskFull ? ErrorKind::DiskFull : ErrorKind::Io,
                         tr("Cannot write %1 in the vault folder; check free space and permissions.")
                             .arg(QString::fromLatin1(kHeadFile)),
                         committed.error().detail);
    }
    return {};
}

} // namespace confidant::security
