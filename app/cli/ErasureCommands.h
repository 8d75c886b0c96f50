#pragma once

#include <QCoreApplication>

#include "ArgParser.h"

#include <vector>

namespace confidant::cli {

class CommandContext;

//! subject erase|erase-queue|redact-mention, contact delete, suppression check, hold add|list|release (CLI.md
//! "Privacy"), over core's ErasureService, Suppression and LegalHoldService.
class ErasureCommands
{
    Q_DECLARE_TR_FUNCTIONS(ErasureCommands)

public:
    //! The command table rows of these verbs, for Cli's table.
    static std::vector<CommandSpec> commands();

    static int erase(CommandContext& ctx);
    //! `contact delete CONTACT [--yes]`: the plain delete, an erasure (ErasureService::deleteContact).
    static int deleteContact(CommandContext& ctx);
    //! `subject redact-mention CONTACT ENTITY-TYPE UID FIELD`: redacts a mention the erasure preview lists
    //! (ErasureService::redactMention).
    static int redactMention(CommandContext& ctx);
    //! `subject erase-queue [--all]`: what legal holds keep back from erasures.
    static int eraseQueue(CommandContext& ctx);
    static int suppressionCheck(CommandContext& ctx);
    static int holdAdd(CommandContext& ctx);
    static int holdList(CommandContext& ctx);
    static int holdRelease(CommandContext& ctx);
};

} // namespace confidant::cli
