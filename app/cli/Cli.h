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

    //! The position of the first of `argv`'s arguments (1 for the one after the program) that is not valid
    //! UTF-8, or 0 when all are. Qt would read its bytes as U+FFFD (QCoreApplication::arguments()), a value
    //! other than the one given, so main() refuses it before reading any.
    static int firstArgumentNotUtf8(int argc, const char* const* argv);
    //! Says that argument `position` is not UTF-8 (never what it holds) and returns the usage exit code (2).
    static int refuseArgumentNotUtf8(int position);

private:
    void printHelp(const ParsedLine& line, Output& out) const;
    void printOverview(Output& out) const;
    void printGroup(const QString& group, Output& out) const;
    void printCommand(const CommandSpec& command, Output& out) const;

    std::vector<CommandSpec> m_commands;
    ArgParser m_parser;
};

} // namespace confidant::cli
