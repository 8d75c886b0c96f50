#include "UnlockDialog.h"

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

    auto* heading = new QLabel(
        tr("<b>Unlock the vault</b><br>%1").arg(QDir::toNativeSeparators(directory).toHtmlEscaped()), this);
    heading->setWordWrap(true);
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
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("info"));
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::PlainText);
    m_info->hide();
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->hide();

    auto* form = new QFormLayout;
    m_fieldLabel = new QLabel(passphrase ? tr("&Passphrase:") : tr("&Recovery code:"), this);
    m_fieldLabel->setObjectName(QStringLiteral("secretLabel"));
    m_fieldLabel->setBuddy(m_secret);
    form->addRow(m_fieldLabel, m_secret);
    form->addRow(QString(), m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_unlock = m_buttons->addButton(tr("&Unlock"), QDialogButtonBox::AcceptRole);
    m_unlock->setObjectName(QStringLiteral("unlock"));
    m_unlock->setDefault(true);
    connect(m_unlock, &QPushButton::clicked, this, [this] {
        if (m_vault) {
            accept(); // "Continue" after the key-restored note
        } else {
            unlock();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_reason);
    layout->addLayout(form);
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

std::unique_ptr<storage::Vault> UnlockDialog::takeVault()
{
    return std::move(m_vault);
}

void UnlockDialog::setBusy(bool busy)
{
    m_secret->setEnabled(!busy && !m_final);
    m_unlock->setEnabled(!busy && !m_final);
    m_progress->setVisible(busy);
}

void UnlockDialog::unlock()
{
    if (m_worker || m_final) {
        return;
    }
    QByteArray bytes = m_secret->text().toUtf8();
    storage::UnlockSecret secret {storage::SecretBuffer::takeFrom(bytes)};
    m_secret->clear();
    if (secret.secret.isEmpty()) {
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
    if (!vault) {
        const ErrorKind kind = vault.error().kind;
        m_final = kind == ErrorKind::Corrupt || kind == ErrorKind::Unsupported;
        setBusy(false);
        m_error->setMessage(vault.error().message);
        if (m_final) {
            m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
            m_buttons->button(QDialogButtonBox::Cancel)->setFocus(Qt::OtherFocusReason);
        } else {
            m_secret->setFocus(Qt::OtherFocusReason);
        }
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

} // namespace confidant::ui
