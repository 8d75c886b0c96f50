#include "ErasureService.h"

#include "core/crm/FieldRegistry.h"
#include "core/privacy/Suppression.h"
#include "core/security/MutationGate.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSet>
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

//! A record a hold keeps, to put on the erasure queue.
struct QueueItem
{
    QString entityType;
    QString entityUid;
    QString holdUid;
};

//! One text the erasure rewrites with the person's identifiers replaced by the marker (DESIGN.md
//! "Erasure": every change-history value that names them, the activities they share, saved filters).
struct Redaction
{
    const char* table;
    const char* column;
    qint64 id = 0;
    QString text; //!< the redacted text
};

//! What one erasure will do, worked out inside the transaction that does it (and for the preview).
struct Plan
{
    ContactRecord contact;
    //! A hold on the contact keeps its whole record: the row with its tags, consents, acknowledgements,
    //! history and links, and the activities and deals linked to it alone.
    std::optional<LegalHold> contactHold;
    QList<qint64> deleteActivities; //!< linked to this contact alone, not held
    QList<qint64> keptActivities; //!< linked to this contact alone, held (or the contact is): unchanged
    QList<qint64> blankDeals; //!< linked to this contact alone, not held: free text blanked
    QList<qint64> keptDeals; //!< linked to this contact alone, held (or the contact is): unchanged
    qint64 sharedActivities = 0;
    qint64 sharedDeals = 0;
    QMap<QString, qint64> removed;
    QMap<QString, qint64> anonymised;
    QMap<QString, qint64> kept;
    QList<HeldRecord> held;
    QList<QueueItem> queue;
    //! Texts outside the person's own records from which their identifiers are redacted in place.
    QList<Redaction> redactions;
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

//! Adds to `plan` each text outside the person's own records that names them (change-history values of other
//! contacts, activities they share with other records, saved filters), and counts the rows as anonymised. A
//! record a hold keeps stays unchanged; while the person's own record is kept, so are the activities it
//! shares (the queued erasure redacts them when it runs).
Result<void> planRedactions(Database& db, Plan& plan, const QHash<QString, LegalHold>& holds)
{
    auto ids = MentionSearch::needlesOf(db, plan.contact.id);
    if (!ids) {
        return ids.error();
    }
    if (ids->isEmpty()) {
        return {};
    }
    struct Source
    {
        const char* table;
        const char* column;
        const char* entityType; //!< whose hold keeps the row: "contact" or "activity"; null: none
        bool json;
        bool keptWithContact;
        const char* sql; //!< id, text, uid of the record a hold would name
    };
    static const Source sources[] = {
        {"contact_field_history",
         "old_value",
         "contact",
         false,
         false,
         "SELECT h.id, h.old_value, c.uid FROM contact_field_history AS h JOIN contacts AS c ON c.id = h.contact_id "
         "WHERE h.contact_id <> ?1 AND coalesce(h.old_value, '') <> '' ORDER BY h.id"},
        {"activities",
         "subject",
         "activity",
         false,
         true,
         "SELECT a.id, a.subject, a.uid FROM activities AS a WHERE a.subject <> '' AND EXISTS (SELECT 1 FROM "
         "activity_links AS l WHERE l.activity_id = a.id AND l.entity_type = 'contact' AND l.entity_id = ?1) AND "
         "EXISTS (SELECT 1 FROM activity_links AS o WHERE o.activity_id = a.id AND NOT (o.entity_type = 'contact' "
         "AND o.entity_id = ?1)) ORDER BY a.id"},
        {"activities",
         "body",
         "activity",
         false,
         true,
         "SELECT a.id, a.body, a.uid FROM activities AS a WHERE a.body <> '' AND EXISTS (SELECT 1 FROM "
         "activity_links AS l WHERE l.activity_id = a.id AND l.entity_type = 'contact' AND l.entity_id = ?1) AND "
         "EXISTS (SELECT 1 FROM activity_links AS o WHERE o.activity_id = a.id AND NOT (o.entity_type = 'contact' "
         "AND o.entity_id = ?1)) ORDER BY a.id"},
        {"saved_filters",
         "name",
         nullptr,
         false,
         false,
         "SELECT id, name, uid FROM saved_filters WHERE ?1 IS NOT NULL ORDER BY id"},
        {"saved_filters",
         "definition",
         nullptr,
         true,
         false,
         "SELECT id, definition, uid FROM saved_filters WHERE ?1 IS NOT NULL AND definition <> '{}' ORDER BY id"},
    };
    QHash<QString, QSet<qint64>> rows; // table -> ids changed
    for (const Source& source : sources) {
        if (source.keptWithContact && plan.contactHold) {
            continue;
        }
        auto s = db.prepare(source.sql);
        if (!s) {
            return s.error();
        }
        s->bind(1, plan.contact.id);
        while (true) {
            auto step = s->step();
            if (!step) {
                return step.error();
            }
            if (*step == Statement::Step::Done) {
                break;
            }
            if (source.entityType && holds.contains(QLatin1String(source.entityType) + QLatin1Char(':') + s->text(2))) {
                continue;
            }
            int hits = 0;
            const QString text = source.json ? MentionSearch::redactJson(s->text(1), *ids, &hits)
                                             : MentionSearch::redact(s->text(1), *ids, &hits);
            if (hits == 0) {
                continue;
            }
            plan.redactions.append({source.table, source.column, s->int64(0), text});
            rows[QLatin1String(source.table)].insert(s->int64(0));
        }
    }
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        plan.anonymised[it.key()] += it.value().size();
    }
    return {};
}

//! Writes the redactions of `plan`. A saved filter whose redacted name another filter of its kind has already
//! gets its uid's start appended, so that both stay.
Result<void> applyRedactions(Database& db, const Plan& plan)
{
    for (const Redaction& r : plan.redactions) {
        QString text = r.text;
        if (qstrcmp(r.table, "saved_filters") == 0 && qstrcmp(r.column, "name") == 0) {
            auto clash = db.prepare("SELECT f.uid FROM saved_filters AS f WHERE f.id = ?1 AND EXISTS (SELECT 1 FROM "
                                    "saved_filters AS o WHERE o.entity_type = f.entity_type AND o.name = ?2 AND "
                                    "o.id <> f.id)");
            if (!clash) {
                return clash.error();
            }
            clash->bind(1, r.id).bind(2, text);
            auto step = clash->step();
            if (!step) {
                return step.error();
            }
            if (*step == Statement::Step::Row) {
                text += QStringLiteral(" (%1)").arg(clash->text(0).left(8));
            }
        }
        const QByteArray sql = QByteArray("UPDATE ") + r.table + " SET " + r.column + " = ?2 WHERE id = ?1";
        auto s = db.prepare(sql.constData());
        if (!s) {
            return s.error();
        }
        s->bind(1, r.id).bind(2, text);
        if (auto ran = s->run(); !ran) {
            return ran;
        }
    }
    return {};
}

// Art. 17(3)(e), 18(1)(c): what a hold keeps stays as it is, restricted; the rest goes now.
Result<Plan> makePlan(Database& db, const ContactRecord& contact, const QHash<QString, LegalHold>& holds)
{
    Plan plan;
    plan.contact = contact;
    const QString contactKey = QStringLiteral("contact:") + contact.uid;
    if (holds.contains(contactKey)) {
        plan.contactHold = holds.value(contactKey);
        plan.held.append(heldRecord(*plan.contactHold));
        plan.queue.append({QStringLiteral("contact"), contact.uid, plan.contactHold->uid});
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
        const QString uid = acts->text(1);
        const QString key = QStringLiteral("activity:") + uid;
        if (acts->integer(2) == 0) {
            // Shared with other records: only the link goes, with the contact (kept with a held contact).
            if (!keepRow) {
                ++plan.sharedActivities;
            }
        } else if (holds.contains(key)) {
            plan.keptActivities.append(id);
            plan.held.append(heldRecord(holds.value(key)));
            if (!keepRow) {
                plan.queue.append({QStringLiteral("activity"), uid, holds.value(key).uid});
            }
        } else if (keepRow) {
            plan.keptActivities.append(id);
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
        const qint64 id = deals->int64(0);
        const QString uid = deals->text(1);
        const QString key = QStringLiteral("deal:") + uid;
        if (deals->int64(2) > 1) {
            // With other contacts: only the link goes, with the contact (kept with a held contact).
            if (!keepRow) {
                ++plan.sharedDeals;
            }
        } else if (holds.contains(key)) {
            plan.keptDeals.append(id);
            plan.held.append(heldRecord(holds.value(key)));
            if (!keepRow) {
                plan.queue.append({QStringLiteral("deal"), uid, holds.value(key).uid});
            }
        } else if (keepRow) {
            plan.keptDeals.append(id);
        } else {
            plan.blankDeals.append(id);
        }
    }

    if (auto r = planRedactions(db, plan, holds); !r) {
        return r.error();
    }

    if (keepRow) {
        plan.kept.insert(QStringLiteral("contacts"), 1);
    } else {
        struct Count
        {
            const char* table;
            const char* sql;
        };
        const Count counts[] = {
            {"consent_events", "SELECT count(*) FROM consent_events WHERE contact_id = ?1"},
            {"notice_acks", "SELECT count(*) FROM notice_acks WHERE contact_id = ?1"},
            {"contact_tags", "SELECT count(*) FROM contact_tags WHERE contact_id = ?1"},
            {"tags", kOwnTags.constData()},
            {"deal_contacts", "SELECT count(*) FROM deal_contacts WHERE contact_id = ?1"},
            {"contact_field_history", "SELECT count(*) FROM contact_field_history WHERE contact_id = ?1"},
            {"activity_links", "SELECT count(*) FROM activity_links WHERE entity_type = 'contact' AND entity_id = ?1"},
        };
        for (const Count& c : counts) {
            auto n = countOf(db, c.sql, contact.id);
            if (!n) {
                return n.error();
            }
            if (*n > 0) {
                plan.removed.insert(QLatin1String(c.table), *n);
            }
        }
        plan.removed.insert(QStringLiteral("contacts"), 1);
        plan.removed.insert(QStringLiteral("contact_fts"), 1);
    }
    if (!plan.deleteActivities.isEmpty()) {
        plan.removed.insert(QStringLiteral("activities"), plan.deleteActivities.size());
    }
    if (!plan.blankDeals.isEmpty()) {
        plan.anonymised.insert(QStringLiteral("deals"), plan.blankDeals.size());
    }
    if (!plan.keptActivities.isEmpty()) {
        plan.kept.insert(QStringLiteral("activities"), plan.keptActivities.size());
    }
    if (!plan.keptDeals.isEmpty()) {
        plan.kept.insert(QStringLiteral("deals"), plan.keptDeals.size());
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

//! Registry fields of contacts the erasure cannot remove with the row: it refuses rather than leave them.
Result<void> checkCovered(const crm::FieldRegistry& fields)
{
    for (const auto& f : fields.fieldsOf(QStringLiteral("contact"))) {
        if (f.table != QLatin1String("contacts") && f.table != QLatin1String("contact_tags")) {
            return makeError(ErrorKind::Unsupported,
                             ErasureService::tr("The field \"%1\" is stored where erasure cannot blank it; nothing "
                                                "was erased. Update Confidant.")
                                 .arg(f.name));
        }
    }
    return {};
}

//! The restriction reason a held contact gets (shown on the contact; never audited).
QString heldReason()
{
    return ErasureService::tr("Kept under a legal hold; its erasure is queued until the hold ends (Art. 17(3)(e), "
                              "18(1)(c)).");
}

Result<void> execute(Database& db, const crm::FieldRegistry& fields, const Plan& plan, qint64 now)
{
    if (auto r = checkCovered(fields); !r) {
        return r;
    }
    // Erased search tokens are removed from the index pages, not only marked deleted.
    if (auto r = db.exec("INSERT INTO contact_fts (contact_fts, rank) VALUES ('secure-delete', 1)"); !r) {
        return r;
    }
    const qint64 cid = plan.contact.id;
    // Copies of the person's identifiers elsewhere: redacted in place, with no old value kept (an erasure
    // records no change history).
    if (auto r = applyRedactions(db, plan); !r) {
        return r;
    }
    if (!plan.contactHold) {
        for (const qint64 id : plan.deleteActivities) {
            if (auto r = runWithId(db, "DELETE FROM activities WHERE id = ?1", id); !r) {
                return r;
            }
        }
        // A deal of this person alone is a business record (amount, dates, stage stay); its texts are about them.
        for (const qint64 id : plan.blankDeals) {
            if (auto r = runWithId(db,
                                   "UPDATE deals SET title = '', description = '', close_reason = '', "
                                   "restricted_at = NULL, updated_at = ?2 WHERE id = ?1",
                                   id,
                                   now);
                !r) {
                return r;
            }
        }
        for (const char* sql : {"DELETE FROM contact_field_history WHERE contact_id = ?1",
                                kDeleteOwnTags.constData(),
                                "DELETE FROM contact_tags WHERE contact_id = ?1",
                                "DELETE FROM notice_acks WHERE contact_id = ?1",
                                "DELETE FROM deal_contacts WHERE contact_id = ?1"}) {
            if (auto r = runWithId(db, sql, cid); !r) {
                return r;
            }
        }
        // Consent events, the search row and the remaining activity links follow the row (cascade, triggers).
        if (auto r = runWithId(db, "DELETE FROM contacts WHERE id = ?1", cid); !r) {
            return r;
        }
    }
    // Art. 17(3)(e), 18(1)(c): what a hold keeps stays unchanged and restricted until its erasure runs. Marked
    // last, after the links to an erased contact went, and without touching updated_at.
    for (const qint64 id : plan.keptActivities) {
        if (auto r = runWithId(
                db, "UPDATE activities SET restricted_at = ?2 WHERE id = ?1 AND restricted_at IS NULL", id, now);
            !r) {
            return r;
        }
    }
    for (const qint64 id : plan.keptDeals) {
        if (auto r
            = runWithId(db, "UPDATE deals SET restricted_at = ?2 WHERE id = ?1 AND restricted_at IS NULL", id, now);
            !r) {
            return r;
        }
    }
    if (plan.contactHold) {
        // The officer's own reason may name or describe the person: the held row keeps only the hold's note.
        auto s = db.prepare("UPDATE contacts SET restricted_at = coalesce(restricted_at, ?2), restriction_reason = ?3 "
                            "WHERE id = ?1");
        if (!s) {
            return s.error();
        }
        s->bind(1, cid).bind(2, now).bind(3, heldReason());
        return s->run();
    }
    return {};
}

//! Puts what `plan` keeps on the erasure queue; an entity already waiting keeps its row. Returns how many
//! rows were added.
Result<int> enqueue(Database& db,
                    const QList<QueueItem>& items,
                    const QString& contactUid,
                    const QString& ledgerUid,
                    const QString& requestUid,
                    qint64 now,
                    const QString& profileUid)
{
    int added = 0;
    for (const QueueItem& item : items) {
        auto s
            = db.prepare("INSERT OR IGNORE INTO erasure_queue (uid, contact_uid, entity_type, entity_uid, hold_uid, "
                         "ledger_uid, request_uid, queued_at, queued_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
        if (!s) {
            return s.error();
        }
        s->bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
            .bind(2, contactUid)
            .bind(3, item.entityType)
            .bind(4, item.entityUid)
            .bind(5, item.holdUid)
            .bind(6, ledgerUid)
            .bindTextOrNull(7, requestUid)
            .bind(8, now)
            .bind(9, profileUid);
        if (auto r = s->run(); !r) {
            return r.error();
        }
        added += db.changes();
    }
    return added;
}

struct WaitingItem
{
    qint64 id = 0;
    QString contactUid;
    QString entityType;
    QString entityUid;
    QString holdUid;
    QString requestUid;
};

//! Queue rows still waiting, oldest first: all, or those of one contact's erasure.
Result<QList<WaitingItem>> waitingItems(Database& db, const QString& contactUid)
{
    auto s = db.prepare("SELECT id, contact_uid, entity_type, entity_uid, hold_uid, coalesce(request_uid, '') "
                        "FROM erasure_queue WHERE done_at IS NULL AND (?1 = '' OR contact_uid = ?1) ORDER BY id");
    if (!s) {
        return s.error();
    }
    s->bind(1, contactUid);
    QList<WaitingItem> out;
    while (true) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            return out;
        }
        out.append({s->int64(0), s->text(1), s->text(2), s->text(3), s->text(4), s->text(5)});
    }
}

bool isHeld(const QHash<QString, LegalHold>& holds, const WaitingItem& item)
{
    return holds.contains(item.entityType + QLatin1Char(':') + item.entityUid);
}

void addCounts(QMap<QString, qint64>& into, const QMap<QString, qint64>& from)
{
    for (auto it = from.cbegin(); it != from.cend(); ++it) {
        into[it.key()] += it.value();
    }
}

//! What running the due part of one person's queued erasure did.
struct QueueRun
{
    int done = 0; //!< queue rows that ran
    int requeued = 0; //!< rows a held record put back on the queue
    QMap<QString, qint64> removed;
    QMap<QString, qint64> anonymised;
    QMap<QString, qint64> kept;
    QStringList identifierHashes; //!< of the contact, when its row was erased now
    QStringList releasedHolds; //!< the released (not lapsed) holds that had kept the rows that ran
    QString requestUid;
};

//! Runs the queue rows of `contactUid` that no hold in `holds` keeps any more, through the same plan as an
//! erasure (a contact row: its whole erasure again, which queues what another hold still keeps; a deal:
//! its texts blanked; an activity: deleted). Inside the caller's transaction.
Result<QueueRun> runQueued(Database& db,
                           const crm::FieldRegistry& fields,
                           const QString& contactUid,
                           const QHash<QString, LegalHold>& holds,
                           qint64 now,
                           const QString& profileUid,
                           const QString& ledgerUid)
{
    QueueRun run;
    auto items = waitingItems(db, contactUid);
    if (!items) {
        return items.error();
    }
    QList<WaitingItem> due;
    for (const WaitingItem& item : *items) {
        if (!isHeld(holds, item)) {
            due.append(item);
        }
    }
    if (due.isEmpty()) {
        return run;
    }
    // Done first, so that a record the rerun queues again gets a row of its own.
    for (const WaitingItem& item : due) {
        auto s = db.prepare("UPDATE erasure_queue SET done_at = ?2, done_ledger = ?3 WHERE id = ?1");
        if (!s) {
            return s.error();
        }
        s->bind(1, item.id).bind(2, now).bind(3, ledgerUid);
        if (auto r = s->run(); !r) {
            return r.error();
        }
        if (run.requestUid.isEmpty()) {
            run.requestUid = item.requestUid;
        }
        auto released = db.prepare("SELECT 1 FROM legal_holds WHERE uid = ?1 AND released_at IS NOT NULL");
        if (!released) {
            return released.error();
        }
        released->bind(1, item.holdUid);
        auto step = released->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Row && !run.releasedHolds.contains(item.holdUid)) {
            run.releasedHolds.append(item.holdUid);
        }
    }
    run.done = due.size();
    for (const WaitingItem& item : due) {
        if (item.entityType == QLatin1String("contact")) {
            auto contact = findContact(db, item.entityUid);
            if (!contact) {
                return contact.error();
            }
            if (!contact->has_value()) {
                continue;
            }
            auto plan = makePlan(db, **contact, holds);
            if (!plan) {
                return plan.error();
            }
            auto key = Suppression::salt(db);
            if (!key) {
                return key.error();
            }
            run.identifierHashes = Suppression::identifierHashes(*key, (*contact)->emails, (*contact)->phones);
            if (auto r = execute(db, fields, *plan, now); !r) {
                return r.error();
            }
            auto added = enqueue(db, plan->queue, contactUid, ledgerUid, run.requestUid, now, profileUid);
            if (!added) {
                return added.error();
            }
            run.requeued += *added;
            addCounts(run.removed, plan->removed);
            addCounts(run.anonymised, plan->anonymised);
            addCounts(run.kept, plan->kept);
        } else if (item.entityType == QLatin1String("deal")) {
            auto s
                = db.prepare("UPDATE deals SET title = '', description = '', close_reason = '', restricted_at = NULL, "
                             "updated_at = ?2 WHERE uid = ?1");
            if (!s) {
                return s.error();
            }
            s->bind(1, item.entityUid).bind(2, now);
            if (auto r = s->run(); !r) {
                return r.error();
            }
            if (db.changes() > 0) {
                run.anonymised[QStringLiteral("deals")] += 1;
            }
        } else if (item.entityType == QLatin1String("activity")) {
            auto s = db.prepare("DELETE FROM activities WHERE uid = ?1");
            if (!s) {
                return s.error();
            }
            s->bind(1, item.entityUid);
            if (auto r = s->run(); !r) {
                return r.error();
            }
            if (db.changes() > 0) {
                run.removed[QStringLiteral("activities")] += 1;
            }
        }
    }
    return run;
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

Result<ErasurePreview> buildPreview(Database& db, const QString& contactUid, qint64 now)
{
    auto contact = findContact(db, contactUid);
    if (!contact) {
        return contact.error();
    }
    if (!contact->has_value()) {
        return makeError(ErrorKind::NotFound,
                         ErasureService::tr("There is no contact with that uid; check it with: contact list."));
    }
    auto holds = LegalHoldService::activeHolds(db, dayOf(now));
    if (!holds) {
        return holds.error();
    }
    auto plan = makePlan(db, **contact, *holds);
    if (!plan) {
        return plan.error();
    }
    ErasurePreview p;
    p.contactUid = (*contact)->uid;
    p.confirmationName = ((*contact)->given + QLatin1Char(' ') + (*contact)->family).simplified();
    p.removed = plan->removed;
    p.anonymised = plan->anonymised;
    p.kept = plan->kept;
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
    // The officer's restriction reason is free text about the person on their own record: the erasure
    // removes it with the row, or replaces it with the hold's note while a hold keeps the row.
    auto reason = db.prepare("SELECT coalesce(restriction_reason, '') FROM contacts WHERE id = ?1");
    if (!reason) {
        return reason.error();
    }
    reason->bind(1, (*contact)->id);
    auto row = reason->step();
    if (!row) {
        return row.error();
    }
    if (*row == Statement::Step::Row && !reason->text(0).trimmed().isEmpty()) {
        const QString text = reason->text(0);
        auto ids = MentionSearch::needlesOf(db, (*contact)->id);
        if (!ids) {
            return ids.error();
        }
        QString matched;
        for (const MentionIdentifier& id : *ids) {
            int hits = 0;
            MentionSearch::redact(text, {id}, &hits);
            if (hits > 0) {
                matched = id.shown;
                break;
            }
        }
        const QString shown = text.simplified();
        p.mentions.prepend({QStringLiteral("contact"),
                            p.contactUid,
                            p.confirmationName,
                            QStringLiteral("restriction_reason"),
                            matched,
                            shown.size() > 120 ? shown.left(119) + QStringLiteral("…") : shown});
    }
    return p;
}

QString compactJson(const QMap<QString, qint64>& counts)
{
    return QString::fromUtf8(QJsonDocument(countsJson(counts)).toJson(QJsonDocument::Compact));
}

Result<void> writeReceipt(Database& db, const ErasureReceipt& receipt)
{
    auto s = db.prepare("INSERT INTO erasure_receipts (uid, ledger_uid, request_uid, erased_at, profile_uid, counts, "
                        "anonymised, kept, vacuumed) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 0)");
    if (!s) {
        return s.error();
    }
    s->bind(1, receipt.uid)
        .bind(2, receipt.ledgerUid)
        .bindTextOrNull(3, receipt.requestUid)
        .bind(4, receipt.erasedAtMs)
        .bind(5, receipt.profileUid)
        .bind(6, compactJson(receipt.removed))
        .bind(7, compactJson(receipt.anonymised))
        .bind(8, compactJson(receipt.kept));
    return s->run();
}

qint64 total(const QMap<QString, qint64>& counts)
{
    qint64 n = 0;
    for (const qint64 v : counts) {
        n += v;
    }
    return n;
}

//! The audit note of an erasure: uids and counts, never a value.
QString auditNote(const ErasureReceipt& receipt, qint64 held)
{
    return QStringLiteral("receipt=%1 anonymised=%2 kept=%3 held=%4 queued=%5 suppressed=%6%7")
        .arg(receipt.uid)
        .arg(total(receipt.anonymised))
        .arg(total(receipt.kept))
        .arg(held)
        .arg(receipt.queued)
        .arg(receipt.suppressionHashes)
        .arg(receipt.requestUid.isEmpty() ? QString() : QStringLiteral(" request=") + receipt.requestUid);
}

Error noSuchContact()
{
    return makeError(ErrorKind::NotFound,
                     ErasureService::tr("There is no contact with that uid; check it with: contact list. Nothing "
                                        "was erased."));
}

Error nameMismatch()
{
    return makeError(ErrorKind::Invalid,
                     ErasureService::tr("The confirmation does not match the contact's given and family name; type "
                                        "the name as the preview shows it. Nothing was erased."));
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
    if (!kept.isEmpty()) {
        o.insert(QStringLiteral("kept"), countsJson(kept));
    }
    if (queued > 0) {
        o.insert(QStringLiteral("queued"), queued);
    }
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
    return buildPreview(m_gate.db(), contactUid, m_clock.nowMs());
}

Result<ErasurePreview> ErasureService::deletePreview(const QString& contactUid) const
{
    security::Mutation read {QStringLiteral("contact.delete"), QStringLiteral("contact"), contactUid.trimmed()};
    read.permission = security::Permission::Erase;
    if (auto allowed = m_gate.require(read); !allowed) {
        return allowed.error();
    }
    return buildPreview(m_gate.db(), contactUid, m_clock.nowMs());
}

Result<ErasureReceipt>
ErasureService::erase(const QString& contactUid, const QString& confirmName, const ErasureOptions& options)
{
    security::Mutation m {QStringLiteral("subject.erase"), QStringLiteral("contact"), contactUid.trimmed()};
    m.permission = security::Permission::Erase;
    return eraseContact(m, &confirmName, options);
}

Result<ErasureReceipt> ErasureService::deleteContact(const QString& contactUid)
{
    // Audited as a delete (what the user did), carrying the receipt like every erasure.
    security::Mutation m {QStringLiteral("contact.delete"), QStringLiteral("contact"), contactUid.trimmed()};
    m.permission = security::Permission::Erase;
    return eraseContact(m, nullptr, {});
}

Result<ErasureReceipt>
ErasureService::eraseContact(security::Mutation& m, const QString* confirmName, const ErasureOptions& options)
{
    if (auto allowed = m_gate.require(m); !allowed) {
        return allowed.error();
    }
    // A hold that lapsed since the last run frees what it kept before anything new is decided.
    if (auto due = runDueQueue(); !due) {
        return due.error();
    }
    Database& db = m_gate.db();
    auto contact = findContact(db, m.entityUid);
    if (!contact) {
        return contact.error();
    }
    if (!contact->has_value()) {
        return noSuchContact();
    }
    if (confirmName && !confirms((*contact)->given + QLatin1Char(' ') + (*contact)->family, *confirmName)) {
        return nameMismatch();
    }
    auto waiting = db.prepare("SELECT 1 FROM erasure_queue WHERE entity_type = 'contact' AND entity_uid = ?1 AND "
                              "done_at IS NULL");
    if (!waiting) {
        return waiting.error();
    }
    waiting->bind(1, (*contact)->uid);
    auto queued = waiting->step();
    if (!queued) {
        return queued.error();
    }
    if (*queued == Statement::Step::Row) {
        return makeError(ErrorKind::Conflict,
                         tr("A legal hold keeps contact %1 and its erasure is queued already; it runs when the hold "
                            "is released or lapses (see: subject erase-queue). Nothing was changed.")
                             .arg((*contact)->uid));
    }
    if (!confirmName) {
        // Art. 18(1)(b): a restriction is often what the person asked for instead of erasure; a plain delete
        // does not override it (the gate would refuse it too), a deliberate erasure does.
        auto restricted = db.prepare("SELECT restricted_at FROM contacts WHERE id = ?1 AND restricted_at IS NOT NULL");
        if (!restricted) {
            return restricted.error();
        }
        restricted->bind(1, (*contact)->id);
        auto row = restricted->step();
        if (!row) {
            return row.error();
        }
        if (*row == Statement::Step::Row) {
            return makeError(
                ErrorKind::Conflict,
                tr("Contact %1 is restricted (Art. 18) since %2: lift the restriction first. Nothing was changed; "
                   "to erase the person anyway, use the deliberate erasure (subject erase).")
                    .arg((*contact)->uid, dayOf(restricted->int64(0)).toString(Qt::ISODate)));
        }
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
    auto done
        = m_gate.apply<ErasureReceipt>(m, [&](Database& tx, security::Mutation& mutation) -> Result<ErasureReceipt> {
              // The person as the vault holds them now, under the write lock: the checks above read the row before
              // the transaction began, and an edit committed in between (the GUI and the CLI share the vault) must
              // not leave an email or phone unerased or off the suppression list.
              auto current = findContact(tx, receipt.contactUid);
              if (!current) {
                  return current.error();
              }
              if (!current->has_value()) {
                  return noSuchContact();
              }
              const ContactRecord& person = **current;
              if (confirmName && !confirms(person.given + QLatin1Char(' ') + person.family, *confirmName)) {
                  return nameMismatch();
              }
              if (auto r = invalidateLedgerFile(); !r) {
                  return r.error();
              }
              auto holds = LegalHoldService::activeHolds(tx, dayOf(receipt.erasedAtMs));
              if (!holds) {
                  return holds.error();
              }
              auto plan = makePlan(tx, person, *holds);
              if (!plan) {
                  return plan.error();
              }
              auto key = Suppression::salt(tx);
              if (!key) {
                  return key.error();
              }
              // The person asked to be erased now: their identifiers are listed now, also while a hold keeps them.
              const QStringList hashes = Suppression::identifierHashes(*key, person.emails, person.phones);
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
              auto added = enqueue(tx,
                                   plan->queue,
                                   receipt.contactUid,
                                   receipt.ledgerUid,
                                   receipt.requestUid,
                                   receipt.erasedAtMs,
                                   receipt.profileUid);
              if (!added) {
                  return added.error();
              }
              receipt.removed = plan->removed;
              receipt.anonymised = plan->anonymised;
              receipt.kept = plan->kept;
              receipt.queued = *added;
              receipt.suppressionHashes = hashes.size();
              if (auto r = writeReceipt(tx, receipt); !r) {
                  return r.error();
              }
              if (!requestUid.isEmpty() && m_requestRecorder) {
                  if (auto r = m_requestRecorder(tx, requestUid, receipt); !r) {
                      return r.error();
                  }
              }
              mutation.count = total(receipt.removed);
              mutation.fields = receipt.removed.keys();
              mutation.note = auditNote(receipt, plan->held.size());
              return receipt;
          });
    if (!done) {
        return done;
    }
    receipt = *done;
    finish(receipt, options.vacuum);
    return receipt;
}

Result<void> ErasureService::invalidateLedgerFile()
{
    // A ledger file that does not know of this erasure must not vouch for it: it goes before the erasure
    // commits, and finish() writes it again afterwards. Should that fail (or Confidant stop in between),
    // there is no file, and a restore of an older backup refuses instead of bringing the person back.
    return m_ledgerInvalidator ? m_ledgerInvalidator() : Result<void> {};
}

void ErasureService::finish(ErasureReceipt& receipt, bool vacuum)
{
    Database& db = m_gate.db();
    // Art. 17 across restores: the ledger outside the vault learns of this erasure before anything else.
    if (m_ledgerExporter) {
        if (auto r = m_ledgerExporter(); !r) {
            receipt.warnings.append(tr("The erasure ledger beside the backups could not be updated: %1 Take a "
                                       "backup (it writes the ledger again); until then a restore of an older "
                                       "backup into another folder does not know of this erasure.")
                                        .arg(r.error().message));
        }
    }
    // After the commit: compact the search index so no segment keeps an old copy, then (when asked)
    // rewrite the file, and truncate the WAL, which still holds the erased pages' previous images.
    if (auto r = db.exec("INSERT INTO contact_fts (contact_fts) VALUES ('optimize')"); !r) {
        receipt.warnings.append(tr("The search index could not be compacted: %1").arg(r.error().message));
    }
    if (vacuum) {
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
}

security::Actor ErasureService::queueActor()
{
    return {QString::fromLatin1(kQueueActorUid),
            QStringLiteral("Confidant erasure queue"),
            security::Role::PrivacyOfficer,
            true};
}

Result<QList<ErasureReceipt>> ErasureService::runDueQueue()
{
    // The erasure was decided, by someone allowed to, when it was queued; what runs it now is the queue, not
    // the profile that happens to open the vault (before sign-in: the default owner) or release the hold.
    // Acting as itself, it also records the receipt with the request, whoever that profile is.
    const security::Actor opener = m_gate.actor();
    m_gate.setActor(queueActor());
    const auto actAsOpenerAgain = qScopeGuard([this, &opener] { m_gate.setActor(opener); });
    Database& db = m_gate.db();
    const qint64 now = m_clock.nowMs();
    auto holds = LegalHoldService::activeHolds(db, dayOf(now));
    if (!holds) {
        return holds.error();
    }
    auto items = waitingItems(db, {});
    if (!items) {
        return items.error();
    }
    QStringList people;
    for (const WaitingItem& item : *items) {
        if (!isHeld(*holds, item) && !people.contains(item.contactUid)) {
            people.append(item.contactUid);
        }
    }
    QList<ErasureReceipt> out;
    for (const QString& contactUid : people) {
        ErasureReceipt receipt;
        receipt.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        receipt.ledgerUid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        receipt.contactUid = contactUid;
        receipt.erasedAtMs = now;
        receipt.profileUid = m_gate.actor().uid;
        // No permission: the erasure was decided, by someone allowed to, when it was queued; the hold that
        // held it back has ended, whoever opens the vault or releases the hold now.
        security::Mutation m {QStringLiteral("subject.erase"), QStringLiteral("contact"), contactUid};
        auto done = m_gate.apply<ErasureReceipt>(
            m, [&](Database& tx, security::Mutation& mutation) -> Result<ErasureReceipt> {
                if (auto r = invalidateLedgerFile(); !r) {
                    return r.error();
                }
                auto current = LegalHoldService::activeHolds(tx, dayOf(now));
                if (!current) {
                    return current.error();
                }
                auto run = runQueued(tx, m_fields, contactUid, *current, now, receipt.profileUid, receipt.ledgerUid);
                if (!run) {
                    return run.error();
                }
                if (run->done == 0) {
                    // Another program ran it in the meantime: nothing to record.
                    return makeError(ErrorKind::Cancelled, QString());
                }
                if (auto listed = Suppression::add(tx, run->identifierHashes, receipt.ledgerUid, now); !listed) {
                    return listed.error();
                }
                security::ErasureRecord record;
                record.uid = receipt.ledgerUid;
                record.erasedAtMs = now;
                record.entityType = QStringLiteral("contact");
                record.entityUid = contactUid;
                record.identifierHashes = run->identifierHashes;
                record.profileUid = receipt.profileUid;
                record.releasedHolds = run->releasedHolds;
                if (auto r = security::ErasureLedger::append(tx, record); !r) {
                    return r.error();
                }
                receipt.requestUid = run->requestUid;
                receipt.removed = run->removed;
                receipt.anonymised = run->anonymised;
                receipt.kept = run->kept;
                receipt.queued = run->requeued;
                receipt.suppressionHashes = run->identifierHashes.size();
                if (auto r = writeReceipt(tx, receipt); !r) {
                    return r.error();
                }
                // Art. 5(2): the request register shows how the request was answered, also when the hold ended
                // while a profile that may not handle requests had the vault open.
                if (!receipt.requestUid.isEmpty() && m_requestRecorder) {
                    if (auto r = m_requestRecorder(tx, receipt.requestUid, receipt); !r) {
                        return r.error();
                    }
                }
                mutation.count = total(receipt.removed);
                mutation.fields = receipt.removed.keys();
                mutation.note = auditNote(receipt, 0) + QStringLiteral(" from_queue=%1").arg(run->done);
                return receipt;
            });
        if (!done) {
            if (done.error().kind == ErrorKind::Cancelled) {
                continue;
            }
            return done.error();
        }
        receipt = *done;
        finish(receipt, false);
        out.append(receipt);
    }
    return out;
}

Result<QList<QueuedErasure>> ErasureService::queue(bool includeDone) const
{
    security::Mutation read {QStringLiteral("subject.erase_queue"), QStringLiteral("erasure_queue")};
    read.permission = security::Permission::HandleRequests;
    if (auto allowed = m_gate.require(read); !allowed) {
        return allowed.error();
    }
    Database& db = m_gate.db();
    auto holds = LegalHoldService::activeHolds(db, dayOf(m_clock.nowMs()));
    if (!holds) {
        return holds.error();
    }
    auto s = db.prepare("SELECT q.uid, q.contact_uid, q.entity_type, q.entity_uid, q.hold_uid, coalesce(h.reason, ''), "
                        "h.until, coalesce(q.request_uid, ''), q.queued_at, q.queued_by, q.done_at "
                        "FROM erasure_queue AS q LEFT JOIN legal_holds AS h ON h.uid = q.hold_uid "
                        "WHERE ?1 OR q.done_at IS NULL ORDER BY q.queued_at, q.id");
    if (!s) {
        return s.error();
    }
    s->bind(1, qint64(includeDone ? 1 : 0));
    QList<QueuedErasure> out;
    while (true) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            return out;
        }
        QueuedErasure q;
        q.uid = s->text(0);
        q.contactUid = s->text(1);
        q.entityType = s->text(2);
        q.entityUid = s->text(3);
        q.holdUid = s->text(4);
        q.holdReason = s->text(5);
        if (!s->isNull(6)) {
            const QDate until = QDate::fromString(s->text(6), Qt::ISODate);
            if (until.isValid()) {
                q.holdUntil = until;
            }
        }
        q.requestUid = s->text(7);
        q.queuedAtMs = s->int64(8);
        q.queuedBy = s->text(9);
        if (!s->isNull(10)) {
            q.doneAtMs = s->int64(10);
        }
        q.due = !q.doneAtMs && !holds->contains(q.entityType + QLatin1Char(':') + q.entityUid);
        out.append(q);
    }
}

namespace {

//! The table of an entity type that can hold a mention, and the columns redactMention may rewrite.
struct MentionTarget
{
    const char* table;
    QStringList columns;
    QStringList jsonColumns;
};

std::optional<MentionTarget> mentionTarget(const QString& entityType)
{
    if (entityType == QLatin1String("contact")) {
        return MentionTarget {"contacts", {QStringLiteral("notes"), QStringLiteral("restriction_reason")}, {}};
    }
    if (entityType == QLatin1String("company")) {
        return MentionTarget {"companies", {QStringLiteral("notes")}, {}};
    }
    if (entityType == QLatin1String("deal")) {
        return MentionTarget {
            "deals", {QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("close_reason")}, {}};
    }
    if (entityType == QLatin1String("activity")) {
        return MentionTarget {"activities", {QStringLiteral("subject"), QStringLiteral("body")}, {}};
    }
    if (entityType == QLatin1String("saved_filter")) {
        return MentionTarget {"saved_filters", {QStringLiteral("name")}, {QStringLiteral("definition")}};
    }
    return std::nullopt;
}

//! Redacts `ids` in the history values of `field` of contact `contactId`; returns the occurrences replaced.
Result<int> redactHistory(Database& db, qint64 contactId, const QString& field, const QList<MentionIdentifier>& ids)
{
    auto s = db.prepare("SELECT id, old_value FROM contact_field_history WHERE contact_id = ?1 AND field = ?2 AND "
                        "coalesce(old_value, '') <> '' ORDER BY id");
    if (!s) {
        return s.error();
    }
    s->bind(1, contactId).bind(2, field);
    QList<QPair<qint64, QString>> changed;
    int total = 0;
    while (true) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            break;
        }
        int hits = 0;
        const QString text = MentionSearch::redact(s->text(1), ids, &hits);
        if (hits > 0) {
            changed.append({s->int64(0), text});
            total += hits;
        }
    }
    for (const auto& [id, text] : changed) {
        auto u = db.prepare("UPDATE contact_field_history SET old_value = ?2 WHERE id = ?1");
        if (!u) {
            return u.error();
        }
        u->bind(1, id).bind(2, text);
        if (auto r = u->run(); !r) {
            return r.error();
        }
    }
    return total;
}

Error noSuchMention()
{
    return makeError(ErrorKind::NotFound,
                     ErasureService::tr("That field no longer names the person (their full name, an email or a "
                                        "phone); nothing was changed. Show the mentions again with: subject erase "
                                        "CONTACT --preview."));
}

} // namespace

Result<MentionRedaction> ErasureService::redactMention(const QString& contactUid,
                                                       const QString& entityType,
                                                       const QString& entityUid,
                                                       const QString& field)
{
    const QString type = entityType.trimmed();
    const QString where = field.trimmed();
    const auto target = mentionTarget(type);
    const bool history = type == QLatin1String("contact") && where.startsWith(QLatin1String("history:"));
    if (!target || (!history && !target->columns.contains(where) && !target->jsonColumns.contains(where))
        || (history && where.size() <= 8)) {
        return makeError(ErrorKind::Invalid,
                         tr("A mention is named by its record type (contact, company, deal, activity, saved_filter) "
                            "and field as the erasure preview lists them; nothing was changed."));
    }
    // The record redacted is what the trail names; the note says whose identifiers went, never a value.
    security::Mutation m {QStringLiteral("subject.redact_mention"), type, entityUid.trimmed(), {where}};
    m.permission = security::Permission::Erase;
    if (auto allowed = m_gate.require(m); !allowed) {
        return allowed.error();
    }
    const qint64 now = m_clock.nowMs();
    return m_gate.apply<MentionRedaction>(
        m, [&](Database& tx, security::Mutation& mutation) -> Result<MentionRedaction> {
            auto person = findContact(tx, contactUid);
            if (!person) {
                return person.error();
            }
            if (!person->has_value()) {
                return makeError(ErrorKind::NotFound,
                                 tr("There is no contact with that uid; check it with: contact list. Nothing was "
                                    "changed."));
            }
            auto ids = MentionSearch::needlesOf(tx, (*person)->id);
            if (!ids) {
                return ids.error();
            }
            auto holds = LegalHoldService::activeHolds(tx, dayOf(now));
            if (!holds) {
                return holds.error();
            }
            // Art. 17(3)(e): what a hold keeps stays unchanged, mentions included: a record under a hold, and
            // every mention of a person under one (the hold keeps what was written about them).
            if (holds->contains(QStringLiteral("contact:") + (*person)->uid)) {
                return makeError(ErrorKind::Conflict,
                                 tr("A legal hold keeps what is recorded about this person; mentions of them are "
                                    "redacted when the hold ends. Nothing was changed."));
            }
            if (holds->contains(type + QLatin1Char(':') + mutation.entityUid)) {
                return makeError(ErrorKind::Conflict,
                                 tr("A legal hold keeps %1 %2 unchanged; its mention is redacted when the hold "
                                    "ends. Nothing was changed.")
                                     .arg(type, mutation.entityUid));
            }
            const QByteArray table(target->table);
            auto row = tx.prepare(QByteArray("SELECT id FROM " + table + " WHERE uid = ?1").constData());
            if (!row) {
                return row.error();
            }
            row->bind(1, mutation.entityUid);
            auto found = row->step();
            if (!found) {
                return found.error();
            }
            if (*found != Statement::Step::Row) {
                return makeError(ErrorKind::NotFound,
                                 tr("There is no %1 with that uid; nothing was changed.").arg(type));
            }
            const qint64 id = row->int64(0);
            // A deal or activity kept back by a hold-limited erasure is marked restricted, not listed as held:
            // it stays unchanged too.
            if (table == "deals" || table == "activities") {
                auto restricted = tx.prepare(
                    QByteArray("SELECT restricted_at IS NOT NULL FROM " + table + " WHERE id = ?1").constData());
                if (!restricted) {
                    return restricted.error();
                }
                restricted->bind(1, id);
                auto step = restricted->step();
                if (!step) {
                    return step.error();
                }
                if (*step == Statement::Step::Row && restricted->integer(0) != 0) {
                    return makeError(ErrorKind::Conflict,
                                     tr("A legal hold keeps %1 %2 unchanged; its mention is redacted when the hold "
                                        "ends. Nothing was changed.")
                                         .arg(type, mutation.entityUid));
                }
            }
            int replaced = 0;
            if (!ids->isEmpty() && !history) {
                const QByteArray column = where.toLatin1();
                auto read = tx.prepare(
                    QByteArray("SELECT coalesce(" + column + ", '') FROM " + table + " WHERE id = ?1").constData());
                if (!read) {
                    return read.error();
                }
                read->bind(1, id);
                auto step = read->step();
                if (!step) {
                    return step.error();
                }
                const bool json = target->jsonColumns.contains(where);
                const QString text = read->text(0);
                int hits = 0;
                QString redacted
                    = json ? MentionSearch::redactJson(text, *ids, &hits) : MentionSearch::redact(text, *ids, &hits);
                if (hits > 0) {
                    if (type == QLatin1String("saved_filter")) {
                        // Names are unique per kind: keep both filters when the redacted name is taken.
                        auto clash = tx.prepare("SELECT 1 FROM saved_filters AS o WHERE o.name = ?2 AND o.id <> ?1 "
                                                "AND o.entity_type = (SELECT entity_type FROM saved_filters WHERE id "
                                                "= ?1)");
                        if (!clash) {
                            return clash.error();
                        }
                        clash->bind(1, id).bind(2, redacted);
                        auto taken = clash->step();
                        if (!taken) {
                            return taken.error();
                        }
                        if (!json && *taken == Statement::Step::Row) {
                            redacted += QStringLiteral(" (%1)").arg(mutation.entityUid.left(8));
                        }
                    }
                    auto write = tx.prepare(
                        QByteArray("UPDATE " + table + " SET " + column + " = ?2 WHERE id = ?1").constData());
                    if (!write) {
                        return write.error();
                    }
                    write->bind(1, id).bind(2, redacted);
                    if (auto r = write->run(); !r) {
                        return r.error();
                    }
                    replaced += hits;
                }
            }
            if (!ids->isEmpty() && type == QLatin1String("contact") && where != QLatin1String("restriction_reason")) {
                // The old values of the field are copies of the same text.
                auto hits = redactHistory(tx, id, history ? where.mid(8) : where, *ids);
                if (!hits) {
                    return hits.error();
                }
                replaced += *hits;
            }
            if (replaced == 0) {
                return noSuchMention();
            }
            mutation.count = replaced;
            mutation.note = QStringLiteral("subject=%1 replaced=%2").arg((*person)->uid).arg(replaced);
            return MentionRedaction {(*person)->uid, type, mutation.entityUid, where, replaced};
        });
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
        "(SELECT count(*) FROM suppression AS x WHERE x.ledger_uid = r.ledger_uid), r.kept, "
        "(SELECT count(*) FROM erasure_queue AS q WHERE q.ledger_uid = r.ledger_uid) "
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
        receipt.kept = countsFrom(s->text(10));
        receipt.queued = s->integer(11);
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
        // A hold released before this erasure ran is still active in an older backup: release it here too,
        // or it would keep back what the erasure removed.
        for (const QString& hold : record.releasedHolds) {
            auto s = db.prepare("UPDATE legal_holds SET released_at = ?2 WHERE uid = ?1 AND released_at IS NULL");
            if (!s) {
                return s.error();
            }
            s->bind(1, hold).bind(2, record.erasedAtMs);
            if (auto r = s->run(); !r) {
                return r;
            }
        }
        auto holds = LegalHoldService::activeHolds(db, dayOf(record.erasedAtMs));
        if (!holds) {
            return holds.error();
        }
        const crm::FieldRegistry fields;
        // What this vault's queue held back for the person and is free now runs first, then the erasure itself
        // (with this vault's holds: what they keep stays, restricted, and waits on the queue).
        auto run = runQueued(db, fields, record.entityUid, *holds, record.erasedAtMs, record.profileUid, record.uid);
        if (!run) {
            return run.error();
        }
        auto contact = findContact(db, record.entityUid);
        if (!contact) {
            return contact.error();
        }
        if (contact->has_value()) {
            auto plan = makePlan(db, **contact, *holds);
            if (!plan) {
                return plan.error();
            }
            if (auto r = execute(db, fields, *plan, record.erasedAtMs); !r) {
                return r;
            }
            auto added
                = enqueue(db, plan->queue, record.entityUid, record.uid, {}, record.erasedAtMs, record.profileUid);
            if (!added) {
                return added.error();
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
