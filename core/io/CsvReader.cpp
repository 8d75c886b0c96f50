#include "core/io/CsvReader.h"

#include "core/io/TextSniffer.h"

#include <QIODevice>

#include <array>

namespace confidant::io {

namespace {

constexpr qint64 kChunkBytes = 64 * 1024;
constexpr int kSniffRecords = 10;

QStringConverter::Encoding converterFor(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf16LE:
        return QStringConverter::Utf16LE;
    case TextEncoding::Utf16BE:
        return QStringConverter::Utf16BE;
    case TextEncoding::Auto:
    case TextEncoding::Utf8:
        break;
    }
    return QStringConverter::Utf8;
}

QByteArray encodedLineBreak(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf16LE:
        return QByteArray("\n\0", 2);
    case TextEncoding::Utf16BE:
        return QByteArray("\0\n", 2);
    case TextEncoding::Auto:
    case TextEncoding::Utf8:
        break;
    }
    return QByteArray("\n");
}

} // namespace

CsvReader::CsvReader(QIODevice& device, CsvOptions options)
    : m_device(device)
    , m_options(std::move(options))
{
}

QString CsvReader::encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
        return QStringLiteral("auto");
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    }
    return {};
}

Error CsvReader::fail(ImportIssue issue, qint64 line, const QString& detail)
{
    QString message;
    QString code;
    ErrorKind kind = ErrorKind::Invalid;
    switch (issue) {
    case ImportIssue::ReadFailed:
        kind = ErrorKind::Io;
        code = QStringLiteral("csv: read failed");
        message = tr("The file could not be read; check that it still exists and that you may open it.");
        break;
    case ImportIssue::EmptyFile:
        code = QStringLiteral("csv: empty file");
        message = tr("The file is empty; choose a CSV file with a header row and at least one contact.");
        break;
    case ImportIssue::NotText:
        code = QStringLiteral("csv: binary content");
        message = tr("The file does not look like a CSV file; export the contacts as CSV (comma-separated values) "
                     "and choose that file.");
        break;
    case ImportIssue::InvalidEncoding:
        code = QStringLiteral("csv: invalid %1 at line %2").arg(encodingName(m_format->encoding)).arg(line);
        message = tr("Line %1 is not valid UTF-8 text; save the file as \"CSV UTF-8\" and import it again.").arg(line);
        if (m_format->encoding != TextEncoding::Utf8) {
            message
                = tr("Line %1 is not valid UTF-16 text; save the file as \"CSV UTF-8\" and import it again.").arg(line);
        }
        break;
    case ImportIssue::NulByte:
        code = QStringLiteral("csv: NUL character at line %1").arg(line);
        message = tr("Line %1 contains NUL characters, so the file is damaged or not plain text; export it again as "
                     "CSV and retry.")
                      .arg(line);
        break;
    case ImportIssue::UnterminatedQuote:
        code = QStringLiteral("csv: unterminated quote from line %1").arg(line);
        message = tr("A quoted field starting on line %1 is never closed; check the quotes in that row (a quote "
                     "inside a field must be doubled) and import again.")
                      .arg(line);
        break;
    default:
        Q_ASSERT_X(false, "CsvReader::fail", "not a file-level issue");
        break;
    }
    m_issue = issue;
    m_errorLine = line;
    m_error = makeError(kind, message, detail.isEmpty() ? code : code + QStringLiteral(": ") + detail);
    return *m_error;
}

Result<CsvFormat> CsvReader::open()
{
    if (m_error) {
        return *m_error;
    }
    if (m_format) {
        return *m_format;
    }
    // Fill a whole first chunk: sniffing needs it, and it stays buffered for next().
    m_raw.resize(kChunkBytes);
    qint64 have = 0;
    while (have < kChunkBytes) {
        const qint64 n = m_device.read(m_raw.data() + have, kChunkBytes - have);
        if (n < 0) {
            m_raw.clear();
            return fail(ImportIssue::ReadFailed, 0, m_device.errorString());
        }
        if (n == 0) {
            m_deviceDone = true;
            break;
        }
        have += n;
    }
    m_raw.truncate(have);
    m_bytesRead = have;

    CsvFormat format;
    const TextSniffer::Bom bom = TextSniffer::bom(m_raw);
    TextEncoding encoding = m_options.encoding;
    if (encoding == TextEncoding::Auto) {
        switch (bom) {
        case TextSniffer::Bom::Utf8:
            encoding = TextEncoding::Utf8;
            break;
        case TextSniffer::Bom::Utf16LE:
            encoding = TextEncoding::Utf16LE;
            break;
        case TextSniffer::Bom::Utf16BE:
            encoding = TextEncoding::Utf16BE;
            break;
        case TextSniffer::Bom::None:
            encoding = TextSniffer::looksUtf16LE(m_raw) ? TextEncoding::Utf16LE
                : TextSniffer::looksUtf16BE(m_raw)      ? TextEncoding::Utf16BE
                                                        : TextEncoding::Utf8;
            break;
        }
    }
    const bool bomMatches = (bom == TextSniffer::Bom::Utf8 && encoding == TextEncoding::Utf8)
        || (bom == TextSniffer::Bom::Utf16LE && encoding == TextEncoding::Utf16LE)
        || (bom == TextSniffer::Bom::Utf16BE && encoding == TextEncoding::Utf16BE);
    if (bomMatches) {
        m_raw.remove(0, TextSniffer::bomLength(bom));
        format.hasBom = true;
    }
    format.encoding = encoding;
    m_format = format;

    if (m_raw.isEmpty() && m_deviceDone) {
        return fail(ImportIssue::EmptyFile, 0);
    }
    if (encoding == TextEncoding::Utf8 && TextSniffer::looksBinary(m_raw)) {
        return fail(ImportIssue::NotText, 0);
    }
    m_decoder = QStringDecoder(converterFor(encoding));
    m_marker = QStringDecoder(converterFor(encoding), QStringDecoder::Flag::ConvertInvalidToNull);
    decodeChunk(m_raw);
    m_raw = QByteArray();
    if (m_deviceDone && QStringView(m_buf).trimmed().isEmpty() && m_invalidAt < 0) {
        return fail(ImportIssue::EmptyFile, 0);
    }
    m_format->delimiter = m_options.delimiter.value_or(detectDelimiter());
    return *m_format;
}

void CsvReader::decodeChunk(QByteArrayView bytes)
{
    m_buf = m_decoder.decode(bytes);
    const QString marked = m_marker.decode(bytes);
    m_pos = 0;
    if (m_invalidAt < 0 && m_decoder.hasError()) {
        // The decoder only says that something was invalid; its replacement character says where, unless
        // the text holds U+FFFD itself (a file once converted lossily). The marker decoder writes NUL for
        // what was invalid, one character each like U+FFFD: the first position that is both is the error.
        m_invalidAt = 0;
        for (qsizetype i = 0; i < m_buf.size() && i < marked.size(); ++i) {
            if (m_buf.at(i) == QChar::ReplacementCharacter && marked.at(i).isNull()) {
                m_invalidAt = i;
                break;
            }
        }
    } else if (m_invalidAt >= 0) {
        m_invalidAt = 0;
    }
}

Result<bool> CsvReader::fill()
{
    if (m_deviceDone) {
        if (m_decoder.isValid()) {
            // A final line break flushes a truncated multibyte sequence (it becomes invalid) and ends the
            // last record; the decoder is then dropped so this happens once.
            decodeChunk(encodedLineBreak(m_format->encoding));
            // A UTF-16 decoder takes a lone last byte as half of the line break's code unit, without error.
            if (m_format->encoding != TextEncoding::Utf8 && m_bytesRead % 2 != 0 && m_invalidAt < 0) {
                m_invalidAt = 0;
            }
            m_decoder = QStringDecoder();
            m_marker = QStringDecoder();
            return true;
        }
        return false;
    }
    QByteArray chunk(kChunkBytes, Qt::Uninitialized);
    const qint64 n = m_device.read(chunk.data(), kChunkBytes);
    if (n < 0) {
        return fail(ImportIssue::ReadFailed, m_line, m_device.errorString());
    }
    if (n == 0) {
        m_deviceDone = true;
        return fill();
    }
    chunk.truncate(n);
    m_bytesRead += n;
    decodeChunk(chunk);
    return true;
}

QChar CsvReader::detectDelimiter() const
{
    static constexpr std::array<char16_t, 3> candidates {u',', u';', u'\t'};
    QList<std::array<int, 3>> counts;
    std::array<int, 3> current {0, 0, 0};
    bool inQuotes = false;
    bool lineHasText = false;
    const char16_t* d = reinterpret_cast<const char16_t*>(m_buf.constData());
    for (qsizetype i = 0; i < m_buf.size() && counts.size() < kSniffRecords; ++i) {
        const char16_t c = d[i];
        if (c == u'"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes && (c == u'\n' || c == u'\r')) {
            if (lineHasText) {
                counts.append(current);
            }
            current = {0, 0, 0};
            lineHasText = false;
            continue;
        } else if (!inQuotes) {
            for (size_t k = 0; k < candidates.size(); ++k) {
                if (c == candidates[k]) {
                    ++current[k];
                }
            }
        }
        lineHasText = true;
    }
    if (counts.isEmpty() && lineHasText) {
        counts.append(current);
    }
    int best = -1;
    int bestConsistent = 0;
    int bestHeader = 0;
    for (size_t k = 0; k < candidates.size(); ++k) {
        const int header = counts.isEmpty() ? 0 : counts.first()[k];
        if (header == 0) {
            continue;
        }
        int consistent = 0;
        for (const auto& row : counts) {
            consistent += row[k] == header ? 1 : 0;
        }
        if (consistent > bestConsistent || (consistent == bestConsistent && header > bestHeader)) {
            best = int(k);
            bestConsistent = consistent;
            bestHeader = header;
        }
    }
    return best < 0 ? QLatin1Char(',') : QChar(candidates[size_t(best)]);
}

void CsvReader::appendToField(const QChar* data, qsizetype count, CsvRecord& record)
{
    if (count == 0 || m_fieldTooLarge || m_columns >= m_options.maxColumns) {
        return;
    }
    if (m_field.size() + count > m_options.maxFieldChars) {
        m_fieldTooLarge = true;
        m_field = QString();
        if (record.issue == ImportIssue::None) {
            record.issue = ImportIssue::FieldTooLarge;
            record.problem = tr("Line %1 has a field longer than %2 characters; the row was skipped. Shorten "
                                "that field and import the row again.")
                                 .arg(record.line)
                                 .arg(m_options.maxFieldChars);
        }
        return;
    }
    m_field.append(data, count);
}

void CsvReader::endField(CsvRecord& record)
{
    if (m_columns < m_options.maxColumns) {
        record.fields.append(m_fieldTooLarge ? QString() : std::move(m_field));
    } else if (record.issue == ImportIssue::None) {
        record.issue = ImportIssue::TooManyColumns;
        record.problem = tr("Line %1 has more than %2 columns; the row was skipped. Check the delimiter or remove "
                            "the extra columns.")
                             .arg(record.line)
                             .arg(m_options.maxColumns);
    }
    ++m_columns;
    m_field = QString();
    m_fieldTooLarge = false;
}

Result<bool> CsvReader::next(CsvRecord& record)
{
    if (!m_format || m_error) {
        if (auto opened = open(); !opened) {
            return opened.error();
        }
    }
    record.line = 0;
    record.fields.clear();
    record.issue = ImportIssue::None;
    record.problem.clear();
    m_field = QString();
    m_fieldTooLarge = false;
    m_columns = 0;

    enum class State
    {
        LineStart,
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    };
    State state = State::LineStart;
    qint64 quoteLine = 0;
    const char16_t delimiter = m_format->delimiter.unicode();
    const auto endLine = [this](char16_t c) {
        ++m_pos;
        ++m_line;
        m_skipLf = c == u'\r';
    };

    for (;;) {
        if (m_pos >= m_buf.size()) {
            auto more = fill();
            if (!more) {
                return more.error();
            }
            if (!*more) {
                if (state == State::Quoted) {
                    return fail(ImportIssue::UnterminatedQuote, quoteLine);
                }
                if (state == State::LineStart) {
                    return false;
                }
                endField(record);
                return true;
            }
            continue;
        }
        if (m_pos == m_invalidAt) {
            return fail(ImportIssue::InvalidEncoding, m_line);
        }
        const char16_t* d = reinterpret_cast<const char16_t*>(m_buf.constData());
        const qsizetype end = m_invalidAt > m_pos ? m_invalidAt : m_buf.size();
        const char16_t c = d[m_pos];
        if (m_skipLf) {
            m_skipLf = false;
            if (c == u'\n') {
                ++m_pos;
                continue;
            }
        }
        if (c == 0) {
            return fail(ImportIssue::NulByte, m_line);
        }
        switch (state) {
        case State::LineStart:
            if (c == u'\n' || c == u'\r') {
                endLine(c);
                continue;
            }
            record.line = m_line;
            state = State::FieldStart;
            continue;
        case State::FieldStart:
            if (c == u'"') {
                quoteLine = m_line;
                ++m_pos;
                state = State::Quoted;
            } else {
                state = State::Unquoted;
            }
            continue;
        case State::Unquoted: {
            qsizetype i = m_pos;
            while (i < end) {
                const char16_t x = d[i];
                if (x == delimiter || x == u'\n' || x == u'\r' || x == 0) {
                    break;
                }
                ++i;
            }
            appendToField(m_buf.constData() + m_pos, i - m_pos, record);
            m_pos = i;
            if (i == end || d[i] == 0) {
                continue;
            }
            endField(record);
            if (d[i] == delimiter) {
                ++m_pos;
                state = State::FieldStart;
                continue;
            }
            endLine(d[i]);
            return true;
        }
        case State::Quoted: {
            qsizetype i = m_pos;
            while (i < end) {
                const char16_t x = d[i];
                if (x == u'"' || x == u'\n' || x == u'\r' || x == 0) {
                    break;
                }
                ++i;
            }
            appendToField(m_buf.constData() + m_pos, i - m_pos, record);
            m_pos = i;
            if (i == end || d[i] == 0) {
                continue;
            }
            if (d[i] == u'"') {
                ++m_pos;
                state = State::QuoteInQuoted;
                continue;
            }
            static const QChar lineFeed = QLatin1Char('\n');
            appendToField(&lineFeed, 1, record);
            endLine(d[i]);
            continue;
        }
        case State::QuoteInQuoted:
            if (c == u'"') {
                static const QChar quote = QLatin1Char('"');
                appendToField(&quote, 1, record);
                ++m_pos;
                state = State::Quoted;
                continue;
            }
            if (c == delimiter) {
                endField(record);
                ++m_pos;
                state = State::FieldStart;
                continue;
            }
            if (c == u'\n' || c == u'\r') {
                endField(record);
                endLine(c);
                return true;
            }
            // Lenient like spreadsheets: text after a closing quote ("ab"cd) continues the field.
            state = State::Unquoted;
            continue;
        }
    }
}

} // namespace confidant::io
