#pragma once

#include "core/crm/Contact.h"
#include "core/crm/FieldRegistry.h"

#include <QString>
#include <QStringList>

namespace confidant::crm {

//! The one place that pairs the registry's contact fields with the members of Contact. Code that walks the
//! registry over a Contact (clearing switched-off fields, the audit trail's field names, withholding
//! special-category values) looks each field up here; a registry field without an entry is named by
//! missing(), which TestContactFields keeps empty, so a new field fails a test instead of being skipped.
class ContactFields
{
public:
    struct Access
    {
        bool (*isSet)(const Contact&); //!< holds a value
        bool (*differs)(const Contact&, const Contact&); //!< an edit changed it (trimmed, tags in any order)
        void (*clear)(Contact&); //!< empties it
        //! The text it holds, each piece on its own (an email's address and its label, every tag); none for a
        //! field that is not text (the birthday). For the checks of Validation.
        QStringList (*texts)(const Contact&);
    };

    //! The access to the contact field `name` ("birthday"); nullptr when Contact does not hold it.
    static const Access* find(const QString& name);
    //! The registry's contact fields that have no access here.
    static QStringList missing(const FieldRegistry& registry);

    //! The names of the registry fields `c` holds a value in, in registry order (audit: names, never values).
    static QStringList filled(const Contact& c, const FieldRegistry& registry);
    //! The names of the entered registry fields an edit from `before` to `after` changes.
    static QStringList changed(const Contact& before, const Contact& after, const FieldRegistry& registry);
};

} // namespace confidant::crm
