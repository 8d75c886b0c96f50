#include "core/privacy/RequestDeadlines.h"
#include "core/privacy/RequestService.h"
#include "core/security/MutationGate.h"
#include "core/storage/Statement.h"

#include <QDateTime>
#include <QTest>

#include "tests/support/TestVault.h"

#include <optional>

using namespace confidant;
using namespace confidant::privacy;
using confidant::test::secret;
using confidant::test::TestVault;

Q_DECLARE_METATYPE(confidant::privacy::Jurisdiction)
Q_DECLARE_METATYPE(confidant::security::Role)
Q_DECLARE_METATYPE(std::optional<QDate>)

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;
const QString kCanary = QStringLiteral("Zebediah Quux-Canary");

qint64 count(TestVault& v, const char* sql)
{
    auto n = v.session->gate().db().queryInt(sql);
    return n ? *n : -1;
}

qint64 utcMs(int y, int m, int d, int h = 12)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC).toMSecsSinceEpoch();
}

qint64 endOf(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
}

crm::Contact addContact(TestVault& v, const QString& given, const QString& family)
{
    crm::Contact c;
    c.givenName = given;
    c.familyName = family;
    auto created = v.session->contacts().create(c);
    return created ? *created : crm::Contact {};
}

NewRequest newRequest(Jurisdiction jurisdiction, std::optional<qint64> receivedAtMs = std::nullopt)
{
    NewRequest r;
    r.kind = RequestKind::Access;
    r.jurisdiction = jurisdiction;
    r.channel = RequestChannel::Email;
    r.receivedAtMs = receivedAtMs;
    r.requester = QStringLiteral("anna@example.org");
    r.details = QStringLiteral("Wants a copy of everything.");
    return r;
}

QStringList references(const Result<QList<Request>>& rows)
{
    QStringList out;
    if (rows) {
        for (const Request& r : *rows) {
            out << r.reference;
        }
    }
    return out;
}

} // namespace

class TestRequestService : public QObject
{
    Q_OBJECT

private slots:
    void deadlinesPerJurisdiction_data()
    {
        QTest::addColumn<Jurisdiction>("jurisdiction");
        QTest::addColumn<QDate>("received");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<std::optional<QDate>>("extended");
        QTest::addColumn<std::optional<QDate>>("receipt");
        using D = std::optional<QDate>;
        QTest::newRow("gdpr mid-month") << Jurisdiction::Gdpr << QDate(2026, 1, 15) << QDate(2026, 2, 15)
                                        << D(QDate(2026, 4, 15)) << D();
        QTest::newRow("gdpr 31 Jan to 28 Feb")
            << Jurisdiction::Gdpr << QDate(2026, 1, 31) << QDate(2026, 2, 28) << D(QDate(2026, 4, 28)) << D();
        QTest::newRow("gdpr 31 Jan leap year to 29 Feb")
            << Jurisdiction::Gdpr << QDate(2028, 1, 31) << QDate(2028, 2, 29) << D(QDate(2028, 4, 29)) << D();
        QTest::newRow("gdpr across the year")
            << Jurisdiction::Gdpr << QDate(2026, 12, 15) << QDate(2027, 1, 15) << D(QDate(2027, 3, 15)) << D();
        QTest::newRow("uk-gdpr 31 Mar to 30 Apr")
            << Jurisdiction::UkGdpr << QDate(2026, 3, 31) << QDate(2026, 4, 30) << D(QDate(2026, 6, 30)) << D();
        // 2 Jan 2026 is a Friday: 10 business days later is Friday 16 Jan (two weekends skipped).
        QTest::newRow("ccpa friday") << Jurisdiction::Ccpa << QDate(2026, 1, 2) << QDate(2026, 2, 16)
                                     << D(QDate(2026, 4, 2)) << D(QDate(2026, 1, 16));
        QTest::newRow("ccpa saturday") << Jurisdiction::Ccpa << QDate(2026, 1, 3) << QDate(2026, 2, 17)
                                       << D(QDate(2026, 4, 3)) << D(QDate(2026, 1, 16));
        QTest::newRow("ccpa wednesday") << Jurisdiction::Ccpa << QDate(2026, 1, 7) << QDate(2026, 2, 21)
                                        << D(QDate(2026, 4, 7)) << D(QDate(2026, 1, 21));
        QTest::newRow("pipeda") << Jurisdiction::Pipeda << QDate(2026, 1, 10) << QDate(2026, 2, 9)
                                << D(QDate(2026, 3, 11)) << D();
        QTest::newRow("lgpd no extension")
            << Jurisdiction::Lgpd << QDate(2026, 1, 10) << QDate(2026, 1, 25) << D() << D();
        QTest::newRow("other") << Jurisdiction::Other << QDate(2026, 1, 10) << QDate(2026, 2, 9)
                               << D(QDate(2026, 3, 11)) << D();
    }
    void deadlinesPerJurisdiction()
    {
        QFETCH(Jurisdiction, jurisdiction);
        QFETCH(QDate, received);
        QFETCH(QDate, due);
        QFETCH(std::optional<QDate>, extended);
        QFETCH(std::optional<QDate>, receipt);
        QCOMPARE(RequestDeadlines::dueDate(jurisdiction, received), due);
        QCOMPARE(RequestDeadlines::extendedDueDate(jurisdiction, due), extended);
        QCOMPARE(RequestDeadlines::receiptDueDate(jurisdiction, received), receipt);
        QCOMPARE(RequestDeadlines::rule(jurisdiction).isExtendable(), extended.has_value());
        // Stored as the last millisecond of the due day in UTC, whatever the time of receipt.
        const qint64 lateEvening = QDateTime(received, QTime(23, 30), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(RequestDeadlines::dueAtMs(jurisdiction, lateEvening), endOf(due.year(), due.month(), due.day()));
        QCOMPARE(RequestDeadlines::dueAtMs(jurisdiction, utcMs(received.year(), received.month(), received.day(), 0)),
                 endOf(due.year(), due.month(), due.day()));
    }

    void businessDaysSkipWeekends()
    {
        // Friday + 1 business day: Monday. Saturday + 1: Monday. Sunday + 5: Friday.
        QCOMPARE(RequestDeadlines::addBusinessDays(QDate(2026, 1, 2), 1), QDate(2026, 1, 5));
        QCOMPARE(RequestDeadlines::addBusinessDays(QDate(2026, 1, 3), 1), QDate(2026, 1, 5));
        QCOMPARE(RequestDeadlines::addBusinessDays(QDate(2026, 1, 4), 5), QDate(2026, 1, 9));
        QCOMPARE(RequestDeadlines::addBusinessDays(QDate(2026, 1, 5), 0), QDate(2026, 1, 5));
    }

    void addRecordsDeadlinesReferenceAndContacts()
    {
        TestVault v;
        QVERIFY(v.create());
        const crm::Contact anna = addContact(v, QStringLiteral("Anna"), QStringLiteral("Berg"));
        const crm::Contact ben = addContact(v, QStringLiteral("Ben"), QStringLiteral("Cole"));
        v.clock.advanceDays(30); // 2026-01-31T00:00Z
        NewRequest input = newRequest(Jurisdiction::Gdpr);
        input.contactUids = {ben.uid, anna.uid.toUpper(), anna.uid};
        auto first = v.session->requests().add(input);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QCOMPARE(first->reference, QStringLiteral("R-2026-0001"));
        QCOMPARE(first->receivedAtMs, v.clock.nowMs());
        QCOMPARE(first->dueAtMs, endOf(2026, 2, 28));
        QCOMPARE(first->status, RequestStatus::Received);
        QVERIFY(!first->receiptDueAtMs);
        QCOMPARE(first->requester, QStringLiteral("anna@example.org"));
        QCOMPARE(first->createdBy, v.session->actor().uid);
        QCOMPARE(first->contacts.size(), 2);
        QCOMPARE(first->contacts.at(0).uid, anna.uid);
        QCOMPARE(first->contacts.at(0).displayName, QStringLiteral("Anna Berg"));
        QCOMPARE(first->contacts.at(1).displayName, QStringLiteral("Ben Cole"));
        QCOMPARE(first->daysLeft(v.clock.nowMs()), 28);

        auto second = v.session->requests().add(newRequest(Jurisdiction::Ccpa, utcMs(2026, 1, 2)));
        QVERIFY(second);
        QCOMPARE(second->reference, QStringLiteral("R-2026-0002"));
        QCOMPARE(second->dueAtMs, endOf(2026, 2, 16));
        QCOMPARE(second->receiptDueAtMs, std::optional<qint64>(endOf(2026, 1, 16)));
        // Numbered by the year of receipt, not of entry.
        auto old = v.session->requests().add(newRequest(Jurisdiction::Pipeda, utcMs(2025, 12, 20)));
        QVERIFY(old);
        QCOMPARE(old->reference, QStringLiteral("R-2025-0001"));
        QCOMPARE(old->dueAtMs, endOf(2026, 1, 19));

        // Found by reference in any case, and by uid.
        QCOMPARE(v.session->requests().find(QStringLiteral("r-2026-0002"))->uid, second->uid);
        QCOMPARE(v.session->requests().find(second->uid)->reference, QStringLiteral("R-2026-0002"));
        QCOMPARE(v.session->requests().find(QStringLiteral("R-2026-0009")).error().kind, ErrorKind::NotFound);
        auto annas = v.session->requests().forContact(anna.uid);
        QCOMPARE(references(annas), QStringList {QStringLiteral("R-2026-0001")});
        QCOMPARE(count(v, "SELECT count(*) FROM requests"), 3);
        QCOMPARE(count(v, "SELECT count(*) FROM request_contacts"), 2);
    }

    void addRefusesBadInputAndWritesNothing()
    {
        TestVault v;
        QVERIFY(v.create());
        auto future = v.session->requests().add(newRequest(Jurisdiction::Gdpr, v.clock.nowMs() + 1));
        QCOMPARE(future.error().kind, ErrorKind::Invalid);
        NewRequest unknown = newRequest(Jurisdiction::Gdpr);
        unknown.contactUids = {QStringLiteral("11111111-2222-3333-4444-555555555555")};
        QCOMPARE(v.session->requests().add(unknown).error().kind, ErrorKind::NotFound);
        NewRequest notUid = newRequest(Jurisdiction::Gdpr);
        notUid.contactUids = {QStringLiteral("Anna Berg")};
        QCOMPARE(v.session->requests().add(notUid).error().kind, ErrorKind::Invalid);
        NewRequest twoLines = newRequest(Jurisdiction::Gdpr);
        twoLines.requester = QStringLiteral("Anna\nBerg");
        QCOMPARE(v.session->requests().add(twoLines).error().kind, ErrorKind::Invalid);
        QCOMPARE(count(v, "SELECT count(*) FROM requests"), 0);
        QCOMPARE(count(v, "SELECT count(*) FROM request_contacts"), 0);
        QCOMPARE(count(v, "SELECT count(*) FROM audit_log WHERE action LIKE 'request.%'"), 0);
        // A failed add uses no number.
        QCOMPARE(v.session->requests().add(newRequest(Jurisdiction::Gdpr))->reference, QStringLiteral("R-2026-0001"));
    }

    // A request received in 1900 (a typo for 2000, or "0026" for 2026) was accepted and shown as decades
    // overdue; the register starts on RequestService::earliestReceivedDate() (docs/DECISIONS.md).
    void receiptBeforeTheRegisterBeginsIsRefused_data()
    {
        QTest::addColumn<qint64>("receivedAtMs");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("1900-01-01") << utcMs(1900, 1, 1) << false;
        QTest::newRow("year 26") << utcMs(26, 3, 1) << false;
        QTest::newRow("1999-12-31 23:59:59.999 UTC") << utcMs(2000, 1, 1, 0) - 1 << false;
        QTest::newRow("2000-01-01 00:00 UTC") << utcMs(2000, 1, 1, 0) << true;
        QTest::newRow("2018-05-25") << utcMs(2018, 5, 25) << true;
    }
    void receiptBeforeTheRegisterBeginsIsRefused()
    {
        QFETCH(qint64, receivedAtMs);
        QFETCH(bool, accepted);
        TestVault v;
        QVERIFY(v.create());
        QCOMPARE(RequestService::earliestReceivedDate(), QDate(2000, 1, 1));
        auto r = v.session->requests().add(newRequest(Jurisdiction::Gdpr, receivedAtMs));
        QCOMPARE(r.ok(), accepted);
        if (!accepted) {
            QCOMPARE(r.error().kind, ErrorKind::Invalid);
            QVERIFY2(r.error().message.contains(QStringLiteral("2000-01-01")), qPrintable(r.error().message));
            QCOMPARE(count(v, "SELECT count(*) FROM requests"), 0);
        }
    }

    // The requester is a name: the characters refused in contact names are refused here, named in the message.
    void requesterRefusesInvisibleAndDirectionCharacters()
    {
        TestVault v;
        QVERIFY(v.create());
        NewRequest spoofed = newRequest(Jurisdiction::Gdpr);
        spoofed.requester = QStringLiteral("Anna") + QChar(0x202E) + QStringLiteral("greB");
        auto r = v.session->requests().add(spoofed);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Invalid);
        QVERIFY2(r.error().message.startsWith(QStringLiteral("Requester: remove U+202E")),
                 qPrintable(r.error().message));
        QVERIFY(!r.error().message.contains(QStringLiteral("Anna")));
        QCOMPARE(count(v, "SELECT count(*) FROM requests"), 0);
        // Free text keeps the marks prose in two scripts uses.
        NewRequest mixed = newRequest(Jurisdiction::Gdpr);
        mixed.details
            = QStringLiteral("Name as written: ") + QChar(0x05E9) + QChar(0x200F) + QStringLiteral("\nThanks");
        QVERIFY(v.session->requests().add(mixed));
    }

    void extendOnceWithReason()
    {
        TestVault v;
        QVERIFY(v.create());
        auto r = v.session->requests().add(newRequest(Jurisdiction::Gdpr, v.clock.nowMs()));
        QVERIFY(r);
        QCOMPARE(r->dueAtMs, endOf(2026, 2, 1));
        QCOMPARE(v.session->requests().extend(r->reference, QStringLiteral("  ")).error().kind, ErrorKind::Invalid);
        v.clock.advanceDays(20);
        auto extended = v.session->requests().extend(r->reference, QStringLiteral("Complex: three systems to search"));
        QVERIFY2(extended, qPrintable(extended ? QString() : extended.error().message));
        QCOMPARE(extended->dueAtMs, endOf(2026, 4, 1));
        QCOMPARE(extended->originalDueAtMs(), endOf(2026, 2, 1));
        QCOMPARE(extended->extendedAtMs, std::optional<qint64>(v.clock.nowMs()));
        QCOMPARE(extended->extensionReason, QStringLiteral("Complex: three systems to search"));
        // The requester must hear of it within the first month: a reminder until that is recorded.
        const QStringList state = extended->stateText(v.clock.nowMs());
        QVERIFY2(state.contains(QStringLiteral("Tell the requester about the extension and its reason by 2026-02-01.")),
                 qPrintable(state.join(QLatin1Char('|'))));
        auto again = v.session->requests().extend(r->reference, QStringLiteral("More"));
        QCOMPARE(again.error().kind, ErrorKind::Invalid);
        QVERIFY(again.error().message.contains(QStringLiteral("only once")));
        RequestMarks told;
        told.requesterTold = true;
        auto marked = v.session->requests().mark(r->reference, told);
        QVERIFY(marked);
        QCOMPARE(marked->requesterToldAtMs, std::optional<qint64>(v.clock.nowMs()));
        QVERIFY(!marked->stateText(v.clock.nowMs()).join(QLatin1Char(' ')).contains(QStringLiteral("Tell the")));
        QCOMPARE(v.session->requests().mark(r->reference, told).error().kind, ErrorKind::Invalid);
        QCOMPARE(count(v, "SELECT count(*) FROM audit_log WHERE action = 'request.extend'"), 1);
    }

    void extendRefusedAfterOriginalDueLgpdAndClosed()
    {
        TestVault v;
        QVERIFY(v.create());
        auto gdpr = v.session->requests().add(newRequest(Jurisdiction::Gdpr, v.clock.nowMs()));
        auto lgpd = v.session->requests().add(newRequest(Jurisdiction::Lgpd, v.clock.nowMs()));
        auto closed = v.session->requests().add(newRequest(Jurisdiction::Ccpa, v.clock.nowMs()));
        QVERIFY(gdpr && lgpd && closed);
        QVERIFY(v.session->requests().close(closed->reference, RequestOutcome::Withdrawn, {}));
        auto noLgpd = v.session->requests().extend(lgpd->reference, QStringLiteral("busy"));
        QCOMPARE(noLgpd.error().kind, ErrorKind::Invalid);
        QVERIFY2(noLgpd.error().message.contains(QStringLiteral("LGPD allows no extension")),
                 qPrintable(noLgpd.error().message));
        QCOMPARE(v.session->requests().extend(closed->reference, QStringLiteral("busy")).error().kind,
                 ErrorKind::Invalid);
        // Still possible on the last day of the first month, no longer the day after.
        v.clock.advanceMs(endOf(2026, 2, 1) - v.clock.nowMs() + 1);
        auto late = v.session->requests().extend(gdpr->reference, QStringLiteral("busy"));
        QCOMPARE(late.error().kind, ErrorKind::Invalid);
        QVERIFY(late.error().message.contains(QStringLiteral("2026-02-01")));
        QCOMPARE(count(v, "SELECT count(*) FROM requests WHERE extended_at IS NOT NULL"), 0);
        QCOMPARE(v.session->requests().find(gdpr->reference)->dueAtMs, endOf(2026, 2, 1));
    }

    void completedNeedsVerificationFirst()
    {
        TestVault v;
        QVERIFY(v.create());
        auto r = v.session->requests().add(newRequest(Jurisdiction::Gdpr));
        QVERIFY(r);
        auto early = v.session->requests().close(r->reference, RequestOutcome::Completed, {});
        QCOMPARE(early.error().kind, ErrorKind::Invalid);
        QVERIFY(early.error().message.contains(QStringLiteral("request verify")));
        QCOMPARE(v.session->requests().verify(r->reference, QStringLiteral(" ")).error().kind, ErrorKind::Invalid);
        QCOMPARE(v.session->requests().find(r->reference)->status, RequestStatus::Received);
        v.clock.advanceDays(2);
        auto verified = v.session->requests().verify(r->reference, QStringLiteral("Called back on the number on file"));
        QVERIFY(verified);
        QCOMPARE(verified->status, RequestStatus::Verified);
        QCOMPARE(verified->verifiedBy, v.session->actor().uid);
        QCOMPARE(verified->verifiedByName, v.session->actor().name);
        QCOMPARE(verified->verifiedAtMs, std::optional<qint64>(v.clock.nowMs()));
        QCOMPARE(verified->verificationMethod, QStringLiteral("Called back on the number on file"));
        QCOMPARE(v.session->requests().verify(r->reference, QStringLiteral("again")).error().kind, ErrorKind::Invalid);
        auto closed = v.session->requests().close(r->reference, RequestOutcome::Completed, QStringLiteral("Sent"));
        QVERIFY(closed);
        QCOMPARE(closed->status, RequestStatus::Closed);
        QCOMPARE(closed->outcome, std::optional<RequestOutcome>(RequestOutcome::Completed));
        QCOMPARE(closed->closingNote, QStringLiteral("Sent"));
        QCOMPARE(closed->closedAtMs, std::optional<qint64>(v.clock.nowMs()));
        QCOMPARE(closed->stateText(v.clock.nowMs()), QStringList {QStringLiteral("Closed on 2026-01-03: completed.")});
        QCOMPARE(v.session->requests().close(r->reference, RequestOutcome::Withdrawn, {}).error().kind,
                 ErrorKind::Invalid);
        QCOMPARE(v.session->requests().verify(r->reference, QStringLiteral("x")).error().kind, ErrorKind::Invalid);
    }

    void refusalNeedsNoteWithdrawalNeedsNoVerification()
    {
        TestVault v;
        QVERIFY(v.create());
        auto refused = v.session->requests().add(newRequest(Jurisdiction::Gdpr));
        auto withdrawn = v.session->requests().add(newRequest(Jurisdiction::Gdpr));
        QVERIFY(refused && withdrawn);
        QCOMPARE(
            v.session->requests().close(refused->reference, RequestOutcome::Refused, QStringLiteral(" ")).error().kind,
            ErrorKind::Invalid);
        auto r = v.session->requests().close(refused->reference,
                                             RequestOutcome::Refused,
                                             QStringLiteral("Manifestly unfounded: fifth identical request"));
        QVERIFY(r);
        QCOMPARE(r->outcome, std::optional<RequestOutcome>(RequestOutcome::Refused));
        auto w = v.session->requests().close(withdrawn->reference, RequestOutcome::Withdrawn, {});
        QVERIFY(w);
        QCOMPARE(w->status, RequestStatus::Closed);
        QCOMPARE(count(v, "SELECT count(*) FROM requests WHERE status = 'closed'"), 2);
    }

    void receiptConfirmationReminderForCcpa()
    {
        TestVault v;
        QVERIFY(v.create());
        auto r = v.session->requests().add(newRequest(Jurisdiction::Ccpa, utcMs(2025, 12, 31)));
        QVERIFY(r);
        // Wed 31 Dec 2025 + 10 business days (1 Jan is a Thursday; no holiday calendar): Wed 14 Jan.
        QCOMPARE(r->receiptDueAtMs, std::optional<qint64>(endOf(2026, 1, 14)));
        QVERIFY(
            r->stateText(v.clock.nowMs()).contains(QStringLiteral("Confirm receipt to the requester by 2026-01-14.")));
        RequestMarks marks;
        marks.receiptConfirmed = true;
        marks.atMs = utcMs(2025, 12, 30);
        QCOMPARE(v.session->requests().mark(r->reference, marks).error().kind, ErrorKind::Invalid); // before receipt
        marks.atMs = v.clock.nowMs() + kDayMs;
        QCOMPARE(v.session->requests().mark(r->reference, marks).error().kind, ErrorKind::Invalid); // future
        QCOMPARE(v.session->requests().mark(r->reference, RequestMarks {}).error().kind, ErrorKind::Invalid);
        marks.atMs = utcMs(2025, 12, 31, 15);
        auto marked = v.session->requests().mark(r->reference, marks);
        QVERIFY(marked);
        QCOMPARE(marked->receiptConfirmedAtMs, std::optional<qint64>(utcMs(2025, 12, 31, 15)));
        QVERIFY(!marked->requesterToldAtMs);
        QCOMPARE(marked->stateText(v.clock.nowMs()),
                 QStringList {QStringLiteral("Open, identity not verified yet; due 2026-02-14 (44 days left).")});
    }

    void listFiltersOrderByDue()
    {
        TestVault v;
        QVERIFY(v.create());
        v.clock.advanceMs(utcMs(2026, 3, 10) - v.clock.nowMs());
        auto& requests = v.session->requests();
        // R-0001 LGPD 20 Feb: due 7 Mar, overdue. R-0002 GDPR 12 Feb: due 12 Mar (2 days). R-0003 GDPR 1 Mar:
        // due 1 Apr. R-0004 LGPD 20 Feb closed. R-0005 PIPEDA 14 Feb: due 16 Mar (6 days). R-0006 other 15 Feb:
        // due 17 Mar (7 days).
        QVERIFY(requests.add(newRequest(Jurisdiction::Lgpd, utcMs(2026, 2, 20))));
        QVERIFY(requests.add(newRequest(Jurisdiction::Gdpr, utcMs(2026, 2, 12))));
        QVERIFY(requests.add(newRequest(Jurisdiction::Gdpr, utcMs(2026, 3, 1))));
        QVERIFY(requests.add(newRequest(Jurisdiction::Lgpd, utcMs(2026, 2, 20))));
        QVERIFY(requests.add(newRequest(Jurisdiction::Pipeda, utcMs(2026, 2, 14))));
        QVERIFY(requests.add(newRequest(Jurisdiction::Other, utcMs(2026, 2, 15))));
        QVERIFY(requests.close(QStringLiteral("R-2026-0004"), RequestOutcome::Withdrawn, {}));
        const auto r = [](int n) { return QStringLiteral("R-2026-%1").arg(n, 4, 10, QLatin1Char('0')); };
        QCOMPARE(references(requests.list(RequestFilter::Open)), (QStringList {r(1), r(2), r(5), r(6), r(3)}));
        QCOMPARE(references(requests.list(RequestFilter::Overdue)), (QStringList {r(1)}));
        QCOMPARE(references(requests.list(RequestFilter::DueWithin, 6)), (QStringList {r(1), r(2), r(5)}));
        QCOMPARE(references(requests.list(RequestFilter::DueWithin, 7)), (QStringList {r(1), r(2), r(5), r(6)}));
        QCOMPARE(references(requests.list(RequestFilter::All)), (QStringList {r(1), r(4), r(2), r(5), r(6), r(3)}));
        auto due = requests.dueSoon(7);
        QCOMPARE(references(due), (QStringList {r(1), r(2), r(5), r(6)}));
        QCOMPARE(due->at(0).isOverdue(v.clock.nowMs()), true);
        QCOMPARE(due->at(0).daysLeft(v.clock.nowMs()), -3);
        QCOMPARE(due->at(1).daysLeft(v.clock.nowMs()), 2);
        QCOMPARE(due->at(3).daysLeft(v.clock.nowMs()), 7);
        QCOMPARE(Request::dueText(-3), QStringLiteral("3 days overdue"));
        QCOMPARE(Request::dueText(0), QStringLiteral("due today"));
        QCOMPARE(Request::dueText(1), QStringLiteral("1 day left"));
    }

    void artefactsAreRecordedAndJoinAnOuterWrite()
    {
        TestVault v;
        QVERIFY(v.create());
        auto r = v.session->requests().add(newRequest(Jurisdiction::Gdpr));
        QVERIFY(r);
        const QByteArray hash = QByteArray(64, 'a');
        QCOMPARE(
            v.session->requests()
                .addArtefact(r->reference, QStringLiteral("access-package"), QStringLiteral("x.zip"), QByteArray("abc"))
                .error()
                .kind,
            ErrorKind::Invalid);
        QCOMPARE(v.session->requests()
                     .addArtefact(r->reference, QStringLiteral("Access Package"), QStringLiteral("x.zip"), hash)
                     .error()
                     .kind,
                 ErrorKind::Invalid);
        QCOMPARE(v.session->requests()
                     .addArtefact(r->reference, QStringLiteral("access-package"), QStringLiteral("../x.zip"), hash)
                     .error()
                     .kind,
                 ErrorKind::Invalid);
        QCOMPARE(v.session->requests()
                     .addArtefact(
                         QStringLiteral("R-2030-0001"), QStringLiteral("access-package"), QStringLiteral("x.zip"), hash)
                     .error()
                     .kind,
                 ErrorKind::NotFound);
        QCOMPARE(count(v, "SELECT count(*) FROM request_artefacts"), 0);

        // Inside another write (the access package, the erasure): one transaction, all or nothing.
        auto& gate = v.session->gate();
        security::Mutation outer {QStringLiteral("subject.test"), QStringLiteral("contact")};
        outer.permission = security::Permission::Export;
        auto failed = gate.apply<bool>(outer, [&](storage::Database&, security::Mutation&) -> Result<bool> {
            if (auto a = v.session->requests().addArtefact(
                    r->uid, QStringLiteral("access-package"), QStringLiteral("anna.zip"), hash);
                !a) {
                return a.error();
            }
            return makeError(ErrorKind::Io, QStringLiteral("disk went away"));
        });
        QVERIFY(!failed);
        QCOMPARE(count(v, "SELECT count(*) FROM request_artefacts"), 0);
        auto done = gate.apply<bool>(outer, [&](storage::Database&, security::Mutation&) -> Result<bool> {
            if (auto a = v.session->requests().addArtefact(
                    r->uid, QStringLiteral("access-package"), QStringLiteral("anna.zip"), hash.toUpper());
                !a) {
                return a.error();
            }
            return true;
        });
        QVERIFY(done);
        auto shown = v.session->requests().find(r->reference);
        QCOMPARE(shown->artefacts.size(), 1);
        QCOMPARE(shown->artefacts.at(0).kind, QStringLiteral("access-package"));
        QCOMPARE(shown->artefacts.at(0).fileName, QStringLiteral("anna.zip"));
        QCOMPARE(shown->artefacts.at(0).sha256, QString(64, QLatin1Char('a')));
        QCOMPARE(shown->artefacts.at(0).producedBy, v.session->actor().uid);
        QCOMPARE(count(v, "SELECT count(*) FROM audit_log WHERE action = 'request.artefact'"), 1);
        // Closed requests still take the receipt of what was produced for them.
        QVERIFY(v.session->requests().close(r->reference, RequestOutcome::Withdrawn, {}));
        QVERIFY(
            v.session->requests().addArtefact(r->reference, QStringLiteral("letter"), QStringLiteral("l.pdf"), hash));
        QCOMPARE(count(v, "SELECT count(*) FROM request_artefacts"), 2);
    }

    void everyCallNeedsHandleRequests_data()
    {
        QTest::addColumn<security::Role>("role");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("sales rep") << security::Role::SalesRep << false;
        QTest::newRow("read-only") << security::Role::ReadOnly << false;
        QTest::newRow("privacy officer") << security::Role::PrivacyOfficer << true;
    }
    void everyCallNeedsHandleRequests()
    {
        QFETCH(security::Role, role);
        QFETCH(bool, allowed);
        TestVault v;
        QVERIFY(v.create());
        auto existing = v.session->requests().add(newRequest(Jurisdiction::Gdpr));
        QVERIFY(existing);
        QVERIFY(v.session->profiles().add(QStringLiteral("Someone"), role, secret("")).ok());
        QVERIFY(v.session->actAs(QStringLiteral("Someone"), secret("")).ok());
        auto& requests = v.session->requests();
        const QString ref = existing->reference;
        const QByteArray hash(64, 'b');
        QList<ErrorKind> kinds;
        QList<bool> oks;
        auto note = [&](const auto& result) {
            oks << result.ok();
            if (!result.ok()) {
                kinds << result.error().kind;
            }
        };
        note(requests.add(newRequest(Jurisdiction::Gdpr)));
        note(requests.list());
        note(requests.dueSoon(7));
        note(requests.find(ref));
        note(requests.forContact(QStringLiteral("11111111-2222-3333-4444-555555555555")));
        note(requests.verify(ref, QStringLiteral("ID card seen")));
        note(requests.extend(ref, QStringLiteral("complex")));
        RequestMarks told;
        told.requesterTold = true;
        note(requests.mark(ref, told));
        note(requests.addArtefact(ref, QStringLiteral("letter"), QStringLiteral("l.pdf"), hash));
        note(requests.close(ref, RequestOutcome::Completed, {}));
        if (allowed) {
            QCOMPARE(oks, QList<bool>(10, true));
            QCOMPARE(count(v, "SELECT count(*) FROM requests"), 2);
            return;
        }
        QCOMPARE(oks, QList<bool>(10, false));
        QCOMPARE(kinds, QList<ErrorKind>(10, ErrorKind::Denied));
        QCOMPARE(count(v, "SELECT count(*) FROM requests"), 1);
        QCOMPARE(count(v,
                       "SELECT count(*) FROM requests WHERE status = 'received' AND extended_at IS NULL AND "
                       "requester_told_at IS NULL"),
                 1);
        QCOMPARE(count(v, "SELECT count(*) FROM request_artefacts"), 0);
        QCOMPARE(count(v, "SELECT count(*) FROM audit_log WHERE action = 'access.denied'"), 10);
    }

    void auditNeverHoldsTheRequesterOrOtherText()
    {
        TestVault v;
        QVERIFY(v.create());
        const crm::Contact anna = addContact(v, QStringLiteral("Anna"), QStringLiteral("Berg"));
        NewRequest input = newRequest(Jurisdiction::Gdpr);
        input.requester = kCanary + QStringLiteral(" <zq@example.org>");
        input.details = kCanary + QStringLiteral(" details");
        input.contactUids = {anna.uid};
        auto r = v.session->requests().add(input);
        QVERIFY(r);
        QVERIFY(v.session->requests().verify(r->reference, kCanary + QStringLiteral(" method")));
        QVERIFY(v.session->requests().extend(r->reference, kCanary + QStringLiteral(" reason")));
        QVERIFY(v.session->requests().addArtefact(
            r->reference, QStringLiteral("access-package"), kCanary + QStringLiteral(".zip"), QByteArray(64, 'c')));
        RequestMarks both;
        both.receiptConfirmed = true;
        both.requesterTold = true;
        QVERIFY(v.session->requests().mark(r->reference, both));
        QVERIFY(
            v.session->requests().close(r->reference, RequestOutcome::Completed, kCanary + QStringLiteral(" note")));
        QCOMPARE(count(v,
                       "SELECT count(*) FROM audit_log WHERE action LIKE 'request.%' AND entity_uid = "
                       "(SELECT uid FROM requests)"),
                 6);
        auto s = v.session->gate().db().prepare(
            "SELECT count(*) FROM audit_log WHERE instr(action || entity_type || entity_uid || summary || "
            "coalesce(profile_name, ''), ?1) > 0 OR instr(summary, 'Anna') > 0");
        QVERIFY(s);
        s->bind(1, QStringLiteral("Zebediah"));
        QVERIFY(s->step());
        QCOMPARE(s->int64(0), 0);
        auto created = v.session->gate().db().prepare("SELECT summary FROM audit_log WHERE action = 'request.create'");
        QVERIFY(created && created->step());
        QVERIFY2(created->text(0).contains(QStringLiteral("kind=access jurisdiction=gdpr channel=email contacts=1")),
                 qPrintable(created->text(0)));
    }
};

QTEST_GUILESS_MAIN(TestRequestService)
#include "TestRequestService.moc"
