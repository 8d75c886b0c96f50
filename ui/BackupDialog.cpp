#include "BackupDialog.h"

#include "core/Session.h"

#include "ui/BackupJob.h"
#include "ui/FieldErrorLabel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace confidant::ui {

BackupDialog::BackupDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("backupDialog"));
    setWindowTitle(tr("Back up now"));
    // Not modal: the backup reads through a connection of its own, so the window keeps working.
    setModal(false);
    const bool keychain = session.vault().descriptor().keySource == storage::KeySource::Keychain;

    m_intro = new QLabel(tr("Confidant copies the whole vault into one encrypted file, then reads the copy back "
                            "to check it. You can keep working while it runs."),
                         this);
    m_intro->setWordWrap(true);

    // The whole path, wrapped after its slashes when long: the file name at its end is what matters.
    m_pathText = new QLabel(this);
    m_pathText->setObjectName(QStringLiteral("backupPath"));
    m_pathText->setTextFormat(Qt::PlainText);
    m_pathText->setWordWrap(true);
    m_pathText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pathText->setFrameShape(QFrame::StyledPanel);
    m_pathText->setBackgroundRole(QPalette::Base);
    m_pathText->setAutoFillBackground(true);
    m_pathText->setMargin(3);
    m_pathText->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_choose = new QPushButton(tr("C&hoose…"), this);
    m_choose->setObjectName(QStringLiteral("chooseFile"));
    m_choose->setToolTip(tr("Save the backup to another file or folder, e.g. on an external disk"));
    m_pathLabel = new QLabel(tr("Back up &to:"), this);
    m_pathLabel->setBuddy(m_choose);

    m_opensWith = new QLabel(keychain ? tr("The backup is encrypted with this vault's key: on any computer it opens "
                                           "with the vault's recovery code. Keep it on another disk.")
                                      : tr("The backup is encrypted with this vault's key: on any computer it opens "
                                           "with the vault's passphrase. Keep it on another disk."),
                             this);
    m_opensWith->setObjectName(QStringLiteral("opensWith"));
    m_opensWith->setWordWrap(true);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 100);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();

    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("error"));

    m_buttons = new QDialogButtonBox(this);
    m_backUp = m_buttons->addButton(tr("&Back up"), QDialogButtonBox::AcceptRole);
    m_backUp->setObjectName(QStringLiteral("backUp"));
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_cancel->setToolTip(tr("Stop the backup; nothing is left behind"));
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("close"));
    connect(m_backUp, &QPushButton::clicked, this, &BackupDialog::startBackup);
    connect(m_cancel, &QPushButton::clicked, this, &BackupDialog::cancelBackup);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_choose, &QPushButton::clicked, this, &BackupDialog::chooseFile);

    auto* pathRow = new QGridLayout;
    pathRow->addWidget(m_pathLabel, 0, 0, Qt::AlignTop | Qt::AlignLeft);
    pathRow->addWidget(m_pathText, 0, 1);
    pathRow->addWidget(m_choose, 0, 2, Qt::AlignTop);
    pathRow->setColumnStretch(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(4);
    layout->addLayout(pathRow);
    layout->addWidget(m_opensWith);
    layout->addSpacing(4);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 46);

    setPath(session.admin().newBackupPath(false));
    setState(State::Ready);
}

BackupDialog::~BackupDialog()
{
    // The worker uses the session's vault: it stops before the dialog (and, on lock, the session) goes.
    delete m_job;
}

void BackupDialog::setPath(const QString& path)
{
    m_path = QFileInfo(path).absoluteFilePath();
    m_pathText->setText(QDir::toNativeSeparators(m_path));
    m_error->setMessage(QString());
    fitHeight();
}

QString BackupDialog::resultText() const
{
    if (!m_job || !m_job->info()) {
        return {};
    }
    const security::BackupInfo& info = *m_job->info();
    const QString where = QDir::toNativeSeparators(info.path);
    const QString size = QLocale().formattedDataSize(info.bytes);
    return m_session.vault().descriptor().keySource == storage::KeySource::Keychain
        ? tr("Backup written and verified: %1 (%2). It opens with this vault's recovery code.").arg(where, size)
        : tr("Backup written and verified: %1 (%2). It opens with this vault's passphrase.").arg(where, size);
}

void BackupDialog::chooseFile()
{
    auto* files = new QFileDialog(this, tr("Back up to"));
    files->setObjectName(QStringLiteral("backupFileDialog"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setFileMode(QFileDialog::AnyFile);
    // The core never overwrites a file: asking "Replace it?" first would only lead to a refusal.
    files->setOption(QFileDialog::DontConfirmOverwrite);
    files->setNameFilters({tr("Confidant backups (*.backup)"), tr("All files (*)")});
    files->setDefaultSuffix(QStringLiteral("backup"));
    const QFileInfo current(m_path);
    const QString folder = current.absolutePath();
    if (!QFileInfo::exists(folder)) {
        QDir().mkpath(folder); // the vault's backups folder, before the first backup
    }
    files->setDirectory(folder);
    files->selectFile(current.fileName());
    connect(files, &QFileDialog::fileSelected, this, [this](const QString& file) {
        if (!file.isEmpty() && m_state == State::Ready) {
            setPath(file);
        }
    });
    files->open();
}

void BackupDialog::startBackup()
{
    if (m_state == State::Running) {
        return;
    }
    if (m_state == State::Done) {
        // Another backup from the same dialog gets a new name.
        setPath(m_session.admin().newBackupPath(false));
    }
    delete m_job;
    m_job = new BackupJob(m_session.admin(), m_path, false, this);
    connect(m_job, &BackupJob::progressChanged, this, &BackupDialog::showProgress);
    connect(m_job, &BackupJob::finished, this, &BackupDialog::finishBackup);
    m_error->setMessage(QString());
    m_status->setText(tr("Writing the backup…"));
    m_progress->setRange(0, 0); // busy until the first pages are copied
    setState(State::Running);
    m_job->start();
}

void BackupDialog::cancelBackup()
{
    if (m_state != State::Running || !m_job) {
        return;
    }
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void BackupDialog::reject()
{
    if (m_state == State::Running) {
        // Closing the window stops the backup; the dialog goes once the worker has removed its file.
        m_closeWhenStopped = true;
        cancelBackup();
        return;
    }
    QDialog::reject();
}

void BackupDialog::showProgress(int percent)
{
    if (m_state != State::Running || (m_job && m_job->isCancelRequested())) {
        return;
    }
    if (percent < 100) {
        m_progress->setRange(0, 100);
        m_progress->setValue(percent);
        m_status->setText(tr("Copying the vault…"));
    } else {
        m_progress->setRange(0, 0);
        m_status->setText(tr("Checking that the copy reads back correctly…"));
    }
}

void BackupDialog::finishBackup()
{
    const bool close = std::exchange(m_closeWhenStopped, false);
    if (const auto& error = m_job->error()) {
        setState(State::Ready);
        if (error->kind == ErrorKind::Cancelled) {
            m_status->setText(error->message);
            m_status->show();
            if (close) {
                QDialog::reject();
            }
        } else {
            m_error->setMessage(error->message);
        }
        fitHeight();
        return;
    }
    // Recorded back on the GUI thread, where the session's connection lives: the audit entry and the time
    // the schedule counts from.
    security::BackupInfo info = *m_job->info();
    auto recorded = m_session.admin().recordBackup(info);
    m_result->setText(resultText());
    if (!recorded) {
        m_error->setMessage(tr("The backup file is complete, but it could not be recorded in the vault: %1")
                                .arg(recorded.error().message));
    } else if (!info.ledgerProblem.isEmpty()) {
        m_error->setMessage(info.ledgerProblem);
    }
    setState(State::Done);
    if (!recorded) {
        return;
    }
    emit backedUp(tr("Backup written: %1 (%2).")
                      .arg(QDir::toNativeSeparators(info.path), QLocale().formattedDataSize(info.bytes)));
}

void BackupDialog::setState(State state)
{
    m_state = state;
    const bool ready = state == State::Ready;
    const bool running = state == State::Running;
    const bool done = state == State::Done;
    // Once written, the result names the file.
    m_pathLabel->setVisible(!done);
    m_pathText->setVisible(!done);
    m_pathText->setEnabled(ready);
    m_choose->setVisible(!done);
    m_choose->setEnabled(ready);
    m_status->setVisible(running);
    m_progress->setVisible(running);
    m_result->setVisible(done);
    m_backUp->setVisible(ready);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    m_close->setVisible(!running);
    m_opensWith->setVisible(!done);
    QPushButton* preferred = ready ? m_backUp : running ? m_cancel : m_close;
    preferred->setDefault(true);
    preferred->setFocus(Qt::OtherFocusReason);
    fitHeight();
}

void BackupDialog::fitHeight()
{
    // Rows appear and disappear with the state, and wrapped text needs more height than the window's
    // minimum size accounts for: take the height the current width needs.
    layout()->activate();
    resize(width(), std::max(heightForWidth(width()), minimumSizeHint().height()));
}

} // namespace confidant::ui
