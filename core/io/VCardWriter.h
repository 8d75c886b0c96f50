#pragma once

#include "core/crm/Contact.h"

#include <QByteArray>
#include <QList>

namespace confidant::io {

//! Writes contacts as vCard 4.0 (RFC 6350): UTF-8, CRLF line ends, text escaped (\\ \, \; \n) and lines
//! folded at 75 octets without splitting a UTF-8 sequence. The contact's uid becomes UID:urn:uuid:….
class VCardWriter
{
public:
    static QByteArray write(const crm::Contact& contact);
    static QByteArray write(const QList<crm::Contact>& contacts);
    //! One content line, folded, with CRLF: `nameAndParams` is written as is, `value` already escaped.
    static QByteArray contentLine(const QByteArray& nameAndParams, const QString& value);
    //! Escapes a text value (or one component of a structured value).
    static QString escape(const QString& value);
};

} // namespace confidant::io
