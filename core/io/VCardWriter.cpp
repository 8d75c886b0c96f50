#include "core/io/VCardWriter.h"

namespace confidant::io {

namespace {

constexpr qsizetype kMaxLineOctets = 75;

QString structured(const QStringList& components)
{
    QStringList escaped;
    for (const QString& c : components) {
        escaped.append(VCardWriter::escape(c));
    }
    return escaped.join(QLatin1Char(';'));
}

QByteArray emailType(const QString& label)
{
    if (label == QLatin1String("work") || label == QLatin1String("home")) {
        return ";TYPE=" + label.toLatin1();
    }
    return {};
}

QByteArray phoneType(const QString& label)
{
    if (label == QLatin1String("mobile")) {
        return ";TYPE=cell";
    }
    if (label == QLatin1String("work") || label == QLatin1String("home")) {
        return ";TYPE=" + label.toLatin1() + ",voice";
    }
    return ";TYPE=voice";
}

} // namespace

QString VCardWriter::escape(const QString& value)
{
    QString out;
    out.reserve(value.size() + 8);
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c == QLatin1Char('\\') || c == QLatin1Char(',') || c == QLatin1Char(';')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QLatin1Char('\r')) {
            // CRLF and lone CR are both one line break.
            if (i + 1 == value.size() || value[i + 1] != QLatin1Char('\n')) {
                out += QStringLiteral("\\n");
            }
        } else if (c == QLatin1Char('\n')) {
            out += QStringLiteral("\\n");
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray VCardWriter::contentLine(const QByteArray& nameAndParams, const QString& value)
{
    const QByteArray line = nameAndParams + ':' + value.toUtf8();
    QByteArray out;
    out.reserve(line.size() + line.size() / kMaxLineOctets * 3 + 2);
    qsizetype pos = 0;
    qsizetype room = kMaxLineOctets;
    while (line.size() - pos > room) {
        qsizetype cut = pos + room;
        // Never split a UTF-8 sequence: back up while the next byte is a continuation byte (10xxxxxx).
        while (cut > pos && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) {
            --cut;
        }
        out += QByteArrayView(line).sliced(pos, cut - pos);
        out += "\r\n ";
        pos = cut;
        room = kMaxLineOctets - 1; // the leading space of a continuation line counts
    }
    out += QByteArrayView(line).sliced(pos);
    out += "\r\n";
    return out;
}

QByteArray VCardWriter::write(const crm::Contact& contact)
{
    QByteArray out = "BEGIN:VCARD\r\nVERSION:4.0\r\n";
    QString formatted = contact.displayName();
    if (formatted.isEmpty()) {
        formatted = !contact.companyName.isEmpty() ? contact.companyName
            : !contact.emails.isEmpty()            ? contact.emails.first().value
            : !contact.phones.isEmpty()            ? contact.phones.first().value
                                                   : QString();
    }
    out += contentLine("FN", escape(formatted));
    out += contentLine("N", structured({contact.familyName, contact.givenName, {}, {}, {}}));
    for (const crm::LabeledValue& email : contact.emails) {
        out += contentLine("EMAIL" + emailType(email.label), escape(email.value));
    }
    for (const crm::LabeledValue& phone : contact.phones) {
        out += contentLine("TEL" + phoneType(phone.label), escape(phone.value));
    }
    if (!(contact.street + contact.postcode + contact.city + contact.region + contact.country).isEmpty()) {
        out += contentLine(
            "ADR",
            structured({{}, {}, contact.street, contact.city, contact.region, contact.postcode, contact.country}));
    }
    if (!contact.companyName.isEmpty()) {
        out += contentLine("ORG", escape(contact.companyName));
    }
    if (!contact.jobTitle.isEmpty()) {
        out += contentLine("TITLE", escape(contact.jobTitle));
    }
    if (contact.birthday.isValid()) {
        out += contentLine("BDAY", contact.birthday.toString(QStringLiteral("yyyyMMdd")));
    }
    if (!contact.website.isEmpty()) {
        out += contentLine("URL", escape(contact.website));
    }
    if (!contact.notes.isEmpty()) {
        out += contentLine("NOTE", escape(contact.notes));
    }
    if (!contact.tags.isEmpty()) {
        QStringList tags;
        for (const QString& tag : contact.tags) {
            tags.append(escape(tag));
        }
        out += contentLine("CATEGORIES", tags.join(QLatin1Char(',')));
    }
    if (!contact.uid.isEmpty()) {
        out += contentLine("UID", QStringLiteral("urn:uuid:") + contact.uid);
    }
    out += "END:VCARD\r\n";
    return out;
}

QByteArray VCardWriter::write(const QList<crm::Contact>& contacts)
{
    QByteArray out;
    for (const crm::Contact& c : contacts) {
        out += write(c);
    }
    return out;
}

} // namespace confidant::io
