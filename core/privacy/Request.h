#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace confidant::privacy {

//! What a data subject asks for (GDPR Art. 15-18, 20, 21; CCPA "do not sell or share").
enum class RequestKind
{
    Access,
    Rectification,
    Erasure,
    Restriction,
    Objection,
    Portability,
    DoNotSell,
};

//! The law whose deadline a request runs under (RequestDeadlines).
enum class Jurisdiction
{
    Gdpr,
    UkGdpr,
    Ccpa,
    Pipeda,
    Lgpd,
    Other,
};

//! How the request arrived.
enum class RequestChannel
{
    Email,
    Web,
    Phone,
    Letter,
    InPerson,
    Other,
};

//! Received (identity not verified yet), verified, closed.
enum class RequestStatus
{
    Received,
    Verified,
    Closed,
};

enum class RequestOutcome
{
    Completed,
    Refused,
    Withdrawn,
};

//! A contact a request is about. The link is by uid: an erased contact leaves the uid and no name.
struct RequestContact
{
    QString uid;
    //! "Given Family"; empty when the contact no longer exists (erased).
    QString displayName;
    bool exists = false;
};

//! A file a request produced (access package, erasure receipt, letter): its SHA-256, never its content.
struct RequestArtefact
{
    qint64 id = 0;
    QString kind;
    QString fileName;
    QString sha256;
    qint64 producedAtMs = 0;
    QString producedBy;
    QString producedByName;
};

//! One entry of the request register (DESIGN.md "Privacy engine"). Times are UTC milliseconds; a due
//! time is the last millisecond of its due day in UTC (RequestDeadlines).
struct Request
{
    Q_DECLARE_TR_FUNCTIONS(Request)

public:
    qint64 id = 0;
    QString uid;
    //! "R-2026-0001": sequential per year of receipt.
    QString reference;
    RequestKind kind = RequestKind::Access;
    Jurisdiction jurisdiction = Jurisdiction::Gdpr;
    RequestChannel channel = RequestChannel::Email;
    //! Who asked and how to reach them, as written down: personal data, never audited.
    QString requester;
    QString details;
    qint64 receivedAtMs = 0;
    //! The deadline now: the original one, or the extended one after `extend`.
    qint64 dueAtMs = 0;
    RequestStatus status = RequestStatus::Received;
    std::optional<qint64> verifiedAtMs;
    QString verifiedBy;
    QString verifiedByName;
    QString verificationMethod;
    std::optional<qint64> extendedAtMs;
    QString extensionReason;
    std::optional<qint64> requesterToldAtMs;
    //! CCPA: when the receipt must be confirmed (10 business days); empty for other jurisdictions.
    std::optional<qint64> receiptDueAtMs;
    std::optional<qint64> receiptConfirmedAtMs;
    std::optional<qint64> closedAtMs;
    std::optional<RequestOutcome> outcome;
    QString closingNote;
    QString createdBy;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    QList<RequestContact> contacts;
    //! Filled by `show`/`get` only; lists leave them empty.
    QList<RequestArtefact> artefacts;

    bool isOpen() const
    {
        return status != RequestStatus::Closed;
    }
    bool isExtended() const
    {
        return extendedAtMs.has_value();
    }
    //! Open and its due time has passed.
    bool isOverdue(qint64 nowMs) const
    {
        return isOpen() && nowMs > dueAtMs;
    }
    //! The deadline before any extension.
    qint64 originalDueAtMs() const;
    //! Whole UTC days from today to the due day: 0 due today, negative overdue.
    int daysLeft(qint64 nowMs) const;
    //! Translated one-line account of where the request stands and what is due next, e.g.
    //! "Open, identity not verified yet; due 2026-02-28 (12 days left)."; reminders on further lines.
    QStringList stateText(qint64 nowMs) const;
    //! "due today", "3 days left", "1 day overdue" for a `daysLeft` value.
    static QString dueText(int daysLeft);

    //! Stable names for the CLI, JSON and the vault: "access" … "do-not-sell".
    static QString kindName(RequestKind kind);
    static std::optional<RequestKind> kindFromName(const QString& name);
    static QString kindLabel(RequestKind kind);
    static QStringList kindNames();
    //! "gdpr", "uk-gdpr", "ccpa", "pipeda", "lgpd", "other".
    static QString jurisdictionName(Jurisdiction jurisdiction);
    static std::optional<Jurisdiction> jurisdictionFromName(const QString& name);
    static QString jurisdictionLabel(Jurisdiction jurisdiction);
    static QStringList jurisdictionNames();
    //! "email", "web", "phone", "letter", "in-person", "other".
    static QString channelName(RequestChannel channel);
    static std::optional<RequestChannel> channelFromName(const QString& name);
    static QString channelLabel(RequestChannel channel);
    static QStringList channelNames();
    //! "received", "verified", "closed".
    static QString statusName(RequestStatus status);
    static std::optional<RequestStatus> statusFromName(const QString& name);
    static QString statusLabel(RequestStatus status);
    //! "completed", "refused", "withdrawn".
    static QString outcomeName(RequestOutcome outcome);
    static std::optional<RequestOutcome> outcomeFromName(const QString& name);
    static QString outcomeLabel(RequestOutcome outcome);
    //! A UTC date as ISO "2026-02-28".
    static QString dateText(qint64 ms);
};

} // namespace confidant::privacy
