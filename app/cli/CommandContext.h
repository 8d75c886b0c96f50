#pragma once

#include "core/Clock.h"
#include "core/DateInput.h"
#include "core/Result.h"
#include "core/Session.h"
#include "core/storage/KeyStore.h"
#include "core/storage/SecretBuffer.h"

#include <QCoreApplication>
#include <QString>

#include "ArgParser.h"
#include "ExitCode.h"
#include "Output.h"

#include <memory>
#include <optional>

namespace confidant::cli {

//! What a command handler works with: the parsed line, the output, and the vault, unlocked on demand
//! with --passphrase-stdin or the OS keychain.
class CommandContext
{
    Q_DECLARE_TR_FUNCTIONS(CommandContext)

public:
    CommandContext(const GlobalOptions& global, const Invocation& invocation, Output& output, const Clock& clock);
    ~CommandContext();

    const GlobalOptions& global() const
    {
        return m_global;
    }
    const Invocation& args() const
    {
        return m_invocation;
    }
    Output& out()
    {
        return m_output;
    }
    const Clock& clock() const
    {
        return m_clock;
    }
    storage::QtKeychainStore& keychain()
    {
        return m_keychain;
    }
    //! The absolute vault folder: --vault, or the GUI's default vault.
    QString vaultDirectory() const;

    //! Unlocks the vault (once) and wires its services. On failure the error has been reported and
    //! `exitCode()` says how to leave.
    Session* session();
    //! Privacy-relevant reads of this command that a read-only vault could not record in its audit trail.
    int unrecordedReads() const
    {
        return m_session ? m_session->gate().unrecordedReads() : 0;
    }
    int exitCode() const
    {
        return toInt(m_exitCode);
    }

    //! What a secret line of standard input holds; only for the message about an overlong line.
    enum class SecretLine
    {
        Passphrase, //!< the passphrase or recovery code (line 1)
        Pin, //!< a profile PIN (the next unread line)
    };

    //! The next line of standard input as a secret (trailing CR/LF removed). On a terminal it prompts on
    //! stderr with echo off. Reads byte by byte and never consumes more than that one line. Invalid when
    //! the line is longer than any passphrase could be.
    Result<storage::SecretBuffer> readSecretLine(const QString& prompt, SecretLine kind = SecretLine::Passphrase);

    //! Reports `error` (its message, plus a hint for the command line, or `hint` when given) and returns
    //! its exit code.
    int fail(const Error& error, const std::optional<QString>& hint = std::nullopt);
    //! Reports a usage error and returns 2.
    int usage(const QString& message);

    //! A whole number option in [minimum, maximum]; reports a usage error and returns nullopt when the
    //! value is not one. `fallback` when the option is absent.
    std::optional<qint64> intOption(const QString& name, qint64 fallback, qint64 minimum, qint64 maximum);
    //! A date or time option, read by the one rule of CLI.md "Dates and times" (DateInput); nullopt when
    //! absent. Reports a usage error (exit 2) and sets `ok` to false when the value is neither.
    std::optional<DateInput> timeOption(const QString& name, bool& ok);
    //! A calendar-day option (`YYYY-MM-DD` alone, CLI.md "Dates and times"): a close date, a birthday. nullopt
    //! when absent; an empty value is an invalid QDate (clear the field) when `emptyClears`. Reports a usage
    //! error (exit 2) and sets `ok` to false for anything else, a day that does not exist included.
    std::optional<QDate> dayOption(const QString& name, bool& ok, bool emptyClears = true);

private:
    QString hintFor(const Error& error) const;
    //! Switches `session` to the --profile (or keeps the owner), reading its PIN when it has one; reports
    //! and returns false when that fails.
    bool actAsProfile(Session& session);

    const GlobalOptions& m_global;
    const Invocation& m_invocation;
    Output& m_output;
    const Clock& m_clock;
    storage::QtKeychainStore m_keychain;
    std::unique_ptr<Session> m_session;
    ExitCode m_exitCode = ExitCode::Ok;
};

} // namespace confidant::cli
