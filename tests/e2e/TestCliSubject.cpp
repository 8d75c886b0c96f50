#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include "tests/e2e/CliRunner.h"

using namespace confidant::test;

namespace {

QStringList args(std::initializer_list<QString> list)
{
    return QStringList(list);
}

QString addContact(KeychainVault& vault, const char* given, const char* family, const char* email)
{
    const CliResult r = vault.run({QStringLiteral("--json"),
                                   QStringLiteral("contact"),
                                   QStringLiteral("add"),
                                   QStringLiteral("--given"),
                                   QString::fromUtf8(given),
                                   QStringLiteral("--family"),
                                   QString::fromUtf8(family),
                                   QStringLiteral("--email"),
                                   QString::fromUtf8(email),
                                   QStringLiteral("--tag"),
                                   QStringLiteral("fair")});
    return r.exitCode == 0 ? r.json().value(QStringLiteral("uid")).toString() : QString();
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

} // namespace

class TestCliSubject : public QObject
{
    Q_OBJECT

private slots:
    void restrictionMakesTheContactReadOnlyEverywhere()
    {
        QTemporaryDir root;
        KeychainVault vault(root.path());
        QVERIFY(vault.init());
        const QString rita = addContact(vault, "Rita", "Restricted", "rita@example.org");
        const QString kim = addContact(vault, "Kim", "Kept", "kim@example.org");
        QVERIFY(!rita.isEmpty() && !kim.isEmpty());
        QCOMPARE(
            vault.run(args({QStringLiteral("consent"), QStringLiteral("grant"), rita, QStringLiteral("Newsletter")}))
                .exitCode,
            0);

        const CliResult restricted = vault.run(args({QStringLiteral("--json"),
                                                     QStringLiteral("subject"),
                                                     QStringLiteral("restrict"),
                                                     rita,
                                                     QStringLiteral("--reason"),
                                                     QStringLiteral("accuracy contested")}));
        QVERIFY2(restricted.exitCode == 0, restricted.describe());
        QCOMPARE(restricted.json().value(QStringLiteral("uid")).toString(), rita);
        QCOMPARE(restricted.json().value(QStringLiteral("restricted")).toBool(), true);
        QCOMPARE(restricted.json().value(QStringLiteral("restriction_reason")).toString(),
                 QStringLiteral("accuracy contested"));
        const QString since = restricted.json().value(QStringLiteral("restricted_at")).toString();
        QVERIFY(!since.isEmpty());

        const CliResult shown = vault.run(args({QStringLiteral("contact"), QStringLiteral("show"), rita}));
        QVERIFY2(shown.exitCode == 0, shown.describe());
        QVERIFY2(shown.outText().contains(QStringLiteral("Restricted since %1 (Art. 18)").arg(since)),
                 shown.describe());
        const CliResult shownJson
            = vault.run(args({QStringLiteral("--json"), QStringLiteral("contact"), QStringLiteral("show"), rita}));
        QCOMPARE(shownJson.json().value(QStringLiteral("restricted_at")).toString(), since);
        QVERIFY(shownJson.json().value(QStringLiteral("marketing_objection_at")).isNull());

        // Every write is refused with one line naming the uid, not the person; exit 1 (a conflict).
        const QList<QStringList> writes {
            args({QStringLiteral("contact"),
                  QStringLiteral("edit"),
                  rita,
                  QStringLiteral("--given"),
                  QStringLiteral("R")}),
            args({QStringLiteral("contact"),
                  QStringLiteral("edit"),
                  rita,
                  QStringLiteral("--tag"),
                  QStringLiteral("vip")}),
            args({QStringLiteral("contact"), QStringLiteral("delete"), rita, QStringLiteral("--yes")}),
            args({QStringLiteral("consent"), QStringLiteral("grant"), rita, QStringLiteral("Newsletter")}),
            args({QStringLiteral("subject"), QStringLiteral("restrict"), rita}),
        };
        for (const QStringList& write : writes) {
            const CliResult r = vault.run(write);
            QVERIFY2(r.exitCode == 1,
                     qPrintable(write.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::fromUtf8(r.describe())));
            QCOMPARE(r.errLines().size(), 1);
            QVERIFY2(r.errText().contains(rita), r.describe());
            QVERIFY(!r.errText().contains(QStringLiteral("Rita")));
        }
        QVERIFY(vault
                    .run(args({QStringLiteral("contact"),
                               QStringLiteral("edit"),
                               rita,
                               QStringLiteral("--given"),
                               QStringLiteral("R")}))
                    .errText()
                    .contains(QStringLiteral("is restricted (Art. 18) since")));
        // An import that would merge into her changes nothing, not even the new row.
        const QString csv = root.filePath(QStringLiteral("people.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("given,family,email,city\nRita,Restricted,rita@example.org,Kiel\nNora,New,nora@example.org,Bonn\n");
        }
        // The line naming her is an invalid row (exit 7, with its line number); skipping it imports the rest.
        const CliResult imported
            = vault.run(args({QStringLiteral("import"), csv, QStringLiteral("--on-match"), QStringLiteral("merge")}));
        QVERIFY2(imported.exitCode == 7, imported.describe());
        QVERIFY2(QString::fromUtf8(imported.out)
                     .contains(QStringLiteral("Line 2 names a contact whose processing is restricted")),
                 imported.describe());
        QCOMPARE(vault.run(args({QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("Nora")}))
                     .json()
                     .value(QStringLiteral("hits"))
                     .toArray()
                     .size(),
                 0);
        const CliResult skipping = vault.run(args({QStringLiteral("import"),
                                                   csv,
                                                   QStringLiteral("--on-match"),
                                                   QStringLiteral("merge"),
                                                   QStringLiteral("--skip-invalid")}));
        QVERIFY2(skipping.exitCode == 0, skipping.describe());
        QCOMPARE(vault.run(args({QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("Nora")}))
                     .json()
                     .value(QStringLiteral("hits"))
                     .toArray()
                     .size(),
                 1);

        // Withdrawing her consent stays possible (Art. 7(3)).
        QCOMPARE(
            vault.run(args({QStringLiteral("consent"), QStringLiteral("withdraw"), rita, QStringLiteral("Newsletter")}))
                .exitCode,
            0);

        // Exports leave her out, with or without a selection, and say so.
        for (const QStringList& selection : {QStringList {},
                                             QStringList {QStringLiteral("--tag"), QStringLiteral("fair")},
                                             QStringList {QStringLiteral("--format"), QStringLiteral("vcard")}}) {
            const QString out = root.filePath(QStringLiteral("out-%1.txt").arg(selection.join(QString())));
            const CliResult exported = vault.run(
                args({QStringLiteral("--json"), QStringLiteral("export"), QStringLiteral("--out"), out}) + selection);
            QVERIFY2(exported.exitCode == 0, exported.describe());
            // Kim, and Nora (imported above) when no tag narrows the selection.
            QCOMPARE(exported.json().value(QStringLiteral("contacts")).toInt(), selection.contains(u"--tag") ? 1 : 2);
            QCOMPARE(exported.json()
                         .value(QStringLiteral("left_out"))
                         .toObject()
                         .value(QStringLiteral("restricted"))
                         .toInt(),
                     1);
            const QByteArray written = readFile(out);
            QVERIFY(written.contains("Kim"));
            QVERIFY(!written.contains("Rita"));
            QVERIFY(!written.contains(rita.toUtf8()));
        }
        const CliResult human = vault.run(
            args({QStringLiteral("export"), QStringLiteral("--out"), root.filePath(QStringLiteral("human.csv"))}));
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(human.errText().contains(QStringLiteral("Not exported (Art. 18): left out: 1 restricted")),
                 human.describe());

        // Lifted: writes go through again, and the history shows them.
        const CliResult lifted = vault.run(
            args({QStringLiteral("--json"), QStringLiteral("subject"), QStringLiteral("unrestrict"), rita}));
        QVERIFY2(lifted.exitCode == 0, lifted.describe());
        QCOMPARE(lifted.json().value(QStringLiteral("restricted")).toBool(), false);
        QCOMPARE(vault.run(args({QStringLiteral("subject"), QStringLiteral("unrestrict"), rita})).exitCode, 1);
        QCOMPARE(vault
                     .run(args({QStringLiteral("contact"),
                                QStringLiteral("edit"),
                                rita,
                                QStringLiteral("--given"),
                                QStringLiteral("Rita-Maria")}))
                     .exitCode,
                 0);
        const CliResult history
            = vault.run(args({QStringLiteral("--json"), QStringLiteral("contact"), QStringLiteral("history"), rita}));
        QVERIFY2(history.exitCode == 0, history.describe());
        const QJsonArray changes = history.json().value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).toObject().value(QStringLiteral("field")).toString(), QStringLiteral("given"));
        QCOMPARE(changes.at(0).toObject().value(QStringLiteral("old_value")).toString(), QStringLiteral("Rita"));
        QCOMPARE(changes.at(0).toObject().value(QStringLiteral("changed_by_name")).toString(), QStringLiteral("owner"));
        const CliResult historyText = vault.run(args({QStringLiteral("contact"), QStringLiteral("history"), rita}));
        QCOMPARE(historyText.exitCode, 0);
        QVERIFY(historyText.outText().contains(QStringLiteral("given")));
        QVERIFY(historyText.outText().contains(QStringLiteral("No recipients to tell")));
    }

    void objectionIsRecordedBySalesRepsAndWithdrawsMarketingConsent()
    {
        QTemporaryDir root;
        KeychainVault vault(root.path());
        QVERIFY(vault.init());
        const QString otto = addContact(vault, "Otto", "Objecting", "otto@example.org");
        QVERIFY(!otto.isEmpty());
        QCOMPARE(
            vault.run(args({QStringLiteral("consent"), QStringLiteral("grant"), otto, QStringLiteral("Newsletter")}))
                .exitCode,
            0);
        QCOMPARE(vault
                     .run(args({QStringLiteral("profile"),
                                QStringLiteral("add"),
                                QStringLiteral("rep"),
                                QStringLiteral("--role"),
                                QStringLiteral("sales-rep")}))
                     .exitCode,
                 0);
        // A sales rep may not restrict (exit 6, audited) but records the objection they heard on the phone.
        const CliResult denied = vault.run(args({QStringLiteral("--profile"),
                                                 QStringLiteral("rep"),
                                                 QStringLiteral("subject"),
                                                 QStringLiteral("restrict"),
                                                 otto}));
        QCOMPARE(denied.exitCode, 6);
        QCOMPARE(denied.errLines().size(), 1);
        const CliResult objected = vault.run(args({QStringLiteral("--json"),
                                                   QStringLiteral("--profile"),
                                                   QStringLiteral("rep"),
                                                   QStringLiteral("subject"),
                                                   QStringLiteral("object"),
                                                   otto}));
        QVERIFY2(objected.exitCode == 0, objected.describe());
        QCOMPARE(objected.json().value(QStringLiteral("objected_to_marketing")).toBool(), true);
        QCOMPARE(objected.json().value(QStringLiteral("restricted")).toBool(), false);
        const QString on = objected.json().value(QStringLiteral("marketing_objection_at")).toString();
        QVERIFY(!on.isEmpty());
        QVERIFY(vault.run(args({QStringLiteral("contact"), QStringLiteral("show"), otto}))
                    .outText()
                    .contains(QStringLiteral("Objected to direct marketing on %1").arg(on)));
        // The ledger shows the withdrawal; the marketing export leaves him out.
        const CliResult history = vault.run(args({QStringLiteral("--json"),
                                                  QStringLiteral("consent"),
                                                  QStringLiteral("history"),
                                                  otto,
                                                  QStringLiteral("Newsletter")}));
        QVERIFY2(history.exitCode == 0, history.describe());
        const QJsonArray events = history.json().value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("withdrawn"));
        const CliResult gated = vault.run(args({QStringLiteral("--json"),
                                                QStringLiteral("export"),
                                                QStringLiteral("--purpose"),
                                                QStringLiteral("Newsletter"),
                                                QStringLiteral("--out"),
                                                root.filePath(QStringLiteral("news.csv"))}));
        QVERIFY2(gated.exitCode == 0, gated.describe());
        QCOMPARE(gated.json().value(QStringLiteral("contacts")).toInt(), 0);
        QCOMPARE(gated.json()
                     .value(QStringLiteral("left_out"))
                     .toObject()
                     .value(QStringLiteral("objected-to-marketing"))
                     .toInt(),
                 1);
        // Once is enough: a second objection is a conflict (exit 1).
        QCOMPARE(vault.run(args({QStringLiteral("subject"), QStringLiteral("object"), otto})).exitCode, 1);
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<int>("exitCode");
        const QString unknown = QStringLiteral("00000000-0000-4000-8000-000000000000");
        QTest::newRow("restrict unknown")
            << args({QStringLiteral("subject"), QStringLiteral("restrict"), unknown}) << 5;
        QTest::newRow("unrestrict unknown")
            << args({QStringLiteral("subject"), QStringLiteral("unrestrict"), unknown}) << 5;
        QTest::newRow("object unknown") << args({QStringLiteral("subject"), QStringLiteral("object"), unknown}) << 5;
        QTest::newRow("history unknown") << args({QStringLiteral("contact"), QStringLiteral("history"), unknown}) << 5;
        QTest::newRow("not a uid") << args(
            {QStringLiteral("subject"), QStringLiteral("restrict"), QStringLiteral("Rita")})
                                   << 2;
        QTest::newRow("missing contact") << args({QStringLiteral("subject"), QStringLiteral("object")}) << 2;
        QTest::newRow("two contacts") << args(
            {QStringLiteral("subject"), QStringLiteral("unrestrict"), unknown, unknown})
                                      << 2;
        QTest::newRow("unknown option") << args({QStringLiteral("subject"),
                                                 QStringLiteral("object"),
                                                 unknown,
                                                 QStringLiteral("--reason"),
                                                 QStringLiteral("x")})
                                        << 2;
        QTest::newRow("unknown sub-verb") << args({QStringLiteral("subject"), QStringLiteral("forget"), unknown}) << 2;
    }

    void badInputChangesNothing()
    {
        QFETCH(QStringList, command);
        QFETCH(int, exitCode);
        if (!m_vault) {
            m_root = std::make_unique<QTemporaryDir>();
            m_vault = std::make_unique<KeychainVault>(m_root->path());
            QVERIFY(m_vault->init());
        }
        const CliResult r = m_vault->run(command);
        QVERIFY2(r.exitCode == exitCode, r.describe());
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY(r.out.isEmpty());
    }

    void badInputWroteNothing()
    {
        QVERIFY(m_vault);
        const CliResult audit
            = vault().run(args({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list")}));
        QVERIFY2(audit.exitCode == 0, audit.describe());
        for (const auto& e : audit.json().value(QStringLiteral("entries")).toArray()) {
            QVERIFY(!e.toObject().value(QStringLiteral("action")).toString().startsWith(QLatin1String("subject.")));
        }
    }

private:
    KeychainVault& vault()
    {
        return *m_vault;
    }
    std::unique_ptr<QTemporaryDir> m_root;
    std::unique_ptr<KeychainVault> m_vault;
};

QTEST_GUILESS_MAIN(TestCliSubject)
#include "TestCliSubject.moc"
