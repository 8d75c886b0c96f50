#include "core/security/ProcessHardening.h"

#include <QTest>

#ifdef __linux__
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

using confidant::security::ProcessHardening;

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

    void warningNamesWhatFailed()
    {
        const QString text = ProcessHardening::warning({QStringLiteral("prctl(PR_SET_DUMPABLE, 0): Invalid argument")});
        QVERIFY(text.contains(QLatin1String("prctl(PR_SET_DUMPABLE, 0): Invalid argument")));
        QVERIFY(!text.contains(QLatin1Char('\n')));
    }
};

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "TestProcessHardening.moc"
