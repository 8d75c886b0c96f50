#pragma once

#include <QString>
#include <QStringList>

namespace confidant::crm {

//! Turns what a user types into an FTS5 query: every word becomes a quoted prefix term, all ANDed, so
//! "ann@exa" finds anna@example.com and no FTS5 syntax can be injected.
inline QString ftsPrefixQuery(const QString& userText)
{
    QStringList terms;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty()) {
            terms.append(QLatin1Char('"') + current + QStringLiteral("\"*"));
            current.clear();
        }
    };
    for (const QChar c : userText) {
        if (c.isLetterOrNumber() || c.isMark()) {
            current.append(c);
        } else {
            flush();
        }
        if (terms.size() >= 16) {
            break;
        }
    }
    flush();
    return terms.join(QLatin1Char(' '));
}

} // namespace confidant::crm
