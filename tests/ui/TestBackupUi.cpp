#include "core/Session.h"
#include "core/storage/RecoveryCode.h"
#include "core/storage/Vault.h"

#include "ui/BackupDialog.h"
#include "ui/BackupJob.h"
#include "ui/BackupScheduler.h"
#include "ui/ChangeKeyDialog.h"
#include "ui/ContactTableModel.h"
#include "ui/ContactsPage.h"
#include "ui/MainWindow.h"
#include "ui/RecoveryCodeWidget.h"
#include "ui/RestoreDialog.h"
#include "ui/SessionHost.h"
#include "ui/UnlockDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/MemoryKeyStore.h"
#include "tests/support/Screenshot.h"
#include "tests/support/TestVault.h"

#include <functional>
#include <memory>

using namespace confidant;
using confidant::ui::BackupDialog;
using confidant::ui::BackupScheduler;
using confidant::ui::ChangeKeyDialog;
using confidant::ui::MainWindow;
using confidant::ui::RestoreDialog;
using confidant::ui::SessionHost;

namespace {

constexpr qint64 kHourMs = 3600 * 1000;
constexpr const char* kNewPassphrase = "a completely different passphrase";

//! A keychain that takes its time, like one asking the user to unlock it: QtKeychainStore waits in a
//! nested event loop, in which timers, queued calls and input are handled.
class SlowKeyStore final : public storage::KeyStore
{
public:
    explicit SlowKeyStore(test::MemoryKeyStore& inner)
        : m_inner(inner)
    {
    }
    Result<storage::SecretBuffer> read(const QString& vaultUid) override
    {
        return m_inner.read(vaultUid);
    }
    Result<void> write(const QString& vaultUid, const storage::SecretBuffer& key) override
    {
        if (whileWriting) {
            whileWriting();
        }
        ++writes;
        return m_inner.write(vaultUid, key);
    }
    Result<void> remove(const QString& vaultUid) override
    {
        return m_inner.remove(vaultUid);
    }

    std::function<void()> whileWriting;
    int writes = 0;

private:
    test::MemoryKeyStore& m_inner;
};

//! A vault (passphrase mode unless `createWithKeychain` was called), the host owning its session, and
//! the main window on it.
struct BackupWindow
{
    test::PassphraseTestVault vault;
    test::MemoryKeyStore keys;
    storage::KeyStore* hostKeys = &keys; //!< what the host reads and writes keys with
    std::unique_ptr<SessionHost> host;
    std::unique_ptr<MainWindow> window;
    QString recoveryCode; //!< keychain mode: the code shown at creation

    //! A passphrase-mode vault; scheduled backups off unless `schedule` says otherwise.
    bool create(std::optional<security::BackupSchedule> schedule = security::BackupSchedule {false, 24, 7})
    {
        return vault.create() && applySchedule(schedule);
    }
    bool createWithKeychain()
    {
        storage::SecretBuffer code;
        auto created = storage::Vault::createWithKeychain(vault.path(), keys, code, vault.clock.nowMs());
        if (!created) {
            return false;
        }
        recoveryCode = QString::fromLatin1(code.data(), static_cast<qsizetype>(code.size()));
        vault.session = std::make_unique<Session>(std::move(created).value(), vault.clock);
        return applySchedule(security::BackupSchedule {false, 24, 7});
    }
    bool applySchedule(std::optional<security::BackupSchedule> schedule)
    {
        return !schedule || vault.session->settings().setBackupSchedule(*schedule).ok();
    }
    Session& session()
    {
        return host ? *host->session() : *vault.session;
    }
    //! Starts the host (optionally acting as `profile` already) and shows the window.
    bool open(const QString& profile = {})
    {
        host = std::make_unique<SessionHost>(vault.clock, hostKeys);
        host->start(std::move(vault.session));
        if (!profile.isEmpty() && !host->actAs(profile, storage::SecretBuffer()).ok()) {
            return false;
        }
        window = std::make_unique<MainWindow>(*host);
        window->show();
        window->activateWindow(); // for the shortcuts, also on a real X server without a window manager
        return QTest::qWaitForWindowActive(window.get());
    }
    QAction* action(const char* name) const
    {
        return window->findChild<QAction*>(QString::fromLatin1(name));
    }
    QString backupDir() const
    {
        return QDir(vault.path()).filePath(QStringLiteral("backups"));
    }
    //! Backup files (and leftovers) in the vault's backup folder, sorted by name.
    QStringList backupFiles(const QString& pattern = QStringLiteral("*")) const
    {
        return QDir(backupDir()).entryList({pattern}, QDir::Files | QDir::Hidden, QDir::Name);
    }
    int auditCount(const QString& action)
    {
        security::AuditQuery query;
        query.action = action;
        auto entries = session().auditLog().list(query);
        return entries ? int(entries->size()) : -1;
    }
    ~BackupWindow()
    {
        window.reset(); // pages and workers before the session
    }
};

template <typename Dialog>
Dialog* waitFor(QWidget& parent)
{
    Dialog* found = nullptr;
    const bool shown = QTest::qWaitFor([&parent, &found] {
        for (Dialog* dialog : parent.findChildren<Dialog*>()) {
            if (dialog->isVisible()) {
                found = dialog;
                return true;
            }
        }
        return false;
    });
    return shown ? found : nullptr;
}

QPushButton* button(QWidget* dialog, const char* name)
{
    return dialog->findChild<QPushButton*>(QString::fromLatin1(name));
}

QString labelText(QWidget* dialog, const char* name)
{
    auto* label = dialog->findChild<QLabel*>(QString::fromLatin1(name));
    return label && label->isVisible() ? label->text() : QString();
}

bool addContact(Session& session, const QString& given)
{
    crm::Contact c;
    c.givenName = given;
    c.familyName = QStringLiteral("Lovelace");
    c.source = QStringLiteral("test");
    return session.contacts().create(c).ok();
}

//! The recovery code as the dialog shows it, group by group.
QString shownCode(QWidget& dialog)
{
    QStringList groups;
    for (int number = 1;; ++number) {
        auto* label = dialog.findChild<QLabel*>(QStringLiteral("group%1").arg(number));
        if (!label || label->text().isEmpty()) {
            break;
        }
        groups.append(label->text());
    }
    return groups.join(QLatin1Char('-'));
}

//! Saves a picture of `widget` when CONFIDANT_SCREENSHOT_DIR is set (for reviewing the dialogs by eye).
void screenshot(QWidget* widget, const char* name)
{
    const QString dir = qEnvironmentVariable("CONFIDANT_SCREENSHOT_DIR");
    if (!dir.isEmpty() && widget) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // as the event loop would
        QDir().mkpath(dir);
        widget->grab().save(QDir(dir).filePath(QString::fromLatin1(name) + QStringLiteral(".png")));
    }
}

Result<std::unique_ptr<storage::Vault>> openWith(const QString& dir, const char* passphrase)
{
    return storage::Vault::open(dir, nullptr, storage::UnlockSecret {test::secret(passphrase)});
}

} // namespace

class TestBackupUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void backUpNowWritesAVerifiedBackupAndAuditsIt()
    {
        BackupWindow w;
        QVERIFY(w.create());
        QVERIFY(addContact(*w.vault.session, QStringLiteral("Ada")));
        QVERIFY(w.open());
        QVERIFY(w.action("backupAction")->isVisible());
        QCOMPARE(w.auditCount(QStringLiteral("vault.backup")), 0);

        QTest::keyClick(w.window.get(), Qt::Key_B, Qt::ControlModifier);
        auto* dialog = waitFor<BackupDialog>(*w.window);
        QVERIFY(dialog);
        QVERIFY(!dialog->isModal()); // the window keeps working
        // By default a new file in the vault's backups folder.
        const QFileInfo target(dialog->path());
        QCOMPARE(target.absolutePath(), QFileInfo(w.backupDir()).absoluteFilePath());
        QVERIFY(target.fileName().startsWith(QStringLiteral("confidant-")));
        QVERIFY(target.fileName().endsWith(QStringLiteral(".backup")));
        QVERIFY(labelText(dialog, "opensWith").contains(QStringLiteral("passphrase")));
        screenshot(dialog, "backup-ready");

        QTest::mouseClick(button(dialog, "backUp"), Qt::LeftButton);
        QCOMPARE(dialog->state(), BackupDialog::State::Running);
        QVERIFY(button(dialog, "cancel")->isVisible());
        QVERIFY(!button(dialog, "backUp")->isVisible());
        screenshot(dialog, "backup-running");
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), BackupDialog::State::Done, 20000);
        screenshot(dialog, "backup-done");

        QVERIFY(QFileInfo::exists(target.absoluteFilePath()));
        QVERIFY(!QFileInfo::exists(target.absoluteFilePath() + QStringLiteral(".part")));
        const QString result = labelText(dialog, "result");
        QVERIFY2(result.startsWith(QStringLiteral("Backup written and verified: ")), qPrintable(result));
        QVERIFY(result.contains(QDir::toNativeSeparators(target.absoluteFilePath())));
        QVERIFY(result.contains(QStringLiteral("passphrase")));
        QVERIFY(labelText(dialog, "error").isEmpty());
        QVERIFY(w.window->statusBar()->currentMessage().startsWith(QStringLiteral("Backup written")));

        // The file opens with the vault's passphrase, and is this vault at this time.
        auto meta = storage::Vault::inspectBackup(target.absoluteFilePath(),
                                                  test::secret(test::PassphraseTestVault::kPassphrase));
        QVERIFY2(meta.ok(), qPrintable(meta.ok() ? QString() : meta.error().message));
        QCOMPARE(meta->vaultUid, w.session().vault().descriptor().uid);
        QCOMPARE(meta->takenAtMs, w.vault.clock.nowMs());
        QVERIFY(!storage::Vault::inspectBackup(target.absoluteFilePath(), test::secret("not the passphrase")).ok());
        // Recorded: audited, and the schedule counts from it.
        QCOMPARE(w.auditCount(QStringLiteral("vault.backup")), 1);
        QCOMPARE(**w.session().settings().lastBackupAt(), w.vault.clock.nowMs());

        QTest::mouseClick(button(dialog, "close"), Qt::LeftButton);
        QTRY_VERIFY(!w.window->backupDialog());
    }

    void backUpNowToAChosenFile()
    {
        BackupWindow w;
        QVERIFY(w.create());
        QVERIFY(w.open());
        QTemporaryDir elsewhere;
        const QString chosen = elsewhere.filePath(QStringLiteral("usb/monday")); // suffix added by the dialog

        w.action("backupAction")->trigger();
        auto* dialog = waitFor<BackupDialog>(*w.window);
        QVERIFY(dialog);
        QTest::mouseClick(button(dialog, "chooseFile"), Qt::LeftButton);
        auto* files = waitFor<QFileDialog>(*dialog);
        QVERIFY(files);
        QCOMPARE(QFileInfo(files->directory().absolutePath()).canonicalFilePath(),
                 QFileInfo(w.backupDir()).canonicalFilePath());
        QVERIFY(QDir().mkpath(QFileInfo(chosen).absolutePath()));
        files->setDirectory(QFileInfo(chosen).absolutePath());
        files->selectFile(QFileInfo(chosen).fileName());
        QMetaObject::invokeMethod(files, "accept");
        QTRY_COMPARE(dialog->path(), chosen + QStringLiteral(".backup"));
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("backupPath"))->text(),
                 QDir::toNativeSeparators(chosen + QStringLiteral(".backup")));

        QTest::mouseClick(button(dialog, "backUp"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), BackupDialog::State::Done, 20000);
        QVERIFY(storage::Vault::inspectBackup(chosen + QStringLiteral(".backup"),
                                              test::secret(test::PassphraseTestVault::kPassphrase))
                    .ok());

        // An existing file is never overwritten: the core says so, and another name can be chosen.
        dialog->close();
        QTRY_VERIFY(!w.window->backupDialog());
        w.action("backupAction")->trigger();
        QTRY_VERIFY((dialog = w.window->backupDialog()) != nullptr);
        dialog->setPath(chosen + QStringLiteral(".backup"));
        QTest::mouseClick(button(dialog, "backUp"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), BackupDialog::State::Ready, 20000);
        QVERIFY(labelText(dialog, "error").contains(QStringLiteral("already exists")));
        QVERIFY(button(dialog, "backUp")->isEnabled());
        QCOMPARE(w.auditCount(QStringLiteral("vault.backup")), 1);
    }

    void cancellingLeavesNoFile()
    {
        BackupWindow w;
        QVERIFY(w.create());
        for (int i = 0; i < 50; ++i) {
            QVERIFY(addContact(*w.vault.session, QStringLiteral("Ada %1").arg(i)));
        }
        QVERIFY(w.open());
        w.action("backupAction")->trigger();
        auto* dialog = waitFor<BackupDialog>(*w.window);
        QVERIFY(dialog);
        const QString target = dialog->path();

        // The worker first opens its own connection (a key derivation in passphrase mode), so a Cancel
        // right after the start always arrives before anything is copied.
        QTest::mouseClick(button(dialog, "backUp"), Qt::LeftButton);
        QVERIFY(dialog->isRunning());
        QTest::mouseClick(button(dialog, "cancel"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), BackupDialog::State::Ready, 20000);
        QVERIFY2(labelText(dialog, "status").contains(QStringLiteral("cancelled")),
                 qPrintable(labelText(dialog, "status")));
        QVERIFY(labelText(dialog, "error").isEmpty());
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY(!QFileInfo::exists(target + QStringLiteral(".part")));
        QVERIFY2(w.backupFiles().isEmpty(), qPrintable(w.backupFiles().join(QLatin1Char(' '))));
        QCOMPARE(w.auditCount(QStringLiteral("vault.backup")), 0);
        QVERIFY(!w.session().settings().lastBackupAt()->has_value());

        // Closing the window while it runs cancels too, and the dialog goes once nothing is left.
        QTest::mouseClick(button(dialog, "backUp"), Qt::LeftButton);
        QVERIFY(dialog->isRunning());
        dialog->reject();
        QTRY_VERIFY_WITH_TIMEOUT(!w.window->backupDialog(), 20000);
        QVERIFY2(w.backupFiles().isEmpty(), qPrintable(w.backupFiles().join(QLatin1Char(' '))));
    }

    void scheduledBackupRunsWhenDueAndKeepsTheNewest()
    {
        BackupWindow w;
        QVERIFY(w.create(security::BackupSchedule {true, 1, 2}));
        // A backup someone asked for: never pruned. The schedule counts from it.
        auto manual = w.vault.session->admin().backup();
        QVERIFY(manual.ok());
        // This test moves the vault's clock on by hours, and the idle lock reads the same clock: left on, it
        // locks the window whenever its timer runs between a jump and the backup's bookkeeping (on a busy
        // machine), the session closes and the finished backup is neither recorded nor pruned.
        QVERIFY(w.vault.session->settings().setAutoLockMinutes(0).ok());
        w.vault.clock.advanceMs(kHourMs);

        QVERIFY(w.open());
        BackupScheduler* scheduler = w.window->backupScheduler();
        QVERIFY(scheduler->isActive());
        QStringList failures; // what the scheduler reported, for the messages below
        connect(scheduler, &BackupScheduler::failed, this, [&failures](const QString& m) { failures << m; });
        // Due at start-up: written in the background, no dialog.
        QTRY_COMPARE_WITH_TIMEOUT(w.backupFiles(QStringLiteral("scheduled-*")).size(), 1, 20000);
        QTRY_VERIFY(!scheduler->isRunning());
        for (QDialog* dialog : w.window->findChildren<QDialog*>()) {
            QVERIFY2(!dialog->isVisible(), qPrintable(dialog->objectName()));
        }
        QTRY_VERIFY(w.window->statusBar()->currentMessage().startsWith(QStringLiteral("Scheduled backup written")));
        QCOMPARE(**w.session().settings().lastBackupAt(), w.vault.clock.nowMs());
        QCOMPARE(w.auditCount(QStringLiteral("vault.backup")), 2);
        const QString first = w.backupFiles(QStringLiteral("scheduled-*")).first();
        QVERIFY(storage::Vault::inspectBackup(QDir(w.backupDir()).filePath(first),
                                              test::secret(test::PassphraseTestVault::kPassphrase))
                    .ok());

        // Not again until the interval has passed.
        scheduler->checkNow();
        QVERIFY(!scheduler->isRunning());
        w.vault.clock.advanceMs(kHourMs - 60 * 1000);
        scheduler->checkNow();
        QVERIFY(!scheduler->isRunning());
        QCOMPARE(w.backupFiles(QStringLiteral("scheduled-*")).size(), 1);

        for (int run = 2; run <= 3; ++run) {
            w.vault.clock.advanceMs(kHourMs);
            scheduler->checkNow();
            QVERIFY(scheduler->isRunning());
            QTRY_VERIFY_WITH_TIMEOUT(!scheduler->isRunning(), 20000);
        }
        // Only the newest two scheduled backups are kept; the one asked for stays.
        const QStringList scheduled = w.backupFiles(QStringLiteral("scheduled-*"));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        QVERIFY2(scheduled.size() == 2, qPrintable(w.backupFiles().join(QLatin1Char(' '))));
        QVERIFY(!scheduled.contains(first));
        QVERIFY(QFileInfo::exists(manual->path));
        QVERIFY(w.backupFiles(QStringLiteral("*.part")).isEmpty());
        QCOMPARE(w.auditCount(QStringLiteral("vault.backup")), 4);
        QVERIFY(!w.window->findChild<QMessageBox*>(QStringLiteral("backupFailureNotice")));
    }

    void scheduledBackupFailureIsANoticeNotADialog()
    {
        BackupWindow w;
        QVERIFY(w.create(security::BackupSchedule {true, 24, 7}));
        // A file where the backups folder should be: nothing can be written there.
        QFile blocker(w.backupDir());
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(w.open());
        QMessageBox* notice = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (notice = w.window->findChild<QMessageBox*>(QStringLiteral("backupFailureNotice"))) != nullptr, 20000);
        QVERIFY(notice->isVisible());
        QVERIFY(!notice->isModal());
        QCOMPARE(notice->windowModality(), Qt::NonModal);
        QVERIFY(w.window->statusBar()->currentMessage().contains(QStringLiteral("Scheduled backup failed")));
        QVERIFY(!w.session().settings().lastBackupAt()->has_value());
        screenshot(notice, "scheduled-backup-failed");
        // The same failure again: the status bar says so, no second notice.
        w.window->backupScheduler()->checkNow();
        QTRY_VERIFY_WITH_TIMEOUT(!w.window->backupScheduler()->isRunning(), 20000);
        QCOMPARE(w.window->findChildren<QMessageBox*>(QStringLiteral("backupFailureNotice")).size(), 1);
    }

    void lockingWhileAScheduledBackupRunsCancelsIt()
    {
        BackupWindow w;
        QVERIFY(w.create(security::BackupSchedule {true, 24, 7}));
        for (int i = 0; i < 50; ++i) {
            QVERIFY(addContact(*w.vault.session, QStringLiteral("Ada %1").arg(i)));
        }
        QVERIFY(w.open());
        BackupScheduler* scheduler = w.window->backupScheduler();
        QTRY_VERIFY(scheduler->isRunning());
        // The worker is still opening its connection: the session (and its Vault) goes now.
        w.host->lock();
        QVERIFY(w.host->isLocked());
        QVERIFY(!scheduler->isRunning());
        QVERIFY(!scheduler->isActive());
        QVERIFY2(w.backupFiles().isEmpty(), qPrintable(w.backupFiles().join(QLatin1Char(' '))));
        // lock() joined the worker; what it had queued (its end, a re-check of the schedule) is delivered now,
        // and still nothing starts or is written.
        QCoreApplication::sendPostedEvents();
        QVERIFY(!scheduler->isRunning());
        QVERIFY(w.backupFiles().isEmpty());

        // After the unlock the backup is still due and runs.
        ui::UnlockDialog* unlock = waitFor<ui::UnlockDialog>(*w.window);
        QVERIFY(unlock);
        QTest::keyClicks(unlock->findChild<QLineEdit*>(QStringLiteral("secret")),
                         QString::fromLatin1(test::PassphraseTestVault::kPassphrase));
        QTest::mouseClick(button(unlock, "unlock"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!w.host->isLocked(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(w.backupFiles(QStringLiteral("scheduled-*.backup")).size(), 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!scheduler->isRunning(), 20000);
        QCOMPARE(w.auditCount(QStringLiteral("vault.backup")), 1);

        // Locking with the manual backup dialog running: the dialog and its worker go first.
        w.action("backupAction")->trigger();
        auto* dialog = waitFor<BackupDialog>(*w.window);
        QVERIFY(dialog);
        QTest::mouseClick(button(dialog, "backUp"), Qt::LeftButton);
        QVERIFY(dialog->isRunning());
        w.host->lock();
        QVERIFY(w.host->isLocked());
        QVERIFY(!w.window->backupDialog());
        QCOMPARE(w.backupFiles(QStringLiteral("confidant-*")).size(), 0);
    }

    void salesRepSeesNoBackupOrChangeKey()
    {
        BackupWindow w;
        QVERIFY(w.create(security::BackupSchedule {true, 24, 7}));
        QVERIFY(w.vault.session->profiles()
                    .add(QStringLiteral("Sam"), security::Role::SalesRep, storage::SecretBuffer())
                    .ok());
        QVERIFY(w.open(QStringLiteral("Sam")));
        QVERIFY(!w.action("backupAction")->isVisible());
        QVERIFY(!w.action("backupAction")->isEnabled());
        QVERIFY(!w.action("restoreAction")->isVisible());
        QVERIFY(!w.action("restoreAction")->isEnabled());
        QVERIFY(!w.action("changeKeyAction")->isVisible());
        QVERIFY(!w.action("changeKeyAction")->isEnabled());
        QVERIFY(!w.window->findChild<QMenu*>(QStringLiteral("vaultMenu"))->menuAction()->isVisible());
        // A shortcut runs its action inside keyClick; what it might have queued is delivered before looking.
        QTest::keyClick(w.window.get(), Qt::Key_B, Qt::ControlModifier);
        QTest::keyClick(w.window.get(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        QCoreApplication::sendPostedEvents();
        QVERIFY(!w.window->backupDialog());
        QVERIFY(!w.window->findChild<ChangeKeyDialog*>());
        // Nor does a due scheduled backup run for this profile (nor is a refusal recorded for it).
        QVERIFY(!w.window->backupScheduler()->isRunning());
        QVERIFY(w.backupFiles().isEmpty());

        // Back to the owner: the actions come back, and the due backup runs.
        QVERIFY(w.host->actAs(QStringLiteral("owner"), storage::SecretBuffer()).ok());
        QVERIFY(w.action("backupAction")->isVisible());
        QVERIFY(w.action("restoreAction")->isVisible());
        QVERIFY(w.action("changeKeyAction")->isVisible());
        QVERIFY(w.window->findChild<QMenu*>(QStringLiteral("vaultMenu"))->menuAction()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(w.backupFiles(QStringLiteral("scheduled-*.backup")).size(), 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!w.window->backupScheduler()->isRunning(), 20000);

        // Switching to the sales rep while a backup is written cancels it: it would be recorded as Sam. The dialog
        // opens with the very Ctrl+B that did nothing for Sam, so that refusal was not a key that never arrived.
        QTest::keyClick(w.window.get(), Qt::Key_B, Qt::ControlModifier);
        auto* dialog = waitFor<BackupDialog>(*w.window);
        QVERIFY(dialog);
        QTest::mouseClick(button(dialog, "backUp"), Qt::LeftButton);
        QVERIFY(dialog->isRunning());
        QVERIFY(w.host->actAs(QStringLiteral("Sam"), storage::SecretBuffer()).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!w.window->backupDialog(), 20000);
        QCOMPARE(w.backupFiles(QStringLiteral("confidant-*")).size(), 0);
        QCOMPARE(w.auditCount(QStringLiteral("vault.backup")), -1); // Sam may not read the audit trail
    }

    void changeKeyInPassphraseModeChangesThePassphrase()
    {
        BackupWindow w;
        QVERIFY(w.create());
        QVERIFY(addContact(*w.vault.session, QStringLiteral("Ada")));
        QVERIFY(w.open());
        QVERIFY(w.action("changeKeyAction")->isVisible());
        QTest::keyClick(w.window.get(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        auto* dialog = waitFor<ChangeKeyDialog>(*w.window);
        QVERIFY(dialog);
        QCOMPARE(dialog->stage(), ChangeKeyDialog::Stage::Explain);
        QPushButton* change = button(dialog, "changeKey");
        auto* passphrase = dialog->findChild<QLineEdit*>(QStringLiteral("passphrase"));
        auto* confirmation = dialog->findChild<QLineEdit*>(QStringLiteral("confirmation"));
        QVERIFY(passphrase && confirmation);
        QCOMPARE(passphrase->echoMode(), QLineEdit::Password);
        QVERIFY(!change->isEnabled());

        // Too short, then not the same twice: refused as typed.
        const QString tooShort(storage::Vault::kPassphraseMinLength - 1, QLatin1Char('x'));
        QTest::keyClicks(passphrase, tooShort);
        QVERIFY(!labelText(dialog, "passphraseError").isEmpty());
        passphrase->clear();
        QTest::keyClicks(passphrase, QString::fromLatin1(kNewPassphrase));
        QTest::keyClicks(confirmation, QStringLiteral("a completely different passfrase"));
        QVERIFY(!labelText(dialog, "confirmationError").isEmpty());
        QVERIFY(!change->isEnabled());
        confirmation->clear();
        QTest::keyClicks(confirmation, QString::fromLatin1(kNewPassphrase));
        QVERIFY(change->isEnabled());
        screenshot(dialog, "change-key-passphrase");

        QTest::keyClick(confirmation, Qt::Key_Return); // Enter changes the key, like the button
        QCOMPARE(dialog->stage(), ChangeKeyDialog::Stage::Working);
        QTest::qWait(10);
        screenshot(dialog, "change-key-working");
        QTRY_VERIFY_WITH_TIMEOUT(dialog->stage() != ChangeKeyDialog::Stage::Working, 30000);
        QCOMPARE(dialog->stage(), ChangeKeyDialog::Stage::Done);
        QVERIFY(labelText(dialog, "error").isEmpty());
        QVERIFY(passphrase->text().isEmpty());
        screenshot(dialog, "change-key-done");
        QVERIFY(w.window->statusBar()->currentMessage().contains(QStringLiteral("key was changed")));
        QCOMPARE(w.auditCount(QStringLiteral("vault.rekey")), 1);

        // The session goes on over the reopened connection: the list reloads and writes still work.
        QTRY_COMPARE(w.window->contactsPage()->findChild<QTableView*>()->model()->rowCount(), 1);
        QVERIFY(addContact(w.session(), QStringLiteral("Grace")));
        QTRY_COMPARE(w.window->contactsPage()->findChild<QTableView*>()->model()->rowCount(), 2);

        QTest::mouseClick(button(dialog, "done"), Qt::LeftButton);
        QTRY_VERIFY(!w.window->findChild<ChangeKeyDialog*>());

        // After closing the session only the new passphrase opens the vault.
        w.host->lock();
        QVERIFY(w.host->isLocked());
        auto old = openWith(w.vault.path(), test::PassphraseTestVault::kPassphrase);
        QVERIFY(!old.ok());
        QCOMPARE(old.error().kind, ErrorKind::WrongKey);
        auto reopened = openWith(w.vault.path(), kNewPassphrase);
        QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error().message));
    }

    void changeKeyRefusedWhileTheVaultIsOpenElsewhere()
    {
        BackupWindow w;
        QVERIFY(w.create());
        QVERIFY(w.open());
        // Another window (or confidant-cli) has the vault open.
        auto other = openWith(w.vault.path(), test::PassphraseTestVault::kPassphrase);
        QVERIFY(other.ok());

        w.action("changeKeyAction")->trigger();
        auto* dialog = waitFor<ChangeKeyDialog>(*w.window);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passphrase")),
                         QString::fromLatin1(kNewPassphrase));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("confirmation")),
                         QString::fromLatin1(kNewPassphrase));
        QTest::mouseClick(button(dialog, "changeKey"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->stage() != ChangeKeyDialog::Stage::Working, 30000);
        QCOMPARE(dialog->stage(), ChangeKeyDialog::Stage::Explain);
        const QString error = labelText(dialog, "error");
        QVERIFY2(error.startsWith(QStringLiteral("The key was not changed.")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("open in another")), qPrintable(error));
        screenshot(dialog, "change-key-conflict");
        // Nothing changed, and the session still works.
        QVERIFY(addContact(w.session(), QStringLiteral("Ada")));
        QCOMPARE(w.auditCount(QStringLiteral("vault.rekey")), 0);
        {
            auto still = openWith(w.vault.path(), test::PassphraseTestVault::kPassphrase);
            QVERIFY(still.ok());
        }

        // Once the other window is closed, the same passphrase (still typed) goes through.
        other->reset();
        QVERIFY(button(dialog, "changeKey")->isEnabled());
        QTest::mouseClick(button(dialog, "changeKey"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->stage() != ChangeKeyDialog::Stage::Working, 30000);
        QCOMPARE(dialog->stage(), ChangeKeyDialog::Stage::Done);
        QVERIFY(labelText(dialog, "error").isEmpty());
        w.host->lock();
        QVERIFY(openWith(w.vault.path(), kNewPassphrase).ok());
    }

    void changeKeyInKeychainModeShowsTheNewRecoveryCodeOnce()
    {
        BackupWindow w;
        QVERIFY(w.createWithKeychain());
        const QString uid = w.vault.session->vault().descriptor().uid;
        auto oldKey = w.keys.read(uid);
        QVERIFY(oldKey.ok());
        QVERIFY(w.open());

        w.action("changeKeyAction")->trigger();
        auto* dialog = waitFor<ChangeKeyDialog>(*w.window);
        QVERIFY(dialog);
        QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("passphrase"))); // nothing to type: a random key
        QVERIFY(button(dialog, "changeKey")->isEnabled());
        screenshot(dialog, "change-key-keychain");
        QTest::mouseClick(button(dialog, "changeKey"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->stage() != ChangeKeyDialog::Stage::Working, 30000);
        QCOMPARE(dialog->stage(), ChangeKeyDialog::Stage::RecoveryCode);
        QVERIFY(labelText(dialog, "error").isEmpty());

        // The keychain holds a new key, and the code shown is that key.
        auto newKey = w.keys.read(uid);
        QVERIFY(newKey.ok());
        QVERIFY(!newKey->equals(*oldKey));
        QVERIFY(!w.keys.contains(storage::Vault::pendingKeyName(uid)));
        const QString code = shownCode(*dialog);
        QByteArray codeBytes = code.toLatin1();
        auto parsed = storage::RecoveryCode::parse(storage::SecretBuffer::takeFrom(codeBytes));
        QVERIFY(parsed.ok());
        QVERIFY(parsed->equals(*newKey));
        QVERIFY(code != w.recoveryCode);
        screenshot(dialog, "change-key-recovery-code");

        // Done only once two groups are typed back; closing before that asks first.
        QPushButton* done = button(dialog, "done");
        QVERIFY(done->isVisible());
        QVERIFY(!done->isEnabled());
        QVERIFY(dialog->isShowingUnconfirmedCode());
        dialog->reject();
        QPointer<QMessageBox> question = waitFor<QMessageBox>(*dialog);
        QVERIFY(question);
        QCOMPARE(question->objectName(), QStringLiteral("unconfirmedCodeQuestion"));
        question->button(QMessageBox::Cancel)->click();
        // The answer is handled when the question closes; once it is gone, the dialog has had its say.
        QTRY_VERIFY(!question);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->isShowingUnconfirmedCode());
        const QStringList groups = code.split(QLatin1Char('-'));
        const QList<int> numbers = dialog->findChild<ui::RecoveryCodeWidget*>()->confirmationGroups();
        QCOMPARE(numbers.size(), 2);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("confirmGroup1")), groups.at(numbers[0] - 1));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("confirmGroup2")),
                         groups.at(numbers[1] - 1).toLower());
        QVERIFY(done->isEnabled());
        QTest::mouseClick(done, Qt::LeftButton);
        QTRY_VERIFY(!w.window->findChild<ChangeKeyDialog*>());

        // The new key opens the vault from the keychain; the old recovery code no longer does.
        w.host->lock();
        QVERIFY(storage::Vault::open(w.vault.path(), &w.keys, storage::UnlockSecret {}).ok());
        QByteArray oldCode = w.recoveryCode.toLatin1();
        auto withOldCode = storage::Vault::open(
            w.vault.path(), nullptr, storage::UnlockSecret {storage::SecretBuffer::takeFrom(oldCode)});
        QVERIFY(!withOldCode.ok());
        QByteArray newCode = code.toLatin1();
        QVERIFY(storage::Vault::open(
                    w.vault.path(), nullptr, storage::UnlockSecret {storage::SecretBuffer::takeFrom(newCode)})
                    .ok());
    }

    void lockingWhileTheNewCodeIsShownWipesItAndSaysSoAfterUnlocking()
    {
        BackupWindow w;
        QVERIFY(w.createWithKeychain());
        QVERIFY(w.open());
        w.action("changeKeyAction")->trigger();
        auto* dialog = waitFor<ChangeKeyDialog>(*w.window);
        QVERIFY(dialog);
        QTest::mouseClick(button(dialog, "changeKey"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->stage(), ChangeKeyDialog::Stage::RecoveryCode, 30000);
        auto* group1 = dialog->findChild<QLabel*>(QStringLiteral("group1"));
        QVERIFY(!group1->text().isEmpty());

        // The code is the key: it does not stay on a locked screen.
        QPointer<ChangeKeyDialog> guard(dialog);
        w.host->lock();
        QVERIFY(!guard);
        QVERIFY(!w.window->findChild<QMessageBox*>(QStringLiteral("recoveryCodeNotice")));
        ui::UnlockDialog* unlock = waitFor<ui::UnlockDialog>(*w.window);
        QVERIFY(unlock);
        QTest::mouseClick(button(unlock, "unlock"), Qt::LeftButton); // the new key, from the keychain
        QTRY_VERIFY_WITH_TIMEOUT(!w.host->isLocked(), 20000);
        QMessageBox* notice = nullptr;
        QTRY_VERIFY((notice = w.window->findChild<QMessageBox*>(QStringLiteral("recoveryCodeNotice"))) != nullptr);
        QVERIFY(notice->isVisible());
        QVERIFY(!notice->isModal());
        QVERIFY(notice->text().contains(QStringLiteral("change the key once more")));
    }

    void lockingWhileTheKeychainAnswersWaitsForTheKeyChange()
    {
        BackupWindow w;
        QVERIFY(w.createWithKeychain());
        SlowKeyStore slow(w.keys);
        w.hostKeys = &slow;
        QVERIFY(w.open());
        // Ctrl+L (or the idle timer) while the keychain is busy: before the swap and after it, when the
        // vault's connection is closed.
        slow.whileWriting = [&w] {
            w.window->requestLock();
            // The keychain's nested event loop would deliver the queued lock: deliver it here, then look.
            QCoreApplication::sendPostedEvents(w.host.get(), QEvent::MetaCall);
            QVERIFY(!w.host->isLocked());
        };
        const QString uid = w.session().vault().descriptor().uid;
        auto oldKey = w.keys.read(uid);
        QVERIFY(oldKey.ok());

        w.action("changeKeyAction")->trigger();
        auto* dialog = waitFor<ChangeKeyDialog>(*w.window);
        QVERIFY(dialog);
        QTest::mouseClick(button(dialog, "changeKey"), Qt::LeftButton);
        // The rotation finished, then the lock that was asked for happened.
        QTRY_VERIFY_WITH_TIMEOUT(w.host->isLocked(), 30000);
        QVERIFY(slow.writes >= 2);
        QVERIFY(!w.window->findChild<ChangeKeyDialog*>());
        auto newKey = w.keys.read(uid);
        QVERIFY(newKey.ok());
        QVERIFY(!newKey->equals(*oldKey));
        QVERIFY(!w.keys.contains(storage::Vault::pendingKeyName(uid)));
        QVERIFY(storage::Vault::open(w.vault.path(), &w.keys, storage::UnlockSecret {}).ok());
    }

    void changeKeyWaitsForAManualBackupAndPausesTheSchedule()
    {
        BackupWindow w;
        QVERIFY(w.create());
        for (int i = 0; i < 50; ++i) {
            QVERIFY(addContact(*w.vault.session, QStringLiteral("Ada %1").arg(i)));
        }
        QVERIFY(w.open());
        w.action("backupAction")->trigger();
        auto* backup = waitFor<BackupDialog>(*w.window);
        QVERIFY(backup);
        QTest::mouseClick(button(backup, "backUp"), Qt::LeftButton);
        QVERIFY(backup->isRunning());
        // A backup worker has the vault open: the key change is not offered until it is done.
        w.action("changeKeyAction")->trigger();
        QVERIFY(!w.window->findChild<ChangeKeyDialog*>());
        QTRY_VERIFY(w.window->findChild<QMessageBox*>(QStringLiteral("backupRunningNotice")));
        QTRY_COMPARE_WITH_TIMEOUT(backup->state(), BackupDialog::State::Done, 20000);

        // Now it opens (closing the finished backup dialog); scheduled backups wait meanwhile.
        QVERIFY(w.session().settings().setBackupSchedule({true, 1, 7}).ok());
        w.vault.clock.advanceMs(2 * kHourMs);
        w.action("changeKeyAction")->trigger();
        auto* dialog = waitFor<ChangeKeyDialog>(*w.window);
        QVERIFY(dialog);
        QTRY_VERIFY(!w.window->backupDialog());
        QVERIFY(w.window->backupScheduler()->isPaused());
        w.window->backupScheduler()->checkNow();
        QVERIFY(!w.window->backupScheduler()->isRunning());
        dialog->reject();
        QTRY_VERIFY(!w.window->findChild<ChangeKeyDialog*>());
        QVERIFY(!w.window->backupScheduler()->isPaused());
        QTRY_COMPARE_WITH_TIMEOUT(w.backupFiles(QStringLiteral("scheduled-*.backup")).size(), 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!w.window->backupScheduler()->isRunning(), 20000);
    }

    //! File ▸ Restore a backup…: a backup written outside the backups folder has no erasure ledger beside it,
    //! so the core refuses to restore it without a newer one. The dialog says so and restores only once the
    //! box is ticked (audited in the restored vault); with the vault's ledger chosen, the person erased after
    //! the backup stays erased.
    void restoreDialogNeverBringsErasedPeopleBackSilently()
    {
        BackupWindow w;
        QVERIFY(w.create());
        crm::Contact c;
        c.givenName = QStringLiteral("Zelphine");
        c.familyName = QStringLiteral("Quorvath");
        c.emails = {{QStringLiteral("zelphine@example.org"), QString()}};
        c.source = QStringLiteral("test");
        auto gone = w.session().contacts().create(c);
        QVERIFY(gone);
        QTemporaryDir usb;
        const QString backupFile = usb.filePath(QStringLiteral("old.backup"));
        auto written = w.session().admin().backup(backupFile);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        w.vault.clock.advanceMs(60000);
        QVERIFY(w.session().erasure().erase(gone->uid, QStringLiteral("Zelphine Quorvath")));
        const QString ledger = w.session().admin().erasureLedgerPath();
        QVERIFY(QFileInfo::exists(ledger));
        QVERIFY(w.open());

        QVERIFY(w.action("restoreAction")->isVisible());
        w.action("restoreAction")->trigger();
        QPointer<RestoreDialog> dialog = waitFor<RestoreDialog>(*w.window);
        QVERIFY(dialog);
        QCOMPARE(w.window->restoreDialog(), dialog.data());
        QTemporaryDir elsewhere;
        const QString target = elsewhere.filePath(QStringLiteral("restored"));
        dialog->setBackupFile(backupFile);
        dialog->setTargetFolder(target);
        auto* secret = dialog->findChild<QLineEdit*>(QStringLiteral("secret"));
        QVERIFY(secret);
        secret->setText(QString::fromLatin1(test::PassphraseTestVault::kPassphrase));
        QTest::mouseClick(button(dialog, "restore"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->offersOverride(), 30000);
        QCOMPARE(dialog->state(), RestoreDialog::State::Ready);
        // Refused: the warning and the box show, the button waits for the tick, nothing was restored.
        QVERIFY2(labelText(dialog, "unverifiedWarning").contains(QStringLiteral("Nothing was restored")),
                 qPrintable(labelText(dialog, "unverifiedWarning")));
        auto* accept = dialog->findChild<QCheckBox*>(QStringLiteral("acceptUnverified"));
        QVERIFY(accept);
        QVERIFY(accept->isVisible());
        QVERIFY(!accept->isChecked());
        QVERIFY(!button(dialog, "restore")->isEnabled());
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY(secret->text().isEmpty());
        test::shoot(*dialog, QStringLiteral("restore-refused"));

        // Ticked: restored, the person back, and the dialog and the restored vault's trail say so.
        accept->setChecked(true);
        QVERIFY(button(dialog, "restore")->isEnabled());
        QTest::mouseClick(button(dialog, "restore"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), RestoreDialog::State::Done, 30000);
        QVERIFY2(dialog->resultText().contains(QStringLiteral("may be back")), qPrintable(dialog->resultText()));
        {
            auto restored
                = storage::Vault::open(target, nullptr, {test::secret(test::PassphraseTestVault::kPassphrase)});
            QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
            Session session(std::move(restored).value(), w.vault.clock);
            QVERIFY(session.contacts().getByUid(gone->uid));
            security::AuditQuery query;
            query.action = QStringLiteral("vault.restore_unverified");
            auto overrides = session.auditLog().list(query);
            QVERIFY(overrides);
            QCOMPARE(overrides->size(), 1);
        }
        dialog->reject();
        QTRY_VERIFY(!dialog);

        // With the vault's erasure ledger chosen: no question, and she stays erased.
        w.action("restoreAction")->trigger();
        dialog = waitFor<RestoreDialog>(*w.window);
        QVERIFY(dialog);
        const QString second = elsewhere.filePath(QStringLiteral("restored-2"));
        dialog->setBackupFile(backupFile);
        dialog->setTargetFolder(second);
        dialog->setLedgerFile(ledger);
        secret = dialog->findChild<QLineEdit*>(QStringLiteral("secret"));
        secret->setText(QString::fromLatin1(test::PassphraseTestVault::kPassphrase));
        QTest::mouseClick(button(dialog, "restore"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), RestoreDialog::State::Done, 30000);
        QVERIFY(!dialog->offersOverride());
        QVERIFY2(dialog->resultText().contains(QStringLiteral("applied again: 1")), qPrintable(dialog->resultText()));
        auto restored = storage::Vault::open(second, nullptr, {test::secret(test::PassphraseTestVault::kPassphrase)});
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
        Session session(std::move(restored).value(), w.vault.clock);
        QCOMPARE(session.contacts().getByUid(gone->uid).error().kind, ErrorKind::NotFound);
        dialog->reject();
    }
};

QTEST_MAIN(TestBackupUi)
#include "TestBackupUi.moc"
