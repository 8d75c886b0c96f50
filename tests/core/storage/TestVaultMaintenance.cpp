// Backups, restores and key rotation in core (issue #4). The kill-at-every-step rotation test runs the
// real CLI in tests/e2e/TestCliMaintenance.cpp.

#include "core/Session.h"
#include "core/crm/SampleData.h"
#include "core/security/ErasureLedger.h"
#include "core/security/ErasureLedgerFile.h"
#include "core/security/VaultAdmin.h"
#include "core/storage/RecoveryCode.h"
#include "core/storage/Statement.h"
#include "core/storage/Vault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/FakeClock.h"
#include "tests/support/MemoryKeyStore.h"
#include "tests/support/TestVault.h"
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <thread>

using namespace confidant;
using confidant::test::PassphraseTestVault;
using confidant::test::secret;

namespace {

// Every row of the tables that hold data, as text: what "identical contents" means for a restore.
QStringList dump(storage::Database& db)
{
    QStringList rows;
    for (const char* sql : {"SELECT * FROM contacts ORDER BY id",
                            "SELECT * FROM companies ORDER BY id",
                            "SELECT * FROM tags ORDER BY id",
                            "SELECT * FROM contact_tags ORDER BY contact_id, tag_id",
                            "SELECT id, uid, name, role FROM profiles ORDER BY id",
                            "SELECT * FROM erasure_ledger ORDER BY seq"}) {
        auto s = db.prepare(sql);
        if (!s) {
            rows.append(QStringLiteral("error: ") + s.error().message);
            continue;
        }
        while (true) {
            auto step = s->step();
            if (!step || *step == storage::Statement::Step::Done) {
                break;
            }
            QStringList cells;
            for (int i = 0; i < s->columnCount(); ++i) {
                cells.append(s->text(i));
            }
            rows.append(QString::fromLatin1(sql).section(QLatin1Char(' '), 3, 3) + QLatin1Char(':')
                        + cells.join(QLatin1Char('|')));
        }
    }
    return rows;
}

crm::Contact person(const QString& given, const QString& family)
{
    crm::Contact c;
    c.givenName = given;
    c.familyName = family;
    c.emails = {{given.toLower() + QStringLiteral("@example.org"), QString()}};
    c.companyName = QStringLiteral("Acme");
    c.tags = {QStringLiteral("vip")};
    return c;
}

security::AuditQuery byAction(const char* action)
{
    security::AuditQuery q;
    q.action = QString::fromLatin1(action);
    return q;
}

// The pages of `table`'s b-tree leaves, in file order (dbstat).
QList<qint64> leafPagesOf(storage::Database& db, const char* table)
{
    QList<qint64> pages;
    auto s = db.prepare("SELECT pageno FROM dbstat WHERE name = ?1 AND pagetype = 'leaf' ORDER BY pageno");
    if (!s) {
        return pages;
    }
    s->bind(1, table);
    while (true) {
        auto step = s->step();
        if (!step || *step == storage::Statement::Step::Done) {
            return pages;
        }
        pages.append(s->int64(0));
    }
}

bool flipByte(const QString& path, qint64 offset)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(offset)) {
        return false;
    }
    const QByteArray byte = f.read(1);
    return byte.size() == 1 && f.seek(offset) && f.write(QByteArray(1, char(byte.at(0) ^ 0x01))) == 1;
}

QByteArray head16(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(16) : QByteArray();
}

} // namespace

class TestVaultMaintenance : public QObject
{
    Q_OBJECT

private slots:
    void backupIsEncryptedVerifiedAndRestoresIdentically()
    {
        PassphraseTestVault v;
        QVERIFY(v.create());
        crm::SampleData sample(v.session->gate(), v.session->contacts(), v.session->companies());
        QVERIFY(sample.generate(300, 7));
        auto info = v.session->admin().backup();
        QVERIFY2(info, qPrintable(info ? QString() : info.error().message));
        QVERIFY(info->path.startsWith(v.path() + QStringLiteral("/backups/")));
        QVERIFY(info->bytes > 0);
        QVERIFY(head16(info->path) != QByteArray("SQLite format 3\0", 16));
        QVERIFY(!QFileInfo::exists(info->path + QStringLiteral(".part")));
        QCOMPARE(QFileInfo(info->path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        auto audited = v.session->auditLog().list(byAction("vault.backup"));
        QVERIFY(audited);
        QCOMPARE(audited->size(), 1);

        // Opens with the passphrase alone, as on a new laptop.
        auto meta = storage::Vault::inspectBackup(info->path, secret(PassphraseTestVault::kPassphrase));
        QVERIFY2(meta, qPrintable(meta ? QString() : meta.error().message));
        QCOMPARE(meta->vaultUid, v.session->vault().descriptor().uid);
        QCOMPARE(meta->takenAtMs, v.clock.nowMs());

        const QStringList before = dump(v.session->vault().db());
        QTemporaryDir elsewhere;
        const QString target = elsewhere.filePath(QStringLiteral("restored"));
        storage::SecretBuffer pass = secret(PassphraseTestVault::kPassphrase);
        security::RestoreRequest request;
        request.backupFile = info->path;
        request.targetDir = target;
        request.secret = &pass;
        auto report = security::VaultAdmin::restore(request, v.clock);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->erasuresReapplied, 0);

        auto restored = storage::Vault::open(target, nullptr, {secret(PassphraseTestVault::kPassphrase)});
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
        Session session(std::move(restored).value(), v.clock);
        QCOMPARE(dump(session.vault().db()), before);
        auto verified = session.auditLog().verify();
        QVERIFY(verified);
        QVERIFY2(verified->ok, qPrintable(verified->problem));
        auto restoreEntries = session.auditLog().list(byAction("vault.restore"));
        QVERIFY(restoreEntries);
        QCOMPARE(restoreEntries->size(), 1);
        // The backup's own details do not linger in the restored vault.
        QVERIFY(
            !session.vault().db().queryText("SELECT value FROM settings WHERE key = 'backup.taken_at'")->has_value());
    }

    void restoreReappliesErasuresMadeAfterTheBackup()
    {
        PassphraseTestVault v;
        QVERIFY(v.create());
        auto keep = v.session->contacts().create(person(QStringLiteral("Kept"), QStringLiteral("Person")));
        auto gone = v.session->contacts().create(person(QStringLiteral("Erased"), QStringLiteral("Person")));
        QVERIFY(keep && gone);
        auto info = v.session->admin().backup();
        QVERIFY(info);

        // A synthetic ledger entry, as the subject-rights erasure will write it.
        v.clock.advanceMs(60000);
        security::ErasureRecord record;
        record.uid = QStringLiteral("5f0c7a8e-1111-4222-8333-444455556666");
        record.erasedAtMs = v.clock.nowMs();
        record.entityType = QStringLiteral("contact");
        record.entityUid = gone->uid;
        record.identifierHashes = {QStringLiteral("sha256:deadbeef")};
        record.profileUid = v.session->actor().uid;
        QVERIFY(v.session->vault().db().exec(
            QStringLiteral("DELETE FROM contacts WHERE uid = '%1'").arg(gone->uid).toUtf8().constData()));
        QVERIFY(security::ErasureLedger::append(v.session->vault().db(), record));
        auto later = security::ErasureLedger::all(v.session->vault().db());
        QVERIFY(later);
        QCOMPARE(later->size(), 1);

        QTemporaryDir elsewhere;
        storage::SecretBuffer pass = secret(PassphraseTestVault::kPassphrase);
        security::RestoreRequest request;
        request.backupFile = info->path;
        request.targetDir = elsewhere.filePath(QStringLiteral("restored"));
        request.secret = &pass;
        request.erasures = *later;
        auto report = security::VaultAdmin::restore(request, v.clock);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->erasuresReapplied, 1);

        auto restored = storage::Vault::open(request.targetDir, nullptr, {secret(PassphraseTestVault::kPassphrase)});
        QVERIFY(restored);
        Session session(std::move(restored).value(), v.clock);
        QCOMPARE(session.contacts().getByUid(gone->uid).error().kind, ErrorKind::NotFound);
        QVERIFY(session.contacts().getByUid(keep->uid));
        auto ledger = security::ErasureLedger::all(session.vault().db());
        QVERIFY(ledger);
        QCOMPARE(ledger->size(), 1);
        QCOMPARE(ledger->first().uid, record.uid);
        auto reapplied = session.auditLog().list(byAction("erasure.reapply"));
        QVERIFY(reapplied);
        QCOMPARE(reapplied->size(), 1);
        QCOMPARE(reapplied->first().entityUid, gone->uid);
        QVERIFY(session.auditLog().verify()->ok);

        // Restoring the same backup again with the same ledger applies it again (fresh vault), and a
        // ledger entry the vault already has is not applied twice.
        auto again
            = security::ErasureLedger::reapply(session.gate(), *later, security::ErasureLedger::defaultApplier());
        QVERIFY(again);
        QCOMPARE(*again, 0);
    }

    void restoreOfABackupWhoseOwnerHasAPinReappliesErasures()
    {
        // The restore used to act as the backup's owner, who is not signed in while it has a PIN: every
        // write of the restore (the re-applied erasure, the vault.restore entry) was refused (Locked).
        PassphraseTestVault v;
        QVERIFY(v.create());
        auto keep = v.session->contacts().create(person(QStringLiteral("Kept"), QStringLiteral("Person")));
        auto gone = v.session->contacts().create(person(QStringLiteral("Erased"), QStringLiteral("Person")));
        QVERIFY(keep && gone);
        auto owner = v.session->profiles().defaultProfile();
        QVERIFY(owner);
        QVERIFY(v.session->profiles().setPin(owner->name, secret("246819")));
        auto info = v.session->admin().backup();
        QVERIFY2(info, qPrintable(info ? QString() : info.error().message));

        v.clock.advanceMs(60000);
        auto erased = v.session->erasure().erase(gone->uid, QStringLiteral("Erased Person"));
        QVERIFY2(erased, qPrintable(erased ? QString() : erased.error().message));
        auto ledger = security::ErasureLedger::all(v.session->vault().db());
        QVERIFY(ledger);
        QCOMPARE(ledger->size(), 1);
        auto salt = privacy::Suppression::saltHex(v.session->vault().db());
        QVERIFY(salt);

        QTemporaryDir elsewhere;
        storage::SecretBuffer pass = secret(PassphraseTestVault::kPassphrase);
        security::RestoreRequest request;
        request.backupFile = info->path;
        request.targetDir = elsewhere.filePath(QStringLiteral("restored"));
        request.secret = &pass;
        request.erasures = *ledger;
        request.applier = privacy::ErasureService::restoreApplier(*salt);
        auto report = security::VaultAdmin::restore(request, v.clock);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->erasuresReapplied, 1);

        auto restored = storage::Vault::open(request.targetDir, nullptr, {secret(PassphraseTestVault::kPassphrase)});
        QVERIFY(restored);
        Session session(std::move(restored).value(), v.clock);
        // The PIN still guards the restored vault: nobody is signed in until it is given.
        QVERIFY(!session.actor().signedIn);
        auto beforePin = session.contacts().getByUid(keep->uid);
        QVERIFY(!beforePin);
        QCOMPARE(beforePin.error().kind, ErrorKind::Locked);
        QVERIFY(session.actAs(owner->name, secret("246819")));
        auto erasedAgain = session.contacts().getByUid(gone->uid);
        QVERIFY(!erasedAgain);
        QCOMPARE(erasedAgain.error().kind, ErrorKind::NotFound);
        QVERIFY(session.contacts().getByUid(keep->uid));
        auto restoredLedger = security::ErasureLedger::all(session.vault().db());
        QVERIFY(restoredLedger);
        QCOMPARE(restoredLedger->size(), 1);
        QCOMPARE(restoredLedger->first().uid, ledger->first().uid);
        // Recorded as the restore itself, not as a profile that never gave its PIN.
        auto reapplied = session.auditLog().list(byAction("erasure.reapply"));
        QVERIFY(reapplied);
        QCOMPARE(reapplied->size(), 1);
        QCOMPARE(reapplied->first().entityUid, gone->uid);
        QCOMPARE(reapplied->first().profileUid, QString::fromLatin1(security::VaultAdmin::kRestoreActorUid));
        auto restoreEntries = session.auditLog().list(byAction("vault.restore"));
        QVERIFY(restoreEntries);
        QCOMPARE(restoreEntries->size(), 1);
        QCOMPARE(restoreEntries->first().profileUid, QString::fromLatin1(security::VaultAdmin::kRestoreActorUid));
        auto verified = session.auditLog().verify();
        QVERIFY(verified);
        QVERIFY2(verified->ok, qPrintable(verified->problem));
    }

    void restoreNeverOverwritesWithoutForce()
    {
        PassphraseTestVault v;
        QVERIFY(v.create());
        QVERIFY(v.session->contacts().create(person(QStringLiteral("Ada"), QStringLiteral("Lovelace"))));
        auto info = v.session->admin().backup();
        QVERIFY(info);
        PassphraseTestVault other;
        QVERIFY(other.create());
        const QByteArray otherDb = test::fileHash(other.dbPath());
        other.close();
        storage::SecretBuffer pass = secret(PassphraseTestVault::kPassphrase);
        security::RestoreRequest request;
        request.backupFile = info->path;
        request.targetDir = other.path();
        request.secret = &pass;
        auto refused = security::VaultAdmin::restore(request, v.clock);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Conflict);
        QCOMPARE(test::fileHash(other.dbPath()), otherDb);

        request.force = true;
        request.replaced.secret = &pass; // opens the vault being replaced, whose owner has no PIN
        auto replaced = security::VaultAdmin::restore(request, v.clock);
        QVERIFY2(replaced, qPrintable(replaced ? QString() : replaced.error().message));
        QVERIFY(!replaced->replacedCopy.isEmpty());
        QCOMPARE(test::fileHash(QDir(replaced->replacedCopy).filePath(QStringLiteral("confidant.db"))), otherDb);
        auto reopened = storage::Vault::open(other.path(), nullptr, {secret(PassphraseTestVault::kPassphrase)});
        QVERIFY(reopened);
        Session session(std::move(reopened).value(), v.clock);
        QCOMPARE(*session.contacts().count(), 1);
    }

    void restoreRefusesWrongSecretAndDamagedFiles()
    {
        PassphraseTestVault v;
        QVERIFY(v.create());
        auto info = v.session->admin().backup();
        QVERIFY(info);
        QTemporaryDir elsewhere;
        const QString target = elsewhere.filePath(QStringLiteral("restored"));
        storage::SecretBuffer wrong = secret("not the passphrase at all");
        security::RestoreRequest request;
        request.backupFile = info->path;
        request.targetDir = target;
        request.secret = &wrong;
        auto refused = security::VaultAdmin::restore(request, v.clock);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::WrongKey);
        QVERIFY(!QFileInfo::exists(target));

        QFile f(info->path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(4096 + 100);
        f.write("garbage in the middle of page two");
        f.close();
        storage::SecretBuffer pass = secret(PassphraseTestVault::kPassphrase);
        request.secret = &pass;
        auto damaged = security::VaultAdmin::restore(request, v.clock);
        QVERIFY(!damaged);
        QVERIFY2(damaged.error().kind == ErrorKind::Corrupt,
                 qPrintable(damaged.error().message + QLatin1Char(' ') + damaged.error().detail));
        QCOMPARE(damaged.error().kind, ErrorKind::Corrupt);
        QVERIFY(!QFileInfo::exists(target));
    }

    void passphraseRekeyKeepsDataAndChangesTheKey()
    {
        PassphraseTestVault v;
        QVERIFY(v.create());
        auto ada = v.session->contacts().create(person(QStringLiteral("Ada"), QStringLiteral("Lovelace")));
        QVERIFY(ada);
        const QStringList before = dump(v.session->vault().db());
        storage::SecretBuffer unused;
        auto done = v.session->admin().rekey(nullptr, secret("a brand new passphrase"), unused);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message + QLatin1Char(' ') + done.error().detail));
        QVERIFY(unused.isEmpty());
        // The session keeps working on the re-keyed file, search index included.
        QCOMPARE(dump(v.session->vault().db()), before);
        auto hits = v.session->search().search(QStringLiteral("lovel"));
        QVERIFY(hits);
        QCOMPARE(hits->size(), 1);
        QVERIFY(v.session->contacts().create(person(QStringLiteral("Grace"), QStringLiteral("Hopper"))));
        QVERIFY(v.session->auditLog().verify()->ok);
        v.close();
        QVERIFY(!QFileInfo::exists(v.path() + QStringLiteral("/vault.json.pending")));
        QVERIFY(!QFileInfo::exists(v.path() + QStringLiteral("/confidant.db.rekey")));
        auto old = storage::Vault::open(v.path(), nullptr, {secret(PassphraseTestVault::kPassphrase)});
        QVERIFY(!old);
        QCOMPARE(old.error().kind, ErrorKind::WrongKey);
        auto fresh = storage::Vault::open(v.path(), nullptr, {secret("a brand new passphrase")});
        QVERIFY2(fresh, qPrintable(fresh ? QString() : fresh.error().message));
        Session session(std::move(fresh).value(), v.clock);
        QCOMPARE(*session.contacts().count(), 2);
        auto entries = session.auditLog().list(byAction("vault.rekey"));
        QCOMPARE(entries->size(), 1);
    }

    void keychainRekeyStoresTheNewKeyAndANewRecoveryCode()
    {
        QTemporaryDir dir;
        test::MemoryKeyStore keys;
        test::FakeClock clock;
        storage::SecretBuffer code;
        auto created = storage::Vault::createWithKeychain(dir.filePath(QStringLiteral("v")), keys, code, clock.nowMs());
        QVERIFY(created);
        const QString uid = (*created)->descriptor().uid;
        Session session(std::move(created).value(), clock);
        QVERIFY(session.contacts().create(person(QStringLiteral("Ada"), QStringLiteral("Lovelace"))));
        storage::SecretBuffer newCode;
        auto done = session.admin().rekey(&keys, storage::SecretBuffer(), newCode);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message + QLatin1Char(' ') + done.error().detail));
        QVERIFY(!newCode.isEmpty());
        QVERIFY(!newCode.equals(code));
        QVERIFY(!keys.contains(storage::Vault::pendingKeyName(uid)));
        auto newKey = storage::RecoveryCode::parse(newCode);
        QVERIFY(newKey);
        QVERIFY(keys.read(uid)->equals(*newKey));
        // Backups taken now open with the new recovery code.
        auto info = session.admin().backup();
        QVERIFY(info);
        QVERIFY(storage::Vault::inspectBackup(info->path, newCode));
        QCOMPARE(storage::Vault::inspectBackup(info->path, code).error().kind, ErrorKind::WrongKey);
    }

    // Ctrl+C in confidant-cli rekey: the flag is read after the long re-encryption, before the swap.
    void cancelledRekeyKeepsTheOldKey()
    {
        QTemporaryDir dir;
        test::MemoryKeyStore keys;
        test::FakeClock clock;
        storage::SecretBuffer code;
        auto created = storage::Vault::createWithKeychain(dir.filePath(QStringLiteral("v")), keys, code, clock.nowMs());
        QVERIFY(created);
        const QString uid = (*created)->descriptor().uid;
        const QString path = dir.filePath(QStringLiteral("v"));
        auto oldKey = keys.read(uid);
        QVERIFY(oldKey);
        Session session(std::move(created).value(), clock);
        QVERIFY(session.contacts().create(person(QStringLiteral("Ada"), QStringLiteral("Lovelace"))));
        const QStringList before = dump(session.vault().db());
        std::atomic_bool cancel {true};
        storage::SecretBuffer newCode;
        auto done = session.admin().rekey(&keys, storage::SecretBuffer(), newCode, &cancel);
        QVERIFY(!done);
        QCOMPARE(done.error().kind, ErrorKind::Cancelled);
        QVERIFY(newCode.isEmpty());
        // Nothing of the rotation is left, and the session goes on with the old key.
        QVERIFY(!keys.contains(storage::Vault::pendingKeyName(uid)));
        QVERIFY(keys.read(uid)->equals(*oldKey));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("/vault.json.pending")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("/confidant.db.rekey")));
        QCOMPARE(dump(session.vault().db()), before);
        QVERIFY(session.contacts().create(person(QStringLiteral("Grace"), QStringLiteral("Hopper"))));
        QVERIFY(session.auditLog().list(byAction("vault.rekey"))->isEmpty());
        auto info = session.admin().backup();
        QVERIFY(info);
        QVERIFY(storage::Vault::inspectBackup(info->path, code));
    }

    // Ctrl+C in confidant-cli restore: the flag is read before the target is touched.
    void cancelledRestoreLeavesNothing()
    {
        PassphraseTestVault v;
        QVERIFY(v.create());
        QVERIFY(v.session->contacts().create(person(QStringLiteral("Ada"), QStringLiteral("Lovelace"))));
        auto info = v.session->admin().backup();
        QVERIFY(info);
        QTemporaryDir elsewhere;
        const QString target = elsewhere.filePath(QStringLiteral("restored"));
        storage::SecretBuffer pass = secret(PassphraseTestVault::kPassphrase);
        std::atomic_bool cancel {true};
        security::RestoreRequest request;
        request.backupFile = info->path;
        request.targetDir = target;
        request.secret = &pass;
        request.cancel = &cancel;
        auto report = security::VaultAdmin::restore(request, v.clock);
        QVERIFY(!report);
        QCOMPARE(report.error().kind, ErrorKind::Cancelled);
        QVERIFY(!QFileInfo::exists(target));

        // Over an existing vault (--force): it stays as it was, and nothing is kept aside.
        const QStringList before = dump(v.session->vault().db());
        v.close();
        request.targetDir = v.path();
        request.force = true;
        request.replaced.secret = &pass;
        report = security::VaultAdmin::restore(request, v.clock);
        QVERIFY(!report);
        QCOMPARE(report.error().kind, ErrorKind::Cancelled);
        QCOMPARE(QDir(v.path() + QStringLiteral("/backups")).entryList({QStringLiteral("replaced-*")}, QDir::Dirs),
                 QStringList());
        QCOMPARE(QDir(v.path()).entryList({QStringLiteral(".restore-*")}, QDir::AllEntries | QDir::Hidden),
                 QStringList());
        auto reopened = storage::Vault::open(v.path(), nullptr, {secret(PassphraseTestVault::kPassphrase)});
        QVERIFY(reopened);
        QCOMPARE(dump((*reopened)->db()), before);
    }

    void interruptedRotationOpensWithOldOrNewKey()
    {
        // The states a crash can leave, built by hand; the CLI test kills a real rekey at each step.
        PassphraseTestVault v;
        QVERIFY(v.create());
        QVERIFY(v.session->contacts().create(person(QStringLiteral("Ada"), QStringLiteral("Lovelace"))));
        v.close();
        // Before the swap: a pending descriptor and a half-written copy; the old passphrase opens and
        // the leftovers are cleared.
        QFile::copy(v.path() + QStringLiteral("/vault.json"), v.path() + QStringLiteral("/vault.json.pending"));
        QFile half(v.path() + QStringLiteral("/confidant.db.rekey"));
        QVERIFY(half.open(QIODevice::WriteOnly));
        half.write(QByteArray(4096, 'x'));
        half.close();
        auto opened = storage::Vault::open(v.path(), nullptr, {secret(PassphraseTestVault::kPassphrase)});
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        opened->reset();
        QVERIFY(!QFileInfo::exists(v.path() + QStringLiteral("/vault.json.pending")));
        QVERIFY(!QFileInfo::exists(v.path() + QStringLiteral("/confidant.db.rekey")));
    }

    void scheduledBackupsRunWhenDueAndKeepTheNewest()
    {
        PassphraseTestVault v;
        QVERIFY(v.create());
        QVERIFY(v.session->settings().setBackupSchedule({true, 24, 2}));
        for (int day = 0; day < 4; ++day) {
            auto ran = v.session->admin().runScheduledBackup();
            QVERIFY2(ran, qPrintable(ran ? QString() : ran.error().message));
            QVERIFY(ran->has_value());
            // Not due again within the interval.
            auto again = v.session->admin().runScheduledBackup();
            QVERIFY(again);
            QVERIFY(!again->has_value());
            v.clock.advanceDays(1);
        }
        auto manual = v.session->admin().backup();
        QVERIFY(manual);
        auto all = v.session->admin().backups();
        QVERIFY(all);
        int scheduled = 0;
        for (const auto& b : *all) {
            scheduled += b.scheduled ? 1 : 0;
        }
        QCOMPARE(scheduled, 2);
        QCOMPARE(all->size(), 3); // the manual one is never pruned
    }

    void checkReportsEachFinding()
    {
        PassphraseTestVault v;
        QVERIFY(v.create());
        QVERIFY(v.session->contacts().create(person(QStringLiteral("Ada"), QStringLiteral("Lovelace"))));
        auto findings = v.session->admin().check();
        QVERIFY(findings);
        QCOMPARE(findings->size(), 3);
        for (const auto& f : *findings) {
            QVERIFY2(f.ok, qPrintable(f.check + QStringLiteral(": ") + f.message));
        }
        QVERIFY(v.session->vault().db().exec("UPDATE audit_log SET summary = 'x' WHERE seq = 1"));
        findings = v.session->admin().check();
        QVERIFY(findings);
        QVERIFY(!findings->at(2).ok);
        QVERIFY(findings->at(2).message.contains(QStringLiteral(" 1")));
    }

    // Issue 16 item 10: one page of the file fails its HMAC. Before, check() failed as a whole:
    // integrity_check left the main connection unable to read anything after the damaged page, and the audit
    // chain could then not be read (Io, "A vault operation failed."); a backup said to check free space. Now
    // check names the page and still verifies the audit chain, reads after the damage are Corrupt, the backup
    // refuses as Corrupt, and the damaged file is never written.
    void damagedPageIsNamedAndNeverBackedUp()
    {
        test::TestVault v;
        QVERIFY(v.create());
        crm::SampleData sample(v.session->gate(), v.session->contacts(), v.session->companies());
        QVERIFY(sample.generate(300, 7));
        v.close();
        auto key = storage::RecoveryCode::parse(v.recoveryCode);
        QVERIFY(key);
        qint64 page = 0;
        {
            auto db = storage::Database::open(v.dbPath(), storage::Database::OpenMode::ExistingOnly);
            QVERIFY(db);
            QVERIFY(db->applyKey(key->toRawKeySpec()));
            const QList<qint64> leaves = leafPagesOf(*db, "contacts");
            QVERIFY2(leaves.size() >= 3, "300 contacts should fill several pages");
            page = leaves.at(leaves.size() / 2); // read with the contacts, never while the vault opens
        }
        QVERIFY(page > 1);
        QCOMPARE(QFileInfo(v.dbPath() + QStringLiteral("-wal")).size(), qint64(0)); // all of it in the file
        QVERIFY(flipByte(v.dbPath(), (page - 1) * 4096 + 100));
        const QByteArray damaged = test::fileHash(v.dbPath());
        {
            auto vault = storage::Vault::open(v.path(), &v.keys, storage::UnlockSecret {});
            QVERIFY2(vault, qPrintable(vault ? QString() : vault.error().message));
            Session session(std::move(vault).value(), v.clock);
            auto audited = session.auditLog().list(byAction("vault.check"));
            QVERIFY(audited);
            const qsizetype checksBefore = audited->size();

            auto findings = session.admin().check();
            QVERIFY2(findings,
                     qPrintable(findings ? QString()
                                         : findings.error().message + QLatin1Char(' ') + findings.error().detail));
            QCOMPARE(findings->size(), 3);
            QCOMPARE(findings->at(0).check, QStringLiteral("cipher-integrity"));
            QVERIFY(!findings->at(0).ok);
            QVERIFY(findings->at(0).pages == QList<qint64> {page});
            QVERIFY2(findings->at(0).message.contains(QString::number(page)), qPrintable(findings->at(0).message));
            QCOMPARE(findings->at(1).check, QStringLiteral("integrity"));
            QVERIFY(!findings->at(1).ok);
            QCOMPARE(findings->at(2).check, QStringLiteral("audit-chain"));
            QVERIFY2(findings->at(2).ok, qPrintable(findings->at(2).message));
            audited = session.auditLog().list(byAction("vault.check"));
            QVERIFY(audited);
            QCOMPARE(audited->size(), checksBefore); // nothing written into the damaged vault

            auto backup = session.admin().backup();
            QVERIFY(!backup);
            QCOMPARE(backup.error().kind, ErrorKind::Corrupt);
            QVERIFY2(!backup.error().message.contains(QStringLiteral("free space")),
                     qPrintable(backup.error().message));
            const QStringList left = QDir(v.path() + QStringLiteral("/backups"))
                                         .entryList({QStringLiteral("*.backup*")}, QDir::Files | QDir::Hidden);
            QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));

            // The read that meets the page, and every later read on its connection (SQLCipher refuses them
            // all, as SQLITE_ERROR or SQLITE_NOMEM), is Corrupt: the file is damaged, not the disk or memory.
            storage::Database& db = session.vault().db();
            auto scan = db.queryInt("SELECT count(*) FROM contacts WHERE length(notes) >= 0");
            QVERIFY(!scan);
            QCOMPARE(scan.error().kind, ErrorKind::Corrupt);
            auto next = db.queryInt("SELECT count(*) FROM profiles");
            QVERIFY(!next);
            QCOMPARE(next.error().kind, ErrorKind::Corrupt);
            QVERIFY(db.pageCheckFailed());
        }
        QCOMPARE(test::fileHash(v.dbPath()), damaged);
    }

    // The erasure ledger travels (docs/SECURITY.md "Backups and restore"). Before it did, a backup taken
    // before an erasure and restored into another folder brought the person back: nothing outside the vault
    // knew of the erasure, the restore re-applied none ("applied again: 0") and said nothing.
    // A ledger file that could not learn of an erasure (its rewrite failed, or Confidant stopped between
    // the commit and the rewrite) must not vouch for it: the erasure removes the file before it commits.
    // Before this, the file written by the backup stayed, and a restore said "verified" and brought the
    // erased person back.
    void aLedgerFileThatMissedAnErasureVouchesForNothing()
    {
        test::TestVault v;
        QVERIFY(v.create());
        auto gone = v.session->contacts().create(person(QStringLiteral("Zelphine"), QStringLiteral("Quorvath")));
        QVERIFY(gone);
        auto info = v.session->admin().backup();
        QVERIFY2(info, qPrintable(info ? QString() : info.error().message));
        const QString ledgerFile = v.session->admin().erasureLedgerPath();
        QVERIFY(QFileInfo::exists(ledgerFile));

        // The rewrite after the erasure fails: a folder stands where its temporary file would go.
        QVERIFY(QDir().mkpath(ledgerFile + QStringLiteral(".part")));
        v.clock.advanceMs(60000);
        auto erased = v.session->erasure().erase(gone->uid, QStringLiteral("Zelphine Quorvath"));
        QVERIFY2(erased, qPrintable(erased ? QString() : erased.error().message));
        QVERIFY(!erased->warnings.isEmpty()); // said on the receipt
        QVERIFY(!QFileInfo::exists(ledgerFile)); // and no stale file left to vouch

        QTemporaryDir usb;
        const QString backupCopy = usb.filePath(QStringLiteral("old.backup"));
        QVERIFY(QFile::copy(info->path, backupCopy));
        storage::SecretBuffer code = v.unlockSecret();
        v.close();
        QTemporaryDir laptop;
        security::RestoreRequest request;
        request.backupFile = backupCopy;
        request.targetDir = laptop.filePath(QStringLiteral("restored"));
        request.secret = &code;
        request.applierForSalt = [](const QString& salt) { return privacy::ErasureService::restoreApplier(salt); };
        auto refused = security::VaultAdmin::restore(request, v.clock);
        QVERIFY(!refused);
        QVERIFY(!QFileInfo::exists(request.targetDir));
    }

    void restoreIntoANewFolderReappliesTheLedgerBesideTheBackup()
    {
        test::TestVault v;
        QVERIFY(v.create());
        auto keep = v.session->contacts().create(person(QStringLiteral("Kept"), QStringLiteral("Person")));
        auto gone = v.session->contacts().create(person(QStringLiteral("Zelphine"), QStringLiteral("Quorvath")));
        QVERIFY(keep && gone);
        auto info = v.session->admin().backup();
        QVERIFY2(info, qPrintable(info ? QString() : info.error().message));
        // Every backup rewrites the ledger file beside the backups.
        const QString ledgerFile = v.session->admin().erasureLedgerPath();
        QCOMPARE(info->ledgerPath, ledgerFile);
        QVERIFY2(info->ledgerProblem.isEmpty(), qPrintable(info->ledgerProblem));
        QCOMPARE(QFileInfo(ledgerFile).absolutePath(), QFileInfo(info->path).absolutePath());

        v.clock.advanceMs(60000);
        auto erased = v.session->erasure().erase(gone->uid, QStringLiteral("Zelphine Quorvath"));
        QVERIFY2(erased, qPrintable(erased ? QString() : erased.error().message));
        const qint64 erasedAt = v.clock.nowMs();
        // Every erasure rewrites it too: encrypted, 0600, and no name, email or uid readable in its bytes.
        auto sealKey = security::AuditLog::sealKey(v.session->vault().db());
        QVERIFY(sealKey);
        auto copy = security::ErasureLedgerFile::read(ledgerFile, *sealKey);
        QVERIFY2(copy, qPrintable(copy ? QString() : copy.error().message));
        QCOMPARE(copy->writtenAtMs, erasedAt);
        QCOMPARE(copy->records.size(), 1);
        QCOMPARE(copy->records.first().entityUid, gone->uid);
        QCOMPARE(
            QFileInfo(ledgerFile).permissions()
                & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
            QFileDevice::Permissions());
        QFile raw(ledgerFile);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        raw.close();
        for (const QString& canary : {QStringLiteral("Zelphine"),
                                      QStringLiteral("Quorvath"),
                                      QStringLiteral("zelphine@example.org"),
                                      gone->uid,
                                      QStringLiteral("erasure_ledger"),
                                      QStringLiteral("SQLite format 3")}) {
            QVERIFY2(!bytes.contains(canary.toUtf8()), qPrintable(canary));
        }

        // A new laptop: the backup and the ledger file in a folder of their own, the vault gone.
        QTemporaryDir usb;
        const QString backupCopy = usb.filePath(QStringLiteral("old.backup"));
        const QString ledgerCopy = usb.filePath(QString::fromLatin1(security::ErasureLedgerFile::kFileName));
        QVERIFY(QFile::copy(info->path, backupCopy));
        QVERIFY(QFile::copy(ledgerFile, ledgerCopy));
        storage::SecretBuffer code = v.unlockSecret();
        v.close();
        QTemporaryDir laptop;
        security::RestoreRequest request;
        request.backupFile = backupCopy;
        request.targetDir = laptop.filePath(QStringLiteral("restored"));
        request.secret = &code;
        request.applierForSalt = [](const QString& salt) { return privacy::ErasureService::restoreApplier(salt); };
        auto report = security::VaultAdmin::restore(request, v.clock);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->erasuresReapplied, 1);
        QVERIFY(report->erasuresVerified);
        QCOMPARE(report->ledgers.size(), 1);
        QCOMPARE(report->ledgers.first().origin, QFileInfo(ledgerCopy).absoluteFilePath());
        QVERIFY(!report->ledgers.first().vault);
        QCOMPARE(report->ledgers.first().asOfMs, erasedAt);
        QCOMPARE(report->erasuresKnownUntilMs, erasedAt);
        QCOMPARE(report->lastErasureAtMs, erasedAt);
        QVERIFY2(report->warnings.isEmpty(), qPrintable(report->warnings.join(QLatin1Char(' '))));

        auto restored = storage::Vault::open(request.targetDir, nullptr, {v.unlockSecret()});
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
        Session session(std::move(restored).value(), v.clock);
        QCOMPARE(session.contacts().getByUid(gone->uid).error().kind, ErrorKind::NotFound);
        QVERIFY(session.contacts().getByUid(keep->uid));
        // Still on the suppression list (the salt came with the ledger file).
        auto match = session.suppression().check(QStringLiteral("zelphine@example.org"));
        QVERIFY(match);
        QVERIFY(match->has_value());
        // The restored vault keeps its own ledger file beside its backups.
        QVERIFY(QFileInfo::exists(session.admin().erasureLedgerPath()));
        auto verified = session.auditLog().verify();
        QVERIFY(verified);
        QVERIFY2(verified->ok, qPrintable(verified->problem));
    }

    void restoreWithoutANewerLedgerIsRefusedUnlessAccepted()
    {
        test::TestVault v;
        QVERIFY(v.create());
        auto gone = v.session->contacts().create(person(QStringLiteral("Zelphine"), QStringLiteral("Quorvath")));
        QVERIFY(gone);
        // A ledger written before the backup: it cannot know of what came after.
        QVERIFY(v.session->admin().exportErasureLedger());
        QTemporaryDir usb;
        const QString older = usb.filePath(QStringLiteral("older-ledger.cfl"));
        QVERIFY(QFile::copy(v.session->admin().erasureLedgerPath(), older));
        v.clock.advanceMs(1000);
        auto info = v.session->admin().backup();
        QVERIFY2(info, qPrintable(info ? QString() : info.error().message));
        v.clock.advanceMs(60000);
        QVERIFY(v.session->erasure().erase(gone->uid, QStringLiteral("Zelphine Quorvath")));

        // Only the backup file: refused, one line saying what to do, nothing written.
        const QString backupCopy = usb.filePath(QStringLiteral("old.backup"));
        QVERIFY(QFile::copy(info->path, backupCopy));
        storage::SecretBuffer code = v.unlockSecret();
        QTemporaryDir laptop;
        security::RestoreRequest request;
        request.backupFile = backupCopy;
        request.targetDir = laptop.filePath(QStringLiteral("restored"));
        request.secret = &code;
        request.applierForSalt = [](const QString& salt) { return privacy::ErasureService::restoreApplier(salt); };
        auto refused = security::VaultAdmin::restore(request, v.clock);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Conflict);
        QVERIFY(security::VaultAdmin::isUnverifiedErasures(refused.error()));
        QVERIFY(!refused.error().message.contains(QLatin1Char('\n')));
        QVERIFY2(refused.error().message.contains(QStringLiteral("--ledger")), qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QStringLiteral("--accept-unverified-erasures")));
        QVERIFY(!QFileInfo::exists(request.targetDir));

        // An older ledger proves nothing either.
        request.ledgerFiles = {older};
        auto stale = security::VaultAdmin::restore(request, v.clock);
        QVERIFY(!stale);
        QVERIFY(security::VaultAdmin::isUnverifiedErasures(stale.error()));
        QVERIFY2(stale.error().message.contains(QStringLiteral("older than this backup")),
                 qPrintable(stale.error().message));
        QVERIFY(!QFileInfo::exists(request.targetDir));

        // The explicit override: restored, the person back, and it says so, in the report and the audit trail.
        request.ledgerFiles.clear();
        request.acceptUnverifiedErasures = true;
        auto report = security::VaultAdmin::restore(request, v.clock);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QVERIFY(!report->erasuresVerified);
        QCOMPARE(report->erasuresReapplied, 0);
        QCOMPARE(report->erasuresKnownUntilMs, info->takenAtMs);
        QVERIFY(report->ledgers.isEmpty());
        QCOMPARE(report->warnings.size(), 1);
        auto restored = storage::Vault::open(request.targetDir, nullptr, {v.unlockSecret()});
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
        Session session(std::move(restored).value(), v.clock);
        QVERIFY(session.contacts().getByUid(gone->uid));
        auto overrides = session.auditLog().list(byAction("vault.restore_unverified"));
        QVERIFY(overrides);
        QCOMPARE(overrides->size(), 1);
        QCOMPARE(overrides->first().profileUid, QString::fromLatin1(security::VaultAdmin::kRestoreActorUid));
        QVERIFY2(overrides->first().summary.contains(QStringLiteral("override=accept-unverified-erasures")),
                 qPrintable(overrides->first().summary));
        QVERIFY(overrides->first().summary.contains(QStringLiteral("reason=no-ledger")));
        auto restoreEntries = session.auditLog().list(byAction("vault.restore"));
        QVERIFY(restoreEntries);
        QCOMPARE(restoreEntries->size(), 1);
        QVERIFY(restoreEntries->first().summary.contains(QStringLiteral("verified=no")));
        QVERIFY(session.auditLog().verify()->ok);
    }

    void aLedgerOfAnotherVaultIsRefused()
    {
        test::TestVault v;
        QVERIFY(v.create());
        auto info = v.session->admin().backup();
        QVERIFY2(info, qPrintable(info ? QString() : info.error().message));
        test::TestVault other;
        QVERIFY(other.create());
        QVERIFY(other.session->admin().exportErasureLedger());
        const QString foreign = other.session->admin().erasureLedgerPath();
        auto sealKey = security::AuditLog::sealKey(v.session->vault().db());
        QVERIFY(sealKey);
        auto read = security::ErasureLedgerFile::read(foreign, *sealKey);
        QVERIFY(!read);
        QCOMPARE(read.error().kind, ErrorKind::Invalid);

        // Named with --ledger: the restore stops, nothing written.
        storage::SecretBuffer code = v.unlockSecret();
        QTemporaryDir laptop;
        security::RestoreRequest request;
        request.backupFile = info->path;
        request.targetDir = laptop.filePath(QStringLiteral("restored"));
        request.secret = &code;
        request.ledgerFiles = {foreign};
        auto refused = security::VaultAdmin::restore(request, v.clock);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Invalid);
        QVERIFY(!QFileInfo::exists(request.targetDir));

        // Found beside a backup: left out, and without another ledger the restore is refused.
        QTemporaryDir usb;
        QVERIFY(QFile::copy(info->path, usb.filePath(QStringLiteral("old.backup"))));
        QVERIFY(QFile::copy(foreign, usb.filePath(QString::fromLatin1(security::ErasureLedgerFile::kFileName))));
        request.backupFile = usb.filePath(QStringLiteral("old.backup"));
        request.ledgerFiles.clear();
        auto besides = security::VaultAdmin::restore(request, v.clock);
        QVERIFY(!besides);
        QVERIFY(security::VaultAdmin::isUnverifiedErasures(besides.error()));
        QVERIFY(!QFileInfo::exists(request.targetDir));
    }

    // The ledger file's key comes from inside the vault, not from the vault key: a backup taken before a key
    // change (opening with the old recovery code) still reads the ledger written after it.
    void aBackupFromBeforeAKeyChangeReadsTheNewerLedger()
    {
        test::TestVault v;
        QVERIFY(v.create());
        auto gone = v.session->contacts().create(person(QStringLiteral("Zelphine"), QStringLiteral("Quorvath")));
        QVERIFY(gone);
        auto info = v.session->admin().backup();
        QVERIFY2(info, qPrintable(info ? QString() : info.error().message));
        storage::SecretBuffer oldCode = v.unlockSecret();
        storage::SecretBuffer newCode;
        auto rotated = v.session->admin().rekey(&v.keys, storage::SecretBuffer(), newCode);
        QVERIFY2(rotated, qPrintable(rotated ? QString() : rotated.error().message));
        QVERIFY(!newCode.isEmpty());
        v.clock.advanceMs(60000);
        QVERIFY(v.session->erasure().erase(gone->uid, QStringLiteral("Zelphine Quorvath")));

        QTemporaryDir laptop;
        security::RestoreRequest request;
        request.backupFile = info->path;
        request.targetDir = laptop.filePath(QStringLiteral("restored"));
        request.secret = &oldCode;
        request.applierForSalt = [](const QString& salt) { return privacy::ErasureService::restoreApplier(salt); };
        auto report = security::VaultAdmin::restore(request, v.clock);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QVERIFY(report->erasuresVerified);
        QCOMPARE(report->erasuresReapplied, 1);
    }

    //! Restoring over a vault is checked in core, in the vault being replaced: its acting profile must sign in
    //! (with its PIN) and hold "back up and restore". Before, core restored over any vault it was given and the
    //! CLI asked the permission, with no way to give a PIN: the first restore below went ahead.
    void restoreOverAVaultSignsItsProfileIn()
    {
        PassphraseTestVault v;
        QVERIFY(v.create());
        QVERIFY(v.session->contacts().create(person(QStringLiteral("Ada"), QStringLiteral("Lovelace"))));
        auto info = v.session->admin().backup();
        QVERIFY(info);
        QVERIFY(v.session->contacts().create(person(QStringLiteral("Later"), QStringLiteral("Person"))));
        const QString owner = v.session->actor().name;
        QVERIFY(v.session->profiles().add(QStringLiteral("viewer"), security::Role::ReadOnly, secret("")));
        QVERIFY(v.session->profiles().setPin(owner, secret("482915")));
        v.close();
        const QByteArray descriptor
            = test::fileHash(QDir(v.path()).filePath(QString::fromLatin1(storage::Vault::kDescriptorFile)));
        auto untouched = [&v, &descriptor]() -> QString {
            if (!QDir(v.path() + QStringLiteral("/backups"))
                     .entryList({QStringLiteral("replaced-*")}, QDir::Dirs)
                     .isEmpty()
                || !QDir(v.path())
                        .entryList({QStringLiteral(".restore-*")}, QDir::AllEntries | QDir::Hidden)
                        .isEmpty()) {
                return QStringLiteral("something was restored or staged");
            }
            if (test::fileHash(QDir(v.path()).filePath(QString::fromLatin1(storage::Vault::kDescriptorFile)))
                != descriptor) {
                return QStringLiteral("the descriptor changed");
            }
            auto reopened = storage::Vault::open(v.path(), nullptr, {secret(PassphraseTestVault::kPassphrase)});
            if (!reopened) {
                return reopened.error().message;
            }
            auto later = (*reopened)->db().queryInt("SELECT count(*) FROM contacts WHERE given_name = 'Later'");
            return later && *later == 1 ? QString() : QStringLiteral("the contact added after the backup is gone");
        };

        storage::SecretBuffer pass = secret(PassphraseTestVault::kPassphrase);
        security::RestoreRequest request;
        request.backupFile = info->path;
        request.targetDir = v.path();
        request.force = true;
        request.secret = &pass;
        request.applierForSalt = [](const QString& salt) { return privacy::ErasureService::restoreApplier(salt); };

        // No way into the vault being replaced: refused, fails closed.
        auto unopened = security::VaultAdmin::restore(request, v.clock);
        QVERIFY(!unopened);
        QVERIFY2(untouched().isEmpty(), qPrintable(untouched()));

        request.replaced.secret = &pass;
        // The owner has a PIN: none given is Locked, a wrong one WrongKey.
        auto noPin = security::VaultAdmin::restore(request, v.clock);
        QVERIFY(!noPin);
        QCOMPARE(noPin.error().kind, ErrorKind::Locked);
        QVERIFY2(untouched().isEmpty(), qPrintable(untouched()));
        const storage::SecretBuffer wrongPin = secret("111111");
        request.replaced.pin = &wrongPin;
        auto wrong = security::VaultAdmin::restore(request, v.clock);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().kind, ErrorKind::WrongKey);
        QVERIFY2(untouched().isEmpty(), qPrintable(untouched()));

        // A read-only profile may not: Denied, and the denial is in the replaced vault's trail.
        request.replaced.profile = QStringLiteral("viewer");
        request.replaced.pin = nullptr;
        auto denied = security::VaultAdmin::restore(request, v.clock);
        QVERIFY(!denied);
        QCOMPARE(denied.error().kind, ErrorKind::Denied);
        QVERIFY2(untouched().isEmpty(), qPrintable(untouched()));
        {
            auto reopened = storage::Vault::open(v.path(), nullptr, {secret(PassphraseTestVault::kPassphrase)});
            QVERIFY(reopened);
            auto rows = (*reopened)->db().queryInt("SELECT count(*) FROM audit_log WHERE action = 'access.denied' "
                                                   "AND summary LIKE '%attempted=vault.restore%'");
            QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().message));
            QCOMPARE(*rows, qint64(1));
        }

        // The owner with the right PIN: restored.
        request.replaced.profile = owner;
        const storage::SecretBuffer rightPin = secret("482915");
        request.replaced.pin = &rightPin;
        auto restored = security::VaultAdmin::restore(request, v.clock);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
        QVERIFY(!restored->replacedCopy.isEmpty());
    }

    //! A writer waiting for the erasure ledger file's lock (another program holds it) stops when `cancel` is
    //! set: Cancelled, nothing written. Before, the wait was a blocking flock that only the lock's release ended.
    void aWaitForTheLedgerLockIsCancelled()
    {
        PassphraseTestVault v;
        QVERIFY(v.create());
        const QString path = v.session->admin().erasureLedgerPath();
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        const int held
            = ::open(QFile::encodeName(path + QStringLiteral(".lock")).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        QVERIFY(held >= 0);
        auto release = qScopeGuard([held] { ::close(held); });
        QCOMPARE(::flock(held, LOCK_EX | LOCK_NB), 0); // another open file description: it conflicts with ours

        std::atomic_bool cancel {false};
        std::thread canceller([&cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            cancel = true;
        });
        auto written = v.session->admin().exportErasureLedger(&cancel);
        canceller.join();
        QVERIFY(!written);
        QCOMPARE(written.error().kind, ErrorKind::Cancelled);
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".part")));

        // Once the lock is free, the same call writes the file.
        release.dismiss();
        ::close(held);
        cancel = false;
        QVERIFY(v.session->admin().exportErasureLedger(&cancel));
        QVERIFY(QFileInfo::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestVaultMaintenance)
#include "TestVaultMaintenance.moc"
