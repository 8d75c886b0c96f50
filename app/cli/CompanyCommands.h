#pragma once

#include <QCoreApplication>

namespace confidant::cli {

class CommandContext;

//! company add|show|list|edit|delete (CLI.md "CRM"), over core's CompanyService.
class CompanyCommands
{
    Q_DECLARE_TR_FUNCTIONS(CompanyCommands)

public:
    static int add(CommandContext& ctx);
    static int show(CommandContext& ctx);
    static int list(CommandContext& ctx);
    static int edit(CommandContext& ctx);
    static int remove(CommandContext& ctx);
};

} // namespace confidant::cli
