#include "PolicyCommands.h"

#include "core/privacy/PolicyGenerator.h"
#include "core/privacy/PrivacyConfiguration.h"
#include "core/privacy/RopaReport.h"
#include "core/report/ReportFile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include "CommandContext.h"

namespace confidant::cli {

namespace {

using Kind = OptionSpec::Kind;

//! Where and how a report goes: parsed before the vault is unlocked, so that nobody types a passphrase
//! for a command line that cannot work.
struct Target
{
    QString format;
    QString path; //!< absolute; empty: standard output
};

std::optional<Target> target(CommandContext& ctx, const QStringList& formats, const QStringList& stdoutFormats)
{
    Target t;
    t.format = ctx.args().value(QStringLiteral("format")).value_or(formats.first()).trimmed().toLower();
    if (t.format == QLatin1String("markdown")) {
        t.format = QStringLiteral("md");
    }
    if (!formats.contains(t.format)) {
        ctx.usage(PolicyCommands::tr("--format takes %1.").arg(formats.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    if (const auto out = ctx.args().value(QStringLiteral("out"))) {
        t.path = QDir::cleanPath(QFileInfo(*out).absoluteFilePath());
        const QFileInfo info(t.path);
        if (info.isDir()) {
            ctx.usage(PolicyCommands::tr("--out names a folder; give a file name."));
            return std::nullopt;
        }
        if (info.exists() && !ctx.args().flag(QStringLiteral("force"))) {
            ctx.fail(makeError(ErrorKind::Conflict,
                               PolicyCommands::tr("The file given with --out exists already; nothing was written. Add "
                                                  "--force to replace it.")));
            return std::nullopt;
        }
    } else if (!stdoutFormats.contains(t.format)) {
        ctx.usage(PolicyCommands::tr("--format %1 needs --out FILE.").arg(t.format));
        return std::nullopt;
    }
    return t;
}

//! Writes `markdown` as Markdown or PDF (or `csv` as it is) to the target, owner-only and atomically
//! (report::ReportFile); returns the page count for PDF.
Result<int>
writeReport(const Target& t, const QString& title, const QString& markdown, const QByteArray& csv, const Clock& clock)
{
    const auto format = report::ReportFile::formatFromName(t.format);
    Q_ASSERT(format); // `target` accepted only known formats
    if (format == report::ReportFormat::Csv) {
        auto r = report::ReportFile::writeBytes(t.path, csv);
        if (!r) {
            return r.error();
        }
        return 0;
    }
    return report::ReportFile::writeMarkdown(
        t.path, format.value_or(report::ReportFormat::Markdown), markdown, {title, clock.nowUtc()});
}

Result<privacy::PrivacyConfiguration> configuration(Session& session, const QString& language)
{
    return privacy::PrivacyConfiguration::load(session.purposes(),
                                               session.processors(),
                                               session.controller(),
                                               session.fieldSettings(),
                                               session.notices(),
                                               language);
}

std::vector<OptionSpec> outputOptions(const char* formatHelp)
{
    return {
        {"format", Kind::Value, "FORMAT", formatHelp},
        {"out", Kind::Value, "FILE", QT_TRANSLATE_NOOP("CommandHelp", "write to FILE (mode 0600) instead of stdout")},
        {"force", Kind::Flag, nullptr, QT_TRANSLATE_NOOP("CommandHelp", "replace FILE if it exists")},
    };
}

} // namespace

std::vector<CommandSpec> PolicyCommands::commands()
{
    std::vector<OptionSpec> policyOptions = outputOptions(QT_TRANSLATE_NOOP("CommandHelp", "md (default) or pdf"));
    policyOptions.push_back(
        {"language",
         Kind::Value,
         "LANG",
         QT_TRANSLATE_NOOP("CommandHelp", "the notice language the policy belongs to (default en)")});
    return {
        {"policy generate",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "a privacy-policy draft built from the vault's configuration, listing what is missing at "
                           "the top; Markdown on stdout, or a file (PDF needs --out)"),
         policyOptions,
         &PolicyCommands::policy},
        {"ropa generate",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "the records of processing activities (Art. 30 GDPR), one per purpose; Markdown or CSV on "
                           "stdout, or a file (PDF needs --out)"),
         outputOptions(QT_TRANSLATE_NOOP("CommandHelp", "md (default), csv or pdf")),
         &PolicyCommands::ropa},
    };
}

bool PolicyCommands::needsGuiApplication(const QStringList& arguments)
{
    auto asksPdf = [](const QString& value) {
        const QStringList formats = value.toLower().split(QLatin1Char(','));
        return formats.contains(QStringLiteral("pdf"));
    };
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QLatin1String("--")) {
            return false;
        }
        if (a.startsWith(QLatin1String("--format=")) && asksPdf(a.mid(9))) {
            return true;
        }
        if (a == QLatin1String("--format") && i + 1 < arguments.size() && asksPdf(arguments.at(i + 1))) {
            return true;
        }
    }
    return false;
}

int PolicyCommands::policy(CommandContext& ctx)
{
    const auto t = target(ctx, {QStringLiteral("md"), QStringLiteral("pdf")}, {QStringLiteral("md")});
    if (!t) {
        return ctx.exitCode();
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto config = configuration(*session, ctx.args().value(QStringLiteral("language")).value_or(QStringLiteral("en")));
    if (!config) {
        return ctx.fail(config.error());
    }
    const privacy::PolicyDraft draft = privacy::PolicyGenerator::generate(*config);
    Output& out = ctx.out();
    if (t->path.isEmpty()) {
        if (out.json()) {
            out.document({{QStringLiteral("markdown"), draft.markdown},
                          {QStringLiteral("missing"), QJsonArray::fromStringList(draft.missing)}});
        } else {
            out.raw(draft.markdown.toUtf8().toStdString());
        }
    } else {
        auto pages = writeReport(*t, tr("Privacy policy"), draft.markdown, {}, ctx.clock());
        if (!pages) {
            return ctx.fail(pages.error());
        }
        if (out.json()) {
            QJsonObject doc {{QStringLiteral("path"), t->path},
                             {QStringLiteral("format"), t->format},
                             {QStringLiteral("missing"), QJsonArray::fromStringList(draft.missing)}};
            if (t->format == QLatin1String("pdf")) {
                doc.insert(QStringLiteral("pages"), *pages);
            }
            out.document(doc);
        } else {
            out.line(tr("Wrote the privacy-policy draft to %1.").arg(t->path));
        }
    }
    if (!draft.missing.isEmpty() && !out.json()) {
        Output::message(
            tr("Missing from the configuration: %1; see the list at the top of the draft.").arg(draft.missing.size()));
    }
    return 0;
}

int PolicyCommands::ropa(CommandContext& ctx)
{
    const auto t = target(ctx,
                          {QStringLiteral("md"), QStringLiteral("csv"), QStringLiteral("pdf")},
                          {QStringLiteral("md"), QStringLiteral("csv")});
    if (!t) {
        return ctx.exitCode();
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto config = configuration(*session, QStringLiteral("en"));
    if (!config) {
        return ctx.fail(config.error());
    }
    const QString markdown = t->format == QLatin1String("csv") ? QString() : privacy::RopaReport::markdown(*config);
    const QByteArray csv = t->format == QLatin1String("csv") ? privacy::RopaReport::csv(*config) : QByteArray();
    Output& out = ctx.out();
    if (t->path.isEmpty()) {
        if (out.json()) {
            out.document({{t->format == QLatin1String("csv") ? QStringLiteral("csv") : QStringLiteral("markdown"),
                           t->format == QLatin1String("csv") ? QString::fromUtf8(csv) : markdown},
                          {QStringLiteral("records"), config->purposes.size()}});
        } else {
            out.raw(t->format == QLatin1String("csv") ? csv.toStdString() : markdown.toUtf8().toStdString());
        }
        return 0;
    }
    auto pages = writeReport(*t, tr("Records of processing activities"), markdown, csv, ctx.clock());
    if (!pages) {
        return ctx.fail(pages.error());
    }
    if (out.json()) {
        QJsonObject doc {{QStringLiteral("path"), t->path},
                         {QStringLiteral("format"), t->format},
                         {QStringLiteral("records"), config->purposes.size()}};
        if (t->format == QLatin1String("pdf")) {
            doc.insert(QStringLiteral("pages"), *pages);
        }
        out.document(doc);
    } else {
        out.line(tr("Wrote the records of processing (%1 purposes) to %2.").arg(config->purposes.size()).arg(t->path));
    }
    return 0;
}

} // namespace confidant::cli
