#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include "tests/e2e/CliRunner.h"

#include <memory>

using namespace confidant::test;

//! activity add|list and task add|list|done through the real confidant-cli, with --json and exit codes.
class TestCliActivities : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<KeychainVault> m_shared;

    static QString uidOf(const CliResult& r)
    {
        return r.json().value(QStringLiteral("uid")).toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!CliRunner::binary().isEmpty(), "CONFIDANT_CLI is not set");
    }

    void logListAndCompleteThroughTheCli()
    {
        KeychainVault vault(m_dir.filePath(QStringLiteral("journey")));
        // Local times in the vault's CLI are the machine's; fix the zone so the test means the same everywhere.
        vault.runner().environment().insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        CliResult r;
        QVERIFY2(vault.init(&r), r.describe());
        r = vault.run({QStringLiteral("--json"),
                       QStringLiteral("contact"),
                       QStringLiteral("add"),
                       QStringLiteral("--given"),
                       QStringLiteral("Ada"),
                       QStringLiteral("--family"),
                       QStringLiteral("Lovelace")});
        QCOMPARE(r.exitCode, 0);
        const QString ada = uidOf(r);
        r = vault.run({QStringLiteral("--json"),
                       QStringLiteral("company"),
                       QStringLiteral("add"),
                       QStringLiteral("--name"),
                       QStringLiteral("Analytical Engines")});
        QCOMPARE(r.exitCode, 0);
        const QString company = uidOf(r);

        r = vault.run({QStringLiteral("--json"),
                       QStringLiteral("activity"),
                       QStringLiteral("add"),
                       QStringLiteral("--kind"),
                       QStringLiteral("call"),
                       QStringLiteral("--subject"),
                       QStringLiteral("First call"),
                       QStringLiteral("--at"),
                       QStringLiteral("2026-02-01 09:30"),
                       QStringLiteral("--contact"),
                       ada,
                       QStringLiteral("--company"),
                       company});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QString call = uidOf(r);
        r = vault.run({QStringLiteral("--json"),
                       QStringLiteral("activity"),
                       QStringLiteral("add"),
                       QStringLiteral("--kind"),
                       QStringLiteral("note"),
                       QStringLiteral("--body"),
                       QStringLiteral("Prefers email"),
                       QStringLiteral("--at"),
                       QStringLiteral("2026-02-02T10:00:00Z"),
                       QStringLiteral("--contact"),
                       ada});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QString note = uidOf(r);

        r = vault.run({QStringLiteral("--json"),
                       QStringLiteral("activity"),
                       QStringLiteral("list"),
                       QStringLiteral("--contact"),
                       ada,
                       QStringLiteral("--limit"),
                       QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QJsonArray rows = r.json().value(QStringLiteral("activities")).toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("uid")).toString(), note);
        const QString cursor = r.json().value(QStringLiteral("next_cursor")).toString();
        QVERIFY(!cursor.isEmpty());
        r = vault.run({QStringLiteral("--json"),
                       QStringLiteral("activity"),
                       QStringLiteral("list"),
                       QStringLiteral("--contact"),
                       ada,
                       QStringLiteral("--after"),
                       cursor});
        QVERIFY2(r.exitCode == 0, r.describe());
        rows = r.json().value(QStringLiteral("activities")).toArray();
        QCOMPARE(rows.size(), 1);
        const QJsonObject first = rows.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("uid")).toString(), call);
        QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("call"));
        QCOMPARE(first.value(QStringLiteral("at")).toString(), QStringLiteral("2026-02-01T09:30:00.000Z"));
        QCOMPARE(first.value(QStringLiteral("links")).toArray().size(), 2);
        QVERIFY(r.json().value(QStringLiteral("next_cursor")).isNull());

        // The company's timeline has the call only.
        r = vault.run({QStringLiteral("--json"),
                       QStringLiteral("activity"),
                       QStringLiteral("list"),
                       QStringLiteral("--company"),
                       company});
        QCOMPARE(r.json().value(QStringLiteral("activities")).toArray().size(), 1);

        r = vault.run({QStringLiteral("--json"),
                       QStringLiteral("task"),
                       QStringLiteral("add"),
                       QStringLiteral("--subject"),
                       QStringLiteral("Send the offer"),
                       QStringLiteral("--due"),
                       QStringLiteral("2026-02-03"),
                       QStringLiteral("--remind"),
                       QStringLiteral("2026-02-03T08:00"),
                       QStringLiteral("--contact"),
                       ada});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QString task = uidOf(r);

        r = vault.run(
            {QStringLiteral("--json"), QStringLiteral("task"), QStringLiteral("list"), QStringLiteral("--mine")});
        QVERIFY2(r.exitCode == 0, r.describe());
        rows = r.json().value(QStringLiteral("tasks")).toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("due_at")).toString(),
                 QStringLiteral("2026-02-03T23:59:00.000Z"));
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("remind_at")).toString(),
                 QStringLiteral("2026-02-03T08:00:00.000Z"));

        r = vault.run({QStringLiteral("--json"), QStringLiteral("task"), QStringLiteral("done"), task});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.json().value(QStringLiteral("done")).toBool(), true);
        r = vault.run({QStringLiteral("--json"), QStringLiteral("task"), QStringLiteral("list")});
        QCOMPARE(r.json().value(QStringLiteral("tasks")).toArray().size(), 0);
        r = vault.run(
            {QStringLiteral("--json"), QStringLiteral("task"), QStringLiteral("list"), QStringLiteral("--done")});
        QCOMPARE(r.json().value(QStringLiteral("tasks")).toArray().size(), 1);

        // Without a filter: the acting profile's recent activities (the task too).
        r = vault.run({QStringLiteral("--json"), QStringLiteral("activity"), QStringLiteral("list")});
        QCOMPARE(r.json().value(QStringLiteral("activities")).toArray().size(), 3);

        // Human output works as well.
        r = vault.run({QStringLiteral("task"), QStringLiteral("list"), QStringLiteral("--all")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().contains(QStringLiteral("Send the offer")));
    }

    void mistakesGetTheirExitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        const QString missing = QStringLiteral("6f1c2a3e-0000-4000-8000-000000000000");
        QTest::newRow("unknown kind") << QStringList {QStringLiteral("activity"),
                                                      QStringLiteral("add"),
                                                      QStringLiteral("--kind"),
                                                      QStringLiteral("fax"),
                                                      QStringLiteral("--subject"),
                                                      QStringLiteral("x")}
                                      << 2;
        QTest::newRow("no subject") << QStringList {QStringLiteral("activity"),
                                                    QStringLiteral("add"),
                                                    QStringLiteral("--kind"),
                                                    QStringLiteral("call")}
                                    << 2;
        QTest::newRow("bad time") << QStringList {QStringLiteral("activity"),
                                                  QStringLiteral("add"),
                                                  QStringLiteral("--kind"),
                                                  QStringLiteral("call"),
                                                  QStringLiteral("--subject"),
                                                  QStringLiteral("x"),
                                                  QStringLiteral("--at"),
                                                  QStringLiteral("yesterday")}
                                  << 2;
        QTest::newRow("task without due") << QStringList {QStringLiteral("task"),
                                                          QStringLiteral("add"),
                                                          QStringLiteral("--subject"),
                                                          QStringLiteral("x")}
                                          << 2;
        QTest::newRow("reminder after due") << QStringList {QStringLiteral("task"),
                                                            QStringLiteral("add"),
                                                            QStringLiteral("--subject"),
                                                            QStringLiteral("x"),
                                                            QStringLiteral("--due"),
                                                            QStringLiteral("2026-02-03T10:00"),
                                                            QStringLiteral("--remind"),
                                                            QStringLiteral("2026-02-04")}
                                            << 7;
        QTest::newRow("unknown contact") << QStringList {QStringLiteral("activity"),
                                                         QStringLiteral("add"),
                                                         QStringLiteral("--kind"),
                                                         QStringLiteral("note"),
                                                         QStringLiteral("--subject"),
                                                         QStringLiteral("x"),
                                                         QStringLiteral("--contact"),
                                                         missing}
                                         << 5;
        QTest::newRow("unknown task") << QStringList {QStringLiteral("task"), QStringLiteral("done"), missing} << 5;
        QTest::newRow("contact is no uid") << QStringList {QStringLiteral("activity"),
                                                           QStringLiteral("list"),
                                                           QStringLiteral("--contact"),
                                                           QStringLiteral("Ada")}
                                           << 2;
        QTest::newRow("done and all") << QStringList {QStringLiteral("task"),
                                                      QStringLiteral("list"),
                                                      QStringLiteral("--done"),
                                                      QStringLiteral("--all")}
                                      << 2;
    }

    void mistakesGetTheirExitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        if (!m_shared) {
            m_shared = std::make_unique<KeychainVault>(m_dir.filePath(QStringLiteral("mistakes")));
            QVERIFY(m_shared->init());
        }
        const CliResult r = m_shared->run(arguments);
        QVERIFY2(r.exitCode == exitCode, r.describe());
        QCOMPARE(r.errLines().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliActivities)
#include "TestCliActivities.moc"
