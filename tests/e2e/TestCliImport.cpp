#include "core/storage/Database.h"
#include "core/storage/SecretBuffer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "CliRunner.h"

using namespace confidant;
using confidant::test::CliResult;
using confidant::test::KeychainVault;

namespace {

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& data)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) {
        return QString();
    }
    return path;
}

//! import_batches rows, through a direct SQLCipher connection.
qint64 batchRows(const KeychainVault& vault)
{
    auto db = confidant::test::openDirectly(vault);
    if (!db) {
        return -1;
    }
    auto n = db->queryInt("SELECT count(*) FROM import_batches");
    return n ? *n : -1;
}

QJsonArray contactList(const KeychainVault& vault, const QString& search = {})
{
    QStringList args {QStringLiteral("--json"),
                      QStringLiteral("contact"),
                      QStringLiteral("list"),
                      QStringLiteral("--limit"),
                      QStringLiteral("10000")};
    if (!search.isEmpty()) {
        args << QStringLiteral("--search") << search;
    }
    return vault.run(args).json().value(QStringLiteral("contacts")).toArray();
}

QJsonObject showOnly(const KeychainVault& vault, const QString& search)
{
    const QJsonArray found = contactList(vault, search);
    if (found.size() != 1) {
        return {};
    }
    return vault
        .run({QStringLiteral("--json"),
              QStringLiteral("contact"),
              QStringLiteral("show"),
              found.at(0).toObject().value(QStringLiteral("uid")).toString()})
        .json();
}

QStringList values(const QJsonValue& labeled)
{
    QStringList out;
    for (const auto& v : labeled.toArray()) {
        const QJsonObject o = v.toObject();
        out.append(o.value(QStringLiteral("value")).toString() + QLatin1Char('|')
                   + o.value(QStringLiteral("label")).toString());
    }
    return out;
}

QStringList strings(const QJsonValue& array)
{
    QStringList out;
    for (const auto& v : array.toArray()) {
        out.append(v.toString());
    }
    out.sort(Qt::CaseInsensitive);
    return out;
}

// Header sets as the services document their exports, with values that break naive importers: quoted
// commas and line breaks, accents, Google's ":::" multi-values and "* " groups, Outlook's "0/0/00".
const QByteArray kGoogle
    = "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,Family Name Yomi,"
      "Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,Gender,Location,Billing "
      "Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,Priority,Subject,Notes,Language,Photo,"
      "Group Membership,E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Type,Phone 1 - "
      "Value,Address 1 - Type,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address "
      "1 - Region,Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,Organization 1 - Type,"
      "Organization 1 - Name,Organization 1 - Yomi Name,Organization 1 - Title,Organization 1 - Department,Website "
      "1 - Type,Website 1 - Value\r\n"
      "Zoë Ångström,Zoë,,Ångström,,,,,,,,,,,1988-07-14,,,,,,,,,,,\"Met at the fair,\nsays \"\"hi\"\"\",,,"
      "* myContacts ::: Friends,* Work ::: Home,zoe@work.example ::: zoe@home.example,,,Mobile,+46 70 123 45 67,"
      "Home,\"Storgatan 1\nStockholm\",Storgatan 1,Stockholm,,,111 22,Sweden,,,\"Nord, AB\",,CTO,,Blog,"
      "https://zoe.example/blog\r\n"
      "Bad Row,Bad,,Row,,,,,,,,,,,1999-13-45,,,,,,,,,,,,,,,,bad@@example.com,,,,,,,,,,,,,,,,,,,,\r\n";

const QByteArray kOutlook
    = "First Name,Middle Name,Last Name,Title,Suffix,Nickname,E-mail Address,E-mail Display Name,E-mail 2 Address,"
      "E-mail 3 Address,Home Phone,Business Phone,Mobile Phone,Job Title,Department,Company,Business Street,"
      "Business City,Business State,Business Postal Code,Business Country/Region,Home Street,Home City,Web Page,"
      "Birthday,Anniversary,Categories,Notes\r\n"
      "Jörg,Peter,Müller-Lüdenscheidt,Dr.,,,joerg@firma.example,Jörg Müller (joerg@firma.example),"
      "j.mueller@privat.example,,+49 30 1234567,+49 30 7654321,+49 171 2345678,Geschäftsführer,,\"Müller, Söhne & "
      "Co. KG\",\"Hauptstraße 5\",Berlin,BE,10115,Deutschland,,,www.mueller.example,4/23/1975,0/0/00,"
      "Kunden;VIP,\"Zeile 1\r\nZeile 2\"\r\n"
      "Ohne,,Mail,,,,not an email,,,,,,,,,,,,,,,,,,0/0/00,0/0/00,,\r\n";

const QByteArray kHubSpot
    = "Record ID,First Name,Last Name,Email,Phone Number,Mobile Phone Number,Company Name,Job Title,Street Address,"
      "City,State/Region,Postal Code,Country/Region,Website URL,Contact owner,Lifecycle Stage,Lead Status,Create "
      "Date\r\n"
      "5101,Émilie,\"D'Arc\",emilie@lead.example,+33 1 23 45 67 89,+33 6 12 34 56 78,\"Lumière, SARL\",Directrice,"
      "\"12 rue de la Paix\",Paris,Île-de-France,75002,France,https://lumiere.example,Sam Sales,lead,NEW,"
      "2025-03-01 10:00\r\n"
      "5102,,,,,,,,,,,,,,Sam Sales,lead,NEW,2025-03-01 10:00\r\n"
      "5103,Max,Mustermann,max@lead.example,12,,,,,,,,,,Sam Sales,lead,NEW,2025-03-01 10:00\r\n";

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private slots:
    void exportsOfGoogleOutlookAndHubSpotImportWithTheRightFields_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QStringList>("problemLines");
        QTest::addColumn<QJsonObject>("expected");

        QTest::newRow("google")
            << kGoogle << QStringLiteral("Ångström") << QStringLiteral("google")
            << QStringList {QStringLiteral("5")} // the notes and address span lines 2 to 4
            << QJsonObject {
                   {QStringLiteral("given"), QStringLiteral("Zoë")},
                   {QStringLiteral("family"), QStringLiteral("Ångström")},
                   {QStringLiteral("emails"),
                    QJsonArray {QStringLiteral("zoe@work.example|work"), QStringLiteral("zoe@home.example|home")}},
                   {QStringLiteral("phones"), QJsonArray {QStringLiteral("+46 70 123 45 67|mobile")}},
                   {QStringLiteral("company"), QStringLiteral("Nord, AB")},
                   {QStringLiteral("title"), QStringLiteral("CTO")},
                   {QStringLiteral("street"), QStringLiteral("Storgatan 1")},
                   {QStringLiteral("city"), QStringLiteral("Stockholm")},
                   {QStringLiteral("postcode"), QStringLiteral("111 22")},
                   {QStringLiteral("country"), QStringLiteral("Sweden")},
                   {QStringLiteral("birthday"), QStringLiteral("1988-07-14")},
                   {QStringLiteral("website"), QStringLiteral("https://zoe.example/blog")},
                   {QStringLiteral("notes"), QStringLiteral("Met at the fair,\nsays \"hi\"")},
                   {QStringLiteral("tags"), QJsonArray {QStringLiteral("Friends")}},
               };
        QTest::newRow("outlook") << kOutlook << QStringLiteral("Lüdenscheidt") << QStringLiteral("outlook")
                                 << QStringList {QStringLiteral("4")}
                                 << QJsonObject {
                                        {QStringLiteral("given"), QStringLiteral("Jörg Peter")},
                                        {QStringLiteral("family"), QStringLiteral("Müller-Lüdenscheidt")},
                                        {QStringLiteral("emails"),
                                         QJsonArray {QStringLiteral("joerg@firma.example|other"),
                                                     QStringLiteral("j.mueller@privat.example|other")}},
                                        {QStringLiteral("phones"),
                                         QJsonArray {QStringLiteral("+49 30 1234567|home"),
                                                     QStringLiteral("+49 30 7654321|work"),
                                                     QStringLiteral("+49 171 2345678|mobile")}},
                                        {QStringLiteral("company"), QStringLiteral("Müller, Söhne & Co. KG")},
                                        {QStringLiteral("title"), QStringLiteral("Geschäftsführer")},
                                        {QStringLiteral("street"), QStringLiteral("Hauptstraße 5")},
                                        {QStringLiteral("city"), QStringLiteral("Berlin")},
                                        {QStringLiteral("region"), QStringLiteral("BE")},
                                        {QStringLiteral("postcode"), QStringLiteral("10115")},
                                        {QStringLiteral("country"), QStringLiteral("Deutschland")},
                                        {QStringLiteral("birthday"), QStringLiteral("1975-04-23")},
                                        {QStringLiteral("website"), QStringLiteral("www.mueller.example")},
                                        {QStringLiteral("notes"), QStringLiteral("Zeile 1\nZeile 2")},
                                        {QStringLiteral("tags"),
                                         QJsonArray {QStringLiteral("Kunden"), QStringLiteral("VIP")}},
                                    };
        QTest::newRow("hubspot")
            << kHubSpot << QStringLiteral("Lumière") << QStringLiteral("hubspot")
            << QStringList {QStringLiteral("3"), QStringLiteral("4")}
            << QJsonObject {
                   {QStringLiteral("given"), QStringLiteral("Émilie")},
                   {QStringLiteral("family"), QStringLiteral("D'Arc")},
                   {QStringLiteral("emails"), QJsonArray {QStringLiteral("emilie@lead.example|work")}},
                   {QStringLiteral("phones"),
                    QJsonArray {QStringLiteral("+33 1 23 45 67 89|work"), QStringLiteral("+33 6 12 34 56 78|mobile")}},
                   {QStringLiteral("company"), QStringLiteral("Lumière, SARL")},
                   {QStringLiteral("title"), QStringLiteral("Directrice")},
                   {QStringLiteral("street"), QStringLiteral("12 rue de la Paix")},
                   {QStringLiteral("city"), QStringLiteral("Paris")},
                   {QStringLiteral("region"), QStringLiteral("Île-de-France")},
                   {QStringLiteral("postcode"), QStringLiteral("75002")},
                   {QStringLiteral("country"), QStringLiteral("France")},
                   {QStringLiteral("birthday"), QString()},
                   {QStringLiteral("website"), QStringLiteral("https://lumiere.example")},
                   {QStringLiteral("notes"), QString()},
                   {QStringLiteral("tags"), QJsonArray {}},
               };
    }

    void exportsOfGoogleOutlookAndHubSpotImportWithTheRightFields()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, search);
        QFETCH(QString, preset);
        QFETCH(QStringList, problemLines);
        QFETCH(QJsonObject, expected);
        QTemporaryDir root;
        KeychainVault vault(root.path());
        QVERIFY(vault.init());
        const QString file = write(root, QStringLiteral("contacts.csv"), csv);

        // Problem rows: listed with their line, exit 7, nothing written.
        const CliResult refused = vault.run({QStringLiteral("import"), file});
        QVERIFY2(refused.exitCode == 7, refused.describe());
        QCOMPARE(refused.errLines().size(), 1);
        for (const QString& line : problemLines) {
            QVERIFY2(refused.outText().contains(QStringLiteral("  Line %1:").arg(line))
                         || refused.outText().contains(QStringLiteral("  Line %1 ").arg(line)),
                     refused.describe());
        }
        QCOMPARE(contactList(vault).size(), 0);
        QCOMPARE(batchRows(vault), 0);

        const CliResult json = vault.run({QStringLiteral("--json"), QStringLiteral("import"), file});
        QCOMPARE(json.exitCode, 7);
        const QJsonObject preview = json.json();
        QCOMPARE(preview.value(QStringLiteral("preset")).toString(), preset);
        QCOMPARE(preview.value(QStringLiteral("new")).toInt(), 1);
        QCOMPARE(preview.value(QStringLiteral("problem_count")).toInt(), problemLines.size());
        QCOMPARE(
            preview.value(QStringLiteral("problems")).toArray().at(0).toObject().value(QStringLiteral("line")).toInt(),
            problemLines.first().toInt());

        const CliResult imported = vault.run({QStringLiteral("import"), file, QStringLiteral("--skip-invalid")});
        QVERIFY2(imported.exitCode == 0, imported.describe());
        QVERIFY(imported.outText().contains(QStringLiteral("Imported: 1 created, 0 merged")));
        QCOMPARE(batchRows(vault), 1);

        const QJsonObject c = showOnly(vault, search);
        QVERIFY2(!c.isEmpty(), qPrintable(search));
        for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
            if (it.key() == QLatin1String("emails") || it.key() == QLatin1String("phones")) {
                QStringList want;
                for (const auto& v : it.value().toArray()) {
                    want.append(v.toString());
                }
                QCOMPARE(values(c.value(it.key())), want);
            } else if (it.key() == QLatin1String("tags")) {
                QCOMPARE(strings(c.value(it.key())), strings(it.value()));
            } else {
                QVERIFY2(c.value(it.key()) == it.value(),
                         qPrintable(it.key() + QStringLiteral(": ") + c.value(it.key()).toString()));
            }
        }
        QVERIFY(c.value(QStringLiteral("source")).toString().startsWith(QLatin1String("import:")));
        const QJsonObject from = c.value(QStringLiteral("imported")).toObject();
        QCOMPARE(from.value(QStringLiteral("file")).toString(), QStringLiteral("contacts.csv"));
        QCOMPARE(from.value(QStringLiteral("profile")).toString(), QStringLiteral("owner"));
        QCOMPARE(from.value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
    }

    void dryRunAndMergeOnMatch()
    {
        QTemporaryDir root;
        KeychainVault vault(root.path());
        QVERIFY(vault.init());
        QCOMPARE(vault
                     .run({QStringLiteral("contact"),
                           QStringLiteral("add"),
                           QStringLiteral("--given"),
                           QStringLiteral("Ada"),
                           QStringLiteral("--family"),
                           QStringLiteral("Lovelace"),
                           QStringLiteral("--email"),
                           QStringLiteral("ada@example.org"),
                           QStringLiteral("--title"),
                           QStringLiteral("Countess")})
                     .exitCode,
                 0);
        const QString file = write(root,
                                   QStringLiteral("leads.csv"),
                                   "Vorname;Nachname;Mail;Ort;Position\r\n"
                                   "Ada;Lovelace;ADA@example.org;London;Mathematician\r\n"
                                   "Alan;Turing;alan@example.org;Wilmslow;\r\n");
        const QString mapping
            = write(root, QStringLiteral("mapping.json"), R"({"Mail": "email", "Ort": "city", "Position": "title"})");
        const CliResult dry = vault.run({QStringLiteral("--json"),
                                         QStringLiteral("import"),
                                         file,
                                         QStringLiteral("--mapping"),
                                         mapping,
                                         QStringLiteral("--dry-run"),
                                         QStringLiteral("--on-match"),
                                         QStringLiteral("merge")});
        QVERIFY2(dry.exitCode == 0, dry.describe());
        const QJsonObject preview = dry.json();
        QCOMPARE(preview.value(QStringLiteral("delimiter")).toString(), QStringLiteral("semicolon"));
        QCOMPARE(preview.value(QStringLiteral("new")).toInt(), 1);
        QCOMPARE(preview.value(QStringLiteral("matched")).toInt(), 1);
        const QJsonObject match = preview.value(QStringLiteral("matches")).toArray().at(0).toObject();
        QCOMPARE(match.value(QStringLiteral("line")).toInt(), 2);
        QCOMPARE(match.value(QStringLiteral("rule")).toString(), QStringLiteral("email"));
        QCOMPARE(match.value(QStringLiteral("action")).toString(), QStringLiteral("merge"));
        QVERIFY(preview.value(QStringLiteral("imported")).isNull());
        QCOMPARE(contactList(vault).size(), 1);
        QCOMPARE(batchRows(vault), 0);

        const CliResult merged = vault.run({QStringLiteral("import"),
                                            file,
                                            QStringLiteral("--mapping"),
                                            mapping,
                                            QStringLiteral("--on-match"),
                                            QStringLiteral("merge")});
        QVERIFY2(merged.exitCode == 0, merged.describe());
        QVERIFY(merged.outText().contains(QStringLiteral("Imported: 1 created, 1 merged, 0 skipped")));
        const QJsonObject ada = showOnly(vault, QStringLiteral("Lovelace"));
        QCOMPARE(ada.value(QStringLiteral("title")).toString(), QStringLiteral("Countess")); // kept
        QCOMPARE(ada.value(QStringLiteral("city")).toString(), QStringLiteral("London")); // filled
        QCOMPARE(ada.value(QStringLiteral("source")).toString(), QStringLiteral("manual:cli"));
        const CliResult shown
            = vault.run({QStringLiteral("contact"),
                         QStringLiteral("show"),
                         showOnly(vault, QStringLiteral("Turing")).value(QStringLiteral("uid")).toString()});
        QVERIFY(shown.outText().contains(QStringLiteral("from leads.csv on ")));
        QVERIFY(shown.outText().contains(QStringLiteral(" by owner")));

        const QString badMapping = write(root, QStringLiteral("bad.json"), R"({"Mail": "e-mail"})");
        const CliResult unknown = vault.run({QStringLiteral("import"), file, QStringLiteral("--mapping"), badMapping});
        QCOMPARE(unknown.exitCode, 7);
        QCOMPARE(unknown.errLines().size(), 1);
        QCOMPARE(vault.run({QStringLiteral("import"), file, QStringLiteral("--on-match"), QStringLiteral("replace")})
                     .exitCode,
                 2);
        QCOMPARE(vault.run({QStringLiteral("import"), root.filePath(QStringLiteral("missing.csv"))}).exitCode, 5);
    }

    void malformedFilesGiveOneLineAndWriteNothing_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("name");
        QTest::newRow("unterminated quote")
            << QByteArray("given,family\r\nA,\"B\r\nC,D\r\n") << QStringLiteral("x.csv");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("x.csv");
        QTest::newRow("binary") << QByteArray("\x7f\x45\x4c\x46\x02\x01\x01\x00\x00\x00\x00\x00", 12)
                                << QStringLiteral("x.csv");
        QTest::newRow("nul byte") << QByteArray("given,family\r\nA,B\r\nC,\0D\r\n", 24) << QStringLiteral("x.csv");
        QTest::newRow("vcard without cards") << QByteArray("hello\r\n") << QStringLiteral("x.vcf");
    }

    void malformedFilesGiveOneLineAndWriteNothing()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, name);
        QTemporaryDir root;
        KeychainVault vault(root.path());
        QVERIFY(vault.init());
        const QByteArray before = test::hashOf(vault.dbPath());
        const CliResult r = vault.run({QStringLiteral("import"), write(root, name, data)});
        QVERIFY2(r.exitCode == 7, r.describe());
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(contactList(vault).size(), 0);
        QCOMPARE(batchRows(vault), 0);
    }

    // Acceptance: killing the process during a 1M-row import leaves the vault exactly as before. Set
    // CONFIDANT_BIG_TESTS=0 (slow sanitizer builds) for 100,000 rows instead.
    void killedMidImportLeavesTheVaultAsBefore()
    {
        const bool big = qEnvironmentVariable("CONFIDANT_BIG_TESTS") != QLatin1String("0");
        const int rows = big ? 1'000'000 : 100'000;
        QTemporaryDir root;
        KeychainVault vault(root.path());
        QVERIFY(vault.init());
        QCOMPARE(vault
                     .run({QStringLiteral("contact"),
                           QStringLiteral("add"),
                           QStringLiteral("--given"),
                           QStringLiteral("Before"),
                           QStringLiteral("--family"),
                           QStringLiteral("Import"),
                           QStringLiteral("--email"),
                           QStringLiteral("person7@example.com")})
                     .exitCode,
                 0);
        const QByteArray listBefore
            = vault.run({QStringLiteral("--json"), QStringLiteral("contact"), QStringLiteral("list")}).out;
        const QByteArray auditBefore = vault
                                           .run({QStringLiteral("--json"),
                                                 QStringLiteral("audit"),
                                                 QStringLiteral("list"),
                                                 QStringLiteral("--limit"),
                                                 QStringLiteral("10000")})
                                           .out;

        const QString path = root.filePath(QStringLiteral("big.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray chunk = "given,family,email,phone,city,tag\r\n";
            for (int i = 0; i < rows; ++i) {
                chunk += "Given" + QByteArray::number(i) + ",Family" + QByteArray::number(i) + ",person"
                    + QByteArray::number(i) + "@example.com,+44 20 " + QByteArray::number(7000000 + i) + ",City"
                    + QByteArray::number(i % 100) + ",lead\r\n";
                if (chunk.size() > (1 << 20)) {
                    QVERIFY(f.write(chunk) == chunk.size());
                    chunk.clear();
                }
            }
            QVERIFY(f.write(chunk) == chunk.size());
        }

        vault.runner().environment().insert(QStringLiteral("CONFIDANT_FAULT_POINT"), QStringLiteral("import.midway"));
        QElapsedTimer timer;
        timer.start();
        const CliResult killed = vault.run({QStringLiteral("import"), path, QStringLiteral("--skip-invalid")});
        vault.runner().environment().remove(QStringLiteral("CONFIDANT_FAULT_POINT"));
        QVERIFY2(killed.crashed, killed.describe());
        qInfo("%d rows: killed half way through the import after %lld ms", rows, timer.elapsed());

        // The vault opens, holds exactly what it held, passes its checks and has no batch. The trail first:
        // listing the contacts adds its own contact.read entry.
        QCOMPARE(vault
                     .run({QStringLiteral("--json"),
                           QStringLiteral("audit"),
                           QStringLiteral("list"),
                           QStringLiteral("--limit"),
                           QStringLiteral("10000")})
                     .out,
                 auditBefore);
        const CliResult list = vault.run({QStringLiteral("--json"), QStringLiteral("contact"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.out, listBefore);
        const CliResult check = vault.run({QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, check.describe());
        QCOMPARE(batchRows(vault), 0);
        QCOMPARE(vault.run({QStringLiteral("--json"), QStringLiteral("info")})
                     .json()
                     .value(QStringLiteral("contacts"))
                     .toInt(),
                 1);

        // And a normal import works afterwards.
        const CliResult small = vault.run(
            {QStringLiteral("import"), write(root, QStringLiteral("small.csv"), "given,family\r\nEva,Eich\r\n")});
        QVERIFY2(small.exitCode == 0, small.describe());
        QCOMPARE(contactList(vault).size(), 2);
        QCOMPARE(batchRows(vault), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "TestCliImport.moc"
