#include "core/storage/KeyStore.h"
#include "core/storage/Vault.h"

#include "ui/FirstRunWizard.h"
#include "ui/RecoveryCodePage.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

#include "tests/support/TestVault.h"

using namespace confidant;
using confidant::ui::FirstRunWizard;

//! The keychain path against a real Secret Service (gnome-keyring) started by tests/support/with-keyring.sh.
class TestFirstRunWizardKeychain : public QObject
{
    Q_OBJECT

private:
    storage::QtKeychainStore m_keys {QStringLiteral("Confidant-test")};

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run under tests/support/with-keyring.sh (ctest does this)");
    }

    void keychainVaultReopensWithoutSecret()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vault"));
        test::FakeClock clock;
        FirstRunWizard wizard(path, &m_keys, clock);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::RecoveryCodePageId));

        const QList<int> asked = wizard.findChild<ui::RecoveryCodePage*>()->confirmationGroups();
        for (int i = 0; i < 2; ++i) {
            auto* group = wizard.findChild<QLabel*>(QStringLiteral("group%1").arg(asked[i]));
            QTest::keyClicks(wizard.findChild<QLineEdit*>(QStringLiteral("confirmGroup%1").arg(i + 1)), group->text());
        }
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        auto vault = wizard.takeVault();
        QVERIFY(vault);
        const QString uid = vault->descriptor().uid;
        vault.reset();

        auto reopened = storage::Vault::open(path, &m_keys, storage::UnlockSecret {});
        QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error().message));
        QVERIFY(m_keys.remove(uid).ok());
    }
};

QTEST_MAIN(TestFirstRunWizardKeychain)
#include "TestFirstRunWizardKeychain.moc"
