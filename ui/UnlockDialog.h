#pragma once

#include "core/Result.h"
#include "core/storage/Vault.h"

#include <QDialog>
#include <QPointer>
#include <QThread>

#include <memory>

class QLabel;
class QLineEdit;
class QDialogButtonBox;
class QProgressBar;
class QPushButton;

namespace confidant::storage {
class KeyStore;
}

namespace confidant::ui {

class FieldErrorLabel;

//! Asks for the passphrase (passphrase vaults) or the recovery code (keychain vaults whose key is not
//! in the keychain) and opens the vault. A wrong key can be retried; a damaged or too new vault is final.
class UnlockDialog : public QDialog
{
    Q_OBJECT

public:
    //! `keys` (may be null) receives the key again after a recovery-code unlock; it must outlive the dialog.
    UnlockDialog(const QString& directory,
                 const storage::VaultDescriptor& descriptor,
                 storage::KeyStore* keys,
                 QWidget* parent = nullptr);
    ~UnlockDialog() override;

    //! Why the dialog is needed, e.g. the keychain's answer; shown above the field.
    void setReason(const QString& reason);
    //! The opened vault, once the dialog was accepted.
    std::unique_ptr<storage::Vault> takeVault();

private:
    void unlock();
    void finish(Result<std::unique_ptr<storage::Vault>> vault);
    void setBusy(bool busy);

    QString m_directory;
    storage::VaultDescriptor m_descriptor;
    storage::KeyStore* m_keys;
    std::unique_ptr<storage::Vault> m_vault;
    QLabel* m_reason = nullptr;
    QLabel* m_fieldLabel = nullptr;
    QLineEdit* m_secret = nullptr;
    FieldErrorLabel* m_error = nullptr;
    QLabel* m_info = nullptr;
    QProgressBar* m_progress = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_unlock = nullptr;
    QPointer<QThread> m_worker;
    bool m_final = false;
};

} // namespace confidant::ui
