#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "ArgParser.h"

#include <vector>

namespace confidant::cli {

class CommandContext;

//! subject access (CLI.md "Privacy"), over core's AccessPackage: the subject access and portability package.
class AccessCommands
{
    Q_DECLARE_TR_FUNCTIONS(AccessCommands)

public:
    //! The command table rows of these verbs, for Cli's table.
    static std::vector<CommandSpec> commands();
    //! Whether `arguments` run `subject access` with PDF among its formats (the default): main() then
    //! creates a QGuiApplication on the offscreen platform.
    static bool needsGuiApplication(const QStringList& arguments);

    static int access(CommandContext& ctx);
};

} // namespace confidant::cli
