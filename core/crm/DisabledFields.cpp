#include "DisabledFields.h"

namespace confidant::crm {

QStringList clearDisabledFields(Contact& contact, const QSet<QString>& disabled)
{
    QStringList cleared;
    if (disabled.isEmpty()) {
        return cleared;
    }
    auto off = [&disabled](const char* name) { return disabled.contains(contactFieldKey(QLatin1String(name))); };
    auto clearText = [&](QString& value, const char* name) {
        if (off(name)) {
            if (!value.isEmpty()) {
                cleared.append(QLatin1String(name));
            }
            value.clear();
        }
    };
    if (off("email")) {
        if (!contact.emails.isEmpty()) {
            cleared.append(QStringLiteral("email"));
        }
        contact.emails.clear();
    }
    if (off("phone")) {
        if (!contact.phones.isEmpty()) {
            cleared.append(QStringLiteral("phone"));
        }
        contact.phones.clear();
    }
    clearText(contact.street, "street");
    clearText(contact.postcode, "postcode");
    clearText(contact.city, "city");
    clearText(contact.region, "region");
    clearText(contact.country, "country");
    clearText(contact.jobTitle, "title");
    if (off("birthday")) {
        if (contact.birthday.isValid()) {
            cleared.append(QStringLiteral("birthday"));
        }
        contact.birthday = QDate();
    }
    clearText(contact.website, "website");
    if (off("company")) {
        if (contact.companyId || !contact.companyName.isEmpty()) {
            cleared.append(QStringLiteral("company"));
        }
        contact.companyId.reset();
        contact.companyName.clear();
    }
    clearText(contact.notes, "notes");
    if (off("tag")) {
        if (!contact.tags.isEmpty()) {
            cleared.append(QStringLiteral("tag"));
        }
        contact.tags.clear();
    }
    return cleared;
}

} // namespace confidant::crm
