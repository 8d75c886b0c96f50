#pragma once

#include <QByteArrayView>
#include <QString>

namespace confidant::io {

//! Cheap checks on the first bytes of an import file, shared by the CSV and vCard readers.
class TextSniffer
{
public:
    enum class Bom
    {
        None,
        Utf8,
        Utf16LE,
        Utf16BE,
    };

    static Bom bom(QByteArrayView head);
    static qsizetype bomLength(Bom bom);
    //! True when the sample has enough NUL or control bytes that it cannot be a text file.
    static bool looksBinary(QByteArrayView sample);
    //! True when the sample looks like UTF-16 without a byte order mark (every other byte NUL).
    static bool looksUtf16LE(QByteArrayView sample);
    static bool looksUtf16BE(QByteArrayView sample);
    //! True when every byte is ASCII: then Latin-1 decoding is exact and fast.
    static bool isAscii(QByteArrayView bytes);
    //! Strict UTF-8 decoding; nullopt-like: `ok` false when a byte sequence is invalid.
    static QString decodeUtf8(QByteArrayView bytes, bool* ok);
    //! Text in a legacy 8-bit charset (ISO-8859-1, windows-1252, …) or UTF-8/UTF-16; unknown names fall
    //! back to windows-1252, which is what unlabelled 8-bit contact exports mostly are.
    static QString decodeCharset(QByteArrayView bytes, const QString& charset, bool* ok);
};

} // namespace confidant::io
