// Fuzzes io::CsvReader (with TextSniffer's encoding detection) and io::ContactMapping the way
// crm::ImportService::scanCsv drives them: default options, the first record is the header, every other
// record is mapped to a contact. Then reads the input again padded past the reader's 64 KiB first chunk,
// once from a device that hands over everything at once and once from one that trickles a few bytes
// per read: chunk boundaries must not change a single record or error.

#include "core/io/ContactMapping.h"
#include "core/io/CsvReader.h"

#include <QBuffer>
#include <QIODevice>
#include <QStringEncoder>

#include "FuzzCheck.h"

#include <cstddef>
#include <cstdint>
#include <cstring>

using namespace confidant;
using namespace confidant::io;
using confidant::fuzz::lineBreakBytes;

namespace {

constexpr qint64 kFirstChunk = 64 * 1024; // CsvReader's kChunkBytes

//! A read-only device over bytes that returns at most `step` bytes per read in [from, from + kTrickleBytes)
//! and all it is asked for elsewhere. (The reader allocates a whole chunk per read, so trickling the
//! entire input would make each run slow; the fuzzer moves what it wants onto the boundaries.)
class TrickleDevice : public QIODevice
{
public:
    static constexpr qint64 kTrickleBytes = 64;

    TrickleDevice(QByteArray data, qint64 from, qint64 step)
        : m_data(std::move(data))
        , m_from(from)
        , m_step(step)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    bool isSequential() const override
    {
        return true;
    }

protected:
    qint64 readData(char* out, qint64 maxSize) override
    {
        qint64 n = std::min<qint64>(maxSize, m_data.size() - m_pos);
        if (m_pos < m_from) {
            n = std::min(n, m_from - m_pos);
        } else if (m_pos < m_from + kTrickleBytes) {
            n = std::min(n, m_step);
        }
        if (n <= 0) {
            return 0;
        }
        std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override
    {
        return -1;
    }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
    qint64 m_from;
    qint64 m_step;
};

bool isFileLevel(ImportIssue issue)
{
    switch (issue) {
    case ImportIssue::ReadFailed:
    case ImportIssue::EmptyFile:
    case ImportIssue::NotText:
    case ImportIssue::InvalidEncoding:
    case ImportIssue::NulByte:
    case ImportIssue::UnterminatedQuote:
        return true;
    default:
        return false;
    }
}

struct Outcome
{
    std::optional<CsvFormat> format;
    QList<CsvRecord> records;
    ImportIssue issue = ImportIssue::None;
    qint64 errorLine = 0;
};

//! Reads everything, checking what holds for every record and for the error.
Outcome readAll(QIODevice& device, const CsvOptions& options, qint64 inputBytes, qint64 maxLine)
{
    Outcome out;
    CsvReader reader(device, options);
    auto format = reader.open();
    if (!format) {
        FUZZ_CHECK(isFileLevel(reader.issue()));
        FUZZ_CHECK(!format.error().message.isEmpty());
        out.issue = reader.issue();
        return out;
    }
    out.format = *format;
    FUZZ_CHECK(format->encoding != TextEncoding::Auto);
    FUZZ_CHECK(format->delimiter == QLatin1Char(',') || format->delimiter == QLatin1Char(';')
               || format->delimiter == QLatin1Char('\t') || options.delimiter);
    qint64 lastLine = 0;
    CsvRecord record;
    for (;;) {
        auto more = reader.next(record);
        FUZZ_CHECK(reader.bytesRead() <= inputBytes);
        if (!more) {
            FUZZ_CHECK(isFileLevel(reader.issue()));
            FUZZ_CHECK(reader.errorLine() >= 0 && reader.errorLine() <= maxLine);
            FUZZ_CHECK(!more.error().message.isEmpty());
            // Errors stick: the import never goes on after one.
            const ImportIssue issue = reader.issue();
            CsvRecord again;
            auto later = reader.next(again);
            FUZZ_CHECK(!later && reader.issue() == issue);
            out.issue = issue;
            out.errorLine = reader.errorLine();
            break;
        }
        if (!*more) {
            FUZZ_CHECK(reader.issue() == ImportIssue::None);
            break;
        }
        // A record starts on a later line than the one before, and no more records than lines.
        FUZZ_CHECK(record.line > lastLine && record.line <= maxLine);
        lastLine = record.line;
        FUZZ_CHECK(out.records.size() < maxLine);
        FUZZ_CHECK(!record.fields.isEmpty());
        FUZZ_CHECK(record.fields.size() <= options.maxColumns);
        FUZZ_CHECK((record.issue == ImportIssue::None) == record.problem.isEmpty());
        FUZZ_CHECK(record.issue == ImportIssue::None || record.issue == ImportIssue::FieldTooLarge
                   || record.issue == ImportIssue::TooManyColumns);
        for (const QString& field : record.fields) {
            FUZZ_CHECK(field.size() <= options.maxFieldChars);
            // Line breaks inside quoted fields come back as "\n"; a NUL is a file-level error.
            FUZZ_CHECK(!field.contains(QLatin1Char('\r')));
            FUZZ_CHECK(!field.contains(QChar(0)));
        }
        out.records.append(record);
    }
    return out;
}

//! The import path: header, mapping, one contact per record.
void mapRecords(const Outcome& out, qint64 maxLine)
{
    if (out.records.isEmpty() || out.records.first().issue != ImportIssue::None) {
        return; // ImportService refuses a file without a readable header row
    }
    const QStringList& headers = out.records.first().fields;
    const ColumnMapping mapping = ContactMapping::detect(headers);
    FUZZ_CHECK(mapping.headers == headers);
    FUZZ_CHECK(mapping.columns.size() == headers.size());
    FUZZ_CHECK(!mapping.preset.isEmpty());
    for (const ColumnTarget& t : mapping.columns) {
        FUZZ_CHECK(t.slot >= 0);
    }
    for (qsizetype i = 1; i < out.records.size(); ++i) {
        const CsvRecord& record = out.records[i];
        const std::optional<ImportRecord> mapped = ContactMapping::mapRow(mapping, record);
        if (!mapped) {
            FUZZ_CHECK(record.issue == ImportIssue::None);
            continue;
        }
        FUZZ_CHECK(mapped->line == record.line);
        FUZZ_CHECK(record.issue == ImportIssue::None || mapped->issue == record.issue);
        FUZZ_CHECK(mapped->issue == ImportIssue::None || mapped->issue == ImportIssue::NoIdentity
                   || mapped->issue == record.issue);
        FUZZ_CHECK(record.issue != ImportIssue::None || mapped->contact.source == QLatin1String("import:csv"));
        fuzz::checkImportRecord(*mapped, maxLine);
    }
}

void compareOutcomes(const Outcome& a, const Outcome& b)
{
    FUZZ_CHECK(a.format.has_value() == b.format.has_value());
    if (a.format) {
        FUZZ_CHECK(a.format->encoding == b.format->encoding && a.format->hasBom == b.format->hasBom
                   && a.format->delimiter == b.format->delimiter);
    }
    FUZZ_CHECK(a.issue == b.issue);
    FUZZ_CHECK(a.errorLine == b.errorLine);
    FUZZ_CHECK(a.records.size() == b.records.size());
    for (qsizetype i = 0; i < a.records.size(); ++i) {
        FUZZ_CHECK(a.records[i].line == b.records[i].line);
        FUZZ_CHECK(a.records[i].fields == b.records[i].fields);
        FUZZ_CHECK(a.records[i].issue == b.records[i].issue);
    }
}

//! The input behind a filler record long enough that it straddles the end of the first chunk `shift`
//! bytes in, encoded as `encoding` so that the reader sees one consistent text. The filler is one quoted
//! field: the cheapest text for both the delimiter sniffer and the reader to skip.
QByteArray padded(const QByteArray& data, TextEncoding encoding, qint64 shift)
{
    const int unit = encoding == TextEncoding::Utf8 ? 1 : 2;
    const qint64 fillerChars = (kFirstChunk - shift) / unit;
    QString filler(fillerChars, QLatin1Char('#'));
    filler.front() = QLatin1Char('"');
    filler[fillerChars - 2] = QLatin1Char('"');
    filler.back() = QLatin1Char('\n');
    QByteArray out = encoding == TextEncoding::Utf8 ? filler.toLatin1()
        : encoding == TextEncoding::Utf16LE         ? QStringEncoder(QStringEncoder::Utf16LE).encode(filler)
                                                    : QStringEncoder(QStringEncoder::Utf16BE).encode(filler);
    out.append(data);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size)
{
    const QByteArray data(reinterpret_cast<const char*>(bytes), qsizetype(size));
    const qint64 maxLine = lineBreakBytes(data) + 1;

    // 1. Exactly as the import reads a file.
    {
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        const Outcome out = readAll(buffer, CsvOptions(), data.size(), maxLine);
        mapRecords(out, maxLine);
    }

    // 2. Chunk boundaries, with small limits and a forced encoding and delimiter chosen by the input's
    // last bytes (an importer can choose them).
    if (size < 2) {
        return 0;
    }
    const auto selector = static_cast<unsigned char>(bytes[size - 1]);
    const auto shiftByte = static_cast<unsigned char>(bytes[size - 2]);
    CsvOptions options;
    static constexpr TextEncoding kEncodings[] = {TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE};
    options.encoding = kEncodings[selector % 3];
    static constexpr char16_t kDelimiters[] = {u',', u';', u'\t', 0};
    if (const char16_t d = kDelimiters[(selector / 3) % 4]) {
        options.delimiter = QChar(d);
    }
    // Small limits turn the filler and other records into row problems; reading goes on either way.
    options.maxFieldChars = (selector & 0x80) ? kFirstChunk + 64 : 16;
    options.maxColumns = (selector & 0x40) ? 1000 : 4;
    const qint64 shift = 1 + shiftByte % 32;
    const qint64 step = 1 + (shiftByte / 32) % 8;
    const QByteArray input = padded(data, options.encoding, shift);
    const qint64 paddedMaxLine = maxLine + 1; // the filler adds one line break

    QBuffer whole;
    whole.setData(input);
    whole.open(QIODevice::ReadOnly);
    const Outcome a = readAll(whole, options, input.size(), paddedMaxLine);
    TrickleDevice trickle(input, kFirstChunk, step);
    const Outcome b = readAll(trickle, options, input.size(), paddedMaxLine);
    compareOutcomes(a, b);
    return 0;
}
