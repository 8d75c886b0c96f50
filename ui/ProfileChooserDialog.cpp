#include "ProfileChooserDialog.h"

#include "core/Session.h"

#include "ui/FieldErrorLabel.h"
#include "ui/SessionHost.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace confidant::ui {

namespace {

enum Column
{
    NameColumn,
    RoleColumn,
    PinColumn,
};

} // namespace

ProfileChooserDialog::ProfileChooserDialog(SessionHost& host, Purpose purpose, QWidget* parent)
    : QDialog(parent)
    , m_host(host)
    , m_purpose(purpose)
{
    setObjectName(QStringLiteral("profileChooser"));
    setWindowTitle(tr("Choose profile"));

    auto* heading = new QLabel(purpose == Purpose::Start ? tr("<b>Who is using Confidant?</b>")
                                                         : tr("<b>Switch to another profile</b>"),
                               this);
    auto* explanation = new QLabel(
        tr("Each profile has a role that decides what it may do. Everything a profile does is recorded in the "
           "audit trail under its name."),
        this);
    explanation->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("profiles"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Profile"), tr("Role"), tr("PIN")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(RoleColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(PinColumn, QHeaderView::ResizeToContents);

    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("pin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pinLabel = new QLabel(tr("&PIN:"), this);
    m_pinLabel->setBuddy(m_pin);
    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("error"));

    m_onlyOne = new QLabel(tr("There is no other profile yet. Profiles are added under Profile ▸ Manage profiles…, "
                              "by a profile that may manage them."),
                           this);
    m_onlyOne->setObjectName(QStringLiteral("onlyOneHint"));
    m_onlyOne->setWordWrap(true);
    m_onlyOne->hide();

    auto* form = new QFormLayout;
    form->addRow(m_pinLabel, m_pin);
    form->addRow(QString(), m_error);

    auto* buttons = new QDialogButtonBox(this);
    m_choose
        = buttons->addButton(purpose == Purpose::Start ? tr("&Continue") : tr("&Switch"), QDialogButtonBox::AcceptRole);
    m_choose->setObjectName(QStringLiteral("choose"));
    m_choose->setDefault(true);
    QPushButton* cancel
        = buttons->addButton(purpose == Purpose::Start ? tr("&Quit") : tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancel"));
    connect(m_choose, &QPushButton::clicked, this, &ProfileChooserDialog::choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(explanation);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_onlyOne);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        m_error->setMessage(QString());
        m_pin->clear();
        updatePinField();
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (m_pin->isVisible()) {
            m_pin->setFocus(Qt::OtherFocusReason);
        } else {
            choose();
        }
    });

    load();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resize(std::max(sizeHint().width(), em * 40), sizeHint().height());
}

bool ProfileChooserDialog::isNeeded(Session& session)
{
    auto profiles = session.profiles().list();
    if (!profiles) {
        return false;
    }
    if (profiles->size() > 1) {
        return true;
    }
    return !profiles->isEmpty() && profiles->constFirst().hasPin;
}

void ProfileChooserDialog::load()
{
    m_list->clear();
    m_profiles.clear();
    Session* session = m_host.session();
    if (!session) {
        return;
    }
    auto profiles = session->profiles().list();
    if (!profiles) {
        m_error->setMessage(profiles.error().message);
        m_choose->setEnabled(false);
        return;
    }
    m_profiles = *profiles;
    const QString current = session->actor().uid;
    QTreeWidgetItem* preselect = nullptr;
    for (const security::Profile& p : m_profiles) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, p.name);
        item->setText(RoleColumn, security::Roles::label(p.role));
        item->setText(PinColumn, p.hasPin ? tr("yes") : tr("no"));
        item->setData(NameColumn, Qt::UserRole, p.uid);
        if (m_purpose == Purpose::Switch && p.uid == current) {
            item->setText(NameColumn, tr("%1 (current)").arg(p.name));
        }
        // Starting: the owner the session starts as; switching: the first other profile.
        const bool isCurrent = p.uid == current;
        if (!preselect && (m_purpose == Purpose::Start ? isCurrent : !isCurrent)) {
            preselect = item;
        }
    }
    m_onlyOne->setVisible(m_purpose == Purpose::Switch && m_profiles.size() < 2);
    // Every profile in view without scrolling, up to a screenful.
    const int rows = std::min(static_cast<int>(m_profiles.size()), 10);
    m_list->setMinimumHeight(m_list->header()->sizeHint().height() + rows * m_list->sizeHintForRow(0)
                             + 2 * m_list->frameWidth() + 4);
    m_list->setCurrentItem(preselect ? preselect : m_list->topLevelItem(0));
    updatePinField();
}

void ProfileChooserDialog::selectProfile(const QString& name)
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).name.compare(name, Qt::CaseInsensitive) == 0) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return;
        }
    }
}

const security::Profile* ProfileChooserDialog::selected() const
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    return row >= 0 && row < m_profiles.size() ? &m_profiles.at(row) : nullptr;
}

void ProfileChooserDialog::updatePinField()
{
    const security::Profile* p = selected();
    Session* session = m_host.session();
    // Switching to the profile already in use changes nothing.
    const bool isCurrent = m_purpose == Purpose::Switch && p && session && p->uid == session->actor().uid;
    const bool pin = p && p->hasPin && !isCurrent;
    m_pinLabel->setVisible(pin);
    m_pin->setVisible(pin);
    if (p) {
        m_pinLabel->setText(tr("&PIN for %1:").arg(p->name));
    }
    m_choose->setEnabled(p != nullptr && !isCurrent);
    if (pin) {
        m_pin->setFocus(Qt::OtherFocusReason);
    }
}

void ProfileChooserDialog::choose()
{
    const security::Profile* p = selected();
    if (!p) {
        return;
    }
    QByteArray bytes = p->hasPin ? m_pin->text().toUtf8() : QByteArray();
    const storage::SecretBuffer pin = storage::SecretBuffer::takeFrom(bytes);
    m_pin->clear();
    if (p->hasPin && pin.isEmpty()) {
        m_error->setMessage(tr("Enter the PIN of this profile."));
        m_pin->setFocus(Qt::OtherFocusReason);
        return;
    }
    // Checking a PIN takes a deliberate fraction of a second (PBKDF2).
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto acted = m_host.actAs(p->name, pin);
    QApplication::restoreOverrideCursor();
    if (!acted) {
        m_error->setMessage(acted.error().message);
        if (m_pin->isVisible()) {
            m_pin->setFocus(Qt::OtherFocusReason);
        }
        return;
    }
    m_error->setMessage(QString());
    accept();
}

} // namespace confidant::ui
