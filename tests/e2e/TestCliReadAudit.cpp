// Reads of contacts through the real CLI are in the audit trail (issue 16): a read-only profile that lists,
// opens and searches contacts is seen by the owner in `audit list`, one entry per command, with counts and
// never a value. Before, such reads left no trace at all.
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "tests/e2e/CliRunner.h"

#include <tuple>

using namespace confidant::test;

class TestCliReadAudit : public QObject
{
    Q_OBJECT

private slots:
    void readsOfAReadOnlyProfileAreInTheTrail()
    {
        QTemporaryDir root;
        KeychainVault vault(root.path());
        QVERIFY(vault.init());
        // Values that must never reach the trail.
        const QStringList values {QStringLiteral("Lovelace"),
                                  QStringLiteral("ada.lovelace@example.org"),
                                  QStringLiteral("Turing"),
                                  QStringLiteral("alan@example.org"),
                                  QStringLiteral("Hopper"),
                                  QStringLiteral("grace@example.org"),
                                  QStringLiteral("5550199"),
                                  QStringLiteral("Kiel")};
        QStringList uids;
        for (const auto& [given, family, email] : {std::tuple {"Ada", "Lovelace", "ada.lovelace@example.org"},
                                                   std::tuple {"Alan", "Turing", "alan@example.org"},
                                                   std::tuple {"Grace", "Hopper", "grace@example.org"}}) {
            const CliResult added = vault.run({QStringLiteral("--json"),
                                               QStringLiteral("contact"),
                                               QStringLiteral("add"),
                                               QStringLiteral("--given"),
                                               QString::fromLatin1(given),
                                               QStringLiteral("--family"),
                                               QString::fromLatin1(family),
                                               QStringLiteral("--email"),
                                               QString::fromLatin1(email),
                                               QStringLiteral("--phone"),
                                               QStringLiteral("+49 30 5550199"),
                                               QStringLiteral("--city"),
                                               QStringLiteral("Kiel")});
            QVERIFY2(added.exitCode == 0, added.describe());
            uids.append(added.json().value(QStringLiteral("uid")).toString());
        }
        const CliResult profile = vault.run({QStringLiteral("--json"),
                                             QStringLiteral("profile"),
                                             QStringLiteral("add"),
                                             QStringLiteral("reader"),
                                             QStringLiteral("--role"),
                                             QStringLiteral("read-only")});
        QVERIFY2(profile.exitCode == 0, profile.describe());
        const QString readerUid = profile.json().value(QStringLiteral("uid")).toString();
        QVERIFY(!readerUid.isEmpty());

        // The reader sees what it saw before.
        const CliResult list = vault.run(
            {QStringLiteral("--profile"), QStringLiteral("reader"), QStringLiteral("contact"), QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0, list.describe());
        QVERIFY(list.outText().contains(QStringLiteral("Lovelace")));
        QVERIFY(list.outText().contains(QStringLiteral("Hopper")));
        const CliResult show = vault.run({QStringLiteral("--profile"),
                                          QStringLiteral("reader"),
                                          QStringLiteral("contact"),
                                          QStringLiteral("show"),
                                          uids.at(0)});
        QVERIFY2(show.exitCode == 0, show.describe());
        QVERIFY(show.outText().contains(QStringLiteral("ada.lovelace@example.org")));
        const CliResult search = vault.run(
            {QStringLiteral("--profile"), QStringLiteral("reader"), QStringLiteral("search"), QStringLiteral("Hopp")});
        QVERIFY2(search.exitCode == 0, search.describe());
        QVERIFY(search.outText().contains(QStringLiteral("Hopper")));

        // The owner sees one contact.read entry per command, by the reader, newest first; its own writes and
        // the audit verbs recorded no read.
        const CliResult trail = vault.run({QStringLiteral("--json"),
                                           QStringLiteral("audit"),
                                           QStringLiteral("list"),
                                           QStringLiteral("--action"),
                                           QStringLiteral("contact.read")});
        QVERIFY2(trail.exitCode == 0, trail.describe());
        const QJsonArray entries = trail.json().value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 3);
        const QStringList summaries {QStringLiteral("lists=0 listed=0 searches=1 found=1 shown=0"),
                                     QStringLiteral("lists=0 listed=0 searches=0 found=0 shown=1"),
                                     QStringLiteral("lists=1 listed=3 searches=0 found=0 shown=0")};
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QJsonObject e = entries.at(i).toObject();
            QCOMPARE(e.value(QStringLiteral("action")).toString(), QStringLiteral("contact.read"));
            QCOMPARE(e.value(QStringLiteral("profile")).toString(), QStringLiteral("reader"));
            QCOMPARE(e.value(QStringLiteral("profile_uid")).toString(), readerUid);
            QCOMPARE(e.value(QStringLiteral("entity_type")).toString(), QStringLiteral("contact"));
            QCOMPARE(e.value(QStringLiteral("entity_uid")).toString(), QString());
            QCOMPARE(e.value(QStringLiteral("summary")).toString(), summaries.at(i));
        }

        // Not one value of the people read, anywhere in the trail.
        const CliResult all = vault.run({QStringLiteral("--json"),
                                         QStringLiteral("audit"),
                                         QStringLiteral("list"),
                                         QStringLiteral("--limit"),
                                         QStringLiteral("10000")});
        QVERIFY2(all.exitCode == 0, all.describe());
        for (const QString& value : values) {
            QVERIFY2(!all.outText().contains(value), qPrintable(value));
        }
        const CliResult verify = vault.run({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verify.exitCode == 0, verify.describe());
    }
};

QTEST_GUILESS_MAIN(TestCliReadAudit)
#include "TestCliReadAudit.moc"
