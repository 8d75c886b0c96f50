#include "MainWindow.h"

#include "core/Session.h"

#include "ui/AccessDialog.h"
#include "ui/AuditPage.h"
#include "ui/BackupDialog.h"
#include "ui/BackupScheduler.h"
#include "ui/ChangeKeyDialog.h"
#include "ui/ChangeNotifier.h"
#include "ui/CompaniesPage.h"
#include "ui/ContactsPage.h"
#include "ui/DashboardPage.h"
#include "ui/DealsPage.h"
#include "ui/EraseDialog.h"
#include "ui/IdleWatcher.h"
#include "ui/ImportDialog.h"
#include "ui/ManageProfilesDialog.h"
#include "ui/MyDayPage.h"
#include "ui/NoticePanelDialog.h"
#include "ui/NoticesDialog.h"
#include "ui/PinDialog.h"
#include "ui/PolicyDialog.h"
#include "ui/PrivacySettingsDialog.h"
#include "ui/ProfileChooserDialog.h"
#include "ui/ReminderNotifier.h"
#include "ui/RequestsPage.h"
#include "ui/RestoreDialog.h"
#include "ui/SessionHost.h"
#include "ui/SettingsDialog.h"
#include "ui/UnlockDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace confidant::ui {

namespace {

// Only window geometry goes to the settings file: nothing about anyone in the vault.
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/splitter");

QString statusTextOf(QWidget* page)
{
    if (auto* list = qobject_cast<ListPage*>(page)) {
        return list->statusText();
    }
    if (auto* audit = qobject_cast<AuditPage*>(page)) {
        return audit->statusText();
    }
    if (auto* myDay = qobject_cast<MyDayPage*>(page)) {
        return myDay->statusText();
    }
    if (auto* requests = qobject_cast<RequestsPage*>(page)) {
        return requests->statusText();
    }
    return {};
}

} // namespace

MainWindow::MainWindow(SessionHost& host, QWidget* parent)
    : QMainWindow(parent)
    , m_host(host)
    , m_idle(new IdleWatcher(host.clock(), this))
{
    setObjectName(QStringLiteral("mainWindow"));

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    const auto addNavigation = [this](const QString& text, Page page) {
        auto* item = new QListWidgetItem(text, m_navigation);
        item->setData(Qt::UserRole, static_cast<int>(page));
    };
    addNavigation(tr("Contacts"), Page::Contacts);
    addNavigation(tr("Companies"), Page::Companies);
    addNavigation(tr("Deals"), Page::Deals);
    addNavigation(tr("Audit trail"), Page::Audit);
    addNavigation(tr("Requests"), Page::Requests);
    addNavigation(tr("My day"), Page::MyDay);
    addNavigation(tr("Dashboard"), Page::Dashboard);
    m_navigation->item(navigationRow(Page::Audit))->setHidden(true);
    m_navigation->item(navigationRow(Page::Requests))->setHidden(true);
    m_navigation->setSpacing(2);
    m_navigation->setMinimumWidth(fontMetrics().horizontalAdvance(tr("Audit trail")) + 48);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_navigation->setFont(navFont);

    m_stack = new QStackedWidget(this);
    auto* pageFrame = new QWidget(this);
    auto* pageLayout = new QHBoxLayout(pageFrame);
    pageLayout->setContentsMargins(6, 6, 6, 0);
    pageLayout->addWidget(m_stack);

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(pageFrame);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(0, false);
    m_splitter->setCollapsible(1, false);
    m_splitter->setSizes({m_navigation->minimumWidth() + 24, 1000});

    m_root = new QStackedWidget(this);
    m_root->addWidget(m_splitter);
    m_lockedPanel = createLockedPanel();
    m_root->addWidget(m_lockedPanel);
    setCentralWidget(m_root);

    m_requestsNotice = new QLabel(this);
    m_requestsNotice->setObjectName(QStringLiteral("requestsDueNotice"));
    m_requestsNotice->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_requestsNotice->hide();
    statusBar()->addPermanentWidget(m_requestsNotice);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));
    statusBar()->addPermanentWidget(m_count);
    m_profileButton = new QToolButton(this);
    m_profileButton->setObjectName(QStringLiteral("profileButton"));
    m_profileButton->setAutoRaise(true);
    m_profileButton->setPopupMode(QToolButton::InstantPopup);
    m_profileButton->setToolTip(tr("The profile you are working as; click to switch or lock"));
    statusBar()->addPermanentWidget(m_profileButton);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (QListWidgetItem* item = m_navigation->item(row)) {
            showPage(static_cast<Page>(item->data(Qt::UserRole).toInt()));
        }
    });
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::requestLock);
    connect(&m_host, &SessionHost::started, this, &MainWindow::sessionStarted);
    connect(&m_host, &SessionHost::actorChanged, this, &MainWindow::applyPermissions);
    connect(&m_host, &SessionHost::aboutToLock, this, &MainWindow::tearDown);
    connect(&m_host, &SessionHost::locked, this, &MainWindow::sessionLocked);

    m_backupScheduler = new BackupScheduler(m_host, this);
    connect(m_backupScheduler, &BackupScheduler::message, this, [this](const QString& text) {
        statusBar()->showMessage(text, 8000);
    });
    connect(m_backupScheduler, &BackupScheduler::failed, this, &MainWindow::scheduledBackupFailed);

    createMenus();
    m_profileButton->setMenu(m_profileMenu);
    qApp->installEventFilter(this);

    resize(1180, 720);
    QSettings settings(QCoreApplication::applicationName(), QCoreApplication::applicationName());
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    m_splitter->restoreState(settings.value(kStateKey).toByteArray());

    if (m_host.session()) {
        buildWorkspace();
    } else {
        m_root->setCurrentWidget(m_lockedPanel);
        updateTitle();
    }
}

MainWindow::~MainWindow()
{
    // The pages hold references into the session; they go first.
    delete m_dashboard;
    delete m_deals;
    delete m_audit;
    delete m_requests;
    delete m_myDay;
    delete m_contacts;
    delete m_companies;
}

UnlockDialog* MainWindow::unlockDialog() const
{
    return m_unlockDialog;
}

BackupDialog* MainWindow::backupDialog() const
{
    return m_backupDialog;
}

RestoreDialog* MainWindow::restoreDialog() const
{
    return m_restoreDialog;
}

QWidget* MainWindow::createLockedPanel()
{
    auto* panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("lockedPanel"));
    m_lockedMessage = new QLabel(tr("<h2>Confidant is locked</h2><p>The vault is closed and its key is gone from "
                                    "memory. Unlock it to continue where you left off.</p>"),
                                 panel);
    m_lockedMessage->setObjectName(QStringLiteral("lockedMessage"));
    m_lockedMessage->setAlignment(Qt::AlignCenter);
    m_lockedMessage->setWordWrap(true);
    m_unlockButton = new QPushButton(QIcon::fromTheme(QStringLiteral("unlock")), tr("&Unlock…"), panel);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    connect(m_unlockButton, &QPushButton::clicked, this, &MainWindow::showUnlockDialog);
    auto* buttonLine = new QHBoxLayout;
    buttonLine->addStretch(1);
    buttonLine->addWidget(m_unlockButton);
    buttonLine->addStretch(1);
    auto* layout = new QVBoxLayout(panel);
    layout->addStretch(1);
    layout->addWidget(m_lockedMessage);
    layout->addLayout(buttonLine);
    layout->addStretch(2);
    return panel;
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_lockAction = file->addAction(
        QIcon::fromTheme(QStringLiteral("system-lock-screen")), tr("&Lock"), this, &MainWindow::requestLock);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    // Also from inside an open editor: its unsaved content is kept and comes back after the unlock.
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    m_lockAction->setToolTip(tr("Close the vault now; unlocking reopens it where you left off (Ctrl+L)"));
    m_backupAction = file->addAction(
        QIcon::fromTheme(QStringLiteral("document-save-as")), tr("&Back up now…"), this, &MainWindow::backUpNow);
    m_backupAction->setObjectName(QStringLiteral("backupAction"));
    m_backupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_backupAction->setToolTip(tr("Write an encrypted, verified copy of the whole vault (Ctrl+B)"));
    m_restoreAction = file->addAction(tr("&Restore a backup…"), this, &MainWindow::restoreBackup);
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    m_restoreAction->setToolTip(tr("Restore a backup into a new folder; the open vault stays as it is"));
    m_importAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-import")),
                                     tr("&Import contacts…"),
                                     this,
                                     &MainWindow::importContacts);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setToolTip(tr("Add contacts from a CSV or vCard file, with a preview first (Ctrl+I)"));
    m_importAction->setEnabled(false);
    m_exportAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-export")),
                                     tr("&Export contacts…"),
                                     this,
                                     &MainWindow::exportContacts);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportAction->setToolTip(
        tr("Write the selected contacts, a saved filter, a tag or all as CSV or vCard (Ctrl+Shift+E)"));
    m_exportAction->setEnabled(false);
    m_settingsAction = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_contactsAction = view->addAction(tr("&Contacts"), this, [this] { m_navigation->setCurrentRow(0); });
    m_contactsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_companiesAction = view->addAction(tr("C&ompanies"), this, [this] { m_navigation->setCurrentRow(1); });
    m_companiesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_myDayAction
        = view->addAction(tr("&My day"), this, [this] { m_navigation->setCurrentRow(navigationRow(Page::MyDay)); });
    m_myDayAction->setObjectName(QStringLiteral("myDayAction"));
    m_myDayAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_auditAction = view->addAction(tr("&Audit trail"), this, &MainWindow::showAuditTrail);
    m_auditAction->setObjectName(QStringLiteral("auditAction"));
    m_auditAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_auditAction->setVisible(false);

    m_profileMenu = menuBar()->addMenu(tr("&Profile"));
    m_profileMenu->setObjectName(QStringLiteral("profileMenu"));
    m_switchProfileAction = m_profileMenu->addAction(tr("&Switch profile…"), this, &MainWindow::switchProfile);
    m_switchProfileAction->setObjectName(QStringLiteral("switchProfileAction"));
    m_switchProfileAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_setPinAction = m_profileMenu->addAction(tr("Set my &PIN…"), this, &MainWindow::setMyPin);
    m_setPinAction->setObjectName(QStringLiteral("setPinAction"));
    m_manageProfilesAction = m_profileMenu->addAction(tr("&Manage profiles…"), this, &MainWindow::manageProfiles);
    m_manageProfilesAction->setObjectName(QStringLiteral("manageProfilesAction"));
    m_manageProfilesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_profileMenu->addSeparator();
    m_profileMenu->addAction(m_lockAction);

    m_vaultMenu = menuBar()->addMenu(tr("V&ault"));
    m_vaultMenu->setObjectName(QStringLiteral("vaultMenu"));
    m_changeKeyAction = m_vaultMenu->addAction(tr("Change &key…"), this, &MainWindow::changeKey);
    m_changeKeyAction->setObjectName(QStringLiteral("changeKeyAction"));
    m_changeKeyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_changeKeyAction->setToolTip(tr("Re-encrypt the vault with a new key or passphrase"));

    // Consent, purposes, notices and the records a privacy officer keeps; each action shows for the profiles
    // that may use it (applyPermissions).
    m_privacyMenu = menuBar()->addMenu(tr("P&rivacy"));
    m_privacyMenu->setObjectName(QStringLiteral("privacyMenu"));
    m_noticesAction = m_privacyMenu->addAction(tr("Privacy &notices…"), this, &MainWindow::manageNotices);
    m_noticesAction->setObjectName(QStringLiteral("noticesAction"));
    m_noticesAction->setToolTip(tr("Write, publish and review the versions of the privacy notice"));
    m_noticePanelAction = m_privacyMenu->addAction(tr("Show privacy no&tice…"), this, &MainWindow::showNoticePanel);
    m_noticePanelAction->setObjectName(QStringLiteral("noticePanelAction"));
    m_noticePanelAction->setToolTip(tr("Show the current privacy notice to read out or to show a person"));
    m_policyAction = m_privacyMenu->addAction(tr("Privacy &policy and records…"), this, &MainWindow::showPolicy);
    m_policyAction->setObjectName(QStringLiteral("policyAction"));
    m_policyAction->setToolTip(tr("The privacy-policy draft and the records of processing, built from this vault"));
    m_privacyMenu->addSeparator();
    m_requestsAction = m_privacyMenu->addAction(
        tr("Data-subject &requests"), this, [this] { m_navigation->setCurrentRow(navigationRow(Page::Requests)); });
    m_requestsAction->setObjectName(QStringLiteral("requestsAction"));
    m_requestsAction->setToolTip(tr("The register of access, erasure and other requests, with their deadlines"));
    m_newRequestAction
        = m_privacyMenu->addAction(tr("New request about this contact…"), this, &MainWindow::newRequestForContact);
    m_newRequestAction->setObjectName(QStringLiteral("newRequestAction"));
    m_accessAction
        = m_privacyMenu->addAction(tr("&Access package for this contact…"), this, [this] { showAccessPackage(); });
    m_accessAction->setObjectName(QStringLiteral("accessAction"));
    m_accessAction->setToolTip(tr("Everything held about the selected contact, as JSON, CSV and PDF"));
    m_eraseAction = m_privacyMenu->addAction(tr("&Erase this contact…"), this, [this] { showErasure(); });
    m_eraseAction->setObjectName(QStringLiteral("eraseAction"));
    m_eraseAction->setToolTip(tr("Erase the selected contact everywhere, with a preview first"));
    m_privacyMenu->addSeparator();
    m_privacySettingsAction
        = m_privacyMenu->addAction(tr("Privacy &settings…"), this, &MainWindow::showPrivacySettings);
    m_privacySettingsAction->setObjectName(QStringLiteral("privacySettingsAction"));
    m_privacySettingsAction->setToolTip(
        tr("Purposes and lawful bases, processors and recipients, controller details and data fields"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Confidant"), this, [this] {
        QMessageBox::about(this,
                           tr("About Confidant"),
                           tr("<p><b>Confidant %1</b></p><p>A local-first CRM: your customers' data stays on this "
                              "computer, encrypted.</p><p>Vault: %2<br>SQLCipher %3</p>")
                               .arg(QStringLiteral(CONFIDANT_VERSION),
                                    QDir::toNativeSeparators(m_host.directory()).toHtmlEscaped(),
                                    m_cipherVersion.toHtmlEscaped()));
    });
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::sessionStarted()
{
    if (m_needsProfileChoice) {
        // The profile that locked is gone: nothing shows until someone says who is working.
        m_needsProfileChoice = false;
        auto* chooser = new ProfileChooserDialog(m_host, ProfileChooserDialog::Purpose::Switch, this);
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        connect(chooser, &QDialog::accepted, this, &MainWindow::buildWorkspace);
        connect(chooser, &QDialog::rejected, this, &MainWindow::requestLock);
        chooser->open();
        return;
    }
    buildWorkspace();
}

void MainWindow::buildWorkspace()
{
    Session* session = m_host.session();
    if (!session || m_contacts) {
        return;
    }
    m_cipherVersion = session->vault().cipherVersion();
    m_notifier = new ChangeNotifier(session->gate(), this);
    m_contacts = new ContactsPage(*session, *m_notifier, m_stack);
    m_companies = new CompaniesPage(*session, *m_notifier, m_stack);
    m_myDay = new MyDayPage(*session, *m_notifier, m_stack);
    m_stack->addWidget(m_contacts);
    m_stack->addWidget(m_companies);
    m_stack->addWidget(m_myDay);
    m_deals = new DealsPage(*session, *m_notifier, m_stack);
    m_stack->addWidget(m_deals);
    connectPage(m_contacts);
    connectPage(m_companies);
    m_dashboard = new DashboardPage(*session, *m_notifier, m_stack);
    m_stack->addWidget(m_dashboard);
    m_dashboard->setTasksLinked(true);
    connect(m_dashboard, &DashboardPage::tasksRequested, this, [this] {
        m_navigation->setCurrentRow(navigationRow(Page::MyDay));
    });
    // A recently touched contact opens as a double-click on the Contacts page opens it.
    connect(m_dashboard, &DashboardPage::contactRequested, this, [this](qint64 id) {
        Session* current = m_host.session();
        if (!current || !m_contacts) {
            return;
        }
        auto contact = current->contacts().open(crm::ContactId {id});
        if (!contact) {
            statusBar()->showMessage(contact.error().message, 8000);
            return;
        }
        m_contacts->openEditor(*contact);
    });
    connectPage(m_myDay);
    m_reminders = new ReminderNotifier(*session, this);
    connect(m_reminders, &ReminderNotifier::reminded, this, [this](const crm::Activity&, const QString& text) {
        statusBar()->showMessage(text, ReminderNotifier::kIntervalMs);
    });
    applyPermissions();

    for (QAction* action : {m_lockAction,
                            m_switchProfileAction,
                            m_setPinAction,
                            m_contactsAction,
                            m_companiesAction,
                            m_myDayAction,
                            m_importAction}) {
        action->setEnabled(true);
    }
    m_root->setCurrentWidget(m_splitter);
    Page page = m_lastPage;
    if ((page == Page::Audit && !m_audit) || (page == Page::Requests && !m_requests)) {
        page = Page::Contacts;
    }
    if (!std::exchange(m_workspaceShown, true)) {
        // Opening on empty charts helps nobody: the dashboard first only when there are deals.
        auto hasDeals = session->dashboard().hasDeals();
        if (hasDeals && *hasDeals) {
            page = Page::Dashboard;
        }
    }
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(Qt::UserRole).toInt() == static_cast<int>(page)) {
            m_navigation->setCurrentRow(row);
        }
    }
    showPage(page);
    if (QWidget* current = m_stack->currentWidget()) {
        current->setFocus(Qt::OtherFocusReason);
    }
    startIdleWatch();
    m_reminders->start();
    reopenDrafts();
    // After unlocking and choosing the profile: a due scheduled backup starts now, in the background.
    m_backupScheduler->start();
    updateRequestsNotice();
    if (std::exchange(m_recoveryCodeDiscarded, false)) {
        showNotice(QStringLiteral("recoveryCodeNotice"),
                   tr("New recovery code not confirmed"),
                   tr("Confidant locked while the new recovery code was on screen, before you confirmed writing "
                      "it down, so it is gone. The vault opens with the new key in this computer's keychain. To "
                      "have a recovery code again, change the key once more (Vault ▸ Change key…)."));
    }
}

void MainWindow::connectPage(QWidget* page)
{
    const auto showCount = [this, page](const QString& text) {
        if (page == m_stack->currentWidget()) {
            m_count->setText(text);
        }
    };
    const auto showNotice = [this](const QString& text) { statusBar()->showMessage(text, 4000); };
    if (auto* list = qobject_cast<ListPage*>(page)) {
        connect(list, &ListPage::statusTextChanged, this, showCount);
        connect(list, &ListPage::notice, this, showNotice);
    } else if (auto* audit = qobject_cast<AuditPage*>(page)) {
        connect(audit, &AuditPage::statusTextChanged, this, showCount);
        connect(audit, &AuditPage::notice, this, showNotice);
    } else if (auto* myDay = qobject_cast<MyDayPage*>(page)) {
        connect(myDay, &MyDayPage::statusTextChanged, this, showCount);
    } else if (auto* requests = qobject_cast<RequestsPage*>(page)) {
        connect(requests, &RequestsPage::statusTextChanged, this, showCount);
        connect(requests, &RequestsPage::notice, this, showNotice);
        connect(requests, &RequestsPage::statusTextChanged, this, &MainWindow::updateRequestsNotice);
    }
}

void MainWindow::applyPermissions()
{
    Session* session = m_host.session();
    if (!session || !m_contacts) {
        return;
    }
    const security::MutationGate& gate = session->gate();
    m_contacts->updatePermissions();
    m_companies->updatePermissions();
    m_myDay->updatePermissions();
    m_deals->updatePermissions();

    const bool mayAudit = gate.may(security::Permission::ViewAudit);
    if (mayAudit && !m_audit) {
        m_audit = new AuditPage(*session, *m_notifier, m_stack);
        m_stack->addWidget(m_audit);
        connectPage(m_audit);
    } else if (!mayAudit && m_audit) {
        if (m_stack->currentWidget() == m_audit) {
            m_navigation->setCurrentRow(0);
        }
        delete m_audit; // with the entries it had loaded
        m_audit = nullptr;
    }
    m_navigation->item(navigationRow(Page::Audit))->setHidden(!mayAudit);
    m_auditAction->setVisible(mayAudit);
    m_auditAction->setEnabled(mayAudit);

    // The request register names who asked: only for profiles that handle requests.
    const bool mayRequests = gate.may(security::Permission::HandleRequests);
    if (mayRequests && !m_requests) {
        m_requests = new RequestsPage(*session, *m_notifier, m_stack);
        m_stack->addWidget(m_requests);
        connectPage(m_requests);
        connect(m_requests, &RequestsPage::accessRequested, this, &MainWindow::showAccessPackage);
        connect(m_requests, &RequestsPage::erasureRequested, this, &MainWindow::showErasure);
    } else if (!mayRequests && m_requests) {
        if (m_stack->currentWidget() == m_requests) {
            m_navigation->setCurrentRow(0);
        }
        delete m_requests;
        m_requests = nullptr;
    }
    m_navigation->item(navigationRow(Page::Requests))->setHidden(!mayRequests);

    const bool mayManage = gate.may(security::Permission::ManageProfiles);
    m_manageProfilesAction->setVisible(mayManage);
    m_manageProfilesAction->setEnabled(mayManage);
    const bool mayBackUp = gate.may(security::Permission::BackupRestore);
    const bool maySettings = mayManage || mayBackUp;
    m_settingsAction->setVisible(maySettings);
    m_settingsAction->setEnabled(maySettings);
    m_backupAction->setVisible(mayBackUp);
    m_backupAction->setEnabled(mayBackUp);
    m_restoreAction->setVisible(mayBackUp);
    m_restoreAction->setEnabled(mayBackUp);
    const bool mayExport = gate.may(security::Permission::Export);
    m_exportAction->setVisible(mayExport);
    m_exportAction->setEnabled(mayExport);
    const bool mayRekey = gate.may(security::Permission::Rekey);
    m_changeKeyAction->setVisible(mayRekey);
    m_changeKeyAction->setEnabled(mayRekey);
    m_vaultMenu->menuAction()->setVisible(mayRekey);
    const bool mayManagePurposes = gate.may(security::Permission::ManagePurposes);
    const bool mayEditContacts = gate.may(security::Permission::EditContacts);
    m_noticesAction->setVisible(mayManagePurposes);
    m_noticesAction->setEnabled(mayManagePurposes);
    m_noticePanelAction->setVisible(mayEditContacts);
    m_noticePanelAction->setEnabled(mayEditContacts);
    m_policyAction->setVisible(mayManagePurposes);
    m_policyAction->setEnabled(mayManagePurposes);
    const bool mayHandleRequests = gate.may(security::Permission::HandleRequests);
    for (QAction* action : {m_requestsAction, m_newRequestAction}) {
        action->setVisible(mayHandleRequests);
        action->setEnabled(mayHandleRequests);
    }
    m_accessAction->setVisible(mayHandleRequests);
    m_accessAction->setEnabled(mayHandleRequests);
    const bool mayErase = mayHandleRequests && gate.may(security::Permission::Erase);
    m_eraseAction->setVisible(mayErase);
    m_eraseAction->setEnabled(mayErase);
    m_privacySettingsAction->setVisible(mayManagePurposes);
    m_privacySettingsAction->setEnabled(mayManagePurposes);
    if (!mayManagePurposes && m_privacySettingsDialog) {
        m_privacySettingsDialog->close();
    }
    // A profile switch closes what the new profile may not use (the core would refuse it anyway).
    for (QDialog* dialog : {mayManagePurposes ? nullptr : static_cast<QDialog*>(m_noticesDialog.data()),
                            mayManagePurposes ? nullptr : static_cast<QDialog*>(m_policyDialog.data()),
                            mayEditContacts ? nullptr : static_cast<QDialog*>(m_noticePanel.data())}) {
        if (dialog) {
            dialog->close();
        }
    }
    // Privacy menu actions set their own visibility above this line; the menu shows when one of them does.
    bool anyPrivacyAction = false;
    for (const QAction* action : m_privacyMenu->actions()) {
        anyPrivacyAction = anyPrivacyAction || (!action->isSeparator() && action->isVisible());
    }
    m_privacyMenu->menuAction()->setVisible(anyPrivacyAction);
    if (!mayBackUp && m_backupDialog) {
        m_backupDialog->close(); // a backup being written is cancelled: it would be recorded as this profile
    }
    updateTitle();
}

void MainWindow::updateTitle()
{
    const QString folder = QDir::toNativeSeparators(m_host.directory());
    Session* session = m_host.session();
    if (!session) {
        setWindowTitle(tr("Confidant — locked — %1").arg(folder));
        m_profileButton->setText(tr("Locked"));
        m_profileButton->setEnabled(false);
        return;
    }
    m_profileButton->setEnabled(true);
    const security::Actor& actor = session->actor();
    const QString role = security::Roles::label(actor.role);
    setWindowTitle(tr("Confidant — %1 (%2) — %3").arg(actor.name, role, folder));
    m_profileButton->setText(tr("%1 · %2").arg(actor.name, role));
}

QWidget* MainWindow::pageWidget(Page page) const
{
    switch (page) {
    case Page::Contacts:
        return m_contacts;
    case Page::Companies:
        return m_companies;
    case Page::MyDay:
        return m_myDay;
    case Page::Audit:
        return m_audit;
    case Page::Requests:
        return m_requests;
    case Page::Dashboard:
        return m_dashboard;
    case Page::Deals:
        return m_deals;
    }
    return nullptr;
}

int MainWindow::auditNavigationRow() const
{
    return navigationRow(Page::Audit);
}

int MainWindow::navigationRow(Page page) const
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(Qt::UserRole).toInt() == static_cast<int>(page)) {
            return row;
        }
    }
    return 0;
}

void MainWindow::showPage(Page page)
{
    QWidget* widget = pageWidget(page);
    if (!widget) {
        return;
    }
    m_lastPage = page;
    m_stack->setCurrentWidget(widget);
    updateStatusCount();
}

void MainWindow::showAuditTrail()
{
    if (m_audit) {
        m_navigation->setCurrentRow(navigationRow(Page::Audit));
    }
}

namespace {

//! The uid and name of the contact selected in the contacts list; empty when none.
std::pair<QString, QString> selectedContact(Session& session, ContactsPage* page)
{
    const std::optional<qint64> id = page ? page->currentId() : std::nullopt;
    if (!id) {
        return {};
    }
    auto contact = session.contacts().get(crm::ContactId {*id});
    if (!contact) {
        return {};
    }
    return {contact->uid, (contact->givenName + QLatin1Char(' ') + contact->familyName).trimmed()};
}

} // namespace

void MainWindow::showAccessPackage(const QString& contactUid, const QString& requestReference)
{
    Session* session = m_host.session();
    if (!session) {
        return;
    }
    const QString uid = contactUid.isEmpty() ? selectedContact(*session, m_contacts).first : contactUid;
    if (uid.isEmpty()) {
        statusBar()->showMessage(tr("Select a contact in Contacts first."), 4000);
        return;
    }
    auto* dialog = new AccessDialog(*session, uid, requestReference, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_requests) {
        connect(dialog, &AccessDialog::finished, m_requests, &RequestsPage::refresh);
    }
    dialog->open();
}

void MainWindow::showErasure(const QString& contactUid, const QString& requestReference)
{
    Session* session = m_host.session();
    if (!session) {
        return;
    }
    const QString uid = contactUid.isEmpty() ? selectedContact(*session, m_contacts).first : contactUid;
    if (uid.isEmpty()) {
        statusBar()->showMessage(tr("Select a contact in Contacts first."), 4000);
        return;
    }
    auto* dialog = new EraseDialog(*session, uid, requestReference, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::newRequestForContact()
{
    Session* session = m_host.session();
    if (!session || !m_requests) {
        return;
    }
    const auto [uid, name] = selectedContact(*session, m_contacts);
    m_navigation->setCurrentRow(navigationRow(Page::Requests));
    m_requests->newRequest(uid, name);
}

void MainWindow::showRequest(const QString& reference)
{
    if (!m_requests) {
        return;
    }
    m_navigation->setCurrentRow(navigationRow(Page::Requests));
    if (!m_requests->select(reference)) {
        // Closed requests are listed only under "All".
        m_requests->findChild<QComboBox*>(QStringLiteral("requestFilter"))->setCurrentIndex(RequestsPage::AllRow);
        m_requests->select(reference);
    }
}

void MainWindow::updateStatusCount()
{
    m_count->setText(statusTextOf(m_stack->currentWidget()));
}

void MainWindow::startIdleWatch()
{
    Session* session = m_host.session();
    if (!session) {
        return;
    }
    auto minutes = session->settings().autoLockMinutes();
    // Unreadable setting: lock after the default rather than never.
    m_idle->setIdleMinutes(minutes ? *minutes : security::SettingsService::kDefaultAutoLockMinutes);
    m_idle->start();
}

void MainWindow::requestLock()
{
    QMetaObject::invokeMethod(&m_host, &SessionHost::lock, Qt::QueuedConnection);
}

void MainWindow::tearDown()
{
    m_idle->stop();
    Session* session = m_host.session();
    if (session && m_contacts) {
        // Only a profile that was working is resumed (not the owner a session starts as while someone
        // is still choosing).
        const security::Actor& actor = session->actor();
        m_lockedUid = actor.uid;
        m_lockedName = actor.name;
        m_lockedRole = actor.role;
        auto profile = session->profiles().find(actor.name);
        m_lockedHasPin = profile ? profile->hasPin : false;
        m_drafts.clear();
        m_contacts->collectDrafts(m_drafts);
        m_companies->collectDrafts(m_drafts);
    }
    for (const ChangeKeyDialog* dialog : findChildren<ChangeKeyDialog*>()) {
        m_recoveryCodeDiscarded = m_recoveryCodeDiscarded || dialog->isShowingUnconfirmedCode();
    }
    // Before the session goes: a backup worker reads its vault (the backup dialog's goes with the dialogs).
    m_backupScheduler->stop();
    m_backupFailuresShown.clear();
    delete m_reminders;
    m_reminders = nullptr;
    // Every dialog of the window goes: editors (their content is kept above), confirmations, profile
    // and settings dialogs. Deleting a dialog may delete others it owns, hence the guards.
    QList<QPointer<QDialog>> dialogs;
    for (QDialog* dialog : findChildren<QDialog*>()) {
        dialogs.append(dialog);
    }
    for (const QPointer<QDialog>& dialog : dialogs) {
        delete dialog.data();
    }
    delete m_dashboard;
    m_dashboard = nullptr;
    delete m_deals;
    m_deals = nullptr;
    delete m_audit;
    m_audit = nullptr;
    delete m_requests;
    m_requests = nullptr;
    delete m_myDay;
    m_myDay = nullptr;
    delete m_contacts;
    m_contacts = nullptr;
    delete m_companies;
    m_companies = nullptr;
    delete m_notifier;
    m_notifier = nullptr;

    for (QAction* action : {m_lockAction,
                            m_settingsAction,
                            m_backupAction,
                            m_restoreAction,
                            m_importAction,
                            m_exportAction,
                            m_changeKeyAction,
                            m_switchProfileAction,
                            m_setPinAction,
                            m_manageProfilesAction,
                            m_contactsAction,
                            m_companiesAction,
                            m_myDayAction,
                            m_auditAction}) {
        action->setEnabled(false);
    }
    for (QAction* action : m_privacyMenu->actions()) {
        action->setEnabled(false);
    }
    m_count->clear();
    m_root->setCurrentWidget(m_lockedPanel);
}

void MainWindow::sessionLocked()
{
    updateTitle();
    statusBar()->clearMessage();
    m_requestsNotice->hide();
    showUnlockDialog();
}

void MainWindow::showUnlockDialog()
{
    if (!m_host.isLocked()) {
        return;
    }
    if (m_unlockDialog) {
        m_unlockDialog->raise();
        m_unlockDialog->activateWindow();
        return;
    }
    auto descriptor = storage::Vault::readDescriptor(m_host.directory());
    if (!descriptor) {
        QMessageBox* box = new QMessageBox(
            QMessageBox::Critical, tr("Cannot open the vault"), descriptor.error().message, QMessageBox::Close, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    auto* dialog = new UnlockDialog(m_host.directory(), *descriptor, m_host.keyStore(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setResume(m_host.clock(), m_lockedName, security::Roles::label(m_lockedRole), m_lockedHasPin);
    dialog->setReason(std::exchange(m_lockReason, QString()));
    connect(dialog, &QDialog::accepted, this, [this, dialog] { finishUnlock(dialog); });
    // The panel's text and button stand in for the dialog; while it is open they would only sit behind it.
    connect(dialog, &QDialog::finished, this, [this] {
        m_lockedMessage->show();
        m_unlockButton->show();
    });
    m_lockedMessage->hide();
    m_unlockButton->hide();
    m_unlockDialog = dialog;
    dialog->open();
}

void MainWindow::finishUnlock(UnlockDialog* dialog)
{
    std::unique_ptr<Session> session = dialog->takeSession();
    if (!session) {
        return;
    }
    m_needsProfileChoice = !dialog->profileResumed();
    m_host.start(std::move(session));
}

void MainWindow::reopenDrafts()
{
    Session* session = m_host.session();
    if (m_drafts.isEmpty() || !session) {
        return;
    }
    // Unsaved work belongs to the profile that typed it.
    if (session->actor().uid == m_lockedUid) {
        for (const EditorDraft& draft : std::as_const(m_drafts)) {
            if (const auto* contact = std::get_if<ContactDraft>(&draft)) {
                m_navigation->setCurrentRow(0);
                m_contacts->openEditor(contact->original, contact->draft);
            } else if (const auto* company = std::get_if<CompanyDraft>(&draft)) {
                m_navigation->setCurrentRow(1);
                m_companies->openEditor(company->original, company->draft);
            }
        }
    }
    m_drafts.clear();
}

void MainWindow::switchProfile()
{
    if (!m_host.session()) {
        return;
    }
    auto* chooser = new ProfileChooserDialog(m_host, ProfileChooserDialog::Purpose::Switch, this);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QDialog::accepted, this, [this] {
        statusBar()->showMessage(tr("Now working as %1.").arg(m_host.session()->actor().name), 4000);
        updateRequestsNotice();
    });
    chooser->open();
}

void MainWindow::setMyPin()
{
    Session* session = m_host.session();
    if (!session) {
        return;
    }
    auto profile = session->profiles().find(session->actor().name);
    auto* dialog = new PinDialog(*session, session->actor().name, profile && profile->hasPin, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { statusBar()->showMessage(tr("PIN changed."), 4000); });
    dialog->open();
}

void MainWindow::manageProfiles()
{
    if (!m_host.session()) {
        return;
    }
    auto* dialog = new ManageProfilesDialog(m_host, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::backUpNow()
{
    Session* session = m_host.session();
    if (!session) {
        return;
    }
    if (m_backupDialog) {
        m_backupDialog->show();
        m_backupDialog->raise();
        m_backupDialog->activateWindow();
        return;
    }
    // The menu entry is hidden from profiles that may not; the core decides (and records a refusal).
    if (auto allowed = session->admin().mayBackUp(); !allowed) {
        statusBar()->showMessage(allowed.error().message, 8000);
        return;
    }
    auto* dialog = new BackupDialog(*session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &BackupDialog::backedUp, this, [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    m_backupDialog = dialog;
    dialog->show();
}

void MainWindow::restoreBackup()
{
    Session* session = m_host.session();
    if (!session || !session->gate().may(security::Permission::BackupRestore)) {
        return;
    }
    if (m_restoreDialog) {
        m_restoreDialog->show();
        m_restoreDialog->raise();
        m_restoreDialog->activateWindow();
        return;
    }
    // A new folder beside the open vault; the restore never touches the open vault itself.
    const QString base = QDir::cleanPath(m_host.directory()) + QStringLiteral("-restored");
    QString suggested = base;
    for (int n = 2; QFileInfo::exists(suggested); ++n) {
        suggested = base + QStringLiteral("-%1").arg(n);
    }
    auto* dialog = new RestoreDialog(m_host.clock(), m_host.keyStore(), suggested, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &RestoreDialog::restored, this, [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    m_restoreDialog = dialog;
    dialog->show();
}

void MainWindow::importContacts()
{
    Session* session = m_host.session();
    if (!session) {
        return;
    }
    if (m_importDialog) {
        m_importDialog->show();
        m_importDialog->raise();
        m_importDialog->activateWindow();
        return;
    }
    // Profiles without "edit contacts" see the preview; the dialog (and the core) refuse the import.
    auto* dialog = new ImportDialog(*session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this] {
        // The import wrote through a connection of its own: the session's gate did not hear of it.
        if (m_notifier) {
            emit m_notifier->changed(QStringLiteral("contact"));
            emit m_notifier->changed(QStringLiteral("company"));
        }
    });
    m_importDialog = dialog;
    dialog->show();
}

void MainWindow::exportContacts()
{
    if (!m_contacts) {
        return;
    }
    // From the contacts list, so that its selection and filter are what "selected" and "filter" mean.
    showPage(Page::Contacts);
    m_contacts->openExport();
}

namespace {

//! Brings an open dialog back to the front; false when there is none.
bool raiseDialog(QDialog* dialog)
{
    if (!dialog) {
        return false;
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return true;
}

} // namespace

void MainWindow::manageNotices()
{
    Session* session = m_host.session();
    if (!session || !session->gate().may(security::Permission::ManagePurposes) || raiseDialog(m_noticesDialog)) {
        return;
    }
    auto* dialog = new NoticesDialog(*session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The panel shows the current notice: a new one is shown there at once.
    connect(dialog, &NoticesDialog::noticesChanged, this, [this] {
        if (m_noticePanel) {
            m_noticePanel->reload();
        }
    });
    m_noticesDialog = dialog;
    dialog->show();
}

void MainWindow::showNoticePanel()
{
    Session* session = m_host.session();
    if (!session || !session->gate().may(security::Permission::EditContacts) || raiseDialog(m_noticePanel)) {
        return;
    }
    auto* dialog = new NoticePanelDialog(*session, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NoticePanelDialog::manageNoticesRequested, this, &MainWindow::manageNotices);
    m_noticePanel = dialog;
    dialog->show();
}

void MainWindow::showPolicy()
{
    Session* session = m_host.session();
    if (!session || !session->gate().may(security::Permission::ManagePurposes) || raiseDialog(m_policyDialog)) {
        return;
    }
    auto* dialog = new PolicyDialog(*session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_policyDialog = dialog;
    dialog->show();
}

void MainWindow::showPrivacySettings()
{
    Session* session = m_host.session();
    if (!session || !session->gate().may(security::Permission::ManagePurposes)
        || raiseDialog(m_privacySettingsDialog)) {
        return;
    }
    auto* dialog = new PrivacySettingsDialog(*session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_privacySettingsDialog = dialog;
    dialog->show();
}

void MainWindow::changeKey()
{
    Session* session = m_host.session();
    if (!session || !session->gate().may(security::Permission::Rekey)) {
        return;
    }
    // The rotation needs the vault to itself: no backup worker may have it open.
    if (m_backupDialog && m_backupDialog->isRunning()) {
        showNotice(QStringLiteral("backupRunningNotice"),
                   tr("A backup is being written"),
                   tr("Wait until the backup is finished (or cancel it), then change the key."));
        return;
    }
    if (m_backupDialog) {
        m_backupDialog->close();
    }
    // A scheduled backup being written is cancelled; it is still due and runs once the dialog is gone.
    m_backupScheduler->setPaused(true);
    auto* dialog = new ChangeKeyDialog(m_host, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QObject::destroyed, m_backupScheduler, [this] { m_backupScheduler->setPaused(false); });
    connect(dialog, &ChangeKeyDialog::keyChanged, this, [this] {
        statusBar()->showMessage(tr("The vault key was changed."), 8000);
    });
    connect(dialog, &ChangeKeyDialog::sessionUnusable, this, [this](const QString& message) {
        m_lockReason = message;
        requestLock();
    });
    dialog->open();
}

void MainWindow::scheduledBackupFailed(const QString& message)
{
    statusBar()->showMessage(tr("⚠ Scheduled backup failed: %1").arg(message));
    if (m_backupFailuresShown.contains(message)) {
        return; // said once this session; the status bar says it again
    }
    m_backupFailuresShown.append(message);
    showNotice(QStringLiteral("backupFailureNotice"),
               tr("Scheduled backup failed"),
               tr("The scheduled backup could not be made.\n\n%1\n\nConfidant tries again in 30 minutes. You can "
                  "also back up now, to another place if need be (File ▸ Back up now…).")
                   .arg(message));
}

void MainWindow::updateRequestsNotice()
{
    m_requestsNotice->hide();
    Session* session = m_host.session();
    // Only profiles that handle requests learn of them (the register names who asked).
    if (!session || !session->gate().may(security::Permission::HandleRequests)) {
        return;
    }
    auto due = session->requests().dueSoon(DashboardPage::kRequestDueDays);
    if (!due || due->isEmpty()) {
        return;
    }
    const qint64 now = session->clock().nowMs();
    const auto overdue
        = std::count_if(due->cbegin(), due->cend(), [now](const privacy::Request& r) { return r.isOverdue(now); });
    // Not a dialog: it informs and stays in the status bar, the window keeps working.
    m_requestsNotice->setText(tr("⚠ Requests: %1 overdue, %2 due within %3 days (see the Dashboard)")
                                  .arg(overdue)
                                  .arg(due->size() - overdue)
                                  .arg(DashboardPage::kRequestDueDays));
    m_requestsNotice->setToolTip(tr("Data-subject requests have legal deadlines; the Dashboard lists them."));
    m_requestsNotice->show();
}

void MainWindow::showNotice(const QString& objectName, const QString& title, const QString& text)
{
    // Not modal: it informs, and the window keeps working.
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Close, this);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->show();
}

void MainWindow::openSettings()
{
    Session* session = m_host.session();
    if (!session) {
        return;
    }
    auto* dialog = new SettingsDialog(*session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_idle->setIdleMinutes(dialog->autoLockMinutes());
        m_idle->markActive();
        statusBar()->showMessage(tr("Settings saved."), 4000);
    });
    dialog->open();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress && m_lockAction->isEnabled() && watched->isWidgetType()) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (QKeySequence(key->keyCombination()) == m_lockAction->shortcut()) {
            // Only for this window and the dialogs it owns.
            for (QObject* o = watched; o; o = o->parent()) {
                if (o == this) {
                    requestLock();
                    return true;
                }
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // There is no organisation name, so the file is named after the app: ~/.config/confidant/confidant.conf.
    QSettings settings(QCoreApplication::applicationName(), QCoreApplication::applicationName());
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, m_splitter->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace confidant::ui
