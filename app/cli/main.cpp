#include "core/Translations.h"

#include <QCoreApplication>
#include <QStringList>

#include "Cli.h"

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // No organization name: the default vault is ~/.local/share/confidant/vault, the GUI's vault.
    QCoreApplication::setApplicationName(QStringLiteral("confidant"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONFIDANT_VERSION));
    confidant::installTranslations(app);

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    confidant::cli::Cli cli;
    return cli.run(arguments);
}
