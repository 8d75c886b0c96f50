#pragma once

#include <QDate>
#include <QString>
#include <QTime>

#include <optional>

namespace confidant {

//! A date, or a date and time, as a person types it (command-line options), read by one rule (docs/CLI.md
//! "Dates and times"): `YYYY-MM-DD` is that calendar day where the user is (the local time zone);
//! `YYYY-MM-DDTHH:MM[:SS[.sss]]`, or with a space for the `T`, is that wall-clock time there; the same
//! followed by `Z` or an offset (`+02:00`, `-0500`) is that moment, wherever the user is. Nothing else is
//! read: no other order or separator, no names such as "today", no trailing text.
class DateInput
{
public:
    //! nullopt when `text` (outer spaces aside) has none of these forms, or names a day or a time of day
    //! that does not exist (2026-02-30, 25:00, a local time skipped by a daylight-saving change).
    static std::optional<DateInput> parse(const QString& text);
    //! A calendar day alone (`YYYY-MM-DD`): for options that name a day, not a moment (a close date, a
    //! birthday). nullopt for anything else, a time included.
    static std::optional<QDate> parseDay(const QString& text);

    //! The local calendar day of a moment: what "today" is where the user is.
    static QDate localDate(qint64 ms);

    //! A date without a time of day.
    bool isDateOnly() const
    {
        return !m_instantMs.has_value();
    }
    //! The calendar day as typed (also when a time and an offset follow it).
    QDate date() const
    {
        return m_date;
    }
    //! The moment: the time given, or for a date alone `dateOnly` local time that day. 00:00 is the start
    //! of the local day, also where a daylight-saving change skips midnight.
    qint64 atMs(QTime dateOnly = QTime(0, 0)) const;
    //! An upper bound that takes in what it names (exclusive): the time given, or for a date alone the
    //! start of the next local day, so that the whole day is in.
    qint64 endMs() const;

private:
    DateInput(QDate date, std::optional<qint64> instantMs);

    QDate m_date;
    std::optional<qint64> m_instantMs; //!< UTC ms; none for a date alone
};

} // namespace confidant
