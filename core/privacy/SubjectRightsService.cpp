#include "SubjectRightsService.h"

#include "core/crm/FieldRegistry.h"
#include "core/crm/SensitiveFields.h"
#include "core/privacy/ConsentService.h"
#include "core/security/MutationGate.h"
#include "core/security/ReadAudit.h"
#include "core/storage/Statement.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

namespace confidant::privacy {

using storage::Database;

namespace {

// The connection-local half of the enforcement: TEMP tables and triggers are never stored in the vault and
// live as long as the connection. `subject_write_context` is a stack, one row per MutationGate body being
// run (pushed by the gate check, popped by its recorder, emptied after each commit; a rollback restores it
// with the rest of the transaction). A write made outside any gate body is not tracked.
constexpr const char* kTempSchema = R"sql(
CREATE TEMP TABLE IF NOT EXISTS subject_write_context (
    depth              INTEGER PRIMARY KEY,
    actor_uid          TEXT NOT NULL,
    now_ms             INTEGER NOT NULL,
    allow_restricted   INTEGER NOT NULL,
    track_history      INTEGER NOT NULL
);
CREATE TEMP TABLE IF NOT EXISTS subject_restricted_touch (
    contact_id     INTEGER PRIMARY KEY,
    uid            TEXT NOT NULL,
    restricted_at  INTEGER NOT NULL
);
CREATE TEMP VIEW IF NOT EXISTS subject_write_top AS
    SELECT * FROM subject_write_context ORDER BY depth DESC LIMIT 1;

CREATE TEMP TRIGGER IF NOT EXISTS subject_contact_update AFTER UPDATE ON main.contacts
WHEN OLD.restricted_at IS NOT NULL AND (SELECT allow_restricted FROM subject_write_top) = 0 BEGIN
    INSERT OR IGNORE INTO subject_restricted_touch VALUES (OLD.id, OLD.uid, OLD.restricted_at);
END;
CREATE TEMP TRIGGER IF NOT EXISTS subject_contact_delete AFTER DELETE ON main.contacts
WHEN OLD.restricted_at IS NOT NULL AND (SELECT allow_restricted FROM subject_write_top) = 0 BEGIN
    INSERT OR IGNORE INTO subject_restricted_touch VALUES (OLD.id, OLD.uid, OLD.restricted_at);
END;
CREATE TEMP TRIGGER IF NOT EXISTS subject_tag_insert AFTER INSERT ON main.contact_tags
WHEN (SELECT allow_restricted FROM subject_write_top) = 0 BEGIN
    INSERT OR IGNORE INTO subject_restricted_touch
        SELECT id, uid, restricted_at FROM contacts WHERE id = NEW.contact_id AND restricted_at IS NOT NULL;
END;
CREATE TEMP TRIGGER IF NOT EXISTS subject_tag_delete AFTER DELETE ON main.contact_tags
WHEN (SELECT allow_restricted FROM subject_write_top) = 0 BEGIN
    INSERT OR IGNORE INTO subject_restricted_touch
        SELECT id, uid, restricted_at FROM contacts WHERE id = OLD.contact_id AND restricted_at IS NOT NULL;
END;
CREATE TEMP TRIGGER IF NOT EXISTS subject_consent_insert AFTER INSERT ON main.consent_events
WHEN NEW.kind <> 'withdrawn' AND (SELECT allow_restricted FROM subject_write_top) = 0 BEGIN
    INSERT OR IGNORE INTO subject_restricted_touch
        SELECT id, uid, restricted_at FROM contacts WHERE id = NEW.contact_id AND restricted_at IS NOT NULL;
END;
CREATE TEMP TRIGGER IF NOT EXISTS subject_notice_ack_insert AFTER INSERT ON main.notice_acks
WHEN (SELECT allow_restricted FROM subject_write_top) = 0 BEGIN
    INSERT OR IGNORE INTO subject_restricted_touch
        SELECT id, uid, restricted_at FROM contacts WHERE id = NEW.contact_id AND restricted_at IS NOT NULL;
END;
CREATE TEMP TRIGGER IF NOT EXISTS subject_deal_link_insert AFTER INSERT ON main.deal_contacts
WHEN (SELECT allow_restricted FROM subject_write_top) = 0 BEGIN
    INSERT OR IGNORE INTO subject_restricted_touch
        SELECT id, uid, restricted_at FROM contacts WHERE id = NEW.contact_id AND restricted_at IS NOT NULL;
END;
CREATE TEMP TRIGGER IF NOT EXISTS subject_deal_link_delete AFTER DELETE ON main.deal_contacts
WHEN (SELECT allow_restricted FROM subject_write_top) = 0 BEGIN
    INSERT OR IGNORE INTO subject_restricted_touch
        SELECT id, uid, restricted_at FROM contacts WHERE id = OLD.contact_id AND restricted_at IS NOT NULL;
END;
CREATE TEMP TRIGGER IF NOT EXISTS subject_activity_link_insert AFTER INSERT ON main.activity_links
WHEN NEW.entity_type = 'contact' AND (SELECT allow_restricted FROM subject_write_top) = 0 BEGIN
    INSERT OR IGNORE INTO subject_restricted_touch
        SELECT id, uid, restricted_at FROM contacts WHERE id = NEW.entity_id AND restricted_at IS NOT NULL;
END;
CREATE TEMP TRIGGER IF NOT EXISTS subject_activity_link_delete AFTER DELETE ON main.activity_links
WHEN OLD.entity_type = 'contact' AND (SELECT allow_restricted FROM subject_write_top) = 0 BEGIN
    INSERT OR IGNORE INTO subject_restricted_touch
        SELECT id, uid, restricted_at FROM contacts WHERE id = OLD.entity_id AND restricted_at IS NOT NULL;
END;
CREATE TEMP TRIGGER IF NOT EXISTS subject_activity_update AFTER UPDATE ON main.activities
WHEN (SELECT allow_restricted FROM subject_write_top) = 0 BEGIN
    INSERT OR IGNORE INTO subject_restricted_touch
        SELECT c.id, c.uid, c.restricted_at FROM activity_links AS l JOIN contacts AS c ON c.id = l.entity_id
        WHERE l.activity_id = NEW.id AND l.entity_type = 'contact' AND c.restricted_at IS NOT NULL;
END;

-- A deal or an activity a legal hold keeps from an erasure is restricted too (Art. 18(1)(c)): unchanged, linked
-- to nothing new, until its queued erasure runs.
CREATE TEMP TABLE IF NOT EXISTS subject_held_touch (
    entity_type    TEXT NOT NULL,
    uid            TEXT NOT NULL,
    restricted_at  INTEGER NOT NULL,
    PRIMARY KEY (entity_type, uid)
);
CREATE TEMP TRIGGER IF NOT EXISTS subject_held_deal_update AFTER UPDATE ON main.deals
WHEN OLD.restricted_at IS NOT NULL AND (SELECT allow_restricted FROM subject_write_top) = 0 BEGIN
    INSERT OR IGNORE INTO subject_held_touch VALUES ('deal', OLD.uid, OLD.restricted_at);
END;
CREATE TEMP TRIGGER IF NOT EXISTS subject_held_deal_delete AFTER DELETE ON main.deals
WHEN OLD.restricted_at IS NOT NULL AND (SELECT allow_restricted FROM subject_write_top) = 0 BEGIN
    INSERT OR IGNORE INTO subject_held_touch VALUES ('deal', OLD.uid, OLD.restricted_at);
END;
CREATE TEMP TRIGGER IF NOT EXISTS subject_held_deal_link_insert AFTER INSERT ON main.deal_contacts
WHEN (SELECT allow_restricted FROM subject_write_top) = 0 BEGIN
    INSERT OR IGNORE INTO subject_held_touch
        SELECT 'deal', uid, restricted_at FROM deals WHERE id = NEW.deal_id AND restricted_at IS NOT NULL;
END;
CREATE TEMP TRIGGER IF NOT EXISTS subject_held_deal_link_delete AFTER DELETE ON main.deal_contacts
WHEN (SELECT allow_restricted FROM subject_write_top) = 0 BEGIN
    INSERT OR IGNORE INTO subject_held_touch
        SELECT 'deal', uid, restricted_at FROM deals WHERE id = OLD.deal_id AND restricted_at IS NOT NULL;
END;
CREATE TEMP TRIGGER IF NOT EXISTS subject_held_activity_update AFTER UPDATE ON main.activities
WHEN OLD.restricted_at IS NOT NULL AND (SELECT allow_restricted FROM subject_write_top) = 0 BEGIN
    INSERT OR IGNORE INTO subject_held_touch VALUES ('activity', OLD.uid, OLD.restricted_at);
END;
CREATE TEMP TRIGGER IF NOT EXISTS subject_held_activity_delete AFTER DELETE ON main.activities
WHEN OLD.restricted_at IS NOT NULL AND (SELECT allow_restricted FROM subject_write_top) = 0 BEGIN
    INSERT OR IGNORE INTO subject_held_touch VALUES ('activity', OLD.uid, OLD.restricted_at);
END;
CREATE TEMP TRIGGER IF NOT EXISTS subject_held_activity_link_insert AFTER INSERT ON main.activity_links
WHEN (SELECT allow_restricted FROM subject_write_top) = 0 BEGIN
    INSERT OR IGNORE INTO subject_held_touch
        SELECT 'activity', uid, restricted_at FROM activities WHERE id = NEW.activity_id AND restricted_at IS NOT NULL;
END;
CREATE TEMP TRIGGER IF NOT EXISTS subject_held_activity_link_delete AFTER DELETE ON main.activity_links
WHEN (SELECT allow_restricted FROM subject_write_top) = 0 BEGIN
    INSERT OR IGNORE INTO subject_held_touch
        SELECT 'activity', uid, restricted_at FROM activities WHERE id = OLD.activity_id AND restricted_at IS NOT NULL;
END;

)sql";

// The temporary schema and the history trigger the registry's contact fields make.
Result<void> installTempSchema(Database& db)
{
    if (auto r = db.exec(kTempSchema); !r) {
        return r;
    }
    const QByteArray trigger = SubjectRightsService::historyTriggerSql(crm::FieldRegistry::builtIn()).toUtf8();
    return db.exec(trigger.constData());
}

// What a restricted contact still allows: lifting it, an objection, a withdrawal, erasure, and redacting another
// person's mention in it (Art. 18(1) keeps the data stored; Art. 17 and 21 still apply). Restricting again is
// refused by restrict() itself.
const QStringList& allowedActions()
{
    static const QStringList actions {QStringLiteral("subject.restrict"),
                                      QStringLiteral("subject.unrestrict"),
                                      QStringLiteral("subject.object"),
                                      QStringLiteral("subject.erase"),
                                      QStringLiteral("subject.redact_mention"),
                                      QStringLiteral("erasure.reapply"),
                                      QStringLiteral("consent.withdraw")};
    return actions;
}

QString dateOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(Qt::ISODate);
}

Result<void> pushContext(Database& db, const security::MutationGate& gate, const Clock& clock, const QString& action)
{
    static const char* const kPush = "INSERT INTO temp.subject_write_context (depth, actor_uid, now_ms, "
                                     "allow_restricted, track_history) SELECT coalesce(max(depth), 0) + 1, ?1, ?2, "
                                     "?3, ?4 FROM temp.subject_write_context";
    auto s = db.prepare(kPush);
    if (!s) {
        // A new connection behind the same Database (a key change reopens the file) has no TEMP schema yet.
        if (auto r = installTempSchema(db); !r) {
            return r;
        }
        s = db.prepare(kPush);
        if (!s) {
            return s.error();
        }
    }
    // An erasure (or its anonymisation under a legal hold, or its re-application after a restore), and the
    // redaction of a mention of an erased person, must not copy the old values into the history.
    const bool erasing = action == QLatin1String("subject.erase") || action == QLatin1String("erasure.reapply")
        || action == QLatin1String("subject.redact_mention");
    s->bind(1, gate.actor().uid)
        .bind(2, clock.nowMs())
        .bind(3, allowedActions().contains(action) ? 1 : 0)
        .bind(4, erasing ? 0 : 1);
    return s->run();
}

Result<void> popContext(Database& db)
{
    return db.exec("DELETE FROM temp.subject_write_context "
                   "WHERE depth = (SELECT max(depth) FROM temp.subject_write_context)");
}

// Refuses the write when it touched a deal or an activity a legal hold keeps (restricted by the erasure).
Result<void> refuseHeld(Database& db)
{
    auto s = db.prepare("SELECT entity_type, uid FROM temp.subject_held_touch ORDER BY restricted_at, uid LIMIT 1");
    if (!s) {
        return s.error();
    }
    auto step = s->step();
    if (!step) {
        return step.error();
    }
    if (*step == storage::Statement::Step::Done) {
        return {};
    }
    if (s->text(0) == QLatin1String("deal")) {
        return makeError(ErrorKind::Conflict,
                         SubjectRightsService::tr("Deal %1 is kept unchanged under a legal hold and restricted (Art. "
                                                  "18(1)(c)) until its queued erasure runs; release the hold first. "
                                                  "Nothing was changed.")
                             .arg(s->text(1)));
    }
    return makeError(ErrorKind::Conflict,
                     SubjectRightsService::tr("Activity %1 is kept unchanged under a legal hold and restricted (Art. "
                                              "18(1)(c)) until its queued erasure runs; release the hold first. "
                                              "Nothing was changed.")
                         .arg(s->text(1)));
}

// Refuses the write when it touched a restricted contact (or a held deal or activity); the gate then rolls
// everything back.
Result<void> refuseRestricted(Database& db)
{
    auto s = db.prepare("SELECT uid, restricted_at, (SELECT count(*) FROM temp.subject_restricted_touch) "
                        "FROM temp.subject_restricted_touch ORDER BY restricted_at, contact_id LIMIT 1");
    if (!s) {
        return s.error();
    }
    auto step = s->step();
    if (!step) {
        return step.error();
    }
    if (*step == storage::Statement::Step::Done) {
        return refuseHeld(db);
    }
    const QString uid = s->text(0);
    const QString since = dateOf(s->int64(1));
    const qint64 count = s->int64(2);
    if (count == 1) {
        return makeError(ErrorKind::Conflict,
                         SubjectRightsService::tr("Contact %1 is restricted (Art. 18) since %2: lift the restriction "
                                                  "first. Nothing was changed.")
                             .arg(uid, since));
    }
    return makeError(ErrorKind::Conflict,
                     SubjectRightsService::tr("%1 contacts this would change are restricted (Art. 18), contact %2 "
                                              "since %3: lift the restrictions first. Nothing was changed.")
                         .arg(count)
                         .arg(uid, since));
}

Result<SubjectStatus> readStatus(Database& db, const QString& contactUid)
{
    auto s = db.prepare("SELECT uid, restricted_at, coalesce(restriction_reason, ''), marketing_objection_at "
                        "FROM contacts WHERE uid = lower(trim(?1))");
    if (!s) {
        return s.error();
    }
    s->bind(1, contactUid);
    auto step = s->step();
    if (!step) {
        return step.error();
    }
    if (*step == storage::Statement::Step::Done) {
        return makeError(ErrorKind::NotFound,
                         SubjectRightsService::tr("No contact with uid %1; nothing was changed. Check the uid with "
                                                  "`contact list`.")
                             .arg(contactUid.trimmed()));
    }
    SubjectStatus status;
    status.contactUid = s->text(0);
    if (!s->isNull(1)) {
        status.restrictedAtMs = s->int64(1);
    }
    status.restrictionReason = s->text(2);
    if (!s->isNull(3)) {
        status.objectedAtMs = s->int64(3);
    }
    return status;
}

Result<qint64> contactIdOf(Database& db, const QString& uid)
{
    auto s = db.prepare("SELECT id FROM contacts WHERE uid = ?1");
    if (!s) {
        return s.error();
    }
    s->bind(1, uid);
    auto step = s->step();
    if (!step) {
        return step.error();
    }
    if (*step == storage::Statement::Step::Done) {
        return makeError(ErrorKind::NotFound, SubjectRightsService::tr("The contact no longer exists."));
    }
    return s->int64(0);
}

Result<void> mayView(security::MutationGate& gate, const QString& uid)
{
    security::Mutation read {QStringLiteral("subject.view"), QStringLiteral("contact"), uid};
    read.permission = security::Permission::ViewContacts;
    return gate.require(read);
}

// Emails and phones are stored as JSON [{"value": …, "label": …}]: shown as "value (label); value".
QString readableList(const QString& json)
{
    const QJsonArray items = QJsonDocument::fromJson(json.toUtf8()).array();
    QStringList parts;
    for (const auto& item : items) {
        const QJsonObject o = item.toObject();
        const QString label = o.value(QStringLiteral("label")).toString();
        const QString value = o.value(QStringLiteral("value")).toString();
        parts.append(label.isEmpty() ? value : QStringLiteral("%1 (%2)").arg(value, label));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

SubjectRightsService::SubjectRightsService(security::MutationGate& gate, const Clock& clock, ConsentService& consents)
    : m_gate(gate)
    , m_clock(clock)
    , m_consents(consents)
{
}

QStringList SubjectRightsService::actionsAllowedWhenRestricted()
{
    return allowedActions();
}

QString SubjectRightsService::historyTriggerSql(const crm::FieldRegistry& fields)
{
    // One VALUES row per field a person enters in the contact's own row: its name, the old value as the
    // history shows it (NULL for an empty one), and whether the write changed it. Tags live in a table of
    // their own and the source is the system's: neither is history.
    QStringList rows;
    for (const crm::FieldInfo& f : fields.enteredFieldsOf(QStringLiteral("contact"))) {
        if (f.table != QLatin1String("contacts")) {
            continue;
        }
        const QString old = QStringLiteral("OLD.") + f.column;
        const QString now = QStringLiteral("NEW.") + f.column;
        QString shown;
        QString changed;
        switch (f.kind) {
        case crm::FieldKind::ValueList:
            shown = QStringLiteral("nullif(%1, '[]')").arg(old);
            changed = QStringLiteral("%1 IS NOT %2").arg(old, now);
            break;
        case crm::FieldKind::Link:
            shown = QStringLiteral("(SELECT %1 FROM %2 WHERE id = %3)").arg(f.linkColumn, f.linkTable, old);
            changed = QStringLiteral("%1 IS NOT %2").arg(old, now);
            break;
        case crm::FieldKind::Number:
        case crm::FieldKind::Time:
            shown = old;
            changed = QStringLiteral("%1 IS NOT %2").arg(old, now);
            break;
        case crm::FieldKind::Text:
        case crm::FieldKind::Date:
        case crm::FieldKind::Tags:
            shown = QStringLiteral("nullif(%1, '')").arg(old);
            changed = QStringLiteral("coalesce(%1, '') IS NOT coalesce(%2, '')").arg(old, now);
            break;
        }
        rows.append(QStringLiteral("        ('%1', %2, %3)").arg(f.name, shown, changed));
    }
    if (rows.isEmpty()) {
        return QStringLiteral("DROP TRIGGER IF EXISTS temp.subject_field_history;");
    }
    return QStringLiteral(
               "-- Art. 16: one history row per registry field a write changed, whichever service wrote it.\n"
               "CREATE TEMP TRIGGER IF NOT EXISTS subject_field_history AFTER UPDATE ON main.contacts\n"
               "WHEN (SELECT track_history FROM subject_write_top) = 1 BEGIN\n"
               "    INSERT INTO contact_field_history (contact_id, field, old_value, changed_at, changed_by)\n"
               "    SELECT OLD.id, f.column1, f.column2, t.now_ms, t.actor_uid\n"
               "    FROM (VALUES\n%1\n    ) AS f, subject_write_top AS t\n"
               "    WHERE f.column3;\n"
               "END;\n")
        .arg(rows.join(QStringLiteral(",\n")));
}

Result<void> SubjectRightsService::installEnforcement(security::MutationGate& gate, const Clock& clock)
{
    Database& db = gate.db();
    auto installed = db.queryInt(
        "SELECT count(*) FROM temp.sqlite_master WHERE type = 'table' AND name = 'subject_write_context'");
    if (!installed) {
        return installed.error();
    }
    if (*installed > 0) {
        return {};
    }
    if (auto r = installTempSchema(db); !r) {
        return r;
    }
    security::MutationGate* g = &gate;
    const Clock* c = &clock;
    gate.addCheck([g, c](Database& d, const security::Mutation& m) { return pushContext(d, *g, *c, m.action); });
    gate.addRecorder([](Database& d, const security::Mutation&) -> Result<void> {
        if (auto r = refuseRestricted(d); !r) {
            return r;
        }
        return popContext(d);
    });
    // After a commit nothing is pending: empty both tables, so a body that failed inside a write that went on
    // anyway leaves nothing behind.
    gate.addListener([g](const security::Mutation&) {
        (void)g->db().exec("DELETE FROM temp.subject_write_context; DELETE FROM temp.subject_restricted_touch; "
                           "DELETE FROM temp.subject_held_touch;");
    });
    return {};
}

Result<SubjectStatus> SubjectRightsService::status(const QString& contactUid) const
{
    if (auto allowed = mayView(m_gate, contactUid.trimmed().toLower()); !allowed) {
        return allowed.error();
    }
    return readStatus(m_gate.db(), contactUid);
}

Result<SubjectStatus> SubjectRightsService::restrict(const QString& contactUid, const QString& reason)
{
    security::Mutation m {
        QStringLiteral("subject.restrict"), QStringLiteral("contact"), contactUid.trimmed().toLower()};
    m.permission = security::Permission::HandleRequests;
    const qint64 now = m_clock.nowMs();
    return m_gate.apply<SubjectStatus>(m, [&](Database& db, security::Mutation&) -> Result<SubjectStatus> {
        auto status = readStatus(db, contactUid);
        if (!status) {
            return status.error();
        }
        if (status->isRestricted()) {
            return makeError(ErrorKind::Conflict,
                             tr("Contact %1 is already restricted (since %2); nothing was changed.")
                                 .arg(status->contactUid, dateOf(*status->restrictedAtMs)));
        }
        auto s = db.prepare("UPDATE contacts SET restricted_at = ?2, restriction_reason = ?3 WHERE uid = ?1");
        if (!s) {
            return s.error();
        }
        s->bind(1, status->contactUid).bind(2, now).bindTextOrNull(3, reason.trimmed());
        if (auto r = s->run(); !r) {
            return r.error();
        }
        status->restrictedAtMs = now;
        status->restrictionReason = reason.trimmed();
        return status;
    });
}

Result<SubjectStatus> SubjectRightsService::unrestrict(const QString& contactUid)
{
    security::Mutation m {
        QStringLiteral("subject.unrestrict"), QStringLiteral("contact"), contactUid.trimmed().toLower()};
    m.permission = security::Permission::HandleRequests;
    return m_gate.apply<SubjectStatus>(m, [&](Database& db, security::Mutation&) -> Result<SubjectStatus> {
        auto status = readStatus(db, contactUid);
        if (!status) {
            return status.error();
        }
        if (!status->isRestricted()) {
            return makeError(ErrorKind::Conflict,
                             tr("Contact %1 is not restricted; nothing was changed.").arg(status->contactUid));
        }
        // Art. 18(1)(c): what a legal hold keeps from an erasure stays restricted until that erasure runs.
        auto queued = db.prepare("SELECT 1 FROM erasure_queue WHERE entity_type = 'contact' AND entity_uid = ?1 "
                                 "AND done_at IS NULL");
        if (!queued) {
            return queued.error();
        }
        queued->bind(1, status->contactUid);
        auto waiting = queued->step();
        if (!waiting) {
            return waiting.error();
        }
        if (*waiting == storage::Statement::Step::Row) {
            return makeError(ErrorKind::Conflict,
                             tr("A legal hold keeps contact %1 and its erasure is queued: it stays restricted until "
                                "the hold is released or lapses. Nothing was changed.")
                                 .arg(status->contactUid));
        }
        auto s = db.prepare("UPDATE contacts SET restricted_at = NULL, restriction_reason = NULL WHERE uid = ?1");
        if (!s) {
            return s.error();
        }
        if (auto r = s->bind(1, status->contactUid).run(); !r) {
            return r.error();
        }
        status->restrictedAtMs.reset();
        status->restrictionReason.clear();
        return status;
    });
}

Result<SubjectStatus> SubjectRightsService::object(const QString& contactUid)
{
    security::Mutation m {QStringLiteral("subject.object"), QStringLiteral("contact"), contactUid.trimmed().toLower()};
    // Art. 21(4) and the model of Art. 7(3): whoever takes the call may record it.
    m.permission = security::Permission::EditContacts;
    const qint64 now = m_clock.nowMs();
    return m_gate.apply<SubjectStatus>(m, [&](Database& db, security::Mutation& mutation) -> Result<SubjectStatus> {
        auto status = readStatus(db, contactUid);
        if (!status) {
            return status.error();
        }
        if (status->hasObjected()) {
            return makeError(ErrorKind::Conflict,
                             tr("Contact %1 already objected to direct marketing (on %2); nothing was changed.")
                                 .arg(status->contactUid, dateOf(*status->objectedAtMs)));
        }
        auto id = contactIdOf(db, status->contactUid);
        if (!id) {
            return id.error();
        }
        auto s = db.prepare("UPDATE contacts SET marketing_objection_at = ?2 WHERE id = ?1");
        if (!s) {
            return s.error();
        }
        if (auto r = s->bind(1, *id).bind(2, now).run(); !r) {
            return r.error();
        }
        // Art. 21(3): no more direct marketing; a consent given for it is withdrawn in the ledger, so the
        // ledger shows why it ended (each withdrawal joins this transaction and is audited itself).
        auto states = m_consents.states(crm::ContactId {*id});
        if (!states) {
            return states.error();
        }
        qint64 withdrawn = 0;
        for (const ConsentState& state : *states) {
            if (!state.purpose.directMarketing
                || (state.status != ConsentStatus::Given && state.status != ConsentStatus::Expired)) {
                continue;
            }
            ConsentRecord record;
            record.method = ConsentMethod::Other;
            record.evidence = tr("Objection to direct marketing (Art. 21(2))");
            if (auto w = m_consents.withdraw(crm::ContactId {*id}, state.purpose.id, record); !w) {
                return w.error();
            }
            ++withdrawn;
        }
        mutation.note = QStringLiteral("consents-withdrawn=%1").arg(withdrawn);
        status->objectedAtMs = now;
        return status;
    });
}

Result<QList<FieldChange>> SubjectRightsService::history(const QString& contactUid) const
{
    const QString uid = contactUid.trimmed().toLower();
    if (auto allowed = mayView(m_gate, uid); !allowed) {
        return allowed.error();
    }
    auto status = readStatus(m_gate.db(), uid);
    if (!status) {
        return status.error();
    }
    auto s = m_gate.db().prepare(
        "SELECT h.id, h.field, h.old_value, h.changed_at, h.changed_by, coalesce(p.name, '') "
        "FROM contact_field_history AS h JOIN contacts AS c ON c.id = h.contact_id "
        "LEFT JOIN profiles AS p ON p.uid = h.changed_by WHERE c.uid = ?1 ORDER BY h.changed_at DESC, h.id DESC");
    if (!s) {
        return s.error();
    }
    s->bind(1, uid);
    // Art. 9: a special-category field's old values are withheld like its current one (crm::SensitiveFields).
    QSet<QString> withheld;
    if (!m_gate.may(security::Permission::ViewSensitive)) {
        auto special = crm::SensitiveFields::of(m_gate.db(), QStringLiteral("contact"));
        if (!special) {
            return special.error();
        }
        withheld = *special;
    }
    QList<FieldChange> out;
    while (true) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == storage::Statement::Step::Done) {
            break;
        }
        FieldChange change;
        change.id = s->int64(0);
        change.field = s->text(1);
        change.oldValue = s->text(2);
        if (change.field == QLatin1String("email") || change.field == QLatin1String("phone")) {
            change.oldValue = readableList(change.oldValue);
        }
        if (withheld.contains(change.field)) {
            change.oldValue.clear();
        }
        change.changedAtMs = s->int64(3);
        change.changedBy = s->text(4);
        change.changedByName = s->text(5);
        out.append(change);
    }
    // Old names, emails and phones are a read of the person like a record opened (docs/SECURITY.md "Audit trail").
    if (security::ReadAudit* reads = m_gate.readAudit()) {
        reads->shown(QStringLiteral("contact"), uid);
    }
    return out;
}

Result<QList<SubjectRecipient>> SubjectRightsService::recipients(const QString& contactUid) const
{
    const QString uid = contactUid.trimmed().toLower();
    if (auto allowed = mayView(m_gate, uid); !allowed) {
        return allowed.error();
    }
    auto status = readStatus(m_gate.db(), uid);
    if (!status) {
        return status.error();
    }
    // Art. 19: the parties serving a purpose the contact's data is used for: every purpose in use that needs
    // no consent (it covers everyone), and every purpose the contact ever consented to (the data may have
    // gone out while the consent held). Exports are audited by count only, so they name no recipient.
    auto s = m_gate.db().prepare(R"sql(
SELECT pr.uid, pr.name, pr.role, pr.contact, pr.archived, pu.name
FROM contacts AS c
JOIN purposes AS pu ON (pu.requires_consent = 0 AND pu.archived = 0)
    OR EXISTS (SELECT 1 FROM consent_events AS e WHERE e.contact_id = c.id AND e.purpose_id = pu.id
               AND e.kind <> 'withdrawn')
JOIN processor_purposes AS pp ON pp.purpose_id = pu.id
JOIN processors AS pr ON pr.id = pp.processor_id
WHERE c.uid = ?1
ORDER BY pr.name COLLATE NOCASE, pr.id, pu.name COLLATE NOCASE)sql");
    if (!s) {
        return s.error();
    }
    s->bind(1, uid);
    QList<SubjectRecipient> out;
    while (true) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == storage::Statement::Step::Done) {
            break;
        }
        if (out.isEmpty() || out.last().uid != s->text(0)) {
            SubjectRecipient r;
            r.uid = s->text(0);
            r.name = s->text(1);
            r.role = Processor::roleFromName(s->text(2)).value_or(ProcessorRole::Processor);
            r.contact = s->text(3);
            r.archived = s->integer(4) != 0;
            out.append(r);
        }
        out.last().purposes.append(s->text(5));
    }
    return out;
}

} // namespace confidant::privacy
