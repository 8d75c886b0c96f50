// The desktop app: pick the vault, unlock or create it, then show the main window. Wiring only.
#include "core/Clock.h"
#include "core/Session.h"
#include "core/Translations.h"
#include "core/security/ProcessHardening.h"
#include "core/storage/FaultPoint.h"
#include "core/storage/KeyStore.h"
#include "core/storage/SecretBuffer.h"
#include "core/storage/Vault.h"

#include "ui/FirstRunWizard.h"
#include "ui/MainWindow.h"
#include "ui/ProfileChooserDialog.h"
#include "ui/SessionHost.h"
#include "ui/UnlockDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>

#include "app/cli/ExitCode.h"

#include <cstdio>
#include <memory>

namespace {

using namespace confidant;

struct Gui
{
    Q_DECLARE_TR_FUNCTIONS(Gui)
};

// confidant-cli's exit codes and its map from error kinds (CLI.md "Exit codes"), for scripts that use
// --passphrase-stdin: the same failure gives the same code in both programs.
int exitCodeFor(ErrorKind kind)
{
    return cli::toInt(cli::exitCodeFor(kind));
}

void printError(const QString& message)
{
    std::fprintf(stderr, "confidant: %s\n", message.toLocal8Bit().constData());
}

// Line 1 of standard input, without its line break, straight into a SecretBuffer.
storage::SecretBuffer readSecretLine()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return {};
    }
    QByteArray line = in.readLine();
    while (line.endsWith('\n') || line.endsWith('\r')) {
        line.chop(1);
    }
    return storage::SecretBuffer::takeFrom(line);
}

// The keychain could not give the key, but the recovery code still can.
bool unlockWithRecoveryCode(ErrorKind kind)
{
    return kind == ErrorKind::Locked || kind == ErrorKind::NotFound || kind == ErrorKind::WrongKey
        || kind == ErrorKind::NoKeychain;
}

} // namespace

int main(int argc, char** argv)
{
    // Before anything reads a secret: no core dump of the key, a passphrase or decrypted contacts.
    const QStringList notHardened = security::ProcessHardening::apply();
    Q_INIT_RESOURCE(confidant);
    QApplication app(argc, argv);
    // No organisation name: the default vault is ~/.local/share/confidant/vault.
    QApplication::setApplicationName(QStringLiteral("confidant"));
    QApplication::setApplicationVersion(QStringLiteral(CONFIDANT_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/confidant.svg")));
    if (QLocale().language() == QLocale::C) {
        // No locale configured (a bare session): format numbers and dates the common English way.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    installTranslations(app);
    if (!notHardened.isEmpty()) {
        printError(security::ProcessHardening::warning(notHardened));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(Gui::tr("Confidant, a local-first CRM that keeps customer data encrypted."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption vaultOption(
        QStringLiteral("vault"),
        Gui::tr("The vault folder (default: %1).").arg(QDir::toNativeSeparators(storage::Vault::defaultDirectory())),
        Gui::tr("DIR"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        Gui::tr("Once the main window shows its first page, save it to FILE as PNG and quit."),
        Gui::tr("FILE"));
    const QCommandLineOption stdinOption(
        QStringLiteral("passphrase-stdin"),
        Gui::tr("Read the passphrase or recovery code from line 1 of standard input instead of asking."));
    parser.addOptions({vaultOption, screenshotOption, stdinOption});
    // An unknown option is a usage error (2), as in confidant-cli; process() would exit with 1.
    if (!parser.parse(QApplication::arguments())) {
        printError(parser.errorText());
        return cli::toInt(cli::ExitCode::Usage);
    }
    parser.process(app); // --help, --help-all, --version

    const QString directory = parser.isSet(vaultOption) ? QDir(parser.value(vaultOption)).absolutePath()
                                                        : storage::Vault::defaultDirectory();
    storage::QtKeychainStore keys(QStringLiteral("Confidant"), storage::QtKeychainStore::kInteractiveTimeoutMs);
    // Declared before the session, which keeps a reference to it.
    SystemClock clock;
    std::unique_ptr<storage::Vault> vault;

    // A file where the folder should be is reported by readDescriptor (not a vault, exit 4), as in the CLI.
    if (!storage::Vault::exists(directory) && !(QFileInfo::exists(directory) && !QFileInfo(directory).isDir())) {
        if (parser.isSet(stdinOption)) {
            printError(Gui::tr("There is no vault in %1; start Confidant without --passphrase-stdin to create one.")
                           .arg(QDir::toNativeSeparators(directory)));
            return cli::toInt(cli::ExitCode::NotFound);
        }
        ui::FirstRunWizard wizard(directory, &keys, clock);
        const int result = wizard.exec();
        vault = wizard.takeVault();
        if (result != QDialog::Accepted || !vault) {
            return 0;
        }
    } else {
        auto descriptor = storage::Vault::readDescriptor(directory);
        if (!descriptor) {
            if (parser.isSet(stdinOption)) {
                printError(descriptor.error().message);
            } else {
                QMessageBox::critical(nullptr, Gui::tr("Cannot open the vault"), descriptor.error().message);
            }
            return exitCodeFor(descriptor.error().kind);
        }
        if (parser.isSet(stdinOption)) {
            storage::UnlockSecret secret {readSecretLine()};
            auto opened = storage::Vault::open(directory, &keys, secret);
            if (!opened) {
                printError(opened.error().message);
                return exitCodeFor(opened.error().kind);
            }
            vault = std::move(opened).value();
        } else {
            QString reason;
            if (descriptor->keySource == storage::KeySource::Keychain) {
                auto opened = storage::Vault::open(directory, &keys, storage::UnlockSecret {});
                if (opened) {
                    vault = std::move(opened).value();
                } else if (unlockWithRecoveryCode(opened.error().kind)) {
                    reason = opened.error().message;
                } else {
                    QMessageBox::critical(nullptr, Gui::tr("Cannot open the vault"), opened.error().message);
                    return exitCodeFor(opened.error().kind);
                }
            }
            if (!vault) {
                ui::UnlockDialog dialog(directory, *descriptor, &keys);
                dialog.setReason(reason);
                if (dialog.exec() != QDialog::Accepted) {
                    return 0;
                }
                vault = dialog.takeVault();
            }
        }
    }

    // The host owns the session, so that locking can close the vault and wipe its key while the window
    // stays; it is declared after the clock and the key store it refers to.
    ui::SessionHost host(clock, &keys);
    host.start(std::make_unique<Session>(std::move(vault), clock));
    if (ui::ProfileChooserDialog::isNeeded(*host.session())) {
        ui::ProfileChooserDialog chooser(host, ui::ProfileChooserDialog::Purpose::Start);
        if (chooser.exec() != QDialog::Accepted) {
            return 0;
        }
    }
    ui::MainWindow window(host);
    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        // The first page is loaded when the window is built; give layout and painting a moment.
        QTimer::singleShot(500, &window, [&window, file] {
            if (!window.grab().save(file, "PNG")) {
                printError(Gui::tr("Cannot write the screenshot to %1.").arg(QDir::toNativeSeparators(file)));
                QApplication::exit(1);
                return;
            }
            // Crash tests: the GUI dies while it shows the vault (TestCliPlaintext looks for a core dump).
            storage::faultPoint("gui.shown");
            QApplication::quit();
        });
    }
    return QApplication::exec();
}
