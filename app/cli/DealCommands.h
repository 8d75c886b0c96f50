#pragma once

#include <QCoreApplication>

#include "ArgParser.h"

#include <vector>

namespace confidant::cli {

class CommandContext;

//! deal add|show|list|edit|move|won|lost|delete|history and pipeline list|add|stage-add|stage-edit|
//! stage-remove (CLI.md "CRM"), over core's DealService and PipelineService.
class DealCommands
{
    Q_DECLARE_TR_FUNCTIONS(DealCommands)

public:
    //! The command table rows of these verbs, for Cli's table.
    static std::vector<CommandSpec> commands();

    static int add(CommandContext& ctx);
    static int show(CommandContext& ctx);
    static int list(CommandContext& ctx);
    static int edit(CommandContext& ctx);
    static int move(CommandContext& ctx);
    static int won(CommandContext& ctx);
    static int lost(CommandContext& ctx);
    static int remove(CommandContext& ctx);
    static int history(CommandContext& ctx);
    static int pipelineList(CommandContext& ctx);
    static int pipelineAdd(CommandContext& ctx);
    static int stageAdd(CommandContext& ctx);
    static int stageEdit(CommandContext& ctx);
    static int stageRemove(CommandContext& ctx);
};

} // namespace confidant::cli
