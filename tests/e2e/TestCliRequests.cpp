#include <QDateTime>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "tests/e2e/CliRunner.h"

using namespace confidant::test;

namespace {

const QString kRequester = QStringLiteral("Anna Berg <anna.canary@example.org>");

QString addContact(KeychainVault& vault, const char* given, const char* family)
{
    const CliResult r = vault.run({QStringLiteral("--json"),
                                   QStringLiteral("contact"),
                                   QStringLiteral("add"),
                                   QStringLiteral("--given"),
                                   QString::fromUtf8(given),
                                   QStringLiteral("--family"),
                                   QString::fromUtf8(family)});
    return r.exitCode == 0 ? r.json().value(QStringLiteral("uid")).toString() : QString();
}

QDate todayUtc()
{
    return QDateTime::currentDateTimeUtc().date();
}

QJsonArray requestsIn(const CliResult& r)
{
    return r.json().value(QStringLiteral("requests")).toArray();
}

} // namespace

class TestCliRequests : public QObject
{
    Q_OBJECT

private slots:
    void addListVerifyExtendClose()
    {
        QTemporaryDir root;
        KeychainVault vault(root.path());
        QVERIFY(vault.init());
        const QString anna = addContact(vault, "Anna", "Berg");
        QVERIFY(!anna.isEmpty());
        const QDate received = todayUtc().addDays(-10);
        const QDate due = received.addMonths(1);
        const QString reference = QStringLiteral("R-%1-0001").arg(received.year());

        const CliResult add = vault.run({QStringLiteral("--json"),
                                         QStringLiteral("request"),
                                         QStringLiteral("add"),
                                         QStringLiteral("--kind"),
                                         QStringLiteral("access"),
                                         QStringLiteral("--jurisdiction"),
                                         QStringLiteral("gdpr"),
                                         QStringLiteral("--channel"),
                                         QStringLiteral("letter"),
                                         QStringLiteral("--received"),
                                         received.toString(Qt::ISODate),
                                         QStringLiteral("--requester"),
                                         kRequester,
                                         QStringLiteral("--details"),
                                         QStringLiteral("A copy of everything you hold."),
                                         QStringLiteral("--contact"),
                                         anna});
        QVERIFY2(add.exitCode == 0, add.describe());
        const QJsonObject added = add.json();
        QVERIFY(!QUuid::fromString(added.value(QStringLiteral("uid")).toString()).isNull());
        QCOMPARE(added.value(QStringLiteral("reference")).toString(), reference);
        QCOMPARE(added.value(QStringLiteral("kind")).toString(), QStringLiteral("access"));
        QCOMPARE(added.value(QStringLiteral("channel")).toString(), QStringLiteral("letter"));
        QCOMPARE(added.value(QStringLiteral("status")).toString(), QStringLiteral("received"));
        QCOMPARE(added.value(QStringLiteral("due_date")).toString(), due.toString(Qt::ISODate));
        QCOMPARE(added.value(QStringLiteral("received_at")).toString(),
                 received.toString(Qt::ISODate) + QStringLiteral("T12:00:00.000Z")); // a day: 12:00 UTC, as the GUI
        QCOMPARE(
            added.value(QStringLiteral("contacts")).toArray().at(0).toObject().value(QStringLiteral("uid")).toString(),
            anna);
        QCOMPARE(
            added.value(QStringLiteral("contacts")).toArray().at(0).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("Anna Berg"));

        const CliResult list = vault.run({QStringLiteral("--json"), QStringLiteral("request"), QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0, list.describe());
        QCOMPARE(requestsIn(list).size(), 1);
        const QJsonObject listed = requestsIn(list).at(0).toObject();
        QCOMPARE(listed.value(QStringLiteral("reference")).toString(), reference);
        QCOMPARE(listed.value(QStringLiteral("due_date")).toString(), due.toString(Qt::ISODate));
        QCOMPARE(listed.value(QStringLiteral("days_left")).toInt(), static_cast<int>(todayUtc().daysTo(due)));
        QCOMPARE(listed.value(QStringLiteral("overdue")).toBool(), false);
        QCOMPARE(requestsIn(vault.run({QStringLiteral("--json"),
                                       QStringLiteral("request"),
                                       QStringLiteral("list"),
                                       QStringLiteral("--overdue")}))
                     .size(),
                 0);
        const CliResult human = vault.run({QStringLiteral("request"), QStringLiteral("list")});
        QVERIFY2(human.exitCode == 0 && human.outText().contains(reference)
                     && human.outText().contains(due.toString(Qt::ISODate)),
                 human.describe());

        // Completed before the identity is verified: refused, nothing changes.
        const CliResult early = vault.run({QStringLiteral("request"),
                                           QStringLiteral("close"),
                                           reference,
                                           QStringLiteral("--outcome"),
                                           QStringLiteral("completed")});
        QCOMPARE(early.exitCode, 7);
        QCOMPARE(early.errLines().size(), 1);
        QVERIFY2(early.errText().contains(QStringLiteral("request verify")), early.err);

        const CliResult verify = vault.run({QStringLiteral("--json"),
                                            QStringLiteral("request"),
                                            QStringLiteral("verify"),
                                            reference.toLower(),
                                            QStringLiteral("--method"),
                                            QStringLiteral("Called back on the number on file")});
        QVERIFY2(verify.exitCode == 0, verify.describe());
        QCOMPARE(verify.json().value(QStringLiteral("status")).toString(), QStringLiteral("verified"));
        QCOMPARE(verify.json().value(QStringLiteral("verified_by")).toString().isEmpty(), false);

        const CliResult extend = vault.run({QStringLiteral("--json"),
                                            QStringLiteral("request"),
                                            QStringLiteral("extend"),
                                            reference,
                                            QStringLiteral("--reason"),
                                            QStringLiteral("Records in three systems")});
        QVERIFY2(extend.exitCode == 0, extend.describe());
        QCOMPARE(extend.json().value(QStringLiteral("due_date")).toString(), due.addMonths(2).toString(Qt::ISODate));
        QCOMPARE(extend.json().value(QStringLiteral("original_due_date")).toString(), due.toString(Qt::ISODate));
        const QString reminder = QStringLiteral("Tell the requester about the extension and its reason by %1.")
                                     .arg(due.toString(Qt::ISODate));
        QVERIFY(extend.json().value(QStringLiteral("state")).toArray().contains(reminder));
        const CliResult again = vault.run({QStringLiteral("request"),
                                           QStringLiteral("extend"),
                                           reference,
                                           QStringLiteral("--reason"),
                                           QStringLiteral("x")});
        QCOMPARE(again.exitCode, 7);

        const CliResult told = vault.run({QStringLiteral("--json"),
                                          QStringLiteral("request"),
                                          QStringLiteral("update"),
                                          reference,
                                          QStringLiteral("--told")});
        QVERIFY2(told.exitCode == 0, told.describe());
        QVERIFY(!told.json().value(QStringLiteral("requester_told_at")).isNull());
        QVERIFY(!told.json().value(QStringLiteral("state")).toArray().contains(reminder));

        const CliResult close = vault.run({QStringLiteral("--json"),
                                           QStringLiteral("request"),
                                           QStringLiteral("close"),
                                           reference,
                                           QStringLiteral("--outcome"),
                                           QStringLiteral("completed"),
                                           QStringLiteral("--note"),
                                           QStringLiteral("Package sent by registered mail")});
        QVERIFY2(close.exitCode == 0, close.describe());
        QCOMPARE(close.json().value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
        QCOMPARE(close.json().value(QStringLiteral("outcome")).toString(), QStringLiteral("completed"));

        const CliResult show
            = vault.run({QStringLiteral("--json"), QStringLiteral("request"), QStringLiteral("show"), reference});
        QVERIFY2(show.exitCode == 0, show.describe());
        const QJsonObject shown = show.json();
        QCOMPARE(shown.value(QStringLiteral("requester")).toString(), kRequester);
        QCOMPARE(shown.value(QStringLiteral("verification_method")).toString(),
                 QStringLiteral("Called back on the number on file"));
        QCOMPARE(shown.value(QStringLiteral("extension_reason")).toString(),
                 QStringLiteral("Records in three systems"));
        QCOMPARE(shown.value(QStringLiteral("closing_note")).toString(),
                 QStringLiteral("Package sent by registered mail"));
        QCOMPARE(shown.value(QStringLiteral("artefacts")).toArray().size(), 0);
        QVERIFY(shown.value(QStringLiteral("days_left")).isNull());
        const CliResult showHuman = vault.run({QStringLiteral("request"), QStringLiteral("show"), reference});
        QVERIFY2(showHuman.exitCode == 0 && showHuman.outText().contains(QStringLiteral("Anna Berg")),
                 showHuman.describe());

        QCOMPARE(
            requestsIn(vault.run({QStringLiteral("--json"), QStringLiteral("request"), QStringLiteral("list")})).size(),
            0);
        QCOMPARE(requestsIn(vault.run({QStringLiteral("--json"),
                                       QStringLiteral("request"),
                                       QStringLiteral("list"),
                                       QStringLiteral("--all")}))
                     .size(),
                 1);
        // The audit trail names what was done, never who asked.
        const CliResult audit = vault.run({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list")});
        QVERIFY2(audit.exitCode == 0, audit.describe());
        QVERIFY(audit.outText().contains(QStringLiteral("request.close")));
        QVERIFY(!audit.outText().contains(QStringLiteral("canary")));
        QVERIFY(!audit.outText().contains(QStringLiteral("registered mail")));
    }

    void errorsHaveTheirExitCodesAndWriteNothing()
    {
        QTemporaryDir root;
        KeychainVault vault(root.path());
        QVERIFY(vault.init());
        const QString anna = addContact(vault, "Anna", "Berg");
        QVERIFY(!anna.isEmpty());
        QCOMPARE(vault
                     .run({QStringLiteral("profile"),
                           QStringLiteral("add"),
                           QStringLiteral("rep"),
                           QStringLiteral("--role"),
                           QStringLiteral("sales-rep")})
                     .exitCode,
                 0);
        const auto addWith = [&](const QStringList& extra) {
            return vault.run(QStringList {QStringLiteral("request"), QStringLiteral("add")} + extra);
        };
        const QStringList base {QStringLiteral("--kind"),
                                QStringLiteral("erasure"),
                                QStringLiteral("--jurisdiction"),
                                QStringLiteral("lgpd"),
                                QStringLiteral("--requester"),
                                kRequester};
        struct Case
        {
            const char* name;
            QStringList args;
            int exitCode;
        };
        const QList<Case> cases {
            {"no kind", {QStringLiteral("--jurisdiction"), QStringLiteral("gdpr")}, 2},
            {"no jurisdiction", {QStringLiteral("--kind"), QStringLiteral("access")}, 2},
            {"bad kind",
             {QStringLiteral("--kind"),
              QStringLiteral("gossip"),
              QStringLiteral("--jurisdiction"),
              QStringLiteral("gdpr")},
             7},
            {"bad jurisdiction",
             {QStringLiteral("--kind"),
              QStringLiteral("access"),
              QStringLiteral("--jurisdiction"),
              QStringLiteral("mars")},
             7},
            {"bad channel", base + QStringList {QStringLiteral("--channel"), QStringLiteral("pigeon")}, 7},
            {"future receipt",
             base + QStringList {QStringLiteral("--received"), todayUtc().addDays(3).toString(Qt::ISODate)},
             7},
            {"unreadable receipt", // a usage error, as every date that cannot be read (CLI.md "Dates and times")
             base + QStringList {QStringLiteral("--received"), QStringLiteral("last tuesday")},
             2},
            {"contact not a uid", base + QStringList {QStringLiteral("--contact"), QStringLiteral("Anna")}, 7},
            {"unknown contact",
             base + QStringList {QStringLiteral("--contact"), QStringLiteral("9b2e7c1a-0000-4000-8000-000000000000")},
             5},
        };
        for (const Case& c : cases) {
            const CliResult r = addWith(c.args);
            QVERIFY2(r.exitCode == c.exitCode,
                     qPrintable(QLatin1String(c.name) + QLatin1Char(' ') + QString::fromUtf8(r.describe())));
            QVERIFY2(r.errLines().size() == 1, c.name);
            QVERIFY2(r.out.isEmpty(), c.name);
            QVERIFY2(!r.errText().contains(QStringLiteral("canary")), c.name);
        }
        QCOMPARE(requestsIn(vault.run({QStringLiteral("--json"),
                                       QStringLiteral("request"),
                                       QStringLiteral("list"),
                                       QStringLiteral("--all")}))
                     .size(),
                 0);

        // A sales rep may neither add nor read: the requester is personal data.
        const CliResult denied = vault.run(
            QStringList {
                QStringLiteral("--profile"), QStringLiteral("rep"), QStringLiteral("request"), QStringLiteral("add")}
            + base);
        QCOMPARE(denied.exitCode, 6);
        QCOMPARE(vault
                     .run({QStringLiteral("--profile"),
                           QStringLiteral("rep"),
                           QStringLiteral("request"),
                           QStringLiteral("list")})
                     .exitCode,
                 6);

        const CliResult lgpd = addWith(base + QStringList {QStringLiteral("--contact"), anna});
        QVERIFY2(lgpd.exitCode == 0, lgpd.describe());
        const QString reference = QStringLiteral("R-%1-0001").arg(todayUtc().year());
        QVERIFY2(lgpd.outText().startsWith(reference + QStringLiteral(" due ")
                                           + todayUtc().addDays(15).toString(Qt::ISODate)),
                 lgpd.describe());
        QCOMPARE(vault
                     .run({QStringLiteral("--profile"),
                           QStringLiteral("rep"),
                           QStringLiteral("request"),
                           QStringLiteral("show"),
                           reference})
                     .exitCode,
                 6);

        const CliResult noExtension = vault.run({QStringLiteral("request"),
                                                 QStringLiteral("extend"),
                                                 reference,
                                                 QStringLiteral("--reason"),
                                                 QStringLiteral("busy")});
        QCOMPARE(noExtension.exitCode, 7);
        QVERIFY2(noExtension.errText().contains(QStringLiteral("LGPD allows no extension")), noExtension.err);
        QCOMPARE(vault.run({QStringLiteral("request"), QStringLiteral("extend"), reference}).exitCode, 2);
        QCOMPARE(vault.run({QStringLiteral("request"), QStringLiteral("verify"), reference}).exitCode, 2);
        QCOMPARE(vault
                     .run({QStringLiteral("request"),
                           QStringLiteral("verify"),
                           reference,
                           QStringLiteral("--method"),
                           QStringLiteral(" ")})
                     .exitCode,
                 2);
        QCOMPARE(vault.run({QStringLiteral("request"), QStringLiteral("close"), reference}).exitCode, 2);
        QCOMPARE(vault
                     .run({QStringLiteral("request"),
                           QStringLiteral("close"),
                           reference,
                           QStringLiteral("--outcome"),
                           QStringLiteral("ignored")})
                     .exitCode,
                 7);
        QCOMPARE(vault
                     .run({QStringLiteral("request"),
                           QStringLiteral("close"),
                           reference,
                           QStringLiteral("--outcome"),
                           QStringLiteral("refused")})
                     .exitCode,
                 7);
        QCOMPARE(vault.run({QStringLiteral("request"), QStringLiteral("update"), reference}).exitCode, 2);
        QCOMPARE(vault.run({QStringLiteral("request"), QStringLiteral("show"), QStringLiteral("R-2099-0001")}).exitCode,
                 5);
        QCOMPARE(vault
                     .run({QStringLiteral("request"),
                           QStringLiteral("list"),
                           QStringLiteral("--open"),
                           QStringLiteral("--all")})
                     .exitCode,
                 2);
        QCOMPARE(vault
                     .run({QStringLiteral("request"),
                           QStringLiteral("list"),
                           QStringLiteral("--due-within"),
                           QStringLiteral("soon")})
                     .exitCode,
                 2);
        QCOMPARE(vault
                     .run({QStringLiteral("--profile"),
                           QStringLiteral("rep"),
                           QStringLiteral("request"),
                           QStringLiteral("close"),
                           reference,
                           QStringLiteral("--outcome"),
                           QStringLiteral("withdrawn")})
                     .exitCode,
                 6);

        // None of the refusals changed the request.
        const CliResult show
            = vault.run({QStringLiteral("--json"), QStringLiteral("request"), QStringLiteral("show"), reference});
        QCOMPARE(show.json().value(QStringLiteral("status")).toString(), QStringLiteral("received"));
        QVERIFY(show.json().value(QStringLiteral("extended_at")).isNull());
        const CliResult dueSoon = vault.run({QStringLiteral("--json"),
                                             QStringLiteral("request"),
                                             QStringLiteral("list"),
                                             QStringLiteral("--due-within"),
                                             QStringLiteral("15")});
        QCOMPARE(requestsIn(dueSoon).size(), 1);
        QCOMPARE(requestsIn(vault.run({QStringLiteral("--json"),
                                       QStringLiteral("request"),
                                       QStringLiteral("list"),
                                       QStringLiteral("--due-within"),
                                       QStringLiteral("14")}))
                     .size(),
                 0);
        const CliResult withdrawn = vault.run({QStringLiteral("request"),
                                               QStringLiteral("close"),
                                               reference,
                                               QStringLiteral("--outcome"),
                                               QStringLiteral("withdrawn")});
        QVERIFY2(withdrawn.exitCode == 0, withdrawn.describe());
    }
};

QTEST_GUILESS_MAIN(TestCliRequests)
#include "TestCliRequests.moc"
