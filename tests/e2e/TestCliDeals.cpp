#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "tests/e2e/CliRunner.h"

using namespace confidant::test;

class TestCliDeals : public QObject
{
    Q_OBJECT

private slots:
    void dealJourney()
    {
        QTemporaryDir root;
        KeychainVault vault(root.path());
        QVERIFY(vault.init());

        CliResult company = vault.run({QStringLiteral("company"),
                                       QStringLiteral("add"),
                                       QStringLiteral("--name"),
                                       QStringLiteral("Nordlicht Optik")});
        QCOMPARE(company.exitCode, 0);
        CliResult contact = vault.run({QStringLiteral("--json"),
                                       QStringLiteral("contact"),
                                       QStringLiteral("add"),
                                       QStringLiteral("--given"),
                                       QStringLiteral("Greta"),
                                       QStringLiteral("--family"),
                                       QStringLiteral("Lund")});
        QCOMPARE(contact.exitCode, 0);
        const QString contactUid = contact.json().value(QStringLiteral("uid")).toString();

        CliResult add = vault.run({QStringLiteral("--json"),
                                   QStringLiteral("deal"),
                                   QStringLiteral("add"),
                                   QStringLiteral("--title"),
                                   QStringLiteral("Lenses 2026"),
                                   QStringLiteral("--value"),
                                   QStringLiteral("1234.50"),
                                   QStringLiteral("--currency"),
                                   QStringLiteral("EUR"),
                                   QStringLiteral("--close"),
                                   QStringLiteral("2026-06-30"),
                                   QStringLiteral("--company"),
                                   QStringLiteral("Nordlicht Optik"),
                                   QStringLiteral("--contact"),
                                   contactUid,
                                   QStringLiteral("--tag"),
                                   QStringLiteral("optics")});
        QVERIFY2(add.exitCode == 0, add.describe());
        const QJsonObject deal = add.json();
        const QString uid = deal.value(QStringLiteral("uid")).toString();
        QVERIFY(!QUuid::fromString(uid).isNull());
        QCOMPARE(deal.value(QStringLiteral("value")).toString(), QStringLiteral("1234.50"));
        QCOMPARE(deal.value(QStringLiteral("value_minor")).toInteger(), qint64(123450));
        QCOMPARE(deal.value(QStringLiteral("stage")).toString(), QStringLiteral("Lead"));
        QCOMPARE(deal.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QCOMPARE(deal.value(QStringLiteral("company")).toString(), QStringLiteral("Nordlicht Optik"));
        QCOMPARE(deal.value(QStringLiteral("contacts")).toArray().first().toString(), contactUid);
        QCOMPARE(deal.value(QStringLiteral("expected_close")).toString(), QStringLiteral("2026-06-30"));

        CliResult moved = vault.run({QStringLiteral("deal"), QStringLiteral("move"), uid, QStringLiteral("proposal")});
        QVERIFY2(moved.exitCode == 0, moved.describe());
        CliResult won = vault.run({QStringLiteral("--json"), QStringLiteral("deal"), QStringLiteral("won"), uid});
        QVERIFY2(won.exitCode == 0, won.describe());
        QCOMPARE(won.json().value(QStringLiteral("status")).toString(), QStringLiteral("won"));

        CliResult noReason = vault.run({QStringLiteral("deal"), QStringLiteral("lost"), uid});
        QCOMPARE(noReason.exitCode, 2);
        CliResult lost = vault.run({QStringLiteral("--json"),
                                    QStringLiteral("deal"),
                                    QStringLiteral("lost"),
                                    uid,
                                    QStringLiteral("--reason"),
                                    QStringLiteral("budget cut")});
        QVERIFY2(lost.exitCode == 0, lost.describe());
        QCOMPARE(lost.json().value(QStringLiteral("status")).toString(), QStringLiteral("lost"));
        QCOMPARE(lost.json().value(QStringLiteral("close_reason")).toString(), QStringLiteral("budget cut"));

        CliResult list = vault.run({QStringLiteral("--json"),
                                    QStringLiteral("deal"),
                                    QStringLiteral("list"),
                                    QStringLiteral("--status"),
                                    QStringLiteral("lost")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray rows = list.json().value(QStringLiteral("deals")).toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value(QStringLiteral("uid")).toString(), uid);
        QCOMPARE(rows.first().toObject().value(QStringLiteral("stage")).toString(), QStringLiteral("Lost"));
        CliResult openOnes = vault.run({QStringLiteral("--json"),
                                        QStringLiteral("deal"),
                                        QStringLiteral("list"),
                                        QStringLiteral("--status"),
                                        QStringLiteral("open")});
        QCOMPARE(openOnes.json().value(QStringLiteral("deals")).toArray().size(), 0);

        CliResult history
            = vault.run({QStringLiteral("--json"), QStringLiteral("deal"), QStringLiteral("history"), uid});
        QCOMPARE(history.exitCode, 0);
        QStringList path;
        for (const auto& change : history.json().value(QStringLiteral("history")).toArray()) {
            path.append(change.toObject().value(QStringLiteral("from")).toString(QStringLiteral("-"))
                        + QStringLiteral(">") + change.toObject().value(QStringLiteral("to")).toString());
        }
        QCOMPARE(path,
                 QStringList({QStringLiteral("->Lead"),
                              QStringLiteral("Lead>Proposal"),
                              QStringLiteral("Proposal>Won"),
                              QStringLiteral("Won>Lost")}));

        CliResult audit = vault.run({QStringLiteral("--json"),
                                     QStringLiteral("audit"),
                                     QStringLiteral("list"),
                                     QStringLiteral("--entity"),
                                     uid});
        QCOMPARE(audit.exitCode, 0);
        QStringList actions;
        for (const auto& e : audit.json().value(QStringLiteral("entries")).toArray()) {
            actions.prepend(e.toObject().value(QStringLiteral("action")).toString());
        }
        QCOMPARE(actions,
                 QStringList({QStringLiteral("deal.create"),
                              QStringLiteral("deal.move"),
                              QStringLiteral("deal.won"),
                              QStringLiteral("deal.lost")}));
        // The reason is free text: it stays out of stderr and the audit trail.
        QVERIFY(!audit.outText().contains(QStringLiteral("budget")));
    }

    void exitCodes()
    {
        QTemporaryDir root;
        KeychainVault vault(root.path());
        QVERIFY(vault.init());
        CliResult add = vault.run(
            {QStringLiteral("deal"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("X")});
        QCOMPARE(add.exitCode, 0);
        const QString uid = add.outText().trimmed();

        QCOMPARE(vault.run({QStringLiteral("deal"), QStringLiteral("move"), uid, QStringLiteral("Nowhere")}).exitCode,
                 5);
        QCOMPARE(vault
                     .run({QStringLiteral("deal"),
                           QStringLiteral("show"),
                           QUuid::createUuid().toString(QUuid::WithoutBraces)})
                     .exitCode,
                 5);
        QCOMPARE(vault.run({QStringLiteral("deal"), QStringLiteral("show"), QStringLiteral("not-a-uid")}).exitCode, 2);
        QCOMPARE(vault.run({QStringLiteral("deal"), QStringLiteral("add")}).exitCode, 2);
        QCOMPARE(vault
                     .run({QStringLiteral("deal"),
                           QStringLiteral("add"),
                           QStringLiteral("--title"),
                           QStringLiteral("Y"),
                           QStringLiteral("--currency"),
                           QStringLiteral("XYZ")})
                     .exitCode,
                 7);
        QCOMPARE(vault
                     .run({QStringLiteral("deal"),
                           QStringLiteral("add"),
                           QStringLiteral("--title"),
                           QStringLiteral("Y"),
                           QStringLiteral("--currency"),
                           QStringLiteral("JPY"),
                           QStringLiteral("--value"),
                           QStringLiteral("10.5")})
                     .exitCode,
                 7);
        QCOMPARE(
            vault
                .run({QStringLiteral("deal"), QStringLiteral("list"), QStringLiteral("--sort"), QStringLiteral("size")})
                .exitCode,
            2);
        // Moving the deal into Proposal, then removing Proposal: refused while it holds the deal (exit 1).
        QCOMPARE(vault.run({QStringLiteral("deal"), QStringLiteral("move"), uid, QStringLiteral("Proposal")}).exitCode,
                 0);
        CliResult refused
            = vault.run({QStringLiteral("pipeline"), QStringLiteral("stage-remove"), QStringLiteral("Proposal")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.errText().contains(QStringLiteral("1 deal")), refused.describe());
    }

    void salesRepCannotConfigureStages()
    {
        QTemporaryDir root;
        KeychainVault vault(root.path());
        QVERIFY(vault.init());
        QCOMPARE(vault
                     .run({QStringLiteral("profile"),
                           QStringLiteral("add"),
                           QStringLiteral("rep"),
                           QStringLiteral("--role"),
                           QStringLiteral("sales-rep")})
                     .exitCode,
                 0);
        QCOMPARE(vault
                     .run({QStringLiteral("profile"),
                           QStringLiteral("add"),
                           QStringLiteral("reader"),
                           QStringLiteral("--role"),
                           QStringLiteral("read-only")})
                     .exitCode,
                 0);
        CliResult add = vault.run({QStringLiteral("--profile"),
                                   QStringLiteral("rep"),
                                   QStringLiteral("deal"),
                                   QStringLiteral("add"),
                                   QStringLiteral("--title"),
                                   QStringLiteral("Rep deal")});
        QVERIFY2(add.exitCode == 0, add.describe());
        const QString uid = add.outText().trimmed();
        QCOMPARE(vault
                     .run({QStringLiteral("--profile"),
                           QStringLiteral("rep"),
                           QStringLiteral("deal"),
                           QStringLiteral("move"),
                           uid,
                           QStringLiteral("Qualified")})
                     .exitCode,
                 0);
        QCOMPARE(vault
                     .run({QStringLiteral("--profile"),
                           QStringLiteral("rep"),
                           QStringLiteral("pipeline"),
                           QStringLiteral("stage-add"),
                           QStringLiteral("--name"),
                           QStringLiteral("Demo")})
                     .exitCode,
                 6);
        QCOMPARE(vault
                     .run({QStringLiteral("--profile"),
                           QStringLiteral("rep"),
                           QStringLiteral("pipeline"),
                           QStringLiteral("stage-edit"),
                           QStringLiteral("Lead"),
                           QStringLiteral("--probability"),
                           QStringLiteral("20")})
                     .exitCode,
                 6);
        QCOMPARE(vault
                     .run({QStringLiteral("--profile"),
                           QStringLiteral("reader"),
                           QStringLiteral("deal"),
                           QStringLiteral("move"),
                           uid,
                           QStringLiteral("Lead")})
                     .exitCode,
                 6);
        QCOMPARE(vault
                     .run({QStringLiteral("--profile"),
                           QStringLiteral("reader"),
                           QStringLiteral("deal"),
                           QStringLiteral("list")})
                     .exitCode,
                 0);
        // The owner may.
        CliResult owner = vault.run({QStringLiteral("--json"),
                                     QStringLiteral("pipeline"),
                                     QStringLiteral("stage-add"),
                                     QStringLiteral("--name"),
                                     QStringLiteral("Demo"),
                                     QStringLiteral("--probability"),
                                     QStringLiteral("30"),
                                     QStringLiteral("--position"),
                                     QStringLiteral("3")});
        QVERIFY2(owner.exitCode == 0, owner.describe());
        QCOMPARE(owner.json().value(QStringLiteral("position")).toInt(), 3);
        CliResult pipelines = vault.run({QStringLiteral("--json"), QStringLiteral("pipeline"), QStringLiteral("list")});
        const QJsonArray stages = pipelines.json()
                                      .value(QStringLiteral("pipelines"))
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(QStringLiteral("stages"))
                                      .toArray();
        QCOMPARE(stages.size(), 7);
        QCOMPARE(stages.at(2).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Demo"));
    }
};

QTEST_GUILESS_MAIN(TestCliDeals)
#include "TestCliDeals.moc"
