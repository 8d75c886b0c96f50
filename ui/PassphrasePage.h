#pragma once

#include <QPointer>
#include <QThread>
#include <QWizardPage>

class QProgressBar;

namespace confidant::ui {

class FieldErrorLabel;
class PassphraseFields;

//! First-run wizard, passphrase path: passphrase and confirmation, checked as typed; finishing creates
//! the vault (on a worker thread: the key derivation takes a moment).
class PassphrasePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit PassphrasePage(QWidget* parent = nullptr);
    ~PassphrasePage() override;

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    bool isBusy() const
    {
        return m_worker != nullptr;
    }
    //! Empties both fields.
    void clearFields();

private:
    void setBusy(bool busy);

    PassphraseFields* m_fields = nullptr;
    FieldErrorLabel* m_createError = nullptr;
    QProgressBar* m_progress = nullptr;
    QPointer<QThread> m_worker;
};

} // namespace confidant::ui
