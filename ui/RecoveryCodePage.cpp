#include "RecoveryCodePage.h"

#include "ui/RecoveryCodeWidget.h"

#include <QVBoxLayout>

namespace confidant::ui {

RecoveryCodePage::RecoveryCodePage(QWidget* parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("recoveryCodePage"));
    setTitle(tr("Write down your recovery code"));
    setSubTitle(tr("If this computer's keychain is ever lost (new computer, reinstalled system), this code is the "
                   "only way to open your vault. It is shown only now."));

    m_code = new RecoveryCodeWidget(this);
    connect(m_code, &RecoveryCodeWidget::confirmationChanged, this, &QWizardPage::completeChanged);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_code);
    layout->addStretch(1);
}

void RecoveryCodePage::setCode(storage::SecretBuffer code)
{
    m_code->setCode(std::move(code));
}

void RecoveryCodePage::clearCode()
{
    m_code->clearCode();
}

QList<int> RecoveryCodePage::confirmationGroups() const
{
    return m_code->confirmationGroups();
}

bool RecoveryCodePage::isComplete() const
{
    return m_code->isConfirmed();
}

int RecoveryCodePage::nextId() const
{
    return -1;
}

} // namespace confidant::ui
