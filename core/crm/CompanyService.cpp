#include "CompanyService.h"

#include "core/crm/FtsQuery.h"
#include "core/crm/Paging.h"
#include "core/crm/SensitiveFields.h"
#include "core/crm/Validation.h"
#include "core/privacy/LegalHoldService.h"
#include "core/security/MutationGate.h"
#include "core/storage/Statement.h"

#include <QDateTime>
#include <QUuid>

#include <algorithm>
#include <limits>
#include <tuple>

namespace confidant::crm {

using storage::Database;
using storage::Statement;

namespace {

// Reads need "view contacts"; a denial is audited by the gate.
Result<void> mayView(security::MutationGate& gate, const char* action)
{
    security::Mutation read {QString::fromLatin1(action), QStringLiteral("company")};
    read.permission = security::Permission::ViewContacts;
    return gate.require(read);
}

constexpr const char* kSelectCompany = "SELECT id, uid, name, domain, phone, street, postcode, city, region, country, "
                                       "notes, source, created_at, updated_at FROM companies ";

Company readCompany(const Statement& s)
{
    Company c;
    c.id = CompanyId {s.int64(0)};
    c.uid = s.text(1);
    c.name = s.text(2);
    c.domain = s.text(3);
    c.phone = s.text(4);
    c.street = s.text(5);
    c.postcode = s.text(6);
    c.city = s.text(7);
    c.region = s.text(8);
    c.country = s.text(9);
    c.notes = s.text(10);
    c.source = s.text(11);
    c.createdAtMs = s.int64(12);
    c.updatedAtMs = s.int64(13);
    return c;
}

// Art. 9: special-category values reach only profiles with "view sensitive fields"; others see them empty.
Result<std::optional<QSet<QString>>> withheldFields(security::MutationGate& gate)
{
    if (gate.may(security::Permission::ViewSensitive)) {
        return std::optional<QSet<QString>> {};
    }
    auto special = SensitiveFields::of(gate.db(), QStringLiteral("company"));
    if (!special) {
        return special.error();
    }
    return std::optional<QSet<QString>> {*special};
}

// Empties what `gate`'s profile may not see of `company`.
Result<void> withholdFrom(security::MutationGate& gate, Company& company)
{
    auto withheld = withheldFields(gate);
    if (!withheld) {
        return withheld.error();
    }
    if (*withheld) {
        SensitiveFields::withhold(company, **withheld);
    }
    return {};
}

void bindCompany(Statement& s, const Company& c)
{
    s.bind(2, c.name.trimmed())
        .bindTextOrNull(3, c.domain.trimmed().toLower())
        .bindTextOrNull(4, c.phone.trimmed())
        .bindTextOrNull(5, c.street.trimmed())
        .bindTextOrNull(6, c.postcode.trimmed())
        .bindTextOrNull(7, c.city.trimmed())
        .bindTextOrNull(8, c.region.trimmed())
        .bindTextOrNull(9, c.country.trimmed())
        .bindTextOrNull(10, c.notes);
}

// The names of the fields an edit changes (for the audit trail); never values.
QStringList changedCompanyFields(const Company& before, const Company& after)
{
    QStringList names;
    const std::tuple<const QString*, const QString*, const char*> fields[]
        = {{&before.name, &after.name, "name"},
           {&before.domain, &after.domain, "domain"},
           {&before.phone, &after.phone, "phone"},
           {&before.street, &after.street, "street"},
           {&before.postcode, &after.postcode, "postcode"},
           {&before.city, &after.city, "city"},
           {&before.region, &after.region, "region"},
           {&before.country, &after.country, "country"},
           {&before.notes, &after.notes, "notes"}};
    for (const auto& [a, b, name] : fields) {
        if (a->trimmed() != b->trimmed()) {
            names.append(QString::fromLatin1(name));
        }
    }
    return names;
}

QStringList companyFieldNames(const Company& c)
{
    QStringList names {QStringLiteral("name")};
    const std::pair<const QString*, const char*> fields[] = {{&c.domain, "domain"},
                                                             {&c.phone, "phone"},
                                                             {&c.street, "street"},
                                                             {&c.postcode, "postcode"},
                                                             {&c.city, "city"},
                                                             {&c.region, "region"},
                                                             {&c.country, "country"},
                                                             {&c.notes, "notes"}};
    for (const auto& [value, name] : fields) {
        if (!value->isEmpty()) {
            names.append(QString::fromLatin1(name));
        }
    }
    if (!c.tags.isEmpty()) {
        names.append(QStringLiteral("tag"));
    }
    return names;
}

// Replaces a company's tags (the `company_tags` table; tag names are shared with contacts and deals).
Result<void> writeTags(Database& db, CompanyId id, const QStringList& tags, bool isNew)
{
    if (!isNew) {
        auto clear = db.prepare("DELETE FROM company_tags WHERE company_id = ?1");
        if (!clear) {
            return clear.error();
        }
        if (auto r = clear->bind(1, id.value).run(); !r) {
            return r;
        }
    }
    auto addTag = db.prepare("INSERT INTO tags (name) VALUES (?1) ON CONFLICT (name) DO NOTHING");
    auto link
        = db.prepare("INSERT OR IGNORE INTO company_tags (company_id, tag_id) SELECT ?1, id FROM tags WHERE name = ?2");
    if (!addTag) {
        return addTag.error();
    }
    if (!link) {
        return link.error();
    }
    for (const QString& raw : tags) {
        const QString tag = raw.trimmed();
        if (tag.isEmpty()) {
            continue;
        }
        addTag->reset();
        if (auto r = addTag->bind(1, tag).run(); !r) {
            return r;
        }
        link->reset();
        if (auto r = link->bind(1, id.value).bind(2, tag).run(); !r) {
            return r;
        }
    }
    return {};
}

Result<QStringList> readTags(Database& db, CompanyId id)
{
    auto s = db.prepare("SELECT t.name FROM company_tags AS ct JOIN tags AS t ON t.id = ct.tag_id "
                        "WHERE ct.company_id = ?1 ORDER BY t.name COLLATE NOCASE");
    if (!s) {
        return s.error();
    }
    s->bind(1, id.value);
    QStringList tags;
    while (true) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            break;
        }
        tags.append(s->text(0));
    }
    return tags;
}

QString sortedTagKey(QStringList tags)
{
    for (QString& t : tags) {
        t = t.trimmed().toCaseFolded();
    }
    tags.removeAll(QString());
    tags.sort();
    tags.removeDuplicates();
    return tags.join(QLatin1Char('\n'));
}

} // namespace

CompanyService::CompanyService(security::MutationGate& gate, const Clock& clock)
    : m_gate(gate)
    , m_clock(clock)
{
}

Result<Company> CompanyService::create(Company company)
{
    if (const auto errors = Validation::validate(company); !errors.isEmpty()) {
        return makeError(ErrorKind::Invalid, Validation::summary(errors));
    }
    company.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    company.createdAtMs = company.updatedAtMs = m_clock.nowMs();
    security::Mutation m {
        QStringLiteral("company.create"), QStringLiteral("company"), company.uid, companyFieldNames(company)};
    m.permission = security::Permission::EditContacts;
    return m_gate.apply<Company>(m, [&](Database& db, security::Mutation&) -> Result<Company> {
        auto s = db.prepare("INSERT INTO companies (uid, name, domain, phone, street, postcode, city, region, country, "
                            "notes, source, created_at, updated_at) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
        if (!s) {
            return s.error();
        }
        s->bind(1, company.uid).bind(11, company.source).bind(12, company.createdAtMs).bind(13, company.updatedAtMs);
        bindCompany(*s, company);
        if (auto r = s->run(); !r) {
            return r.error();
        }
        company.id = CompanyId {db.lastInsertRowId()};
        if (auto r = writeTags(db, company.id, company.tags, true); !r) {
            return r.error();
        }
        return company;
    });
}

Result<Company> CompanyService::get(CompanyId id) const
{
    if (auto allowed = mayView(m_gate, "company.view"); !allowed) {
        return allowed.error();
    }
    auto company = load(id);
    if (!company) {
        return company.error();
    }
    if (auto r = withholdFrom(m_gate, *company); !r) {
        return r.error();
    }
    return company;
}

Result<Company> CompanyService::load(CompanyId id) const
{
    auto s = m_gate.db().prepare(QString::fromLatin1(kSelectCompany) + QStringLiteral("WHERE id = ?1"));
    if (!s) {
        return s.error();
    }
    s->bind(1, id.value);
    auto step = s->step();
    if (!step) {
        return step.error();
    }
    if (*step == Statement::Step::Done) {
        return makeError(ErrorKind::NotFound, tr("No such company; it may have been deleted."));
    }
    Company company = readCompany(*s);
    auto tags = readTags(m_gate.db(), company.id);
    if (!tags) {
        return tags.error();
    }
    company.tags = *tags;
    return company;
}

Result<Company> CompanyService::getByUid(const QString& uid) const
{
    if (auto allowed = mayView(m_gate, "company.view"); !allowed) {
        return allowed.error();
    }
    auto s = m_gate.db().prepare(QString::fromLatin1(kSelectCompany) + QStringLiteral("WHERE uid = ?1"));
    if (!s) {
        return s.error();
    }
    s->bind(1, uid.trimmed().toLower());
    auto step = s->step();
    if (!step) {
        return step.error();
    }
    if (*step == Statement::Step::Done) {
        return makeError(ErrorKind::NotFound, tr("No company has that id; check it with the list command."));
    }
    return get(CompanyId {s->int64(0)});
}

Result<std::optional<Company>> CompanyService::findByName(const QString& name) const
{
    if (auto allowed = mayView(m_gate, "company.view"); !allowed) {
        return allowed.error();
    }
    auto s = m_gate.db().prepare(QString::fromLatin1(kSelectCompany)
                                 + QStringLiteral("WHERE name = ?1 COLLATE NOCASE ORDER BY id LIMIT 1"));
    if (!s) {
        return s.error();
    }
    s->bind(1, name.trimmed());
    auto step = s->step();
    if (!step) {
        return step.error();
    }
    if (*step == Statement::Step::Done) {
        return std::optional<Company> {};
    }
    Company company = readCompany(*s);
    if (auto r = withholdFrom(m_gate, company); !r) {
        return r.error();
    }
    return std::optional<Company> {company};
}

Result<std::optional<CompanyId>> CompanyService::resolve(std::optional<CompanyId> id, const QString& name)
{
    if (id) {
        auto existing = get(*id);
        if (!existing) {
            return existing.error();
        }
        return std::optional<CompanyId> {existing->id};
    }
    if (name.trimmed().isEmpty()) {
        return std::optional<CompanyId> {};
    }
    auto found = findByName(name);
    if (!found) {
        return found.error();
    }
    if (found->has_value()) {
        return std::optional<CompanyId> {(*found)->id};
    }
    Company company;
    company.name = name.trimmed();
    company.source = QStringLiteral("contact");
    auto created = create(company);
    if (!created) {
        return created.error();
    }
    return std::optional<CompanyId> {created->id};
}

Result<Company> CompanyService::update(Company company)
{
    if (const auto errors = Validation::validate(company); !errors.isEmpty()) {
        return makeError(ErrorKind::Invalid, Validation::summary(errors));
    }
    if (auto allowed = mayView(m_gate, "company.view"); !allowed) {
        return allowed.error();
    }
    auto existing = load(company.id);
    if (!existing) {
        return existing.error();
    }
    // Art. 9: a profile shown the special-category fields empty keeps what they hold, and may not replace it.
    if (m_gate.may(security::Permission::EditContacts)) {
        auto withheld = withheldFields(m_gate);
        if (!withheld) {
            return withheld.error();
        }
        if (*withheld) {
            if (const QStringList refused = SensitiveFields::keepWithheld(company, *existing, **withheld);
                !refused.isEmpty()) {
                security::Mutation attempt {
                    QStringLiteral("company.update"), QStringLiteral("company"), existing->uid, refused};
                attempt.permission = security::Permission::ViewSensitive;
                if (auto allowed = m_gate.require(attempt); !allowed) {
                    return allowed.error();
                }
            }
        }
    }
    company.uid = existing->uid;
    company.source = existing->source;
    company.createdAtMs = existing->createdAtMs;
    company.updatedAtMs = m_clock.nowMs();
    QStringList changed = changedCompanyFields(*existing, company);
    if (sortedTagKey(existing->tags) != sortedTagKey(company.tags)) {
        changed.append(QStringLiteral("tag"));
    }
    security::Mutation m {QStringLiteral("company.update"), QStringLiteral("company"), company.uid, changed};
    m.permission = security::Permission::EditContacts;
    return m_gate.apply<Company>(m, [&](Database& db, security::Mutation&) -> Result<Company> {
        auto s = db.prepare("UPDATE companies SET name = ?2, domain = ?3, phone = ?4, street = ?5, postcode = ?6, "
                            "city = ?7, region = ?8, country = ?9, notes = ?10, updated_at = ?11 WHERE id = ?1");
        if (!s) {
            return s.error();
        }
        s->bind(1, company.id.value).bind(11, company.updatedAtMs);
        bindCompany(*s, company);
        if (auto r = s->run(); !r) {
            return r.error();
        }
        if (auto r = writeTags(db, company.id, company.tags, false); !r) {
            return r.error();
        }
        return company;
    });
}

Result<void> CompanyService::remove(CompanyId id)
{
    auto existing = get(id);
    if (!existing) {
        return existing.error();
    }
    security::Mutation m {QStringLiteral("company.delete"), QStringLiteral("company"), existing->uid, {}};
    m.permission = security::Permission::EditContacts;
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC).date();
    return m_gate.apply<void>(m, [&](Database& db, security::Mutation&) -> Result<void> {
        // Art. 17(3)(e): the delete would clear the company of its contacts and deals and drop its activity
        // links; none of that happens to a record a legal hold keeps.
        if (auto held = privacy::LegalHoldService::refuseDeleteOfHeld(
                db, QStringLiteral("company"), id.value, existing->uid, today);
            !held) {
            return held;
        }
        auto s = db.prepare("DELETE FROM companies WHERE id = ?1");
        if (!s) {
            return s.error();
        }
        return s->bind(1, id.value).run();
    });
}

Result<CompanyPage> CompanyService::list(const CompanyQuery& query) const
{
    if (auto allowed = mayView(m_gate, "company.list"); !allowed) {
        return allowed.error();
    }
    const int limit = std::clamp(query.limit, 1, 10000);
    const bool searchingQuery = !query.search.trimmed().isEmpty();
    const QString sortName = query.sort == CompanySort::Name ? QStringLiteral("name") : QStringLiteral("updated");
    const QString byTag = query.tag.trimmed();
    const QString tag
        = cursor::tagFor(sortName + (byTag.isEmpty() ? QString() : QStringLiteral("/tag:") + byTag.toCaseFolded()),
                         searchingQuery ? ftsPrefixQuery(query.search) : QString());
    const QString tagCondition = byTag.isEmpty()
        ? QString()
        : QStringLiteral(" AND EXISTS (SELECT 1 FROM company_tags AS ct JOIN tags AS t ON t.id = ct.tag_id "
                         "WHERE ct.company_id = co.id AND t.name = ?4)");
    const QJsonArray after = cursor::decode(query.after, tag, searchingQuery ? 1 : 2);
    if (!query.after.isEmpty() && after.isEmpty()) {
        return makeError(ErrorKind::Invalid,
                         tr("That paging cursor belongs to another list or sort order; start again without it."));
    }
    QString sql = QStringLiteral("SELECT co.id, co.uid, co.name, co.domain, co.phone, co.city, co.updated_at, "
                                 "(SELECT count(*) FROM contacts AS c WHERE c.company_id = co.id) "
                                 "FROM companies AS co ");
    const bool searching = !query.search.trimmed().isEmpty();
    // Art. 9: the search looks only into fields the profile may see.
    auto hidden = SensitiveFields::withheldFrom(m_gate, QStringLiteral("company"));
    if (!hidden) {
        return hidden.error();
    }
    const QString fts = SensitiveFields::searchable(ftsPrefixQuery(query.search), QStringLiteral("company"), *hidden);
    if (searching && fts.isEmpty()) {
        return CompanyPage {};
    }
    if (searching) {
        // With a tag the FTS rows are filtered after the match, so the limit moves outside.
        sql += byTag.isEmpty()
            ? QStringLiteral("WHERE co.id IN (SELECT rowid FROM company_fts WHERE company_fts MATCH ?1 AND rowid > ?2 "
                             "ORDER BY rowid LIMIT ?3) ORDER BY co.id")
            : QStringLiteral("WHERE co.id IN (SELECT rowid FROM company_fts WHERE company_fts MATCH ?1) AND co.id > ?2")
                + tagCondition + QStringLiteral(" ORDER BY co.id LIMIT ?3");
    } else if (query.sort == CompanySort::Name) {
        sql += QStringLiteral("WHERE (co.name COLLATE NOCASE, co.id) > (?1, ?2)") + tagCondition
            + QStringLiteral(" ORDER BY co.name COLLATE NOCASE, co.id LIMIT ?3");
    } else {
        sql += QStringLiteral("WHERE (co.updated_at, co.id) < (?1, ?2)") + tagCondition
            + QStringLiteral(" ORDER BY co.updated_at DESC, co.id DESC LIMIT ?3");
    }
    auto s = m_gate.db().prepare(sql);
    if (!s) {
        return s.error();
    }
    if (searching) {
        s->bind(1, fts).bind(2, after.isEmpty() ? qint64(0) : after.at(0).toInteger());
    } else if (query.sort == CompanySort::Name) {
        s->bind(1, after.isEmpty() ? QStringLiteral("") : after.at(0).toString())
            .bind(2, after.isEmpty() ? qint64(-1) : after.at(1).toInteger());
    } else {
        s->bind(1, after.isEmpty() ? std::numeric_limits<qint64>::max() : after.at(0).toInteger())
            .bind(2, after.isEmpty() ? std::numeric_limits<qint64>::max() : after.at(1).toInteger());
    }
    s->bind(3, limit + 1);
    if (!byTag.isEmpty()) {
        s->bind(4, byTag);
    }
    CompanyPage page;
    while (true) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            break;
        }
        CompanyRow row;
        row.id = CompanyId {s->int64(0)};
        row.uid = s->text(1);
        row.name = s->text(2);
        row.domain = s->text(3);
        row.phone = s->text(4);
        row.city = s->text(5);
        row.updatedAtMs = s->int64(6);
        row.contactCount = s->int64(7);
        page.rows.append(row);
    }
    auto withheld = withheldFields(m_gate);
    if (!withheld) {
        return withheld.error();
    }
    if (page.rows.size() > limit) {
        page.rows.removeLast();
        const CompanyRow& last = page.rows.last();
        QJsonArray key;
        if (searching) {
            key = {last.id.value};
        } else if (query.sort == CompanySort::Name) {
            key = {last.name, last.id.value};
        } else {
            key = {last.updatedAtMs, last.id.value};
        }
        page.nextCursor = cursor::encode(tag, key);
    }
    if (*withheld) {
        // After the cursor, which is keyed on the stored name.
        for (CompanyRow& row : page.rows) {
            SensitiveFields::withhold(row, **withheld);
        }
    }
    return page;
}

Result<qint64> CompanyService::count() const
{
    if (auto allowed = mayView(m_gate, "company.list"); !allowed) {
        return allowed.error();
    }
    return m_gate.db().queryInt("SELECT count(*) FROM companies");
}

} // namespace confidant::crm
