#include "core/storage/RecoveryCode.h"
#include "core/storage/Vault.h"

#include "ui/FirstRunWizard.h"
#include "ui/RecoveryCodePage.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTest>

#include "tests/support/MemoryKeyStore.h"
#include "tests/support/TestVault.h"

using namespace confidant;
using confidant::ui::FirstRunWizard;
using confidant::ui::RecoveryCodePage;

namespace {

constexpr const char* kPassphrase = "correct horse battery staple";

void click(QWizard& wizard, QWizard::WizardButton which)
{
    QAbstractButton* button = wizard.button(which);
    QVERIFY(button->isVisible());
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

//! The code as the page shows it, group by group.
QString shownCode(const QWizard& wizard)
{
    QStringList groups;
    for (int number = 1;; ++number) {
        auto* label = wizard.findChild<QLabel*>(QStringLiteral("group%1").arg(number));
        if (!label || label->text().isEmpty()) {
            break;
        }
        groups.append(label->text());
    }
    return groups.join(QLatin1Char('-'));
}

} // namespace

class TestFirstRunWizard : public QObject
{
    Q_OBJECT

private slots:
    void passphrasePathCreatesVault()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vault"));
        test::FakeClock clock;
        test::MemoryKeyStore keys;
        FirstRunWizard wizard(path, &keys, clock);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(wizard.findChild<QRadioButton*>(QStringLiteral("keychainOption"))->isChecked());
        auto* passphraseOption = wizard.findChild<QRadioButton*>(QStringLiteral("passphraseOption"));
        QTest::mouseClick(passphraseOption, Qt::LeftButton, {}, QPoint(6, passphraseOption->height() / 2));
        QVERIFY(passphraseOption->isChecked());
        click(wizard, QWizard::NextButton);
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::PassphrasePageId));
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("passphraseWarning"))
                    ->text()
                    .contains(QStringLiteral("no recovery code")));

        auto* passphrase = wizard.findChild<QLineEdit*>(QStringLiteral("passphrase"));
        auto* confirmation = wizard.findChild<QLineEdit*>(QStringLiteral("confirmation"));
        QCOMPARE(passphrase->echoMode(), QLineEdit::Password);
        QAbstractButton* finish = wizard.button(QWizard::FinishButton);
        QVERIFY(!finish->isEnabled());
        QTest::keyClicks(passphrase, QString::fromLatin1(kPassphrase));
        QTest::keyClicks(confirmation, QStringLiteral("correct horse battery stapel"));
        QVERIFY(!finish->isEnabled());
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("confirmationError"))->isVisible());
        QVERIFY(!storage::Vault::exists(path));

        confirmation->clear();
        QTest::keyClicks(confirmation, QString::fromLatin1(kPassphrase));
        QVERIFY(!wizard.findChild<QLabel*>(QStringLiteral("confirmationError"))->isVisible());
        click(wizard, QWizard::FinishButton);
        QTRY_COMPARE(wizard.result(), int(QDialog::Accepted));
        QVERIFY(!wizard.isVisible());
        QVERIFY(passphrase->text().isEmpty());

        auto vault = wizard.takeVault();
        QVERIFY(vault);
        QCOMPARE(vault->descriptor().keySource, storage::KeySource::Passphrase);
        QVERIFY(!keys.contains(vault->descriptor().uid)); // nothing went to the keychain
        vault.reset();
        auto reopened = storage::Vault::open(path, nullptr, {test::secret(kPassphrase)});
        QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error().message));
    }

    void shortPassphraseKeepsFinishDisabled()
    {
        QTemporaryDir dir;
        test::FakeClock clock;
        FirstRunWizard wizard(dir.filePath(QStringLiteral("vault")), nullptr, clock);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        // Without a keychain only the passphrase is offered.
        QVERIFY(!wizard.findChild<QRadioButton*>(QStringLiteral("keychainOption"))->isEnabled());
        QVERIFY(wizard.findChild<QRadioButton*>(QStringLiteral("passphraseOption"))->isChecked());
        click(wizard, QWizard::NextButton);
        const QString tooShort = QString(storage::Vault::kPassphraseMinLength - 1, QLatin1Char('x'));
        QTest::keyClicks(wizard.findChild<QLineEdit*>(QStringLiteral("passphrase")), tooShort);
        QTest::keyClicks(wizard.findChild<QLineEdit*>(QStringLiteral("confirmation")), tooShort);
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("passphraseError"))->isVisible());
        QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
    }

    void keychainPathShowsCodeAndRefusesWrongGroups()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vault"));
        test::FakeClock clock;
        test::MemoryKeyStore keys;
        FirstRunWizard wizard(path, &keys, clock);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        // With the keychain, this page's button creates the vault.
        QVERIFY(wizard.button(QWizard::CommitButton)->isVisible());
        click(wizard, QWizard::CommitButton);
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::RecoveryCodePageId));
        QVERIFY(storage::Vault::exists(path));
        QVERIFY(!wizard.button(QWizard::BackButton)->isVisible() || !wizard.button(QWizard::BackButton)->isEnabled());

        const QString code = shownCode(wizard);
        QByteArray codeBytes = code.toLatin1();
        QVERIFY(storage::RecoveryCode::looksLikeCode(storage::SecretBuffer::takeFrom(codeBytes)));
        const QStringList groups = code.split(QLatin1Char('-'));
        QCOMPARE(groups.size(), 14);

        auto* page = wizard.findChild<RecoveryCodePage*>();
        const QList<int> asked = page->confirmationGroups();
        QCOMPARE(asked.size(), 2);
        QVERIFY(asked[0] >= 1 && asked[0] < asked[1] && asked[1] <= 14);
        auto* first = wizard.findChild<QLineEdit*>(QStringLiteral("confirmGroup1"));
        auto* second = wizard.findChild<QLineEdit*>(QStringLiteral("confirmGroup2"));
        QAbstractButton* finish = wizard.button(QWizard::FinishButton);
        QVERIFY(!finish->isEnabled());

        // A group from elsewhere in the code is refused.
        const QString right1 = groups.at(asked[0] - 1);
        const QString right2 = groups.at(asked[1] - 1);
        QString wrong = right1 == QStringLiteral("ZZZZ") ? QStringLiteral("YYYY") : QStringLiteral("ZZZZ");
        QTest::keyClicks(first, wrong);
        QTest::keyClicks(second, right2);
        QVERIFY(!finish->isEnabled());
        auto* error = wizard.findChild<QLabel*>(QStringLiteral("confirmError"));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QString::number(asked[0])));

        // Typed back in lower case, the right groups are accepted.
        first->clear();
        QTest::keyClicks(first, right1.toLower());
        QVERIFY(!error->isVisible());
        QVERIFY(finish->isEnabled());
        click(wizard, QWizard::FinishButton);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        // The code left the widgets when the wizard closed.
        for (int number = 1; number <= 14; ++number) {
            QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("group%1").arg(number))->text().isEmpty());
        }
        QVERIFY(first->text().isEmpty());

        auto vault = wizard.takeVault();
        QVERIFY(vault);
        QCOMPARE(vault->descriptor().keySource, storage::KeySource::Keychain);
        const QString uid = vault->descriptor().uid;
        QVERIFY(keys.contains(uid));
        vault.reset();
        // The code shown is the one that opens the vault.
        QVERIFY(keys.remove(uid).ok());
        QByteArray typed = code.toLatin1();
        auto reopened = storage::Vault::open(path, &keys, {storage::SecretBuffer::takeFrom(typed)});
        QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error().message));
    }

    void missingKeychainOffersPassphrase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vault"));
        test::FakeClock clock;
        test::MemoryKeyStore keys;
        keys.failWith = makeError(ErrorKind::NoKeychain,
                                  QStringLiteral("No keychain is available on this system; use a passphrase instead."));
        FirstRunWizard wizard(path, &keys, clock);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        click(wizard, QWizard::CommitButton);
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::KeyModePageId));
        auto* error = wizard.findChild<QLabel*>(QStringLiteral("keyModeError"));
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), keys.failWith->message);
        QVERIFY(wizard.findChild<QRadioButton*>(QStringLiteral("passphraseOption"))->isChecked());
        QVERIFY(!storage::Vault::exists(path));
        // The passphrase path is one click away.
        click(wizard, QWizard::NextButton);
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::PassphrasePageId));
    }

    void existingVaultIsNotOverwritten()
    {
        test::TestVault existing;
        QVERIFY(existing.create());
        existing.close();
        const QByteArray before = test::fileHash(existing.dbPath());
        test::FakeClock clock;
        FirstRunWizard wizard(existing.path(), nullptr, clock);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        click(wizard, QWizard::NextButton);
        QTest::keyClicks(wizard.findChild<QLineEdit*>(QStringLiteral("passphrase")), QString::fromLatin1(kPassphrase));
        QTest::keyClicks(wizard.findChild<QLineEdit*>(QStringLiteral("confirmation")),
                         QString::fromLatin1(kPassphrase));
        click(wizard, QWizard::FinishButton);
        auto* error = wizard.findChild<QLabel*>(QStringLiteral("createError"));
        QTRY_VERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("already exists")));
        QVERIFY(wizard.isVisible());
        QVERIFY(!wizard.hasVault());
        QCOMPARE(test::fileHash(existing.dbPath()), before);
    }
};

QTEST_MAIN(TestFirstRunWizard)
#include "TestFirstRunWizard.moc"
