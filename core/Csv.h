#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QString>
#include <QStringList>

namespace confidant {

//! One CSV field (RFC 4180) that a spreadsheet opens safely: quoted when it holds a comma, quote or line
//! break, and prefixed with an apostrophe when it would start a formula (=, +, -, @, tab, CR).
inline QByteArray csvField(const QString& value)
{
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.front())) {
        v.prepend(QLatin1Char('\''));
    }
    if (v.contains(QLatin1Char('"')) || v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r'))) {
        v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v.toUtf8();
}

//! One CSV record with CRLF, as RFC 4180 writes it.
inline QByteArray csvRecord(const QStringList& values)
{
    QByteArrayList fields;
    for (const QString& v : values) {
        fields.append(csvField(v));
    }
    return fields.join(',') + "\r\n";
}

} // namespace confidant
