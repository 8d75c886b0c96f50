#include "MainWindow.h"

#include "core/Session.h"

#include "ui/ChangeNotifier.h"
#include "ui/CompaniesPage.h"
#include "ui/ContactsPage.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace confidant::ui {

namespace {

// Only window geometry goes to the settings file: nothing about anyone in the vault.
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/splitter");

} // namespace

MainWindow::MainWindow(Session& session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_notifier(new ChangeNotifier(session.gate(), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Confidant — %1").arg(QDir::toNativeSeparators(session.vault().directory())));

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->addItem(tr("Contacts"));
    m_navigation->addItem(tr("Companies"));
    m_navigation->setSpacing(2);
    m_navigation->setMinimumWidth(fontMetrics().horizontalAdvance(tr("Companies")) + 48);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_navigation->setFont(navFont);

    m_stack = new QStackedWidget(this);
    m_contacts = new ContactsPage(session, *m_notifier, m_stack);
    m_companies = new CompaniesPage(session, *m_notifier, m_stack);
    m_stack->addWidget(m_contacts);
    m_stack->addWidget(m_companies);

    auto* pageFrame = new QWidget(this);
    auto* pageLayout = new QHBoxLayout(pageFrame);
    pageLayout->setContentsMargins(6, 6, 6, 0);
    pageLayout->addWidget(m_stack);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("splitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(pageFrame);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);
    splitter->setCollapsible(1, false);
    splitter->setSizes({m_navigation->minimumWidth() + 24, 1000});
    setCentralWidget(splitter);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));
    statusBar()->addPermanentWidget(m_count);

    for (ListPage* page : {static_cast<ListPage*>(m_contacts), static_cast<ListPage*>(m_companies)}) {
        connect(page, &ListPage::statusTextChanged, this, [this, page](const QString& text) {
            if (page == currentPage()) {
                m_count->setText(text);
            }
        });
        connect(page, &ListPage::notice, this, [this](const QString& text) { statusBar()->showMessage(text, 4000); });
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPage);

    createMenus();
    m_navigation->setCurrentRow(0);
    m_contacts->setFocus(Qt::OtherFocusReason);

    resize(1180, 720);
    QSettings settings(QCoreApplication::applicationName(), QCoreApplication::applicationName());
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    splitter->restoreState(settings.value(kStateKey).toByteArray());
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* contacts = view->addAction(tr("&Contacts"), this, [this] { m_navigation->setCurrentRow(0); });
    contacts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction* companies = view->addAction(tr("C&ompanies"), this, [this] { m_navigation->setCurrentRow(1); });
    companies->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Confidant"), this, [this] {
        QMessageBox::about(this,
                           tr("About Confidant"),
                           tr("<p><b>Confidant %1</b></p><p>A local-first CRM: your customers' data stays on this "
                              "computer, encrypted.</p><p>Vault: %2<br>SQLCipher %3</p>")
                               .arg(QStringLiteral(CONFIDANT_VERSION),
                                    QDir::toNativeSeparators(m_session.vault().directory()).toHtmlEscaped(),
                                    m_session.vault().cipherVersion().toHtmlEscaped()));
    });
    about->setMenuRole(QAction::AboutRole);
}

ListPage* MainWindow::currentPage() const
{
    return qobject_cast<ListPage*>(m_stack->currentWidget());
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= m_stack->count()) {
        return;
    }
    m_stack->setCurrentIndex(index);
    m_count->setText(currentPage()->statusText());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // There is no organisation name, so the file is named after the app: ~/.config/confidant/confidant.conf.
    QSettings settings(QCoreApplication::applicationName(), QCoreApplication::applicationName());
    settings.setValue(kGeometryKey, saveGeometry());
    if (auto* splitter = findChild<QSplitter*>(QStringLiteral("splitter"))) {
        settings.setValue(kStateKey, splitter->saveState());
    }
    QMainWindow::closeEvent(event);
}

} // namespace confidant::ui
