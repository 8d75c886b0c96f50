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
namespace confidant::security {
class MutationGate;
}

namespace confidant::crm {

//! Sensitive fields: special-category data (Art. 9: the registry fields of that category, and those an admin
//! marked special through privacy::FieldSettingsService) and the fields the registry calls sensitive
//! (FieldInfo::sensitive: the birthday) are shown only to profiles with "view sensitive fields". Contact and
//! company reads withhold their values from everyone else (empty, named in `withheld`), searches do not look
//! into them, exports leave them empty; an edit keeps a withheld value it leaves empty and may not replace
//! one. Read from the vault itself (`field_settings`), not through privacy::FieldSettingsService, which
//! builds on crm: so every service, on any connection, withholds without being wired to anything.
class SensitiveFields
{
public:
    //! The sensitive field names of `entity` ("contact": "birthday", "notes" when marked special …), as the
    //! registry names them.
    static Result<QSet<QString>> of(storage::Database& db, const QString& entity);
    //! What `gate`'s acting profile may not see of `entity`: nothing with "view sensitive fields", else `of`.
    //! Fails closed: a gate that allows nothing withholds every sensitive field.
    static Result<QSet<QString>> withheldFrom(security::MutationGate& gate, const QString& entity);

    //! `fts` (an FTS5 query, FtsQuery.h) limited to the columns of `entity`'s search index that hold no
    //! `withheld` field, so that a word found only in a withheld field finds nothing; `fts` itself when nothing
    //! is withheld, and empty when no column is left. `entity`: "contact" (contact_fts) or "company".
    static QString searchable(const QString& fts, const QString& entity, const QSet<QString>& withheld);

    //! `special` in registry order (for the `withheld` lists that reads return).
    static QStringList ordered(const QString& entity, const QSet<QString>& special);

    //! Empties the values of the `special` fields and names them in `withheld` (every one, set or not: an
    //! empty value and a withheld one look alike, so the list tells nothing about what is stored).
    static void withhold(Contact& contact, const QSet<QString>& special);
    static void withhold(ContactRow& row, const QSet<QString>& special);
    static void withhold(Company& company, const QSet<QString>& special);
    static void withhold(CompanyRow& row, const QSet<QString>& special);

    //! For an edit by a profile that was shown the `special` fields empty: each one `incoming` leaves empty
    //! takes its `stored` value. Returns the names of those `incoming` gives a value, whatever is stored (empty:
    //! the edit changes nothing withheld): accepting a value equal to the stored one, or for an empty field, would
    //! answer a guess about what the field holds.
    static QStringList keepWithheld(Contact& incoming, const Contact& stored, const QSet<QString>& special);
    static QStringList keepWithheld(Company& incoming, const Company& stored, const QSet<QString>& special);
};

} // namespace confidant::crm
