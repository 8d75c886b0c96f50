#include "core/crm/Validation.h"

#include <QTest>

using confidant::crm::Validation;

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void emails_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("anna@example.com") << true;
        QTest::newRow("plus and dots") << QStringLiteral("anna.m+crm@mail.example.co.uk") << true;
        QTest::newRow("internationalised") << QStringLiteral("jürgen@müller.example") << true;
        QTest::newRow("apostrophe") << QStringLiteral("o'brien@example.ie") << true;
        QTest::newRow("no at") << QStringLiteral("anna.example.com") << false;
        QTest::newRow("two ats") << QStringLiteral("a@b@example.com") << false;
        QTest::newRow("no tld") << QStringLiteral("anna@localhost") << false;
        QTest::newRow("space") << QStringLiteral("anna m@example.com") << false;
        QTest::newRow("double dot") << QStringLiteral("anna..m@example.com") << false;
        QTest::newRow("leading dot") << QStringLiteral(".anna@example.com") << false;
        QTest::newRow("domain hyphen edge") << QStringLiteral("anna@-example.com") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("too long") << (QString(250, QLatin1Char('a')) + QStringLiteral("@x.de")) << false;
    }
    void emails()
    {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        QCOMPARE(Validation::isValidEmail(email), valid);
    }

    void phones_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<bool>("valid");
        QTest::newRow("e164") << QStringLiteral("+442079460958") << true;
        QTest::newRow("spaced") << QStringLiteral("+44 20 7946 0958") << true;
        QTest::newRow("national with parens") << QStringLiteral("(030) 123-4567") << true;
        QTest::newRow("slashes") << QStringLiteral("030/1234567") << true;
        QTest::newRow("extension") << QStringLiteral("+1 212 555 0100 ext. 42") << true;
        QTest::newRow("short number") << QStringLiteral("112") << true;
        QTest::newRow("letters") << QStringLiteral("0800-FLOWERS") << false;
        QTest::newRow("two digits") << QStringLiteral("12") << false;
        QTest::newRow("too many digits") << QStringLiteral("+123456789012345678") << false;
        QTest::newRow("plus in middle") << QStringLiteral("030+123") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void phones()
    {
        QFETCH(QString, phone);
        QFETCH(bool, valid);
        QCOMPARE(Validation::isValidPhone(phone), valid);
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "TestValidation.moc"
