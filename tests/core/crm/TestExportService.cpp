#include "core/Session.h"
#include "core/WorkerGate.h"
#include "core/crm/ExportService.h"
#include "core/crm/FieldRegistry.h"
#include "core/io/ContactMapping.h"
#include "core/io/CsvReader.h"
#include "core/io/VCardReader.h"
#include "core/storage/Database.h"

#include <QBuffer>
#include <QTest>

#include "tests/support/TestVault.h"

using namespace confidant;
using confidant::test::TestVault;

namespace {

crm::Contact person(const QString& given, const QString& family, const QString& tag)
{
    crm::Contact c;
    c.givenName = given;
    c.familyName = family;
    c.emails = {{given.toLower() + QStringLiteral("@example.org"), QString()}, {QStringLiteral("b@example.org"), {}}};
    c.tags = {tag};
    c.notes = QStringLiteral("=HYPERLINK(\"http://evil\")");
    c.city = QStringLiteral("Köln, Innenstadt");
    return c;
}

security::AuditQuery byAction(const char* action)
{
    security::AuditQuery q;
    q.action = QString::fromLatin1(action);
    return q;
}

// Every field set, with values that break naive writers: separators, quotes, line breaks, formula starts,
// non-Latin text, a long line for vCard folding.
crm::Contact tricky()
{
    crm::Contact c;
    c.givenName = QStringLiteral("Zoë; \"Jo\"");
    c.familyName = QStringLiteral("O'Brien, Jr.");
    c.emails = {{QStringLiteral("zoe@example.org"), QStringLiteral("work")},
                {QStringLiteral("z.home@example.net"), QStringLiteral("home")}};
    c.phones = {{QStringLiteral("+49 30 1234567"), QStringLiteral("mobile")},
                {QStringLiteral("030 7654321"), QStringLiteral("work")}};
    c.street = QStringLiteral("Hauptstraße 1, Hinterhaus");
    c.postcode = QStringLiteral("10115");
    c.city = QStringLiteral("Berlin");
    c.region = QStringLiteral("BE");
    c.country = QStringLiteral("Deutschland");
    c.jobTitle = QStringLiteral("=Head of R&D");
    c.companyName = QStringLiteral("Acme; Söhne, GmbH");
    c.notes = QStringLiteral("Line one\nLine two, with a comma; and a semicolon \\ backslash. ")
        + QString(80, QChar(0x65E5)); // 80 × "日": three UTF-8 bytes each, folded mid-line
    c.tags = {QStringLiteral("vip"), QStringLiteral("Messe 2026")};
    c.birthday = QDate(1990, 2, 28);
    c.website = QStringLiteral("https://example.org/zoe");
    c.source = QStringLiteral("manual:cli");
    return c;
}

// The CSV formula guard prefixes "'" to =, +, -, @: an importer reading our own export drops it again.
QString unguard(const QString& field)
{
    if (field.size() > 1 && field.front() == QLatin1Char('\'') && QStringLiteral("=+-@\t\r").contains(field.at(1))) {
        return field.mid(1);
    }
    return field;
}

QStringList uidsInCsv(const QByteArray& data)
{
    QStringList uids;
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines[i].isEmpty()) {
            uids.append(QString::fromUtf8(lines[i].left(lines[i].indexOf(','))));
        }
    }
    uids.sort();
    return uids;
}

} // namespace

class TestExportService : public QObject
{
    Q_OBJECT

private slots:
    void writesEveryRegistryFieldSafely()
    {
        TestVault v;
        QVERIFY(v.create());
        auto ada = v.session->contacts().create(
            person(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("vip")));
        QVERIFY(
            v.session->contacts().create(person(QStringLiteral("Bob"), QStringLiteral("Zed"), QStringLiteral("lead"))));
        QVERIFY(ada);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        auto count = v.session->exports().contactsCsv({}, out);
        QVERIFY2(count, qPrintable(count ? QString() : count.error().message));
        QCOMPARE(*count, 2);
        const QList<QByteArray> lines = out.data().split('\n');
        QCOMPARE(lines.first(),
                 QByteArray("uid,given,family,email,email_labels,phone,phone_labels,street,postcode,city,region,"
                            "country,title,birthday,website,company,notes,tag,source\r"));
        QCOMPARE(v.session->exports().csvColumns().size() - 3,
                 int(v.session->fields().fieldsOf(QStringLiteral("contact")).size()));
        QVERIFY(
            lines.at(1).startsWith(ada->uid.toUtf8() + ",Ada,Lovelace,ada@example.org; b@example.org,other; other,"));
        QVERIFY(lines.at(1).contains("\"Köln, Innenstadt\""));
        QVERIFY(lines.at(1).contains("\"'=HYPERLINK(\"\"http://evil\"\")\""));
        auto audited = v.session->auditLog().list(byAction("contact.export"));
        QVERIFY(audited);
        QCOMPARE(audited->size(), 1);
        QVERIFY(audited->first().summary.contains(QStringLiteral("count=2")));

        QBuffer tagged;
        tagged.open(QIODevice::WriteOnly);
        QCOMPARE(*v.session->exports().contactsCsv({{}, QStringLiteral("LEAD"), {}}, tagged), 1);
        QBuffer one;
        one.open(QIODevice::WriteOnly);
        QCOMPARE(*v.session->exports().contactsCsv({{ada->uid}, {}, {}}, one), 1);
        QBuffer missing;
        missing.open(QIODevice::WriteOnly);
        QCOMPARE(v.session->exports().contactsCsv({{QStringLiteral("no-such-uid")}, {}, {}}, missing).error().kind,
                 ErrorKind::NotFound);
    }

    void salesRepMayNotExportAndTheAttemptIsAudited()
    {
        TestVault v;
        QVERIFY(v.create());
        QVERIFY(v.session->contacts().create(
            person(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("vip"))));
        QVERIFY(v.session->profiles().add(QStringLiteral("rep"), security::Role::SalesRep, {}));
        QVERIFY(v.session->actAs(QStringLiteral("rep"), {}));
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        auto denied = v.session->exports().contactsCsv({}, out);
        QVERIFY(!denied);
        QCOMPARE(denied.error().kind, ErrorKind::Denied);
        QVERIFY(out.data().isEmpty());
        QVERIFY(v.session->actAs(QStringLiteral("owner"), {}));
        auto entries = v.session->auditLog().list(byAction("access.denied"));
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().profileName, QStringLiteral("rep"));
        QVERIFY(entries->first().summary.contains(QStringLiteral("attempted=contact.export")));
        QBuffer vcf;
        vcf.open(QIODevice::WriteOnly);
        QVERIFY(v.session->actAs(QStringLiteral("rep"), {}));
        QCOMPARE(v.session->exports().exportContacts(crm::ExportFormat::VCard, {}, vcf).error().kind,
                 ErrorKind::Denied);
        QVERIFY(vcf.data().isEmpty());
    }

private slots:
    void vcardOfTrickyContactsParsesBackToTheSameFields()
    {
        TestVault v;
        QVERIFY(v.create());
        auto zoe = v.session->contacts().create(tricky());
        QVERIFY2(zoe, qPrintable(zoe ? QString() : zoe.error().message));
        crm::Contact bare;
        bare.givenName = QStringLiteral("Bare");
        auto plain = v.session->contacts().create(bare);
        QVERIFY(plain);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        auto count = v.session->exports().exportContacts(crm::ExportFormat::VCard, {}, out);
        QVERIFY2(count, qPrintable(count ? QString() : count.error().message));
        QCOMPARE(*count, 2);
        QCOMPARE(out.data().count("BEGIN:VCARD\r\nVERSION:4.0\r\n"), 2);
        for (const QByteArray& line : out.data().split('\n')) {
            QVERIFY2(line.size() <= 76, line.constData()); // 75 octets + CR
        }

        auto records = io::VCardReader::readAll(out.data());
        QVERIFY2(records, qPrintable(records ? QString() : records.error().message));
        QCOMPARE(records->size(), 2);
        // Family-name order: "" (Bare) sorts before "O'Brien".
        QCOMPARE(records->at(0).externalId, plain->uid);
        const io::ImportRecord& r = records->at(1);
        QVERIFY(r.problems.isEmpty());
        QCOMPARE(r.externalId, zoe->uid);
        const crm::Contact& c = r.contact;
        const crm::Contact want = tricky();
        QCOMPARE(c.givenName, want.givenName);
        QCOMPARE(c.familyName, want.familyName);
        QCOMPARE(c.emails, want.emails);
        QCOMPARE(c.phones, want.phones);
        QCOMPARE(c.street, want.street);
        QCOMPARE(c.postcode, want.postcode);
        QCOMPARE(c.city, want.city);
        QCOMPARE(c.region, want.region);
        QCOMPARE(c.country, want.country);
        QCOMPARE(c.jobTitle, want.jobTitle);
        QCOMPARE(c.companyName, want.companyName);
        QCOMPARE(c.notes, want.notes);
        QStringList tags = c.tags;
        tags.sort(Qt::CaseInsensitive);
        QCOMPARE(tags, QStringList({QStringLiteral("Messe 2026"), QStringLiteral("vip")}));

        auto audited = v.session->auditLog().list(byAction("contact.export"));
        QVERIFY(audited);
        QCOMPARE(audited->size(), 1);
        QVERIFY(audited->first().summary.contains(QStringLiteral("count=2")));
        QVERIFY(audited->first().summary.contains(QStringLiteral("format=vcard")));
    }

    void csvParsesBackToTheSameContactsWithLabels()
    {
        TestVault v;
        QVERIFY(v.create());
        auto zoe = v.session->contacts().create(tricky());
        QVERIFY(zoe);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QCOMPARE(*v.session->exports().exportContacts(crm::ExportFormat::Csv, {}, out), 1);
        QVERIFY(out.data().contains(",'=Head of R&D,"));

        QBuffer in;
        in.setData(out.data());
        in.open(QIODevice::ReadOnly);
        io::CsvReader reader(in);
        io::CsvRecord header;
        QVERIFY(*reader.next(header));
        QCOMPARE(header.fields, v.session->exports().csvColumns());
        // The import's generic names plus our label columns (the field names `contact add` uses).
        auto mapping = io::ContactMapping::applyJson(
            io::ContactMapping::detect(header.fields),
            R"({"given": "given_name", "family": "family_name", "email_labels": "email_label",
                "phone_labels": "phone_label", "uid": "ignore", "source": "ignore"})");
        QVERIFY2(mapping, qPrintable(mapping ? QString() : mapping.error().message));
        io::CsvRecord row;
        QVERIFY(*reader.next(row));
        for (QString& f : row.fields) {
            f = unguard(f);
        }
        const auto record = io::ContactMapping::mapRow(*mapping, row);
        QVERIFY(record);
        const crm::Contact& c = record->contact;
        const crm::Contact want = tricky();
        QCOMPARE(c.givenName, want.givenName);
        QCOMPARE(c.familyName, want.familyName);
        QCOMPARE(c.emails, want.emails);
        QCOMPARE(c.phones, want.phones);
        QCOMPARE(c.street, want.street);
        QCOMPARE(c.postcode, want.postcode);
        QCOMPARE(c.city, want.city);
        QCOMPARE(c.region, want.region);
        QCOMPARE(c.country, want.country);
        QCOMPARE(c.jobTitle, want.jobTitle);
        QCOMPARE(c.companyName, want.companyName);
        QCOMPARE(c.notes, want.notes.trimmed()); // the importer trims fields
        QStringList tags = c.tags;
        tags.sort(Qt::CaseInsensitive);
        QCOMPARE(tags, QStringList({QStringLiteral("Messe 2026"), QStringLiteral("vip")}));
        // Birthday and website are written as ISO date and URL.
        const int birthday = header.fields.indexOf(QStringLiteral("birthday"));
        const int website = header.fields.indexOf(QStringLiteral("website"));
        QCOMPARE(row.fields.at(birthday), QStringLiteral("1990-02-28"));
        QCOMPARE(row.fields.at(website), want.website);
        io::CsvRecord end;
        QVERIFY(!*reader.next(end));
    }

    void selectionByTagFilterAndUidsIsExact()
    {
        TestVault v;
        QVERIFY(v.create());
        auto make = [&](const char* given, const char* city, QStringList tags) {
            crm::Contact c;
            c.givenName = QString::fromLatin1(given);
            c.familyName = QStringLiteral("Test");
            c.city = QString::fromLatin1(city);
            c.tags = std::move(tags);
            auto r = v.session->contacts().create(c);
            return r ? r->uid : QString();
        };
        const QString a = make("Anna", "Berlin", {QStringLiteral("vip"), QStringLiteral("press")});
        const QString b = make("Bert", "Berlin", {QStringLiteral("vip")});
        const QString c = make("Cleo", "Paris", {QStringLiteral("VIP"), QStringLiteral("press")});
        const QString d = make("Dora", "Berlin", {});
        QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty() && !d.isEmpty());
        crm::ContactFilter berlinVip;
        berlinVip.city = QStringLiteral("berlin");
        berlinVip.tags = {QStringLiteral("vip")};
        QVERIFY(v.session->savedFilters().createContactFilter(QStringLiteral("Berlin VIPs"), berlinVip));

        auto exported = [&](const crm::ExportSelection& selection) {
            QBuffer out;
            out.open(QIODevice::WriteOnly);
            auto r = v.session->exports().exportContacts(crm::ExportFormat::Csv, selection, out);
            return r ? uidsInCsv(out.data()) : QStringList {QStringLiteral("error: ") + r.error().message};
        };
        auto sorted = [](QStringList l) {
            l.sort();
            return l;
        };
        QCOMPARE(exported({}), sorted({a, b, c, d}));
        QCOMPARE(exported({{}, QStringLiteral("vip"), {}}), sorted({a, b, c}));
        QCOMPARE(exported({{}, QStringLiteral("press"), {}}), sorted({a, c}));
        QCOMPARE(exported({{}, {}, QStringLiteral("berlin vips")}), sorted({a, b}));
        QCOMPARE(exported({{}, QStringLiteral("press"), QStringLiteral("Berlin VIPs")}), sorted({a}));
        QCOMPARE(exported({{d, b.toUpper()}, {}, {}}), sorted({b, d}));
        QCOMPARE(*v.session->exports().count({{}, QStringLiteral("vip"), {}}), 3);
        QCOMPARE(*v.session->exports().count({{}, {}, QStringLiteral("Berlin VIPs")}), 2);

        QBuffer none;
        none.open(QIODevice::WriteOnly);
        auto missing = v.session->exports().exportContacts(
            crm::ExportFormat::VCard, {{}, {}, QStringLiteral("no such filter")}, none);
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
        QVERIFY(none.data().isEmpty());
    }

    void exportOfNoContactsWritesAnEmptySelection()
    {
        TestVault v;
        QVERIFY(v.create());
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        QCOMPARE(*v.session->exports().exportContacts(crm::ExportFormat::Csv, {{}, QStringLiteral("nobody"), {}}, csv),
                 0);
        QCOMPARE(csv.data(), csvHeader(v));
        QBuffer vcf;
        vcf.open(QIODevice::WriteOnly);
        QCOMPARE(*v.session->exports().exportContacts(crm::ExportFormat::VCard, {}, vcf), 0);
        QVERIFY(vcf.data().isEmpty());
        auto audited = v.session->auditLog().list(byAction("contact.export"));
        QVERIFY(audited);
        QCOMPARE(audited->size(), 2);
        QVERIFY(audited->at(0).summary.contains(QStringLiteral("count=0")));
    }

    // A long export reads one snapshot: a contact erased on another connection while the export runs (here
    // after its first 100 rows, at the progress report) neither aborts it ("No such contact") nor leaves a
    // half-changed file. The erased contact was in the vault when the export began, so it is in the file.
    void exportReadsOneSnapshotWhileAnotherConnectionDeletes()
    {
        TestVault v;
        QVERIFY(v.create());
        QStringList uids;
        for (int i = 0; i < 250; ++i) {
            auto created = v.session->contacts().create(person(
                QStringLiteral("P%1").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("Snap"), QStringLiteral("snap")));
            QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
            uids.append(created->uid);
        }
        uids.sort();
        auto other = WorkerGate::open(v.session->vault(), v.session->actor(), v.clock);
        QVERIFY(other);
        bool deleted = false;
        auto deleteTheRest = [&](qint64 done, qint64) {
            if (done == 100 && !deleted) {
                deleted = bool((*other)->db().exec("DELETE FROM contacts WHERE id IN "
                                                   "(SELECT id FROM contacts ORDER BY id DESC LIMIT 100)"));
            }
        };
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        auto count = v.session->exports().exportContacts(crm::ExportFormat::Csv, {}, csv, nullptr, deleteTheRest);
        QVERIFY2(count, qPrintable(count ? QString() : count.error().message));
        QVERIFY(deleted);
        QCOMPARE(*count, qint64(250));
        QCOMPARE(uidsInCsv(csv.data()), uids);
        // The other connection's delete did happen: a new export has 150.
        QBuffer again;
        again.open(QIODevice::WriteOnly);
        QCOMPARE(*v.session->exports().exportContacts(crm::ExportFormat::Csv, {}, again), qint64(150));
    }

    void cancelledExportIsNotAudited()
    {
        TestVault v;
        QVERIFY(v.create());
        QVERIFY(v.session->contacts().create(tricky()));
        std::atomic_bool cancel {true};
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        auto r = v.session->exports().exportContacts(crm::ExportFormat::VCard, {}, out, &cancel);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Cancelled);
        QCOMPARE(v.session->auditLog().list(byAction("contact.export"))->size(), 0);
    }

    // One row per optional contact field: switched off, it leaves no CSV column and no vCard property, and a
    // value only that field holds appears in neither file.
    void switchedOffFieldLeavesNoTraceInTheExport_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QStringList>("columns"); // CSV columns that go with it
        QTest::addColumn<QByteArray>("property"); // vCard property that goes (empty: ADR stays for the rest)
        QTest::addColumn<QString>("value"); // a value only this field holds
        auto row = [](const char* field, QStringList columns, const char* property, const char* value) {
            QTest::newRow(field) << QString::fromLatin1(field) << columns << QByteArray(property)
                                 << QString::fromUtf8(value);
        };
        row("email", {QStringLiteral("email"), QStringLiteral("email_labels")}, "EMAIL", "z.home@example.net");
        row("phone", {QStringLiteral("phone"), QStringLiteral("phone_labels")}, "TEL", "7654321");
        row("street", {QStringLiteral("street")}, "", "Hauptstraße");
        row("postcode", {QStringLiteral("postcode")}, "", "10115");
        row("city", {QStringLiteral("city")}, "", "Berlin");
        row("region", {QStringLiteral("region")}, "", "Brandenburgia");
        row("country", {QStringLiteral("country")}, "", "Deutschland");
        row("title", {QStringLiteral("title")}, "TITLE", "Head of R&D");
        row("birthday", {QStringLiteral("birthday")}, "BDAY", "1990");
        row("website", {QStringLiteral("website")}, "URL", "example.org/zoe");
        row("company", {QStringLiteral("company")}, "ORG", "Acme");
        row("notes", {QStringLiteral("notes")}, "NOTE", "Line one");
        row("tag", {QStringLiteral("tag")}, "CATEGORIES", "Messe 2026");
    }

    void switchedOffFieldLeavesNoTraceInTheExport()
    {
        QFETCH(QString, field);
        QFETCH(QStringList, columns);
        QFETCH(QByteArray, property);
        QFETCH(QString, value);
        TestVault v;
        QVERIFY(v.create());
        crm::Contact c = tricky();
        c.region = QStringLiteral("Brandenburgia");
        auto created = v.session->contacts().create(c);
        QVERIFY(created);
        const QString key = QStringLiteral("contact.") + field;
        auto off = v.session->fieldSettings().set(key, false, std::nullopt);
        QVERIFY2(off, qPrintable(off ? QString() : off.error().message));

        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        QVERIFY(v.session->exports().exportContacts(crm::ExportFormat::Csv, {}, csv));
        const QByteArray header = csv.data().left(csv.data().indexOf("\r\n"));
        QStringList expected = v.session->exports().csvColumns();
        for (const QString& column : columns) {
            QVERIFY2(expected.removeAll(column) == 1, qPrintable(column));
        }
        QCOMPARE(QString::fromUtf8(header), expected.join(QLatin1Char(',')));
        QVERIFY2(!QString::fromUtf8(csv.data()).contains(value), qPrintable(value));
        QVERIFY(csv.data().contains("Zoë")); // the rest is still there

        QBuffer vcard;
        vcard.open(QIODevice::WriteOnly);
        QVERIFY(v.session->exports().exportContacts(crm::ExportFormat::VCard, {}, vcard));
        // Unfold (RFC 6350 3.2) before looking for values.
        const QString card = QString::fromUtf8(QByteArray(vcard.data()).replace("\r\n ", ""));
        if (!property.isEmpty()) {
            QVERIFY2(!card.contains(QLatin1Char('\n') + QString::fromLatin1(property)), property.constData());
        }
        QVERIFY2(!card.contains(value), qPrintable(value));
        QVERIFY(card.contains(QStringLiteral("FN:")));

        // Switching a field off hides it from exports; the vault keeps the value until retention or erasure.
        auto stored = v.session->contacts().get(created->id);
        QVERIFY(stored);
        QCOMPARE(stored->emails, c.emails);
        QCOMPARE(stored->birthday, c.birthday);
        QCOMPARE(stored->notes, c.notes);
        QVERIFY(v.session->fieldSettings().set(key, true, std::nullopt));
        QBuffer again;
        again.open(QIODevice::WriteOnly);
        QVERIFY(v.session->exports().exportContacts(crm::ExportFormat::Csv, {}, again));
        QVERIFY(again.data().startsWith(v.session->exports().csvColumns().join(QLatin1Char(',')).toUtf8() + "\r\n"));
    }

    // The rows above cover every field an admin can switch off: a new optional field needs a row.
    void everyOptionalContactFieldHasALeaveOutRow()
    {
        QStringList optional;
        for (const auto& f : crm::FieldRegistry().fieldsOf(QStringLiteral("contact"))) {
            if (f.optional) {
                optional.append(f.name);
            }
        }
        QCOMPARE(optional,
                 QStringList({QStringLiteral("email"),
                              QStringLiteral("phone"),
                              QStringLiteral("street"),
                              QStringLiteral("postcode"),
                              QStringLiteral("city"),
                              QStringLiteral("region"),
                              QStringLiteral("country"),
                              QStringLiteral("title"),
                              QStringLiteral("birthday"),
                              QStringLiteral("website"),
                              QStringLiteral("company"),
                              QStringLiteral("notes"),
                              QStringLiteral("tag")}));
    }

private:
    static QByteArray csvHeader(TestVault& v)
    {
        return v.session->exports().csvColumns().join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
};

QTEST_GUILESS_MAIN(TestExportService)
#include "TestExportService.moc"
