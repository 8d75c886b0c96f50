#include "TextRules.h"

#include <QChar>

#include <vector>

namespace confidant {

namespace {

constexpr char32_t kZwnj = 0x200C;
constexpr char32_t kZwj = 0x200D;
constexpr char32_t kWavingBlackFlag = 0x1F3F4;
constexpr char32_t kCancelTag = 0xE007F;
constexpr unsigned char kVirama = 9; // the canonical combining class of every virama (halant)

// The code points of `text`; an unpaired surrogate stays itself (category Cs), so that it is refused rather
// than read as U+FFFD.
std::vector<char32_t> codePoints(QStringView text)
{
    std::vector<char32_t> out;
    out.reserve(static_cast<std::size_t>(text.size()));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (QChar::isHighSurrogate(u) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            out.push_back(QChar::surrogateToUcs4(u, text[i + 1].unicode()));
            ++i;
        } else {
            out.push_back(u);
        }
    }
    return out;
}

bool isPlainAscii(QStringView text, TextLines lines)
{
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        const bool lineBreakOrTab = u == u'\n' || u == u'\r' || u == u'\t';
        if (u >= 0x7f || (u < 0x20 && !(lines == TextLines::Many && lineBreakOrTab))) {
            return false;
        }
    }
    return true;
}

bool isJoiner(char32_t c)
{
    return c == kZwnj || c == kZwj;
}

bool isEmojiModifier(char32_t c)
{
    return c >= 0x1F3FB && c <= 0x1F3FF; // skin tones
}

bool isTagSpec(char32_t c)
{
    return c >= 0xE0020 && c <= 0xE007E;
}

// Scripts whose spelling needs ZWNJ or ZWJ: the cursive ones (Persian and Urdu, Syriac, N'Ko, Mongolian) and the
// Brahmic scripts with conjuncts (half forms, an explicit virama, Malayalam chillus, the Sinhala "Sri" ligature).
bool usesJoiners(QChar::Script script)
{
    switch (script) {
    case QChar::Script_Arabic:
    case QChar::Script_Syriac:
    case QChar::Script_Nko:
    case QChar::Script_Mongolian:
    case QChar::Script_Devanagari:
    case QChar::Script_Bengali:
    case QChar::Script_Gurmukhi:
    case QChar::Script_Gujarati:
    case QChar::Script_Oriya:
    case QChar::Script_Tamil:
    case QChar::Script_Telugu:
    case QChar::Script_Kannada:
    case QChar::Script_Malayalam:
    case QChar::Script_Sinhala:
    case QChar::Script_Myanmar:
    case QChar::Script_Khmer:
        return true;
    default:
        return false;
    }
}

// Whether the joiner at `i` stands where writing needs it. Anywhere else (between Latin letters, leading,
// trailing, doubled) it is invisible and only makes one name differ from another that looks the same.
bool joinerFits(const std::vector<char32_t>& cps, std::size_t i)
{
    if (i == 0 || isJoiner(cps[i - 1])) {
        return false;
    }
    const std::optional<char32_t> after = i + 1 < cps.size() ? std::optional<char32_t>(cps[i + 1]) : std::nullopt;
    if (after && isJoiner(*after)) {
        return false;
    }
    // What the joiner follows: the character before it, past combining marks (a virama, a vowel sign, an emoji
    // presentation selector) and skin tones.
    std::size_t b = i - 1;
    while (b > 0 && (QChar::isMark(cps[b]) || isEmojiModifier(cps[b]))) {
        --b;
    }
    const char32_t base = cps[b];
    if (cps[i] == kZwj && QChar::category(base) == QChar::Symbol_Other) {
        return after && QChar::category(*after) == QChar::Symbol_Other; // woman + ZWJ + laptop: a technologist
    }
    if (!QChar::isLetter(base) || !usesJoiners(QChar::script(base))) {
        return false;
    }
    if (after && (QChar::isMark(*after) || (QChar::isLetter(*after) && QChar::script(*after) == QChar::script(base)))) {
        return true;
    }
    // At the end of a word only right after a virama: a chillu or half form typed the way older keyboards do.
    return QChar::combiningClass(cps[i - 1]) == kVirama;
}

// Invisible letters that only pad: Hangul fillers outside conjoining jamo.
bool isFiller(char32_t c)
{
    return c == 0x3164 || c == 0xFFA0;
}

} // namespace

std::optional<char32_t> TextRules::refusedCharacter(QStringView text, TextLines lines)
{
    if (isPlainAscii(text, lines)) {
        return std::nullopt;
    }
    const std::vector<char32_t> cps = codePoints(text);
    for (std::size_t i = 0; i < cps.size(); ++i) {
        const char32_t c = cps[i];
        switch (QChar::category(c)) {
        case QChar::Other_Control:
            if (lines == TextLines::Many && (c == U'\n' || c == U'\r' || c == U'\t')) {
                continue;
            }
            return c;
        case QChar::Other_Surrogate:
            return c;
        default:
            break;
        }
        if (lines == TextLines::Many) {
            continue;
        }
        if (c == kWavingBlackFlag) {
            // A subdivision flag (U+1F3F4, tag letters, the cancel tag: Scotland's, Wales') keeps its tags.
            std::size_t end = i + 1;
            while (end < cps.size() && isTagSpec(cps[end])) {
                ++end;
            }
            if (end > i + 1 && end < cps.size() && cps[end] == kCancelTag) {
                i = end;
            }
            continue;
        }
        switch (QChar::category(c)) {
        case QChar::Other_Format:
            if (isJoiner(c) && joinerFits(cps, i)) {
                continue;
            }
            return c;
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            return c;
        default:
            if (isFiller(c)) {
                return c;
            }
            break;
        }
    }
    return std::nullopt;
}

std::optional<QString> TextRules::problem(const QString& label, QStringView text, TextLines lines)
{
    const auto c = refusedCharacter(text, lines);
    if (!c) {
        return std::nullopt;
    }
    const QChar::Category category = QChar::category(*c);
    if (category == QChar::Other_Control || category == QChar::Other_Surrogate) {
        return tr("%1: remove the control character %2 (such as an escape code or a line break).")
            .arg(label, codePoint(*c));
    }
    if (isJoiner(*c)) {
        return tr("%1: remove the joiner %2; it is kept only between letters of a script that uses it (such as "
                  "Persian or Hindi) and inside emoji.")
            .arg(label, codePoint(*c));
    }
    return tr("%1: remove %2, an invisible character or one that changes the direction of the text; it can make one "
              "name look like another.")
        .arg(label, codePoint(*c));
}

QString TextRules::codePoint(char32_t c)
{
    return QStringLiteral("U+") + QString::number(c, 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

bool TextRules::isValidUtf8(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char lead = p[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int follow = 0;
        char32_t c = 0;
        char32_t least = 0;
        if ((lead & 0xE0) == 0xC0) {
            follow = 1;
            c = lead & 0x1F;
            least = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            follow = 2;
            c = lead & 0x0F;
            least = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            follow = 3;
            c = lead & 0x07;
            least = 0x10000;
        } else {
            return false; // a continuation byte without a lead, or 0xF8 … 0xFF
        }
        if (n - i <= follow) {
            return false; // cut short
        }
        for (int k = 1; k <= follow; ++k) {
            const unsigned char next = p[i + k];
            if ((next & 0xC0) != 0x80) {
                return false;
            }
            c = (c << 6) | (next & 0x3F);
        }
        if (c < least || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
            return false; // overlong, past Unicode, or a surrogate
        }
        i += follow + 1;
    }
    return true;
}

} // namespace confidant
