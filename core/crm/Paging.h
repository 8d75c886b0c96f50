#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QString>
#include <QVariantList>

namespace confidant::crm {

//! Keyset-paging cursors: the last row's sort key and rowid, opaque to callers (never OFFSET).
namespace cursor {

inline QString encode(const QJsonArray& key)
{
    return QString::fromLatin1(QJsonDocument(key)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

//! An empty array when `text` is not a cursor we made.
inline QJsonArray decode(const QString& text)
{
    const auto bytes = QByteArray::fromBase64(text.toLatin1(), QByteArray::Base64UrlEncoding);
    return QJsonDocument::fromJson(bytes).array();
}

} // namespace cursor

} // namespace confidant::crm
