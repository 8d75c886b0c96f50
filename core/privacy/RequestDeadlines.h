#pragma once

#include "core/privacy/Request.h"

#include <QDate>
#include <QtGlobal>

#include <optional>

namespace confidant::privacy {

//! How long one jurisdiction gives to answer a request, and how it may be extended.
struct DeadlineRule
{
    //! The answer period: calendar months (GDPR) or calendar days (the others); one of them is 0.
    int months = 0;
    int days = 0;
    //! The one extension allowed; both 0: none (LGPD).
    int extensionMonths = 0;
    int extensionDays = 0;
    //! Business days (Monday to Friday) within which the receipt must be confirmed; 0: no such duty.
    int receiptBusinessDays = 0;

    bool isExtendable() const
    {
        return extensionMonths > 0 || extensionDays > 0;
    }
};

//! The deadline arithmetic of the request register, pure and separately tested. Days are UTC calendar
//! days; a deadline is the end of its due day in UTC (the last millisecond), following Regulation (EEC,
//! Euratom) No 1182/71 Art. 3(2): a period ends "with the expiry of the last hour" of its last day.
//! - GDPR, UK GDPR (Art. 12(3)): one calendar month, to the same day of the next month, or that month's
//!   last day when it has no such day (31 Jan -> 28/29 Feb); extendable once by two further months,
//!   counted from the original due day (the earlier of the two readings, never later than the law).
//! - CCPA/CPRA (Civil Code 1798.130(a)(2), Regs. 7021): 45 calendar days, extendable once by 45; the
//!   receipt confirmed within 10 business days (Monday to Friday; no holiday calendar).
//! - PIPEDA (s. 8(3), 8(4)): 30 days, extendable once by 30.
//! - LGPD (Art. 19(II)): 15 days, no extension.
//! - Other: 30 days, extendable once by 30 (docs/DECISIONS.md).
class RequestDeadlines
{
public:
    static DeadlineRule rule(Jurisdiction jurisdiction);

    //! The due day of a request received on `received`.
    static QDate dueDate(Jurisdiction jurisdiction, const QDate& received);
    //! The due day after the one extension, from the original due day; nullopt when none is allowed.
    static std::optional<QDate> extendedDueDate(Jurisdiction jurisdiction, const QDate& originalDue);
    //! The day by which receipt must be confirmed; nullopt when the jurisdiction asks for none.
    static std::optional<QDate> receiptDueDate(Jurisdiction jurisdiction, const QDate& received);
    //! `count` business days (Monday to Friday) after `from`; `from` itself does not count.
    static QDate addBusinessDays(const QDate& from, int count);

    //! The UTC calendar day of a time.
    static QDate utcDate(qint64 ms);
    //! The last millisecond of `day` in UTC: a deadline on that day.
    static qint64 endOfDayMs(const QDate& day);
    //! The moment that stands for a register day given without a time (a request received that day):
    //! 12:00 UTC, so that the day stays the same for every reader within 12 hours of UTC.
    static qint64 dayMs(const QDate& day);

    //! The time-based forms the register stores.
    static qint64 dueAtMs(Jurisdiction jurisdiction, qint64 receivedAtMs);
    static std::optional<qint64> extendedDueAtMs(Jurisdiction jurisdiction, qint64 originalDueAtMs);
    static std::optional<qint64> receiptDueAtMs(Jurisdiction jurisdiction, qint64 receivedAtMs);
};

} // namespace confidant::privacy
