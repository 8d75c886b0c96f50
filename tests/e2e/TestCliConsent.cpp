#include <QFile>
#include <QJsonArray>
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
        out.append(QString::fromUtf8(a));
    }
    return out;
}

QString addContact(KeychainVault& vault, const char* given, const char* family)
{
    const CliResult r = vault.run(args({"--json", "contact", "add", "--given", given, "--family", family}));
    return r.exitCode == 0 ? r.json().value(QStringLiteral("uid")).toString() : QString();
}

QStringList uidsInCsv(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {QStringLiteral("<unreadable>")};
    }
    QStringList uids;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines[i].trimmed().isEmpty()) {
            uids.append(QString::fromUtf8(lines[i].left(lines[i].indexOf(','))));
        }
    }
    uids.sort();
    return uids;
}

} // namespace

class TestCliConsent : public QObject
{
    Q_OBJECT

private slots:
    void purposesStartWithAStarterSet()
    {
        QTemporaryDir root;
        KeychainVault vault(root.path());
        QVERIFY(vault.init());
        const CliResult list = vault.run(args({"--json", "purpose", "list"}));
        QVERIFY2(list.exitCode == 0, list.describe());
        QStringList names;
        QStringList bases;
        for (const auto& p : list.json().value(QStringLiteral("purposes")).toArray()) {
            names.append(p.toObject().value(QStringLiteral("name")).toString());
            bases.append(p.toObject().value(QStringLiteral("basis")).toString());
        }
        QCOMPARE(names,
                 QStringList(
                     {QStringLiteral("Invoicing"), QStringLiteral("Newsletter"), QStringLiteral("Sales follow-up")}));
        QCOMPARE(bases,
                 QStringList(
                     {QStringLiteral("contract"), QStringLiteral("consent"), QStringLiteral("legitimate-interests")}));

        const CliResult add = vault.run(args({"--json",
                                              "purpose",
                                              "add",
                                              "--name",
                                              "Event invitations",
                                              "--basis",
                                              "legitimate-interests",
                                              "--interest",
                                              "Inviting existing customers to our open days.",
                                              "--retention-days",
                                              "180",
                                              "--field",
                                              "contact.email",
                                              "--field",
                                              "contact.given",
                                              "--marketing"}));
        QVERIFY2(add.exitCode == 0, add.describe());
        const QJsonObject added = add.json();
        QVERIFY(!QUuid::fromString(added.value(QStringLiteral("uid")).toString()).isNull());
        QCOMPARE(added.value(QStringLiteral("article")).toString(), QStringLiteral("Art. 6(1)(f)"));
        QCOMPARE(added.value(QStringLiteral("retention_days")).toInt(), 180);
        QCOMPARE(added.value(QStringLiteral("direct_marketing")).toBool(), true);
        QCOMPARE(added.value(QStringLiteral("requires_consent")).toBool(), false);
        QCOMPARE(added.value(QStringLiteral("fields")).toArray().size(), 2);

        const CliResult edit = vault.run(
            args({"--json", "purpose", "edit", "event invitations", "--retention-days", "", "--no-marketing"}));
        QVERIFY2(edit.exitCode == 0, edit.describe());
        QVERIFY(edit.json().value(QStringLiteral("retention_days")).isNull());
        QCOMPARE(edit.json().value(QStringLiteral("direct_marketing")).toBool(), false);

        // Legitimate interests without the interest written out; an unknown field; a bad basis.
        QCOMPARE(vault.run(args({"purpose", "add", "--name", "X", "--basis", "legitimate-interests"})).exitCode, 7);
        QCOMPARE(vault.run(args({"purpose", "add", "--name", "X", "--basis", "contract", "--field", "contact.shoe"}))
                     .exitCode,
                 7);
        QCOMPARE(vault.run(args({"purpose", "add", "--name", "X", "--basis", "whim"})).exitCode, 7);
        QCOMPARE(vault.run(args({"purpose", "add", "--name", "X"})).exitCode, 2);
        // A taken name, ignoring case.
        QCOMPARE(vault.run(args({"purpose", "add", "--name", "NEWSLETTER", "--basis", "consent"})).exitCode, 1);

        QCOMPARE(vault.run(args({"purpose", "archive", "Event invitations"})).exitCode, 0);
        QCOMPARE(
            vault.run(args({"--json", "purpose", "list"})).json().value(QStringLiteral("purposes")).toArray().size(),
            3);
        QCOMPARE(vault.run(args({"--json", "purpose", "list", "--all"}))
                     .json()
                     .value(QStringLiteral("purposes"))
                     .toArray()
                     .size(),
                 4);
    }

    void consentJourneyAndGatedExport()
    {
        QTemporaryDir root;
        KeychainVault vault(root.path());
        QVERIFY(vault.init());
        const QString anna = addContact(vault, "Anna", "Berg");
        const QString ben = addContact(vault, "Ben", "Cole");
        const QString cleo = addContact(vault, "Cleo", "Dahl");
        QVERIFY(!anna.isEmpty() && !ben.isEmpty() && !cleo.isEmpty());

        const CliResult grant = vault.run(QStringList {QStringLiteral("--json"),
                                                       QStringLiteral("consent"),
                                                       QStringLiteral("grant"),
                                                       anna,
                                                       QStringLiteral("Newsletter"),
                                                       QStringLiteral("--method"),
                                                       QStringLiteral("web-form"),
                                                       QStringLiteral("--evidence"),
                                                       QStringLiteral("Submission 4711 of the sign-up form"),
                                                       QStringLiteral("--expires"),
                                                       QStringLiteral("2099-01-01")});
        QVERIFY2(grant.exitCode == 0, grant.describe());
        QCOMPARE(grant.json().value(QStringLiteral("kind")).toString(), QStringLiteral("granted"));
        QCOMPARE(grant.json().value(QStringLiteral("method")).toString(), QStringLiteral("web-form"));
        QCOMPARE(grant.json().value(QStringLiteral("contact")).toString(), anna);
        QCOMPARE(grant.json().value(QStringLiteral("recorded_by")).toString(), QStringLiteral("owner"));
        QVERIFY(grant.json().value(QStringLiteral("expires_at")).toString().startsWith(QStringLiteral("2099-01-0")));
        for (const QString& who : {ben, cleo}) {
            const CliResult r
                = vault.run({QStringLiteral("consent"), QStringLiteral("grant"), who, QStringLiteral("newsletter")});
            QVERIFY2(r.exitCode == 0, r.describe());
        }
        const CliResult withdraw = vault.run({QStringLiteral("consent"),
                                              QStringLiteral("withdraw"),
                                              ben,
                                              QStringLiteral("Newsletter"),
                                              QStringLiteral("--method"),
                                              QStringLiteral("email")});
        QVERIFY2(withdraw.exitCode == 0, withdraw.describe());
        QVERIFY(withdraw.outText().contains(QStringLiteral("withdrawal")));

        const CliResult history
            = vault.run({QStringLiteral("--json"), QStringLiteral("consent"), QStringLiteral("history"), ben});
        QVERIFY2(history.exitCode == 0, history.describe());
        QStringList kinds;
        for (const auto& e : history.json().value(QStringLiteral("events")).toArray()) {
            kinds.append(e.toObject().value(QStringLiteral("kind")).toString());
        }
        QCOMPARE(kinds, QStringList({QStringLiteral("withdrawn"), QStringLiteral("granted")}));

        const CliResult state
            = vault.run({QStringLiteral("--json"), QStringLiteral("consent"), QStringLiteral("state"), ben});
        QVERIFY2(state.exitCode == 0, state.describe());
        QString newsletterState;
        for (const auto& s : state.json().value(QStringLiteral("purposes")).toArray()) {
            if (s.toObject().value(QStringLiteral("purpose")).toString() == QLatin1String("Newsletter")) {
                newsletterState = s.toObject().value(QStringLiteral("status")).toString();
            }
        }
        QCOMPARE(newsletterState, QStringLiteral("withdrawn"));

        // Withdrawing again: nothing to withdraw.
        const CliResult again
            = vault.run({QStringLiteral("consent"), QStringLiteral("withdraw"), ben, QStringLiteral("Newsletter")});
        QCOMPARE(again.exitCode, 7);
        QCOMPARE(again.errLines().size(), 1);

        // The gated export leaves Ben out and says why.
        const QString out = root.filePath(QStringLiteral("newsletter.csv"));
        const CliResult exported = vault.run({QStringLiteral("export"),
                                              QStringLiteral("--purpose"),
                                              QStringLiteral("Newsletter"),
                                              QStringLiteral("--out"),
                                              out});
        QVERIFY2(exported.exitCode == 0, exported.describe());
        QStringList expected {anna, cleo};
        expected.sort();
        QCOMPARE(uidsInCsv(out), expected);
        QVERIFY2(exported.errText().contains(QStringLiteral("2 contact(s) kept; left out: 1 withdrew consent")),
                 exported.describe());
        QVERIFY(exported.outText().contains(QStringLiteral("Exported 2 contact(s)")));

        const CliResult json = vault.run({QStringLiteral("--json"),
                                          QStringLiteral("export"),
                                          QStringLiteral("--purpose"),
                                          QStringLiteral("newsletter"),
                                          QStringLiteral("--out"),
                                          out,
                                          QStringLiteral("--force")});
        QVERIFY2(json.exitCode == 0, json.describe());
        const QJsonObject doc = json.json();
        QCOMPARE(doc.value(QStringLiteral("contacts")).toInt(), 2);
        QCOMPARE(doc.value(QStringLiteral("candidates")).toInt(), 3);
        QCOMPARE(doc.value(QStringLiteral("purpose")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Newsletter"));
        const QJsonObject leftOut = doc.value(QStringLiteral("left_out")).toObject();
        QCOMPARE(leftOut.value(QStringLiteral("total")).toInt(), 1);
        QCOMPARE(leftOut.value(QStringLiteral("consent-withdrawn")).toInt(), 1);
        QCOMPARE(leftOut.value(QStringLiteral("no-consent")).toInt(), 0);
        QCOMPARE(leftOut.value(QStringLiteral("restricted")).toInt(), 0);

        // The audit trail names who and which purpose, never the evidence.
        const CliResult audit = vault.run({QStringLiteral("--json"),
                                           QStringLiteral("audit"),
                                           QStringLiteral("list"),
                                           QStringLiteral("--action"),
                                           QStringLiteral("consent.")});
        QCOMPARE(audit.exitCode, 0);
        QCOMPARE(audit.json().value(QStringLiteral("entries")).toArray().size(), 4);
        QVERIFY(!audit.outText().contains(QStringLiteral("4711")));
        const CliResult exports = vault.run({QStringLiteral("--json"),
                                             QStringLiteral("audit"),
                                             QStringLiteral("list"),
                                             QStringLiteral("--action"),
                                             QStringLiteral("contact.export")});
        const QString summary = exports.json()
                                    .value(QStringLiteral("entries"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("summary"))
                                    .toString();
        QCOMPARE(summary,
                 QStringLiteral("count=2 format=csv purpose=%1")
                     .arg(doc.value(QStringLiteral("purpose")).toObject().value(QStringLiteral("uid")).toString()));
    }

    void exitCodes()
    {
        QTemporaryDir root;
        KeychainVault vault(root.path());
        QVERIFY(vault.init());
        const QString anna = addContact(vault, "Anna", "Berg");
        QVERIFY(!anna.isEmpty());
        QCOMPARE(vault
                     .run({QStringLiteral("profile"),
                           QStringLiteral("add"),
                           QStringLiteral("reader"),
                           QStringLiteral("--role"),
                           QStringLiteral("read-only")})
                     .exitCode,
                 0);

        // 5: an unknown purpose; also for the gated export, which then writes no file.
        const CliResult unknown
            = vault.run({QStringLiteral("consent"), QStringLiteral("grant"), anna, QStringLiteral("Telemarketing")});
        QCOMPARE(unknown.exitCode, 5);
        QCOMPARE(unknown.errLines().size(), 1);
        const QString out = root.filePath(QStringLiteral("x.csv"));
        const CliResult gated = vault.run({QStringLiteral("export"),
                                           QStringLiteral("--purpose"),
                                           QStringLiteral("Telemarketing"),
                                           QStringLiteral("--out"),
                                           out});
        QCOMPARE(gated.exitCode, 5);
        QVERIFY(!QFile::exists(out));
        QCOMPARE(vault
                     .run({QStringLiteral("consent"),
                           QStringLiteral("grant"),
                           QStringLiteral("9b2e7c1a-0000-4000-8000-000000000000"),
                           QStringLiteral("Newsletter")})
                     .exitCode,
                 5);
        // 6: a read-only profile records nothing.
        const CliResult denied = vault.run({QStringLiteral("--profile"),
                                            QStringLiteral("reader"),
                                            QStringLiteral("consent"),
                                            QStringLiteral("grant"),
                                            anna,
                                            QStringLiteral("Newsletter")});
        QCOMPARE(denied.exitCode, 6);
        const CliResult reads = vault.run({QStringLiteral("--profile"),
                                           QStringLiteral("reader"),
                                           QStringLiteral("consent"),
                                           QStringLiteral("history"),
                                           anna});
        QCOMPARE(reads.exitCode, 0);
        QCOMPARE(vault
                     .run({QStringLiteral("--profile"),
                           QStringLiteral("reader"),
                           QStringLiteral("purpose"),
                           QStringLiteral("add"),
                           QStringLiteral("--name"),
                           QStringLiteral("Surveys"),
                           QStringLiteral("--basis"),
                           QStringLiteral("consent")})
                     .exitCode,
                 6);
        // 7: a method that is not one of the list, checked before anything is opened.
        const CliResult method = vault.run({QStringLiteral("consent"),
                                            QStringLiteral("grant"),
                                            anna,
                                            QStringLiteral("Newsletter"),
                                            QStringLiteral("--method"),
                                            QStringLiteral("carrier-pigeon")});
        QCOMPARE(method.exitCode, 7);
        QVERIFY(method.errText().contains(QStringLiteral("--method takes web-form, paper")));
        // 7: consent for a purpose that needs none; 2: a time that is not one.
        QCOMPARE(
            vault.run({QStringLiteral("consent"), QStringLiteral("grant"), anna, QStringLiteral("Invoicing")}).exitCode,
            7);
        QCOMPARE(vault
                     .run({QStringLiteral("consent"),
                           QStringLiteral("grant"),
                           anna,
                           QStringLiteral("Newsletter"),
                           QStringLiteral("--at"),
                           QStringLiteral("yesterday")})
                     .exitCode,
                 2);
        QCOMPARE(vault
                     .run({QStringLiteral("consent"),
                           QStringLiteral("grant"),
                           QStringLiteral("Anna"),
                           QStringLiteral("Newsletter")})
                     .exitCode,
                 2);

        // None of that wrote a consent event.
        const CliResult history
            = vault.run({QStringLiteral("--json"), QStringLiteral("consent"), QStringLiteral("history"), anna});
        QCOMPARE(history.json().value(QStringLiteral("events")).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliConsent)
#include "TestCliConsent.moc"
