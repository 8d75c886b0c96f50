#pragma once

#include <QByteArray>

#include <csignal>
#include <cstdlib>

namespace confidant::storage {

//! Crash injection for the crash-safety tests of key rotation and restore: when the environment
//! variable CONFIDANT_FAULT_POINT names this point, the process kills itself here with SIGKILL, exactly
//! as a power cut or `kill -9` would. Costs one getenv per call; does nothing otherwise.
inline void faultPoint(const char* name)
{
    const char* wanted = std::getenv("CONFIDANT_FAULT_POINT");
    if (wanted && qstrcmp(wanted, name) == 0) {
        std::raise(SIGKILL);
    }
}

} // namespace confidant::storage
