#pragma once

#include "core/Result.h"
#include "core/storage/SecretBuffer.h"

#include <QCoreApplication>
#include <QString>

namespace confidant::security {

//! What a profile PIN must be (docs/SECURITY.md "PINs"). A PIN guards a profile among people sharing a vault;
//! with the waits after wrong PINs (ProfileService::authenticate) six characters that are no pattern keep a
//! guesser busy for years, where four digits would fall in weeks.
class PinPolicy
{
    Q_DECLARE_TR_FUNCTIONS(PinPolicy)

public:
    //! Characters (not bytes: "ä" is one).
    static constexpr int kMinLength = 6;

    //! Invalid, with the rule in words, for a PIN that is too short, one character or a short group repeated
    //! (111111, 121212, 123123) or a straight run up or down (123456, 654321, abcdef; digits also across 9 to 0,
    //! as 789012). An empty PIN (none) is not checked here.
    static Result<void> checkStrength(const storage::SecretBuffer& pin);
    //! The rule, one sentence, for dialogs and prompts.
    static QString rule();
};

} // namespace confidant::security
