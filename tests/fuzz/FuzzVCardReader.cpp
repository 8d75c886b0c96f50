// Fuzzes io::VCardReader (with TextSniffer's charset decoding and ContactMapping's label and name rules)
// the way crm::ImportService::scanVCard drives it: open(), then next() until the end or a file-level
// error. Every contact read is then written with io::VCardWriter and read back, as an export and a
// re-import would.

#include "core/io/VCardReader.h"
#include "core/io/VCardWriter.h"

#include <QStringDecoder>

#include "FuzzCheck.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>

using namespace confidant;
using namespace confidant::io;

namespace {

bool isFileLevel(ImportIssue issue)
{
    switch (issue) {
    case ImportIssue::EmptyFile:
    case ImportIssue::NotText:
    case ImportIssue::NotVCard:
    case ImportIssue::NulByte:
    case ImportIssue::InvalidEncoding:
        return true;
    default:
        return false;
    }
}

//! The bytes the reader parses: UTF-16 (with a byte order mark) is converted to UTF-8 first.
QByteArray asParsed(const QByteArray& data)
{
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(QStringDecoder::Utf16);
        return QString(decoder.decode(data)).toUtf8();
    }
    return data;
}

void checkRoundTrip(const crm::Contact& contact)
{
    // Control characters (NUL too) reach a value through an encoding (quoted-printable "=00", base64) or
    // a few stray bytes in a long file; written out raw they make a short card look binary or damaged, and
    // the reader refuses it (docs/FUZZING.md "Findings"). The trip is checked for every other contact.
    const auto hasControl = [](const QString& s) {
        return std::any_of(s.cbegin(), s.cend(), [](QChar c) {
            return c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n') && c != QLatin1Char('\r')
                && c != QLatin1Char('\f');
        });
    };
    bool control = hasControl(contact.givenName) || hasControl(contact.familyName) || hasControl(contact.companyName)
        || hasControl(contact.jobTitle) || hasControl(contact.notes) || hasControl(contact.website)
        || hasControl(contact.street) || hasControl(contact.city) || hasControl(contact.region)
        || hasControl(contact.postcode) || hasControl(contact.country);
    for (const auto& v : contact.emails + contact.phones) {
        control = control || hasControl(v.value);
    }
    for (const QString& t : contact.tags) {
        control = control || hasControl(t);
    }
    const QByteArray written = VCardWriter::write(contact);
    const auto reread = VCardReader::readAll(written);
    if (control) {
        return;
    }
    if (!reread) {
        std::fprintf(stderr,
                     "re-reading the written card failed: %s\n%s\n",
                     qPrintable(reread.error().detail),
                     written.constData());
    }
    FUZZ_CHECK(reread.ok());
    FUZZ_CHECK(reread->size() == 1);
    const ImportRecord& again = reread->first();
    FUZZ_CHECK(again.issue == ImportIssue::None || again.issue == ImportIssue::NoIdentity);
    FUZZ_CHECK(again.contact.emails.size() <= contact.emails.size());
    FUZZ_CHECK(again.contact.phones.size() <= contact.phones.size());
    FUZZ_CHECK(again.contact.birthday == contact.birthday);
    // Text survives the trip, but for two normalisations: the writer turns a lone CR into a line break (the
    // vCard escape has no CR), and a value that starts with U+FEFF loses it when read (Qt's decoder skips
    // an initial byte order mark; "N:\uFEFFDoe;Jane" can arise from "FN:Jane \uFEFFDoe").
    const auto same = [](QString a, QString b) {
        for (QString* s : {&a, &b}) {
            s->replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
            s->remove(QChar(0xFEFF));
        }
        return a == b;
    };
    FUZZ_CHECK(same(again.contact.givenName, contact.givenName));
    FUZZ_CHECK(same(again.contact.familyName, contact.familyName));
    FUZZ_CHECK(same(again.contact.companyName, contact.companyName));
    FUZZ_CHECK(same(again.contact.jobTitle, contact.jobTitle));
    FUZZ_CHECK(same(again.contact.notes, contact.notes));
    FUZZ_CHECK(same(again.contact.tags.join(QLatin1Char('\x1f')), contact.tags.join(QLatin1Char('\x1f'))));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size)
{
    const QByteArray data(reinterpret_cast<const char*>(bytes), qsizetype(size));
    const QByteArray parsed = asParsed(data);
    const qint64 maxLine = fuzz::lineBreakBytes(parsed) + 1;
    // Every card starts at a BEGIN:VCARD line, which may be folded like any other.
    QByteArray unfolded = parsed.toLower();
    for (const char* fold : {"\r\n ", "\r\n\t", "\n ", "\n\t"}) {
        unfolded.replace(fold, "");
    }
    const qint64 maxCards = unfolded.count("begin:vcard");

    VCardReader reader(data);
    if (auto opened = reader.open(); !opened) {
        FUZZ_CHECK(isFileLevel(reader.issue()));
        FUZZ_CHECK(!opened.error().message.isEmpty());
        return 0;
    }
    FUZZ_CHECK(maxCards >= 1);
    qint64 cards = 0;
    qint64 lastLine = 0;
    for (;;) {
        ImportRecord record;
        auto more = reader.next(record);
        if (!more) {
            FUZZ_CHECK(isFileLevel(reader.issue()));
            FUZZ_CHECK(reader.errorLine() >= 0 && reader.errorLine() <= maxLine);
            FUZZ_CHECK(!more.error().message.isEmpty());
            // Errors stick: the import never goes on after one.
            const ImportIssue issue = reader.issue();
            ImportRecord again;
            auto later = reader.next(again);
            FUZZ_CHECK(!later && reader.issue() == issue);
            break;
        }
        if (!*more) {
            FUZZ_CHECK(reader.issue() == ImportIssue::None);
            break;
        }
        ++cards;
        FUZZ_CHECK(cards <= maxCards);
        FUZZ_CHECK(record.line > lastLine);
        lastLine = record.line;
        FUZZ_CHECK(record.issue == ImportIssue::None || record.issue == ImportIssue::MissingEnd
                   || record.issue == ImportIssue::NoIdentity);
        FUZZ_CHECK(record.contact.source == QLatin1String("import:vcard"));
        fuzz::checkImportRecord(record, maxLine);
        checkRoundTrip(record.contact);
    }
    return 0;
}
