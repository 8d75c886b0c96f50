#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/crm/ContactService.h"
#include "core/crm/SavedFilter.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

namespace confidant::security {
class MutationGate;
}

namespace confidant::crm {

//! Saved filters: named definitions per entity type (contact, company, deal), unique per type (ignoring
//! case). Reads need "view contacts", writes "edit contacts" and are audited (`saved_filter.*`, with the
//! filter's uid; never its text, which may quote a name).
class SavedFilterService
{
    Q_DECLARE_TR_FUNCTIONS(SavedFilterService)

public:
    SavedFilterService(security::MutationGate& gate, const Clock& clock);

    Result<SavedFilter> create(const QString& name, const QString& entityType, const QJsonObject& definition);
    Result<SavedFilter> createContactFilter(const QString& name, const ContactFilter& filter)
    {
        return create(name, QStringLiteral("contact"), filter.toJson());
    }
    Result<SavedFilter> rename(const QString& entityType, const QString& name, const QString& newName);
    //! Replaces the definition of the filter `name`.
    Result<SavedFilter> update(const QString& entityType, const QString& name, const QJsonObject& definition);
    Result<void> remove(const QString& entityType, const QString& name);
    //! Every saved filter of `entityType` (all types when empty), by type and name.
    Result<QList<SavedFilter>> list(const QString& entityType = {}) const;
    //! The filter of that type and name (ignoring case); NotFound when there is none.
    Result<SavedFilter> get(const QString& entityType, const QString& name) const;

    //! The contacts a filter matches, a page at a time (keyset paging, family-name order); pass the
    //! previous page's `nextCursor` as `after`.
    Result<ContactPage> matchingContacts(const ContactFilter& filter, const QString& after = {}, int limit = 200) const;

    //! SQL conditions (each starting with " AND ") on the contacts table aliased `c` that keep the rows
    //! `filter` matches; all values come from parameter number `param`, bound to `sqlParameter(filter)`.
    //! `withheld`: the fields the acting profile may not see (SensitiveFields); the search looks only into the
    //! others, and a condition on a withheld field matches nothing (no probing a hidden value).
    static QString sqlConditions(const ContactFilter& filter, int param, const QSet<QString>& withheld = {});
    static QString sqlParameter(const ContactFilter& filter, const QSet<QString>& withheld = {});

private:
    Result<void> checkDefinition(const QString& entityType, const QJsonObject& definition) const;

    security::MutationGate& m_gate;
    const Clock& m_clock;
};

} // namespace confidant::crm
