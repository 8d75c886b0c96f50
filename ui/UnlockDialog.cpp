#include "UnlockDialog.h"

#include "core/Session.h"
#include "core/storage/KeyStore.h"

#include "ui/BackgroundTask.h"
#include "ui/FieldErrorLabel.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace confidant::ui {

namespace {

// The keychain could not give the key, but the recovery code still can.
bool recoverableByCode(ErrorKind kind)
{
    return kind == ErrorKind::Locked || kind == ErrorKind::NotFound || kind == ErrorKind::WrongKey
        || kind == ErrorKind::NoKeychain;
}

} // namespace

UnlockDialog::UnlockDialog(const QString& directory,
                           const storage::VaultDescriptor& descriptor,
                           storage::KeyStore* keys,
                           QWidget* parent)
    : QDialog(parent)
    , m_directory(directory)
    , m_descriptor(descriptor)
    , m_keys(keys)
{
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowTitle(tr("Unlock Confidant"));
    const bool passphrase = descriptor.keySource == storage::KeySource::Passphrase;

    m_heading = new QLabel(tr("<b>Unlock the vault</b><br>%1").arg(QDir::toNativeSeparators(directory).toHtmlEscaped()),
                           this);
    m_heading->setObjectName(QStringLiteral("heading"));
    m_heading->setWordWrap(true);
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->hide();

    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * (passphrase ? 24 : 36));
    if (!passphrase) {
        m_secret->setPlaceholderText(tr("XXXX-XXXX-… (the code you wrote down when you created the vault)"));
    }
    // A recovery code is long; let the user check what they typed.
    QAction* reveal
        = m_secret->addAction(QIcon::fromTheme(QStringLiteral("view-visible")), QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show what you typed"));
    reveal->setObjectName(QStringLiteral("reveal"));
    if (reveal->icon().isNull()) {
        reveal->setVisible(false);
    }
    connect(reveal, &QAction::toggled, this, [this](bool shown) {
        m_secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });

    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("pin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pinError = new FieldErrorLabel(this);
    m_pinError->setObjectName(QStringLiteral("pinError"));
    m_pinHint = new QLabel(this);
    m_pinHint->setObjectName(QStringLiteral("pinHint"));
    m_pinHint->setWordWrap(true);
    m_pinHint->setTextFormat(Qt::PlainText);
    m_pinHint->hide();
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("info"));
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::PlainText);
    m_info->hide();
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->hide();

    m_form = new QFormLayout;
    m_fieldLabel = new QLabel(passphrase ? tr("&Passphrase:") : tr("&Recovery code:"), this);
    m_fieldLabel->setObjectName(QStringLiteral("secretLabel"));
    m_fieldLabel->setBuddy(m_secret);
    m_form->addRow(m_fieldLabel, m_secret);
    m_form->addRow(QString(), m_error);
    auto* pinLabel = new QLabel(tr("P&IN:"), this);
    pinLabel->setObjectName(QStringLiteral("pinLabel"));
    pinLabel->setBuddy(m_pin);
    m_form->addRow(pinLabel, m_pin);
    m_form->addRow(QString(), m_pinError);
    m_form->setRowVisible(m_pin, false);
    m_form->setRowVisible(m_pinError, false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_unlock = m_buttons->addButton(tr("&Unlock"), QDialogButtonBox::AcceptRole);
    m_unlock->setObjectName(QStringLiteral("unlock"));
    m_unlock->setDefault(true);
    connect(m_unlock, &QPushButton::clicked, this, [this] {
        if (m_vault || (m_session && m_unlock->property("continue").toBool())) {
            accept(); // "Continue" after the key-restored note
        } else {
            unlock();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_reason);
    layout->addLayout(m_form);
    layout->addWidget(m_pinHint);
    layout->addWidget(m_info);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    m_secret->setFocus(Qt::OtherFocusReason);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 34);
}

UnlockDialog::~UnlockDialog()
{
    if (m_worker) {
        m_worker->wait();
    }
}

void UnlockDialog::setReason(const QString& reason)
{
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

void UnlockDialog::setResume(const Clock& clock, const QString& profileName, const QString& roleLabel, bool hasPin)
{
    m_clock = &clock;
    m_profile = profileName;
    m_profileHasPin = hasPin;
    setWindowTitle(tr("Confidant is locked"));
    m_heading->setText(tr("<b>Confidant is locked</b><br>Profile: %1 (%2)<br>%3")
                           .arg(profileName.toHtmlEscaped(),
                                roleLabel.toHtmlEscaped(),
                                QDir::toNativeSeparators(m_directory).toHtmlEscaped()));
    m_form->setRowVisible(m_pin, hasPin);
    m_form->setRowVisible(m_pinError, hasPin);
    m_pinError->setMessage(QString());
    const bool keychain = m_descriptor.keySource == storage::KeySource::Keychain;
    showSecretField(!keychain);
    if (keychain && !hasPin) {
        m_pinHint->setText(tr("This profile has no PIN, so anyone at this computer can unlock Confidant. Set a "
                              "PIN (Profile menu, “Set my PIN…”) and this screen will ask for it."));
        m_pinHint->show();
    }
    if (!keychain) {
        m_secret->setFocus(Qt::OtherFocusReason);
    } else if (hasPin) {
        m_pin->setFocus(Qt::OtherFocusReason);
    } else {
        m_unlock->setFocus(Qt::OtherFocusReason);
    }
}

void UnlockDialog::showSecretField(bool shown)
{
    m_form->setRowVisible(m_secret, shown);
    if (!shown) {
        m_form->setRowVisible(m_error, false);
    } else {
        m_form->setRowVisible(m_error, true);
        m_error->setMessage(m_error->text()); // keeps it hidden while empty
    }
}

void UnlockDialog::done(int result)
{
    if (result != QDialog::Accepted) {
        // Cancelled: a vault opened for a PIN that never came is closed again.
        m_session.reset();
        m_vault.reset();
        m_pendingPin.clear();
        m_cancelled = true;
    }
    QDialog::done(result);
}

std::unique_ptr<storage::Vault> UnlockDialog::takeVault()
{
    return std::move(m_vault);
}

std::unique_ptr<Session> UnlockDialog::takeSession()
{
    return std::move(m_session);
}

bool UnlockDialog::needsSecret() const
{
    return !isResuming() || m_descriptor.keySource == storage::KeySource::Passphrase || m_keychainFailed;
}

void UnlockDialog::setBusy(bool busy)
{
    m_busy = busy;
    // Once the passphrase or recovery code opened the vault, only the PIN is asked again.
    m_secret->setEnabled(!busy && !m_final && !m_session);
    m_pin->setEnabled(!busy && !m_final);
    m_unlock->setEnabled(!busy && !m_final);
    m_progress->setVisible(busy);
}

void UnlockDialog::unlock()
{
    if (m_worker || m_final || m_busy) {
        return;
    }
    if (isResuming() && m_profileHasPin) {
        QByteArray pin = m_pin->text().toUtf8();
        m_pendingPin = storage::SecretBuffer::takeFrom(pin);
        m_pin->clear();
        if (m_pendingPin.isEmpty()) {
            m_pinError->setMessage(tr("Enter the PIN of this profile."));
            m_pin->setFocus(Qt::OtherFocusReason);
            return;
        }
        m_pinError->setMessage(QString());
    }
    if (m_session) {
        resumeProfile();
        return;
    }
    if (!needsSecret()) {
        // The lock screen of a keychain vault: the key comes from the keychain again, which belongs on
        // this thread.
        setBusy(true);
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto vault = storage::Vault::open(m_directory, m_keys, storage::UnlockSecret {});
        QApplication::restoreOverrideCursor();
        if (!vault && recoverableByCode(vault.error().kind)) {
            setBusy(false);
            m_pendingPin.clear();
            m_keychainFailed = true;
            setReason(tr("%1 Enter the recovery code instead.").arg(vault.error().message));
            showSecretField(true);
            m_secret->setFocus(Qt::OtherFocusReason);
            return;
        }
        finish(std::move(vault));
        return;
    }
    QByteArray bytes = m_secret->text().toUtf8();
    storage::UnlockSecret secret {storage::SecretBuffer::takeFrom(bytes)};
    m_secret->clear();
    if (secret.secret.isEmpty()) {
        m_pendingPin.clear();
        m_error->setMessage(m_descriptor.keySource == storage::KeySource::Passphrase
                                ? tr("Enter the vault's passphrase.")
                                : tr("Enter the recovery code."));
        return;
    }
    m_error->setMessage(QString());
    setBusy(true);
    if (m_descriptor.keySource == storage::KeySource::Passphrase) {
        // Deriving the key from a passphrase takes a moment: keep the window responsive meanwhile.
        m_worker = runInBackground(
            this,
            [directory = m_directory, secret = std::move(secret)] {
                return storage::Vault::open(directory, nullptr, secret);
            },
            [this](Result<std::unique_ptr<storage::Vault>> vault) {
                m_worker = nullptr;
                finish(std::move(vault));
            });
        return;
    }
    // A recovery code is a raw key (no derivation), and putting it back in the keychain talks to the
    // keychain, which belongs on this thread.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto vault = storage::Vault::open(m_directory, m_keys, secret);
    QApplication::restoreOverrideCursor();
    finish(std::move(vault));
}

void UnlockDialog::finish(Result<std::unique_ptr<storage::Vault>> vault)
{
    if (m_cancelled) {
        return; // the key derivation finished after Cancel: the vault it opened closes here
    }
    if (!vault) {
        m_pendingPin.clear();
        const ErrorKind kind = vault.error().kind;
        m_final = kind == ErrorKind::Corrupt || kind == ErrorKind::Unsupported;
        setBusy(false);
        if (!m_form->isRowVisible(m_secret)) {
            showSecretField(true); // the error shows under the (now visible) field
            m_form->setRowVisible(m_secret, needsSecret());
        }
        m_error->setMessage(vault.error().message);
        if (m_final) {
            m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
            m_buttons->button(QDialogButtonBox::Cancel)->setFocus(Qt::OtherFocusReason);
        } else {
            m_secret->setFocus(Qt::OtherFocusReason);
        }
        return;
    }
    if (isResuming()) {
        m_session = std::make_unique<Session>(std::move(vault).value(), *m_clock);
        resumeProfile();
        return;
    }
    m_vault = std::move(vault).value();
    if (!m_vault->keyRestored()) {
        accept();
        return;
    }
    setBusy(false);
    m_secret->setEnabled(false);
    m_info->setText(tr("The key was put back in this computer's keychain: next time Confidant opens without the "
                       "recovery code."));
    m_info->show();
    m_unlock->setText(tr("&Continue"));
    m_unlock->setFocus(Qt::OtherFocusReason);
}

void UnlockDialog::resumeProfile()
{
    Q_ASSERT(m_session);
    // Typing the passphrase or recovery code proved the key; reading it from the keychain proved nothing.
    const bool keyProved = needsSecret();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto acted = m_session->actAs(m_profile, m_pendingPin);
    QApplication::restoreOverrideCursor();
    m_pendingPin.clear();
    if (!acted && (acted.error().kind == ErrorKind::WrongKey || acted.error().kind == ErrorKind::Locked)) {
        if (!keyProved) {
            m_session.reset(); // closed again until the PIN is right
        } else {
            m_secret->setPlaceholderText(tr("accepted"));
        }
        if (!m_profileHasPin) {
            // A PIN was set meanwhile (e.g. from the command line): ask for it from now on.
            m_profileHasPin = true;
            m_form->setRowVisible(m_pin, true);
            m_pinHint->hide();
        }
        setBusy(false);
        m_form->setRowVisible(m_pinError, true);
        m_pinError->setMessage(acted.error().message);
        m_pin->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!acted && acted.error().kind != ErrorKind::NotFound) {
        m_session.reset();
        setBusy(false);
        m_error->setMessage(acted.error().message);
        return;
    }
    // NotFound: the profile was removed meanwhile; the window asks who is working.
    m_resumed = acted.ok();
    if (!m_session->vault().keyRestored()) {
        accept();
        return;
    }
    setBusy(false);
    m_secret->setEnabled(false);
    m_pin->setEnabled(false);
    m_info->setText(tr("The key was put back in this computer's keychain: next time Confidant opens without the "
                       "recovery code."));
    m_info->show();
    m_unlock->setText(tr("&Continue"));
    m_unlock->setProperty("continue", true);
    m_unlock->setFocus(Qt::OtherFocusReason);
}

} // namespace confidant::ui
