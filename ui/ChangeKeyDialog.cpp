#include "ChangeKeyDialog.h"

#include "core/Session.h"

#include "ui/FieldErrorLabel.h"
#include "ui/PassphraseFields.h"
#include "ui/RecoveryCodeWidget.h"
#include "ui/SessionHost.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace confidant::ui {

namespace {

// Long enough for the "Changing the key…" page to be painted before the GUI thread is busy.
constexpr int kPaintDelayMs = 50;

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    label->setFont(bold);
    label->setWordWrap(true);
    return label;
}

QLabel* paragraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

ChangeKeyDialog::ChangeKeyDialog(SessionHost& host, QWidget* parent)
    : QDialog(parent)
    , m_host(host)
    , m_session(*host.session())
    , m_keychain(m_session.vault().descriptor().keySource == storage::KeySource::Keychain)
{
    setObjectName(QStringLiteral("changeKeyDialog"));
    setWindowTitle(tr("Change the vault key"));

    // 1. What happens (and, in passphrase mode, the new passphrase).
    m_explainPage = new QWidget(this);
    m_explainPage->setObjectName(QStringLiteral("explainPage"));
    auto* explain = new QVBoxLayout(m_explainPage);
    explain->setContentsMargins(0, 0, 0, 0);
    if (m_keychain) {
        explain->addWidget(heading(tr("A new key for the vault"), m_explainPage));
        explain->addWidget(paragraph(tr("Confidant makes a new random key, keeps it in this computer's keychain and "
                                        "re-encrypts the whole vault with it. On a large vault this takes a few "
                                        "seconds."),
                                     m_explainPage));
        explain->addWidget(paragraph(tr("Then you get a new recovery code, shown only once: have paper and a pen "
                                        "ready. The old recovery code no longer opens the vault. Keep it only as long "
                                        "as you keep backups made before now: they still open with it."),
                                     m_explainPage));
    } else {
        explain->addWidget(heading(tr("A new passphrase for the vault"), m_explainPage));
        explain->addWidget(paragraph(tr("Confidant re-encrypts the whole vault with the new passphrase. On a large "
                                        "vault this takes a few seconds. From then on only the new passphrase opens "
                                        "the vault."),
                                     m_explainPage));
        explain->addWidget(paragraph(tr("Backups made before now still open only with the old passphrase: keep it as "
                                        "long as you keep them."),
                                     m_explainPage));
        m_passphrase = new PassphraseFields(tr("&New passphrase:"), tr("C&onfirm new passphrase:"), m_explainPage);
        m_passphrase->setObjectName(QStringLiteral("newPassphrase"));
        m_passphrase->passphraseEdit()->setPlaceholderText(
            tr("at least %1 characters").arg(storage::Vault::kPassphraseMinLength));
        explain->addSpacing(6);
        explain->addWidget(m_passphrase);
        connect(m_passphrase, &PassphraseFields::changed, this, [this] {
            m_error->setMessage(QString());
            updateButtons();
        });
    }
    auto* others = paragraph(tr("Close every other Confidant window and confidant-cli command that uses this vault "
                                "first."),
                             m_explainPage);
    explain->addWidget(others);
    explain->addStretch(1);

    // 2. While the key changes.
    m_workingPage = new QWidget(this);
    m_workingPage->setObjectName(QStringLiteral("workingPage"));
    auto* working = new QVBoxLayout(m_workingPage);
    working->setContentsMargins(0, 0, 0, 0);
    working->addStretch(1);
    working->addWidget(heading(tr("Changing the key…"), m_workingPage));
    working->addWidget(paragraph(tr("Re-encrypting the vault and checking the copy. Please wait; this can take a few "
                                    "seconds on a large vault."),
                                 m_workingPage));
    auto* busy = new QProgressBar(m_workingPage);
    busy->setRange(0, 0);
    busy->setTextVisible(false);
    working->addWidget(busy);
    working->addStretch(2);

    // 3. Keychain mode: the new recovery code.
    if (m_keychain) {
        m_codePage = new QWidget(this);
        m_codePage->setObjectName(QStringLiteral("codePage"));
        auto* codeLayout = new QVBoxLayout(m_codePage);
        codeLayout->setContentsMargins(0, 0, 0, 0);
        codeLayout->addWidget(heading(tr("Write down your new recovery code"), m_codePage));
        codeLayout->addWidget(paragraph(tr("The key was changed. If this computer's keychain is ever lost, this code "
                                           "is the only way to open the vault. It is shown only now. The old code "
                                           "opens only backups made before now."),
                                        m_codePage));
        m_code = new RecoveryCodeWidget(m_codePage);
        codeLayout->addWidget(m_code);
        codeLayout->addStretch(1);
        connect(m_code, &RecoveryCodeWidget::confirmationChanged, this, &ChangeKeyDialog::updateButtons);
    }

    // 4. Passphrase mode: done.
    m_donePage = new QWidget(this);
    m_donePage->setObjectName(QStringLiteral("donePage"));
    auto* doneLayout = new QVBoxLayout(m_donePage);
    doneLayout->setContentsMargins(0, 0, 0, 0);
    doneLayout->addWidget(heading(tr("The key was changed"), m_donePage));
    m_doneText = paragraph(tr("From now on, unlock the vault with the new passphrase. Backups made before now still "
                              "open only with the old one."),
                           m_donePage);
    m_doneText->setObjectName(QStringLiteral("doneText"));
    doneLayout->addWidget(m_doneText);
    doneLayout->addStretch(1);

    m_pages = new QStackedWidget(this);
    for (QWidget* page : {m_explainPage, m_workingPage, m_codePage, m_donePage}) {
        if (page) {
            m_pages->addWidget(page);
        }
    }

    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("error"));

    m_buttons = new QDialogButtonBox(this);
    m_change = m_buttons->addButton(tr("&Change key"), QDialogButtonBox::AcceptRole);
    m_change->setObjectName(QStringLiteral("changeKey"));
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_finish = m_buttons->addButton(tr("&Done"), QDialogButtonBox::AcceptRole);
    m_finish->setObjectName(QStringLiteral("done"));
    connect(m_change, &QPushButton::clicked, this, &ChangeKeyDialog::changeKey);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_finish, &QPushButton::clicked, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    // The stack is as large as its largest page (the recovery code's, in keychain mode) from the start, so
    // the dialog does not jump when the code appears.
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 40);

    setStage(Stage::Explain);
}

ChangeKeyDialog::~ChangeKeyDialog()
{
    if (m_code) {
        m_code->clearCode();
    }
}

bool ChangeKeyDialog::isShowingUnconfirmedCode() const
{
    return m_stage == Stage::RecoveryCode && m_code && !m_code->isConfirmed();
}

void ChangeKeyDialog::changeKey()
{
    if (m_stage != Stage::Explain || (m_passphrase && !m_passphrase->isAcceptable())) {
        return;
    }
    m_error->setMessage(QString());
    setStage(Stage::Working);
    QTimer::singleShot(kPaintDelayMs, this, &ChangeKeyDialog::runRekey);
}

void ChangeKeyDialog::runRekey()
{
    // On the GUI thread, deliberately. The rotation closes the session's main connection and reopens it
    // with the new key; that connection belongs to the GUI thread, where the models, services, the audit
    // page's refresh timer and the auto-lock use it. On a worker, any of them could run during those
    // seconds against a connection being swapped (or destroy the session by locking). So the window shows
    // "Changing the key…", lets it paint, and then waits: no Cancel, since a half-done rotation is only
    // undone by the core itself. The caller has made sure no backup worker has the vault open.
    // The keychain answers through a nested event loop, in which a lock (Ctrl+L, the idle timer) could
    // destroy the session under the rotation: locking waits until it is over.
    m_host.deferLock();
    const auto endDefer = qScopeGuard([this] { m_host.endDeferLock(); });
    const QByteArray before = m_session.vault().descriptor().keyCheck;
    storage::SecretBuffer passphrase = m_passphrase ? m_passphrase->secret() : storage::SecretBuffer();
    storage::SecretBuffer code;
    auto rekeyed = m_session.admin().rekey(m_host.keyStore(), passphrase, code);
    passphrase.clear();

    if (!m_session.vault().db().isOpen()) {
        // The file was swapped but could not be reopened: the session cannot go on.
        const QString message
            = rekeyed ? tr("The key was changed, but the vault could not be reopened.") : rekeyed.error().message;
        setStage(Stage::Explain);
        m_error->setMessage(message);
        emit sessionUnusable(message);
        return;
    }
    const bool changed = m_session.vault().descriptor().keyCheck != before;
    if (!changed) {
        setStage(Stage::Explain);
        m_error->setMessage(
            tr("The key was not changed. %1").arg(rekeyed ? QString() : rekeyed.error().message).trimmed());
        if (m_passphrase) {
            m_passphrase->setFocus(Qt::OtherFocusReason);
        }
        return;
    }
    if (m_passphrase) {
        m_passphrase->clear(); // kept after a failure, for another try
    }
    emit keyChanged();
    // The key is the new one even when the audit entry could not be written afterwards.
    if (!rekeyed) {
        m_error->setMessage(tr("The key was changed, but it could not be recorded in the audit trail: %1")
                                .arg(rekeyed.error().message));
    } else if (!rekeyed->keyStored) {
        m_error->setMessage(tr("The system keychain did not store the new key (%1). Confidant tries again at the "
                               "next unlock; should that fail too, only the new recovery code opens the vault.")
                                .arg(rekeyed->keyProblem));
    }
    if (m_code && !code.isEmpty()) {
        m_code->setCode(std::move(code));
        setStage(Stage::RecoveryCode);
    } else {
        setStage(Stage::Done);
    }
}

void ChangeKeyDialog::setStage(Stage stage)
{
    m_stage = stage;
    switch (stage) {
    case Stage::Explain:
        m_pages->setCurrentWidget(m_explainPage);
        break;
    case Stage::Working:
        m_pages->setCurrentWidget(m_workingPage);
        break;
    case Stage::RecoveryCode:
        Q_ASSERT(m_codePage);
        m_pages->setCurrentWidget(m_codePage);
        break;
    case Stage::Done:
        m_pages->setCurrentWidget(m_donePage);
        break;
    }
    updateButtons();
    if (stage == Stage::Explain && m_passphrase) {
        m_passphrase->setFocus(Qt::OtherFocusReason);
    }
}

void ChangeKeyDialog::updateButtons()
{
    const bool explain = m_stage == Stage::Explain;
    m_change->setVisible(explain);
    m_change->setEnabled(explain && (!m_passphrase || m_passphrase->isAcceptable()));
    m_cancel->setVisible(explain);
    const bool finished = m_stage == Stage::RecoveryCode || m_stage == Stage::Done;
    m_finish->setVisible(finished);
    m_finish->setEnabled(m_stage == Stage::Done || (m_stage == Stage::RecoveryCode && m_code->isConfirmed()));
    m_buttons->setVisible(m_stage != Stage::Working);
    if (explain) {
        m_change->setDefault(true);
    } else if (finished) {
        m_finish->setDefault(true);
    }
}

void ChangeKeyDialog::done(int result)
{
    if (m_stage == Stage::Working) {
        return; // the rotation is under way; it finishes or undoes itself
    }
    if (result == QDialog::Rejected && isShowingUnconfirmedCode()) {
        // Asked without a nested event loop: a lock meanwhile deletes this dialog, and the question with it.
        auto* box = new QMessageBox(QMessageBox::Warning,
                                    tr("Recovery code not confirmed"),
                                    tr("The key was changed, but you have not confirmed that you wrote down the new "
                                       "recovery code. It is shown only now; without it you cannot get back in if "
                                       "this computer's keychain is lost.\n\nClose anyway?"),
                                    QMessageBox::Close | QMessageBox::Cancel,
                                    this);
        box->setObjectName(QStringLiteral("unconfirmedCodeQuestion"));
        box->setDefaultButton(QMessageBox::Cancel);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this](int answer) {
            if (answer == QMessageBox::Close) {
                m_code->clearCode();
                QDialog::done(QDialog::Accepted); // the key was changed all the same
            }
        });
        box->open();
        return;
    }
    // Secrets leave the widgets before the dialog goes away.
    if (m_code) {
        m_code->clearCode();
    }
    if (m_passphrase) {
        m_passphrase->clear();
    }
    QDialog::done(m_stage == Stage::Explain ? result : int(QDialog::Accepted));
}

} // namespace confidant::ui
