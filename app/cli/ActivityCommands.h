#pragma once

#include <QCoreApplication>

namespace confidant::cli {

class CommandContext;

//! activity add|list and task add|list|done (CLI.md "CRM"), over core's ActivityService.
class ActivityCommands
{
    Q_DECLARE_TR_FUNCTIONS(ActivityCommands)

public:
    static int add(CommandContext& ctx);
    static int list(CommandContext& ctx);
    static int taskAdd(CommandContext& ctx);
    static int taskList(CommandContext& ctx);
    static int taskDone(CommandContext& ctx);
};

} // namespace confidant::cli
