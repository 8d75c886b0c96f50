#pragma once

#include <QCoreApplication>

namespace confidant::cli {

class CommandContext;

//! audit verify|list|export (CLI.md "Security"), over core's AuditService: each needs "view audit".
class AuditCommands
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommands)

public:
    static int verify(CommandContext& ctx);
    static int list(CommandContext& ctx);
    static int exportCsv(CommandContext& ctx);
};

} // namespace confidant::cli
