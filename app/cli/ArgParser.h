#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace confidant::cli {

class CommandContext;

//! One option of a command. `help` is untranslated source text in the `context` context.
struct OptionSpec
{
    enum class Kind
    {
        Flag, //!< no value
        Value, //!< one value, at most once
        List, //!< repeatable; every occurrence adds a value
    };
    const char* name; //!< without the leading dashes
    Kind kind;
    const char* valueName; //!< shown in help ("DIR"); nullptr for flags
    const char* help;
    const char* context = "CommandHelp"; //!< the translation context of `help` ("FieldRegistry" for a label)
    const char* note = nullptr; //!< more help after `help`, in the "CommandHelp" context
};

using Handler = int (*)(CommandContext&);

//! One verb (`info`) or verb with sub-verb (`contact add`) of confidant-cli (CLI.md).
struct CommandSpec
{
    const char* path; //!< "info", "contact add"
    const char* arguments; //!< positional arguments for the usage line ("CONTACT"), or ""
    int minArguments;
    int maxArguments; //!< -1: any number
    const char* summary; //!< one line, untranslated
    std::vector<OptionSpec> options;
    Handler handler;
    const char* usageTail = ""; //!< extra usage text after the options (untranslated), e.g. required options
};

//! Options that every command accepts, before or after the verb (CLI.md "Global options").
struct GlobalOptions
{
    QString vault;
    bool passphraseStdin = false;
    std::optional<QString> profile;
    bool json = false;
    bool help = false;
    bool version = false;
};

//! What the command itself was given: positional arguments, option values and flags.
class Invocation
{
public:
    QStringList arguments;

    bool has(const QString& option) const
    {
        return m_values.contains(option) || m_flags.contains(option);
    }
    bool flag(const QString& option) const
    {
        return m_flags.contains(option);
    }
    //! The value of a Value option; nullopt when it was not given.
    std::optional<QString> value(const QString& option) const
    {
        const auto it = m_values.constFind(option);
        if (it == m_values.constEnd() || it->isEmpty()) {
            return std::nullopt;
        }
        return it->constLast();
    }
    //! Every value of a List option, in order.
    QStringList values(const QString& option) const
    {
        return m_values.value(option);
    }

private:
    friend class ArgParser;
    QHash<QString, QStringList> m_values;
    QSet<QString> m_flags;
};

//! The outcome of parsing the command line.
struct ParsedLine
{
    GlobalOptions global;
    //! The first word when it names a known verb or verb group ("contact"); empty otherwise.
    QString verb;
    //! The full command, once verb (and sub-verb) are known.
    const CommandSpec* command = nullptr;
    Invocation invocation;
    //! A usage error (exit 2); empty when the line is fine.
    QString error;
    //! The error comes from the verb itself (unknown or not built yet): --help cannot help there.
    bool verbError = false;
};

//! Our own small parser: `confidant-cli [global options] VERB [SUB-VERB] [options] [arguments]`, with global
//! options also after the verb, `--name value` or `--name=value`, and `--` ending the options.
class ArgParser
{
    Q_DECLARE_TR_FUNCTIONS(ArgParser)

public:
    ArgParser(const std::vector<CommandSpec>& commands, const QStringList& notBuilt);

    ParsedLine parse(const QStringList& arguments) const;

    const std::vector<CommandSpec>& commands() const
    {
        return m_commands;
    }
    //! True when `verb` has sub-verbs (`contact`, `company`).
    bool isGroup(const QString& verb) const;
    //! The sub-verbs of a group, in table order.
    QStringList subVerbs(const QString& group) const;
    const CommandSpec* find(const QString& path) const;
    bool isNotBuilt(const QString& verb) const
    {
        return m_notBuilt.contains(verb);
    }
    static const std::vector<OptionSpec>& globalOptions();

private:
    const std::vector<CommandSpec>& m_commands;
    QStringList m_notBuilt;
};

} // namespace confidant::cli
