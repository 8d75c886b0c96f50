#include "core/security/PinPolicy.h"

#include <QTest>

#include <limits>
#include <optional>

using namespace confidant;
using confidant::security::PinPolicy;

//! What a profile PIN must be (docs/SECURITY.md "PINs"): issue 16 found "aaaa" accepted as a PIN.
class TestPinPolicy : public QObject
{
    Q_OBJECT

private slots:
    void strength_data()
    {
        QTest::addColumn<QByteArray>("pin");
        QTest::addColumn<bool>("accepted");
        // The rule: at least six characters, no repeated group, no straight run.
        QTest::newRow("6 digits") << QByteArray("246819") << true;
        QTest::newRow("letters, digits, signs") << QByteArray("Zq9x-pin") << true;
        QTest::newRow("a run broken by a letter") << QByteArray("1234567a") << true;
        QTest::newRow("6 characters in 12 bytes") << QByteArray("\xc3\xa4\xe2\x82\xac\xf0\x9f\x98\x80xyz") << true;
        QTest::newRow("issue 16: aaaa") << QByteArray("aaaa") << false;
        QTest::newRow("4 digits") << QByteArray("4711") << false;
        QTest::newRow("5 digits") << QByteArray("97531") << false;
        QTest::newRow("4 characters in 8 bytes") << QByteArray("\xc3\xa4\xc3\xa4\xc3\xb6\xc3\xbc") << false;
        QTest::newRow("one character repeated") << QByteArray("aaaaaa") << false;
        QTest::newRow("zeros") << QByteArray("000000") << false;
        QTest::newRow("a pair repeated") << QByteArray("121212") << false;
        QTest::newRow("a triple repeated") << QByteArray("123123") << false;
        QTest::newRow("a pair repeated, cut short") << QByteArray("1212121") << false;
        QTest::newRow("umlauts repeated") << QByteArray("\xc3\xa4\xc3\xb6\xc3\xbc\xc3\xa4\xc3\xb6\xc3\xbc") << false;
        QTest::newRow("digits up") << QByteArray("123456") << false;
        QTest::newRow("digits down") << QByteArray("654321") << false;
        QTest::newRow("ten digits up") << QByteArray("0123456789") << false;
        QTest::newRow("digits up across 9 and 0") << QByteArray("789012") << false;
        QTest::newRow("digits down across 0 and 9") << QByteArray("210987") << false;
        QTest::newRow("letters up") << QByteArray("abcdef") << false;
        QTest::newRow("capitals down") << QByteArray("FEDCBA") << false;
    }
    void strength()
    {
        QFETCH(QByteArray, pin);
        QFETCH(bool, accepted);
        const storage::SecretBuffer secret(pin.constData(), static_cast<std::size_t>(pin.size()));
        const Result<void> r = PinPolicy::checkStrength(secret);
        QCOMPARE(r.ok(), accepted);
        if (!accepted) {
            QCOMPARE(r.error().kind, ErrorKind::Invalid);
            // The message says the whole rule, so that the next try can meet it.
            QVERIFY2(r.error().message.contains(PinPolicy::rule()), qPrintable(r.error().message));
        }
    }

    void waitGrowsWithEachWrongPin_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<qint64>("waitMs");
        // Issue 16: 31 wrong PINs in 11 seconds. Three may follow one another; then each attempt waits.
        QTest::newRow("none") << 0 << qint64(0);
        QTest::newRow("1") << 1 << qint64(0);
        QTest::newRow("2") << 2 << qint64(0);
        QTest::newRow("3") << 3 << qint64(30'000);
        QTest::newRow("4") << 4 << qint64(60'000);
        QTest::newRow("5") << 5 << qint64(120'000);
        QTest::newRow("6") << 6 << qint64(240'000);
        QTest::newRow("7") << 7 << qint64(480'000);
        QTest::newRow("8: capped at 15 minutes") << 8 << qint64(900'000);
        QTest::newRow("9") << 9 << qint64(900'000);
        QTest::newRow("a million") << 1'000'000 << qint64(900'000);
        QTest::newRow("the most an int holds") << std::numeric_limits<int>::max() << qint64(900'000);
    }
    void waitGrowsWithEachWrongPin()
    {
        QFETCH(int, failures);
        QFETCH(qint64, waitMs);
        QCOMPARE(PinPolicy::waitAfterMs(failures), waitMs);
    }

    void lockedUntilCountsFromTheLastWrongPin()
    {
        const qint64 last = 1'767'225'600'000;
        // No wait yet, or no time of a wrong PIN: nothing holds.
        QCOMPARE(PinPolicy::lockedUntilMs(2, last, last), std::optional<qint64>());
        QCOMPARE(PinPolicy::lockedUntilMs(5, std::nullopt, last), std::optional<qint64>());
        // Three: 30 seconds from the last one, to the millisecond.
        QCOMPARE(PinPolicy::lockedUntilMs(3, last, last), std::optional<qint64>(last + 30'000));
        QCOMPARE(PinPolicy::lockedUntilMs(3, last, last + 29'999), std::optional<qint64>(last + 30'000));
        QCOMPARE(PinPolicy::lockedUntilMs(3, last, last + 30'000), std::optional<qint64>());
        // A clock set back a day: a full wait from now, not a day and a wait.
        const qint64 dayBefore = last - 24 * 3600 * 1000;
        QCOMPARE(PinPolicy::lockedUntilMs(4, last, dayBefore), std::optional<qint64>(dayBefore + 60'000));
    }

    void describeWait_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("a moment") << qint64(1) << QStringLiteral("1 second");
        QTest::newRow("rounded up") << qint64(1'001) << QStringLiteral("2 seconds");
        QTest::newRow("30 seconds") << qint64(30'000) << QStringLiteral("30 seconds");
        QTest::newRow("under 2 minutes") << qint64(119'000) << QStringLiteral("119 seconds");
        QTest::newRow("2 minutes") << qint64(120'000) << QStringLiteral("2 minutes");
        QTest::newRow("minutes rounded up") << qint64(121'000) << QStringLiteral("3 minutes");
        QTest::newRow("the cap") << qint64(900'000) << QStringLiteral("15 minutes");
    }
    void describeWait()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(PinPolicy::describeWait(ms), text);
    }

    void ruleNamesTheMinimumAndThePatterns()
    {
        const QString rule = PinPolicy::rule();
        QVERIFY2(rule.contains(QLatin1String("6")), qPrintable(rule));
        QVERIFY2(rule.contains(QLatin1String("121212")), qPrintable(rule));
        QVERIFY2(rule.contains(QLatin1String("123456")), qPrintable(rule));
    }
};

QTEST_GUILESS_MAIN(TestPinPolicy)
#include "TestPinPolicy.moc"
