#pragma once

#include "core/storage/SecretBuffer.h"

#include <QList>
#include <QWizardPage>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace confidant::ui {

class FieldErrorLabel;

//! First-run wizard, keychain path: shows the recovery code once, in numbered groups, and asks for two
//! of the groups back before Finish is enabled. The code is never put on the clipboard; the widgets'
//! text is cleared when the wizard closes.
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
    QList<int> confirmationGroups() const
    {
        return m_confirm;
    }

    bool isComplete() const override;
    int nextId() const override;

private:
    QString group(int number) const;
    static QString normalise(const QString& typed);
    void updateErrors();
    void print();

    storage::SecretBuffer m_code;
    QList<int> m_confirm;
    QGridLayout* m_grid = nullptr;
    QList<QLabel*> m_groupLabels; //!< one per group, in order
    QList<QLabel*> m_confirmLabels;
    QList<QLineEdit*> m_confirmEdits;
    FieldErrorLabel* m_error = nullptr;
    QPushButton* m_print = nullptr;
};

} // namespace confidant::ui
