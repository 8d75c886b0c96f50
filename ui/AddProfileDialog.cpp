#include "AddProfileDialog.h"

#include "core/Session.h"
#include "core/security/PinPolicy.h"

#include "ui/FieldErrorLabel.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace confidant::ui {

AddProfileDialog::AddProfileDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("addProfileDialog"));
    setWindowTitle(tr("Add profile"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(security::ProfileService::kNameMaxLength);
    m_name->setPlaceholderText(tr("e.g. Sam or Front desk"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("role"));
    for (const security::Role role : security::kAllRoles) {
        m_role->addItem(security::Roles::label(role), static_cast<int>(role));
    }
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(security::Role::SalesRep)));
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("pin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setPlaceholderText(tr("optional"));
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("pinRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("error"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&PIN:"), m_pin);
    form->addRow(tr("R&epeat PIN:"), m_repeat);
    auto* pinNote = new QLabel(
        tr("Without a PIN, anyone at this computer can choose the profile. %1").arg(security::PinPolicy::rule()), this);
    pinNote->setWordWrap(true);
    pinNote->setEnabled(false);
    form->addRow(QString(), pinNote);
    form->addRow(QString(), m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* add = buttons->addButton(tr("&Add profile"), QDialogButtonBox::AcceptRole);
    add->setObjectName(QStringLiteral("add"));
    add->setDefault(true);
    connect(add, &QPushButton::clicked, this, &AddProfileDialog::add);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 30);
    m_name->setFocus(Qt::OtherFocusReason);
}

void AddProfileDialog::add()
{
    QByteArray first = m_pin->text().toUtf8();
    QByteArray second = m_repeat->text().toUtf8();
    const storage::SecretBuffer pin = storage::SecretBuffer::takeFrom(first);
    const storage::SecretBuffer repeat = storage::SecretBuffer::takeFrom(second);
    if (!pin.equals(repeat)) {
        m_pin->clear();
        m_repeat->clear();
        m_error->setMessage(tr("The two PINs differ; type the PIN twice, or leave both fields empty."));
        m_pin->setFocus(Qt::OtherFocusReason);
        return;
    }
    const auto role = static_cast<security::Role>(m_role->currentData().toInt());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto added = m_session.profiles().add(m_name->text(), role, pin);
    QApplication::restoreOverrideCursor();
    if (!added) {
        m_error->setMessage(added.error().message);
        return;
    }
    m_pin->clear();
    m_repeat->clear();
    m_added = added->name;
    accept();
}

} // namespace confidant::ui
