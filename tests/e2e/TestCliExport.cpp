// export (CSV and vCard, by tag and by saved filter), filter list|add|delete and company tags through the
// real CLI, passphrase mode (issue #5).
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "tests/e2e/CliRunner.h"

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

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_next = 0;

    QString freshRoot()
    {
        return m_dir.filePath(QStringLiteral("run-%1").arg(++m_next));
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

    // An export killed half way (CONFIDANT_FAULT_POINT=export.midway, SIGKILL as a power cut) leaves its
    // partial .part file (0600, nothing under the name asked for), and its audit entry is already in the trail:
    // no personal data reaches the disk before it. The next export to the same file replaces the stale .part.
    // Before, the audit entry came after the whole file had been written: killed half way, the trail had none.
    void exportKilledHalfWayIsAuditedAndItsPartReplaced()
    {
        KeychainVault v(freshRoot());
        QVERIFY(seed(v));
        const QString csv = v.runner().path(QStringLiteral("home/all.csv"));
        const QString part = csv + QStringLiteral(".part");
        v.runner().environment().insert(QStringLiteral("CONFIDANT_FAULT_POINT"), QStringLiteral("export.midway"));
        const CliResult killed = v.run(QStringList {QStringLiteral("export"), QStringLiteral("--out"), csv});
        v.runner().environment().remove(QStringLiteral("CONFIDANT_FAULT_POINT"));
        QVERIFY2(killed.crashed, killed.describe());
        QVERIFY(!QFileInfo::exists(csv));
        QVERIFY(QFileInfo::exists(part));
        QVERIFY(readFile(part).contains("Anna"));
        QCOMPARE(
            QFileInfo(part).permissions()
                & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
            QFileDevice::Permissions());
        const CliResult audit = v.run(args("audit list --action contact.export --json"));
        QVERIFY2(audit.exitCode == 0, audit.describe());
        const QJsonArray entries = audit.json().value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 1);
        QVERIFY2(
            entries.first().toObject().value(QStringLiteral("summary")).toString().contains(QStringLiteral("count=3")),
            audit.describe());

        const CliResult again = v.run(QStringList {QStringLiteral("export"), QStringLiteral("--out"), csv});
        QVERIFY2(again.exitCode == 0, again.describe());
        QVERIFY(!QFileInfo::exists(part));
        QCOMPARE(readFile(csv).split('\n').size(), 5); // header, three people, the empty rest
        QCOMPARE(v.run(args("audit list --action contact.export --json"))
                     .json()
                     .value(QStringLiteral("entries"))
                     .toArray()
                     .size(),
                 2);
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
