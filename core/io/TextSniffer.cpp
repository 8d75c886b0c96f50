#include "core/io/TextSniffer.h"

#include <QStringDecoder>

namespace confidant::io {

namespace {

// windows-1252 bytes 0x80..0x9F; the undefined ones map to themselves like Windows does.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

QString decodeCp1252(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar* d = out.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        d[i] = (b >= 0x80 && b < 0xA0) ? QChar(kCp1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return out;
}

} // namespace

TextSniffer::Bom TextSniffer::bom(QByteArrayView head)
{
    if (head.startsWith("\xEF\xBB\xBF")) {
        return Bom::Utf8;
    }
    if (head.startsWith("\xFF\xFE")) {
        return Bom::Utf16LE;
    }
    if (head.startsWith("\xFE\xFF")) {
        return Bom::Utf16BE;
    }
    return Bom::None;
}

qsizetype TextSniffer::bomLength(Bom bom)
{
    switch (bom) {
    case Bom::None:
        return 0;
    case Bom::Utf8:
        return 3;
    case Bom::Utf16LE:
    case Bom::Utf16BE:
        return 2;
    }
    return 0;
}

bool TextSniffer::looksBinary(QByteArrayView sample)
{
    const QByteArrayView head = sample.first(std::min<qsizetype>(sample.size(), 1024));
    qsizetype suspicious = 0;
    for (const char ch : head) {
        const auto b = static_cast<unsigned char>(ch);
        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
            ++suspicious;
        }
    }
    // A stray NUL in a long text line is a damaged text file (reported with its line); many are binary.
    return suspicious > 0 && (suspicious * 20 > head.size() || suspicious >= 16);
}

static bool looksUtf16(QByteArrayView sample, int nulParity)
{
    const qsizetype n = std::min<qsizetype>(sample.size(), 1024) & ~qsizetype(1);
    if (n < 4) {
        return false;
    }
    qsizetype nulAtParity = 0;
    qsizetype nulElsewhere = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (sample[i] == 0) {
            ((i % 2) == nulParity ? nulAtParity : nulElsewhere) += 1;
        }
    }
    return nulElsewhere * 10 <= nulAtParity && nulAtParity * 10 >= (n / 2) * 7;
}

bool TextSniffer::looksUtf16LE(QByteArrayView sample)
{
    return looksUtf16(sample, 1);
}

bool TextSniffer::looksUtf16BE(QByteArrayView sample)
{
    return looksUtf16(sample, 0);
}

bool TextSniffer::isAscii(QByteArrayView bytes)
{
    for (const char ch : bytes) {
        if (static_cast<unsigned char>(ch) >= 0x80) {
            return false;
        }
    }
    return true;
}

QString TextSniffer::decodeUtf8(QByteArrayView bytes, bool* ok)
{
    if (isAscii(bytes)) {
        *ok = true;
        return QString::fromLatin1(bytes);
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    *ok = !decoder.hasError();
    return text;
}

QString TextSniffer::decodeCharset(QByteArrayView bytes, const QString& charset, bool* ok)
{
    const QString name = charset.trimmed().toLower();
    if (name.isEmpty() || name == QLatin1String("utf-8") || name == QLatin1String("utf8")) {
        return decodeUtf8(bytes, ok);
    }
    *ok = true;
    if (name == QLatin1String("iso-8859-1") || name == QLatin1String("latin1") || name == QLatin1String("latin-1")
        || name == QLatin1String("us-ascii") || name == QLatin1String("ascii")) {
        return QString::fromLatin1(bytes);
    }
    if (name == QLatin1String("windows-1252") || name == QLatin1String("cp1252")) {
        return decodeCp1252(bytes);
    }
    QStringDecoder decoder(name.toLatin1().constData(), QStringDecoder::Flag::Stateless);
    if (decoder.isValid()) {
        QString text = decoder.decode(bytes);
        *ok = !decoder.hasError();
        return text;
    }
    return decodeCp1252(bytes);
}

} // namespace confidant::io
