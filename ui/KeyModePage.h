#pragma once

#include <QWizardPage>

class QRadioButton;

namespace confidant::ui {

class FieldErrorLabel;

//! First-run wizard, page 1: keep the key in the OS keychain (recommended) or use a passphrase. With the
//! keychain, leaving this page creates the vault.
class KeyModePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit KeyModePage(QWidget* parent = nullptr);

    bool usesKeychain() const;

    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

private:
    void updateCommit();

    QRadioButton* m_keychain = nullptr;
    QRadioButton* m_passphrase = nullptr;
    FieldErrorLabel* m_error = nullptr;
};

} // namespace confidant::ui
