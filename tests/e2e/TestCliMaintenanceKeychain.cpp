// Keychain-mode backups and key rotation against the real Secret Service (tests/support/with-keyring.sh):
// a backup taken while the GUI has the vault open restores to identical contents and opens with the
// recovery code; killing a rotation at any step leaves a vault that opens from the keychain.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "tests/e2e/CliRunner.h"

using namespace confidant::test;

namespace {

const QRegularExpression kCodeLine(QStringLiteral("^[0-9A-Z]{4}(-[0-9A-Z]{4}){13}$"),
                                   QRegularExpression::MultilineOption);

// Whether process `pid` has `file` open (Linux /proc): the GUI has unlocked the vault.
bool hasOpen(qint64 pid, const QString& file)
{
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    const QString wanted = QFileInfo(file).canonicalFilePath();
    for (const QFileInfo& fd : fds.entryInfoList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
        if (QFileInfo(fd.symLinkTarget()).canonicalFilePath() == wanted) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestCliMaintenanceKeychain : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_next = 0;

    struct Vault
    {
        QString dir;
        QString code;
    };

    CliRunner runner()
    {
        return CliRunner(m_dir.filePath(QStringLiteral("run-%1").arg(++m_next)));
    }

    static Vault create(CliRunner& cli)
    {
        Vault v;
        v.dir = cli.path(QStringLiteral("data/vault"));
        const CliResult r = cli.run({QStringLiteral("--vault"), v.dir, QStringLiteral("init")});
        if (r.exitCode != 0) {
            qWarning("init failed: %s", r.describe().constData());
            return v;
        }
        v.code = kCodeLine.match(r.outText()).captured(0);
        for (const char* name : {"Ada", "Grace", "Hedy"}) {
            cli.run({QStringLiteral("--vault"),
                     v.dir,
                     QStringLiteral("contact"),
                     QStringLiteral("add"),
                     QStringLiteral("--given"),
                     QString::fromLatin1(name),
                     QStringLiteral("--family"),
                     QStringLiteral("Tester"),
                     QStringLiteral("--phone"),
                     QStringLiteral("+49 30 555 0100")});
        }
        return v;
    }

    static QByteArray contactsOf(CliRunner& cli, const QString& dir)
    {
        const CliResult r = cli.run({QStringLiteral("--vault"),
                                     dir,
                                     QStringLiteral("contact"),
                                     QStringLiteral("list"),
                                     QStringLiteral("--json")});
        return r.exitCode == 0 ? r.out : QByteArray("failed: ") + r.describe();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run under tests/support/with-keyring.sh (ctest does this)");
    }

    void backupWhileTheGuiHasTheVaultOpen()
    {
        CliRunner cli = runner();
        const Vault v = create(cli);
        QVERIFY(!v.code.isEmpty());
        const QByteArray contacts = contactsOf(cli, v.dir);
        QVERIFY(contacts.contains("Grace"));

        QProcess gui;
        QProcessEnvironment env = cli.environment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        gui.setProcessEnvironment(env);
        gui.start(qEnvironmentVariable("CONFIDANT_GUI"), {QStringLiteral("--vault"), v.dir});
        QVERIFY(gui.waitForStarted(-1));
        const QString db = QDir(v.dir).filePath(QStringLiteral("confidant.db"));
        QTRY_VERIFY2_WITH_TIMEOUT(hasOpen(gui.processId(), db), gui.readAllStandardError().constData(), 60000);

        const QString file = cli.path(QStringLiteral("home/while-open.backup"));
        const CliResult backup
            = cli.run({QStringLiteral("--vault"), v.dir, QStringLiteral("backup"), QStringLiteral("--out"), file});
        QVERIFY2(backup.exitCode == 0, backup.describe());
        // While the GUI has it open, the key cannot be changed nor the vault replaced underneath it.
        const CliResult rekey = cli.run({QStringLiteral("--vault"), v.dir, QStringLiteral("rekey")});
        QCOMPARE(rekey.exitCode, 1);
        QVERIFY2(rekey.errText().contains(QStringLiteral("open in another")), rekey.err);
        const CliResult replace
            = cli.run({QStringLiteral("--vault"), v.dir, QStringLiteral("restore"), QStringLiteral("--force"), file},
                      v.code.toLatin1() + '\n');
        QCOMPARE(replace.exitCode, 1);
        QVERIFY(QFileInfo::exists(db));
        QVERIFY(gui.state() == QProcess::Running);
        gui.terminate();
        if (!gui.waitForFinished(30000)) {
            gui.kill();
            gui.waitForFinished(-1);
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(16) != QByteArray("SQLite format 3\0", 16));
        f.close();

        // On a "new laptop": another folder, the recovery code on stdin, the vault's erasure ledger named (the
        // backup was written outside the backups folder, so none is beside it).
        CliRunner laptop = runner();
        const QString target = laptop.path(QStringLiteral("data/restored"));
        const CliResult restored = laptop.run({QStringLiteral("--vault"),
                                               target,
                                               QStringLiteral("restore"),
                                               file,
                                               QStringLiteral("--ledger"),
                                               QDir(v.dir).filePath(QStringLiteral("backups/erasure-ledger.cfl"))},
                                              v.code.toLatin1() + '\n');
        QVERIFY2(restored.exitCode == 0, restored.describe());
        QCOMPARE(contactsOf(laptop, target), contacts);
        QCOMPARE(
            laptop.run({QStringLiteral("--vault"), target, QStringLiteral("audit"), QStringLiteral("verify")}).exitCode,
            0);
    }

    void killDuringRekeyAlwaysOpensFromTheKeychain_data()
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
    void killDuringRekeyAlwaysOpensFromTheKeychain()
    {
        QFETCH(QString, point);
        CliRunner cli = runner();
        const Vault v = create(cli);
        QVERIFY(!v.code.isEmpty());
        const QByteArray contacts = contactsOf(cli, v.dir);
        cli.environment().insert(QStringLiteral("CONFIDANT_FAULT_POINT"), point);
        const CliResult killed = cli.run({QStringLiteral("--vault"), v.dir, QStringLiteral("rekey")});
        cli.environment().remove(QStringLiteral("CONFIDANT_FAULT_POINT"));
        QVERIFY2(killed.crashed, killed.describe());
        const CliResult info = cli.run({QStringLiteral("--vault"), v.dir, QStringLiteral("info")});
        QVERIFY2(info.exitCode == 0, info.describe());
        QCOMPARE(contactsOf(cli, v.dir), contacts);
        QVERIFY(!QFileInfo::exists(QDir(v.dir).filePath(QStringLiteral("vault.json.pending"))));
        const CliResult redo
            = cli.run({QStringLiteral("--vault"), v.dir, QStringLiteral("rekey"), QStringLiteral("--json")});
        QVERIFY2(redo.exitCode == 0, redo.describe());
        const QString code = redo.json().value(QStringLiteral("recovery_code")).toString();
        QVERIFY(kCodeLine.match(code).hasMatch());
        QCOMPARE(cli.run({QStringLiteral("--vault"), v.dir, QStringLiteral("check")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliMaintenanceKeychain)
#include "TestCliMaintenanceKeychain.moc"
