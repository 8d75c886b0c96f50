#pragma once

#include "core/Result.h"
#include "core/storage/SecretBuffer.h"
#include "core/storage/Vault.h"

#include <QDialog>
#include <QPointer>
#include <QThread>

#include <memory>

class QFormLayout;
class QLabel;
class QLineEdit;
class QDialogButtonBox;
class QProgressBar;
class QPushButton;

namespace confidant {
class Clock;
class Session;
} // namespace confidant

namespace confidant::storage {
class KeyStore;
}

namespace confidant::ui {

class FieldErrorLabel;

//! Asks for the passphrase (passphrase vaults) or the recovery code (keychain vaults whose key is not
//! in the keychain) and opens the vault. A wrong key can be retried; a damaged or too new vault is final.
//!
//! As the lock screen (`setResume`) it reopens the vault for the profile that was working: a keychain
//! vault reads its key from the keychain again (the recovery code is asked only when that fails), and
//! the profile's PIN is asked whenever the profile has one. The result is then a Session acting as that
//! profile (`takeSession`).
class UnlockDialog : public QDialog
{
    Q_OBJECT

public:
    //! `keys` (may be null) receives the key again after a recovery-code unlock, and gives it for a
    //! keychain vault's lock screen; it must outlive the dialog.
    UnlockDialog(const QString& directory,
                 const storage::VaultDescriptor& descriptor,
                 storage::KeyStore* keys,
                 QWidget* parent = nullptr);
    ~UnlockDialog() override;

    //! Why the dialog is needed, e.g. the keychain's answer; shown above the field.
    void setReason(const QString& reason);
    //! Makes this the lock screen for `profileName` (shown with `roleLabel`); `hasPin` asks for its PIN.
    //! The session is built on `clock`, which must outlive it.
    void setResume(const Clock& clock, const QString& profileName, const QString& roleLabel, bool hasPin);
    //! The opened vault, once the dialog was accepted (not on the lock screen, which gives a session).
    std::unique_ptr<storage::Vault> takeVault();
    //! The lock screen's session, once accepted.
    std::unique_ptr<Session> takeSession();
    //! Whether the lock screen's session acts as the profile it was given; false when that profile no
    //! longer exists (removed from the command line meanwhile), so someone must choose one.
    bool profileResumed() const
    {
        return m_resumed;
    }

    void done(int result) override;

private:
    bool isResuming() const
    {
        return m_clock != nullptr;
    }
    bool needsSecret() const;
    void unlock();
    void finish(Result<std::unique_ptr<storage::Vault>> vault);
    //! Lock screen: acts as the profile in the session just opened, checking its PIN.
    void resumeProfile();
    void showSecretField(bool shown);
    void setBusy(bool busy);

    QString m_directory;
    storage::VaultDescriptor m_descriptor;
    storage::KeyStore* m_keys;
    std::unique_ptr<storage::Vault> m_vault;
    QLabel* m_heading = nullptr;
    QLabel* m_reason = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_fieldLabel = nullptr;
    QLineEdit* m_secret = nullptr;
    FieldErrorLabel* m_error = nullptr;
    QLineEdit* m_pin = nullptr;
    FieldErrorLabel* m_pinError = nullptr;
    QLabel* m_pinHint = nullptr;
    QLabel* m_info = nullptr;
    QProgressBar* m_progress = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_unlock = nullptr;
    QPointer<QThread> m_worker;
    bool m_final = false;
    bool m_busy = false;
    bool m_cancelled = false;

    // Lock screen only.
    const Clock* m_clock = nullptr;
    QString m_profile;
    bool m_profileHasPin = false;
    bool m_keychainFailed = false;
    storage::SecretBuffer m_pendingPin;
    std::unique_ptr<Session> m_session;
    bool m_resumed = false;
};

} // namespace confidant::ui
