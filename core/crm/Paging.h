#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QString>

namespace confidant::crm {

//! Keyset-paging cursors: the last row's sort key and rowid, opaque to callers (never OFFSET).
namespace cursor {

//! What a cursor belongs to: the sort order, or the search (a short hash of its normalised query), so a
//! cursor from another list is refused instead of silently skipping rows.
inline QString tagFor(const QString& sortName, const QString& ftsQuery)
{
    if (ftsQuery.isEmpty()) {
        return sortName;
    }
    const QByteArray digest = QCryptographicHash::hash(ftsQuery.toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("search:") + QString::fromLatin1(digest.toHex().left(12));
}

inline QString encode(const QString& tag, const QJsonArray& key)
{
    QJsonArray tagged {tag};
    for (const auto& v : key) {
        tagged.append(v);
    }
    return QString::fromLatin1(QJsonDocument(tagged)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

//! The key of a cursor made with `tag` holding `size` values; empty when `text` is not such a cursor.
inline QJsonArray decode(const QString& text, const QString& tag, qsizetype size)
{
    const auto bytes = QByteArray::fromBase64(text.toLatin1(), QByteArray::Base64UrlEncoding);
    QJsonArray array = QJsonDocument::fromJson(bytes).array();
    if (array.size() != size + 1 || array.first().toString() != tag) {
        return {};
    }
    array.removeFirst();
    return array;
}

} // namespace cursor

} // namespace confidant::crm
