#include "core/Session.h"
#include "core/security/AuditService.h"

#include "ui/AuditPage.h"
#include "ui/AuditTableModel.h"
#include "ui/ContactsPage.h"
#include "ui/MainWindow.h"
#include "ui/SessionHost.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/TestVault.h"

#include <memory>

using namespace confidant;
using confidant::ui::AuditPage;
using confidant::ui::AuditTableModel;
using confidant::ui::MainWindow;
using confidant::ui::SessionHost;

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;

struct AuditWindow
{
    test::TestVault vault;
    std::unique_ptr<SessionHost> host;
    std::unique_ptr<MainWindow> window;

    //! A vault without scheduled backups: these tests count audit entries, and a backup due at start-up
    //! would add one at a moment of its own.
    bool create()
    {
        return vault.create() && vault.session->settings().setBackupSchedule({false, 24, 7}).ok();
    }
    bool open()
    {
        if (!vault.session && !create()) {
            return false;
        }
        host = std::make_unique<SessionHost>(vault.clock, nullptr);
        host->start(std::move(vault.session));
        window = std::make_unique<MainWindow>(*host);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get())) {
            return false;
        }
        window->showAuditTrail();
        return window->auditPage() && window->auditPage()->isVisible();
    }
    Session& session()
    {
        return *host->session();
    }
    AuditPage* page() const
    {
        return window->auditPage();
    }
    AuditTableModel* model() const
    {
        return window->auditPage()->model();
    }
    ~AuditWindow()
    {
        window.reset();
    }
};

crm::Contact person(const QString& given, const QString& family)
{
    crm::Contact c;
    c.givenName = given;
    c.familyName = family;
    c.source = QStringLiteral("test");
    return c;
}

QStringList column(const AuditTableModel& model, int column)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row) {
        out.append(model.index(row, column).data().toString());
    }
    return out;
}

} // namespace

class TestAuditViewer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void entriesAppearAfterEdits()
    {
        AuditWindow w;
        QVERIFY(w.open());
        const int before = w.model()->rowCount();
        auto created = w.session().contacts().create(person(QStringLiteral("Ada"), QStringLiteral("Lovelace")));
        QVERIFY(created.ok());
        QTRY_COMPARE(w.model()->rowCount(), before + 1);
        // Newest first, with the columns the trail records, and never the person's name.
        const auto cell = [&](int c) { return w.model()->index(0, c).data().toString(); };
        QCOMPARE(cell(AuditTableModel::ActionColumn), QStringLiteral("contact.create"));
        QCOMPARE(cell(AuditTableModel::EntityTypeColumn), QStringLiteral("contact"));
        QCOMPARE(cell(AuditTableModel::EntityUidColumn), created->uid);
        QCOMPARE(cell(AuditTableModel::ProfileColumn), QStringLiteral("owner"));
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(w.vault.clock.nowMs(), Qt::UTC).toLocalTime();
        QCOMPARE(cell(AuditTableModel::TimeColumn), local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        for (int c = 0; c < AuditTableModel::ColumnCount; ++c) {
            QVERIFY(!cell(c).contains(QStringLiteral("Lovelace")));
        }
        QVERIFY(w.model()->index(0, AuditTableModel::SeqColumn).data().toLongLong()
                > w.model()->index(1, AuditTableModel::SeqColumn).data().toLongLong());
        QTRY_VERIFY(w.window->findChild<QLabel*>(QStringLiteral("count"))->text().contains(QStringLiteral("entr")));
    }

    void pagesLoadLazily()
    {
        AuditWindow w;
        QVERIFY(w.create());
        for (int i = 0; i < 410; ++i) {
            QVERIFY(w.vault.session->contacts().create(person(QStringLiteral("P%1").arg(i), QStringLiteral("X"))).ok());
        }
        QVERIFY(w.open());
        QCOMPARE(w.model()->rowCount(), AuditTableModel::kPageSize);
        QVERIFY(w.model()->canFetchMore({}));
        w.model()->fetchMore({});
        QCOMPARE(w.model()->rowCount(), 2 * AuditTableModel::kPageSize);
        w.model()->fetchMore({});
        QVERIFY(!w.model()->canFetchMore({}));
        QSet<qint64> seqs;
        for (int row = 0; row < w.model()->rowCount(); ++row) {
            seqs.insert(w.model()->index(row, 0).data(AuditTableModel::SeqRole).toLongLong());
        }
        QCOMPARE(seqs.size(), w.model()->rowCount()); // no repeats across pages
    }

    void filtersNarrowTheList()
    {
        AuditWindow w;
        QVERIFY(w.create());
        Session& s = *w.vault.session;
        auto ada = s.contacts().create(person(QStringLiteral("Ada"), QStringLiteral("Lovelace")));
        QVERIFY(ada.ok());
        crm::Company acme;
        acme.name = QStringLiteral("Acme");
        acme.source = QStringLiteral("test");
        QVERIFY(s.companies().create(acme).ok());
        QVERIFY(s.profiles().add(QStringLiteral("Sam"), security::Role::SalesRep, storage::SecretBuffer()).ok());
        QVERIFY(s.actAs(QStringLiteral("Sam"), storage::SecretBuffer()).ok());
        w.vault.clock.advanceMs(5 * kDayMs);
        auto grace = s.contacts().create(person(QStringLiteral("Grace"), QStringLiteral("Hopper")));
        QVERIFY(grace.ok());
        ada->jobTitle = QStringLiteral("Analyst");
        QVERIFY(s.contacts().update(*ada).ok());
        QVERIFY(s.actAs(QStringLiteral("owner"), storage::SecretBuffer()).ok());
        QVERIFY(w.open());
        const int all = w.model()->rowCount();
        // Backup schedule, contact, company, profile; then Sam: contact, update; and the default pipeline the
        // window seeds when it first shows the deals.
        QCOMPARE(all, 7);

        // Entity uid.
        QTest::keyClicks(w.page()->findChild<QLineEdit*>(QStringLiteral("auditEntityUid")), ada->uid);
        QTRY_COMPARE(w.model()->rowCount(), 2);
        QCOMPARE(column(*w.model(), AuditTableModel::ActionColumn),
                 (QStringList {QStringLiteral("contact.update"), QStringLiteral("contact.create")}));
        w.page()->findChild<QLineEdit*>(QStringLiteral("auditEntityUid"))->clear();
        QTRY_COMPARE(w.model()->rowCount(), all);

        // Profile, from the list of profiles.
        auto* profile = w.page()->findChild<QComboBox*>(QStringLiteral("auditProfile"));
        profile->setCurrentIndex(profile->findData(QStringLiteral("Sam")));
        QTRY_COMPARE(w.model()->rowCount(), 2);
        QCOMPARE(column(*w.model(), AuditTableModel::ProfileColumn), QStringList(2, QStringLiteral("Sam")));
        profile->setCurrentIndex(0);
        QTRY_COMPARE(w.model()->rowCount(), all);

        // Action: an exact action offered from the entries, a family typed as free text.
        auto* action = w.page()->findChild<QComboBox*>(QStringLiteral("auditAction"));
        QVERIFY(action->findData(QStringLiteral("contact.create")) >= 0);
        action->setCurrentIndex(action->findData(QStringLiteral("contact.create")));
        QTRY_COMPARE(w.model()->rowCount(), 2);
        action->setEditText(QStringLiteral("company."));
        QTRY_COMPARE(column(*w.model(), AuditTableModel::ActionColumn), QStringList {QStringLiteral("company.create")});
        action->setCurrentIndex(0);
        QTRY_COMPARE(w.model()->rowCount(), all);

        // Date range, in local days: from the later day on only Sam's two writes and the pipeline seed are left.
        const QDate later = QDateTime::fromMSecsSinceEpoch(w.vault.clock.nowMs(), Qt::UTC).toLocalTime().date();
        auto* from = w.page()->findChild<QDateEdit*>(QStringLiteral("auditFrom"));
        auto* to = w.page()->findChild<QDateEdit*>(QStringLiteral("auditTo"));
        from->setDate(later);
        w.page()->findChild<QCheckBox*>(QStringLiteral("auditFromEnabled"))->setChecked(true);
        w.page()->applyFilters();
        QCOMPARE(w.model()->rowCount(), 3);
        to->setDate(later.addDays(-1));
        w.page()->findChild<QCheckBox*>(QStringLiteral("auditToEnabled"))->setChecked(true);
        w.page()->applyFilters();
        QCOMPARE(w.model()->rowCount(), 0);
        w.page()->findChild<QCheckBox*>(QStringLiteral("auditFromEnabled"))->setChecked(false);
        w.page()->applyFilters();
        QCOMPARE(w.model()->rowCount(), all - 3); // everything before the later day

        QTest::mouseClick(w.page()->findChild<QPushButton*>(QStringLiteral("auditClearFilters")), Qt::LeftButton);
        QCOMPARE(w.model()->rowCount(), all);
    }

    void verifyShowsOkThenTheBrokenEntry()
    {
        AuditWindow w;
        QVERIFY(w.create());
        for (const char* name : {"Ada", "Grace", "Hedy"}) {
            QVERIFY(w.vault.session->contacts().create(person(QString::fromLatin1(name), QStringLiteral("Test"))).ok());
        }
        QVERIFY(w.open());
        auto* verify = w.page()->findChild<QPushButton*>(QStringLiteral("auditVerify"));
        auto* result = w.page()->findChild<QLabel*>(QStringLiteral("auditVerifyResult"));
        QVERIFY(result->text().isEmpty());
        QTest::mouseClick(verify, Qt::LeftButton);
        QVERIFY2(result->text().contains(QStringLiteral("intact")), qPrintable(result->text()));

        // Someone edits an entry behind Confidant's back.
        const qint64 seq = w.model()->index(1, AuditTableModel::SeqColumn).data().toLongLong();
        const QByteArray sql = "UPDATE audit_log SET summary = 'nothing to see' WHERE seq = " + QByteArray::number(seq);
        QVERIFY(w.session().vault().db().exec(sql.constData()).ok());
        QTest::mouseClick(verify, Qt::LeftButton);
        QVERIFY2(result->text().contains(QStringLiteral("broken")), qPrintable(result->text()));
        QVERIFY2(result->text().contains(QStringLiteral("No. %1").arg(seq)), qPrintable(result->text()));
    }

    void csvExportWritesHeaderAndRows()
    {
        AuditWindow w;
        QVERIFY(w.create());
        QVERIFY(w.vault.session->contacts().create(person(QStringLiteral("Ada"), QStringLiteral("Lovelace"))).ok());
        QVERIFY(w.open());
        const int entries = w.model()->rowCount();
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("audit.csv"));

        QTest::mouseClick(w.page()->findChild<QPushButton*>(QStringLiteral("auditExport")), Qt::LeftButton);
        QFileDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = w.page()->findChild<QFileDialog*>(QStringLiteral("auditExportDialog"))) != nullptr);
        QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
        dialog->selectFile(path);
        QVERIFY(QMetaObject::invokeMethod(dialog, "accept")); // as the Save button does
        QTRY_VERIFY(QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.first() + '\n', security::AuditService::csvHeader());
        // Every entry plus the export's own, oldest first; the final line break leaves an empty tail.
        QCOMPARE(lines.size() - 2, entries + 1);
        QVERIFY(lines.at(lines.size() - 2).contains("audit.export"));
        QVERIFY(!csv.contains("Lovelace"));
        QTRY_VERIFY(w.window->statusBar()->currentMessage().contains(QStringLiteral("audit.csv")));
        // The list shows the export too.
        QTRY_COMPARE(w.model()->index(0, AuditTableModel::ActionColumn).data().toString(),
                     QStringLiteral("audit.export"));
    }

    void failedExportLeavesNoFile()
    {
        AuditWindow w;
        QVERIFY(w.open());
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("missing/folder/audit.csv"));
        auto written = w.page()->exportTo(path);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().kind, ErrorKind::Io);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    }

    // A symbolic link at PATH.part to someone else's file (issue #16): the export neither writes through it
    // nor puts it in place of PATH. Before, the audit export opened PATH.part truncating whatever the link
    // pointed to and wrote the trail into it, then renamed the link to PATH.
    void aLinkAtThePartNameIsNotFollowed()
    {
        AuditWindow w;
        QVERIFY(w.open());
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("audit.csv"));
        const QString victim = out.filePath(QStringLiteral("victim.txt"));
        {
            QFile f(victim);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write("precious"), qint64(8));
        }
        QVERIFY(QFile::link(victim, path + QStringLiteral(".part")));
        auto written = w.page()->exportTo(path);
        QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().message));

        QFile kept(victim);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("precious"));
        QVERIFY(!QFileInfo(victim).isSymLink());
        QVERIFY(!QFileInfo(path).isSymLink());
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().startsWith(security::AuditService::csvHeader()));
        QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }

    void filteredExportHoldsOnlyMatchingEntries()
    {
        AuditWindow w;
        QVERIFY(w.create());
        auto ada = w.vault.session->contacts().create(person(QStringLiteral("Ada"), QStringLiteral("Lovelace")));
        QVERIFY(ada.ok());
        QVERIFY(w.vault.session->contacts().create(person(QStringLiteral("Grace"), QStringLiteral("Hopper"))).ok());
        QVERIFY(w.open());
        w.page()->findChild<QLineEdit*>(QStringLiteral("auditEntityUid"))->setText(ada->uid);
        w.page()->applyFilters();
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("ada.csv"));
        auto written = w.page()->exportTo(path);
        QVERIFY(written.ok());
        QCOMPARE(*written, qint64(1));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QCOMPARE(csv.count('\n'), 2);
        QVERIFY(csv.contains(ada->uid.toUtf8()));
    }

    void pageIsOnlyForProfilesThatMayViewTheAudit()
    {
        AuditWindow w;
        QVERIFY(w.create());
        QVERIFY(w.vault.session->profiles()
                    .add(QStringLiteral("Sam"), security::Role::SalesRep, storage::SecretBuffer())
                    .ok());
        QVERIFY(w.open());
        QVERIFY(w.host->actAs(QStringLiteral("Sam"), storage::SecretBuffer()).ok());
        QVERIFY(!w.window->auditPage());
        auto* nav = w.window->findChild<QListWidget*>(QStringLiteral("navigation"));
        QVERIFY(nav->item(w.window->auditNavigationRow())->isHidden());
        QCOMPARE(w.window->contactsPage()->isVisible(), true); // moved off the audit page
    }
};

QTEST_MAIN(TestAuditViewer)
#include "TestAuditViewer.moc"
