#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "ArgParser.h"

#include <vector>

namespace confidant::cli {

class Output;

//! confidant-cli: the command table (CLI.md), help, and dispatch to the command handlers.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Cli();
    //! Runs one command line (without the program name) and returns the exit code.
    int run(const QStringList& arguments);

private:
    void printHelp(const ParsedLine& line, Output& out) const;
    void printOverview(Output& out) const;
    void printGroup(const QString& group, Output& out) const;
    void printCommand(const CommandSpec& command, Output& out) const;

    std::vector<CommandSpec> m_commands;
    ArgParser m_parser;
};

} // namespace confidant::cli
