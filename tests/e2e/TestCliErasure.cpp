// subject erase, contact delete, subject erase-queue, suppression check and hold verbs through the real CLI
// (issue #7): the preview, every refusal with its exit code, the suppression list at contact add and import,
// a restore of a backup taken before the erasure, and what a legal hold keeps and queues.

#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "tests/e2e/CliRunner.h"

using namespace confidant::test;

namespace {

template <typename Vault>
QString addContact(Vault& v, const QStringList& fields)
{
    const CliResult r
        = v.run(QStringList {QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--json")} + fields);
    return r.exitCode == 0 ? r.json().value(QStringLiteral("uid")).toString() : QString();
}

QString ada()
{
    return QStringLiteral("Ada");
}

//! Every value `sql` returns (one text column) that still names Ada (her family name or her email's domain).
QStringList naming(const KeychainVault& v, const char* sql)
{
    auto db = openDirectly(v);
    if (!db) {
        return {QStringLiteral("<cannot open>")};
    }
    auto s = db->prepare(sql);
    if (!s) {
        return {QStringLiteral("<bad query>")};
    }
    QStringList out;
    while (true) {
        auto step = s->step();
        if (!step || *step == confidant::storage::Statement::Step::Done) {
            return out;
        }
        const QString text = s->text(0);
        if (text.contains(QStringLiteral("Lovelace"), Qt::CaseInsensitive)
            || text.contains(QStringLiteral("analytical.example"), Qt::CaseInsensitive)) {
            out << text;
        }
    }
}

bool listsMention(const QJsonObject& preview, const QString& type, const QString& uid, const QString& field)
{
    for (const auto& m : preview.value(QStringLiteral("mentions")).toArray()) {
        const QJsonObject o = m.toObject();
        if (o.value(QStringLiteral("entity_type")).toString() == type
            && o.value(QStringLiteral("entity_uid")).toString() == uid
            && o.value(QStringLiteral("field")).toString() == field) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestCliErasure : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_next = 0;

    QString freshRoot()
    {
        return m_dir.filePath(QStringLiteral("run-%1").arg(++m_next));
    }

private slots:
    void eraseSuppressImportAndRestore()
    {
        KeychainVault v(freshRoot());
        QVERIFY(v.init());
        const QString uid = addContact(v,
                                       {QStringLiteral("--given"),
                                        ada(),
                                        QStringLiteral("--family"),
                                        QStringLiteral("Lovelace"),
                                        QStringLiteral("--email"),
                                        QStringLiteral("ada@example.org"),
                                        QStringLiteral("--phone"),
                                        QStringLiteral("+44 20 7946 0018"),
                                        QStringLiteral("--tag"),
                                        QStringLiteral("analytical")});
        QVERIFY(!uid.isEmpty());
        const QString grace = addContact(v,
                                         {QStringLiteral("--given"),
                                          QStringLiteral("Grace"),
                                          QStringLiteral("--family"),
                                          QStringLiteral("Hopper"),
                                          QStringLiteral("--email"),
                                          QStringLiteral("grace@example.org")});
        QVERIFY(!grace.isEmpty());
        const QString backup = v.runner().path(QStringLiteral("home/before.backup"));
        QCOMPARE(v.run({QStringLiteral("backup"), QStringLiteral("--out"), backup}).exitCode, 0);

        // Without --confirm: the preview, exit 2, nothing erased.
        const CliResult bare = v.run({QStringLiteral("subject"), QStringLiteral("erase"), uid});
        QCOMPARE(bare.exitCode, 2);
        QVERIFY2(bare.outText().contains(QStringLiteral("contacts")), bare.describe());
        QVERIFY(bare.errText().contains(QStringLiteral("--confirm")));
        const CliResult preview = v.run({QStringLiteral("subject"),
                                         QStringLiteral("erase"),
                                         uid,
                                         QStringLiteral("--preview"),
                                         QStringLiteral("--json")});
        QVERIFY2(preview.exitCode == 0, preview.describe());
        QCOMPARE(preview.json().value(QStringLiteral("confirm")).toString(), QStringLiteral("Ada Lovelace"));
        QCOMPARE(preview.json().value(QStringLiteral("removed")).toObject().value(QStringLiteral("contacts")).toInt(),
                 1);
        QCOMPARE(preview.json().value(QStringLiteral("suppressed_identifiers")).toInt(), 2);

        // Refusals, each with its exit code, none writing anything.
        const CliResult wrong = v.run({QStringLiteral("subject"),
                                       QStringLiteral("erase"),
                                       uid,
                                       QStringLiteral("--confirm"),
                                       QStringLiteral("Ada")});
        QCOMPARE(wrong.exitCode, 7);
        QVERIFY(!wrong.errText().contains(QStringLiteral("Lovelace")));
        const CliResult unknown = v.run({QStringLiteral("subject"),
                                         QStringLiteral("erase"),
                                         QStringLiteral("00000000-0000-4000-8000-000000000000"),
                                         QStringLiteral("--confirm"),
                                         QStringLiteral("Ada Lovelace")});
        QCOMPARE(unknown.exitCode, 5);
        const CliResult noRequest = v.run({QStringLiteral("subject"),
                                           QStringLiteral("erase"),
                                           uid,
                                           QStringLiteral("--confirm"),
                                           QStringLiteral("Ada Lovelace"),
                                           QStringLiteral("--request"),
                                           QStringLiteral("REQ-NONE")});
        QCOMPARE(noRequest.exitCode, 5);
        const CliResult both = v.run({QStringLiteral("subject"),
                                      QStringLiteral("erase"),
                                      uid,
                                      QStringLiteral("--confirm"),
                                      QStringLiteral("Ada Lovelace"),
                                      QStringLiteral("--preview")});
        QCOMPARE(both.exitCode, 2);
        QCOMPARE(v.run({QStringLiteral("profile"),
                        QStringLiteral("add"),
                        QStringLiteral("sam"),
                        QStringLiteral("--role"),
                        QStringLiteral("sales-rep")})
                     .exitCode,
                 0);
        const CliResult denied = v.run({QStringLiteral("--profile"),
                                        QStringLiteral("sam"),
                                        QStringLiteral("subject"),
                                        QStringLiteral("erase"),
                                        uid,
                                        QStringLiteral("--confirm"),
                                        QStringLiteral("Ada Lovelace")});
        QCOMPARE(denied.exitCode, 6);
        QCOMPARE(v.run({QStringLiteral("contact"), QStringLiteral("show"), uid}).exitCode, 0);
        QCOMPARE(
            v.run({QStringLiteral("suppression"), QStringLiteral("check"), QStringLiteral("ada@example.org")}).exitCode,
            0);

        // The erasure.
        const CliResult erased = v.run({QStringLiteral("subject"),
                                        QStringLiteral("erase"),
                                        uid,
                                        QStringLiteral("--confirm"),
                                        QStringLiteral("  ada  LOVELACE "),
                                        QStringLiteral("--json")});
        QVERIFY2(erased.exitCode == 0, erased.describe());
        const QJsonObject removed = erased.json().value(QStringLiteral("removed")).toObject();
        QCOMPARE(removed.value(QStringLiteral("contacts")).toInt(), 1);
        QCOMPARE(removed.value(QStringLiteral("contact_tags")).toInt(), 1);
        QCOMPARE(erased.json().value(QStringLiteral("suppression_hashes")).toInt(), 2);
        QCOMPARE(erased.json().value(QStringLiteral("sha256")).toString().size(), 64);
        QVERIFY(!erased.outText().contains(QStringLiteral("Lovelace")));
        QCOMPARE(v.run({QStringLiteral("contact"), QStringLiteral("show"), uid}).exitCode, 5);

        // The suppression list.
        const CliResult listed
            = v.run({QStringLiteral("suppression"), QStringLiteral("check"), QStringLiteral("ADA@example.org")});
        QCOMPARE(listed.exitCode, 1);
        QVERIFY2(listed.errText().contains(QStringLiteral("suppression list")), listed.describe());
        QCOMPARE(v.run({QStringLiteral("suppression"), QStringLiteral("check"), QStringLiteral("+44 (20) 79460018")})
                     .exitCode,
                 1);
        QCOMPARE(v.run({QStringLiteral("suppression"), QStringLiteral("check"), QStringLiteral("grace@example.org")})
                     .exitCode,
                 0);
        QCOMPARE(v.run({QStringLiteral("suppression"), QStringLiteral("check"), QStringLiteral("hello")}).exitCode, 7);
        QCOMPARE(v.run({QStringLiteral("suppression"), QStringLiteral("check")}).exitCode, 2);
        const CliResult readd = v.run({QStringLiteral("contact"),
                                       QStringLiteral("add"),
                                       QStringLiteral("--given"),
                                       ada(),
                                       QStringLiteral("--family"),
                                       QStringLiteral("L"),
                                       QStringLiteral("--email"),
                                       QStringLiteral("ada@example.org")});
        QCOMPARE(readd.exitCode, 1);
        QVERIFY2(readd.errText().contains(QStringLiteral("--force")), readd.describe());

        // Re-importing her CSV row: reported, not added.
        const QString csv = v.runner().path(QStringLiteral("home/people.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Given Name,Family Name,E-mail 1 - Value\nAda,Lovelace,ada@example.org\nKatherine,Johnson,"
                   "kj@example.org\n");
        file.close();
        const CliResult imported = v.run({QStringLiteral("import"), csv, QStringLiteral("--json")});
        QVERIFY2(imported.exitCode == 0, imported.describe());
        QCOMPARE(imported.json().value(QStringLiteral("suppressed_count")).toInt(), 1);
        QCOMPARE(imported.json().value(QStringLiteral("suppressed_lines")).toArray(), QJsonArray {2});
        QCOMPARE(imported.json().value(QStringLiteral("imported")).toObject().value(QStringLiteral("created")).toInt(),
                 1);
        const CliResult search
            = v.run({QStringLiteral("search"), QStringLiteral("Lovelace"), QStringLiteral("--json")});
        QVERIFY2(search.exitCode == 0, search.describe());
        QVERIFY(!search.outText().contains(uid));
        QVERIFY(!search.outText().contains(QStringLiteral("Lovelace")));
        QVERIFY(v.run({QStringLiteral("search"), QStringLiteral("Katherine")})
                    .outText()
                    .contains(QStringLiteral("Johnson")));

        // A backup from before the erasure, restored over the vault (line 1: the backup's recovery code): she
        // stays erased, still suppressed.
        const CliResult restored
            = v.runWithInput({QStringLiteral("restore"), backup, QStringLiteral("--force"), QStringLiteral("--json")},
                             v.recoveryCode().toLatin1() + '\n');
        QVERIFY2(restored.exitCode == 0, restored.describe());
        QCOMPARE(restored.json().value(QStringLiteral("erasures_reapplied")).toInt(), 1);
        QCOMPARE(v.run({QStringLiteral("contact"), QStringLiteral("show"), uid}).exitCode, 5);
        QCOMPARE(v.run({QStringLiteral("contact"), QStringLiteral("show"), grace}).exitCode, 0);
        QCOMPARE(
            v.run({QStringLiteral("suppression"), QStringLiteral("check"), QStringLiteral("ada@example.org")}).exitCode,
            1);
        QCOMPARE(v.run({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);

        // A deliberate override, audited.
        const CliResult forced = v.run({QStringLiteral("contact"),
                                        QStringLiteral("add"),
                                        QStringLiteral("--given"),
                                        ada(),
                                        QStringLiteral("--family"),
                                        QStringLiteral("L"),
                                        QStringLiteral("--email"),
                                        QStringLiteral("ada@example.org"),
                                        QStringLiteral("--force")});
        QVERIFY2(forced.exitCode == 0, forced.describe());
        const CliResult audit = v.run({QStringLiteral("audit"),
                                       QStringLiteral("list"),
                                       QStringLiteral("--action"),
                                       QStringLiteral("contact.create"),
                                       QStringLiteral("--json")});
        QVERIFY(audit.outText().contains(QStringLiteral("suppression_override=1")));
    }

    //! The erasure ledger travels: a backup taken before an erasure, restored into another folder from the
    //! backup file and the ledger file beside it, keeps the person erased. Before, she came back ("applied
    //! again: 0") without a word. Without a ledger newer than the backup the restore refuses; the override
    //! restores her, says so and is recorded in the restored vault's audit trail.
    void restoreIntoAnotherFolderKeepsTheErasure()
    {
        PassphraseVault v(freshRoot());
        QVERIFY(v.init());
        const QString uid = addContact(v,
                                       {QStringLiteral("--given"),
                                        QStringLiteral("Zelphine"),
                                        QStringLiteral("--family"),
                                        QStringLiteral("Quorvath"),
                                        QStringLiteral("--email"),
                                        QStringLiteral("zelphine@example.org")});
        QVERIFY(!uid.isEmpty());
        const QString grace = addContact(v,
                                         {QStringLiteral("--given"),
                                          QStringLiteral("Grace"),
                                          QStringLiteral("--family"),
                                          QStringLiteral("Hopper"),
                                          QStringLiteral("--email"),
                                          QStringLiteral("grace@example.org")});
        QVERIFY(!grace.isEmpty());
        const CliResult backup = v.run({QStringLiteral("backup"), QStringLiteral("--json")});
        QVERIFY2(backup.exitCode == 0, backup.describe());
        const QString backupFile = backup.json().value(QStringLiteral("path")).toString();
        const QString ledger = QDir(v.dir()).filePath(QStringLiteral("backups/erasure-ledger.cfl"));
        QCOMPARE(backup.json().value(QStringLiteral("erasure_ledger")).toString(), ledger);
        QCOMPARE(QFileInfo(backupFile).absolutePath(), QFileInfo(ledger).absolutePath());
        const CliResult erased = v.run({QStringLiteral("subject"),
                                        QStringLiteral("erase"),
                                        uid,
                                        QStringLiteral("--confirm"),
                                        QStringLiteral("Zelphine Quorvath")});
        QVERIFY2(erased.exitCode == 0, erased.describe());
        QVERIFY2(!erased.errText().contains(QStringLiteral("ledger")), erased.describe());

        // Beside the backups: owner-only, encrypted, no name, email or uid in its bytes.
        QCOMPARE(
            QFileInfo(ledger).permissions()
                & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
            QFileDevice::Permissions());
        QFile raw(ledger);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        raw.close();
        for (const QString& canary : {QStringLiteral("Zelphine"),
                                      QStringLiteral("Quorvath"),
                                      QStringLiteral("zelphine@example.org"),
                                      uid,
                                      QStringLiteral("erasure_ledger"),
                                      QStringLiteral("SQLite format 3")}) {
            QVERIFY2(!bytes.contains(canary.toUtf8()), qPrintable(canary));
        }

        // Another computer: the backup file and the ledger file in a folder of their own.
        const QString usb = v.runner().path(QStringLiteral("usb"));
        QVERIFY(QDir().mkpath(usb));
        const QString copy = QDir(usb).filePath(QStringLiteral("before.backup"));
        const QString ledgerCopy = QDir(usb).filePath(QStringLiteral("erasure-ledger.cfl"));
        QVERIFY(QFile::copy(backupFile, copy));
        QVERIFY(QFile::copy(ledger, ledgerCopy));
        PassphraseVault laptop(freshRoot());
        const CliResult restored = laptop.run({QStringLiteral("restore"), copy, QStringLiteral("--json")});
        QVERIFY2(restored.exitCode == 0, restored.describe());
        QCOMPARE(restored.json().value(QStringLiteral("erasures_reapplied")).toInt(), 1);
        QVERIFY(restored.json().value(QStringLiteral("erasures_verified")).toBool());
        const QJsonArray ledgers = restored.json().value(QStringLiteral("ledgers")).toArray();
        QCOMPARE(ledgers.size(), 1);
        QCOMPARE(ledgers.first().toObject().value(QStringLiteral("source")).toString(), QStringLiteral("file"));
        QCOMPARE(ledgers.first().toObject().value(QStringLiteral("path")).toString(), ledgerCopy);
        QCOMPARE(ledgers.first().toObject().value(QStringLiteral("entries")).toInt(), 1);
        QCOMPARE(laptop.run({QStringLiteral("contact"), QStringLiteral("show"), uid}).exitCode, 5);
        QCOMPARE(laptop.run({QStringLiteral("contact"), QStringLiteral("show"), grace}).exitCode, 0);
        QCOMPARE(
            laptop.run({QStringLiteral("suppression"), QStringLiteral("check"), QStringLiteral("zelphine@example.org")})
                .exitCode,
            1);
        QCOMPARE(laptop.run({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);

        // Without the ledger file: refused in one line, exit 1, nothing written.
        QVERIFY(QFile::remove(ledgerCopy));
        PassphraseVault refused(freshRoot());
        const CliResult refusal = refused.run({QStringLiteral("restore"), copy});
        QCOMPARE(refusal.exitCode, 1);
        QCOMPARE(refusal.errLines().size(), 1);
        QVERIFY2(refusal.errText().contains(QStringLiteral("--ledger"))
                     && refusal.errText().contains(QStringLiteral("--accept-unverified-erasures")),
                 refusal.describe());
        QVERIFY(!QFileInfo::exists(refused.dir()));

        // The vault's ledger named with --ledger: applied again.
        PassphraseVault named(freshRoot());
        const CliResult withLedger = named.run(
            {QStringLiteral("restore"), copy, QStringLiteral("--ledger"), ledger, QStringLiteral("--json")});
        QVERIFY2(withLedger.exitCode == 0, withLedger.describe());
        QCOMPARE(withLedger.json().value(QStringLiteral("erasures_reapplied")).toInt(), 1);
        QCOMPARE(named.run({QStringLiteral("contact"), QStringLiteral("show"), uid}).exitCode, 5);

        // The override: restored with her, a warning, and the restored vault's trail says why.
        PassphraseVault accepted(freshRoot());
        const CliResult overridden = accepted.run({QStringLiteral("restore"),
                                                   copy,
                                                   QStringLiteral("--accept-unverified-erasures"),
                                                   QStringLiteral("--json")});
        QVERIFY2(overridden.exitCode == 0, overridden.describe());
        QVERIFY(!overridden.json().value(QStringLiteral("erasures_verified")).toBool(true));
        QCOMPARE(overridden.json().value(QStringLiteral("erasures_reapplied")).toInt(), 0);
        QCOMPARE(overridden.json().value(QStringLiteral("warnings")).toArray().size(), 1);
        QCOMPARE(overridden.errLines().size(), 1);
        QCOMPARE(accepted.run({QStringLiteral("contact"), QStringLiteral("show"), uid}).exitCode, 0);
        const CliResult trail = accepted.run({QStringLiteral("audit"),
                                              QStringLiteral("list"),
                                              QStringLiteral("--action"),
                                              QStringLiteral("vault.restore_unverified"),
                                              QStringLiteral("--json")});
        QVERIFY2(trail.exitCode == 0, trail.describe());
        const QJsonArray entries = trail.json().value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 1);
        const QJsonObject entry = entries.first().toObject();
        QVERIFY2(entry.value(QStringLiteral("summary"))
                     .toString()
                     .contains(QStringLiteral("override=accept-unverified-erasures")),
                 trail.out);
        QVERIFY(entry.value(QStringLiteral("summary")).toString().contains(QStringLiteral("reason=no-ledger")));
        QCOMPARE(entry.value(QStringLiteral("profile_uid")).toString(), QStringLiteral("system:restore"));
    }

    void holdVerbsAndAHeldErasure()
    {
        KeychainVault v(freshRoot());
        QVERIFY(v.init());
        const QString uid = addContact(v,
                                       {QStringLiteral("--given"),
                                        QStringLiteral("Hedy"),
                                        QStringLiteral("--family"),
                                        QStringLiteral("Lamarr"),
                                        QStringLiteral("--email"),
                                        QStringLiteral("hedy@example.org")});
        QVERIFY(!uid.isEmpty());
        const QString hold = QStringLiteral("hold");
        QCOMPARE(v.run({hold, QStringLiteral("add"), QStringLiteral("contact"), uid}).exitCode, 2);
        QCOMPARE(v.run({hold,
                        QStringLiteral("add"),
                        QStringLiteral("contact"),
                        uid,
                        QStringLiteral("--reason"),
                        QStringLiteral("x"),
                        QStringLiteral("--until"),
                        QStringLiteral("someday")})
                     .exitCode,
                 2);
        QCOMPARE(v.run({hold,
                        QStringLiteral("add"),
                        QStringLiteral("planet"),
                        uid,
                        QStringLiteral("--reason"),
                        QStringLiteral("x")})
                     .exitCode,
                 7);
        QCOMPARE(v.run({hold,
                        QStringLiteral("add"),
                        QStringLiteral("deal"),
                        QStringLiteral("nope"),
                        QStringLiteral("--reason"),
                        QStringLiteral("x")})
                     .exitCode,
                 5);
        const CliResult added = v.run({hold,
                                       QStringLiteral("add"),
                                       QStringLiteral("contact"),
                                       uid,
                                       QStringLiteral("--reason"),
                                       QStringLiteral("Invoices, 10 years"),
                                       QStringLiteral("--until"),
                                       QStringLiteral("2099-12-31"),
                                       QStringLiteral("--json")});
        QVERIFY2(added.exitCode == 0, added.describe());
        const QString holdUid = added.json().value(QStringLiteral("uid")).toString();
        QCOMPARE(added.json().value(QStringLiteral("until")).toString(), QStringLiteral("2099-12-31"));
        const CliResult list = v.run({hold, QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.json().value(QStringLiteral("holds")).toArray().size(), 1);

        const CliResult preview
            = v.run({QStringLiteral("subject"), QStringLiteral("erase"), uid, QStringLiteral("--preview")});
        QVERIFY2(preview.outText().contains(QStringLiteral("Invoices, 10 years")), preview.describe());
        const CliResult erased = v.run({QStringLiteral("subject"),
                                        QStringLiteral("erase"),
                                        uid,
                                        QStringLiteral("--confirm"),
                                        QStringLiteral("Hedy Lamarr"),
                                        QStringLiteral("--vacuum"),
                                        QStringLiteral("--json")});
        QVERIFY2(erased.exitCode == 0, erased.describe());
        QCOMPARE(erased.json().value(QStringLiteral("kept")).toObject().value(QStringLiteral("contacts")).toInt(), 1);
        QCOMPARE(erased.json().value(QStringLiteral("queued")).toInt(), 1);
        QVERIFY(erased.json().value(QStringLiteral("vacuumed")).toBool());
        // Kept unchanged and restricted (Art. 17(3)(e), 18(1)(c)): the row is there with the name.
        const CliResult shown
            = v.run({QStringLiteral("contact"), QStringLiteral("show"), uid, QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(shown.json().value(QStringLiteral("family")).toString(), QStringLiteral("Lamarr"));
        QVERIFY(!shown.json().value(QStringLiteral("restricted_at")).isNull());
        QCOMPARE(v.run({QStringLiteral("contact"),
                        QStringLiteral("edit"),
                        uid,
                        QStringLiteral("--city"),
                        QStringLiteral("Vienna")})
                     .exitCode,
                 1);
        // The queue shows what waits, for whom and why.
        const QString eraseQueue = QStringLiteral("erase-queue");
        const CliResult queued = v.run({QStringLiteral("subject"), eraseQueue, QStringLiteral("--json")});
        QVERIFY2(queued.exitCode == 0, queued.describe());
        const QJsonArray items = queued.json().value(QStringLiteral("queue")).toArray();
        QCOMPARE(items.size(), 1);
        const QJsonObject item = items.first().toObject();
        QCOMPARE(item.value(QStringLiteral("contact_uid")).toString(), uid);
        QCOMPARE(item.value(QStringLiteral("entity_type")).toString(), QStringLiteral("contact"));
        QCOMPARE(item.value(QStringLiteral("hold_uid")).toString(), holdUid);
        QCOMPARE(item.value(QStringLiteral("hold_reason")).toString(), QStringLiteral("Invoices, 10 years"));
        QCOMPARE(item.value(QStringLiteral("state")).toString(), QStringLiteral("waiting"));
        const CliResult queuedText = v.run({QStringLiteral("subject"), eraseQueue});
        QVERIFY2(queuedText.outText().contains(uid), queuedText.describe());

        // Releasing the hold runs the queued erasure.
        QCOMPARE(v.run({hold, QStringLiteral("release"), holdUid}).exitCode, 0);
        QCOMPARE(v.run({QStringLiteral("contact"), QStringLiteral("show"), uid}).exitCode, 5);
        QCOMPARE(v.run({QStringLiteral("subject"), eraseQueue, QStringLiteral("--json")})
                     .json()
                     .value(QStringLiteral("queue"))
                     .toArray()
                     .size(),
                 0);
        const CliResult done
            = v.run({QStringLiteral("subject"), eraseQueue, QStringLiteral("--all"), QStringLiteral("--json")});
        QCOMPARE(done.json().value(QStringLiteral("queue")).toArray().size(), 1);
        QCOMPARE(done.json()
                     .value(QStringLiteral("queue"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("done"));
        QCOMPARE(v.run({QStringLiteral("suppression"), QStringLiteral("check"), QStringLiteral("hedy@example.org")})
                     .exitCode,
                 1);
        QCOMPARE(v.run({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
        QCOMPARE(v.run({hold, QStringLiteral("release"), holdUid}).exitCode, 7);
        QCOMPARE(v.run({hold, QStringLiteral("release"), QStringLiteral("nope")}).exitCode, 5);
        QCOMPARE(v.run({hold, QStringLiteral("list"), QStringLiteral("--json")})
                     .json()
                     .value(QStringLiteral("holds"))
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(v.run({hold, QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--json")})
                     .json()
                     .value(QStringLiteral("holds"))
                     .toArray()
                     .size(),
                 1);
    }

    //! Issue 16 items 6 and 7 through the real CLI: Bob's notes name Ada, and an earlier value of them too.
    //! `subject redact-mention` puts the marker in his notes and leaves no copy in his change history (read
    //! from the file); the audit entry holds no value. The activity she shares with Bob and a saved filter
    //! naming her are listed by the preview and redacted by the erasure, and so is the old value. Before,
    //! the verb did not exist (exit 2), editing the notes copied her into the history, and the erasure left
    //! the history, the shared activity and the filter as they were.
    void redactMentionAndErasureLeaveNoWordsBehind()
    {
        KeychainVault v(freshRoot());
        QVERIFY(v.init());
        const QString uid = addContact(v,
                                       {QStringLiteral("--given"),
                                        ada(),
                                        QStringLiteral("--family"),
                                        QStringLiteral("Lovelace"),
                                        QStringLiteral("--email"),
                                        QStringLiteral("ada@analytical.example")});
        QVERIFY(!uid.isEmpty());
        const QString bob = addContact(v,
                                       {QStringLiteral("--given"),
                                        QStringLiteral("Bob"),
                                        QStringLiteral("--family"),
                                        QStringLiteral("Babbage"),
                                        QStringLiteral("--notes"),
                                        QStringLiteral("Ada Lovelace's friend")});
        QVERIFY(!bob.isEmpty());
        const CliResult edited = v.run({QStringLiteral("contact"),
                                        QStringLiteral("edit"),
                                        bob,
                                        QStringLiteral("--notes"),
                                        QStringLiteral("Met Ada Lovelace; mail ada@analytical.example")});
        QVERIFY2(edited.exitCode == 0, edited.describe());
        const char* bobHistory = "SELECT coalesce(h.old_value, '') FROM contact_field_history AS h JOIN contacts AS c "
                                 "ON c.id = h.contact_id WHERE c.given_name = 'Bob'";
        QCOMPARE(naming(v, bobHistory).size(), 1);

        const CliResult listed = v.run({QStringLiteral("subject"),
                                        QStringLiteral("erase"),
                                        uid,
                                        QStringLiteral("--preview"),
                                        QStringLiteral("--json")});
        QVERIFY2(listed.exitCode == 0, listed.describe());
        QVERIFY2(listsMention(listed.json(), QStringLiteral("contact"), bob, QStringLiteral("notes")),
                 listed.describe());
        QVERIFY(listsMention(listed.json(), QStringLiteral("contact"), bob, QStringLiteral("history:notes")));

        const CliResult redacted = v.run({QStringLiteral("subject"),
                                          QStringLiteral("redact-mention"),
                                          uid,
                                          QStringLiteral("contact"),
                                          bob,
                                          QStringLiteral("notes"),
                                          QStringLiteral("--json")});
        QVERIFY2(redacted.exitCode == 0, redacted.describe());
        QCOMPARE(redacted.json().value(QStringLiteral("replaced")).toInt(), 3);
        QVERIFY(!redacted.errText().contains(QStringLiteral("Lovelace")));
        const CliResult shown
            = v.run({QStringLiteral("contact"), QStringLiteral("show"), bob, QStringLiteral("--json")});
        QVERIFY2(shown.outText().contains(QStringLiteral("Met [redacted]; mail [redacted]")), shown.describe());
        QVERIFY2(naming(v, bobHistory).isEmpty(), qPrintable(naming(v, bobHistory).join(u'|')));
        QCOMPARE(naming(v,
                        "SELECT entity_type || ' ' || entity_uid || ' ' || summary FROM audit_log WHERE action = "
                        "'subject.redact_mention'")
                     .size(),
                 0);
        {
            auto db = openDirectly(v); // closed again before the next command runs
            QVERIFY(db);
            QCOMPARE(*db->queryInt("SELECT count(*) FROM audit_log WHERE action = 'subject.redact_mention'"),
                     qint64(1));
        }
        // Redacting again finds nothing: exit 5; a type that holds no mention: exit 7.
        QCOMPARE(v.run({QStringLiteral("subject"),
                        QStringLiteral("redact-mention"),
                        uid,
                        QStringLiteral("contact"),
                        bob,
                        QStringLiteral("notes")})
                     .exitCode,
                 5);
        QCOMPARE(v.run({QStringLiteral("subject"),
                        QStringLiteral("redact-mention"),
                        uid,
                        QStringLiteral("purpose"),
                        bob,
                        QStringLiteral("notes")})
                     .exitCode,
                 7);

        // An old value naming her again, a shared activity and a saved filter.
        QCOMPARE(v.run({QStringLiteral("contact"),
                        QStringLiteral("edit"),
                        bob,
                        QStringLiteral("--notes"),
                        QStringLiteral("Ada Lovelace again")})
                     .exitCode,
                 0);
        QCOMPARE(v.run({QStringLiteral("contact"),
                        QStringLiteral("edit"),
                        bob,
                        QStringLiteral("--notes"),
                        QStringLiteral("Plays chess")})
                     .exitCode,
                 0);
        const CliResult lunch = v.run({QStringLiteral("activity"),
                                       QStringLiteral("add"),
                                       QStringLiteral("--json"),
                                       QStringLiteral("--kind"),
                                       QStringLiteral("meeting"),
                                       QStringLiteral("--subject"),
                                       QStringLiteral("Lunch with Ada Lovelace"),
                                       QStringLiteral("--contact"),
                                       uid,
                                       QStringLiteral("--contact"),
                                       bob});
        QVERIFY2(lunch.exitCode == 0, lunch.describe());
        const QString lunchUid = lunch.json().value(QStringLiteral("uid")).toString();
        const CliResult filter = v.run({QStringLiteral("filter"),
                                        QStringLiteral("add"),
                                        QStringLiteral("Ada Lovelace leads"),
                                        QStringLiteral("--search"),
                                        QStringLiteral("ada@analytical.example")});
        QVERIFY2(filter.exitCode == 0, filter.describe());
        const CliResult before = v.run({QStringLiteral("subject"),
                                        QStringLiteral("erase"),
                                        uid,
                                        QStringLiteral("--preview"),
                                        QStringLiteral("--json")});
        QVERIFY2(before.exitCode == 0, before.describe());
        QVERIFY2(listsMention(before.json(), QStringLiteral("contact"), bob, QStringLiteral("history:notes")),
                 before.describe());
        QVERIFY(listsMention(before.json(), QStringLiteral("activity"), lunchUid, QStringLiteral("subject")));
        bool filterListed = false;
        for (const auto& m : before.json().value(QStringLiteral("mentions")).toArray()) {
            filterListed = filterListed
                || m.toObject().value(QStringLiteral("entity_type")).toString() == QStringLiteral("saved_filter");
        }
        QVERIFY(filterListed);

        const CliResult erased = v.run({QStringLiteral("subject"),
                                        QStringLiteral("erase"),
                                        uid,
                                        QStringLiteral("--confirm"),
                                        QStringLiteral("Ada Lovelace"),
                                        QStringLiteral("--json")});
        QVERIFY2(erased.exitCode == 0, erased.describe());
        QVERIFY(naming(v, "SELECT coalesce(old_value, '') FROM contact_field_history").isEmpty());
        QVERIFY(naming(v, "SELECT subject || ' ' || body FROM activities").isEmpty());
        QVERIFY(naming(v, "SELECT name || ' ' || definition FROM saved_filters").isEmpty());
        QVERIFY(naming(v, "SELECT summary FROM audit_log").isEmpty());
        QCOMPARE(naming(v, "SELECT subject FROM activities").size(), 0);
        auto after = openDirectly(v);
        QVERIFY(after);
        QCOMPARE(*after->queryInt("SELECT count(*) FROM activities WHERE subject = 'Lunch with [redacted]'"),
                 qint64(1));
        QCOMPARE(v.run({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    }

    //! `contact delete` is an erasure: without --yes it shows what would go (exit 2); with it the person goes
    //! on the suppression list and the erasure ledger, with an audited receipt. Before, it was a bare DELETE.
    void contactDeleteIsAnErasure()
    {
        KeychainVault v(freshRoot());
        QVERIFY(v.init());
        const QString uid = addContact(v,
                                       {QStringLiteral("--given"),
                                        QStringLiteral("Grace"),
                                        QStringLiteral("--family"),
                                        QStringLiteral("Hopper"),
                                        QStringLiteral("--email"),
                                        QStringLiteral("grace@example.org")});
        QVERIFY(!uid.isEmpty());
        const QString contact = QStringLiteral("contact");
        const QString del = QStringLiteral("delete");
        const QString yes = QStringLiteral("--yes");

        const CliResult unconfirmed = v.run({contact, del, uid});
        QCOMPARE(unconfirmed.exitCode, 2);
        QVERIFY2(unconfirmed.errText().contains(yes), unconfirmed.describe());
        QVERIFY2(unconfirmed.outText().contains(QStringLiteral("suppression list")), unconfirmed.describe());
        QCOMPARE(v.run({contact, QStringLiteral("show"), uid}).exitCode, 0);
        QCOMPARE(v.run({QStringLiteral("suppression"), QStringLiteral("check"), QStringLiteral("grace@example.org")})
                     .exitCode,
                 0);

        const CliResult deleted = v.run({contact, del, uid, yes, QStringLiteral("--json")});
        QVERIFY2(deleted.exitCode == 0, deleted.describe());
        QCOMPARE(deleted.json().value(QStringLiteral("deleted")).toBool(), true);
        const QJsonObject receipt = deleted.json().value(QStringLiteral("receipt")).toObject();
        QCOMPARE(receipt.value(QStringLiteral("suppression_hashes")).toInt(), 1);
        QCOMPARE(receipt.value(QStringLiteral("removed")).toObject().value(QStringLiteral("contacts")).toInt(), 1);
        QCOMPARE(receipt.value(QStringLiteral("sha256")).toString().size(), 64);
        QCOMPARE(v.run({contact, QStringLiteral("show"), uid}).exitCode, 5);
        QCOMPARE(v.run({QStringLiteral("suppression"), QStringLiteral("check"), QStringLiteral("grace@example.org")})
                     .exitCode,
                 1);
        const CliResult audit = v.run({QStringLiteral("audit"),
                                       QStringLiteral("list"),
                                       QStringLiteral("--action"),
                                       QStringLiteral("contact.delete"),
                                       QStringLiteral("--json")});
        QVERIFY2(audit.outText().contains(QStringLiteral("receipt=") + receipt.value(QStringLiteral("uid")).toString()),
                 audit.describe());
        QVERIFY(!audit.outText().contains(QStringLiteral("Hopper")));
        // A restore of an older vault would bring her back without the ledger entry this wrote.
        QCOMPARE(v.run({QStringLiteral("contact"),
                        QStringLiteral("add"),
                        QStringLiteral("--given"),
                        QStringLiteral("Grace"),
                        QStringLiteral("--family"),
                        QStringLiteral("Hopper"),
                        QStringLiteral("--email"),
                        QStringLiteral("grace@example.org")})
                     .exitCode,
                 1);

        // Under a legal hold a delete keeps the contact, restricted, and queues its erasure.
        const QString held = addContact(v,
                                        {QStringLiteral("--given"),
                                         QStringLiteral("Hedy"),
                                         QStringLiteral("--family"),
                                         QStringLiteral("Lamarr"),
                                         QStringLiteral("--email"),
                                         QStringLiteral("hedy@example.org")});
        QVERIFY(!held.isEmpty());
        QCOMPARE(v.run({QStringLiteral("hold"),
                        QStringLiteral("add"),
                        contact,
                        held,
                        QStringLiteral("--reason"),
                        QStringLiteral("invoice dispute pending")})
                     .exitCode,
                 0);
        const CliResult kept = v.run({contact, del, held, yes, QStringLiteral("--json")});
        QVERIFY2(kept.exitCode == 0, kept.describe());
        QCOMPARE(kept.json().value(QStringLiteral("deleted")).toBool(), false);
        QCOMPARE(kept.json().value(QStringLiteral("receipt")).toObject().value(QStringLiteral("queued")).toInt(), 1);
        const CliResult shown = v.run({contact, QStringLiteral("show"), held, QStringLiteral("--json")});
        QCOMPARE(shown.json().value(QStringLiteral("family")).toString(), QStringLiteral("Lamarr"));
        QVERIFY(!shown.json().value(QStringLiteral("restricted_at")).isNull());
        // Already queued: a second delete is a conflict, and nothing changes.
        QCOMPARE(v.run({contact, del, held, yes}).exitCode, 1);
        QCOMPARE(v.run({QStringLiteral("subject"), QStringLiteral("erase-queue"), QStringLiteral("--json")})
                     .json()
                     .value(QStringLiteral("queue"))
                     .toArray()
                     .size(),
                 1);
    }

    //! Art. 17(3)(e): `deal delete` of a held deal, and `company delete` of the company that deal belongs to,
    //! exit 1 with one line naming the hold, and the deal stays. Before, both went through (exit 0).
    void heldDealIsNotDeleted()
    {
        KeychainVault v(freshRoot());
        QVERIFY(v.init());
        const CliResult company = v.run({QStringLiteral("company"),
                                         QStringLiteral("add"),
                                         QStringLiteral("--name"),
                                         QStringLiteral("Analytical Engines Ltd"),
                                         QStringLiteral("--json")});
        QVERIFY2(company.exitCode == 0, company.describe());
        const QString companyUid = company.json().value(QStringLiteral("uid")).toString();
        const CliResult deal = v.run({QStringLiteral("deal"),
                                      QStringLiteral("add"),
                                      QStringLiteral("--title"),
                                      QStringLiteral("Difference engine"),
                                      QStringLiteral("--company"),
                                      companyUid,
                                      QStringLiteral("--json")});
        QVERIFY2(deal.exitCode == 0, deal.describe());
        const QString dealUid = deal.json().value(QStringLiteral("uid")).toString();
        QVERIFY(!dealUid.isEmpty());
        const CliResult added = v.run({QStringLiteral("hold"),
                                       QStringLiteral("add"),
                                       QStringLiteral("deal"),
                                       dealUid,
                                       QStringLiteral("--reason"),
                                       QStringLiteral("Tax records, 10 years"),
                                       QStringLiteral("--json")});
        QVERIFY2(added.exitCode == 0, added.describe());
        const QString holdUid = added.json().value(QStringLiteral("uid")).toString();

        const CliResult refused = v.run({QStringLiteral("deal"), QStringLiteral("delete"), dealUid});
        QVERIFY2(refused.exitCode == 1, refused.describe());
        QCOMPARE(refused.errLines().size(), 1);
        QVERIFY2(refused.errText().contains(holdUid), refused.describe());
        QVERIFY(refused.errText().contains(QStringLiteral("legal hold")));
        QVERIFY(!refused.errText().contains(QStringLiteral("Tax records")));
        const CliResult shown
            = v.run({QStringLiteral("deal"), QStringLiteral("show"), dealUid, QStringLiteral("--json")});
        QVERIFY2(shown.exitCode == 0, shown.describe());
        QCOMPARE(shown.json().value(QStringLiteral("title")).toString(), QStringLiteral("Difference engine"));
        // Deleting its company would take the held deal's company away: refused too.
        const CliResult companyRefused = v.run({QStringLiteral("company"), QStringLiteral("delete"), companyUid});
        QVERIFY2(companyRefused.exitCode == 1, companyRefused.describe());
        QVERIFY(companyRefused.errText().contains(holdUid));
        QCOMPARE(v.run({QStringLiteral("company"), QStringLiteral("show"), companyUid}).exitCode, 0);

        QCOMPARE(v.run({QStringLiteral("hold"), QStringLiteral("release"), holdUid}).exitCode, 0);
        QCOMPARE(v.run({QStringLiteral("deal"), QStringLiteral("delete"), dealUid}).exitCode, 0);
        QCOMPARE(v.run({QStringLiteral("deal"), QStringLiteral("show"), dealUid}).exitCode, 5);
    }
};

QTEST_GUILESS_MAIN(TestCliErasure)
#include "TestCliErasure.moc"
