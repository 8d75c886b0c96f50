#include "ManageProfilesDialog.h"

#include "core/Session.h"

#include "ui/AddProfileDialog.h"
#include "ui/FieldErrorLabel.h"
#include "ui/PinDialog.h"
#include "ui/SessionHost.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace confidant::ui {

namespace {

enum Column
{
    NameColumn,
    RoleColumn,
    PinColumn,
    WrongPinsColumn,
    LockedUntilColumn,
    ColumnCount,
};

QString localTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
}

} // namespace

ManageProfilesDialog::ManageProfilesDialog(SessionHost& host, QWidget* parent)
    : QDialog(parent)
    , m_host(host)
{
    setObjectName(QStringLiteral("manageProfiles"));
    setWindowTitle(tr("Manage profiles"));

    auto* explanation
        = new QLabel(tr("Profiles let several people share this vault, each with a role that decides what they may do. "
                        "They guard against mistakes, not against someone who has the vault's key."),
                     this);
    explanation->setWordWrap(true);

    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("error"));

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("profiles"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Profile"), tr("Role"), tr("PIN"), tr("Wrong PINs"), tr("Locked until")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(RoleColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(PinColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(WrongPinsColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(LockedUntilColumn, QHeaderView::ResizeToContents);
    m_list->headerItem()->setToolTip(WrongPinsColumn,
                                     tr("Wrong PINs given in a row since the profile's last right one. After three, "
                                        "each attempt must wait, up to 15 minutes; a new PIN ends the wait."));
    m_list->headerItem()->setToolTip(LockedUntilColumn,
                                     tr("Until when the profile must wait before its PIN is checked again."));

    auto* add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add profile…"), this);
    add->setObjectName(QStringLiteral("add"));
    connect(add, &QPushButton::clicked, this, &ManageProfilesDialog::addProfile);

    auto* details = new QGroupBox(tr("Selected profile"), this);
    m_selectedName = new QLabel(details);
    m_selectedName->setObjectName(QStringLiteral("selectedName"));
    m_selectedName->setTextFormat(Qt::PlainText);
    QFont bold = m_selectedName->font();
    bold.setBold(true);
    m_selectedName->setFont(bold);
    m_role = new QComboBox(details);
    m_role->setObjectName(QStringLiteral("role"));
    for (const security::Role role : security::kAllRoles) {
        m_role->addItem(security::Roles::label(role), static_cast<int>(role));
    }
    m_changeRole = new QPushButton(tr("C&hange role"), details);
    m_changeRole->setObjectName(QStringLiteral("changeRole"));
    m_setPin = new QPushButton(tr("Set &PIN…"), details);
    m_setPin->setObjectName(QStringLiteral("setPin"));
    m_clearPin = new QPushButton(tr("Remove P&IN"), details);
    m_clearPin->setObjectName(QStringLiteral("clearPin"));
    m_remove = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Remove profile…"), details);
    m_remove->setObjectName(QStringLiteral("remove"));

    auto* roleLine = new QHBoxLayout;
    roleLine->addWidget(m_role, 1);
    roleLine->addWidget(m_changeRole);
    auto* pinLine = new QHBoxLayout;
    pinLine->addWidget(m_setPin);
    pinLine->addWidget(m_clearPin);
    pinLine->addStretch(1);
    auto* detailsForm = new QFormLayout(details);
    detailsForm->addRow(m_selectedName);
    detailsForm->addRow(tr("R&ole:"), roleLine);
    detailsForm->addRow(tr("PIN:"), pinLine);
    detailsForm->addRow(QString(), m_remove);

    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto* addLine = new QHBoxLayout;
    addLine->addWidget(add);
    addLine->addStretch(1);
    left->addLayout(addLine);
    auto* right = new QVBoxLayout;
    right->addWidget(details);
    right->addStretch(1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_error);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &ManageProfilesDialog::showSelected);
    connect(m_role, &QComboBox::currentIndexChanged, this, &ManageProfilesDialog::updateButtons);
    connect(m_changeRole, &QPushButton::clicked, this, &ManageProfilesDialog::changeRole);
    connect(m_setPin, &QPushButton::clicked, this, &ManageProfilesDialog::setPin);
    connect(m_clearPin, &QPushButton::clicked, this, &ManageProfilesDialog::clearPin);
    connect(m_remove, &QPushButton::clicked, this, &ManageProfilesDialog::removeProfile);

    load();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resize(em * 84, em * 30); // room for the five columns beside the profile panel
}

void ManageProfilesDialog::load(const QString& keepUid)
{
    Session* session = m_host.session();
    if (!session) {
        return;
    }
    const QString current = keepUid.isEmpty() && selected() ? selected()->uid : keepUid;
    auto profiles = session->profiles().list();
    m_list->clear();
    m_profiles.clear();
    if (!profiles) {
        m_error->setMessage(profiles.error().message);
        showSelected();
        return;
    }
    m_profiles = *profiles;
    const QString me = session->actor().uid;
    QTreeWidgetItem* select = nullptr;
    for (const security::Profile& p : m_profiles) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, p.uid == me ? tr("%1 (you)").arg(p.name) : p.name);
        item->setText(RoleColumn, security::Roles::label(p.role));
        item->setText(PinColumn, p.hasPin ? tr("yes") : tr("no"));
        // Others' wrong PINs only for those who manage profiles (core leaves them out otherwise).
        if (p.pinFailures) {
            item->setText(WrongPinsColumn, QString::number(p.pinFailures->count));
            if (p.pinFailures->lastAtMs) {
                item->setToolTip(WrongPinsColumn,
                                 tr("The last wrong PIN: %1").arg(localTime(*p.pinFailures->lastAtMs)));
            }
            if (p.pinFailures->lockedUntilMs) {
                item->setText(LockedUntilColumn, localTime(*p.pinFailures->lockedUntilMs));
            }
        }
        if (p.uid == current || (!select && current.isEmpty() && p.uid == me)) {
            select = item;
        }
    }
    m_list->setCurrentItem(select ? select : m_list->topLevelItem(0));
    showSelected();
}

void ManageProfilesDialog::selectProfile(const QString& name)
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).name.compare(name, Qt::CaseInsensitive) == 0) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return;
        }
    }
}

const security::Profile* ManageProfilesDialog::selected() const
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    return row >= 0 && row < m_profiles.size() ? &m_profiles.at(row) : nullptr;
}

void ManageProfilesDialog::showSelected()
{
    const security::Profile* p = selected();
    m_selectedName->setText(p ? p->name : QString());
    {
        const QSignalBlocker block(m_role);
        m_role->setCurrentIndex(p ? m_role->findData(static_cast<int>(p->role)) : -1);
    }
    updateButtons();
}

void ManageProfilesDialog::updateButtons()
{
    const security::Profile* p = selected();
    const bool me = p && m_host.session() && p->uid == m_host.session()->actor().uid;
    m_role->setEnabled(p != nullptr);
    m_changeRole->setEnabled(p && m_role->currentData().toInt() != static_cast<int>(p->role));
    m_setPin->setEnabled(p != nullptr);
    m_clearPin->setEnabled(p && p->hasPin);
    // A profile cannot remove itself (core says so too); greyed out with the reason as tooltip.
    m_remove->setEnabled(p && !me);
    m_remove->setToolTip(me ? tr("Switch to another profile to remove this one.") : QString());
}

void ManageProfilesDialog::report(const std::optional<Error>& error)
{
    if (error) {
        m_error->setMessage(error->message);
        return;
    }
    m_error->setMessage(QString());
    m_host.notifyActorChanged();
}

void ManageProfilesDialog::addProfile()
{
    Session* session = m_host.session();
    if (!session) {
        return;
    }
    auto* dialog = new AddProfileDialog(*session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        load();
        selectProfile(dialog->addedName());
        report(std::nullopt);
    });
    dialog->open();
}

void ManageProfilesDialog::changeRole()
{
    Session* session = m_host.session();
    const security::Profile* p = selected();
    if (!session || !p) {
        return;
    }
    const auto role = static_cast<security::Role>(m_role->currentData().toInt());
    const QString uid = p->uid;
    auto changed = session->profiles().setRole(p->name, role);
    if (!changed) {
        report(changed.error());
        showSelected(); // back to the role it still has
        return;
    }
    if (changed->uid == session->actor().uid) {
        // The acting profile's own role changed: what it may do changes now, not at the next switch.
        session->gate().setActor(changed->actor());
    }
    load(uid);
    report(std::nullopt);
}

void ManageProfilesDialog::setPin()
{
    Session* session = m_host.session();
    const security::Profile* p = selected();
    if (!session || !p) {
        return;
    }
    auto* dialog = new PinDialog(*session, p->name, p->hasPin, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, uid = p->uid] {
        load(uid);
        report(std::nullopt);
    });
    dialog->open();
}

void ManageProfilesDialog::clearPin()
{
    Session* session = m_host.session();
    const security::Profile* p = selected();
    if (!session || !p) {
        return;
    }
    const QString uid = p->uid;
    auto cleared = session->profiles().setPin(p->name, storage::SecretBuffer());
    if (!cleared) {
        report(cleared.error());
        return;
    }
    load(uid);
    report(std::nullopt);
}

void ManageProfilesDialog::removeProfile()
{
    const security::Profile* p = selected();
    if (!p) {
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question,
                                tr("Remove profile"),
                                tr("Remove the profile “%1”? Its entries in the audit trail stay.").arg(p->name),
                                QMessageBox::Yes | QMessageBox::Cancel,
                                this);
    box->setObjectName(QStringLiteral("removeConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("Remove"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, name = p->name](int result) {
        Session* session = m_host.session();
        if (result != QMessageBox::Yes || !session) {
            return;
        }
        auto removed = session->profiles().remove(name);
        if (!removed) {
            report(removed.error());
            return;
        }
        load();
        report(std::nullopt);
    });
    box->open();
}

} // namespace confidant::ui
