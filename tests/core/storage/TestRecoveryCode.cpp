#include "core/storage/RecoveryCode.h"

#include <QTest>

using confidant::ErrorKind;
using confidant::storage::RecoveryCode;
using confidant::storage::SecretBuffer;

namespace {

SecretBuffer text(const QString& s)
{
    const QByteArray utf8 = s.toUtf8();
    return SecretBuffer(utf8.constData(), static_cast<std::size_t>(utf8.size()));
}

QString str(const SecretBuffer& b)
{
    return QString::fromUtf8(b.data(), static_cast<qsizetype>(b.size()));
}

} // namespace

class TestRecoveryCode : public QObject
{
    Q_OBJECT

private slots:
    void formatsFourteenGroupsOfFour()
    {
        const SecretBuffer key = SecretBuffer::random(32);
        const QString code = str(RecoveryCode::format(key));
        const QStringList groups = code.split(QLatin1Char('-'));
        QCOMPARE(groups.size(), 14);
        for (const QString& g : groups) {
            QCOMPARE(g.size(), 4);
        }
        QVERIFY(RecoveryCode::looksLikeCode(text(code)));
    }

    void roundTripsManyKeys()
    {
        for (int i = 0; i < 200; ++i) {
            const SecretBuffer key = SecretBuffer::random(32);
            auto parsed = RecoveryCode::parse(RecoveryCode::format(key));
            QVERIFY(parsed.ok());
            QVERIFY(parsed->equals(key));
        }
    }

    void acceptsLowerCaseSpacesAndLookalikes()
    {
        const SecretBuffer key = SecretBuffer::random(32);
        QString code = str(RecoveryCode::format(key)).toLower().replace(QLatin1Char('-'), QLatin1Char(' '));
        code.replace(QLatin1Char('0'), QLatin1Char('o')).replace(QLatin1Char('1'), QLatin1Char('l'));
        auto parsed = RecoveryCode::parse(text(QStringLiteral("  ") + code + QStringLiteral("\n")));
        QVERIFY(parsed.ok());
        QVERIFY(parsed->equals(key));
    }

    void rejectsTyposWithTheChecksum()
    {
        const SecretBuffer key = SecretBuffer::random(32);
        QString code = str(RecoveryCode::format(key));
        // Change one data character to another alphabet character.
        const QChar c = code.at(5);
        code[5] = c == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        auto parsed = RecoveryCode::parse(text(code));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, ErrorKind::WrongKey);
        QVERIFY(parsed.error().message.contains(QStringLiteral("typo")));
    }

    void rejectsWrongLengthAndForeignCharacters_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("missing group") << QStringLiteral("AAAA-BBBB-CCCC");
        QTest::newRow("letter U") << QStringLiteral(
            "UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU");
        QTest::newRow("empty") << QString();
        QTest::newRow("passphrase") << QStringLiteral("correct horse battery staple");
    }
    void rejectsWrongLengthAndForeignCharacters()
    {
        QFETCH(QString, code);
        auto parsed = RecoveryCode::parse(text(code));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, ErrorKind::WrongKey);
    }

    void secretBufferWipesOnMove()
    {
        SecretBuffer a("secret", 6);
        SecretBuffer b = std::move(a);
        QCOMPARE(a.size(), std::size_t(0)); // NOLINT(bugprone-use-after-move): checking the wipe
        QCOMPARE(b.view(), std::string_view("secret"));
        QCOMPARE(b.toRawKeySpec().view(), std::string_view("x'736563726574'"));
    }
};

QTEST_GUILESS_MAIN(TestRecoveryCode)
#include "TestRecoveryCode.moc"
