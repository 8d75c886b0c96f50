#include "core/Session.h"
#include "core/crm/ImportService.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

#include "tests/support/TestVault.h"

using namespace confidant;
using confidant::test::TestVault;

namespace {

crm::Contact anna()
{
    crm::Contact c;
    c.givenName = QStringLiteral("Anna");
    c.familyName = QStringLiteral("Arndt");
    c.emails = {{QStringLiteral("anna@example.com"), QStringLiteral("work")},
                {QStringLiteral("a.arndt@example.net"), QStringLiteral("home")}};
    c.jobTitle = QStringLiteral("CEO");
    c.source = QStringLiteral("manual:cli");
    return c;
}

crm::Contact bob()
{
    crm::Contact c;
    c.givenName = QStringLiteral("Bob");
    c.familyName = QStringLiteral("Baker");
    c.phones = {{QStringLiteral("+44 20 7946 0958"), QStringLiteral("work")}};
    c.source = QStringLiteral("manual:cli");
    return c;
}

// Line 2 new, 3 matches Anna by her second email (other case), 4 matches Bob by name + phone digits,
// 5 has an invalid email, 6 repeats line 2's email.
const char* kPeople = "First Name,Last Name,Email,Phone,Company,City\r\n"
                      "Carla,Neu,carla@example.com,,Acme,Köln\r\n"
                      "Anna,Arndt,A.ARNDT@Example.NET,,Arndt AG,Berlin\r\n"
                      "bob,BAKER,,+44 (20) 7946-0958,,\r\n"
                      "Dan,Bad,not-an-email,,,\r\n"
                      "Carla,Again,Carla@Example.com,,,\r\n";

struct Fixture
{
    TestVault v;
    crm::Contact anna;
    crm::Contact bob;

    bool create()
    {
        if (!v.create()) {
            return false;
        }
        auto a = v.session->contacts().create(::anna());
        auto b = v.session->contacts().create(::bob());
        if (!a || !b) {
            return false;
        }
        anna = *a;
        bob = *b;
        return true;
    }
    crm::ImportService& imports()
    {
        return v.session->imports();
    }
    QString write(const QString& name, const QByteArray& data)
    {
        const QString path = v.dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) {
            return QString();
        }
        return path;
    }
    qint64 count()
    {
        return *v.session->contacts().count();
    }
    qint64 batches()
    {
        return *v.session->vault().db().queryInt("SELECT count(*) FROM import_batches");
    }
};

QStringList lines(const QList<crm::ImportRow>& rows)
{
    QStringList out;
    for (const auto& r : rows) {
        out.append(QString::number(r.line));
    }
    return out;
}

} // namespace

class TestImportService : public QObject
{
    Q_OBJECT

private slots:
    void previewSortsRowsIntoNewMatchesAndProblems()
    {
        Fixture f;
        QVERIFY(f.create());
        const QString path = f.write(QStringLiteral("people.csv"), kPeople);
        auto preview = f.imports().preview(path);
        QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().message));
        QCOMPARE(preview->format, crm::ImportFormat::Csv);
        QCOMPARE(preview->fileName, QStringLiteral("people.csv"));
        QCOMPARE(preview->encoding, QStringLiteral("UTF-8"));
        QCOMPARE(preview->delimiter, QLatin1Char(','));
        QCOMPARE(preview->rows, 5);
        QCOMPARE(preview->newCount, 1);
        QCOMPARE(preview->matchCount, 2);
        QCOMPARE(preview->problemCount, 2);
        QCOMPARE(preview->suppressedCount, 0);
        QCOMPARE(lines(preview->newRows), QStringList({QStringLiteral("2")}));
        QCOMPARE(lines(preview->matches), QStringList({QStringLiteral("3"), QStringLiteral("4")}));
        QCOMPARE(lines(preview->problems), QStringList({QStringLiteral("5"), QStringLiteral("6")}));
        QCOMPARE(preview->matches[0].rule, crm::MatchRule::Email);
        QCOMPARE(preview->matches[0].matchUid, f.anna.uid);
        QCOMPARE(preview->matches[0].matchName, QStringLiteral("Anna Arndt"));
        QCOMPARE(preview->matches[1].rule, crm::MatchRule::NamePhone);
        QCOMPARE(preview->matches[1].matchUid, f.bob.uid);
        QVERIFY(preview->problems[0].problems.join(QString()).contains(QStringLiteral("Line 5")));
        QVERIFY(preview->problems[0].problems.join(QString()).contains(QStringLiteral("email")));
        QVERIFY(preview->problems[1].problems.join(QString()).contains(QStringLiteral("line 2")));
        // Messages never quote a value.
        QVERIFY(!preview->problems[0].problems.join(QString()).contains(QStringLiteral("not-an-email")));
        const QStringList fields {preview->columns[0].field,
                                  preview->columns[1].field,
                                  preview->columns[2].field,
                                  preview->columns[3].field,
                                  preview->columns[4].field,
                                  preview->columns[5].field};
        QCOMPARE(fields,
                 QStringList({QStringLiteral("given"),
                              QStringLiteral("family"),
                              QStringLiteral("email"),
                              QStringLiteral("phone"),
                              QStringLiteral("company"),
                              QStringLiteral("city")}));
        QCOMPARE(preview->columns[0].samples,
                 QStringList({QStringLiteral("Carla"), QStringLiteral("Anna"), QStringLiteral("bob")}));
        QCOMPARE(f.count(), 2); // a preview writes nothing
        QCOMPARE(f.batches(), 0);
    }

    void commitCreatesTheNewRowsWithTheirBatchAsSource()
    {
        Fixture f;
        QVERIFY(f.create());
        f.v.clock.advanceMs(3'600'000);
        const qint64 now = f.v.clock.nowMs();
        auto preview = f.imports().preview(f.write(QStringLiteral("people.csv"), kPeople));
        QVERIFY(preview);
        crm::ImportDecisions decisions;
        decisions.skipInvalid = true;
        auto result = f.imports().commit(*preview, decisions);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(result->created, 1);
        QCOMPARE(result->merged, 0);
        QCOMPARE(result->skipped, 4);
        QCOMPARE(f.count(), 3);
        crm::ContactQuery all;
        all.limit = 10;
        auto page = f.v.session->contacts().list(all);
        QVERIFY(page);
        QCOMPARE(page->rows[2].familyName, QStringLiteral("Neu"));
        auto carla = f.v.session->contacts().get(page->rows[2].id);
        QVERIFY(carla);
        QCOMPARE(carla->source, QStringLiteral("import:") + result->batchUid);
        QCOMPARE(carla->emails,
                 QList<crm::LabeledValue>({{QStringLiteral("carla@example.com"), QStringLiteral("other")}}));
        QCOMPARE(carla->companyName, QStringLiteral("Acme"));
        QCOMPARE(carla->city, QStringLiteral("Köln"));
        QCOMPARE(carla->createdAtMs, now);

        auto batch = f.imports().batch(result->batchUid);
        QVERIFY(batch);
        QCOMPARE(batch->fileName, QStringLiteral("people.csv"));
        QCOMPARE(batch->format, QStringLiteral("csv"));
        QCOMPARE(batch->importedAtMs, now);
        QCOMPARE(batch->profileName, f.v.session->actor().name);
        QCOMPARE(batch->profileUid, f.v.session->actor().uid);
        QCOMPARE(batch->created, 1);
        QCOMPARE(batch->skipped, 4);
        QCOMPARE(f.imports().batchForSource(carla->source)->uid, result->batchUid);
        QVERIFY(!f.imports().batchForSource(QStringLiteral("manual:cli")));

        security::AuditQuery q;
        q.action = QStringLiteral("contact.import");
        auto entries = f.v.session->auditLog().list(q);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().entityUid, result->batchUid);
        QCOMPARE(entries->first().summary, QStringLiteral("format=csv created=1 merged=0 skipped=4"));
        QVERIFY(f.v.session->auditLog().verify());
    }

    void problemRowsRefuseTheWholeImportUnlessSkipped()
    {
        Fixture f;
        QVERIFY(f.create());
        auto preview = f.imports().preview(f.write(QStringLiteral("people.csv"), kPeople));
        QVERIFY(preview);
        auto refused = f.imports().commit(*preview, {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Invalid);
        QCOMPARE(f.count(), 2);
        QCOMPARE(f.batches(), 0);
    }

    void mergeFillsOnlyEmptyFieldsAndAddsWhatIsMissing()
    {
        Fixture f;
        QVERIFY(f.create());
        const QByteArray csv = "First Name,Last Name,Email,Job Title,City,Tags,Phone\r\n"
                               "Anna,Arndt,anna@example.com,Intern,Berlin,Board; VIP,030 1234567\r\n";
        auto preview = f.imports().preview(f.write(QStringLiteral("anna.csv"), csv));
        QVERIFY(preview);
        QCOMPARE(preview->matchCount, 1);
        crm::ImportDecisions decisions;
        decisions.byLine.insert(2, crm::MatchAction::Merge);
        auto result = f.imports().commit(*preview, decisions);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(result->created, 0);
        QCOMPARE(result->merged, 1);
        QCOMPARE(result->changedFields,
                 QStringList({QStringLiteral("city"), QStringLiteral("phone"), QStringLiteral("tag")}));
        auto after = f.v.session->contacts().get(f.anna.id);
        QVERIFY(after);
        QCOMPARE(after->jobTitle, QStringLiteral("CEO")); // never overwritten
        QCOMPARE(after->city, QStringLiteral("Berlin"));
        QCOMPARE(after->emails, f.anna.emails); // the same address in other case is not added again
        QCOMPARE(after->phones.size(), 1);
        QCOMPARE(after->phones[0].value, QStringLiteral("030 1234567"));
        QCOMPARE(after->tags, QStringList({QStringLiteral("Board"), QStringLiteral("VIP")}));
        QCOMPARE(after->source, QStringLiteral("manual:cli")); // a merged contact keeps its origin
        QCOMPARE(f.count(), 2);
    }

    void skippedMatchStaysUntouched()
    {
        Fixture f;
        QVERIFY(f.create());
        f.v.clock.advanceDays(1);
        const QByteArray csv = "First Name,Last Name,Email,City\r\nAnna,Arndt,anna@example.com,Berlin\r\n";
        auto preview = f.imports().preview(f.write(QStringLiteral("anna.csv"), csv));
        QVERIFY(preview);
        crm::ImportDecisions decisions; // Skip by default
        auto result = f.imports().commit(*preview, decisions);
        QVERIFY(result);
        QCOMPARE(result->merged, 0);
        QCOMPARE(result->skipped, 1);
        auto after = f.v.session->contacts().get(f.anna.id);
        QVERIFY(after);
        QCOMPARE(after->city, QString());
        QCOMPARE(after->updatedAtMs, f.anna.updatedAtMs);
        QCOMPARE(f.batches(), 1);
    }

    void cancelMidCommitLeavesTheVaultAsItWas()
    {
        Fixture f;
        QVERIFY(f.create());
        QByteArray csv = "given,family,email\r\n";
        for (int i = 0; i < 3000; ++i) {
            csv += QStringLiteral("P%1,Q%1,p%1@example.com\r\n").arg(i).toUtf8();
        }
        const QString path = f.write(QStringLiteral("many.csv"), csv);
        auto preview = f.imports().preview(path);
        QVERIFY(preview);
        QCOMPARE(preview->newCount, 3000);
        const std::optional<QString> before
            = *f.v.session->vault().db().queryText("SELECT group_concat(uid) FROM contacts");
        std::atomic_bool cancel {false};
        int calls = 0;
        auto result = f.imports().commit(*preview, {}, &cancel, [&](int percent) {
            ++calls;
            if (percent >= 50) {
                cancel.store(true);
            }
        });
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ErrorKind::Cancelled);
        QVERIFY(calls >= 1); // progress follows the bytes read, in 64 KiB chunks: cancelled after row 256
        QCOMPARE(f.count(), 2);
        QCOMPARE(f.batches(), 0);
        QCOMPARE(*f.v.session->vault().db().queryText("SELECT group_concat(uid) FROM contacts"), before);
        security::AuditQuery q;
        q.action = QStringLiteral("contact.import");
        QCOMPARE(f.v.session->auditLog().list(q)->size(), 0);
        // And the same preview imports fine afterwards.
        auto again = f.imports().commit(*preview, {});
        QVERIFY(again);
        QCOMPARE(again->created, 3000);
        QCOMPARE(f.count(), 3002);
    }

    // New contacts reach the vault 10,000 at a time: cancelled after the first 10,000 are in (inside the
    // transaction), nothing stays; committed, every row is there with its tag, search entry and batch,
    // and a match in between is merged.
    void importLargerThanOneWriteBatchIsAllOrNothing()
    {
        Fixture f;
        QVERIFY(f.create());
        QByteArray csv = "given,family,email,tag\r\n";
        for (int i = 0; i < 12'000; ++i) {
            csv += QStringLiteral("Pia%1,Quast,pia%1@example.com,lead\r\n").arg(i).toUtf8();
            if (i == 10'500) {
                csv += "Anna,Arndt,anna@example.com,vip\r\n";
            }
        }
        auto preview = f.imports().preview(f.write(QStringLiteral("large.csv"), csv));
        QVERIFY(preview);
        QCOMPARE(preview->newCount, 12'000);
        QCOMPARE(preview->matchCount, 1);
        auto& db = f.v.session->vault().db();

        std::atomic_bool cancel {false};
        auto cancelled = f.imports().commit(*preview, {}, &cancel, [&](int percent) {
            if (percent >= 95) {
                cancel.store(true);
            }
        });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().kind, ErrorKind::Cancelled);
        QCOMPARE(f.count(), 2);
        QCOMPARE(f.batches(), 0);
        QCOMPARE(*db.queryInt("SELECT count(*) FROM contact_tags"), qint64(0));
        QCOMPARE(*db.queryInt("SELECT count(*) FROM contact_fts WHERE contact_fts MATCH 'pia0'"), qint64(0));

        crm::ImportDecisions merge;
        merge.defaultAction = crm::MatchAction::Merge;
        auto result = f.imports().commit(*preview, merge);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(result->created, 12'000);
        QCOMPARE(result->merged, 1);
        QCOMPARE(f.count(), 12'002);
        QCOMPARE(
            *db.queryInt("SELECT count(*) FROM contacts WHERE source = 'import:" + result->batchUid.toLatin1() + "'"),
            qint64(12'000));
        QCOMPARE(*db.queryInt("SELECT min(id) FROM contacts WHERE family_name = 'Quast'"), qint64(3));
        QCOMPARE(*db.queryInt("SELECT max(id) FROM contacts"), qint64(12'002));
        QCOMPARE(*db.queryInt("SELECT count(*) FROM contact_tags AS ct JOIN tags AS t ON t.id = ct.tag_id "
                              "WHERE t.name = 'lead'"),
                 qint64(12'000));
        QCOMPARE(f.v.session->contacts().get(f.anna.id)->tags, QStringList {QStringLiteral("vip")});
        for (const QString& term : {QStringLiteral("pia0"),
                                    QStringLiteral("pia9999"),
                                    QStringLiteral("pia10000"),
                                    QStringLiteral("pia11999")}) {
            crm::ContactQuery q;
            q.search = term;
            auto found = f.v.session->contacts().list(q);
            QVERIFY(found);
            QCOMPARE(found->rows.size(), 1);
            QCOMPARE(found->rows.first().givenName.toLower(), term);
        }
        QCOMPARE(f.batches(), 1);
        QCOMPARE(f.imports().batch(result->batchUid)->created, 12'000);
        security::AuditQuery q;
        q.action = QStringLiteral("contact.import");
        QCOMPARE(f.v.session->auditLog().list(q)->size(), 1);
        QVERIFY(f.v.session->auditLog().verify());
    }

    void changedFileSincePreviewIsRefused()
    {
        Fixture f;
        QVERIFY(f.create());
        const QString path = f.write(QStringLiteral("one.csv"), "given,family\r\nEva,Eich\r\n");
        auto preview = f.imports().preview(path);
        QVERIFY(preview);
        QVERIFY(!f.write(QStringLiteral("one.csv"), "given,family\r\nEve,Eich\r\n").isEmpty());
        auto result = f.imports().commit(*preview, {});
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ErrorKind::Conflict);
        QCOMPARE(f.count(), 2);
        QCOMPARE(f.batches(), 0);
    }

    void outlookHeadersWithBirthdayAndWebsite()
    {
        Fixture f;
        QVERIFY(f.create());
        const QByteArray csv = "First Name,Middle Name,Last Name,Company,Job Title,Business Street,Business City,"
                               "Business Postal Code,Business Country/Region,E-mail Address,Mobile Phone,Birthday,"
                               "Web Page,Categories\r\n"
                               "Jörg,P.,Müller,\"Müller, Söhne\",Chef,Hauptstr. 1,München,80331,Germany,"
                               "joerg@example.de,+49 171 1234567,4/23/1985,www.mueller.example,Kunden;VIP\r\n"
                               "Kim,,Lee,,,,,,,kim@example.com,,0/0/00,,\r\n"
                               "Lu,,Wang,,,,,,,lu@example.com,,31.02.1990,,\r\n";
        auto preview = f.imports().preview(f.write(QStringLiteral("outlook.csv"), csv));
        QVERIFY(preview);
        QCOMPARE(preview->preset, QStringLiteral("outlook"));
        // A birthday that is no date is left out with a note; the row is imported.
        QCOMPARE(preview->newCount, 3);
        QCOMPARE(preview->problemCount, 0);
        QVERIFY2(preview->noteCount == 1, qPrintable(preview->notes.join(QLatin1Char('|'))));
        QVERIFY(preview->notes[0].contains(QStringLiteral("Line 4")));
        QVERIFY(preview->notes[0].contains(QStringLiteral("birthday")));
        QVERIFY(!preview->newRows[2].contact.birthday.isValid());
        QCOMPARE(preview->columns[11].field, QStringLiteral("birthday"));
        QCOMPARE(preview->columns[12].field, QStringLiteral("website"));
        QCOMPARE(preview->columns[10].target, QStringLiteral("phone:mobile"));
        const crm::Contact& c = preview->newRows[0].contact;
        QCOMPARE(c.givenName, QStringLiteral("Jörg P."));
        QCOMPARE(c.familyName, QStringLiteral("Müller"));
        QCOMPARE(c.companyName, QStringLiteral("Müller, Söhne"));
        QCOMPARE(c.birthday, QDate(1985, 4, 23));
        QCOMPARE(c.website, QStringLiteral("www.mueller.example"));
        QCOMPARE(c.phones, QList<crm::LabeledValue>({{QStringLiteral("+49 171 1234567"), QStringLiteral("mobile")}}));
        QCOMPARE(c.street, QStringLiteral("Hauptstr. 1"));
        QCOMPARE(c.tags, QStringList({QStringLiteral("Kunden"), QStringLiteral("VIP")}));
        QVERIFY(!preview->newRows[1].contact.birthday.isValid());
    }

    void mappingOverridesUseTheContractNames()
    {
        Fixture f;
        QVERIFY(f.create());
        const QString path
            = f.write(QStringLiteral("de.csv"), "Vorname;Zuname;Notiz;Fax;Geburt\r\nEva;Eich;Hallo;123;1980-01-02\r\n");
        crm::ImportOptions options;
        options.mappingJson = R"({"Zuname": "family", "Fax": "skip", "Geburt": "birthday", "Notiz": "notes"})";
        auto preview = f.imports().preview(path, options);
        QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().message));
        QCOMPARE(preview->delimiter, QLatin1Char(';'));
        QCOMPARE(preview->unmapped, QStringList());
        QCOMPARE(preview->newCount, 1);
        const crm::Contact& c = preview->newRows[0].contact;
        QCOMPARE(c.givenName, QStringLiteral("Eva"));
        QCOMPARE(c.familyName, QStringLiteral("Eich"));
        QCOMPARE(c.notes, QStringLiteral("Hallo"));
        QCOMPARE(c.birthday, QDate(1980, 1, 2));
        QVERIFY(c.phones.isEmpty());

        options.mappingJson = R"({"Zuname": "surname"})";
        auto unknown = f.imports().preview(path, options);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().kind, ErrorKind::Invalid);
        QVERIFY(unknown.error().message.contains(QStringLiteral("surname")));
        options.mappingJson = R"({"Nachname": "family"})";
        auto missing = f.imports().preview(path, options);
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("Nachname")));
        // Without a mapping the unrecognised columns are listed.
        auto plain = f.imports().preview(path);
        QVERIFY(plain);
        QCOMPARE(plain->unmapped,
                 QStringList({QStringLiteral("Zuname"), QStringLiteral("Fax"), QStringLiteral("Geburt")}));
    }

    void brokenFilesAreRefusedWithTheirLine_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unterminated quote") << QByteArray("given,family\r\nA,\"B\r\nC,D\r\n") << QStringLiteral("2");
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\x03\xff\xfe\x00\x00garbage", 16) << QString();
        QTest::newRow("invalid utf-8") << QByteArray("given,family\r\nA,\xc3\x28\r\n") << QStringLiteral("2");
    }

    void brokenFilesAreRefusedWithTheirLine()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        Fixture f;
        QVERIFY(f.create());
        auto preview = f.imports().preview(f.write(QStringLiteral("broken.csv"), data));
        QVERIFY(!preview);
        QCOMPARE(preview.error().kind, ErrorKind::Invalid);
        QVERIFY2(expected.isEmpty() || preview.error().message.contains(expected), qPrintable(preview.error().message));
        QVERIFY(!preview.error().message.contains(QLatin1Char('\n')));
        QCOMPARE(f.count(), 2);
    }

    // A name that holds a right-to-left override (U+202E: "Ada<RLO>ecalevol" shows as "Adalovelace") or another
    // invisible character is a problem row with its reason, like any value that does not validate: not
    // imported, not stripped, nothing written unless the user skips it. Before, it was imported as it was.
    void spoofedNameRowIsAProblemWithItsReason_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::newRow("csv, right-to-left override") << QByteArray("First Name,Last Name,Email\r\n"
                                                                   "Carla,Neu,carla@example.com\r\n"
                                                                   "Ada\xe2\x80\xae"
                                                                   "ecalevol,Lovelace,ada@example.com\r\n")
                                                     << QStringLiteral("spoof.csv") << QStringLiteral("U+202E");
        QTest::newRow("csv, zero-width space in the family name")
            << QByteArray("First Name,Last Name,Email\r\n"
                          "Carla,Neu,carla@example.com\r\n"
                          "Ada,Love\xe2\x80\x8b"
                          "lace,ada@example.com\r\n")
            << QStringLiteral("spoof.csv") << QStringLiteral("U+200B");
        QTest::newRow("vcard, left-to-right isolate")
            << QByteArray("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Carla Neu\r\nN:Neu;Carla;;;\r\n"
                          "EMAIL:carla@example.com\r\nEND:VCARD\r\n"
                          "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ada\xe2\x81\xa6 Lovelace\r\n"
                          "N:Lovelace;Ada\xe2\x81\xa6;;;\r\nEMAIL:ada@example.com\r\nEND:VCARD\r\n")
            << QStringLiteral("spoof.vcf") << QStringLiteral("U+2066");
    }
    void spoofedNameRowIsAProblemWithItsReason()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, name);
        QFETCH(QString, code);
        Fixture f;
        QVERIFY(f.create());
        auto preview = f.imports().preview(f.write(name, data));
        QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().message));
        QCOMPARE(preview->newCount, 1);
        QCOMPARE(preview->problemCount, 1);
        const QString reasons = preview->problems.first().problems.join(QLatin1Char(' '));
        QVERIFY2(reasons.contains(QStringLiteral("Line %1").arg(preview->problems.first().line)), qPrintable(reasons));
        QVERIFY2(reasons.contains(code), qPrintable(reasons));
        QVERIFY2(reasons.contains(QStringLiteral("name: remove ")), qPrintable(reasons));
        QVERIFY(!reasons.contains(QStringLiteral("Ada")) && !reasons.contains(QStringLiteral("Lovelace")));

        // Refused as a whole, nothing written; with --skip-invalid only the good row.
        auto refused = f.imports().commit(*preview, {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Invalid);
        QCOMPARE(f.count(), 2);
        crm::ImportDecisions decisions;
        decisions.skipInvalid = true;
        auto result = f.imports().commit(*preview, decisions);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(result->created, 1);
        QCOMPARE(f.count(), 3);
        crm::ContactQuery lovelace;
        lovelace.search = QStringLiteral("Lovelace");
        QCOMPARE(f.v.session->contacts().list(lovelace)->rows.size(), 0);
    }

    void vcardGoesThroughTheSameService()
    {
        Fixture f;
        QVERIFY(f.create());
        const QByteArray vcf = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Curie;Marie;;;\r\nFN:Marie Curie\r\n"
                               "EMAIL;TYPE=WORK:marie@example.org\r\nTEL;TYPE=CELL:+33 1 23 45 67 89\r\n"
                               "ORG:Institut du Radium\r\nEND:VCARD\r\n"
                               "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Anna Arndt\r\nN:Arndt;Anna;;;\r\n"
                               "EMAIL:anna@example.com\r\nNOTE:met at the fair\r\nEND:VCARD\r\n";
        QBuffer buffer;
        buffer.setData(vcf);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        auto preview = f.imports().preview(buffer, QStringLiteral("cards.vcf"));
        QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().message));
        QCOMPARE(preview->format, crm::ImportFormat::VCard);
        QCOMPARE(preview->newCount, 1);
        QCOMPARE(preview->matchCount, 1);
        QCOMPARE(preview->matches[0].line, 9);
        crm::ImportDecisions decisions;
        decisions.defaultAction = crm::MatchAction::Merge;
        QVERIFY(buffer.seek(0));
        auto result = f.imports().commit(buffer, *preview, decisions);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(result->created, 1);
        QCOMPARE(result->merged, 1);
        QCOMPARE(f.imports().batch(result->batchUid)->format, QStringLiteral("vcard"));
        auto annaAfter = f.v.session->contacts().get(f.anna.id);
        QCOMPARE(annaAfter->notes, QStringLiteral("met at the fair"));
        crm::ContactQuery curie;
        curie.search = QStringLiteral("Curie");
        auto page = f.v.session->contacts().list(curie);
        QCOMPARE(page->rows.size(), 1);
        auto marie = f.v.session->contacts().get(page->rows[0].id);
        QCOMPARE(marie->companyName, QStringLiteral("Institut du Radium"));
        QCOMPARE(marie->phones[0].label, QStringLiteral("mobile"));
    }

    void ownCsvExportImportsBackToTheSameRecords()
    {
        Fixture f;
        QVERIFY(f.create());
        crm::Contact zoe;
        zoe.givenName = QStringLiteral("Zoë; \"Jo\"");
        zoe.familyName = QStringLiteral("O'Brien, Jr.");
        zoe.emails = {{QStringLiteral("zoe@example.org"), QStringLiteral("work")},
                      {QStringLiteral("z.home@example.net"), QStringLiteral("home")}};
        zoe.phones = {{QStringLiteral("+49 30 1234567"), QStringLiteral("mobile")}};
        zoe.street = QStringLiteral("Hauptstraße 1");
        zoe.city = QStringLiteral("Berlin");
        zoe.jobTitle = QStringLiteral("=Head of R&D");
        zoe.companyName = QStringLiteral("Acme; Söhne, GmbH");
        zoe.notes = QStringLiteral("Line one\nLine two");
        zoe.tags = {QStringLiteral("Messe 2026"), QStringLiteral("vip")};
        zoe.birthday = QDate(1990, 2, 28);
        zoe.website = QStringLiteral("https://example.org/zoe");
        QVERIFY(f.v.session->contacts().create(zoe));
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        auto written = f.v.session->exports().contactsCsv({}, out);
        QVERIFY(written);
        QCOMPARE(*written, 3);
        const QString path = f.write(QStringLiteral("export.csv"), out.data());

        // Into the same vault: every row is its own contact again, found by uid.
        auto same = f.imports().preview(path);
        QVERIFY2(same, qPrintable(same ? QString() : same.error().message));
        QCOMPARE(same->preset, QStringLiteral("confidant"));
        QCOMPARE(same->matchCount, 3);
        QCOMPARE(same->problemCount, 0);
        for (const auto& m : same->matches) {
            QCOMPARE(m.rule, crm::MatchRule::Uid);
        }

        // Into a new vault: the same fields.
        TestVault other;
        QVERIFY(other.create());
        auto preview = other.session->imports().preview(path);
        QVERIFY(preview);
        QCOMPARE(preview->newCount, 3);
        QCOMPARE(preview->unmapped, QStringList());
        auto result = other.session->imports().commit(*preview, {});
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        crm::ContactQuery brien;
        brien.search = QStringLiteral("Brien");
        auto page = other.session->contacts().list(brien);
        QCOMPARE(page->rows.size(), 1);
        auto c = other.session->contacts().get(page->rows[0].id);
        QCOMPARE(c->givenName, zoe.givenName);
        QCOMPARE(c->familyName, zoe.familyName);
        QCOMPARE(c->emails, zoe.emails);
        QCOMPARE(c->phones, zoe.phones);
        QCOMPARE(c->street, zoe.street);
        QCOMPARE(c->city, zoe.city);
        QCOMPARE(c->jobTitle, zoe.jobTitle);
        QCOMPARE(c->companyName, zoe.companyName);
        QCOMPARE(c->notes, zoe.notes);
        QCOMPARE(c->tags, zoe.tags);
        QCOMPARE(c->birthday, zoe.birthday);
        QCOMPARE(c->website, zoe.website);
        QVERIFY(c->uid != f.v.session->contacts().list({})->rows.value(0).uid);
    }

    void readOnlyProfileMayPreviewButNotImport()
    {
        Fixture f;
        QVERIFY(f.create());
        QVERIFY(f.v.session->profiles().add(QStringLiteral("reader"), security::Role::ReadOnly, {}));
        QVERIFY(f.v.session->actAs(QStringLiteral("reader"), {}));
        auto preview = f.imports().preview(f.write(QStringLiteral("one.csv"), "given,family\r\nEva,Eich\r\n"));
        QVERIFY(preview);
        auto result = f.imports().commit(*preview, {});
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ErrorKind::Denied);
        QCOMPARE(f.count(), 2);
        QCOMPARE(f.batches(), 0);
    }

    void suppressionHookMarksRowsAndKeepsThemOut()
    {
        Fixture f;
        QVERIFY(f.create());
        f.imports().addSuppressionCheck([](storage::Database&, const crm::Contact& c) -> Result<bool> {
            return c.familyName == QLatin1String("Gone");
        });
        auto preview
            = f.imports().preview(f.write(QStringLiteral("two.csv"), "given,family\r\nEva,Eich\r\nIda,Gone\r\n"));
        QVERIFY(preview);
        QCOMPARE(preview->newCount, 1);
        QCOMPARE(preview->suppressedCount, 1);
        QCOMPARE(preview->suppressedLines, QList<qint64>({3}));
        auto result = f.imports().commit(*preview, {});
        QVERIFY(result);
        QCOMPARE(result->created, 1);
        QCOMPARE(result->skipped, 1);
        QCOMPARE(f.count(), 3);
    }

    // Data minimisation: a column for a switched-off field is skipped, even when mapped by hand, and the
    // preview says so; the other columns import as usual.
    void switchedOffFieldColumnIsSkippedWithAWarning()
    {
        Fixture f;
        QVERIFY(f.create());
        QVERIFY(f.v.session->fieldSettings().set(QStringLiteral("contact.birthday"), false, std::nullopt));
        const QString path = f.write(QStringLiteral("people.csv"),
                                     "First Name,Last Name,Email,Geburtstag,Notes\r\n"
                                     "Carla,Neu,carla@example.com,1980-05-01,met at the fair\r\n");
        crm::ImportOptions options;
        options.mapping.insert(QStringLiteral("Geburtstag"), QStringLiteral("birthday"));
        auto preview = f.imports().preview(path, options);
        QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().message));
        QCOMPARE(preview->columns.size(), 5);
        QCOMPARE(preview->columns[3].field, QStringLiteral("skip"));
        QCOMPARE(preview->columns[3].switchedOff, QStringLiteral("birthday"));
        QVERIFY(preview->columns[3].samples.isEmpty());
        QCOMPARE(preview->columns[4].field, QStringLiteral("notes"));
        QVERIFY(preview->columns[4].switchedOff.isEmpty());
        QCOMPARE(preview->warnings,
                 QStringList({QStringLiteral("The column \"Geburtstag\" is not imported: the field \"Birthday\" is "
                                             "switched off (data minimisation).")}));
        QVERIFY(preview->unmapped.isEmpty());
        QCOMPARE(preview->options.disabledFields, QSet<QString>({QStringLiteral("contact.birthday")}));
        QCOMPARE(preview->newCount, 1);
        QVERIFY(!preview->newRows.first().contact.birthday.isValid());
        QCOMPARE(preview->newRows.first().contact.notes, QStringLiteral("met at the fair"));

        auto result = f.imports().commit(*preview, {});
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(result->created, 1);
        auto id = f.v.session->vault().db().queryInt("SELECT id FROM contacts WHERE given_name = 'Carla'");
        QVERIFY(id);
        auto carla = f.v.session->contacts().get(crm::ContactId {*id});
        QVERIFY(carla);
        QVERIFY(!carla->birthday.isValid());
        QCOMPARE(carla->notes, QStringLiteral("met at the fair"));
        QCOMPARE(carla->emails.size(), 1);
    }

    // A caller may name fields itself (ImportOptions::disabledFields), on top of the field settings; the
    // label column goes with its value column.
    void optionsNameMoreSwitchedOffFields()
    {
        Fixture f;
        QVERIFY(f.create());
        const QString path = f.write(QStringLiteral("people.csv"),
                                     "given,family,phone,phone_label,city\r\nCarla,Neu,+49 30 1,mobile,Köln\r\n");
        crm::ImportOptions options;
        options.mapping.insert(QStringLiteral("phone_label"), QStringLiteral("phone-label"));
        options.disabledFields = {QStringLiteral("contact.phone")};
        auto preview = f.imports().preview(path, options);
        QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().message));
        QCOMPARE(preview->columns[2].switchedOff, QStringLiteral("phone"));
        QCOMPARE(preview->columns[3].switchedOff, QStringLiteral("phone-label"));
        QCOMPARE(preview->warnings.size(), 2);
        QVERIFY(preview->newRows.first().contact.phones.isEmpty());
        QCOMPARE(preview->newRows.first().contact.city, QStringLiteral("Köln"));
    }

    // vCard has no columns: a switched-off property is dropped from every card, with one warning.
    void vcardDropsSwitchedOffProperties()
    {
        Fixture f;
        QVERIFY(f.create());
        QVERIFY(f.v.session->fieldSettings().set(QStringLiteral("contact.birthday"), false, std::nullopt));
        QVERIFY(f.v.session->fieldSettings().set(QStringLiteral("contact.notes"), false, std::nullopt));
        const QString path = f.write(QStringLiteral("cards.vcf"),
                                     "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Eva Eich\r\nN:Eich;Eva;;;\r\n"
                                     "BDAY:19800501\r\nTITLE:Buyer\r\nEND:VCARD\r\n"
                                     "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ida Igel\r\nN:Igel;Ida;;;\r\n"
                                     "BDAY:19810601\r\nEND:VCARD\r\n");
        auto preview = f.imports().preview(path);
        QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().message));
        QCOMPARE(preview->newCount, 2);
        // Notes: switched off, but no card has one: nothing to warn about.
        QCOMPARE(preview->warnings,
                 QStringList({QStringLiteral("\"Birthday\" is not imported from this file: the field is switched off "
                                             "(data minimisation).")}));
        auto result = f.imports().commit(*preview, {});
        QVERIFY(result);
        QCOMPARE(result->created, 2);
        QCOMPARE(*f.v.session->vault().db().queryInt("SELECT count(*) FROM contacts WHERE birthday IS NOT NULL "
                                                     "AND birthday <> ''"),
                 0);
        QCOMPARE(*f.v.session->vault().db().queryInt("SELECT count(*) FROM contacts WHERE job_title = 'Buyer'"), 1);
    }

    // A field switched off between preview and import would import what the admin just turned off.
    void fieldSwitchedOffAfterThePreviewIsRefused()
    {
        Fixture f;
        QVERIFY(f.create());
        const QString path = f.write(QStringLiteral("people.csv"), "given,family,birthday\r\nCarla,Neu,1980-05-01\r\n");
        auto preview = f.imports().preview(path);
        QVERIFY(preview);
        QVERIFY(preview->warnings.isEmpty());
        QVERIFY(f.v.session->fieldSettings().set(QStringLiteral("contact.birthday"), false, std::nullopt));
        auto result = f.imports().commit(*preview, {});
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ErrorKind::Conflict);
        QCOMPARE(f.count(), 2);
        QCOMPARE(f.batches(), 0);
        // Switching one back on is harmless: the import leaves out what the preview showed as left out.
        QVERIFY(f.v.session->fieldSettings().set(QStringLiteral("contact.birthday"), true, std::nullopt));
        QVERIFY(f.v.session->fieldSettings().set(QStringLiteral("contact.notes"), false, std::nullopt));
        preview = f.imports().preview(path);
        QVERIFY(preview);
        QVERIFY(f.v.session->fieldSettings().set(QStringLiteral("contact.notes"), true, std::nullopt));
        QVERIFY(f.imports().commit(*preview, {}));
        QCOMPARE(f.count(), 3);
    }

    // The commit hook runs in the import's transaction with the created contacts only: consent recorded in
    // the preview goes to the new people, never silently to a merged match.
    void createdHookGetsOnlyTheNewContacts()
    {
        Fixture f;
        QVERIFY(f.create());
        const auto newsletter = f.v.session->purposes().find(QStringLiteral("Newsletter"));
        QVERIFY(newsletter);
        const QString path = f.write(QStringLiteral("people.csv"),
                                     "given,family,email\r\n"
                                     "Carla,Neu,carla@example.com\r\n"
                                     "Anna,Arndt,anna@example.com\r\n"
                                     "Dora,Eck,dora@example.com\r\n");
        auto preview = f.imports().preview(path);
        QVERIFY(preview);
        QCOMPARE(preview->newCount, 2);
        QCOMPARE(preview->matchCount, 1);
        crm::ImportDecisions decisions;
        decisions.defaultAction = crm::MatchAction::Merge;
        QList<crm::ContactId> passed;
        int calls = 0;
        decisions.onCreated = [&](const QList<crm::ContactId>& created) -> Result<void> {
            ++calls;
            passed = created;
            privacy::ConsentRecord record;
            record.method = privacy::ConsentMethod::Import;
            record.evidence = QStringLiteral("fair sign-up sheet");
            auto granted = f.v.session->consents().grantMany(created, {{newsletter->id, record}});
            if (!granted) {
                return granted.error();
            }
            return {};
        };
        auto result = f.imports().commit(*preview, decisions);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(result->created, 2);
        QCOMPARE(calls, 1);
        QCOMPARE(passed.size(), 2);
        for (const crm::ContactId id : passed) {
            auto c = f.v.session->contacts().get(id);
            QVERIFY(c);
            QCOMPARE(c->source, QStringLiteral("import:") + result->batchUid);
            auto state = f.v.session->consents().state(id, newsletter->id);
            QVERIFY(state);
            QCOMPARE(state->status, privacy::ConsentStatus::Given);
            QCOMPARE(state->latest->method, privacy::ConsentMethod::Import);
        }
        QCOMPARE(f.v.session->contacts().get(passed[0])->givenName, QStringLiteral("Carla"));
        QCOMPARE(f.v.session->contacts().get(passed[1])->givenName, QStringLiteral("Dora"));
        QCOMPARE(f.v.session->consents().state(f.anna.id, newsletter->id)->status, privacy::ConsentStatus::None);
    }

    // A failing hook (here the ledger refusing a purpose that takes no consent) rolls everything back: no
    // contact, no batch, no consent, no audit entry of the import.
    void failingCreatedHookRollsTheImportBack()
    {
        Fixture f;
        QVERIFY(f.create());
        const auto newsletter = f.v.session->purposes().find(QStringLiteral("Newsletter"));
        const auto invoicing = f.v.session->purposes().find(QStringLiteral("Invoicing"));
        QVERIFY(newsletter && invoicing);
        auto preview = f.imports().preview(
            f.write(QStringLiteral("people.csv"), "given,family\r\nCarla,Neu\r\nDora,Eck\r\nEva,Eich\r\n"));
        QVERIFY(preview);
        crm::ImportDecisions decisions;
        decisions.onCreated = [&](const QList<crm::ContactId>& created) -> Result<void> {
            privacy::ConsentRecord record;
            record.method = privacy::ConsentMethod::Import;
            auto granted
                = f.v.session->consents().grantMany(created, {{newsletter->id, record}, {invoicing->id, record}});
            if (!granted) {
                return granted.error();
            }
            return {};
        };
        auto result = f.imports().commit(*preview, decisions);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ErrorKind::Invalid);
        QCOMPARE(f.count(), 2);
        QCOMPARE(f.batches(), 0);
        QCOMPARE(*f.v.session->vault().db().queryInt("SELECT count(*) FROM consent_events"), 0);
        security::AuditQuery q;
        q.action = QStringLiteral("contact.import");
        QCOMPARE(f.v.session->auditLog().list(q)->size(), 0);
        q.action = QStringLiteral("consent.grant");
        QCOMPARE(f.v.session->auditLog().list(q)->size(), 0);

        // The same import with a hook that succeeds writes all three and one consent entry.
        decisions.onCreated = [&](const QList<crm::ContactId>& created) -> Result<void> {
            privacy::ConsentRecord record;
            record.method = privacy::ConsentMethod::Import;
            auto granted = f.v.session->consents().grantMany(created, {{newsletter->id, record}});
            if (!granted) {
                return granted.error();
            }
            return {};
        };
        QVERIFY(f.imports().commit(*preview, decisions));
        QCOMPARE(f.count(), 5);
        QCOMPARE(*f.v.session->vault().db().queryInt("SELECT count(*) FROM consent_events"), 3);
        auto grants = f.v.session->auditLog().list(q);
        QCOMPARE(grants->size(), 1);
        QVERIFY(grants->first().summary.contains(QStringLiteral("count=3")));
    }
};

QTEST_GUILESS_MAIN(TestImportService)
#include "TestImportService.moc"
