#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/crm/Contact.h"
#include "core/crm/DisabledFields.h"
#include "core/crm/FieldRegistry.h"
#include "core/io/CsvReader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QIODevice;

namespace confidant::security {
class MutationGate;
struct Actor;
} // namespace confidant::security

namespace confidant::storage {
class Database;
class Vault;
} // namespace confidant::storage

namespace confidant::crm {

class ContactService;

enum class ImportFormat
{
    Auto, //!< from the file name (.vcf, .vcard) and the first bytes (BEGIN:VCARD)
    Csv,
    VCard,
};

//! What the preview says about one row of the file.
enum class ImportRowState
{
    New, //!< creates a contact
    Match, //!< names a contact the vault already has: merge or skip, as decided per row
    Problem, //!< cannot be imported as is (see `problems`); imported only never, skipped with skipInvalid
    Suppressed, //!< names a person on the suppression list (issue #7); never imported
};

//! Which rule found the existing contact of a Match, in the order they are tried.
enum class MatchRule
{
    None,
    Uid, //!< the file's `uid` column (our own CSV export) names an existing contact
    Email, //!< any email of the row equals any email of the contact, case-insensitively
    NamePhone, //!< same given and family name (case-insensitively) and a phone with the same digits
};

enum class MatchAction
{
    Skip,
    Merge, //!< fill the contact's empty fields, add emails, phones and tags it lacks; overwrite nothing
};

//! One column of a CSV file and where it goes, in the field names of docs/CLI.md ("import").
struct ImportColumn
{
    QString header;
    //! given, family, email, phone, company, title, notes, tag, street, city, postcode, region, country,
    //! birthday, website, skip; also name (full name, split), middle, email-label, phone-label, uid; empty:
    //! nothing recognised the column (it is left out and listed in ImportPreview::unmapped).
    QString field;
    //! The finer target when there is one ("phone:mobile", "email#2"), else the same as `field`.
    QString target;
    //! Up to three non-empty values from the first rows, for the mapping page.
    QStringList samples;
    //! The field the column would fill ("birthday") when an admin switched that field off: the column is
    //! skipped (`field` and `target` are "skip", no samples) and ImportPreview::warnings says so. Empty
    //! otherwise.
    QString switchedOff;
};

//! One row of the preview. Rows beyond the first ImportOptions::keepRows of their kind are only counted.
struct ImportRow
{
    qint64 line = 0; //!< 1-based line where the record starts
    ImportRowState state = ImportRowState::New;
    Contact contact; //!< as read from the file (companyName and tags set; no id or uid)
    MatchRule rule = MatchRule::None;
    ContactId matchId; //!< Match: the existing contact
    QString matchUid;
    QString matchName; //!< Match: the existing contact's display name, for the preview page
    QStringList problems; //!< Problem: translated reasons, each naming the line, never quoting a value
    QStringList notes; //!< informational ("the photo was skipped")
};

//! How to read the file. Mapping overrides are by column header, with the field names of ImportColumn.
struct ImportOptions
{
    ImportFormat format = ImportFormat::Auto;
    io::TextEncoding encoding = io::TextEncoding::Auto;
    std::optional<QChar> delimiter; //!< ',', ';' or '\t'; empty: detected
    QHash<QString, QString> mapping; //!< header -> field; wins over `mappingJson`
    //! A JSON object {"Header": "field", …} (or {"columns": {…}}), as `import --mapping FILE.json` reads it.
    QByteArray mappingJson;
    int keepRows = 500; //!< how many New and Problem rows the preview keeps for display (all are counted)
    int keepMatches = 100000; //!< how many Match rows the preview keeps (each can get its own decision)
    //! Registry keys of switched-off fields ("contact.birthday", data minimisation): their columns are
    //! skipped and their values (a vCard's BDAY) dropped. The preview adds what the service's source says and
    //! records the whole set here, in ImportPreview::options; the commit refuses (Conflict) when the source
    //! names more by then. Matching uses only what is imported (no email match with emails switched off).
    QSet<QString> disabledFields;
};

//! What the file would do to the vault. Nothing is written by a preview.
struct ImportPreview
{
    QString path; //!< the file, when previewed from a path (commit reads it again)
    QString fileName; //!< base name only; stored in the import batch
    ImportFormat format = ImportFormat::Csv;
    QString encoding; //!< "UTF-8", "UTF-16LE", … (CSV only)
    QChar delimiter; //!< CSV only
    QString preset; //!< "google", "outlook", "hubspot", "confidant" (our own export), "generic"; vCard: empty
    QList<ImportColumn> columns; //!< CSV only
    QStringList unmapped; //!< headers nothing recognised

    qint64 rows = 0; //!< records read, blank rows not counted
    qint64 newCount = 0;
    qint64 matchCount = 0;
    qint64 problemCount = 0;
    qint64 suppressedCount = 0;
    QList<ImportRow> newRows; //!< the first ImportOptions::keepRows
    QList<ImportRow> matches; //!< the first ImportOptions::keepMatches
    QList<ImportRow> problems; //!< the first ImportOptions::keepRows
    QList<qint64> suppressedLines; //!< the first ImportOptions::keepRows
    //! What the readers noticed without refusing the row ("the photo was skipped", a birthday left out),
    //! each naming its line: the first ImportOptions::keepRows of them; `noteCount` counts all.
    QStringList notes;
    qint64 noteCount = 0;
    //! What the whole file loses (translated, naming columns and fields, never a value): a column skipped,
    //! or a vCard property dropped, because its field is switched off.
    QStringList warnings;

    //! For commit: the options the preview ran with (mapping resolved) and a digest of the bytes read.
    ImportOptions options;
    QByteArray digest;
};

//! What the user decided for the matches: a default for all, and per line where it differs.
struct ImportDecisions
{
    MatchAction defaultAction = MatchAction::Skip;
    QHash<qint64, MatchAction> byLine;
    //! Leave Problem rows out instead of refusing the whole import.
    bool skipInvalid = false;
    //! Runs inside the import's transaction once the new contacts are written, with their ids in file order
    //! (possibly none); an error rolls the whole import back. The import dialog records the consent captured
    //! in the preview here (privacy::ConsentService::grantMany joins the transaction). Only created contacts
    //! are passed: a merged or skipped match keeps the consent it has, because the person in the vault may
    //! have said something other than the file claims; record their consent on the contact.
    std::function<Result<void>(const QList<ContactId>& created)> onCreated;

    MatchAction actionFor(qint64 line) const
    {
        return byLine.value(line, defaultAction);
    }
};

//! What an import wrote.
struct ImportResult
{
    QString batchUid;
    qint64 created = 0;
    qint64 merged = 0; //!< matches merged that gained at least one value
    qint64 skipped = 0; //!< matches skipped (or merged without anything new), problems, suppressed rows
    QStringList changedFields; //!< names of the fields the merges filled (never values)
};

//! Where imported records came from (Art. 14(2)(f)): shown as "Imported from <file> on <date> by <profile>".
struct ImportBatch
{
    QString uid;
    QString fileName;
    QString format; //!< "csv", "vcard"
    qint64 importedAtMs = 0;
    QString profileUid;
    QString profileName;
    qint64 created = 0;
    qint64 merged = 0;
    qint64 skipped = 0;
};

//! Progress in percent (0 to 100) of reading the file.
using ImportProgress = std::function<void(int percent)>;

//! Imports contacts from CSV (Google, Outlook, HubSpot, our own export, anything with a mapping) and vCard
//! files: always a preview first, then one transaction through the MutationGate, all or nothing.
//!
//! Neither step holds the file's records in memory: the preview streams the file and keeps counts, the
//! first rows of each kind and the matches; the commit reads the file again (checking that its bytes are
//! the ones previewed), so a million-row file costs little more than its indexes. Matching uses an index
//! built once per run (emails, and given + family name + phone digits, of every contact), not a query per
//! row.
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)

public:
    //! Answers whether a record names a person who asked to be forgotten; issue #7 installs the
    //! suppression list here. No check is installed until then, so no row is Suppressed.
    using SuppressionCheck = std::function<Result<bool>(storage::Database&, const Contact&)>;

    ImportService(security::MutationGate& gate, const Clock& clock);

    //! Reads and checks the file at `path` and matches every row against the vault. A broken file (empty,
    //! binary, invalid encoding, unterminated quote, …) is an Invalid error naming the line.
    Result<ImportPreview> preview(const QString& path,
                                  const ImportOptions& options = {},
                                  const std::atomic_bool* cancel = nullptr,
                                  const ImportProgress& progress = {}) const;
    //! The same for an open, seekable device; `fileName` is what the batch records.
    Result<ImportPreview> preview(QIODevice& device,
                                  const QString& fileName,
                                  const ImportOptions& options = {},
                                  const std::atomic_bool* cancel = nullptr,
                                  const ImportProgress& progress = {}) const;

    //! Imports what `preview` showed, in one transaction: creates the New rows (source
    //! "import:<batch uid>"), merges or skips the matches as decided, records the batch and one audit
    //! entry (`contact.import`, counts and field names only). Refuses (Invalid) when the preview has
    //! Problem rows and `decisions.skipInvalid` is false, and (Conflict) when the file or the vault
    //! changed since the preview. Cancelled or failed: the vault is exactly as it was.
    Result<ImportResult> commit(const ImportPreview& preview,
                                const ImportDecisions& decisions,
                                const std::atomic_bool* cancel = nullptr,
                                const ImportProgress& progress = {});
    //! The same, reading the file from `device` (the one previewed).
    Result<ImportResult> commit(QIODevice& device,
                                const ImportPreview& preview,
                                const ImportDecisions& decisions,
                                const std::atomic_bool* cancel = nullptr,
                                const ImportProgress& progress = {});

    //! The batch with this uid.
    Result<ImportBatch> batch(const QString& uid) const;
    //! The batch a record's `source` ("import:<batch uid>") points to; nullopt for any other source or a
    //! batch that is gone.
    std::optional<ImportBatch> batchForSource(const QString& source) const;

    //! Where the switched-off fields come from (Session: privacy::FieldSettingsService::disabledKeys); see
    //! ImportOptions::disabledFields. ImportWorker::open does not copy it: it reads the session's connection.
    void setDisabledFieldsSource(DisabledFieldsSource source)
    {
        m_disabledFields = std::move(source);
    }

    void addSuppressionCheck(SuppressionCheck check)
    {
        m_suppression.push_back(std::move(check));
    }
    const std::vector<SuppressionCheck>& suppressionChecks() const
    {
        return m_suppression;
    }

    //! The field names a mapping may use (docs/CLI.md "import"): the contact fields of `registry` a person
    //! enters, under their registry names, then the parts and treatments only import knows; "skip" last.
    static QStringList fieldNames(const FieldRegistry& registry = FieldRegistry::builtIn());
    //! The contact fields of `registry` a person enters that no column can be mapped to (io::ContactMapping
    //! has no target for them). TestRegistryReach keeps it empty for the shipped registry.
    static QStringList unmappableFields(const FieldRegistry& registry = FieldRegistry::builtIn());
    //! A translated label for a field name ("given" -> "Given name", the registry's label); "" -> "(not
    //! imported)".
    static QString fieldLabel(const QString& field, const FieldRegistry& registry = FieldRegistry::builtIn());
    //! The registry key a field name fills, as field settings name it ("email-label" -> "contact.email").
    static QString fieldKey(const QString& field);
    static QString formatName(ImportFormat format);
    static QString ruleName(MatchRule rule);

private:
    struct Run;
    Result<ImportPreview> previewDevice(QIODevice& device,
                                        const QString& path,
                                        const QString& fileName,
                                        const ImportOptions& options,
                                        const std::atomic_bool* cancel,
                                        const ImportProgress& progress) const;
    Result<ImportResult> commitDevice(QIODevice& device,
                                      const ImportPreview& preview,
                                      const ImportDecisions& decisions,
                                      const std::atomic_bool* cancel,
                                      const ImportProgress& progress);

    //! `also` and what the source says now.
    Result<QSet<QString>> disabledFields(const QSet<QString>& also) const;

    security::MutationGate& m_gate;
    const Clock& m_clock;
    std::vector<SuppressionCheck> m_suppression;
    DisabledFieldsSource m_disabledFields;
};

//! A connection of its own with the vault's key, an audit trail and a gate acting as `actor`, and an
//! ImportService on them: for running a preview or an import on a worker thread (DESIGN.md: one
//! connection per thread). Create, use and destroy it on that thread. The session's own gate does not
//! hear of the writes: tell the views afterwards.
class ImportWorker
{
public:
    static Result<std::unique_ptr<ImportWorker>>
    open(storage::Vault& vault, const security::Actor& actor, const Clock& clock, const ImportService& like);
    ~ImportWorker();

    ImportService& imports();
    //! The worker's gate (its connection, audit trail and actor), for services a caller builds beside the
    //! import on this thread (the consent ledger of ImportDecisions::onCreated, the field settings).
    security::MutationGate& gate();

private:
    ImportWorker();
    struct Parts;
    std::unique_ptr<Parts> m_parts;
};

} // namespace confidant::crm
