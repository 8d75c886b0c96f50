#pragma once

#include <QCoreApplication>

namespace confidant::cli {

class CommandContext;

//! profile add|list|remove|role|pin (CLI.md "Security"), over core's ProfileService, which checks the
//! acting profile's permissions (a denial is exit 6 and audited).
class ProfileCommands
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommands)

public:
    static int add(CommandContext& ctx);
    static int list(CommandContext& ctx);
    static int remove(CommandContext& ctx);
    static int role(CommandContext& ctx);
    static int pin(CommandContext& ctx);
};

} // namespace confidant::cli
