#include "AccessCommands.h"

#include "core/privacy/AccessPackage.h"
#include "core/report/MarkdownPdf.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include "CommandContext.h"
#include "Formatting.h"
#include "Interrupt.h"

namespace confidant::cli {

namespace {

using Kind = OptionSpec::Kind;

} // namespace

std::vector<CommandSpec> AccessCommands::commands()
{
    return {
        {"subject access",
         "CONTACT",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "write everything the vault holds about a contact into DIR: access.json, one CSV per "
                           "section and access-report.pdf (docs/ACCESS-PACKAGE.md)"),
         {{"out",
           Kind::Value,
           "DIR",
           QT_TRANSLATE_NOOP("CommandHelp", "the folder to write into (created if missing)")},
          {"format",
           Kind::Value,
           "FORMATS",
           QT_TRANSLATE_NOOP("CommandHelp", "comma-separated json, csv, pdf (default: all three)")},
          {"request",
           Kind::Value,
           "REF",
           QT_TRANSLATE_NOOP("CommandHelp", "the request this answers: named in the package, files recorded on it")},
          {"include-mentions",
           Kind::Flag,
           nullptr,
           QT_TRANSLATE_NOOP("CommandHelp", "include mentions of the person in other records' free text")},
          {"force", Kind::Flag, nullptr, QT_TRANSLATE_NOOP("CommandHelp", "replace an access package already in DIR")}},
         &AccessCommands::access,
         "--out DIR"},
    };
}

bool AccessCommands::needsGuiApplication(const QStringList& arguments)
{
    bool subject = false;
    bool access = false;
    QString formats = QStringLiteral("pdf");
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QLatin1String("--")) {
            break;
        }
        if (a.startsWith(QLatin1String("--format="))) {
            formats = a.mid(9);
        } else if (a == QLatin1String("--format") && i + 1 < arguments.size()) {
            formats = arguments.at(++i);
        } else if (a == QLatin1String("subject") && !subject) {
            subject = true;
        } else if (subject && !access && a == QLatin1String("access")) {
            access = true;
        }
    }
    return subject && access && formats.toLower().split(QLatin1Char(',')).contains(QStringLiteral("pdf"));
}

int AccessCommands::access(CommandContext& ctx)
{
    const Invocation& args = ctx.args();
    const auto out = args.value(QStringLiteral("out"));
    if (!out || out->trimmed().isEmpty()) {
        return ctx.usage(tr("subject access needs --out DIR: the folder to write the package into."));
    }
    privacy::AccessFormats formats;
    if (const auto names = args.value(QStringLiteral("format"))) {
        const auto parsed = privacy::AccessFormats::fromNames(*names);
        if (!parsed) {
            return ctx.usage(tr("--format takes json, csv and pdf, separated by commas."));
        }
        formats = *parsed;
    }
    const auto uid = Formatting::uidArgument(ctx, QStringLiteral("CONTACT"));
    if (!uid) {
        return ctx.exitCode();
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    privacy::AccessPackage& access = session->access();
    access.setPdfRenderer(&report::MarkdownPdf::write);

    privacy::AccessOptions options;
    options.includeMentions = args.flag(QStringLiteral("include-mentions"));
    options.requestReference = args.value(QStringLiteral("request")).value_or(QString());
    // Ctrl+C cancels between steps; nothing of the package is left behind.
    Interrupt::Scope interrupt;
    options.cancelled = [] { return Interrupt::requested(); };

    auto package = access.build(*uid, options);
    if (!package) {
        return ctx.fail(package.error());
    }
    privacy::AccessWriteOptions writeOptions;
    writeOptions.force = args.flag(QStringLiteral("force"));
    auto written = access.write(*package, *out, formats, writeOptions, options);
    if (!written) {
        return ctx.fail(written.error());
    }
    // The request register keeps the hash of every file it produced.
    if (!options.requestReference.isEmpty()) {
        for (const privacy::WrittenFile& f : *written) {
            auto recorded = session->requests().addArtefact(
                options.requestReference, QStringLiteral("access-package"), f.fileName, f.sha256.toLatin1());
            if (!recorded) {
                for (const privacy::WrittenFile& w : *written) {
                    QFile::remove(w.path);
                }
                return ctx.fail(recorded.error());
            }
        }
    }

    Output& output = ctx.out();
    if (output.json()) {
        QJsonArray files;
        for (const privacy::WrittenFile& f : *written) {
            files.append(QJsonObject {{QStringLiteral("file"), f.fileName},
                                      {QStringLiteral("path"), f.path},
                                      {QStringLiteral("format"), f.format},
                                      {QStringLiteral("bytes"), f.bytes},
                                      {QStringLiteral("sha256"), f.sha256}});
        }
        QJsonObject counts;
        for (auto it = package->counts.cbegin(); it != package->counts.cend(); ++it) {
            counts.insert(it.key(), it.value());
        }
        output.document({{QStringLiteral("contact"), package->contactUid},
                         {QStringLiteral("request"),
                          options.requestReference.isEmpty() ? QJsonValue() : QJsonValue(options.requestReference)},
                         {QStringLiteral("mentions_included"), package->includesMentions},
                         {QStringLiteral("counts"), counts},
                         {QStringLiteral("files"), files}});
    } else {
        for (const privacy::WrittenFile& f : *written) {
            output.line(QStringLiteral("%1  %2").arg(f.sha256, f.path));
        }
        output.line(tr("Wrote the access package (%n file(s)).", nullptr, int(written->size())));
    }
    return 0;
}

} // namespace confidant::cli
