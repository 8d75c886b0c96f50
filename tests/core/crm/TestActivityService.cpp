#include "core/crm/ActivityService.h"
#include "core/storage/Statement.h"

#include <QTest>

#include "tests/support/TestVault.h"

using namespace confidant;
using namespace confidant::crm;
using confidant::test::TestVault;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
// 2026-01-01T00:00:00Z, the FakeClock's start.
constexpr qint64 kNewYear = 1767225600000;

QString newContact(TestVault& v, const QString& family)
{
    Contact c;
    c.givenName = QStringLiteral("Ada");
    c.familyName = family;
    auto created = v.session->contacts().create(c);
    return created ? created->uid : QString();
}

QString newCompany(TestVault& v, const QString& name)
{
    Company c;
    c.name = name;
    auto created = v.session->companies().create(c);
    return created ? created->uid : QString();
}

//! A deal through SQL: the deals service is another part's work; the table is all links need.
QString newDeal(TestVault& v, const QString& title)
{
    auto& db = v.session->vault().db();
    const QString uid = QStringLiteral("00000000-0000-4000-8000-00000000000%1")
                            .arg(db.queryInt("SELECT count(*) FROM deals").value() + 1);
    if (!db.exec(
            "INSERT OR IGNORE INTO pipelines (id, uid, name, created_at, updated_at) VALUES (1, 'p', 'Sales', 0, 0);"
            "INSERT OR IGNORE INTO stages (id, uid, pipeline_id, name, position) VALUES (1, 's', 1, 'Lead', 0);")) {
        return {};
    }
    auto s = db.prepare("INSERT INTO deals (uid, title, pipeline_id, stage_id, created_at, updated_at) "
                        "VALUES (?1, ?2, 1, 1, 0, 0)");
    if (!s || !s->bind(1, uid).bind(2, title).run()) {
        return {};
    }
    return uid;
}

Activity logged(ActivityKind kind, const QString& subject, qint64 at, QList<EntityRef> links)
{
    Activity a;
    a.kind = kind;
    a.subject = subject;
    a.atMs = at;
    a.links = std::move(links);
    return a;
}

Activity task(const QString& subject, qint64 due, QList<EntityRef> links = {})
{
    Activity a;
    a.kind = ActivityKind::Task;
    a.subject = subject;
    a.dueAtMs = due;
    a.links = std::move(links);
    return a;
}

EntityRef contactRef(const QString& uid)
{
    return EntityRef {EntityType::Contact, uid, 0, {}};
}

QStringList subjects(const QList<Activity>& rows)
{
    QStringList out;
    for (const auto& a : rows) {
        out.append(a.subject);
    }
    return out;
}

QStringList fieldsOf(const QString& summary)
{
    for (const QString& part : summary.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (part.startsWith(QLatin1String("fields="))) {
            return part.mid(7).split(QLatin1Char(','));
        }
    }
    return {};
}

security::AuditEntry newestEntry(TestVault& v, const QString& action)
{
    security::AuditQuery q;
    q.action = action;
    q.limit = 1;
    auto entries = v.session->auditLog().list(q);
    return entries && !entries->isEmpty() ? entries->first() : security::AuditEntry {};
}

} // namespace

class TestActivityService : public QObject
{
    Q_OBJECT

private slots:
    void timelineIsNewestFirstWithTiesByNewestId()
    {
        TestVault v;
        QVERIFY(v.create());
        const QString ada = newContact(v, QStringLiteral("Lovelace"));
        auto& activities = v.session->activities();
        QVERIFY(activities.add(logged(ActivityKind::Call, QStringLiteral("old"), kNewYear - kDay, {contactRef(ada)})));
        QVERIFY(activities.add(logged(ActivityKind::Note, QStringLiteral("tie-first"), kNewYear, {contactRef(ada)})));
        QVERIFY(activities.add(logged(ActivityKind::Email, QStringLiteral("tie-second"), kNewYear, {contactRef(ada)})));
        QVERIFY(activities.add(
            logged(ActivityKind::Meeting, QStringLiteral("newest"), kNewYear + kHour, {contactRef(ada)})));
        // Not linked to Ada: not on her timeline.
        QVERIFY(activities.add(logged(ActivityKind::Note, QStringLiteral("elsewhere"), kNewYear, {})));
        auto page = activities.timeline(EntityType::Contact, ada, 50);
        QVERIFY2(page, qPrintable(page ? QString() : page.error().message));
        QCOMPARE(subjects(page->rows),
                 (QStringList {QStringLiteral("newest"),
                               QStringLiteral("tie-second"),
                               QStringLiteral("tie-first"),
                               QStringLiteral("old")}));
        QVERIFY(page->nextCursor.isEmpty());
        QCOMPARE(page->rows.at(1).kind, ActivityKind::Email);
        QCOMPARE(page->rows.first().links.size(), 1);
        QCOMPARE(page->rows.first().links.first().uid, ada);
        QCOMPARE(page->rows.first().links.first().label, QStringLiteral("Ada Lovelace"));
    }

    void pagingCrossesRowsWithEqualTimes()
    {
        TestVault v;
        QVERIFY(v.create());
        const QString ada = newContact(v, QStringLiteral("Lovelace"));
        std::vector<Activity> many;
        for (int i = 0; i < 7; ++i) {
            many.push_back(logged(ActivityKind::Note, QStringLiteral("n%1").arg(i), kNewYear, {contactRef(ada)}));
        }
        QCOMPARE(v.session->activities().addMany(many).value(), 7);
        QStringList seen;
        QString cursor;
        int pages = 0;
        do {
            auto page = v.session->activities().timeline(EntityType::Contact, ada, 3, cursor);
            QVERIFY(page);
            seen += subjects(page->rows);
            cursor = page->nextCursor;
            ++pages;
        } while (!cursor.isEmpty() && pages < 10);
        QCOMPARE(pages, 3);
        QCOMPARE(seen,
                 (QStringList {QStringLiteral("n6"),
                               QStringLiteral("n5"),
                               QStringLiteral("n4"),
                               QStringLiteral("n3"),
                               QStringLiteral("n2"),
                               QStringLiteral("n1"),
                               QStringLiteral("n0")}));

        // A cursor from another record's timeline is refused rather than skipping rows.
        const QString bob = newContact(v, QStringLiteral("Babbage"));
        auto first = v.session->activities().timeline(EntityType::Contact, ada, 3);
        auto foreign = v.session->activities().timeline(EntityType::Contact, bob, 3, first->nextCursor);
        QVERIFY(!foreign);
        QCOMPARE(foreign.error().kind, ErrorKind::Invalid);
    }

    void linksReachContactsCompaniesAndDeals()
    {
        TestVault v;
        QVERIFY(v.create());
        const QString ada = newContact(v, QStringLiteral("Lovelace"));
        const QString acme = newCompany(v, QStringLiteral("Acme"));
        const QString deal = newDeal(v, QStringLiteral("Big order"));
        QVERIFY(!deal.isEmpty());
        auto added = v.session->activities().add(logged(ActivityKind::Meeting,
                                                        QStringLiteral("kick-off"),
                                                        kNewYear,
                                                        {contactRef(ada),
                                                         EntityRef {EntityType::Company, acme, 0, {}},
                                                         EntityRef {EntityType::Deal, deal, 0, {}},
                                                         contactRef(ada.toUpper())}));
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        QCOMPARE(added->links.size(), 3); // the same contact twice is linked once
        for (const auto& [type, uid] : {std::pair {EntityType::Contact, ada},
                                        std::pair {EntityType::Company, acme},
                                        std::pair {EntityType::Deal, deal}}) {
            auto page = v.session->activities().timeline(type, uid, 10);
            QVERIFY(page);
            QCOMPARE(page->rows.size(), 1);
            QCOMPARE(page->rows.first().uid, added->uid);
        }
        auto stored = v.session->activities().get(added->id);
        QVERIFY(stored);
        QCOMPARE(stored->links.size(), 3);
        QCOMPARE(stored->links.at(0).label, QStringLiteral("Ada Lovelace"));
        QCOMPARE(stored->links.at(1).label, QStringLiteral("Acme"));
        QCOMPARE(stored->links.at(2).label, QStringLiteral("Big order"));
        QCOMPARE(stored->links.at(2).uid, deal);

        // Deleting the company removes it from the activity's links, not the activity.
        auto company = v.session->companies().getByUid(acme);
        QVERIFY(v.session->companies().remove(company->id));
        stored = v.session->activities().get(added->id);
        QVERIFY(stored);
        QCOMPARE(stored->links.size(), 2);
    }

    void editingTheTimeMovesTheTimelineEntry()
    {
        TestVault v;
        QVERIFY(v.create());
        const QString ada = newContact(v, QStringLiteral("Lovelace"));
        auto& activities = v.session->activities();
        auto a = activities.add(logged(ActivityKind::Call, QStringLiteral("a"), kNewYear, {contactRef(ada)}));
        QVERIFY(activities.add(logged(ActivityKind::Call, QStringLiteral("b"), kNewYear + kHour, {contactRef(ada)})));
        Activity moved = *a;
        moved.atMs = kNewYear + 2 * kHour;
        QVERIFY(activities.update(moved));
        auto page = activities.timeline(EntityType::Contact, ada, 10);
        QCOMPARE(subjects(page->rows), (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
        // Unlinking takes it off the timeline.
        moved = activities.get(a->id).value();
        moved.links.clear();
        QVERIFY(activities.update(moved));
        page = activities.timeline(EntityType::Contact, ada, 10);
        QCOMPARE(subjects(page->rows), (QStringList {QStringLiteral("b")}));
    }

    void myDayHasOverdueAndDueToday_data()
    {
        QTest::addColumn<int>("offsetSeconds");
        QTest::newRow("utc") << 0;
        QTest::newRow("utc+05:30") << 19800;
        QTest::newRow("utc-08:00") << -28800;
    }

    void myDayHasOverdueAndDueToday()
    {
        QFETCH(int, offsetSeconds);
        const QTimeZone zone = offsetSeconds == 0 ? QTimeZone::utc() : QTimeZone(offsetSeconds);
        TestVault v;
        QVERIFY(v.create());
        // Local midnight starting "today" in that zone, and now at 10:00 local.
        const qint64 midnight = kNewYear - qint64(offsetSeconds) * 1000;
        const qint64 now = midnight + 10 * kHour;
        auto& activities = v.session->activities();
        QVERIFY(activities.add(task(QStringLiteral("yesterday 23:59"), midnight - kMinute)));
        QVERIFY(activities.add(task(QStringLiteral("last week"), midnight - 7 * kDay)));
        QVERIFY(activities.add(task(QStringLiteral("today 00:00"), midnight)));
        QVERIFY(activities.add(task(QStringLiteral("today 23:59"), midnight + kDay - kMinute)));
        QVERIFY(activities.add(task(QStringLiteral("tomorrow 00:00"), midnight + kDay)));
        auto done = activities.add(task(QStringLiteral("done today"), midnight + kHour));
        QVERIFY(activities.complete(done->id));
        Activity others = task(QStringLiteral("someone else's"), midnight + kHour);
        others.ownerUid = QStringLiteral("another-profile");
        QVERIFY(activities.add(others));
        QVERIFY(activities.add(logged(ActivityKind::Call, QStringLiteral("a call today"), midnight + kHour, {})));

        auto day = activities.myDay(v.session->actor().uid, now, zone);
        QVERIFY2(day, qPrintable(day ? QString() : day.error().message));
        QCOMPARE(subjects(day->overdue),
                 (QStringList {QStringLiteral("last week"), QStringLiteral("yesterday 23:59")}));
        QCOMPARE(subjects(day->dueToday), (QStringList {QStringLiteral("today 00:00"), QStringLiteral("today 23:59")}));
    }

    void remindersComeOncePastAndOnlyForOpenTasksOfTheProfile()
    {
        TestVault v;
        QVERIFY(v.create());
        auto& activities = v.session->activities();
        const qint64 now = kNewYear + 12 * kHour;
        Activity due = task(QStringLiteral("remind now"), now + kHour);
        due.remindAtMs = now;
        QVERIFY(activities.add(due));
        Activity earlier = task(QStringLiteral("remind earlier"), now + kHour);
        earlier.remindAtMs = now - kHour;
        QVERIFY(activities.add(earlier));
        Activity later = task(QStringLiteral("remind later"), now + 2 * kHour);
        later.remindAtMs = now + kMinute;
        QVERIFY(activities.add(later));
        Activity doneOne = task(QStringLiteral("done"), now + kHour);
        doneOne.remindAtMs = now - kHour;
        auto done = activities.add(doneOne);
        QVERIFY(activities.complete(done->id));
        Activity others = task(QStringLiteral("others"), now + kHour);
        others.remindAtMs = now - kHour;
        others.ownerUid = QStringLiteral("another-profile");
        QVERIFY(activities.add(others));
        QVERIFY(activities.add(task(QStringLiteral("no reminder"), now - kHour)));

        auto reminders = activities.dueReminders(v.session->actor().uid, now);
        QVERIFY(reminders);
        QCOMPARE(subjects(*reminders), (QStringList {QStringLiteral("remind earlier"), QStringLiteral("remind now")}));
    }

    void taskListFiltersByStateOwnerAndDue()
    {
        TestVault v;
        QVERIFY(v.create());
        auto& activities = v.session->activities();
        QVERIFY(activities.add(task(QStringLiteral("t1"), kNewYear + kHour)));
        auto t2 = activities.add(task(QStringLiteral("t2"), kNewYear + 2 * kHour));
        QVERIFY(activities.add(task(QStringLiteral("t3"), kNewYear + 3 * kHour)));
        QVERIFY(activities.complete(t2->id));
        TaskQuery q;
        QCOMPARE(subjects(activities.tasks(q).value()), (QStringList {QStringLiteral("t1"), QStringLiteral("t3")}));
        q.state = TaskState::Done;
        QCOMPARE(subjects(activities.tasks(q).value()), (QStringList {QStringLiteral("t2")}));
        q.state = TaskState::All;
        q.dueBeforeMs = kNewYear + 3 * kHour;
        QCOMPARE(subjects(activities.tasks(q).value()), (QStringList {QStringLiteral("t1"), QStringLiteral("t2")}));
        q.ownerUid = QStringLiteral("nobody");
        QCOMPARE(activities.tasks(q).value().size(), 0);
        // Reopening puts it back among the open tasks.
        QVERIFY(activities.reopen(t2->id));
        QCOMPARE(activities.tasks(TaskQuery {}).value().size(), 3);
    }

    void invalidInputIsRefused_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<int>("kind");
        QTest::newRow("no subject and no text") << 0 << int(ErrorKind::Invalid);
        QTest::newRow("task without due date") << 1 << int(ErrorKind::Invalid);
        QTest::newRow("reminder after due") << 2 << int(ErrorKind::Invalid);
        QTest::newRow("subject over two lines") << 3 << int(ErrorKind::Invalid);
        QTest::newRow("unknown contact") << 4 << int(ErrorKind::NotFound);
        QTest::newRow("unknown company") << 5 << int(ErrorKind::NotFound);
        QTest::newRow("unknown deal") << 6 << int(ErrorKind::NotFound);
    }

    void invalidInputIsRefused()
    {
        QFETCH(int, which);
        QFETCH(int, kind);
        TestVault v;
        QVERIFY(v.create());
        const QString missing = QStringLiteral("6f1c2a3e-0000-4000-8000-000000000000");
        Activity a = logged(ActivityKind::Note, QStringLiteral("ok"), kNewYear, {});
        switch (which) {
        case 0:
            a.subject = QStringLiteral("  ");
            a.body = QStringLiteral("\n");
            break;
        case 1:
            a.kind = ActivityKind::Task;
            break;
        case 2:
            a = task(QStringLiteral("t"), kNewYear);
            a.remindAtMs = kNewYear + 1;
            break;
        case 3:
            a.subject = QStringLiteral("two\nlines");
            break;
        case 4:
            a.links = {contactRef(missing)};
            break;
        case 5:
            a.links = {EntityRef {EntityType::Company, missing, 0, {}}};
            break;
        case 6:
            a.links = {EntityRef {EntityType::Deal, missing, 0, {}}};
            break;
        }
        auto r = v.session->activities().add(a);
        QVERIFY(!r);
        QCOMPARE(int(r.error().kind), kind);
        QCOMPARE(v.session->vault().db().queryInt("SELECT count(*) FROM activities").value(), 0);
    }

    void auditEntriesNameFieldsNeverValues()
    {
        TestVault v;
        QVERIFY(v.create());
        const QString ada = newContact(v, QStringLiteral("Lovelace"));
        auto& activities = v.session->activities();
        Activity t = task(QStringLiteral("Call about the secret merger"), kNewYear + kDay, {contactRef(ada)});
        t.body = QStringLiteral("confidential body text");
        auto added = activities.add(t);
        QVERIFY(added);
        security::AuditEntry created = newestEntry(v, QStringLiteral("activity.create"));
        QCOMPARE(created.entityUid, added->uid);
        QCOMPARE(created.entityType, QStringLiteral("activity"));
        QVERIFY(fieldsOf(created.summary).contains(QStringLiteral("subject")));
        QVERIFY(fieldsOf(created.summary).contains(QStringLiteral("links")));

        Activity edited = *added;
        edited.subject = QStringLiteral("Call about the public merger");
        QVERIFY(activities.update(edited));
        security::AuditEntry updated = newestEntry(v, QStringLiteral("activity.update"));
        QCOMPARE(fieldsOf(updated.summary), QStringList {QStringLiteral("subject")});

        edited.remindAtMs = kNewYear;
        edited.dueAtMs = kNewYear + 2 * kDay;
        QVERIFY(activities.update(edited));
        updated = newestEntry(v, QStringLiteral("activity.update"));
        QCOMPARE(fieldsOf(updated.summary),
                 (QStringList {QStringLiteral("at"), QStringLiteral("due_at"), QStringLiteral("remind_at")}));

        QVERIFY(activities.complete(added->id));
        QCOMPARE(fieldsOf(newestEntry(v, QStringLiteral("task.done")).summary),
                 QStringList {QStringLiteral("done_at")});
        QVERIFY(activities.reopen(added->id));
        QCOMPARE(newestEntry(v, QStringLiteral("task.reopen")).entityUid, added->uid);
        QVERIFY(activities.remove(added->id));
        QCOMPARE(newestEntry(v, QStringLiteral("activity.delete")).entityUid, added->uid);

        security::AuditQuery all;
        all.limit = 1000;
        // Kept in a local: a range-for over `list(all).value()` would iterate a destroyed temporary.
        const auto entries = v.session->auditLog().list(all);
        QVERIFY(entries.ok());
        for (const auto& e : *entries) {
            QVERIFY2(!e.summary.contains(QLatin1String("merger")) && !e.summary.contains(QLatin1String("confidential")),
                     qPrintable(e.summary));
        }
    }

    void readOnlyProfileMayReadButNotWrite()
    {
        TestVault v;
        QVERIFY(v.create());
        const QString ada = newContact(v, QStringLiteral("Lovelace"));
        auto t = v.session->activities().add(task(QStringLiteral("t"), kNewYear, {contactRef(ada)}));
        QVERIFY(t);
        QVERIFY(v.session->profiles().add(QStringLiteral("reader"), security::Role::ReadOnly, {}));
        QVERIFY(v.session->actAs(QStringLiteral("reader"), {}));
        auto denied
            = v.session->activities().add(logged(ActivityKind::Note, QStringLiteral("n"), 0, {contactRef(ada)}));
        QVERIFY(!denied);
        QCOMPARE(denied.error().kind, ErrorKind::Denied);
        auto notDone = v.session->activities().complete(t->id);
        QVERIFY(!notDone);
        QCOMPARE(notDone.error().kind, ErrorKind::Denied);
        auto page = v.session->activities().timeline(EntityType::Contact, ada, 10);
        QVERIFY(page);
        QCOMPARE(page->rows.size(), 1);
        QVERIFY(!page->rows.first().isDone());
        QVERIFY(v.session->actAs(QStringLiteral("owner"), {}));
        QCOMPARE(newestEntry(v, QStringLiteral("access.denied")).profileName, QStringLiteral("reader"));
    }

    void ownerDefaultsToTheActingProfileAndNoteTimeToNow()
    {
        TestVault v;
        QVERIFY(v.create());
        v.clock.advanceMs(5 * kMinute);
        auto added = v.session->activities().add(logged(ActivityKind::Note, QString(), 0, {}));
        QVERIFY(!added); // neither subject nor body
        Activity note = logged(ActivityKind::Note, QString(), 0, {});
        note.body = QStringLiteral("just text");
        note.dueAtMs = kNewYear; // ignored: only tasks are due
        added = v.session->activities().add(note);
        QVERIFY(added);
        QCOMPARE(added->ownerUid, v.session->actor().uid);
        QCOMPARE(added->atMs, kNewYear + 5 * kMinute);
        QVERIFY(!added->dueAtMs);
        auto recent = v.session->activities().recent(v.session->actor().uid, 10);
        QVERIFY(recent);
        QCOMPARE(recent->rows.size(), 1);
    }

    void describeNeedsASignedInProfile()
    {
        TestVault v;
        QVERIFY(v.create());
        const QString uid = newContact(v, QStringLiteral("Lovelace"));
        auto id = v.session->activities().resolve(EntityType::Contact, uid);
        QVERIFY(id);
        auto named = v.session->activities().describe(EntityType::Contact, *id);
        QVERIFY(named);
        QCOMPARE(named->label, QStringLiteral("Ada Lovelace"));
        // A profile whose PIN was not given yet reads no name either.
        security::Actor actor = v.session->actor();
        actor.signedIn = false;
        v.session->gate().setActor(actor);
        QCOMPARE(v.session->activities().describe(EntityType::Contact, *id).error().kind, ErrorKind::Locked);
    }

    //! Art. 17(3)(e): deleting an activity a legal hold keeps, or one linked to a held contact, company or
    //! deal (the delete would drop that record's link), is refused and changes nothing. Before, only an
    //! activity an erasure had already restricted was kept.
    void deleteIsRefusedUnderALegalHold_data()
    {
        QTest::addColumn<QString>("held");
        QTest::newRow("the activity") << QStringLiteral("activity");
        QTest::newRow("its contact") << QStringLiteral("contact");
        QTest::newRow("its company") << QStringLiteral("company");
        QTest::newRow("its deal") << QStringLiteral("deal");
    }
    void deleteIsRefusedUnderALegalHold()
    {
        QFETCH(QString, held);
        TestVault v;
        QVERIFY(v.create());
        const QString ada = newContact(v, QStringLiteral("Lovelace"));
        const QString acme = newCompany(v, QStringLiteral("Acme"));
        const QString deal = newDeal(v, QStringLiteral("Big order"));
        QVERIFY(!ada.isEmpty() && !acme.isEmpty() && !deal.isEmpty());
        auto added = v.session->activities().add(logged(ActivityKind::Call,
                                                        QStringLiteral("price talk"),
                                                        kNewYear,
                                                        {contactRef(ada),
                                                         EntityRef {EntityType::Company, acme, 0, {}},
                                                         EntityRef {EntityType::Deal, deal, 0, {}}}));
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        const QString heldUid = held == QLatin1String("activity") ? added->uid
            : held == QLatin1String("contact")                    ? ada
            : held == QLatin1String("company")                    ? acme
                                                                  : deal;
        auto hold = v.session->legalHolds().add(held, heldUid, QStringLiteral("claim pending"));
        QVERIFY2(hold, qPrintable(hold ? QString() : hold.error().message));

        auto refused = v.session->activities().remove(added->id);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Conflict);
        QVERIFY2(refused.error().message.contains(hold->uid), qPrintable(refused.error().message));
        auto kept = v.session->activities().get(added->id);
        QVERIFY(kept);
        QCOMPARE(kept->links.size(), 3);
        QCOMPARE(newestEntry(v, QStringLiteral("activity.delete")).seq, qint64(0));

        QVERIFY(v.session->legalHolds().release(hold->uid));
        QVERIFY(v.session->activities().remove(added->id));
        QCOMPARE(v.session->activities().get(added->id).error().kind, ErrorKind::NotFound);
        QCOMPARE(newestEntry(v, QStringLiteral("activity.delete")).entityUid, added->uid);
    }
};

QTEST_GUILESS_MAIN(TestActivityService)
#include "TestActivityService.moc"
