#pragma once

#include "core/Result.h"
#include "core/crm/CompanyService.h"
#include "core/crm/Contact.h"
#include "core/crm/ContactService.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace confidant::storage {
class Database;
}

namespace confidant::crm {

//! Special-category data (Art. 9): the registry fields of that category, and those an admin marked special
//! (privacy::FieldSettingsService), are shown only to profiles with "view sensitive fields". Contact and
//! company reads withhold their values from everyone else (empty, as if not set); an edit keeps a withheld
//! value it leaves empty and may not replace one. Read from the vault itself (`field_settings`), not through
//! privacy::FieldSettingsService, which builds on crm: so every ContactService, on any connection,
//! withholds without being wired to anything.
class SensitiveFields
{
public:
    //! The special-category field names of `entity` ("contact": "notes", "birthday" …), as the registry
    //! names them.
    static Result<QSet<QString>> of(storage::Database& db, const QString& entity);

    //! Empties the values of the `special` fields.
    static void withhold(Contact& contact, const QSet<QString>& special);
    static void withhold(ContactRow& row, const QSet<QString>& special);
    static void withhold(Company& company, const QSet<QString>& special);
    static void withhold(CompanyRow& row, const QSet<QString>& special);

    //! For an edit by a profile that was shown the `special` fields empty: each one `incoming` leaves empty
    //! takes its `stored` value; filling one that holds nothing is new data and allowed. Returns the names of
    //! those that would replace a stored value (empty: the edit changes nothing withheld).
    static QStringList keepWithheld(Contact& incoming, const Contact& stored, const QSet<QString>& special);
    static QStringList keepWithheld(Company& incoming, const Company& stored, const QSet<QString>& special);
};

} // namespace confidant::crm
