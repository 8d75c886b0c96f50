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
                      {}};
}

} // namespace

FieldRegistry::FieldRegistry()
{
    using C = DataCategory;
    m_fields = {
        field("contact", "given", "contacts", "given_name", QT_TR_NOOP("Given name"), C::Identity, true, false),
        field("contact", "family", "contacts", "family_name", QT_TR_NOOP("Family name"), C::Identity, true, false),
        field("contact", "email", "contacts", "emails", QT_TR_NOOP("Email addresses"), C::Contact, true, true),
        field("contact", "phone", "contacts", "phones", QT_TR_NOOP("Phone numbers"), C::Contact, true, true),
        field("contact", "street", "contacts", "street", QT_TR_NOOP("Street"), C::Contact, true, true),
        field("contact", "postcode", "contacts", "postcode", QT_TR_NOOP("Postcode"), C::Contact, true, true),
        field("contact", "city", "contacts", "city", QT_TR_NOOP("City"), C::Contact, true, true),
        field("contact", "region", "contacts", "region", QT_TR_NOOP("Region"), C::Contact, true, true),
        field("contact", "country", "contacts", "country", QT_TR_NOOP("Country"), C::Contact, true, true),
        field("contact", "title", "contacts", "job_title", QT_TR_NOOP("Job title"), C::Professional, true, true),
        field("contact", "birthday", "contacts", "birthday", QT_TR_NOOP("Birthday"), C::Identity, true, true),
        field("contact", "website", "contacts", "website", QT_TR_NOOP("Website"), C::Contact, true, true),
        field("contact", "company", "contacts", "company_id", QT_TR_NOOP("Company"), C::Professional, true, true),
        field("contact", "notes", "contacts", "notes", QT_TR_NOOP("Notes"), C::Behavioural, true, true),
        field("contact", "tag", "contact_tags", "tag_id", QT_TR_NOOP("Tags"), C::Behavioural, true, true),
        field("contact", "source", "contacts", "source", QT_TR_NOOP("Source of the data"), C::Provenance, true, false),
        field("company", "name", "companies", "name", QT_TR_NOOP("Company name"), C::Professional, false, false),
        field("company", "domain", "companies", "domain", QT_TR_NOOP("Web domain"), C::Professional, false, true),
        field("company", "phone", "companies", "phone", QT_TR_NOOP("Phone"), C::Contact, false, true),
        field("company", "street", "companies", "street", QT_TR_NOOP("Street"), C::Contact, false, true),
        field("company", "postcode", "companies", "postcode", QT_TR_NOOP("Postcode"), C::Contact, false, true),
        field("company", "city", "companies", "city", QT_TR_NOOP("City"), C::Contact, false, true),
        field("company", "region", "companies", "region", QT_TR_NOOP("Region"), C::Contact, false, true),
        field("company", "country", "companies", "country", QT_TR_NOOP("Country"), C::Contact, false, true),
        // Notes about a company often name people (a sole trader, a contact person): treated as personal.
        field("company", "notes", "companies", "notes", QT_TR_NOOP("Notes"), C::Behavioural, true, true),
        field(
            "company", "source", "companies", "source", QT_TR_NOOP("Source of the data"), C::Provenance, false, false),
    };
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
    if (table == QStringLiteral("contacts")) {
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
