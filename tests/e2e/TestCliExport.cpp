// export (CSV and vCard, by tag and by saved filter), filter list|add|delete and company tags through the
// real CLI, passphrase mode (issue #5); what a signal, a kill or a planted link leaves of an export (issue #16).
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "tests/e2e/CliRunner.h"
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <memory>

using namespace confidant::test;

namespace {

QStringList args(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Everything in the folder, links (even dangling ones) and hidden names included.
QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
}

// What stands at `path` itself, without following a link: 0 when nothing.
mode_t typeAt(const QString& path)
{
    struct stat st
    {
    };
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & S_IFMT) : 0;
}

// Contacts in the vault that the signal and link tests export: seconds of writing, even in a release build
// (about 55 µs a contact, docs/PERFORMANCE.md), so that a signal or a link arrives while the file is written.
constexpr int kBigVaultContacts = 50000;

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_next = 0;

    std::unique_ptr<KeychainVault> m_big;

    QString freshRoot()
    {
        return m_dir.filePath(QStringLiteral("run-%1").arg(++m_next));
    }
    //! An empty folder of its own for one export.
    QString freshFolder()
    {
        const QString folder = m_dir.filePath(QStringLiteral("out-%1").arg(++m_next));
        return QDir().mkpath(folder) ? folder : QString();
    }

    //! The vault of kBigVaultContacts sample contacts, made once for the tests that need a long export.
    KeychainVault* bigVault()
    {
        if (!m_big) {
            auto v = std::make_unique<KeychainVault>(freshRoot());
            if (!v->init()
                || v->run({QStringLiteral("sample-data"),
                           QStringLiteral("--contacts"),
                           QString::number(kBigVaultContacts)})
                        .exitCode
                    != 0) {
                return nullptr;
            }
            m_big = std::move(v);
        }
        return m_big.get();
    }
    static int exportEntries(const KeychainVault& v)
    {
        return int(v.run(args("audit list --action contact.export --limit 10000 --json"))
                       .json()
                       .value(QStringLiteral("entries"))
                       .toArray()
                       .size());
    }
    //! Starts `export --out FILE` on the big vault and returns once it writes contacts: its contact.export
    //! entry is written right before the first contact (checked each time the sealed audit head changes).
    //! The CLI gets default signal dispositions, whatever the test itself ignores (nohup, a background job).
    bool startBigExport(QProcess& cli, const QString& file)
    {
        KeychainVault* v = bigVault();
        if (!v) {
            return false;
        }
        const QString head = QDir(v->dir()).filePath(QStringLiteral("audit-head.json"));
        const int before = exportEntries(*v);
        QByteArray seen = readFile(head);
        cli.setProcessEnvironment(v->runner().environment());
        cli.setChildProcessModifier([] {
            for (const int signal : {SIGINT, SIGTERM, SIGHUP}) {
                ::signal(signal, SIG_DFL);
            }
        });
        cli.start(CliRunner::binary(),
                  {QStringLiteral("--vault"), v->dir(), QStringLiteral("export"), QStringLiteral("--out"), file});
        if (!cli.waitForStarted(-1)) {
            return false;
        }
        cli.closeWriteChannel();
        QDeadlineTimer deadline(300'000);
        while (cli.state() == QProcess::Running && !deadline.hasExpired()) {
            const QByteArray now = readFile(head);
            if (now != seen) {
                seen = now;
                if (exportEntries(*v) > before) {
                    return cli.state() == QProcess::Running;
                }
            }
            QTest::qWait(10);
        }
        return false;
    }

    // Anna (Berlin, vip), Bert (Berlin), Cleo (Paris, vip).
    static bool seed(KeychainVault& v)
    {
        if (!v.init()) {
            return false;
        }
        const QStringList people[] = {
            args("contact add --given Anna --family Alpha --email anna@example.org --city Berlin --tag vip "
                 "--company Acme"),
            args("contact add --given Bert --family Beta --email bert@example.org --city Berlin"),
            args("contact add --given Cleo --family Gamma --phone +33-1-234 --city Paris --tag vip"),
        };
        for (const QStringList& p : people) {
            if (v.run(p).exitCode != 0) {
                return false;
            }
        }
        return true;
    }

private slots:
    void vcardBySavedFilterAndCsvByTag()
    {
        KeychainVault v(freshRoot());
        QVERIFY(seed(v));
        const CliResult added = v.run(args("filter add BerlinVIP --city berlin --tag VIP"));
        QVERIFY2(added.exitCode == 0, added.describe());
        const CliResult listed = v.run(args("filter list --json"));
        QVERIFY2(listed.exitCode == 0, listed.describe());
        const QJsonArray filters = listed.json().value(QStringLiteral("filters")).toArray();
        QCOMPARE(filters.size(), 1);
        QCOMPARE(filters.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("BerlinVIP"));

        const QString vcf = v.runner().path(QStringLiteral("home/berlin.vcf"));
        const CliResult r = v.run(QStringList {QStringLiteral("export"),
                                               QStringLiteral("--format"),
                                               QStringLiteral("vcard"),
                                               QStringLiteral("--filter"),
                                               QStringLiteral("berlinvip"),
                                               QStringLiteral("--out"),
                                               vcf,
                                               QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.json().value(QStringLiteral("contacts")).toInt(), 1);
        const QByteArray card = readFile(vcf);
        QCOMPARE(card.count("BEGIN:VCARD\r\n"), 1);
        QVERIFY(card.contains("VERSION:4.0\r\n"));
        QVERIFY(card.contains("FN:Anna Alpha\r\n"));
        QVERIFY(card.contains("EMAIL:anna@example.org\r\n"));
        QVERIFY(card.contains("ORG:Acme\r\n"));
        QVERIFY(card.contains("CATEGORIES:vip\r\n"));
        QVERIFY(card.contains("UID:urn:uuid:"));
        QVERIFY(!card.contains("Bert"));
        QCOMPARE(QFileInfo(vcf).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        QVERIFY(!QFileInfo::exists(vcf + QStringLiteral(".part")));

        const QString csv = v.runner().path(QStringLiteral("home/vip.csv"));
        const CliResult byTag = v.run(QStringList {
            QStringLiteral("export"), QStringLiteral("--tag"), QStringLiteral("vip"), QStringLiteral("--out"), csv});
        QVERIFY2(byTag.exitCode == 0, byTag.describe());
        const QList<QByteArray> lines = readFile(csv).split('\n');
        QCOMPARE(lines.size(), 4); // header, Anna, Cleo, and the empty rest after the last CRLF
        QVERIFY(lines.at(0).startsWith("uid,given,family,email,email_labels,phone,phone_labels,"));
        QVERIFY(lines.at(1).contains(",Anna,Alpha,anna@example.org,"));
        QVERIFY(lines.at(2).contains(",Cleo,Gamma,,,'+33-1-234,"));

        // An existing file needs --force.
        const CliResult again = v.run(QStringList {QStringLiteral("export"), QStringLiteral("--out"), csv});
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(readFile(csv).split('\n').size(), 4);
        QCOMPARE(v.run(QStringList {QStringLiteral("export"), QStringLiteral("--out"), csv, QStringLiteral("--force")})
                     .exitCode,
                 0);
        QCOMPARE(readFile(csv).split('\n').size(), 5);

        const CliResult audit = v.run(args("audit list --action contact.export --json"));
        QVERIFY(audit.outText().contains(QStringLiteral("format=vcard")));
        QVERIFY(audit.outText().contains(QStringLiteral("by-filter")));

        QCOMPARE(v.run(args("filter delete BerlinVIP")).exitCode, 0);
        QCOMPARE(v.run(args("filter list --json")).json().value(QStringLiteral("filters")).toArray().size(), 0);
    }

    // An export killed half way (CONFIDANT_FAULT_POINT=export.midway, SIGKILL as a power cut) leaves nothing
    // under the name asked for, and its audit entry is already in the trail: no personal data reaches the disk
    // before it. Where the file system has unnamed files (O_TMPFILE; ext4, tmpfs, xfs, btrfs) it leaves no file
    // at all; elsewhere a 0600 FILE.part, which the next export to the same file replaces. Before, every kill
    // left a FILE.part with the contacts written so far (issue #16), and before that the audit entry came after
    // the whole file had been written: killed half way, the trail had none.
    void exportKilledHalfWayIsAuditedAndLeavesNoNamedFile()
    {
        KeychainVault v(freshRoot());
        QVERIFY(seed(v));
        const QString folder = freshFolder();
        const QString csv = QDir(folder).filePath(QStringLiteral("all.csv"));
        const QString part = csv + QStringLiteral(".part");
        v.runner().environment().insert(QStringLiteral("CONFIDANT_FAULT_POINT"), QStringLiteral("export.midway"));
        const CliResult killed = v.run(QStringList {QStringLiteral("export"), QStringLiteral("--out"), csv});
        v.runner().environment().remove(QStringLiteral("CONFIDANT_FAULT_POINT"));
        QVERIFY2(killed.crashed, killed.describe());
        QVERIFY(!QFileInfo::exists(csv));
        if (supportsUnnamedFiles(folder)) {
            QCOMPARE(entries(folder), QStringList());
        } else {
            QCOMPARE(entries(folder), QStringList {QStringLiteral("all.csv.part")});
            QVERIFY(readFile(part).contains("Anna"));
            QCOMPARE(QFileInfo(part).permissions()
                         & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                            | QFileDevice::WriteOther),
                     QFileDevice::Permissions());
        }
        const CliResult audit = v.run(args("audit list --action contact.export --json"));
        QVERIFY2(audit.exitCode == 0, audit.describe());
        const QJsonArray entriesBefore = audit.json().value(QStringLiteral("entries")).toArray();
        QCOMPARE(entriesBefore.size(), 1);
        QVERIFY2(entriesBefore.first()
                     .toObject()
                     .value(QStringLiteral("summary"))
                     .toString()
                     .contains(QStringLiteral("count=3")),
                 audit.describe());

        const CliResult again = v.run(QStringList {QStringLiteral("export"), QStringLiteral("--out"), csv});
        QVERIFY2(again.exitCode == 0, again.describe());
        QCOMPARE(entries(folder), QStringList {QStringLiteral("all.csv")});
        QCOMPARE(readFile(csv).split('\n').size(), 5); // header, three people, the empty rest
        QCOMPARE(v.run(args("audit list --action contact.export --json"))
                     .json()
                     .value(QStringLiteral("entries"))
                     .toArray()
                     .size(),
                 2);
    }

    // A signal while an export writes its contacts. Ctrl+C, SIGTERM and SIGHUP (a closed terminal or a dropped
    // ssh session) cancel it: one line on stderr, exit 1, and no file at all, neither the one asked for nor a
    // FILE.part. SIGKILL cannot be handled: it leaves nothing where the file system has unnamed files, else a
    // 0600 FILE.part. Before, SIGHUP ended the CLI at once and left FILE.part with the contacts written so
    // far, and so did SIGKILL everywhere (issue #16).
    void aSignalWhileExportingLeavesNoFile_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("Ctrl+C") << int(SIGINT);
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGHUP") << int(SIGHUP);
        QTest::newRow("SIGKILL") << int(SIGKILL);
    }
    void aSignalWhileExportingLeavesNoFile()
    {
        QFETCH(int, signal);
        const QString folder = freshFolder();
        QVERIFY(!folder.isEmpty());
        const QString csv = QDir(folder).filePath(QStringLiteral("all.csv"));
        QProcess cli;
        QVERIFY2(startBigExport(cli, csv), "the export did not start writing");
        QTest::qWait(200); // thousands of contacts into the file
        QVERIFY2(cli.state() == QProcess::Running, "the export ended before it could be interrupted");
        QCOMPARE(::kill(static_cast<pid_t>(cli.processId()), signal), 0);
        QVERIFY(cli.waitForFinished(300'000));
        const QByteArray err = cli.readAllStandardError();
        if (signal == SIGKILL) {
            QCOMPARE(cli.exitStatus(), QProcess::CrashExit);
            if (supportsUnnamedFiles(folder)) {
                QCOMPARE(entries(folder), QStringList());
            } else {
                QCOMPARE(entries(folder), QStringList {QStringLiteral("all.csv.part")});
                QCOMPARE(typeAt(csv + QStringLiteral(".part")), mode_t(S_IFREG));
            }
            return;
        }
        QVERIFY2(cli.exitStatus() == QProcess::NormalExit, err.constData()); // cancelled, not killed by it
        QVERIFY2(cli.exitCode() == 1, err.constData()); // CLI.md "Interrupting a command"
        QCOMPARE(err.count('\n'), 1);
        QVERIFY2(err.contains("cancelled"), err.constData());
        QCOMPARE(entries(folder), QStringList());
    }

    // A symbolic link at FILE.part, the one name an export ever gives its file before it is complete (where
    // the file system has no unnamed files), to someone else's file: planted before the export, or swapped in
    // while it writes. The linked file keeps its contents, and FILE is the export itself, never the link; or,
    // where the export cannot tell its file from the link, it refuses in one line (exit 1) and leaves no FILE.
    // Before, a link swapped in while an export wrote was renamed to FILE: FILE then pointed to the other file,
    // and the export was lost.
    void aLinkAtThePartNameIsNeverFollowed_data()
    {
        QTest::addColumn<bool>("whileWriting");
        QTest::newRow("planted before the export") << false;
        QTest::newRow("swapped in while it writes") << true;
    }
    void aLinkAtThePartNameIsNeverFollowed()
    {
        QFETCH(bool, whileWriting);
        const QString folder = freshFolder();
        QVERIFY(!folder.isEmpty());
        const QString csv = QDir(folder).filePath(QStringLiteral("all.csv"));
        const QString part = csv + QStringLiteral(".part");
        const QString victim = QDir(folder).filePath(QStringLiteral("victim.txt"));
        const QByteArray precious("someone else's file\n");
        {
            QFile f(victim);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(precious), qint64(precious.size()));
        }
        const auto plant = [&] {
            QFile::remove(part); // the export's own FILE.part, where it has one
            return ::symlink(QFile::encodeName(victim).constData(), QFile::encodeName(part).constData()) == 0;
        };
        if (!whileWriting) {
            QVERIFY(plant());
        }
        QProcess cli;
        QVERIFY2(startBigExport(cli, csv), "the export did not start writing");
        if (whileWriting) {
            QVERIFY(plant());
        }
        QVERIFY(cli.waitForFinished(300'000));
        const QByteArray err = cli.readAllStandardError();
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(typeAt(victim), mode_t(S_IFREG));
        QCOMPARE(readFile(victim), precious);
        if (cli.exitCode() == 0) {
            QCOMPARE(typeAt(csv), mode_t(S_IFREG));
            QVERIFY(readFile(csv).startsWith("uid,given,family,"));
            QVERIFY(readFile(csv).count("\r\n") > 1000);
        } else {
            QVERIFY2(cli.exitCode() == 1, err.constData());
            QCOMPARE(err.count('\n'), 1);
            QCOMPARE(typeAt(csv), mode_t(0));
        }
    }

    // Data minimisation through the real CLI: a switched-off field leaves the export and is skipped by an
    // import, which says so.
    void switchedOffFieldLeavesExportsAndImports()
    {
        KeychainVault v(freshRoot());
        QVERIFY(seed(v));
        QCOMPARE(v.run(args("contact add --given Dora --family Delta --birthday 1980-05-01")).exitCode, 0);
        const QString before = v.runner().path(QStringLiteral("home/before.csv"));
        QCOMPARE(v.run(QStringList {QStringLiteral("export"), QStringLiteral("--out"), before}).exitCode, 0);
        QVERIFY(readFile(before).contains(",birthday,"));
        QVERIFY(readFile(before).contains("1980-05-01"));

        const CliResult off = v.run(args("field set contact.birthday --enabled no"));
        QVERIFY2(off.exitCode == 0, off.describe());

        const QString csv = v.runner().path(QStringLiteral("home/after.csv"));
        const CliResult exported = v.run(QStringList {QStringLiteral("export"), QStringLiteral("--out"), csv});
        QVERIFY2(exported.exitCode == 0, exported.describe());
        const QByteArray data = readFile(csv);
        QCOMPARE(data.left(data.indexOf("\r\n")),
                 QByteArray("uid,given,family,email,email_labels,phone,phone_labels,street,postcode,city,region,"
                            "country,title,website,company,notes,tag,source"));
        QVERIFY(!data.contains("1980-05-01"));
        const QString vcf = v.runner().path(QStringLiteral("home/after.vcf"));
        QCOMPARE(v.run(QStringList {QStringLiteral("export"),
                                    QStringLiteral("--format"),
                                    QStringLiteral("vcard"),
                                    QStringLiteral("--out"),
                                    vcf})
                     .exitCode,
                 0);
        QVERIFY(readFile(vcf).contains("FN:Dora Delta\r\n"));
        QVERIFY(!readFile(vcf).contains("BDAY"));

        const QString people = v.runner().path(QStringLiteral("home/people.csv"));
        QFile file(people);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("First Name,Last Name,Birthday\r\nEmil,Epsilon,1975-02-03\r\n");
        file.close();
        const CliResult imported = v.run(QStringList {QStringLiteral("import"), people});
        QVERIFY2(imported.exitCode == 0, imported.describe());
        QVERIFY2(imported.outText().contains(QStringLiteral("Warning: The column \"Birthday\" is not imported: the "
                                                            "field \"Birthday\" is switched off")),
                 imported.describe());
        const CliResult json = v.run(
            QStringList {QStringLiteral("import"), people, QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, json.describe());
        const QJsonArray columns = json.json().value(QStringLiteral("columns")).toArray();
        QCOMPARE(columns.size(), 3);
        QCOMPARE(columns.at(2).toObject().value(QStringLiteral("field")).toString(), QStringLiteral("skip"));
        QCOMPARE(columns.at(2).toObject().value(QStringLiteral("switched_off")).toString(), QStringLiteral("birthday"));
        QCOMPARE(json.json().value(QStringLiteral("warnings")).toArray().size(), 1);

        // Switched back on, the export has the column again, and Emil came in without a birthday.
        QCOMPARE(v.run(args("field set contact.birthday --enabled yes")).exitCode, 0);
        QCOMPARE(v.run(QStringList {QStringLiteral("export"), QStringLiteral("--out"), csv, QStringLiteral("--force")})
                     .exitCode,
                 0);
        const QByteArray again = readFile(csv);
        QVERIFY(again.contains(",birthday,"));
        QVERIFY(again.contains("1980-05-01")); // the vault kept Dora's
        QVERIFY(again.contains(",Emil,Epsilon,"));
        QVERIFY(!again.contains("1975-02-03"));
    }

    void unknownFilterWrongFormatAndSalesRep()
    {
        KeychainVault v(freshRoot());
        QVERIFY(seed(v));
        const QString out = v.runner().path(QStringLiteral("home/x.vcf"));
        const CliResult unknown = v.run(QStringList {QStringLiteral("export"),
                                                     QStringLiteral("--filter"),
                                                     QStringLiteral("nope"),
                                                     QStringLiteral("--format"),
                                                     QStringLiteral("vcard"),
                                                     QStringLiteral("--out"),
                                                     out});
        QCOMPARE(unknown.exitCode, 5);
        QCOMPARE(unknown.errLines().size(), 1);
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral(".part")));
        QCOMPARE(v.run(args("filter delete nope")).exitCode, 5);
        QCOMPARE(v.run(QStringList {QStringLiteral("export"),
                                    QStringLiteral("--format"),
                                    QStringLiteral("pdf"),
                                    QStringLiteral("--out"),
                                    out})
                     .exitCode,
                 2);
        QCOMPARE(v.run(args("filter add Dup --city Paris")).exitCode, 0);
        QCOMPARE(v.run(args("filter add dup --city Rome")).exitCode, 1);

        QCOMPARE(v.run(args("profile add rep --role sales-rep")).exitCode, 0);
        const CliResult denied = v.run(QStringList {QStringLiteral("--profile"),
                                                    QStringLiteral("rep"),
                                                    QStringLiteral("export"),
                                                    QStringLiteral("--format"),
                                                    QStringLiteral("vcard"),
                                                    QStringLiteral("--out"),
                                                    out});
        QCOMPARE(denied.exitCode, 6);
        QVERIFY(!QFileInfo::exists(out));
    }

    void companyTagsAndListByTag()
    {
        KeychainVault v(freshRoot());
        QVERIFY(v.init());
        const CliResult a = v.run(args("company add --name Acme --tag partner --tag Supplier"));
        QVERIFY2(a.exitCode == 0, a.describe());
        QCOMPARE(v.run(args("company add --name Globex --tag supplier")).exitCode, 0);
        QCOMPARE(v.run(args("company add --name Initech")).exitCode, 0);
        const QString acme = a.outText().trimmed();
        const QJsonObject shown
            = v.run(QStringList {QStringLiteral("company"), QStringLiteral("show"), acme, QStringLiteral("--json")})
                  .json();
        QCOMPARE(shown.value(QStringLiteral("tags")).toArray().size(), 2);
        auto namesWith = [&v](const char* tag) {
            QStringList names;
            const CliResult r = v.run(QStringList {QStringLiteral("company"),
                                                   QStringLiteral("list"),
                                                   QStringLiteral("--tag"),
                                                   QString::fromLatin1(tag),
                                                   QStringLiteral("--json")});
            for (const auto& row : r.json().value(QStringLiteral("companies")).toArray()) {
                names.append(row.toObject().value(QStringLiteral("name")).toString());
            }
            return names;
        };
        QCOMPARE(namesWith("SUPPLIER"), (QStringList {QStringLiteral("Acme"), QStringLiteral("Globex")}));
        QCOMPARE(namesWith("partner"), QStringList {QStringLiteral("Acme")});
        QCOMPARE(
            v.run(QStringList {QStringLiteral("company"), QStringLiteral("edit"), acme, QStringLiteral("--clear-tags")})
                .exitCode,
            0);
        QCOMPARE(namesWith("partner"), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "TestCliExport.moc"
