// The vault file under the conditions a laptop meets (issue 16, item 11): many commands writing at once. Each
// runs the real confidant-cli on a keychain vault (tests/support/with-keyring.sh).

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "tests/e2e/CliRunner.h"

#include <memory>
#include <vector>

using namespace confidant;
using namespace confidant::test;

namespace {

// Whether process `pid` has `file` open (Linux /proc).
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

int contactCount(const CliResult& list)
{
    return list.json().value(QStringLiteral("contacts")).toArray().size();
}

} // namespace

class TestCliVaultFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_next = 0;

    QString freshRoot()
    {
        return m_dir.filePath(QString::number(++m_next));
    }

    static bool addContact(KeychainVault& vault, const QString& given)
    {
        const CliResult r = vault.run({QStringLiteral("contact"),
                                       QStringLiteral("add"),
                                       QStringLiteral("--given"),
                                       given,
                                       QStringLiteral("--family"),
                                       QStringLiteral("Tester")});
        if (r.exitCode != 0) {
            qWarning("contact add failed: %s", r.describe().constData());
        }
        return r.exitCode == 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!CliRunner::binary().isEmpty(), "CONFIDANT_CLI is not set");
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run under tests/support/with-keyring.sh (ctest does this)");
    }

    // Item 11, as it was reported: 3 of 500 concurrent `contact add` runs failed with "A vault query
    // failed.". On old code this test fails only sometimes; the next one fails every time.
    void concurrentContactAddsAllSucceed()
    {
        KeychainVault vault(freshRoot());
        QVERIFY(vault.init());
        constexpr int kWriters = 40;
        std::vector<std::unique_ptr<QProcess>> writers;
        for (int i = 0; i < kWriters; ++i) {
            auto cli = std::make_unique<QProcess>();
            cli->setProcessEnvironment(vault.runner().environment());
            cli->start(CliRunner::binary(),
                       {QStringLiteral("--vault"),
                        vault.dir(),
                        QStringLiteral("contact"),
                        QStringLiteral("add"),
                        QStringLiteral("--given"),
                        QStringLiteral("Writer%1").arg(i),
                        QStringLiteral("--family"),
                        QStringLiteral("Parallel")});
            writers.push_back(std::move(cli));
        }
        QStringList failures;
        for (int i = 0; i < kWriters; ++i) {
            QProcess& cli = *writers[static_cast<std::size_t>(i)];
            QVERIFY(cli.waitForStarted(-1));
            cli.closeWriteChannel();
            cli.waitForFinished(-1);
            if (cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0) {
                failures.append(QStringLiteral("writer %1: exit %2: %3")
                                    .arg(i)
                                    .arg(cli.exitCode())
                                    .arg(QString::fromUtf8(cli.readAllStandardError()).trimmed()));
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        const CliResult list = vault.run({QStringLiteral("contact"),
                                          QStringLiteral("list"),
                                          QStringLiteral("--limit"),
                                          QStringLiteral("1000"),
                                          QStringLiteral("--json")});
        QVERIFY2(list.exitCode == 0, list.describe());
        QCOMPARE(contactCount(list), kWriters);
    }

    // Item 11: the busy timeout was set only after the first read, so a command that opened the vault while
    // another Confidant held it (closing and folding its WAL into the file, or recovering one) failed at once
    // with "A vault query failed.". Here the other holds an exclusive lock until the command has opened the
    // file, then lets go: the command must have waited.
    void openWaitsForAnotherConfidant()
    {
        KeychainVault vault(freshRoot());
        QVERIFY(vault.init());
        QVERIFY(addContact(vault, QStringLiteral("Ada")));
        auto holder = openDirectly(vault);
        QVERIFY2(holder, qPrintable(holder ? QString() : holder.error().message));
        // In exclusive locking mode the first read takes an exclusive lock on confidant.db and keeps it.
        QVERIFY(holder->exec("PRAGMA locking_mode = EXCLUSIVE"));
        QVERIFY(holder->queryInt("SELECT count(*) FROM sqlite_schema"));

        QProcess cli;
        cli.setProcessEnvironment(vault.runner().environment());
        cli.start(CliRunner::binary(),
                  {QStringLiteral("--vault"),
                   vault.dir(),
                   QStringLiteral("contact"),
                   QStringLiteral("list"),
                   QStringLiteral("--json")});
        QVERIFY(cli.waitForStarted(-1));
        cli.closeWriteChannel();
        // The command holds confidant.db open from SQLite's open on; seen twice, 100 ms apart, it is not the
        // moment Vault::open reads the file's first bytes. Its first read comes right after the open. Where
        // /proc does not show its files (not root: the CLI makes itself non-dumpable), or after 3 s (well
        // inside the 5 s busy timeout), the lock goes anyway: the test is then weaker, never wrong.
        const QDir fds(QStringLiteral("/proc/%1/fd").arg(cli.processId()));
        int seen = 0;
        for (int round = 0; round < 30 && seen < 2 && fds.isReadable() && cli.state() != QProcess::NotRunning;
             ++round) {
            seen = hasOpen(cli.processId(), vault.dbPath()) ? seen + 1 : 0;
            cli.waitForFinished(100);
        }
        cli.waitForFinished(300);
        holder->close();
        QVERIFY(cli.waitForFinished(-1));
        const QByteArray err = cli.readAllStandardError();
        QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0,
                 qPrintable(QStringLiteral("exit %1: %2").arg(cli.exitCode()).arg(QString::fromUtf8(err))));
        CliResult list;
        list.out = cli.readAllStandardOutput();
        QCOMPARE(contactCount(list), 1);
    }

    // Item 11: a write that waits longer than the busy timeout says that another Confidant is writing, exits
    // 8, and writes nothing. Before: "A vault operation failed.", exit 1.
    void writeLockHeldPastTheTimeoutIsBusy()
    {
        KeychainVault vault(freshRoot());
        QVERIFY(vault.init());
        auto holder = openDirectly(vault);
        QVERIFY2(holder, qPrintable(holder ? QString() : holder.error().message));
        QVERIFY(holder->exec("BEGIN IMMEDIATE"));
        const CliResult add = vault.run({QStringLiteral("contact"),
                                         QStringLiteral("add"),
                                         QStringLiteral("--given"),
                                         QStringLiteral("Late"),
                                         QStringLiteral("--family"),
                                         QStringLiteral("Writer")});
        QVERIFY(holder->exec("ROLLBACK"));
        holder->close();
        QVERIFY2(add.exitCode == 8, add.describe());
        QVERIFY2(add.errLines().size() == 1, add.err);
        QVERIFY2(add.errText().contains(QLatin1String("Another Confidant is writing")), add.err);
        const CliResult list = vault.run({QStringLiteral("contact"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(list.exitCode == 0, list.describe());
        QCOMPARE(contactCount(list), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliVaultFile)
#include "TestCliVaultFile.moc"
