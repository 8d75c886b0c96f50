// The one reading of dates and times typed on the command line (docs/CLI.md "Dates and times"), in a time
// zone far from UTC with daylight saving, so that "local" and "UTC" cannot be mistaken for each other.
#include "core/DateInput.h"

#include <QDateTime>
#include <QTest>

#include <ctime>

using confidant::DateInput;

namespace {

qint64 utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

} // namespace

class TestDateInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // UTC-8 in winter, UTC-7 from the second Sunday of March (2026-03-08, 02:00 -> 03:00).
        qputenv("TZ", "America/Los_Angeles");
        ::tzset();
        QCOMPARE(QDateTime(QDate(2026, 1, 15), QTime(0, 0), Qt::LocalTime).offsetFromUtc(), -8 * 3600);
    }

    void readsEachForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("dateOnly");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<qint64>("at");
        QTest::newRow("date: local midnight")
            << QStringLiteral("2026-01-15") << true << QDate(2026, 1, 15) << utc("2026-01-15T08:00:00Z");
        QTest::newRow("date in summer time")
            << QStringLiteral("2026-07-15") << true << QDate(2026, 7, 15) << utc("2026-07-15T07:00:00Z");
        QTest::newRow("outer spaces") << QStringLiteral("  2026-01-15 ") << true << QDate(2026, 1, 15)
                                      << utc("2026-01-15T08:00:00Z");
        QTest::newRow("local time, T") << QStringLiteral("2026-01-15T09:30") << false << QDate(2026, 1, 15)
                                       << utc("2026-01-15T17:30:00Z");
        QTest::newRow("local time, space")
            << QStringLiteral("2026-01-15 09:30") << false << QDate(2026, 1, 15) << utc("2026-01-15T17:30:00Z");
        QTest::newRow("local, seconds and ms") << QStringLiteral("2026-01-15T09:30:15.25") << false
                                               << QDate(2026, 1, 15) << utc("2026-01-15T17:30:15.250Z");
        QTest::newRow("local, after midnight UTC")
            << QStringLiteral("2026-01-15 20:00") << false << QDate(2026, 1, 15) << utc("2026-01-16T04:00:00Z");
        QTest::newRow("Z") << QStringLiteral("2026-01-15T09:30:00Z") << false << QDate(2026, 1, 15)
                           << utc("2026-01-15T09:30:00Z");
        QTest::newRow("z, lower case t") << QStringLiteral("2026-01-15t09:30z") << false << QDate(2026, 1, 15)
                                         << utc("2026-01-15T09:30:00Z");
        QTest::newRow("as printed in --json") << QStringLiteral("2026-01-15T09:30:00.123Z") << false
                                              << QDate(2026, 1, 15) << utc("2026-01-15T09:30:00.123Z");
        QTest::newRow("plus offset") << QStringLiteral("2026-01-15T09:30:00+02:00") << false << QDate(2026, 1, 15)
                                     << utc("2026-01-15T07:30:00Z");
        QTest::newRow("minus offset, no colon")
            << QStringLiteral("2026-01-15T09:30-0500") << false << QDate(2026, 1, 15) << utc("2026-01-15T14:30:00Z");
        QTest::newRow("half-hour offset")
            << QStringLiteral("2026-01-15T09:30+05:30") << false << QDate(2026, 1, 15) << utc("2026-01-15T04:00:00Z");
        QTest::newRow("leap day") << QStringLiteral("2028-02-29") << true << QDate(2028, 2, 29)
                                  << utc("2028-02-29T08:00:00Z");
    }
    void readsEachForm()
    {
        QFETCH(QString, text);
        QFETCH(bool, dateOnly);
        QFETCH(QDate, date);
        QFETCH(qint64, at);
        const auto parsed = DateInput::parse(text);
        QVERIFY(parsed);
        QCOMPARE(parsed->isDateOnly(), dateOnly);
        QCOMPARE(parsed->date(), date);
        QCOMPARE(parsed->atMs(), at);
        if (!dateOnly) {
            // A time is itself in every use: the time of day for a date alone and the end bound do not apply.
            QCOMPARE(parsed->atMs(QTime(12, 0)), at);
            QCOMPARE(parsed->endMs(), at);
        }
    }

    void refusesEverythingElse_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* text : {"",
                                 "today",
                                 "last tuesday",
                                 "2026-1-15",
                                 "2026/01/15",
                                 "15.01.2026",
                                 "01/15/2026",
                                 "20260115",
                                 "2026-02-30",
                                 "2026-13-01",
                                 "0000-01-01",
                                 "2026-01-15x",
                                 "2026-01-15 junk",
                                 "2026-01-15T",
                                 "2026-01-15T09",
                                 "2026-01-15T9:30",
                                 "2026-01-15T24:00",
                                 "2026-01-15T09:60",
                                 "2026-01-15T09:30:61",
                                 "2026-01-15T09:30+2",
                                 "2026-01-15T09:30+15:00",
                                 "2026-01-15T09:30+02:60",
                                 "2026-01-15T09:30 Z",
                                 "2026-01-15T09:30:00Z trailing"}) {
            QTest::newRow(*text ? text : "empty") << QString::fromLatin1(text);
        }
    }
    void refusesEverythingElse()
    {
        QFETCH(QString, text);
        QVERIFY(!DateInput::parse(text));
        QVERIFY(!DateInput::parseDay(text));
    }

    void aDateAloneIsTheLocalDay()
    {
        const auto day = DateInput::parse(QStringLiteral("2026-01-15"));
        QVERIFY(day);
        // The start of the day, another time of that day, and the end bound that takes in the whole day.
        QCOMPARE(day->atMs(), utc("2026-01-15T08:00:00Z"));
        QCOMPARE(day->atMs(QTime(12, 0)), utc("2026-01-15T20:00:00Z"));
        QCOMPARE(day->atMs(QTime(23, 59)), utc("2026-01-16T07:59:00Z"));
        QCOMPARE(day->endMs(), utc("2026-01-16T08:00:00Z"));
        QCOMPARE(DateInput::localDate(day->atMs()), QDate(2026, 1, 15));
        QCOMPARE(DateInput::localDate(day->endMs() - 1), QDate(2026, 1, 15));
        QCOMPARE(DateInput::localDate(day->endMs()), QDate(2026, 1, 16));
        // Not UTC midnight: 00:00 UTC on the 15th is still the 14th here.
        QCOMPARE(DateInput::localDate(utc("2026-01-15T00:00:00Z")), QDate(2026, 1, 14));
    }

    void theDayOfAClockChangeHasItsLength()
    {
        // 2026-03-08 has 23 hours here: its end bound is the next local midnight, in summer time.
        const auto day = DateInput::parse(QStringLiteral("2026-03-08"));
        QVERIFY(day);
        QCOMPARE(day->atMs(), utc("2026-03-08T08:00:00Z"));
        QCOMPARE(day->endMs(), utc("2026-03-09T07:00:00Z"));
        QCOMPARE(day->atMs(QTime(9, 0)), utc("2026-03-08T16:00:00Z"));
    }

    void aDayOptionTakesADateOnly()
    {
        QCOMPARE(DateInput::parseDay(QStringLiteral("2026-01-15")).value_or(QDate()), QDate(2026, 1, 15));
        QCOMPARE(DateInput::parseDay(QStringLiteral(" 1985-04-23 ")).value_or(QDate()), QDate(1985, 4, 23));
        QVERIFY(!DateInput::parseDay(QStringLiteral("2026-01-15T09:30")));
        QVERIFY(!DateInput::parseDay(QStringLiteral("2026-01-15T09:30:00Z")));
    }
};

QTEST_GUILESS_MAIN(TestDateInput)
#include "TestDateInput.moc"
