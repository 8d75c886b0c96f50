#pragma once

#include <QCoreApplication>

namespace confidant::cli {

class CommandContext;

//! The vault verbs: init, info, sample-data (CLI.md "Vault").
class VaultCommands
{
    Q_DECLARE_TR_FUNCTIONS(VaultCommands)

public:
    static int init(CommandContext& ctx);
    static int info(CommandContext& ctx);
    static int sampleData(CommandContext& ctx);
};

} // namespace confidant::cli
