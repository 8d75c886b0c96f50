#pragma once

#include <QCoreApplication>

#include "ArgParser.h"

#include <vector>

namespace confidant::cli {

class CommandContext;

//! processor list|show|add|edit|archive, controller show|set and field list|set (CLI.md "Privacy"): the
//! registers the privacy policy and the record of processing are built from.
class RegisterCommands
{
    Q_DECLARE_TR_FUNCTIONS(RegisterCommands)

public:
    //! The command table rows of these verbs, for Cli's table.
    static std::vector<CommandSpec> commands();

    static int processorList(CommandContext& ctx);
    static int processorShow(CommandContext& ctx);
    static int processorAdd(CommandContext& ctx);
    static int processorEdit(CommandContext& ctx);
    static int processorArchive(CommandContext& ctx);
    static int controllerShow(CommandContext& ctx);
    static int controllerSet(CommandContext& ctx);
    static int fieldList(CommandContext& ctx);
    static int fieldSet(CommandContext& ctx);
};

} // namespace confidant::cli
