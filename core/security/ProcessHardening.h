#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace confidant::security {

//! Keeps a crash from writing the process's memory (the vault key, a passphrase, decrypted contacts) to
//! disk: no core dump, and no ptrace attach or /proc/PID/mem read by other processes of the same user.
//! Both programs call apply() first thing in main(), before any secret is read (docs/SECURITY.md "Crash
//! dumps and process memory"). Linux only; elsewhere it does nothing.
class ProcessHardening
{
    Q_DECLARE_TR_FUNCTIONS(ProcessHardening)

public:
    //! prctl(PR_SET_DUMPABLE, 0) and RLIMIT_CORE 0 (soft and hard). Returns what could not be done, one
    //! technical line each (the call and the system's reason); empty when all held.
    static QStringList apply();
    //! The one-line warning for the user when apply() returned `failures`; translated.
    static QString warning(const QStringList& failures);
};

} // namespace confidant::security
