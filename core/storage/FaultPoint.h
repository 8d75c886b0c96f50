#pragma once

#include <QByteArray>

#include <csignal>
#include <cstdlib>

namespace confidant::storage {

//! Whether the environment variable CONFIDANT_FAULT_POINT names this point (for a step that must prepare the
//! crash, e.g. flush what it wrote so far).
inline bool isFaultPoint(const char* name)
{
    const char* wanted = std::getenv("CONFIDANT_FAULT_POINT");
    return wanted && qstrcmp(wanted, name) == 0;
}

//! Crash injection for the crash-safety tests of key rotation, restore, import and exports: when the
//! environment variable CONFIDANT_FAULT_POINT names this point, the process kills itself here with SIGKILL,
//! exactly as a power cut or `kill -9` would. Costs one getenv per call; does nothing otherwise.
inline void faultPoint(const char* name)
{
    if (isFaultPoint(name)) {
        std::raise(SIGKILL);
    }
}

} // namespace confidant::storage
