#include "PassphrasePage.h"

#include "core/Clock.h"
#include "core/storage/SecretBuffer.h"
#include "core/storage/Vault.h"

#include "ui/BackgroundTask.h"
#include "ui/FieldErrorLabel.h"
#include "ui/FirstRunWizard.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QThread>
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

PassphrasePage::PassphrasePage(QWidget* parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("passphrasePage"));
    setTitle(tr("Choose a passphrase"));
    setSubTitle(tr("Use at least %1 characters; a few unrelated words are strong and easy to type.")
                    .arg(storage::Vault::kPassphraseMinLength));
    setCommitPage(true);
    setFinalPage(true);
    setButtonText(QWizard::CommitButton, tr("Create vault"));
    setButtonText(QWizard::FinishButton, tr("Create vault"));

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
    m_createError = new FieldErrorLabel(this);
    m_createError->setObjectName(QStringLiteral("createError"));

    auto* warning = new QLabel(tr("<b>The passphrase is the only way back in: there is no recovery code.</b> "
                                  "Write it down and keep it somewhere safe. If it is lost, nobody can open "
                                  "the vault, not even with Confidant's help."),
                               this);
    warning->setObjectName(QStringLiteral("passphraseWarning"));
    warning->setWordWrap(true);
    warning->setTextFormat(Qt::RichText);
    warning->setFrameShape(QFrame::StyledPanel);
    warning->setMargin(8);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), withError(m_passphrase, m_passphraseError, this));
    form->addRow(tr("&Confirm passphrase:"), withError(m_confirmation, m_confirmationError, this));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(warning);
    layout->addWidget(m_createError);
    layout->addStretch(1);
    layout->addWidget(m_progress);

    connect(m_passphrase, &QLineEdit::textChanged, this, &PassphrasePage::updateErrors);
    connect(m_confirmation, &QLineEdit::textChanged, this, &PassphrasePage::updateErrors);
}

PassphrasePage::~PassphrasePage()
{
    if (m_worker) {
        m_worker->wait();
    }
}

int PassphrasePage::nextId() const
{
    return -1;
}

bool PassphrasePage::isComplete() const
{
    return !isBusy() && m_passphrase->text().size() >= storage::Vault::kPassphraseMinLength
        && m_confirmation->text() == m_passphrase->text();
}

void PassphrasePage::updateErrors()
{
    const QString passphrase = m_passphrase->text();
    const QString confirmation = m_confirmation->text();
    m_passphraseError->setMessage(
        !passphrase.isEmpty() && passphrase.size() < storage::Vault::kPassphraseMinLength
            ? tr("Too short: use at least %1 characters.").arg(storage::Vault::kPassphraseMinLength)
            : QString());
    m_confirmationError->setMessage(
        !confirmation.isEmpty() && confirmation != passphrase ? tr("The two passphrases do not match.") : QString());
    m_createError->setMessage(QString());
    emit completeChanged();
}

void PassphrasePage::setBusy(bool busy)
{
    m_passphrase->setEnabled(!busy);
    m_confirmation->setEnabled(!busy);
    m_progress->setVisible(busy);
    emit completeChanged();
}

void PassphrasePage::clearFields()
{
    m_passphrase->clear();
    m_confirmation->clear();
}

bool PassphrasePage::validatePage()
{
    auto* wizard = qobject_cast<FirstRunWizard*>(this->wizard());
    if (wizard->hasVault()) {
        return true;
    }
    if (isBusy() || !isComplete()) {
        return false;
    }
    QByteArray bytes = m_passphrase->text().toUtf8();
    auto secret = storage::SecretBuffer::takeFrom(bytes);
    const QString directory = wizard->directory();
    const qint64 now = wizard->clock().nowMs();
    m_createError->setMessage(QString());
    m_worker = runInBackground(
        this,
        [directory, secret = std::move(secret), now] {
            return storage::Vault::createWithPassphrase(directory, secret, now);
        },
        [this, wizard](Result<std::unique_ptr<storage::Vault>> vault) {
            m_worker = nullptr;
            setBusy(false);
            if (!vault) {
                m_createError->setMessage(vault.error().message);
                return;
            }
            wizard->setVault(std::move(vault).value());
            clearFields();
            wizard->accept();
        });
    setBusy(true);
    return false;
}

} // namespace confidant::ui
