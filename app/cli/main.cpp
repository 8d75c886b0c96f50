#include "core/Translations.h"
#include "core/security/ProcessHardening.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QStringList>

#include "AccessCommands.h"
#include "Cli.h"
#include "Interrupt.h"
#include "Output.h"
#include "PolicyCommands.h"

#include <memory>

int main(int argc, char* argv[])
{
    // Before anything reads a secret: no core dump of the key, a passphrase or decrypted contacts.
    const QStringList notHardened = confidant::security::ProcessHardening::apply();
    // Checked on the bytes, before Qt turns what is not UTF-8 into U+FFFD; refused once messages are translated.
    const int notUtf8 = confidant::cli::Cli::firstArgumentNotUtf8(argc, argv);
    QStringList raw;
    for (int i = 1; i < argc; ++i) {
        raw.append(QString::fromLocal8Bit(argv[i]));
    }
    // PDF needs Qt GUI (fonts, the paint engine), which needs a platform plugin. Only commands that write PDF
    // get a QGuiApplication, always on "offscreen" so that no display is ever needed or touched; everything
    // else stays a QCoreApplication, which cannot fail for want of a plugin (docs/DECISIONS.md).
    std::unique_ptr<QCoreApplication> app;
    if (confidant::cli::PolicyCommands::needsGuiApplication(raw)
        || confidant::cli::AccessCommands::needsGuiApplication(raw)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // Qt GUI's start-up chatter ("XDG_RUNTIME_DIR not set" …) is no message for the user of a CLI, whose
        // stderr carries one line per problem (CLI.md); critical messages still come through, and
        // QT_LOGGING_RULES can turn the rest back on for debugging.
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false\n*.warning=false"));
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // No organization name: the default vault is ~/.local/share/confidant/vault, the GUI's vault.
    QCoreApplication::setApplicationName(QStringLiteral("confidant"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONFIDANT_VERSION));
    confidant::installTranslations(*app);
    if (!notHardened.isEmpty()) {
        confidant::cli::Output::message(confidant::security::ProcessHardening::warning(notHardened));
    }
    if (notUtf8 > 0) {
        return confidant::cli::Cli::refuseArgumentNotUtf8(notUtf8);
    }

    // One handler for Ctrl+C, SIGTERM and SIGHUP: the long verbs cancel cleanly, everything else ends as it would.
    confidant::cli::Interrupt::install();

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    confidant::cli::Cli cli;
    return cli.run(arguments);
}
