// Backups, restores and key rotation: the parts of Vault that copy or replace the vault file.

#include "core/security/AuditLog.h"
#include "core/storage/FaultPoint.h"
#include "core/storage/KeyStore.h"
#include "core/storage/RecoveryCode.h"
#include "core/storage/SafeFile.h"
#include "core/storage/Schema.h"
#include "core/storage/Statement.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QThread>
#include <QUuid>

#include "Vault.h"
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>

namespace confidant::storage {

namespace {

constexpr int kKeyBytes = 32;
constexpr int kBackupPagesPerStep = 256;

QString inDir(const QString& dir, const char* name)
{
    return QDir(dir).filePath(QString::fromLatin1(name));
}

// Makes a rename durable: the directory entry itself must reach the disk.
void syncDirectory(const QString& dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

bool renameOver(const QString& from, const QString& to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

// Every row of a PRAGMA that reports problems, except a lone "ok".
Result<QStringList> pragmaRows(Database& db, const char* pragma)
{
    auto s = db.prepare(pragma);
    if (!s) {
        return s.error();
    }
    QStringList rows;
    while (true) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            break;
        }
        const QString row = s->text(0);
        if (row != QLatin1String("ok")) {
            rows.append(row);
        }
    }
    return rows;
}

Result<QStringList> integrityOf(Database& db)
{
    QStringList problems;
    auto cipher = pragmaRows(db, "PRAGMA cipher_integrity_check");
    if (!cipher) {
        return cipher.error();
    }
    for (const auto& row : *cipher) {
        problems.append(QStringLiteral("cipher_integrity_check: ") + row);
    }
    auto pages = pragmaRows(db, "PRAGMA integrity_check");
    if (!pages) {
        return pages.error();
    }
    for (const auto& row : *pages) {
        problems.append(QStringLiteral("integrity_check: ") + row);
    }
    return problems;
}

// The key material a secret stands for, and the key source that goes with it: a well-formed recovery code
// is a raw key; anything else is a passphrase.
struct Candidate
{
    KeySource source;
    SecretBuffer material;
};

std::vector<Candidate> candidatesFor(const SecretBuffer& secret)
{
    std::vector<Candidate> out;
    if (auto key = RecoveryCode::parse(secret); key && key->size() == static_cast<std::size_t>(kKeyBytes)) {
        out.push_back({KeySource::Keychain, std::move(key).value()});
    }
    out.push_back({KeySource::Passphrase, secret.clone()});
    return out;
}

SecretBuffer specFor(const Candidate& c)
{
    return c.source == KeySource::Keychain ? c.material.toRawKeySpec() : c.material.clone();
}

Result<std::optional<QString>> setting(Database& db, const char* key)
{
    auto s = db.prepare("SELECT value FROM settings WHERE key = ?1");
    if (!s) {
        return s.error();
    }
    s->bind(1, key);
    auto step = s->step();
    if (!step) {
        return step.error();
    }
    if (*step == Statement::Step::Done) {
        return std::optional<QString> {};
    }
    return std::optional<QString> {s->text(0)};
}

} // namespace

Result<void> Vault::takeLock(bool exclusive)
{
    if (m_lockFd < 0) {
        m_lockFd = ::open(QFile::encodeName(inDir(m_dir, kLockFile)).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (m_lockFd < 0) {
            return makeError(ErrorKind::Io,
                             tr("Cannot create the lock file in the vault folder; check its permissions."));
        }
    }
    if (::flock(m_lockFd, (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) != 0) {
        return makeError(ErrorKind::Conflict,
                         exclusive ? tr("The vault is open in another Confidant window or command; close it first.")
                                   : tr("The vault's key is being changed by another Confidant; try again when it "
                                        "has finished."));
    }
    return {};
}

void Vault::releaseLock()
{
    if (m_lockFd >= 0) {
        ::close(m_lockFd); // releases the flock
        m_lockFd = -1;
    }
}

void Vault::settleRotation(
    const QString& dir, const QString& uid, KeyStore* keys, bool openedWithNewKey, bool newKeyStored)
{
    const QString pending = inDir(dir, kPendingDescriptorFile);
    if (openedWithNewKey && !newKeyStored) {
        // The pending entry may be the new key's only copy in the keychain: it stays, and so does the
        // pending descriptor, which makes the next unlock from the keychain open with it and store it again.
        QFile::remove(inDir(dir, kRekeyFile));
        return;
    }
    if (openedWithNewKey) {
        if (QFileInfo::exists(pending) && renameOver(pending, inDir(dir, kDescriptorFile))) {
            syncDirectory(dir);
        }
    } else {
        QFile::remove(pending);
    }
    QFile::remove(inDir(dir, kRekeyFile));
    if (keys) {
        (void)keys->remove(pendingKeyName(uid));
    }
}

Result<IntegrityReport> Vault::cipherIntegrity(Database& db)
{
    // SQLCipher's lines: "HMAC verification failed for page N", "HMAC operation failed for page N", "error
    // reading B bytes from file page N at offset O"; anything else (a last page cut short) is kept as written.
    static const QRegularExpression pageLine(
        QStringLiteral("^(?:HMAC (?:verification|operation) failed for page|error reading \\d+ bytes from file "
                       "page) (\\d+)\\b"));
    auto rows = pragmaRows(db, "PRAGMA cipher_integrity_check");
    if (!rows) {
        return rows.error();
    }
    IntegrityReport report;
    for (const QString& row : *rows) {
        const auto match = pageLine.match(row);
        if (match.hasMatch()) {
            report.damagedPages.append(match.captured(1).toLongLong());
        } else {
            report.cipherProblems.append(row);
        }
    }
    return report;
}

Result<IntegrityReport> Vault::integrity()
{
    auto report = cipherIntegrity(m_db);
    if (!report) {
        return report.error();
    }
    // integrity_check reads every page through SQLite, and SQLCipher refuses every read on a connection after
    // one page failed its check: it runs on a connection of its own, so the main one goes on serving (the
    // audit chain is checked next). A damaged page stops it; what it found up to there is kept.
    auto own = openConnection();
    if (!own) {
        if (own.error().kind != ErrorKind::Corrupt) {
            return own.error();
        }
        report->structureProblems.append(own.error().message);
        return report;
    }
    auto rows = pragmaRows(*own, "PRAGMA integrity_check");
    if (!rows) {
        if (rows.error().kind != ErrorKind::Corrupt) {
            return rows.error();
        }
        report->structureProblems.append(
            tr("integrity_check stopped at a damaged page (%1).").arg(rows.error().detail));
        return report;
    }
    report->structureProblems = *rows;
    return report;
}

QString Vault::pageList(const QList<qint64>& pages)
{
    constexpr int kShown = 10;
    QStringList shown;
    for (int i = 0; i < pages.size() && i < kShown; ++i) {
        shown.append(QString::number(pages.at(i)));
    }
    const QString list = shown.join(QStringLiteral(", "));
    if (pages.size() <= kShown) {
        return list;
    }
    return tr("%1 and %n more", nullptr, static_cast<int>(pages.size() - kShown)).arg(list);
}

Result<RekeyOutcome> Vault::rekey(KeyStore* keys,
                                  const SecretBuffer& newPassphrase,
                                  SecretBuffer& newRecoveryCode,
                                  const std::atomic_bool* cancel)
{
    const bool keychain = m_descriptor.keySource == KeySource::Keychain;
    if (keychain && !keys) {
        return makeError(ErrorKind::NoKeychain,
                         tr("Changing the key needs the system keychain, which is not available."));
    }
    SecretBuffer material;
    if (keychain) {
        material = SecretBuffer::random(kKeyBytes);
        if (material.isEmpty()) {
            return makeError(ErrorKind::Io,
                             tr("The system's random number generator failed; the key was not changed."));
        }
    } else {
        if (newPassphrase.size() < static_cast<std::size_t>(kPassphraseMinLength)) {
            return makeError(
                ErrorKind::Invalid,
                tr("The new passphrase is too short: use at least %1 characters.").arg(kPassphraseMinLength));
        }
        material = newPassphrase.clone();
    }
    if (auto r = takeLock(true); !r) {
        return r.error();
    }
    auto backToShared = qScopeGuard([this] { (void)takeLock(false); });

    const QString dbPath = databasePath();
    const QString rekeyPath = inDir(m_dir, kRekeyFile);
    const QString pendingPath = inDir(m_dir, kPendingDescriptorFile);
    const VaultDescriptor next = describeKey(m_descriptor, material);
    if (next.keyCheck.isEmpty()) {
        return makeError(ErrorKind::Io, tr("The system's random number generator failed; the key was not changed."));
    }
    SecretBuffer nextSpec = keychain ? material.toRawKeySpec() : material.clone();
    auto schema = Schema::currentVersion(m_db);
    if (!schema) {
        return schema.error();
    }
    QFile::remove(rekeyPath);

    // Until the re-encrypted copy replaces the vault file, every failure undoes the rotation.
    auto abandon = [&](Error e) -> Result<RekeyOutcome> {
        (void)m_db.exec("DETACH DATABASE rekeyed");
        settleRotation(m_dir, m_descriptor.uid, keychain ? keys : nullptr, false, false);
        return e;
    };
    auto cancelled = [cancel] { return cancel && cancel->load(); };
    const auto cancelledError
        = [] { return makeError(ErrorKind::Cancelled, tr("Key change cancelled; the old key still applies.")); };
    // 0. An earlier rotation that could not store its key under the uid left the current key under the
    //    pending entry, perhaps its only copy in the keychain; step 1 would overwrite it. Store it first.
    if (keychain && QFileInfo::exists(pendingPath)) {
        auto current = keys->read(pendingKeyName(m_descriptor.uid));
        Result<void> stored;
        if (!current && current.error().kind != ErrorKind::NotFound) {
            stored = current.error();
        } else if (current && current->toRawKeySpec().equals(m_keySpec)) {
            stored = keys->writeVerified(m_descriptor.uid, *current);
            if (stored) {
                settleRotation(m_dir, m_descriptor.uid, keys, true, true);
            }
        }
        if (!stored) {
            Error e = stored.error();
            e.message = tr("The keychain does not hold the vault's current key yet (the last key change could not "
                           "store it), so the key was not changed again: %1")
                            .arg(stored.error().message);
            return e;
        }
    }
    // 1. The new key is kept, and read back, before anything depends on it.
    if (keychain) {
        if (auto r = keys->writeVerified(pendingKeyName(m_descriptor.uid), material); !r) {
            (void)keys->remove(pendingKeyName(m_descriptor.uid));
            return r.error();
        }
    }
    faultPoint("rekey.pending-key");
    if (auto r = writeDescriptorFile(pendingPath, next); !r) {
        return abandon(r.error());
    }
    syncDirectory(m_dir);
    faultPoint("rekey.pending-descriptor");

    // 2. A re-encrypted copy of everything, beside the vault. ATTACH uses the main connection's open
    //    flags, which do not create files: an empty file is a new database to SQLite, made here exclusively,
    //    0600 and never through a link (storage::SafeFile, staged under the name an interrupted rotation is
    //    settled by).
    SafeFile rekeyFile(dbPath, SafeFile::Staging::Named, rekeyPath.mid(dbPath.size()));
    {
        if (auto opened = rekeyFile.open(); !opened) {
            return abandon(makeError(
                ErrorKind::Io, tr("Cannot write in the vault folder; check its permissions."), opened.error().detail));
        }
        auto attach = m_db.prepare("ATTACH DATABASE ?1 AS rekeyed KEY ?2");
        if (!attach) {
            return abandon(attach.error());
        }
        attach->bind(1, rekeyPath).bindSecret(2, nextSpec);
        if (auto r = attach->run(); !r) {
            return abandon(r.error());
        }
    }
    const std::string version = "PRAGMA rekeyed.user_version = " + std::to_string(*schema);
    for (const char* sql : {"PRAGMA rekeyed.auto_vacuum = INCREMENTAL",
                            "SELECT sqlcipher_export('rekeyed')",
                            version.c_str(),
                            "DETACH DATABASE rekeyed"}) {
        if (auto r = m_db.exec(sql); !r) {
            Error e = r.error();
            e.message = tr("The vault could not be re-encrypted (check free space); the old key still applies.");
            return abandon(e);
        }
    }
    faultPoint("rekey.exported");
    if (cancelled()) {
        return abandon(cancelledError());
    }
    {
        auto copy = Database::open(rekeyPath, Database::OpenMode::ExistingOnly);
        if (!copy) {
            return abandon(copy.error());
        }
        copy->setCheckpointOnClose(false);
        if (auto r = copy->applyKey(nextSpec); !r) {
            return abandon(r.error());
        }
        auto problems = integrityOf(*copy);
        if (!problems || !problems->isEmpty()) {
            return abandon(makeError(ErrorKind::Io,
                                     tr("The re-encrypted copy failed its integrity check; the old key still "
                                        "applies.")));
        }
        auto copied = Schema::currentVersion(*copy);
        if (!copied || *copied != *schema) {
            return abandon(
                makeError(ErrorKind::Io, tr("The re-encrypted copy is incomplete; the old key still applies.")));
        }
    }
    faultPoint("rekey.verified");
    if (cancelled()) {
        return abandon(cancelledError()); // the last moment: after the swap only the new key opens the vault
    }

    // 3. The swap: closing the last connection folds the WAL into the old file and removes it, so the
    //    copy never meets a WAL written under the old key.
    m_db.close();
    if (QFileInfo::exists(dbPath + QStringLiteral("-wal"))) {
        auto reopened = connect(dbPath, m_keySpec, m_descriptor, material, nullptr);
        if (reopened) {
            m_db = std::move(reopened).value();
            m_db.setCheckpointOnClose(true);
        }
        return abandon(makeError(ErrorKind::Conflict,
                                 tr("The vault is still in use by another connection; close other windows and try "
                                    "again.")));
    }
    QFile::remove(dbPath + QStringLiteral("-shm"));
    // fsync of the copy, rename over the vault file, fsync of the folder.
    if (!rekeyFile.commit(SafeFile::Existing::Replace)) {
        auto reopened = connect(dbPath, m_keySpec, m_descriptor, material, nullptr);
        if (reopened) {
            m_db = std::move(reopened).value();
            m_db.setCheckpointOnClose(true);
        }
        return abandon(makeError(ErrorKind::Io,
                                 tr("The re-encrypted vault could not replace the old one; the old key "
                                    "still applies.")));
    }
    faultPoint("rekey.swapped");
    if (keychain) {
        // Set before anything else can fail: from here on only the new key opens the vault.
        newRecoveryCode = RecoveryCode::format(material);
    }

    // 4. From here on the new key is the key: the open path finishes a rotation interrupted now. The
    //    pending entry may be the new key's only stored copy, so it is removed (and the pending descriptor
    //    renamed) only once the main entry was read back holding the new key. When the keychain fails here
    //    the rotation has still happened and cannot be undone: rekey succeeds and says the key is not
    //    stored (a careful user needs the new recovery code now, not an error that hides it), and the next
    //    unlock from the keychain opens with the pending entry and stores the key again.
    RekeyOutcome outcome;
    if (keychain) {
        if (auto stored = keys->writeVerified(m_descriptor.uid, material); !stored) {
            outcome.keyStored = false;
            outcome.keyProblem = stored.error().message;
        }
    }
    faultPoint("rekey.key-stored");
    if (outcome.keyStored && renameOver(pendingPath, inDir(m_dir, kDescriptorFile))) {
        syncDirectory(m_dir);
    }
    faultPoint("rekey.descriptor");
    if (keychain && outcome.keyStored) {
        // Should this fail, the keychain keeps a spare copy of the current key, nothing worse.
        (void)keys->remove(pendingKeyName(m_descriptor.uid));
    }
    m_descriptor = next;
    m_keySpec = std::move(nextSpec);
    auto reopened = connect(dbPath, m_keySpec, m_descriptor, material, nullptr);
    if (!reopened) {
        return reopened.error();
    }
    m_db = std::move(reopened).value();
    m_db.setCheckpointOnClose(true);
    return outcome;
}

Result<qint64> Vault::writeBackup(const QString& path,
                                  qint64 nowMs,
                                  const std::atomic_bool* cancel,
                                  const std::function<void(int)>& progress)
{
    if (QFileInfo::exists(path)) {
        return makeError(ErrorKind::Conflict, tr("%1 already exists; choose another backup file.").arg(path));
    }
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        return makeError(ErrorKind::Io, tr("Cannot create the folder %1; check its permissions.").arg(folder));
    }
    auto source = openConnection();
    if (!source) {
        return source.error();
    }
    // SQLite writes the copy by name: PATH.part, made here exclusively and 0600 (storage::SafeFile; a stale
    // one is replaced, a link there removed, never followed), an empty file that is a new database to SQLite.
    SafeFile file(path, SafeFile::Staging::Named);
    const QString part = file.stagingPath();
    auto fail = [&file, &part](Error e) -> Result<qint64> {
        file.discard();
        QFile::remove(part + QStringLiteral("-journal"));
        return e;
    };
    if (auto opened = file.open(); !opened) {
        return opened.error();
    }
    {
        auto target = Database::open(part, Database::OpenMode::ExistingOnly);
        if (!target) {
            return fail(target.error());
        }
        if (auto r = target->applyKey(m_keySpec); !r) {
            return fail(r.error());
        }
        sqlite3_backup* backup = sqlite3_backup_init(target->handle(), "main", source->handle(), "main");
        if (!backup) {
            return fail(target->errorFor(sqlite3_errcode(target->handle()), tr("The backup could not be started.")));
        }
        int rc = SQLITE_OK;
        while (true) {
            if (cancel && cancel->load()) {
                sqlite3_backup_finish(backup);
                target->close();
                return fail(makeError(ErrorKind::Cancelled, tr("Backup cancelled; no file was written.")));
            }
            rc = sqlite3_backup_step(backup, kBackupPagesPerStep);
            if (progress) {
                const int total = sqlite3_backup_pagecount(backup);
                const int left = sqlite3_backup_remaining(backup);
                progress(total > 0 ? static_cast<int>(100LL * (total - left) / total) : 0);
            }
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
                QThread::msleep(20);
                continue;
            }
            if (rc != SQLITE_OK) {
                break;
            }
        }
        sqlite3_backup_finish(backup);
        // A page of the vault that fails its check reaches the copy as zeros, and SQLCipher refuses every
        // read after it: whatever the step said, that is a damaged vault, not a full disk.
        if (source->pageCheckFailed()) {
            target->close();
            return fail(makeError(ErrorKind::Corrupt,
                                  tr("The vault is damaged (a page fails its check), so no backup was written and the "
                                     "vault was left as it is. Run confidant-cli check to see which pages, then "
                                     "restore the newest good backup; an export may still save the contacts that "
                                     "read."),
                                  QStringLiteral("backup step %1; cipher_status 0 on the vault's connection").arg(rc)));
        }
        if (rc != SQLITE_DONE) {
            Error e = target->errorFor(rc, tr("The backup could not be written; check free space."));
            target->close();
            return fail(e);
        }
        // A backup is one self-contained file that says which vault it is and when it was taken.
        if (auto r = target->exec("PRAGMA journal_mode = DELETE"); !r) {
            return fail(r.error());
        }
        auto meta = target->prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('backup.taken_at', ?1), "
                                    "('backup.vault_uid', ?2), ('backup.key_source', ?3)");
        if (!meta) {
            return fail(meta.error());
        }
        meta->bind(1, QString::number(nowMs))
            .bind(2, m_descriptor.uid)
            .bind(3, m_descriptor.keySource == KeySource::Keychain ? "keychain" : "passphrase");
        if (auto r = meta->run(); !r) {
            Error e = r.error();
            e.message = tr("The backup could not be written; check free space.");
            return fail(e);
        }
        auto problems = integrityOf(*target);
        if (!problems) {
            return fail(problems.error());
        }
        if (!problems->isEmpty()) {
            return fail(makeError(ErrorKind::Corrupt,
                                  tr("The backup copy failed its integrity check, so it was not kept. Run "
                                     "confidant-cli check on the vault."),
                                  problems->join(QStringLiteral("; "))));
        }
    }
    // An existing file is never replaced, not even one that appeared while the copy was written.
    if (auto committed = file.commit(SafeFile::Existing::Keep); !committed) {
        if (committed.error().kind == ErrorKind::Conflict) {
            return fail(makeError(ErrorKind::Conflict, tr("%1 already exists; choose another backup file.").arg(path)));
        }
        return fail(makeError(committed.error().kind == ErrorKind::DiskFull ? ErrorKind::DiskFull : ErrorKind::Io,
                              tr("Cannot write %1; check the folder's permissions.").arg(path),
                              committed.error().detail));
    }
    return QFileInfo(path).size();
}

Result<Vault::BackupMeta> Vault::inspectBackup(const QString& file, const SecretBuffer& secret, BackupCheck check)
{
    QFile f(file);
    if (!f.exists()) {
        return makeError(ErrorKind::NotFound, tr("There is no backup file %1.").arg(file));
    }
    if (!f.open(QIODevice::ReadOnly)) {
        return makeError(ErrorKind::Io, tr("Cannot read %1; check its permissions.").arg(file), f.errorString());
    }
    const QByteArray head = f.read(16);
    const qint64 size = f.size();
    f.close();
    if (head == QByteArray("SQLite format 3\0", 16) || size == 0 || size % 4096 != 0) {
        return makeError(ErrorKind::Corrupt, tr("%1 is not a Confidant backup, or it is damaged.").arg(file));
    }
    if (secret.isEmpty()) {
        return makeError(ErrorKind::Locked,
                         tr("A backup opens with the vault's recovery code or passphrase; give it to restore."));
    }
    for (const Candidate& c : candidatesFor(secret)) {
        auto db = Database::open(file, Database::OpenMode::ReadOnly);
        if (!db) {
            return db.error();
        }
        db->setCheckpointOnClose(false);
        if (auto r = db->applyKey(specFor(c)); !r) {
            return r.error();
        }
        auto probe = db->queryInt("SELECT count(*) FROM sqlite_schema");
        if (!probe) {
            continue;
        }
        BackupMeta meta;
        // The key is right; from here on a failure to read means a damaged file.
        const auto damaged = [&file](const QString& detail) {
            return makeError(ErrorKind::Corrupt,
                             tr("The backup %1 is damaged; it cannot be restored. Use another backup.").arg(file),
                             detail);
        };
        auto uid = setting(*db, "backup.vault_uid");
        auto source = setting(*db, "backup.key_source");
        auto taken = setting(*db, "backup.taken_at");
        auto version = Schema::currentVersion(*db);
        if (!uid || !source || !taken || !version) {
            return damaged(!uid          ? uid.error().detail
                               : !source ? source.error().detail
                               : !taken  ? taken.error().detail
                                         : version.error().detail);
        }
        if (!uid->has_value() || !source->has_value() || !taken->has_value()) {
            return makeError(ErrorKind::Corrupt,
                             tr("%1 opens, but it is not a Confidant backup (no backup details inside).").arg(file));
        }
        meta.vaultUid = **uid;
        meta.keySource = **source == QLatin1String("keychain") ? KeySource::Keychain : KeySource::Passphrase;
        meta.takenAtMs = (*taken)->toLongLong();
        meta.schemaVersion = *version;
        if (meta.keySource != c.source) {
            continue;
        }
        if (meta.schemaVersion > Schema::latestVersion()) {
            return makeError(ErrorKind::Unsupported,
                             tr("This backup was written by a newer version of Confidant; update Confidant to restore "
                                "it."));
        }
        if (check == BackupCheck::KeyOnly) {
            return meta;
        }
        auto problems = integrityOf(*db);
        if (!problems) {
            return damaged(problems.error().detail);
        }
        if (!problems->isEmpty()) {
            return makeError(ErrorKind::Corrupt,
                             tr("The backup %1 is damaged (%2 problems found); it cannot be restored.")
                                 .arg(file)
                                 .arg(problems->size()),
                             problems->join(QStringLiteral("; ")));
        }
        return meta;
    }
    return makeError(ErrorKind::WrongKey,
                     tr("The recovery code or passphrase does not open this backup; check it (a backup opens with the "
                        "code or passphrase the vault had when the backup was taken)."));
}

Result<VaultDescriptor> Vault::stageRestore(
    const QString& file, const QString& stagingDir, const SecretBuffer& secret, KeyStore* keys, qint64* takenAtMs)
{
    auto meta = inspectBackup(file, secret);
    if (!meta) {
        return meta.error();
    }
    if (takenAtMs) {
        *takenAtMs = meta->takenAtMs;
    }
    Candidate chosen {meta->keySource, SecretBuffer()};
    for (Candidate& c : candidatesFor(secret)) {
        if (c.source == meta->keySource) {
            chosen.material = std::move(c.material);
            break;
        }
    }
    if (!QDir().mkpath(stagingDir)) {
        return makeError(ErrorKind::Io, tr("Cannot create the folder %1; check its permissions.").arg(stagingDir));
    }
    QFile::setPermissions(stagingDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString dbPath = inDir(stagingDir, kDatabaseFile);
    if (!QFile::copy(file, dbPath)) {
        return makeError(ErrorKind::Io,
                         tr("The backup could not be copied into %1; check free space.").arg(stagingDir));
    }
    QFile::setPermissions(dbPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        auto db = Database::open(dbPath, Database::OpenMode::ExistingOnly);
        if (!db) {
            return db.error();
        }
        if (auto r = db->applyKey(specFor(chosen)); !r) {
            return r.error();
        }
        for (const char* sql : {"PRAGMA journal_mode = WAL",
                                "DELETE FROM settings WHERE key IN ('backup.taken_at', 'backup.vault_uid', "
                                "'backup.key_source')"}) {
            if (auto r = db->exec(sql); !r) {
                return r.error();
            }
        }
        // The restored chain starts sealed at the backup's last entry (the backup passed its checks).
        auto key = security::AuditLog::sealKey(*db);
        auto last = security::AuditLog::last(*db);
        if (!key || !last) {
            return !key ? key.error() : last.error();
        }
        security::AuditHead head;
        if (*last) {
            head.sealedSeq = (*last)->seq;
            head.sealedHash = (*last)->hash;
        }
        if (auto r = security::AuditLog::writeHead(stagingDir, *key, head); !r) {
            return r.error();
        }
    }
    VaultDescriptor base;
    base.uid = meta->vaultUid;
    base.formatVersion = kFormatVersion;
    base.keySource = meta->keySource;
    base.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    if (meta->keySource == KeySource::Keychain && keys) {
        // Another vault on this computer (the original, perhaps with a newer key) owns that keychain entry.
        auto stored = keys->read(meta->vaultUid);
        if (stored && !stored->equals(chosen.material)) {
            base.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        }
    }
    const VaultDescriptor d = describeKey(base, chosen.material);
    if (d.keyCheck.isEmpty()) {
        return makeError(ErrorKind::Io, tr("The system's random number generator failed; nothing was restored."));
    }
    if (auto r = writeDescriptorFile(inDir(stagingDir, kDescriptorFile), d); !r) {
        return r.error();
    }
    return d;
}

} // namespace confidant::storage
