#include "RequestDeadlines.h"

#include <QDateTime>
#include <QTime>

namespace confidant::privacy {

DeadlineRule RequestDeadlines::rule(Jurisdiction jurisdiction)
{
    switch (jurisdiction) {
    case Jurisdiction::Gdpr:
    case Jurisdiction::UkGdpr:
        return DeadlineRule {1, 0, 2, 0, 0};
    case Jurisdiction::Ccpa:
        return DeadlineRule {0, 45, 0, 45, 10};
    case Jurisdiction::Pipeda:
        return DeadlineRule {0, 30, 0, 30, 0};
    case Jurisdiction::Lgpd:
        return DeadlineRule {0, 15, 0, 0, 0};
    case Jurisdiction::Other:
        return DeadlineRule {0, 30, 0, 30, 0};
    }
    return DeadlineRule {0, 30, 0, 30, 0};
}

QDate RequestDeadlines::dueDate(Jurisdiction jurisdiction, const QDate& received)
{
    const DeadlineRule r = rule(jurisdiction);
    // QDate::addMonths keeps the day of the month, or takes the month's last day when it has no such day.
    return r.months > 0 ? received.addMonths(r.months) : received.addDays(r.days);
}

std::optional<QDate> RequestDeadlines::extendedDueDate(Jurisdiction jurisdiction, const QDate& originalDue)
{
    const DeadlineRule r = rule(jurisdiction);
    if (!r.isExtendable()) {
        return std::nullopt;
    }
    return r.extensionMonths > 0 ? originalDue.addMonths(r.extensionMonths) : originalDue.addDays(r.extensionDays);
}

std::optional<QDate> RequestDeadlines::receiptDueDate(Jurisdiction jurisdiction, const QDate& received)
{
    const DeadlineRule r = rule(jurisdiction);
    if (r.receiptBusinessDays <= 0) {
        return std::nullopt;
    }
    return addBusinessDays(received, r.receiptBusinessDays);
}

QDate RequestDeadlines::addBusinessDays(const QDate& from, int count)
{
    QDate day = from;
    int left = count;
    while (left > 0) {
        day = day.addDays(1);
        if (day.dayOfWeek() <= 5) {
            --left;
        }
    }
    return day;
}

QDate RequestDeadlines::utcDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
}

qint64 RequestDeadlines::endOfDayMs(const QDate& day)
{
    return QDateTime(day.addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() - 1;
}

qint64 RequestDeadlines::dayMs(const QDate& day)
{
    return QDateTime(day, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
}

qint64 RequestDeadlines::dueAtMs(Jurisdiction jurisdiction, qint64 receivedAtMs)
{
    return endOfDayMs(dueDate(jurisdiction, utcDate(receivedAtMs)));
}

std::optional<qint64> RequestDeadlines::extendedDueAtMs(Jurisdiction jurisdiction, qint64 originalDueAtMs)
{
    const auto day = extendedDueDate(jurisdiction, utcDate(originalDueAtMs));
    if (!day) {
        return std::nullopt;
    }
    return endOfDayMs(*day);
}

std::optional<qint64> RequestDeadlines::receiptDueAtMs(Jurisdiction jurisdiction, qint64 receivedAtMs)
{
    const auto day = receiptDueDate(jurisdiction, utcDate(receivedAtMs));
    if (!day) {
        return std::nullopt;
    }
    return endOfDayMs(*day);
}

} // namespace confidant::privacy
