#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QIODevice;

namespace confidant::report {

//! What goes around the text of a PDF report.
struct PdfOptions
{
    //! The document title: PDF metadata and the left part of every page's footer.
    QString title;
    //! Printed in the footer ("Generated 2026-01-01 09:30 UTC"); the caller's clock, for tests.
    QDateTime generatedAt;
};

//! Renders Markdown (GitHub dialect: headings, lists, tables, emphasis) to an A4 PDF with 20 mm margins and
//! a footer on every page (title, generation time, "Page N of M"), through QTextDocument and QPdfWriter.
//!
//! Needs a QGuiApplication (fonts and the paint engine live in Qt GUI); the CLI creates one on the
//! "offscreen" platform for the verbs that write PDF (docs/DECISIONS.md). That is why this is a library
//! of its own: confidant_core stays Qt Core only.
class MarkdownPdf
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownPdf)

public:
    //! Writes the PDF to `out` (open for writing) and returns the number of pages.
    static Result<int> write(const QString& markdown, const PdfOptions& options, QIODevice& out);
};

} // namespace confidant::report
