#pragma once

#include "core/security/Permissions.h"

#include "ui/EditorDraft.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QToolButton;

namespace confidant::ui {

class AuditPage;
class RequestsPage;
class BackupDialog;
class RestoreDialog;
class BackupScheduler;
class ChangeNotifier;
class CompaniesPage;
class DealsPage;
class DashboardPage;
class ContactsPage;
class IdleWatcher;
class ImportDialog;
class MyDayPage;
class NoticePanelDialog;
class NoticesDialog;
class PolicyDialog;
class PrivacySettingsDialog;
class ReminderNotifier;
class SessionHost;
class UnlockDialog;

//! The main window: a navigation list on the left (Contacts, Companies, Audit trail), the chosen page on
//! the right, the page's count and the acting profile in the status bar. File ▸ Back up now and Vault ▸
//! Change key for the profiles that may; scheduled backups run quietly in the background.
//!
//! It lives as long as the application, while sessions come and go: locking (Ctrl+L, or after the idle
//! minutes set in the vault) keeps the unsaved content of open editors in memory, closes every dialog,
//! destroys the pages and then the session (SessionHost), and shows the lock screen. Unlocking builds the
//! pages again for the same profile and reopens the editors with their unsaved content.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    //! The navigation list's row of the audit trail page (tests check it is hidden for some profiles).
    int auditNavigationRow() const;
    explicit MainWindow(SessionHost& host, QWidget* parent = nullptr);
    ~MainWindow() override;

    ContactsPage* contactsPage() const
    {
        return m_contacts;
    }
    CompaniesPage* companiesPage() const
    {
        return m_companies;
    }
    DealsPage* dealsPage() const
    {
        return m_deals;
    }
    //! "My day": the acting profile's overdue and due-today tasks; null while locked.
    //! The Dashboard page while a session is open.
    DashboardPage* dashboardPage() const
    {
        return m_dashboard;
    }
    MyDayPage* myDayPage() const
    {
        return m_myDay;
    }
    //! Announces due task reminders while a session is open; null while locked.
    ReminderNotifier* reminderNotifier() const
    {
        return m_reminders;
    }
    //! The audit trail page; null while the profile may not view the audit trail, or while locked.
    AuditPage* auditPage() const
    {
        return m_audit;
    }
    //! The request register; null while the profile may not handle requests, or while locked.
    RequestsPage* requestsPage() const
    {
        return m_requests;
    }
    //! Shows the request register at `reference` (when the profile handles requests).
    void showRequest(const QString& reference);
    IdleWatcher* idleWatcher() const
    {
        return m_idle;
    }
    //! Scheduled backups while a session is open.
    BackupScheduler* backupScheduler() const
    {
        return m_backupScheduler;
    }
    //! The "Back up now" dialog while it is open.
    BackupDialog* backupDialog() const;
    //! The "Restore a backup" dialog while it is open.
    RestoreDialog* restoreDialog() const;
    //! The lock screen while it is open.
    UnlockDialog* unlockDialog() const;

public slots:
    //! Locks as soon as control is back in the event loop (never from inside a dialog's own handler).
    void requestLock();
    //! Opens the lock screen again (after it was cancelled).
    void showUnlockDialog();
    //! Shows the audit trail page, when the profile may view it.
    void showAuditTrail();
    //! File ▸ Back up now…: opens the backup dialog (or brings it to the front).
    void backUpNow();
    //! File ▸ Restore a backup…: into a new folder (or brings the dialog to the front).
    void restoreBackup();
    //! File ▸ Import contacts…: opens the import dialog (or brings it to the front).
    void importContacts();
    void exportContacts();
    //! Vault ▸ Change key…
    void changeKey();
    //! Privacy ▸ Privacy notices…: the notice versions (or brings the dialog to the front).
    void manageNotices();
    //! Privacy ▸ Show privacy notice…: the current notice to show a person, for no contact in particular.
    void showNoticePanel();
    //! Privacy ▸ Privacy policy and records…
    void showPolicy();
    //! The access package / erasure / a new request for the contact selected in Contacts (or `contactUid`).
    void showAccessPackage(const QString& contactUid = {}, const QString& requestReference = {});
    void showErasure(const QString& contactUid = {}, const QString& requestReference = {});
    void newRequestForContact();
    //! Privacy ▸ Privacy settings…: purposes, processors, controller, data fields (or brings it to the front).
    void showPrivacySettings();

protected:
    void closeEvent(QCloseEvent* event) override;
    //! Ctrl+L also from the window's dialogs (editors are window-modal, which blocks the window's own
    //! shortcuts).
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class Page
    {
        Contacts,
        Companies,
        MyDay,
        Audit,
        Dashboard,
        Deals,
        Requests,
    };

    void createMenus();
    QWidget* createLockedPanel();
    //! A session started: builds the pages (or first asks who is working).
    void sessionStarted();
    void buildWorkspace();
    //! Before the session goes: keeps unsaved editor content, closes dialogs, destroys the pages.
    void tearDown();
    void sessionLocked();
    void finishUnlock(UnlockDialog* dialog);
    void reopenDrafts();
    void applyPermissions();
    void startIdleWatch();
    void showPage(Page page);
    //! The navigation row of `page` (rows may be hidden, never removed).
    int navigationRow(Page page) const;
    QWidget* pageWidget(Page page) const;
    void updateStatusCount();
    void updateTitle();
    void switchProfile();
    void setMyPin();
    void manageProfiles();
    void openSettings();
    void connectPage(QWidget* page);
    void scheduledBackupFailed(const QString& message);
    void showNotice(const QString& objectName, const QString& title, const QString& text);
    //! Start-up notice in the status bar: data-subject requests overdue or due within a week (issue #7).
    void updateRequestsNotice();

    SessionHost& m_host;
    IdleWatcher* m_idle = nullptr;
    QStackedWidget* m_root = nullptr;
    QSplitter* m_splitter = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_lockedPanel = nullptr;
    QLabel* m_lockedMessage = nullptr;
    QPushButton* m_unlockButton = nullptr;
    ChangeNotifier* m_notifier = nullptr;
    ContactsPage* m_contacts = nullptr;
    CompaniesPage* m_companies = nullptr;
    DealsPage* m_deals = nullptr;
    AuditPage* m_audit = nullptr;
    RequestsPage* m_requests = nullptr;
    MyDayPage* m_myDay = nullptr;
    DashboardPage* m_dashboard = nullptr;
    ReminderNotifier* m_reminders = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_requestsNotice = nullptr;
    QToolButton* m_profileButton = nullptr;
    QMenu* m_profileMenu = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_contactsAction = nullptr;
    QAction* m_companiesAction = nullptr;
    QAction* m_auditAction = nullptr;
    QAction* m_myDayAction = nullptr;
    QAction* m_switchProfileAction = nullptr;
    QAction* m_setPinAction = nullptr;
    QAction* m_manageProfilesAction = nullptr;
    QAction* m_backupAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QAction* m_changeKeyAction = nullptr;
    QMenu* m_vaultMenu = nullptr;
    QMenu* m_privacyMenu = nullptr;
    QAction* m_noticesAction = nullptr;
    QAction* m_noticePanelAction = nullptr;
    QAction* m_policyAction = nullptr;
    QAction* m_requestsAction = nullptr;
    QAction* m_newRequestAction = nullptr;
    QAction* m_accessAction = nullptr;
    QAction* m_eraseAction = nullptr;
    QPointer<NoticesDialog> m_noticesDialog;
    QPointer<NoticePanelDialog> m_noticePanel;
    QPointer<PolicyDialog> m_policyDialog;
    QAction* m_privacySettingsAction = nullptr;
    QPointer<PrivacySettingsDialog> m_privacySettingsDialog;
    BackupScheduler* m_backupScheduler = nullptr;
    QPointer<BackupDialog> m_backupDialog;
    QPointer<RestoreDialog> m_restoreDialog;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
    QPointer<ImportDialog> m_importDialog;
    QPointer<UnlockDialog> m_unlockDialog;
    QString m_cipherVersion;
    Page m_lastPage = Page::Contacts;
    bool m_needsProfileChoice = false;
    // The first workspace of this window opens on the dashboard when there are deals.
    bool m_workspaceShown = false;

    // Who was working when the vault locked, and their unsaved editor content: in memory only.
    QString m_lockedUid;
    QString m_lockedName;
    security::Role m_lockedRole = security::Role::ReadOnly;
    bool m_lockedHasPin = false;
    QList<EditorDraft> m_drafts;
    // A new recovery code was still on screen, unconfirmed, when the vault locked: say so after unlocking.
    bool m_recoveryCodeDiscarded = false;
    // Why the vault was locked, when it was not the user's doing; shown by the unlock dialog.
    QString m_lockReason;
    // Scheduled-backup failures already shown in a notice this session (each is shown once).
    QStringList m_backupFailuresShown;
};

} // namespace confidant::ui
