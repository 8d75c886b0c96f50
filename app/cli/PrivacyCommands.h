#pragma once

#include <QCoreApplication>

#include "ArgParser.h"

#include <vector>

namespace confidant::cli {

class CommandContext;

//! purpose list|show|add|edit|archive|unarchive and consent grant|withdraw|refresh|history|state|due
//! (CLI.md "Privacy"), over core's PurposeService and ConsentService.
class PrivacyCommands
{
    Q_DECLARE_TR_FUNCTIONS(PrivacyCommands)

public:
    //! The command table rows of these verbs, for Cli's table.
    static std::vector<CommandSpec> commands();

    static int purposeList(CommandContext& ctx);
    static int purposeShow(CommandContext& ctx);
    static int purposeAdd(CommandContext& ctx);
    static int purposeEdit(CommandContext& ctx);
    static int purposeArchive(CommandContext& ctx);
    static int purposeUnarchive(CommandContext& ctx);
    static int consentGrant(CommandContext& ctx);
    static int consentWithdraw(CommandContext& ctx);
    static int consentRefresh(CommandContext& ctx);
    static int consentHistory(CommandContext& ctx);
    static int consentState(CommandContext& ctx);
    static int consentDue(CommandContext& ctx);
};

} // namespace confidant::cli
