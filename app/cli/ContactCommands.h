#pragma once

#include <QCoreApplication>

namespace confidant::cli {

class CommandContext;

//! contact add|show|list|edit (CLI.md "CRM"), over core's ContactService. `contact delete` is an erasure:
//! ErasureCommands::deleteContact.
class ContactCommands
{
    Q_DECLARE_TR_FUNCTIONS(ContactCommands)

public:
    static int add(CommandContext& ctx);
    static int show(CommandContext& ctx);
    static int list(CommandContext& ctx);
    static int edit(CommandContext& ctx);
};

} // namespace confidant::cli
