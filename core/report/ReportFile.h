#pragma once

#include "core/Result.h"
#include "core/report/MarkdownPdf.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QIODevice;

namespace confidant::report {

//! The file formats a report is saved in.
enum class ReportFormat
{
    Markdown,
    Csv,
    Pdf,
};

//! Saves reports (privacy policy, records of processing) the same way for the CLI and the GUI: through
//! storage::SafeFile, owner-only (0600) before the first byte is written, never through a link, and put in
//! place over the target in one step when complete. When writing fails nothing is left, and an existing file
//! at the target stays as it was.
class ReportFile
{
    Q_DECLARE_TR_FUNCTIONS(ReportFile)

public:
    //! "md", "csv", "pdf": the CLI's --format values and the file suffixes.
    static QString formatName(ReportFormat format);
    //! The format of "md" (or "markdown"), "csv" or "pdf", ignoring case; nullopt for anything else.
    static std::optional<ReportFormat> formatFromName(const QString& name);

    //! Calls `writer` with the open temporary file and commits it to `path` when it succeeds.
    static Result<void> write(const QString& path, const std::function<Result<void>(QIODevice&)>& writer);
    //! Writes `bytes` as they are.
    static Result<void> writeBytes(const QString& path, const QByteArray& bytes);
    //! Writes a Markdown report as UTF-8 Markdown, or rendered to PDF with `pdf` (title and generation
    //! time in every page's footer). Returns the page count for PDF, 0 for Markdown. CSV is not a rendering
    //! of Markdown: write it with `writeBytes`.
    static Result<int>
    writeMarkdown(const QString& path, ReportFormat format, const QString& markdown, const PdfOptions& pdf);
};

} // namespace confidant::report
