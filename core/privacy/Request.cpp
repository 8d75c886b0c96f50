#include "Request.h"

#include "core/privacy/RequestDeadlines.h"

#include <QDateTime>

#include <array>

namespace confidant::privacy {

namespace {

constexpr std::array kKinds = {RequestKind::Access,
                               RequestKind::Rectification,
                               RequestKind::Erasure,
                               RequestKind::Restriction,
                               RequestKind::Objection,
                               RequestKind::Portability,
                               RequestKind::DoNotSell};
constexpr std::array kJurisdictions = {Jurisdiction::Gdpr,
                                       Jurisdiction::UkGdpr,
                                       Jurisdiction::Ccpa,
                                       Jurisdiction::Pipeda,
                                       Jurisdiction::Lgpd,
                                       Jurisdiction::Other};
constexpr std::array kChannels = {RequestChannel::Email,
                                  RequestChannel::Web,
                                  RequestChannel::Phone,
                                  RequestChannel::Letter,
                                  RequestChannel::InPerson,
                                  RequestChannel::Other};
constexpr std::array kStatuses = {RequestStatus::Received, RequestStatus::Verified, RequestStatus::Closed};
constexpr std::array kOutcomes = {RequestOutcome::Completed, RequestOutcome::Refused, RequestOutcome::Withdrawn};

template <typename Enum, std::size_t N>
std::optional<Enum> fromName(const std::array<Enum, N>& values, QString (*nameOf)(Enum), const QString& name)
{
    const QString wanted = name.trimmed().toLower();
    for (Enum v : values) {
        if (nameOf(v) == wanted) {
            return v;
        }
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N>
QStringList namesOf(const std::array<Enum, N>& values, QString (*nameOf)(Enum))
{
    QStringList names;
    for (Enum v : values) {
        names << nameOf(v);
    }
    return names;
}

} // namespace

qint64 Request::originalDueAtMs() const
{
    return RequestDeadlines::dueAtMs(jurisdiction, receivedAtMs);
}

int Request::daysLeft(qint64 nowMs) const
{
    return static_cast<int>(RequestDeadlines::utcDate(nowMs).daysTo(RequestDeadlines::utcDate(dueAtMs)));
}

QString Request::dueText(int daysLeft)
{
    // Plain strings rather than %n plurals: without an English translation file those print "day(s)".
    if (daysLeft == 0) {
        return tr("due today");
    }
    if (daysLeft == 1) {
        return tr("1 day left");
    }
    if (daysLeft > 1) {
        return tr("%1 days left").arg(daysLeft);
    }
    if (daysLeft == -1) {
        return tr("1 day overdue");
    }
    return tr("%1 days overdue").arg(-daysLeft);
}

QStringList Request::stateText(qint64 nowMs) const
{
    QStringList lines;
    if (!isOpen()) {
        lines << tr("Closed on %1: %2.")
                     .arg(closedAtMs ? dateText(*closedAtMs) : QString(), outcome ? outcomeLabel(*outcome) : QString());
        return lines;
    }
    const QString due = tr("due %1 (%2)").arg(dateText(dueAtMs), dueText(daysLeft(nowMs)));
    if (status == RequestStatus::Received) {
        lines << tr("Open, identity not verified yet; %1.").arg(due);
    } else {
        lines << tr("Open, identity verified; %1.").arg(due);
    }
    if (isExtended()) {
        lines << tr("Extended on %1 from %2.").arg(dateText(*extendedAtMs), dateText(originalDueAtMs()));
        // GDPR Art. 12(3) (and CCPA, PIPEDA alike): the requester learns of an extension within the first period.
        if (!requesterToldAtMs) {
            lines
                << tr("Tell the requester about the extension and its reason by %1.").arg(dateText(originalDueAtMs()));
        }
    }
    if (receiptDueAtMs && !receiptConfirmedAtMs) {
        lines << tr("Confirm receipt to the requester by %1.").arg(dateText(*receiptDueAtMs));
    }
    return lines;
}

QString Request::kindName(RequestKind kind)
{
    switch (kind) {
    case RequestKind::Access:
        return QStringLiteral("access");
    case RequestKind::Rectification:
        return QStringLiteral("rectification");
    case RequestKind::Erasure:
        return QStringLiteral("erasure");
    case RequestKind::Restriction:
        return QStringLiteral("restriction");
    case RequestKind::Objection:
        return QStringLiteral("objection");
    case RequestKind::Portability:
        return QStringLiteral("portability");
    case RequestKind::DoNotSell:
        return QStringLiteral("do-not-sell");
    }
    return QStringLiteral("access");
}

std::optional<RequestKind> Request::kindFromName(const QString& name)
{
    return fromName(kKinds, &Request::kindName, name);
}

QStringList Request::kindNames()
{
    return namesOf(kKinds, &Request::kindName);
}

QString Request::kindLabel(RequestKind kind)
{
    switch (kind) {
    case RequestKind::Access:
        return tr("Access");
    case RequestKind::Rectification:
        return tr("Rectification");
    case RequestKind::Erasure:
        return tr("Erasure");
    case RequestKind::Restriction:
        return tr("Restriction of processing");
    case RequestKind::Objection:
        return tr("Objection");
    case RequestKind::Portability:
        return tr("Data portability");
    case RequestKind::DoNotSell:
        return tr("Do not sell or share");
    }
    return {};
}

QString Request::jurisdictionName(Jurisdiction jurisdiction)
{
    switch (jurisdiction) {
    case Jurisdiction::Gdpr:
        return QStringLiteral("gdpr");
    case Jurisdiction::UkGdpr:
        return QStringLiteral("uk-gdpr");
    case Jurisdiction::Ccpa:
        return QStringLiteral("ccpa");
    case Jurisdiction::Pipeda:
        return QStringLiteral("pipeda");
    case Jurisdiction::Lgpd:
        return QStringLiteral("lgpd");
    case Jurisdiction::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

std::optional<Jurisdiction> Request::jurisdictionFromName(const QString& name)
{
    return fromName(kJurisdictions, &Request::jurisdictionName, name);
}

QStringList Request::jurisdictionNames()
{
    return namesOf(kJurisdictions, &Request::jurisdictionName);
}

QString Request::jurisdictionLabel(Jurisdiction jurisdiction)
{
    switch (jurisdiction) {
    case Jurisdiction::Gdpr:
        return tr("GDPR");
    case Jurisdiction::UkGdpr:
        return tr("UK GDPR");
    case Jurisdiction::Ccpa:
        return tr("CCPA/CPRA");
    case Jurisdiction::Pipeda:
        return tr("PIPEDA");
    case Jurisdiction::Lgpd:
        return tr("LGPD");
    case Jurisdiction::Other:
        return tr("Other");
    }
    return {};
}

QString Request::channelName(RequestChannel channel)
{
    switch (channel) {
    case RequestChannel::Email:
        return QStringLiteral("email");
    case RequestChannel::Web:
        return QStringLiteral("web");
    case RequestChannel::Phone:
        return QStringLiteral("phone");
    case RequestChannel::Letter:
        return QStringLiteral("letter");
    case RequestChannel::InPerson:
        return QStringLiteral("in-person");
    case RequestChannel::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

std::optional<RequestChannel> Request::channelFromName(const QString& name)
{
    return fromName(kChannels, &Request::channelName, name);
}

QStringList Request::channelNames()
{
    return namesOf(kChannels, &Request::channelName);
}

QString Request::channelLabel(RequestChannel channel)
{
    switch (channel) {
    case RequestChannel::Email:
        return tr("Email");
    case RequestChannel::Web:
        return tr("Web form");
    case RequestChannel::Phone:
        return tr("Phone");
    case RequestChannel::Letter:
        return tr("Letter");
    case RequestChannel::InPerson:
        return tr("In person");
    case RequestChannel::Other:
        return tr("Other");
    }
    return {};
}

QString Request::statusName(RequestStatus status)
{
    switch (status) {
    case RequestStatus::Received:
        return QStringLiteral("received");
    case RequestStatus::Verified:
        return QStringLiteral("verified");
    case RequestStatus::Closed:
        return QStringLiteral("closed");
    }
    return QStringLiteral("received");
}

std::optional<RequestStatus> Request::statusFromName(const QString& name)
{
    return fromName(kStatuses, &Request::statusName, name);
}

QString Request::statusLabel(RequestStatus status)
{
    switch (status) {
    case RequestStatus::Received:
        return tr("Received");
    case RequestStatus::Verified:
        return tr("Identity verified");
    case RequestStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString Request::outcomeName(RequestOutcome outcome)
{
    switch (outcome) {
    case RequestOutcome::Completed:
        return QStringLiteral("completed");
    case RequestOutcome::Refused:
        return QStringLiteral("refused");
    case RequestOutcome::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return QStringLiteral("completed");
}

std::optional<RequestOutcome> Request::outcomeFromName(const QString& name)
{
    return fromName(kOutcomes, &Request::outcomeName, name);
}

QString Request::outcomeLabel(RequestOutcome outcome)
{
    switch (outcome) {
    case RequestOutcome::Completed:
        return tr("completed");
    case RequestOutcome::Refused:
        return tr("refused");
    case RequestOutcome::Withdrawn:
        return tr("withdrawn");
    }
    return {};
}

QString Request::dateText(qint64 ms)
{
    return RequestDeadlines::utcDate(ms).toString(Qt::ISODate);
}

} // namespace confidant::privacy
