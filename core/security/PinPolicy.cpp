#include "PinPolicy.h"

#include <QScopeGuard>

#include <openssl/crypto.h>

#include <algorithm>
#include <vector>

namespace confidant::security {

namespace {

//! The characters of a UTF-8 PIN, decoded without a QString (a secret never goes into one). A byte that is no
//! valid UTF-8 counts as a character of its own. The caller wipes the result.
std::vector<char32_t> characters(const storage::SecretBuffer& pin)
{
    std::vector<char32_t> out;
    out.reserve(pin.size()); // never more characters than bytes: no reallocation leaves a copy behind
    const unsigned char* p = pin.bytes();
    const std::size_t size = pin.size();
    std::size_t i = 0;
    while (i < size) {
        const unsigned char lead = p[i];
        const int extra = lead < 0x80 ? 0
            : (lead >> 5) == 0x6      ? 1
            : (lead >> 4) == 0xE      ? 2
            : (lead >> 3) == 0x1E     ? 3
                                      : -1;
        if (extra <= 0) {
            out.push_back(lead);
            ++i;
            continue;
        }
        char32_t c = lead & (0x3F >> extra);
        std::size_t j = 1;
        for (; j <= static_cast<std::size_t>(extra) && i + j < size && (p[i + j] & 0xC0) == 0x80; ++j) {
            c = (c << 6) | (p[i + j] & 0x3F);
        }
        out.push_back(c);
        i += j;
    }
    return out;
}

//! 111111, 121212, 123123, 1212121: the whole PIN follows a group of at most half its length.
bool repeatsAGroup(const std::vector<char32_t>& c)
{
    const std::size_t n = c.size();
    for (std::size_t period = 1; period <= n / 2; ++period) {
        bool repeats = true;
        for (std::size_t i = period; i < n && repeats; ++i) {
            repeats = c[i] == c[i - period];
        }
        if (repeats) {
            return true;
        }
    }
    return false;
}

bool isDigit(char32_t c)
{
    return c >= U'0' && c <= U'9';
}

//! 123456, 654321, abcdef, FEDCBA; digits also across 9 and 0 (789012, 210987).
bool isStraightRun(const std::vector<char32_t>& c)
{
    if (c.size() < 2) {
        return false;
    }
    bool allDigits = true;
    for (const char32_t ch : c) {
        allDigits = allDigits && isDigit(ch);
    }
    for (const int step : {1, -1}) {
        bool run = true;
        for (std::size_t i = 1; i < c.size() && run; ++i) {
            const int diff = static_cast<int>(c[i]) - static_cast<int>(c[i - 1]);
            run = diff == step || (allDigits && (diff - step) % 10 == 0);
        }
        if (run) {
            return true;
        }
    }
    return false;
}

} // namespace

QString PinPolicy::rule()
{
    return tr("A PIN needs at least %n characters, not one character or a short group repeated (111111, 121212) and "
              "not a straight run (123456, 654321, abcdef).",
              nullptr,
              kMinLength);
}

Result<void> PinPolicy::checkStrength(const storage::SecretBuffer& pin)
{
    std::vector<char32_t> c = characters(pin);
    const auto wipe = qScopeGuard([&c] { OPENSSL_cleanse(c.data(), c.size() * sizeof(char32_t)); });
    if (c.size() < static_cast<std::size_t>(kMinLength)) {
        return makeError(ErrorKind::Invalid, tr("This PIN is too short; nothing was changed. %1").arg(rule()));
    }
    if (repeatsAGroup(c) || isStraightRun(c)) {
        return makeError(ErrorKind::Invalid,
                         tr("This PIN is a pattern that is easy to guess; nothing was changed. %1").arg(rule()));
    }
    return {};
}

qint64 PinPolicy::waitAfterMs(int failures)
{
    if (failures < kFreeFailures) {
        return 0;
    }
    qint64 wait = kFirstWaitMs;
    for (int n = kFreeFailures; n < failures && wait < kMaxWaitMs; ++n) {
        wait *= 2;
    }
    return std::min(wait, kMaxWaitMs);
}

std::optional<qint64> PinPolicy::lockedUntilMs(int failures, std::optional<qint64> lastFailureMs, qint64 nowMs)
{
    const qint64 wait = waitAfterMs(failures);
    if (wait == 0 || !lastFailureMs) {
        return std::nullopt;
    }
    const qint64 until = std::min(*lastFailureMs + wait, nowMs + wait);
    if (until <= nowMs) {
        return std::nullopt;
    }
    return until;
}

QString PinPolicy::describeWait(qint64 ms)
{
    // Without an English translation Qt would print "%n second(s)" as it stands; a wait is never one minute here.
    const qint64 seconds = std::max<qint64>(1, (ms + 999) / 1000);
    if (seconds == 1) {
        return tr("1 second");
    }
    if (seconds < 120) {
        return tr("%1 seconds").arg(seconds);
    }
    return tr("%1 minutes").arg((seconds + 59) / 60);
}

} // namespace confidant::security
