#include "core/io/VCardReader.h"

#include "core/io/ContactMapping.h"
#include "core/io/TextSniffer.h"

#include <QDate>
#include <QHash>
#include <QIODevice>
#include <QStringDecoder>

namespace confidant::io {

namespace {

//! One content line: [group.]NAME;params:value, with the value still raw (encoded, escaped).
struct Property
{
    QByteArray group; //!< upper case
    QByteArray name; //!< upper case
    QStringList types; //!< lower case, from TYPE= and bare 2.1 parameters
    QByteArray encoding; //!< upper case
    QString charset;
    QByteArray valueType; //!< upper case VALUE= parameter
    bool pref = false;
    QByteArray raw;
    qint64 line = 0;
};

bool isSkippedBinary(QByteArrayView name)
{
    return name == "PHOTO" || name == "LOGO" || name == "SOUND" || name == "KEY";
}

// The property name of a raw content line, upper case, without its group.
QByteArray propertyName(QByteArrayView line)
{
    qsizetype end = 0;
    while (end < line.size() && line[end] != ';' && line[end] != ':') {
        ++end;
    }
    QByteArrayView name = line.first(end);
    if (const qsizetype dot = name.lastIndexOf('.'); dot >= 0) {
        name = name.sliced(dot + 1);
    }
    return name.toByteArray().trimmed().toUpper();
}

// Splits on `separator` outside double quotes.
QList<QByteArrayView> splitOutsideQuotes(QByteArrayView text, char separator)
{
    QList<QByteArrayView> parts;
    bool quoted = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '"') {
            quoted = !quoted;
        } else if (text[i] == separator && !quoted) {
            parts.append(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    parts.append(text.sliced(start));
    return parts;
}

QByteArray unquote(QByteArrayView value)
{
    QByteArray v = value.toByteArray().trimmed();
    if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"')) {
        v = v.mid(1, v.size() - 2);
    }
    return v;
}

std::optional<Property> parseProperty(const QByteArray& text, qint64 line)
{
    bool quoted = false;
    qsizetype colon = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '"') {
            quoted = !quoted;
        } else if (text[i] == ':' && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon < 0) {
        return std::nullopt;
    }
    Property p;
    p.line = line;
    p.raw = text.mid(colon + 1);
    const QList<QByteArrayView> head = splitOutsideQuotes(QByteArrayView(text).first(colon), ';');
    QByteArray name = head.first().toByteArray().trimmed().toUpper();
    if (const qsizetype dot = name.lastIndexOf('.'); dot >= 0) {
        p.group = name.left(dot);
        name = name.mid(dot + 1);
    }
    p.name = name;
    for (qsizetype i = 1; i < head.size(); ++i) {
        const QByteArrayView param = head[i];
        const qsizetype eq = param.indexOf('=');
        const QByteArray key = (eq < 0 ? param : param.first(eq)).toByteArray().trimmed().toUpper();
        if (eq < 0) {
            // vCard 2.1 bare parameters: TEL;WORK;VOICE, EMAIL;INTERNET, NOTE;QUOTED-PRINTABLE.
            if (key == "QUOTED-PRINTABLE" || key == "BASE64" || key == "8BIT" || key == "7BIT") {
                p.encoding = key;
            } else if (key == "PREF") {
                p.pref = true;
            } else {
                p.types.append(QString::fromLatin1(key).toLower());
            }
            continue;
        }
        const QByteArray value = unquote(param.sliced(eq + 1));
        if (key == "TYPE") {
            for (const QByteArray& t : value.split(',')) {
                const QString type = QString::fromUtf8(unquote(t)).toLower();
                if (type == QLatin1String("pref")) {
                    p.pref = true;
                } else if (!type.isEmpty()) {
                    p.types.append(type);
                }
            }
        } else if (key == "ENCODING") {
            p.encoding = value.toUpper();
        } else if (key == "CHARSET") {
            p.charset = QString::fromLatin1(value);
        } else if (key == "VALUE") {
            p.valueType = value.toUpper();
        } else if (key == "PREF") {
            p.pref = value.trimmed() == "1";
        }
    }
    return p;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

QByteArray decodeQuotedPrintable(QByteArrayView in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c == '=' && i + 2 < in.size()) {
            const int hi = hexValue(in[i + 1]);
            const int lo = hexValue(in[i + 2]);
            if (hi >= 0 && lo >= 0) {
                out.append(char(hi * 16 + lo));
                i += 2;
                continue;
            }
        }
        if (c == '=' && i == in.size() - 1) {
            continue; // a soft line break left at the very end
        }
        out.append(c);
    }
    return out;
}

// Splits an escaped text value on unescaped `separator`; the parts stay escaped.
QStringList splitEscaped(const QString& value, QChar separator)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c == QLatin1Char('\\') && i + 1 < value.size()) {
            current += c;
            current += value[++i];
        } else if (c == separator) {
            parts.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    parts.append(current);
    return parts;
}

QString unescape(const QString& value)
{
    if (!value.contains(QLatin1Char('\\'))) {
        return value;
    }
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c != QLatin1Char('\\') || i + 1 == value.size()) {
            out += c;
            continue;
        }
        const QChar n = value[++i];
        if (n == QLatin1Char('n') || n == QLatin1Char('N')) {
            out += QLatin1Char('\n');
        } else if (n == QLatin1Char('\\') || n == QLatin1Char(',') || n == QLatin1Char(';') || n == QLatin1Char(':')) {
            out += n;
        } else {
            // vCard 2.1 does not escape backslashes ("C:\temp"): keep unknown pairs as they are.
            out += c;
            out += n;
        }
    }
    return out;
}

QString component(const QStringList& parts, qsizetype index)
{
    return unescape(parts.value(index)).trimmed();
}

QString phoneFromUri(QString value)
{
    if (value.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive)) {
        value = value.mid(4);
        const qsizetype ext = value.indexOf(QLatin1String(";ext="), 0, Qt::CaseInsensitive);
        if (ext >= 0) {
            QString extension = value.mid(ext + 5);
            extension.truncate(extension.indexOf(QLatin1Char(';')) < 0 ? extension.size()
                                                                       : extension.indexOf(QLatin1Char(';')));
            value = value.left(ext) + QStringLiteral(" ext. ") + extension;
        } else if (const qsizetype semi = value.indexOf(QLatin1Char(';')); semi >= 0) {
            value.truncate(semi);
        }
    }
    return value.trimmed();
}

} // namespace

VCardReader::VCardReader(QByteArray data)
    : m_data(std::move(data))
{
}

Result<QList<ImportRecord>> VCardReader::readAll(QIODevice& device)
{
    if (!device.isReadable()) {
        return makeError(ErrorKind::Io,
                         tr("The file could not be read; check that it still exists and that you may open it."),
                         device.errorString());
    }
    return readAll(device.readAll());
}

Result<QList<ImportRecord>> VCardReader::readAll(const QByteArray& data)
{
    VCardReader reader(data);
    QList<ImportRecord> records;
    for (;;) {
        ImportRecord record;
        auto more = reader.next(record);
        if (!more) {
            return more.error();
        }
        if (!*more) {
            return records;
        }
        records.append(std::move(record));
    }
}

Error VCardReader::fail(ImportIssue issue, qint64 line, const QString& detail)
{
    QString message;
    QString code;
    switch (issue) {
    case ImportIssue::EmptyFile:
        code = QStringLiteral("vcard: empty file");
        message = tr("The file is empty; choose a vCard (.vcf) file that contains at least one contact.");
        break;
    case ImportIssue::NotText:
        code = QStringLiteral("vcard: binary content");
        message = tr("The file does not look like a vCard file; export the contacts as vCard (.vcf) and choose "
                     "that file.");
        break;
    case ImportIssue::NotVCard:
        code = QStringLiteral("vcard: no BEGIN:VCARD");
        message = tr("The file contains no vCard (no BEGIN:VCARD line); choose a .vcf file exported from an "
                     "address book.");
        break;
    case ImportIssue::NulByte:
        code = QStringLiteral("vcard: NUL byte at line %1").arg(line);
        message = tr("Line %1 contains NUL characters, so the file is damaged or not plain text; export it again "
                     "as vCard and retry.")
                      .arg(line);
        break;
    case ImportIssue::InvalidEncoding:
        code = QStringLiteral("vcard: invalid UTF-8 at line %1").arg(line);
        message
            = tr("Line %1 is not valid UTF-8 text; export the contacts again as vCard with UTF-8 encoding.").arg(line);
        break;
    default:
        Q_ASSERT_X(false, "VCardReader::fail", "not a file-level issue");
        break;
    }
    m_issue = issue;
    m_errorLine = line;
    m_error = makeError(ErrorKind::Invalid, message, detail.isEmpty() ? code : code + QStringLiteral(": ") + detail);
    return *m_error;
}

Result<void> VCardReader::open()
{
    if (m_error) {
        return *m_error;
    }
    if (m_opened) {
        return {};
    }
    m_opened = true;
    switch (TextSniffer::bom(m_data)) {
    case TextSniffer::Bom::Utf8:
        m_data.remove(0, 3);
        break;
    case TextSniffer::Bom::Utf16LE:
    case TextSniffer::Bom::Utf16BE: {
        // Rare, but some Windows tools write UTF-16; everything below works on UTF-8 bytes.
        QStringDecoder decoder(QStringDecoder::Utf16);
        m_data = QString(decoder.decode(m_data)).toUtf8();
        break;
    }
    case TextSniffer::Bom::None:
        break;
    }
    if (m_data.trimmed().isEmpty()) {
        return fail(ImportIssue::EmptyFile, 0);
    }
    if (TextSniffer::looksBinary(m_data)) {
        return fail(ImportIssue::NotText, 0);
    }
    if (const qsizetype nul = m_data.indexOf('\0'); nul >= 0) {
        return fail(ImportIssue::NulByte, QByteArrayView(m_data).first(nul).count('\n') + 1);
    }
    // Skip to the first card; text before it (some exporters add a title) is ignored.
    for (;;) {
        const qsizetype pos = m_pos;
        const qint64 lineBefore = m_line;
        QByteArrayView line;
        if (!readPhysical(line)) {
            return fail(ImportIssue::NotVCard, 0);
        }
        if (line.trimmed().compare("BEGIN:VCARD", Qt::CaseInsensitive) == 0) {
            m_pos = pos;
            m_line = lineBefore;
            return {};
        }
    }
}

bool VCardReader::readPhysical(QByteArrayView& line)
{
    if (m_pos >= m_data.size()) {
        return false;
    }
    qsizetype end = m_data.indexOf('\n', m_pos);
    const qsizetype next = end < 0 ? m_data.size() : end + 1;
    if (end < 0) {
        end = m_data.size();
    }
    line = QByteArrayView(m_data).sliced(m_pos, end - m_pos);
    if (line.endsWith('\r')) {
        line.chop(1);
    }
    m_pos = next;
    ++m_line;
    return true;
}

bool VCardReader::peekPhysical(QByteArrayView& line) const
{
    if (m_pos >= m_data.size()) {
        return false;
    }
    const qsizetype end = m_data.indexOf('\n', m_pos);
    line = QByteArrayView(m_data).sliced(m_pos, (end < 0 ? m_data.size() : end) - m_pos);
    return true;
}

bool VCardReader::readLogical(Line& out)
{
    QByteArrayView first;
    do {
        if (!readPhysical(first)) {
            return false;
        }
    } while (first.trimmed().isEmpty());
    out.number = m_line;
    out.text = first.toByteArray();
    const QByteArray name = propertyName(first);
    const bool skipContent = isSkippedBinary(name);
    const qsizetype colon = first.indexOf(':');
    const bool quotedPrintable = colon > 0 && first.first(colon).toByteArray().toUpper().contains("QUOTED-PRINTABLE");
    QByteArrayView next;
    for (;;) {
        if (!peekPhysical(next)) {
            break;
        }
        if (quotedPrintable && out.text.endsWith('=')) {
            // Quoted-printable soft line break: "=" ends the line and the next line, leading blanks
            // included, is the rest of the value.
            readPhysical(next);
            out.text.chop(1);
            out.text += next;
        } else if (!next.isEmpty() && (next[0] == ' ' || next[0] == '\t')) {
            readPhysical(next);
            if (!skipContent) {
                out.text += next.sliced(1);
            }
        } else {
            break;
        }
    }
    return true;
}

Result<bool> VCardReader::next(ImportRecord& record)
{
    if (auto opened = open(); !opened) {
        return opened.error();
    }
    record = ImportRecord();

    // Find BEGIN:VCARD.
    Line line;
    if (m_pending) {
        line = *std::exchange(m_pending, std::nullopt);
    } else {
        for (;;) {
            if (!readLogical(line)) {
                return false;
            }
            if (line.text.trimmed().compare("BEGIN:VCARD", Qt::CaseInsensitive) == 0) {
                break;
            }
        }
    }
    record.line = line.number;
    QList<Property> properties;
    bool ended = false;
    while (readLogical(line)) {
        const QByteArray trimmed = line.text.trimmed();
        if (trimmed.compare("END:VCARD", Qt::CaseInsensitive) == 0) {
            ended = true;
            break;
        }
        if (trimmed.compare("BEGIN:VCARD", Qt::CaseInsensitive) == 0) {
            m_pending = line;
            break;
        }
        if (auto p = parseProperty(line.text, line.number)) {
            properties.append(std::move(*p));
        }
    }

    // Decode values; Apple's X-ABLabel names the label of the property in the same group.
    QHash<QByteArray, QString> groupLabels;
    const auto decode = [this](const Property& p) -> Result<QString> {
        QByteArray bytes = p.raw;
        if (p.encoding == "QUOTED-PRINTABLE") {
            bytes = decodeQuotedPrintable(bytes);
        } else if (p.encoding == "B" || p.encoding == "BASE64") {
            bytes = QByteArray::fromBase64(bytes);
        }
        bool ok = true;
        QString text = TextSniffer::decodeCharset(bytes, p.charset, &ok);
        if (!ok) {
            return fail(ImportIssue::InvalidEncoding, p.line);
        }
        // Quoted-printable values carry CRLF ("=0D=0A"); contacts store "\n" line breaks.
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        return text;
    };
    for (const Property& p : properties) {
        if (p.name == "X-ABLABEL" && !p.group.isEmpty()) {
            auto text = decode(p);
            if (!text) {
                return text.error();
            }
            groupLabels.insert(p.group, unescape(*text));
        }
    }

    crm::Contact& c = record.contact;
    c.source = QStringLiteral("import:vcard");
    QString formattedName;
    QString additional;
    const Property* address = nullptr;
    QStringList notes;
    bool photoSkipped = false;
    for (const Property& p : properties) {
        if (isSkippedBinary(p.name)) {
            photoSkipped = photoSkipped || p.name == "PHOTO";
            continue;
        }
        static const QList<QByteArray> used {
            "N", "FN", "ORG", "TITLE", "EMAIL", "TEL", "ADR", "NOTE", "CATEGORIES", "UID", "BDAY", "URL"};
        if (!used.contains(p.name)) {
            continue;
        }
        if (p.name == "ADR") {
            if (!address || (p.pref && !address->pref)) {
                address = &p;
            }
            continue;
        }
        auto decoded = decode(p);
        if (!decoded) {
            return decoded.error();
        }
        const QString& text = *decoded;
        const QString label = groupLabels.value(p.group);
        if (p.name == "N") {
            const QStringList parts = splitEscaped(text, QLatin1Char(';'));
            c.familyName = component(parts, 0);
            c.givenName = component(parts, 1);
            additional = component(parts, 2);
        } else if (p.name == "FN") {
            formattedName = unescape(text).trimmed();
        } else if (p.name == "ORG") {
            c.companyName = component(splitEscaped(text, QLatin1Char(';')), 0);
        } else if (p.name == "TITLE") {
            c.jobTitle = unescape(text).trimmed();
        } else if (p.name == "BDAY") {
            // 4.0 "19850423" or "1985-04-23", 3.0 also with a time; "--0423" has no year and is left out.
            const QString day = unescape(text).trimmed().section(QLatin1Char('T'), 0, 0);
            QDate date = QDate::fromString(day, QStringLiteral("yyyyMMdd"));
            if (!date.isValid()) {
                date = QDate::fromString(day, Qt::ISODate);
            }
            if (date.isValid()) {
                c.birthday = date;
            } else if (!day.isEmpty()) {
                record.notes.append(tr("The birthday has no year or is not a date and was left out."));
            }
        } else if (p.name == "URL") {
            if (c.website.isEmpty()) {
                c.website = unescape(text).trimmed();
            }
        } else if (p.name == "EMAIL") {
            QString email = unescape(text).trimmed();
            if (email.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive)) {
                email = email.mid(7).trimmed();
            }
            if (!email.isEmpty()) {
                c.emails.append(
                    {email,
                     ContactMapping::normalizeLabel(label.isEmpty() ? p.types.join(QLatin1Char(',')) : label, false)});
            }
        } else if (p.name == "TEL") {
            const QString phone = phoneFromUri(unescape(text).trimmed());
            if (!phone.isEmpty()) {
                c.phones.append(
                    {phone,
                     ContactMapping::normalizeLabel(label.isEmpty() ? p.types.join(QLatin1Char(',')) : label, true)});
            }
        } else if (p.name == "NOTE") {
            const QString note = unescape(text);
            if (!note.trimmed().isEmpty()) {
                notes.append(note);
            }
        } else if (p.name == "CATEGORIES") {
            for (const QString& raw : splitEscaped(text, QLatin1Char(','))) {
                const QString tag = unescape(raw).trimmed();
                // Google puts every contact in its system group "myContacts".
                if (!tag.isEmpty() && tag.compare(QLatin1String("myContacts"), Qt::CaseInsensitive) != 0
                    && !c.tags.contains(tag, Qt::CaseInsensitive)) {
                    c.tags.append(tag);
                }
            }
        } else if (p.name == "UID") {
            QString uid = unescape(text).trimmed();
            if (uid.startsWith(QLatin1String("urn:uuid:"), Qt::CaseInsensitive)) {
                uid = uid.mid(9);
            }
            record.externalId = uid;
        }
    }
    if (address) {
        auto decoded = decode(*address);
        if (!decoded) {
            return decoded.error();
        }
        const QStringList parts = splitEscaped(*decoded, QLatin1Char(';'));
        const QString extended = component(parts, 1);
        c.street = component(parts, 2);
        if (!extended.isEmpty()) {
            c.street = c.street.isEmpty() ? extended : c.street + QStringLiteral(", ") + extended;
        }
        c.city = component(parts, 3);
        c.region = component(parts, 4);
        c.postcode = component(parts, 5);
        c.country = component(parts, 6);
    }
    if (!additional.isEmpty()) {
        c.givenName = (c.givenName + QLatin1Char(' ') + additional).trimmed();
    }
    // Writers fill FN with the company, email or phone when there is no name; that is not a name.
    const auto isOtherValue = [&c](const QString& text) {
        const auto same = [&text](const crm::LabeledValue& v) { return v.value == text; };
        return text == c.companyName || std::any_of(c.emails.cbegin(), c.emails.cend(), same)
            || std::any_of(c.phones.cbegin(), c.phones.cend(), same);
    };
    if (c.givenName.isEmpty() && c.familyName.isEmpty() && !formattedName.isEmpty() && !isOtherValue(formattedName)) {
        std::tie(c.givenName, c.familyName) = ContactMapping::splitFullName(formattedName);
    }
    c.notes = notes.join(QLatin1Char('\n'));
    if (photoSkipped) {
        record.notes.append(tr("The photo was skipped; Confidant does not store photos."));
    }
    if (!ended) {
        record.issue = ImportIssue::MissingEnd;
        record.problems.append(tr("The contact starting on line %1 has no END:VCARD line; it was skipped. Check "
                                  "that the file is complete.")
                                   .arg(record.line));
    }
    if (c.givenName.isEmpty() && c.familyName.isEmpty() && c.emails.isEmpty() && c.phones.isEmpty()) {
        if (record.issue == ImportIssue::None) {
            record.issue = ImportIssue::NoIdentity;
        }
        record.problems.append(
            tr("The contact starting on line %1 has no name, email or phone; it was skipped.").arg(record.line));
    }
    return true;
}

} // namespace confidant::io
