#pragma once

#include <QCoreApplication>

namespace confidant::cli {

class CommandContext;

//! backup, restore, rekey, check (CLI.md "Vault") and the exports (CLI.md "CRM").
class MaintenanceCommands
{
    Q_DECLARE_TR_FUNCTIONS(MaintenanceCommands)

public:
    static int backup(CommandContext& ctx);
    static int restore(CommandContext& ctx);
    static int rekey(CommandContext& ctx);
    static int check(CommandContext& ctx);
    //! `lock` belongs to the GUI: a command holds no session between runs. Exit 2 with a pointer.
    static int lock(CommandContext& ctx);
    static int exportContacts(CommandContext& ctx);
    static int contactExport(CommandContext& ctx);
};

} // namespace confidant::cli
