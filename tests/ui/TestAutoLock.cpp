#include "core/Session.h"
#include "core/storage/Vault.h"

#include "ui/ContactEditorDialog.h"
#include "ui/ContactsPage.h"
#include "ui/IdleWatcher.h"
#include "ui/MainWindow.h"
#include "ui/SessionHost.h"
#include "ui/SettingsDialog.h"
#include "ui/UnlockDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include "tests/support/MemoryKeyStore.h"
#include "tests/support/TestVault.h"

#include <memory>

using namespace confidant;
using confidant::ui::ContactEditorDialog;
using confidant::ui::MainWindow;
using confidant::ui::SessionHost;
using confidant::ui::UnlockDialog;

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;

//! A vault, the host owning its session, and the main window on it.
struct LockableWindow
{
    test::PassphraseTestVault vault;
    std::unique_ptr<SessionHost> host;
    std::unique_ptr<MainWindow> window;

    bool open(storage::KeyStore* keys = nullptr)
    {
        if (!vault.session && !vault.create()) {
            return false;
        }
        host = std::make_unique<SessionHost>(vault.clock, keys);
        host->start(std::move(vault.session));
        window = std::make_unique<MainWindow>(*host);
        window->show();
        return QTest::qWaitForWindowActive(window.get());
    }
    ~LockableWindow()
    {
        window.reset(); // pages before the session
    }
};

UnlockDialog* waitForUnlockDialog(MainWindow& window)
{
    const bool shown
        = QTest::qWaitFor([&window] { return window.unlockDialog() && window.unlockDialog()->isVisible(); });
    return shown ? window.unlockDialog() : nullptr;
}

void clickUnlock(UnlockDialog& dialog)
{
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("unlock")), Qt::LeftButton);
}

//! Whether this process still has the file open (Linux: /proc/self/fd).
bool processHasOpen(const QString& path)
{
    const QString wanted = QFileInfo(path).canonicalFilePath();
    QDirIterator it(QStringLiteral("/proc/self/fd"), QDir::Files | QDir::System);
    while (it.hasNext()) {
        const QString target = QFileInfo(it.next()).symLinkTarget();
        if (!target.isEmpty() && target.startsWith(wanted)) {
            return true;
        }
    }
    return false;
}

//! Files under `dirs` that hold `text` in UTF-8 or UTF-16LE.
QStringList filesContaining(const QStringList& dirs, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    QStringList found;
    for (const QString& dir : dirs) {
        QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                continue;
            }
            const QByteArray bytes = file.readAll();
            if (bytes.contains(utf8) || bytes.contains(utf16)) {
                found.append(path);
            }
        }
    }
    return found;
}

} // namespace

class TestAutoLock : public QObject
{
    Q_OBJECT

private:
    // Everything the app could write outside the vault goes here, to be scanned.
    QTemporaryDir m_home;
    QTemporaryDir m_tmp;

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid() && m_tmp.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".config"))));
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".cache"))));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".local/share"))));
        QStandardPaths::setTestModeEnabled(true);
    }

    void ctrlLClosesTheSessionAndShowsTheUnlockDialog()
    {
        LockableWindow w;
        QVERIFY(w.open());
        const QString db = QDir(w.vault.path()).filePath(QString::fromLatin1(storage::Vault::kDatabaseFile));
        QVERIFY(processHasOpen(db));
        QVERIFY(w.window->contactsPage());

        QTest::keyClick(w.window.get(), Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(w.host->isLocked());
        QVERIFY(!w.host->session());
        QVERIFY(!w.window->contactsPage()); // the pages, with the rows they had loaded, are gone
        QVERIFY(!processHasOpen(db)); // every connection closed
        UnlockDialog* dialog = waitForUnlockDialog(*w.window);
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("secret"))->isVisible()); // the passphrase
        QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("pin"))->isVisible()); // the owner has no PIN
        QVERIFY(w.window->windowTitle().contains(QStringLiteral("locked")));
        QVERIFY(!w.window->findChild<QAction*>(QStringLiteral("lockAction"))->isEnabled());

        // A wrong passphrase keeps it locked; the right one brings the pages back.
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("secret")), QStringLiteral("not it at all"));
        clickUnlock(*dialog);
        QTRY_VERIFY(dialog->findChild<QLabel*>(QStringLiteral("error"))->isVisible());
        QVERIFY(w.host->isLocked());
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("secret")),
                         QString::fromLatin1(test::PassphraseTestVault::kPassphrase));
        clickUnlock(*dialog);
        QTRY_VERIFY(!w.host->isLocked());
        QVERIFY(w.window->contactsPage());
        QCOMPARE(w.host->session()->actor().name, QStringLiteral("owner"));
        QVERIFY(w.window->findChild<QAction*>(QStringLiteral("lockAction"))->isEnabled());
    }

    void unsavedEditorTextSurvivesTheLockInMemoryOnly()
    {
        LockableWindow w;
        QVERIFY(w.open());
        const QString canary = QStringLiteral("CANARY%1").arg(QUuid::createUuid().toString(QUuid::Id128));

        QTest::keyClick(w.window.get(), Qt::Key_N, Qt::ControlModifier);
        ContactEditorDialog* editor = nullptr;
        QTRY_VERIFY((editor = w.window->findChild<ContactEditorDialog*>()) != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("givenName")), QStringLiteral("Grace"));
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("city")), QStringLiteral("Arlington"));
        QTest::keyClicks(editor->findChild<QPlainTextEdit*>(QStringLiteral("notes")), canary);

        // Ctrl+L from inside the editor.
        QTest::keyClick(editor->findChild<QLineEdit*>(QStringLiteral("city")), Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(w.host->isLocked());
        QVERIFY(w.window->findChildren<ContactEditorDialog*>().isEmpty());
        QVERIFY(waitForUnlockDialog(*w.window));

        // Nothing was saved, and the unsaved text reached no file: not the vault folder, settings, HOME, TMPDIR.
        w.window->close(); // writes the window settings, as quitting would
        const QStringList leaks = filesContaining({w.vault.path(), m_home.path(), m_tmp.path()}, canary);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));
        w.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));

        UnlockDialog* dialog = waitForUnlockDialog(*w.window);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("secret")),
                         QString::fromLatin1(test::PassphraseTestVault::kPassphrase));
        clickUnlock(*dialog);
        QTRY_VERIFY(!w.host->isLocked());
        QTRY_VERIFY((editor = w.window->findChild<ContactEditorDialog*>()) != nullptr);
        QVERIFY(editor->isNew());
        QCOMPARE(editor->findChild<QLineEdit*>(QStringLiteral("givenName"))->text(), QStringLiteral("Grace"));
        QCOMPARE(editor->findChild<QLineEdit*>(QStringLiteral("city"))->text(), QStringLiteral("Arlington"));
        QCOMPARE(editor->findChild<QPlainTextEdit*>(QStringLiteral("notes"))->toPlainText(), canary);
        QCOMPARE(*w.host->session()->contacts().count(), qint64(0));

        // And it can be saved now.
        QTest::mouseClick(editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        QTRY_COMPARE(*w.host->session()->contacts().count(), qint64(1));
    }

    void editedRecordComesBackWithItsUnsavedChanges()
    {
        LockableWindow w;
        QVERIFY(w.vault.create());
        crm::Contact ada;
        ada.givenName = QStringLiteral("Ada");
        ada.familyName = QStringLiteral("Lovelace");
        ada.source = QStringLiteral("test");
        auto created = w.vault.session->contacts().create(ada);
        QVERIFY(created.ok());
        QVERIFY(w.open());
        w.window->contactsPage()->openEditor(*created);
        ContactEditorDialog* editor = w.window->findChild<ContactEditorDialog*>();
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("jobTitle")), QStringLiteral("Analyst"));

        w.window->requestLock();
        QTRY_VERIFY(w.host->isLocked());
        UnlockDialog* dialog = waitForUnlockDialog(*w.window);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("secret")),
                         QString::fromLatin1(test::PassphraseTestVault::kPassphrase));
        clickUnlock(*dialog);
        QTRY_VERIFY(!w.host->isLocked());
        QTRY_VERIFY((editor = w.window->findChild<ContactEditorDialog*>()) != nullptr);
        QCOMPARE(editor->original().id, created->id); // the same record
        QCOMPARE(editor->findChild<QLineEdit*>(QStringLiteral("jobTitle"))->text(), QStringLiteral("Analyst"));
        QTest::mouseClick(editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        auto stored = w.host->session()->contacts().get(created->id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->jobTitle, QStringLiteral("Analyst"));
        QCOMPARE(*w.host->session()->contacts().count(), qint64(1));
    }

    void idleMinutesLockOnTheInjectedClock()
    {
        LockableWindow w;
        QVERIFY(w.open());
        ui::IdleWatcher* idle = w.window->idleWatcher();
        QCOMPARE(idle->idleMinutes(), security::SettingsService::kDefaultAutoLockMinutes);
        QVERIFY(idle->isWatching());

        // `check` emits `idle` at once; the window then queues the lock. Delivering what is queued reaches the
        // point where a lock would have happened, without waiting for one.
        QSignalSpy idled(idle, &ui::IdleWatcher::idle);
        w.vault.clock.advanceMs(9 * kMinuteMs);
        idle->check();
        QCOMPARE(idled.size(), 0);
        QVERIFY(idle->isWatching());
        QCoreApplication::sendPostedEvents();
        QVERIFY(!w.host->isLocked());

        // Input counts as use: the idle time starts again.
        QTest::mouseMove(w.window.get(), QPoint(40, 40));
        QTest::keyClick(w.window.get(), Qt::Key_Shift);
        w.vault.clock.advanceMs(9 * kMinuteMs);
        idle->check();
        QCOMPARE(idled.size(), 0);
        QVERIFY(idle->isWatching());
        QCoreApplication::sendPostedEvents();
        QVERIFY(!w.host->isLocked());

        w.vault.clock.advanceMs(1 * kMinuteMs);
        idle->check();
        QCOMPARE(idled.size(), 1);
        QTRY_VERIFY(w.host->isLocked());
        QVERIFY(!idle->isWatching());
        QVERIFY(waitForUnlockDialog(*w.window));
    }

    void zeroIdleMinutesNeverLocks()
    {
        LockableWindow w;
        QVERIFY(w.vault.create());
        QVERIFY(w.vault.session->settings().setAutoLockMinutes(0).ok());
        QVERIFY(w.open());
        ui::IdleWatcher* idle = w.window->idleWatcher();
        QCOMPARE(idle->idleMinutes(), 0);
        // No timer runs, so no real time could ever lock; and a check on the clock does not either.
        QVERIFY(!idle->findChild<QTimer*>(QStringLiteral("idleTimer"))->isActive());
        QSignalSpy idled(idle, &ui::IdleWatcher::idle);
        w.vault.clock.advanceDays(3);
        idle->check();
        QCoreApplication::sendPostedEvents();
        QCOMPARE(idled.size(), 0);
        QVERIFY(!w.host->isLocked());
    }

    void settingsDialogChangesIdleMinutes()
    {
        LockableWindow w;
        QVERIFY(w.open());
        auto* settings = w.window->findChild<QAction*>(QStringLiteral("settingsAction"));
        QVERIFY(settings->isVisible());
        settings->trigger();
        ui::SettingsDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = w.window->findChild<ui::SettingsDialog*>()) != nullptr);
        auto* minutes = dialog->findChild<QSpinBox*>(QStringLiteral("autoLockMinutes"));
        QCOMPARE(minutes->value(), 10);
        minutes->setValue(3);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        QCOMPARE(*w.host->session()->settings().autoLockMinutes(), 3);
        QCOMPARE(w.window->idleWatcher()->idleMinutes(), 3);
        w.vault.clock.advanceMs(3 * kMinuteMs);
        w.window->idleWatcher()->check();
        QTRY_VERIFY(w.host->isLocked());
    }

    void settingsRefusedPartsAreReadOnly()
    {
        LockableWindow w;
        QVERIFY(w.vault.create());
        QVERIFY(w.vault.session->profiles()
                    .add(QStringLiteral("Priya"), security::Role::PrivacyOfficer, storage::SecretBuffer())
                    .ok());
        QVERIFY(w.vault.session->profiles()
                    .add(QStringLiteral("Adam"), security::Role::Admin, storage::SecretBuffer())
                    .ok());
        QVERIFY(w.open());
        QVERIFY(w.host->actAs(QStringLiteral("Priya"), storage::SecretBuffer()).ok());
        // A privacy officer may change neither setting.
        QVERIFY(!w.window->findChild<QAction*>(QStringLiteral("settingsAction"))->isVisible());
        ui::SettingsDialog direct(*w.host->session());
        QVERIFY(!direct.findChild<QSpinBox*>(QStringLiteral("autoLockMinutes"))->isEnabled());
        QVERIFY(!direct.findChild<QSpinBox*>(QStringLiteral("backupKeep"))->isEnabled());
        QVERIFY(w.host->actAs(QStringLiteral("Adam"), storage::SecretBuffer()).ok());
        QVERIFY(w.window->findChild<QAction*>(QStringLiteral("settingsAction"))->isVisible());
    }

    void lockScreenAsksThePinOfTheProfileThatWasWorking()
    {
        LockableWindow w;
        QVERIFY(w.vault.create());
        QVERIFY(w.vault.session->profiles()
                    .add(QStringLiteral("Sam"), security::Role::SalesRep, test::secret("246819"))
                    .ok());
        QVERIFY(w.open());
        QVERIFY(w.host->actAs(QStringLiteral("Sam"), test::secret("246819")).ok());

        w.window->requestLock();
        QTRY_VERIFY(w.host->isLocked());
        UnlockDialog* dialog = waitForUnlockDialog(*w.window);
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("heading"))->text().contains(QStringLiteral("Sam")));
        auto* secret = dialog->findChild<QLineEdit*>(QStringLiteral("secret"));
        auto* pin = dialog->findChild<QLineEdit*>(QStringLiteral("pin"));
        QVERIFY(secret->isVisible());
        QVERIFY(pin->isVisible());

        QTest::keyClicks(secret, QString::fromLatin1(test::PassphraseTestVault::kPassphrase));
        QTest::keyClicks(pin, QStringLiteral("1111"));
        clickUnlock(*dialog);
        auto* pinError = dialog->findChild<QLabel*>(QStringLiteral("pinError"));
        QTRY_VERIFY(pinError->isVisible());
        QVERIFY(w.host->isLocked());
        QVERIFY(dialog->isVisible());
        QVERIFY(pin->text().isEmpty());
        // The passphrase was right: only the PIN is asked again.
        QVERIFY(!secret->isEnabled());
        QTest::keyClicks(pin, QStringLiteral("246819"));
        clickUnlock(*dialog);
        QTRY_VERIFY(!w.host->isLocked());
        QCOMPARE(w.host->session()->actor().name, QStringLiteral("Sam"));
        // Still a sales rep's window: no Delete on contacts.
        QVERIFY(!w.window->findChild<QAction*>(QStringLiteral("contactsDelete"))->isVisible());
    }

    void keychainLockScreenReadsTheKeychainAndAsksOnlyThePin()
    {
        test::MemoryKeyStore keys;
        LockableWindow w;
        storage::SecretBuffer code;
        auto vault = storage::Vault::createWithKeychain(w.vault.path(), keys, code, w.vault.clock.nowMs());
        QVERIFY(vault.ok());
        w.vault.session = std::make_unique<Session>(std::move(vault).value(), w.vault.clock);
        QVERIFY(w.open(&keys));

        // No PIN: the lock screen says that one would make it ask.
        w.window->requestLock();
        QTRY_VERIFY(w.host->isLocked());
        UnlockDialog* dialog = waitForUnlockDialog(*w.window);
        QVERIFY(dialog);
        QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("secret"))->isVisible());
        QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("pin"))->isVisible());
        auto* hint = dialog->findChild<QLabel*>(QStringLiteral("pinHint"));
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(QStringLiteral("PIN")));
        clickUnlock(*dialog);
        QTRY_VERIFY(!w.host->isLocked());

        // With a PIN: asked, and a wrong one leaves the vault closed.
        QVERIFY(w.host->session()->profiles().setPin(QStringLiteral("owner"), test::secret("975346")).ok());
        w.window->requestLock();
        QTRY_VERIFY(w.host->isLocked());
        dialog = waitForUnlockDialog(*w.window);
        QVERIFY(dialog);
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("pinHint"))->isVisible());
        auto* pin = dialog->findChild<QLineEdit*>(QStringLiteral("pin"));
        QVERIFY(pin->isVisible());
        QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("secret"))->isVisible());
        clickUnlock(*dialog); // no PIN typed
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("pinError"))->isVisible());
        QTest::keyClicks(pin, QStringLiteral("0000"));
        clickUnlock(*dialog);
        QTRY_VERIFY(dialog->findChild<QLabel*>(QStringLiteral("pinError"))->text().contains(QStringLiteral("PIN")));
        QVERIFY(w.host->isLocked());
        const QString db = QDir(w.vault.path()).filePath(QString::fromLatin1(storage::Vault::kDatabaseFile));
        QVERIFY(!processHasOpen(db)); // closed again after the wrong PIN
        QTest::keyClicks(pin, QStringLiteral("975346"));
        clickUnlock(*dialog);
        QTRY_VERIFY(!w.host->isLocked());
        QCOMPARE(w.host->session()->actor().name, QStringLiteral("owner"));
    }

    void cancelledLockScreenStaysLockedAndCanBeReopened()
    {
        LockableWindow w;
        QVERIFY(w.open());
        w.window->requestLock();
        QTRY_VERIFY(w.host->isLocked());
        UnlockDialog* dialog = waitForUnlockDialog(*w.window);
        QVERIFY(dialog);
        dialog->reject();
        QTRY_VERIFY(!w.window->unlockDialog());
        QVERIFY(w.host->isLocked());
        auto* unlock = w.window->findChild<QPushButton*>(QStringLiteral("unlockButton"));
        QVERIFY(unlock->isVisible());
        QTest::mouseClick(unlock, Qt::LeftButton);
        QVERIFY(waitForUnlockDialog(*w.window));
    }
};

QTEST_MAIN(TestAutoLock)
#include "TestAutoLock.moc"
