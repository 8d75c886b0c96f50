#include "core/io/VCardReader.h"

#include <QBuffer>
#include <QTest>

using namespace confidant;
using namespace confidant::io;

Q_DECLARE_METATYPE(confidant::io::ImportIssue)

namespace {

QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

QStringList list(std::initializer_list<const char*> values)
{
    QStringList out;
    for (const char* v : values) {
        out.append(u8(v));
    }
    return out;
}

crm::LabeledValue lv(const char* value, const char* label)
{
    return crm::LabeledValue {u8(value), u8(label)};
}

QByteArray crlf(QByteArray text)
{
    return text.replace("\n", "\r\n");
}

QByteArray bigPhoto()
{
    // About 4 MB of base64, folded at 76 columns like Apple writes it.
    const QByteArray base64 = QByteArray(3 * 1024 * 1024, '\x5A').toBase64();
    QByteArray out = "PHOTO;ENCODING=b;TYPE=JPEG:";
    for (qsizetype i = 0; i < base64.size(); i += 74) {
        if (i > 0) {
            out += "\n ";
        }
        out += base64.mid(i, 74);
    }
    return out + "\n";
}

const QByteArray kApple = crlf("BEGIN:VCARD\n"
                               "VERSION:3.0\n"
                               "PRODID:-//Apple Inc.//macOS 14.0//EN\n"
                               "N:Ångström;Zoë;;Dr.;\n"
                               "FN:Dr. Zoë Ångström\n"
                               "ORG:ACME\\, Inc.;Research\n"
                               "TITLE:Lead\\, Chemistry\n"
                               "EMAIL;type=INTERNET;type=WORK;type=pref:zoe@acme.example\n"
                               "item1.EMAIL;type=INTERNET:zoe@private.example\n"
                               "item1.X-ABLabel:_$!<Home>!$_\n"
                               "TEL;type=CELL;type=VOICE;type=pref:+49 170 1234567\n"
                               "item2.TEL:+49 30 1234\n"
                               "item2.X-ABLabel:_$!<Work>!$_\n"
                               "item3.ADR;type=HOME;type=pref:;;Hauptstraße 1\\nHinterhaus;Köln;NRW;50667;Germany\n"
                               "item3.X-ABADR:de\n"
                               "NOTE:Line one\\nLine two\\; with semicolon\\, comma and back\\\\slash and a lo\n"
                               " ng folded word\n"
                               "CATEGORIES:Friends,Work\\, Berlin\n")
    + crlf(bigPhoto()) + crlf("UID:ABCD-1234\nEND:VCARD\n");

const QByteArray kOutlook21
    = "BEGIN:VCARD\r\n"
      "VERSION:2.1\r\n"
      "N;LANGUAGE=de;CHARSET=Windows-1252:M\xFCller;J\xFCrgen\r\n"
      "FN;CHARSET=Windows-1252:J\xFCrgen M\xFCller\r\n"
      "ORG;CHARSET=Windows-1252:M\xFCller & S\xF6hne AG;Vertrieb\r\n"
      "TITLE:Gesch=C3=A4ftsf=C3=BChrer\r\n"
      "TEL;WORK;VOICE:+49 30 123456\r\n"
      "TEL;CELL;VOICE:0170 555\r\n"
      "ADR;WORK;PREF;ENCODING=QUOTED-PRINTABLE;CHARSET=Windows-1252:;;Stra=DFe 1=0D=0AGeb=\r\n"
      "=E4ude B;Berlin;;10115;Deutschland\r\n"
      "LABEL;WORK;PREF;ENCODING=QUOTED-PRINTABLE:Stra=DFe 1\r\n"
      "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=Windows-1252:Erste Zeile=0D=0AZweite Zeile mit=\r\n"
      " =80 und =\r\n"
      "weiter=\r\n"
      "hier\r\n"
      "EMAIL;PREF;INTERNET:juergen@example.de\r\n"
      "X-MS-OL-DEFAULT-POSTAL-ADDRESS:2\r\n"
      "REV:20240101T000000Z\r\n"
      "END:VCARD\r\n";

const QByteArray kGoogle30 = "BEGIN:VCARD\n"
                             "VERSION:3.0\n"
                             "FN:Łukasz Nowak\n"
                             "N:Nowak;Łukasz;;;\n"
                             "EMAIL;TYPE=INTERNET;TYPE=HOME:lukasz@example.pl\n"
                             "TEL;TYPE=CELL:+48 600 000 000\n"
                             "ADR;TYPE=WORK:;;ul. Długa 5;Gdańsk;;80-001;Poland\n"
                             "ORG:Stocznia\n"
                             "TITLE:Inżynier\n"
                             "CATEGORIES:myContacts,Klienci\n"
                             "PHOTO:https://lh3.googleusercontent.com/a/photo.jpg\n"
                             "END:VCARD\n";

const QByteArray kV4 = crlf("BEGIN:VCARD\n"
                            "VERSION:4.0\n"
                            "FN:渡辺 健\n"
                            "N:;;;;\n"
                            "EMAIL;TYPE=\"work,internet\";PREF=1:ken@example.jp\n"
                            "TEL;VALUE=uri;TYPE=\"cell,voice\":tel:+81-90-1234-5678;ext=12\n"
                            "TEL;VALUE=uri;TYPE=home:tel:+81-3-0000-0000\n"
                            "ADR;TYPE=home:;;First St 1;Tokyo;;100-0001;Japan\n"
                            "ADR;TYPE=work;PREF=1:;;Office St 2;Osaka;;530-0001;Japan\n"
                            "X-UNKNOWN;X-PARAM=\"a:b\":ignored\n"
                            "UID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1\n"
                            "END:VCARD\n");

QList<ImportRecord> readOk(const QByteArray& data)
{
    auto result = VCardReader::readAll(data);
    if (!result.ok()) {
        qWarning() << result.error().message;
        return {};
    }
    return *result;
}

} // namespace

class TestVCardReader : public QObject
{
    Q_OBJECT

private slots:
    void appleGroupsFoldingAndBigPhoto()
    {
        const QList<ImportRecord> records = readOk(kApple);
        QCOMPARE(records.size(), 1);
        const ImportRecord& r = records.first();
        QCOMPARE(r.line, 1);
        QVERIFY(r.problems.isEmpty());
        QCOMPARE(r.notes.size(), 1);
        const crm::Contact& c = r.contact;
        QCOMPARE(c.givenName, u8("Zoë"));
        QCOMPARE(c.familyName, u8("Ångström"));
        QCOMPARE(c.companyName, u8("ACME, Inc."));
        QCOMPARE(c.jobTitle, u8("Lead, Chemistry"));
        QCOMPARE(c.emails,
                 (QList<crm::LabeledValue> {lv("zoe@acme.example", "work"), lv("zoe@private.example", "home")}));
        QCOMPARE(c.phones, (QList<crm::LabeledValue> {lv("+49 170 1234567", "mobile"), lv("+49 30 1234", "work")}));
        QCOMPARE(c.street, u8("Hauptstraße 1\nHinterhaus"));
        QCOMPARE(c.city, u8("Köln"));
        QCOMPARE(c.region, u8("NRW"));
        QCOMPARE(c.postcode, u8("50667"));
        QCOMPARE(c.country, u8("Germany"));
        QCOMPARE(c.notes, u8("Line one\nLine two; with semicolon, comma and back\\slash and a long folded word"));
        QCOMPARE(c.tags, list({"Friends", "Work, Berlin"}));
        QCOMPARE(r.externalId, u8("ABCD-1234"));
        QCOMPARE(c.source, u8("import:vcard"));
    }

    void outlook21QuotedPrintableAndWindows1252()
    {
        const QList<ImportRecord> records = readOk(kOutlook21);
        QCOMPARE(records.size(), 1);
        const crm::Contact& c = records.first().contact;
        QCOMPARE(c.givenName, u8("Jürgen"));
        QCOMPARE(c.familyName, u8("Müller"));
        QCOMPARE(c.companyName, u8("Müller & Söhne AG"));
        QCOMPARE(c.jobTitle, u8("Gesch=C3=A4ftsf=C3=BChrer")); // not declared quoted-printable: literal
        QCOMPARE(c.phones, (QList<crm::LabeledValue> {lv("+49 30 123456", "work"), lv("0170 555", "mobile")}));
        QCOMPARE(c.emails, (QList<crm::LabeledValue> {lv("juergen@example.de", "other")}));
        QCOMPARE(c.street, u8("Straße 1\nGebäude B"));
        QCOMPARE(c.city, u8("Berlin"));
        QCOMPARE(c.postcode, u8("10115"));
        QCOMPARE(c.country, u8("Deutschland"));
        // After a "=" soft break the next line is content, even when it starts with a space.
        QCOMPARE(c.notes, u8("Erste Zeile\nZweite Zeile mit € und weiterhier"));
    }

    void google30()
    {
        const QList<ImportRecord> records = readOk(kGoogle30);
        QCOMPARE(records.size(), 1);
        const ImportRecord& r = records.first();
        QCOMPARE(r.contact.givenName, u8("Łukasz"));
        QCOMPARE(r.contact.familyName, u8("Nowak"));
        QCOMPARE(r.contact.emails, (QList<crm::LabeledValue> {lv("lukasz@example.pl", "home")}));
        QCOMPARE(r.contact.phones, (QList<crm::LabeledValue> {lv("+48 600 000 000", "mobile")}));
        QCOMPARE(r.contact.street, u8("ul. Długa 5"));
        QCOMPARE(r.contact.city, u8("Gdańsk"));
        QCOMPARE(r.contact.postcode, u8("80-001"));
        QCOMPARE(r.contact.companyName, u8("Stocznia"));
        QCOMPARE(r.contact.jobTitle, u8("Inżynier"));
        QCOMPARE(r.contact.tags, list({"Klienci"}));
        QCOMPARE(r.notes.size(), 1); // photo URI skipped
    }

    void version4UrisPreferredAddressAndFormattedName()
    {
        const QList<ImportRecord> records = readOk(kV4);
        QCOMPARE(records.size(), 1);
        const ImportRecord& r = records.first();
        QCOMPARE(r.contact.givenName, u8("渡辺"));
        QCOMPARE(r.contact.familyName, u8("健"));
        QCOMPARE(r.contact.emails, (QList<crm::LabeledValue> {lv("ken@example.jp", "work")}));
        QCOMPARE(r.contact.phones,
                 (QList<crm::LabeledValue> {lv("+81-90-1234-5678 ext. 12", "mobile"), lv("+81-3-0000-0000", "home")}));
        QCOMPARE(r.contact.street, u8("Office St 2"));
        QCOMPARE(r.contact.city, u8("Osaka"));
        QCOMPARE(r.externalId, u8("4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"));
        QVERIFY(r.notes.isEmpty());
    }

    void manyCardsReportTheirLines()
    {
        const QByteArray file = "Exported contacts\n" + kGoogle30 + "\n" + kOutlook21 + kV4;
        const QList<ImportRecord> records = readOk(file);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[0].line, 2);
        QCOMPARE(records[1].line, 15);
        QCOMPARE(records[2].line, 34);
        QCOMPARE(records[2].contact.city, u8("Osaka"));
    }

    void readsFromADevice()
    {
        QBuffer buffer;
        buffer.setData(kGoogle30);
        buffer.open(QIODevice::ReadOnly);
        auto result = VCardReader::readAll(buffer);
        QVERIFY(result.ok());
        QCOMPARE(result->size(), 1);
    }

    void missingEndFlagsThatCard()
    {
        const QByteArray file = "BEGIN:VCARD\nVERSION:3.0\nFN:Anna Alt\nBEGIN:VCARD\nVERSION:3.0\nFN:Bob Berg\n"
                                "END:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Carl Cut\n";
        const QList<ImportRecord> records = readOk(file);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[0].issue, ImportIssue::MissingEnd);
        QCOMPARE(records[0].line, 1);
        QVERIFY(records[0].problems.value(0).contains(QLatin1String("1")));
        QVERIFY(!records[0].problems.value(0).contains(QLatin1String("Anna")));
        QCOMPARE(records[1].issue, ImportIssue::None);
        QCOMPARE(records[1].contact.givenName, u8("Bob"));
        QCOMPARE(records[1].line, 4);
        QCOMPARE(records[2].issue, ImportIssue::MissingEnd);
        QCOMPARE(records[2].line, 8);
    }

    void emailAfterMailtoIsTrimmed()
    {
        // Found with tests/fuzz (every email a reader gives is trimmed): "mailto: " kept its space.
        const QList<ImportRecord> records
            = readOk("BEGIN:VCARD\nVERSION:4.0\nFN:Anna Alt\nEMAIL;TYPE=home:mailto: anna@example.com\nEND:VCARD\n");
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].contact.emails, (QList<crm::LabeledValue> {lv("anna@example.com", "home")}));
    }

    void cardWithoutIdentityIsAProblem()
    {
        const QList<ImportRecord> records = readOk("BEGIN:VCARD\nVERSION:3.0\nNOTE:secret\nEND:VCARD\n");
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].issue, ImportIssue::NoIdentity);
        QVERIFY(!records[0].problems.value(0).contains(QLatin1String("secret")));
    }

    void fileLevelErrors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<ImportIssue>("issue");
        QTest::addColumn<qint64>("line");
        QTest::newRow("empty") << QByteArray() << ImportIssue::EmptyFile << qint64(0);
        QTest::newRow("blank") << QByteArray("\xEF\xBB\xBF \r\n\r\n") << ImportIssue::EmptyFile << qint64(0);
        // The bytes of the literal, NULs included, without its terminator.
        static const char pngHeader[] = "\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0";
        QByteArray png(pngHeader, qsizetype(sizeof(pngHeader) - 1));
        for (int i = 0; i < 2000; ++i) {
            png.append(char((i * 7919 + 13) % 256));
        }
        QTest::newRow("png") << png << ImportIssue::NotText << qint64(0);
        QTest::newRow("csv instead") << QByteArray("Name,Email\nAnna,a@x.de\n") << ImportIssue::NotVCard << qint64(0);
        QTest::newRow("nul on line 4") << QByteArray("BEGIN:VCARD\nVERSION:3.0\nFN:A B\nNOTE:x\0y\nEND:VCARD\n", 48)
                                       << ImportIssue::NulByte << qint64(4);
        QTest::newRow("latin-1 without charset") << QByteArray("BEGIN:VCARD\nVERSION:3.0\nFN:Zo\xEB\nEND:VCARD\n")
                                                 << ImportIssue::InvalidEncoding << qint64(3);
        QTest::newRow("invalid utf-8 in a later card")
            << (kGoogle30 + "BEGIN:VCARD\nVERSION:3.0\nFN:Ok\nNOTE:caf\xE9\nEND:VCARD\n")
            << ImportIssue::InvalidEncoding << qint64(16);
    }
    void fileLevelErrors()
    {
        QFETCH(QByteArray, data);
        QFETCH(ImportIssue, issue);
        QFETCH(qint64, line);
        VCardReader reader(data);
        ImportRecord record;
        Result<bool> more = true;
        while (more.ok() && *more) {
            more = reader.next(record);
        }
        QVERIFY(!more.ok());
        QCOMPARE(reader.issue(), issue);
        QCOMPARE(reader.errorLine(), line);
        QCOMPARE(more.error().kind, ErrorKind::Invalid);
        if (line > 0) {
            QVERIFY(more.error().message.contains(QString::number(line)));
        }
        QVERIFY(!VCardReader::readAll(data).ok());
    }
};

QTEST_GUILESS_MAIN(TestVCardReader)
#include "TestVCardReader.moc"
