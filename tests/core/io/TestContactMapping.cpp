#include "core/io/ContactMapping.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTest>

using namespace confidant;
using namespace confidant::io;

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

// A CSV line from header -> value pairs; quotes like Excel does (no formula escaping, unlike core/Csv.h).
QString row(const QStringList& headers, const QHash<QString, QString>& values, QChar delimiter = QLatin1Char(','))
{
    QStringList fields;
    for (const QString& h : headers) {
        QString v = values.value(h);
        if (v.contains(delimiter) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
            || v.contains(QLatin1Char('\r'))) {
            v = QLatin1Char('"') + v.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        }
        fields.append(v);
    }
    return fields.join(delimiter) + QStringLiteral("\r\n");
}

struct Parsed
{
    ColumnMapping mapping;
    QList<ImportRecord> records;
    int skipped = 0;
};

Parsed parse(const QByteArray& bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    Parsed out;
    CsvRecord record;
    bool header = true;
    for (;;) {
        auto more = reader.next(record);
        if (!more.ok() || !*more) {
            break;
        }
        if (header) {
            out.mapping = ContactMapping::detect(record.fields);
            header = false;
            continue;
        }
        if (auto mapped = ContactMapping::mapRow(out.mapping, record)) {
            out.records.append(*mapped);
        } else {
            ++out.skipped;
        }
    }
    return out;
}

crm::LabeledValue lv(const char* value, const char* label)
{
    return crm::LabeledValue {u8(value), u8(label)};
}

const QStringList& googleHeaders()
{
    static const QStringList h = list({"Name",
                                       "Given Name",
                                       "Additional Name",
                                       "Family Name",
                                       "Yomi Name",
                                       "Given Name Yomi",
                                       "Additional Name Yomi",
                                       "Family Name Yomi",
                                       "Name Prefix",
                                       "Name Suffix",
                                       "Initials",
                                       "Nickname",
                                       "Short Name",
                                       "Maiden Name",
                                       "Birthday",
                                       "Gender",
                                       "Location",
                                       "Billing Information",
                                       "Directory Server",
                                       "Mileage",
                                       "Occupation",
                                       "Hobby",
                                       "Sensitivity",
                                       "Priority",
                                       "Subject",
                                       "Notes",
                                       "Language",
                                       "Photo",
                                       "Group Membership",
                                       "E-mail 1 - Type",
                                       "E-mail 1 - Value",
                                       "E-mail 2 - Type",
                                       "E-mail 2 - Value",
                                       "Phone 1 - Type",
                                       "Phone 1 - Value",
                                       "Phone 2 - Type",
                                       "Phone 2 - Value",
                                       "Address 1 - Type",
                                       "Address 1 - Formatted",
                                       "Address 1 - Street",
                                       "Address 1 - City",
                                       "Address 1 - PO Box",
                                       "Address 1 - Region",
                                       "Address 1 - Postal Code",
                                       "Address 1 - Country",
                                       "Address 1 - Extended Address",
                                       "Organization 1 - Type",
                                       "Organization 1 - Name",
                                       "Organization 1 - Yomi Name",
                                       "Organization 1 - Title",
                                       "Organization 1 - Department",
                                       "Organization 1 - Symbol",
                                       "Organization 1 - Location",
                                       "Organization 1 - Job Description",
                                       "Website 1 - Type",
                                       "Website 1 - Value"});
    return h;
}

const QStringList& outlookHeaders()
{
    static const QStringList h = list({"Title",
                                       "First Name",
                                       "Middle Name",
                                       "Last Name",
                                       "Suffix",
                                       "Company",
                                       "Department",
                                       "Job Title",
                                       "Business Street",
                                       "Business Street 2",
                                       "Business Street 3",
                                       "Business City",
                                       "Business State",
                                       "Business Postal Code",
                                       "Business Country/Region",
                                       "Home Street",
                                       "Home Street 2",
                                       "Home Street 3",
                                       "Home City",
                                       "Home State",
                                       "Home Postal Code",
                                       "Home Country/Region",
                                       "Other Street",
                                       "Other Street 2",
                                       "Other Street 3",
                                       "Other City",
                                       "Other State",
                                       "Other Postal Code",
                                       "Other Country/Region",
                                       "Assistant's Phone",
                                       "Business Fax",
                                       "Business Phone",
                                       "Business Phone 2",
                                       "Callback",
                                       "Car Phone",
                                       "Company Main Phone",
                                       "Home Fax",
                                       "Home Phone",
                                       "Home Phone 2",
                                       "ISDN",
                                       "Mobile Phone",
                                       "Other Fax",
                                       "Other Phone",
                                       "Pager",
                                       "Primary Phone",
                                       "Radio Phone",
                                       "TTY/TDD Phone",
                                       "Telex",
                                       "Account",
                                       "Anniversary",
                                       "Assistant's Name",
                                       "Billing Information",
                                       "Birthday",
                                       "Business Address PO Box",
                                       "Categories",
                                       "Children",
                                       "Directory Server",
                                       "E-mail Address",
                                       "E-mail Type",
                                       "E-mail Display Name",
                                       "E-mail 2 Address",
                                       "E-mail 2 Type",
                                       "E-mail 2 Display Name",
                                       "E-mail 3 Address",
                                       "E-mail 3 Type",
                                       "E-mail 3 Display Name",
                                       "Gender",
                                       "Government ID Number",
                                       "Hobby",
                                       "Home Address PO Box",
                                       "Initials",
                                       "Internet Free Busy",
                                       "Keywords",
                                       "Language",
                                       "Location",
                                       "Manager's Name",
                                       "Mileage",
                                       "Notes",
                                       "Office Location",
                                       "Organizational ID Number",
                                       "Other Address PO Box",
                                       "Priority",
                                       "Private",
                                       "Profession",
                                       "Referred By",
                                       "Sensitivity",
                                       "Spouse",
                                       "User 1",
                                       "User 2",
                                       "User 3",
                                       "User 4",
                                       "Web Page"});
    return h;
}

} // namespace

class TestContactMapping : public QObject
{
    Q_OBJECT

private slots:
    void googleLegacyExport()
    {
        const QStringList& h = googleHeaders();
        QString csv = h.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        csv += row(h,
                   {{u8("Name"), u8("Zoë Ångström")},
                    {u8("Given Name"), u8("Zoë")},
                    {u8("Family Name"), u8("Ångström")},
                    {u8("Birthday"), u8("1990-04-01")},
                    {u8("Notes"), u8("Line one\nLine \"two\", with comma")},
                    {u8("Group Membership"), u8("* myContacts ::: Friends ::: Work, Berlin")},
                    {u8("E-mail 1 - Type"), u8("* Work")},
                    {u8("E-mail 1 - Value"), u8("zoe@work.example")},
                    {u8("E-mail 2 - Type"), u8("Home")},
                    {u8("E-mail 2 - Value"), u8("zoe@home.example ::: zoe2@home.example")},
                    {u8("Phone 1 - Type"), u8("Mobile")},
                    {u8("Phone 1 - Value"), u8("+49 170 1234567")},
                    {u8("Phone 2 - Type"), u8("Work Fax")},
                    {u8("Phone 2 - Value"), u8("+49 221 99999")},
                    {u8("Address 1 - Formatted"), u8("Hauptstraße 1\n50667 Köln")},
                    {u8("Address 1 - Street"), u8("Hauptstraße 1")},
                    {u8("Address 1 - City"), u8("Köln")},
                    {u8("Address 1 - Region"), u8("NRW")},
                    {u8("Address 1 - Postal Code"), u8("50667")},
                    {u8("Address 1 - Country"), u8("Germany")},
                    {u8("Organization 1 - Name"), u8("ACME, Inc.")},
                    {u8("Organization 1 - Title"), u8("CTO")},
                    {u8("Website 1 - Value"), u8("https://example.com")}});
        csv += QString(h.size() - 1, QLatin1Char(',')) + QStringLiteral("\r\n");
        csv += row(h, {{u8("Name"), u8("Łukasz Nowak")}, {u8("Phone 1 - Value"), u8("+48 600 000 000")}});
        csv += row(h, {{u8("Notes"), u8("only a note")}});

        const Parsed p = parse(csv.toUtf8());
        QCOMPARE(p.mapping.preset, u8("google"));
        QCOMPARE(p.mapping.unmappedColumns(), QList<int>());
        QCOMPARE(p.skipped, 1);
        QCOMPARE(p.records.size(), 3);

        const ImportRecord& zoe = p.records[0];
        QCOMPARE(zoe.line, 2);
        QVERIFY(zoe.problems.isEmpty());
        QCOMPARE(zoe.contact.givenName, u8("Zoë"));
        QCOMPARE(zoe.contact.familyName, u8("Ångström"));
        QCOMPARE(zoe.contact.notes, u8("Line one\nLine \"two\", with comma"));
        QCOMPARE(zoe.contact.tags, list({"Friends", "Work, Berlin"}));
        QCOMPARE(zoe.contact.emails,
                 (QList<crm::LabeledValue> {
                     lv("zoe@work.example", "work"), lv("zoe@home.example", "home"), lv("zoe2@home.example", "home")}));
        QCOMPARE(zoe.contact.phones,
                 (QList<crm::LabeledValue> {lv("+49 170 1234567", "mobile"), lv("+49 221 99999", "work")}));
        QCOMPARE(zoe.contact.street, u8("Hauptstraße 1"));
        QCOMPARE(zoe.contact.city, u8("Köln"));
        QCOMPARE(zoe.contact.region, u8("NRW"));
        QCOMPARE(zoe.contact.postcode, u8("50667"));
        QCOMPARE(zoe.contact.country, u8("Germany"));
        QCOMPARE(zoe.contact.companyName, u8("ACME, Inc."));
        QCOMPARE(zoe.contact.jobTitle, u8("CTO"));
        QCOMPARE(zoe.contact.source, u8("import:csv"));

        // Zoë's row spans lines 2-4 (two quoted line breaks); the empty line 5 is skipped silently.
        const ImportRecord& lukasz = p.records[1];
        QCOMPARE(lukasz.line, 6);
        QCOMPARE(lukasz.contact.givenName, u8("Łukasz"));
        QCOMPARE(lukasz.contact.familyName, u8("Nowak"));
        QCOMPARE(lukasz.notes.size(), 1);
        QCOMPARE(lukasz.contact.phones, (QList<crm::LabeledValue> {lv("+48 600 000 000", "other")}));

        const ImportRecord& noteOnly = p.records[2];
        QCOMPARE(noteOnly.line, 7);
        QCOMPARE(noteOnly.issue, ImportIssue::NoIdentity);
        QCOMPARE(noteOnly.problems.size(), 1);
        QVERIFY(noteOnly.problems.first().contains(QLatin1String("7")));
        QVERIFY(!noteOnly.problems.first().contains(QLatin1String("only a note")));
    }

    void google2024Export()
    {
        const QStringList h = list({"First Name",
                                    "Middle Name",
                                    "Last Name",
                                    "Phonetic First Name",
                                    "Phonetic Middle Name",
                                    "Phonetic Last Name",
                                    "Name Prefix",
                                    "Name Suffix",
                                    "Nickname",
                                    "File As",
                                    "Organization Name",
                                    "Organization Title",
                                    "Organization Department",
                                    "Birthday",
                                    "Notes",
                                    "Photo",
                                    "Labels",
                                    "E-mail 1 - Label",
                                    "E-mail 1 - Value",
                                    "Phone 1 - Label",
                                    "Phone 1 - Value",
                                    "Address 1 - Label",
                                    "Address 1 - Formatted",
                                    "Address 1 - Street",
                                    "Address 1 - City",
                                    "Address 1 - PO Box",
                                    "Address 1 - Region",
                                    "Address 1 - Postal Code",
                                    "Address 1 - Country",
                                    "Address 1 - Extended Address",
                                    "Website 1 - Label",
                                    "Website 1 - Value"});
        QString csv = QStringLiteral("\uFEFF") + h.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        csv += row(h,
                   {{u8("First Name"), u8("健")},
                    {u8("Last Name"), u8("渡辺")},
                    {u8("Organization Name"), u8("株式会社 Example")},
                    {u8("Organization Title"), u8("部長")},
                    {u8("Labels"), u8("* myContacts ::: * starred ::: VIP")},
                    {u8("E-mail 1 - Label"), u8("* Work")},
                    {u8("E-mail 1 - Value"), u8("watanabe@example.jp")},
                    {u8("Phone 1 - Label"), u8("Mobile")},
                    {u8("Phone 1 - Value"), u8("+81 90 1234 5678")},
                    {u8("Address 1 - Street"), u8("1-2-3 Shibuya")},
                    {u8("Address 1 - Extended Address"), u8("Apt 4")},
                    {u8("Address 1 - City"), u8("Tokyo")},
                    {u8("Address 1 - Postal Code"), u8("150-0002")},
                    {u8("Address 1 - Country"), u8("Japan")}});
        const Parsed p = parse(csv.toUtf8());
        QCOMPARE(p.mapping.preset, u8("google"));
        QCOMPARE(p.mapping.unmappedColumns(), QList<int>());
        QCOMPARE(p.records.size(), 1);
        const crm::Contact& c = p.records[0].contact;
        QCOMPARE(c.givenName, u8("健"));
        QCOMPARE(c.familyName, u8("渡辺"));
        QCOMPARE(c.companyName, u8("株式会社 Example"));
        QCOMPARE(c.jobTitle, u8("部長"));
        QCOMPARE(c.tags, list({"starred", "VIP"}));
        QCOMPARE(c.emails, (QList<crm::LabeledValue> {lv("watanabe@example.jp", "work")}));
        QCOMPARE(c.phones, (QList<crm::LabeledValue> {lv("+81 90 1234 5678", "mobile")}));
        QCOMPARE(c.street, u8("1-2-3 Shibuya, Apt 4"));
        QCOMPARE(c.postcode, u8("150-0002"));
    }

    void outlookUtf16Export()
    {
        const QStringList& h = outlookHeaders();
        QString csv = h.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        csv += row(h,
                   {{u8("Title"), u8("Dr.")},
                    {u8("First Name"), u8("Anna")},
                    {u8("Middle Name"), u8("Maria")},
                    {u8("Last Name"), u8("O'Brien")},
                    {u8("Company"), u8("Contoso; Ltd")},
                    {u8("Job Title"), u8("Head of \"Sales\"")},
                    {u8("Home Street"), u8("12 Rue de l'Église")},
                    {u8("Home Street 2"), u8("Bâtiment B")},
                    {u8("Home City"), u8("Paris")},
                    {u8("Home Postal Code"), u8("75001")},
                    {u8("Home Country/Region"), u8("France")},
                    {u8("Other City"), u8("Lyon")},
                    {u8("Business Phone"), u8("+33 1 23 45 67 89")},
                    {u8("Mobile Phone"), u8("+33 6 12 34 56 78")},
                    {u8("Business Fax"), u8("+33 1 00 00 00 00")},
                    {u8("E-mail Address"), u8("anna@contoso.example")},
                    {u8("E-mail Type"), u8("SMTP")},
                    {u8("E-mail Display Name"), u8("Anna O'Brien (anna@contoso.example)")},
                    {u8("E-mail 2 Address"), u8("anna@home.example")},
                    {u8("Categories"), u8("Kunden;Newsletter")},
                    {u8("Notes"), u8("Met at fair\r\nFollow up")},
                    {u8("Private"), u8("False")},
                    {u8("Sensitivity"), u8("Normal")}});
        QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        const QByteArray bytes = encoder.encode(csv);
        QVERIFY(bytes.startsWith("\xFF\xFE"));
        const Parsed p = parse(bytes);
        QCOMPARE(p.mapping.preset, u8("outlook"));
        QCOMPARE(p.mapping.unmappedColumns(), QList<int>());
        QCOMPARE(p.records.size(), 1);
        const crm::Contact& c = p.records[0].contact;
        QCOMPARE(c.givenName, u8("Anna Maria"));
        QCOMPARE(c.familyName, u8("O'Brien"));
        QCOMPARE(c.companyName, u8("Contoso; Ltd"));
        QCOMPARE(c.jobTitle, u8("Head of \"Sales\""));
        // No business address, so the home address wins over the other one.
        QCOMPARE(c.street, u8("12 Rue de l'Église, Bâtiment B"));
        QCOMPARE(c.city, u8("Paris"));
        QCOMPARE(c.postcode, u8("75001"));
        QCOMPARE(c.country, u8("France"));
        QCOMPARE(c.phones,
                 (QList<crm::LabeledValue> {lv("+33 1 23 45 67 89", "work"), lv("+33 6 12 34 56 78", "mobile")}));
        QCOMPARE(c.emails,
                 (QList<crm::LabeledValue> {lv("anna@contoso.example", "other"), lv("anna@home.example", "other")}));
        QCOMPARE(c.tags, list({"Kunden", "Newsletter"}));
        QCOMPARE(c.notes, u8("Met at fair\nFollow up"));
    }

    void hubspotExport()
    {
        const QStringList h = list({"Record ID",
                                    "First Name",
                                    "Last Name",
                                    "Email",
                                    "Phone Number",
                                    "Mobile Phone Number",
                                    "Company Name",
                                    "Job Title",
                                    "Street Address",
                                    "City",
                                    "State/Region",
                                    "Postal Code",
                                    "Country/Region",
                                    "Contact owner",
                                    "Lifecycle Stage",
                                    "Create Date",
                                    "Favourite Colour"});
        QString csv = h.join(QLatin1Char(',')) + QStringLiteral("\n");
        csv += row(h,
                   {{u8("Record ID"), u8("51")},
                    {u8("First Name"), u8("Brian")},
                    {u8("Last Name"), u8("Halligan")},
                    {u8("Email"), u8("bh@hubspot.example")},
                    {u8("Phone Number"), u8("+1 888 482 7768")},
                    {u8("Mobile Phone Number"), u8("+1 617 555 0100")},
                    {u8("Company Name"), u8("HubSpot, Inc.")},
                    {u8("Job Title"), u8("CEO")},
                    {u8("Street Address"), u8("25 First Street")},
                    {u8("City"), u8("Cambridge")},
                    {u8("State/Region"), u8("MA")},
                    {u8("Postal Code"), u8("02141")},
                    {u8("Country/Region"), u8("United States")},
                    {u8("Contact owner"), u8("Someone Else")},
                    {u8("Lifecycle Stage"), u8("Lead")},
                    {u8("Favourite Colour"), u8("blue")}});
        const Parsed p = parse(csv.toUtf8());
        QCOMPARE(p.mapping.preset, u8("hubspot"));
        QCOMPARE(p.mapping.unmappedColumns(), QList<int>({16}));
        const crm::Contact& c = p.records.value(0).contact;
        QCOMPARE(c.givenName, u8("Brian"));
        QCOMPARE(c.familyName, u8("Halligan"));
        QCOMPARE(c.emails, (QList<crm::LabeledValue> {lv("bh@hubspot.example", "work")}));
        QCOMPARE(c.phones, (QList<crm::LabeledValue> {lv("+1 888 482 7768", "work"), lv("+1 617 555 0100", "mobile")}));
        QCOMPARE(c.companyName, u8("HubSpot, Inc."));
        QCOMPARE(c.street, u8("25 First Street"));
        QCOMPARE(c.region, u8("MA"));
        QCOMPARE(c.postcode, u8("02141"));
        QCOMPARE(c.country, u8("United States"));
        QCOMPARE(c.notes, QString());
    }

    void excelGermanSemicolonExport()
    {
        const QByteArray csv = "\xEF\xBB\xBFVorname;Nachname;E-Mail;Telefon;Handy;Firma;Straße;PLZ;Ort;Land;Notizen;"
                               "Kategorien;Geburtstag\r\n"
                               "Jürgen;Müller;juergen@example.de;030 123456;0170 9876543;Müller & Söhne GmbH;"
                               "Hauptstraße 5;10115;Berlin;Deutschland;\"Sagt \"\"Moin\"\"; mag Kaffee\";Kunde, VIP;"
                               "1970-01-01\r\n";
        const Parsed p = parse(csv);
        QCOMPARE(p.mapping.preset, u8("generic"));
        QCOMPARE(p.mapping.unmappedColumns(), QList<int>());
        QCOMPARE(p.records.size(), 1);
        const crm::Contact& c = p.records[0].contact;
        QCOMPARE(c.birthday, QDate(1970, 1, 1));
        QCOMPARE(c.givenName, u8("Jürgen"));
        QCOMPARE(c.familyName, u8("Müller"));
        QCOMPARE(c.emails, (QList<crm::LabeledValue> {lv("juergen@example.de", "other")}));
        QCOMPARE(c.phones, (QList<crm::LabeledValue> {lv("030 123456", "other"), lv("0170 9876543", "mobile")}));
        QCOMPARE(c.companyName, u8("Müller & Söhne GmbH"));
        QCOMPARE(c.street, u8("Hauptstraße 5"));
        QCOMPARE(c.postcode, u8("10115"));
        QCOMPARE(c.city, u8("Berlin"));
        QCOMPARE(c.country, u8("Deutschland"));
        QCOMPARE(c.notes, u8("Sagt \"Moin\"; mag Kaffee"));
        QCOMPARE(c.tags, list({"Kunde", "VIP"}));
    }

    void frenchTabDelimitedExport()
    {
        const Parsed p = parse("Prénom\tNom\tCourriel\tVille\tSociété\n"
                               "Zoë\tDupont-Ångström\tzoe@example.fr\tMontréal\tL'Atelier\n"
                               "\t\t\t\t\n");
        QCOMPARE(p.mapping.preset, u8("generic"));
        QCOMPARE(p.mapping.unmappedColumns(), QList<int>());
        QCOMPARE(p.skipped, 1);
        const crm::Contact& c = p.records.value(0).contact;
        QCOMPARE(c.givenName, u8("Zoë"));
        QCOMPARE(c.familyName, u8("Dupont-Ångström"));
        QCOMPARE(c.city, u8("Montréal"));
        QCOMPARE(c.companyName, u8("L'Atelier"));
    }

    void readerProblemsPassThrough()
    {
        const ColumnMapping mapping = ContactMapping::detect(list({"Name", "Email"}));
        CsvRecord record;
        record.line = 7;
        record.issue = ImportIssue::TooManyColumns;
        record.problem = u8("problem text");
        record.fields = list({"Jane Doe", "j@x.de"});
        const auto mapped = ContactMapping::mapRow(mapping, record);
        QVERIFY(mapped);
        QCOMPARE(mapped->issue, ImportIssue::TooManyColumns);
        QCOMPARE(mapped->problems, list({"problem text"}));
        QCOMPARE(mapped->line, 7);
    }

    void jsonOverridesAndRoundTrips()
    {
        const QStringList headers = list({"Vorname", "Telefon", "Lieblingsfarbe", "Mail 2"});
        const ColumnMapping detected = ContactMapping::detect(headers);
        QCOMPARE(detected.unmappedColumns(), QList<int>({2}));

        auto changed = ContactMapping::applyJson(
            detected, "{\"Lieblingsfarbe\": \"ignore\", \"telefon\": \"phone:work\", \"Mail 2\": \"email:home#2\"}");
        QVERIFY(changed.ok());
        QCOMPARE(changed->unmappedColumns(), QList<int>());
        QCOMPARE(changed->columns[1], (ColumnTarget {ContactField::Phone, u8("work"), 0}));
        QCOMPARE(changed->columns[3], (ColumnTarget {ContactField::Email, u8("home"), 2}));

        auto wrapped = ContactMapping::applyJson(detected, "{\"columns\": {\"Vorname\": \"full_name\"}}");
        QVERIFY(wrapped.ok());
        QCOMPARE(wrapped->columns[0].field, ContactField::FullName);

        const QByteArray json = ContactMapping::toJson(*changed);
        ColumnMapping blank = detected;
        for (ColumnTarget& t : blank.columns) {
            t = ColumnTarget();
        }
        auto reread = ContactMapping::applyJson(blank, json);
        QVERIFY(reread.ok());
        QCOMPARE(reread->columns, changed->columns);
    }

    void jsonErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown field") << QByteArray("{\"Telefon\": \"telephone\"}") << u8("telephone");
        QTest::newRow("label on wrong field") << QByteArray("{\"Telefon\": \"city:work\"}") << u8("city:work");
        QTest::newRow("unknown phone label") << QByteArray("{\"Telefon\": \"phone:fax\"}") << u8("phone:fax");
        QTest::newRow("unknown column") << QByteArray("{\"Handy\": \"phone\"}") << u8("Handy");
        QTest::newRow("not json") << QByteArray("Telefon=phone") << QString();
        QTest::newRow("array") << QByteArray("[]") << QString();
    }
    void jsonErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const ColumnMapping detected = ContactMapping::detect(list({"Vorname", "Telefon"}));
        auto result = ContactMapping::applyJson(detected, json);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Invalid);
        QVERIFY(result.error().message.contains(mentions));
    }

    void fullNamesSplit_data()
    {
        QTest::addColumn<QString>("full");
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("family");
        QTest::newRow("two words") << u8("Jane Doe") << u8("Jane") << u8("Doe");
        QTest::newRow("three words") << u8("Anna Maria  Schmidt") << u8("Anna Maria") << u8("Schmidt");
        QTest::newRow("comma form") << u8("Doe, Jane") << u8("Jane") << u8("Doe");
        QTest::newRow("one word") << u8("Madonna") << u8("Madonna") << QString();
        QTest::newRow("cjk") << u8("渡辺 健") << u8("渡辺") << u8("健");
    }
    void fullNamesSplit()
    {
        QFETCH(QString, full);
        QFETCH(QString, given);
        QFETCH(QString, family);
        const auto [g, f] = ContactMapping::splitFullName(full);
        QCOMPARE(g, given);
        QCOMPARE(f, family);
    }

    void tagsSplit_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("tags");
        QTest::newRow("google") << u8("* myContacts ::: Friends ::: Family, Close")
                                << list({"Friends", "Family, Close"});
        QTest::newRow("semicolons") << u8("Kunde; VIP;;kunde") << list({"Kunde", "VIP"});
        QTest::newRow("commas") << u8("a, b ,c") << list({"a", "b", "c"});
        QTest::newRow("only system group") << u8("* myContacts") << QStringList();
    }
    void tagsSplit()
    {
        QFETCH(QString, value);
        QFETCH(QStringList, tags);
        QCOMPARE(ContactMapping::splitTags(value), tags);
    }

    void labelsNormalise_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<bool>("phone");
        QTest::addColumn<QString>("expected");
        QTest::newRow("google work") << u8("* Work") << false << u8("work");
        QTest::newRow("apple mobile") << u8("_$!<Mobile>!$_") << true << u8("mobile");
        QTest::newRow("vcard cell voice") << u8("cell,voice") << true << u8("mobile");
        QTest::newRow("mobile email is other") << u8("mobile") << false << u8("other");
        QTest::newRow("home") << u8("HOME") << true << u8("home");
        QTest::newRow("custom") << u8("Ferienhaus") << true << u8("other");
    }
    void labelsNormalise()
    {
        QFETCH(QString, label);
        QFETCH(bool, phone);
        QFETCH(QString, expected);
        QCOMPARE(ContactMapping::normalizeLabel(label, phone), expected);
    }
};

QTEST_GUILESS_MAIN(TestContactMapping)
#include "TestContactMapping.moc"
