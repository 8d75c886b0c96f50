#include "RestoreDialog.h"

#include "core/privacy/ErasureService.h"
#include "core/security/ErasureLedgerFile.h"
#include "core/security/VaultAdmin.h"
#include "core/storage/KeyStore.h"

#include "ui/BackgroundTask.h"
#include "ui/FieldErrorLabel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>
#include <optional>
#include <utility>

namespace confidant::ui {

namespace {

//! The host's keychain, called from the restore's worker thread: each call runs on the GUI thread, where
//! the keychain (and its nested event loop) belongs, while the worker waits.
class GuiThreadKeys final : public storage::KeyStore
{
    Q_DECLARE_TR_FUNCTIONS(GuiThreadKeys)

public:
    explicit GuiThreadKeys(storage::KeyStore& keys)
        : m_keys(keys)
    {
    }
    Result<storage::SecretBuffer> read(const QString& vaultUid) override
    {
        return call<Result<storage::SecretBuffer>>([&] { return m_keys.read(vaultUid); });
    }
    Result<void> write(const QString& vaultUid, const storage::SecretBuffer& key) override
    {
        return call<Result<void>>([&] { return m_keys.write(vaultUid, key); });
    }
    Result<void> remove(const QString& vaultUid) override
    {
        return call<Result<void>>([&] { return m_keys.remove(vaultUid); });
    }

private:
    template <typename T, typename F>
    T call(F f)
    {
        QObject* app = QCoreApplication::instance();
        if (!app || QThread::currentThread() == app->thread()) {
            return f();
        }
        std::optional<T> out;
        QMetaObject::invokeMethod(
            app, [&] { out.emplace(f()); }, Qt::BlockingQueuedConnection);
        if (!out) {
            return makeError(ErrorKind::NoKeychain, tr("The keychain could not be reached during the restore."));
        }
        return std::move(*out);
    }

    storage::KeyStore& m_keys;
};

QString localTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

} // namespace

struct RestoreDialog::Attempt
{
    Result<security::RestoreReport> report;
    storage::SecretBuffer secret;
};

RestoreDialog::RestoreDialog(const Clock& clock,
                             storage::KeyStore* keys,
                             const QString& suggestedFolder,
                             QWidget* parent)
    : QDialog(parent)
    , m_clock(clock)
    , m_keys(keys)
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore a backup"));
    setModal(false);

    m_intro = new QLabel(tr("Confidant restores the backup into a new folder; the open vault stays as it is. "
                            "Everyone erased after the backup was taken is erased again, as far as an erasure "
                            "ledger shows: the one beside the backup file, or the one you choose below."),
                         this);
    m_intro->setWordWrap(true);

    auto pathLabel = [this](const char* name) {
        auto* label = new QLabel(this);
        label->setObjectName(QString::fromLatin1(name));
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setFrameShape(QFrame::StyledPanel);
        label->setBackgroundRole(QPalette::Base);
        label->setAutoFillBackground(true);
        label->setMargin(3);
        label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        return label;
    };
    m_backupText = pathLabel("backupFile");
    m_folderText = pathLabel("targetFolder");
    m_ledgerText = pathLabel("ledgerFile");
    m_chooseBackup = new QPushButton(tr("C&hoose…"), this);
    m_chooseBackup->setObjectName(QStringLiteral("chooseBackup"));
    m_chooseFolder = new QPushButton(tr("Ch&oose…"), this);
    m_chooseFolder->setObjectName(QStringLiteral("chooseFolder"));
    m_chooseLedger = new QPushButton(tr("Choo&se…"), this);
    m_chooseLedger->setObjectName(QStringLiteral("chooseLedger"));
    m_chooseLedger->setToolTip(tr("A vault's erasure ledger: erasure-ledger.cfl in its backups folder"));
    connect(m_chooseBackup, &QPushButton::clicked, this, &RestoreDialog::chooseBackup);
    connect(m_chooseFolder, &QPushButton::clicked, this, &RestoreDialog::chooseFolder);
    connect(m_chooseLedger, &QPushButton::clicked, this, &RestoreDialog::chooseLedger);

    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("The vault's recovery code or passphrase when the backup was taken"));
    QAction* reveal
        = m_secret->addAction(QIcon::fromTheme(QStringLiteral("view-visible")), QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show what you typed"));
    if (reveal->icon().isNull()) {
        reveal->setVisible(false);
    }
    connect(reveal, &QAction::toggled, this, [this](bool shown) {
        m_secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_secret, &QLineEdit::textEdited, this, [this] { m_secretKept.clear(); });

    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("unverifiedWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    // The box and its text apart, so that the long text wraps instead of being cut off.
    m_override = new QCheckBox(this);
    m_override->setObjectName(QStringLiteral("acceptUnverified"));
    m_overrideText = new QLabel(tr("Restore &without a newer ledger: people erased after the backup may come back "
                                   "(this is recorded in the restored vault's audit trail)"),
                                this);
    m_overrideText->setWordWrap(true);
    m_overrideText->setBuddy(m_override);
    m_overrideText->installEventFilter(this);
    m_override->setAccessibleName(m_overrideText->text().remove(QLatin1Char('&')));
    connect(m_override, &QCheckBox::toggled, this, &RestoreDialog::updateButtons);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("error"));

    m_buttons = new QDialogButtonBox(this);
    m_restore = m_buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restore"));
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("close"));
    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::startRestore);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    auto* form = new QGridLayout;
    auto addRow = [form, this](int row, const QString& text, QWidget* field, QPushButton* button) {
        auto* label = new QLabel(text, this);
        label->setBuddy(button ? static_cast<QWidget*>(button) : field);
        form->addWidget(label, row, 0, Qt::AlignTop | Qt::AlignLeft);
        form->addWidget(field, row, 1);
        if (button) {
            form->addWidget(button, row, 2, Qt::AlignTop);
        }
    };
    addRow(0, tr("&Backup file:"), m_backupText, m_chooseBackup);
    addRow(1, tr("Restore &into:"), m_folderText, m_chooseFolder);
    addRow(2, tr("Recovery code or &passphrase:"), m_secret, nullptr);
    addRow(3, tr("&Erasure ledger:"), m_ledgerText, m_chooseLedger);
    form->setColumnStretch(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    auto* overrideRow = new QHBoxLayout;
    overrideRow->addWidget(m_override, 0, Qt::AlignTop);
    overrideRow->addWidget(m_overrideText, 1);
    layout->addLayout(overrideRow);
    layout->addWidget(m_status);
    layout->addWidget(m_result);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 60);

    setBackupFile(QString());
    setTargetFolder(suggestedFolder);
    setLedgerFile(QString());
    setState(State::Ready);
}

RestoreDialog::~RestoreDialog()
{
    // The restore cannot stop half-way (it writes nothing into place until it is complete, but it is then
    // moved there): let it finish, serving the keychain calls it makes on this thread meanwhile.
    m_destroying = true;
    while (m_worker && m_worker->isRunning()) {
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents, 50);
    }
    if (m_busyCursor) {
        QApplication::restoreOverrideCursor();
    }
}

void RestoreDialog::showPath(QLabel* label, const QString& path, const QString& empty)
{
    label->setText(path.isEmpty() ? empty : QDir::toNativeSeparators(path));
    label->setEnabled(!path.isEmpty());
}

void RestoreDialog::setBackupFile(const QString& path)
{
    m_backupFile = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    showPath(m_backupText, m_backupFile, tr("(none chosen)"));
    resetOverride();
}

void RestoreDialog::setTargetFolder(const QString& path)
{
    m_targetFolder = path.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    showPath(m_folderText, m_targetFolder, tr("(none chosen)"));
    resetOverride();
}

void RestoreDialog::setLedgerFile(const QString& path)
{
    m_ledgerFile = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    showPath(m_ledgerText, m_ledgerFile, tr("(only the one beside the backup)"));
    resetOverride();
}

void RestoreDialog::resetOverride()
{
    // Another file or folder is another question: the override is offered again only if it is refused again.
    m_offersOverride = false;
    m_override->setChecked(false);
    if (m_state == State::Ready) {
        m_error->setMessage(QString());
    }
    updateButtons();
    fitHeight();
}

void RestoreDialog::chooseBackup()
{
    auto* files = new QFileDialog(this, tr("Restore from"));
    files->setObjectName(QStringLiteral("backupFileDialog"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setAcceptMode(QFileDialog::AcceptOpen);
    files->setFileMode(QFileDialog::ExistingFile);
    files->setNameFilters({tr("Confidant backups (*.backup)"), tr("All files (*)")});
    if (!m_backupFile.isEmpty()) {
        files->setDirectory(QFileInfo(m_backupFile).absolutePath());
    }
    connect(files, &QFileDialog::fileSelected, this, [this](const QString& file) {
        if (!file.isEmpty() && m_state == State::Ready) {
            setBackupFile(file);
        }
    });
    files->open();
}

void RestoreDialog::chooseFolder()
{
    auto* files = new QFileDialog(this, tr("Restore into"));
    files->setObjectName(QStringLiteral("targetFolderDialog"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setFileMode(QFileDialog::Directory);
    files->setOption(QFileDialog::ShowDirsOnly);
    if (!m_targetFolder.isEmpty()) {
        files->setDirectory(QFileInfo(m_targetFolder).absolutePath());
    }
    connect(files, &QFileDialog::fileSelected, this, [this](const QString& folder) {
        if (!folder.isEmpty() && m_state == State::Ready) {
            setTargetFolder(folder);
        }
    });
    files->open();
}

void RestoreDialog::chooseLedger()
{
    auto* files = new QFileDialog(this, tr("Erasure ledger"));
    files->setObjectName(QStringLiteral("ledgerFileDialog"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setAcceptMode(QFileDialog::AcceptOpen);
    files->setFileMode(QFileDialog::ExistingFile);
    files->setNameFilters({tr("Erasure ledgers (*.cfl)"), tr("All files (*)")});
    connect(files, &QFileDialog::fileSelected, this, [this](const QString& file) {
        if (!file.isEmpty() && m_state == State::Ready) {
            setLedgerFile(file);
        }
    });
    files->open();
}

void RestoreDialog::startRestore()
{
    if (m_state != State::Ready) {
        return;
    }
    if (m_backupFile.isEmpty() || m_targetFolder.isEmpty()) {
        m_error->setMessage(tr("Choose the backup file and the folder to restore into."));
        return;
    }
    storage::SecretBuffer secret;
    if (!m_secret->text().isEmpty()) {
        QByteArray bytes = m_secret->text().toUtf8();
        secret = storage::SecretBuffer::takeFrom(bytes);
        m_secret->clear();
    } else {
        secret = m_secretKept.clone();
    }
    m_secretKept.clear();
    if (secret.isEmpty()) {
        m_error->setMessage(tr("Enter the recovery code or passphrase the vault had when the backup was taken."));
        return;
    }
    security::RestoreRequest request;
    request.backupFile = m_backupFile;
    request.targetDir = m_targetFolder;
    if (!m_ledgerFile.isEmpty()) {
        request.ledgerFiles = {m_ledgerFile};
    }
    // Only a tick in the box the refusal brought up restores without a newer ledger.
    request.acceptUnverifiedErasures = m_offersOverride && m_override->isChecked();
    request.applierForSalt = [](const QString& salt) { return privacy::ErasureService::restoreApplier(salt); };
    std::shared_ptr<storage::KeyStore> keys;
    if (m_keys) {
        keys = std::make_shared<GuiThreadKeys>(*m_keys);
    }
    m_error->setMessage(QString());
    m_status->setText(tr("Restoring the backup and applying the erasures made since…"));
    setState(State::Running);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    m_busyCursor = true;
    const Clock* clock = &m_clock;
    m_worker = runInBackground(
        this,
        [request = std::move(request), secret = std::move(secret), keys, clock]() mutable {
            request.secret = &secret;
            request.keys = keys.get();
            auto report = security::VaultAdmin::restore(request, *clock);
            return Attempt {std::move(report), std::move(secret)};
        },
        [this](Attempt attempt) { finishRestore(std::move(attempt)); });
}

void RestoreDialog::finishRestore(Attempt attempt)
{
    m_worker = nullptr;
    if (std::exchange(m_busyCursor, false)) {
        QApplication::restoreOverrideCursor();
    }
    if (m_destroying) {
        return;
    }
    if (!attempt.report) {
        const Error& error = attempt.report.error();
        setState(State::Ready);
        if (security::VaultAdmin::isUnverifiedErasures(error)) {
            // Said in the dialog's words (the core's names the command-line options); nothing was restored.
            m_secretKept = std::move(attempt.secret);
            m_offersOverride = true;
            m_override->setChecked(false);
            m_warning->setText(
                tr("No erasure ledger newer than this backup was found, so Confidant cannot show that everyone "
                   "erased since the backup was taken stays erased. Nothing was restored. Choose the vault's "
                   "erasure ledger (erasure-ledger.cfl in its backups folder) above, or restore anyway."));
        } else {
            m_error->setMessage(error.message);
        }
        updateButtons();
        fitHeight();
        return;
    }
    const security::RestoreReport& report = *attempt.report;
    QStringList lines;
    lines.append(tr("Restored the backup of %1 into %2.")
                     .arg(localTime(report.takenAtMs), QDir::toNativeSeparators(report.vaultDir)));
    lines.append(tr("Erasures made after the backup and applied again: %1.").arg(report.erasuresReapplied));
    for (const security::LedgerSourceInfo& ledger : report.ledgers) {
        lines.append(tr("Erasure ledger read: %1 (written %2, %3 entries).")
                         .arg(QDir::toNativeSeparators(ledger.origin), localTime(ledger.asOfMs))
                         .arg(ledger.entries));
    }
    if (report.erasuresVerified) {
        lines.append(tr("Every erasure recorded up to %1 is applied.").arg(localTime(report.erasuresKnownUntilMs)));
    }
    lines.append(report.warnings);
    if (report.keySource == storage::KeySource::Keychain) {
        lines.append(report.keyStored ? tr("Its key is in the system keychain.")
                                      : tr("Its key could not be stored in the keychain; unlock it with the recovery "
                                           "code."));
    }
    lines.append(
        tr("To work in it, start Confidant with --vault \"%1\".").arg(QDir::toNativeSeparators(report.vaultDir)));
    m_resultText = lines.join(QLatin1Char('\n'));
    m_result->setText(m_resultText);
    setState(State::Done);
    emit restored(tr("Backup restored into %1.").arg(QDir::toNativeSeparators(report.vaultDir)));
}

void RestoreDialog::reject()
{
    if (m_state == State::Running) {
        return; // it cannot stop half-way; the dialog closes once it is done
    }
    QDialog::reject();
}

void RestoreDialog::setState(State state)
{
    m_state = state;
    const bool ready = state == State::Ready;
    const bool done = state == State::Done;
    for (QPushButton* choose : {m_chooseBackup, m_chooseFolder, m_chooseLedger}) {
        choose->setEnabled(ready);
    }
    m_secret->setEnabled(ready);
    m_status->setVisible(state == State::Running);
    m_result->setVisible(done);
    m_restore->setVisible(!done);
    m_close->setEnabled(state != State::Running);
    updateButtons();
    fitHeight();
}

void RestoreDialog::updateButtons()
{
    const bool ready = m_state == State::Ready;
    m_warning->setVisible(ready && m_offersOverride);
    m_override->setVisible(ready && m_offersOverride);
    m_overrideText->setVisible(ready && m_offersOverride);
    m_override->setEnabled(ready);
    // Refused for want of a newer ledger: nothing goes ahead until the box is ticked (or another ledger chosen).
    const bool blocked = m_offersOverride && !m_override->isChecked();
    m_restore->setEnabled(ready && !blocked);
    m_restore->setText(m_offersOverride && m_override->isChecked() ? tr("Restore &anyway") : tr("&Restore"));
    QPushButton* preferred = ready && !blocked ? m_restore : m_close;
    preferred->setDefault(true);
}

void RestoreDialog::fitHeight()
{
    if (!layout()) {
        return;
    }
    layout()->activate();
    resize(width(), std::max(heightForWidth(width()), minimumSizeHint().height()));
}

bool RestoreDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_overrideText && event->type() == QEvent::MouseButtonRelease && m_override->isVisible()
        && m_override->isEnabled()) {
        m_override->toggle();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace confidant::ui
