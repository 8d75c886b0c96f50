#pragma once

#include "core/Result.h"
#include "core/storage/SecretBuffer.h"

#include <QCoreApplication>

namespace confidant::storage {

//! The raw vault key written for people: Crockford base32 (no I, L, O, U), a 4-character checksum,
//! in groups of four separated by dashes — 14 groups for a 32-byte key. Shown once at creation.
class RecoveryCode
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryCode)

public:
    static SecretBuffer format(const SecretBuffer& rawKey);
    //! Accepts any case, spaces or dashes, and O/I/L typed for 0/1/1. Invalid when a character is not
    //! in the alphabet, the length is wrong, or the checksum shows a typo.
    static Result<SecretBuffer> parse(const SecretBuffer& code);
    //! True when `text` has the shape of a recovery code (used to tell it from a passphrase).
    static bool looksLikeCode(const SecretBuffer& text);
};

} // namespace confidant::storage
