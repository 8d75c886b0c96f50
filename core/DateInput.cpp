#include "DateInput.h"

#include <QDateTime>
#include <QRegularExpression>

namespace confidant {

namespace {

constexpr int kMaxOffsetHours = 14; // the widest offset in use (Line Islands, UTC+14)

} // namespace

DateInput::DateInput(QDate date, std::optional<qint64> instantMs)
    : m_date(date)
    , m_instantMs(instantMs)
{
}

std::optional<DateInput> DateInput::parse(const QString& text)
{
    // Groups: 1-3 date, 4-5 hours and minutes, 6 seconds, 7 fraction, 8 Z, 9-11 sign, offset hours, minutes.
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})"
        "(?:[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?(?:([Zz])|([+-])(\\d{2}):?(\\d{2}))?)?$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid()) {
        return std::nullopt;
    }
    if (!m.hasCaptured(4)) {
        return DateInput(date, std::nullopt);
    }
    const QString fraction = m.captured(7);
    const int ms = fraction.isEmpty() ? 0 : fraction.left(3).leftJustified(3, QLatin1Char('0')).toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
    if (!time.isValid()) {
        return std::nullopt;
    }
    if (m.hasCaptured(8)) {
        return DateInput(date, QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch());
    }
    if (m.hasCaptured(9)) {
        const int hours = m.captured(10).toInt();
        const int minutes = m.captured(11).toInt();
        if (hours > kMaxOffsetHours || minutes > 59) {
            return std::nullopt;
        }
        const qint64 offsetMs = (hours * 60 + minutes) * 60 * qint64(1000);
        const qint64 wall = QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
        return DateInput(date, m.captured(9) == QLatin1String("+") ? wall - offsetMs : wall + offsetMs);
    }
    const QDateTime local(date, time, Qt::LocalTime);
    if (!local.isValid()) {
        return std::nullopt;
    }
    return DateInput(date, local.toMSecsSinceEpoch());
}

std::optional<QDate> DateInput::parseDay(const QString& text)
{
    const auto parsed = parse(text);
    if (!parsed || !parsed->isDateOnly()) {
        return std::nullopt;
    }
    return parsed->date();
}

QDate DateInput::localDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::LocalTime).date();
}

qint64 DateInput::atMs(QTime dateOnly) const
{
    if (m_instantMs) {
        return *m_instantMs;
    }
    const QDateTime start = m_date.startOfDay(Qt::LocalTime);
    if (dateOnly == QTime(0, 0)) {
        return start.toMSecsSinceEpoch();
    }
    const QDateTime at(m_date, dateOnly, Qt::LocalTime);
    // A time a daylight-saving change skips that day: as long after the day's start as the time says.
    return at.isValid() ? at.toMSecsSinceEpoch() : start.toMSecsSinceEpoch() + dateOnly.msecsSinceStartOfDay();
}

qint64 DateInput::endMs() const
{
    if (m_instantMs) {
        return *m_instantMs;
    }
    return m_date.addDays(1).startOfDay(Qt::LocalTime).toMSecsSinceEpoch();
}

} // namespace confidant
