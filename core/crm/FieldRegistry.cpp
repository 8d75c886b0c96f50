#include "FieldRegistry.h"

namespace confidant::crm {

namespace {

FieldInfo field(const char* entity,
                const char* name,
                const char* table,
                const char* column,
                const char* label,
                DataCategory category,
                bool personal,
                bool optional)
{
    return FieldInfo {QString::fromLatin1(entity),
                      QString::fromLatin1(name),
                      QString::fromLatin1(table),
                      QString::fromLatin1(column),
                      label,
                      category,
                      personal,
                      optional,
                      {},
                      FieldKind::Text,
                      {},
                      {},
                      true,
                      false};
}

FieldInfo ofKind(FieldInfo f, FieldKind kind)
{
    f.kind = kind;
    return f;
}

FieldInfo linked(FieldInfo f, const char* table, const char* column)
{
    f.kind = FieldKind::Link;
    f.linkTable = QString::fromLatin1(table);
    f.linkColumn = QString::fromLatin1(column);
    return f;
}

FieldInfo freeText(FieldInfo f)
{
    f.multiLine = true;
    return f;
}

FieldInfo sensitive(FieldInfo f)
{
    f.sensitive = true;
    return f;
}

FieldInfo recorded(FieldInfo f)
{
    f.entered = false;
    return f;
}

// A field of a deal, an activity, a consent event or a request: personal data about the people linked to it,
// never switched off (the record would not make sense without it).
FieldInfo
record(const char* entity, const char* name, const char* table, const char* column, const char* label, DataCategory c)
{
    return field(entity, name, table, column, label, c, true, false);
}

} // namespace

FieldRegistry::FieldRegistry()
{
    using C = DataCategory;
    using K = FieldKind;
    m_fields = {
        field("contact", "given", "contacts", "given_name", QT_TR_NOOP("Given name"), C::Identity, true, false),
        field("contact", "family", "contacts", "family_name", QT_TR_NOOP("Family name"), C::Identity, true, false),
        ofKind(field("contact", "email", "contacts", "emails", QT_TR_NOOP("Email addresses"), C::Contact, true, true),
               K::ValueList),
        ofKind(field("contact", "phone", "contacts", "phones", QT_TR_NOOP("Phone numbers"), C::Contact, true, true),
               K::ValueList),
        field("contact", "street", "contacts", "street", QT_TR_NOOP("Street"), C::Contact, true, true),
        field("contact", "postcode", "contacts", "postcode", QT_TR_NOOP("Postcode"), C::Contact, true, true),
        field("contact", "city", "contacts", "city", QT_TR_NOOP("City"), C::Contact, true, true),
        field("contact", "region", "contacts", "region", QT_TR_NOOP("Region"), C::Contact, true, true),
        field("contact", "country", "contacts", "country", QT_TR_NOOP("Country"), C::Contact, true, true),
        field("contact", "title", "contacts", "job_title", QT_TR_NOOP("Job title"), C::Professional, true, true),
        // Sensitive: with the name it identifies the person, and it tells their age.
        sensitive(ofKind(
            field("contact", "birthday", "contacts", "birthday", QT_TR_NOOP("Birthday"), C::Identity, true, true),
            K::Date)),
        field("contact", "website", "contacts", "website", QT_TR_NOOP("Website"), C::Contact, true, true),
        linked(
            field("contact", "company", "contacts", "company_id", QT_TR_NOOP("Company"), C::Professional, true, true),
            "companies",
            "name"),
        freeText(field("contact", "notes", "contacts", "notes", QT_TR_NOOP("Notes"), C::Behavioural, true, true)),
        ofKind(field("contact", "tag", "contact_tags", "tag_id", QT_TR_NOOP("Tags"), C::Behavioural, true, true),
               K::Tags),
        recorded(field(
            "contact", "source", "contacts", "source", QT_TR_NOOP("Source of the data"), C::Provenance, true, false)),
        field("company", "name", "companies", "name", QT_TR_NOOP("Company name"), C::Professional, false, false),
        field("company", "domain", "companies", "domain", QT_TR_NOOP("Web domain"), C::Professional, false, true),
        field("company", "phone", "companies", "phone", QT_TR_NOOP("Phone"), C::Contact, false, true),
        field("company", "street", "companies", "street", QT_TR_NOOP("Street"), C::Contact, false, true),
        field("company", "postcode", "companies", "postcode", QT_TR_NOOP("Postcode"), C::Contact, false, true),
        field("company", "city", "companies", "city", QT_TR_NOOP("City"), C::Contact, false, true),
        field("company", "region", "companies", "region", QT_TR_NOOP("Region"), C::Contact, false, true),
        field("company", "country", "companies", "country", QT_TR_NOOP("Country"), C::Contact, false, true),
        // Notes about a company often name people (a sole trader, a contact person): treated as personal.
        freeText(field("company", "notes", "companies", "notes", QT_TR_NOOP("Notes"), C::Behavioural, true, true)),
        recorded(field(
            "company", "source", "companies", "source", QT_TR_NOOP("Source of the data"), C::Provenance, false, false)),

        // A deal with a person is data about that person (what they buy, for how much, why it was lost).
        record("deal", "title", "deals", "title", QT_TR_NOOP("Deal title"), C::Professional),
        ofKind(record("deal", "value_minor", "deals", "value_minor", QT_TR_NOOP("Deal value"), C::Financial),
               K::Number),
        record("deal", "currency", "deals", "currency", QT_TR_NOOP("Currency"), C::Financial),
        linked(record("deal", "pipeline", "deals", "pipeline_id", QT_TR_NOOP("Pipeline"), C::Professional),
               "pipelines",
               "name"),
        linked(record("deal", "stage", "deals", "stage_id", QT_TR_NOOP("Stage"), C::Professional), "stages", "name"),
        record("deal", "status", "deals", "status", QT_TR_NOOP("Deal status"), C::Professional),
        ofKind(
            record("deal", "expected_close", "deals", "expected_close", QT_TR_NOOP("Expected close"), C::Professional),
            K::Date),
        recorded(ofKind(record("deal", "closed_at", "deals", "closed_at", QT_TR_NOOP("Closed at"), C::Professional),
                        K::Time)),
        freeText(record("deal", "close_reason", "deals", "close_reason", QT_TR_NOOP("Close reason"), C::Professional)),
        freeText(record("deal", "description", "deals", "description", QT_TR_NOOP("Description"), C::Behavioural)),
        recorded(record("deal", "source", "deals", "source", QT_TR_NOOP("Source of the data"), C::Provenance)),

        // Calls, meetings, emails, notes and tasks: interactions with the people they are linked to.
        record("activity", "kind", "activities", "kind", QT_TR_NOOP("Activity type"), C::Behavioural),
        record("activity", "subject", "activities", "subject", QT_TR_NOOP("Subject"), C::Behavioural),
        freeText(record("activity", "body", "activities", "body", QT_TR_NOOP("Text"), C::Behavioural)),
        ofKind(record("activity", "at", "activities", "at", QT_TR_NOOP("Date and time"), C::Behavioural), K::Time),
        ofKind(record("activity", "due_at", "activities", "due_at", QT_TR_NOOP("Due"), C::Behavioural), K::Time),
        ofKind(record("activity", "remind_at", "activities", "remind_at", QT_TR_NOOP("Reminder"), C::Behavioural),
               K::Time),
        ofKind(record("activity", "done_at", "activities", "done_at", QT_TR_NOOP("Done"), C::Behavioural), K::Time),
        recorded(record("activity", "source", "activities", "source", QT_TR_NOOP("Source of the data"), C::Provenance)),

        // The consent ledger (Art. 7(1)): what the person agreed to or withdrew, when, how, and the evidence.
        linked(record("consent", "purpose", "consent_events", "purpose_id", QT_TR_NOOP("Purpose"), C::Behavioural),
               "purposes",
               "name"),
        record("consent", "kind", "consent_events", "kind", QT_TR_NOOP("Consent event"), C::Behavioural),
        ofKind(record("consent", "at", "consent_events", "at", QT_TR_NOOP("Date and time"), C::Behavioural), K::Time),
        record("consent", "method", "consent_events", "method", QT_TR_NOOP("Method"), C::Behavioural),
        freeText(record("consent", "evidence", "consent_events", "evidence", QT_TR_NOOP("Evidence"), C::Behavioural)),
        linked(record("consent",
                      "notice_uid",
                      "consent_events",
                      "notice_id",
                      QT_TR_NOOP("Privacy notice shown"),
                      C::Behavioural),
               "notices",
               "uid"),
        ofKind(record("consent", "expires_at", "consent_events", "expires_at", QT_TR_NOOP("Expires"), C::Behavioural),
               K::Time),

        // Data-subject requests: who asked for what, and how it was handled (Art. 12(3)-(5)).
        record("request", "kind", "requests", "kind", QT_TR_NOOP("Request type"), C::Behavioural),
        record("request", "jurisdiction", "requests", "jurisdiction", QT_TR_NOOP("Jurisdiction"), C::Behavioural),
        record("request", "channel", "requests", "channel", QT_TR_NOOP("Channel"), C::Behavioural),
        record("request", "requester", "requests", "requester", QT_TR_NOOP("Requester"), C::Identity),
        freeText(record("request", "details", "requests", "details", QT_TR_NOOP("Details"), C::Behavioural)),
        ofKind(record("request", "received_at", "requests", "received_at", QT_TR_NOOP("Received"), C::Behavioural),
               K::Time),
        ofKind(record("request", "due_at", "requests", "due_at", QT_TR_NOOP("Due"), C::Behavioural), K::Time),
        record("request", "status", "requests", "status", QT_TR_NOOP("Status"), C::Behavioural),
        ofKind(
            record(
                "request", "verified_at", "requests", "verified_at", QT_TR_NOOP("Identity verified"), C::Behavioural),
            K::Time),
        freeText(record("request",
                        "verification_method",
                        "requests",
                        "verification_method",
                        QT_TR_NOOP("Verification method"),
                        C::Behavioural)),
        ofKind(record("request", "extended_at", "requests", "extended_at", QT_TR_NOOP("Extended"), C::Behavioural),
               K::Time),
        freeText(record("request",
                        "extension_reason",
                        "requests",
                        "extension_reason",
                        QT_TR_NOOP("Reason for the extension"),
                        C::Behavioural)),
        ofKind(record("request",
                      "requester_told_at",
                      "requests",
                      "requester_told_at",
                      QT_TR_NOOP("Requester told of the extension"),
                      C::Behavioural),
               K::Time),
        ofKind(
            record(
                "request", "receipt_due_at", "requests", "receipt_due_at", QT_TR_NOOP("Receipt due"), C::Behavioural),
            K::Time),
        ofKind(record("request",
                      "receipt_confirmed_at",
                      "requests",
                      "receipt_confirmed_at",
                      QT_TR_NOOP("Receipt confirmed"),
                      C::Behavioural),
               K::Time),
        ofKind(record("request", "closed_at", "requests", "closed_at", QT_TR_NOOP("Closed"), C::Behavioural), K::Time),
        record("request", "outcome", "requests", "outcome", QT_TR_NOOP("Outcome"), C::Behavioural),
        freeText(
            record("request", "closing_note", "requests", "closing_note", QT_TR_NOOP("Closing note"), C::Behavioural)),
    };
}

const FieldRegistry& FieldRegistry::builtIn()
{
    static const FieldRegistry registry;
    return registry;
}

void FieldRegistry::add(const FieldInfo& field)
{
    for (auto& f : m_fields) {
        if (f.entity == field.entity && f.name == field.name) {
            f = field;
            return;
        }
    }
    m_fields.push_back(field);
}

std::vector<FieldInfo> FieldRegistry::fieldsOf(const QString& entity) const
{
    std::vector<FieldInfo> out;
    for (const auto& f : m_fields) {
        if (f.entity == entity) {
            out.push_back(f);
        }
    }
    return out;
}

std::vector<FieldInfo> FieldRegistry::enteredFieldsOf(const QString& entity) const
{
    std::vector<FieldInfo> out;
    for (const auto& f : m_fields) {
        if (f.entity == entity && f.entered) {
            out.push_back(f);
        }
    }
    return out;
}

const FieldInfo* FieldRegistry::find(const QString& entity, const QString& name) const
{
    for (const auto& f : m_fields) {
        if (f.entity == entity && f.name == name) {
            return &f;
        }
    }
    return nullptr;
}

QStringList FieldRegistry::bookkeepingColumns(const QString& table)
{
    if (table == QStringLiteral("contact_tags")) {
        return {QStringLiteral("contact_id")};
    }
    if (table == QStringLiteral("tags")) {
        return {QStringLiteral("id"), QStringLiteral("name")};
    }
    QStringList columns {
        QStringLiteral("id"), QStringLiteral("uid"), QStringLiteral("created_at"), QStringLiteral("updated_at")};
    if (table == QStringLiteral("deals")) {
        // Who works on it, which company it is with (that company's own row), the hold mark.
        columns << QStringLiteral("owner_uid") << QStringLiteral("company_id") << QStringLiteral("restricted_at");
    } else if (table == QStringLiteral("activities")) {
        columns << QStringLiteral("owner_uid") << QStringLiteral("restricted_at");
    } else if (table == QStringLiteral("consent_events")) {
        // The person it is about, and the profile that recorded it (a staff member, not the subject).
        columns << QStringLiteral("contact_id") << QStringLiteral("recorded_by");
    } else if (table == QStringLiteral("requests")) {
        // The register's own reference and the profiles that handled it.
        columns << QStringLiteral("reference") << QStringLiteral("created_by") << QStringLiteral("verified_by");
    } else if (table == QStringLiteral("contacts")) {
        // When a restriction or a marketing objection began: processing state, shown in access packages
        // by the subject-rights code, not a value anyone entered about the person.
        columns << QStringLiteral("restricted_at") << QStringLiteral("marketing_objection_at")
                << QStringLiteral("restriction_reason");
    }
    return columns;
}

QString FieldRegistry::label(const FieldInfo& field)
{
    return tr(field.label);
}

QString FieldRegistry::categoryName(DataCategory category)
{
    switch (category) {
    case DataCategory::Identity:
        return tr("Identity");
    case DataCategory::Contact:
        return tr("Contact details");
    case DataCategory::Professional:
        return tr("Professional");
    case DataCategory::Financial:
        return tr("Financial");
    case DataCategory::Behavioural:
        return tr("Behavioural");
    case DataCategory::Provenance:
        return tr("Provenance");
    case DataCategory::SpecialCategory:
        return tr("Special category (Art. 9)");
    }
    return {};
}

} // namespace confidant::crm
