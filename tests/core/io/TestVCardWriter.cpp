#include "core/io/VCardReader.h"
#include "core/io/VCardWriter.h"

#include <QStringDecoder>
#include <QTest>

using namespace confidant;
using namespace confidant::io;

Q_DECLARE_METATYPE(confidant::crm::Contact)

namespace {

QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

crm::Contact tricky()
{
    crm::Contact c;
    c.uid = u8("4fbe8971-0bc3-424c-9c26-36c3e1eff6b1");
    c.givenName = u8("Zoë; \"Z\"");
    c.familyName = u8("Ångström, Jr.\\");
    c.emails = {{u8("zoe@work.example"), u8("work")},
                {u8("zoe@home.example"), u8("home")},
                {u8("zoe@other.example"), u8("other")}};
    c.phones = {{u8("+49 170 1234567"), u8("mobile")},
                {u8("+49 30 1234"), u8("work")},
                {u8("+49 40 5678"), u8("home")},
                {u8("+49 89 0000"), u8("other")}};
    c.street = u8("Hauptstraße 1\nHinterhaus; back\\slash, 2. OG");
    c.postcode = u8("50667");
    c.city = u8("Köln");
    c.region = u8("NRW");
    c.country = u8("Deutschland");
    c.jobTitle = u8("CTO, R&D; \"Lab\"");
    c.birthday = QDate(1979, 2, 28);
    c.website = u8("https://example.com/a,b;c");
    c.companyName = u8("ACME; Inc., \\ Co");
    QString notes;
    for (int i = 0; i < 12; ++i) {
        notes += u8("Zeile %1: 渡辺 😀 Łukasz, \"quoted\"; semi\\colon ").arg(i);
        notes += i % 3 == 0 ? u8("\n") : u8(" ");
    }
    c.notes = notes.trimmed();
    c.tags = {u8("VIP"), u8("Work, Berlin"), u8("a;b"), u8("渡辺"), u8("back\\slash")};
    return c;
}

} // namespace

class TestVCardWriter : public QObject
{
    Q_OBJECT

private slots:
    void escapesText()
    {
        QCOMPARE(VCardWriter::escape(u8("a\\b,c;d\ne\r\nf\rg")), u8("a\\\\b\\,c\\;d\\ne\\nf\\ng"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<crm::Contact>("contact");
        QTest::newRow("tricky values") << tricky();
        crm::Contact minimal;
        minimal.emails = {{u8("only@example.com"), u8("other")}};
        QTest::newRow("email only") << minimal;
        crm::Contact cjk;
        cjk.givenName = u8("健");
        cjk.familyName = u8("渡辺");
        cjk.notes = QString(400, QChar(0x6E21)) + u8("😀😀😀");
        QTest::newRow("long cjk note") << cjk;
    }
    void roundTrip()
    {
        QFETCH(crm::Contact, contact);
        const QByteArray card = VCardWriter::write(QList<crm::Contact> {contact, contact});
        auto read = VCardReader::readAll(card);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        QCOMPARE(read->size(), 2);
        for (const ImportRecord& r : *read) {
            QVERIFY(r.problems.isEmpty());
            const crm::Contact& c = r.contact;
            QCOMPARE(c.givenName, contact.givenName);
            QCOMPARE(c.familyName, contact.familyName);
            QCOMPARE(c.emails, contact.emails);
            QCOMPARE(c.phones, contact.phones);
            QCOMPARE(c.street, contact.street);
            QCOMPARE(c.postcode, contact.postcode);
            QCOMPARE(c.city, contact.city);
            QCOMPARE(c.region, contact.region);
            QCOMPARE(c.country, contact.country);
            QCOMPARE(c.jobTitle, contact.jobTitle);
            QCOMPARE(c.birthday, contact.birthday);
            QCOMPARE(c.website, contact.website);
            QCOMPARE(c.companyName, contact.companyName);
            QCOMPARE(c.notes, contact.notes);
            QCOMPARE(c.tags, contact.tags);
            QCOMPARE(r.externalId, contact.uid);
        }
    }

    void linesAreFoldedCrlfAndWholeUtf8()
    {
        const QByteArray card = VCardWriter::write(tricky());
        QVERIFY(card.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:"));
        QVERIFY(card.endsWith("\r\nEND:VCARD\r\n"));
        QVERIFY(card.contains("\r\nUID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1\r\n"));
        QVERIFY(card.contains("\r\nN:Ångström\\, Jr.\\\\;Zoë\\; \"Z\";;;\r\n"));
        QVERIFY(card.contains("\r\nEMAIL;TYPE=work:zoe@work.example\r\n"));
        QVERIFY(card.contains("\r\nTEL;TYPE=cell:+49 170 1234567\r\n"));
        QVERIFY(card.contains("\r\nCATEGORIES:VIP,Work\\, Berlin,a\\;b,渡辺,back\\\\slash\r\n"));
        QVERIFY(!card.contains("\r\r"));
        const QList<QByteArray> lines = card.chopped(1).split('\n');
        int continuations = 0;
        for (QByteArray line : lines) {
            QVERIFY2(line.endsWith('\r'), line.constData());
            line.chop(1);
            QVERIFY2(line.size() <= 75, line.constData());
            QStringDecoder strict(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString decoded = strict.decode(line);
            QVERIFY2(!strict.hasError(), line.constData());
            Q_UNUSED(decoded);
            continuations += line.startsWith(' ') ? 1 : 0;
        }
        QVERIFY(continuations > 5);
    }

    void exactlyLimitLinesAreNotFolded()
    {
        const QString value(75 - 6, QLatin1Char('x'));
        QCOMPARE(VCardWriter::contentLine("TITLE", value), "TITLE:" + value.toLatin1() + "\r\n");
        const QByteArray folded = VCardWriter::contentLine("TITLE", value + u8("é"));
        QCOMPARE(folded, "TITLE:" + value.toLatin1() + "\r\n " + u8("é").toUtf8() + "\r\n");
    }

    void emptyContactStillHasFormattedName()
    {
        crm::Contact c;
        c.companyName = u8("ACME");
        const QByteArray card = VCardWriter::write(c);
        QVERIFY(card.contains("\r\nFN:ACME\r\n"));
        QVERIFY(card.contains("\r\nORG:ACME\r\n"));
        QVERIFY(!card.contains("UID:"));
        QVERIFY(!card.contains("ADR"));
    }
};

QTEST_GUILESS_MAIN(TestVCardWriter)
#include "TestVCardWriter.moc"
