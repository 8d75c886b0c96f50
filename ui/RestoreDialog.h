#pragma once

#include "core/Clock.h"
#include "core/storage/SecretBuffer.h"

#include <QDialog>
#include <QPointer>
#include <QThread>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace confidant::storage {
class KeyStore;
}

namespace confidant::ui {

class FieldErrorLabel;

//! "Restore a backup…": restores a backup file into a new folder, never over the open vault (that is
//! `confidant-cli restore --force`, with the vault closed). The restore (security::VaultAdmin::restore:
//! staging, the erasure ledgers, the audit entries) runs on a worker thread; its keychain calls run on the
//! GUI thread. It re-applies every erasure in the ledger beside the backup and in the ledger file the user
//! names. When none of them is newer than the backup the core refuses; the dialog then says so and offers
//! a checkbox to restore anyway. Without that tick nothing is restored: the override is never silent, and
//! the restored vault's audit trail records it.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    enum class State
    {
        Ready,
        Running,
        Done,
    };

    //! `keys` (may be null) is where a keychain-mode vault's key is stored after the restore; `clock` and
    //! `keys` must outlive the restore. `suggestedFolder` is the folder offered to restore into.
    RestoreDialog(const Clock& clock,
                  storage::KeyStore* keys,
                  const QString& suggestedFolder,
                  QWidget* parent = nullptr);
    //! A restore still running cannot be stopped half-way: waits for it (serving its keychain calls).
    ~RestoreDialog() override;

    State state() const
    {
        return m_state;
    }
    QString backupFile() const
    {
        return m_backupFile;
    }
    QString targetFolder() const
    {
        return m_targetFolder;
    }
    QString ledgerFile() const
    {
        return m_ledgerFile;
    }
    void setBackupFile(const QString& path);
    void setTargetFolder(const QString& path);
    void setLedgerFile(const QString& path);
    //! Whether the last attempt was refused for want of an erasure ledger newer than the backup: the
    //! warning and the "restore anyway" checkbox show.
    bool offersOverride() const
    {
        return m_offersOverride;
    }
    //! The text shown once the backup is restored.
    QString resultText() const
    {
        return m_resultText;
    }

    //! Restores with what the form holds; the restore anyway only when the override is offered and ticked.
    void startRestore();

    void reject() override;

signals:
    //! A backup was restored: `text` is a short line for the status bar.
    void restored(const QString& text);

protected:
    //! A click on the override's (wrapped) text ticks its box, as a check box's own text would.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Attempt;
    void finishRestore(Attempt attempt);
    void chooseBackup();
    void chooseFolder();
    void chooseLedger();
    void showPath(QLabel* label, const QString& path, const QString& empty);
    void resetOverride();
    void setState(State state);
    void updateButtons();
    void fitHeight();

    const Clock& m_clock;
    storage::KeyStore* m_keys;
    QString m_backupFile;
    QString m_targetFolder;
    QString m_ledgerFile;
    State m_state = State::Ready;
    bool m_offersOverride = false;
    QString m_resultText;
    //! The code or passphrase of the last attempt, kept so that "restore anyway" needs no second typing.
    storage::SecretBuffer m_secretKept;
    QPointer<QThread> m_worker;
    bool m_destroying = false;
    bool m_busyCursor = false;

    QLabel* m_intro = nullptr;
    QLabel* m_backupText = nullptr;
    QLabel* m_folderText = nullptr;
    QLabel* m_ledgerText = nullptr;
    QPushButton* m_chooseBackup = nullptr;
    QPushButton* m_chooseFolder = nullptr;
    QPushButton* m_chooseLedger = nullptr;
    QLineEdit* m_secret = nullptr;
    QLabel* m_warning = nullptr;
    QCheckBox* m_override = nullptr;
    QLabel* m_overrideText = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_result = nullptr;
    FieldErrorLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_restore = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace confidant::ui
