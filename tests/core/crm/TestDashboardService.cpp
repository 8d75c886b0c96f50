#include "core/crm/DashboardService.h"
#include "core/storage/Statement.h"

#include <QTest>
#include <QUuid>

#include "tests/support/TestVault.h"

using namespace confidant;
using namespace confidant::crm;
using confidant::test::TestVault;

namespace {

qint64 localMs(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::LocalTime).toMSecsSinceEpoch();
}

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The narrow way in: rows straight into the tables of migration 4, so that the dashboard's own SQL is
// what is tested.
struct Seeder
{
    storage::Database& db;

    qint64 exec(const QString& sql, const QVariantList& args)
    {
        auto s = db.prepare(sql);
        if (!s) {
            qWarning() << s.error().detail;
            return -1;
        }
        for (int i = 0; i < args.size(); ++i) {
            const QVariant& a = args.at(i);
            if (a.isNull()) {
                s->bindNull(i + 1);
            } else if (a.typeId() == QMetaType::QString) {
                s->bind(i + 1, a.toString());
            } else {
                s->bind(i + 1, a.toLongLong());
            }
        }
        if (auto r = s->run(); !r) {
            qWarning() << r.error().detail;
            return -1;
        }
        return db.lastInsertRowId();
    }
    qint64 pipeline(const QString& name, int position)
    {
        return exec(QStringLiteral("INSERT INTO pipelines (uid, name, position, created_at, updated_at) "
                                   "VALUES (?1, ?2, ?3, 0, 0)"),
                    {newUid(), name, position});
    }
    qint64 stage(qint64 pipelineId, const QString& name, int position, int probability, const QString& kind)
    {
        return exec(QStringLiteral("INSERT INTO stages (uid, pipeline_id, name, position, probability, kind) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
                    {newUid(), pipelineId, name, position, probability, kind});
    }
    qint64 deal(qint64 pipelineId,
                qint64 stageId,
                qint64 valueMinor,
                const QString& currency,
                const QString& status = QStringLiteral("open"),
                std::optional<qint64> closedAt = std::nullopt)
    {
        return exec(
            QStringLiteral("INSERT INTO deals (uid, title, value_minor, currency, pipeline_id, stage_id, "
                           "status, closed_at, created_at, updated_at) "
                           "VALUES (?1, 'Deal', ?2, ?3, ?4, ?5, ?6, ?7, 0, 0)"),
            {newUid(), valueMinor, currency, pipelineId, stageId, status, closedAt ? QVariant(*closedAt) : QVariant()});
    }
    qint64 activity(const QString& kind,
                    qint64 at,
                    std::optional<qint64> dueAt,
                    const QString& ownerUid,
                    std::optional<qint64> doneAt = std::nullopt)
    {
        return exec(QStringLiteral("INSERT INTO activities (uid, kind, at, due_at, done_at, owner_uid, created_at, "
                                   "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?3, ?3)"),
                    {newUid(),
                     kind,
                     at,
                     dueAt ? QVariant(*dueAt) : QVariant(),
                     doneAt ? QVariant(*doneAt) : QVariant(),
                     ownerUid});
    }
    void link(qint64 activityId, qint64 contactId, qint64 at)
    {
        exec(QStringLiteral("INSERT INTO activity_links (entity_type, entity_id, at, activity_id) "
                            "VALUES ('contact', ?1, ?2, ?3)"),
             {contactId, at, activityId});
    }
};

// Mid-February, local time: this quarter is Q1 2026, the previous one Q4 2025.
void setNow(TestVault& v, qint64 ms)
{
    v.clock.advanceMs(ms - v.clock.nowMs());
}

} // namespace

class TestDashboardService : public QObject
{
    Q_OBJECT

private slots:
    void pipelineValueHasExactTotalsPerStageAndCurrency()
    {
        TestVault v;
        QVERIFY(v.create());
        Seeder seed {v.session->vault().db()};
        const qint64 sales = seed.pipeline(QStringLiteral("Sales"), 0);
        const qint64 other = seed.pipeline(QStringLiteral("Partners"), 1);
        const qint64 lead = seed.stage(sales, QStringLiteral("Lead"), 0, 10, QStringLiteral("open"));
        const qint64 qualified = seed.stage(sales, QStringLiteral("Qualified"), 1, 50, QStringLiteral("open"));
        seed.stage(sales, QStringLiteral("Proposal"), 2, 80, QStringLiteral("open"));
        const qint64 won = seed.stage(sales, QStringLiteral("Won"), 3, 100, QStringLiteral("won"));
        seed.stage(sales, QStringLiteral("Lost"), 4, 0, QStringLiteral("lost"));
        const qint64 otherStage = seed.stage(other, QStringLiteral("Talk"), 0, 20, QStringLiteral("open"));

        QVERIFY(seed.deal(sales, lead, 100000, QStringLiteral("EUR")) > 0);
        QVERIFY(seed.deal(sales, lead, 25055, QStringLiteral("EUR")) > 0);
        QVERIFY(seed.deal(sales, lead, 30000, QStringLiteral("USD")) > 0);
        QVERIFY(seed.deal(sales, qualified, 500000, QStringLiteral("EUR")) > 0);
        QVERIFY(seed.deal(sales, qualified, 120000, QStringLiteral("JPY")) > 0);
        // Closed and other pipelines' deals are not this pipeline's open value.
        QVERIFY(seed.deal(sales, won, 990000, QStringLiteral("EUR"), QStringLiteral("won"), v.clock.nowMs()) > 0);
        QVERIFY(seed.deal(sales, lead, 770000, QStringLiteral("EUR"), QStringLiteral("lost"), v.clock.nowMs()) > 0);
        QVERIFY(seed.deal(other, otherStage, 440000, QStringLiteral("EUR")) > 0);

        DashboardService& dash = v.session->dashboard();
        auto pipelines = dash.pipelines();
        QVERIFY(pipelines.ok());
        QCOMPARE(pipelines->size(), 2);
        QCOMPARE(pipelines->at(0).name, QStringLiteral("Sales"));
        QCOMPARE(pipelines->at(0).openDeals, 5);
        QCOMPARE(pipelines->at(1).openDeals, 1);

        auto value = dash.pipelineValue(sales);
        QVERIFY(value.ok());
        QCOMPARE(value->name, QStringLiteral("Sales"));
        QCOMPARE(value->stages.size(), 3); // won/lost stages hold no open deal
        QCOMPARE(value->stages.at(0).name, QStringLiteral("Lead"));
        QCOMPARE(value->stages.at(1).name, QStringLiteral("Qualified"));
        QCOMPARE(value->stages.at(2).name, QStringLiteral("Proposal"));

        const StageValue& l = value->stages.at(0);
        QCOMPARE(l.count, 3);
        QCOMPARE(l.probability, 10);
        QCOMPARE(l.totals.size(), 2);
        QCOMPARE(totalIn(l.totals, QStringLiteral("EUR")).valueMinor, 125055);
        QCOMPARE(totalIn(l.totals, QStringLiteral("EUR")).count, 2);
        QCOMPARE(totalIn(l.totals, QStringLiteral("EUR")).weightedMinor, 12506); // 12505.5 rounds up
        QCOMPARE(totalIn(l.totals, QStringLiteral("USD")).valueMinor, 30000);
        QCOMPARE(totalIn(l.totals, QStringLiteral("USD")).weightedMinor, 3000);

        const StageValue& q = value->stages.at(1);
        QCOMPARE(q.count, 2);
        QCOMPARE(totalIn(q.totals, QStringLiteral("EUR")).valueMinor, 500000);
        QCOMPARE(totalIn(q.totals, QStringLiteral("EUR")).weightedMinor, 250000);
        QCOMPARE(totalIn(q.totals, QStringLiteral("JPY")).valueMinor, 120000);
        QCOMPARE(totalIn(q.totals, QStringLiteral("GBP")).valueMinor, 0);

        QCOMPARE(value->stages.at(2).count, 0);
        QVERIFY(value->stages.at(2).totals.isEmpty());

        QCOMPARE(dash.pipelineValue(987654).error().kind, ErrorKind::NotFound);
    }

    void currencyChoicePrefersTheCurrencyOfMostOpenDeals()
    {
        TestVault v;
        QVERIFY(v.create());
        Seeder seed {v.session->vault().db()};
        const qint64 p = seed.pipeline(QStringLiteral("Sales"), 0);
        const qint64 s = seed.stage(p, QStringLiteral("Lead"), 0, 10, QStringLiteral("open"));
        seed.deal(p, s, 100, QStringLiteral("EUR"));
        seed.deal(p, s, 200, QStringLiteral("EUR"));
        // More major units, but ¥ and € do not compare: the two EUR deals win.
        seed.deal(p, s, 5000000, QStringLiteral("JPY"));
        // Closed long ago: not offered.
        seed.deal(p, s, 100, QStringLiteral("CHF"), QStringLiteral("won"), localMs(2020, 1, 1));
        auto choice = v.session->dashboard().currencies();
        QVERIFY(choice.ok());
        QCOMPARE(choice->currencies, (QStringList {QStringLiteral("EUR"), QStringLiteral("JPY")}));
        QCOMPARE(choice->preferred, QStringLiteral("EUR"));

        // Equal counts: the larger open value in major units.
        seed.deal(p, s, 100, QStringLiteral("JPY"));
        QCOMPARE(v.session->dashboard().currencies()->preferred, QStringLiteral("JPY"));
    }

    void currencyExponents_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("exponent");
        QTest::addColumn<double>("major");
        QTest::newRow("EUR") << QStringLiteral("EUR") << 2 << 1234.56;
        QTest::newRow("JPY") << QStringLiteral("JPY") << 0 << 123456.0;
        QTest::newRow("KWD") << QStringLiteral("KWD") << 3 << 123.456;
        QTest::newRow("BHD") << QStringLiteral("BHD") << 3 << 123.456;
        QTest::newRow("lower case") << QStringLiteral("usd") << 2 << 1234.56;
        QTest::newRow("unknown") << QStringLiteral("XYZ") << 2 << 1234.56;
    }
    void currencyExponents()
    {
        QFETCH(QString, code);
        QFETCH(int, exponent);
        QFETCH(double, major);
        QCOMPARE(DashboardService::currencyExponent(code), exponent);
        QCOMPARE(DashboardService::toMajor(123456, code), major);
    }

    void quarterBoundariesAreLocalCalendarQuarters()
    {
        TestVault v;
        QVERIFY(v.create());
        setNow(v, localMs(2026, 2, 15, 12));
        Seeder seed {v.session->vault().db()};
        const qint64 p = seed.pipeline(QStringLiteral("Sales"), 0);
        const qint64 w = seed.stage(p, QStringLiteral("Won"), 0, 100, QStringLiteral("won"));
        const qint64 l = seed.stage(p, QStringLiteral("Lost"), 1, 0, QStringLiteral("lost"));
        const QString eur = QStringLiteral("EUR");
        const QString won = QStringLiteral("won");
        const QString lost = QStringLiteral("lost");
        // Last minute of the previous quarter: previous, not this one.
        seed.deal(p, w, 1000, eur, won, localMs(2025, 12, 31, 23, 59));
        // First instant of this quarter: this one.
        seed.deal(p, w, 2000, eur, won, localMs(2026, 1, 1, 0, 0));
        seed.deal(p, w, 3000, QStringLiteral("USD"), won, localMs(2026, 2, 15, 11));
        seed.deal(p, l, 400, eur, lost, localMs(2026, 3, 31, 23, 59));
        seed.deal(p, l, 500, eur, lost, localMs(2025, 10, 1, 0, 0));
        // Outside both: Q3 2025 and Q2 2026.
        seed.deal(p, w, 7000, eur, won, localMs(2025, 9, 30, 23, 59));
        seed.deal(p, w, 8000, eur, won, localMs(2026, 4, 1, 0, 0));

        auto q = v.session->dashboard().closedByQuarter();
        QVERIFY(q.ok());
        QCOMPARE(q->current.year, 2026);
        QCOMPARE(q->current.quarter, 1);
        QCOMPARE(q->current.fromMs, localMs(2026, 1, 1));
        QCOMPARE(q->current.toMs, localMs(2026, 4, 1));
        QCOMPARE(q->current.wonCount(), 2);
        QCOMPARE(q->current.lostCount(), 1);
        QCOMPARE(totalIn(q->current.won, eur).valueMinor, 2000);
        QCOMPARE(totalIn(q->current.won, QStringLiteral("USD")).valueMinor, 3000);
        QCOMPARE(totalIn(q->current.lost, eur).valueMinor, 400);

        QCOMPARE(q->previous.year, 2025);
        QCOMPARE(q->previous.quarter, 4);
        QCOMPARE(q->previous.fromMs, localMs(2025, 10, 1));
        QCOMPARE(q->previous.toMs, localMs(2026, 1, 1));
        QCOMPARE(q->previous.wonCount(), 1);
        QCOMPARE(totalIn(q->previous.won, eur).valueMinor, 1000);
        QCOMPARE(q->previous.lostCount(), 1);
        QCOMPARE(totalIn(q->previous.lost, eur).valueMinor, 500);
    }

    void quarterOfEveryMonth_data()
    {
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("quarter");
        QTest::addColumn<int>("firstMonth");
        for (int m = 1; m <= 12; ++m) {
            QTest::addRow("month %d", m) << m << (m - 1) / 3 + 1 << ((m - 1) / 3) * 3 + 1;
        }
    }
    void quarterOfEveryMonth()
    {
        QFETCH(int, month);
        QFETCH(int, quarter);
        QFETCH(int, firstMonth);
        const ClosedQuarter q
            = DashboardService::quarterOf(QDateTime(QDate(2025, month, 28), QTime(18, 0), Qt::LocalTime));
        QCOMPARE(q.quarter, quarter);
        QCOMPARE(q.fromMs, localMs(2025, firstMonth, 1));
        QCOMPARE(q.toMs, firstMonth == 10 ? localMs(2026, 1, 1) : localMs(2025, firstMonth + 3, 1));
    }

    void tasksDueCountsOverdueAndTodayForMeAndEveryone()
    {
        TestVault v;
        QVERIFY(v.create());
        setNow(v, localMs(2026, 2, 15, 12));
        const QString me = v.session->actor().uid;
        QVERIFY(!me.isEmpty());
        const QString other = QStringLiteral("someone-else");
        const QString task = QStringLiteral("task");
        const qint64 now = v.clock.nowMs();
        Seeder seed {v.session->vault().db()};
        seed.activity(task, now, localMs(2026, 2, 14, 9), me); // mine, overdue
        seed.activity(task, now, localMs(2026, 2, 15, 0, 0), me); // mine, today (first minute)
        seed.activity(task, now, localMs(2026, 2, 15, 23, 59), me); // mine, today (last minute)
        seed.activity(task, now, localMs(2026, 2, 16, 0, 0), me); // tomorrow: neither
        seed.activity(task, now, localMs(2026, 2, 10), me, now); // done: neither
        seed.activity(task, now, std::nullopt, me); // no due date: neither
        seed.activity(task, now, localMs(2026, 2, 12), other); // someone's overdue
        seed.activity(task, now, localMs(2026, 2, 15, 17), other); // someone's today
        seed.activity(QStringLiteral("call"), now, localMs(2026, 2, 1), me); // not a task

        auto due = v.session->dashboard().tasksDue();
        QVERIFY(due.ok());
        QCOMPARE(due->mine.overdue, 1);
        QCOMPARE(due->mine.dueToday, 2);
        QCOMPARE(due->everyone.overdue, 2);
        QCOMPARE(due->everyone.dueToday, 3);
    }

    void recentlyTouchedContactsComeLatestFirst()
    {
        TestVault v;
        QVERIFY(v.create());
        const qint64 hour = 3600 * 1000;
        const qint64 t0 = v.clock.nowMs();
        ContactService& contacts = v.session->contacts();
        const auto add = [&](const char* given, const char* family) {
            Contact c;
            c.givenName = QString::fromUtf8(given);
            c.familyName = QString::fromUtf8(family);
            auto created = contacts.create(c);
            v.clock.advanceMs(hour);
            return created.ok() ? *created : Contact {};
        };
        const Contact ada = add("Ada", "Lovelace"); // t0
        Contact bob = add("Bob", "Builder"); // t0 + 1h
        const Contact cyd = add("Cyd", "Charisse"); // t0 + 2h
        const Contact dan = add("Dan", "Dare"); // t0 + 3h
        QVERIFY(dan.id.value > 0);
        bob.notes = QStringLiteral("edited");
        QVERIFY(contacts.update(bob).ok()); // t0 + 4h
        v.clock.advanceMs(2 * hour); // now t0 + 6h
        Seeder seed {v.session->vault().db()};
        const qint64 call = seed.activity(QStringLiteral("call"), t0 + 5 * hour, std::nullopt, QString());
        seed.link(call, ada.id.value, t0 + 5 * hour);
        // A meeting next week is no touch yet.
        const qint64 meeting = seed.activity(QStringLiteral("meeting"), t0 + 200 * hour, std::nullopt, QString());
        seed.link(meeting, cyd.id.value, t0 + 200 * hour);

        auto recent = v.session->dashboard().recentContacts();
        QVERIFY(recent.ok());
        QStringList names;
        for (const RecentContact& c : *recent) {
            names << c.displayName;
        }
        QCOMPARE(names,
                 (QStringList {QStringLiteral("Ada Lovelace"),
                               QStringLiteral("Bob Builder"),
                               QStringLiteral("Dan Dare"),
                               QStringLiteral("Cyd Charisse")}));
        QCOMPARE(recent->at(0).touchedAtMs(), t0 + 5 * hour);
        QCOMPARE(recent->at(0).lastActivityAtMs, std::optional<qint64>(t0 + 5 * hour));
        QCOMPARE(recent->at(1).touchedAtMs(), t0 + 4 * hour);
        QVERIFY(!recent->at(3).lastActivityAtMs);

        auto two = v.session->dashboard().recentContacts(2);
        QVERIFY(two.ok());
        QCOMPARE(two->size(), 2);
        QCOMPARE(two->at(1).uid, bob.uid);
    }

    void recentContactsStopAtTen()
    {
        TestVault v;
        QVERIFY(v.create());
        for (int i = 0; i < 12; ++i) {
            Contact c;
            c.givenName = QStringLiteral("Person %1").arg(i);
            QVERIFY(v.session->contacts().create(c).ok());
            v.clock.advanceMs(1000);
        }
        auto recent = v.session->dashboard().recentContacts();
        QVERIFY(recent.ok());
        QCOMPARE(recent->size(), 10);
        QCOMPARE(recent->first().displayName, QStringLiteral("Person 11"));
        QCOMPARE(recent->last().displayName, QStringLiteral("Person 2"));
    }

    void emptyVaultHasNoDeals()
    {
        TestVault v;
        QVERIFY(v.create());
        auto snap = v.session->dashboard().snapshot();
        QVERIFY(snap.ok());
        QVERIFY(!snap->hasDeals);
        QVERIFY(snap->pipelines.isEmpty());
        QVERIFY(snap->pipeline.stages.isEmpty());
        QVERIFY(snap->currencies.currencies.isEmpty());
        QVERIFY(snap->currencies.preferred.isEmpty());
        QCOMPARE(snap->tasks.everyone.overdue, 0);
        QVERIFY(snap->recentContacts.isEmpty());
    }

    void snapshotChoosesThePipeline()
    {
        TestVault v;
        QVERIFY(v.create());
        Seeder seed {v.session->vault().db()};
        const qint64 first = seed.pipeline(QStringLiteral("B first"), 0);
        const qint64 second = seed.pipeline(QStringLiteral("A second"), 1);
        seed.deal(
            second, seed.stage(second, QStringLiteral("Only"), 0, 0, QStringLiteral("open")), 5, QStringLiteral("EUR"));
        seed.stage(first, QStringLiteral("Lead"), 0, 0, QStringLiteral("open"));
        auto snap = v.session->dashboard().snapshot();
        QVERIFY(snap.ok());
        QVERIFY(snap->hasDeals);
        QCOMPARE(snap->pipeline.pipelineId, first);
        snap = v.session->dashboard().snapshot(second);
        QCOMPARE(snap->pipeline.pipelineId, second);
        QCOMPARE(totalIn(snap->pipeline.stages.at(0).totals, QStringLiteral("EUR")).valueMinor, 5);
        // A pipeline deleted meanwhile: the first one, not an error.
        snap = v.session->dashboard().snapshot(424242);
        QVERIFY(snap.ok());
        QCOMPARE(snap->pipeline.pipelineId, first);
    }

    void notSignedInActorIsRefused()
    {
        TestVault v;
        QVERIFY(v.create());
        security::Actor actor = v.session->actor();
        actor.signedIn = false;
        v.session->gate().setActor(actor);
        // A profile whose PIN was not given yet may do nothing: Locked, as the gate answers (CLI exit 6).
        DashboardService& dash = v.session->dashboard();
        QCOMPARE(dash.snapshot().error().kind, ErrorKind::Locked);
        QCOMPARE(dash.pipelines().error().kind, ErrorKind::Locked);
        QCOMPARE(dash.pipelineValue(1).error().kind, ErrorKind::Locked);
        QCOMPARE(dash.closedByQuarter().error().kind, ErrorKind::Locked);
        QCOMPARE(dash.tasksDue().error().kind, ErrorKind::Locked);
        QCOMPARE(dash.recentContacts().error().kind, ErrorKind::Locked);
        QCOMPARE(dash.currencies().error().kind, ErrorKind::Locked);
        QCOMPARE(dash.hasDeals().error().kind, ErrorKind::Locked);

        // Every role may read the dashboard once signed in.
        actor.signedIn = true;
        actor.role = security::Role::ReadOnly;
        v.session->gate().setActor(actor);
        QVERIFY(dash.snapshot().ok());
    }
};

QTEST_GUILESS_MAIN(TestDashboardService)
#include "TestDashboardService.moc"
