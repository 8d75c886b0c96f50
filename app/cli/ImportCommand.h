#pragma once

#include <QCoreApplication>

namespace confidant::cli {

class CommandContext;

//! `import FILE` (CLI.md "CRM", "import"): prints the preview of a CSV or vCard file and, unless
//! --dry-run, imports it in one transaction through core's ImportService.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    static int run(CommandContext& ctx);
};

} // namespace confidant::cli
