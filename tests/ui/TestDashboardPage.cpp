#include "core/crm/ContactService.h"
#include "core/crm/DashboardService.h"
#include "core/privacy/RequestService.h"
#include "core/security/MutationGate.h"
#include "core/storage/Statement.h"

#include "ui/ChangeNotifier.h"
#include "ui/DashboardPage.h"
#include "ui/MainWindow.h"
#include "ui/SessionHost.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include "tests/support/TestVault.h"

#include <variant>

using namespace confidant;
using confidant::ui::DashboardPage;

namespace {

qint64 localMs(int y, int m, int d, int h = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::LocalTime).toMSecsSinceEpoch();
}

bool exec(storage::Database& db, const QString& sql)
{
    auto s = db.prepare(sql);
    return s && s->run().ok();
}

QString uid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString dealSql(qint64 stage, qint64 minor, const char* currency, const char* status = "open", qint64 closedAt = 0)
{
    return QStringLiteral("INSERT INTO deals (uid, title, value_minor, currency, pipeline_id, stage_id, status, "
                          "closed_at, created_at, updated_at) VALUES ('%1', 'Deal', %2, '%3', "
                          "(SELECT pipeline_id FROM stages WHERE id = %4), %4, '%5', %6, 0, 0)")
        .arg(uid())
        .arg(minor)
        .arg(QLatin1String(currency))
        .arg(stage)
        .arg(QLatin1String(status))
        .arg(closedAt ? QString::number(closedAt) : QStringLiteral("NULL"));
}

// Sales: Lead (10 %) and Qualified (50 %); EUR and USD deals; one won this quarter, one lost the last.
bool seed(test::TestVault& v)
{
    storage::Database& db = v.session->vault().db();
    bool ok = exec(db,
                   QStringLiteral("INSERT INTO pipelines (id, uid, name, position, created_at, updated_at) VALUES "
                                  "(1, '%1', 'Sales', 0, 0, 0), (2, '%2', 'Partners', 1, 0, 0)")
                       .arg(uid(), uid()));
    ok = ok
        && exec(db,
                QStringLiteral("INSERT INTO stages (id, uid, pipeline_id, name, position, probability, kind) VALUES "
                               "(1, '%1', 1, 'Lead', 0, 10, 'open'), (2, '%2', 1, 'Qualified', 1, 50, 'open'), "
                               "(3, '%3', 1, 'Won', 2, 100, 'won'), (4, '%4', 2, 'Talk', 0, 20, 'open')")
                    .arg(uid(), uid(), uid(), uid()));
    ok = ok && exec(db, dealSql(1, 100000, "EUR")) && exec(db, dealSql(1, 50000, "EUR"))
        && exec(db, dealSql(2, 200000, "EUR")) && exec(db, dealSql(1, 30000, "USD"))
        && exec(db, dealSql(4, 99900, "EUR")) && exec(db, dealSql(3, 70000, "EUR", "won", localMs(2026, 2, 1, 10)))
        && exec(db, dealSql(3, 10000, "EUR", "lost", localMs(2025, 11, 20, 10)));
    const qint64 now = v.clock.nowMs();
    ok = ok
        && exec(db,
                QStringLiteral("INSERT INTO activities (uid, kind, at, due_at, owner_uid, created_at, updated_at) "
                               "VALUES ('%1', 'task', %2, %3, '%4', %2, %2), ('%5', 'task', %2, %6, 'other', %2, %2)")
                    .arg(uid())
                    .arg(now)
                    .arg(localMs(2026, 2, 10))
                    .arg(v.session->actor().uid, uid())
                    .arg(localMs(2026, 2, 15, 18)));
    return ok;
}

QList<qreal> valuesOf(QBarSet* set)
{
    QList<qreal> values;
    for (int i = 0; i < set->count(); ++i) {
        values << set->at(i);
    }
    return values;
}

QBarSeries* barsOf(QChart* chart)
{
    const auto series = chart->series();
    return series.size() == 1 ? qobject_cast<QBarSeries*>(series.first()) : nullptr;
}

} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void chartsHoldTheSeededValues()
    {
        test::TestVault v;
        QVERIFY(v.create());
        v.clock.advanceMs(localMs(2026, 2, 15, 12) - v.clock.nowMs());
        QVERIFY(seed(v));
        ui::ChangeNotifier notifier(v.session->gate());
        DashboardPage page(*v.session, notifier);

        QVERIFY(!page.isShowingEmptyState());
        QCOMPARE(page.currency(), QStringLiteral("EUR"));
        QCOMPARE(page.currencySelector()->count(), 2);
        QCOMPARE(page.currencySelector()->currentData().toString(), QStringLiteral("EUR"));
        QCOMPARE(page.pipelineSelector()->count(), 2);
        QCOMPARE(page.pipelineSelector()->currentText(), QStringLiteral("Sales"));

        QBarSeries* pipeline = barsOf(page.pipelineChart());
        QVERIFY(pipeline);
        QCOMPARE(pipeline->count(), 2);
        QCOMPARE(valuesOf(pipeline->barSets().at(0)), (QList<qreal> {1500.0, 2000.0}));
        QCOMPARE(valuesOf(pipeline->barSets().at(1)), (QList<qreal> {150.0, 1000.0}));
        auto* stages = qobject_cast<QBarCategoryAxis*>(page.pipelineChart()->axes(Qt::Horizontal).value(0));
        QVERIFY(stages);
        QCOMPARE(stages->categories(), (QStringList {QStringLiteral("Lead"), QStringLiteral("Qualified")}));
        const QString summary = page.findChild<QLabel*>(QStringLiteral("pipelineSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("€3,500.00")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("1 more open deal in other currencies")), qPrintable(summary));

        QBarSeries* quarters = barsOf(page.quarterChart());
        QVERIFY(quarters);
        QCOMPARE(quarters->barSets().at(0)->label(), QStringLiteral("Won"));
        QCOMPARE(valuesOf(quarters->barSets().at(0)), (QList<qreal> {0.0, 700.0}));
        QCOMPARE(valuesOf(quarters->barSets().at(1)), (QList<qreal> {100.0, 0.0}));

        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("overdueTasks"))->text().contains(QLatin1String(">1<")), true);
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("tasksDueToday"))->text().contains(QLatin1String(">0<")), true);
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("everyoneTasks"))
                    ->text()
                    .contains(QStringLiteral("1 overdue, 1 due today")));

        // Another currency: the same stages, that currency's values.
        page.currencySelector()->setCurrentIndex(page.currencySelector()->findData(QStringLiteral("USD")));
        QCOMPARE(page.currency(), QStringLiteral("USD"));
        pipeline = barsOf(page.pipelineChart());
        QVERIFY(pipeline);
        QCOMPARE(valuesOf(pipeline->barSets().at(0)), (QList<qreal> {300.0, 0.0}));

        // Another pipeline.
        page.pipelineSelector()->setCurrentIndex(1);
        QCOMPARE(page.snapshot().pipeline.name, QStringLiteral("Partners"));
        QCOMPARE(page.currency(), QStringLiteral("USD")); // the user's choice stays
        page.currencySelector()->setCurrentIndex(page.currencySelector()->findData(QStringLiteral("EUR")));
        pipeline = barsOf(page.pipelineChart());
        QVERIFY(pipeline);
        QCOMPARE(valuesOf(pipeline->barSets().at(0)), (QList<qreal> {999.0}));
    }

    void emptyVaultShowsTheEmptyState()
    {
        test::TestVault v;
        QVERIFY(v.create());
        ui::ChangeNotifier notifier(v.session->gate());
        DashboardPage page(*v.session, notifier);
        QVERIFY(page.isShowingEmptyState());
        auto* empty = page.findChild<QLabel*>(QStringLiteral("dashboardEmptyState"));
        QVERIFY(empty);
        QVERIFY(empty->text().contains(QStringLiteral("No deals yet")));
        QVERIFY(page.pipelineChart()->series().isEmpty());
        QVERIFY(page.pipelineChart()->axes().isEmpty());
        QVERIFY(page.quarterChart()->series().isEmpty());
        QVERIFY(!page.currencySelector()->isVisibleTo(&page));
        QCOMPARE(page.recentContactsList()->count(), 1);
        QCOMPARE(page.recentContactsList()->item(0)->flags(), Qt::NoItemFlags);
    }

    void refreshesAfterAWrite()
    {
        test::TestVault v;
        QVERIFY(v.create());
        ui::ChangeNotifier notifier(v.session->gate());
        DashboardPage page(*v.session, notifier);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.isShowingEmptyState());

        // A write through the gate (as DealService makes them) tells the page, which reloads shortly after.
        security::Mutation m {QStringLiteral("deal.create"), QStringLiteral("deal")};
        auto written = v.session->gate().apply<std::monostate>(
            m, [](storage::Database& db, security::Mutation&) -> Result<std::monostate> {
                const bool ok = exec(db,
                                     QStringLiteral("INSERT INTO pipelines (id, uid, name, position, created_at, "
                                                    "updated_at) VALUES (1, '%1', 'Sales', 0, 0, 0)")
                                         .arg(uid()))
                    && exec(db,
                            QStringLiteral("INSERT INTO stages (id, uid, pipeline_id, name, position, "
                                           "probability) VALUES (1, '%1', 1, 'Lead', 0, 25)")
                                .arg(uid()))
                    && exec(db, dealSql(1, 12345, "EUR"));
                if (!ok) {
                    return makeError(ErrorKind::Io, QStringLiteral("seed failed"));
                }
                return std::monostate {};
            });
        QVERIFY(written.ok());
        QVERIFY(page.isShowingEmptyState()); // debounced: not inside the write
        QTRY_VERIFY(!page.isShowingEmptyState());
        QBarSeries* pipeline = barsOf(page.pipelineChart());
        QVERIFY(pipeline);
        QCOMPARE(valuesOf(pipeline->barSets().at(0)), (QList<qreal> {123.45}));
    }

    void activatingARecentContactAsksToOpenIt()
    {
        test::TestVault v;
        QVERIFY(v.create());
        crm::Contact c;
        c.givenName = QStringLiteral("Ada");
        c.familyName = QStringLiteral("Lovelace");
        auto ada = v.session->contacts().create(c);
        QVERIFY(ada.ok());
        v.clock.advanceMs(1000);
        c.givenName = QStringLiteral("Bob");
        QVERIFY(v.session->contacts().create(c).ok());

        ui::ChangeNotifier notifier(v.session->gate());
        DashboardPage page(*v.session, notifier);
        QListWidget* list = page.recentContactsList();
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("Bob Lovelace")));
        QVERIFY(list->item(1)->text().startsWith(QStringLiteral("Ada Lovelace")));
        QSignalSpy requested(&page, &DashboardPage::contactRequested);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        list->setFocus();
        list->setCurrentRow(1);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toLongLong(), ada->id.value);
    }

    void consentsDueForRenewalAreListed()
    {
        test::TestVault v;
        QVERIFY(v.create());
        Session& s = *v.session;
        crm::Contact c;
        c.givenName = QStringLiteral("Ada");
        c.familyName = QStringLiteral("Lovelace");
        auto ada = s.contacts().create(c);
        c.givenName = QStringLiteral("Grace");
        c.familyName = QStringLiteral("Hopper");
        auto grace = s.contacts().create(c);
        c.givenName = QStringLiteral("Alan");
        c.familyName = QStringLiteral("Turing");
        auto alan = s.contacts().create(c);
        QVERIFY(ada && grace && alan);
        auto newsletter = s.purposes().find(QStringLiteral("Newsletter"));
        QVERIFY(newsletter);
        const qint64 day = 24LL * 3600 * 1000;
        privacy::ConsentRecord soon {privacy::ConsentMethod::Paper, {}, {}, {}, v.clock.nowMs() + 10 * day};
        privacy::ConsentRecord later {privacy::ConsentMethod::Paper, {}, {}, {}, v.clock.nowMs() + 90 * day};
        privacy::ConsentRecord lapsing {privacy::ConsentMethod::Paper, {}, {}, {}, v.clock.nowMs() + 2 * day};
        QVERIFY(s.consents().grant(ada->id, newsletter->id, soon));
        QVERIFY(s.consents().grant(grace->id, newsletter->id, later)); // not due within 30 days
        QVERIFY(s.consents().grant(alan->id, newsletter->id, lapsing));
        v.clock.advanceDays(3); // Alan's has expired now, Ada's expires in 7 days

        ui::ChangeNotifier notifier(v.session->gate());
        DashboardPage page(*v.session, notifier);
        QListWidget* list = page.consentsDueList();
        QVERIFY(list);
        QCOMPARE(list->count(), 2);
        // Soonest first: Alan's (expired) then Ada's.
        QVERIFY2(list->item(0)->text().startsWith(QStringLiteral("Alan Turing — Newsletter, expired")),
                 qPrintable(list->item(0)->text()));
        QVERIFY2(list->item(1)->text().startsWith(QStringLiteral("Ada Lovelace — Newsletter, expires")),
                 qPrintable(list->item(1)->text()));
        QVERIFY(list->item(0)->font().bold());
        QSignalSpy requested(&page, &DashboardPage::contactRequested);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        list->setFocus();
        list->setCurrentRow(1);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toLongLong(), ada->id.value);

        // Renewed, Ada's leaves the list.
        QVERIFY(s.consents().refresh(ada->id, newsletter->id, later));
        page.refresh();
        QCOMPARE(list->count(), 1);
    }

    void emptyConsentListSaysSo()
    {
        test::TestVault v;
        QVERIFY(v.create());
        ui::ChangeNotifier notifier(v.session->gate());
        DashboardPage page(*v.session, notifier);
        QCOMPARE(page.consentsDueList()->count(), 1);
        QCOMPARE(page.consentsDueList()->item(0)->flags(), Qt::NoItemFlags);
        QVERIFY(page.consentsDueList()->item(0)->text().contains(QStringLiteral("No consent")));
    }

    void requestsDueAreListedForThoseWhoHandleThem()
    {
        test::TestVault v; // now: 2026-01-01T00:00Z
        QVERIFY(v.create());
        Session& s = *v.session;
        const auto received
            = [](int y, int m, int d) { return QDateTime(QDate(y, m, d), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch(); };
        privacy::NewRequest erasure;
        erasure.kind = privacy::RequestKind::Erasure;
        erasure.jurisdiction = privacy::Jurisdiction::Lgpd;
        erasure.receivedAtMs = received(2025, 12, 10); // due 25 Dec: overdue
        privacy::NewRequest access;
        access.kind = privacy::RequestKind::Access;
        access.jurisdiction = privacy::Jurisdiction::Gdpr;
        access.receivedAtMs = received(2025, 12, 5); // due 5 Jan
        privacy::NewRequest later = access;
        later.receivedAtMs = received(2025, 12, 31); // due 31 Jan: not yet
        privacy::NewRequest closed = erasure;
        QVERIFY(s.requests().add(erasure));
        QVERIFY(s.requests().add(access));
        QVERIFY(s.requests().add(later));
        auto done = s.requests().add(closed);
        QVERIFY(done);
        QVERIFY(s.requests().close(done->reference, privacy::RequestOutcome::Withdrawn, {}));

        ui::ChangeNotifier notifier(v.session->gate());
        DashboardPage page(*v.session, notifier);
        QListWidget* list = page.requestsDueList();
        QVERIFY(list);
        QCOMPARE(list->objectName(), QStringLiteral("requestsDueList"));
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(), QStringLiteral("R-2025-0001 — Erasure, due 12/25/25 (7 days overdue)"));
        QCOMPARE(list->item(1)->text(), QStringLiteral("R-2025-0002 — Access, due 1/5/26 (4 days left)"));
        QVERIFY(list->item(0)->font().bold());
        QVERIFY(!list->item(1)->font().bold());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(list->isVisible());

        // Closed, it leaves the list.
        QVERIFY(s.requests().close(QStringLiteral("R-2025-0001"), privacy::RequestOutcome::Withdrawn, {}));
        page.refresh();
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("R-2025-0002")));

        // A sales rep may not see who asked: no list at all.
        QVERIFY(s.profiles().add(QStringLiteral("Rep"), security::Role::SalesRep, test::secret("")).ok());
        QVERIFY(s.actAs(QStringLiteral("Rep"), test::secret("")).ok());
        page.refresh();
        QVERIFY(!list->isVisible());
        QCOMPARE(list->count(), 0);
    }

    void startUpNoticeCountsRequestsDue()
    {
        test::TestVault v; // now: 2026-01-01T00:00Z
        QVERIFY(v.create());
        privacy::NewRequest overdue;
        overdue.jurisdiction = privacy::Jurisdiction::Lgpd;
        overdue.receivedAtMs = v.clock.nowMs() - 20LL * 24 * 3600 * 1000; // due 5 days ago
        privacy::NewRequest soon;
        soon.jurisdiction = privacy::Jurisdiction::Lgpd;
        soon.receivedAtMs = v.clock.nowMs() - 10LL * 24 * 3600 * 1000; // due in 5 days
        QVERIFY(v.session->requests().add(overdue));
        QVERIFY(v.session->requests().add(soon));
        QVERIFY(v.session->requests().add(soon));
        ui::SessionHost host(v.clock, nullptr);
        host.start(std::move(v.session));
        ui::MainWindow window(host);
        window.show();
        auto* notice = window.findChild<QLabel*>(QStringLiteral("requestsDueNotice"));
        QVERIFY(notice);
        QTRY_VERIFY(notice->isVisible());
        QCOMPARE(notice->text(), QStringLiteral("⚠ Requests: 1 overdue, 2 due within 7 days (see the Dashboard)"));
        // No dialog: the notice informs, nothing waits for a click.
        QVERIFY(!QApplication::activeModalWidget());
    }

    void emptyRequestListSaysSo()
    {
        test::TestVault v;
        QVERIFY(v.create());
        ui::ChangeNotifier notifier(v.session->gate());
        DashboardPage page(*v.session, notifier);
        QCOMPARE(page.requestsDueList()->count(), 1);
        QCOMPARE(page.requestsDueList()->item(0)->flags(), Qt::NoItemFlags);
        QCOMPARE(page.requestsDueList()->item(0)->text(), QStringLiteral("No request is due in the next 7 days."));
    }

    void taskNumbersLinkToMyDay()
    {
        test::TestVault v;
        QVERIFY(v.create());
        ui::ChangeNotifier notifier(v.session->gate());
        DashboardPage page(*v.session, notifier);
        auto* overdue = page.findChild<QLabel*>(QStringLiteral("overdueTasks"));
        QVERIFY(!overdue->text().contains(QStringLiteral("href")));
        page.setTasksLinked(true);
        QVERIFY(overdue->text().contains(QStringLiteral("href")));
        QSignalSpy requested(&page, &DashboardPage::tasksRequested);
        emit overdue->linkActivated(QStringLiteral("my-day"));
        QCOMPARE(requested.count(), 1);
    }
};

QTEST_MAIN(TestDashboardPage)
#include "TestDashboardPage.moc"
