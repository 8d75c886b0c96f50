#include "PassphrasePage.h"

#include "core/Clock.h"
#include "core/storage/SecretBuffer.h"
#include "core/storage/Vault.h"

#include "ui/BackgroundTask.h"
#include "ui/FieldErrorLabel.h"
#include "ui/FirstRunWizard.h"
#include "ui/PassphraseFields.h"

#include <QLabel>
#include <QProgressBar>
#include <QThread>
#include <QVBoxLayout>

namespace confidant::ui {

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

    m_fields = new PassphraseFields(tr("&Passphrase:"), tr("&Confirm passphrase:"), this);
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

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_fields);
    layout->addSpacing(8);
    layout->addWidget(warning);
    layout->addWidget(m_createError);
    layout->addStretch(1);
    layout->addWidget(m_progress);

    connect(m_fields, &PassphraseFields::changed, this, [this] {
        m_createError->setMessage(QString());
        emit completeChanged();
    });
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
    return !isBusy() && m_fields->isAcceptable();
}

void PassphrasePage::setBusy(bool busy)
{
    m_fields->setEnabled(!busy);
    m_progress->setVisible(busy);
    emit completeChanged();
}

void PassphrasePage::clearFields()
{
    m_fields->clear();
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
    auto secret = m_fields->secret();
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
