#include "core/Session.h"

#include "ui/ActivityEditorDialog.h"
#include "ui/ChangeNotifier.h"
#include "ui/DealEditorDialog.h"
#include "ui/MyDayPage.h"
#include "ui/ReminderNotifier.h"
#include "ui/TimelineModel.h"
#include "ui/TimelineWidget.h"

#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

#include "tests/support/TestVault.h"

using namespace confidant;
using namespace confidant::crm;
using namespace confidant::ui;
using confidant::test::TestVault;

namespace {

constexpr qint64 kHour = 3600 * 1000;

QString newContact(TestVault& v)
{
    Contact c;
    c.givenName = QStringLiteral("Grace");
    c.familyName = QStringLiteral("Hopper");
    auto created = v.session->contacts().create(c);
    return created ? created->uid : QString();
}

Activity task(const QString& subject, qint64 due)
{
    Activity a;
    a.kind = ActivityKind::Task;
    a.subject = subject;
    a.dueAtMs = due;
    return a;
}

} // namespace

class TestTimelineUi : public QObject
{
    Q_OBJECT

private slots:
    void timelineLoadsTheFirstPageOnlyUntilFetchMore()
    {
        TestVault v;
        QVERIFY(v.create());
        const QString grace = newContact(v);
        std::vector<Activity> many;
        for (int i = 0; i < 120; ++i) {
            Activity a;
            a.kind = ActivityKind::Call;
            a.subject = QStringLiteral("call %1").arg(i);
            a.atMs = v.clock.nowMs() - i * kHour;
            a.links = {EntityRef {EntityType::Contact, grace, 0, {}}};
            many.push_back(a);
        }
        QCOMPARE(v.session->activities().addMany(many).value(), 120);
        TimelineWidget widget(*v.session, EntityType::Contact, grace);
        TimelineModel* model = widget.model();
        QCOMPARE(model->rowCount(), TimelineModel::kPageSize);
        QCOMPARE(model->data(model->index(0), TimelineModel::SubjectRole).toString(), QStringLiteral("call 0"));
        QVERIFY(model->canFetchMore({}));
        model->fetchMore({});
        QCOMPARE(model->rowCount(), 100);
        model->fetchMore({});
        QCOMPARE(model->rowCount(), 120);
        QVERIFY(!model->canFetchMore({}));
        QCOMPARE(model->data(model->index(119), TimelineModel::SubjectRole).toString(), QStringLiteral("call 119"));
        QVERIFY(model->data(model->index(0), Qt::DisplayRole).toString().contains(QStringLiteral("Grace Hopper")));
    }

    void tickingATaskInTheTimelineCompletesIt()
    {
        TestVault v;
        QVERIFY(v.create());
        const QString grace = newContact(v);
        Activity t = task(QStringLiteral("send offer"), v.clock.nowMs() + kHour);
        t.links = {EntityRef {EntityType::Contact, grace, 0, {}}};
        auto added = v.session->activities().add(t);
        QVERIFY(added);
        ChangeNotifier notifier(v.session->gate());
        TimelineWidget widget(*v.session, EntityType::Contact, grace, &notifier);
        TimelineModel* model = widget.model();
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(model->flags(model->index(0)) & Qt::ItemIsUserCheckable);
        QVERIFY(model->setData(model->index(0), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(v.session->activities().get(added->id)->isDone());
        QCOMPARE(model->data(model->index(0), Qt::CheckStateRole).toInt(), int(Qt::Checked));
    }

    void dealEditorShowsTheDealsTimeline()
    {
        TestVault v;
        QVERIFY(v.create());
        Deal d;
        d.title = QStringLiteral("Relaunch");
        auto deal = v.session->deals().create(d);
        QVERIFY(deal);
        Activity call;
        call.kind = ActivityKind::Call;
        call.subject = QStringLiteral("kick-off call");
        call.atMs = v.clock.nowMs();
        call.links = {EntityRef {EntityType::Deal, deal->uid, 0, {}}};
        QVERIFY(v.session->activities().add(call));
        QVERIFY(v.session->activities().add(task(QStringLiteral("not about this deal"), v.clock.nowMs())));

        DealEditorDialog editor(*v.session, *deal, false);
        auto* tabs = editor.findChild<QTabWidget*>(QStringLiteral("editorTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 2);
        auto* timeline = editor.findChild<TimelineWidget*>();
        QVERIFY(timeline);
        QCOMPARE(timeline->model()->rowCount(), 1);
        QVERIFY(timeline->model()->index(0).data().toString().contains(QStringLiteral("kick-off call")));

        // A new deal has nothing to show yet: no timeline, no tab bar.
        DealEditorDialog fresh(*v.session, Deal {}, false);
        QCOMPARE(fresh.findChild<QTabWidget*>(QStringLiteral("editorTabs"))->count(), 1);
        QVERIFY(!fresh.findChild<TimelineWidget*>());
    }

    void readOnlyProfileSeesNoWriteButtons()
    {
        TestVault v;
        QVERIFY(v.create());
        const QString grace = newContact(v);
        QVERIFY(v.session->profiles().add(QStringLiteral("reader"), security::Role::ReadOnly, {}));
        QVERIFY(v.session->actAs(QStringLiteral("reader"), {}));
        TimelineWidget widget(*v.session, EntityType::Contact, grace);
        widget.show();
        QVERIFY(!widget.findChild<QPushButton*>(QStringLiteral("logCall"))->isVisible());
        QVERIFY(!widget.findChild<QPushButton*>(QStringLiteral("addTask"))->isVisible());
    }

    void myDayCompletingATaskUpdatesTheService()
    {
        TestVault v;
        QVERIFY(v.create());
        const qint64 now = v.clock.nowMs() + 10 * kHour; // 2026-01-01 10:00 UTC
        v.clock.advanceMs(10 * kHour);
        auto overdue = v.session->activities().add(task(QStringLiteral("overdue one"), now - 11 * kHour));
        auto today = v.session->activities().add(task(QStringLiteral("today one"), now + kHour));
        QVERIFY(v.session->activities().add(task(QStringLiteral("tomorrow"), now + 24 * kHour)));
        QVERIFY(overdue && today);
        ChangeNotifier notifier(v.session->gate());
        MyDayPage page(*v.session, notifier);
        page.setTimeZone(QTimeZone::utc());
        QTreeWidget* tree = page.tree();
        QCOMPARE(tree->topLevelItemCount(), 2);
        QVERIFY(tree->topLevelItem(0)->text(0).startsWith(QStringLiteral("Overdue")));
        QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), QStringLiteral("overdue one"));
        QCOMPARE(tree->topLevelItem(1)->child(0)->text(0), QStringLiteral("today one"));
        QCOMPARE(page.statusText(), QStringLiteral("1 overdue, 1 due today"));

        tree->topLevelItem(1)->child(0)->setCheckState(0, Qt::Checked);
        QVERIFY(v.session->activities().get(today->id)->isDone());
        QVERIFY(!v.session->activities().get(overdue->id)->isDone());
        QTRY_COMPARE(tree->topLevelItemCount(), 1);
        QCOMPARE(page.statusText(), QStringLiteral("1 overdue, 0 due today"));

        // A task added elsewhere shows up through the change notifier.
        QVERIFY(v.session->activities().add(task(QStringLiteral("added later"), now + 2 * kHour)));
        QCOMPARE(tree->topLevelItemCount(), 2);
    }

    void reminderIsAnnouncedOnce()
    {
        TestVault v;
        QVERIFY(v.create());
        Activity t = task(QStringLiteral("call back"), v.clock.nowMs() + 2 * kHour);
        t.remindAtMs = v.clock.nowMs() + kHour;
        QVERIFY(v.session->activities().add(t));
        ReminderNotifier reminders(*v.session);
        reminders.setUseSystemTray(false);
        QSignalSpy spy(&reminders, &ReminderNotifier::reminded);
        QCOMPARE(reminders.check(), 0);
        v.clock.advanceMs(kHour);
        QCOMPARE(reminders.check(), 1);
        QCOMPARE(reminders.check(), 0);
        QCOMPARE(spy.size(), 1);
        QVERIFY(spy.first().at(1).toString().contains(QStringLiteral("call back")));
    }

    void editorRefusesATaskWithoutSubject()
    {
        TestVault v;
        QVERIFY(v.create());
        Activity t;
        t.kind = ActivityKind::Task;
        ActivityEditorDialog dialog(v.session->activities(), t, v.clock.nowMs());
        QPushButton* save = nullptr;
        for (QPushButton* b : dialog.findChildren<QPushButton*>()) {
            if (b->text().contains(QStringLiteral("Save"))) {
                save = b;
            }
        }
        QVERIFY(save);
        save->click();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(v.session->activities().tasks({}).value().size(), 0);
        dialog.findChild<QLineEdit*>(QStringLiteral("subject"))->setText(QStringLiteral("write report"));
        save->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(v.session->activities().tasks({}).value().size(), 1);
    }

    //! Not a check: with CONFIDANT_SCREENSHOT_DIR set, saves pictures of a timeline and of My day there.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("CONFIDANT_SCREENSHOT_DIR");
        if (dir.isEmpty()) {
            QSKIP("CONFIDANT_SCREENSHOT_DIR is not set");
        }
        TestVault v;
        QVERIFY(v.create());
        v.clock.advanceMs(15 * kHour); // 2026-01-01 15:00 UTC
        const QString grace = newContact(v);
        Company navy;
        navy.name = QStringLiteral("US Navy");
        const QString navyUid = v.session->companies().create(navy)->uid;
        const ActivityKind kinds[]
            = {ActivityKind::Call, ActivityKind::Meeting, ActivityKind::Email, ActivityKind::Note};
        const char* subjects[] = {"Intro call about the compiler project",
                                  "Workshop on COBOL adoption",
                                  "Sent the pricing sheet",
                                  "Prefers morning calls; allergic to slide decks",
                                  "Follow-up on the pilot"};
        for (int i = 0; i < 20; ++i) {
            Activity a;
            a.kind = kinds[i % 4];
            a.subject = QString::fromLatin1(subjects[i % 5]);
            a.body = i % 3 == 0
                ? QStringLiteral("Discussed next steps and the budget for Q%1.\nSecond line.").arg(i % 4 + 1)
                : QString();
            a.atMs = v.clock.nowMs() - qint64(i) * 26 * kHour;
            a.links = {EntityRef {EntityType::Contact, grace, 0, {}}};
            if (i % 4 == 1) {
                a.links.append(EntityRef {EntityType::Company, navyUid, 0, {}});
            }
            QVERIFY(v.session->activities().add(a));
        }
        Activity t = task(QStringLiteral("Send the signed contract"), v.clock.nowMs() + 3 * kHour);
        t.links = {EntityRef {EntityType::Contact, grace, 0, {}}};
        QVERIFY(v.session->activities().add(t));
        Activity late = task(QStringLiteral("Call back about the invoice"), v.clock.nowMs() - 30 * kHour);
        late.links = {EntityRef {EntityType::Contact, grace, 0, {}}};
        QVERIFY(v.session->activities().add(late));
        Activity done = task(QStringLiteral("Book the meeting room"), v.clock.nowMs() - 2 * kHour);
        done.links = {EntityRef {EntityType::Contact, grace, 0, {}}};
        auto doneTask = v.session->activities().add(done);
        QVERIFY(v.session->activities().complete(doneTask->id));
        QVERIFY(v.session->activities().add(
            task(QStringLiteral("Prepare the quarterly review"), v.clock.nowMs() + 2 * kHour)));
        QVERIFY(
            v.session->activities().add(task(QStringLiteral("Renew the support plan"), v.clock.nowMs() - 72 * kHour)));

        ChangeNotifier notifier(v.session->gate());
        TimelineWidget timeline(*v.session, EntityType::Contact, grace, &notifier);
        timeline.resize(760, 560);
        timeline.show();
        QVERIFY(QTest::qWaitForWindowExposed(&timeline));
        QVERIFY(timeline.grab().save(dir + QStringLiteral("/timeline.png")));

        MyDayPage page(*v.session, notifier);
        page.setTimeZone(QTimeZone::utc());
        page.resize(760, 420);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.grab().save(dir + QStringLiteral("/myday.png")));

        crm::Activity call;
        call.kind = ActivityKind::Task;
        call.links = {EntityRef {EntityType::Contact, grace, 0, QStringLiteral("Grace Hopper")}};
        ActivityEditorDialog editor(v.session->activities(), call, v.clock.nowMs());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.grab().save(dir + QStringLiteral("/editor.png")));
    }
};

QTEST_MAIN(TestTimelineUi)
#include "TestTimelineUi.moc"
