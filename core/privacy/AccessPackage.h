#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/report/MarkdownPdf.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QIODevice;

namespace confidant::crm {
class FieldRegistry;
}
namespace confidant::security {
struct Actor;
class MutationGate;
} // namespace confidant::security
namespace confidant::storage {
class Vault;
}

namespace confidant::privacy {

//! The formats an access package is written in (any combination).
struct AccessFormats
{
    bool json = true;
    bool csv = true;
    bool pdf = true;

    bool any() const
    {
        return json || csv || pdf;
    }
    //! "json,csv,pdf" (the ones chosen, in that order).
    QString names() const;
    //! Parses "json,csv,pdf" (any order, any case); nullopt on an unknown or empty list.
    static std::optional<AccessFormats> fromNames(const QString& list);
};

//! What to put into a package and how to report on the work.
struct AccessOptions
{
    //! Art. 15(4): mentions of the person in other records are included only when the officer decides so.
    bool includeMentions = false;
    //! The request the package answers ("R-2026-0001"); empty: none. Unknown: NotFound.
    QString requestReference;
    //! Called with (done, total) steps; from the calling thread.
    std::function<void(int, int)> progress;
    //! Polled between steps; true cancels (ErrorKind::Cancelled, nothing left on disk).
    std::function<bool()> cancelled;
};

//! How an existing package in the target folder is treated.
struct AccessWriteOptions
{
    //! Replace the files of an earlier package in the folder instead of refusing (Conflict).
    bool force = false;
};

//! What a package will hold: the number of records per section ("activities" → 1000).
struct AccessPreview
{
    QString contactUid;
    //! Section key → count, in the order of `AccessPackage::sectionKeys()`.
    QMap<QString, int> counts;
    int total() const;
};

//! Everything the vault holds about one person, as one JSON document (the canonical form: CSV and the
//! PDF report are renderings of it).
struct SubjectPackage
{
    QString contactUid;
    QJsonObject json;
    QMap<QString, int> counts;
    bool includesMentions = false;
};

//! One file of a written package.
struct WrittenFile
{
    QString fileName; //!< "access.json", "activities.csv", "access-report.pdf"
    QString path; //!< absolute
    QString format; //!< "json", "csv", "pdf"
    QString sha256; //!< lower-case hex
    qint64 bytes = 0;
};

//! The subject access and portability package (Art. 15, 20 GDPR; CCPA right to know): preview, build,
//! and write as JSON (docs/access-package.schema.json), CSV per section and a PDF report.
//! Needs "handle requests": answering a data-subject request is the privacy officer's task, and the
//! package holds more than a bulk export (consent evidence, requests, mentions). Building is a read;
//! writing is audited as `subject.access` with the counts, never a value.
//! Contact and company fields, and the columns of the deals, activities, consent events and requests
//! sections, are read by walking the field registry, so a new registry field is in the package without any
//! change here; a field this code cannot read fails the build instead of being left out.
class AccessPackage
{
    Q_DECLARE_TR_FUNCTIONS(AccessPackage)

public:
    static constexpr int kSchemaVersion = 1;
    //! The JSON Schema's $id, written as "$schema" into every package.
    static const char* const kSchemaId;

    //! Renders Markdown to PDF (report::MarkdownPdf::write); core has no Qt GUI, so the app provides it.
    using PdfRenderer = std::function<Result<int>(const QString&, const report::PdfOptions&, QIODevice&)>;

    AccessPackage(security::MutationGate& gate, const Clock& clock, const crm::FieldRegistry& fields);

    void setPdfRenderer(PdfRenderer renderer)
    {
        m_pdf = std::move(renderer);
    }

    //! The section keys in package order: "contact", "companies", "deals", "activities", "tags",
    //! "consent_events", "notice_acknowledgements", "purposes", "recipients", "retention", "source",
    //! "requests", "rectifications", "processing_marks", "mentions".
    static QStringList sectionKeys();
    //! The CSV file of a section ("activities" → "activities.csv").
    static QString csvFileName(const QString& section);
    //! Every file name a package may have in its folder.
    static QStringList packageFileNames();

    //! Counts per section for the contact with `contactUid`. NotFound for an unknown contact.
    Result<AccessPreview> preview(const QString& contactUid, const AccessOptions& options = {});
    //! Reads everything about the contact. NotFound for an unknown contact or request; Cancelled.
    Result<SubjectPackage> build(const QString& contactUid, const AccessOptions& options = {});
    //! Writes `package` into `directory` (created when missing) in `formats`: audited first, then every file
    //! as "NAME.part" (owner-only; one left by a package that died is replaced), then renamed; on any failure
    //! or a cancel nothing of it is left (the audit entry stays once written). Conflict
    //! when the folder already holds a package and `writeOptions.force` is off. Returns the files with
    //! their SHA-256, for the request register.
    Result<QList<WrittenFile>> write(const SubjectPackage& package,
                                     const QString& directory,
                                     const AccessFormats& formats,
                                     const AccessWriteOptions& writeOptions = {},
                                     const AccessOptions& options = {});

    //! The registry fields (as "entity.name") that `json` lacks: contact fields in contact.fields, company
    //! fields in every entry of companies[].fields, deal, activity, consent and request fields in every
    //! record of their section (and every field of an entity no section shows). Empty for every package
    //! `build` makes.
    static QStringList missingRegistryFields(const QJsonObject& json, const crm::FieldRegistry& fields);
    //! The Markdown of the PDF report (translated headings).
    static QString markdownReport(const SubjectPackage& package);
    //! The CSV files of the package: file name → RFC 4180 UTF-8 bytes with a header row.
    static QMap<QString, QByteArray> csvFiles(const SubjectPackage& package);

private:
    security::MutationGate& m_gate;
    const Clock& m_clock;
    const crm::FieldRegistry& m_fields;
    PdfRenderer m_pdf;
};

//! Building an access package on a worker thread (the session's services are single-threaded): a
//! WorkerGate (its own connection, audit trail and the session's profile) and an AccessPackage on it, so
//! that `build` checks "handle requests" there and audits a refusal. Open it on the worker thread.
class AccessPackageWorker
{
public:
    static Result<std::unique_ptr<AccessPackageWorker>> open(const storage::Vault& vault,
                                                             const security::Actor& actor,
                                                             const Clock& clock,
                                                             const crm::FieldRegistry& fields);
    ~AccessPackageWorker();
    AccessPackageWorker(const AccessPackageWorker&) = delete;
    AccessPackageWorker& operator=(const AccessPackageWorker&) = delete;

    AccessPackage& access();

private:
    AccessPackageWorker();
    struct Parts;
    std::unique_ptr<Parts> m_parts;
};

} // namespace confidant::privacy
