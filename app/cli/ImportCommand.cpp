#include "ImportCommand.h"

#include "core/crm/ImportService.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include "CommandContext.h"
#include "Interrupt.h"
#include <unistd.h>

#include <cstdio>

namespace confidant::cli {

namespace {

// How many matches and problems the human output lists one by one (all are counted).
constexpr int kListed = 1000;

QString delimiterName(QChar delimiter)
{
    if (delimiter == QLatin1Char(';')) {
        return QStringLiteral("semicolon");
    }
    if (delimiter == QLatin1Char('\t')) {
        return QStringLiteral("tab");
    }
    return QStringLiteral("comma");
}

QJsonObject previewJson(const crm::ImportPreview& p, const crm::ImportDecisions& decisions)
{
    QJsonArray columns;
    for (const auto& c : p.columns) {
        QJsonObject column {{QStringLiteral("header"), c.header},
                            {QStringLiteral("field"), c.field.isEmpty() ? QJsonValue() : QJsonValue(c.field)},
                            {QStringLiteral("target"), c.target}};
        if (!c.switchedOff.isEmpty()) {
            column.insert(QStringLiteral("switched_off"), c.switchedOff);
        }
        columns.append(column);
    }
    QJsonArray matches;
    for (const auto& m : p.matches) {
        matches.append(QJsonObject {
            {QStringLiteral("line"), m.line},
            {QStringLiteral("uid"), m.matchUid},
            {QStringLiteral("rule"), crm::ImportService::ruleName(m.rule)},
            {QStringLiteral("action"),
             decisions.actionFor(m.line) == crm::MatchAction::Merge ? QStringLiteral("merge") : QStringLiteral("skip")},
        });
    }
    QJsonArray problems;
    for (const auto& r : p.problems) {
        problems.append(QJsonObject {{QStringLiteral("line"), r.line},
                                     {QStringLiteral("reasons"), QJsonArray::fromStringList(r.problems)}});
    }
    QJsonArray suppressed;
    for (const qint64 line : p.suppressedLines) {
        suppressed.append(line);
    }
    QJsonObject o {
        {QStringLiteral("file"), p.fileName},
        {QStringLiteral("format"), crm::ImportService::formatName(p.format)},
        {QStringLiteral("rows"), p.rows},
        {QStringLiteral("new"), p.newCount},
        {QStringLiteral("matched"), p.matchCount},
        {QStringLiteral("problem_count"), p.problemCount},
        {QStringLiteral("suppressed_count"), p.suppressedCount},
        {QStringLiteral("matches"), matches},
        {QStringLiteral("problems"), problems},
        {QStringLiteral("suppressed_lines"), suppressed},
        {QStringLiteral("notes"), QJsonArray::fromStringList(p.notes)},
        {QStringLiteral("note_count"), p.noteCount},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(p.warnings)},
    };
    if (p.format == crm::ImportFormat::Csv) {
        o.insert(QStringLiteral("encoding"), p.encoding);
        o.insert(QStringLiteral("delimiter"), delimiterName(p.delimiter));
        o.insert(QStringLiteral("preset"), p.preset);
        o.insert(QStringLiteral("columns"), columns);
        o.insert(QStringLiteral("unmapped"), QJsonArray::fromStringList(p.unmapped));
    }
    return o;
}

void printPreview(Output& out, const crm::ImportPreview& p, const crm::ImportDecisions& decisions)
{
    if (p.format == crm::ImportFormat::Csv) {
        out.line(ImportCommand::tr("File: %1 (CSV, %2, %3; column names: %4)")
                     .arg(p.fileName, p.encoding, delimiterName(p.delimiter), p.preset));
        if (!p.unmapped.isEmpty()) {
            out.line(ImportCommand::tr("Columns not imported (map them with --mapping): %1")
                         .arg(p.unmapped.join(QStringLiteral(", "))));
        }
    } else {
        out.line(ImportCommand::tr("File: %1 (vCard)").arg(p.fileName));
    }
    for (const QString& warning : p.warnings) {
        out.line(ImportCommand::tr("Warning: %1").arg(warning));
    }
    out.line(ImportCommand::tr("Rows: %1").arg(p.rows));
    out.line(ImportCommand::tr("New: %1").arg(p.newCount));
    out.line(ImportCommand::tr("Matched: %1").arg(p.matchCount));
    QList<QStringList> rows;
    for (qsizetype i = 0; i < p.matches.size() && i < kListed; ++i) {
        const auto& m = p.matches[i];
        rows.append({ImportCommand::tr("  line %1").arg(m.line),
                     m.matchUid,
                     ImportCommand::tr("by %1").arg(crm::ImportService::ruleName(m.rule)),
                     decisions.actionFor(m.line) == crm::MatchAction::Merge ? ImportCommand::tr("merge")
                                                                            : ImportCommand::tr("skip")});
    }
    out.table({}, rows);
    if (p.matchCount > std::min<qint64>(p.matches.size(), kListed)) {
        out.line(ImportCommand::tr("  … and %1 more").arg(p.matchCount - std::min<qint64>(p.matches.size(), kListed)));
    }
    out.line(ImportCommand::tr("Problems: %1").arg(p.problemCount));
    for (qsizetype i = 0; i < p.problems.size() && i < kListed; ++i) {
        for (const QString& reason : p.problems[i].problems) {
            out.line(QStringLiteral("  ") + reason);
        }
    }
    if (p.problemCount > std::min<qint64>(p.problems.size(), kListed)) {
        out.line(
            ImportCommand::tr("  … and %1 more").arg(p.problemCount - std::min<qint64>(p.problems.size(), kListed)));
    }
    if (p.noteCount > 0) {
        out.line(ImportCommand::tr("Notes: %1").arg(p.noteCount));
        for (const QString& note : p.notes) {
            out.line(QStringLiteral("  ") + note);
        }
    }
    if (p.suppressedCount > 0) {
        QStringList lines;
        for (const qint64 line : p.suppressedLines) {
            lines.append(QString::number(line));
        }
        out.line(ImportCommand::tr("Suppressed (on the suppression list, never imported): %1, lines %2")
                     .arg(p.suppressedCount)
                     .arg(lines.join(QStringLiteral(", "))));
    }
}

} // namespace

int ImportCommand::run(CommandContext& ctx)
{
    const Invocation& args = ctx.args();
    crm::ImportOptions options;
    options.keepRows = kListed;
    if (const auto format = args.value(QStringLiteral("format"))) {
        if (*format == QLatin1String("csv")) {
            options.format = crm::ImportFormat::Csv;
        } else if (*format == QLatin1String("vcard")) {
            options.format = crm::ImportFormat::VCard;
        } else {
            return ctx.usage(tr("--format takes csv or vcard."));
        }
    }
    if (const auto encoding = args.value(QStringLiteral("encoding"))) {
        const QString e = encoding->toLower();
        if (e == QLatin1String("utf-8") || e == QLatin1String("utf8")) {
            options.encoding = io::TextEncoding::Utf8;
        } else if (e == QLatin1String("utf-16le")) {
            options.encoding = io::TextEncoding::Utf16LE;
        } else if (e == QLatin1String("utf-16be")) {
            options.encoding = io::TextEncoding::Utf16BE;
        } else {
            return ctx.usage(tr("--encoding takes utf-8, utf-16le or utf-16be."));
        }
    }
    if (const auto delimiter = args.value(QStringLiteral("delimiter"))) {
        if (*delimiter == QLatin1String("comma")) {
            options.delimiter = QLatin1Char(',');
        } else if (*delimiter == QLatin1String("semicolon")) {
            options.delimiter = QLatin1Char(';');
        } else if (*delimiter == QLatin1String("tab")) {
            options.delimiter = QLatin1Char('\t');
        } else {
            return ctx.usage(tr("--delimiter takes comma, semicolon or tab."));
        }
    }
    crm::ImportDecisions decisions;
    decisions.skipInvalid = args.flag(QStringLiteral("skip-invalid"));
    if (const auto onMatch = args.value(QStringLiteral("on-match"))) {
        if (*onMatch == QLatin1String("merge")) {
            decisions.defaultAction = crm::MatchAction::Merge;
        } else if (*onMatch != QLatin1String("skip")) {
            return ctx.usage(tr("--on-match takes skip or merge."));
        }
    }
    if (const auto mapping = args.value(QStringLiteral("mapping"))) {
        QFile file(*mapping);
        if (!file.open(QIODevice::ReadOnly)) {
            return ctx.fail(makeError(file.exists() ? ErrorKind::Io : ErrorKind::NotFound,
                                      tr("The mapping file cannot be read; check its path."),
                                      file.errorString()));
        }
        options.mappingJson = file.read(1024 * 1024);
    }
    const QString path = args.arguments.value(0);
    const QFileInfo info(path);
    if (!info.exists()) {
        return ctx.fail(makeError(ErrorKind::NotFound, tr("There is no file to import at that path; check it.")));
    }
    // A folder, a pipe or a device exists but is no file to import (exit 7, CLI.md "Exit codes"); it is never
    // opened, so a FIFO or /dev/zero cannot block or flood the import.
    if (!info.isFile()) {
        return ctx.fail(makeError(
            ErrorKind::Invalid,
            tr("That path is a folder, a pipe or a device, not a file; give a CSV or vCard file to import.")));
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    Output& out = ctx.out();
    const bool showProgress = !out.json() && ::isatty(STDERR_FILENO) == 1;
    auto progressFor = [showProgress](const QString& what) {
        return [showProgress, what](int percent) {
            if (showProgress) {
                std::fprintf(stderr, "\r%s", tr("%1: %2%").arg(what).arg(percent).toUtf8().constData());
                std::fflush(stderr);
            }
        };
    };
    auto endProgress = [showProgress] {
        if (showProgress) {
            std::fputs("\n", stderr);
        }
    };
    Interrupt::Scope interrupt; // Ctrl+C cancels the preview or the import; its transaction rolls back
    auto preview = session->imports().preview(path, options, Interrupt::flag(), progressFor(tr("Reading")));
    endProgress();
    if (!preview) {
        return ctx.fail(preview.error());
    }
    const bool dryRun = args.flag(QStringLiteral("dry-run"));
    const bool refused = preview->problemCount > 0 && !decisions.skipInvalid;
    QJsonObject json = previewJson(*preview, decisions);
    json.insert(QStringLiteral("dry_run"), dryRun);
    if (!out.json()) {
        printPreview(out, *preview, decisions);
    }
    if (refused || dryRun) {
        if (out.json()) {
            json.insert(QStringLiteral("imported"), QJsonValue());
            out.document(json);
        } else if (dryRun && !refused) {
            out.line(tr("Dry run: nothing was written."));
        }
        if (refused) {
            return ctx.fail(makeError(ErrorKind::Invalid,
                                      tr("Rows with problems: %1; nothing was imported. Fix them, or leave them out "
                                         "with --skip-invalid.")
                                          .arg(preview->problemCount)),
                            QString());
        }
        return 0;
    }
    auto result = session->imports().commit(*preview, decisions, Interrupt::flag(), progressFor(tr("Importing")));
    endProgress();
    if (!result) {
        if (result.error().kind == ErrorKind::Cancelled) {
            return ctx.fail(makeError(ErrorKind::Cancelled, tr("Import cancelled; the vault is as it was before.")));
        }
        return ctx.fail(result.error());
    }
    if (out.json()) {
        json.insert(QStringLiteral("imported"),
                    QJsonObject {{QStringLiteral("batch"), result->batchUid},
                                 {QStringLiteral("created"), result->created},
                                 {QStringLiteral("merged"), result->merged},
                                 {QStringLiteral("skipped"), result->skipped},
                                 {QStringLiteral("merged_fields"), QJsonArray::fromStringList(result->changedFields)}});
        out.document(json);
    } else {
        out.line(tr("Imported: %1 created, %2 merged, %3 skipped (import %4).")
                     .arg(result->created)
                     .arg(result->merged)
                     .arg(result->skipped)
                     .arg(result->batchUid));
    }
    return 0;
}

} // namespace confidant::cli
