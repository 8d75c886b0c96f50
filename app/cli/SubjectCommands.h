#pragma once

#include <QCoreApplication>

#include "ArgParser.h"

#include <vector>

namespace confidant::cli {

class CommandContext;

//! subject restrict|unrestrict|object and contact history (CLI.md "Privacy"), over core's
//! SubjectRightsService. Other `subject` verbs (access, erase) keep their rows in their own files.
class SubjectCommands
{
    Q_DECLARE_TR_FUNCTIONS(SubjectCommands)

public:
    //! The command table rows of these verbs, for Cli's table.
    static std::vector<CommandSpec> commands();

    static int restrict(CommandContext& ctx);
    static int unrestrict(CommandContext& ctx);
    static int object(CommandContext& ctx);
    static int history(CommandContext& ctx);
};

} // namespace confidant::cli
