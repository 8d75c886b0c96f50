#pragma once

#include "core/Result.h"
#include "core/storage/SecretBuffer.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace confidant::security {

//! What a profile PIN must be, and how long a profile waits after wrong ones (docs/SECURITY.md "PINs"). A PIN
//! guards a profile among people sharing a vault; with the waits (ProfileService::authenticate) six characters
//! that are no pattern keep a guesser busy for years, where four digits would fall in weeks.
class PinPolicy
{
    Q_DECLARE_TR_FUNCTIONS(PinPolicy)

public:
    //! Characters (not bytes: "ä" is one).
    static constexpr int kMinLength = 6;
    //! After this many wrong PINs in a row each further attempt waits; before, a typing mistake costs nothing.
    static constexpr int kFreeFailures = 3;
    static constexpr qint64 kFirstWaitMs = 30 * 1000;
    static constexpr qint64 kMaxWaitMs = 15 * 60 * 1000;

    //! Invalid, with the rule in words, for a PIN that is too short, one character or a short group repeated
    //! (111111, 121212, 123123) or a straight run up or down (123456, 654321, abcdef; digits also across 9 to 0,
    //! as 789012). An empty PIN (none) is not checked here.
    static Result<void> checkStrength(const storage::SecretBuffer& pin);
    //! The rule, one sentence, for dialogs and prompts.
    static QString rule();

    //! The wait after `failures` wrong PINs in a row, counted from the last of them: none for the first two, 30
    //! seconds after the third, twice as long after each further one, at most 15 minutes.
    static qint64 waitAfterMs(int failures);
    //! Until when an attempt is refused at `nowMs` (the last wrong PIN plus its wait), or nothing when one may be
    //! made now. Never more than a full wait from now: a clock set back does not hold a profile for longer.
    static std::optional<qint64> lockedUntilMs(int failures, std::optional<qint64> lastFailureMs, qint64 nowMs);
    //! A wait for messages, rounded up: "45 seconds", "4 minutes".
    static QString describeWait(qint64 ms);
};

} // namespace confidant::security
