#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace confidant {
class Session;
}

namespace confidant::ui {

class FieldErrorLabel;
class PassphraseFields;
class RecoveryCodeWidget;
class SessionHost;

//! "Change key…" (owners and admins): rotates the vault key through VaultAdmin::rekey, which re-encrypts
//! the vault into a copy, checks it, and swaps it in (docs/SECURITY.md "Key rotation"). Passphrase mode
//! asks for the new passphrase twice; keychain mode makes a new random key, stores it in the keychain and
//! shows its recovery code once, to be confirmed like at first run. Old backups keep their old key.
class ChangeKeyDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Stage
    {
        Explain, //!< what happens, and the new passphrase
        Working,
        RecoveryCode, //!< keychain mode: the new code, shown once
        Done,
    };

    //! For the host's open session (which must outlive the dialog) and its key store.
    explicit ChangeKeyDialog(SessionHost& host, QWidget* parent = nullptr);
    ~ChangeKeyDialog() override;

    Stage stage() const
    {
        return m_stage;
    }
    //! The new recovery code is on screen and the user has not confirmed writing it down.
    bool isShowingUnconfirmedCode() const;

    //! Starts the change, once the fields are acceptable (the "Change key" button).
    void changeKey();

    void done(int result) override;

signals:
    //! The key was changed: the vault's main connection was closed and reopened with the new key.
    void keyChanged();
    //! The key change failed in a way that left the session without a connection: it must be locked and
    //! unlocked again.
    void sessionUnusable(const QString& message);

private:
    void runRekey();
    void setStage(Stage stage);
    void updateButtons();

    SessionHost& m_host;
    Session& m_session;
    bool m_keychain = false;
    Stage m_stage = Stage::Explain;
    QStackedWidget* m_pages = nullptr;
    QWidget* m_explainPage = nullptr;
    QWidget* m_workingPage = nullptr;
    QWidget* m_codePage = nullptr;
    QWidget* m_donePage = nullptr;
    PassphraseFields* m_passphrase = nullptr;
    RecoveryCodeWidget* m_code = nullptr;
    QLabel* m_doneText = nullptr;
    FieldErrorLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_change = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_finish = nullptr;
};

} // namespace confidant::ui
