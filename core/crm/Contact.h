#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <compare>
#include <optional>

namespace confidant::crm {

struct ContactId
{
    qint64 value = 0;
    auto operator<=>(const ContactId&) const = default;
};

struct CompanyId
{
    qint64 value = 0;
    auto operator<=>(const CompanyId&) const = default;
};

//! An email address or phone number with its label ("work", "home", …).
struct LabeledValue
{
    QString value;
    QString label;
    bool operator==(const LabeledValue&) const = default;
};

//! A validation problem on one field; `message` is translated and quotes no personal value.
struct FieldError
{
    QString field;
    QString message;
};

//! A person. Every field here is registered in FieldRegistry.
struct Contact
{
    ContactId id;
    QString uid;
    QString givenName;
    QString familyName;
    QList<LabeledValue> emails;
    QList<LabeledValue> phones;
    QString street;
    QString postcode;
    QString city;
    QString region;
    QString country;
    QString jobTitle;
    //! Day of birth (year optional in vCard; here a full date or none).
    QDate birthday;
    //! A web page of the person (URL as typed, validated as http(s) or bare domain).
    QString website;
    std::optional<CompanyId> companyId;
    //! On write: when set and companyId is empty, the company of that name (created if missing).
    QString companyName;
    QString notes;
    QStringList tags;
    //! Where the data came from (Art. 14(2)(f)): "manual:gui", "manual:cli", "sample-data", "import:…".
    QString source;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    //! Read only: the fields this read left empty because the acting profile may not view sensitive fields
    //! (crm::SensitiveFields), in registry order. Writes ignore it.
    QStringList withheld;

    QString displayName() const
    {
        return (givenName + QLatin1Char(' ') + familyName).trimmed();
    }
};

//! An organisation contacts work for.
struct Company
{
    CompanyId id;
    QString uid;
    QString name;
    QString domain;
    QString phone;
    QString street;
    QString postcode;
    QString city;
    QString region;
    QString country;
    QString notes;
    QStringList tags;
    QString source;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    //! Read only: the fields withheld from the acting profile (as Contact::withheld).
    QStringList withheld;
};

} // namespace confidant::crm
