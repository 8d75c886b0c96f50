#include "RecoveryCode.h"

#include <openssl/sha.h>

#include <array>

namespace confidant::storage {

namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr std::size_t kKeyBytes = 32;
constexpr std::size_t kKeyChars = 52; // ceil(256 / 5)
constexpr std::size_t kCheckChars = 4; // 20 bits of SHA-256
constexpr std::size_t kGroup = 4;

int decodeChar(char c)
{
    if (c >= 'a' && c <= 'z') {
        c = static_cast<char>(c - 'a' + 'A');
    }
    if (c == 'O') {
        c = '0';
    } else if (c == 'I' || c == 'L') {
        c = '1';
    }
    for (int i = 0; i < 32; ++i) {
        if (kAlphabet[i] == c) {
            return i;
        }
    }
    return -1;
}

// Base32 of `bytes` (big-endian bit order), padded with zero bits to whole characters.
void encodeBits(const unsigned char* bytes, std::size_t size, std::size_t chars, SecretBuffer& out)
{
    std::size_t bit = 0;
    for (std::size_t i = 0; i < chars; ++i) {
        unsigned value = 0;
        for (int b = 0; b < 5; ++b, ++bit) {
            value <<= 1;
            const std::size_t byte = bit / 8;
            if (byte < size) {
                value |= (bytes[byte] >> (7 - bit % 8)) & 1u;
            }
        }
        out.append(kAlphabet[value]);
    }
}

std::array<unsigned char, SHA256_DIGEST_LENGTH> digest(const SecretBuffer& key)
{
    std::array<unsigned char, SHA256_DIGEST_LENGTH> d {};
    SHA256(key.bytes(), key.size(), d.data());
    return d;
}

} // namespace

SecretBuffer RecoveryCode::format(const SecretBuffer& rawKey)
{
    SecretBuffer plain;
    encodeBits(rawKey.bytes(), rawKey.size(), kKeyChars, plain);
    const auto d = digest(rawKey);
    encodeBits(d.data(), d.size(), kCheckChars, plain);
    SecretBuffer grouped;
    for (std::size_t i = 0; i < plain.size(); ++i) {
        if (i > 0 && i % kGroup == 0) {
            grouped.append('-');
        }
        grouped.append(plain.data()[i]);
    }
    return grouped;
}

Result<SecretBuffer> RecoveryCode::parse(const SecretBuffer& code)
{
    SecretBuffer digits;
    for (std::size_t i = 0; i < code.size(); ++i) {
        const char c = code.data()[i];
        if (c == '-' || c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            continue;
        }
        const int v = decodeChar(c);
        if (v < 0) {
            return makeError(ErrorKind::WrongKey,
                             tr("That is not a recovery code: it may only hold the letters and digits printed on it."));
        }
        digits.append(static_cast<char>(v));
    }
    if (digits.size() != kKeyChars + kCheckChars) {
        return makeError(ErrorKind::WrongKey,
                         tr("That recovery code has %1 characters; it should have %2. Check for a missing group.")
                             .arg(digits.size())
                             .arg(kKeyChars + kCheckChars));
    }
    SecretBuffer key(kKeyBytes);
    std::size_t bit = 0;
    for (std::size_t i = 0; i < kKeyChars; ++i) {
        const auto v = static_cast<unsigned>(digits.data()[i]);
        for (int b = 4; b >= 0; --b, ++bit) {
            const std::size_t byte = bit / 8;
            if (byte < kKeyBytes && ((v >> b) & 1u)) {
                key.data()[byte]
                    = static_cast<char>(static_cast<unsigned char>(key.data()[byte]) | (0x80u >> (bit % 8)));
            }
        }
    }
    SecretBuffer expected;
    const auto d = digest(key);
    encodeBits(d.data(), d.size(), kCheckChars, expected);
    for (std::size_t i = 0; i < kCheckChars; ++i) {
        if (kAlphabet[static_cast<unsigned char>(digits.data()[kKeyChars + i])] != expected.data()[i]) {
            return makeError(ErrorKind::WrongKey,
                             tr("That recovery code has a typo: check each group against the printed code."));
        }
    }
    return key;
}

bool RecoveryCode::looksLikeCode(const SecretBuffer& text)
{
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text.data()[i];
        if (c == '-' || c == ' ') {
            continue;
        }
        if (decodeChar(c) < 0) {
            return false;
        }
        ++count;
    }
    return count == kKeyChars + kCheckChars;
}

} // namespace confidant::storage
