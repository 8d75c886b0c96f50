#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace confidant::storage {
class Database;
}

namespace confidant::security {
class MutationGate;
}

namespace confidant::privacy {

//! A record kept from erasure for a documented reason (Art. 17(3)(b), (e): a legal obligation, a claim).
//! Erasing its person anonymises it instead of deleting it.
struct LegalHold
{
    QString uid;
    QString entityType; //!< "contact", "company", "deal", "activity"
    QString entityUid;
    QString reason;
    std::optional<QDate> until; //!< the hold lapses after this day (UTC); none: until released
    QString createdBy; //!< profile uid
    qint64 createdAtMs = 0;
    std::optional<qint64> releasedAtMs;

    //! Not released, and `today` is not after `until`.
    bool isActive(const QDate& today) const
    {
        return !releasedAtMs && (!until || today <= *until);
    }
};

//! Legal holds (table `legal_holds`). Adding and releasing one needs "erase" (the same people who decide
//! what an erasure removes); listing needs "handle requests". Audited as hold.add|release with the held
//! entity's type and uid, never the reason. What a hold keeps from an erasure stays unchanged and
//! restricted; its erasure waits on the erasure queue (ErasureService) until the hold is released or lapses.
class LegalHoldService
{
    Q_DECLARE_TR_FUNCTIONS(LegalHoldService)

public:
    static constexpr int kMaxReasonLength = 1000;

    LegalHoldService(security::MutationGate& gate, const Clock& clock);

    //! Holds `entityUid` of `entityType`. NotFound when there is no such record; Invalid for an unknown
    //! type, an empty reason or an `until` in the past.
    Result<LegalHold> add(const QString& entityType,
                          const QString& entityUid,
                          const QString& reason,
                          std::optional<QDate> until = std::nullopt);
    //! Active holds (and released or lapsed ones with `includeInactive`), oldest first.
    Result<QList<LegalHold>> list(bool includeInactive = false) const;
    //! Releases a hold by its uid. NotFound when there is none; Invalid when it is released already. Then
    //! runs the released handler (the erasures the hold kept back); when that fails the hold stays released
    //! and the error says so (the queue runs again when the vault is next opened).
    Result<LegalHold> release(const QString& holdUid);

    //! Runs after a release committed: the session runs the erasure queue (ErasureService::runDueQueue).
    using ReleasedHandler = std::function<Result<void>()>;
    void setReleasedHandler(ReleasedHandler handler)
    {
        m_released = std::move(handler);
    }

    static QStringList entityTypes();
    //! Active holds by "type:uid" (erasure reads them inside its transaction).
    static Result<QHash<QString, LegalHold>> activeHolds(storage::Database& db, const QDate& today);
    //! For the plain deletes of deals, companies and activities, inside their transaction: Conflict when the
    //! delete would remove what an active hold keeps, the record itself or one of a held record's links (a
    //! deal's contacts, company and activities; a company's contacts, deals and activities; an activity's
    //! contacts, companies and deals). It fails closed: a check that cannot run refuses the delete as well.
    static Result<void> refuseDeleteOfHeld(storage::Database& db,
                                           const QString& entityType,
                                           qint64 entityId,
                                           const QString& entityUid,
                                           const QDate& today);

private:
    security::MutationGate& m_gate;
    const Clock& m_clock;
    ReleasedHandler m_released;
};

} // namespace confidant::privacy
