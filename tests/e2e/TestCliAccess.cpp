#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "tests/e2e/CliRunner.h"

#include <filesystem>

using namespace confidant::test;

namespace {

QStringList args(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* a : list) {
        out.append(QString::fromUtf8(a));
    }
    return out;
}

//! Validates `instance` against docs/access-package.schema.json with Debian's python3-jsonschema; empty when
//! valid. The validator is a build dependency (.ci/deps.sh): its absence fails the test.
QString validate(const QString& instance)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import json, sys, jsonschema\n"
                            "schema = json.load(open(sys.argv[2]))\n"
                            "cls = jsonschema.validators.validator_for(schema)\n"
                            "cls(schema, format_checker=cls.FORMAT_CHECKER).validate(json.load(open(sys.argv[1])))\n"
                            "print('valid')\n"),
             instance,
             QStringLiteral(CONFIDANT_SOURCE_DIR "/docs/access-package.schema.json")});
    if (!p.waitForFinished(60000)) {
        return QStringLiteral("validator did not run: ") + p.errorString();
    }
    const QString out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    return p.exitCode() == 0 && out == QLatin1String("valid") ? QString()
                                                              : QString::fromUtf8(p.readAllStandardError()) + out;
}

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

} // namespace

class TestCliAccess : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    std::unique_ptr<KeychainVault> m_vault;
    QString m_uid;

private slots:
    void initTestCase()
    {
        QVERIFY(QFileInfo(QStringLiteral("/usr/bin/python3")).isExecutable());
        m_vault = std::make_unique<KeychainVault>(m_root.path());
        QVERIFY(m_vault->init());
        const CliResult add = m_vault->run(args({"--json",
                                                 "contact",
                                                 "add",
                                                 "--given",
                                                 "Ada",
                                                 "--family",
                                                 "Lovelace",
                                                 "--email",
                                                 "ada@example.com",
                                                 "--tag",
                                                 "vip"}));
        QVERIFY2(add.exitCode == 0, add.describe());
        m_uid = add.json().value(QStringLiteral("uid")).toString();
        QVERIFY(!m_uid.isEmpty());
    }

    void writesThePackageWithHashes()
    {
        const QString out = m_root.filePath(QStringLiteral("pkg/nested"));
        const CliResult r = m_vault->run(QStringList {QStringLiteral("--json"),
                                                      QStringLiteral("subject"),
                                                      QStringLiteral("access"),
                                                      m_uid,
                                                      QStringLiteral("--out"),
                                                      out});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonArray files = r.json().value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 16); // access.json, access-report.pdf and 14 CSV (no mentions.csv)
        QStringList names;
        for (const QJsonValue& v : files) {
            const QJsonObject f = v.toObject();
            const QString path = f.value(QStringLiteral("path")).toString();
            names.append(f.value(QStringLiteral("file")).toString());
            QCOMPARE(std::filesystem::status(QFile::encodeName(path).toStdString()).permissions(),
                     std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(f.value(QStringLiteral("sha256")).toString(),
                     QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
        }
        names.sort();
        QCOMPARE(entries(out), names);
        QVERIFY(names.contains(QStringLiteral("access-report.pdf")));
        QVERIFY(!names.contains(QStringLiteral("mentions.csv")));
        QCOMPARE(r.json().value(QStringLiteral("counts")).toObject().value(QStringLiteral("tags")).toInt(), 1);
        QCOMPARE(validate(QDir(out).filePath(QStringLiteral("access.json"))), QString());

        // A second run into the same folder is refused (exit 1) and changes nothing; --force replaces.
        const QByteArray before = hashOf(QDir(out).filePath(QStringLiteral("access.json")));
        const CliResult again = m_vault->run(QStringList {QStringLiteral("subject"),
                                                          QStringLiteral("access"),
                                                          m_uid,
                                                          QStringLiteral("--out"),
                                                          out,
                                                          QStringLiteral("--format"),
                                                          QStringLiteral("json")});
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(again.errLines().size(), 1);
        QVERIFY(again.errText().contains(QLatin1String("--force")));
        QCOMPARE(hashOf(QDir(out).filePath(QStringLiteral("access.json"))), before);
        const CliResult forced = m_vault->run(QStringList {QStringLiteral("subject"),
                                                           QStringLiteral("access"),
                                                           m_uid,
                                                           QStringLiteral("--out"),
                                                           out,
                                                           QStringLiteral("--format"),
                                                           QStringLiteral("json"),
                                                           QStringLiteral("--force")});
        QVERIFY2(forced.exitCode == 0, forced.describe());
        QCOMPARE(entries(out), QStringList {QStringLiteral("access.json")});
        QVERIFY(forced.outText().contains(QLatin1String("access.json")));
    }

    void requestRecordsEveryFileHash()
    {
        const CliResult added = m_vault->run(QStringList {QStringLiteral("--json"),
                                                          QStringLiteral("request"),
                                                          QStringLiteral("add"),
                                                          QStringLiteral("--kind"),
                                                          QStringLiteral("access"),
                                                          QStringLiteral("--jurisdiction"),
                                                          QStringLiteral("gdpr"),
                                                          QStringLiteral("--contact"),
                                                          m_uid});
        QVERIFY2(added.exitCode == 0, added.describe());
        const QString reference = added.json().value(QStringLiteral("reference")).toString();
        QVERIFY(!reference.isEmpty());
        const QString out = m_root.filePath(QStringLiteral("for-request"));
        const CliResult r = m_vault->run(QStringList {QStringLiteral("--json"),
                                                      QStringLiteral("subject"),
                                                      QStringLiteral("access"),
                                                      m_uid,
                                                      QStringLiteral("--out"),
                                                      out,
                                                      QStringLiteral("--format"),
                                                      QStringLiteral("json,csv"),
                                                      QStringLiteral("--request"),
                                                      reference});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.json().value(QStringLiteral("request")).toString(), reference);
        const CliResult shown = m_vault->run(
            QStringList {QStringLiteral("--json"), QStringLiteral("request"), QStringLiteral("show"), reference});
        QVERIFY2(shown.exitCode == 0, shown.describe());
        const QByteArray hash = hashOf(QDir(out).filePath(QStringLiteral("access.json"))).toHex();
        QVERIFY2(shown.out.contains(hash), shown.describe());
        QCOMPARE(validate(QDir(out).filePath(QStringLiteral("access.json"))), QString());
    }

    void badInputWritesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        const QString out = m_root.filePath(QStringLiteral("never"));
        QTest::newRow("no --out") << QStringList {QStringLiteral("subject"), QStringLiteral("access"), m_uid} << 2;
        QTest::newRow("not a uid") << QStringList {QStringLiteral("subject"),
                                                   QStringLiteral("access"),
                                                   QStringLiteral("Ada"),
                                                   QStringLiteral("--out"),
                                                   out}
                                   << 2;
        QTest::newRow("bad format") << QStringList {QStringLiteral("subject"),
                                                    QStringLiteral("access"),
                                                    m_uid,
                                                    QStringLiteral("--out"),
                                                    out,
                                                    QStringLiteral("--format"),
                                                    QStringLiteral("json,docx")}
                                    << 2;
        QTest::newRow("unknown contact") << QStringList {QStringLiteral("subject"),
                                                         QStringLiteral("access"),
                                                         QStringLiteral("00000000-0000-4000-8000-000000000000"),
                                                         QStringLiteral("--out"),
                                                         out}
                                         << 5;
        QTest::newRow("unknown request") << QStringList {QStringLiteral("subject"),
                                                         QStringLiteral("access"),
                                                         m_uid,
                                                         QStringLiteral("--out"),
                                                         out,
                                                         QStringLiteral("--request"),
                                                         QStringLiteral("R-1999-0001")}
                                         << 5;
    }

    void badInputWritesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const CliResult r = m_vault->run(arguments);
        QVERIFY2(r.exitCode == exitCode, r.describe());
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY(!QFileInfo::exists(m_root.filePath(QStringLiteral("never"))));
    }

    void unwritableOutIsOneLineAndNoFiles()
    {
        const QString file = m_root.filePath(QStringLiteral("a-file"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const CliResult r = m_vault->run(QStringList {QStringLiteral("subject"),
                                                      QStringLiteral("access"),
                                                      m_uid,
                                                      QStringLiteral("--out"),
                                                      file + QStringLiteral("/pkg")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY(QFileInfo(file).isFile());
        QCOMPARE(QFileInfo(file).size(), 0);
    }

    //! A package killed after its first file (CONFIDANT_FAULT_POINT=access.midway, SIGKILL as a power cut)
    //! leaves nothing under a final name, and its `subject.access` entry is already in the trail: no personal
    //! data reaches the disk before it. Where the file system has unnamed files (O_TMPFILE) the folder holds no
    //! file at all; elsewhere the written file's 0600 .part, which the next run into the folder replaces.
    //! Before, every kill left that .part with the package's JSON (issue #16), and before that the files were
    //! written first and audited after: killed, the trail had no entry.
    void packageKilledHalfWayIsAuditedAndLeavesNoNamedFile()
    {
        const auto accessEntries = [this] {
            return m_vault->run(args({"--json", "audit", "list", "--action", "subject.access", "--limit", "10000"}))
                .json()
                .value(QStringLiteral("entries"))
                .toArray()
                .size();
        };
        const qsizetype before = accessEntries();
        const QString out = m_root.filePath(QStringLiteral("killed"));
        const QStringList run {QStringLiteral("subject"),
                               QStringLiteral("access"),
                               m_uid,
                               QStringLiteral("--out"),
                               out,
                               QStringLiteral("--format"),
                               QStringLiteral("json,csv")};
        m_vault->runner().environment().insert(QStringLiteral("CONFIDANT_FAULT_POINT"),
                                               QStringLiteral("access.midway"));
        const CliResult killed = m_vault->run(run);
        m_vault->runner().environment().remove(QStringLiteral("CONFIDANT_FAULT_POINT"));
        QVERIFY2(killed.crashed, killed.describe());
        QVERIFY(QFileInfo(out).isDir()); // made by the package, before its audit entry
        if (supportsUnnamedFiles(m_root.path())) {
            QCOMPARE(entries(out), QStringList());
        } else {
            QCOMPARE(entries(out), QStringList {QStringLiteral("access.json.part")});
            const QString part = QDir(out).filePath(QStringLiteral("access.json.part"));
            QVERIFY(QFileInfo(part).size() > 0); // the package's JSON, written after the audit entry
            QCOMPARE(std::filesystem::status(QFile::encodeName(part).toStdString()).permissions(),
                     std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
        }
        QCOMPARE(accessEntries(), before + 1);

        const CliResult again = m_vault->run(run);
        QVERIFY2(again.exitCode == 0, again.describe());
        const QStringList left = entries(out);
        QVERIFY(left.contains(QStringLiteral("access.json")));
        for (const QString& name : left) {
            QVERIFY2(!name.endsWith(QLatin1String(".part")), qPrintable(name));
        }
        QCOMPARE(accessEntries(), before + 2);
    }

    void deniedForASalesRep()
    {
        QVERIFY(m_vault->run(args({"profile", "add", "Rep", "--role", "sales-rep"})).exitCode == 0);
        const QString out = m_root.filePath(QStringLiteral("denied"));
        const CliResult r = m_vault->run(QStringList {QStringLiteral("--profile"),
                                                      QStringLiteral("Rep"),
                                                      QStringLiteral("subject"),
                                                      QStringLiteral("access"),
                                                      m_uid,
                                                      QStringLiteral("--out"),
                                                      out});
        QVERIFY2(r.exitCode == 6, r.describe());
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY(!QFileInfo::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCliAccess)
#include "TestCliAccess.moc"
