#pragma once

#include "core/Result.h"

namespace confidant::cli {

//! confidant-cli's exit codes (CLI.md "Exit codes"); scripts rely on them. The desktop app exits with the
//! same codes when it cannot open a vault (app/gui/main.cpp): one failure, one code.
enum class ExitCode
{
    Ok = 0,
    Failure = 1, //!< I/O, disk full, internal, conflict, cancelled
    Usage = 2, //!< unknown verb or option, missing argument
    CannotUnlock = 3, //!< wrong passphrase / recovery code, key missing from the keychain, no keychain
    Damaged = 4, //!< vault damaged, not a vault, or one this build cannot open (the file is left untouched)
    NotFound = 5,
    Denied = 6,
    Invalid = 7, //!< a value that does not validate; nothing was written
    Busy = 8, //!< another Confidant kept the vault locked for writing past the busy timeout; nothing was changed
};

inline int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

//! The exit code for a core error, by kind only: never by parsing the message.
inline ExitCode exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::NotFound:
        return ExitCode::NotFound;
    case ErrorKind::Invalid:
        return ExitCode::Invalid;
    case ErrorKind::Denied:
        return ExitCode::Denied;
    case ErrorKind::WrongKey:
    case ErrorKind::Locked:
    case ErrorKind::NoKeychain:
        return ExitCode::CannotUnlock;
    case ErrorKind::Corrupt:
    case ErrorKind::Unsupported: // written by a newer Confidant: left untouched, like a damaged vault
        return ExitCode::Damaged;
    case ErrorKind::Busy:
        return ExitCode::Busy;
    case ErrorKind::Conflict:
    case ErrorKind::DiskFull:
    case ErrorKind::Io:
    case ErrorKind::Cancelled:
        return ExitCode::Failure;
    }
    return ExitCode::Failure;
}

} // namespace confidant::cli
