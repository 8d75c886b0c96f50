#include "core/Session.h"

#include "ui/AddProfileDialog.h"
#include "ui/ContactEditorDialog.h"
#include "ui/ContactsPage.h"
#include "ui/MainWindow.h"
#include "ui/ManageProfilesDialog.h"
#include "ui/PinDialog.h"
#include "ui/ProfileChooserDialog.h"
#include "ui/SessionHost.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include "tests/support/Screenshot.h"
#include "tests/support/TestVault.h"

#include <memory>

using namespace confidant;
using confidant::ui::MainWindow;
using confidant::ui::ManageProfilesDialog;
using confidant::ui::ProfileChooserDialog;
using confidant::ui::SessionHost;

namespace {

struct ProfileWindow
{
    test::TestVault vault;
    std::unique_ptr<SessionHost> host;
    std::unique_ptr<MainWindow> window;

    bool create()
    {
        return vault.create();
    }
    Session& session()
    {
        return host ? *host->session() : *vault.session;
    }
    bool addProfile(const QString& name, security::Role role, const char* pin = "")
    {
        return session().profiles().add(name, role, test::secret(pin)).ok();
    }
    bool open()
    {
        host = std::make_unique<SessionHost>(vault.clock, nullptr);
        host->start(std::move(vault.session));
        window = std::make_unique<MainWindow>(*host);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }
    QAction* action(const char* name) const
    {
        return window->findChild<QAction*>(QString::fromLatin1(name));
    }
    ~ProfileWindow()
    {
        window.reset();
    }
};

//! The visible dialog of that type (a closed one may linger until its deferred delete).
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

bool crmFixture(Session& session)
{
    crm::Contact c;
    c.givenName = QStringLiteral("Ada");
    c.familyName = QStringLiteral("Lovelace");
    c.companyName = QStringLiteral("Analytical Engines");
    c.source = QStringLiteral("test");
    return session.contacts().create(c).ok();
}

} // namespace

class TestProfilesUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void chooserIsNeededWithSeveralProfilesOrAnOwnerPin()
    {
        test::TestVault vault;
        QVERIFY(vault.create());
        QVERIFY(!ProfileChooserDialog::isNeeded(*vault.session));
        QVERIFY(vault.session->profiles().setPin(QStringLiteral("owner"), test::secret("135792")).ok());
        QVERIFY(ProfileChooserDialog::isNeeded(*vault.session));
        QVERIFY(vault.session->profiles().setPin(QStringLiteral("owner"), storage::SecretBuffer()).ok());
        QVERIFY(vault.session->profiles()
                    .add(QStringLiteral("Sam"), security::Role::SalesRep, storage::SecretBuffer())
                    .ok());
        QVERIFY(ProfileChooserDialog::isNeeded(*vault.session));
    }

    void switchingToSalesRepHidesDeleteAndAudit()
    {
        ProfileWindow w;
        QVERIFY(w.create());
        QVERIFY(crmFixture(w.session()));
        QVERIFY(w.addProfile(QStringLiteral("Sam"), security::Role::SalesRep));
        QVERIFY(w.open());
        auto* nav = w.window->findChild<QListWidget*>(QStringLiteral("navigation"));
        QVERIFY(w.action("contactsDelete")->isVisible());
        QVERIFY(!nav->item(w.window->auditNavigationRow())->isHidden()); // the owner sees the audit trail
        QVERIFY(w.window->auditPage());
        QVERIFY(w.window->windowTitle().contains(QStringLiteral("owner")));

        w.action("switchProfileAction")->trigger();
        auto* chooser = waitFor<ProfileChooserDialog>(*w.window);
        QVERIFY(chooser);
        auto* profiles = chooser->findChild<QTreeWidget*>(QStringLiteral("profiles"));
        QCOMPARE(profiles->topLevelItemCount(), 2);
        chooser->selectProfile(QStringLiteral("Sam"));
        QVERIFY(!chooser->findChild<QLineEdit*>(QStringLiteral("pin"))->isVisible()); // Sam has no PIN
        QTest::mouseClick(button(chooser, "choose"), Qt::LeftButton);
        QCOMPARE(w.host->session()->actor().name, QStringLiteral("Sam"));

        // Deleting a contact erases personal data: a sales rep may edit but not erase.
        QVERIFY(!w.action("contactsDelete")->isVisible());
        QVERIFY(w.action("contactsNew")->isVisible());
        QVERIFY(w.action("contactsNew")->isEnabled());
        QVERIFY(w.action("contactsEdit")->isVisible());
        auto* table = w.window->findChild<QTableView*>(QStringLiteral("contactsTable"));
        table->setCurrentIndex(table->model()->index(0, 0));
        QVERIFY(w.action("contactsEdit")->isEnabled());
        QVERIFY(!w.action("contactsDelete")->isEnabled());
        QTest::keyClick(table, Qt::Key_Delete);
        QVERIFY(!w.window->findChild<QMessageBox*>(QStringLiteral("deleteConfirmation")));
        // No audit trail, no profile management, and the status bar says who is working.
        QVERIFY(nav->item(w.window->auditNavigationRow())->isHidden());
        QVERIFY(!w.window->auditPage());
        QVERIFY(!w.action("auditAction")->isVisible());
        QVERIFY(!w.action("manageProfilesAction")->isVisible());
        auto* profileButton = w.window->findChild<QToolButton*>(QStringLiteral("profileButton"));
        QVERIFY(profileButton->text().contains(QStringLiteral("Sam")));
        QVERIFY(profileButton->text().contains(QStringLiteral("Sales rep"), Qt::CaseInsensitive));
        QVERIFY(w.window->windowTitle().contains(QStringLiteral("Sam")));
    }

    void readOnlyProfileCannotAddOrEdit()
    {
        ProfileWindow w;
        QVERIFY(w.create());
        QVERIFY(crmFixture(w.session()));
        QVERIFY(w.addProfile(QStringLiteral("Rita"), security::Role::ReadOnly));
        QVERIFY(w.open());
        QVERIFY(w.host->actAs(QStringLiteral("Rita"), storage::SecretBuffer()).ok());

        for (const char* prefix : {"contacts", "companies"}) {
            const QString p = QString::fromLatin1(prefix);
            auto* newAction = w.window->findChild<QAction*>(p + QStringLiteral("New"));
            auto* edit = w.window->findChild<QAction*>(p + QStringLiteral("Edit"));
            auto* remove = w.window->findChild<QAction*>(p + QStringLiteral("Delete"));
            auto* view = w.window->findChild<QAction*>(p + QStringLiteral("View"));
            QVERIFY2(!newAction->isEnabled() && !newAction->isVisible(), prefix);
            QVERIFY2(!remove->isVisible(), prefix);
            auto* table = w.window->findChild<QTableView*>(p + QStringLiteral("Table"));
            table->setCurrentIndex(table->model()->index(0, 0));
            QVERIFY2(!edit->isEnabled() && !edit->isVisible(), prefix);
            QVERIFY2(view->isVisible() && view->isEnabled(), prefix);
        }
        // Ctrl+N does nothing; Enter opens the contact read only. A shortcut runs its action inside keyClick; what
        // it might have queued is delivered before looking, not waited for.
        QTest::keyClick(w.window.get(), Qt::Key_N, Qt::ControlModifier);
        QCoreApplication::sendPostedEvents();
        QVERIFY(!w.window->findChild<ui::ContactEditorDialog*>());
        auto* table = w.window->findChild<QTableView*>(QStringLiteral("contactsTable"));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        ui::ContactEditorDialog* editor = nullptr;
        QTRY_VERIFY((editor = w.window->findChild<ui::ContactEditorDialog*>()) != nullptr);
        QCOMPARE(w.window->findChildren<ui::ContactEditorDialog*>().size(), 1);
        QVERIFY(editor->isReadOnly());
        QVERIFY(editor->findChild<QLineEdit*>(QStringLiteral("givenName"))->isReadOnly());
        QVERIFY(!editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->isVisible());
    }

    void manageDialogAddsAProfileWithRoleAndPin()
    {
        ProfileWindow w;
        QVERIFY(w.create());
        QVERIFY(w.open());
        QVERIFY(w.action("manageProfilesAction")->isVisible());
        w.action("manageProfilesAction")->trigger();
        auto* manage = waitFor<ManageProfilesDialog>(*w.window);
        QVERIFY(manage);
        auto* list = manage->findChild<QTreeWidget*>(QStringLiteral("profiles"));
        QCOMPARE(list->topLevelItemCount(), 1);

        QTest::mouseClick(button(manage, "add"), Qt::LeftButton);
        auto* add = waitFor<ui::AddProfileDialog>(*manage);
        QVERIFY(add);
        QTest::keyClicks(add->findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("Pat"));
        auto* role = add->findChild<QComboBox*>(QStringLiteral("role"));
        role->setCurrentIndex(role->findData(static_cast<int>(security::Role::PrivacyOfficer)));
        QTest::keyClicks(add->findChild<QLineEdit*>(QStringLiteral("pin")), QStringLiteral("432187"));
        QTest::keyClicks(add->findChild<QLineEdit*>(QStringLiteral("pinRepeat")), QStringLiteral("432188"));
        QTest::mouseClick(button(add, "add"), Qt::LeftButton);
        QVERIFY(add->findChild<QLabel*>(QStringLiteral("error"))->isVisible()); // the PINs differ
        QTest::keyClicks(add->findChild<QLineEdit*>(QStringLiteral("pin")), QStringLiteral("432187"));
        QTest::keyClicks(add->findChild<QLineEdit*>(QStringLiteral("pinRepeat")), QStringLiteral("432187"));
        QTest::mouseClick(button(add, "add"), Qt::LeftButton);
        QTRY_COMPARE(list->topLevelItemCount(), 2);

        auto pat = w.host->session()->profiles().find(QStringLiteral("Pat"));
        QVERIFY(pat.ok());
        QCOMPARE(pat->role, security::Role::PrivacyOfficer);
        QVERIFY(pat->hasPin);
        QVERIFY(w.host->session()->profiles().authenticate(QStringLiteral("Pat"), test::secret("432187")).ok());
        QCOMPARE(manage->findChild<QLabel*>(QStringLiteral("selectedName"))->text(), QStringLiteral("Pat"));

        // Change the role, remove the PIN.
        auto* roleCombo = manage->findChild<QComboBox*>(QStringLiteral("role"));
        roleCombo->setCurrentIndex(roleCombo->findData(static_cast<int>(security::Role::SalesRep)));
        QTest::mouseClick(button(manage, "changeRole"), Qt::LeftButton);
        QCOMPARE(w.host->session()->profiles().find(QStringLiteral("Pat"))->role, security::Role::SalesRep);
        QTest::mouseClick(button(manage, "clearPin"), Qt::LeftButton);
        QVERIFY(!w.host->session()->profiles().find(QStringLiteral("Pat"))->hasPin);

        // A name that exists already is refused by core, and the message shows.
        QTest::mouseClick(button(manage, "add"), Qt::LeftButton);
        add = waitFor<ui::AddProfileDialog>(*manage);
        QVERIFY(add);
        QTest::keyClicks(add->findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("pat"));
        QTest::mouseClick(button(add, "add"), Qt::LeftButton);
        QVERIFY(add->isVisible());
        QVERIFY(add->findChild<QLabel*>(QStringLiteral("error"))->text().contains(QStringLiteral("exists")));
        add->reject();

        // Remove Pat after confirming.
        manage->selectProfile(QStringLiteral("Pat"));
        QTest::mouseClick(button(manage, "remove"), Qt::LeftButton);
        QMessageBox* confirm = nullptr;
        QTRY_VERIFY((confirm = manage->findChild<QMessageBox*>(QStringLiteral("removeConfirmation"))) != nullptr);
        QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(w.host->session()->profiles().find(QStringLiteral("Pat")).error().kind, ErrorKind::NotFound);
    }

    void coreRefusalsShowInTheManageDialog()
    {
        ProfileWindow w;
        QVERIFY(w.create());
        QVERIFY(w.addProfile(QStringLiteral("Ann"), security::Role::Admin));
        QVERIFY(w.open());
        ManageProfilesDialog manage(*w.host);
        manage.show();
        QVERIFY(QTest::qWaitForWindowExposed(&manage));
        auto* error = manage.findChild<QLabel*>(QStringLiteral("error"));
        auto* roleCombo = manage.findChild<QComboBox*>(QStringLiteral("role"));

        // Conflict: the only owner cannot become an admin.
        manage.selectProfile(QStringLiteral("owner"));
        roleCombo->setCurrentIndex(roleCombo->findData(static_cast<int>(security::Role::Admin)));
        QTest::mouseClick(button(&manage, "changeRole"), Qt::LeftButton);
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("owner")));
        QCOMPARE(w.host->session()->profiles().find(QStringLiteral("owner"))->role, security::Role::Owner);
        // The owner cannot remove itself (greyed out; core refuses as well).
        QVERIFY(!button(&manage, "remove")->isEnabled());

        // Denied: an admin may manage profiles but not make owners.
        QVERIFY(w.host->actAs(QStringLiteral("Ann"), storage::SecretBuffer()).ok());
        QVERIFY(w.addProfile(QStringLiteral("Bo"), security::Role::SalesRep));
        ManageProfilesDialog asAdmin(*w.host);
        asAdmin.show();
        asAdmin.selectProfile(QStringLiteral("Bo"));
        auto* adminRole = asAdmin.findChild<QComboBox*>(QStringLiteral("role"));
        adminRole->setCurrentIndex(adminRole->findData(static_cast<int>(security::Role::Owner)));
        QTest::mouseClick(button(&asAdmin, "changeRole"), Qt::LeftButton);
        auto* adminError = asAdmin.findChild<QLabel*>(QStringLiteral("error"));
        QVERIFY(adminError->isVisible());
        QVERIFY(!adminError->text().isEmpty());
        QCOMPARE(w.host->session()->profiles().find(QStringLiteral("Bo"))->role, security::Role::SalesRep);
        security::AuditQuery denied;
        denied.action = QStringLiteral("access.denied");
        QVERIFY(!w.host->session()->auditLog().list(denied)->isEmpty());
    }

    void demotingYourselfTakesEffectAtOnce()
    {
        ProfileWindow w;
        QVERIFY(w.create());
        QVERIFY(w.addProfile(QStringLiteral("Ann"), security::Role::Owner));
        QVERIFY(w.open());
        ManageProfilesDialog manage(*w.host);
        manage.show();
        manage.selectProfile(QStringLiteral("owner"));
        auto* roleCombo = manage.findChild<QComboBox*>(QStringLiteral("role"));
        roleCombo->setCurrentIndex(roleCombo->findData(static_cast<int>(security::Role::ReadOnly)));
        QTest::mouseClick(button(&manage, "changeRole"), Qt::LeftButton);
        QVERIFY(!manage.findChild<QLabel*>(QStringLiteral("error"))->isVisible());
        QCOMPARE(w.host->session()->actor().role, security::Role::ReadOnly);
        QVERIFY(!w.action("contactsNew")->isVisible());
        QVERIFY(!w.action("manageProfilesAction")->isVisible());
        QVERIFY(!w.window->auditPage());
    }

    void pinPromptRejectsAWrongPin()
    {
        ProfileWindow w;
        QVERIFY(w.create());
        QVERIFY(w.addProfile(QStringLiteral("Sam"), security::Role::SalesRep, "246819"));
        QVERIFY(w.open());
        w.action("switchProfileAction")->trigger();
        auto* chooser = waitFor<ProfileChooserDialog>(*w.window);
        QVERIFY(chooser);
        chooser->selectProfile(QStringLiteral("Sam"));
        auto* pin = chooser->findChild<QLineEdit*>(QStringLiteral("pin"));
        QVERIFY(pin->isVisible());
        QCOMPARE(pin->echoMode(), QLineEdit::Password);
        auto* error = chooser->findChild<QLabel*>(QStringLiteral("error"));

        QTest::keyClicks(pin, QStringLiteral("1111"));
        QTest::mouseClick(button(chooser, "choose"), Qt::LeftButton);
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("PIN")));
        QVERIFY(chooser->isVisible());
        QVERIFY(pin->text().isEmpty());
        QCOMPARE(w.host->session()->actor().name, QStringLiteral("owner"));
        // The rejected attempt is in the audit trail.
        security::AuditQuery q;
        q.action = QStringLiteral("profile.pin-rejected");
        QCOMPARE(w.host->session()->auditLog().list(q)->size(), 1);

        QTest::keyClicks(pin, QStringLiteral("246819"));
        QTest::mouseClick(button(chooser, "choose"), Qt::LeftButton);
        QTRY_VERIFY(!chooser->isVisible());
        QCOMPARE(w.host->session()->actor().name, QStringLiteral("Sam"));
    }

    void startChooserActsAsTheChosenProfile()
    {
        test::TestVault vault;
        QVERIFY(vault.create());
        QVERIFY(vault.session->profiles()
                    .add(QStringLiteral("Rita"), security::Role::ReadOnly, storage::SecretBuffer())
                    .ok());
        SessionHost host(vault.clock, nullptr);
        host.start(std::move(vault.session));
        ProfileChooserDialog chooser(host, ProfileChooserDialog::Purpose::Start);
        chooser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chooser));
        QCOMPARE(button(&chooser, "cancel")->text(), QStringLiteral("&Quit"));
        chooser.selectProfile(QStringLiteral("Rita"));
        QTest::mouseClick(button(&chooser, "choose"), Qt::LeftButton);
        QCOMPARE(chooser.result(), int(QDialog::Accepted));
        QCOMPARE(host.session()->actor().role, security::Role::ReadOnly);
    }

    // Issue 16: the owner sees wrong PINs given for a profile and how long it must wait.
    void manageDialogShowsWrongPinsAndTheWait()
    {
        ProfileWindow w;
        QVERIFY(w.create());
        QVERIFY(w.addProfile(QStringLiteral("Sam"), security::Role::SalesRep, "246819"));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(!w.session().profiles().authenticate(QStringLiteral("Sam"), test::secret("135792")).ok());
        }
        const auto sam = w.session().profiles().find(QStringLiteral("Sam"));
        QVERIFY(sam.ok() && sam->pinFailures && sam->pinFailures->lockedUntilMs);
        const QString until = QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(*sam->pinFailures->lockedUntilMs).toLocalTime(), QLocale::ShortFormat);
        QVERIFY(w.open());

        auto rowOf = [](QTreeWidget* list, const QString& name) -> QTreeWidgetItem* {
            for (int i = 0; i < list->topLevelItemCount(); ++i) {
                if (list->topLevelItem(i)->text(0) == name) {
                    return list->topLevelItem(i);
                }
            }
            return nullptr;
        };
        auto columnOf = [](QTreeWidget* list, const QString& header) {
            for (int i = 0; i < list->columnCount(); ++i) {
                if (list->headerItem()->text(i) == header) {
                    return i;
                }
            }
            return -1;
        };
        w.action("manageProfilesAction")->trigger();
        auto* manage = waitFor<ManageProfilesDialog>(*w.window);
        QVERIFY(manage);
        auto* list = manage->findChild<QTreeWidget*>(QStringLiteral("profiles"));
        const int wrong = columnOf(list, QStringLiteral("Wrong PINs"));
        const int locked = columnOf(list, QStringLiteral("Locked until"));
        QVERIFY(wrong >= 0 && locked >= 0);
        QTreeWidgetItem* row = rowOf(list, QStringLiteral("Sam"));
        QVERIFY(row);
        QCOMPARE(row->text(wrong), QStringLiteral("3"));
        QCOMPARE(row->text(locked), until);
        QTreeWidgetItem* owner = rowOf(list, QStringLiteral("owner (you)"));
        QVERIFY(owner);
        QCOMPARE(owner->text(wrong), QStringLiteral("0"));
        QVERIFY(owner->text(locked).isEmpty());
        test::shoot(*manage, QStringLiteral("manage-profiles-waiting"));
        manage->close();

        // Once the wait is over the count stays, until the right PIN or a new one clears it.
        w.vault.clock.advanceMs(30'000);
        w.action("manageProfilesAction")->trigger();
        QTRY_VERIFY((manage = waitFor<ManageProfilesDialog>(*w.window)) != nullptr);
        list = manage->findChild<QTreeWidget*>(QStringLiteral("profiles"));
        row = rowOf(list, QStringLiteral("Sam"));
        QVERIFY(row);
        QCOMPARE(row->text(wrong), QStringLiteral("3"));
        QVERIFY(row->text(locked).isEmpty());
    }

    void anyProfileMaySetItsOwnPin()
    {
        ProfileWindow w;
        QVERIFY(w.create());
        QVERIFY(w.addProfile(QStringLiteral("Rita"), security::Role::ReadOnly));
        QVERIFY(w.open());
        QVERIFY(w.host->actAs(QStringLiteral("Rita"), storage::SecretBuffer()).ok());
        w.action("setPinAction")->trigger();
        auto* dialog = waitFor<ui::PinDialog>(*w.window);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("pin")), QStringLiteral("864219"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("pinRepeat")), QStringLiteral("864219"));
        QTest::mouseClick(button(dialog, "setPin"), Qt::LeftButton);
        QTRY_VERIFY(w.host->session()->profiles().find(QStringLiteral("Rita"))->hasPin);
    }
};

QTEST_MAIN(TestProfilesUi)
#include "TestProfilesUi.moc"
