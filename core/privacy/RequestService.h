#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/privacy/Request.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace confidant::security {
class MutationGate;
}

namespace confidant::privacy {

//! What `RequestService::add` records.
struct NewRequest
{
    RequestKind kind = RequestKind::Access;
    Jurisdiction jurisdiction = Jurisdiction::Gdpr;
    RequestChannel channel = RequestChannel::Email;
    //! When it arrived (UTC ms); empty: now. Never in the future.
    std::optional<qint64> receivedAtMs;
    //! Who asked and how to reach them, as written down (one line).
    QString requester;
    QString details;
    //! The contacts it is about, by uid; each must exist.
    QStringList contactUids;
};

//! Which requests `list` returns; always ordered by due time (soonest first), then by id.
enum class RequestFilter
{
    Open, //!< not closed
    Overdue, //!< open and past the due time
    DueWithin, //!< open and due by the end of today + N days (overdue ones included)
    All, //!< closed ones too
};

//! Receipt confirmed and/or requester told, recorded by `mark`.
struct RequestMarks
{
    //! The receipt was confirmed to the requester (CCPA: within 10 business days).
    bool receiptConfirmed = false;
    //! The requester was told of the extension and its reason (GDPR Art. 12(3): within the first month).
    bool requesterTold = false;
    //! When (UTC ms); empty: now. Never in the future, never before the receipt.
    std::optional<qint64> atMs;
};

//! The register of data-subject requests (issue #7, DESIGN.md "Privacy engine"): what was asked, under
//! which law, by when it is due (RequestDeadlines), who verified the requester's identity and how, the
//! one extension and its reason, the receipt confirmation and extension notice, the outcome, and the
//! SHA-256 of every file produced for it. Every call, reads included (the requester text is personal
//! data), needs "handle requests". Writes are audited as request.create|verify|extend|update|close|
//! artefact with the request's uid and non-personal notes (kind, jurisdiction, outcome); never the
//! requester, details, method, reason, note or file name.
class RequestService
{
    Q_DECLARE_TR_FUNCTIONS(RequestService)

public:
    static constexpr int kMaxRequesterLength = 500;
    static constexpr int kMaxTextLength = 4000;
    static constexpr int kMaxFileNameLength = 255;

    //! The first day of the register (UTC): a request received before it is a typo (1900 for 2000, 0026 for
    //! 2026), not a request anyone still answers (docs/DECISIONS.md "The request register").
    static QDate earliestReceivedDate();

    RequestService(security::MutationGate& gate, const Clock& clock);

    //! Registers a request; its reference is the next "R-YYYY-NNNN" of the year of receipt. Received neither in
    //! the future nor before earliestReceivedDate() (Invalid otherwise).
    Result<Request> add(const NewRequest& request);
    //! The requests `filter` selects (`days` for DueWithin), soonest due first.
    Result<QList<Request>> list(RequestFilter filter = RequestFilter::Open, int days = 7) const;
    //! The request with this reference ("R-2026-0001", any case) or uid, with contacts and artefacts.
    Result<Request> find(const QString& referenceOrUid) const;
    //! The requests linked to a contact (by uid), newest receipt first, closed ones included.
    Result<QList<Request>> forContact(const QString& contactUid) const;
    //! For the dashboard and start-up: open requests overdue or due within `days` days, soonest first.
    Result<QList<Request>> dueSoon(int days = 7) const;

    //! Records that the requester's identity was checked, how (`method`, required), by the acting profile.
    Result<Request> verify(const QString& referenceOrUid, const QString& method);
    //! The one extension its jurisdiction allows, with its reason (required). Refused (Invalid) when
    //! closed, extended already, for LGPD (none allowed), and after the original due day (the requester
    //! must learn of it within the first period).
    Result<Request> extend(const QString& referenceOrUid, const QString& reason);
    //! Records the receipt confirmation and/or that the requester was told of the extension.
    Result<Request> mark(const QString& referenceOrUid, const RequestMarks& marks);
    //! Closes an open request. `Completed` needs a verified identity; `Refused` needs a note (Art. 12(4):
    //! the reasons for not acting).
    Result<Request> close(const QString& referenceOrUid, RequestOutcome outcome, const QString& note);

    //! Records a file produced for the request: its kind ("access-package", "erasure-receipt"), its
    //! file name (no folder) and its SHA-256 as 64 hex digits. Works inside another gate body (it joins
    //! that transaction), on closed requests too.
    Result<void> addArtefact(const QString& requestRefOrUid,
                             const QString& kind,
                             const QString& fileName,
                             const QByteArray& sha256Hex);

private:
    Result<void> mayHandle(const char* action) const;

    security::MutationGate& m_gate;
    const Clock& m_clock;
};

} // namespace confidant::privacy
