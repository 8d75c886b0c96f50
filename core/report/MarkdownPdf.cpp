#include "MarkdownPdf.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QIODevice>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace confidant::report {

namespace {

constexpr int kResolution = 300; // dots per inch of the PDF's coordinate system
constexpr qreal kMarginMm = 20.0;
constexpr qreal kBodyPointSize = 10.0;
constexpr qreal kFooterPointSize = 8.0;

} // namespace

Result<int> MarkdownPdf::write(const QString& markdown, const PdfOptions& options, QIODevice& out)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        return makeError(ErrorKind::Unsupported,
                         tr("PDF output is not available in this program."),
                         QStringLiteral("MarkdownPdf needs a QGuiApplication"));
    }
    if (!out.isWritable()) {
        return makeError(ErrorKind::Io, tr("The PDF could not be written."), QStringLiteral("device not writable"));
    }
    QPdfWriter writer(&out);
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                     QPageLayout::Portrait,
                                     QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                                     QPageLayout::Millimeter));
    writer.setTitle(options.title);
    writer.setCreator(QStringLiteral("Confidant"));

    QPainter painter;
    if (!painter.begin(&writer)) {
        return makeError(ErrorKind::Io, tr("The PDF could not be written."), QStringLiteral("QPainter::begin failed"));
    }
    const qreal width = writer.width();
    const qreal height = writer.height();

    QFont footerFont = QGuiApplication::font();
    footerFont.setPointSizeF(kFooterPointSize);
    const QFontMetricsF footerMetrics(footerFont, &writer);
    const qreal footerHeight = footerMetrics.height() * 2.5;
    const qreal bodyHeight = height - footerHeight;

    // The document gets its layout only after the Markdown is in: a layout that exists while the importer
    // inserts the text lays out again after every insertion, which made the import quadratic in the length
    // of the text (a second for 1,000 activities in an access package). Asking for the layout afterwards and
    // setting the page size lays the whole document out once, with the PDF's metrics.
    QTextDocument doc;
    QFont bodyFont = QGuiApplication::font();
    bodyFont.setPointSizeF(kBodyPointSize);
    doc.setDefaultFont(bodyFont);
    doc.setDocumentMargin(0);
    doc.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setPageSize(QSizeF(width, bodyHeight));
    const int pages = doc.pageCount();

    const QString generated = options.generatedAt.isValid()
        ? tr("Generated %1").arg(options.generatedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")))
        : QString();
    const QString left = generated.isEmpty()
        ? options.title
        : (options.title.isEmpty() ? generated : options.title + QStringLiteral(" \u2014 ") + generated);
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !writer.newPage()) {
            painter.end();
            return makeError(ErrorKind::Io, tr("The PDF could not be written."), QStringLiteral("newPage failed"));
        }
        painter.save();
        painter.translate(0, -i * bodyHeight);
        // The clip in the context makes the layout draw only the blocks and table rows on this page, so
        // drawing all pages costs one pass over the document. The layout still draws all lines of a paragraph
        // that a page break splits; the painter's clip keeps those that belong to the next page out of this
        // page's footer.
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * bodyHeight, width, bodyHeight);
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(context.clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(footerFont);
        painter.setPen(QPen(Qt::gray, 0));
        const qreal ruleY = bodyHeight + footerMetrics.height() * 0.8;
        painter.drawLine(QPointF(0, ruleY), QPointF(width, ruleY));
        painter.setPen(Qt::black);
        const QRectF footer(0, ruleY, width, height - ruleY);
        const QString page = tr("Page %1 of %2").arg(i + 1).arg(pages);
        const qreal pageWidth = footerMetrics.horizontalAdvance(page) + footerMetrics.averageCharWidth() * 2;
        painter.drawText(footer.adjusted(0, 0, -pageWidth, 0),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         footerMetrics.elidedText(left, Qt::ElideRight, footer.width() - pageWidth));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, page);
    }
    if (!painter.end()) {
        return makeError(ErrorKind::Io, tr("The PDF could not be written."), QStringLiteral("QPainter::end failed"));
    }
    return pages;
}

} // namespace confidant::report
