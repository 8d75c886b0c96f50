#pragma once

#include <QCoreApplication>

namespace confidant::cli {

class CommandContext;

//! contact add|show|list|edit|delete (CLI.md "CRM"), over core's ContactService.
class ContactCommands
{
    Q_DECLARE_TR_FUNCTIONS(ContactCommands)

public:
    static int add(CommandContext& ctx);
    static int show(CommandContext& ctx);
    static int list(CommandContext& ctx);
    static int edit(CommandContext& ctx);
    static int remove(CommandContext& ctx);
};

} // namespace confidant::cli
