#pragma once

#include <QByteArray>

#include <csignal>
#include <cstdlib>

namespace confidant::storage {

//! What CONFIDANT_FAULT_POINT asks of the point `name`: nothing, a SIGKILL ("NAME"), or a SIGSEGV
//! ("NAME:segv", a crash as a bug would make one, for the tests that look for core dumps).
inline int faultSignal(const char* name)
{
    const char* wanted = std::getenv("CONFIDANT_FAULT_POINT");
    if (!wanted) {
        return 0;
    }
    const QByteArray w(wanted);
    if (w == name) {
        return SIGKILL;
    }
    return w == QByteArray(name) + ":segv" ? SIGSEGV : 0;
}

//! Whether the environment variable CONFIDANT_FAULT_POINT names this point (for a step that must prepare the
//! crash, e.g. flush what it wrote so far).
inline bool isFaultPoint(const char* name)
{
    return faultSignal(name) != 0;
}

//! Crash injection for the crash-safety tests of key rotation, restore, import and exports: when the
//! environment variable CONFIDANT_FAULT_POINT names this point, the process kills itself here with SIGKILL,
//! exactly as a power cut or `kill -9` would (or with SIGSEGV for "NAME:segv"). Costs one getenv per call;
//! does nothing otherwise.
inline void faultPoint(const char* name)
{
    if (const int signal = faultSignal(name)) {
        std::raise(signal);
    }
}

} // namespace confidant::storage
