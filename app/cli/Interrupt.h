#pragma once

#include <atomic>

namespace confidant::cli {

//! Ctrl+C (SIGINT), SIGTERM and SIGHUP (a closed terminal, an ssh session that dropped) for confidant-cli: one
//! handler, installed once by main(). While a Scope lives (a verb that stops cleanly: import, export, contact
//! export, backup, restore, rekey, subject access, sample-data), a signal only sets the flag that verb's work
//! reads; the verb then rolls back or removes what it wrote and exits 1 (ErrorKind::Cancelled, CLI.md
//! "Interrupting a command"). Outside a Scope a signal ends the program as it would without a handler: every
//! other write is a transaction that a kill leaves whole, and a file being written has no name yet
//! (storage::SafeFile).
class Interrupt
{
public:
    //! Installs the handler for SIGINT, SIGTERM and SIGHUP, except for a signal the caller ignores (nohup, a
    //! background job); once, before any command runs.
    static void install();
    //! The flag a Scope's work reads; core takes it as `const std::atomic_bool*`.
    static const std::atomic_bool* flag();
    //! Whether a signal arrived since the current (or last) Scope began.
    static bool requested();

    //! While it lives, a signal cancels instead of ending the program. Begins with the flag cleared. Begin
    //! it after the command's secrets are read: a read from a pipe would go on waiting through Ctrl+C.
    class Scope
    {
    public:
        Scope();
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;
    };
};

} // namespace confidant::cli
