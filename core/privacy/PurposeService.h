#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/privacy/Purpose.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace confidant::crm {
class FieldRegistry;
}
namespace confidant::security {
class MutationGate;
}
namespace confidant::storage {
class Database;
}

namespace confidant::privacy {

//! The purposes data is processed for, with their lawful basis (Art. 6(1)) and fields. A vault always has
//! some: the first read seeds a starter set (Newsletter, Sales follow-up, Invoicing), audited as
//! `purpose.create` and allowed for any profile. Reading needs "view contacts"; creating, editing and
//! archiving need "manage purposes", and setting or changing a purpose's retention period also "manage
//! retention rules". Purposes are archived, never deleted: the consent ledger refers to them.
class PurposeService
{
    Q_DECLARE_TR_FUNCTIONS(PurposeService)

public:
    //! `fields` checks the field keys ("contact.email") a purpose names.
    PurposeService(security::MutationGate& gate, const Clock& clock, const crm::FieldRegistry& fields);

    //! Every purpose by name (case-insensitive); archived ones only when `includeArchived`.
    Result<QList<Purpose>> list(bool includeArchived = false);
    Result<Purpose> get(PurposeId id);
    //! The purpose called `nameOrUid` (case-insensitive name, or uid), archived ones included.
    Result<Purpose> find(const QString& nameOrUid);

    //! A new purpose; `purpose.id`, `uid` and times are set here. Texts are trimmed, fields sorted and
    //! deduplicated, and the consent basis always sets `requiresConsent`. Invalid with a message on bad
    //! input; Conflict when another purpose has the name (ignoring case).
    Result<Purpose> create(Purpose purpose);
    //! Saves name, description, basis, interest, flags, fields and retention of `purpose.id`.
    Result<Purpose> update(const Purpose& purpose);
    //! Archived purposes stay in the record and the ledger but no longer gate any use.
    Result<Purpose> setArchived(PurposeId id, bool archived);

    //! What makes `purpose` invalid (translated, empty when valid): name, basis and interest, field keys,
    //! retention. A name another purpose has is refused on write (Conflict). Needs no permission.
    QStringList validate(const Purpose& purpose) const;

    //! Reads one purpose straight from `db` (no seeding, no permission check): for services that run on
    //! a connection of their own (the purpose gate of an export worker). Empty when there is none.
    static Result<std::optional<Purpose>> lookup(storage::Database& db, const QString& nameOrUid);
    static Result<std::optional<Purpose>> lookup(storage::Database& db, PurposeId id);

private:
    Result<void> ensureSeeded();

    security::MutationGate& m_gate;
    const Clock& m_clock;
    const crm::FieldRegistry& m_fields;
    bool m_seeded = false;
};

} // namespace confidant::privacy
