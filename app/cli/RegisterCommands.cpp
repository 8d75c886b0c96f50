#include "RegisterCommands.h"

#include "core/privacy/ControllerService.h"
#include "core/privacy/FieldSettingsService.h"
#include "core/privacy/ProcessorService.h"
#include "core/privacy/PurposeService.h"

#include <QJsonArray>
#include <QJsonObject>

#include "CommandContext.h"
#include "Formatting.h"

#include <algorithm>

namespace confidant::cli {

namespace {

using Kind = OptionSpec::Kind;
using privacy::Processor;

std::vector<OptionSpec> processorOptions(bool editing)
{
    std::vector<OptionSpec> options {
        {"name", Kind::Value, "NAME", QT_TRANSLATE_NOOP("CommandHelp", "the party's (new) name")},
        {"role",
         Kind::Value,
         "ROLE",
         QT_TRANSLATE_NOOP("CommandHelp", "processor, sub-processor, joint-controller, recipient or third-party")},
        {"country", Kind::Value, "CC", QT_TRANSLATE_NOOP("CommandHelp", "ISO 3166-1 alpha-2 code, e.g. DE or US")},
        {"safeguard",
         Kind::Value,
         "S",
         QT_TRANSLATE_NOOP("CommandHelp", "transfer safeguard: none, adequacy, sccs, bcrs or other")},
        {"safeguard-note", Kind::Value, "TEXT", QT_TRANSLATE_NOOP("CommandHelp", "what the safeguard is, in words")},
        {"dpa-signed",
         Kind::Value,
         "YYYY-MM-DD",
         QT_TRANSLATE_NOOP("CommandHelp", "when the data-processing agreement was signed")},
        {"dpa-reference", Kind::Value, "TEXT", QT_TRANSLATE_NOOP("CommandHelp", "where the agreement is kept")},
        {"contact", Kind::Value, "TEXT", QT_TRANSLATE_NOOP("CommandHelp", "how to reach them")},
        {"purpose",
         Kind::List,
         "PURPOSE",
         QT_TRANSLATE_NOOP("CommandHelp", "a purpose they serve (name or uid); repeat for several")},
    };
    if (editing) {
        options.push_back(
            {"clear-purposes", Kind::Flag, nullptr, QT_TRANSLATE_NOOP("CommandHelp", "they serve no purpose")});
    }
    return options;
}

QJsonObject processorJson(const Processor& p)
{
    QJsonArray purposes;
    for (const auto& s : p.purposes) {
        purposes.append(QJsonObject {{QStringLiteral("uid"), s.uid}, {QStringLiteral("name"), s.name}});
    }
    return {{QStringLiteral("uid"), p.uid},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("role"), Processor::roleName(p.role)},
            {QStringLiteral("country"), p.country},
            {QStringLiteral("transfer"), p.isTransfer()},
            {QStringLiteral("safeguard"), Processor::safeguardName(p.safeguard)},
            {QStringLiteral("safeguard_note"), p.safeguardNote},
            {QStringLiteral("dpa_signed_on"),
             p.dpaSignedOn.isValid() ? QJsonValue(p.dpaSignedOn.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("dpa_reference"), p.dpaReference},
            {QStringLiteral("contact"), p.contact},
            {QStringLiteral("purposes"), purposes},
            {QStringLiteral("archived"), p.archived},
            {QStringLiteral("created_at"), Formatting::isoTime(p.createdAtMs)},
            {QStringLiteral("updated_at"), Formatting::isoTime(p.updatedAtMs)}};
}

//! Applies the options given to `p` (an empty value clears a text); reports and returns false on an error.
bool applyProcessorOptions(CommandContext& ctx, Session& session, Processor& p)
{
    const Invocation& args = ctx.args();
    auto text = [&args](const char* name) { return args.value(QString::fromLatin1(name)).value_or(QString()); };
    if (args.has(QStringLiteral("name"))) {
        p.name = text("name");
    }
    if (args.has(QStringLiteral("role"))) {
        const auto role = Processor::roleFromName(text("role"));
        if (!role) {
            ctx.usage(RegisterCommands::tr(
                "--role takes processor, sub-processor, joint-controller, recipient or third-party."));
            return false;
        }
        p.role = *role;
    }
    if (args.has(QStringLiteral("country"))) {
        p.country = text("country");
    }
    if (args.has(QStringLiteral("safeguard"))) {
        const auto safeguard = Processor::safeguardFromName(text("safeguard"));
        if (!safeguard) {
            ctx.usage(RegisterCommands::tr("--safeguard takes none, adequacy, sccs, bcrs or other."));
            return false;
        }
        p.safeguard = *safeguard;
    }
    if (args.has(QStringLiteral("safeguard-note"))) {
        p.safeguardNote = text("safeguard-note");
    }
    // A calendar day (CLI.md "Dates and times"); empty clears it.
    bool ok = true;
    if (const auto day = ctx.dayOption(QStringLiteral("dpa-signed"), ok)) {
        p.dpaSignedOn = *day;
    }
    if (!ok) {
        return false;
    }
    if (args.has(QStringLiteral("dpa-reference"))) {
        p.dpaReference = text("dpa-reference");
    }
    if (args.has(QStringLiteral("contact"))) {
        p.contact = text("contact");
    }
    if (args.flag(QStringLiteral("clear-purposes"))) {
        p.purposes.clear();
    }
    if (args.has(QStringLiteral("purpose"))) {
        p.purposes.clear();
        for (const QString& name : args.values(QStringLiteral("purpose"))) {
            auto purpose = session.purposes().find(name);
            if (!purpose) {
                ctx.fail(purpose.error());
                return false;
            }
            p.purposes.append({purpose->id, purpose->uid, purpose->name});
        }
    }
    return true;
}

std::optional<bool> yesNo(CommandContext& ctx, const QString& option)
{
    const auto v = ctx.args().value(option);
    if (!v) {
        return std::nullopt;
    }
    if (*v == QLatin1String("yes")) {
        return true;
    }
    if (*v == QLatin1String("no")) {
        return false;
    }
    return std::nullopt;
}

QJsonObject controllerJson(const privacy::ControllerDetails& d)
{
    return {{QStringLiteral("name"), d.name},
            {QStringLiteral("address"), d.address},
            {QStringLiteral("email"), d.email},
            {QStringLiteral("phone"), d.phone},
            {QStringLiteral("dpo_name"), d.dpoName},
            {QStringLiteral("dpo_email"), d.dpoEmail},
            {QStringLiteral("no_dpo"), d.noDpo},
            {QStringLiteral("authority"), d.supervisoryAuthority},
            {QStringLiteral("updates"), d.updatesAnnouncement}};
}

} // namespace

std::vector<CommandSpec> RegisterCommands::commands()
{
    return {
        {"processor list",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp", "list the processors and other recipients, by name"),
         {{"all", Kind::Flag, nullptr, QT_TRANSLATE_NOOP("CommandHelp", "archived ones too")}},
         &RegisterCommands::processorList},
        {"processor show",
         "PROCESSOR",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp", "show an entry of the register (name or uid)"),
         {},
         &RegisterCommands::processorShow},
        {"processor add",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "add a processor or other recipient and print its uid (needs \"manage purposes\")"),
         processorOptions(false),
         &RegisterCommands::processorAdd,
         "--name NAME --role ROLE"},
        {"processor edit",
         "PROCESSOR",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "change the fields given; --purpose replaces the list; an empty value clears a text"),
         processorOptions(true),
         &RegisterCommands::processorEdit},
        {"processor archive",
         "PROCESSOR",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "archive an entry: it leaves the policy and the record, but stays in the vault"),
         {{"undo", Kind::Flag, nullptr, QT_TRANSLATE_NOOP("CommandHelp", "bring an archived entry back")}},
         &RegisterCommands::processorArchive},
        {"controller show",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp", "show the controller, DPO and supervisory authority details"),
         {},
         &RegisterCommands::controllerShow},
        {"controller set",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "change the details given; an empty value clears one (needs \"manage purposes\")"),
         {{"name", Kind::Value, "TEXT", QT_TRANSLATE_NOOP("CommandHelp", "the business's name")},
          {"address", Kind::Value, "TEXT", QT_TRANSLATE_NOOP("CommandHelp", "postal address; \\n separates lines")},
          {"email", Kind::Value, "EMAIL", QT_TRANSLATE_NOOP("CommandHelp", "where people exercise their rights")},
          {"phone", Kind::Value, "PHONE", QT_TRANSLATE_NOOP("CommandHelp", "phone number")},
          {"dpo-name", Kind::Value, "TEXT", QT_TRANSLATE_NOOP("CommandHelp", "data protection officer's name")},
          {"dpo-email", Kind::Value, "EMAIL", QT_TRANSLATE_NOOP("CommandHelp", "data protection officer's email")},
          {"no-dpo",
           Kind::Flag,
           nullptr,
           QT_TRANSLATE_NOOP("CommandHelp", "state that no data protection officer is appointed")},
          {"authority", Kind::Value, "TEXT", QT_TRANSLATE_NOOP("CommandHelp", "the supervisory authority")},
          {"updates", Kind::Value, "TEXT", QT_TRANSLATE_NOOP("CommandHelp", "how policy updates are announced")}},
         &RegisterCommands::controllerSet},
        {"field list",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "list the registry's fields: category, on or off, special category, purposes using them"),
         {{"entity", Kind::Value, "TYPE", QT_TRANSLATE_NOOP("CommandHelp", "only contact or company fields")}},
         &RegisterCommands::fieldList},
        {"field set",
         "KEY",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "switch an optional field off or on, or mark it as special-category data; KEY like "
                           "contact.birthday (needs \"manage purposes\")"),
         {{"enabled", Kind::Value, "yes|no", QT_TRANSLATE_NOOP("CommandHelp", "whether the field is used")},
          {"special", Kind::Value, "yes|no", QT_TRANSLATE_NOOP("CommandHelp", "special-category data (Art. 9)")}},
         &RegisterCommands::fieldSet},
    };
}

int RegisterCommands::processorList(CommandContext& ctx)
{
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto all = session->processors().list(ctx.args().flag(QStringLiteral("all")));
    if (!all) {
        return ctx.fail(all.error());
    }
    if (ctx.out().json()) {
        QJsonArray rows;
        for (const Processor& p : *all) {
            rows.append(processorJson(p));
        }
        ctx.out().document({{QStringLiteral("processors"), rows}});
        return 0;
    }
    if (all->isEmpty()) {
        ctx.out().line(tr("The register is empty; add an entry with: processor add."));
        return 0;
    }
    QList<QStringList> rows;
    for (const Processor& p : *all) {
        QStringList purposes;
        for (const auto& s : p.purposes) {
            purposes << s.name;
        }
        rows.append({p.name,
                     Processor::roleName(p.role),
                     p.country.isEmpty() ? QStringLiteral("-") : p.country,
                     p.isTransfer() ? Processor::safeguardName(p.safeguard) : QStringLiteral("-"),
                     p.dpaSignedOn.isValid() ? p.dpaSignedOn.toString(Qt::ISODate) : QStringLiteral("-"),
                     purposes.join(QStringLiteral(", ")),
                     p.uid});
    }
    ctx.out().table(
        {tr("NAME"), tr("ROLE"), tr("COUNTRY"), tr("TRANSFER"), tr("DPA SIGNED"), tr("PURPOSES"), tr("UID")}, rows);
    return 0;
}

int RegisterCommands::processorShow(CommandContext& ctx)
{
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto p = session->processors().find(ctx.args().arguments.value(0));
    if (!p) {
        return ctx.fail(p.error());
    }
    if (ctx.out().json()) {
        ctx.out().document(processorJson(*p));
        return 0;
    }
    QStringList purposes;
    for (const auto& s : p->purposes) {
        purposes << s.name;
    }
    QList<QStringList> rows {
        {tr("Uid:"), p->uid},
        {tr("Name:"), p->name},
        {tr("Role:"), Processor::roleLabel(p->role)},
        {tr("Country:"),
         p->country.isEmpty()
             ? QStringLiteral("-")
             : p->country + QStringLiteral(" (") + Processor::countryName(p->country) + QLatin1Char(')')},
        {tr("Transfer:"), p->isTransfer() ? tr("yes, outside the EEA") : tr("no")},
        {tr("Safeguard:"), Processor::safeguardLabel(p->safeguard)},
        {tr("Safeguard note:"), p->safeguardNote},
        {tr("DPA signed:"), p->dpaSignedOn.isValid() ? p->dpaSignedOn.toString(Qt::ISODate) : QString()},
        {tr("DPA reference:"), p->dpaReference},
        {tr("Contact:"), p->contact},
        {tr("Purposes:"), purposes.join(QStringLiteral(", "))},
        {tr("Archived:"), p->archived ? tr("yes") : tr("no")}};
    ctx.out().table({}, rows);
    return 0;
}

int RegisterCommands::processorAdd(CommandContext& ctx)
{
    if (!ctx.args().has(QStringLiteral("name")) || !ctx.args().has(QStringLiteral("role"))) {
        return ctx.usage(tr("processor add needs --name and --role; see confidant-cli processor add --help."));
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    Processor p;
    if (!applyProcessorOptions(ctx, *session, p)) {
        return ctx.exitCode();
    }
    auto created = session->processors().create(p);
    if (!created) {
        return ctx.fail(created.error());
    }
    if (ctx.out().json()) {
        ctx.out().document(processorJson(*created));
    } else {
        ctx.out().line(created->uid);
    }
    return 0;
}

int RegisterCommands::processorEdit(CommandContext& ctx)
{
    bool any = false;
    for (const auto& option : processorOptions(true)) {
        any = any || ctx.args().has(QLatin1String(option.name));
    }
    if (!any) {
        return ctx.usage(tr("processor edit needs at least one option to change; see confidant-cli processor edit "
                            "--help."));
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto before = session->processors().find(ctx.args().arguments.value(0));
    if (!before) {
        return ctx.fail(before.error());
    }
    Processor p = *before;
    if (!applyProcessorOptions(ctx, *session, p)) {
        return ctx.exitCode();
    }
    auto updated = session->processors().update(p);
    if (!updated) {
        return ctx.fail(updated.error());
    }
    if (ctx.out().json()) {
        ctx.out().document(processorJson(*updated));
    } else {
        ctx.out().line(tr("Updated the register entry %1.").arg(updated->uid));
    }
    return 0;
}

int RegisterCommands::processorArchive(CommandContext& ctx)
{
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto p = session->processors().find(ctx.args().arguments.value(0));
    if (!p) {
        return ctx.fail(p.error());
    }
    const bool archive = !ctx.args().flag(QStringLiteral("undo"));
    auto changed = session->processors().setArchived(p->id, archive);
    if (!changed) {
        return ctx.fail(changed.error());
    }
    if (ctx.out().json()) {
        ctx.out().document(processorJson(*changed));
    } else {
        ctx.out().line(archive ? tr("Archived the register entry %1.").arg(changed->uid)
                               : tr("Restored the register entry %1.").arg(changed->uid));
    }
    return 0;
}

int RegisterCommands::controllerShow(CommandContext& ctx)
{
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto d = session->controller().details();
    if (!d) {
        return ctx.fail(d.error());
    }
    if (ctx.out().json()) {
        ctx.out().document(controllerJson(*d));
        return 0;
    }
    auto orDash = [](const QString& s) {
        return s.isEmpty() ? QStringLiteral("-") : QString(s).replace(QLatin1Char('\n'), QStringLiteral(", "));
    };
    ctx.out().table({},
                    {{tr("Name:"), orDash(d->name)},
                     {tr("Address:"), orDash(d->address)},
                     {tr("Email:"), orDash(d->email)},
                     {tr("Phone:"), orDash(d->phone)},
                     {tr("DPO name:"), d->noDpo ? tr("none appointed") : orDash(d->dpoName)},
                     {tr("DPO email:"), orDash(d->dpoEmail)},
                     {tr("Authority:"), orDash(d->supervisoryAuthority)},
                     {tr("Updates:"), orDash(d->updatesAnnouncement)}});
    return 0;
}

int RegisterCommands::controllerSet(CommandContext& ctx)
{
    const Invocation& args = ctx.args();
    const QStringList names = {QStringLiteral("name"),
                               QStringLiteral("address"),
                               QStringLiteral("email"),
                               QStringLiteral("phone"),
                               QStringLiteral("dpo-name"),
                               QStringLiteral("dpo-email"),
                               QStringLiteral("no-dpo"),
                               QStringLiteral("authority"),
                               QStringLiteral("updates")};
    if (std::none_of(names.cbegin(), names.cend(), [&args](const QString& n) { return args.has(n); })) {
        return ctx.usage(tr("controller set needs at least one option; see confidant-cli controller set --help."));
    }
    if (args.flag(QStringLiteral("no-dpo"))
        && (args.value(QStringLiteral("dpo-name")) || args.value(QStringLiteral("dpo-email")))) {
        return ctx.usage(tr("--no-dpo cannot go with --dpo-name or --dpo-email."));
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto before = session->controller().details();
    if (!before) {
        return ctx.fail(before.error());
    }
    privacy::ControllerDetails d = *before;
    auto take = [&args](const char* option, QString& field) {
        if (args.has(QString::fromLatin1(option))) {
            // "\n" typed on a command line separates lines of the address.
            field = args.value(QString::fromLatin1(option))
                        .value_or(QString())
                        .replace(QStringLiteral("\\n"), QStringLiteral("\n"));
        }
    };
    take("name", d.name);
    take("address", d.address);
    take("email", d.email);
    take("phone", d.phone);
    take("dpo-name", d.dpoName);
    take("dpo-email", d.dpoEmail);
    take("authority", d.supervisoryAuthority);
    take("updates", d.updatesAnnouncement);
    if (args.flag(QStringLiteral("no-dpo"))) {
        d.noDpo = true;
        d.dpoName.clear();
        d.dpoEmail.clear();
    } else if (args.value(QStringLiteral("dpo-name")) || args.value(QStringLiteral("dpo-email"))) {
        d.noDpo = false;
    }
    auto saved = session->controller().setDetails(d);
    if (!saved) {
        return ctx.fail(saved.error());
    }
    if (ctx.out().json()) {
        ctx.out().document(controllerJson(*saved));
    } else {
        ctx.out().line(tr("Saved the controller details."));
    }
    return 0;
}

int RegisterCommands::fieldList(CommandContext& ctx)
{
    const auto entity = ctx.args().value(QStringLiteral("entity"));
    if (entity && *entity != QLatin1String("contact") && *entity != QLatin1String("company")) {
        return ctx.usage(tr("--entity takes contact or company."));
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto all = session->fieldSettings().list();
    if (!all) {
        return ctx.fail(all.error());
    }
    QJsonArray json;
    QList<QStringList> rows;
    for (const auto& f : *all) {
        if (entity && f.entity != *entity) {
            continue;
        }
        json.append(QJsonObject {{QStringLiteral("key"), f.key},
                                 {QStringLiteral("label"), f.label},
                                 {QStringLiteral("category"), crm::FieldRegistry::categoryName(f.category)},
                                 {QStringLiteral("personal"), f.personal},
                                 {QStringLiteral("optional"), f.optional},
                                 {QStringLiteral("enabled"), f.enabled},
                                 {QStringLiteral("special"), f.special},
                                 {QStringLiteral("purposes"), QJsonArray::fromStringList(f.purposes)}});
        rows.append({f.key,
                     f.label,
                     crm::FieldRegistry::categoryName(f.category),
                     f.enabled ? tr("on") : tr("off"),
                     f.optional ? tr("yes") : tr("no"),
                     f.special ? tr("yes") : tr("no"),
                     f.purposes.join(QStringLiteral(", "))});
    }
    if (ctx.out().json()) {
        ctx.out().document({{QStringLiteral("fields"), json}});
        return 0;
    }
    ctx.out().table({tr("KEY"), tr("LABEL"), tr("CATEGORY"), tr("USED"), tr("OPTIONAL"), tr("SPECIAL"), tr("PURPOSES")},
                    rows);
    return 0;
}

int RegisterCommands::fieldSet(CommandContext& ctx)
{
    const Invocation& args = ctx.args();
    if (!args.has(QStringLiteral("enabled")) && !args.has(QStringLiteral("special"))) {
        return ctx.usage(tr("field set needs --enabled yes|no or --special yes|no."));
    }
    const auto enabled = yesNo(ctx, QStringLiteral("enabled"));
    const auto special = yesNo(ctx, QStringLiteral("special"));
    if ((args.has(QStringLiteral("enabled")) && !enabled) || (args.has(QStringLiteral("special")) && !special)) {
        return ctx.usage(tr("--enabled and --special take yes or no."));
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto f = session->fieldSettings().set(args.arguments.value(0), enabled, special);
    if (!f) {
        return ctx.fail(f.error());
    }
    if (ctx.out().json()) {
        ctx.out().document({{QStringLiteral("key"), f->key},
                            {QStringLiteral("enabled"), f->enabled},
                            {QStringLiteral("special"), f->special}});
    } else {
        ctx.out().line(tr("%1 is now %2%3.")
                           .arg(f->key,
                                f->enabled ? tr("on") : tr("off"),
                                f->special ? tr(", special-category data") : QString()));
    }
    return 0;
}

} // namespace confidant::cli
