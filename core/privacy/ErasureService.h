#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/privacy/LegalHoldService.h"
#include "core/privacy/MentionSearch.h"
#include "core/security/ErasureLedger.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace confidant::storage {
class Database;
}

namespace confidant::crm {
class FieldRegistry;
}

namespace confidant::security {
class MutationGate;
struct Mutation;
struct Actor;
} // namespace confidant::security

namespace confidant::privacy {

//! A record a legal hold keeps from the erasure: it stays unchanged and restricted (Art. 17(3)(e), 18(1)(c)).
struct HeldRecord
{
    QString entityType; //!< "contact", "deal", "activity"
    QString entityUid;
    QString holdUid;
    QString reason; //!< the hold's reason, for the officer (never logged)
    std::optional<QDate> until;
};

//! What erasing a contact would do: rows removed, blanked and kept per table, held records, and mentions
//! elsewhere. The erasure redacts the mentions in change-history values, shared activities and saved filters
//! (counted in `anonymised`) and the person's restriction reason; other records' free text it does not touch:
//! the officer redacts those (ErasureService::redactMention).
struct ErasurePreview
{
    QString contactUid;
    //! "Given Family": what the confirmation must match. For the dialog; never logged.
    QString confirmationName;
    QMap<QString, qint64> removed; //!< table -> rows deleted
    //! table -> rows kept with their personal texts blanked (deals) or the person's identifiers redacted in
    //! them (contact_field_history, activities, saved_filters)
    QMap<QString, qint64> anonymised;
    //! table -> rows a legal hold keeps unchanged and restricted; their erasure is queued until it ends.
    QMap<QString, qint64> kept;
    //! The holds that keep something (a hold on the contact keeps its whole record: the row, its tags,
    //! consents, history and links, and the activities and deals linked to it alone).
    QList<HeldRecord> held;
    //! Activities linked to this contact and to other records: only their link to this contact goes.
    qint64 sharedActivities = 0;
    //! Deals linked to other contacts too: only the link goes. Deals linked to this contact alone keep
    //! their amounts, dates and stage; their title, description and close reason are blanked.
    qint64 sharedDeals = 0;
    //! Emails and phones that go to the suppression list.
    qint64 suppressedIdentifiers = 0;
    QList<Mention> mentions;
};

//! What ErasureService::redactMention did: where, and how many occurrences it replaced (no value).
struct MentionRedaction
{
    QString contactUid; //!< whose identifiers were redacted
    QString entityType;
    QString entityUid;
    QString field;
    int replaced = 0;
};

struct ErasureOptions
{
    bool vacuum = false; //!< run VACUUM after the commit (slow on big vaults; rewrites the whole file)
    //! The data-subject request this erasure answers: its uid or its reference. Empty: none.
    QString request;
};

//! What an erasure did, as the receipt row keeps it: counts, times and uids, no personal value.
struct ErasureReceipt
{
    QString uid;
    QString ledgerUid;
    QString contactUid;
    QString requestUid;
    qint64 erasedAtMs = 0;
    QString profileUid;
    QMap<QString, qint64> removed;
    QMap<QString, qint64> anonymised;
    //! Rows kept unchanged and restricted under a legal hold (in the JSON only when there are any, so the
    //! hash of a receipt written before holds kept records stays as recorded).
    QMap<QString, qint64> kept;
    //! Records put on the erasure queue (ErasureService::queue) by this erasure.
    int queued = 0;
    int suppressionHashes = 0;
    bool vacuumed = false;
    //! What went wrong after the commit (the person is erased either way): optimize, checkpoint, VACUUM.
    QStringList warnings;

    //! The receipt as the request register keeps it (stable key order, compact): uids, counts, times.
    QJsonObject toJson() const;
    //! Lower-case hex SHA-256 of the compact JSON: the artefact hash a request records.
    QString sha256() const;
};

//! One record an erasure kept under a legal hold, waiting on the erasure queue (table `erasure_queue`).
struct QueuedErasure
{
    QString uid;
    QString contactUid; //!< whose erasure waits (the contact row itself may be gone already)
    QString entityType; //!< "contact", "deal", "activity"
    QString entityUid;
    QString holdUid; //!< the hold that kept it when the erasure ran
    QString holdReason; //!< that hold's reason (for the officer; never logged)
    std::optional<QDate> holdUntil;
    QString requestUid;
    qint64 queuedAtMs = 0;
    QString queuedBy; //!< profile uid
    std::optional<qint64> doneAtMs; //!< when the queued erasure ran
    //! Waiting, and no active hold keeps the record any more: it runs at the next vault open, hold
    //! release or erasure.
    bool due = false;
};

//! Erasure (Art. 17, DESIGN.md "Erasure"): one transaction removes a contact from every table the field
//! registry and the schema link to it (search index included), puts the person's emails and phones on the
//! suppression list, appends the erasure ledger (so a restore of an older backup erases them again) and
//! writes a receipt; after the commit the search index is optimized, the WAL truncated and, when asked, the
//! file vacuumed. It is the only way a person leaves the vault: `erase` (the officer's, by typed name),
//! `deleteContact` (the plain delete of the GUI and `contact delete`), the queue and the restore applier.
//! A record under an active legal hold stays unchanged and restricted (Art. 17(3)(e), 18(1)(c)); what the
//! hold does not cover goes now, and the rest waits on the erasure queue until the hold is released or
//! lapses (runDueQueue). Erasing needs "erase"; the preview and the queue "handle requests".
//! Audited as subject.erase (contact.delete for the plain delete) with the contact's uid and counts only.
class ErasureService
{
    Q_DECLARE_TR_FUNCTIONS(ErasureService)

public:
    //! Inside the erasure's transaction, when a request was named: records the receipt with the request
    //! (the request register's artefact list). Not set: the receipt keeps the request uid only.
    using RequestRecorder
        = std::function<Result<void>(storage::Database&, const QString& requestUid, const ErasureReceipt&)>;

    ErasureService(security::MutationGate& gate, const Clock& clock, const crm::FieldRegistry& fields);

    Result<ErasurePreview> preview(const QString& contactUid) const;
    //! Erases the contact. `confirmName` must equal its "Given Family", ignoring case and repeated or
    //! outer white space (Invalid otherwise, nothing written).
    Result<ErasureReceipt>
    erase(const QString& contactUid, const QString& confirmName, const ErasureOptions& options = {});
    //! The plain delete (the contacts page's Delete, `contact delete`): the same erasure, confirmed by the
    //! caller's yes/no question instead of the typed name, audited as contact.delete with the receipt. A
    //! restricted contact is refused (Conflict): restriction is often what a person asked for instead of
    //! erasure (Art. 18(1)(b)); `erase` is the deliberate way.
    Result<ErasureReceipt> deleteContact(const QString& contactUid);
    //! What deleteContact would do; needs "erase" like the delete itself (a denial is audited as an
    //! attempted contact.delete).
    Result<ErasurePreview> deletePreview(const QString& contactUid) const;
    //! Redacts a mention the preview lists (Mention::entityType, entityUid, field): every occurrence of the
    //! person's identifiers (full name, emails, phones) in that field becomes MentionSearch::redactionMarker(),
    //! and no old value is kept in the change history (the write records none). For a contact's field the old
    //! values of that field in its change history are redacted too; "history:FIELD" redacts only those. One
    //! transaction through the gate, audited as subject.redact_mention with the record's type and uid, the field,
    //! the count and the person's uid, never a value. Needs "erase". Unknown person or record: NotFound; a field
    //! that no longer names the person: NotFound; a record a legal hold keeps: Conflict; an unknown type or
    //! field: Invalid. A restricted record may be redacted (the person's erasure right covers copies of them).
    Result<MentionRedaction>
    redactMention(const QString& contactUid, const QString& entityType, const QString& entityUid, const QString& field);
    //! Receipts, newest first.
    Result<QList<ErasureReceipt>> receipts() const;
    //! The erasure queue: records kept under a legal hold whose erasure waits, oldest first (with
    //! `includeDone`, also those whose erasure ran). Needs "handle requests".
    Result<QList<QueuedErasure>> queue(bool includeDone = false) const;
    //! Runs every queued erasure that no active hold keeps any more (released, or lapsed after its
    //! `until` day), through the same erasure path: one transaction, receipt, ledger entry and audit entry
    //! (subject.erase, no permission needed: the erasure was decided when it was queued) per person.
    //! It acts as the queue itself (queueActor()), not as whoever opened the vault or released the hold, and
    //! adds each receipt to the request its erasure answers. Returns the receipts; nothing is written when
    //! nothing is due. Called when the vault opens, after a hold is released and before each erasure.
    Result<QList<ErasureReceipt>> runDueQueue();

    //! The profile uid the queued erasures are recorded under (audit trail, receipt, ledger), like
    //! security::VaultAdmin::kRestoreActorUid for a restore's re-applied erasures.
    static constexpr const char* kQueueActorUid = "system:erasure-queue";
    //! The queue's actor: not a profile (no PIN), a privacy officer's rights (the request register needs
    //! "handle requests"), signed in.
    static security::Actor queueActor();

    void setRequestRecorder(RequestRecorder recorder)
    {
        m_requestRecorder = std::move(recorder);
    }
    //! After each committed erasure: writes the erasure ledger outside the vault
    //! (security::VaultAdmin::exportErasureLedger), so that a restore of an older backup knows of it. A
    //! failure is a warning on the receipt.
    using LedgerExporter = std::function<Result<void>()>;
    void setLedgerExporter(LedgerExporter exporter)
    {
        m_ledgerExporter = std::move(exporter);
    }
    //! Before each erasure, inside its transaction: removes the ledger file outside the vault
    //! (security::VaultAdmin::invalidateErasureLedger), so that a file which never learns of the erasure
    //! cannot vouch for it. A failure refuses the erasure.
    void setLedgerInvalidator(LedgerExporter invalidator)
    {
        m_ledgerInvalidator = std::move(invalidator);
    }

    //! Whether `typed` confirms `name` (case-insensitive, white space normalised).
    static bool confirms(const QString& name, const QString& typed);
    //! The tables holding rows that belong to one contact, which the erasure clears.
    static QStringList contactTables();
    //! Registry fields of contacts the erasure does not know how to remove or blank: must be empty
    //! (tests/core/privacy/TestErasureService checks it, so a new personal field cannot be forgotten).
    static QStringList uncoveredFields(const crm::FieldRegistry& fields);

    //! The Applier a restore installs (security::RestoreRequest::applier): erases a recorded contact again
    //! in the restored vault, with the same rules (holds of the restored vault keep and queue; holds the
    //! record names as released are released there too, and what they queued runs), and lists its
    //! identifier hashes again. `saltHex` is the 'suppression.salt' of the vault the erasures come from; the
    //! restored vault adopts it when it differs (and its own list is empty), so that the re-listed hashes
    //! still match.
    static security::ErasureLedger::Applier restoreApplier(const QString& saltHex = {});

private:
    //! erase and deleteContact once `mutation` names the action; `confirmName` is null for the plain delete.
    Result<ErasureReceipt>
    eraseContact(security::Mutation& mutation, const QString* confirmName, const ErasureOptions& options);
    //! After the commit: compacts the search index, vacuums when asked, truncates the WAL (warnings only).
    void finish(ErasureReceipt& receipt, bool vacuum);

    security::MutationGate& m_gate;
    const Clock& m_clock;
    const crm::FieldRegistry& m_fields;
    RequestRecorder m_requestRecorder;
    Result<void> invalidateLedgerFile();
    LedgerExporter m_ledgerExporter;
    LedgerExporter m_ledgerInvalidator;
};

} // namespace confidant::privacy
