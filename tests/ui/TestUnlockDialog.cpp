#include "core/storage/RecoveryCode.h"
#include "core/storage/Vault.h"

#include "ui/UnlockDialog.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include "tests/support/MemoryKeyStore.h"
#include "tests/support/TestVault.h"

using namespace confidant;
using confidant::ui::UnlockDialog;

namespace {

void type(UnlockDialog& dialog, const QString& text)
{
    auto* field = dialog.findChild<QLineEdit*>(QStringLiteral("secret"));
    field->clear();
    bool ascii = true;
    for (QChar c : text) {
        ascii = ascii && c.unicode() < 0x80;
    }
    if (ascii) {
        QTest::keyClicks(field, text);
    } else {
        field->insert(text); // QTest types ASCII only
    }
}

void clickUnlock(UnlockDialog& dialog)
{
    auto* button = dialog.findChild<QPushButton*>(QStringLiteral("unlock"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

QString codeText(const storage::SecretBuffer& code)
{
    return QString::fromLatin1(code.data(), static_cast<qsizetype>(code.size()));
}

} // namespace

class TestUnlockDialog : public QObject
{
    Q_OBJECT

private slots:
    void wrongPassphraseShowsErrorAndRightOneOpens_data()
    {
        QTest::addColumn<QString>("wrong");
        QTest::newRow("near miss") << QStringLiteral("correct horse battery stapl");
        QTest::newRow("looks like a recovery code")
            << QStringLiteral("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789-ABCD-EFGH-JKMN-PQRS-TVWX-YZ01");
        QTest::newRow("non-ASCII") << QStringLiteral("korrekt Pferd Batterie Heftklammer ü");
    }

    void wrongPassphraseShowsErrorAndRightOneOpens()
    {
        QFETCH(QString, wrong);
        test::PassphraseTestVault vault;
        QVERIFY(vault.create());
        vault.close();
        auto descriptor = storage::Vault::readDescriptor(vault.path());
        QVERIFY(descriptor.ok());

        UnlockDialog dialog(vault.path(), *descriptor, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("secretLabel"))->text(), QStringLiteral("&Passphrase:"));
        auto* field = dialog.findChild<QLineEdit*>(QStringLiteral("secret"));
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("error"));

        type(dialog, wrong);
        clickUnlock(dialog);
        QVERIFY(field->text().isEmpty()); // the typed text does not linger in the widget
        QTRY_VERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("passphrase"), Qt::CaseInsensitive));
        QVERIFY(dialog.isVisible());
        QVERIFY(field->isEnabled());
        QVERIFY(!dialog.takeVault());

        type(dialog, QString::fromLatin1(test::PassphraseTestVault::kPassphrase));
        clickUnlock(dialog);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
        auto opened = dialog.takeVault();
        QVERIFY(opened);
        QCOMPARE(opened->descriptor().uid, descriptor->uid);
    }

    void emptyPassphraseAsksForOne()
    {
        test::PassphraseTestVault vault;
        QVERIFY(vault.create());
        vault.close();
        auto descriptor = storage::Vault::readDescriptor(vault.path());
        QVERIFY(descriptor.ok());
        UnlockDialog dialog(vault.path(), *descriptor, nullptr);
        dialog.show();
        clickUnlock(dialog);
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("error"))->isVisible());
        QVERIFY(dialog.isVisible());
    }

    void damagedVaultIsFinal()
    {
        test::PassphraseTestVault vault;
        QVERIFY(vault.create());
        vault.close();
        auto descriptor = storage::Vault::readDescriptor(vault.path());
        QVERIFY(descriptor.ok());
        {
            QFile db(vault.dbPath());
            QVERIFY(db.open(QIODevice::Append));
            db.write(QByteArray(100, '\x5a')); // no longer whole pages: truncated or damaged
        }
        const QByteArray before = test::fileHash(vault.dbPath());
        UnlockDialog dialog(vault.path(), *descriptor, nullptr);
        dialog.show();
        type(dialog, QString::fromLatin1(test::PassphraseTestVault::kPassphrase));
        clickUnlock(dialog);
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("error"));
        QTRY_VERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("damaged")));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("unlock"))->isEnabled());
        QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("secret"))->isEnabled());
        QVERIFY(dialog.isVisible());
        QCOMPARE(test::fileHash(vault.dbPath()), before);
    }

    void recoveryCodeUnlocksAndPutsKeyBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vault"));
        test::MemoryKeyStore keys;
        storage::SecretBuffer code;
        QString uid;
        {
            auto created = storage::Vault::createWithKeychain(path, keys, code, 1000);
            QVERIFY(created.ok());
            uid = (*created)->descriptor().uid;
        }
        QVERIFY(keys.remove(uid).ok()); // a new computer: the keychain has no key
        auto descriptor = storage::Vault::readDescriptor(path);
        QVERIFY(descriptor.ok());

        UnlockDialog dialog(path, *descriptor, &keys);
        dialog.setReason(QStringLiteral("The key for this vault is not in the keychain."));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("secretLabel"))->text(), QStringLiteral("&Recovery code:"));
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("reason"))->isVisible());

        // A well-formed code for another key is a wrong key: try again.
        const storage::SecretBuffer other = storage::RecoveryCode::format(storage::SecretBuffer::random(32));
        type(dialog, codeText(other));
        clickUnlock(dialog);
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("error"));
        QTRY_VERIFY(error->isVisible());
        QVERIFY(dialog.isVisible());
        QVERIFY(!keys.contains(uid));

        type(dialog, codeText(code).toLower());
        clickUnlock(dialog);
        auto* info = dialog.findChild<QLabel*>(QStringLiteral("info"));
        QTRY_VERIFY(info->isVisible());
        QVERIFY(info->text().contains(QStringLiteral("keychain")));
        QVERIFY(keys.contains(uid));
        QVERIFY(dialog.isVisible()); // the user reads the note, then continues
        clickUnlock(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        auto opened = dialog.takeVault();
        QVERIFY(opened);
        QVERIFY(opened->keyRestored());
    }
};

QTEST_MAIN(TestUnlockDialog)
#include "TestUnlockDialog.moc"
