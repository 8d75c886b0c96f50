#include "KeyModePage.h"

#include "core/Clock.h"
#include "core/storage/Vault.h"

#include "ui/FieldErrorLabel.h"
#include "ui/FirstRunWizard.h"
#include "ui/RecoveryCodePage.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace confidant::ui {

namespace {

QLabel* explanation(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    // Indented under its radio button.
    label->setContentsMargins(24, 0, 0, 8);
    return label;
}

} // namespace

KeyModePage::KeyModePage(QWidget* parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("keyModePage"));
    setTitle(tr("How should Confidant protect your vault?"));
    setSubTitle(tr("Everything in the vault is encrypted. Choose where its key is kept."));

    m_keychain = new QRadioButton(tr("&Keep the key in this computer's keychain (recommended)"), this);
    m_keychain->setObjectName(QStringLiteral("keychainOption"));
    m_passphrase = new QRadioButton(tr("Use a &passphrase"), this);
    m_passphrase->setObjectName(QStringLiteral("passphraseOption"));
    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("keyModeError"));

    auto* folder = new QLabel(this);
    folder->setObjectName(QStringLiteral("vaultFolder"));
    folder->setWordWrap(true);
    folder->setTextFormat(Qt::PlainText);
    folder->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_keychain);
    layout->addWidget(explanation(tr("Confidant opens without a password while you are logged in; a recovery code, "
                                     "shown once on the next page, gets you back in if the keychain is lost."),
                                  this));
    layout->addWidget(m_passphrase);
    layout->addWidget(explanation(tr("You type the passphrase every time Confidant opens; nothing is stored on this "
                                     "computer, and the vault also opens with the standard sqlcipher tool."),
                                  this));
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(folder);

    connect(m_keychain, &QRadioButton::toggled, this, &KeyModePage::updateCommit);
}

void KeyModePage::initializePage()
{
    auto* wizard = qobject_cast<FirstRunWizard*>(this->wizard());
    if (auto* folder = findChild<QLabel*>(QStringLiteral("vaultFolder"))) {
        folder->setText(tr("The vault will be created in %1").arg(QDir::toNativeSeparators(wizard->directory())));
    }
    if (!wizard->keyStore()) {
        m_keychain->setEnabled(false);
        m_keychain->setText(tr("Keep the key in this computer's keychain (not available here)"));
        m_passphrase->setChecked(true);
    } else if (!m_passphrase->isChecked()) {
        m_keychain->setChecked(true);
    }
    updateCommit();
}

bool KeyModePage::usesKeychain() const
{
    return m_keychain->isChecked();
}

void KeyModePage::updateCommit()
{
    // With the keychain, "Create vault" on this page creates it; there is no way back afterwards.
    setCommitPage(usesKeychain());
}

int KeyModePage::nextId() const
{
    return usesKeychain() ? FirstRunWizard::RecoveryCodePageId : FirstRunWizard::PassphrasePageId;
}

bool KeyModePage::validatePage()
{
    auto* wizard = qobject_cast<FirstRunWizard*>(this->wizard());
    if (!usesKeychain() || wizard->hasVault()) {
        return true;
    }
    m_error->setMessage(QString());
    storage::SecretBuffer code;
    // The keychain call runs a local event loop: keep the user from clicking twice meanwhile.
    wizard->setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto vault
        = storage::Vault::createWithKeychain(wizard->directory(), *wizard->keyStore(), code, wizard->clock().nowMs());
    QApplication::restoreOverrideCursor();
    wizard->setEnabled(true);
    if (!vault) {
        m_error->setMessage(vault.error().message);
        if (vault.error().kind == ErrorKind::NoKeychain) {
            // Offer the way that works without a keychain.
            m_passphrase->setChecked(true);
            m_passphrase->setFocus(Qt::OtherFocusReason);
        }
        return false;
    }
    wizard->setVault(std::move(vault).value());
    wizard->recoveryCodePage()->setCode(std::move(code));
    return true;
}

} // namespace confidant::ui
