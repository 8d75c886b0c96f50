#include "core/security/PinPolicy.h"

#include <QTest>

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
