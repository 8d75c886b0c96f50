#pragma once

#include <QCoreApplication>

namespace confidant::cli {

class CommandContext;

//! search QUERY [--limit N]: prefix search over contacts and companies (CLI.md "CRM").
class SearchCommand
{
    Q_DECLARE_TR_FUNCTIONS(SearchCommand)

public:
    static int run(CommandContext& ctx);
};

} // namespace confidant::cli
