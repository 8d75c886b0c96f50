#include "PinDialog.h"

#include "core/Session.h"
#include "core/security/PinPolicy.h"

#include "ui/FieldErrorLabel.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace confidant::ui {

PinDialog::PinDialog(Session& session, const QString& profileName, bool hasPin, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_profile(profileName)
{
    setObjectName(QStringLiteral("pinDialog"));
    setWindowTitle(tr("PIN for %1").arg(profileName));

    auto* explanation = new QLabel(tr("With a PIN, Confidant asks for it when someone chooses this profile and when "
                                      "it unlocks after a lock. %1")
                                       .arg(security::PinPolicy::rule()),
                                   this);
    explanation->setWordWrap(true);

    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("pin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("pinRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("error"));

    auto* form = new QFormLayout;
    form->addRow(tr("New &PIN:"), m_pin);
    form->addRow(tr("&Repeat:"), m_repeat);
    form->addRow(QString(), m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* set = buttons->addButton(tr("&Set PIN"), QDialogButtonBox::AcceptRole);
    set->setObjectName(QStringLiteral("setPin"));
    set->setDefault(true);
    connect(set, &QPushButton::clicked, this, [this] { apply(false); });
    if (hasPin) {
        QPushButton* clear = buttons->addButton(tr("&Remove PIN"), QDialogButtonBox::DestructiveRole);
        clear->setObjectName(QStringLiteral("clearPin"));
        connect(clear, &QPushButton::clicked, this, [this] { apply(true); });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 28);
}

void PinDialog::apply(bool clear)
{
    QByteArray first = clear ? QByteArray() : m_pin->text().toUtf8();
    QByteArray second = clear ? QByteArray() : m_repeat->text().toUtf8();
    const storage::SecretBuffer pin = storage::SecretBuffer::takeFrom(first);
    const storage::SecretBuffer repeat = storage::SecretBuffer::takeFrom(second);
    m_pin->clear();
    m_repeat->clear();
    if (!clear) {
        if (pin.isEmpty()) {
            m_error->setMessage(tr("Type the new PIN twice."));
            m_pin->setFocus(Qt::OtherFocusReason);
            return;
        }
        if (!pin.equals(repeat)) {
            m_error->setMessage(tr("The two PINs differ; type the new PIN twice."));
            m_pin->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto set = m_session.profiles().setPin(m_profile, pin);
    QApplication::restoreOverrideCursor();
    if (!set) {
        m_error->setMessage(set.error().message);
        m_pin->setFocus(Qt::OtherFocusReason);
        return;
    }
    accept();
}

} // namespace confidant::ui
