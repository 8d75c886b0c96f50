#pragma once

#include "core/Result.h"
#include "core/security/AuditLog.h"

#include <QList>
#include <QSet>
#include <QString>

#include <vector>

namespace confidant::security {

class MutationGate;

//! How personal data was read: rows of a list, the hits of a search, one record opened in full.
enum class ReadKind
{
    List,
    Search,
    Show,
};

//! Reads of personal data, recorded in the audit trail in batches (docs/SECURITY.md "Audit trail"), so that a
//! profile paging through every contact leaves a trace that anomaly rules can find, without an entry per row.
//! An entry `<type>.read` (`contact.read`) holds what one profile read of one entity type since its last one,
//! as counts only (`lists=2 listed=240 searches=1 found=3 shown=2`: calls, and distinct records listed, found
//! and opened), never a value or a uid. It is written once `kShownPerEntry` distinct records were opened or
//! `kListedPerEntry` distinct rows listed or found, when another profile starts reading, and by `flush()`,
//! which the Session calls when it closes (the end of a CLI command; the GUI's lock and close). Recording
//! needs no permission: like `access.denied`, the entry is a fact the system records, so a read-only
//! profile's reads are recorded too.
class ReadAudit
{
public:
    static constexpr qint64 kShownPerEntry = 100;
    static constexpr qint64 kListedPerEntry = 1000;

    explicit ReadAudit(MutationGate& gate);

    //! The acting profile was shown the records `uids` of `entityType` as rows of a list (List) or as the hits
    //! of a search (Search). Called by the services after a successful read.
    void listed(const QString& entityType, ReadKind kind, const QList<QString>& uids);
    //! The acting profile opened the record `uid` of `entityType` in full.
    void shown(const QString& entityType, const QString& uid);
    //! Writes what was read since the last entries, one entry per profile and entity type; nothing when
    //! nothing was read. What could not be written stays pending for the next flush.
    Result<void> flush();
    bool hasPending() const
    {
        return !m_pending.empty();
    }

    //! The action of the entries for `entityType`: "contact.read".
    static QString actionFor(const QString& entityType);

private:
    struct Tally
    {
        Actor actor;
        QString entityType;
        qint64 lists = 0;
        qint64 searches = 0;
        QSet<QString> listed;
        QSet<QString> found;
        QSet<QString> shown;
    };

    Tally& tallyFor(const QString& entityType);
    void flushWhenDue(const Tally& tally);

    MutationGate& m_gate;
    std::vector<Tally> m_pending;
    //! The profile of the last read: a read by another one writes what is pending first.
    QString m_lastReader;
};

} // namespace confidant::security
