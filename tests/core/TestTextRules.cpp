// The one rule for the characters a text field may hold (core/TextRules, docs/DECISIONS.md "Text fields"), and
// the UTF-8 check the CLI runs on its arguments. Before, eight services each had a copy that refused only
// control characters: a right-to-left override or a zero-width space went into a name unnoticed.
#include "core/TextRules.h"

#include <QTest>

using confidant::TextLines;
using confidant::TextRules;

Q_DECLARE_METATYPE(confidant::TextLines)

namespace {

QString cp(char32_t c)
{
    return QStringView(QChar::fromUcs4(c)).toString(); // not QString::fromUcs4, whose decoder drops a U+FEFF
}

//! The refused character as a number, 0 when the text may be kept.
uint refused(const QString& text, TextLines lines)
{
    const auto c = TextRules::refusedCharacter(text, lines);
    return c ? uint(*c) : 0u;
}

} // namespace

class TestTextRules : public QObject
{
    Q_OBJECT

private slots:
    // Each character a one-line field (a name, an email, a title) refuses, inside an otherwise good name.
    void oneLineRefusesInvisibleAndDirectionCharacters_data()
    {
        QTest::addColumn<uint>("character");
        const std::pair<const char*, char32_t> rows[] = {
            {"LRE", 0x202A},
            {"RLE", 0x202B},
            {"PDF", 0x202C},
            {"LRO", 0x202D},
            {"RLO", 0x202E},
            {"LRI", 0x2066},
            {"RLI", 0x2067},
            {"FSI", 0x2068},
            {"PDI", 0x2069},
            {"LRM", 0x200E},
            {"RLM", 0x200F},
            {"ALM", 0x061C},
            {"zero-width space", 0x200B},
            {"word joiner", 0x2060},
            {"invisible separator", 0x2063},
            {"byte order mark", 0xFEFF},
            {"Mongolian vowel separator", 0x180E},
            {"soft hyphen", 0x00AD},
            {"Arabic number sign", 0x0600},
            {"interlinear annotation", 0xFFF9},
            {"language tag", 0xE0001},
            {"line separator", 0x2028},
            {"paragraph separator", 0x2029},
            {"Hangul filler", 0x3164},
            {"halfwidth Hangul filler", 0xFFA0},
            {"escape", 0x1B},
            {"line feed", 0x0A},
            {"carriage return", 0x0D},
            {"tab", 0x09},
            {"delete", 0x7F},
            {"next line (C1)", 0x85},
        };
        for (const auto& [name, c] : rows) {
            QTest::newRow(name) << uint(c);
        }
    }
    void oneLineRefusesInvisibleAndDirectionCharacters()
    {
        QFETCH(uint, character);
        const QString name = QStringLiteral("Ada") + cp(character) + QStringLiteral("Lovelace");
        QCOMPARE(refused(name, TextLines::One), character);
        QVERIFY(!TextRules::isAllowed(name, TextLines::One));
        // At the start and at the end too.
        QVERIFY(!TextRules::isAllowed(cp(character) + QStringLiteral("Ada"), TextLines::One));
        QVERIFY(!TextRules::isAllowed(QStringLiteral("Ada") + cp(character), TextLines::One));
    }

    void joinersOnlyWhereWritingNeedsThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<uint>("character"); // the one refused; 0: allowed
        // Allowed: between letters of a script that uses them, after a virama, inside emoji.
        QTest::newRow("Persian ZWNJ between letters (Alireza)")
            << QStringLiteral(u"\u0639\u0644\u06CC\u200C\u0631\u0636\u0627") << 0u;
        QTest::newRow("Persian plural with ZWNJ")
            << QStringLiteral(u"\u06A9\u062A\u0627\u0628\u200C\u0647\u0627") << 0u;
        QTest::newRow("Devanagari half form: ka virama ZWJ ssa") << QStringLiteral(u"\u0915\u094D\u200D\u0937") << 0u;
        QTest::newRow("Devanagari explicit virama: ka virama ZWNJ ssa")
            << QStringLiteral(u"\u0915\u094D\u200C\u0937") << 0u;
        QTest::newRow("Bengali ra ZWJ virama ya") << QStringLiteral(u"\u09B0\u200D\u09CD\u09AF") << 0u;
        QTest::newRow("Sinhala Sri") << QStringLiteral(u"\u0DC1\u0DCA\u200D\u0DBB\u0DD3") << 0u;
        QTest::newRow("Malayalam chillu typed the old way, at the end")
            << QStringLiteral(u"\u0D05\u0D30\u0D4D\u200D\u0D1C\u0D41\u0D28\u0D4D\u200D") << 0u;
        QTest::newRow("emoji: woman technologist") << QStringLiteral(u"Ada \U0001F469\u200D\U0001F4BB") << 0u;
        QTest::newRow("emoji: rainbow flag (with VS16)") << QStringLiteral(u"\U0001F3F3\uFE0F\u200D\U0001F308") << 0u;
        QTest::newRow("emoji: astronaut with skin tone")
            << QStringLiteral(u"\U0001F468\U0001F3FD\u200D\U0001F680") << 0u;
        QTest::newRow("emoji: flag of Scotland (tag sequence)")
            << QStringLiteral(u"\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F") << 0u;
        // Refused: anywhere else.
        QTest::newRow("ZWJ between Latin letters") << QStringLiteral(u"An\u200Dna") << 0x200Du;
        QTest::newRow("ZWNJ between Latin letters") << QStringLiteral(u"An\u200Cna") << 0x200Cu;
        QTest::newRow("ZWNJ leading") << QStringLiteral(u"\u200C\u0639\u0644\u06CC") << 0x200Cu;
        QTest::newRow("ZWNJ trailing after an Arabic letter") << QStringLiteral(u"\u0639\u0644\u06CC\u200C") << 0x200Cu;
        QTest::newRow("ZWNJ before a space")
            << QStringLiteral(u"\u0639\u0644\u06CC\u200C \u0631\u0636\u0627") << 0x200Cu;
        QTest::newRow("ZWNJ doubled") << QStringLiteral(u"\u0639\u0644\u200C\u200C\u06CC") << 0x200Cu;
        QTest::newRow("ZWJ then ZWNJ after a virama") << QStringLiteral(u"\u0915\u094D\u200D\u200C\u0937") << 0x200Du;
        QTest::newRow("ZWNJ from Arabic into Latin") << QStringLiteral(u"\u0639\u200Cx") << 0x200Cu;
        QTest::newRow("ZWNJ between emoji") << QStringLiteral(u"\U0001F469\u200C\U0001F4BB") << 0x200Cu;
        QTest::newRow("ZWJ after an emoji at the end") << QStringLiteral(u"Ada \U0001F469\u200D") << 0x200Du;
        QTest::newRow("ZWJ from an emoji into a letter") << QStringLiteral(u"\U0001F469\u200Dx") << 0x200Du;
        QTest::newRow("tag letters without the flag") << QStringLiteral(u"Ada\U000E0067\U000E007F") << 0xE0067u;
        QTest::newRow("flag and tag letters without the cancel tag")
            << QStringLiteral(u"\U0001F3F4\U000E0067\U000E0062") << 0xE0067u;
    }
    void joinersOnlyWhereWritingNeedsThem()
    {
        QFETCH(QString, text);
        QFETCH(uint, character);
        QCOMPARE(refused(text, TextLines::One), character);
    }

    void namesPeopleHaveAreAllowed_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("Zoë (precomposed)") << QStringLiteral(u"Zo\u00EB");
        QTest::newRow("Zoë (combining diaeresis)") << QStringLiteral(u"Zoe\u0308");
        QTest::newRow("O'Brien") << QStringLiteral("O'Brien");
        QTest::newRow("Anne-Marie d'Arc") << QStringLiteral("Anne-Marie d'Arc");
        QTest::newRow("José Núñez") << QStringLiteral(u"Jos\u00E9 N\u00FA\u00F1ez");
        QTest::newRow("Arabic") << QStringLiteral(u"\u0645\u062D\u0645\u062F \u0627\u0644\u0639\u0644\u064A");
        QTest::newRow("Arabic with harakat") << QStringLiteral(u"\u0645\u064F\u062D\u064E\u0645\u0651\u064E\u062F");
        QTest::newRow("Hebrew") << QStringLiteral(u"\u05E9\u05E8\u05D4 \u05DB\u05D4\u05DF");
        QTest::newRow("Latin and Hebrew") << QStringLiteral(u"Sara \u05E9\u05E8\u05D4");
        QTest::newRow("Chinese") << QStringLiteral(u"\u738B\u5C0F\u660E");
        QTest::newRow("Hindi") << QStringLiteral(u"\u0905\u0928\u093F\u0932 \u0936\u0930\u094D\u092E\u093E");
        QTest::newRow("no-break space") << QStringLiteral(u"Jean\u00A0Paul");
        QTest::newRow("private use (a company's logo glyph)") << QStringLiteral(u"Acme \uE000");
        QTest::newRow("empty") << QString();
    }
    void namesPeopleHaveAreAllowed()
    {
        QFETCH(QString, name);
        const uint c = refused(name, TextLines::One);
        QVERIFY2(c == 0, qPrintable(TextRules::codePoint(c)));
    }

    // Free text (notes) keeps line breaks, tabs and the direction marks prose in two scripts uses; control
    // characters stay out of it as before.
    void freeTextKeepsLineBreaksAndMarks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<uint>("character");
        QTest::newRow("lines and tabs") << QStringLiteral("Met at the fair.\r\n\tCall back in May.\n") << 0u;
        QTest::newRow("right-to-left mark in prose")
            << QStringLiteral(u"Hebrew name: \u05E9\u05E8\u05D4\u200F (Sara)") << 0u;
        QTest::newRow("zero-width space") << QStringLiteral(u"long\u200Bword") << 0u;
        QTest::newRow("escape code") << QStringLiteral("clear \x1b[2J") << 0x1Bu;
        QTest::newRow("bell") << QStringLiteral("ring \x07") << 0x07u;
        QTest::newRow("C1 control") << QStringLiteral(u"a\u009Bb") << 0x9Bu;
    }
    void freeTextKeepsLineBreaksAndMarks()
    {
        QFETCH(QString, text);
        QFETCH(uint, character);
        QCOMPARE(refused(text, TextLines::Many), character);
    }

    // A lone surrogate cannot be stored as UTF-8: it is refused as itself, never turned into U+FFFD.
    void loneSurrogatesAreRefusedEverywhere_data()
    {
        QTest::addColumn<TextLines>("lines");
        QTest::newRow("one line") << TextLines::One;
        QTest::newRow("many lines") << TextLines::Many;
    }
    void loneSurrogatesAreRefusedEverywhere()
    {
        QFETCH(TextLines, lines);
        QCOMPARE(refused(QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b"), lines), 0xD800u);
        QCOMPARE(refused(QString(QChar(0xDC00)), lines), 0xDC00u);
        QCOMPARE(refused(QStringLiteral(u"\U0001F600"), lines), 0u); // a pair is one character
    }

    void problemNamesTheFieldAndTheCharacterNeverTheValue_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("override") << QStringLiteral(u"Ada\u202Eecalevol") << QStringLiteral("U+202E");
        QTest::newRow("control") << QStringLiteral("Ada\x1b[2J") << QStringLiteral("control character U+001B");
        QTest::newRow("joiner") << QStringLiteral(u"Ad\u200Da") << QStringLiteral("joiner U+200D");
        QTest::newRow("tag") << QStringLiteral(u"Ada\U000E0041") << QStringLiteral("U+E0041");
    }
    void problemNamesTheFieldAndTheCharacterNeverTheValue()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        const auto problem = TextRules::problem(QStringLiteral("Given name"), text, TextLines::One);
        QVERIFY(problem.has_value());
        QVERIFY2(problem->startsWith(QStringLiteral("Given name: ")), qPrintable(*problem));
        QVERIFY2(problem->contains(says), qPrintable(*problem));
        QVERIFY2(!problem->contains(QStringLiteral("Ada")) && !problem->contains(QStringLiteral("ecalevol")),
                 qPrintable(*problem));
        QVERIFY(!problem->contains(QLatin1Char('\n')));
        QVERIFY(!TextRules::problem(QStringLiteral("Given name"), QStringLiteral("Ada"), TextLines::One));
    }

    void codePoints()
    {
        QCOMPARE(TextRules::codePoint(0x1B), QStringLiteral("U+001B"));
        QCOMPARE(TextRules::codePoint(0x202E), QStringLiteral("U+202E"));
        QCOMPARE(TextRules::codePoint(0xFEFF), QStringLiteral("U+FEFF"));
        QCOMPARE(TextRules::codePoint(0x1F469), QStringLiteral("U+1F469"));
        QCOMPARE(TextRules::codePoint(0xE007F), QStringLiteral("U+E007F"));
    }

    void utf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << QByteArray() << true;
        QTest::newRow("ASCII") << QByteArray("Ada Lovelace") << true;
        QTest::newRow("two bytes") << QByteArray("Zo\xc3\xab") << true;
        QTest::newRow("three bytes") << QByteArray("\xe2\x80\xae") << true; // U+202E is UTF-8; TextRules refuses it
        QTest::newRow("four bytes") << QByteArray("\xf0\x9f\x91\xa9") << true;
        QTest::newRow("highest code point") << QByteArray("\xf4\x8f\xbf\xbf") << true;
        QTest::newRow("0xFF") << QByteArray("\xff") << false;
        QTest::newRow("Latin-1 e with diaeresis") << QByteArray("Zo\xeb") << false;
        QTest::newRow("continuation byte alone") << QByteArray("a\x80") << false;
        QTest::newRow("cut short at the end") << QByteArray("a\xe2\x80") << false;
        QTest::newRow("cut short by ASCII") << QByteArray("\xc3(") << false;
        QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << false;
        QTest::newRow("overlong three bytes") << QByteArray("\xe0\x80\xaf") << false;
        QTest::newRow("overlong four bytes") << QByteArray("\xf0\x80\x80\xaf") << false;
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << false;
        QTest::newRow("past U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << false;
        QTest::newRow("five-byte form") << QByteArray("\xf8\x88\x80\x80\x80") << false;
    }
    void utf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        QCOMPARE(TextRules::isValidUtf8(bytes), valid);
    }
};

QTEST_GUILESS_MAIN(TestTextRules)
#include "TestTextRules.moc"
