// The CLI agrees with itself and with the GUI: one reading of dates in every verb (CLI.md "Dates and times"),
// run in a time zone far from UTC; one Ctrl+C and SIGTERM handler ("Interrupting a command"); the same exit
// code from confidant-cli and the desktop app for the same failure to open a vault ("Exit codes").
#include "core/crm/FieldRegistry.h"
#include "core/storage/Database.h"
#include "core/storage/SecretBuffer.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "tests/e2e/CliRunner.h"
#include <sys/stat.h>

#include <csignal>
#include <memory>

using namespace confidant;
using namespace confidant::test;

namespace {

// UTC-8 in winter, UTC-7 in summer: local midnight is never UTC midnight.
constexpr const char* kZone = "America/Los_Angeles";

QStringList args(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

//! Sets PRAGMA user_version of a passphrase-mode vault (whose key is the passphrase) through a raw connection.
bool setSchemaVersion(const QString& dbPath, int version)
{
    auto db = storage::Database::open(dbPath, storage::Database::OpenMode::ExistingOnly);
    if (!db) {
        qWarning("open: %s", qPrintable(db.error().message));
        return false;
    }
    QByteArray passphrase(PassphraseVault::kPassphrase);
    if (auto r = db->applyKey(storage::SecretBuffer::takeFrom(passphrase)); !r) {
        qWarning("key: %s", qPrintable(r.error().message));
        return false;
    }
    const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(version);
    if (auto r = db->exec(sql.constData()); !r) {
        qWarning("%s: %s", sql.constData(), qPrintable(r.error().message));
        return false;
    }
    return true;
}

//! Runs the desktop app like CliRunner::runProgram, but ends it after `timeoutMs`: should it open the vault
//! after all, it would wait for a window to close.
CliResult runGui(CliRunner& runner, const QStringList& arguments, const QByteArray& input, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(runner.environment());
    process.start(qEnvironmentVariable("CONFIDANT_GUI"), arguments);
    CliResult result;
    if (!process.waitForStarted(-1)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(-1);
        result.crashed = true;
        result.err = "still running after the timeout: it opened the vault";
        return result;
    }
    result.crashed = process.exitStatus() != QProcess::NormalExit;
    result.exitCode = result.crashed ? -1 : process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

qint64 vaultBytes(const QString& dir)
{
    return QFileInfo(dir + QStringLiteral("/confidant.db")).size()
        + QFileInfo(dir + QStringLiteral("/confidant.db-wal")).size();
}

} // namespace

class TestCliAgreement : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_next = 0;

    QString freshRoot()
    {
        return m_dir.filePath(QStringLiteral("run-%1").arg(++m_next));
    }

    //! One keychain vault with a contact, a deal and a processor, shared by the exit-code rows (none of which
    //! writes anything).
    std::unique_ptr<KeychainVault> m_shared;
    QString m_contact;
    QString m_deal;
    QString m_processor;
    KeychainVault& sharedVault()
    {
        if (!m_shared) {
            m_shared = std::make_unique<KeychainVault>(freshRoot());
            CliResult r;
            if (!m_shared->init(&r)) {
                qWarning("init failed: %s", r.describe().constData());
            }
            const auto uidOf = [this](const char* command) {
                return m_shared->run(args(command)).json().value(QStringLiteral("uid")).toString();
            };
            m_contact = uidOf("--json contact add --given Ada --family Lovelace");
            m_deal = uidOf("--json deal add --title Offer");
            m_processor = uidOf("--json processor add --name Cloudy --role processor --country DE");
        }
        return *m_shared;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!CliRunner::binary().isEmpty(), "CONFIDANT_CLI is not set");
        QVERIFY2(QTimeZone(kZone).isValid(), "the time zone database (tzdata) is missing");
    }

    // Before, contact add and edit listed their field options by hand; now they are the registry's contact
    // fields a person enters, named like them, with the registry's label as the help.
    void contactOptionsAreTheRegistrysFields_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("contact add") << QStringLiteral("add") << QStringList {QStringLiteral("force")};
        QTest::newRow("contact edit") << QStringLiteral("edit")
                                      << QStringList {QStringLiteral("clear-emails"),
                                                      QStringLiteral("clear-phones"),
                                                      QStringLiteral("clear-tags")};
    }
    void contactOptionsAreTheRegistrysFields()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, extra);
        CliRunner cli(freshRoot());
        const CliResult r = cli.run({QStringLiteral("contact"), command, QStringLiteral("--help")});
        QVERIFY2(r.exitCode == 0, r.describe());
        // The command's own options: the lines after "Options:" up to the next blank line.
        const QStringList lines = r.outText().split(QLatin1Char('\n'));
        const qsizetype start = lines.indexOf(QStringLiteral("Options:"));
        QVERIFY2(start >= 0, r.out);
        static const QRegularExpression option(QStringLiteral("^  --([a-z-]+)(?: \\S+)?\\s{2,}(.*)$"));
        QMap<QString, QString> help;
        for (qsizetype i = start + 1; i < lines.size() && !lines.at(i).trimmed().isEmpty(); ++i) {
            const auto m = option.match(lines.at(i));
            QVERIFY2(m.hasMatch(), qPrintable(lines.at(i)));
            help.insert(m.captured(1), m.captured(2));
        }
        QStringList expected = extra;
        for (const crm::FieldInfo& f : crm::FieldRegistry::builtIn().enteredFieldsOf(QStringLiteral("contact"))) {
            expected.append(f.name);
            QVERIFY2(help.value(f.name).startsWith(QLatin1String(f.label)),
                     qPrintable(f.name + QStringLiteral(": ") + help.value(f.name)));
        }
        QStringList shown = help.keys();
        shown.sort();
        expected.sort();
        QCOMPARE(shown, expected);
    }

    // Before, consent --at took a date as local midnight and filter add --updated-since as UTC midnight, and
    // audit list read a time without an offset as UTC where consent and task read it as local time.
    void aDateIsTheSameDayInEveryVerb()
    {
        KeychainVault vault(freshRoot());
        vault.runner().environment().insert(QStringLiteral("TZ"), QString::fromLatin1(kZone));
        CliResult r;
        QVERIFY2(vault.init(&r), r.describe());
        const QTimeZone zone(kZone);
        const QDate day = QDateTime::currentDateTimeUtc().toTimeZone(zone).date().addDays(-10);
        const QString dayText = day.toString(Qt::ISODate);
        const qint64 startMs = QDateTime(day, QTime(0, 0), zone).toMSecsSinceEpoch();
        const qint64 nextStartMs = QDateTime(day.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();

        r = vault.run(args("--json contact add --given Ada --family Lovelace"));
        QVERIFY2(r.exitCode == 0, r.describe());
        const QString ada = r.json().value(QStringLiteral("uid")).toString();

        // consent grant --at DATE: 00:00 that day, here.
        r = vault.run({QStringLiteral("--json"),
                       QStringLiteral("consent"),
                       QStringLiteral("grant"),
                       ada,
                       QStringLiteral("Newsletter"),
                       QStringLiteral("--at"),
                       dayText});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.json().value(QStringLiteral("at")).toString(), isoUtc(startMs));

        // filter add --updated-since DATE: the same moment (it was 00:00 UTC); --updated-before the next day:
        // before that day begins here.
        r = vault.run({QStringLiteral("filter"),
                       QStringLiteral("add"),
                       QStringLiteral("TenDaysAgo"),
                       QStringLiteral("--updated-since"),
                       dayText,
                       QStringLiteral("--updated-before"),
                       day.addDays(1).toString(Qt::ISODate)});
        QVERIFY2(r.exitCode == 0, r.describe());
        r = vault.run(args("--json filter list"));
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonObject definition = r.json()
                                           .value(QStringLiteral("filters"))
                                           .toArray()
                                           .first()
                                           .toObject()
                                           .value(QStringLiteral("definition"))
                                           .toObject();
        QCOMPARE(definition.value(QStringLiteral("updated_since")).toInteger(), startMs);
        QCOMPARE(definition.value(QStringLiteral("updated_before")).toInteger(), nextStartMs);

        // task add --due DATE: 23:59 that day, here.
        r = vault.run({QStringLiteral("task"),
                       QStringLiteral("add"),
                       QStringLiteral("--subject"),
                       QStringLiteral("Call back"),
                       QStringLiteral("--due"),
                       dayText});
        QVERIFY2(r.exitCode == 0, r.describe());
        r = vault.run(args("--json task list"));
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.json().value(QStringLiteral("tasks")).toArray().first().toObject().value(QStringLiteral("due_at")),
                 QJsonValue(isoUtc(QDateTime(day, QTime(23, 59), zone).toMSecsSinceEpoch())));

        // request add --received DATE: that day of the register, due a calendar month later (GDPR).
        r = vault.run({QStringLiteral("--json"),
                       QStringLiteral("request"),
                       QStringLiteral("add"),
                       QStringLiteral("--kind"),
                       QStringLiteral("access"),
                       QStringLiteral("--jurisdiction"),
                       QStringLiteral("gdpr"),
                       QStringLiteral("--received"),
                       dayText});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.json().value(QStringLiteral("received_at")).toString(), dayText + QStringLiteral("T12:00:00.000Z"));
        QCOMPARE(r.json().value(QStringLiteral("due_date")).toString(), day.addMonths(1).toString(Qt::ISODate));

        // audit list: a time without an offset is local, the same moment as that time in UTC with Z.
        r = vault.run(args("--json audit list --limit 1"));
        QVERIFY2(r.exitCode == 0, r.describe());
        const QString newest = r.json()
                                   .value(QStringLiteral("entries"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("time"))
                                   .toString();
        const QDateTime newestTime = QDateTime::fromString(newest, Qt::ISODateWithMs);
        QVERIFY(newestTime.isValid());
        const QString newestLocal = newestTime.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));
        for (const char* bound : {"--since", "--until"}) {
            const QStringList list {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list")};
            const CliResult withZ = vault.run(list + QStringList {QString::fromLatin1(bound), newest});
            const CliResult local = vault.run(list + QStringList {QString::fromLatin1(bound), newestLocal});
            QVERIFY2(withZ.exitCode == 0, withZ.describe());
            QVERIFY2(local.exitCode == 0, local.describe());
            QVERIFY(!withZ.json().value(QStringLiteral("entries")).toArray().isEmpty());
            QCOMPARE(local.json().value(QStringLiteral("entries")), withZ.json().value(QStringLiteral("entries")));
        }

        // A value that is not a date is a usage error in every verb, the register's included.
        for (const QStringList& bad : {QStringList {QStringLiteral("audit"),
                                                    QStringLiteral("list"),
                                                    QStringLiteral("--since"),
                                                    QStringLiteral("2026/03/01")},
                                       QStringList {QStringLiteral("filter"),
                                                    QStringLiteral("add"),
                                                    QStringLiteral("Bad"),
                                                    QStringLiteral("--updated-since"),
                                                    QStringLiteral("yesterday")},
                                       QStringList {QStringLiteral("request"),
                                                    QStringLiteral("add"),
                                                    QStringLiteral("--kind"),
                                                    QStringLiteral("access"),
                                                    QStringLiteral("--jurisdiction"),
                                                    QStringLiteral("gdpr"),
                                                    QStringLiteral("--received"),
                                                    QStringLiteral("2026-02-30")},
                                       QStringList {QStringLiteral("deal"),
                                                    QStringLiteral("add"),
                                                    QStringLiteral("--title"),
                                                    QStringLiteral("Offer"),
                                                    QStringLiteral("--close"),
                                                    QStringLiteral("2026-03-01T10:00")}}) {
            const CliResult refused = vault.run(bad);
            QVERIFY2(refused.exitCode == 2,
                     (bad.join(QLatin1Char(' ')).toUtf8() + '\n' + refused.describe()).constData());
            QCOMPARE(refused.errLines().size(), 1);
        }
    }

    // The exit-code table of CLI.md, for the same kind of bad input in every verb: a date that does not exist is
    // a usage error (2) wherever a date is read, and the message names the option (one helper reads calendar
    // days, CommandContext::dayOption, as one reads times); a vault path that is a file is "not a vault" (4),
    // where it was "not found" (5); a folder, a FIFO or a device given to import exists but is no file to
    // import, invalid input (7), where it was "not found" (5); only a path with nothing there is 5.
    // Invalid values (7, nothing written), each accepted before: a right-to-left override or a zero-width
    // space in a name (shown as another name), a request received in 1900. An argument that is not UTF-8 is
    // a usage error (2): Qt would have read it as U+FFFD and stored that.
    void exitCodesFollowTheTable_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says"); // in the one line on stderr
        const char* const dateRows[][2] = {
            {"contact add", "contact add --given X --family Y --birthday 2026-02-30"},
            {"contact edit", "contact edit {contact} --birthday 2026-02-30"},
            {"deal add", "deal add --title T --close 2026-02-30"},
            {"deal edit", "deal edit {deal} --close 2026-02-30"},
            {"hold add", "hold add contact {contact} --reason r --until 2026-02-30"},
            {"consent grant --at", "consent grant {contact} Newsletter --at 2026-02-30"},
            {"consent grant --expires", "consent grant {contact} Newsletter --expires 2026-02-30"},
            {"consent withdraw --at", "consent withdraw {contact} Newsletter --at 2026-02-30"},
            {"consent refresh --at", "consent refresh {contact} Newsletter --at 2026-02-30"},
            {"task add --due", "task add --subject S --due 2026-02-30"},
            {"task add --remind", "task add --subject S --due 2026-03-01 --remind 2026-02-30"},
            {"activity add", "activity add --kind call --subject S --at 2026-02-30"},
            {"audit list", "audit list --since 2026-02-30"},
            {"audit list --until", "audit list --until 2026-02-30"},
            {"audit export --since", "audit export --out audit.csv --since 2026-02-30"},
            {"audit export --until", "audit export --out audit.csv --until 2026-02-30"},
            {"filter add", "filter add F --updated-since 2026-02-30"},
            {"filter add --updated-before", "filter add F --updated-before 2026-02-30"},
            {"processor add", "processor add --name P --role processor --country DE --dpa-signed 2026-02-30"},
            {"processor edit", "processor edit {processor} --dpa-signed 2026-02-30"},
            {"request add", "request add --kind access --jurisdiction gdpr --received 2026-02-30"},
            {"request update", "request update R-2026-0001 --told --at 2026-02-30"},
            {"notice ack", "notice ack {contact} 1 --channel web --at 2026-02-30"},
        };
        for (const auto& row : dateRows) {
            const QStringList words = QString::fromLatin1(row[1]).split(QLatin1Char(' '));
            // The message names the option: "--close takes a calendar day …", not "Unknown option --close".
            const QString option = words.at(words.indexOf(QStringLiteral("2026-02-30")) - 1);
            QTest::newRow(qPrintable(QStringLiteral("2026-02-30 in ") + QLatin1String(row[0])))
                << QString::fromLatin1(row[1]) << 2 << option + QStringLiteral(" takes");
        }
        QTest::newRow("vault path is a file: info") << QStringLiteral("--vault {file} info") << 4 << QString();
        QTest::newRow("vault path is a file: contact list")
            << QStringLiteral("--vault {file} contact list") << 4 << QString();
        QTest::newRow("import a folder") << QStringLiteral("import {folder}") << 7 << QString();
        QTest::newRow("import a FIFO") << QStringLiteral("import {fifo}") << 7 << QString();
        QTest::newRow("import /dev/zero") << QStringLiteral("import /dev/zero") << 7 << QString();
        QTest::newRow("import a path with nothing there") << QStringLiteral("import {missing}") << 5 << QString();
        QTest::newRow("right-to-left override in contact add --given")
            << QStringLiteral(u"contact add --given Ada\u202Eecalevol --family Lovelace") << 7
            << QStringLiteral("Given name: remove U+202E");
        QTest::newRow("zero-width space in contact edit --family")
            << QStringLiteral(u"contact edit {contact} --family Love\u200Blace") << 7
            << QStringLiteral("Family name: remove U+200B");
        QTest::newRow("left-to-right isolate in company add --name")
            << QStringLiteral(u"company add --name Acme\u2066") << 7 << QStringLiteral("Company name: remove U+2066");
        QTest::newRow("argument not UTF-8 (byte 0xFF) in contact add --given")
            << QStringLiteral("contact add --given {not-utf8} --family Lovelace") << 2 // --vault DIR first
            << QStringLiteral("Argument 6 is not valid UTF-8");
        QTest::newRow("request received 1900-01-01")
            << QStringLiteral("request add --kind access --jurisdiction gdpr --received 1900-01-01") << 7
            << QStringLiteral("2000-01-01");
    }
    void exitCodesFollowTheTable()
    {
        QFETCH(QString, command);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        KeychainVault& vault = sharedVault();
        QVERIFY(!m_contact.isEmpty());
        QVERIFY(!m_deal.isEmpty());
        QVERIFY(!m_processor.isEmpty());
        const QString root = vault.runner().path(QStringLiteral("home"));
        const QString file = root + QStringLiteral("/regular-file");
        const QString folder = root + QStringLiteral("/a-folder.csv");
        const QString fifo = root + QStringLiteral("/a-fifo.csv");
        if (!QFileInfo::exists(file)) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("given,family\nAda,Lovelace\n");
        }
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFileInfo::exists(fifo) || ::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        QStringList argv = command.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        argv.replaceInStrings(QStringLiteral("{contact}"), m_contact);
        argv.replaceInStrings(QStringLiteral("{deal}"), m_deal);
        argv.replaceInStrings(QStringLiteral("{processor}"), m_processor);
        argv.replaceInStrings(QStringLiteral("{file}"), file);
        argv.replaceInStrings(QStringLiteral("{folder}"), folder);
        argv.replaceInStrings(QStringLiteral("{fifo}"), fifo);
        argv.replaceInStrings(QStringLiteral("{missing}"), root + QStringLiteral("/nothing-here.csv"));
        const QByteArray before = hashOf(vault.dbPath());
        const qint64 fileBytes = QFileInfo(file).size();

        // A reader of the FIFO that never comes would leave the CLI blocked: it must not open it at all.
        CliResult r;
        if (argv.contains(QStringLiteral("{not-utf8}"))) {
            // QProcess encodes its QString arguments as UTF-8, which never yields a byte such as 0xFF; so the
            // shell puts it in place of {not-utf8} (printf '\377' writes that byte; a shell variable holds any
            // byte but NUL) and then execs the CLI with the arguments.
            const QString script = QStringLiteral(
                R"(bad=$(printf '\377'); for a do shift; if [ "$a" = '{not-utf8}' ]; then a=$bad; fi; )"
                R"(set -- "$@" "$a"; done; exec "$@")");
            r = vault.runner().runProgram(QStringLiteral("/bin/sh"),
                                          QStringList {QStringLiteral("-c"),
                                                       script,
                                                       QStringLiteral("sh"),
                                                       CliRunner::binary(),
                                                       QStringLiteral("--vault"),
                                                       vault.dir()}
                                              + argv);
        } else if (argv.first() == QLatin1String("--vault")) {
            r = vault.runner().run(argv);
        } else {
            r = vault.run(argv);
        }
        QVERIFY2(r.exitCode == exitCode, (command.toUtf8() + '\n' + r.describe()).constData());
        QVERIFY2(r.errLines().size() == 1, r.err);
        QVERIFY2(says.isEmpty() || r.errText().contains(says), r.err);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(hashOf(vault.dbPath()), before);
        QCOMPARE(QFileInfo(file).size(), fileBytes);
        QVERIFY(QFileInfo(file).isFile());
    }

    // One handler, installed by main(): Ctrl+C and SIGTERM cancel a long verb cleanly. Before, SIGTERM ended
    // sample-data (and every other verb) at once, with no message and the signal's exit status.
    void aSignalCancelsALongVerb_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("Ctrl+C") << int(SIGINT);
        QTest::newRow("SIGTERM") << int(SIGTERM);
    }
    void aSignalCancelsALongVerb()
    {
        QFETCH(int, signal);
        PassphraseVault vault(freshRoot());
        CliResult r;
        QVERIFY2(vault.init(&r), r.describe());
        const qint64 before = vaultBytes(vault.dir());

        QProcess cli;
        QVERIFY(vault.startSampleData(cli, 400000));
        // Signalled once it is writing (a MiB more in the file and its WAL), not while it unlocks. 400,000
        // contacts (16,000 companies first) leave seconds of writing after that, even in a sanitizer build.
        QDeadlineTimer deadline(120'000);
        while (vaultBytes(vault.dir()) < before + 1024 * 1024 && cli.state() == QProcess::Running
               && !deadline.hasExpired()) {
            QTest::qWait(20);
        }
        QVERIFY2(cli.state() == QProcess::Running, "sample-data ended before it could be interrupted");
        QVERIFY(vaultBytes(vault.dir()) >= before + 1024 * 1024);
        QCOMPARE(::kill(static_cast<pid_t>(cli.processId()), signal), 0);
        QVERIFY(cli.waitForFinished(120'000));
        const QByteArray err = cli.readAllStandardError();
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QVERIFY2(cli.exitCode() == 1, err.constData()); // cancelled: CLI.md "Exit codes"
        QVERIFY2(err.contains("Cancelled"), err.constData());
        QCOMPARE(err.count('\n'), 1);

        // Whole batches of 10,000 stayed; the one in progress was rolled back.
        r = vault.run(args("--json info"));
        QVERIFY2(r.exitCode == 0, r.describe());
        const qint64 contacts = r.json().value(QStringLiteral("contacts")).toInteger();
        QVERIFY(contacts < 400000);
        QCOMPARE(contacts % 10000, 0);
    }

    // The same failure to open a vault, the same exit code from confidant-cli and from the desktop app
    // (started with --passphrase-stdin, as scripts do). Before, a vault from a newer Confidant (schema or
    // vault.json format) was exit 1 from the CLI and 4 from the GUI, and an unknown option 2 and 1.
    void theGuiAndTheCliExitAlike_data()
    {
        QTest::addColumn<QString>("failure");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("schema newer than this build") << QStringLiteral("schema") << 4;
        QTest::newRow("vault.json format newer than this build") << QStringLiteral("format") << 4;
        QTest::newRow("wrong passphrase") << QStringLiteral("passphrase") << 3;
        QTest::newRow("no vault") << QStringLiteral("none") << 5;
        QTest::newRow("vault path is a file") << QStringLiteral("file") << 4;
        QTest::newRow("unknown option") << QStringLiteral("option") << 2;
    }
    void theGuiAndTheCliExitAlike()
    {
        QFETCH(QString, failure);
        QFETCH(int, exitCode);
        QVERIFY2(!qEnvironmentVariable("CONFIDANT_GUI").isEmpty(), "CONFIDANT_GUI is not set");
        PassphraseVault vault(freshRoot());
        CliRunner& runner = vault.runner();
        runner.environment().insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const QString runtime = runner.path(QStringLiteral("runtime"));
        QVERIFY(QDir().mkpath(runtime));
        QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        runner.environment().insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);

        QByteArray passphrase(PassphraseVault::kPassphrase);
        QStringList options {QStringLiteral("--vault"), vault.dir(), QStringLiteral("--passphrase-stdin")};
        if (failure == QLatin1String("file")) {
            const QString file = runner.path(QStringLiteral("not-a-folder"));
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.close();
            options[1] = file;
        } else if (failure != QLatin1String("none")) {
            CliResult r;
            QVERIFY2(vault.init(&r), r.describe());
        }
        if (failure == QLatin1String("schema")) {
            QVERIFY(setSchemaVersion(vault.dbPath(), 999));
        } else if (failure == QLatin1String("format")) {
            QFile f(QDir(vault.dir()).filePath(QStringLiteral("vault.json")));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QByteArray json = f.readAll();
            f.close();
            QVERIFY(json.contains("\"format_version\": 1"));
            json.replace("\"format_version\": 1", "\"format_version\": 99");
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(f.write(json), json.size());
            f.close();
        } else if (failure == QLatin1String("passphrase")) {
            passphrase = "not the passphrase of this vault";
        } else if (failure == QLatin1String("option")) {
            options.append(QStringLiteral("--no-such-option"));
        }
        const QByteArray dbHash = hashOf(vault.dbPath());

        const CliResult cli = runner.run(options + QStringList {QStringLiteral("info")}, passphrase + '\n');
        const CliResult gui = runGui(runner, options, passphrase + '\n', 120'000);
        QVERIFY2(cli.exitCode == exitCode, cli.describe());
        QVERIFY2(gui.exitCode == exitCode, gui.describe());
        QCOMPARE(cli.errLines().size(), 1);
        QVERIFY(!gui.err.isEmpty());
        // 4: the vault is left untouched.
        QCOMPARE(hashOf(vault.dbPath()), dbHash);
    }
};

QTEST_GUILESS_MAIN(TestCliAgreement)
#include "TestCliAgreement.moc"
