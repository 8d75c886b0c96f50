#include "SensitiveFields.h"

#include "core/crm/ContactFields.h"
#include "core/crm/FieldRegistry.h"
#include "core/security/MutationGate.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <algorithm>
#include <type_traits>

namespace confidant::crm {

namespace {

bool isBlank(const QString& value)
{
    return value.trimmed().isEmpty();
}
bool isBlank(const QDate& value)
{
    return !value.isValid();
}
bool isBlank(const QList<LabeledValue>& values)
{
    return values.isEmpty();
}
bool isBlank(const QStringList& values)
{
    return values.isEmpty();
}

//! Applies the rule of keepWithheld to one field: returns false when `incoming` gives it a value.
template <typename T>
bool keep(T& incoming, const T& stored)
{
    // A value given for a field the profile may not see is refused whatever is stored: accepting it when it
    // matched the stored one, or when none was stored, would tell a guesser whether the guess was right.
    if (!isBlank(incoming)) {
        return false;
    }
    incoming = stored;
    return true;
}

} // namespace

Result<QSet<QString>> SensitiveFields::of(storage::Database& db, const QString& entity)
{
    QSet<QString> special;
    for (const FieldInfo& f : FieldRegistry::builtIn().fieldsOf(entity)) {
        if (f.category == DataCategory::SpecialCategory || f.sensitive) {
            special.insert(f.name);
        }
    }
    auto s = db.prepare("SELECT field FROM field_settings WHERE special_category <> 0");
    if (!s) {
        return s.error();
    }
    const QString prefix = entity + QLatin1Char('.');
    while (true) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == storage::Statement::Step::Done) {
            return special;
        }
        const QString key = s->text(0);
        if (key.startsWith(prefix)) {
            special.insert(key.mid(prefix.size()));
        }
    }
}

Result<QSet<QString>> SensitiveFields::withheldFrom(security::MutationGate& gate, const QString& entity)
{
    if (gate.may(security::Permission::ViewSensitive)) {
        return QSet<QString> {};
    }
    return of(gate.db(), entity);
}

QString SensitiveFields::searchable(const QString& fts, const QString& entity, const QSet<QString>& withheld)
{
    if (fts.isEmpty() || withheld.isEmpty()) {
        return fts;
    }
    // Each column of the index and the fields it holds (core/storage/Schema.cpp: contact_search_doc, the
    // company_fts triggers). A column holding any withheld field is left out whole.
    static const QList<QPair<QString, QStringList>> contactColumns {
        {QStringLiteral("name"), {QStringLiteral("given"), QStringLiteral("family")}},
        {QStringLiteral("emails"), {QStringLiteral("email")}},
        {QStringLiteral("phones"), {QStringLiteral("phone")}},
        {QStringLiteral("company"), {QStringLiteral("company")}},
        {QStringLiteral("notes"), {QStringLiteral("notes"), QStringLiteral("title")}},
    };
    static const QList<QPair<QString, QStringList>> companyColumns {
        {QStringLiteral("name"), {QStringLiteral("name")}},
        {QStringLiteral("domain"), {QStringLiteral("domain")}},
        {QStringLiteral("phone"), {QStringLiteral("phone")}},
        {QStringLiteral("notes"), {QStringLiteral("notes")}},
    };
    const auto& columns = entity == QLatin1String("company") ? companyColumns : contactColumns;
    QStringList open;
    for (const auto& [column, fields] : columns) {
        if (std::none_of(fields.begin(), fields.end(), [&](const QString& f) { return withheld.contains(f); })) {
            open.append(column);
        }
    }
    if (open.isEmpty()) {
        return {};
    }
    if (open.size() == columns.size()) {
        return fts;
    }
    // FTS5 column filter over the whole (implicitly ANDed) query: every word must be in a column left open.
    return QLatin1Char('{') + open.join(QLatin1Char(' ')) + QStringLiteral("} : (") + fts + QLatin1Char(')');
}

QStringList SensitiveFields::ordered(const QString& entity, const QSet<QString>& special)
{
    QStringList out;
    for (const FieldInfo& f : FieldRegistry::builtIn().fieldsOf(entity)) {
        if (special.contains(f.name)) {
            out.append(f.name);
        }
    }
    return out;
}

void SensitiveFields::withhold(Contact& c, const QSet<QString>& special)
{
    if (special.isEmpty()) {
        return;
    }
    for (const FieldInfo& f : FieldRegistry::builtIn().fieldsOf(QStringLiteral("contact"))) {
        if (special.contains(f.name)) {
            if (const ContactFields::Access* access = ContactFields::find(f.name)) {
                access->clear(c);
            }
        }
    }
    c.withheld = ordered(QStringLiteral("contact"), special);
}

void SensitiveFields::withhold(ContactRow& row, const QSet<QString>& special)
{
    if (special.isEmpty()) {
        return;
    }
    auto clear = [&](const char* name, QString& value) {
        if (special.contains(QString::fromLatin1(name))) {
            value.clear();
            row.withheld.append(QString::fromLatin1(name));
        }
    };
    clear("given", row.givenName);
    clear("family", row.familyName);
    clear("email", row.email);
    clear("phone", row.phone);
    clear("company", row.companyName);
    clear("city", row.city);
}

void SensitiveFields::withhold(Company& c, const QSet<QString>& special)
{
    if (special.isEmpty()) {
        return;
    }
    auto clear = [&special](const char* name, QString& value) {
        if (special.contains(QString::fromLatin1(name))) {
            value.clear();
        }
    };
    clear("name", c.name);
    clear("domain", c.domain);
    clear("phone", c.phone);
    clear("street", c.street);
    clear("postcode", c.postcode);
    clear("city", c.city);
    clear("region", c.region);
    clear("country", c.country);
    clear("notes", c.notes);
    clear("source", c.source);
    c.withheld = ordered(QStringLiteral("company"), special);
}

void SensitiveFields::withhold(CompanyRow& row, const QSet<QString>& special)
{
    if (special.isEmpty()) {
        return;
    }
    auto clear = [&](const char* name, QString& value) {
        if (special.contains(QString::fromLatin1(name))) {
            value.clear();
            row.withheld.append(QString::fromLatin1(name));
        }
    };
    clear("name", row.name);
    clear("domain", row.domain);
    clear("phone", row.phone);
    clear("city", row.city);
}

QStringList SensitiveFields::keepWithheld(Contact& incoming, const Contact& stored, const QSet<QString>& special)
{
    QStringList refused;
    if (special.isEmpty()) {
        return refused;
    }
    auto field = [&](const char* name, auto& value, const auto& before) {
        if (special.contains(QString::fromLatin1(name)) && !keep(value, before)) {
            refused.append(QString::fromLatin1(name));
        }
    };
    field("given", incoming.givenName, stored.givenName);
    field("family", incoming.familyName, stored.familyName);
    field("email", incoming.emails, stored.emails);
    field("phone", incoming.phones, stored.phones);
    field("street", incoming.street, stored.street);
    field("postcode", incoming.postcode, stored.postcode);
    field("city", incoming.city, stored.city);
    field("region", incoming.region, stored.region);
    field("country", incoming.country, stored.country);
    field("title", incoming.jobTitle, stored.jobTitle);
    field("birthday", incoming.birthday, stored.birthday);
    field("website", incoming.website, stored.website);
    field("notes", incoming.notes, stored.notes);
    field("tag", incoming.tags, stored.tags);
    // The source is never edited (ContactService::update keeps the stored one).
    if (special.contains(QStringLiteral("company"))) {
        const bool left = !incoming.companyId && isBlank(incoming.companyName);
        const bool had = stored.companyId.has_value();
        if (left) {
            incoming.companyId = stored.companyId;
            incoming.companyName = stored.companyName;
        } else if (had && incoming.companyId != stored.companyId
                   && incoming.companyName.trimmed().compare(stored.companyName, Qt::CaseInsensitive) != 0) {
            refused.append(QStringLiteral("company"));
        }
    }
    return refused;
}

QStringList SensitiveFields::keepWithheld(Company& incoming, const Company& stored, const QSet<QString>& special)
{
    QStringList refused;
    if (special.isEmpty()) {
        return refused;
    }
    auto field = [&](const char* name, QString& value, const QString& before) {
        if (special.contains(QString::fromLatin1(name)) && !keep(value, before)) {
            refused.append(QString::fromLatin1(name));
        }
    };
    field("name", incoming.name, stored.name);
    field("domain", incoming.domain, stored.domain);
    field("phone", incoming.phone, stored.phone);
    field("street", incoming.street, stored.street);
    field("postcode", incoming.postcode, stored.postcode);
    field("city", incoming.city, stored.city);
    field("region", incoming.region, stored.region);
    field("country", incoming.country, stored.country);
    field("notes", incoming.notes, stored.notes);
    return refused;
}

} // namespace confidant::crm
