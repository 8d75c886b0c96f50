#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace confidant {

//! Whether a text field holds one line (a name, an email, a title) or free text over several (notes).
enum class TextLines
{
    One,
    Many,
};

//! The characters a text field may hold, one rule for every service (docs/DECISIONS.md "Text fields").
//! Many lines: no control character (Cc) but line feed, carriage return and tab, and no unpaired surrogate.
//! One line, besides: no line break of any kind, and nothing invisible or that changes the direction of the
//! text (format characters, Cf: bidi embeddings, overrides, isolates and marks, zero-width space, word
//! joiner, byte order mark, soft hyphen, Mongolian vowel separator …; the Hangul fillers), because such a
//! character makes one name look like another or reorders what follows it on screen. The joiners U+200C
//! (ZWNJ) and U+200D (ZWJ) are allowed where writing needs them: after a letter of a script that uses them
//! (Arabic, Indic, …) and before a letter of the same script or a combining mark, or at the end of a word
//! right after a virama; ZWJ also between two emoji. An emoji tag sequence (a subdivision flag) is kept.
class TextRules
{
    Q_DECLARE_TR_FUNCTIONS(TextRules)

public:
    //! The first character of `text` a field of this kind may not hold (a lone surrogate as itself), or
    //! nullopt when it may hold all of them.
    static std::optional<char32_t> refusedCharacter(QStringView text, TextLines lines);
    static bool isAllowed(QStringView text, TextLines lines)
    {
        return !refusedCharacter(text, lines).has_value();
    }
    //! One line for the user, naming the field by `label` and the character as U+XXXX (never the value), or
    //! nullopt when `text` may be kept.
    static std::optional<QString> problem(const QString& label, QStringView text, TextLines lines);
    //! "U+202E": how messages name a character.
    static QString codePoint(char32_t c);
    //! Whether `bytes` is well-formed UTF-8 (RFC 3629: no overlong form, no surrogate, nothing past
    //! U+10FFFF, no truncated sequence). An empty text is.
    static bool isValidUtf8(QByteArrayView bytes);
};

} // namespace confidant
