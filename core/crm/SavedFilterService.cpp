#include "SavedFilterService.h"

#include "core/crm/FtsQuery.h"
#include "core/crm/SensitiveFields.h"
#include "core/security/MutationGate.h"
#include "core/storage/Statement.h"

#include <QJsonDocument>
#include <QUuid>

namespace confidant::crm {

using storage::Database;
using storage::Statement;

namespace {

constexpr qsizetype kMaxNameLength = 100;

const QStringList& entityTypes()
{
    static const QStringList types {QStringLiteral("contact"), QStringLiteral("company"), QStringLiteral("deal")};
    return types;
}

SavedFilter readFilter(const Statement& s)
{
    SavedFilter f;
    f.id = s.int64(0);
    f.uid = s.text(1);
    f.name = s.text(2);
    f.entityType = s.text(3);
    f.definition = QJsonDocument::fromJson(s.text(4).toUtf8()).object();
    f.createdAtMs = s.int64(5);
    f.updatedAtMs = s.int64(6);
    return f;
}

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

constexpr const char* kSelect
    = "SELECT id, uid, name, entity_type, definition, created_at, updated_at FROM saved_filters ";

} // namespace

SavedFilterService::SavedFilterService(security::MutationGate& gate, const Clock& clock)
    : m_gate(gate)
    , m_clock(clock)
{
}

QString SavedFilterService::sqlConditions(const ContactFilter& filter, int param, const QSet<QString>& withheld)
{
    const QString p = QStringLiteral("?%1").arg(param);
    QString sql;
    // A condition on a field the profile may not see matches nothing: else filtering by guesses would read it.
    const bool hidden = (!filter.tags.isEmpty() && withheld.contains(QStringLiteral("tag")))
        || (!filter.company.trimmed().isEmpty() && withheld.contains(QStringLiteral("company")))
        || (!filter.city.trimmed().isEmpty() && withheld.contains(QStringLiteral("city")))
        || (!filter.country.trimmed().isEmpty() && withheld.contains(QStringLiteral("country")));
    if (hidden) {
        return QStringLiteral(" AND json_valid(%1) AND 0").arg(p);
    }
    if (!filter.search.trimmed().isEmpty()) {
        sql += SensitiveFields::searchable(ftsPrefixQuery(filter.search), QStringLiteral("contact"), withheld).isEmpty()
            ? QStringLiteral(" AND json_extract(%1, '$.fts') IS NOT NULL").arg(p) // no word to search: nothing
            : QStringLiteral(" AND c.id IN (SELECT rowid FROM contact_fts WHERE contact_fts MATCH json_extract(%1, "
                             "'$.fts'))")
                  .arg(p);
    }
    if (!filter.tags.isEmpty()) {
        sql += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM json_each(%1, '$.tags') AS want WHERE NOT EXISTS ("
                              "SELECT 1 FROM contact_tags AS fct JOIN tags AS ft ON ft.id = fct.tag_id "
                              "WHERE fct.contact_id = c.id AND ft.name = want.value))")
                   .arg(p);
    }
    if (!filter.company.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND c.company_id IN (SELECT fco.id FROM companies AS fco "
                              "WHERE fco.name = json_extract(%1, '$.company') COLLATE NOCASE)")
                   .arg(p);
    }
    if (!filter.city.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND c.city = json_extract(%1, '$.city') COLLATE NOCASE").arg(p);
    }
    if (!filter.country.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND c.country = json_extract(%1, '$.country') COLLATE NOCASE").arg(p);
    }
    if (filter.updatedSinceMs) {
        sql += QStringLiteral(" AND c.updated_at >= json_extract(%1, '$.updated_since')").arg(p);
    }
    if (filter.updatedBeforeMs) {
        sql += QStringLiteral(" AND c.updated_at < json_extract(%1, '$.updated_before')").arg(p);
    }
    return sql;
}

QString SavedFilterService::sqlParameter(const ContactFilter& filter, const QSet<QString>& withheld)
{
    QJsonObject o = filter.toJson();
    const QString fts = SensitiveFields::searchable(ftsPrefixQuery(filter.search), QStringLiteral("contact"), withheld);
    if (!fts.isEmpty()) {
        o.insert(QStringLiteral("fts"), fts);
    }
    return compact(o);
}

Result<void> SavedFilterService::checkDefinition(const QString& entityType, const QJsonObject& definition) const
{
    if (entityType != QLatin1String("contact")) {
        return {};
    }
    static const QStringList known {QStringLiteral("search"),
                                    QStringLiteral("tags"),
                                    QStringLiteral("company"),
                                    QStringLiteral("city"),
                                    QStringLiteral("country"),
                                    QStringLiteral("updated_since"),
                                    QStringLiteral("updated_before")};
    for (auto it = definition.constBegin(); it != definition.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            return makeError(ErrorKind::Invalid,
                             tr("A contact filter cannot use \"%1\"; use search, tags, company, city, country, "
                                "updated_since or updated_before.")
                                 .arg(it.key()));
        }
    }
    if (definition.contains(QLatin1String("tags")) && !definition.value(QLatin1String("tags")).isArray()) {
        return makeError(ErrorKind::Invalid, tr("The tags of a filter must be a list."));
    }
    return {};
}

Result<SavedFilter>
SavedFilterService::create(const QString& name, const QString& entityType, const QJsonObject& definition)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > kMaxNameLength) {
        return makeError(ErrorKind::Invalid, tr("Give the filter a name of 1 to %1 characters.").arg(kMaxNameLength));
    }
    if (!entityTypes().contains(entityType)) {
        return makeError(ErrorKind::Invalid, tr("A filter is for contacts, companies or deals."));
    }
    if (auto ok = checkDefinition(entityType, definition); !ok) {
        return ok.error();
    }
    SavedFilter f;
    f.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    f.name = trimmed;
    f.entityType = entityType;
    f.definition = entityType == QLatin1String("contact") ? ContactFilter::fromJson(definition).toJson() : definition;
    f.createdAtMs = f.updatedAtMs = m_clock.nowMs();
    security::Mutation m {QStringLiteral("saved_filter.create"),
                          QStringLiteral("saved_filter"),
                          f.uid,
                          {QStringLiteral("name"), QStringLiteral("definition")}};
    m.permission = security::Permission::EditContacts;
    m.note = QStringLiteral("entity=") + entityType;
    return m_gate.apply<SavedFilter>(m, [&](Database& db, security::Mutation&) -> Result<SavedFilter> {
        auto exists = db.prepare("SELECT 1 FROM saved_filters WHERE entity_type = ?1 AND name = ?2");
        if (!exists) {
            return exists.error();
        }
        exists->bind(1, entityType).bind(2, trimmed);
        auto step = exists->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Row) {
            return makeError(ErrorKind::Conflict,
                             tr("A filter of that name exists already; choose another name or delete it first."));
        }
        auto s = db.prepare("INSERT INTO saved_filters (uid, name, entity_type, definition, created_at, updated_at) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        if (!s) {
            return s.error();
        }
        s->bind(1, f.uid)
            .bind(2, f.name)
            .bind(3, f.entityType)
            .bind(4, compact(f.definition))
            .bind(5, f.createdAtMs)
            .bind(6, f.updatedAtMs);
        if (auto r = s->run(); !r) {
            return r.error();
        }
        f.id = db.lastInsertRowId();
        return f;
    });
}

Result<SavedFilter> SavedFilterService::get(const QString& entityType, const QString& name) const
{
    security::Mutation read {QStringLiteral("saved_filter.view"), QStringLiteral("saved_filter")};
    read.permission = security::Permission::ViewContacts;
    if (auto allowed = m_gate.require(read); !allowed) {
        return allowed.error();
    }
    auto s = m_gate.db().prepare(QString::fromLatin1(kSelect) + QStringLiteral("WHERE entity_type = ?1 AND name = ?2"));
    if (!s) {
        return s.error();
    }
    s->bind(1, entityType).bind(2, name.trimmed());
    auto step = s->step();
    if (!step) {
        return step.error();
    }
    if (*step == Statement::Step::Done) {
        return makeError(ErrorKind::NotFound, tr("No saved filter has that name; see the list of saved filters."));
    }
    return readFilter(*s);
}

Result<QList<SavedFilter>> SavedFilterService::list(const QString& entityType) const
{
    security::Mutation read {QStringLiteral("saved_filter.list"), QStringLiteral("saved_filter")};
    read.permission = security::Permission::ViewContacts;
    if (auto allowed = m_gate.require(read); !allowed) {
        return allowed.error();
    }
    auto s = m_gate.db().prepare(QString::fromLatin1(kSelect)
                                 + QStringLiteral("WHERE ?1 = '' OR entity_type = ?1 ORDER BY entity_type, name"));
    if (!s) {
        return s.error();
    }
    s->bind(1, entityType);
    QList<SavedFilter> out;
    while (true) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            break;
        }
        out.append(readFilter(*s));
    }
    return out;
}

Result<SavedFilter> SavedFilterService::rename(const QString& entityType, const QString& name, const QString& newName)
{
    auto existing = get(entityType, name);
    if (!existing) {
        return existing.error();
    }
    const QString trimmed = newName.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > kMaxNameLength) {
        return makeError(ErrorKind::Invalid, tr("Give the filter a name of 1 to %1 characters.").arg(kMaxNameLength));
    }
    SavedFilter f = *existing;
    f.name = trimmed;
    f.updatedAtMs = m_clock.nowMs();
    security::Mutation m {
        QStringLiteral("saved_filter.update"), QStringLiteral("saved_filter"), f.uid, {QStringLiteral("name")}};
    m.permission = security::Permission::EditContacts;
    return m_gate.apply<SavedFilter>(m, [&](Database& db, security::Mutation&) -> Result<SavedFilter> {
        auto clash = db.prepare("SELECT 1 FROM saved_filters WHERE entity_type = ?1 AND name = ?2 AND id <> ?3");
        if (!clash) {
            return clash.error();
        }
        clash->bind(1, entityType).bind(2, trimmed).bind(3, f.id);
        auto step = clash->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Row) {
            return makeError(ErrorKind::Conflict,
                             tr("A filter of that name exists already; choose another name or delete it first."));
        }
        auto s = db.prepare("UPDATE saved_filters SET name = ?2, updated_at = ?3 WHERE id = ?1");
        if (!s) {
            return s.error();
        }
        if (auto r = s->bind(1, f.id).bind(2, f.name).bind(3, f.updatedAtMs).run(); !r) {
            return r.error();
        }
        return f;
    });
}

Result<SavedFilter>
SavedFilterService::update(const QString& entityType, const QString& name, const QJsonObject& definition)
{
    auto existing = get(entityType, name);
    if (!existing) {
        return existing.error();
    }
    if (auto ok = checkDefinition(entityType, definition); !ok) {
        return ok.error();
    }
    SavedFilter f = *existing;
    f.definition = entityType == QLatin1String("contact") ? ContactFilter::fromJson(definition).toJson() : definition;
    f.updatedAtMs = m_clock.nowMs();
    security::Mutation m {
        QStringLiteral("saved_filter.update"), QStringLiteral("saved_filter"), f.uid, {QStringLiteral("definition")}};
    m.permission = security::Permission::EditContacts;
    return m_gate.apply<SavedFilter>(m, [&](Database& db, security::Mutation&) -> Result<SavedFilter> {
        auto s = db.prepare("UPDATE saved_filters SET definition = ?2, updated_at = ?3 WHERE id = ?1");
        if (!s) {
            return s.error();
        }
        if (auto r = s->bind(1, f.id).bind(2, compact(f.definition)).bind(3, f.updatedAtMs).run(); !r) {
            return r.error();
        }
        return f;
    });
}

Result<void> SavedFilterService::remove(const QString& entityType, const QString& name)
{
    auto existing = get(entityType, name);
    if (!existing) {
        return existing.error();
    }
    security::Mutation m {QStringLiteral("saved_filter.delete"), QStringLiteral("saved_filter"), existing->uid, {}};
    m.permission = security::Permission::EditContacts;
    return m_gate.apply<void>(m, [&](Database& db, security::Mutation&) -> Result<void> {
        auto s = db.prepare("DELETE FROM saved_filters WHERE id = ?1");
        if (!s) {
            return s.error();
        }
        return s->bind(1, existing->id).run();
    });
}

Result<ContactPage>
SavedFilterService::matchingContacts(const ContactFilter& filter, const QString& after, int limit) const
{
    ContactService contacts(m_gate, m_clock);
    ContactQuery query;
    query.filter = filter;
    query.after = after;
    query.limit = limit;
    if (filter.isEmpty()) {
        // An empty filter is every contact: the plain list.
        query.filter = {};
    }
    return contacts.list(query);
}

} // namespace confidant::crm
