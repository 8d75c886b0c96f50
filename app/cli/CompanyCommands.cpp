#include "CompanyCommands.h"

#include "core/crm/CompanyService.h"

#include <QJsonArray>
#include <QJsonObject>

#include "CommandContext.h"
#include "Formatting.h"

namespace confidant::cli {

namespace {

constexpr int kDefaultLimit = 100;
constexpr int kMaxLimit = 10000;

const QString kSource = QStringLiteral("manual:cli");

constexpr const char* kFieldOptions[]
    = {"name", "domain", "phone", "notes", "street", "postcode", "city", "region", "country"};

//! Only the options given change a field.
void applyOptions(const Invocation& args, crm::Company& c)
{
    QString* const fields[]
        = {&c.name, &c.domain, &c.phone, &c.notes, &c.street, &c.postcode, &c.city, &c.region, &c.country};
    for (std::size_t i = 0; i < std::size(kFieldOptions); ++i) {
        if (const auto value = args.value(QLatin1String(kFieldOptions[i]))) {
            *fields[i] = *value;
        }
    }
    // --tag replaces the whole list (like contact edit); --clear-tags empties it.
    if (args.flag(QStringLiteral("clear-tags"))) {
        c.tags.clear();
    }
    if (args.has(QStringLiteral("tag"))) {
        c.tags.clear();
        for (const QString& tag : args.values(QStringLiteral("tag"))) {
            if (!tag.trimmed().isEmpty() && !c.tags.contains(tag.trimmed(), Qt::CaseInsensitive)) {
                c.tags.append(tag.trimmed());
            }
        }
    }
}

QJsonObject companyJson(const crm::Company& c)
{
    return {{QStringLiteral("uid"), c.uid},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("domain"), c.domain},
            {QStringLiteral("phone"), c.phone},
            {QStringLiteral("street"), c.street},
            {QStringLiteral("postcode"), c.postcode},
            {QStringLiteral("city"), c.city},
            {QStringLiteral("region"), c.region},
            {QStringLiteral("country"), c.country},
            {QStringLiteral("notes"), c.notes},
            {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
            {QStringLiteral("source"), c.source},
            {QStringLiteral("created_at"), Formatting::isoTime(c.createdAtMs)},
            {QStringLiteral("updated_at"), Formatting::isoTime(c.updatedAtMs)}};
}

} // namespace

int CompanyCommands::add(CommandContext& ctx)
{
    if (!ctx.args().has(QStringLiteral("name"))) {
        return ctx.usage(tr("company add needs --name; see confidant-cli company add --help."));
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    crm::Company company;
    applyOptions(ctx.args(), company);
    company.source = kSource;
    auto created = session->companies().create(company);
    if (!created) {
        return ctx.fail(created.error());
    }
    if (ctx.out().json()) {
        ctx.out().document({{QStringLiteral("uid"), created->uid}});
    } else {
        ctx.out().line(created->uid);
    }
    return 0;
}

int CompanyCommands::show(CommandContext& ctx)
{
    const auto uid = Formatting::uidArgument(ctx, QStringLiteral("COMPANY"));
    if (!uid) {
        return ctx.exitCode();
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto company = session->companies().getByUid(*uid);
    if (!company) {
        return ctx.fail(company.error());
    }
    const crm::Company& c = *company;
    Output& out = ctx.out();
    if (out.json()) {
        out.document(companyJson(c));
        return 0;
    }
    QList<QStringList> rows {{tr("Uid:"), c.uid}, {tr("Name:"), c.name}};
    auto add = [&rows](const QString& label, const QString& value) {
        if (!value.trimmed().isEmpty()) {
            rows.append({label, value});
        }
    };
    add(tr("Domain:"), c.domain);
    add(tr("Phone:"), c.phone);
    add(tr("Street:"), c.street);
    add(tr("Postcode:"), c.postcode);
    add(tr("City:"), c.city);
    add(tr("Region:"), c.region);
    add(tr("Country:"), c.country);
    add(tr("Tags:"), c.tags.join(QStringLiteral(", ")));
    const QStringList notes = c.notes.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < notes.size(); ++i) {
        add(i == 0 ? tr("Notes:") : QString(), notes.at(i));
    }
    add(tr("Source:"), c.source);
    add(tr("Created:"), Formatting::isoTime(c.createdAtMs));
    add(tr("Updated:"), Formatting::isoTime(c.updatedAtMs));
    out.table({}, rows);
    return 0;
}

int CompanyCommands::list(CommandContext& ctx)
{
    const Invocation& args = ctx.args();
    crm::CompanyQuery query;
    const auto limit = ctx.intOption(QStringLiteral("limit"), kDefaultLimit, 1, kMaxLimit);
    if (!limit) {
        return ctx.exitCode();
    }
    query.limit = static_cast<int>(*limit);
    const QString sort = args.value(QStringLiteral("sort")).value_or(QStringLiteral("name"));
    if (sort == QLatin1String("name")) {
        query.sort = crm::CompanySort::Name;
    } else if (sort == QLatin1String("updated")) {
        query.sort = crm::CompanySort::RecentlyUpdated;
    } else {
        return ctx.usage(tr("--sort takes name or updated."));
    }
    query.search = args.value(QStringLiteral("search")).value_or(QString());
    query.tag = args.value(QStringLiteral("tag")).value_or(QString());
    query.after = args.value(QStringLiteral("after")).value_or(QString());
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto page = session->companies().list(query);
    if (!page) {
        // A cursor from another list or sort would skip rows: a usage error, never a silent restart.
        if (page.error().kind == ErrorKind::Invalid && !query.after.isEmpty()) {
            return ctx.usage(tr("--after takes the cursor printed by the previous company list with the same --sort "
                                "and --search."));
        }
        return ctx.fail(page.error());
    }
    Output& out = ctx.out();
    if (out.json()) {
        QJsonArray rows;
        for (const auto& r : page->rows) {
            rows.append(QJsonObject {{QStringLiteral("uid"), r.uid},
                                     {QStringLiteral("name"), r.name},
                                     {QStringLiteral("domain"), r.domain},
                                     {QStringLiteral("phone"), r.phone},
                                     {QStringLiteral("city"), r.city},
                                     {QStringLiteral("contacts"), r.contactCount},
                                     {QStringLiteral("updated_at"), Formatting::isoTime(r.updatedAtMs)}});
        }
        out.document({{QStringLiteral("companies"), rows},
                      {QStringLiteral("next_cursor"),
                       page->nextCursor.isEmpty() ? QJsonValue() : QJsonValue(page->nextCursor)}});
        return 0;
    }
    if (page->rows.isEmpty()) {
        out.line(tr("No companies."));
        return 0;
    }
    QList<QStringList> rows;
    for (const auto& r : page->rows) {
        rows.append({r.uid, r.name, r.domain, r.phone, r.city, QString::number(r.contactCount)});
    }
    out.table({tr("UID"), tr("NAME"), tr("DOMAIN"), tr("PHONE"), tr("CITY"), tr("CONTACTS")}, rows);
    if (!page->nextCursor.isEmpty()) {
        out.line(tr("Next page: --after %1").arg(page->nextCursor));
    }
    return 0;
}

int CompanyCommands::edit(CommandContext& ctx)
{
    bool changes = ctx.args().has(QStringLiteral("tag")) || ctx.args().has(QStringLiteral("clear-tags"));
    for (const char* name : kFieldOptions) {
        changes = changes || ctx.args().has(QLatin1String(name));
    }
    if (!changes) {
        return ctx.usage(
            tr("company edit needs at least one option to change; see confidant-cli company edit --help."));
    }
    const auto uid = Formatting::uidArgument(ctx, QStringLiteral("COMPANY"));
    if (!uid) {
        return ctx.exitCode();
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto company = session->companies().getByUid(*uid);
    if (!company) {
        return ctx.fail(company.error());
    }
    crm::Company changed = *company;
    applyOptions(ctx.args(), changed);
    auto updated = session->companies().update(changed);
    if (!updated) {
        return ctx.fail(updated.error());
    }
    if (ctx.out().json()) {
        ctx.out().document({{QStringLiteral("uid"), updated->uid}});
    } else {
        ctx.out().line(tr("Updated the company %1.").arg(updated->uid));
    }
    return 0;
}

int CompanyCommands::remove(CommandContext& ctx)
{
    const auto uid = Formatting::uidArgument(ctx, QStringLiteral("COMPANY"));
    if (!uid) {
        return ctx.exitCode();
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto company = session->companies().getByUid(*uid);
    if (!company) {
        return ctx.fail(company.error());
    }
    if (auto r = session->companies().remove(company->id); !r) {
        return ctx.fail(r.error());
    }
    if (ctx.out().json()) {
        ctx.out().document({{QStringLiteral("uid"), company->uid}, {QStringLiteral("deleted"), true}});
    } else {
        ctx.out().line(tr("Deleted the company %1; its contacts were kept, without a company.").arg(company->uid));
    }
    return 0;
}

} // namespace confidant::cli
