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
}

namespace confidant::privacy {

//! A record the erasure keeps, anonymised, because a legal hold names it.
struct HeldRecord
{
    QString entityType; //!< "contact", "deal", "activity"
    QString entityUid;
    QString holdUid;
    QString reason; //!< the hold's reason, for the officer (never logged)
    std::optional<QDate> until;
};

//! What erasing a contact would do: rows removed and anonymised per table, held records, and mentions
//! elsewhere (free text the erasure does not touch: the officer redacts them).
struct ErasurePreview
{
    QString contactUid;
    //! "Given Family": what the confirmation must match. For the dialog; never logged.
    QString confirmationName;
    QMap<QString, qint64> removed; //!< table -> rows deleted
    QMap<QString, qint64> anonymised; //!< table -> rows kept with their personal columns blanked
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
    int suppressionHashes = 0;
    bool vacuumed = false;
    //! What went wrong after the commit (the person is erased either way): optimize, checkpoint, VACUUM.
    QStringList warnings;

    //! The receipt as the request register keeps it (stable key order, compact): uids, counts, times.
    QJsonObject toJson() const;
    //! Lower-case hex SHA-256 of the compact JSON: the artefact hash a request records.
    QString sha256() const;
};

//! Erasure (Art. 17, DESIGN.md "Erasure"): one transaction removes a contact from every table the field
//! registry and the schema link to it (search index included), anonymises what a legal hold keeps, puts
//! the person's emails and phones on the suppression list, appends the erasure ledger (so a restore of an
//! older backup erases them again) and writes a receipt; after the commit the search index is optimized,
//! the WAL truncated and, when asked, the file vacuumed. Needs "erase"; the preview "handle requests".
//! Audited as subject.erase with the contact's uid and counts only.
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
    //! Receipts, newest first.
    Result<QList<ErasureReceipt>> receipts() const;

    void setRequestRecorder(RequestRecorder recorder)
    {
        m_requestRecorder = std::move(recorder);
    }

    //! Whether `typed` confirms `name` (case-insensitive, white space normalised).
    static bool confirms(const QString& name, const QString& typed);
    //! The tables holding rows that belong to one contact, which the erasure clears.
    static QStringList contactTables();
    //! Registry fields of contacts the erasure does not know how to remove or blank: must be empty
    //! (tests/core/privacy/TestErasureService checks it, so a new personal field cannot be forgotten).
    static QStringList uncoveredFields(const crm::FieldRegistry& fields);

    //! The Applier a restore installs (security::RestoreRequest::applier): erases a recorded contact again
    //! in the restored vault, with the same rules, and lists its identifier hashes again. `saltHex` is the
    //! 'suppression.salt' of the vault the erasures come from; the restored vault adopts it when it differs
    //! (and its own list is empty), so that the re-listed hashes still match.
    static security::ErasureLedger::Applier restoreApplier(const QString& saltHex = {});

private:
    security::MutationGate& m_gate;
    const Clock& m_clock;
    const crm::FieldRegistry& m_fields;
    RequestRecorder m_requestRecorder;
};

} // namespace confidant::privacy
