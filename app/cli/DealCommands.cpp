#include "DealCommands.h"

#include "core/crm/DealService.h"
#include "core/crm/PipelineService.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

#include "CommandContext.h"
#include "Formatting.h"

namespace confidant::cli {

namespace {

using Kind = OptionSpec::Kind;

constexpr int kDefaultLimit = 100;
constexpr int kMaxLimit = 10000;
const QString kSource = QStringLiteral("manual:cli");

std::vector<OptionSpec> dealFieldOptions()
{
    return {
        {"title", Kind::Value, "T", QT_TRANSLATE_NOOP("CommandHelp", "the deal's title")},
        {"value",
         Kind::Value,
         "AMOUNT",
         QT_TRANSLATE_NOOP("CommandHelp", "value with a decimal point and the currency's decimals, e.g. 1234.50")},
        {"currency", Kind::Value, "CODE", QT_TRANSLATE_NOOP("CommandHelp", "ISO-4217 code (default EUR)")},
        {"close", Kind::Value, "YYYY-MM-DD", QT_TRANSLATE_NOOP("CommandHelp", "expected close date")},
        {"company", Kind::Value, "NAME|UID", QT_TRANSLATE_NOOP("CommandHelp", "the company, by name or uid")},
        {"contact",
         Kind::List,
         "CONTACT",
         QT_TRANSLATE_NOOP("CommandHelp", "a linked contact's uid; repeat for several")},
        {"owner", Kind::Value, "PROFILE", QT_TRANSLATE_NOOP("CommandHelp", "owner profile (default: the acting one)")},
        {"tag", Kind::List, "T", QT_TRANSLATE_NOOP("CommandHelp", "tag; repeat for several")},
        {"description", Kind::Value, "TEXT", QT_TRANSLATE_NOOP("CommandHelp", "description")},
    };
}

std::vector<OptionSpec> dealAddOptions()
{
    auto options = dealFieldOptions();
    options.push_back(
        {"pipeline", Kind::Value, "NAME", QT_TRANSLATE_NOOP("CommandHelp", "pipeline (default: the first)")});
    options.push_back(
        {"stage", Kind::Value, "NAME", QT_TRANSLATE_NOOP("CommandHelp", "stage (default: the first open stage)")});
    return options;
}

std::vector<OptionSpec> stageOptions()
{
    return {
        {"pipeline", Kind::Value, "NAME", QT_TRANSLATE_NOOP("CommandHelp", "pipeline (default: the first)")},
        {"name", Kind::Value, "NAME", QT_TRANSLATE_NOOP("CommandHelp", "the stage's (new) name")},
        {"probability", Kind::Value, "0-100", QT_TRANSLATE_NOOP("CommandHelp", "chance of winning, in per cent")},
        {"kind", Kind::Value, "KIND", QT_TRANSLATE_NOOP("CommandHelp", "open, won or lost")},
        {"position", Kind::Value, "N", QT_TRANSLATE_NOOP("CommandHelp", "place in the pipeline, 1 for the first")},
    };
}

QString moneyText(qint64 minor, const QString& currency)
{
    return crm::Currency::format(minor, currency);
}

bool looksLikeUid(const QString& text)
{
    return !QUuid::fromString(text.trimmed()).isNull();
}

//! Applies the field options given to `deal`; reports and returns false on an error.
bool applyOptions(CommandContext& ctx, Session& session, crm::Deal& deal, bool adding)
{
    const Invocation& args = ctx.args();
    if (const auto title = args.value(QStringLiteral("title"))) {
        deal.title = *title;
    }
    if (const auto currency = args.value(QStringLiteral("currency"))) {
        if (!crm::Currency::isKnown(currency->trimmed())) {
            ctx.fail(makeError(ErrorKind::Invalid,
                               DealCommands::tr("--currency takes an ISO-4217 code in capitals, such as EUR or USD.")));
            return false;
        }
        if (!adding && !args.has(QStringLiteral("value"))) {
            // Keep the amount, in the new currency's minor units.
            const int from = crm::Currency::exponent(deal.currency);
            const int to = crm::Currency::exponent(currency->trimmed());
            for (int i = from; i < to; ++i) {
                deal.valueMinor *= 10;
            }
            for (int i = to; i < from; ++i) {
                if (deal.valueMinor % 10 != 0) {
                    ctx.fail(makeError(ErrorKind::Invalid,
                                       DealCommands::tr("The value has more decimals than the new currency allows; "
                                                        "give --value as well.")));
                    return false;
                }
                deal.valueMinor /= 10;
            }
        }
        deal.currency = currency->trimmed();
    }
    if (const auto value = args.value(QStringLiteral("value"))) {
        const auto minor = crm::Currency::parse(*value, deal.currency);
        if (!minor || *minor < 0) {
            ctx.fail(makeError(ErrorKind::Invalid,
                               DealCommands::tr("--value takes a positive amount with a decimal point and at most %n "
                                                "decimal(s) for this currency, e.g. 1234.50.",
                                                nullptr,
                                                crm::Currency::exponent(deal.currency))));
            return false;
        }
        deal.valueMinor = *minor;
    }
    // A calendar day (CLI.md "Dates and times"): a close date does not move with the time zone; empty clears it.
    bool ok = true;
    if (const auto close = ctx.dayOption(QStringLiteral("close"), ok)) {
        deal.expectedClose = *close;
    }
    if (!ok) {
        return false;
    }
    if (args.has(QStringLiteral("company"))) {
        const QString company = args.value(QStringLiteral("company")).value_or(QString());
        if (company.trimmed().isEmpty()) {
            deal.companyId.reset();
        } else if (looksLikeUid(company)) {
            auto found
                = session.companies().getByUid(QUuid::fromString(company.trimmed()).toString(QUuid::WithoutBraces));
            if (!found) {
                ctx.fail(found.error());
                return false;
            }
            deal.companyId = found->id;
        } else {
            auto found = session.companies().findByName(company);
            if (!found) {
                ctx.fail(found.error());
                return false;
            }
            if (!found->has_value()) {
                ctx.fail(makeError(ErrorKind::NotFound,
                                   DealCommands::tr("No company has that name; add it first with: company add.")));
                return false;
            }
            deal.companyId = (*found)->id;
        }
    }
    if (args.has(QStringLiteral("contact"))) {
        deal.contactIds.clear();
        for (const QString& contact : args.values(QStringLiteral("contact"))) {
            if (!looksLikeUid(contact)) {
                ctx.usage(DealCommands::tr("--contact takes a contact's uid, as printed by contact add and list."));
                return false;
            }
            auto found
                = session.contacts().getByUid(QUuid::fromString(contact.trimmed()).toString(QUuid::WithoutBraces));
            if (!found) {
                ctx.fail(found.error());
                return false;
            }
            deal.contactIds.append(found->id);
        }
    }
    if (const auto owner = args.value(QStringLiteral("owner"))) {
        auto profile = session.profiles().find(*owner);
        if (!profile) {
            ctx.fail(profile.error());
            return false;
        }
        deal.ownerUid = profile->uid;
    }
    if (args.has(QStringLiteral("tag"))) {
        deal.tags = args.values(QStringLiteral("tag"));
    }
    if (const auto description = args.value(QStringLiteral("description"))) {
        deal.description = *description;
    } else if (args.has(QStringLiteral("description"))) {
        deal.description.clear();
    }
    return true;
}

QJsonObject dealJson(Session& session, const crm::Deal& d)
{
    QString pipelineName;
    QString pipelineUid;
    QString stageName;
    QString stageUid;
    if (auto p = session.pipelines().pipelineOfStage(d.stageId); p) {
        pipelineName = p->name;
        pipelineUid = p->uid;
        stageName = p->stage(d.stageId)->name;
        stageUid = p->stage(d.stageId)->uid;
    }
    QJsonValue companyUid;
    QJsonValue companyName;
    if (d.companyId) {
        if (auto c = session.companies().get(*d.companyId); c) {
            companyUid = c->uid;
            companyName = c->name;
        }
    }
    QJsonArray contacts;
    for (crm::ContactId id : d.contactIds) {
        if (auto c = session.contacts().get(id); c) {
            contacts.append(c->uid);
        }
    }
    QString ownerName;
    if (auto profiles = session.profiles().list(); profiles) {
        for (const auto& p : *profiles) {
            if (p.uid == d.ownerUid) {
                ownerName = p.name;
            }
        }
    }
    return {{QStringLiteral("uid"), d.uid},
            {QStringLiteral("title"), d.title},
            {QStringLiteral("value"), moneyText(d.valueMinor, d.currency)},
            {QStringLiteral("value_minor"), d.valueMinor},
            {QStringLiteral("currency"), d.currency},
            {QStringLiteral("expected_close"),
             d.expectedClose.isValid() ? QJsonValue(d.expectedClose.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("owner"), ownerName},
            {QStringLiteral("owner_uid"), d.ownerUid},
            {QStringLiteral("pipeline"), pipelineName},
            {QStringLiteral("pipeline_uid"), pipelineUid},
            {QStringLiteral("stage"), stageName},
            {QStringLiteral("stage_uid"), stageUid},
            {QStringLiteral("status"), crm::statusName(d.status)},
            {QStringLiteral("close_reason"), d.closeReason},
            {QStringLiteral("closed_at"), d.closedAtMs ? QJsonValue(Formatting::isoTime(*d.closedAtMs)) : QJsonValue()},
            {QStringLiteral("company"), companyName},
            {QStringLiteral("company_uid"), companyUid},
            {QStringLiteral("contacts"), contacts},
            {QStringLiteral("description"), d.description},
            {QStringLiteral("tags"), QJsonArray::fromStringList(d.tags)},
            {QStringLiteral("source"), d.source},
            {QStringLiteral("created_at"), Formatting::isoTime(d.createdAtMs)},
            {QStringLiteral("updated_at"), Formatting::isoTime(d.updatedAtMs)}};
}

//! The deal named by the first argument; reports and returns nullopt when there is none.
std::optional<crm::Deal> dealArgument(CommandContext& ctx, Session*& session)
{
    const auto uid = Formatting::uidArgument(ctx, QStringLiteral("DEAL"));
    if (!uid) {
        return std::nullopt;
    }
    session = ctx.session();
    if (!session) {
        return std::nullopt;
    }
    auto deal = session->deals().getByUid(*uid);
    if (!deal) {
        ctx.fail(deal.error());
        return std::nullopt;
    }
    return *deal;
}

int printDeal(CommandContext& ctx, Session& session, const crm::Deal& d, const QString& humanLine)
{
    if (ctx.out().json()) {
        ctx.out().document(dealJson(session, d));
    } else {
        ctx.out().line(humanLine);
    }
    return 0;
}

int changeStage(CommandContext& ctx, crm::StageKind target)
{
    Session* session = nullptr;
    const auto deal = dealArgument(ctx, session);
    if (!deal) {
        return ctx.exitCode() ? ctx.exitCode() : toInt(ExitCode::Failure);
    }
    const QString reason = ctx.args().value(QStringLiteral("reason")).value_or(QString());
    auto moved = target == crm::StageKind::Won ? session->deals().markWon(deal->id, reason)
                                               : session->deals().markLost(deal->id, reason);
    if (!moved) {
        return ctx.fail(moved.error());
    }
    return printDeal(ctx,
                     *session,
                     *moved,
                     target == crm::StageKind::Won ? DealCommands::tr("Marked the deal %1 as won.").arg(moved->uid)
                                                   : DealCommands::tr("Marked the deal %1 as lost.").arg(moved->uid));
}

QJsonObject stageJson(const crm::Stage& s)
{
    return {{QStringLiteral("uid"), s.uid},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("position"), s.position + 1},
            {QStringLiteral("probability"), s.probability},
            {QStringLiteral("kind"), crm::kindName(s.kind)}};
}

//! Reads --name, --probability, --kind into `stage`; reports and returns false on an error.
bool applyStageOptions(CommandContext& ctx, crm::Stage& stage)
{
    if (const auto name = ctx.args().value(QStringLiteral("name"))) {
        stage.name = *name;
    }
    if (ctx.args().has(QStringLiteral("probability"))) {
        const auto p = ctx.intOption(QStringLiteral("probability"), 0, 0, 100);
        if (!p) {
            return false;
        }
        stage.probability = static_cast<int>(*p);
    }
    if (const auto kind = ctx.args().value(QStringLiteral("kind"))) {
        const auto k = crm::kindFromName(*kind);
        if (!k) {
            ctx.usage(DealCommands::tr("--kind takes open, won or lost."));
            return false;
        }
        stage.kind = *k;
    }
    return true;
}

} // namespace

std::vector<CommandSpec> DealCommands::commands()
{
    return {
        {"deal add",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp", "add a deal and print its uid"),
         dealAddOptions(),
         &DealCommands::add,
         "--title T"},
        {"deal show", "DEAL", 1, 1, QT_TRANSLATE_NOOP("CommandHelp", "show a deal"), {}, &DealCommands::show},
        {"deal list",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp", "list deals, a page at a time; prints the cursor of the next page"),
         {{"pipeline", Kind::Value, "NAME", QT_TRANSLATE_NOOP("CommandHelp", "only deals of this pipeline")},
          {"stage", Kind::Value, "NAME", QT_TRANSLATE_NOOP("CommandHelp", "only deals in this stage")},
          {"status", Kind::Value, "STATUS", QT_TRANSLATE_NOOP("CommandHelp", "open, won or lost")},
          {"owner", Kind::Value, "PROFILE", QT_TRANSLATE_NOOP("CommandHelp", "only deals this profile owns")},
          {"tag", Kind::Value, "T", QT_TRANSLATE_NOOP("CommandHelp", "only deals with this tag")},
          {"company", Kind::Value, "NAME|UID", QT_TRANSLATE_NOOP("CommandHelp", "only deals of this company")},
          {"contact", Kind::Value, "CONTACT", QT_TRANSLATE_NOOP("CommandHelp", "only deals linked to this contact")},
          {"search", Kind::Value, "TEXT", QT_TRANSLATE_NOOP("CommandHelp", "only deals whose title contains TEXT")},
          {"limit", Kind::Value, "N", QT_TRANSLATE_NOOP("CommandHelp", "at most N rows (1 to 10000, default 100)")},
          {"after", Kind::Value, "CURSOR", QT_TRANSLATE_NOOP("CommandHelp", "continue after the previous page")},
          {"sort", Kind::Value, "FIELD", QT_TRANSLATE_NOOP("CommandHelp", "updated (default), title, value or close")}},
         &DealCommands::list},
        {"deal edit",
         "DEAL",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp", "change the fields given; --contact and --tag replace the whole list"),
         dealFieldOptions(),
         &DealCommands::edit},
        {"deal move",
         "DEAL STAGE",
         2,
         2,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "move a deal to another stage (name or uid); a won or lost stage closes it, an open one "
                           "reopens it"),
         {{"reason", Kind::Value, "R", QT_TRANSLATE_NOOP("CommandHelp", "why, when the stage is a lost or won one")}},
         &DealCommands::move},
        {"deal won",
         "DEAL",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp", "mark a deal as won (moves it to the won stage)"),
         {{"reason", Kind::Value, "R", QT_TRANSLATE_NOOP("CommandHelp", "why it was won (optional)")}},
         &DealCommands::won},
        {"deal lost",
         "DEAL",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp", "mark a deal as lost (moves it to the lost stage)"),
         {{"reason", Kind::Value, "R", QT_TRANSLATE_NOOP("CommandHelp", "why it was lost (required)")}},
         &DealCommands::lost,
         "--reason R"},
        {"deal delete", "DEAL", 1, 1, QT_TRANSLATE_NOOP("CommandHelp", "delete a deal"), {}, &DealCommands::remove},
        {"deal history",
         "DEAL",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp", "the stages a deal went through: from, to, when, by whom"),
         {},
         &DealCommands::history},
        {"pipeline list",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp", "list the pipelines and their stages"),
         {},
         &DealCommands::pipelineList},
        {"pipeline add",
         "NAME",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp", "add a pipeline with the default stages (needs \"configure pipelines\")"),
         {},
         &DealCommands::pipelineAdd},
        {"pipeline stage-add",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp", "add a stage to a pipeline (needs \"configure pipelines\")"),
         stageOptions(),
         &DealCommands::stageAdd,
         "--name NAME"},
        {"pipeline stage-edit",
         "STAGE",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "rename a stage, change its probability, kind or position (needs \"configure pipelines\")"),
         stageOptions(),
         &DealCommands::stageEdit},
        {"pipeline stage-remove",
         "STAGE",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp", "remove a stage that holds no deals (needs \"configure pipelines\")"),
         {{"pipeline", Kind::Value, "NAME", QT_TRANSLATE_NOOP("CommandHelp", "pipeline (default: the first)")}},
         &DealCommands::stageRemove},
    };
}

int DealCommands::add(CommandContext& ctx)
{
    if (!ctx.args().has(QStringLiteral("title"))) {
        return ctx.usage(tr("deal add needs --title; see confidant-cli deal add --help."));
    }
    bool ok = true;
    ctx.dayOption(QStringLiteral("close"), ok); // read again below; checked here before unlocking
    if (!ok) {
        return ctx.exitCode();
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    crm::Deal deal;
    deal.source = kSource;
    if (!applyOptions(ctx, *session, deal, true)) {
        return ctx.exitCode() ? ctx.exitCode() : toInt(ExitCode::Failure);
    }
    auto pipeline = session->pipelines().find(ctx.args().value(QStringLiteral("pipeline")).value_or(QString()));
    if (!pipeline) {
        return ctx.fail(pipeline.error());
    }
    deal.pipelineId = pipeline->id;
    if (const auto stageName = ctx.args().value(QStringLiteral("stage"))) {
        auto stage = session->pipelines().findStage(*pipeline, *stageName);
        if (!stage) {
            return ctx.fail(stage.error());
        }
        deal.stageId = stage->id;
    }
    auto created = session->deals().create(deal);
    if (!created) {
        return ctx.fail(created.error());
    }
    if (ctx.out().json()) {
        ctx.out().document(dealJson(*session, *created));
    } else {
        ctx.out().line(created->uid);
    }
    return 0;
}

int DealCommands::show(CommandContext& ctx)
{
    Session* session = nullptr;
    const auto deal = dealArgument(ctx, session);
    if (!deal) {
        return ctx.exitCode() ? ctx.exitCode() : toInt(ExitCode::Failure);
    }
    const QJsonObject j = dealJson(*session, *deal);
    if (ctx.out().json()) {
        ctx.out().document(j);
        return 0;
    }
    QList<QStringList> rows {{tr("Uid:"), deal->uid}, {tr("Title:"), deal->title}};
    auto add = [&rows](const QString& label, const QString& value) {
        if (!value.trimmed().isEmpty()) {
            rows.append({label, value});
        }
    };
    add(tr("Value:"), moneyText(deal->valueMinor, deal->currency) + QLatin1Char(' ') + deal->currency);
    add(tr("Pipeline:"), j.value(QStringLiteral("pipeline")).toString());
    add(tr("Stage:"), j.value(QStringLiteral("stage")).toString());
    add(tr("Status:"), crm::statusName(deal->status));
    add(tr("Reason:"), deal->closeReason);
    add(tr("Closed:"), deal->closedAtMs ? Formatting::isoTime(*deal->closedAtMs) : QString());
    add(tr("Expected close:"), deal->expectedClose.isValid() ? deal->expectedClose.toString(Qt::ISODate) : QString());
    add(tr("Owner:"), j.value(QStringLiteral("owner")).toString());
    add(tr("Company:"), j.value(QStringLiteral("company")).toString());
    const QJsonArray contacts = j.value(QStringLiteral("contacts")).toArray();
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        add(i == 0 ? tr("Contacts:") : QString(), contacts.at(i).toString());
    }
    add(tr("Tags:"), deal->tags.join(QStringLiteral(", ")));
    const QStringList lines = deal->description.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        add(i == 0 ? tr("Description:") : QString(), lines.at(i));
    }
    add(tr("Source:"), deal->source);
    add(tr("Created:"), Formatting::isoTime(deal->createdAtMs));
    add(tr("Updated:"), Formatting::isoTime(deal->updatedAtMs));
    ctx.out().table({}, rows);
    return 0;
}

int DealCommands::list(CommandContext& ctx)
{
    const Invocation& args = ctx.args();
    crm::DealQuery query;
    const auto limit = ctx.intOption(QStringLiteral("limit"), kDefaultLimit, 1, kMaxLimit);
    if (!limit) {
        return ctx.exitCode();
    }
    query.limit = static_cast<int>(*limit);
    const QString sort = args.value(QStringLiteral("sort")).value_or(QStringLiteral("updated"));
    if (sort == QLatin1String("updated")) {
        query.sort = crm::DealSort::RecentlyUpdated;
    } else if (sort == QLatin1String("title")) {
        query.sort = crm::DealSort::Title;
    } else if (sort == QLatin1String("value")) {
        query.sort = crm::DealSort::Value;
    } else if (sort == QLatin1String("close")) {
        query.sort = crm::DealSort::ExpectedClose;
    } else {
        return ctx.usage(tr("--sort takes updated, title, value or close."));
    }
    if (const auto status = args.value(QStringLiteral("status"))) {
        query.status = crm::statusFromName(*status);
        if (!query.status) {
            return ctx.usage(tr("--status takes open, won or lost."));
        }
    }
    if (const auto contact = args.value(QStringLiteral("contact")); contact && !looksLikeUid(*contact)) {
        return ctx.usage(tr("--contact takes a contact's uid, as printed by contact add and list."));
    }
    query.tag = args.value(QStringLiteral("tag")).value_or(QString());
    query.text = args.value(QStringLiteral("search")).value_or(QString());
    query.after = args.value(QStringLiteral("after")).value_or(QString());
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    if (args.has(QStringLiteral("pipeline")) || args.has(QStringLiteral("stage"))) {
        auto pipeline = session->pipelines().find(args.value(QStringLiteral("pipeline")).value_or(QString()));
        if (!pipeline) {
            return ctx.fail(pipeline.error());
        }
        if (args.has(QStringLiteral("pipeline"))) {
            query.pipeline = pipeline->id;
        }
        if (const auto stage = args.value(QStringLiteral("stage"))) {
            auto found = session->pipelines().findStage(*pipeline, *stage);
            if (!found) {
                return ctx.fail(found.error());
            }
            query.stage = found->id;
        }
    }
    if (const auto owner = args.value(QStringLiteral("owner"))) {
        auto profile = session->profiles().find(*owner);
        if (!profile) {
            return ctx.fail(profile.error());
        }
        query.ownerUid = profile->uid;
    }
    if (const auto company = args.value(QStringLiteral("company"))) {
        crm::Deal scratch;
        if (!applyOptions(ctx, *session, scratch, false) || !scratch.companyId) {
            return ctx.exitCode() ? ctx.exitCode() : toInt(ExitCode::NotFound);
        }
        query.company = scratch.companyId;
    }
    if (const auto contact = args.value(QStringLiteral("contact"))) {
        auto found = session->contacts().getByUid(QUuid::fromString(contact->trimmed()).toString(QUuid::WithoutBraces));
        if (!found) {
            return ctx.fail(found.error());
        }
        query.contact = found->id;
    }
    auto page = session->deals().list(query);
    if (!page) {
        if (page.error().kind == ErrorKind::Invalid && !query.after.isEmpty()) {
            return ctx.usage(tr("--after takes the cursor printed by the previous deal list with the same filters "
                                "and --sort."));
        }
        return ctx.fail(page.error());
    }
    Output& out = ctx.out();
    if (out.json()) {
        QJsonArray rows;
        for (const auto& r : page->rows) {
            rows.append(QJsonObject {
                {QStringLiteral("uid"), r.uid},
                {QStringLiteral("title"), r.title},
                {QStringLiteral("value"), moneyText(r.valueMinor, r.currency)},
                {QStringLiteral("value_minor"), r.valueMinor},
                {QStringLiteral("currency"), r.currency},
                {QStringLiteral("expected_close"),
                 r.expectedClose.isValid() ? QJsonValue(r.expectedClose.toString(Qt::ISODate)) : QJsonValue()},
                {QStringLiteral("stage"), r.stageName},
                {QStringLiteral("status"), crm::statusName(r.status)},
                {QStringLiteral("company"), r.companyName},
                {QStringLiteral("owner"), r.ownerName},
                {QStringLiteral("updated_at"), Formatting::isoTime(r.updatedAtMs)}});
        }
        out.document({{QStringLiteral("deals"), rows},
                      {QStringLiteral("next_cursor"),
                       page->nextCursor.isEmpty() ? QJsonValue() : QJsonValue(page->nextCursor)}});
        return 0;
    }
    if (page->rows.isEmpty()) {
        out.line(tr("No deals."));
        return 0;
    }
    QList<QStringList> rows;
    for (const auto& r : page->rows) {
        rows.append({r.uid,
                     r.title,
                     moneyText(r.valueMinor, r.currency) + QLatin1Char(' ') + r.currency,
                     r.stageName,
                     crm::statusName(r.status),
                     r.expectedClose.isValid() ? r.expectedClose.toString(Qt::ISODate) : QString(),
                     r.companyName,
                     r.ownerName});
    }
    out.table({tr("UID"), tr("TITLE"), tr("VALUE"), tr("STAGE"), tr("STATUS"), tr("CLOSE"), tr("COMPANY"), tr("OWNER")},
              rows);
    if (!page->nextCursor.isEmpty()) {
        out.line(tr("Next page: --after %1").arg(page->nextCursor));
    }
    return 0;
}

int DealCommands::edit(CommandContext& ctx)
{
    bool changes = false;
    for (const auto& option : dealFieldOptions()) {
        changes = changes || ctx.args().has(QLatin1String(option.name));
    }
    if (!changes) {
        return ctx.usage(tr("deal edit needs at least one option to change; see confidant-cli deal edit --help."));
    }
    Session* session = nullptr;
    const auto deal = dealArgument(ctx, session);
    if (!deal) {
        return ctx.exitCode() ? ctx.exitCode() : toInt(ExitCode::Failure);
    }
    crm::Deal changed = *deal;
    if (!applyOptions(ctx, *session, changed, false)) {
        return ctx.exitCode() ? ctx.exitCode() : toInt(ExitCode::Failure);
    }
    auto updated = session->deals().update(changed);
    if (!updated) {
        return ctx.fail(updated.error());
    }
    return printDeal(ctx, *session, *updated, tr("Updated the deal %1.").arg(updated->uid));
}

int DealCommands::move(CommandContext& ctx)
{
    Session* session = nullptr;
    const auto deal = dealArgument(ctx, session);
    if (!deal) {
        return ctx.exitCode() ? ctx.exitCode() : toInt(ExitCode::Failure);
    }
    auto pipeline = session->pipelines().pipeline(deal->pipelineId);
    if (!pipeline) {
        return ctx.fail(pipeline.error());
    }
    auto stage = session->pipelines().findStage(*pipeline, ctx.args().arguments.value(1));
    if (!stage) {
        return ctx.fail(stage.error());
    }
    auto moved
        = session->deals().move(deal->id, stage->id, ctx.args().value(QStringLiteral("reason")).value_or(QString()));
    if (!moved) {
        return ctx.fail(moved.error());
    }
    return printDeal(ctx, *session, *moved, tr("Moved the deal %1 to the stage %2.").arg(moved->uid, stage->uid));
}

int DealCommands::won(CommandContext& ctx)
{
    return changeStage(ctx, crm::StageKind::Won);
}

int DealCommands::lost(CommandContext& ctx)
{
    if (ctx.args().value(QStringLiteral("reason")).value_or(QString()).trimmed().isEmpty()) {
        return ctx.usage(tr("deal lost needs --reason R: say why the deal was lost."));
    }
    return changeStage(ctx, crm::StageKind::Lost);
}

int DealCommands::remove(CommandContext& ctx)
{
    Session* session = nullptr;
    const auto deal = dealArgument(ctx, session);
    if (!deal) {
        return ctx.exitCode() ? ctx.exitCode() : toInt(ExitCode::Failure);
    }
    if (auto r = session->deals().remove(deal->id); !r) {
        return ctx.fail(r.error());
    }
    if (ctx.out().json()) {
        ctx.out().document({{QStringLiteral("uid"), deal->uid}, {QStringLiteral("deleted"), true}});
    } else {
        ctx.out().line(tr("Deleted the deal %1.").arg(deal->uid));
    }
    return 0;
}

int DealCommands::history(CommandContext& ctx)
{
    Session* session = nullptr;
    const auto deal = dealArgument(ctx, session);
    if (!deal) {
        return ctx.exitCode() ? ctx.exitCode() : toInt(ExitCode::Failure);
    }
    auto rows = session->deals().history(deal->id);
    if (!rows) {
        return ctx.fail(rows.error());
    }
    if (ctx.out().json()) {
        QJsonArray changes;
        for (const auto& c : *rows) {
            changes.append(QJsonObject {{QStringLiteral("from"), c.from ? QJsonValue(c.fromName) : QJsonValue()},
                                        {QStringLiteral("from_uid"), c.from ? QJsonValue(c.fromUid) : QJsonValue()},
                                        {QStringLiteral("to"), c.to ? QJsonValue(c.toName) : QJsonValue()},
                                        {QStringLiteral("to_uid"), c.to ? QJsonValue(c.toUid) : QJsonValue()},
                                        {QStringLiteral("at"), Formatting::isoTime(c.atMs)},
                                        {QStringLiteral("profile"), c.profileName},
                                        {QStringLiteral("profile_uid"), c.profileUid}});
        }
        ctx.out().document({{QStringLiteral("uid"), deal->uid}, {QStringLiteral("history"), changes}});
        return 0;
    }
    QList<QStringList> table;
    for (const auto& c : *rows) {
        table.append({Formatting::isoTime(c.atMs), c.from ? c.fromName : QStringLiteral("-"), c.toName, c.profileName});
    }
    ctx.out().table({tr("AT"), tr("FROM"), tr("TO"), tr("BY")}, table);
    return 0;
}

int DealCommands::pipelineList(CommandContext& ctx)
{
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto all = session->pipelines().pipelines();
    if (!all) {
        return ctx.fail(all.error());
    }
    if (ctx.out().json()) {
        QJsonArray pipelines;
        for (const auto& p : *all) {
            QJsonArray stages;
            for (const auto& s : p.stages) {
                stages.append(stageJson(s));
            }
            pipelines.append(QJsonObject {
                {QStringLiteral("uid"), p.uid}, {QStringLiteral("name"), p.name}, {QStringLiteral("stages"), stages}});
        }
        ctx.out().document({{QStringLiteral("pipelines"), pipelines}});
        return 0;
    }
    for (const auto& p : *all) {
        ctx.out().line(QStringLiteral("%1  %2").arg(p.name, p.uid));
        QList<QStringList> rows;
        for (const auto& s : p.stages) {
            rows.append({QStringLiteral("  %1").arg(s.position + 1),
                         s.name,
                         QStringLiteral("%1%").arg(s.probability),
                         crm::kindName(s.kind),
                         s.uid});
        }
        ctx.out().table({}, rows);
    }
    return 0;
}

int DealCommands::pipelineAdd(CommandContext& ctx)
{
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto first = session->pipelines().find(QString());
    if (!first) {
        return ctx.fail(first.error());
    }
    auto created = session->pipelines().createPipeline(ctx.args().arguments.value(0), first->stages);
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

int DealCommands::stageAdd(CommandContext& ctx)
{
    if (!ctx.args().has(QStringLiteral("name"))) {
        return ctx.usage(tr("pipeline stage-add needs --name; see confidant-cli pipeline stage-add --help."));
    }
    crm::Stage stage;
    if (!applyStageOptions(ctx, stage)) {
        return ctx.exitCode();
    }
    const auto position = ctx.intOption(QStringLiteral("position"), 0, 1, 1000);
    if (!position) {
        return ctx.exitCode();
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto pipeline = session->pipelines().find(ctx.args().value(QStringLiteral("pipeline")).value_or(QString()));
    if (!pipeline) {
        return ctx.fail(pipeline.error());
    }
    auto added = session->pipelines().addStage(pipeline->id, stage, static_cast<int>(*position) - 1);
    if (!added) {
        return ctx.fail(added.error());
    }
    if (ctx.out().json()) {
        ctx.out().document(stageJson(*added));
    } else {
        ctx.out().line(added->uid);
    }
    return 0;
}

int DealCommands::stageEdit(CommandContext& ctx)
{
    const auto position = ctx.intOption(QStringLiteral("position"), 0, 1, 1000);
    if (!position) {
        return ctx.exitCode();
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto pipeline = session->pipelines().find(ctx.args().value(QStringLiteral("pipeline")).value_or(QString()));
    if (!pipeline) {
        return ctx.fail(pipeline.error());
    }
    auto stage = session->pipelines().findStage(*pipeline, ctx.args().arguments.value(0));
    if (!stage) {
        return ctx.fail(stage.error());
    }
    crm::Stage changed = *stage;
    if (!applyStageOptions(ctx, changed)) {
        return ctx.exitCode();
    }
    auto updated = session->pipelines().updateStage(changed);
    if (!updated) {
        return ctx.fail(updated.error());
    }
    if (*position > 0) {
        if (auto r = session->pipelines().moveStage(stage->id, static_cast<int>(*position) - 1); !r) {
            return ctx.fail(r.error());
        }
    }
    if (ctx.out().json()) {
        auto again = session->pipelines().pipelineOfStage(stage->id);
        ctx.out().document(again ? stageJson(*again->stage(stage->id)) : stageJson(*updated));
    } else {
        ctx.out().line(tr("Updated the stage %1.").arg(updated->uid));
    }
    return 0;
}

int DealCommands::stageRemove(CommandContext& ctx)
{
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto pipeline = session->pipelines().find(ctx.args().value(QStringLiteral("pipeline")).value_or(QString()));
    if (!pipeline) {
        return ctx.fail(pipeline.error());
    }
    auto stage = session->pipelines().findStage(*pipeline, ctx.args().arguments.value(0));
    if (!stage) {
        return ctx.fail(stage.error());
    }
    if (auto r = session->pipelines().removeStage(stage->id); !r) {
        return ctx.fail(r.error());
    }
    if (ctx.out().json()) {
        ctx.out().document({{QStringLiteral("uid"), stage->uid}, {QStringLiteral("removed"), true}});
    } else {
        ctx.out().line(tr("Removed the stage %1.").arg(stage->uid));
    }
    return 0;
}

} // namespace confidant::cli
