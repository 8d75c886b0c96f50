#include "core/crm/Validation.h"

#include <QDate>
#include <QTest>

using confidant::crm::Company;
using confidant::crm::Contact;
using confidant::crm::FieldError;
using confidant::crm::Validation;

namespace {

Contact ada()
{
    Contact c;
    c.givenName = QStringLiteral("Ada");
    c.familyName = QStringLiteral("Lovelace");
    return c;
}

//! The messages of the errors on `field`, joined; empty when it has none.
QString errorsOn(const QList<FieldError>& errors, const QString& field)
{
    QStringList messages;
    for (const FieldError& e : errors) {
        if (e.field == field) {
            messages << e.message;
        }
    }
    return messages.join(QLatin1Char(' '));
}

QString withCharacter(const QString& text, char32_t c)
{
    return text.left(2) + QStringView(QChar::fromUcs4(c)).toString() + text.mid(2);
}

} // namespace

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

    // Before, only control characters were refused, in one message for every field ("A field holds control
    // characters"): a name could hold a right-to-left override (shown reversed: "Ada\u202Eecalevol" reads
    // "Adalovelace") or a zero-width space (a second "Ada Lovelace" the duplicate check cannot see).
    void nameFieldsRefuseInvisibleAndDirectionCharacters_data()
    {
        QTest::addColumn<uint>("character");
        QTest::addColumn<QString>("code");
        const std::pair<const char*, char32_t> rows[] = {
            {"RLO", 0x202E},
            {"LRO", 0x202D},
            {"RLE", 0x202B},
            {"LRE", 0x202A},
            {"PDF", 0x202C},
            {"LRI", 0x2066},
            {"RLI", 0x2067},
            {"FSI", 0x2068},
            {"PDI", 0x2069},
            {"LRM", 0x200E},
            {"RLM", 0x200F},
            {"ALM", 0x061C},
            {"ZWSP", 0x200B},
            {"ZWNJ between Latin letters", 0x200C},
            {"ZWJ between Latin letters", 0x200D},
            {"word joiner", 0x2060},
            {"BOM", 0xFEFF},
            {"Mongolian vowel separator", 0x180E},
            {"soft hyphen", 0x00AD},
            {"escape", 0x1B},
            {"line feed", 0x0A},
            {"C1 CSI", 0x9B},
        };
        for (const auto& [name, c] : rows) {
            QTest::newRow(name) << uint(c) << QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
        }
    }
    void nameFieldsRefuseInvisibleAndDirectionCharacters()
    {
        QFETCH(uint, character);
        QFETCH(QString, code);
        Contact c = ada();
        c.givenName = withCharacter(c.givenName, character);
        const auto errors = Validation::validate(c);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, QStringLiteral("given"));
        // One line naming the field (its registry label) and the character, never the value.
        QVERIFY2(errors.first().message.startsWith(QStringLiteral("Given name: ")), qPrintable(errors.first().message));
        QVERIFY2(errors.first().message.contains(code), qPrintable(errors.first().message));
        QVERIFY(!errors.first().message.contains(QStringLiteral("Ada")));
        QVERIFY(!Validation::summary(errors).contains(QLatin1Char('\n')));
    }

    // Every one-line field of a contact and a company, each named in its own error (the editor shows it beside
    // that field); notes are free text and keep direction marks.
    void everyOneLineFieldIsChecked_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("label");
        QTest::newRow("given") << QStringLiteral("given") << QStringLiteral("Given name");
        QTest::newRow("family") << QStringLiteral("family") << QStringLiteral("Family name");
        QTest::newRow("email") << QStringLiteral("email") << QStringLiteral("Email addresses");
        QTest::newRow("email label") << QStringLiteral("email-label") << QStringLiteral("Email addresses");
        QTest::newRow("phone") << QStringLiteral("phone") << QStringLiteral("Phone numbers");
        QTest::newRow("title") << QStringLiteral("title") << QStringLiteral("Job title");
        QTest::newRow("company") << QStringLiteral("company") << QStringLiteral("Company");
        QTest::newRow("street") << QStringLiteral("street") << QStringLiteral("Street");
        QTest::newRow("city") << QStringLiteral("city") << QStringLiteral("City");
        QTest::newRow("country") << QStringLiteral("country") << QStringLiteral("Country");
        QTest::newRow("website") << QStringLiteral("website") << QStringLiteral("Website");
        QTest::newRow("tag") << QStringLiteral("tag") << QStringLiteral("Tags");
    }
    void everyOneLineFieldIsChecked()
    {
        QFETCH(QString, field);
        QFETCH(QString, label);
        const QString rlo(QChar(0x202E));
        Contact c = ada();
        if (field == QLatin1String("given")) {
            c.givenName += rlo;
        } else if (field == QLatin1String("family")) {
            c.familyName += rlo;
        } else if (field == QLatin1String("email")) {
            c.emails = {{QStringLiteral("ada@example") + rlo + QStringLiteral(".com"), QStringLiteral("work")}};
        } else if (field == QLatin1String("email-label")) {
            c.emails = {{QStringLiteral("ada@example.com"), QStringLiteral("work") + rlo}};
        } else if (field == QLatin1String("phone")) {
            c.phones = {{QStringLiteral("+44 20 7946 0958") + rlo, QString()}};
        } else if (field == QLatin1String("title")) {
            c.jobTitle = QStringLiteral("CEO") + rlo;
        } else if (field == QLatin1String("company")) {
            c.companyName = QStringLiteral("Acme") + rlo;
        } else if (field == QLatin1String("street")) {
            c.street = QStringLiteral("Main St") + rlo;
        } else if (field == QLatin1String("city")) {
            c.city = QStringLiteral("Bonn") + rlo;
        } else if (field == QLatin1String("country")) {
            c.country = QStringLiteral("DE") + rlo;
        } else if (field == QLatin1String("website")) {
            c.website = QStringLiteral("example.com") + rlo;
        } else if (field == QLatin1String("tag")) {
            c.tags = {QStringLiteral("vip") + rlo};
        }
        const QString key = field == QLatin1String("email-label") ? QStringLiteral("email") : field;
        const QString messages = errorsOn(Validation::validate(c), key);
        QVERIFY2(messages.contains(label + QStringLiteral(": remove U+202E")), qPrintable(messages));
    }

    void notesAreFreeText()
    {
        Contact c = ada();
        c.notes = QStringLiteral("Hebrew name: ") + QString(QChar(0x05E9)) + QChar(0x200F)
            + QStringLiteral("\r\n\tcall back in May");
        QVERIFY(Validation::validate(c).isEmpty());
        c.notes += QStringLiteral("\x1b[2J");
        QVERIFY(errorsOn(Validation::validate(c), QStringLiteral("notes")).contains(QStringLiteral("U+001B")));
    }

    void companyFieldsAreCheckedToo()
    {
        Company c;
        c.name = QStringLiteral("Acme") + QChar(0x202E) + QStringLiteral("LTD");
        c.city = QStringLiteral("Bonn") + QChar(0x200B);
        c.tags = {QStringLiteral("partner") + QChar(0x2066)};
        const auto errors = Validation::validate(c);
        QVERIFY(errorsOn(errors, QStringLiteral("name")).startsWith(QStringLiteral("Company name: remove U+202E")));
        QVERIFY(errorsOn(errors, QStringLiteral("city")).startsWith(QStringLiteral("City: remove U+200B")));
        QVERIFY(errorsOn(errors, QStringLiteral("tag")).startsWith(QStringLiteral("Tags: remove U+2066")));
        c.name = QStringLiteral("Acme");
        c.city = QStringLiteral("Bonn");
        c.tags = {QStringLiteral("partner")};
        c.notes = QStringLiteral("two\nlines");
        QVERIFY(Validation::validate(c).isEmpty());
    }

    void namesPeopleHaveAreAccepted_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("family");
        QTest::newRow("Zoë") << QStringLiteral(u"Zo\u00EB") << QStringLiteral("Adams");
        QTest::newRow("O'Brien") << QStringLiteral("Siobhán") << QStringLiteral("O'Brien");
        QTest::newRow("Arabic") << QStringLiteral(u"\u0645\u062D\u0645\u062F")
                                << QStringLiteral(u"\u0627\u0644\u0639\u0644\u064A");
        QTest::newRow("Hebrew") << QStringLiteral(u"\u05E9\u05E8\u05D4") << QStringLiteral(u"\u05DB\u05D4\u05DF");
        QTest::newRow("Persian with ZWNJ between letters")
            << QStringLiteral(u"\u0639\u0644\u06CC\u200C\u0631\u0636\u0627")
            << QStringLiteral(u"\u0645\u062D\u0645\u062F\u06CC");
        QTest::newRow("Hindi with a half form") << QStringLiteral(u"\u0932\u0915\u094D\u200D\u0937\u094D\u092E\u0940")
                                                << QStringLiteral(u"\u0936\u0930\u094D\u092E\u093E");
        QTest::newRow("Sinhala Sri") << QStringLiteral(u"\u0DC1\u0DCA\u200D\u0DBB\u0DD3") << QStringLiteral("Perera");
        QTest::newRow("emoji with ZWJ") << QStringLiteral(u"Ada \U0001F469\u200D\U0001F4BB")
                                        << QStringLiteral("Lovelace");
    }
    void namesPeopleHaveAreAccepted()
    {
        QFETCH(QString, given);
        QFETCH(QString, family);
        Contact c;
        c.givenName = given;
        c.familyName = family;
        const auto errors = Validation::validate(c);
        QVERIFY2(errors.isEmpty(), qPrintable(Validation::summary(errors)));
    }

    // docs/DECISIONS.md: a birthday lies between 1900-01-01 and today.
    void birthdaysLieBetween1900AndToday_data()
    {
        QTest::addColumn<QDate>("birthday");
        QTest::addColumn<bool>("valid");
        QTest::newRow("1899-12-31") << QDate(1899, 12, 31) << false;
        QTest::newRow("1900-01-01") << QDate(1900, 1, 1) << true;
        QTest::newRow("today") << QDate::currentDate() << true;
        QTest::newRow("tomorrow") << QDate::currentDate().addDays(1) << false;
    }
    void birthdaysLieBetween1900AndToday()
    {
        QFETCH(QDate, birthday);
        QFETCH(bool, valid);
        Contact c = ada();
        c.birthday = birthday;
        QCOMPARE(errorsOn(Validation::validate(c), QStringLiteral("birthday")).isEmpty(), valid);
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "TestValidation.moc"
