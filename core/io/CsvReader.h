#pragma once

#include "core/Result.h"
#include "core/io/ImportRecord.h"

#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <optional>

class QIODevice;

namespace confidant::io {

enum class TextEncoding
{
    Auto, //!< byte order mark if present, else UTF-16 if every other byte is NUL, else UTF-8
    Utf8,
    Utf16LE,
    Utf16BE,
};

struct CsvOptions
{
    TextEncoding encoding = TextEncoding::Auto;
    //! ',', ';' or '\t'; empty: detected from the first records (the one counted most consistently).
    std::optional<QChar> delimiter;
    //! Longest field in UTF-16 code units; longer ones are dropped (row-level problem), never buffered.
    qsizetype maxFieldChars = 1024 * 1024;
    //! Most fields per record; further ones are counted and dropped (row-level problem).
    qsizetype maxColumns = 1000;
};

//! What open() found.
struct CsvFormat
{
    TextEncoding encoding = TextEncoding::Utf8; //!< never Auto
    bool hasBom = false;
    QChar delimiter = QLatin1Char(',');
};

//! One record. `problem` (translated, with the line, quoting no value) marks a row the import skips.
struct CsvRecord
{
    qint64 line = 0; //!< 1-based physical line where the record starts
    QStringList fields;
    ImportIssue issue = ImportIssue::None;
    QString problem;
};

//! Streaming RFC 4180 reader: decodes the device in 64 KiB chunks, so memory stays bounded by the
//! longest record, not the file. Quoted fields may hold delimiters, doubled quotes and line breaks;
//! CRLF, LF and lone CR all end a line, and line breaks inside fields come back as "\n". Blank lines
//! are skipped.
//!
//! File-level errors (next() returns the Error, every later call too; the import must write nothing):
//! an empty file, a binary file, invalid UTF-8, a NUL character, an unterminated quote, a read error.
//! They all mean the file or its encoding is broken, so any row read so far may be wrong too; an
//! unterminated quote swallows the rest of the file, so no later record boundary can be trusted.
//! Row-level problems (the record comes back with `issue`/`problem` set and reading goes on): a field
//! longer than maxFieldChars, more than maxColumns fields. Record boundaries are still known there.
//! A problem on the header record makes the file unusable; the importer decides that (ContactMapping
//! has no header to map).
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    //! The device must be open for reading and outlive the reader.
    explicit CsvReader(QIODevice& device, CsvOptions options = {});

    //! Detects the encoding and delimiter from the first chunk, which stays buffered for next(). Fails
    //! on an empty or binary file. Called by next() if not called before.
    Result<CsvFormat> open();
    //! Reads the next record into `record`: true, or false at the end of the file, or the file-level Error.
    Result<bool> next(CsvRecord& record);

    //! Bytes taken from the device so far, for progress.
    qint64 bytesRead() const
    {
        return m_bytesRead;
    }
    //! The file-level issue, once next() or open() failed, and the line it names (0 if none).
    ImportIssue issue() const
    {
        return m_issue;
    }
    qint64 errorLine() const
    {
        return m_errorLine;
    }
    const std::optional<Error>& error() const
    {
        return m_error;
    }

    static QString encodingName(TextEncoding encoding);

private:
    Error fail(ImportIssue issue, qint64 line, const QString& detail = {});
    //! Decodes the next chunk into m_buf: true, or false at the end of the device.
    Result<bool> fill();
    void decodeChunk(QByteArrayView bytes);
    void appendToField(const QChar* data, qsizetype count, CsvRecord& record);
    void endField(CsvRecord& record);
    QChar detectDelimiter() const;

    QIODevice& m_device;
    CsvOptions m_options;
    std::optional<CsvFormat> m_format;
    QStringDecoder m_decoder;
    QStringDecoder m_marker; //!< decodes the same bytes with invalid sequences as NUL: tells them from a U+FFFD
    QByteArray m_raw; //!< the chunk open() peeked, decoded by the first fill()
    QString m_buf;
    qsizetype m_pos = 0;
    qsizetype m_invalidAt = -1; //!< index in m_buf of the first undecodable character
    bool m_deviceDone = false;
    bool m_skipLf = false; //!< the last character was CR, so a following LF belongs to the same line end
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    QString m_field;
    bool m_fieldTooLarge = false;
    qsizetype m_columns = 0;
    ImportIssue m_issue = ImportIssue::None;
    qint64 m_errorLine = 0;
    std::optional<Error> m_error;
};

} // namespace confidant::io
