#pragma once

#include <QCoreApplication>

namespace confidant::cli {

class CommandContext;

//! filter list|add|delete (CLI.md "CRM"): saved filters that `export --filter` and the GUI use.
class FilterCommands
{
    Q_DECLARE_TR_FUNCTIONS(FilterCommands)

public:
    static int list(CommandContext& ctx);
    static int add(CommandContext& ctx);
    static int remove(CommandContext& ctx);
};

} // namespace confidant::cli
