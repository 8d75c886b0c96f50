#pragma once

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace confidant {
class Session;
}

namespace confidant::ui {

class BackupJob;
class FieldErrorLabel;

//! "Back up now": an encrypted, verified copy of the whole vault in a file the user picks (by default a
//! new file in the vault's backups folder). The copy is written on a worker thread through a connection
//! of its own, so the dialog is not modal: the window keeps working meanwhile. Cancel removes what was
//! written. A finished backup is recorded (audited) on the GUI thread; the dialog then says where it is,
//! how big, and what opens it.
class BackupDialog : public QDialog
{
    Q_OBJECT

public:
    enum class State
    {
        Ready, //!< choosing where to write
        Running,
        Done,
    };

    explicit BackupDialog(Session& session, QWidget* parent = nullptr);
    //! Cancels a backup still being written and waits for its worker.
    ~BackupDialog() override;

    State state() const
    {
        return m_state;
    }
    bool isRunning() const
    {
        return m_state == State::Running;
    }
    //! The file the backup goes to.
    QString path() const
    {
        return m_path;
    }
    void setPath(const QString& path);
    //! The text shown once the backup is written.
    QString resultText() const;

    //! Starts writing to `path()`.
    void startBackup();
    //! Stops a backup being written; nothing is left behind.
    void cancelBackup();

    void reject() override;

signals:
    //! A backup was written, verified and recorded: `text` is a short line for the status bar.
    void backedUp(const QString& text);

private:
    void chooseFile();
    void finishBackup();
    void setState(State state);
    void showProgress(int percent);
    void fitHeight();

    Session& m_session;
    QString m_path;
    State m_state = State::Ready;
    bool m_closeWhenStopped = false;
    BackupJob* m_job = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_pathLabel = nullptr;
    QLabel* m_pathText = nullptr;
    QPushButton* m_choose = nullptr;
    QLabel* m_opensWith = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_result = nullptr;
    FieldErrorLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_backUp = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace confidant::ui
