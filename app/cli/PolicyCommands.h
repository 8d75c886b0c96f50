#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "ArgParser.h"

#include <vector>

namespace confidant::cli {

class CommandContext;

//! policy generate and ropa generate (CLI.md "Privacy"): the privacy-policy draft and the record of
//! processing activities, as Markdown, CSV or PDF, on stdout or into a file written atomically with mode 0600.
class PolicyCommands
{
    Q_DECLARE_TR_FUNCTIONS(PolicyCommands)

public:
    //! The command table rows of these verbs, for Cli's table.
    static std::vector<CommandSpec> commands();

    //! Whether a command line asks for PDF output (`--format pdf`, `--format=pdf`, or pdf in a comma list),
    //! so that main() creates a QGuiApplication (offscreen) instead of a QCoreApplication.
    static bool needsGuiApplication(const QStringList& arguments);

    static int policy(CommandContext& ctx);
    static int ropa(CommandContext& ctx);
};

} // namespace confidant::cli
