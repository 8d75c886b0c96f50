#include "ErasureLedgerFile.h"

#include "core/security/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/SafeFile.h"
#include "core/storage/SecretBuffer.h"
#include "core/storage/Statement.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QScopeGuard>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <thread>

namespace confidant::security {

using storage::Database;
using storage::SecretBuffer;

namespace {

constexpr const char* kFormat = "1";

// The same columns as the vault's erasure_ledger, so ErasureLedger::all and ::append work on either.
constexpr const char* kSchema = R"sql(
CREATE TABLE ledger_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE erasure_ledger (
    seq            INTEGER PRIMARY KEY,
    uid            TEXT NOT NULL UNIQUE,
    erased_at      INTEGER NOT NULL,
    entity_type    TEXT NOT NULL,
    entity_uid     TEXT NOT NULL,
    identifiers    TEXT NOT NULL DEFAULT '[]',
    profile_uid    TEXT NOT NULL,
    released_holds TEXT NOT NULL DEFAULT '[]'
);
)sql";

// A key of its own (domain separation), derived from the audit seal key that every copy of the vault holds.
SecretBuffer fileKeySpec(const QByteArray& sealKey)
{
    QByteArray key = QMessageAuthenticationCode::hash(
        QByteArrayLiteral("confidant erasure ledger file v1"), sealKey, QCryptographicHash::Sha256);
    return SecretBuffer::takeFrom(key).toRawKeySpec();
}

Result<std::optional<QString>> info(Database& db, const char* key)
{
    auto s = db.prepare("SELECT value FROM ledger_info WHERE key = ?1");
    if (!s) {
        return s.error();
    }
    s->bind(1, key);
    auto step = s->step();
    if (!step) {
        return step.error();
    }
    if (*step == storage::Statement::Step::Done) {
        return std::optional<QString> {};
    }
    return std::optional<QString> {s->text(0)};
}

} // namespace

Result<void> ErasureLedgerFile::write(
    Database& vaultDb, const QString& path, const QString& vaultUid, qint64 nowMs, const std::atomic_bool* cancel)
{
    const QString file = QFileInfo(path).absoluteFilePath();
    const QString folder = QFileInfo(file).absolutePath();
    const bool existed = QFileInfo(folder).isDir();
    if (!QDir().mkpath(folder)) {
        return makeError(ErrorKind::Io, tr("Cannot create the folder %1; check its permissions.").arg(folder));
    }
    if (!existed) {
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    const int lockFd
        = ::open(QFile::encodeName(file + QStringLiteral(".lock")).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (lockFd < 0) {
        return makeError(ErrorKind::Io, tr("Cannot write in %1; check its permissions.").arg(folder));
    }
    auto unlock = qScopeGuard([lockFd] { ::close(lockFd); }); // closing releases the flock
    // Polled rather than blocking, so that a cancel (Ctrl+C) ends the wait for another writer.
    while (::flock(lockFd, LOCK_EX | LOCK_NB) != 0) {
        if (errno != EWOULDBLOCK && errno != EINTR) {
            return makeError(ErrorKind::Io, tr("Cannot write in %1; check its permissions.").arg(folder));
        }
        if (cancel && cancel->load()) {
            return makeError(ErrorKind::Cancelled,
                             tr("Waiting for another program writing the erasure ledger %1 was cancelled; nothing "
                                "was written to it.")
                                 .arg(file));
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }

    // Read under the lock: another process's erasure committed before it is in what this one writes.
    auto sealKey = AuditLog::sealKey(vaultDb);
    if (!sealKey) {
        return sealKey.error();
    }
    auto records = ErasureLedger::all(vaultDb);
    if (!records) {
        return records.error();
    }
    auto salt = vaultDb.queryText("SELECT value FROM settings WHERE key = 'suppression.salt'");
    if (!salt) {
        return salt.error();
    }

    // SQLite writes the file by name: PATH.part, made here exclusively and 0600 (storage::SafeFile; a stale one
    // is replaced, a link there removed, never followed), an empty file that is a new database to SQLite.
    storage::SafeFile staged(file, storage::SafeFile::Staging::Named);
    const QString part = staged.stagingPath();
    auto fail = [&staged](Error e) -> Result<void> {
        staged.discard();
        return e;
    };
    const auto cannotWrite = [&file](const Error& cause) {
        return makeError(
            ErrorKind::Io, tr("Cannot write %1; check free space and permissions.").arg(file), cause.detail);
    };
    if (auto opened = staged.open(); !opened) {
        return cannotWrite(opened.error());
    }
    {
        auto db = Database::open(part, Database::OpenMode::ExistingOnly);
        if (!db) {
            return fail(cannotWrite(db.error()));
        }
        db->setCheckpointOnClose(false);
        if (auto r = db->applyKey(fileKeySpec(*sealKey)); !r) {
            return fail(r.error());
        }
        // Nothing but the encrypted file reaches the disk: no journal or temporary file beside it.
        for (const char* sql : {"PRAGMA journal_mode = MEMORY", "PRAGMA temp_store = MEMORY", kSchema, "BEGIN"}) {
            if (auto r = db->exec(sql); !r) {
                return fail(cannotWrite(r.error()));
            }
        }
        auto meta = db->prepare("INSERT INTO ledger_info (key, value) VALUES ('format', ?1), ('vault_uid', ?2), "
                                "('written_at', ?3), ('suppression_salt', ?4)");
        if (!meta) {
            return fail(cannotWrite(meta.error()));
        }
        meta->bind(1, kFormat).bind(2, vaultUid).bind(3, QString::number(nowMs)).bind(4, salt->value_or(QString()));
        if (auto r = meta->run(); !r) {
            return fail(cannotWrite(r.error()));
        }
        for (const ErasureRecord& record : *records) {
            if (auto r = ErasureLedger::append(*db, record); !r) {
                return fail(cannotWrite(r.error()));
            }
        }
        if (auto r = db->exec("COMMIT"); !r) {
            return fail(cannotWrite(r.error()));
        }
        auto count = db->queryInt("SELECT count(*) FROM erasure_ledger");
        if (!count || *count != records->size()) {
            return fail(makeError(ErrorKind::Io, tr("Cannot write %1; check free space and permissions.").arg(file)));
        }
        db->close();
    }
    // fsync of the file, rename over the old one, fsync of the folder.
    if (auto committed = staged.commit(storage::SafeFile::Existing::Replace); !committed) {
        return cannotWrite(committed.error());
    }
    return {};
}

Result<ErasureLedgerCopy> ErasureLedgerFile::read(const QString& path, const QByteArray& sealKey)
{
    const QString file = QFileInfo(path).absoluteFilePath();
    const auto notOurs = [&file](const QString& detail) {
        return makeError(
            ErrorKind::Invalid,
            tr("%1 is not an erasure ledger of this vault (or of its backups), or it is damaged.").arg(file),
            detail);
    };
    QFile f(file);
    if (!f.exists()) {
        return makeError(ErrorKind::NotFound, tr("There is no erasure ledger %1.").arg(file));
    }
    if (!f.open(QIODevice::ReadOnly)) {
        return makeError(ErrorKind::Io, tr("Cannot read %1; check its permissions.").arg(file), f.errorString());
    }
    const QByteArray head = f.read(16);
    f.close();
    if (head.size() < 16 || head == QByteArray("SQLite format 3\0", 16)) {
        return notOurs(QStringLiteral("not an encrypted ledger file"));
    }
    auto db = Database::open(file, Database::OpenMode::ReadOnly);
    if (!db) {
        return db.error();
    }
    db->setCheckpointOnClose(false);
    if (auto r = db->applyKey(fileKeySpec(sealKey)); !r) {
        return r.error();
    }
    auto format = info(*db, "format");
    if (!format) {
        return notOurs(format.error().detail);
    }
    if (!format->has_value()) {
        return notOurs(QStringLiteral("no format"));
    }
    if (**format != QLatin1String(kFormat)) {
        return makeError(ErrorKind::Unsupported,
                         tr("The erasure ledger %1 was written by a newer version of Confidant; update Confidant "
                            "and try again.")
                             .arg(file));
    }
    auto uid = info(*db, "vault_uid");
    auto written = info(*db, "written_at");
    auto salt = info(*db, "suppression_salt");
    if (!uid || !written || !salt) {
        return notOurs(!uid ? uid.error().detail : !written ? written.error().detail : salt.error().detail);
    }
    ErasureLedgerCopy copy;
    copy.path = file;
    copy.vaultUid = uid->value_or(QString());
    bool ok = false;
    copy.writtenAtMs = written->value_or(QString()).toLongLong(&ok);
    if (!ok) {
        return notOurs(QStringLiteral("no time"));
    }
    copy.suppressionSalt = salt->value_or(QString());
    auto records = ErasureLedger::all(*db);
    if (!records) {
        return notOurs(records.error().detail);
    }
    copy.records = *records;
    return copy;
}

} // namespace confidant::security
