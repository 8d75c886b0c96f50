#include "FilterCommands.h"

#include "core/Session.h"
#include "core/crm/SavedFilterService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "CommandContext.h"
#include "Formatting.h"

namespace confidant::cli {

namespace {

std::optional<QString> entityOf(CommandContext& ctx, int& exit)
{
    const QString entity = ctx.args().value(QStringLiteral("entity")).value_or(QStringLiteral("contact"));
    if (entity != QLatin1String("contact") && entity != QLatin1String("company") && entity != QLatin1String("deal")) {
        exit = ctx.usage(FilterCommands::tr("--entity takes contact, company or deal."));
        return std::nullopt;
    }
    return entity;
}

} // namespace

int FilterCommands::list(CommandContext& ctx)
{
    QString entity;
    if (ctx.args().has(QStringLiteral("entity"))) {
        int exit = 0;
        const auto e = entityOf(ctx, exit);
        if (!e) {
            return exit;
        }
        entity = *e;
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto filters = session->savedFilters().list(entity);
    if (!filters) {
        return ctx.fail(filters.error());
    }
    Output& out = ctx.out();
    if (out.json()) {
        QJsonArray rows;
        for (const auto& f : *filters) {
            rows.append(QJsonObject {{QStringLiteral("uid"), f.uid},
                                     {QStringLiteral("name"), f.name},
                                     {QStringLiteral("entity"), f.entityType},
                                     {QStringLiteral("definition"), f.definition},
                                     {QStringLiteral("updated_at"), Formatting::isoTime(f.updatedAtMs)}});
        }
        out.document({{QStringLiteral("filters"), rows}});
        return 0;
    }
    QList<QStringList> rows;
    for (const auto& f : *filters) {
        rows.append(
            {f.name, f.entityType, QString::fromUtf8(QJsonDocument(f.definition).toJson(QJsonDocument::Compact))});
    }
    if (rows.isEmpty()) {
        Output::message(tr("No saved filters yet; add one with filter add NAME."));
        return 0;
    }
    out.table({tr("Name"), tr("For"), tr("Definition")}, rows);
    return 0;
}

int FilterCommands::add(CommandContext& ctx)
{
    int exit = 0;
    const auto entity = entityOf(ctx, exit);
    if (!entity) {
        return exit;
    }
    if (*entity != QLatin1String("contact")) {
        return ctx.usage(tr("Filters for companies and deals are saved from the GUI; filter add makes contact "
                            "filters."));
    }
    const Invocation& args = ctx.args();
    crm::ContactFilter filter;
    filter.search = args.value(QStringLiteral("search")).value_or(QString());
    filter.tags = args.values(QStringLiteral("tag"));
    filter.company = args.value(QStringLiteral("company")).value_or(QString());
    filter.city = args.value(QStringLiteral("city")).value_or(QString());
    filter.country = args.value(QStringLiteral("country")).value_or(QString());
    // CLI.md "Dates and times": a date alone from its start; "before" it leaves that day out.
    for (const auto& [option, target] :
         {std::pair {"updated-since", &filter.updatedSinceMs}, std::pair {"updated-before", &filter.updatedBeforeMs}}) {
        bool ok = true;
        if (const auto time = ctx.timeOption(QString::fromLatin1(option), ok)) {
            *target = time->atMs();
        }
        if (!ok) {
            return ctx.exitCode();
        }
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto created = session->savedFilters().createContactFilter(args.arguments.value(0), filter);
    if (!created) {
        return ctx.fail(created.error());
    }
    if (ctx.out().json()) {
        ctx.out().document({{QStringLiteral("uid"), created->uid}, {QStringLiteral("name"), created->name}});
    } else {
        ctx.out().line(created->uid);
    }
    return 0;
}

int FilterCommands::remove(CommandContext& ctx)
{
    int exit = 0;
    const auto entity = entityOf(ctx, exit);
    if (!entity) {
        return exit;
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    if (auto r = session->savedFilters().remove(*entity, ctx.args().arguments.value(0)); !r) {
        return ctx.fail(r.error());
    }
    if (ctx.out().json()) {
        ctx.out().document({{QStringLiteral("deleted"), true}});
    } else {
        Output::message(tr("Filter deleted."));
    }
    return 0;
}

} // namespace confidant::cli
