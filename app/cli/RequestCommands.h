#pragma once

#include <QCoreApplication>

#include "ArgParser.h"

#include <vector>

namespace confidant::cli {

class CommandContext;

//! request add|list|show|verify|extend|update|close (CLI.md "Privacy"), over core's RequestService.
class RequestCommands
{
    Q_DECLARE_TR_FUNCTIONS(RequestCommands)

public:
    //! The command table rows of these verbs, for Cli's table.
    static std::vector<CommandSpec> commands();

    static int add(CommandContext& ctx);
    static int list(CommandContext& ctx);
    static int show(CommandContext& ctx);
    static int verify(CommandContext& ctx);
    static int extend(CommandContext& ctx);
    static int update(CommandContext& ctx);
    static int close(CommandContext& ctx);
};

} // namespace confidant::cli
