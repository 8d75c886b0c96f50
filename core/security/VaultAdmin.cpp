#include "VaultAdmin.h"

#include "core/Session.h"
#include "core/security/ErasureLedgerFile.h"
#include "core/security/MutationGate.h"
#include "core/security/SettingsService.h"
#include "core/storage/KeyStore.h"
#include "core/storage/Statement.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace confidant::security {

namespace {

Mutation vaultMutation(const char* action, Permission permission)
{
    Mutation m(QString::fromLatin1(action), QStringLiteral("vault"));
    m.permission = permission;
    return m;
}

QString stamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
}

// Held while a restore replaces a vault: fails when any Confidant has that vault open (each holds the lock
// file shared while it does).
class ExclusiveVaultLock
{
public:
    explicit ExclusiveVaultLock(const QString& dir)
    {
        m_fd = ::open(QFile::encodeName(QDir(dir).filePath(QString::fromLatin1(storage::Vault::kLockFile))).constData(),
                      O_RDWR | O_CREAT | O_CLOEXEC,
                      0600);
        m_held = m_fd >= 0 && ::flock(m_fd, LOCK_EX | LOCK_NB) == 0;
    }
    ~ExclusiveVaultLock()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    ExclusiveVaultLock(const ExclusiveVaultLock&) = delete;
    ExclusiveVaultLock& operator=(const ExclusiveVaultLock&) = delete;
    bool held() const
    {
        return m_held;
    }

private:
    int m_fd = -1;
    bool m_held = false;
};

bool moveFile(const QString& from, const QString& to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

// Whether the acting profile of the vault in `dir` may have it replaced: it opens, the profile signs in (its
// PIN, the wait after wrong ones) and holds "back up and restore". The vault is closed again on return.
Result<void> mayReplace(const QString& dir, const RestoreRequest& request, const Clock& clock)
{
    auto descriptor = storage::Vault::readDescriptor(dir);
    if (!descriptor) {
        return descriptor.error();
    }
    const storage::SecretBuffer* secret = request.replaced.secret;
    storage::UnlockSecret unlock;
    if (descriptor->keySource == storage::KeySource::Passphrase && secret) {
        unlock.secret = secret->clone();
    }
    auto vault = storage::Vault::open(dir, request.keys, unlock);
    if (!vault && descriptor->keySource == storage::KeySource::Keychain && secret && !secret->isEmpty()) {
        unlock.secret = secret->clone(); // the recovery code, when the keychain has no key
        vault = storage::Vault::open(dir, request.keys, unlock);
    }
    if (!vault) {
        Error e = vault.error();
        e.message = VaultAdmin::tr("%1 The vault in %2 must open, and its profile be signed in, before a restore "
                                   "replaces it; nothing was changed.")
                        .arg(e.message, dir);
        return e;
    }
    Session session(std::move(vault).value(), clock);
    QString name = request.replaced.profile;
    if (name.isEmpty()) {
        auto owner = session.profiles().defaultProfile();
        if (!owner) {
            return owner.error();
        }
        name = owner->name;
    }
    const storage::SecretBuffer noPin;
    if (auto signedIn = session.actAs(name, request.replaced.pin ? *request.replaced.pin : noPin); !signedIn) {
        return signedIn.error();
    }
    return session.admin().mayRestore();
}

} // namespace

VaultAdmin::VaultAdmin(storage::Vault& vault, MutationGate& gate, SettingsService& settings, const Clock& clock)
    : m_vault(vault)
    , m_gate(gate)
    , m_settings(settings)
    , m_clock(clock)
{
}

QString VaultAdmin::backupDirectory() const
{
    return QDir(m_vault.directory()).filePath(QStringLiteral("backups"));
}

QString VaultAdmin::newBackupPath(bool scheduled) const
{
    return QDir(backupDirectory())
        .filePath((scheduled ? QStringLiteral("scheduled-") : QStringLiteral("confidant-")) + stamp(m_clock.nowMs())
                  + QString::fromLatin1(kBackupSuffix));
}

Result<void> VaultAdmin::mayBackUp()
{
    return m_gate.require(vaultMutation("vault.backup", Permission::BackupRestore));
}

Result<void> VaultAdmin::mayRestore()
{
    return m_gate.require(vaultMutation("vault.restore", Permission::BackupRestore));
}

Result<BackupInfo> VaultAdmin::writeBackup(const QString& path,
                                           bool scheduled,
                                           const std::atomic_bool* cancel,
                                           const std::function<void(int)>& progress)
{
    BackupInfo info;
    info.path = QFileInfo(path.isEmpty() ? newBackupPath(scheduled) : path).absoluteFilePath();
    info.scheduled = scheduled;
    info.takenAtMs = m_clock.nowMs();
    auto bytes = m_vault.writeBackup(info.path, info.takenAtMs, cancel, progress);
    if (!bytes) {
        return bytes.error();
    }
    info.bytes = *bytes;
    return info;
}

Result<void> VaultAdmin::recordBackup(BackupInfo& info, const std::atomic_bool* cancel)
{
    Mutation m = vaultMutation("vault.backup", Permission::BackupRestore);
    m.note
        = QStringLiteral("bytes=%1%2").arg(info.bytes).arg(info.scheduled ? QStringLiteral(" scheduled") : QString());
    if (m_vault.isReadOnly()) {
        // A vault read from a read-only mount keeps no time of this backup and no ledger beside its backups.
        if (auto r = m_gate.audit(m); !r) {
            return r;
        }
        info.ledgerPath = erasureLedgerPath();
        info.ledgerProblem = tr("The vault is read-only here, so the erasure ledger beside its backups was not "
                                "updated. A restore of this backup into another folder will ask for a ledger.");
        return {};
    }
    auto recorded = m_gate.apply<void>(m, [&](storage::Database& db, Mutation&) -> Result<void> {
        auto s = db.prepare("INSERT INTO settings (key, value) VALUES ('backup.last_at', ?1) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        if (!s) {
            return s.error();
        }
        s->bind(1, QString::number(info.takenAtMs));
        return s->run();
    });
    if (!recorded) {
        return recorded;
    }
    // The backup is complete either way; without a current ledger beside it, a restore asks for one.
    info.ledgerPath = erasureLedgerPath();
    if (auto exported = exportErasureLedger(cancel); !exported) {
        info.ledgerProblem = tr("The erasure ledger beside the backups could not be updated: %1 A restore of this "
                                "backup into another folder will ask for a ledger.")
                                 .arg(exported.error().message);
    }
    return {};
}

QString VaultAdmin::erasureLedgerPath() const
{
    return QDir(backupDirectory()).filePath(QString::fromLatin1(ErasureLedgerFile::kFileName));
}

Result<void> VaultAdmin::invalidateErasureLedger()
{
    const QString path = erasureLedgerPath();
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        return makeError(ErrorKind::Io,
                         tr("The erasure ledger beside the backups (%1) cannot be replaced, so nothing was erased; "
                            "check the folder's permissions and try again.")
                             .arg(QDir::toNativeSeparators(path)));
    }
    return {};
}

Result<void> VaultAdmin::exportErasureLedger(const std::atomic_bool* cancel)
{
    return ErasureLedgerFile::write(
        m_vault.db(), erasureLedgerPath(), m_vault.descriptor().uid, m_clock.nowMs(), cancel);
}

Result<BackupInfo>
VaultAdmin::backup(const QString& path, const std::atomic_bool* cancel, const std::function<void(int)>& progress)
{
    if (auto r = mayBackUp(); !r) {
        return r.error();
    }
    auto info = writeBackup(path, false, cancel, progress);
    if (!info) {
        return info.error();
    }
    if (auto r = recordBackup(*info, cancel); !r) {
        return r.error();
    }
    return info;
}

Result<QList<BackupInfo>> VaultAdmin::backups() const
{
    QList<BackupInfo> out;
    const QDir dir(backupDirectory());
    const auto entries = dir.entryInfoList(
        {QStringLiteral("*") + QString::fromLatin1(kBackupSuffix)}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo& fi : entries) {
        BackupInfo info;
        info.path = fi.absoluteFilePath();
        info.bytes = fi.size();
        info.takenAtMs = fi.lastModified().toMSecsSinceEpoch();
        info.scheduled = fi.fileName().startsWith(QStringLiteral("scheduled-"));
        out.append(info);
    }
    std::stable_sort(
        out.begin(), out.end(), [](const BackupInfo& a, const BackupInfo& b) { return a.takenAtMs > b.takenAtMs; });
    return out;
}

Result<bool> VaultAdmin::backupDue() const
{
    auto schedule = m_settings.backupSchedule();
    if (!schedule) {
        return schedule.error();
    }
    if (!schedule->enabled) {
        return false;
    }
    auto last = m_settings.lastBackupAt();
    if (!last) {
        return last.error();
    }
    return !last->has_value() || m_clock.nowMs() - **last >= qint64(schedule->intervalHours) * 3600 * 1000;
}

Result<void> VaultAdmin::pruneScheduled(int keep)
{
    auto all = backups();
    if (!all) {
        return all.error();
    }
    int kept = 0;
    for (const BackupInfo& b : *all) {
        if (!b.scheduled) {
            continue; // backups someone asked for are never removed automatically
        }
        if (++kept > keep && !QFile::remove(b.path)) {
            return makeError(ErrorKind::Io,
                             tr("An old scheduled backup could not be removed; check the backup "
                                "folder's permissions."));
        }
    }
    return {};
}

Result<std::optional<BackupInfo>> VaultAdmin::runScheduledBackup(const std::atomic_bool* cancel,
                                                                 const std::function<void(int)>& progress)
{
    // The permission first: a profile that may not back up is refused (audited) whether or not a backup is
    // due, so that a cron job running as it fails instead of reporting "not due" for ever.
    if (auto r = mayBackUp(); !r) {
        return r.error();
    }
    auto due = backupDue();
    if (!due) {
        return due.error();
    }
    if (!*due) {
        return std::optional<BackupInfo> {};
    }
    auto info = writeBackup(QString(), true, cancel, progress);
    if (!info) {
        return info.error();
    }
    if (auto r = recordBackup(*info, cancel); !r) {
        return r.error();
    }
    auto schedule = m_settings.backupSchedule();
    if (!schedule) {
        return schedule.error();
    }
    if (auto r = pruneScheduled(schedule->keep); !r) {
        return r.error();
    }
    return std::optional<BackupInfo> {*info};
}

Result<storage::RekeyOutcome> VaultAdmin::rekey(storage::KeyStore* keys,
                                                const storage::SecretBuffer& newPassphrase,
                                                storage::SecretBuffer& newRecoveryCode,
                                                const std::atomic_bool* cancel)
{
    if (auto r = m_gate.require(vaultMutation("vault.rekey", Permission::Rekey)); !r) {
        return r.error();
    }
    auto outcome = m_vault.rekey(keys, newPassphrase, newRecoveryCode, cancel);
    if (!outcome) {
        return outcome.error();
    }
    Mutation m = vaultMutation("vault.rekey", Permission::Rekey);
    m.note = m_vault.descriptor().keySource == storage::KeySource::Keychain ? QStringLiteral("source=keychain")
                                                                            : QStringLiteral("source=passphrase");
    if (!outcome->keyStored) {
        m.note += QStringLiteral(" key-stored=no");
    }
    if (auto r = m_gate.audit(m); !r) {
        return r.error();
    }
    return outcome;
}

Result<QList<CheckFinding>> VaultAdmin::check()
{
    if (auto r = m_gate.require(vaultMutation("vault.check", Permission::ViewAudit)); !r) {
        return r.error();
    }
    QList<CheckFinding> findings;
    auto report = m_vault.integrity();
    if (!report) {
        return report.error();
    }
    const auto finding = [](const char* check, bool ok, const QString& message) {
        CheckFinding f;
        f.check = QString::fromLatin1(check);
        f.ok = ok;
        f.message = message;
        return f;
    };
    const bool damaged = report->damaged();
    CheckFinding cipher = finding("cipher-integrity", !damaged, tr("Every page decrypts and its HMAC holds."));
    if (!report->damagedPages.isEmpty()) {
        cipher.pages = report->damagedPages;
        cipher.message = tr("%n page(s) fail their HMAC check (page %1): the file was damaged or altered there, and "
                            "those pages cannot be read. Restore the newest backup that passes check; first, an "
                            "export may still save the contacts that read.",
                            nullptr,
                            static_cast<int>(report->damagedPages.size()))
                             .arg(storage::Vault::pageList(report->damagedPages));
    } else if (damaged) {
        cipher.message = tr("The file fails SQLCipher's check (%1). Restore the newest backup that passes check.")
                             .arg(report->cipherProblems.first());
    }
    findings.append(cipher);
    const QStringList& pages = report->structureProblems;
    findings.append(finding("integrity",
                            pages.isEmpty(),
                            pages.isEmpty() ? tr("The database structure is intact.")
                                            : tr("The database structure has %1 problems (%2). Restore from a backup.")
                                                  .arg(pages.size())
                                                  .arg(pages.first())));
    auto audit = m_gate.auditTrail() ? m_gate.auditTrail()->verify(m_gate.db()) : AuditLog::verify(m_gate.db(), {});
    if (!audit && audit.error().kind != ErrorKind::Corrupt) {
        return audit.error();
    }
    if (!audit) {
        // A damaged page in the trail itself: the chain cannot be shown to hold.
        findings.append(finding(
            "audit-chain", false, tr("The audit trail cannot be read to its end: %1").arg(audit.error().message)));
    } else {
        findings.append(finding(
            "audit-chain",
            audit->ok,
            audit->ok ? tr("The audit trail's %1 entries are intact.").arg(audit->entries)
                      : tr("The audit trail is broken at entry %1: %2").arg(audit->firstBroken).arg(audit->problem)));
    }
    // DESIGN.md "Bad input and faults": a damaged vault is never written, not even this entry.
    if (!damaged) {
        (void)m_gate.audit(vaultMutation("vault.check", Permission::ViewAudit));
    }
    return findings;
}

Actor VaultAdmin::restoreActor()
{
    // Admin: "back up and restore" and nothing an owner alone may do. Not a profile, so no PIN.
    return {QString::fromLatin1(kRestoreActorUid), QStringLiteral("Confidant restore"), Role::Admin, true};
}

bool VaultAdmin::isUnverifiedErasures(const Error& error)
{
    return error.kind == ErrorKind::Conflict && error.detail == QLatin1String(kUnverifiedErasuresDetail);
}

Result<RestoreReport> VaultAdmin::restore(const RestoreRequest& request, const Clock& clock)
{
    if (!request.secret || request.secret->isEmpty()) {
        return makeError(ErrorKind::Locked,
                         tr("A backup opens with the vault's recovery code or passphrase; give it to restore."));
    }
    const QString target = QDir::cleanPath(QFileInfo(request.targetDir).absoluteFilePath());
    const bool replacing = storage::Vault::exists(target);
    if (replacing && !request.force) {
        return makeError(ErrorKind::Conflict,
                         tr("A vault already exists in %1; restore into a new folder, or replace it explicitly "
                            "(confidant-cli restore --force; the replaced vault is kept under backups/).")
                             .arg(target));
    }
    // Replacing a vault is backup/restore work for the profile acting on it, checked here and failing closed.
    if (replacing) {
        if (auto allowed = mayReplace(target, request, clock); !allowed) {
            return allowed.error();
        }
    }
    const bool targetExisted = QFileInfo(target).isDir();
    if (!QDir().mkpath(target)) {
        return makeError(ErrorKind::Io, tr("Cannot create the folder %1; check its permissions.").arg(target));
    }
    if (!targetExisted) {
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    const QString staging = QDir(target).filePath(QStringLiteral(".restore-") + stamp(clock.nowMs()));
    auto cleanup = [&](Error e) -> Result<RestoreReport> {
        QDir(staging).removeRecursively();
        if (!targetExisted) {
            QDir(target).removeRecursively();
        }
        return e;
    };

    auto cancelled = [&request] { return request.cancel && request.cancel->load(); };
    const auto cancelledError
        = [] { return makeError(ErrorKind::Cancelled, tr("Restore cancelled; nothing was restored.")); };
    RestoreReport report;
    auto staged
        = storage::Vault::stageRestore(request.backupFile, staging, *request.secret, request.keys, &report.takenAtMs);
    if (!staged) {
        return cleanup(staged.error());
    }
    if (cancelled()) {
        return cleanup(cancelledError());
    }
    report.vaultUid = staged->uid;
    report.keySource = staged->keySource;
    report.vaultDir = target;
    {
        storage::UnlockSecret unlock {request.secret->clone()};
        auto vault = storage::Vault::open(staging, nullptr, unlock);
        if (!vault) {
            return cleanup(vault.error());
        }
        Session session(std::move(vault).value(), clock);
        // Holding the backup's recovery code or passphrase authorises the restore (over a vault, mayReplace
        // checked "back up and restore" there too). Re-applying the erasure ledger is then the system's duty,
        // not a profile's: signing in as the backup's owner would refuse it when that owner has a PIN. The
        // staging session acts as the restore itself, and its audit entries say so.
        session.gate().setActor(restoreActor());

        // Every ledger to be found besides the backup's own, all re-applied; the restore goes ahead only when
        // one of them is newer than the backup (or the user accepted that it cannot tell).
        QList<ErasureRecord> erasures = request.erasures;
        QString salt;
        bool verified = false;
        report.erasuresKnownUntilMs = report.takenAtMs;
        for (const VaultLedger& source : request.vaultLedgers) {
            erasures.append(source.records);
            if (salt.isEmpty()) {
                salt = source.suppressionSalt;
            }
            verified = true;
            report.erasuresKnownUntilMs = std::max(report.erasuresKnownUntilMs, clock.nowMs());
            report.ledgers.append({source.vaultDir, true, clock.nowMs(), static_cast<int>(source.records.size())});
        }
        auto sealKey = AuditLog::sealKey(session.vault().db());
        if (!sealKey) {
            return cleanup(sealKey.error());
        }
        QStringList files;
        for (const QString& file : request.ledgerFiles) {
            files.append(QFileInfo(file).absoluteFilePath());
        }
        const QString beside = QFileInfo(request.backupFile)
                                   .absoluteDir()
                                   .absoluteFilePath(QString::fromLatin1(ErasureLedgerFile::kFileName));
        const bool useBeside = request.ledgerBesideBackup && QFileInfo::exists(beside) && !files.contains(beside);
        if (useBeside) {
            files.append(beside);
        }
        qint64 newestFileAt = -1;
        QString fileSalt;
        QString besideProblem;
        for (const QString& file : files) {
            auto copy = ErasureLedgerFile::read(file, *sealKey);
            if (!copy) {
                if (useBeside && file == beside) {
                    // Found, not named: a ledger of another vault in the same folder, or a damaged one.
                    besideProblem = copy.error().message;
                    continue;
                }
                Error e = copy.error();
                e.message = tr("%1 Nothing was restored.").arg(e.message);
                return cleanup(e);
            }
            erasures.append(copy->records);
            if (copy->writtenAtMs > newestFileAt) {
                newestFileAt = copy->writtenAtMs;
                fileSalt = copy->suppressionSalt;
            }
            // A ledger holds every erasure up to its writing: one written at or after the backup shows them all.
            if (copy->writtenAtMs >= report.takenAtMs) {
                verified = true;
            }
            report.erasuresKnownUntilMs = std::max(report.erasuresKnownUntilMs, copy->writtenAtMs);
            report.ledgers.append({copy->path, false, copy->writtenAtMs, static_cast<int>(copy->records.size())});
        }
        if (salt.isEmpty()) {
            salt = fileSalt; // the hashes of a vault read just now are keyed with its salt; else the newest file's
        }
        if (!besideProblem.isEmpty()) {
            report.warnings.append(tr("The erasure ledger beside the backup was left out: %1").arg(besideProblem));
        }
        if (!verified && !request.acceptUnverifiedErasures) {
            const QString taken = isoTime(report.takenAtMs);
            Error refusal;
            refusal.kind = ErrorKind::Conflict;
            refusal.detail = QString::fromLatin1(kUnverifiedErasuresDetail);
            const QString what
                = tr("Give the vault's backups/erasure-ledger.cfl with --ledger FILE, or restore anyway with "
                     "--accept-unverified-erasures (recorded in the restored vault's audit trail).");
            if (!report.ledgers.isEmpty()) {
                refusal.message = tr("The newest erasure ledger found (written %1) is older than this backup (taken "
                                     "%2), so Confidant cannot show that everyone erased since then stays erased; "
                                     "nothing was restored. %3")
                                      .arg(isoTime(newestFileAt), taken, what);
            } else if (!besideProblem.isEmpty()) {
                refusal.message = tr("%1 No other erasure ledger newer than this backup (taken %2) was found, so "
                                     "Confidant cannot show that everyone erased since then stays erased; nothing "
                                     "was restored. %3")
                                      .arg(besideProblem, taken, what);
            } else {
                refusal.message = tr("No erasure ledger newer than this backup (taken %1) was found, so Confidant "
                                     "cannot show that everyone erased since then stays erased; nothing was "
                                     "restored. %2")
                                      .arg(taken, what);
            }
            return cleanup(refusal);
        }
        report.erasuresVerified = verified;

        const ErasureLedger::Applier applier = request.applierForSalt ? request.applierForSalt(salt) : request.applier;
        auto reapplied = ErasureLedger::reapply(session.gate(), erasures, applier);
        if (!reapplied) {
            return cleanup(reapplied.error());
        }
        report.erasuresReapplied = *reapplied;
        auto ledger = ErasureLedger::all(session.vault().db());
        if (!ledger) {
            return cleanup(ledger.error());
        }
        for (const ErasureRecord& r : *ledger) {
            report.lastErasureAtMs = std::max(report.lastErasureAtMs, r.erasedAtMs);
        }
        if (!verified) {
            report.warnings.append(
                tr("No erasure ledger newer than the backup was found: people erased after %1 may be back in the "
                   "restored vault. Erase them again.")
                    .arg(isoTime(report.erasuresKnownUntilMs)));
            // The override, and why it was needed, stay in the restored vault's trail.
            Mutation o = vaultMutation("vault.restore_unverified", Permission::BackupRestore);
            o.note = QStringLiteral("override=accept-unverified-erasures reason=%1 taken=%2 known_until=%3")
                         .arg(!report.ledgers.isEmpty()     ? QStringLiteral("ledger-older")
                                  : besideProblem.isEmpty() ? QStringLiteral("no-ledger")
                                                            : QStringLiteral("ledger-unreadable"))
                         .arg(report.takenAtMs)
                         .arg(report.erasuresKnownUntilMs);
            if (auto r = session.gate().audit(o); !r) {
                return cleanup(r.error());
            }
        }
        Mutation m = vaultMutation("vault.restore", Permission::BackupRestore);
        m.note = QStringLiteral("taken=%1 erasures=%2 ledgers=%3 known_until=%4 verified=%5")
                     .arg(report.takenAtMs)
                     .arg(report.erasuresReapplied)
                     .arg(report.ledgers.size())
                     .arg(report.erasuresKnownUntilMs)
                     .arg(verified ? QStringLiteral("yes") : QStringLiteral("no"));
        if (auto r = session.gate().audit(m); !r) {
            return cleanup(r.error());
        }
        // The restored vault's own ledger file, moved into place with it.
        if (auto r = ErasureLedgerFile::write(
                session.vault().db(),
                QDir(staging).filePath(QStringLiteral("backups/") + QString::fromLatin1(ErasureLedgerFile::kFileName)),
                report.vaultUid,
                clock.nowMs(),
                request.cancel);
            !r) {
            report.warnings.append(
                tr("The restored vault's erasure ledger file could not be written: %1").arg(r.error().message));
        }
    }

    if (cancelled()) {
        return cleanup(cancelledError());
    }
    // The restored vault is complete; only now is the target touched.
    const QStringList files {QString::fromLatin1(storage::Vault::kDatabaseFile),
                             QString::fromLatin1(storage::Vault::kDescriptorFile),
                             QString::fromLatin1(AuditLog::kHeadFile)};
    std::optional<ExclusiveVaultLock> lock;
    if (replacing) {
        lock.emplace(target);
        if (!lock->held()) {
            return cleanup(makeError(ErrorKind::Conflict,
                                     tr("The vault in %1 is open in Confidant or another command; close it and restore "
                                        "again. Nothing was changed.")
                                         .arg(target)));
        }
        const QString kept = QDir(target).filePath(QStringLiteral("backups/replaced-") + stamp(clock.nowMs()));
        if (!QDir().mkpath(kept)) {
            return cleanup(
                makeError(ErrorKind::Io, tr("Cannot keep a copy of the replaced vault; nothing was restored.")));
        }
        for (const QString& name :
             files + QStringList {QStringLiteral("confidant.db-wal"), QStringLiteral("confidant.db-shm")}) {
            const QString from = QDir(target).filePath(name);
            if (QFileInfo::exists(from) && !moveFile(from, QDir(kept).filePath(name))) {
                return cleanup(makeError(ErrorKind::Io,
                                         tr("The vault in %1 could not be moved aside; nothing was "
                                            "restored.")
                                             .arg(target)));
            }
        }
        report.replacedCopy = kept;
    }
    for (const QString& name : files) {
        const QString from = QDir(staging).filePath(name);
        if (QFileInfo::exists(from) && !moveFile(from, QDir(target).filePath(name))) {
            return makeError(
                ErrorKind::Io,
                tr("The restored vault could not be moved into %1; it is complete in %2.").arg(target, staging));
        }
    }
    const QString stagedLedger
        = QDir(staging).filePath(QStringLiteral("backups/") + QString::fromLatin1(ErasureLedgerFile::kFileName));
    if (QFileInfo::exists(stagedLedger)) {
        const QString ledgerFolder = QDir(target).filePath(QStringLiteral("backups"));
        const bool folderExisted = QFileInfo(ledgerFolder).isDir();
        if (QDir().mkpath(ledgerFolder)) {
            if (!folderExisted) {
                QFile::setPermissions(ledgerFolder,
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            }
        }
        if (!moveFile(stagedLedger, QDir(ledgerFolder).filePath(QString::fromLatin1(ErasureLedgerFile::kFileName)))) {
            report.warnings.append(tr("The restored vault's erasure ledger file could not be moved into %1; it is "
                                      "written again with the next erasure or backup.")
                                       .arg(ledgerFolder));
        }
    }
    QDir(staging).removeRecursively();

    if (report.keySource == storage::KeySource::Keychain && request.keys) {
        // Opening with the recovery code stores the key in the keychain again.
        storage::UnlockSecret unlock {request.secret->clone()};
        auto reopened = storage::Vault::open(target, request.keys, unlock);
        report.keyStored = reopened && (*reopened)->keyRestored();
    }
    return report;
}

} // namespace confidant::security
