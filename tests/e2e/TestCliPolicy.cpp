#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "tests/e2e/CliRunner.h"

using namespace confidant::test;

namespace {

QStringList args(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* a : list) {
        out << QString::fromUtf8(a);
    }
    return out;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int pageObjects(const QByteArray& pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s])"));
    return int(QString::fromLatin1(pdf).count(page));
}

// The canonical form docs/DECISIONS.md documents, built here from the parts the test chose.
QString expectedHash(const QByteArray& language, int version, const QByteArray& title, const QByteArray& body)
{
    auto field = [](const QByteArray& b) { return QByteArray::number(b.size()) + ':' + b + '\n'; };
    const QByteArray canonical = QByteArray("confidant-notice-v1\n") + field(language)
        + field(QByteArray::number(version)) + field(title) + field("markdown") + field(body);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestCliPolicy : public QObject
{
    Q_OBJECT

private slots:
    void publishedNoticesCannotBeChanged()
    {
        QTemporaryDir root;
        KeychainVault vault(root.path());
        QVERIFY(vault.init());
        const QByteArray body = "# Privacy notice\n\nWe keep your contact details to answer you.\n";
        const QString bodyFile = vault.runner().path(QStringLiteral("notice.md"));
        {
            QFile f(bodyFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("\xEF\xBB\xBF") + QByteArray(body).replace("\n", "\r\n")); // BOM and CRLF
        }
        CliResult add = vault.run(QStringList {QStringLiteral("--json"),
                                               QStringLiteral("notice"),
                                               QStringLiteral("add"),
                                               QStringLiteral("--language"),
                                               QStringLiteral("en"),
                                               QStringLiteral("--title"),
                                               QStringLiteral("Privacy notice"),
                                               QStringLiteral("--file"),
                                               bodyFile});
        QVERIFY2(add.exitCode == 0, add.describe());
        const QString uid = add.json().value(QStringLiteral("uid")).toString();
        QVERIFY(!QUuid::fromString(uid).isNull());
        QCOMPARE(add.json().value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(add.json().value(QStringLiteral("status")).toString(), QStringLiteral("draft"));

        // A draft can be edited.
        CliResult draftEdit = vault.run(args({"notice", "edit", "1", "--material", "no"}));
        QVERIFY2(draftEdit.exitCode == 0, draftEdit.describe());

        CliResult publish = vault.run(args({"--json", "notice", "publish", "en:1"}));
        QVERIFY2(publish.exitCode == 0, publish.describe());
        const QString hash = publish.json().value(QStringLiteral("content_hash")).toString();
        QCOMPARE(hash, expectedHash("en", 1, "Privacy notice", body));
        QCOMPARE(publish.json().value(QStringLiteral("hash_ok")).toBool(), true);

        // Every way of changing it is refused with exit 7, and nothing changes.
        const QList<QStringList> attempts = {
            args({"notice", "edit", "1", "--title", "Changed"}),
            args({"notice", "edit", "en:1", "--body", "New text"}),
            args({"notice", "edit", "1", "--material", "yes"}),
            QStringList {QStringLiteral("notice"), QStringLiteral("delete"), uid},
            args({"notice", "publish", "1"}),
        };
        for (const QStringList& attempt : attempts) {
            const CliResult r = vault.run(attempt);
            QVERIFY2(r.exitCode == 7, (attempt.join(QLatin1Char(0x20)).toUtf8() + "\n" + r.describe()).constData());
            QCOMPARE(r.errLines().size(), 1);
            QVERIFY2(r.errText().contains(QStringLiteral("published")), r.err);
        }
        CliResult show = vault.run(args({"--json", "notice", "show", "current", "--language", "en"}));
        QVERIFY2(show.exitCode == 0, show.describe());
        QCOMPARE(show.json().value(QStringLiteral("uid")).toString(), uid);
        QCOMPARE(show.json().value(QStringLiteral("title")).toString(), QStringLiteral("Privacy notice"));
        QCOMPARE(show.json().value(QStringLiteral("body")).toString().toUtf8(), body);
        QCOMPARE(show.json().value(QStringLiteral("material")).toBool(), false);
        QCOMPARE(show.json().value(QStringLiteral("content_hash")).toString(), hash);

        // The next version is a new draft that can be deleted.
        CliResult v2 = vault.run(args(
            {"--json", "notice", "add", "--language", "en", "--title", "Privacy notice", "--body", "Version two"}));
        QVERIFY2(v2.exitCode == 0, v2.describe());
        QCOMPARE(v2.json().value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(vault.run(args({"notice", "delete", "2"})).exitCode, 0);
        QCOMPARE(vault.run(args({"notice", "show", "2"})).exitCode, 5);

        // Acknowledgements: a contact saw version 1 on the web.
        CliResult contact = vault.run(args({"--json", "contact", "add", "--given", "Greta", "--family", "Lund"}));
        QCOMPARE(contact.exitCode, 0);
        const QString contactUid = contact.json().value(QStringLiteral("uid")).toString();
        QCOMPARE(
            vault.run(QStringList {QStringLiteral("notice"), QStringLiteral("ack"), contactUid, QStringLiteral("1")})
                .exitCode,
            2); // --channel is required
        CliResult ack = vault.run(QStringList {QStringLiteral("--json"),
                                               QStringLiteral("notice"),
                                               QStringLiteral("ack"),
                                               contactUid,
                                               QStringLiteral("1"),
                                               QStringLiteral("--channel"),
                                               QStringLiteral("web")});
        QVERIFY2(ack.exitCode == 0, ack.describe());
        QCOMPARE(ack.json().value(QStringLiteral("notice_uid")).toString(), uid);
        CliResult acks = vault.run(
            QStringList {QStringLiteral("--json"), QStringLiteral("notice"), QStringLiteral("acks"), contactUid});
        QCOMPARE(acks.json().value(QStringLiteral("acknowledgements")).toArray().size(), 1);

        // Sales reps record acknowledgements but do not write notices.
        QCOMPARE(vault.run(args({"profile", "add", "rep", "--role", "sales-rep"})).exitCode, 0);
        QCOMPARE(
            vault.run(args({"--profile", "rep", "notice", "add", "--language", "de", "--title", "T", "--body", "B"}))
                .exitCode,
            6);
        QCOMPARE(vault
                     .run(QStringList {QStringLiteral("--profile"),
                                       QStringLiteral("rep"),
                                       QStringLiteral("notice"),
                                       QStringLiteral("ack"),
                                       contactUid,
                                       QStringLiteral("en:1"),
                                       QStringLiteral("--channel"),
                                       QStringLiteral("in-person")})
                     .exitCode,
                 0);
    }

    void policyAndRopaFollowTheConfiguration()
    {
        QTemporaryDir root;
        KeychainVault vault(root.path());
        QVERIFY(vault.init());
        QCOMPARE(vault
                     .run(args({"controller",
                                "set",
                                "--name",
                                "Nordlicht Optik GmbH",
                                "--address",
                                "Hafenstrasse 1\\n20457 Hamburg",
                                "--email",
                                "privacy@nordlicht.example"}))
                     .exitCode,
                 0);
        CliResult badCountry
            = vault.run(args({"processor", "add", "--name", "X", "--role", "processor", "--country", "UK"}));
        QCOMPARE(badCountry.exitCode, 7);
        CliResult cloudy = vault.run(args({"processor",
                                           "add",
                                           "--name",
                                           "Cloudy Inc",
                                           "--role",
                                           "processor",
                                           "--country",
                                           "US",
                                           "--purpose",
                                           "Sales follow-up"}));
        QVERIFY2(cloudy.exitCode == 0, cloudy.describe());
        QCOMPARE(vault.run(args({"notice", "add", "--language", "en", "--title", "Notice", "--body", "Text"})).exitCode,
                 0);
        QCOMPARE(vault.run(args({"notice", "publish", "1"})).exitCode, 0);

        CliResult md = vault.run(args({"policy", "generate"}));
        QVERIFY2(md.exitCode == 0, md.describe());
        const QString policy = md.outText();
        QVERIFY(policy.startsWith(QStringLiteral("# Privacy policy of Nordlicht Optik GmbH\n")));
        QVERIFY(policy.contains(QStringLiteral("- No DPO contact set")));
        QVERIFY(policy.contains(QStringLiteral("- Processor \u201CCloudy Inc\u201D outside the EEA has no safeguard")));
        QVERIFY(policy.contains(QStringLiteral("- **Cloudy Inc** (United States): [no safeguard recorded]")));
        QVERIFY(policy.contains(QStringLiteral("### 3.2 Newsletter\n")));
        QVERIFY(policy.contains(QStringLiteral("version 1 (language en)")));
        QCOMPARE(vault.run(args({"policy", "generate"})).out, md.out); // deterministic

        QCOMPARE(
            vault.run(args({"controller", "set", "--dpo-name", "Jana Richter", "--dpo-email", "dpo@nordlicht.example"}))
                .exitCode,
            0);
        QCOMPARE(vault.run(args({"processor", "edit", "Cloudy Inc", "--safeguard", "sccs"})).exitCode, 0);
        CliResult after = vault.run(args({"--json", "policy", "generate"}));
        QCOMPARE(after.exitCode, 0);
        const QString policy2 = after.json().value(QStringLiteral("markdown")).toString();
        QVERIFY(!policy2.contains(QStringLiteral("No DPO contact set")));
        QVERIFY(policy2.contains(QStringLiteral("Jana Richter")));
        QVERIFY(policy2.contains(QStringLiteral("(United States): Standard contractual clauses")));
        QVERIFY(!after.json()
                     .value(QStringLiteral("missing"))
                     .toArray()
                     .contains(QJsonValue(QStringLiteral(
                         "No DPO contact set (or state that no data protection officer is appointed)."))));

        // PDF: needs --out, is written with mode 0600, never over an existing file without --force.
        QCOMPARE(vault.run(args({"policy", "generate", "--format", "pdf"})).exitCode, 2);
        const QString pdfPath = vault.runner().path(QStringLiteral("policy.pdf"));
        CliResult pdf = vault.run(QStringList {QStringLiteral("--json"),
                                               QStringLiteral("policy"),
                                               QStringLiteral("generate"),
                                               QStringLiteral("--format"),
                                               QStringLiteral("pdf"),
                                               QStringLiteral("--out"),
                                               pdfPath});
        QVERIFY2(pdf.exitCode == 0, pdf.describe());
        QVERIFY2(pdf.err.isEmpty(), pdf.err);
        const QByteArray pdfBytes = readAll(pdfPath);
        QVERIFY(pdfBytes.startsWith("%PDF-"));
        const int pages = pdf.json().value(QStringLiteral("pages")).toInt();
        QVERIFY2(pages > 1, qPrintable(QString::number(pages)));
        QCOMPARE(pageObjects(pdfBytes), pages);
        QCOMPARE(QFileInfo(pdfPath).permissions(),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
        CliResult again = vault.run(QStringList {QStringLiteral("policy"),
                                                 QStringLiteral("generate"),
                                                 QStringLiteral("--format=pdf"),
                                                 QStringLiteral("--out"),
                                                 pdfPath});
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(readAll(pdfPath), pdfBytes);
        QVERIFY(QDir(vault.runner().path(QString())).entryList({QStringLiteral("policy.pdf*")}, QDir::Files).size()
                == 1);

        // ROPA as CSV: one row per purpose, RFC 4180 with CRLF.
        const QString csvPath = vault.runner().path(QStringLiteral("ropa.csv"));
        CliResult ropa = vault.run(QStringList {QStringLiteral("ropa"),
                                                QStringLiteral("generate"),
                                                QStringLiteral("--format"),
                                                QStringLiteral("csv"),
                                                QStringLiteral("--out"),
                                                csvPath});
        QVERIFY2(ropa.exitCode == 0, ropa.describe());
        const QByteArray csv = readAll(csvPath);
        QVERIFY(
            csv.startsWith("purpose,description,controller,dpo,lawful_basis,legitimate_interest,data_subjects,"
                           "personal_data,special_categories,recipients,transfers,retention,security_measures\r\n"));
        CliResult purposes = vault.run(args({"--json", "purpose", "list"}));
        QCOMPARE(purposes.exitCode, 0);
        const qsizetype purposeCount = purposes.json().value(QStringLiteral("purposes")).toArray().size();
        QVERIFY(purposeCount > 0);
        QCOMPARE(csv.count("\r\n"), purposeCount + 1);
        QVERIFY(csv.contains("Cloudy Inc (United States): Standard contractual clauses"));
        QCOMPARE(QFileInfo(csvPath).permissions(),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
        CliResult ropaMd = vault.run(args({"ropa", "generate"}));
        QCOMPARE(ropaMd.exitCode, 0);
        QVERIFY(ropaMd.outText().startsWith(QStringLiteral("# Records of processing activities (Art. 30 GDPR)\n")));
    }

    void fieldSettingsFromTheCommandLine()
    {
        QTemporaryDir root;
        KeychainVault vault(root.path());
        QVERIFY(vault.init());
        CliResult required = vault.run(args({"field", "set", "contact.given", "--enabled", "no"}));
        QCOMPARE(required.exitCode, 7);
        QCOMPARE(vault.run(args({"field", "set", "contact.shoe", "--enabled", "no"})).exitCode, 5);
        QCOMPARE(vault.run(args({"field", "set", "contact.birthday", "--enabled", "maybe"})).exitCode, 2);
        QCOMPARE(vault.run(args({"field", "set", "contact.birthday", "--enabled", "no"})).exitCode, 0);
        QCOMPARE(vault.run(args({"field", "set", "contact.notes", "--special", "yes"})).exitCode, 0);
        CliResult list = vault.run(args({"--json", "field", "list", "--entity", "contact"}));
        QCOMPARE(list.exitCode, 0);
        for (const QJsonValue& v : list.json().value(QStringLiteral("fields")).toArray()) {
            const QJsonObject f = v.toObject();
            const QString key = f.value(QStringLiteral("key")).toString();
            QVERIFY(key.startsWith(QStringLiteral("contact.")));
            QCOMPARE(f.value(QStringLiteral("enabled")).toBool(), key != QLatin1String("contact.birthday"));
            QCOMPARE(f.value(QStringLiteral("special")).toBool(), key == QLatin1String("contact.notes"));
            if (key == QLatin1String("contact.email")) {
                QVERIFY(
                    f.value(QStringLiteral("purposes")).toArray().contains(QJsonValue(QStringLiteral("Newsletter"))));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCliPolicy)
#include "TestCliPolicy.moc"
