#pragma once

#include "core/storage/SecretBuffer.h"

#include <QList>
#include <QWizardPage>

namespace confidant::ui {

class RecoveryCodeWidget;

//! First-run wizard, keychain path: shows the recovery code once, in numbered groups, and asks for two
//! of the groups back before Finish is enabled (RecoveryCodeWidget). The code is never put on the
//! clipboard; the widgets' text is cleared when the wizard closes.
class RecoveryCodePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RecoveryCodePage(QWidget* parent = nullptr);

    //! Takes the code returned by Vault::createWithKeychain and picks the two groups to confirm.
    void setCode(storage::SecretBuffer code);
    //! Wipes the code and empties every widget that showed or confirmed it.
    void clearCode();
    //! The 1-based numbers of the groups the user must type back.
    QList<int> confirmationGroups() const;

    bool isComplete() const override;
    int nextId() const override;

private:
    RecoveryCodeWidget* m_code = nullptr;
};

} // namespace confidant::ui
