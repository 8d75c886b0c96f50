#include "ProcessHardening.h"

#ifdef __linux__
#include <sys/prctl.h>
#include <sys/resource.h>

#include <cerrno>
#include <cstring>
#endif

namespace confidant::security {

namespace {

#ifdef __linux__
QString failure(const char* call)
{
    return QString::fromLatin1(call) + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(errno));
}
#endif

} // namespace

QStringList ProcessHardening::apply()
{
    QStringList failed;
#ifdef __linux__
    // Not dumpable: no core file, and /proc/PID/mem, ptrace and process_vm_readv are closed to other processes
    // of the same user (root keeps them).
    if (::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
        failed.append(failure("prctl(PR_SET_DUMPABLE, 0)"));
    }
    // Also a core limit of 0, hard as well, for a kernel whose core_pattern pipes dumps of any process to a
    // handler; lowering a limit is always allowed.
    const struct rlimit none = {0, 0};
    if (::setrlimit(RLIMIT_CORE, &none) != 0) {
        failed.append(failure("setrlimit(RLIMIT_CORE, 0)"));
    }
#endif
    return failed;
}

QString ProcessHardening::warning(const QStringList& failures)
{
    return tr("Crash dumps could not be switched off (%1); a crash could leave decrypted data on disk.")
        .arg(failures.join(QStringLiteral("; ")));
}

} // namespace confidant::security
