#include "ReportFile.h"

#include "core/storage/SafeFile.h"

namespace confidant::report {

QString ReportFile::formatName(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Markdown:
        return QStringLiteral("md");
    case ReportFormat::Csv:
        return QStringLiteral("csv");
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

std::optional<ReportFormat> ReportFile::formatFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("md") || n == QLatin1String("markdown")) {
        return ReportFormat::Markdown;
    }
    if (n == QLatin1String("csv")) {
        return ReportFormat::Csv;
    }
    if (n == QLatin1String("pdf")) {
        return ReportFormat::Pdf;
    }
    return std::nullopt;
}

Result<void> ReportFile::write(const QString& path, const std::function<Result<void>(QIODevice&)>& writer)
{
    // 0600 from its creation (before any byte is written), never through a link, no name until complete.
    storage::SafeFile file(path);
    if (auto opened = file.open(); !opened) {
        return makeError(ErrorKind::Io,
                         tr("Cannot create the output file; check that its folder exists and is writable."),
                         opened.error().detail);
    }
    if (auto r = writer(file.device()); !r) {
        return r; // discarded with `file`
    }
    if (auto committed = file.commit(storage::SafeFile::Existing::Replace); !committed) {
        return makeError(committed.error().kind == ErrorKind::DiskFull ? ErrorKind::DiskFull : ErrorKind::Io,
                         tr("The output file could not be written completely; check free space. Nothing was left "
                            "behind."),
                         committed.error().detail);
    }
    return {};
}

Result<void> ReportFile::writeBytes(const QString& path, const QByteArray& bytes)
{
    return write(path, [&bytes](QIODevice& device) -> Result<void> {
        if (device.write(bytes) != bytes.size()) {
            return makeError(ErrorKind::Io, tr("The output file could not be written."), device.errorString());
        }
        return {};
    });
}

Result<int>
ReportFile::writeMarkdown(const QString& path, ReportFormat format, const QString& markdown, const PdfOptions& pdf)
{
    if (format == ReportFormat::Csv) {
        return makeError(ErrorKind::Invalid,
                         tr("This report cannot be saved as CSV."),
                         QStringLiteral("writeMarkdown called with ReportFormat::Csv"));
    }
    if (format == ReportFormat::Markdown) {
        auto r = writeBytes(path, markdown.toUtf8());
        if (!r) {
            return r.error();
        }
        return 0;
    }
    int pages = 0;
    auto r = write(path, [&](QIODevice& device) -> Result<void> {
        auto written = MarkdownPdf::write(markdown, pdf, device);
        if (!written) {
            return written.error();
        }
        pages = *written;
        return {};
    });
    if (!r) {
        return r.error();
    }
    return pages;
}

} // namespace confidant::report
