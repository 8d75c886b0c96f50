#include "core/security/ProcessHardening.h"
#include "core/storage/SecretBuffer.h"

#include <QFile>
#include <QTest>

#include <optional>

#ifdef __linux__
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>
#endif

using confidant::security::ProcessHardening;
using confidant::storage::SecretBuffer;

namespace {

//! This process's locked memory in kB (VmLck in /proc/self/status).
std::optional<qint64> lockedKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmLck:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return std::nullopt;
}

} // namespace

//! ProcessHardening: after apply() this process writes no core dump and other processes of the same user
//! cannot read its memory (docs/SECURITY.md "Crash dumps and process memory").
class TestProcessHardening : public QObject
{
    Q_OBJECT

private slots:
    void applyMakesTheProcessNonDumpable()
    {
#ifndef __linux__
        QSKIP("Process hardening is done on Linux only.");
#else
        const QStringList failed = ProcessHardening::apply();
        QVERIFY2(failed.isEmpty(), qPrintable(failed.join(QLatin1Char('\n'))));
        QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
        struct rlimit core = {};
        QCOMPARE(::getrlimit(RLIMIT_CORE, &core), 0);
        QCOMPARE(core.rlim_cur, rlim_t(0));
        // The hard limit too: nothing later in the process can raise it again.
        QCOMPARE(core.rlim_max, rlim_t(0));
        // A second call (both mains call it once; a library might call it again) still succeeds.
        QVERIFY(ProcessHardening::apply().isEmpty());
#endif
    }

    // Keys, passphrases and recovery codes live on pages of their own that are locked out of swap, and are
    // unlocked (after wiping) when freed; a growing secret leaves no locked or unwiped copy behind.
    void secretBytesAreLockedOutOfSwap()
    {
#ifndef __linux__
        QSKIP("Locked memory is checked on Linux only.");
#else
        struct rlimit memlock = {};
        QCOMPARE(::getrlimit(RLIMIT_MEMLOCK, &memlock), 0);
        const qint64 page = ::sysconf(_SC_PAGESIZE);
        if (::geteuid() != 0 && memlock.rlim_cur != RLIM_INFINITY && qint64(memlock.rlim_cur) < 16 * page) {
            QSKIP("RLIMIT_MEMLOCK allows fewer than 16 locked pages here; Confidant then keeps secrets unlocked.");
        }
        const auto before = lockedKb();
        QVERIFY(before);
        {
            SecretBuffer key = SecretBuffer::random(32);
            QCOMPARE(key.size(), std::size_t(32));
            const auto withKey = lockedKb();
            QVERIFY(withKey);
            QCOMPARE(*withKey - *before, page / 1024);
            // Appending grows into new locked pages and frees (wiped, unlocked) the old ones.
            for (int i = 0; i < 100; ++i) {
                key.append("0123456789abcdef", 16);
            }
            QCOMPARE(key.size(), std::size_t(32 + 1600));
            QCOMPARE(*lockedKb() - *before, page / 1024);
            SecretBuffer big(3 * std::size_t(page));
            QCOMPARE(*lockedKb() - *before, 4 * page / 1024);
        }
        QCOMPARE(*lockedKb(), *before);
#endif
    }

    void warningNamesWhatFailed()
    {
        const QString text = ProcessHardening::warning({QStringLiteral("prctl(PR_SET_DUMPABLE, 0): Invalid argument")});
        QVERIFY(text.contains(QLatin1String("prctl(PR_SET_DUMPABLE, 0): Invalid argument")));
        QVERIFY(!text.contains(QLatin1Char('\n')));
    }
};

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "TestProcessHardening.moc"
