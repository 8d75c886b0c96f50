#include "ErasureService.h"

#include "core/crm/FieldRegistry.h"
#include "core/privacy/Suppression.h"
#include "core/security/MutationGate.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

namespace confidant::privacy {

using storage::Database;
using storage::Statement;

namespace {

struct ContactRecord
{
    qint64 id = 0;
    QString uid;
    QString given;
    QString family;
    QStringList emails;
    QStringList phones;
};

//! What one erasure will do, worked out inside the transaction that does it (and for the preview).
struct Plan
{
    ContactRecord contact;
    std::optional<LegalHold> contactHold;
    QList<qint64> deleteActivities; //!< linked to this contact alone, not held
    QList<qint64> heldActivities; //!< linked to this contact alone, held: anonymised
    QList<qint64> soleDeals; //!< linked to this contact alone: free text blanked
    qint64 sharedActivities = 0;
    qint64 sharedDeals = 0;
    QMap<QString, qint64> removed;
    QMap<QString, qint64> anonymised;
    QList<HeldRecord> held;
};

// Tags only this contact carries: a tag name can be as personal as a note ("met at Ada's wedding").
constexpr const char* kOwnTagsWhere
    = "id IN (SELECT tag_id FROM contact_tags WHERE contact_id = ?1) "
      "AND NOT EXISTS (SELECT 1 FROM contact_tags AS x WHERE x.tag_id = tags.id AND x.contact_id <> ?1) "
      "AND NOT EXISTS (SELECT 1 FROM company_tags AS y WHERE y.tag_id = tags.id) "
      "AND NOT EXISTS (SELECT 1 FROM deal_tags AS z WHERE z.tag_id = tags.id)";
const QByteArray kOwnTags = QByteArray("SELECT count(*) FROM tags WHERE ") + kOwnTagsWhere;
const QByteArray kDeleteOwnTags = QByteArray("DELETE FROM tags WHERE ") + kOwnTagsWhere;

QDate dayOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
}

Result<QStringList> jsonValues(Database& db, const char* sql, qint64 id)
{
    auto s = db.prepare(sql);
    if (!s) {
        return s.error();
    }
    s->bind(1, id);
    QStringList out;
    while (true) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            return out;
        }
        if (!s->isNull(0) && !s->text(0).trimmed().isEmpty()) {
            out.append(s->text(0));
        }
    }
}

Result<std::optional<ContactRecord>> findContact(Database& db, const QString& uid)
{
    auto s = db.prepare("SELECT id, uid, given_name, family_name FROM contacts WHERE uid = ?1");
    if (!s) {
        return s.error();
    }
    s->bind(1, uid.trimmed());
    auto step = s->step();
    if (!step) {
        return step.error();
    }
    if (*step != Statement::Step::Row) {
        return std::optional<ContactRecord>();
    }
    ContactRecord c;
    c.id = s->int64(0);
    c.uid = s->text(1);
    c.given = s->text(2);
    c.family = s->text(3);
    auto emails = jsonValues(
        db,
        "SELECT json_extract(e.value, '$.value') FROM contacts AS c, json_each(c.emails) AS e WHERE c.id = ?1",
        c.id);
    if (!emails) {
        return emails.error();
    }
    auto phones = jsonValues(
        db,
        "SELECT json_extract(p.value, '$.value') FROM contacts AS c, json_each(c.phones) AS p WHERE c.id = ?1",
        c.id);
    if (!phones) {
        return phones.error();
    }
    c.emails = *emails;
    c.phones = *phones;
    return std::optional<ContactRecord>(c);
}

Result<qint64> countOf(Database& db, const char* sql, qint64 id)
{
    auto s = db.prepare(sql);
    if (!s) {
        return s.error();
    }
    s->bind(1, id);
    auto step = s->step();
    if (!step) {
        return step.error();
    }
    return *step == Statement::Step::Row ? s->int64(0) : 0;
}

HeldRecord heldRecord(const LegalHold& h)
{
    return HeldRecord {h.entityType, h.entityUid, h.uid, h.reason, h.until};
}

Result<Plan> makePlan(Database& db, const ContactRecord& contact, const QDate& today)
{
    Plan plan;
    plan.contact = contact;
    auto holds = LegalHoldService::activeHolds(db, today);
    if (!holds) {
        return holds.error();
    }
    const QString contactKey = QStringLiteral("contact:") + contact.uid;
    if (holds->contains(contactKey)) {
        plan.contactHold = holds->value(contactKey);
        plan.held.append(heldRecord(*plan.contactHold));
    }
    const bool keepRow = plan.contactHold.has_value();

    // Activities linked to this contact, and whether anything else is linked to them.
    auto acts = db.prepare(
        "SELECT DISTINCT a.id, a.uid, NOT EXISTS (SELECT 1 FROM activity_links AS o WHERE o.activity_id = a.id "
        "AND NOT (o.entity_type = 'contact' AND o.entity_id = ?1)) "
        "FROM activity_links AS l JOIN activities AS a ON a.id = l.activity_id "
        "WHERE l.entity_type = 'contact' AND l.entity_id = ?1 ORDER BY a.id");
    if (!acts) {
        return acts.error();
    }
    acts->bind(1, contact.id);
    while (true) {
        auto step = acts->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            break;
        }
        const qint64 id = acts->int64(0);
        const QString key = QStringLiteral("activity:") + acts->text(1);
        if (acts->integer(2) == 0) {
            ++plan.sharedActivities;
        } else if (holds->contains(key)) {
            plan.heldActivities.append(id);
            plan.held.append(heldRecord(holds->value(key)));
        } else {
            plan.deleteActivities.append(id);
        }
    }

    auto deals = db.prepare("SELECT d.id, d.uid, (SELECT count(*) FROM deal_contacts AS x WHERE x.deal_id = d.id) "
                            "FROM deal_contacts AS dc JOIN deals AS d ON d.id = dc.deal_id WHERE dc.contact_id = ?1 "
                            "ORDER BY d.id");
    if (!deals) {
        return deals.error();
    }
    deals->bind(1, contact.id);
    while (true) {
        auto step = deals->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            break;
        }
        const QString key = QStringLiteral("deal:") + deals->text(1);
        if (holds->contains(key)) {
            plan.held.append(heldRecord(holds->value(key)));
        }
        if (deals->int64(2) > 1) {
            ++plan.sharedDeals;
        } else {
            plan.soleDeals.append(deals->int64(0));
        }
    }

    struct Count
    {
        const char* table;
        const char* sql;
        bool goesWithRow; //!< only removed when the contact row goes (kept under a hold)
    };
    const Count counts[] = {
        {"consent_events", "SELECT count(*) FROM consent_events WHERE contact_id = ?1", true},
        {"notice_acks", "SELECT count(*) FROM notice_acks WHERE contact_id = ?1", true},
        {"contact_tags", "SELECT count(*) FROM contact_tags WHERE contact_id = ?1", false},
        {"tags", kOwnTags.constData(), false},
        {"deal_contacts", "SELECT count(*) FROM deal_contacts WHERE contact_id = ?1", true},
        {"contact_field_history", "SELECT count(*) FROM contact_field_history WHERE contact_id = ?1", false},
        {"activity_links",
         "SELECT count(*) FROM activity_links WHERE entity_type = 'contact' AND entity_id = ?1",
         true},
    };
    for (const Count& c : counts) {
        if (c.goesWithRow && keepRow) {
            continue;
        }
        auto n = countOf(db, c.sql, contact.id);
        if (!n) {
            return n.error();
        }
        if (*n > 0) {
            plan.removed.insert(QLatin1String(c.table), *n);
        }
    }
    if (keepRow) {
        plan.anonymised.insert(QStringLiteral("contacts"), 1);
        // The links of the activities deleted with it go as well.
        if (!plan.deleteActivities.isEmpty()) {
            plan.removed.insert(QStringLiteral("activity_links"), plan.deleteActivities.size());
        }
    } else {
        plan.removed.insert(QStringLiteral("contacts"), 1);
        plan.removed.insert(QStringLiteral("contact_fts"), 1);
    }
    if (!plan.deleteActivities.isEmpty()) {
        plan.removed.insert(QStringLiteral("activities"), plan.deleteActivities.size());
    }
    if (!plan.heldActivities.isEmpty()) {
        plan.anonymised.insert(QStringLiteral("activities"), plan.heldActivities.size());
    }
    if (!plan.soleDeals.isEmpty()) {
        plan.anonymised.insert(QStringLiteral("deals"), plan.soleDeals.size());
    }
    return plan;
}

Result<void> runWithId(Database& db, const char* sql, qint64 id, std::optional<qint64> now = std::nullopt)
{
    auto s = db.prepare(sql);
    if (!s) {
        return s.error();
    }
    s->bind(1, id);
    if (now) {
        s->bind(2, *now);
    }
    return s->run();
}

//! The SET list that blanks the registry's columns of `contacts`: NULL, or the column's default where it
//! may not be NULL ('' for names, '[]' for emails and phones). Read from the schema, so a column added to
//! the registry is blanked without a change here.
Result<QString> blankingAssignments(Database& db, const crm::FieldRegistry& fields, bool* dropTags)
{
    QHash<QString, QString> blank;
    auto info = db.prepare("SELECT name, \"notnull\", dflt_value FROM pragma_table_info('contacts')");
    if (!info) {
        return info.error();
    }
    while (true) {
        auto step = info->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            break;
        }
        const bool notNull = info->integer(1) != 0;
        blank.insert(info->text(0), notNull ? (info->isNull(2) ? QString() : info->text(2)) : QStringLiteral("NULL"));
    }
    QStringList sets;
    for (const auto& f : fields.fieldsOf(QStringLiteral("contact"))) {
        if (f.table == QLatin1String("contact_tags")) {
            *dropTags = true;
            continue;
        }
        if (f.table != QLatin1String("contacts") || blank.value(f.column).isEmpty()) {
            return makeError(ErrorKind::Unsupported,
                             ErasureService::tr("The field \"%1\" is stored where erasure cannot blank it; nothing "
                                                "was erased. Update Confidant.")
                                 .arg(f.name));
        }
        sets.append(f.column + QStringLiteral(" = ") + blank.value(f.column));
    }
    return sets.join(QStringLiteral(", "));
}

Result<void> execute(Database& db, const crm::FieldRegistry& fields, const Plan& plan, qint64 now)
{
    // Erased search tokens are removed from the index pages, not only marked deleted.
    if (auto r = db.exec("INSERT INTO contact_fts (contact_fts, rank) VALUES ('secure-delete', 1)"); !r) {
        return r;
    }
    for (const qint64 id : plan.deleteActivities) {
        if (auto r = runWithId(db, "DELETE FROM activities WHERE id = ?1", id); !r) {
            return r;
        }
    }
    // Art. 17(3): a legal hold keeps an anonymised row.
    for (const qint64 id : plan.heldActivities) {
        if (auto r
            = runWithId(db, "UPDATE activities SET subject = '', body = '', updated_at = ?2 WHERE id = ?1", id, now);
            !r) {
            return r;
        }
    }
    // A deal of this person alone is a business record (amount, dates, stage stay); its texts are about them.
    for (const qint64 id : plan.soleDeals) {
        if (auto r = runWithId(db,
                               "UPDATE deals SET title = '', description = '', close_reason = '', updated_at = ?2 "
                               "WHERE id = ?1",
                               id,
                               now);
            !r) {
            return r;
        }
    }
    const qint64 cid = plan.contact.id;
    for (const char* sql : {"DELETE FROM contact_field_history WHERE contact_id = ?1",
                            kDeleteOwnTags.constData(),
                            "DELETE FROM contact_tags WHERE contact_id = ?1"}) {
        if (auto r = runWithId(db, sql, cid); !r) {
            return r;
        }
    }
    if (plan.contactHold) {
        bool dropTags = false;
        auto sets = blankingAssignments(db, fields, &dropTags);
        if (!sets) {
            return sets.error();
        }
        auto s = db.prepare(QStringLiteral("UPDATE contacts SET %1, updated_at = ?2 WHERE id = ?1").arg(*sets));
        if (!s) {
            return s.error();
        }
        s->bind(1, cid).bind(2, now);
        return s->run();
    }
    for (const char* sql :
         {"DELETE FROM notice_acks WHERE contact_id = ?1", "DELETE FROM deal_contacts WHERE contact_id = ?1"}) {
        if (auto r = runWithId(db, sql, cid); !r) {
            return r;
        }
    }
    // Consent events, the search row and the remaining activity links follow the row (cascade, triggers).
    return runWithId(db, "DELETE FROM contacts WHERE id = ?1", cid);
}

QJsonObject countsJson(const QMap<QString, qint64>& counts)
{
    QJsonObject o;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        o.insert(it.key(), it.value());
    }
    return o;
}

QMap<QString, qint64> countsFrom(const QString& json)
{
    QMap<QString, qint64> out;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        out.insert(it.key(), it.value().toInteger());
    }
    return out;
}

Result<QString> resolveRequest(Database& db, const QString& reference)
{
    auto s = db.prepare("SELECT uid FROM requests WHERE uid = ?1 OR reference = ?1 COLLATE NOCASE");
    if (!s) {
        return s.error();
    }
    s->bind(1, reference.trimmed());
    auto step = s->step();
    if (!step) {
        return step.error();
    }
    if (*step != Statement::Step::Row) {
        return makeError(ErrorKind::NotFound,
                         ErasureService::tr("There is no request with that reference or uid; list them with: request "
                                            "list. Nothing was erased."));
    }
    return s->text(0);
}

} // namespace

QJsonObject ErasureReceipt::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("uid"), uid);
    o.insert(QStringLiteral("ledger_uid"), ledgerUid);
    o.insert(QStringLiteral("contact_uid"), contactUid);
    o.insert(QStringLiteral("request_uid"), requestUid.isEmpty() ? QJsonValue() : QJsonValue(requestUid));
    o.insert(QStringLiteral("erased_at"),
             QDateTime::fromMSecsSinceEpoch(erasedAtMs, Qt::UTC).toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("profile_uid"), profileUid);
    o.insert(QStringLiteral("removed"), countsJson(removed));
    o.insert(QStringLiteral("anonymised"), countsJson(anonymised));
    o.insert(QStringLiteral("suppression_hashes"), suppressionHashes);
    o.insert(QStringLiteral("vacuumed"), vacuumed);
    return o;
}

QString ErasureReceipt::sha256() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(toJson()).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
}

ErasureService::ErasureService(security::MutationGate& gate, const Clock& clock, const crm::FieldRegistry& fields)
    : m_gate(gate)
    , m_clock(clock)
    , m_fields(fields)
{
}

bool ErasureService::confirms(const QString& name, const QString& typed)
{
    const QString expected = name.simplified();
    return !expected.isEmpty() && expected.compare(typed.simplified(), Qt::CaseInsensitive) == 0;
}

QStringList ErasureService::contactTables()
{
    return {QStringLiteral("contacts"),
            QStringLiteral("consent_events"),
            QStringLiteral("notice_acks"),
            QStringLiteral("contact_tags"),
            QStringLiteral("deal_contacts"),
            QStringLiteral("activity_links"),
            QStringLiteral("contact_field_history"),
            QStringLiteral("contact_fts")};
}

QStringList ErasureService::uncoveredFields(const crm::FieldRegistry& fields)
{
    QStringList out;
    for (const auto& f : fields.fieldsOf(QStringLiteral("contact"))) {
        if (f.table != QLatin1String("contacts") && f.table != QLatin1String("contact_tags")) {
            out.append(f.name);
        }
    }
    return out;
}

Result<ErasurePreview> ErasureService::preview(const QString& contactUid) const
{
    security::Mutation read {QStringLiteral("subject.erase_preview"), QStringLiteral("contact"), contactUid.trimmed()};
    read.permission = security::Permission::HandleRequests;
    if (auto allowed = m_gate.require(read); !allowed) {
        return allowed.error();
    }
    Database& db = m_gate.db();
    auto contact = findContact(db, contactUid);
    if (!contact) {
        return contact.error();
    }
    if (!contact->has_value()) {
        return makeError(ErrorKind::NotFound, tr("There is no contact with that uid; check it with: contact list."));
    }
    auto plan = makePlan(db, **contact, dayOf(m_clock.nowMs()));
    if (!plan) {
        return plan.error();
    }
    ErasurePreview p;
    p.contactUid = (*contact)->uid;
    p.confirmationName = ((*contact)->given + QLatin1Char(' ') + (*contact)->family).simplified();
    p.removed = plan->removed;
    p.anonymised = plan->anonymised;
    p.held = plan->held;
    p.sharedActivities = plan->sharedActivities;
    p.sharedDeals = plan->sharedDeals;
    auto key = Suppression::salt(db);
    if (!key) {
        return key.error();
    }
    p.suppressedIdentifiers = Suppression::identifierHashes(*key, (*contact)->emails, (*contact)->phones).size();
    auto mentions = MentionSearch::find(db, (*contact)->id);
    if (!mentions) {
        return mentions.error();
    }
    p.mentions = *mentions;
    return p;
}

Result<ErasureReceipt>
ErasureService::erase(const QString& contactUid, const QString& confirmName, const ErasureOptions& options)
{
    security::Mutation m {QStringLiteral("subject.erase"), QStringLiteral("contact"), contactUid.trimmed()};
    m.permission = security::Permission::Erase;
    if (auto allowed = m_gate.require(m); !allowed) {
        return allowed.error();
    }
    Database& db = m_gate.db();
    auto contact = findContact(db, contactUid);
    if (!contact) {
        return contact.error();
    }
    if (!contact->has_value()) {
        return makeError(ErrorKind::NotFound,
                         tr("There is no contact with that uid; check it with: contact list. Nothing was erased."));
    }
    if (!confirms((*contact)->given + QLatin1Char(' ') + (*contact)->family, confirmName)) {
        return makeError(ErrorKind::Invalid,
                         tr("The confirmation does not match the contact's given and family name; type the name as "
                            "the preview shows it. Nothing was erased."));
    }
    QString requestUid;
    if (!options.request.trimmed().isEmpty()) {
        auto resolved = resolveRequest(db, options.request);
        if (!resolved) {
            return resolved.error();
        }
        requestUid = *resolved;
    }

    ErasureReceipt receipt;
    receipt.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    receipt.ledgerUid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    receipt.contactUid = (*contact)->uid;
    receipt.requestUid = requestUid;
    receipt.erasedAtMs = m_clock.nowMs();
    receipt.profileUid = m_gate.actor().uid;
    m.entityUid = receipt.contactUid;
    auto done = m_gate.apply<ErasureReceipt>(
        m, [&](Database& tx, security::Mutation& mutation) -> Result<ErasureReceipt> {
            auto plan = makePlan(tx, **contact, dayOf(receipt.erasedAtMs));
            if (!plan) {
                return plan.error();
            }
            auto key = Suppression::salt(tx);
            if (!key) {
                return key.error();
            }
            const QStringList hashes = Suppression::identifierHashes(*key, (*contact)->emails, (*contact)->phones);
            auto listed = Suppression::add(tx, hashes, receipt.ledgerUid, receipt.erasedAtMs);
            if (!listed) {
                return listed.error();
            }
            security::ErasureRecord record;
            record.uid = receipt.ledgerUid;
            record.erasedAtMs = receipt.erasedAtMs;
            record.entityType = QStringLiteral("contact");
            record.entityUid = receipt.contactUid;
            record.identifierHashes = hashes;
            record.profileUid = receipt.profileUid;
            if (auto r = security::ErasureLedger::append(tx, record); !r) {
                return r.error();
            }
            if (auto r = execute(tx, m_fields, *plan, receipt.erasedAtMs); !r) {
                return r.error();
            }
            receipt.removed = plan->removed;
            receipt.anonymised = plan->anonymised;
            receipt.suppressionHashes = hashes.size();
            auto s = tx.prepare("INSERT INTO erasure_receipts (uid, ledger_uid, request_uid, erased_at, profile_uid, "
                                "counts, anonymised, vacuumed) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 0)");
            if (!s) {
                return s.error();
            }
            s->bind(1, receipt.uid)
                .bind(2, receipt.ledgerUid)
                .bindTextOrNull(3, receipt.requestUid)
                .bind(4, receipt.erasedAtMs)
                .bind(5, receipt.profileUid)
                .bind(6, QString::fromUtf8(QJsonDocument(countsJson(receipt.removed)).toJson(QJsonDocument::Compact)))
                .bind(7,
                      QString::fromUtf8(QJsonDocument(countsJson(receipt.anonymised)).toJson(QJsonDocument::Compact)));
            if (auto r = s->run(); !r) {
                return r.error();
            }
            if (!requestUid.isEmpty() && m_requestRecorder) {
                if (auto r = m_requestRecorder(tx, requestUid, receipt); !r) {
                    return r.error();
                }
            }
            qint64 removedRows = 0;
            for (const qint64 n : receipt.removed) {
                removedRows += n;
            }
            qint64 anonymisedRows = 0;
            for (const qint64 n : receipt.anonymised) {
                anonymisedRows += n;
            }
            mutation.count = removedRows;
            mutation.fields = receipt.removed.keys();
            mutation.note = QStringLiteral("receipt=%1 anonymised=%2 held=%3 suppressed=%4%5")
                                .arg(receipt.uid)
                                .arg(anonymisedRows)
                                .arg(plan->held.size())
                                .arg(hashes.size())
                                .arg(requestUid.isEmpty() ? QString() : QStringLiteral(" request=") + requestUid);
            return receipt;
        });
    if (!done) {
        return done;
    }
    receipt = *done;

    // After the commit: compact the search index so no segment keeps an old copy, then (when asked)
    // rewrite the file, and truncate the WAL, which still holds the erased pages' previous images.
    if (auto r = db.exec("INSERT INTO contact_fts (contact_fts) VALUES ('optimize')"); !r) {
        receipt.warnings.append(tr("The search index could not be compacted: %1").arg(r.error().message));
    }
    if (options.vacuum) {
        if (auto r = db.exec("VACUUM"); !r) {
            receipt.warnings.append(tr("VACUUM failed: %1").arg(r.error().message));
        } else {
            security::Mutation v {
                QStringLiteral("subject.erase_vacuum"), QStringLiteral("erasure_receipt"), receipt.uid};
            v.permission = security::Permission::Erase;
            auto marked = m_gate.apply<bool>(v, [&](Database& tx, security::Mutation&) -> Result<bool> {
                auto s = tx.prepare("UPDATE erasure_receipts SET vacuumed = 1 WHERE uid = ?1");
                if (!s) {
                    return s.error();
                }
                s->bind(1, receipt.uid);
                if (auto ran = s->run(); !ran) {
                    return ran.error();
                }
                return true;
            });
            receipt.vacuumed = marked.ok();
        }
    }
    auto busy = db.queryInt("PRAGMA wal_checkpoint(TRUNCATE)");
    if (!busy) {
        receipt.warnings.append(tr("The WAL could not be truncated: %1").arg(busy.error().message));
    } else if (*busy != 0) {
        receipt.warnings.append(
            tr("Another program had the vault open, so its WAL could not be truncated yet; it is when that closes."));
    }
    return receipt;
}

Result<QList<ErasureReceipt>> ErasureService::receipts() const
{
    security::Mutation read {QStringLiteral("subject.erase_receipts"), QStringLiteral("erasure_receipt")};
    read.permission = security::Permission::HandleRequests;
    if (auto allowed = m_gate.require(read); !allowed) {
        return allowed.error();
    }
    auto s = m_gate.db().prepare(
        "SELECT r.uid, r.ledger_uid, coalesce(l.entity_uid, ''), coalesce(r.request_uid, ''), r.erased_at, "
        "r.profile_uid, r.counts, r.anonymised, r.vacuumed, "
        "(SELECT count(*) FROM suppression AS x WHERE x.ledger_uid = r.ledger_uid) "
        "FROM erasure_receipts AS r LEFT JOIN erasure_ledger AS l ON l.uid = r.ledger_uid "
        "ORDER BY r.erased_at DESC, r.id DESC");
    if (!s) {
        return s.error();
    }
    QList<ErasureReceipt> out;
    while (true) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            return out;
        }
        ErasureReceipt receipt;
        receipt.uid = s->text(0);
        receipt.ledgerUid = s->text(1);
        receipt.contactUid = s->text(2);
        receipt.requestUid = s->text(3);
        receipt.erasedAtMs = s->int64(4);
        receipt.profileUid = s->text(5);
        receipt.removed = countsFrom(s->text(6));
        receipt.anonymised = countsFrom(s->text(7));
        receipt.vacuumed = s->integer(8) != 0;
        receipt.suppressionHashes = s->integer(9);
        out.append(receipt);
    }
}

security::ErasureLedger::Applier ErasureService::restoreApplier(const QString& saltHex)
{
    return [saltHex](Database& db, const security::ErasureRecord& record) -> Result<void> {
        if (record.entityType != QLatin1String("contact")) {
            return security::ErasureLedger::defaultApplier()(db, record);
        }
        if (!saltHex.isEmpty()) {
            if (auto adopted = Suppression::adoptSalt(db, saltHex); !adopted) {
                return adopted.error();
            }
        }
        auto contact = findContact(db, record.entityUid);
        if (!contact) {
            return contact.error();
        }
        if (contact->has_value()) {
            auto plan = makePlan(db, **contact, dayOf(record.erasedAtMs));
            if (!plan) {
                return plan.error();
            }
            const crm::FieldRegistry fields;
            if (auto r = execute(db, fields, *plan, record.erasedAtMs); !r) {
                return r;
            }
        }
        auto listed = Suppression::add(db, record.identifierHashes, record.uid, record.erasedAtMs);
        if (!listed) {
            return listed.error();
        }
        return {};
    };
}

} // namespace confidant::privacy
