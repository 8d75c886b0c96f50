#include "FirstRunWizard.h"

#include "core/Clock.h"
#include "core/storage/Vault.h"

#include "ui/KeyModePage.h"
#include "ui/PassphrasePage.h"
#include "ui/RecoveryCodePage.h"

#include <QMessageBox>

#include <algorithm>

namespace confidant::ui {

FirstRunWizard::FirstRunWizard(const QString& directory, storage::KeyStore* keys, const Clock& clock, QWidget* parent)
    : QWizard(parent)
    , m_directory(directory)
    , m_keys(keys)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Create your Confidant vault"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::CommitButton, tr("Create vault"));

    m_keyModePage = new KeyModePage(this);
    m_passphrasePage = new PassphrasePage(this);
    m_recoveryPage = new RecoveryCodePage(this);
    setPage(KeyModePageId, m_keyModePage);
    setPage(PassphrasePageId, m_passphrasePage);
    setPage(RecoveryCodePageId, m_recoveryPage);
    setStartId(KeyModePageId);
    // QWizard sizes itself for the page it starts on; make room for the largest page (and a line for its
    // error messages) up front, so that no page is squeezed later.
    QSize largest;
    for (int id : pageIds()) {
        largest = largest.expandedTo(page(id)->minimumSizeHint());
    }
    largest.setWidth(std::max(largest.width(), fontMetrics().horizontalAdvance(QLatin1Char('M')) * 44));
    largest += QSize(0, fontMetrics().height() * 4);
    for (int id : pageIds()) {
        page(id)->setMinimumSize(largest);
    }
}

FirstRunWizard::~FirstRunWizard() = default;

std::unique_ptr<storage::Vault> FirstRunWizard::takeVault()
{
    return std::move(m_vault);
}

void FirstRunWizard::setVault(std::unique_ptr<storage::Vault> vault)
{
    m_vault = std::move(vault);
}

bool FirstRunWizard::isBusy() const
{
    return m_passphrasePage->isBusy();
}

void FirstRunWizard::done(int result)
{
    if (result == QDialog::Rejected) {
        if (isBusy()) {
            return; // the vault is being written; closing now would leave the user unsure what exists
        }
        if (m_vault && currentId() == RecoveryCodePageId && !m_recoveryPage->isComplete()) {
            const auto answer = QMessageBox::warning(
                this,
                tr("Recovery code not confirmed"),
                tr("Your vault has been created, but you have not confirmed that you wrote down the recovery "
                   "code. It is shown only now; without it you cannot get back in if this computer's keychain is "
                   "lost.\n\nClose anyway?"),
                QMessageBox::Close | QMessageBox::Cancel,
                QMessageBox::Cancel);
            if (answer != QMessageBox::Close) {
                return;
            }
        }
    } else if (!validateCurrentPage()) {
        return;
    }
    // Secrets leave the widgets before the wizard goes away.
    m_recoveryPage->clearCode();
    m_passphrasePage->clearFields();
    QWizard::done(result);
}

} // namespace confidant::ui
