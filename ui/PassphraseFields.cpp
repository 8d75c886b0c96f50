#include "PassphraseFields.h"

#include "core/storage/Vault.h"

#include "ui/FieldErrorLabel.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace confidant::ui {

namespace {

QWidget* withError(QLineEdit* edit, FieldErrorLabel* error, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(edit);
    layout->addWidget(error);
    return box;
}

} // namespace

PassphraseFields::PassphraseFields(const QString& passphraseLabel, const QString& confirmationLabel, QWidget* parent)
    : QWidget(parent)
{
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_confirmation = new QLineEdit(this);
    m_confirmation->setObjectName(QStringLiteral("confirmation"));
    m_confirmation->setEchoMode(QLineEdit::Password);
    m_passphraseError = new FieldErrorLabel(this);
    m_passphraseError->setObjectName(QStringLiteral("passphraseError"));
    m_confirmationError = new FieldErrorLabel(this);
    m_confirmationError->setObjectName(QStringLiteral("confirmationError"));

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(passphraseLabel, withError(m_passphrase, m_passphraseError, this));
    form->addRow(confirmationLabel, withError(m_confirmation, m_confirmationError, this));
    setFocusProxy(m_passphrase);

    connect(m_passphrase, &QLineEdit::textChanged, this, &PassphraseFields::updateErrors);
    connect(m_confirmation, &QLineEdit::textChanged, this, &PassphraseFields::updateErrors);
}

bool PassphraseFields::isAcceptable() const
{
    return m_passphrase->text().size() >= storage::Vault::kPassphraseMinLength
        && m_confirmation->text() == m_passphrase->text();
}

storage::SecretBuffer PassphraseFields::secret() const
{
    QByteArray bytes = m_passphrase->text().toUtf8();
    return storage::SecretBuffer::takeFrom(bytes);
}

void PassphraseFields::clear()
{
    m_passphrase->clear();
    m_confirmation->clear();
}

// The messages moved here from the first-run page and keep its translation context (lupdate reads the
// context only from a literal).
void PassphraseFields::updateErrors()
{
    const QString passphrase = m_passphrase->text();
    const QString confirmation = m_confirmation->text();
    m_passphraseError->setMessage(
        !passphrase.isEmpty() && passphrase.size() < storage::Vault::kPassphraseMinLength
            ? QCoreApplication::translate("confidant::ui::PassphrasePage", "Too short: use at least %1 characters.")
                  .arg(storage::Vault::kPassphraseMinLength)
            : QString());
    m_confirmationError->setMessage(!confirmation.isEmpty() && confirmation != passphrase ? QCoreApplication::translate(
                                        "confidant::ui::PassphrasePage", "The two passphrases do not match.")
                                                                                          : QString());
    emit changed();
}

} // namespace confidant::ui
