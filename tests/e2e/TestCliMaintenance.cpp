// backup, restore, rekey, check and export through the real CLI (issue #4): backup, restore and rekey in
// passphrase mode; check, export and the scheduled backup in keychain mode, as most users have their vault, so
// that their runs do not pay the passphrase key derivation. Keychain-mode backups, the recovery code and a
// backup taken while the GUI is open: TestCliMaintenanceKeychain.

#include "core/security/AuditService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "tests/e2e/CliRunner.h"

#include <memory>

using namespace confidant::test;

namespace {

const QByteArray kNewPassphrase = "an entirely new passphrase";

QByteArray header(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(16) : QByteArray();
}

// Every contact as `contact list --json` shows it, for comparing two vaults.
QByteArray contactsOf(const PassphraseVault& vault, const QByteArray& passphrase = PassphraseVault::kPassphrase)
{
    const CliResult r = vault.run({QStringLiteral("contact"),
                                   QStringLiteral("list"),
                                   QStringLiteral("--json"),
                                   QStringLiteral("--limit"),
                                   QStringLiteral("10000")},
                                  passphrase);
    return r.exitCode == 0 ? r.out : QByteArray("failed: ") + r.err;
}

} // namespace

class TestCliMaintenance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_next = 0;

    QString freshRoot()
    {
        return m_dir.filePath(QStringLiteral("run-%1").arg(++m_next));
    }

    template <typename AnyVault>
    static bool seed(AnyVault& v)
    {
        if (!v.init()) {
            return false;
        }
        for (const char* name : {"Ada", "Grace", "Hedy"}) {
            const CliResult r = v.run({QStringLiteral("contact"),
                                       QStringLiteral("add"),
                                       QStringLiteral("--given"),
                                       QString::fromLatin1(name),
                                       QStringLiteral("--family"),
                                       QStringLiteral("Tester"),
                                       QStringLiteral("--email"),
                                       QString::fromLatin1(name) + QStringLiteral("@example.org"),
                                       QStringLiteral("--company"),
                                       QStringLiteral("Acme"),
                                       QStringLiteral("--tag"),
                                       QStringLiteral("vip")});
            if (r.exitCode != 0) {
                return false;
            }
        }
        return true;
    }

    //! Makes `v` a copy of one seeded passphrase vault: the seeding (init and three contacts, each run paying the
    //! passphrase key derivation) is done once for the whole test, not in every row.
    bool seededCopy(PassphraseVault& v)
    {
        if (!m_seeded) {
            m_seeded = std::make_unique<PassphraseVault>(freshRoot());
            if (!seed(*m_seeded)) {
                m_seeded.reset();
                return false;
            }
            m_seededContacts = contactsOf(*m_seeded);
        }
        return copyVaultFiles(m_seeded->dir(), v.dir());
    }

    std::unique_ptr<PassphraseVault> m_seeded;
    QByteArray m_seededContacts;

private slots:
    void backupRestoresIdenticalContents()
    {
        PassphraseVault v(freshRoot());
        QVERIFY(seededCopy(v));
        const QString file = v.runner().path(QStringLiteral("home/copy.backup"));
        const CliResult backup
            = v.run({QStringLiteral("backup"), QStringLiteral("--out"), file, QStringLiteral("--json")});
        QVERIFY2(backup.exitCode == 0, backup.describe());
        QCOMPARE(backup.json().value(QStringLiteral("path")).toString(), file);
        QVERIFY(backup.json().value(QStringLiteral("verified")).toBool());
        QVERIFY(header(file).size() == 16);
        QVERIFY(header(file) != QByteArray("SQLite format 3\0", 16));

        // Refuses to overwrite the backup file, and to restore over the vault without --force.
        const CliResult again = v.run({QStringLiteral("backup"), QStringLiteral("--out"), file});
        QCOMPARE(again.exitCode, 1);
        const QByteArray before = hashOf(v.dbPath());
        const CliResult over = v.run({QStringLiteral("restore"), file});
        QCOMPARE(over.exitCode, 1);
        QCOMPARE(over.errLines().size(), 1);
        QCOMPARE(hashOf(v.dbPath()), before);

        // Written outside the backups folder, so the vault's erasure ledger is named (there is none beside it).
        PassphraseVault restored(freshRoot());
        const CliResult r = restored.run({QStringLiteral("restore"),
                                          file,
                                          QStringLiteral("--ledger"),
                                          QDir(v.dir()).filePath(QStringLiteral("backups/erasure-ledger.cfl")),
                                          QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY(r.json().value(QStringLiteral("erasures_verified")).toBool());
        QCOMPARE(r.json().value(QStringLiteral("erasures_reapplied")).toInt(), 0);
        QCOMPARE(contactsOf(restored), contactsOf(v));
        const CliResult verify = restored.run({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verify.exitCode == 0, verify.describe());

        // The wrong passphrase opens nothing and leaves nothing behind.
        PassphraseVault wrong(freshRoot());
        const CliResult refused = wrong.run({QStringLiteral("restore"), file}, "not the right passphrase");
        QCOMPARE(refused.exitCode, 3);
        QVERIFY(!QFileInfo::exists(wrong.dir()));
    }

    void restoreOverAVaultReappliesItsErasures()
    {
        PassphraseVault v(freshRoot());
        QVERIFY(seededCopy(v));
        const QString file = v.runner().path(QStringLiteral("home/before.backup"));
        QCOMPARE(v.run({QStringLiteral("backup"), QStringLiteral("--out"), file}).exitCode, 0);
        const CliResult force
            = v.run({QStringLiteral("restore"), file, QStringLiteral("--force"), QStringLiteral("--json")});
        QVERIFY2(force.exitCode == 0, force.describe());
        const QString kept = force.json().value(QStringLiteral("replaced_copy")).toString();
        QVERIFY(QFileInfo::exists(QDir(kept).filePath(QStringLiteral("confidant.db"))));
        QCOMPARE(v.run({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    }

    void rekeyChangesThePassphrase()
    {
        PassphraseVault v(freshRoot());
        QVERIFY(seededCopy(v));
        const QByteArray contacts = m_seededContacts;
        const CliResult r
            = v.run({QStringLiteral("rekey")}, QByteArray(PassphraseVault::kPassphrase) + '\n' + kNewPassphrase);
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(v.run({QStringLiteral("info")}).exitCode, 3);
        QCOMPARE(contactsOf(v, kNewPassphrase), contacts);
        const CliResult audit = v.run({QStringLiteral("audit"),
                                       QStringLiteral("list"),
                                       QStringLiteral("--action"),
                                       QStringLiteral("vault.rekey"),
                                       QStringLiteral("--json")},
                                      kNewPassphrase);
        QVERIFY2(audit.exitCode == 0, audit.describe());
        QVERIFY(audit.outText().contains(QStringLiteral("vault.rekey")));
        // Too short a new passphrase changes nothing.
        const CliResult shortOne = v.run({QStringLiteral("rekey")}, kNewPassphrase + "\nshort");
        QCOMPARE(shortOne.exitCode, 7);
        QCOMPARE(contactsOf(v, kNewPassphrase), contacts);
    }

    void killDuringRekeyAlwaysLeavesAnOpenableVault_data()
    {
        QTest::addColumn<QString>("point");
        for (const char* point : {"rekey.pending-key",
                                  "rekey.pending-descriptor",
                                  "rekey.exported",
                                  "rekey.verified",
                                  "rekey.swapped",
                                  "rekey.key-stored",
                                  "rekey.descriptor"}) {
            QTest::newRow(point) << QString::fromLatin1(point);
        }
    }
    void killDuringRekeyAlwaysLeavesAnOpenableVault()
    {
        QFETCH(QString, point);
        PassphraseVault v(freshRoot());
        QVERIFY(seededCopy(v));
        const QByteArray contacts = m_seededContacts;
        v.runner().environment().insert(QStringLiteral("CONFIDANT_FAULT_POINT"), point);
        const CliResult killed
            = v.run({QStringLiteral("rekey")}, QByteArray(PassphraseVault::kPassphrase) + '\n' + kNewPassphrase);
        v.runner().environment().remove(QStringLiteral("CONFIDANT_FAULT_POINT"));
        QVERIFY2(killed.crashed, killed.describe());

        const CliResult withOld = v.run({QStringLiteral("info")});
        const CliResult withNew = v.run({QStringLiteral("info")}, kNewPassphrase);
        QVERIFY2(withOld.exitCode == 0 || withNew.exitCode == 0,
                 (withOld.describe() + "\n" + withNew.describe()).constData());
        // Exactly one key works, the other is refused as a wrong key, never as damage.
        QVERIFY2((withOld.exitCode == 0) != (withNew.exitCode == 0),
                 (withOld.describe() + "\n" + withNew.describe()).constData());
        QCOMPARE(withOld.exitCode == 0 ? withNew.exitCode : withOld.exitCode, 3);
        const QByteArray working = withOld.exitCode == 0 ? QByteArray(PassphraseVault::kPassphrase) : kNewPassphrase;
        QCOMPARE(contactsOf(v, working), contacts);
        QVERIFY(!QFileInfo::exists(QDir(v.dir()).filePath(QStringLiteral("vault.json.pending"))));
        QVERIFY(!QFileInfo::exists(QDir(v.dir()).filePath(QStringLiteral("confidant.db.rekey"))));
        const CliResult check = v.run({QStringLiteral("check")}, working);
        QVERIFY2(check.exitCode == 0, check.describe());
        // And the key can be changed again afterwards.
        const CliResult redo = v.run({QStringLiteral("rekey")}, working + "\nyet another passphrase");
        QVERIFY2(redo.exitCode == 0, redo.describe());
        QCOMPARE(v.run({QStringLiteral("info")}, "yet another passphrase").exitCode, 0);
    }

    void checkReportsOneLinePerFinding()
    {
        KeychainVault v(freshRoot());
        QVERIFY(seed(v));
        const CliResult ok = v.run({QStringLiteral("check")});
        QVERIFY2(ok.exitCode == 0, ok.describe());
        QCOMPARE(ok.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 3);
        const CliResult json = v.run({QStringLiteral("check"), QStringLiteral("--json")});
        QCOMPARE(json.json().value(QStringLiteral("findings")).toArray().size(), 3);
        // A cut audit tail fails the check.
        QFile::remove(QDir(v.dir()).filePath(QStringLiteral("audit-head.json")));
        const CliResult bad = v.run({QStringLiteral("check")});
        QCOMPARE(bad.exitCode, 4);
        QVERIFY(bad.outText().contains(QStringLiteral("FAIL audit-chain")));
    }

    void exportNeedsThePermissionAndIsAudited()
    {
        KeychainVault v(freshRoot());
        QVERIFY(seed(v));
        const QString file = v.runner().path(QStringLiteral("home/contacts.csv"));
        const CliResult r = v.run(
            {QStringLiteral("export"), QStringLiteral("--out"), file, QStringLiteral("--tag"), QStringLiteral("vip")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray body = csv.readAll();
        QCOMPARE(body.count('\n'), 4);
        QVERIFY(body.contains(",Grace,Tester,Grace@example.org,"));
        QCOMPARE(QFileInfo(file).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        QCOMPARE(v.run({QStringLiteral("export"), QStringLiteral("--out"), file}).exitCode, 1);

        QCOMPARE(v.run({QStringLiteral("profile"),
                        QStringLiteral("add"),
                        QStringLiteral("rep"),
                        QStringLiteral("--role"),
                        QStringLiteral("sales-rep")})
                     .exitCode,
                 0);
        const QString repFile = v.runner().path(QStringLiteral("home/rep.csv"));
        const CliResult denied = v.run({QStringLiteral("--profile"),
                                        QStringLiteral("rep"),
                                        QStringLiteral("contact"),
                                        QStringLiteral("export"),
                                        QStringLiteral("--out"),
                                        repFile});
        QCOMPARE(denied.exitCode, 6);
        QCOMPARE(denied.errLines().size(), 1);
        QVERIFY(!QFileInfo::exists(repFile));
        QVERIFY(!QFileInfo::exists(repFile + QStringLiteral(".part")));
        const CliResult audit = v.run({QStringLiteral("audit"),
                                       QStringLiteral("list"),
                                       QStringLiteral("--action"),
                                       QStringLiteral("access.denied"),
                                       QStringLiteral("--json")});
        QVERIFY2(audit.exitCode == 0, audit.describe());
        QVERIFY(audit.outText().contains(QStringLiteral("attempted=contact.export")));
        QVERIFY(audit.outText().contains(QStringLiteral("\"rep\"")));
        // A sales rep may not back up or change the key either.
        QCOMPARE(v.run({QStringLiteral("--profile"), QStringLiteral("rep"), QStringLiteral("backup")}).exitCode, 6);
        QCOMPARE(v.run({QStringLiteral("--profile"), QStringLiteral("rep"), QStringLiteral("rekey")}).exitCode, 6);
        QCOMPARE(v.run({QStringLiteral("info")}).exitCode, 0);
    }

    void scheduledBackupRunsOnlyWhenDue()
    {
        KeychainVault v(freshRoot());
        QVERIFY(seed(v));
        const CliResult first = v.run({QStringLiteral("backup"), QStringLiteral("--if-due"), QStringLiteral("--json")});
        QVERIFY2(first.exitCode == 0, first.describe());
        QVERIFY(first.json().value(QStringLiteral("path")).toString().contains(QStringLiteral("/backups/scheduled-")));
        const CliResult second
            = v.run({QStringLiteral("backup"), QStringLiteral("--if-due"), QStringLiteral("--json")});
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.json().value(QStringLiteral("due")).toBool(true), false);
    }

    void scheduledBackupIsDeniedToAProfileThatMayNotBackUp()
    {
        // A cron job running as a profile without "back up and restore" used to hear `{"due": false}`, exit 0,
        // and so never backed up. It is refused like every denied call, whether a backup is due or not.
        KeychainVault v(freshRoot());
        QVERIFY(seed(v));
        QCOMPARE(v.run({QStringLiteral("profile"),
                        QStringLiteral("add"),
                        QStringLiteral("viewer"),
                        QStringLiteral("--role"),
                        QStringLiteral("read-only")})
                     .exitCode,
                 0);
        const QStringList asViewer = {QStringLiteral("--profile"),
                                      QStringLiteral("viewer"),
                                      QStringLiteral("backup"),
                                      QStringLiteral("--if-due"),
                                      QStringLiteral("--json")};
        const QString backups = QDir(v.dir()).filePath(QStringLiteral("backups"));
        auto scheduledFiles
            = [&backups] { return QDir(backups).entryList({QStringLiteral("scheduled-*")}, QDir::Files).size(); };

        const CliResult due = v.run(asViewer); // no backup yet: one is due
        QVERIFY2(due.exitCode == 6, due.describe());
        QCOMPARE(due.errLines().size(), 1);
        QVERIFY(due.out.isEmpty());
        QCOMPARE(scheduledFiles(), 0);

        const CliResult owner = v.run({QStringLiteral("backup"), QStringLiteral("--if-due"), QStringLiteral("--json")});
        QVERIFY2(owner.exitCode == 0, owner.describe());
        QCOMPARE(scheduledFiles(), 1);
        const CliResult notDue = v.run(asViewer); // not due now, still refused
        QVERIFY2(notDue.exitCode == 6, notDue.describe());
        QVERIFY(notDue.out.isEmpty());

        const CliResult audit = v.run({QStringLiteral("audit"),
                                       QStringLiteral("list"),
                                       QStringLiteral("--action"),
                                       QStringLiteral("access.denied"),
                                       QStringLiteral("--json")});
        QVERIFY2(audit.exitCode == 0, audit.describe());
        const QJsonArray denials = audit.json().value(QStringLiteral("entries")).toArray();
        QCOMPARE(denials.size(), 2);
        for (const auto& d : denials) {
            QCOMPARE(d.toObject().value(QStringLiteral("profile")).toString(), QStringLiteral("viewer"));
            QVERIFY(d.toObject()
                        .value(QStringLiteral("summary"))
                        .toString()
                        .contains(QStringLiteral("attempted=vault.backup")));
        }
    }

    //! A passphrase vault re-keyed since its backup (issue 16): the backup opens with the old passphrase, the
    //! vault with the new one. With --backup-secret-stdin, line 1 is the vault's and line 2 the backup's, and
    //! restore --force brings back the backup. Before, one line had to open both, so no such restore worked.
    void restoreOverARekeyedVaultTakesBothSecrets()
    {
        PassphraseVault v(freshRoot());
        QVERIFY(seededCopy(v));
        const QString file = v.runner().path(QStringLiteral("home/before-rekey.backup"));
        QCOMPARE(v.run({QStringLiteral("backup"), QStringLiteral("--out"), file}).exitCode, 0);
        const QByteArray atBackup = contactsOf(v);
        QVERIFY(atBackup.contains("Hedy"));
        // After the backup: one more person, then a new passphrase.
        QCOMPARE(v.run({QStringLiteral("contact"),
                        QStringLiteral("add"),
                        QStringLiteral("--given"),
                        QStringLiteral("Zoe"),
                        QStringLiteral("--family"),
                        QStringLiteral("Later")})
                     .exitCode,
                 0);
        const CliResult rekey
            = v.run({QStringLiteral("rekey")}, QByteArray(PassphraseVault::kPassphrase) + '\n' + kNewPassphrase);
        QVERIFY2(rekey.exitCode == 0, rekey.describe());
        QVERIFY(contactsOf(v, kNewPassphrase).contains("Zoe"));

        const QStringList restore {QStringLiteral("restore"),
                                   file,
                                   QStringLiteral("--force"),
                                   QStringLiteral("--backup-secret-stdin"),
                                   QStringLiteral("--json")};
        const QByteArray before = hashOf(v.dbPath());
        // A wrong secret for the backup (line 2), or for the vault (line 1): exit 3, one line saying which,
        // nothing changed.
        const CliResult wrongBackup = v.run(restore, kNewPassphrase + "\nnot the passphrase of the backup");
        QVERIFY2(wrongBackup.exitCode == 3, wrongBackup.describe());
        QCOMPARE(wrongBackup.errLines().size(), 1);
        QVERIFY2(wrongBackup.errText().contains(QStringLiteral("line 2")), wrongBackup.err);
        QVERIFY2(wrongBackup.errText().contains(QStringLiteral("does not open the backup")), wrongBackup.err);
        QVERIFY(wrongBackup.out.isEmpty());
        QCOMPARE(hashOf(v.dbPath()), before);
        const CliResult wrongVault
            = v.run(restore, QByteArray(PassphraseVault::kPassphrase) + '\n' + PassphraseVault::kPassphrase);
        QVERIFY2(wrongVault.exitCode == 3, wrongVault.describe());
        QCOMPARE(wrongVault.errLines().size(), 1);
        QVERIFY2(wrongVault.errText().contains(QStringLiteral("line 1")), wrongVault.err);
        QVERIFY2(wrongVault.errText().contains(QStringLiteral("does not open the vault")), wrongVault.err);
        QVERIFY(wrongVault.out.isEmpty());
        QCOMPARE(hashOf(v.dbPath()), before);
        // One line opens only one of the two: refused, and the message says how to give both.
        for (const QByteArray& single : {kNewPassphrase, QByteArray(PassphraseVault::kPassphrase)}) {
            const CliResult r = v.run({QStringLiteral("restore"), file, QStringLiteral("--force")}, single);
            QVERIFY2(r.exitCode == 3, r.describe());
            QCOMPARE(r.errLines().size(), 1);
            QVERIFY2(r.errText().contains(QStringLiteral("--backup-secret-stdin")), r.err);
            QCOMPARE(hashOf(v.dbPath()), before);
        }

        const CliResult restored = v.run(restore, kNewPassphrase + '\n' + PassphraseVault::kPassphrase);
        QVERIFY2(restored.exitCode == 0, restored.describe());
        const QString kept = restored.json().value(QStringLiteral("replaced_copy")).toString();
        QVERIFY(QFileInfo::exists(QDir(kept).filePath(QStringLiteral("confidant.db"))));
        // The vault is the backup again: its people, opened with the backup's passphrase.
        QCOMPARE(contactsOf(v), atBackup);
        QCOMPARE(v.run({QStringLiteral("info")}, kNewPassphrase).exitCode, 3);
        const CliResult verify = v.run({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verify.exitCode == 0, verify.describe());
    }

    //! `restore --force` over a vault whose owner has a PIN: the PIN is the line after the secret (line 2 here).
    //! The restore signs the owner in with it in core (wrong PIN: exit 3, nothing restored). Before, no PIN could
    //! be given, so every such restore was refused.
    void restoreOverAVaultTakesTheActingProfilesPin()
    {
        PassphraseVault v(freshRoot());
        QVERIFY(seededCopy(v));
        const QString file = v.runner().path(QStringLiteral("home/before-pin.backup"));
        QCOMPARE(v.run({QStringLiteral("backup"), QStringLiteral("--out"), file}).exitCode, 0);
        const QByteArray atBackup = m_seededContacts;
        const QByteArray pass(PassphraseVault::kPassphrase);
        const CliResult pin
            = v.run({QStringLiteral("profile"), QStringLiteral("pin"), QStringLiteral("owner")}, pass + "\n559371\n");
        QVERIFY2(pin.exitCode == 0, pin.describe());
        QCOMPARE(v.run({QStringLiteral("contact"),
                        QStringLiteral("add"),
                        QStringLiteral("--given"),
                        QStringLiteral("Zoe"),
                        QStringLiteral("--family"),
                        QStringLiteral("Later")},
                       pass + "\n559371\n")
                     .exitCode,
                 0);
        const QStringList restore {
            QStringLiteral("restore"), file, QStringLiteral("--force"), QStringLiteral("--json")};
        const QString replaced = QDir(v.dir()).filePath(QStringLiteral("backups"));
        auto keptCopies
            = [&replaced] { return QDir(replaced).entryList({QStringLiteral("replaced-*")}, QDir::Dirs).size(); };

        // No PIN line: exit 3, naming line 2.
        const CliResult missing = v.run(restore, pass + '\n');
        QVERIFY2(missing.exitCode == 3, missing.describe());
        QCOMPARE(missing.errLines().size(), 1);
        QVERIFY2(missing.errText().contains(QStringLiteral("line 2")), missing.err);
        QCOMPARE(keptCopies(), 0);
        // A wrong PIN: exit 3, the vault's files as they were (the rejected PIN is recorded in its audit trail).
        const QByteArray descriptor = hashOf(QDir(v.dir()).filePath(QStringLiteral("vault.json")));
        const CliResult wrong = v.run(restore, pass + "\n559372\n");
        QVERIFY2(wrong.exitCode == 3, wrong.describe());
        QVERIFY(wrong.out.isEmpty());
        QCOMPARE(keptCopies(), 0);
        QCOMPARE(hashOf(QDir(v.dir()).filePath(QStringLiteral("vault.json"))), descriptor);
        const CliResult stillThere = v.run({QStringLiteral("contact"),
                                            QStringLiteral("list"),
                                            QStringLiteral("--json"),
                                            QStringLiteral("--limit"),
                                            QStringLiteral("10000")},
                                           pass + "\n559371\n");
        QVERIFY2(stillThere.exitCode == 0, stillThere.describe());
        QVERIFY(stillThere.out.contains("Zoe"));

        // The right PIN: restored; the vault is the backup again (its owner had no PIN then).
        const CliResult restored = v.run(restore, pass + "\n559371\n");
        QVERIFY2(restored.exitCode == 0, restored.describe());
        QCOMPARE(keptCopies(), 1);
        QCOMPARE(contactsOf(v), atBackup);
    }

    //! A profile without "back up and restore" (read-only) cannot replace the vault: exit 6, nothing restored,
    //! the denial in the vault's audit trail (checked in core now, no longer only in the CLI).
    void restoreOverAVaultIsDeniedToAProfileThatMayNotRestore()
    {
        PassphraseVault v(freshRoot());
        QVERIFY(seededCopy(v));
        const QString file = v.runner().path(QStringLiteral("home/denied.backup"));
        QCOMPARE(v.run({QStringLiteral("backup"), QStringLiteral("--out"), file}).exitCode, 0);
        QCOMPARE(v.run({QStringLiteral("profile"),
                        QStringLiteral("add"),
                        QStringLiteral("viewer"),
                        QStringLiteral("--role"),
                        QStringLiteral("read-only")})
                     .exitCode,
                 0);
        const QByteArray descriptor = hashOf(QDir(v.dir()).filePath(QStringLiteral("vault.json")));
        const CliResult denied = v.run({QStringLiteral("--profile"),
                                        QStringLiteral("viewer"),
                                        QStringLiteral("restore"),
                                        file,
                                        QStringLiteral("--force")});
        QVERIFY2(denied.exitCode == 6, denied.describe());
        QVERIFY(denied.out.isEmpty());
        QVERIFY(QDir(QDir(v.dir()).filePath(QStringLiteral("backups")))
                    .entryList({QStringLiteral("replaced-*")}, QDir::Dirs)
                    .isEmpty());
        QCOMPARE(hashOf(QDir(v.dir()).filePath(QStringLiteral("vault.json"))), descriptor);
        const CliResult audit = v.run({QStringLiteral("audit"),
                                       QStringLiteral("list"),
                                       QStringLiteral("--action"),
                                       QStringLiteral("access.denied"),
                                       QStringLiteral("--json")});
        QVERIFY2(audit.exitCode == 0, audit.describe());
        const QJsonArray denials = audit.json().value(QStringLiteral("entries")).toArray();
        QCOMPARE(denials.size(), 1);
        QCOMPARE(denials.at(0).toObject().value(QStringLiteral("profile")).toString(), QStringLiteral("viewer"));
        QVERIFY(denials.at(0)
                    .toObject()
                    .value(QStringLiteral("summary"))
                    .toString()
                    .contains(QStringLiteral("attempted=vault.restore")));
    }
};

QTEST_GUILESS_MAIN(TestCliMaintenance)
#include "TestCliMaintenance.moc"
