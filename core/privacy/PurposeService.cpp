#include "PurposeService.h"

#include "core/TextRules.h"
#include "core/crm/FieldRegistry.h"
#include "core/security/MutationGate.h"
#include "core/storage/Statement.h"

#include <QUuid>

#include <algorithm>
#include <functional>

namespace confidant::privacy {

using storage::Database;
using storage::Statement;

namespace {

constexpr int kMaxName = 80;
constexpr int kMaxText = 4000;
// A hundred years: anything longer is a typing error, not a retention period.
constexpr int kMaxRetentionDays = 36500;

constexpr const char* kColumns = "SELECT id, uid, name, description, lawful_basis, legitimate_interest, "
                                 "requires_consent, direct_marketing, retention_days, archived, created_at, "
                                 "updated_at FROM purposes";

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<void> mayView(security::MutationGate& gate)
{
    security::Mutation read {QStringLiteral("purpose.view"), QStringLiteral("purpose")};
    read.permission = security::Permission::ViewContacts;
    return gate.require(read);
}

security::Mutation manage(const char* action, const QString& uid, QStringList fields = {})
{
    security::Mutation m {QString::fromLatin1(action), QStringLiteral("purpose"), uid, std::move(fields)};
    m.permission = security::Permission::ManagePurposes;
    return m;
}

// A purpose's retention period is how long its data is kept: a retention rule, which DESIGN.md gives to the
// profiles that manage retention (owners and admins), not to everyone who manages purposes. Setting or
// changing it needs that permission as well (a denial is audited as the attempted create or update).
Result<void> mayManageRetention(security::MutationGate& gate, const security::Mutation& attempt)
{
    security::Mutation retention = attempt;
    retention.fields = {QStringLiteral("retention_days")};
    retention.permission = security::Permission::ManageRetention;
    return gate.require(retention);
}

Purpose readRow(const Statement& s)
{
    Purpose p;
    p.id = PurposeId {s.int64(0)};
    p.uid = s.text(1);
    p.name = s.text(2);
    p.description = s.text(3);
    p.basis = Purpose::basisFromName(s.text(4)).value_or(LawfulBasis::Consent);
    p.legitimateInterest = s.text(5);
    p.requiresConsent = s.integer(6) != 0;
    p.directMarketing = s.integer(7) != 0;
    if (!s.isNull(8)) {
        p.retentionDays = s.integer(8);
    }
    p.archived = s.integer(9) != 0;
    p.createdAtMs = s.int64(10);
    p.updatedAtMs = s.int64(11);
    return p;
}

Result<QStringList> readFields(Database& db, PurposeId id)
{
    // Alphabetical: stable, and it reads well in the record of processing.
    auto s = db.prepare("SELECT field FROM purpose_fields WHERE purpose_id = ?1 ORDER BY field");
    if (!s) {
        return s.error();
    }
    s->bind(1, id.value);
    QStringList out;
    while (true) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            break;
        }
        out.append(s->text(0));
    }
    return out;
}

Result<QList<Purpose>>
readPurposes(Database& db, const QString& where, const std::function<void(Statement&)>& bind = {})
{
    QString sql = QString::fromLatin1(kColumns);
    if (!where.isEmpty()) {
        sql += QStringLiteral(" WHERE ") + where;
    }
    sql += QStringLiteral(" ORDER BY name COLLATE NOCASE, id");
    auto s = db.prepare(sql);
    if (!s) {
        return s.error();
    }
    if (bind) {
        bind(*s);
    }
    QList<Purpose> out;
    while (true) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            break;
        }
        out.append(readRow(*s));
    }
    for (Purpose& p : out) {
        auto fields = readFields(db, p.id);
        if (!fields) {
            return fields.error();
        }
        p.fields = *fields;
    }
    return out;
}

// Trims the texts, drops repeated fields and makes the flags agree with the basis.
Purpose normalised(Purpose p)
{
    p.name = p.name.trimmed();
    p.description = p.description.trimmed();
    p.legitimateInterest = p.legitimateInterest.trimmed();
    if (p.basis == LawfulBasis::Consent) {
        // Art. 6(1)(a): a purpose resting on consent can only be used with a consent.
        p.requiresConsent = true;
    }
    if (p.basis != LawfulBasis::LegitimateInterests) {
        p.legitimateInterest.clear();
    }
    QStringList fields;
    for (const QString& f : p.fields) {
        const QString key = f.trimmed();
        if (!key.isEmpty() && !fields.contains(key)) {
            fields.append(key);
        }
    }
    fields.sort();
    p.fields = fields;
    return p;
}

Result<void> writeFields(Database& db, PurposeId id, const QStringList& fields)
{
    auto del = db.prepare("DELETE FROM purpose_fields WHERE purpose_id = ?1");
    if (!del) {
        return del.error();
    }
    if (auto r = del->bind(1, id.value).run(); !r) {
        return r;
    }
    auto ins = db.prepare("INSERT INTO purpose_fields (purpose_id, field) VALUES (?1, ?2)");
    if (!ins) {
        return ins.error();
    }
    for (const QString& f : fields) {
        if (auto r = ins->bind(1, id.value).bind(2, f).run(); !r) {
            return r;
        }
        ins->reset();
    }
    return {};
}

Result<bool> nameTaken(Database& db, const QString& name, PurposeId except)
{
    auto s = db.prepare("SELECT count(*) FROM purposes WHERE name = ?1 COLLATE NOCASE AND id <> ?2");
    if (!s) {
        return s.error();
    }
    s->bind(1, name).bind(2, except.value);
    if (auto step = s->step(); !step) {
        return step.error();
    }
    return s->int64(0) > 0;
}

Result<PurposeId> insertPurpose(Database& db, const Purpose& p, qint64 now)
{
    auto taken = nameTaken(db, p.name, PurposeId {});
    if (!taken) {
        return taken.error();
    }
    if (*taken) {
        return makeError(ErrorKind::Conflict,
                         PurposeService::tr("A purpose of that name exists already; choose another name."));
    }
    auto s = db.prepare("INSERT INTO purposes (uid, name, description, lawful_basis, legitimate_interest, "
                        "requires_consent, direct_marketing, retention_days, archived, created_at, updated_at) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)");
    if (!s) {
        return s.error();
    }
    s->bind(1, p.uid)
        .bind(2, p.name)
        .bind(3, p.description)
        .bind(4, Purpose::basisName(p.basis))
        .bind(5, p.legitimateInterest)
        .bind(6, p.requiresConsent ? 1 : 0)
        .bind(7, p.directMarketing ? 1 : 0)
        .bind(8, p.retentionDays)
        .bind(9, p.archived ? 1 : 0)
        .bind(10, now);
    if (auto r = s->run(); !r) {
        return r.error();
    }
    const PurposeId id {db.lastInsertRowId()};
    if (auto r = writeFields(db, id, p.fields); !r) {
        return r.error();
    }
    return id;
}

} // namespace

PurposeService::PurposeService(security::MutationGate& gate, const Clock& clock, const crm::FieldRegistry& fields)
    : m_gate(gate)
    , m_clock(clock)
    , m_fields(fields)
{
}

Result<std::optional<Purpose>> PurposeService::lookup(Database& db, const QString& nameOrUid)
{
    const QString wanted = nameOrUid.trimmed();
    if (wanted.isEmpty()) {
        return std::optional<Purpose>();
    }
    auto found = readPurposes(
        db, QStringLiteral("uid = lower(?1) OR name = ?1 COLLATE NOCASE"), [&](Statement& s) { s.bind(1, wanted); });
    if (!found) {
        return found.error();
    }
    if (found->isEmpty()) {
        return std::optional<Purpose>();
    }
    // A uid wins over a purpose someone named like another purpose's uid.
    for (const Purpose& p : *found) {
        if (p.uid == wanted.toLower()) {
            return std::optional<Purpose>(p);
        }
    }
    return std::optional<Purpose>(found->first());
}

Result<std::optional<Purpose>> PurposeService::lookup(Database& db, PurposeId id)
{
    auto found = readPurposes(db, QStringLiteral("id = ?1"), [&](Statement& s) { s.bind(1, id.value); });
    if (!found) {
        return found.error();
    }
    if (found->isEmpty()) {
        return std::optional<Purpose>();
    }
    return std::optional<Purpose>(found->first());
}

Result<void> PurposeService::ensureSeeded()
{
    if (m_seeded) {
        return {};
    }
    auto count = m_gate.db().queryInt("SELECT count(*) FROM purposes");
    if (!count) {
        return count.error();
    }
    if (*count > 0) {
        m_seeded = true;
        return {};
    }
    // A starter set every small business needs, for the admin to edit. Seeding needs no permission, so
    // that whoever opens the vault first sees the same purposes as everyone else.
    QList<Purpose> starters;
    {
        Purpose p;
        p.name = tr("Newsletter");
        p.description = tr("Sending our newsletter by email to people who asked for it.");
        p.basis = LawfulBasis::Consent;
        p.requiresConsent = true;
        p.directMarketing = true;
        p.fields = {QStringLiteral("contact.email"), QStringLiteral("contact.given"), QStringLiteral("contact.family")};
        p.retentionDays = 730;
        starters.append(p);
    }
    {
        Purpose p;
        p.name = tr("Sales follow-up");
        p.description = tr("Following up on enquiries and offers with prospects and customers.");
        p.basis = LawfulBasis::LegitimateInterests;
        p.legitimateInterest
            = tr("Answering enquiries and following up on offers with people who have been in touch with us, "
                 "as they can reasonably expect.");
        p.requiresConsent = false;
        p.directMarketing = true;
        p.fields = {QStringLiteral("contact.given"),
                    QStringLiteral("contact.family"),
                    QStringLiteral("contact.email"),
                    QStringLiteral("contact.phone"),
                    QStringLiteral("contact.company"),
                    QStringLiteral("contact.title")};
        p.retentionDays = 365;
        starters.append(p);
    }
    {
        Purpose p;
        p.name = tr("Invoicing");
        p.description = tr("Invoicing customers and keeping the records of what we sold. Besides the contract, "
                           "tax and commercial law oblige us to keep invoices (a legal obligation, Art. 6(1)(c)).");
        p.basis = LawfulBasis::Contract;
        p.requiresConsent = false;
        p.directMarketing = false;
        p.fields = {QStringLiteral("contact.given"),
                    QStringLiteral("contact.family"),
                    QStringLiteral("contact.street"),
                    QStringLiteral("contact.postcode"),
                    QStringLiteral("contact.city"),
                    QStringLiteral("contact.region"),
                    QStringLiteral("contact.country"),
                    QStringLiteral("contact.email"),
                    QStringLiteral("contact.company")};
        p.retentionDays = 3650;
        starters.append(p);
    }
    const qint64 now = m_clock.nowMs();
    for (Purpose& p : starters) {
        p = normalised(p);
        p.uid = newUid();
    }
    // One transaction, one audit entry per purpose: the later ones join the first one's transaction.
    std::function<Result<bool>(int)> seed = [&](int index) -> Result<bool> {
        security::Mutation m {QStringLiteral("purpose.create"), QStringLiteral("purpose"), starters.at(index).uid, {}};
        m.note = QStringLiteral("default");
        return m_gate.apply<bool>(m, [&](Database& db, security::Mutation&) -> Result<bool> {
            if (auto id = insertPurpose(db, starters.at(index), now); !id) {
                return id.error();
            }
            if (index + 1 < starters.size()) {
                return seed(index + 1);
            }
            return true;
        });
    };
    if (auto r = seed(0); !r) {
        return r.error();
    }
    m_seeded = true;
    return {};
}

Result<QList<Purpose>> PurposeService::list(bool includeArchived)
{
    if (auto allowed = mayView(m_gate); !allowed) {
        return allowed.error();
    }
    if (auto seeded = ensureSeeded(); !seeded) {
        return seeded.error();
    }
    return readPurposes(m_gate.db(), includeArchived ? QString() : QStringLiteral("archived = 0"));
}

Result<Purpose> PurposeService::get(PurposeId id)
{
    if (auto allowed = mayView(m_gate); !allowed) {
        return allowed.error();
    }
    if (auto seeded = ensureSeeded(); !seeded) {
        return seeded.error();
    }
    auto found = lookup(m_gate.db(), id);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return makeError(ErrorKind::NotFound, tr("No such purpose; it may have been removed."));
    }
    return **found;
}

Result<Purpose> PurposeService::find(const QString& nameOrUid)
{
    if (auto allowed = mayView(m_gate); !allowed) {
        return allowed.error();
    }
    if (auto seeded = ensureSeeded(); !seeded) {
        return seeded.error();
    }
    auto found = lookup(m_gate.db(), nameOrUid);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return makeError(ErrorKind::NotFound, tr("No purpose has that name or id; list them with: purpose list."));
    }
    return **found;
}

QStringList PurposeService::validate(const Purpose& input) const
{
    const Purpose p = normalised(input);
    QStringList problems;
    if (p.name.isEmpty() || p.name.size() > kMaxName || !TextRules::isAllowed(p.name, TextLines::One)) {
        problems.append(tr("A purpose needs a name of 1 to %1 characters.").arg(kMaxName));
    }
    if (p.description.size() > kMaxText || !TextRules::isAllowed(p.description, TextLines::Many)) {
        problems.append(tr("The description is limited to %1 characters of text.").arg(kMaxText));
    }
    if (p.basis == LawfulBasis::LegitimateInterests) {
        // Art. 6(1)(f) with Art. 13(1)(d): the interest pursued has to be named, not just claimed.
        if (p.legitimateInterest.isEmpty()) {
            problems.append(tr("Legitimate interests as the basis needs the interest written out: what it is and "
                               "why it is not overridden by the person's rights."));
        } else if (p.legitimateInterest.size() > kMaxText
                   || !TextRules::isAllowed(p.legitimateInterest, TextLines::Many)) {
            problems.append(tr("The legitimate interest is limited to %1 characters of text.").arg(kMaxText));
        }
    }
    for (const QString& key : p.fields) {
        const qsizetype dot = key.indexOf(QLatin1Char('.'));
        const bool known = dot > 0 && m_fields.find(key.left(dot), key.mid(dot + 1)) != nullptr;
        if (!known) {
            problems.append(tr("\"%1\" is not a known field; fields are named like contact.email.").arg(key));
        }
    }
    if (p.retentionDays && (*p.retentionDays <= 0 || *p.retentionDays > kMaxRetentionDays)) {
        problems.append(tr("The retention period is a number of days from 1 to %1.").arg(kMaxRetentionDays));
    }
    return problems;
}

Result<Purpose> PurposeService::create(Purpose purpose)
{
    purpose = normalised(purpose);
    purpose.id = PurposeId {};
    purpose.uid = newUid();
    security::Mutation m = manage("purpose.create", purpose.uid);
    if (auto allowed = m_gate.require(m); !allowed) {
        return allowed.error();
    }
    if (purpose.retentionDays) {
        if (auto allowed = mayManageRetention(m_gate, m); !allowed) {
            return allowed.error();
        }
    }
    if (const QStringList problems = validate(purpose); !problems.isEmpty()) {
        return makeError(ErrorKind::Invalid, problems.join(QLatin1Char(' ')));
    }
    if (auto seeded = ensureSeeded(); !seeded) {
        return seeded.error();
    }
    m.note = QStringLiteral("basis=") + Purpose::basisName(purpose.basis);
    const qint64 now = m_clock.nowMs();
    auto created = m_gate.apply<PurposeId>(
        m, [&](Database& db, security::Mutation&) -> Result<PurposeId> { return insertPurpose(db, purpose, now); });
    if (!created) {
        return created.error();
    }
    return get(*created);
}

Result<Purpose> PurposeService::update(const Purpose& input)
{
    auto existing = get(input.id);
    if (!existing) {
        return existing.error();
    }
    Purpose purpose = normalised(input);
    purpose.uid = existing->uid;
    purpose.archived = existing->archived;
    security::Mutation m = manage("purpose.update", purpose.uid);
    if (auto allowed = m_gate.require(m); !allowed) {
        return allowed.error();
    }
    if (const QStringList problems = validate(purpose); !problems.isEmpty()) {
        return makeError(ErrorKind::Invalid, problems.join(QLatin1Char(' ')));
    }
    QStringList changed;
    if (purpose.name != existing->name) {
        changed.append(QStringLiteral("name"));
    }
    if (purpose.description != existing->description) {
        changed.append(QStringLiteral("description"));
    }
    if (purpose.basis != existing->basis) {
        changed.append(QStringLiteral("lawful_basis"));
    }
    if (purpose.legitimateInterest != existing->legitimateInterest) {
        changed.append(QStringLiteral("legitimate_interest"));
    }
    if (purpose.requiresConsent != existing->requiresConsent) {
        changed.append(QStringLiteral("requires_consent"));
    }
    if (purpose.directMarketing != existing->directMarketing) {
        changed.append(QStringLiteral("direct_marketing"));
    }
    if (purpose.fields != existing->fields) {
        changed.append(QStringLiteral("fields"));
    }
    if (purpose.retentionDays != existing->retentionDays) {
        changed.append(QStringLiteral("retention_days"));
    }
    if (changed.isEmpty()) {
        return *existing;
    }
    m.fields = changed;
    if (changed.contains(QLatin1String("retention_days"))) {
        if (auto allowed = mayManageRetention(m_gate, m); !allowed) {
            return allowed.error();
        }
    }
    auto r = m_gate.apply<bool>(m, [&](Database& db, security::Mutation&) -> Result<bool> {
        auto taken = nameTaken(db, purpose.name, purpose.id);
        if (!taken) {
            return taken.error();
        }
        if (*taken) {
            return makeError(ErrorKind::Conflict, tr("A purpose of that name exists already; choose another name."));
        }
        auto s = db.prepare("UPDATE purposes SET name = ?2, description = ?3, lawful_basis = ?4, "
                            "legitimate_interest = ?5, requires_consent = ?6, direct_marketing = ?7, "
                            "retention_days = ?8, updated_at = ?9 WHERE id = ?1");
        if (!s) {
            return s.error();
        }
        s->bind(1, purpose.id.value)
            .bind(2, purpose.name)
            .bind(3, purpose.description)
            .bind(4, Purpose::basisName(purpose.basis))
            .bind(5, purpose.legitimateInterest)
            .bind(6, purpose.requiresConsent ? 1 : 0)
            .bind(7, purpose.directMarketing ? 1 : 0)
            .bind(8, purpose.retentionDays)
            .bind(9, m_clock.nowMs());
        if (auto run = s->run(); !run) {
            return run.error();
        }
        if (changed.contains(QLatin1String("fields"))) {
            if (auto w = writeFields(db, purpose.id, purpose.fields); !w) {
                return w.error();
            }
        }
        return true;
    });
    if (!r) {
        return r.error();
    }
    return get(purpose.id);
}

Result<Purpose> PurposeService::setArchived(PurposeId id, bool archived)
{
    auto existing = get(id);
    if (!existing) {
        return existing.error();
    }
    security::Mutation m = manage(archived ? "purpose.archive" : "purpose.unarchive", existing->uid);
    if (existing->archived == archived) {
        if (auto allowed = m_gate.require(m); !allowed) {
            return allowed.error();
        }
        return *existing;
    }
    auto r = m_gate.apply<bool>(m, [&](Database& db, security::Mutation&) -> Result<bool> {
        auto s = db.prepare("UPDATE purposes SET archived = ?2, updated_at = ?3 WHERE id = ?1");
        if (!s) {
            return s.error();
        }
        if (auto run = s->bind(1, id.value).bind(2, archived ? 1 : 0).bind(3, m_clock.nowMs()).run(); !run) {
            return run.error();
        }
        return true;
    });
    if (!r) {
        return r.error();
    }
    return get(id);
}

} // namespace confidant::privacy
