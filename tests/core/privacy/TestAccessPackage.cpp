#include "core/crm/FieldRegistry.h"
#include "core/privacy/AccessPackage.h"
#include "core/report/MarkdownPdf.h"
#include "core/storage/Statement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QtTest>

#include "tests/support/TestVault.h"

#include <filesystem>

namespace confidant::privacy {

using test::secret;
using test::TestVault;

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;
constexpr const char* kValidator = "/usr/bin/python3";

QString schemaPath()
{
    return QStringLiteral(CONFIDANT_SOURCE_DIR "/docs/access-package.schema.json");
}

void exec(TestVault& v, const QString& sql, const QList<QVariant>& binds)
{
    auto s = v.session->vault().db().prepare(sql);
    QVERIFY(s.ok());
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant& b = binds.at(i);
        if (b.typeId() == QMetaType::QString) {
            s->bind(i + 1, b.toString());
        } else {
            s->bind(i + 1, b.toLongLong());
        }
    }
    QVERIFY(s->run().ok());
}

//! Validates `instance` against the published schema with python3-jsonschema; the validator's output
//! when it fails, empty when it passes. Fails the test loudly when the validator is missing.
QString validate(const QString& instance)
{
    QProcess p;
    p.start(QString::fromLatin1(kValidator),
            {QStringLiteral("-c"),
             QStringLiteral("import json, sys, jsonschema\n"
                            "schema = json.load(open(sys.argv[2]))\n"
                            "cls = jsonschema.validators.validator_for(schema)\n"
                            "cls.check_schema(schema)\n"
                            "cls(schema, format_checker=cls.FORMAT_CHECKER).validate(json.load(open(sys.argv[1])))\n"
                            "print('valid')\n"),
             instance,
             schemaPath()});
    if (!p.waitForFinished(60000)) {
        return QStringLiteral("validator did not run: ") + p.errorString();
    }
    const QString out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    if (p.exitCode() != 0 || out != QLatin1String("valid")) {
        return QString::fromUtf8(p.readAllStandardError()) + out;
    }
    return {};
}

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(f.readAll()).object();
}

//! Every file (and folder) in `dir`, sorted.
QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

template <typename T>
T must(Result<T> r, const char* what)
{
    if (!r) {
        qFatal("%s: %s (%s)", what, qPrintable(r.error().message), qPrintable(r.error().detail));
    }
    return std::move(r).value();
}

struct Fixture
{
    crm::Contact contact;
    crm::Company company;
    QString dealUid;
    QString importUid;
};

//! A contact with something in every section of the package.
Fixture populate(TestVault& v)
{
    Fixture f;
    Session& s = *v.session;
    // The seeded starter purposes are archived so that only this test's purposes apply.
    for (const Purpose& p : must(s.purposes().list(), "purposes")) {
        must(s.purposes().setArchived(p.id, true), "archive");
    }

    crm::Company company;
    company.name = QStringLiteral("Nordlicht Optik GmbH");
    company.domain = QStringLiteral("nordlicht.example");
    company.phone = QStringLiteral("+49 40 555 0100");
    company.street = QStringLiteral("Hafenstrasse 1");
    company.postcode = QStringLiteral("20457");
    company.city = QStringLiteral("Hamburg");
    company.region = QStringLiteral("HH");
    company.country = QStringLiteral("DE");
    company.notes = QStringLiteral("Opticians");
    f.company = must(s.companies().create(company), "company");

    f.importUid = QStringLiteral("3f1c2b7e-0000-4000-8000-000000000001");
    exec(v,
         QStringLiteral("INSERT INTO import_batches (uid, file_name, format, imported_at, profile_uid, profile_name) "
                        "VALUES (?1, 'leads.csv', 'csv', ?2, 'p', 'owner')"),
         {f.importUid, v.clock.nowMs() - kDay});

    crm::Contact c;
    c.givenName = QStringLiteral("Ada");
    c.familyName = QStringLiteral("Lovelace");
    c.emails = {{QStringLiteral("ada@example.com"), QStringLiteral("work")},
                {QStringLiteral("ada@home.example"), QStringLiteral("home")}};
    c.phones = {{QStringLiteral("+44 20 7946 0001"), QStringLiteral("mobile")}};
    c.street = QStringLiteral("12 St James's Square");
    c.postcode = QStringLiteral("SW1Y 4JH");
    c.city = QStringLiteral("London");
    c.region = QStringLiteral("Greater London");
    c.country = QStringLiteral("GB");
    c.jobTitle = QStringLiteral("Analyst");
    c.birthday = QDate(1985, 12, 10);
    c.website = QStringLiteral("https://ada.example");
    c.companyId = f.company.id;
    c.notes = QStringLiteral("Prefers email, \"never\" calls");
    c.tags = {QStringLiteral("vip"), QStringLiteral("engine")};
    c.source = QStringLiteral("import:") + f.importUid;
    f.contact = must(s.contacts().create(c), "contact");

    crm::Deal deal;
    deal.title = QStringLiteral("Analytical engine");
    deal.valueMinor = 123450;
    deal.currency = QStringLiteral("GBP");
    deal.expectedClose = QDate(2026, 3, 31);
    deal.contactIds = {f.contact.id};
    deal.description = QStringLiteral("Difference engine follow-up");
    f.dealUid = must(s.deals().create(deal), "deal").uid;

    crm::Activity call;
    call.kind = crm::ActivityKind::Call;
    call.subject = QStringLiteral("First call");
    call.body = QStringLiteral("Talked about Bernoulli numbers");
    call.atMs = v.clock.nowMs() - 2 * kDay;
    call.links = {{crm::EntityType::Contact, f.contact.uid, 0, {}}};
    must(s.activities().add(call), "call");
    crm::Activity note;
    note.kind = crm::ActivityKind::Note;
    note.subject = QStringLiteral("Note");
    note.body = QStringLiteral("Sends notes | with pipes");
    note.atMs = v.clock.nowMs() - kDay;
    note.links = {{crm::EntityType::Contact, f.contact.uid, 0, {}}};
    must(s.activities().add(note), "note");

    Purpose newsletter;
    newsletter.name = QStringLiteral("Monthly letter");
    newsletter.basis = LawfulBasis::Consent;
    newsletter.directMarketing = true;
    newsletter.retentionDays = 730;
    const Purpose nl = must(s.purposes().create(newsletter), "newsletter");
    Purpose invoicing;
    invoicing.name = QStringLiteral("Billing");
    invoicing.basis = LawfulBasis::Contract;
    invoicing.requiresConsent = false;
    invoicing.retentionDays = 3650;
    const Purpose inv = must(s.purposes().create(invoicing), "invoicing");
    Purpose surveys; // consent-based, never asked: does not apply
    surveys.name = QStringLiteral("Polls");
    surveys.basis = LawfulBasis::Consent;
    must(s.purposes().create(surveys), "surveys");

    Processor mailer;
    mailer.name = QStringLiteral("Mailjet");
    mailer.role = ProcessorRole::Processor;
    mailer.country = QStringLiteral("FR");
    mailer.purposes = {{nl.id, {}, {}}};
    must(s.processors().create(mailer), "mailer");
    Processor cloud;
    cloud.name = QStringLiteral("Cloudy Inc");
    cloud.role = ProcessorRole::SubProcessor;
    cloud.country = QStringLiteral("US");
    cloud.safeguard = TransferSafeguard::Sccs;
    cloud.safeguardNote = QStringLiteral("SCC module 2");
    cloud.purposes = {{inv.id, {}, {}}, {nl.id, {}, {}}};
    must(s.processors().create(cloud), "cloud");
    Processor unrelated;
    unrelated.name = QStringLiteral("Unrelated Ltd");
    unrelated.country = QStringLiteral("DE");
    must(s.processors().create(unrelated), "unrelated");

    NoticeDraft draft {QStringLiteral("en"), QStringLiteral("Privacy notice"), QStringLiteral("We keep little.")};
    const Notice notice = must(s.notices().create(draft), "notice");
    must(s.notices().publish(notice.id), "publish");
    v.clock.advanceMs(1000);
    must(s.notices().acknowledge(f.contact.id, notice.id, AckChannel::Email), "ack");

    ConsentRecord granted;
    granted.method = ConsentMethod::WebForm;
    granted.evidence = QStringLiteral("form #42");
    granted.notice = QStringLiteral("en:1");
    must(s.consents().grant(f.contact.id, nl.id, granted), "grant");
    v.clock.advanceMs(1000);
    ConsentRecord withdrawn;
    withdrawn.method = ConsentMethod::Email;
    must(s.consents().withdraw(f.contact.id, nl.id, withdrawn), "withdraw");

    exec(v,
         QStringLiteral("INSERT INTO requests (uid, reference, kind, jurisdiction, channel, received_at, due_at, "
                        "created_by, created_at, updated_at) VALUES ('r-1', 'R-2026-0001', 'access', 'gdpr', "
                        "'email', ?1, ?2, 'p', ?1, ?1)"),
         {v.clock.nowMs(), v.clock.nowMs() + 30 * kDay});
    exec(v,
         QStringLiteral("INSERT INTO request_contacts (request_id, contact_uid) SELECT id, ?1 FROM requests"),
         {f.contact.uid});
    exec(v,
         QStringLiteral("INSERT INTO contact_field_history (contact_id, field, old_value, changed_at, changed_by) "
                        "VALUES (?1, 'city', 'Marylebone', ?2, 'nobody')"),
         {f.contact.id.value, v.clock.nowMs()});
    exec(v,
         QStringLiteral("UPDATE contacts SET marketing_objection_at = ?1 WHERE id = ?2"),
         {v.clock.nowMs(), f.contact.id.value});
    v.clock.advanceMs(1000);
    return f;
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

AccessFormats only(bool json, bool csv, bool pdf)
{
    return AccessFormats {json, csv, pdf};
}

} // namespace

class TestAccessPackage : public QObject
{
    Q_OBJECT

private:
    TestVault m_v;
    Fixture m_f;
    QTemporaryDir m_out;

    QString outDir(const QString& name) const
    {
        return m_out.filePath(name);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(QString::fromLatin1(kValidator)).isExecutable(),
                 "python3-jsonschema is needed: apt-get install python3-jsonschema (.ci/deps.sh)");
        QVERIFY(m_v.create());
        m_f = populate(m_v);
        m_v.session->access().setPdfRenderer(&report::MarkdownPdf::write);
    }

    void fullyPopulatedContactHasEveryValue()
    {
        auto built = m_v.session->access().build(m_f.contact.uid);
        QVERIFY2(built.ok(), qPrintable(built ? QString() : built.error().message));
        const QJsonObject j = built->json;
        QCOMPARE(j.value(u"$schema").toString(), QString::fromLatin1(AccessPackage::kSchemaId));
        QCOMPARE(j.value(u"schema_version").toInt(), 1);
        QCOMPARE(j.value(u"generated_at").toString(), iso(m_v.clock.nowMs()));
        QCOMPARE(j.value(u"subject").toObject().value(u"name").toString(), QStringLiteral("Ada Lovelace"));
        QVERIFY(j.value(u"request").isNull());

        const QJsonObject fields = j.value(u"contact").toObject().value(u"fields").toObject();
        QCOMPARE(fields.value(u"given").toString(), QStringLiteral("Ada"));
        QCOMPARE(fields.value(u"family").toString(), QStringLiteral("Lovelace"));
        QCOMPARE(fields.value(u"email").toArray().size(), 2);
        QCOMPARE(fields.value(u"email").toArray().at(1).toObject().value(u"value").toString(),
                 QStringLiteral("ada@home.example"));
        QCOMPARE(fields.value(u"email").toArray().at(1).toObject().value(u"label").toString(), QStringLiteral("home"));
        QCOMPARE(fields.value(u"phone").toArray().at(0).toObject().value(u"value").toString(),
                 QStringLiteral("+44 20 7946 0001"));
        QCOMPARE(fields.value(u"street").toString(), QStringLiteral("12 St James's Square"));
        QCOMPARE(fields.value(u"postcode").toString(), QStringLiteral("SW1Y 4JH"));
        QCOMPARE(fields.value(u"city").toString(), QStringLiteral("London"));
        QCOMPARE(fields.value(u"region").toString(), QStringLiteral("Greater London"));
        QCOMPARE(fields.value(u"country").toString(), QStringLiteral("GB"));
        QCOMPARE(fields.value(u"title").toString(), QStringLiteral("Analyst"));
        QCOMPARE(fields.value(u"birthday").toString(), QStringLiteral("1985-12-10"));
        QCOMPARE(fields.value(u"website").toString(), QStringLiteral("https://ada.example"));
        QCOMPARE(fields.value(u"company").toObject().value(u"uid").toString(), m_f.company.uid);
        QCOMPARE(fields.value(u"company").toObject().value(u"name").toString(), QStringLiteral("Nordlicht Optik GmbH"));
        QCOMPARE(fields.value(u"notes").toString(), QStringLiteral("Prefers email, \"never\" calls"));
        QCOMPARE(fields.value(u"tag").toArray(), QJsonArray({QStringLiteral("engine"), QStringLiteral("vip")}));
        QCOMPARE(fields.value(u"source").toString(), QStringLiteral("import:") + m_f.importUid);

        const QJsonArray companies = j.value(u"companies").toArray();
        QCOMPARE(companies.size(), 1);
        const QJsonObject cf = companies.at(0).toObject().value(u"fields").toObject();
        QCOMPARE(cf.value(u"name").toString(), QStringLiteral("Nordlicht Optik GmbH"));
        QCOMPARE(cf.value(u"domain").toString(), QStringLiteral("nordlicht.example"));
        QCOMPARE(cf.value(u"city").toString(), QStringLiteral("Hamburg"));
        QCOMPARE(cf.value(u"notes").toString(), QStringLiteral("Opticians"));

        const QJsonArray deals = j.value(u"deals").toArray();
        QCOMPARE(deals.size(), 1);
        const QJsonObject deal = deals.at(0).toObject();
        QCOMPARE(deal.value(u"uid").toString(), m_f.dealUid);
        QCOMPARE(deal.value(u"title").toString(), QStringLiteral("Analytical engine"));
        QCOMPARE(deal.value(u"value_minor").toInteger(), qint64(123450));
        QCOMPARE(deal.value(u"currency").toString(), QStringLiteral("GBP"));
        QCOMPARE(deal.value(u"status").toString(), QStringLiteral("open"));
        QCOMPARE(deal.value(u"expected_close").toString(), QStringLiteral("2026-03-31"));
        QCOMPARE(deal.value(u"description").toString(), QStringLiteral("Difference engine follow-up"));
        QVERIFY(!deal.value(u"stage").toString().isEmpty());
        QVERIFY(deal.value(u"closed_at").isNull());

        const QJsonArray activities = j.value(u"activities").toArray();
        QCOMPARE(activities.size(), 2);
        QCOMPARE(activities.at(0).toObject().value(u"kind").toString(), QStringLiteral("call"));
        QCOMPARE(activities.at(0).toObject().value(u"body").toString(),
                 QStringLiteral("Talked about Bernoulli numbers"));
        QCOMPARE(activities.at(0).toObject().value(u"at").toString(), iso(1767225600000 - 2 * kDay));
        QCOMPARE(activities.at(1).toObject().value(u"kind").toString(), QStringLiteral("note"));

        QCOMPARE(j.value(u"tags").toArray(), QJsonArray({QStringLiteral("engine"), QStringLiteral("vip")}));

        const QJsonArray consent = j.value(u"consent_events").toArray();
        QCOMPARE(consent.size(), 2);
        const QJsonObject grant = consent.at(0).toObject();
        QCOMPARE(grant.value(u"purpose").toString(), QStringLiteral("Monthly letter"));
        QCOMPARE(grant.value(u"kind").toString(), QStringLiteral("granted"));
        QCOMPARE(grant.value(u"method").toString(), QStringLiteral("web-form"));
        QCOMPARE(grant.value(u"evidence").toString(), QStringLiteral("form #42"));
        QCOMPARE(grant.value(u"notice_language").toString(), QStringLiteral("en"));
        QCOMPARE(grant.value(u"notice_version").toInt(), 1);
        QCOMPARE(grant.value(u"recorded_by").toString(), QStringLiteral("owner"));
        QCOMPARE(consent.at(1).toObject().value(u"kind").toString(), QStringLiteral("withdrawn"));
        QCOMPARE(consent.at(1).toObject().value(u"method").toString(), QStringLiteral("email"));

        const QJsonArray acks = j.value(u"notice_acknowledgements").toArray();
        QCOMPARE(acks.size(), 1);
        QCOMPARE(acks.at(0).toObject().value(u"version").toInt(), 1);
        QCOMPARE(acks.at(0).toObject().value(u"language").toString(), QStringLiteral("en"));
        QCOMPARE(acks.at(0).toObject().value(u"title").toString(), QStringLiteral("Privacy notice"));
        QCOMPARE(acks.at(0).toObject().value(u"channel").toString(), QStringLiteral("email"));
        QCOMPARE(acks.at(0).toObject().value(u"content_hash").toString().size(), 64);

        // Invoicing (contract) applies to everyone; Newsletter through the ledger; Surveys not at all.
        const QJsonArray purposes = j.value(u"purposes").toArray();
        QCOMPARE(purposes.size(), 2);
        QCOMPARE(purposes.at(0).toObject().value(u"name").toString(), QStringLiteral("Billing"));
        QCOMPARE(purposes.at(0).toObject().value(u"lawful_basis").toString(), QStringLiteral("contract"));
        QCOMPARE(purposes.at(0).toObject().value(u"article").toString(), QStringLiteral("Art. 6(1)(b)"));
        QCOMPARE(purposes.at(0).toObject().value(u"applies_because").toString(), QStringLiteral("basis"));
        QCOMPARE(purposes.at(0).toObject().value(u"retention_days").toInt(), 3650);
        QCOMPARE(purposes.at(1).toObject().value(u"name").toString(), QStringLiteral("Monthly letter"));
        QCOMPARE(purposes.at(1).toObject().value(u"applies_because").toString(), QStringLiteral("consent"));
        QCOMPARE(purposes.at(1).toObject().value(u"consent_status").toString(), QStringLiteral("withdrawn"));
        QCOMPARE(purposes.at(1).toObject().value(u"direct_marketing").toBool(), true);

        const QJsonArray recipients = j.value(u"recipients").toArray();
        QCOMPARE(recipients.size(), 2);
        const QJsonObject cloud = recipients.at(0).toObject();
        QCOMPARE(cloud.value(u"name").toString(), QStringLiteral("Cloudy Inc"));
        QCOMPARE(cloud.value(u"role").toString(), QStringLiteral("sub-processor"));
        QCOMPARE(cloud.value(u"country").toString(), QStringLiteral("US"));
        QCOMPARE(cloud.value(u"transfer").toBool(), true);
        QCOMPARE(cloud.value(u"safeguard").toString(), QStringLiteral("sccs"));
        QCOMPARE(cloud.value(u"safeguard_note").toString(), QStringLiteral("SCC module 2"));
        QCOMPARE(cloud.value(u"purposes").toArray(),
                 QJsonArray({QStringLiteral("Billing"), QStringLiteral("Monthly letter")}));
        QCOMPARE(recipients.at(1).toObject().value(u"name").toString(), QStringLiteral("Mailjet"));
        QCOMPARE(recipients.at(1).toObject().value(u"transfer").toBool(), false);

        const QJsonArray retention = j.value(u"retention").toArray();
        QCOMPARE(retention.size(), 2);
        QCOMPARE(retention.at(1).toObject().value(u"purpose").toString(), QStringLiteral("Monthly letter"));
        QCOMPARE(retention.at(1).toObject().value(u"retention_days").toInt(), 730);

        const QJsonObject source = j.value(u"source").toObject();
        QCOMPARE(source.value(u"kind").toString(), QStringLiteral("import"));
        QCOMPARE(source.value(u"import_uid").toString(), m_f.importUid);
        QCOMPARE(source.value(u"import_file_name").toString(), QStringLiteral("leads.csv"));
        QCOMPARE(source.value(u"import_format").toString(), QStringLiteral("csv"));
        QCOMPARE(source.value(u"imported_at").toString(), iso(1767225600000 - kDay));

        const QJsonArray requests = j.value(u"requests").toArray();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.at(0).toObject().value(u"reference").toString(), QStringLiteral("R-2026-0001"));
        QCOMPARE(requests.at(0).toObject().value(u"kind").toString(), QStringLiteral("access"));
        QCOMPARE(requests.at(0).toObject().value(u"status").toString(), QStringLiteral("received"));

        const QJsonArray rect = j.value(u"rectifications").toArray();
        QCOMPARE(rect.size(), 1);
        QCOMPARE(rect.at(0).toObject().value(u"field").toString(), QStringLiteral("city"));
        QCOMPARE(rect.at(0).toObject().value(u"old_value").toString(), QStringLiteral("Marylebone"));
        QCOMPARE(rect.at(0).toObject().value(u"changed_by").toString(), QStringLiteral("nobody"));

        const QJsonObject marks = j.value(u"processing_marks").toObject();
        QVERIFY(marks.value(u"restricted_at").isNull());
        QVERIFY(marks.value(u"restriction_reason").isNull());
        QCOMPARE(marks.value(u"marketing_objection_at").toString(), iso(m_v.clock.nowMs() - 1000));

        QCOMPARE(j.value(u"mentions_included").toBool(), false);
        QVERIFY(!j.contains(u"mentions"));

        const QJsonObject counts = j.value(u"counts").toObject();
        QCOMPARE(counts.value(QStringLiteral("activities")).toInt(), 2);
        QCOMPARE(counts.value(QStringLiteral("consent_events")).toInt(), 2);
        QCOMPARE(counts.value(QStringLiteral("recipients")).toInt(), 2);
        QVERIFY(!counts.contains(QStringLiteral("mentions")));
    }

    void previewCountsEverySection()
    {
        auto preview = m_v.session->access().preview(m_f.contact.uid);
        QVERIFY(preview.ok());
        QCOMPARE(preview->counts.value(QStringLiteral("contact")), 1);
        QCOMPARE(preview->counts.value(QStringLiteral("companies")), 1);
        QCOMPARE(preview->counts.value(QStringLiteral("deals")), 1);
        QCOMPARE(preview->counts.value(QStringLiteral("activities")), 2);
        QCOMPARE(preview->counts.value(QStringLiteral("tags")), 2);
        QCOMPARE(preview->counts.value(QStringLiteral("notice_acknowledgements")), 1);
        QCOMPARE(preview->counts.value(QStringLiteral("purposes")), 2);
        QCOMPARE(preview->counts.value(QStringLiteral("requests")), 1);
        QCOMPARE(preview->counts.value(QStringLiteral("rectifications")), 1);
        QVERIFY(!preview->counts.contains(QStringLiteral("mentions")));
    }

    void everyRegistryFieldIsInThePackage()
    {
        const crm::FieldRegistry registry;
        auto built = m_v.session->access().build(m_f.contact.uid);
        QVERIFY(built.ok());
        const QJsonObject fields = built->json.value(u"contact").toObject().value(u"fields").toObject();
        for (const crm::FieldInfo& f : registry.fieldsOf(QStringLiteral("contact"))) {
            QVERIFY2(fields.contains(f.name), qPrintable(f.name));
        }
        QCOMPARE(AccessPackage::missingRegistryFields(built->json, registry), QStringList());
    }

    void missingRegistryFieldIsReported()
    {
        const crm::FieldRegistry registry;
        auto built = m_v.session->access().build(m_f.contact.uid);
        QVERIFY(built.ok());
        QJsonObject json = built->json;
        QJsonObject contact = json.value(u"contact").toObject();
        QJsonObject fields = contact.value(u"fields").toObject();
        fields.remove(QStringLiteral("birthday"));
        contact.insert(QStringLiteral("fields"), fields);
        json.insert(QStringLiteral("contact"), contact);
        QCOMPARE(AccessPackage::missingRegistryFields(json, registry),
                 QStringList {QStringLiteral("contact.birthday")});

        // The published schema refuses it too.
        const QString path = outDir(QStringLiteral("missing.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(json).toJson());
        file.close();
        QVERIFY(validate(path).contains(QLatin1String("birthday")));
    }

    void schemaDocumentsEveryRegistryField()
    {
        QFile f(schemaPath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject schema = QJsonDocument::fromJson(f.readAll()).object();
        const QJsonObject contactFields = schema.value(u"properties")
                                              .toObject()
                                              .value(u"contact")
                                              .toObject()
                                              .value(u"properties")
                                              .toObject()
                                              .value(u"fields")
                                              .toObject();
        const crm::FieldRegistry registry;
        for (const crm::FieldInfo& field : registry.fieldsOf(QStringLiteral("contact"))) {
            QVERIFY2(contactFields.value(u"required").toArray().contains(field.name), qPrintable(field.name));
            QVERIFY2(!contactFields.value(u"properties")
                          .toObject()
                          .value(field.name)
                          .toObject()
                          .value(u"description")
                          .toString()
                          .isEmpty(),
                     qPrintable(field.name));
        }
    }

    void writesEveryFormatOwnerOnlyAndValid()
    {
        AccessOptions options;
        options.requestReference = QStringLiteral("R-2026-0001");
        options.includeMentions = true;
        auto built = m_v.session->access().build(m_f.contact.uid, options);
        QVERIFY(built.ok());
        QCOMPARE(built->json.value(u"request").toObject().value(u"reference").toString(),
                 QStringLiteral("R-2026-0001"));
        QVERIFY(built->json.contains(u"mentions"));
        const QString dir = outDir(QStringLiteral("full"));
        auto written = m_v.session->access().write(*built, dir, AccessFormats {});
        QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().message));

        QStringList names;
        for (const WrittenFile& w : *written) {
            names.append(w.fileName);
            QCOMPARE(std::filesystem::status(QFile::encodeName(w.path).toStdString()).permissions(),
                     std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
            QFile file(w.path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(w.sha256,
                     QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
            QCOMPARE(w.bytes, QFileInfo(w.path).size());
        }
        QStringList expected {QStringLiteral("access.json"), QStringLiteral("access-report.pdf")};
        for (const QString& s : AccessPackage::sectionKeys()) {
            expected.append(s + QStringLiteral(".csv"));
        }
        expected.sort();
        names.sort();
        QCOMPARE(names, expected);
        QCOMPARE(entries(dir), expected); // no .part left

        QCOMPARE(validate(QDir(dir).filePath(QStringLiteral("access.json"))), QString());
        QCOMPARE(readJson(QDir(dir).filePath(QStringLiteral("access.json"))), built->json);

        QFile contactCsv(QDir(dir).filePath(QStringLiteral("contact.csv")));
        QVERIFY(contactCsv.open(QIODevice::ReadOnly));
        const QByteArray csv = contactCsv.readAll();
        QVERIFY(csv.startsWith("field,label,category,value,value_label\r\n"));
        QVERIFY(csv.contains("email,Email addresses,Contact details,ada@home.example,home\r\n"));
        QVERIFY(csv.contains("notes,Notes,Behavioural,\"Prefers email, \"\"never\"\" calls\",\r\n"));
        QFile activitiesCsv(QDir(dir).filePath(QStringLiteral("activities.csv")));
        QVERIFY(activitiesCsv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = activitiesCsv.readAll().split('\n');
        QCOMPARE(lines.size(), 4); // header, two rows, empty after the last CRLF
        QVERIFY(lines.at(0).startsWith("uid,kind,subject,body,at,"));

        QFile pdf(QDir(dir).filePath(QStringLiteral("access-report.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");

        // The audit entry: counts and formats, no value.
        auto s = m_v.session->vault().db().prepare(
            "SELECT summary, entity_uid FROM audit_log WHERE action = 'subject.access' ORDER BY seq DESC LIMIT 1");
        QVERIFY(s.ok());
        QCOMPARE(*s->step(), storage::Statement::Step::Row);
        const QString summary = s->text(0);
        QCOMPARE(s->text(1), m_f.contact.uid);
        QVERIFY2(summary.contains(QLatin1String("activities=2")), qPrintable(summary));
        QVERIFY(summary.contains(QLatin1String("formats=json,csv,pdf")));
        for (const char* value : {"Ada", "Lovelace", "ada@example.com", "London", "Bernoulli"}) {
            QVERIFY2(!summary.contains(QLatin1String(value)), value);
        }
    }

    void existingPackageIsRefusedUnlessForced()
    {
        auto built = m_v.session->access().build(m_f.contact.uid);
        QVERIFY(built.ok());
        const QString dir = outDir(QStringLiteral("twice"));
        QVERIFY(m_v.session->access().write(*built, dir, only(true, true, false)).ok());
        const QStringList before = entries(dir);
        auto again = m_v.session->access().write(*built, dir, only(true, false, false));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, ErrorKind::Conflict);
        QCOMPARE(entries(dir), before);
        auto forced = m_v.session->access().write(*built, dir, only(true, false, false), AccessWriteOptions {true});
        QVERIFY(forced.ok());
        // The earlier package's CSV files go: one folder never mixes two packages.
        QCOMPARE(entries(dir), QStringList {QStringLiteral("access.json")});
    }

    void unwritableFolderLeavesNothing()
    {
        auto built = m_v.session->access().build(m_f.contact.uid);
        QVERIFY(built.ok());
        const QString file = outDir(QStringLiteral("plain-file"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto written = m_v.session->access().write(*built, file + QStringLiteral("/pkg"), AccessFormats {});
        QVERIFY(!written.ok());
        QCOMPARE(written.error().kind, ErrorKind::Io);
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("/pkg")));
        auto onFile = m_v.session->access().write(*built, file, AccessFormats {});
        QVERIFY(!onFile.ok());
        QCOMPARE(onFile.error().kind, ErrorKind::Invalid);
    }

    void failureMidwayLeavesNothing()
    {
        auto built = m_v.session->access().build(m_f.contact.uid);
        QVERIFY(built.ok());
        // A folder where one file's temporary copy must go: that file cannot be written, after others were.
        const QString dir = outDir(QStringLiteral("midway"));
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/requests.csv.part")));
        auto written = m_v.session->access().write(*built, dir, AccessFormats {});
        QVERIFY(!written.ok());
        QCOMPARE(written.error().kind, ErrorKind::Io);
        QCOMPARE(entries(dir), QStringList {QStringLiteral("requests.csv.part")});
    }

    void cancelLeavesNothing()
    {
        auto built = m_v.session->access().build(m_f.contact.uid);
        QVERIFY(built.ok());
        const QString dir = outDir(QStringLiteral("cancelled/deeper"));
        int steps = 0;
        AccessOptions options;
        options.progress = [&steps](int, int) { ++steps; };
        options.cancelled = [&steps] { return steps >= 3; };
        auto written = m_v.session->access().write(*built, dir, AccessFormats {}, {}, options);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().kind, ErrorKind::Cancelled);
        QVERIFY(!QFileInfo::exists(outDir(QStringLiteral("cancelled")))); // both folders it made are gone

        AccessOptions cancelAtOnce;
        cancelAtOnce.cancelled = [] { return true; };
        auto build = m_v.session->access().build(m_f.contact.uid, cancelAtOnce);
        QVERIFY(!build.ok());
        QCOMPARE(build.error().kind, ErrorKind::Cancelled);
    }

    void unknownContactOrRequestIsNotFound()
    {
        auto none = m_v.session->access().build(QStringLiteral("00000000-0000-4000-8000-000000000000"));
        QVERIFY(!none.ok());
        QCOMPARE(none.error().kind, ErrorKind::NotFound);
        AccessOptions options;
        options.requestReference = QStringLiteral("R-1999-0001");
        auto noRequest = m_v.session->access().build(m_f.contact.uid, options);
        QVERIFY(!noRequest.ok());
        QCOMPARE(noRequest.error().kind, ErrorKind::NotFound);
    }

    void thousandActivitiesAreWritten()
    {
        crm::Contact c;
        c.givenName = QStringLiteral("Busy");
        c.familyName = QStringLiteral("Person");
        const crm::Contact busy = *m_v.session->contacts().create(c);
        std::vector<crm::Activity> many;
        for (int i = 0; i < 1000; ++i) {
            crm::Activity a;
            a.kind = crm::ActivityKind::Call;
            a.subject = QStringLiteral("Call %1").arg(i);
            a.body = QStringLiteral("Talked about order %1 and the next delivery.").arg(i);
            a.atMs = m_v.clock.nowMs() - qint64(i) * 60000;
            a.links = {{crm::EntityType::Contact, busy.uid, busy.id.value, {}}};
            many.push_back(a);
        }
        QCOMPARE(*m_v.session->activities().addMany(many), 1000);
        auto built = m_v.session->access().build(busy.uid);
        QVERIFY(built.ok());
        QCOMPARE(built->counts.value(QStringLiteral("activities")), 1000);
        const QString dir = outDir(QStringLiteral("busy"));
        auto written = m_v.session->access().write(*built, dir, AccessFormats {});
        QVERIFY(written.ok());
        QCOMPARE(validate(QDir(dir).filePath(QStringLiteral("access.json"))), QString());
        QFile activities(QDir(dir).filePath(QStringLiteral("activities.csv")));
        QVERIFY(activities.open(QIODevice::ReadOnly));
        QCOMPARE(activities.readAll().count("\r\n"), 1001);
    }

    void deniedWithoutHandleRequests()
    {
        TestVault v;
        QVERIFY(v.create());
        crm::Contact c;
        c.givenName = QStringLiteral("Eve");
        const crm::Contact eve = *v.session->contacts().create(c);
        QVERIFY(v.session->profiles().add(QStringLiteral("Rep"), security::Role::SalesRep, secret("")).ok());
        QVERIFY(v.session->actAs(QStringLiteral("Rep"), secret("")).ok());
        auto built = v.session->access().build(eve.uid);
        QVERIFY(!built.ok());
        QCOMPARE(built.error().kind, ErrorKind::Denied);
        auto s = v.session->vault().db().prepare("SELECT count(*) FROM audit_log WHERE action = 'access.denied' AND "
                                                 "summary LIKE '%attempted=subject.access%'");
        QVERIFY(s.ok());
        QVERIFY(s->step().ok());
        QCOMPARE(s->int64(0), qint64(1));
    }
};

} // namespace confidant::privacy

QTEST_MAIN(confidant::privacy::TestAccessPackage)
#include "TestAccessPackage.moc"
