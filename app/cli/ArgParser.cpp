#include "ArgParser.h"

#include <QRegularExpression>

namespace confidant::cli {

namespace {

// A mistyped word may be a name or an email: echo it only when it looks like a command or option name.
QString echoable(const QString& word)
{
    static const QRegularExpression plain(QStringLiteral("^-{0,2}[a-z][a-z0-9-]{0,30}$"));
    return plain.match(word).hasMatch() ? word : QStringLiteral("…");
}

bool looksLikeOption(const QString& word)
{
    return word.size() > 1 && word.startsWith(QLatin1Char('-'));
}

const OptionSpec* findOption(const std::vector<OptionSpec>& options, const QString& name)
{
    for (const auto& option : options) {
        if (name == QLatin1String(option.name)) {
            return &option;
        }
    }
    return nullptr;
}

} // namespace

ArgParser::ArgParser(const std::vector<CommandSpec>& commands, const QStringList& notBuilt)
    : m_commands(commands)
    , m_notBuilt(notBuilt)
{
}

const std::vector<OptionSpec>& ArgParser::globalOptions()
{
    static const std::vector<OptionSpec> options = {
        {"vault",
         OptionSpec::Kind::Value,
         "DIR",
         QT_TRANSLATE_NOOP("CommandHelp", "the vault folder (default: the GUI's vault)")},
        {"passphrase-stdin",
         OptionSpec::Kind::Flag,
         nullptr,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "read the passphrase or recovery code from line 1 of standard input, and the profile's PIN "
                           "(when it has one) from line 2")},
        {"profile",
         OptionSpec::Kind::Value,
         "NAME",
         QT_TRANSLATE_NOOP("CommandHelp",
                           "act as this operator profile (default: the owner); its PIN, when it has one, comes on "
                           "the next line of standard input")},
        {"json",
         OptionSpec::Kind::Flag,
         nullptr,
         QT_TRANSLATE_NOOP("CommandHelp", "print one JSON document on stdout")},
        {"version", OptionSpec::Kind::Flag, nullptr, QT_TRANSLATE_NOOP("CommandHelp", "print the version and exit")},
        {"help", OptionSpec::Kind::Flag, nullptr, QT_TRANSLATE_NOOP("CommandHelp", "print this help and exit")},
    };
    return options;
}

bool ArgParser::isGroup(const QString& verb) const
{
    const QString prefix = verb + QLatin1Char(' ');
    for (const auto& command : m_commands) {
        if (QLatin1String(command.path).startsWith(prefix)) {
            return true;
        }
    }
    return false;
}

QStringList ArgParser::subVerbs(const QString& group) const
{
    QStringList out;
    const QString prefix = group + QLatin1Char(' ');
    for (const auto& command : m_commands) {
        const QString path = QString::fromLatin1(command.path);
        if (path.startsWith(prefix)) {
            out.append(path.mid(prefix.size()));
        }
    }
    return out;
}

const CommandSpec* ArgParser::find(const QString& path) const
{
    for (const auto& command : m_commands) {
        if (path == QLatin1String(command.path)) {
            return &command;
        }
    }
    return nullptr;
}

ParsedLine ArgParser::parse(const QStringList& arguments) const
{
    ParsedLine p;
    bool endOfOptions = false;
    bool wantSubVerb = false;
    // Only the first usage error is reported; parsing goes on so that a later --help still counts.
    auto fail = [&p](const QString& message) {
        if (p.error.isEmpty()) {
            p.error = message;
        }
    };
    auto where = [&p]() {
        return p.command ? QStringLiteral("confidant-cli %1").arg(QLatin1String(p.command->path))
                         : QStringLiteral("confidant-cli");
    };

    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& word = arguments.at(i);
        if (!endOfOptions && word == QLatin1String("--")) {
            endOfOptions = true;
            continue;
        }
        if (!endOfOptions && looksLikeOption(word)) {
            QString name;
            std::optional<QString> inlineValue;
            if (word == QLatin1String("-h")) {
                name = QStringLiteral("help");
            } else if (word.startsWith(QLatin1String("--"))) {
                const qsizetype eq = word.indexOf(QLatin1Char('='));
                name = word.mid(2, eq < 0 ? -1 : eq - 2);
                if (eq >= 0) {
                    inlineValue = word.mid(eq + 1);
                }
            } else {
                fail(tr("Unknown option %1; see %2 --help.").arg(echoable(word), where()));
                continue;
            }
            const OptionSpec* global = findOption(globalOptions(), name);
            const OptionSpec* own = p.command ? findOption(p.command->options, name) : nullptr;
            const OptionSpec* spec = own ? own : global;
            if (!spec) {
                fail(tr("Unknown option --%1; see %2 --help.").arg(echoable(name), where()));
                continue;
            }
            if (spec->kind == OptionSpec::Kind::Flag) {
                if (inlineValue) {
                    fail(tr("The option --%1 takes no value.").arg(name));
                    continue;
                }
                if (!own) {
                    if (name == QLatin1String("passphrase-stdin")) {
                        p.global.passphraseStdin = true;
                    } else if (name == QLatin1String("json")) {
                        p.global.json = true;
                    } else if (name == QLatin1String("version")) {
                        p.global.version = true;
                    } else if (name == QLatin1String("help")) {
                        p.global.help = true;
                    }
                } else {
                    p.invocation.m_flags.insert(name);
                }
                continue;
            }
            QString value;
            if (inlineValue) {
                value = *inlineValue;
            } else if (i + 1 < arguments.size() && !arguments.at(i + 1).startsWith(QLatin1String("--"))) {
                value = arguments.at(++i);
            } else {
                fail(tr("The option --%1 needs a value (%2).").arg(name, QLatin1String(spec->valueName)));
                continue;
            }
            if (!own) {
                if (name == QLatin1String("vault")) {
                    if (!p.global.vault.isEmpty()) {
                        fail(tr("The option --vault is given more than once."));
                    } else if (value.isEmpty()) {
                        fail(tr("The option --vault needs a folder."));
                    }
                    p.global.vault = value;
                } else if (name == QLatin1String("profile")) {
                    if (p.global.profile) {
                        fail(tr("The option --profile is given more than once."));
                    }
                    p.global.profile = value;
                }
                continue;
            }
            QStringList& slot = p.invocation.m_values[name];
            if (spec->kind == OptionSpec::Kind::Value && !slot.isEmpty()) {
                fail(tr("The option --%1 is given more than once.").arg(name));
                continue;
            }
            slot.append(value);
            continue;
        }

        // A positional word: the verb, then the sub-verb, then the command's arguments.
        if (p.verb.isEmpty() && !p.command) {
            if (m_notBuilt.contains(word)) {
                p.error = tr("'%1' is not available in this version yet.").arg(word);
                p.verbError = true;
                return p;
            }
            if (isGroup(word)) {
                p.verb = word;
                wantSubVerb = true;
            } else if (const CommandSpec* command = find(word)) {
                p.verb = word;
                p.command = command;
            } else {
                p.error = tr("Unknown command '%1'; see confidant-cli --help.").arg(echoable(word));
                p.verbError = true;
                return p;
            }
            continue;
        }
        if (wantSubVerb) {
            wantSubVerb = false;
            p.command = find(p.verb + QLatin1Char(' ') + word);
            if (!p.command) {
                p.error = tr("Unknown command '%1 %2'; choose one of: %3.")
                              .arg(p.verb, echoable(word), subVerbs(p.verb).join(QStringLiteral(", ")));
                p.verbError = true;
                return p;
            }
            continue;
        }
        p.invocation.arguments.append(word);
    }

    if (p.global.help || p.global.version || !p.error.isEmpty()) {
        return p;
    }
    if (p.verb.isEmpty()) {
        p.error = tr("No command given; see confidant-cli --help.");
        return p;
    }
    if (!p.command) {
        p.error = tr("'%1' needs one of: %2; see confidant-cli %1 --help.")
                      .arg(p.verb, subVerbs(p.verb).join(QStringLiteral(", ")));
        return p;
    }
    const auto count = p.invocation.arguments.size();
    const QString path = QLatin1String(p.command->path);
    if (count < p.command->minArguments) {
        p.error = tr("'%1' needs %2; see confidant-cli %1 --help.").arg(path, QLatin1String(p.command->arguments));
    } else if (p.command->maxArguments >= 0 && count > p.command->maxArguments) {
        // The extra word may be personal data (a name typed without its option): never echo it.
        p.error = p.command->maxArguments == 0
            ? tr("'%1' takes no arguments besides its options; quote values that contain spaces.").arg(path)
            : tr("'%1' takes only %2; quote values that contain spaces.")
                  .arg(path, QLatin1String(p.command->arguments));
    }
    return p;
}

} // namespace confidant::cli
