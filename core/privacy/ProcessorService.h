#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/privacy/Processor.h"

#include <QCoreApplication>

namespace confidant::security {
class MutationGate;
}

namespace confidant::privacy {

//! The register of processors and third parties (Art. 28, 30(1)(d), Chapter V): who receives personal
//! data, in which country, under which transfer safeguard and data-processing agreement, for which
//! purposes. Reading needs "view contacts"; writing "manage purposes", audited as
//! processor.create|update|archive|restore. Entries are archived, never deleted: the record of
//! processing must still show who received data in the past.
class ProcessorService
{
    Q_DECLARE_TR_FUNCTIONS(ProcessorService)

public:
    static constexpr int kMaxNameLength = 120;
    static constexpr int kMaxTextLength = 2000;

    ProcessorService(security::MutationGate& gate, const Clock& clock);

    //! By name (case-insensitive); archived ones only when `includeArchived`.
    Result<QList<Processor>> list(bool includeArchived = false) const;
    Result<Processor> get(ProcessorId id) const;
    //! The entry called `nameOrUid` (case-insensitive name, or uid), archived ones included.
    Result<Processor> find(const QString& nameOrUid) const;

    //! A new entry; id, uid and times are set here. Invalid with a message on bad input; Conflict when
    //! the name is taken.
    Result<Processor> create(Processor processor);
    //! Saves every field of `processor.id` (purposes replace the list); the audit entry names the
    //! fields that changed.
    Result<Processor> update(const Processor& processor);
    //! Archives (or restores) an entry.
    Result<Processor> setArchived(ProcessorId id, bool archived);

    //! The validation problems of `processor` (empty: valid), translated, quoting no value.
    static QStringList validate(const Processor& processor);

private:
    security::MutationGate& m_gate;
    const Clock& m_clock;
};

} // namespace confidant::privacy
