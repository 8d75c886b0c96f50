#include "RequestCommands.h"

#include "core/privacy/RequestDeadlines.h"
#include "core/privacy/RequestService.h"

#include <QJsonArray>
#include <QJsonObject>

#include "CommandContext.h"
#include "Formatting.h"

#include <algorithm>

namespace confidant::cli {

namespace {

using Kind = OptionSpec::Kind;
using privacy::Request;
using privacy::RequestDeadlines;

constexpr int kDefaultDueDays = 7;
constexpr int kMaxDueDays = 3650;

QJsonValue isoOrNull(const std::optional<qint64>& ms)
{
    return ms ? QJsonValue(Formatting::isoTime(*ms)) : QJsonValue();
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject requestJson(const Request& r, qint64 nowMs, bool withArtefacts)
{
    QJsonArray contacts;
    for (const privacy::RequestContact& c : r.contacts) {
        contacts.append(QJsonObject {{QStringLiteral("uid"), c.uid},
                                     {QStringLiteral("name"), c.exists ? QJsonValue(c.displayName) : QJsonValue()},
                                     {QStringLiteral("exists"), c.exists}});
    }
    QJsonObject o {
        {QStringLiteral("uid"), r.uid},
        {QStringLiteral("reference"), r.reference},
        {QStringLiteral("kind"), Request::kindName(r.kind)},
        {QStringLiteral("jurisdiction"), Request::jurisdictionName(r.jurisdiction)},
        {QStringLiteral("channel"), Request::channelName(r.channel)},
        {QStringLiteral("requester"), r.requester},
        {QStringLiteral("details"), r.details},
        {QStringLiteral("received_at"), Formatting::isoTime(r.receivedAtMs)},
        {QStringLiteral("due_at"), Formatting::isoTime(r.dueAtMs)},
        {QStringLiteral("due_date"), Request::dateText(r.dueAtMs)},
        {QStringLiteral("original_due_date"), Request::dateText(r.originalDueAtMs())},
        {QStringLiteral("days_left"), r.isOpen() ? QJsonValue(r.daysLeft(nowMs)) : QJsonValue()},
        {QStringLiteral("overdue"), r.isOverdue(nowMs)},
        {QStringLiteral("status"), Request::statusName(r.status)},
        {QStringLiteral("verified_at"), isoOrNull(r.verifiedAtMs)},
        {QStringLiteral("verified_by"), r.verifiedAtMs ? QJsonValue(r.verifiedByName) : QJsonValue()},
        {QStringLiteral("verified_by_uid"), textOrNull(r.verifiedBy)},
        {QStringLiteral("verification_method"), textOrNull(r.verificationMethod)},
        {QStringLiteral("extended_at"), isoOrNull(r.extendedAtMs)},
        {QStringLiteral("extension_reason"), textOrNull(r.extensionReason)},
        {QStringLiteral("requester_told_at"), isoOrNull(r.requesterToldAtMs)},
        {QStringLiteral("receipt_due_at"), isoOrNull(r.receiptDueAtMs)},
        {QStringLiteral("receipt_due_date"),
         r.receiptDueAtMs ? QJsonValue(Request::dateText(*r.receiptDueAtMs)) : QJsonValue()},
        {QStringLiteral("receipt_confirmed_at"), isoOrNull(r.receiptConfirmedAtMs)},
        {QStringLiteral("closed_at"), isoOrNull(r.closedAtMs)},
        {QStringLiteral("outcome"), r.outcome ? QJsonValue(Request::outcomeName(*r.outcome)) : QJsonValue()},
        {QStringLiteral("closing_note"), textOrNull(r.closingNote)},
        {QStringLiteral("contacts"), contacts},
        {QStringLiteral("state"), QJsonArray::fromStringList(r.stateText(nowMs))},
        {QStringLiteral("created_by_uid"), r.createdBy},
        {QStringLiteral("created_at"), Formatting::isoTime(r.createdAtMs)},
        {QStringLiteral("updated_at"), Formatting::isoTime(r.updatedAtMs)},
    };
    if (withArtefacts) {
        QJsonArray artefacts;
        for (const privacy::RequestArtefact& a : r.artefacts) {
            artefacts.append(QJsonObject {{QStringLiteral("kind"), a.kind},
                                          {QStringLiteral("file_name"), a.fileName},
                                          {QStringLiteral("sha256"), a.sha256},
                                          {QStringLiteral("produced_at"), Formatting::isoTime(a.producedAtMs)},
                                          {QStringLiteral("produced_by"), a.producedByName},
                                          {QStringLiteral("produced_by_uid"), a.producedBy}});
        }
        o.insert(QStringLiteral("artefacts"), artefacts);
    }
    return o;
}

//! `--received` and `request update --at` (CLI.md "Dates and times"): a time as given; a date alone is that
//! day of the register (RequestDeadlines::dayMs, as the GUI records a day), or now when it is today where the
//! user is. A later day stays in the future, for the register to refuse.
qint64 registerTime(const DateInput& input, qint64 nowMs)
{
    if (!input.isDateOnly()) {
        return input.atMs();
    }
    const QDate today = DateInput::localDate(nowMs);
    if (input.date() == today) {
        return nowMs;
    }
    if (input.date() > today) {
        return input.atMs();
    }
    // East of UTC a day that has begun here may not have reached 12:00 UTC yet.
    return std::min(RequestDeadlines::dayMs(input.date()), nowMs);
}

int invalid(CommandContext& ctx, const QString& message)
{
    return ctx.fail(makeError(ErrorKind::Invalid, message));
}

//! The value of a required text option; reports a usage error (exit 2) and returns nullopt without it.
std::optional<QString> requiredText(CommandContext& ctx, const char* option, const QString& message)
{
    const auto value = ctx.args().value(QLatin1String(option));
    if (!value || value->trimmed().isEmpty()) {
        ctx.usage(message);
        return std::nullopt;
    }
    return value;
}

QString daysColumn(const Request& r, qint64 nowMs)
{
    return r.isOpen() ? Request::dueText(r.daysLeft(nowMs)) : QString();
}

void printRequest(CommandContext& ctx, const Request& r, qint64 nowMs)
{
    Output& out = ctx.out();
    if (out.json()) {
        out.document(requestJson(r, nowMs, true));
        return;
    }
    QList<QStringList> rows {
        {RequestCommands::tr("Reference:"), r.reference},
        {RequestCommands::tr("Uid:"), r.uid},
        {RequestCommands::tr("Kind:"), Request::kindLabel(r.kind)},
        {RequestCommands::tr("Jurisdiction:"), Request::jurisdictionLabel(r.jurisdiction)},
        {RequestCommands::tr("Channel:"), Request::channelLabel(r.channel)},
        {RequestCommands::tr("Requester:"), r.requester},
        {RequestCommands::tr("Received:"), Formatting::isoTime(r.receivedAtMs)},
        {RequestCommands::tr("Due:"), Request::dateText(r.dueAtMs)},
        {RequestCommands::tr("Status:"), Request::statusLabel(r.status)},
    };
    if (r.verifiedAtMs) {
        rows.append({RequestCommands::tr("Verified:"),
                     RequestCommands::tr("%1 by %2: %3")
                         .arg(Formatting::isoTime(*r.verifiedAtMs), r.verifiedByName, r.verificationMethod)});
    }
    if (r.extendedAtMs) {
        rows.append({RequestCommands::tr("Extended:"),
                     RequestCommands::tr("%1: %2").arg(Formatting::isoTime(*r.extendedAtMs), r.extensionReason)});
    }
    if (r.receiptConfirmedAtMs) {
        rows.append({RequestCommands::tr("Receipt confirmed:"), Formatting::isoTime(*r.receiptConfirmedAtMs)});
    }
    if (r.requesterToldAtMs) {
        rows.append({RequestCommands::tr("Requester told:"), Formatting::isoTime(*r.requesterToldAtMs)});
    }
    if (r.closedAtMs) {
        rows.append({RequestCommands::tr("Closed:"),
                     RequestCommands::tr("%1, %2").arg(Formatting::isoTime(*r.closedAtMs),
                                                       r.outcome ? Request::outcomeLabel(*r.outcome) : QString())});
        if (!r.closingNote.isEmpty()) {
            rows.append({RequestCommands::tr("Note:"), r.closingNote});
        }
    }
    for (const privacy::RequestContact& c : r.contacts) {
        rows.append({RequestCommands::tr("Contact:"),
                     c.exists ? QStringLiteral("%1 %2").arg(c.uid, c.displayName)
                              : RequestCommands::tr("%1 (no longer in the vault)").arg(c.uid)});
    }
    for (const privacy::RequestArtefact& a : r.artefacts) {
        rows.append(
            {RequestCommands::tr("Artefact:"), QStringLiteral("%1 %2 sha256:%3").arg(a.kind, a.fileName, a.sha256)});
    }
    out.table({}, rows);
    if (!r.details.isEmpty()) {
        out.line(RequestCommands::tr("Details:"));
        out.line(r.details);
    }
    for (const QString& line : r.stateText(nowMs)) {
        out.line(line);
    }
}

int printChanged(CommandContext& ctx, const Request& r, qint64 nowMs)
{
    if (ctx.out().json()) {
        ctx.out().document(requestJson(r, nowMs, false));
        return 0;
    }
    for (const QString& line : r.stateText(nowMs)) {
        ctx.out().line(QStringLiteral("%1: %2").arg(r.reference, line));
    }
    return 0;
}

} // namespace

std::vector<CommandSpec> RequestCommands::commands()
{
    return {
        {"request add",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp", "register a data-subject request; prints its reference and due date"),
         {{"kind",
           Kind::Value,
           "KIND",
           QT_TRANSLATE_NOOP("CommandHelp",
                             "access, rectification, erasure, restriction, objection, portability or do-not-sell")},
          {"jurisdiction",
           Kind::Value,
           "J",
           QT_TRANSLATE_NOOP("CommandHelp", "gdpr, uk-gdpr, ccpa, pipeda, lgpd or other: sets the deadline")},
          {"channel",
           Kind::Value,
           "C",
           QT_TRANSLATE_NOOP("CommandHelp", "email (default), web, phone, letter, in-person or other")},
          {"received",
           Kind::Value,
           "DATE",
           QT_TRANSLATE_NOOP("CommandHelp",
                             "when it arrived: YYYY-MM-DD (that day of the register; today: now) or a time "
                             "(default now)")},
          {"requester", Kind::Value, "TEXT", QT_TRANSLATE_NOOP("CommandHelp", "who asked and how to reach them")},
          {"details", Kind::Value, "TEXT", QT_TRANSLATE_NOOP("CommandHelp", "what was asked")},
          {"contact",
           Kind::List,
           "CONTACT",
           QT_TRANSLATE_NOOP("CommandHelp", "a contact it is about, by uid; repeatable")}},
         &RequestCommands::add,
         "--kind KIND --jurisdiction J"},
        {"request list",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp", "requests by due date: open ones (default), overdue, due soon or all"),
         {{"open", Kind::Flag, nullptr, QT_TRANSLATE_NOOP("CommandHelp", "requests not closed (default)")},
          {"overdue", Kind::Flag, nullptr, QT_TRANSLATE_NOOP("CommandHelp", "open requests past their due date")},
          {"due-within",
           Kind::Value,
           "N",
           QT_TRANSLATE_NOOP("CommandHelp", "open requests due within N days (0 to 3650), overdue ones included")},
          {"all", Kind::Flag, nullptr, QT_TRANSLATE_NOOP("CommandHelp", "closed requests too")}},
         &RequestCommands::list},
        {"request show",
         "REF",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp", "a request with its contacts, artefacts and what is due next"),
         {},
         &RequestCommands::show},
        {"request verify",
         "REF",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp", "record how the requester's identity was verified (as this profile)"),
         {{"method", Kind::Value, "TEXT", QT_TRANSLATE_NOOP("CommandHelp", "how the identity was checked")}},
         &RequestCommands::verify,
         "--method TEXT"},
        {"request extend",
         "REF",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp", "extend the deadline once, as the jurisdiction allows, with the reason"),
         {{"reason", Kind::Value, "TEXT", QT_TRANSLATE_NOOP("CommandHelp", "why more time is needed")}},
         &RequestCommands::extend,
         "--reason TEXT"},
        {"request update",
         "REF",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "record that the receipt was confirmed or the requester told of the extension"),
         {{"receipt-confirmed",
           Kind::Flag,
           nullptr,
           QT_TRANSLATE_NOOP("CommandHelp", "the receipt was confirmed to the requester")},
          {"told",
           Kind::Flag,
           nullptr,
           QT_TRANSLATE_NOOP("CommandHelp", "the requester was told of the extension and its reason")},
          {"at",
           Kind::Value,
           "TIME",
           QT_TRANSLATE_NOOP("CommandHelp", "when it happened: YYYY-MM-DD or a time (default now)")}},
         &RequestCommands::update,
         "--receipt-confirmed|--told"},
        {"request close",
         "REF",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp", "close a request: completed (identity verified first), refused or withdrawn"),
         {{"outcome", Kind::Value, "O", QT_TRANSLATE_NOOP("CommandHelp", "completed, refused or withdrawn")},
          {"note", Kind::Value, "TEXT", QT_TRANSLATE_NOOP("CommandHelp", "closing note (needed for a refusal)")}},
         &RequestCommands::close,
         "--outcome O"},
    };
}

int RequestCommands::add(CommandContext& ctx)
{
    const Invocation& args = ctx.args();
    const auto kindText = args.value(QStringLiteral("kind"));
    const auto jurisdictionText = args.value(QStringLiteral("jurisdiction"));
    if (!kindText || !jurisdictionText) {
        return ctx.usage(tr("request add needs --kind and --jurisdiction; see confidant-cli request add --help."));
    }
    privacy::NewRequest input;
    const auto kind = Request::kindFromName(*kindText);
    if (!kind) {
        return invalid(ctx, tr("--kind takes %1.").arg(Request::kindNames().join(QStringLiteral(", "))));
    }
    input.kind = *kind;
    const auto jurisdiction = Request::jurisdictionFromName(*jurisdictionText);
    if (!jurisdiction) {
        return invalid(ctx,
                       tr("--jurisdiction takes %1.").arg(Request::jurisdictionNames().join(QStringLiteral(", "))));
    }
    input.jurisdiction = *jurisdiction;
    if (const auto channelText = args.value(QStringLiteral("channel"))) {
        const auto channel = Request::channelFromName(*channelText);
        if (!channel) {
            return invalid(ctx, tr("--channel takes %1.").arg(Request::channelNames().join(QStringLiteral(", "))));
        }
        input.channel = *channel;
    }
    bool ok = true;
    if (const auto received = ctx.timeOption(QStringLiteral("received"), ok)) {
        input.receivedAtMs = registerTime(*received, ctx.clock().nowMs());
    }
    if (!ok) {
        return ctx.exitCode();
    }
    input.requester = args.value(QStringLiteral("requester")).value_or(QString());
    input.details = args.value(QStringLiteral("details")).value_or(QString());
    input.contactUids = args.values(QStringLiteral("contact"));
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto added = session->requests().add(input);
    if (!added) {
        return ctx.fail(added.error());
    }
    const qint64 now = session->clock().nowMs();
    if (ctx.out().json()) {
        ctx.out().document(requestJson(*added, now, false));
        return 0;
    }
    ctx.out().line(
        tr("%1 due %2 (%3)")
            .arg(added->reference, Request::dateText(added->dueAtMs), Request::dueText(added->daysLeft(now))));
    return 0;
}

int RequestCommands::list(CommandContext& ctx)
{
    const Invocation& args = ctx.args();
    int chosen = 0;
    for (const char* option : {"open", "overdue", "due-within", "all"}) {
        chosen += args.has(QLatin1String(option)) ? 1 : 0;
    }
    if (chosen > 1) {
        return ctx.usage(tr("request list takes one of --open, --overdue, --due-within N and --all."));
    }
    privacy::RequestFilter filter = privacy::RequestFilter::Open;
    int days = kDefaultDueDays;
    if (args.flag(QStringLiteral("overdue"))) {
        filter = privacy::RequestFilter::Overdue;
    } else if (args.flag(QStringLiteral("all"))) {
        filter = privacy::RequestFilter::All;
    } else if (args.has(QStringLiteral("due-within"))) {
        const auto n = ctx.intOption(QStringLiteral("due-within"), kDefaultDueDays, 0, kMaxDueDays);
        if (!n) {
            return ctx.exitCode();
        }
        filter = privacy::RequestFilter::DueWithin;
        days = static_cast<int>(*n);
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto rows = session->requests().list(filter, days);
    if (!rows) {
        return ctx.fail(rows.error());
    }
    const qint64 now = session->clock().nowMs();
    if (ctx.out().json()) {
        QJsonArray list;
        for (const Request& r : *rows) {
            list.append(requestJson(r, now, false));
        }
        ctx.out().document({{QStringLiteral("requests"), list}});
        return 0;
    }
    QList<QStringList> table;
    for (const Request& r : *rows) {
        table.append({r.reference,
                      Request::kindName(r.kind),
                      Request::jurisdictionName(r.jurisdiction),
                      Request::statusName(r.status),
                      Request::dateText(r.receivedAtMs),
                      Request::dateText(r.dueAtMs),
                      daysColumn(r, now),
                      r.requester});
    }
    ctx.out().table(
        {tr("REFERENCE"), tr("KIND"), tr("LAW"), tr("STATUS"), tr("RECEIVED"), tr("DUE"), tr("LEFT"), tr("REQUESTER")},
        table);
    return 0;
}

int RequestCommands::show(CommandContext& ctx)
{
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto r = session->requests().find(ctx.args().arguments.value(0));
    if (!r) {
        return ctx.fail(r.error());
    }
    printRequest(ctx, *r, session->clock().nowMs());
    return 0;
}

int RequestCommands::verify(CommandContext& ctx)
{
    const auto method
        = requiredText(ctx, "method", tr("request verify needs --method TEXT: how the identity was checked."));
    if (!method) {
        return ctx.exitCode();
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto r = session->requests().verify(ctx.args().arguments.value(0), *method);
    if (!r) {
        return ctx.fail(r.error());
    }
    return printChanged(ctx, *r, session->clock().nowMs());
}

int RequestCommands::extend(CommandContext& ctx)
{
    const auto reason = requiredText(ctx, "reason", tr("request extend needs --reason TEXT: why more time is needed."));
    if (!reason) {
        return ctx.exitCode();
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto r = session->requests().extend(ctx.args().arguments.value(0), *reason);
    if (!r) {
        return ctx.fail(r.error());
    }
    return printChanged(ctx, *r, session->clock().nowMs());
}

int RequestCommands::update(CommandContext& ctx)
{
    const Invocation& args = ctx.args();
    privacy::RequestMarks marks;
    marks.receiptConfirmed = args.flag(QStringLiteral("receipt-confirmed"));
    marks.requesterTold = args.flag(QStringLiteral("told"));
    if (!marks.receiptConfirmed && !marks.requesterTold) {
        return ctx.usage(tr("request update needs --receipt-confirmed, --told or both."));
    }
    bool ok = true;
    if (const auto at = ctx.timeOption(QStringLiteral("at"), ok)) {
        marks.atMs = registerTime(*at, ctx.clock().nowMs());
    }
    if (!ok) {
        return ctx.exitCode();
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto r = session->requests().mark(args.arguments.value(0), marks);
    if (!r) {
        return ctx.fail(r.error());
    }
    return printChanged(ctx, *r, session->clock().nowMs());
}

int RequestCommands::close(CommandContext& ctx)
{
    const auto outcomeText
        = requiredText(ctx, "outcome", tr("request close needs --outcome completed, refused or withdrawn."));
    if (!outcomeText) {
        return ctx.exitCode();
    }
    const auto outcome = Request::outcomeFromName(*outcomeText);
    if (!outcome) {
        return invalid(ctx, tr("--outcome takes completed, refused or withdrawn."));
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto r = session->requests().close(
        ctx.args().arguments.value(0), *outcome, ctx.args().value(QStringLiteral("note")).value_or(QString()));
    if (!r) {
        return ctx.fail(r.error());
    }
    return printChanged(ctx, *r, session->clock().nowMs());
}

} // namespace confidant::cli
