#include "ContactService.h"

#include "core/crm/CompanyService.h"
#include "core/crm/ContactFields.h"
#include "core/crm/FtsQuery.h"
#include "core/crm/Paging.h"
#include "core/crm/SavedFilterService.h"
#include "core/crm/SensitiveFields.h"
#include "core/crm/Validation.h"
#include "core/privacy/Suppression.h"
#include "core/security/MutationGate.h"
#include "core/security/ReadAudit.h"
#include "core/storage/Statement.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>
#include <limits>

namespace confidant::crm {

using storage::Database;
using storage::Statement;

namespace {

// Reads need "view contacts"; a denial is audited by the gate.
Result<void> mayView(security::MutationGate& gate, const char* action)
{
    security::Mutation read {QString::fromLatin1(action), QStringLiteral("contact")};
    read.permission = security::Permission::ViewContacts;
    return gate.require(read);
}

// A record put in front of a person in full: counted by the read audit (docs/SECURITY.md "Audit trail").
void noteShown(security::MutationGate& gate, const QString& uid)
{
    if (security::ReadAudit* reads = gate.readAudit()) {
        reads->shown(QStringLiteral("contact"), uid);
    }
}

constexpr const char* kSelectContact = R"sql(
SELECT c.id, c.uid, c.given_name, c.family_name, c.emails, c.phones, c.street, c.postcode, c.city, c.region,
       c.country, c.job_title, c.company_id, co.name, c.notes, c.source, c.created_at, c.updated_at,
       c.birthday, c.website
FROM contacts AS c LEFT JOIN companies AS co ON co.id = c.company_id
)sql";

constexpr const char* kInsertContact = R"sql(
INSERT INTO contacts (uid, given_name, family_name, emails, phones, street, postcode, city, region, country,
                      job_title, company_id, notes, source, created_at, updated_at, birthday, website)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)
)sql";

QString toJsonDocument(const QList<LabeledValue>& values)
{
    QJsonArray array;
    for (const auto& v : values) {
        QJsonObject o {{QStringLiteral("value"), v.value.trimmed()}};
        if (!v.label.isEmpty()) {
            o.insert(QStringLiteral("label"), v.label);
        }
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// Text JSON writes as it is: no quote, backslash, control character or surrogate.
bool isPlainJson(const QString& text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return u >= 0x20 && u != u'"' && u != u'\\' && (u < 0xD800 || u >= 0xE000);
    });
}

// The text QJsonDocument writes (compact, keys in order), built directly for the usual values: a tenth
// of the cost, which bulk writes pay twice per contact. Anything JSON escapes takes QJsonDocument.
QString toJson(const QList<LabeledValue>& values)
{
    QString out;
    out.reserve(2 + values.size() * 48);
    out += QLatin1Char('[');
    for (const auto& v : values) {
        const QString value = v.value.trimmed();
        if (!isPlainJson(value) || !isPlainJson(v.label)) {
            return toJsonDocument(values);
        }
        if (out.size() > 1) {
            out += QLatin1Char(',');
        }
        if (!v.label.isEmpty()) {
            out += QLatin1String("{\"label\":\"") + v.label + QLatin1String("\",");
        } else {
            out += QLatin1Char('{');
        }
        out += QLatin1String("\"value\":\"") + value + QLatin1String("\"}");
    }
    out += QLatin1Char(']');
    return out;
}

QList<LabeledValue> fromJson(const QString& json)
{
    QList<LabeledValue> out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto& item : array) {
        const QJsonObject o = item.toObject();
        out.append({o.value(QStringLiteral("value")).toString(), o.value(QStringLiteral("label")).toString()});
    }
    return out;
}

// Birthday and website sit at the end of both the INSERT and the UPDATE: parameters `at` and `at + 1`.
void bindContact(Statement& s, const Contact& c, int at)
{
    if (c.birthday.isValid()) {
        s.bind(at, c.birthday.toString(Qt::ISODate));
    } else {
        s.bindNull(at);
    }
    s.bindTextOrNull(at + 1, c.website.trimmed());
    s.bind(2, c.givenName.trimmed())
        .bind(3, c.familyName.trimmed())
        .bind(4, toJson(c.emails))
        .bind(5, toJson(c.phones))
        .bindTextOrNull(6, c.street.trimmed())
        .bindTextOrNull(7, c.postcode.trimmed())
        .bindTextOrNull(8, c.city.trimmed())
        .bindTextOrNull(9, c.region.trimmed())
        .bindTextOrNull(10, c.country.trimmed())
        .bindTextOrNull(11, c.jobTitle.trimmed())
        .bindTextOrNull(13, c.notes);
    if (c.companyId) {
        s.bind(12, c.companyId->value);
    } else {
        s.bindNull(12);
    }
}

Contact readContact(const Statement& s)
{
    Contact c;
    c.id = ContactId {s.int64(0)};
    c.uid = s.text(1);
    c.givenName = s.text(2);
    c.familyName = s.text(3);
    c.emails = fromJson(s.text(4));
    c.phones = fromJson(s.text(5));
    c.street = s.text(6);
    c.postcode = s.text(7);
    c.city = s.text(8);
    c.region = s.text(9);
    c.country = s.text(10);
    c.jobTitle = s.text(11);
    if (!s.isNull(12)) {
        c.companyId = CompanyId {s.int64(12)};
    }
    c.companyName = s.text(13);
    c.notes = s.text(14);
    c.source = s.text(15);
    c.createdAtMs = s.int64(16);
    c.updatedAtMs = s.int64(17);
    c.birthday = QDate::fromString(s.text(18), Qt::ISODate);
    c.website = s.text(19);
    return c;
}

// Replaces a contact's tags. Statements are prepared once per writer, so bulk creates reuse them, and a
// tag's id is looked up once per spelling.
class TagWriter
{
public:
    explicit TagWriter(Database& db)
        : m_db(db)
    {
    }

    Result<void> write(ContactId id, const QStringList& tags, bool isNew)
    {
        if (!m_clear) {
            auto clear = m_db.prepare("DELETE FROM contact_tags WHERE contact_id = ?1");
            auto addTag = m_db.prepare("INSERT INTO tags (name) VALUES (?1) ON CONFLICT (name) DO NOTHING");
            auto find = m_db.prepare("SELECT id FROM tags WHERE name = ?1");
            auto link = m_db.prepare("INSERT OR IGNORE INTO contact_tags (contact_id, tag_id) VALUES (?1, ?2)");
            for (const auto* r : {&clear, &addTag, &find, &link}) {
                if (!*r) {
                    return r->error();
                }
            }
            m_clear = std::move(clear).value();
            m_addTag = std::move(addTag).value();
            m_find = std::move(find).value();
            m_link = std::move(link).value();
        }
        if (!isNew) {
            m_clear->reset();
            if (auto r = m_clear->bind(1, id.value).run(); !r) {
                return r;
            }
        }
        for (const QString& raw : tags) {
            auto tagId = idOf(raw.trimmed());
            if (!tagId) {
                return tagId.error();
            }
            m_link->reset();
            if (auto r = m_link->bind(1, id.value).bind(2, *tagId).run(); !r) {
                return r;
            }
        }
        return {};
    }

private:
    // The id of the tag `tag` (created when missing). Cached by exact spelling: the column's NOCASE
    // decides which spellings share a tag, as it did when each link looked the name up.
    Result<qint64> idOf(const QString& tag)
    {
        if (const auto known = m_ids.constFind(tag); known != m_ids.constEnd()) {
            return *known;
        }
        m_addTag->reset();
        if (auto r = m_addTag->bind(1, tag).run(); !r) {
            return r.error();
        }
        m_find->reset();
        m_find->bind(1, tag);
        auto step = m_find->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            return makeError(ErrorKind::Io, ContactService::tr("A tag could not be saved; nothing was written."));
        }
        const qint64 tagId = m_find->int64(0);
        m_find->reset(); // a statement left on a row would keep the writer from dropping its stage
        m_ids.insert(tag, tagId);
        return tagId;
    }

    Database& m_db;
    std::optional<Statement> m_clear;
    std::optional<Statement> m_addTag;
    std::optional<Statement> m_find;
    std::optional<Statement> m_link;
    QHash<QString, qint64> m_ids;
};

Result<QStringList> readTags(Database& db, ContactId id)
{
    auto s = db.prepare("SELECT t.name FROM contact_tags AS ct JOIN tags AS t ON t.id = ct.tag_id "
                        "WHERE ct.contact_id = ?1 ORDER BY t.name COLLATE NOCASE");
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

// The stored contact with every field and its tags; no permission check (the callers make it).
Result<Contact> load(Database& db, ContactId id)
{
    auto s = db.prepare(QString::fromLatin1(kSelectContact) + QStringLiteral(" WHERE c.id = ?1"));
    if (!s) {
        return s.error();
    }
    s->bind(1, id.value);
    auto step = s->step();
    if (!step) {
        return step.error();
    }
    if (*step == Statement::Step::Done) {
        return makeError(ErrorKind::NotFound, ContactService::tr("No such contact; it may have been deleted."));
    }
    Contact c = readContact(*s);
    auto tags = readTags(db, c.id);
    if (!tags) {
        return tags.error();
    }
    c.tags = *tags;
    return c;
}

// Art. 9: special-category values reach only profiles with "view sensitive fields"; others see them empty.
Result<std::optional<QSet<QString>>> withheldFields(security::MutationGate& gate)
{
    if (gate.may(security::Permission::ViewSensitive)) {
        return std::optional<QSet<QString>> {};
    }
    auto special = SensitiveFields::of(gate.db(), QStringLiteral("contact"));
    if (!special) {
        return special.error();
    }
    return std::optional<QSet<QString>> {*special};
}

Error invalid(const QList<FieldError>& errors)
{
    return makeError(ErrorKind::Invalid, Validation::summary(errors));
}

} // namespace

ContactService::ContactService(security::MutationGate& gate, const Clock& clock)
    : m_gate(gate)
    , m_clock(clock)
{
}

Result<Contact> ContactService::create(Contact contact, Suppressed suppressed)
{
    if (const auto errors = Validation::validate(contact); !errors.isEmpty()) {
        return invalid(errors);
    }
    contact.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    contact.createdAtMs = contact.updatedAtMs = m_clock.nowMs();
    security::Mutation m {QStringLiteral("contact.create"),
                          QStringLiteral("contact"),
                          contact.uid,
                          ContactFields::filled(contact, FieldRegistry::builtIn())};
    m.permission = security::Permission::EditContacts;
    return m_gate.apply<Contact>(m, [&](Database& db, security::Mutation& mutation) -> Result<Contact> {
        auto erased = privacy::Suppression::match(db, contact);
        if (!erased) {
            return erased.error();
        }
        if (erased->has_value()) {
            if (suppressed == Suppressed::Refuse) {
                return makeError(ErrorKind::Conflict, privacy::Suppression::suppressedMessage(**erased));
            }
            mutation.note = QStringLiteral("suppression_override=1");
        }
        if (contact.companyId || !contact.companyName.trimmed().isEmpty()) {
            CompanyService companies(m_gate, m_clock);
            auto companyId = companies.resolve(contact.companyId, contact.companyName);
            if (!companyId) {
                return companyId.error();
            }
            contact.companyId = *companyId;
        }
        auto s = db.prepare(kInsertContact);
        if (!s) {
            return s.error();
        }
        s->bind(1, contact.uid).bind(14, contact.source).bind(15, contact.createdAtMs).bind(16, contact.updatedAtMs);
        bindContact(*s, contact, 17);
        if (auto r = s->run(); !r) {
            return r.error();
        }
        contact.id = ContactId {db.lastInsertRowId()};
        if (auto r = TagWriter(db).write(contact.id, contact.tags, true); !r) {
            return r.error();
        }
        return contact;
    });
}

Result<int> ContactService::createMany(const std::vector<Contact>& contacts,
                                       const std::atomic_bool* cancel,
                                       const std::function<void(int)>& progress)
{
    for (const auto& c : contacts) {
        if (const auto errors = Validation::validate(c); !errors.isEmpty()) {
            return invalid(errors);
        }
    }
    security::Mutation m {QStringLiteral("contact.create_many"),
                          QStringLiteral("contact"),
                          QString(),
                          {},
                          static_cast<qint64>(contacts.size())};
    m.permission = security::Permission::EditContacts;
    return m_gate.apply<int>(m, [&](Database&, security::Mutation&) -> Result<int> {
        ContactBulkWriter writer(m_gate, m_clock);
        int done = 0;
        for (const Contact& c : contacts) {
            if (cancel && cancel->load()) {
                return makeError(ErrorKind::Cancelled, tr("Cancelled; nothing was added."));
            }
            if (auto id = writer.insert(c); !id) {
                return id.error();
            }
            ++done;
            if (progress && done % 1000 == 0) {
                progress(done);
            }
        }
        if (auto r = writer.flush(); !r) {
            return r.error();
        }
        return done;
    });
}

Result<Contact> ContactService::get(ContactId id) const
{
    if (auto allowed = mayView(m_gate, "contact.view"); !allowed) {
        return allowed.error();
    }
    auto c = load(m_gate.db(), id);
    if (!c) {
        return c.error();
    }
    auto withheld = withheldFields(m_gate);
    if (!withheld) {
        return withheld.error();
    }
    if (*withheld) {
        SensitiveFields::withhold(*c, **withheld);
    }
    return c;
}

Result<Contact> ContactService::getByUid(const QString& uid) const
{
    if (auto allowed = mayView(m_gate, "contact.view"); !allowed) {
        return allowed.error();
    }
    auto s = m_gate.db().prepare("SELECT id FROM contacts WHERE uid = ?1");
    if (!s) {
        return s.error();
    }
    s->bind(1, uid.trimmed().toLower());
    auto step = s->step();
    if (!step) {
        return step.error();
    }
    if (*step == Statement::Step::Done) {
        return makeError(ErrorKind::NotFound, tr("No contact has that id; check it with the list command."));
    }
    return get(ContactId {s->int64(0)});
}

Result<Contact> ContactService::open(ContactId id) const
{
    auto contact = get(id);
    if (contact) {
        noteShown(m_gate, contact->uid);
    }
    return contact;
}

Result<Contact> ContactService::openByUid(const QString& uid) const
{
    auto contact = getByUid(uid);
    if (contact) {
        noteShown(m_gate, contact->uid);
    }
    return contact;
}

Result<Contact> ContactService::update(Contact contact)
{
    if (const auto errors = Validation::validate(contact); !errors.isEmpty()) {
        return invalid(errors);
    }
    if (auto allowed = mayView(m_gate, "contact.view"); !allowed) {
        return allowed.error();
    }
    auto existing = load(m_gate.db(), contact.id);
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
            if (const QStringList refused = SensitiveFields::keepWithheld(contact, *existing, **withheld);
                !refused.isEmpty()) {
                security::Mutation attempt {
                    QStringLiteral("contact.update"), QStringLiteral("contact"), existing->uid, refused};
                attempt.permission = security::Permission::ViewSensitive;
                if (auto allowed = m_gate.require(attempt); !allowed) {
                    return allowed.error();
                }
            }
        }
    }
    contact.uid = existing->uid;
    contact.createdAtMs = existing->createdAtMs;
    contact.source = existing->source;
    contact.updatedAtMs = m_clock.nowMs();
    security::Mutation m {QStringLiteral("contact.update"),
                          QStringLiteral("contact"),
                          contact.uid,
                          ContactFields::changed(*existing, contact, FieldRegistry::builtIn())};
    m.permission = security::Permission::EditContacts;
    return m_gate.apply<Contact>(m, [&](Database& db, security::Mutation&) -> Result<Contact> {
        // A typed name that is not the chosen company's picks (or creates) the company of that name; a
        // chosen company keeps its id even when another company has the same name.
        if (contact.companyId && !contact.companyName.trimmed().isEmpty()) {
            CompanyService companies(m_gate, m_clock);
            auto chosen = companies.get(*contact.companyId);
            if (!chosen || chosen->name.compare(contact.companyName.trimmed(), Qt::CaseInsensitive) != 0) {
                contact.companyId.reset();
            }
        }
        if (contact.companyId || !contact.companyName.trimmed().isEmpty()) {
            CompanyService companies(m_gate, m_clock);
            auto companyId = companies.resolve(contact.companyId, contact.companyName);
            if (!companyId) {
                return companyId.error();
            }
            contact.companyId = *companyId;
        }
        auto s = db.prepare(R"sql(
UPDATE contacts SET given_name = ?2, family_name = ?3, emails = ?4, phones = ?5, street = ?6, postcode = ?7,
       city = ?8, region = ?9, country = ?10, job_title = ?11, company_id = ?12, notes = ?13, updated_at = ?14,
       birthday = ?15, website = ?16
WHERE id = ?1)sql");
        if (!s) {
            return s.error();
        }
        s->bind(1, contact.id.value).bind(14, contact.updatedAtMs);
        bindContact(*s, contact, 15);
        if (auto r = s->run(); !r) {
            return r.error();
        }
        if (auto r = TagWriter(db).write(contact.id, contact.tags, false); !r) {
            return r.error();
        }
        return contact;
    });
}

Result<ContactPage> ContactService::list(const ContactQuery& query) const
{
    if (auto allowed = mayView(m_gate, "contact.list"); !allowed) {
        return allowed.error();
    }
    const int limit = std::clamp(query.limit, 1, 10000);
    // With a filter, the search text is one more condition and the list keeps its sort order.
    const bool filtering = !query.filter.isEmpty();
    ContactFilter filter = query.filter;
    if (filtering) {
        filter.search = (filter.search + QLatin1Char(' ') + query.search).trimmed();
    }
    const bool searchingQuery = !filtering && !query.search.trimmed().isEmpty();
    // Read first: the search and the filter look only into fields the profile may see.
    auto withheld = SensitiveFields::withheldFrom(m_gate, QStringLiteral("contact"));
    if (!withheld) {
        return withheld.error();
    }
    const QString fts = SensitiveFields::searchable(ftsPrefixQuery(query.search), QStringLiteral("contact"), *withheld);
    const qsizetype keySize = searchingQuery ? 1 : query.sort == ContactSort::RecentlyUpdated ? 2 : 3;
    const QString sortName = query.sort == ContactSort::FamilyName
        ? QStringLiteral("family")
        : (query.sort == ContactSort::GivenName ? QStringLiteral("given") : QStringLiteral("updated"));
    const QString tag = filtering
        ? cursor::tagFor(sortName, sortName + SavedFilterService::sqlParameter(filter, *withheld))
        : cursor::tagFor(sortName, searchingQuery ? fts : QString());
    const QJsonArray after = cursor::decode(query.after, tag, keySize);
    if (!query.after.isEmpty() && after.isEmpty()) {
        return makeError(ErrorKind::Invalid,
                         tr("That paging cursor belongs to another list or sort order; start again without it."));
    }
    QString sql
        = QStringLiteral("SELECT c.id, c.uid, c.given_name, c.family_name, json_extract(c.emails, '$[0].value'), "
                         "json_extract(c.phones, '$[0].value'), co.name, c.city, c.updated_at "
                         "FROM contacts AS c LEFT JOIN companies AS co ON co.id = c.company_id ");
    const bool searching = searchingQuery;
    const QString conditions = filtering ? SavedFilterService::sqlConditions(filter, 5, *withheld) : QString();
    if (searching && fts.isEmpty()) {
        return ContactPage {};
    }
    if (searching) {
        sql += QStringLiteral("WHERE c.id IN (SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?1 AND rowid > ?2 "
                              "ORDER BY rowid LIMIT ?3) ORDER BY c.id");
    } else {
        switch (query.sort) {
        case ContactSort::FamilyName:
            sql += QStringLiteral(
                       "WHERE (c.family_name COLLATE NOCASE, c.given_name COLLATE NOCASE, c.id) > (?1, ?4, ?2)")
                + conditions
                + QStringLiteral(" ORDER BY c.family_name COLLATE NOCASE, c.given_name COLLATE NOCASE, c.id LIMIT ?3");
            break;
        case ContactSort::GivenName:
            sql += QStringLiteral(
                       "WHERE (c.given_name COLLATE NOCASE, c.family_name COLLATE NOCASE, c.id) > (?1, ?4, ?2)")
                + conditions
                + QStringLiteral(" ORDER BY c.given_name COLLATE NOCASE, c.family_name COLLATE NOCASE, c.id LIMIT ?3");
            break;
        case ContactSort::RecentlyUpdated:
            sql += QStringLiteral("WHERE (c.updated_at, c.id) < (?1, ?2)") + conditions
                + QStringLiteral(" ORDER BY c.updated_at DESC, c.id DESC LIMIT ?3");
            break;
        }
    }
    auto s = m_gate.db().prepare(sql);
    if (!s) {
        return s.error();
    }
    if (searching) {
        s->bind(1, fts).bind(2, after.isEmpty() ? qint64(0) : after.at(0).toInteger());
    } else if (query.sort == ContactSort::RecentlyUpdated) {
        s->bind(1, after.isEmpty() ? std::numeric_limits<qint64>::max() : after.at(0).toInteger())
            .bind(2, after.isEmpty() ? std::numeric_limits<qint64>::max() : after.at(1).toInteger());
    } else {
        // The empty string sorts first, so a first page starts at ('', '', 0).
        s->bind(1, after.isEmpty() ? QStringLiteral("") : after.at(0).toString())
            .bind(4, after.isEmpty() ? QStringLiteral("") : after.at(1).toString())
            .bind(2, after.isEmpty() ? qint64(-1) : after.at(2).toInteger());
    }
    s->bind(3, limit + 1);
    if (!conditions.isEmpty()) {
        s->bind(5, SavedFilterService::sqlParameter(filter, *withheld));
    }
    ContactPage page;
    while (true) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            break;
        }
        ContactRow row;
        row.id = ContactId {s->int64(0)};
        row.uid = s->text(1);
        row.givenName = s->text(2);
        row.familyName = s->text(3);
        row.email = s->text(4);
        row.phone = s->text(5);
        row.companyName = s->text(6);
        row.city = s->text(7);
        row.updatedAtMs = s->int64(8);
        page.rows.append(row);
    }
    if (page.rows.size() > limit) {
        page.rows.removeLast();
        const ContactRow& last = page.rows.last();
        QJsonArray key;
        if (searching) {
            key = {last.id.value};
        } else if (query.sort == ContactSort::RecentlyUpdated) {
            key = {last.updatedAtMs, last.id.value};
        } else if (query.sort == ContactSort::FamilyName) {
            key = {last.familyName, last.givenName, last.id.value};
        } else {
            key = {last.givenName, last.familyName, last.id.value};
        }
        page.nextCursor = cursor::encode(tag, key);
    }
    // After the cursor, which is keyed on the stored names.
    for (ContactRow& row : page.rows) {
        SensitiveFields::withhold(row, *withheld);
    }
    if (security::ReadAudit* reads = m_gate.readAudit()) {
        QList<QString> uids;
        uids.reserve(page.rows.size());
        for (const ContactRow& row : page.rows) {
            uids.append(row.uid);
        }
        reads->listed(QStringLiteral("contact"),
                      query.search.trimmed().isEmpty() ? security::ReadKind::List : security::ReadKind::Search,
                      uids);
    }
    return page;
}

Result<qint64> ContactService::count() const
{
    if (auto allowed = mayView(m_gate, "contact.list"); !allowed) {
        return allowed.error();
    }
    return m_gate.db().queryInt("SELECT count(*) FROM contacts");
}

// New contacts wait in a temporary table (in memory: the build sets SQLITE_TEMP_STORE=3, so nothing
// reaches the disk unencrypted) and go into `contacts` with one INSERT … SELECT per kStageRows rows; the
// search triggers still fire for every row. One INSERT per row made every row a statement of its own,
// and at each statement's savepoint FTS5 flushes what it holds (fts5SavepointMethod): one tiny index
// segment per contact, and most of an import went into merging those segments again.
constexpr int kStageRows = 10000;

constexpr const char* kCreateStage = R"sql(
CREATE TEMP TABLE @stage (
    id INTEGER PRIMARY KEY, uid, given_name, family_name, emails, phones, street, postcode, city, region,
    country, job_title, company_id, notes, source, created_at, updated_at, birthday, website)
)sql";

// The parameters of kInsertContact, and the id as ?19.
constexpr const char* kStageContact = R"sql(
INSERT INTO temp.@stage (uid, given_name, family_name, emails, phones, street, postcode, city, region, country,
                         job_title, company_id, notes, source, created_at, updated_at, birthday, website, id)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)
)sql";

constexpr const char* kMoveStage = R"sql(
INSERT INTO main.contacts (id, uid, given_name, family_name, emails, phones, street, postcode, city, region,
                           country, job_title, company_id, notes, source, created_at, updated_at, birthday,
                           website)
SELECT id, uid, given_name, family_name, emails, phones, street, postcode, city, region, country, job_title,
       company_id, notes, source, created_at, updated_at, birthday, website
FROM temp.@stage ORDER BY id
)sql";

struct ContactBulkWriter::Impl
{
    Impl(security::MutationGate& gate, const Clock& aClock)
        : db(gate.db())
        , clock(aClock)
        , companies(gate, aClock)
        , tags(gate.db())
    {
        static std::atomic<quint64> writers {0};
        stageName = "contact_insert_stage_" + QByteArray::number(++writers);
    }

    ~Impl()
    {
        if (created) {
            stage.reset();
            move.reset();
            clear.reset();
            // Inside the body's transaction: a rollback undoes the CREATE as well.
            (void)db.exec(sql("DROP TABLE IF EXISTS temp.@stage").constData());
        }
    }

    // A given companyId is checked by the foreign key; names are resolved (or created) once per name.
    Result<void> resolveCompany(Contact& c)
    {
        const QString name = c.companyName.trimmed().toCaseFolded();
        if (c.companyId || name.isEmpty()) {
            return {};
        }
        if (auto known = companyByName.constFind(name); known != companyByName.constEnd()) {
            c.companyId = *known;
            return {};
        }
        auto companyId = companies.resolve(std::nullopt, c.companyName);
        if (!companyId) {
            return companyId.error();
        }
        c.companyId = *companyId;
        companyByName.insert(name, **companyId);
        return {};
    }

    Result<void> openStage()
    {
        if (auto r = db.exec(sql(kCreateStage).constData()); !r) {
            return r;
        }
        created = true;
        auto s = db.prepare(sql(kStageContact).constData());
        auto m = db.prepare(sql(kMoveStage).constData());
        auto c = db.prepare(sql("DELETE FROM temp.@stage").constData());
        for (const auto* r : {&s, &m, &c}) {
            if (!*r) {
                return r->error();
            }
        }
        // The ids SQLite would give: the rows go in by one statement after the current last one.
        auto last = db.queryInt("SELECT coalesce(max(id), 0) FROM main.contacts");
        if (!last) {
            return last.error();
        }
        nextId = *last + 1;
        stage = std::move(s).value();
        move = std::move(m).value();
        clear = std::move(c).value();
        return {};
    }

    // `text` with this writer's own stage table for "@stage": two writers on one connection never share one.
    QByteArray sql(const char* text) const
    {
        return QByteArray(text).replace("@stage", stageName);
    }

    Database& db;
    const Clock& clock;
    CompanyService companies;
    TagWriter tags;
    QHash<QString, CompanyId> companyByName;
    QByteArray stageName;
    bool created = false;
    std::optional<Statement> stage;
    std::optional<Statement> move;
    std::optional<Statement> clear;
    std::optional<Statement> update;
    qint64 nextId = 0;
    qint64 written = 0;
    std::vector<std::pair<ContactId, QStringList>> stagedTags;
    qint64 staged = 0;
};

ContactBulkWriter::ContactBulkWriter(security::MutationGate& gate, const Clock& clock)
    : m_impl(std::make_unique<Impl>(gate, clock))
{
}

ContactBulkWriter::~ContactBulkWriter() = default;

Result<ContactId> ContactBulkWriter::insert(const Contact& contact)
{
    Impl& d = *m_impl;
    if (!d.stage) {
        if (auto r = d.openStage(); !r) {
            return r.error();
        }
    }
    Contact c = contact;
    if (auto r = d.resolveCompany(c); !r) {
        return r.error();
    }
    const qint64 now = d.clock.nowMs();
    const ContactId id {d.nextId};
    Statement& s = *d.stage;
    s.reset();
    s.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
        .bind(14, c.source)
        .bind(15, c.createdAtMs ? c.createdAtMs : now)
        .bind(16, c.updatedAtMs ? c.updatedAtMs : now)
        .bind(19, id.value);
    bindContact(s, c, 17);
    if (auto r = s.run(); !r) {
        return r.error();
    }
    ++d.nextId;
    ++d.staged;
    if (!c.tags.isEmpty()) {
        d.stagedTags.emplace_back(id, c.tags);
    }
    if (d.staged >= kStageRows) {
        if (auto r = flush(); !r) {
            return r.error();
        }
    }
    return id;
}

Result<void> ContactBulkWriter::flush()
{
    Impl& d = *m_impl;
    if (d.staged == 0) {
        return {};
    }
    d.move->reset();
    if (auto r = d.move->run(); !r) {
        return r;
    }
    d.clear->reset();
    if (auto r = d.clear->run(); !r) {
        return r;
    }
    for (const auto& [id, names] : d.stagedTags) {
        if (auto r = d.tags.write(id, names, true); !r) {
            return r;
        }
    }
    d.stagedTags.clear();
    d.written += d.staged;
    d.staged = 0;
    return {};
}

qint64 ContactBulkWriter::written() const
{
    return m_impl->written;
}

Result<Contact> ContactBulkWriter::stored(ContactId id) const
{
    return load(m_impl->db, id);
}

Result<void> ContactBulkWriter::update(const Contact& contact)
{
    Impl& d = *m_impl;
    if (!d.update) {
        auto s = d.db.prepare(R"sql(
UPDATE contacts SET given_name = ?2, family_name = ?3, emails = ?4, phones = ?5, street = ?6, postcode = ?7,
       city = ?8, region = ?9, country = ?10, job_title = ?11, company_id = ?12, notes = ?13, updated_at = ?14,
       birthday = ?15, website = ?16
WHERE id = ?1)sql");
        if (!s) {
            return s.error();
        }
        d.update = std::move(s).value();
    }
    Contact c = contact;
    if (auto r = d.resolveCompany(c); !r) {
        return r.error();
    }
    Statement& s = *d.update;
    s.reset();
    s.bind(1, c.id.value).bind(14, d.clock.nowMs());
    bindContact(s, c, 15);
    if (auto r = s.run(); !r) {
        return r;
    }
    return d.tags.write(c.id, c.tags, false);
}

} // namespace confidant::crm
