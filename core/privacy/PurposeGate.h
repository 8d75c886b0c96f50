#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/crm/Contact.h"
#include "core/privacy/Purpose.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace confidant::security {
class MutationGate;
}

namespace confidant::privacy {

//! Why the purpose gate left a contact out. A contact is counted once, under the first reason that
//! applies in this order.
enum class GateReason
{
    Restricted, //!< Art. 18: processing restricted (contacts.restricted_at)
    ObjectedToMarketing, //!< Art. 21(2)/(3): objected to direct marketing, and the purpose is marketing
    NoConsent, //!< the purpose requires consent and none was ever given
    ConsentWithdrawn, //!< the latest event is a withdrawal (Art. 7(3))
    ConsentExpired, //!< given, but its expiry has passed: refresh due
};

//! What the gate did with a set of contacts for one purpose: who is kept, how many were left out and why.
struct GateReport
{
    Q_DECLARE_TR_FUNCTIONS(GateReport)

public:
    Purpose purpose;
    //! Distinct candidates that exist; kept plus left out.
    qint64 candidates = 0;
    //! In the order the candidates were given.
    QList<crm::ContactId> kept;
    //! Counts per reason; a reason nobody was left out for is absent.
    QMap<GateReason, qint64> leftOut;

    qint64 leftOutCount() const;
    qint64 leftOutFor(GateReason reason) const
    {
        return leftOut.value(reason, 0);
    }
    //! "left out: 2 without consent, 1 restricted" (translated); empty when nobody was left out.
    QString summary() const;

    //! Every reason, in the order they are checked.
    static QList<GateReason> reasons();
    //! Stable names for the CLI and JSON: "restricted", "objected-to-marketing", "no-consent",
    //! "consent-withdrawn", "consent-expired".
    static QString reasonName(GateReason reason);
    //! "%n without consent", "%n restricted", … (translated, with the count).
    static QString reasonLabel(GateReason reason, qint64 count);
};

//! The one service every "use" of contact data for a purpose goes through (DESIGN.md "Purpose gates"):
//! a marketing export, a mail-merge list, a bulk action. It keeps the contacts with a valid basis for the
//! purpose and leaves out, with the reason, those restricted (Art. 18), those who objected to direct
//! marketing when the purpose is marketing (Art. 21(3)), and, when the purpose requires consent, those
//! without a valid one (none, withdrawn or expired). Other bases keep everyone not restricted or objecting.
//! An archived purpose gates nothing: the call is refused. Works in one query over the whole set, so it
//! also suits an export worker on a connection of its own. Needs "view contacts".
class PurposeGate
{
    Q_DECLARE_TR_FUNCTIONS(PurposeGate)

public:
    PurposeGate(security::MutationGate& gate, const Clock& clock);

    //! The purpose called `nameOrUid` (case-insensitive name or uid); NotFound, or Invalid when archived.
    Result<Purpose> purpose(const QString& nameOrUid) const;
    //! Sorts `candidates` (repeats and unknown ids are ignored) for `purpose`.
    Result<GateReport> check(const Purpose& purpose, const QList<crm::ContactId>& candidates) const;
    Result<GateReport> check(const QString& purposeNameOrUid, const QList<crm::ContactId>& candidates) const;
    //! Every contact in the vault, in id order.
    Result<GateReport> checkAll(const Purpose& purpose) const;

private:
    Result<GateReport> run(const Purpose& purpose, const QList<crm::ContactId>* candidates) const;

    security::MutationGate& m_gate;
    const Clock& m_clock;
};

} // namespace confidant::privacy
