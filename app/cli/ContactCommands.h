#pragma once

#include <QCoreApplication>

#include "ArgParser.h"

#include <vector>

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

    //! The options of `contact add` and `contact edit` that set a field: one per contact field of the field
    //! registry a person enters (FieldRegistry::enteredFieldsOf), named like it, its label as the help. A
    //! registry field this code cannot set has no option, which TestCliAgreement reports.
    static const std::vector<OptionSpec>& fieldOptions();
};

} // namespace confidant::cli
