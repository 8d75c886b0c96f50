#pragma once

#include <QCoreApplication>

#include "ArgParser.h"

#include <vector>

namespace confidant::cli {

class CommandContext;

//! notice list|add|edit|publish|show|delete|ack|acks|stale (CLI.md "Privacy"), over core's NoticeService.
class NoticeCommands
{
    Q_DECLARE_TR_FUNCTIONS(NoticeCommands)

public:
    //! The command table rows of these verbs, for Cli's table.
    static std::vector<CommandSpec> commands();

    static int list(CommandContext& ctx);
    static int add(CommandContext& ctx);
    static int edit(CommandContext& ctx);
    static int publish(CommandContext& ctx);
    static int show(CommandContext& ctx);
    static int remove(CommandContext& ctx);
    static int ack(CommandContext& ctx);
    static int acks(CommandContext& ctx);
    static int stale(CommandContext& ctx);
};

} // namespace confidant::cli
