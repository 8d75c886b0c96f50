#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/crm/DisabledFields.h"
#include "core/privacy/PurposeGate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class QIODevice;

namespace confidant::security {
struct Actor;
class MutationGate;
} // namespace confidant::security
namespace confidant::storage {
class Vault;
}

namespace confidant::crm {

class ContactService;
class FieldRegistry;
class SavedFilterService;

enum class ExportFormat
{
    Csv, //!< RFC 4180, UTF-8, header of field registry names (see ExportService::csvColumns)
    VCard, //!< vCard 4.0 (RFC 6350), one card per contact
};

//! Which contacts an export takes. Every set part narrows the selection; nothing set is every contact.
struct ExportSelection
{
    QStringList uids; //!< exactly these contacts (each must exist)
    QString tag; //!< contacts with this tag
    QString filterName; //!< contacts the saved contact filter of this name matches
    //! A purpose (name or uid): only the contacts the purpose gate keeps for it (the gated export).
    //! (Initialised here so that brace-initialised selections written before it need not name it.)
    QString purpose = {};
};

//! Every export of personal data leaves through here: the "export" permission is checked in core and every
//! export is audited (`contact.export`, its count, "format=…", and "purpose=<uid>" for a gated export).
//! A selection naming a purpose goes through the purpose gate (privacy::PurposeGate); one without leaves out
//! the restricted contacts (Art. 18), which preview() reports as left out. Fields an admin
//! switched off (setDisabledFieldsSource) are left out: no CSV column, no vCard property.
class ExportService
{
    Q_DECLARE_TR_FUNCTIONS(ExportService)

public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    ExportService(security::MutationGate& gate,
                  const FieldRegistry& fields,
                  const ContactService& contacts,
                  const SavedFilterService& filters);

    //! Checks the permission, selects the contacts, audits the export (their count) and only then writes them
    //! in `format` to `out` (family-name order), so that no byte of personal data reaches a file before its
    //! audit entry, even when the program dies while writing. Returns the number of contacts written.
    //! Refused, failed before the audit entry or cancelled before the first byte: nothing audited. Failed or
    //! cancelled later: the entry stays (it records an export whose file the caller removes). The caller
    //! discards what `out` holds on any failure and makes a file visible (storage::SafeFile::commit) only after
    //! this succeeded.
    Result<qint64> exportContacts(ExportFormat format,
                                  const ExportSelection& selection,
                                  QIODevice& out,
                                  const std::atomic_bool* cancel = nullptr,
                                  const Progress& progress = {});
    //! exportContacts as CSV.
    Result<qint64>
    contactsCsv(const ExportSelection& selection, QIODevice& out, const std::atomic_bool* cancel = nullptr)
    {
        return exportContacts(ExportFormat::Csv, selection, out, cancel);
    }

    //! The permission check of exportContacts alone (Denied, audited, without "export"), for hiding or
    //! refusing early; exportContacts checks again.
    Result<void> authorize(const ExportSelection& selection);

    //! How many contacts the selection takes (for "Export 42 contacts"); needs "view contacts".
    Result<qint64> count(const ExportSelection& selection) const;
    //! How the selection splits (for "42 contacts; left out: 3 without consent"): with a purpose, the
    //! contacts the gate keeps and how many it left out and why; without one, every selected contact is
    //! kept. Needs "view contacts".
    Result<privacy::GateReport> preview(const ExportSelection& selection) const;

    //! The purpose gate used for selections naming a purpose; without one such a selection is refused.
    //! An export on a worker sets one built on the worker's connection.
    void setPurposeGate(const privacy::PurposeGate* purposeGate)
    {
        m_purposeGate = purposeGate;
    }

    //! Where the switched-off fields come from (Session: privacy::FieldSettingsService::disabledKeys on the
    //! session's connection; a worker sets one reading its own). Asked once per write; without one every
    //! registry field is written.
    void setDisabledFieldsSource(DisabledFieldsSource source)
    {
        m_disabledFields = std::move(source);
    }
    //! The switched-off fields' keys ("contact.birthday"), as the source says now; empty without a source.
    Result<QSet<QString>> disabledFields() const;

    //! The CSV header row: `uid`, then the field registry's contact fields, each of `email` and `phone`
    //! followed by its labels column (`email_labels`, `phone_labels`: one label per value, "; "-joined,
    //! in the same order, so labels survive a round trip). A field in `disabled` ("contact.birthday") is left
    //! out, with its labels column.
    QStringList csvColumns(const QSet<QString>& disabled = {}) const;
    static QString formatName(ExportFormat format);

private:
    // The steps of exportContacts. Private: every export is checked and audited before the caller may
    // make its file visible.
    //! `beforeFirstByte` runs with the number of contacts selected, after every check and before anything is
    //! written to `out`; its failure writes nothing.
    Result<qint64> write(ExportFormat format,
                         const ExportSelection& selection,
                         QIODevice& out,
                         const std::atomic_bool* cancel,
                         const Progress& progress,
                         const std::function<Result<void>(qint64 count)>& beforeFirstByte) const;
    Result<void> recordExport(ExportFormat format, const ExportSelection& selection, qint64 count);
    Result<QList<qint64>> selectIds(const ExportSelection& selection) const;
    //! Those of `candidates` whose processing is restricted (Art. 18), in the candidates' order.
    Result<QList<qint64>> restrictedAmong(const QList<qint64>& candidates) const;
    //! The selection before the purpose gate.
    Result<QList<qint64>> selectCandidates(const ExportSelection& selection) const;
    Result<privacy::GateReport> gate(const ExportSelection& selection, const QList<qint64>& candidates) const;

    security::MutationGate& m_gate;
    const FieldRegistry& m_fields;
    const ContactService& m_contacts;
    const SavedFilterService& m_filters;
    const privacy::PurposeGate* m_purposeGate = nullptr;
    DisabledFieldsSource m_disabledFields;
};

//! An export on a worker thread (the session's services are single-threaded): a WorkerGate (its own
//! connection, audit trail and the session's profile) and, built on it as the session builds its own, the
//! contacts, saved filters, purpose gate and field settings the ExportService reads. Open it on the worker
//! thread; exportContacts there checks the permission and writes the audit entry on that gate.
class ExportWorker
{
public:
    static Result<std::unique_ptr<ExportWorker>>
    open(const storage::Vault& vault, const security::Actor& actor, const Clock& clock, const FieldRegistry& fields);
    ~ExportWorker();
    ExportWorker(const ExportWorker&) = delete;
    ExportWorker& operator=(const ExportWorker&) = delete;

    ExportService& exports();

private:
    ExportWorker();
    struct Parts;
    std::unique_ptr<Parts> m_parts;
};

} // namespace confidant::crm
