#include "Interrupt.h"

#include <csignal>

namespace confidant::cli {

namespace {

// Lock-free, so that the handler may touch them (async-signal-safe).
std::atomic_bool g_requested {false};
std::atomic_int g_scopes {0};
static_assert(std::atomic_bool::is_always_lock_free && std::atomic_int::is_always_lock_free);

extern "C" void onSignal(int signal)
{
    if (g_scopes.load() > 0) {
        g_requested.store(true);
        return;
    }
    // No verb that stops cleanly is running: end as the signal would have without this handler (the
    // signal is blocked until the handler returns, then delivered with its default action).
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

} // namespace

void Interrupt::install()
{
    for (const int signal : {SIGINT, SIGTERM, SIGHUP}) {
        struct sigaction previous
        {
        };
        if (::sigaction(signal, nullptr, &previous) == 0 && previous.sa_handler == SIG_IGN) {
            continue;
        }
        struct sigaction action
        {
        };
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART; // as std::signal: an interrupted read goes on; the verb polls the flag
        ::sigaction(signal, &action, nullptr);
    }
}

const std::atomic_bool* Interrupt::flag()
{
    return &g_requested;
}

bool Interrupt::requested()
{
    return g_requested.load();
}

Interrupt::Scope::Scope()
{
    g_requested.store(false);
    g_scopes.fetch_add(1);
}

Interrupt::Scope::~Scope()
{
    g_scopes.fetch_sub(1);
}

} // namespace confidant::cli
