#include "core/io/CsvReader.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTemporaryFile>
#include <QTest>

using namespace confidant;
using namespace confidant::io;

Q_DECLARE_METATYPE(confidant::io::TextEncoding)
Q_DECLARE_METATYPE(confidant::io::ImportIssue)

namespace {

QStringList list(std::initializer_list<const char*> values)
{
    QStringList out;
    for (const char* v : values) {
        out.append(QString::fromUtf8(v));
    }
    return out;
}

struct Outcome
{
    std::optional<CsvFormat> format;
    QList<CsvRecord> records;
    std::optional<Error> error;
    ImportIssue issue = ImportIssue::None;
    qint64 errorLine = 0;
};

Outcome readAll(QIODevice& device, const CsvOptions& options = {})
{
    Outcome out;
    CsvReader reader(device, options);
    auto format = reader.open();
    if (format) {
        out.format = *format;
        CsvRecord record;
        for (;;) {
            auto more = reader.next(record);
            if (!more) {
                out.error = more.error();
                break;
            }
            if (!*more) {
                break;
            }
            out.records.append(record);
        }
    } else {
        out.error = format.error();
    }
    out.issue = reader.issue();
    out.errorLine = reader.errorLine();
    return out;
}

Outcome readAll(const QByteArray& bytes, const CsvOptions& options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readAll(buffer, options);
}

QByteArray encode(const QString& text, QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void quotedFieldsKeepDelimitersQuotesAndLineBreaks()
    {
        const QByteArray csv = "Name,Notes,City\r\n"
                               "\"Doe, Jane\",\"Said \"\"hi\"\"\r\nthen left\",Berlin\r\n"
                               "Plain,\"a\nb\rc\",\r\n"
                               "\r\n"
                               "Last,,\"\"";
        const Outcome out = readAll(csv);
        QVERIFY(!out.error);
        QCOMPARE(out.format->delimiter, QLatin1Char(','));
        QCOMPARE(out.records.size(), 4);
        QCOMPARE(out.records[0].line, 1);
        QCOMPARE(out.records[0].fields, list({"Name", "Notes", "City"}));
        QCOMPARE(out.records[1].line, 2);
        QCOMPARE(out.records[1].fields, list({"Doe, Jane", "Said \"hi\"\nthen left", "Berlin"}));
        QCOMPARE(out.records[2].line, 4);
        QCOMPARE(out.records[2].fields, list({"Plain", "a\nb\nc", ""}));
        // Line 7 is blank and skipped; the last record has no line break.
        QCOMPARE(out.records[3].line, 8);
        QCOMPARE(out.records[3].fields, list({"Last", "", ""}));
    }

    void lineEndsOfAllKindsCountLines()
    {
        const Outcome out = readAll("a,b\rc,d\ne,f\r\ng,h\r\r\ni,j");
        QVERIFY(!out.error);
        QCOMPARE(out.records.size(), 5);
        const QList<qint64> lines {1, 2, 3, 4, 6};
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(out.records[i].line, lines[i]);
        }
        QCOMPARE(out.records[4].fields, list({"i", "j"}));
    }

    void encodingsAreDetected_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<TextEncoding>("encoding");
        QTest::addColumn<bool>("bom");
        const QString text = QStringLiteral("First Name;Last Name\r\nZoë;Ångström\r\nŁukasz;渡辺 😀\r\n");
        QTest::newRow("utf-8") << encode(text, QStringConverter::Utf8, false) << TextEncoding::Utf8 << false;
        QTest::newRow("utf-8 bom") << encode(text, QStringConverter::Utf8, true) << TextEncoding::Utf8 << true;
        QTest::newRow("utf-16le bom") << encode(text, QStringConverter::Utf16LE, true) << TextEncoding::Utf16LE << true;
        QTest::newRow("utf-16be bom") << encode(text, QStringConverter::Utf16BE, true) << TextEncoding::Utf16BE << true;
        QTest::newRow("utf-16le no bom") << encode(text, QStringConverter::Utf16LE, false) << TextEncoding::Utf16LE
                                         << false;
    }
    void encodingsAreDetected()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(TextEncoding, encoding);
        QFETCH(bool, bom);
        const Outcome out = readAll(bytes);
        QVERIFY2(!out.error, out.error ? qPrintable(out.error->message) : "");
        QCOMPARE(out.format->encoding, encoding);
        QCOMPARE(out.format->hasBom, bom);
        QCOMPARE(out.format->delimiter, QLatin1Char(';'));
        QCOMPARE(out.records.size(), 3);
        QCOMPARE(out.records[0].fields, list({"First Name", "Last Name"}));
        QCOMPARE(out.records[1].fields, (QStringList {QStringLiteral("Zoë"), QStringLiteral("Ångström")}));
        QCOMPARE(out.records[2].fields, (QStringList {QStringLiteral("Łukasz"), QStringLiteral("渡辺 😀")}));
    }

    void encodingCanBeForced()
    {
        CsvOptions options;
        options.encoding = TextEncoding::Utf16BE;
        const Outcome out = readAll(encode(QStringLiteral("a,b\nc,d\n"), QStringConverter::Utf16BE, false), options);
        QVERIFY(!out.error);
        QCOMPARE(out.records.size(), 2);
        QCOMPARE(out.records[1].fields, list({"c", "d"}));
    }

    void delimiterIsDetected_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<int>("columns");
        QTest::newRow("comma") << QByteArray("a,b,c\n1,\"x;y\",3\n") << QChar(u',') << 3;
        QTest::newRow("semicolon with commas in values")
            << QByteArray("Name;Email\n\"Doe, Jane\";j@x.de\nMax, the 2nd;m@x.de\n") << QChar(u';') << 2;
        QTest::newRow("tab") << QByteArray("a\tb\tc\n1,5\t2;3\t3\n") << QChar(u'\t') << 3;
        QTest::newRow("single column") << QByteArray("Email\na@x.de\n") << QChar(u',') << 1;
        QTest::newRow("quoted delimiters ignored") << QByteArray("\"a;b;c\",d\n\"e;f;g\",h\n") << QChar(u',') << 2;
    }
    void delimiterIsDetected()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QChar, delimiter);
        QFETCH(int, columns);
        const Outcome out = readAll(bytes);
        QVERIFY(!out.error);
        QCOMPARE(out.format->delimiter, delimiter);
        for (const CsvRecord& r : out.records) {
            QCOMPARE(r.fields.size(), columns);
        }
    }

    void delimiterCanBeForced()
    {
        CsvOptions options;
        options.delimiter = QLatin1Char(';');
        const Outcome out = readAll("a,b;c\n", options);
        QVERIFY(!out.error);
        QCOMPARE(out.records[0].fields, list({"a,b", "c"}));
    }

    void multibyteCharactersSplitAcrossChunks()
    {
        // 3- and 4-byte sequences land on every offset modulo the 64 KiB chunk size.
        QString expected;
        QByteArray csv = "name,text\n";
        for (int i = 0; i < 20000; ++i) {
            const QString value = QStringLiteral("渡辺😀Zoë%1").arg(i);
            csv += "n," + value.toUtf8() + "\n";
            expected = value;
        }
        const Outcome out = readAll(csv);
        QVERIFY(!out.error);
        QCOMPARE(out.records.size(), 20001);
        for (int i = 1; i < out.records.size(); ++i) {
            QCOMPARE(out.records[i].fields.value(1), QStringLiteral("渡辺😀Zoë%1").arg(i - 1));
        }
        QCOMPARE(out.records.last().fields.value(1), expected);
        QCOMPARE(out.records.last().line, 20001);
    }

    void millionRowsStreamFromAFile()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("First Name,Last Name,Email\n");
        QByteArray block;
        for (int i = 0; i < 1000; ++i) {
            block += "Zoë,\"Doe, " + QByteArray::number(i) + "\",z@example.com\n";
        }
        for (int i = 0; i < 1000; ++i) {
            file.write(block);
        }
        QVERIFY(file.flush());
        QVERIFY(file.seek(0));
        CsvReader reader(file);
        QVERIFY(reader.open().ok());
        CsvRecord record;
        qint64 count = 0;
        qint64 lastLine = 0;
        QString lastFamily;
        for (;;) {
            auto more = reader.next(record);
            QVERIFY(more.ok());
            if (!*more) {
                break;
            }
            ++count;
            lastLine = record.line;
            lastFamily = record.fields.value(1);
        }
        QCOMPARE(count, 1000001);
        QCOMPARE(lastLine, 1000001);
        QCOMPARE(lastFamily, QStringLiteral("Doe, 999"));
        QCOMPARE(reader.bytesRead(), file.size());
    }

    void fileLevelErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ImportIssue>("issue");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<int>("recordsBefore");

        QTest::newRow("empty") << QByteArray() << ImportIssue::EmptyFile << qint64(0) << 0;
        QTest::newRow("bom and blank lines")
            << QByteArray("\xEF\xBB\xBF\r\n \r\n") << ImportIssue::EmptyFile << qint64(0) << 0;
        // The bytes of the literal, NULs included, without its terminator.
        static const char pngHeader[] = "\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0";
        QByteArray png(pngHeader, qsizetype(sizeof(pngHeader) - 1));
        for (int i = 0; i < 2000; ++i) {
            png.append(char((i * 7919 + 13) % 256));
        }
        QTest::newRow("png") << png << ImportIssue::NotText << qint64(0) << 0;
        QTest::newRow("latin-1 on line 3")
            << QByteArray("Name,City\nAnna,Berlin\nZo\xEB,K\xF6ln\n") << ImportIssue::InvalidEncoding << qint64(3) << 2;
        QTest::newRow("truncated utf-8 at the end")
            << QByteArray("Name\nAnna\n\xE6\xB8") << ImportIssue::InvalidEncoding << qint64(3) << 2;
        QByteArray longFirstLine = "Name,Notes\n\"" + QByteArray(3000, 'x') + "\nstill notes\",x\n";
        QTest::newRow("invalid utf-8 after a quoted line break")
            << (longFirstLine + "Ok,1\nBad,\"a\nb\xFF\"\n") << ImportIssue::InvalidEncoding << qint64(6) << 3;
        // Found by tests/fuzz: a U+FFFD the text holds (a file once converted lossily) is valid; the error
        // names the line of the invalid bytes, wherever the 64 KiB chunks end.
        QTest::newRow("latin-1 after a literal U+FFFD")
            << QByteArray("Name,City\nAnna,\xEF\xBF\xBD ok\nZo\xEB,K\xF6ln\n") << ImportIssue::InvalidEncoding
            << qint64(3) << 2;
        // A UTF-16 file cut after an odd number of bytes (found while checking the case above): the last
        // byte must not pair with the reader's own final line break into some other character.
        QTest::newRow("utf-16 with an odd last byte")
            << (encode(QStringLiteral("Name,City\nAnna,Berlin\nBo"), QStringConverter::Utf16LE, true) + "b")
            << ImportIssue::InvalidEncoding << qint64(3) << 2;
        QTest::newRow("nul on line 3") << QByteArray("Name,City\nAnna,Berlin\nBob,Bo\0nn\n", 32) << ImportIssue::NulByte
                                       << qint64(3) << 2;
        QTest::newRow("unterminated quote") << QByteArray("Name,Notes\nAnna,ok\nBob,\"Secret Street\nC,d\nE,f\n")
                                            << ImportIssue::UnterminatedQuote << qint64(3) << 2;
    }
    void fileLevelErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(ImportIssue, issue);
        QFETCH(qint64, line);
        QFETCH(int, recordsBefore);
        const Outcome out = readAll(bytes);
        QVERIFY(out.error);
        QCOMPARE(out.issue, issue);
        QCOMPARE(out.errorLine, line);
        QCOMPARE(out.error->kind, ErrorKind::Invalid);
        QVERIFY(!out.error->message.isEmpty());
        if (line > 0) {
            QVERIFY2(out.error->message.contains(QString::number(line)), qPrintable(out.error->message));
        }
        QCOMPARE(out.records.size(), recordsBefore);
        // No value of the file appears in the message.
        QVERIFY(!out.error->message.contains(QLatin1String("Bob")));
        QVERIFY(!out.error->message.contains(QLatin1String("Secret")));
    }

    void hugeFieldIsARowProblemAndReadingGoesOn()
    {
        QByteArray csv = "Name,Notes\nAnna,short\nBob,\"";
        csv += QByteArray(10 * 1024 * 1024, 'x');
        csv += "\"\nCarl,fine\n";
        const Outcome out = readAll(csv);
        QVERIFY(!out.error);
        QCOMPARE(out.records.size(), 4);
        QCOMPARE(out.records[1].issue, ImportIssue::None);
        QCOMPARE(out.records[2].issue, ImportIssue::FieldTooLarge);
        QCOMPARE(out.records[2].line, 3);
        QVERIFY(out.records[2].problem.contains(QLatin1String("3")));
        QCOMPARE(out.records[2].fields.value(1), QString());
        QCOMPARE(out.records[3].fields, list({"Carl", "fine"}));
        QCOMPARE(out.records[3].line, 4);
    }

    void fieldLimitIsConfigurable()
    {
        CsvOptions options;
        options.maxFieldChars = 4;
        const Outcome out = readAll("ab,abcd\nabcde,x\n", options);
        QVERIFY(!out.error);
        QCOMPARE(out.records[0].issue, ImportIssue::None);
        QCOMPARE(out.records[1].issue, ImportIssue::FieldTooLarge);
    }

    void millionColumnsAreRefusedPerRow()
    {
        QByteArray csv = "Name,Email\nAnna,a@x.de\n";
        QByteArray wide(1000000, ',');
        wide.prepend("Bob");
        csv += wide + "\nCarl,c@x.de\n";
        const Outcome out = readAll(csv);
        QVERIFY(!out.error);
        QCOMPARE(out.records.size(), 4);
        QCOMPARE(out.records[2].issue, ImportIssue::TooManyColumns);
        QCOMPARE(out.records[2].line, 3);
        QCOMPARE(out.records[2].fields.size(), 1000);
        QVERIFY(out.records[2].problem.contains(QLatin1String("1000")));
        QCOMPARE(out.records[3].fields, list({"Carl", "c@x.de"}));
    }

    void columnLimitIsConfigurable()
    {
        CsvOptions options;
        options.maxColumns = 3;
        const Outcome out = readAll("a,b,c\nd,e,f,g\n", options);
        QCOMPARE(out.records[0].issue, ImportIssue::None);
        QCOMPARE(out.records[1].issue, ImportIssue::TooManyColumns);
        QCOMPARE(out.records[1].fields, list({"d", "e", "f"}));
    }

    void errorsStick()
    {
        QBuffer buffer;
        buffer.setData("a\n\"b\n");
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(buffer);
        CsvRecord record;
        QVERIFY(reader.next(record).ok());
        QVERIFY(!reader.next(record).ok());
        QVERIFY(!reader.next(record).ok());
        QCOMPARE(reader.issue(), ImportIssue::UnterminatedQuote);
        QCOMPARE(reader.errorLine(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
