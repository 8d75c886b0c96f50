#pragma once

#include <QWizard>

#include <memory>

namespace confidant {
class Clock;
}

namespace confidant::storage {
class KeyStore;
class Vault;
} // namespace confidant::storage

namespace confidant::ui {

class KeyModePage;
class PassphrasePage;
class RecoveryCodePage;

//! Creates a vault in a folder on first start: the key goes to the OS keychain (and a recovery code is
//! shown once and confirmed), or a passphrase that the user types each time is the key.
class FirstRunWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        KeyModePageId,
        PassphrasePageId,
        RecoveryCodePageId,
    };

    //! `keys` may be null when there is no keychain to offer; it must outlive the wizard.
    FirstRunWizard(const QString& directory, storage::KeyStore* keys, const Clock& clock, QWidget* parent = nullptr);
    ~FirstRunWizard() override;

    //! The created vault, once the wizard was accepted.
    std::unique_ptr<storage::Vault> takeVault();
    bool hasVault() const
    {
        return m_vault != nullptr;
    }

    const QString& directory() const
    {
        return m_directory;
    }
    storage::KeyStore* keyStore() const
    {
        return m_keys;
    }
    const Clock& clock() const
    {
        return m_clock;
    }
    //! Called by the page that created the vault.
    void setVault(std::unique_ptr<storage::Vault> vault);
    RecoveryCodePage* recoveryCodePage() const
    {
        return m_recoveryPage;
    }

    void done(int result) override;

private:
    bool isBusy() const;

    QString m_directory;
    storage::KeyStore* m_keys;
    const Clock& m_clock;
    std::unique_ptr<storage::Vault> m_vault;
    KeyModePage* m_keyModePage = nullptr;
    PassphrasePage* m_passphrasePage = nullptr;
    RecoveryCodePage* m_recoveryPage = nullptr;
};

} // namespace confidant::ui
