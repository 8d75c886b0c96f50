#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace confidant::crm {

//! Which contacts a list or an export shows. Every set part narrows the result (AND); an empty filter
//! matches every contact. Text comparisons ignore case; `search` has search-as-you-type semantics (FTS5
//! prefix terms over names, emails, phones, company and notes).
struct ContactFilter
{
    QString search;
    QStringList tags; //!< the contact has all of them
    QString company; //!< the company's name, exactly (ignoring case)
    QString city;
    QString country;
    std::optional<qint64> updatedSinceMs; //!< updated at or after (UTC ms)
    std::optional<qint64> updatedBeforeMs; //!< updated before (UTC ms)

    bool isEmpty() const
    {
        return search.trimmed().isEmpty() && tags.isEmpty() && company.trimmed().isEmpty() && city.trimmed().isEmpty()
            && country.trimmed().isEmpty() && !updatedSinceMs && !updatedBeforeMs;
    }
    bool operator==(const ContactFilter&) const = default;

    //! The saved definition: {"search", "tags", "company", "city", "country", "updated_since",
    //! "updated_before"}; parts that are not set are left out.
    QJsonObject toJson() const
    {
        QJsonObject o;
        const auto put = [&o](const char* key, const QString& value) {
            if (!value.trimmed().isEmpty()) {
                o.insert(QLatin1String(key), value.trimmed());
            }
        };
        put("search", search);
        if (!tags.isEmpty()) {
            QJsonArray array;
            for (const QString& t : tags) {
                if (!t.trimmed().isEmpty()) {
                    array.append(t.trimmed());
                }
            }
            o.insert(QLatin1String("tags"), array);
        }
        put("company", company);
        put("city", city);
        put("country", country);
        if (updatedSinceMs) {
            o.insert(QLatin1String("updated_since"), *updatedSinceMs);
        }
        if (updatedBeforeMs) {
            o.insert(QLatin1String("updated_before"), *updatedBeforeMs);
        }
        return o;
    }

    static ContactFilter fromJson(const QJsonObject& o)
    {
        ContactFilter f;
        f.search = o.value(QLatin1String("search")).toString();
        for (const auto& t : o.value(QLatin1String("tags")).toArray()) {
            f.tags.append(t.toString());
        }
        f.company = o.value(QLatin1String("company")).toString();
        f.city = o.value(QLatin1String("city")).toString();
        f.country = o.value(QLatin1String("country")).toString();
        if (o.contains(QLatin1String("updated_since"))) {
            f.updatedSinceMs = o.value(QLatin1String("updated_since")).toInteger();
        }
        if (o.contains(QLatin1String("updated_before"))) {
            f.updatedBeforeMs = o.value(QLatin1String("updated_before")).toInteger();
        }
        return f;
    }
};

//! A named filter the user saved for contacts, companies or deals (`entityType`). The definition is JSON;
//! for contacts it is ContactFilter::toJson.
struct SavedFilter
{
    qint64 id = 0;
    QString uid;
    QString name;
    QString entityType; //!< "contact", "company" or "deal"
    QJsonObject definition;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;

    ContactFilter contactFilter() const
    {
        return ContactFilter::fromJson(definition);
    }
};

} // namespace confidant::crm
