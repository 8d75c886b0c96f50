#include "MentionSearch.h"

#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace confidant::privacy {

using storage::Database;
using storage::Statement;

namespace {

// A phone matches on its last nine digits (or all of them when it has fewer), so that "+44 20 7946 0958" in a
// note finds the stored "020 7946 0958". Shorter numbers than seven digits would match too much.
constexpr qsizetype kPhoneDigits = 9;
constexpr qsizetype kMinPhoneDigits = 7;
constexpr qsizetype kExcerptContext = 50;

QString digitsOf(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isDigit()) {
            out.append(c);
        }
    }
    return out;
}

using Identifier = MentionIdentifier;

QString excerptAround(const QString& text, qsizetype at, qsizetype length)
{
    const qsizetype from = std::max<qsizetype>(0, at - kExcerptContext);
    const qsizetype to = std::min(text.size(), at + length + kExcerptContext);
    QString out = text.mid(from, to - from).simplified();
    if (from > 0) {
        out.prepend(QStringLiteral("…"));
    }
    if (to < text.size()) {
        out.append(QStringLiteral("…"));
    }
    return out;
}

//! Where in `text` the phone's digits occur, as a position in `text` (the digits may be spread over
//! separators); -1 when they do not.
qsizetype findPhone(const QString& text, const QString& digits, qsizetype* length)
{
    QList<qsizetype> positions; // position in text of each digit
    QString textDigits;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isDigit()) {
            positions.append(i);
            textDigits.append(text.at(i));
        }
    }
    const qsizetype hit = textDigits.indexOf(digits);
    if (hit < 0) {
        return -1;
    }
    const qsizetype start = positions.at(hit);
    *length = positions.at(hit + digits.size() - 1) - start + 1;
    return start;
}

Result<QList<Identifier>> identifiers(Database& db, qint64 contactId)
{
    auto s = db.prepare("SELECT trim(given_name || ' ' || family_name), emails, phones FROM contacts WHERE id = ?1");
    if (!s) {
        return s.error();
    }
    s->bind(1, contactId);
    auto step = s->step();
    if (!step) {
        return step.error();
    }
    if (*step == Statement::Step::Done) {
        return makeError(ErrorKind::NotFound, MentionSearch::tr("That contact no longer exists."));
    }
    QList<Identifier> out;
    const QString name = s->text(0).simplified();
    // A single given or family name alone ("Ada") would flag every other Ada: only the full name counts.
    if (name.contains(QLatin1Char(' '))) {
        out.append({name, name.toCaseFolded(), false});
    }
    for (const auto& v : QJsonDocument::fromJson(s->text(1).toUtf8()).array()) {
        const QString email = v.toObject().value(QLatin1String("value")).toString().trimmed();
        if (!email.isEmpty()) {
            out.append({email, email.toCaseFolded(), false});
        }
    }
    for (const auto& v : QJsonDocument::fromJson(s->text(2).toUtf8()).array()) {
        const QString phone = v.toObject().value(QLatin1String("value")).toString().trimmed();
        const QString digits = digitsOf(phone);
        if (digits.size() >= kMinPhoneDigits) {
            out.append({phone, digits.right(kPhoneDigits), true});
        }
    }
    return out;
}

} // namespace

Result<QStringList> MentionSearch::identifiersOf(Database& db, qint64 contactId)
{
    auto ids = identifiers(db, contactId);
    if (!ids) {
        return ids.error();
    }
    QStringList out;
    for (const auto& id : *ids) {
        out.append(id.shown);
    }
    return out;
}

Result<QList<MentionIdentifier>> MentionSearch::needlesOf(Database& db, qint64 contactId)
{
    return identifiers(db, contactId);
}

QString MentionSearch::redactionMarker()
{
    return tr("[redacted]");
}

QString MentionSearch::redact(const QString& text, const QList<MentionIdentifier>& ids, int* hits)
{
    QString out = text;
    int n = 0;
    const QString marker = redactionMarker();
    for (const MentionIdentifier& id : ids) {
        if (id.needle.isEmpty()) {
            continue;
        }
        qsizetype from = 0;
        while (from < out.size()) {
            qsizetype length = id.shown.size();
            qsizetype at = -1;
            if (id.phone) {
                // The marker holds no digit, so the search may start again at the front.
                at = findPhone(out, id.needle, &length);
            } else {
                at = out.indexOf(id.shown, from, Qt::CaseInsensitive);
            }
            if (at < 0) {
                break;
            }
            if (id.phone) {
                // The match is the number's last digits: take the rest of the written number with it
                // ("+44 20 7946 0958", not "+44 2[redacted]").
                const auto partOfNumber = [&out](qsizetype i) {
                    const QChar c = out.at(i);
                    return c.isDigit() || c == QLatin1Char('+');
                };
                const auto separator = [](QChar c) {
                    return c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('.')
                        || c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char('/');
                };
                while (at > 0
                       && (partOfNumber(at - 1) || (at > 1 && separator(out.at(at - 1)) && partOfNumber(at - 2)))) {
                    --at;
                    ++length;
                }
                while (at + length < out.size() && out.at(at + length).isDigit()) {
                    ++length;
                }
            }
            out.replace(at, length, marker);
            from = at + marker.size();
            ++n;
        }
    }
    if (hits) {
        *hits = n;
    }
    return out;
}

namespace {

QJsonValue redactValue(const QJsonValue& value, const QList<MentionIdentifier>& ids, int* hits)
{
    if (value.isString()) {
        int n = 0;
        const QString redacted = MentionSearch::redact(value.toString(), ids, &n);
        *hits += n;
        return redacted;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const auto& v : value.toArray()) {
            out.append(redactValue(v, ids, hits));
        }
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            out.insert(it.key(), redactValue(it.value(), ids, hits));
        }
        return out;
    }
    return value;
}

} // namespace

QString MentionSearch::redactJson(const QString& json, const QList<MentionIdentifier>& ids, int* hits)
{
    int n = 0;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    QString out = json;
    if (doc.isObject()) {
        const QJsonValue redacted = redactValue(doc.object(), ids, &n);
        if (n > 0) {
            out = QString::fromUtf8(QJsonDocument(redacted.toObject()).toJson(QJsonDocument::Compact));
        }
    } else if (doc.isArray()) {
        const QJsonValue redacted = redactValue(doc.array(), ids, &n);
        if (n > 0) {
            out = QString::fromUtf8(QJsonDocument(redacted.toArray()).toJson(QJsonDocument::Compact));
        }
    }
    if (hits) {
        *hits = n;
    }
    return out;
}

Result<QList<Mention>> MentionSearch::find(Database& db, qint64 contactId)
{
    auto ids = identifiers(db, contactId);
    if (!ids) {
        return ids.error();
    }
    QList<Mention> out;
    if (ids->isEmpty()) {
        return out;
    }
    // Free text held in other records: (type, uid, label, field, text). The person's own row and the
    // activities linked to them alone are theirs already (the access package has them; erasure removes them);
    // an activity they share with other records stays after their erasure, so its text is a mention. Old
    // values in other contacts' change history and saved filters' texts are copies nobody sees at a glance.
    static const char* const kSql
        = "SELECT 'contact', uid, trim(given_name || ' ' || family_name), 'notes', notes FROM contacts "
          "  WHERE id <> ?1 AND coalesce(notes, '') <> '' "
          "UNION ALL SELECT 'company', uid, name, 'notes', notes FROM companies WHERE coalesce(notes, '') <> '' "
          "UNION ALL SELECT 'deal', uid, title, 'title', title FROM deals "
          "UNION ALL SELECT 'deal', uid, title, 'description', description FROM deals WHERE description <> '' "
          "UNION ALL SELECT 'activity', a.uid, a.subject, 'subject', a.subject FROM activities AS a "
          "  WHERE a.subject <> '' AND NOT (EXISTS (SELECT 1 FROM activity_links AS l WHERE l.activity_id = a.id "
          "    AND l.entity_type = 'contact' AND l.entity_id = ?1) AND NOT EXISTS (SELECT 1 FROM activity_links AS o "
          "    WHERE o.activity_id = a.id AND NOT (o.entity_type = 'contact' AND o.entity_id = ?1))) "
          "UNION ALL SELECT 'activity', a.uid, a.subject, 'body', a.body FROM activities AS a "
          "  WHERE a.body <> '' AND NOT (EXISTS (SELECT 1 FROM activity_links AS l WHERE l.activity_id = a.id "
          "    AND l.entity_type = 'contact' AND l.entity_id = ?1) AND NOT EXISTS (SELECT 1 FROM activity_links AS o "
          "    WHERE o.activity_id = a.id AND NOT (o.entity_type = 'contact' AND o.entity_id = ?1))) "
          "UNION ALL SELECT 'contact', c.uid, trim(c.given_name || ' ' || c.family_name), 'history:' || h.field, "
          "  h.old_value FROM contact_field_history AS h JOIN contacts AS c ON c.id = h.contact_id "
          "  WHERE h.contact_id <> ?1 AND coalesce(h.old_value, '') <> '' "
          "UNION ALL SELECT 'saved_filter', uid, name, 'name', name FROM saved_filters "
          "UNION ALL SELECT 'saved_filter', uid, name, 'definition', definition FROM saved_filters "
          "  WHERE definition <> '{}'";
    auto s = db.prepare(kSql);
    if (!s) {
        return s.error();
    }
    s->bind(1, contactId);
    QSet<QString> seen; // type, uid, field: several history rows of one field are one mention
    while (true) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            break;
        }
        const QString key = s->text(0) + QLatin1Char('\n') + s->text(1) + QLatin1Char('\n') + s->text(3);
        if (seen.contains(key)) {
            continue;
        }
        const QString text = s->text(4);
        const QString folded = text.toCaseFolded();
        for (const auto& id : *ids) {
            qsizetype length = id.needle.size();
            const qsizetype at = id.phone ? findPhone(text, id.needle, &length) : folded.indexOf(id.needle);
            if (at < 0) {
                continue;
            }
            // Case folding keeps positions for the scripts CRMs hold; clamp in case it did not.
            const qsizetype shownAt = std::min(at, text.size());
            out.append(
                {s->text(0), s->text(1), s->text(2), s->text(3), id.shown, excerptAround(text, shownAt, length)});
            seen.insert(key);
            break; // one mention per record field is enough for the officer to open it
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) {
        return std::tie(a.entityType, a.entityLabel, a.entityUid) < std::tie(b.entityType, b.entityLabel, b.entityUid);
    });
    return out;
}

} // namespace confidant::privacy
