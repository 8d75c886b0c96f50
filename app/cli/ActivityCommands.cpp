#include "ActivityCommands.h"

#include "core/crm/ActivityService.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

#include "CommandContext.h"
#include "Formatting.h"

namespace confidant::cli {

namespace {

constexpr int kDefaultLimit = 100;
constexpr int kMaxLimit = 10000;

const QString kSource = QStringLiteral("manual:cli");

QString localTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QJsonValue isoOrNull(const std::optional<qint64>& ms)
{
    return ms ? QJsonValue(Formatting::isoTime(*ms)) : QJsonValue();
}

QJsonObject activityJson(const crm::Activity& a)
{
    QJsonArray links;
    for (const auto& l : a.links) {
        links.append(QJsonObject {{QStringLiteral("type"), crm::entityTypeName(l.type)},
                                  {QStringLiteral("uid"), l.uid},
                                  {QStringLiteral("name"), l.label}});
    }
    return QJsonObject {{QStringLiteral("uid"), a.uid},
                        {QStringLiteral("kind"), crm::activityKindName(a.kind)},
                        {QStringLiteral("subject"), a.subject},
                        {QStringLiteral("body"), a.body},
                        {QStringLiteral("at"), Formatting::isoTime(a.atMs)},
                        {QStringLiteral("due_at"), isoOrNull(a.dueAtMs)},
                        {QStringLiteral("remind_at"), isoOrNull(a.remindAtMs)},
                        {QStringLiteral("done_at"), isoOrNull(a.doneAtMs)},
                        {QStringLiteral("done"), a.isDone()},
                        {QStringLiteral("owner_uid"), a.ownerUid},
                        {QStringLiteral("links"), links},
                        {QStringLiteral("source"), a.source},
                        {QStringLiteral("created_at"), Formatting::isoTime(a.createdAtMs)},
                        {QStringLiteral("updated_at"), Formatting::isoTime(a.updatedAtMs)}};
}

QString linksText(const crm::Activity& a)
{
    QStringList names;
    for (const auto& l : a.links) {
        names.append(l.label.isEmpty() ? l.uid : l.label);
    }
    return names.join(QStringLiteral(", "));
}

QString firstLine(const QString& text)
{
    return text.section(QLatin1Char('\n'), 0, 0).trimmed();
}

//! The --contact/--company/--deal options as links; reports a usage error for a value that is no uid.
std::optional<QList<crm::EntityRef>> linkOptions(CommandContext& ctx)
{
    QList<crm::EntityRef> links;
    for (auto type : {crm::EntityType::Contact, crm::EntityType::Company, crm::EntityType::Deal}) {
        const QString option = crm::entityTypeName(type);
        for (const QString& value : ctx.args().values(option)) {
            const QUuid uid = QUuid::fromString(value.trimmed());
            if (uid.isNull()) {
                ctx.usage(ActivityCommands::tr("--%1 takes a uid (8-4-4-4-12 hex digits), as printed by %1 list.")
                              .arg(option));
                return std::nullopt;
            }
            links.append(crm::EntityRef {type, uid.toString(QUuid::WithoutBraces), 0, {}});
        }
    }
    return links;
}

//! A time option (CLI.md "Dates and times"), a date alone at `dateOnly` local time that day: nullopt with
//! nothing reported when absent; `ok` false after a usage error.
std::optional<qint64> timeOption(CommandContext& ctx, const QString& name, QTime dateOnly, bool& ok)
{
    const auto time = ctx.timeOption(name, ok);
    return time ? std::optional<qint64>(time->atMs(dateOnly)) : std::nullopt;
}

int printAdded(CommandContext& ctx, const crm::Activity& a)
{
    if (ctx.out().json()) {
        ctx.out().document({{QStringLiteral("uid"), a.uid}});
    } else {
        ctx.out().line(a.uid);
    }
    return 0;
}

void printActivities(Output& out, const QList<crm::Activity>& rows, bool tasks)
{
    QList<QStringList> table;
    for (const auto& a : rows) {
        QString subject = a.subject.isEmpty() ? firstLine(a.body) : a.subject;
        if (tasks) {
            table.append({a.uid,
                          a.isDone() ? ActivityCommands::tr("done") : ActivityCommands::tr("open"),
                          localTime(a.dueAtMs.value_or(a.atMs)),
                          subject,
                          linksText(a)});
        } else {
            table.append({a.uid, localTime(a.atMs), crm::activityKindName(a.kind), subject, linksText(a)});
        }
    }
    if (tasks) {
        out.table({ActivityCommands::tr("UID"),
                   ActivityCommands::tr("STATE"),
                   ActivityCommands::tr("DUE"),
                   ActivityCommands::tr("SUBJECT"),
                   ActivityCommands::tr("LINKED TO")},
                  table);
    } else {
        out.table({ActivityCommands::tr("UID"),
                   ActivityCommands::tr("AT"),
                   ActivityCommands::tr("KIND"),
                   ActivityCommands::tr("SUBJECT"),
                   ActivityCommands::tr("LINKED TO")},
                  table);
    }
}

} // namespace

int ActivityCommands::add(CommandContext& ctx)
{
    const Invocation& args = ctx.args();
    const auto kindText = args.value(QStringLiteral("kind"));
    const auto kind = kindText ? crm::activityKindFromName(*kindText) : std::nullopt;
    if (!kind || *kind == crm::ActivityKind::Task) {
        return ctx.usage(tr("activity add needs --kind call, meeting, email or note (tasks: task add)."));
    }
    if (!args.has(QStringLiteral("subject")) && !args.has(QStringLiteral("body"))) {
        return ctx.usage(tr("activity add needs --subject or --body; see confidant-cli activity add --help."));
    }
    bool ok = true;
    const auto at = timeOption(ctx, QStringLiteral("at"), QTime(12, 0), ok);
    if (!ok) {
        return ctx.exitCode();
    }
    const auto links = linkOptions(ctx);
    if (!links) {
        return ctx.exitCode();
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    crm::Activity a;
    a.kind = *kind;
    a.subject = args.value(QStringLiteral("subject")).value_or(QString());
    a.body = args.value(QStringLiteral("body")).value_or(QString());
    a.atMs = at.value_or(0);
    a.links = *links;
    a.source = kSource;
    auto added = session->activities().add(a);
    if (!added) {
        return ctx.fail(added.error());
    }
    return printAdded(ctx, *added);
}

int ActivityCommands::list(CommandContext& ctx)
{
    const Invocation& args = ctx.args();
    const auto limit = ctx.intOption(QStringLiteral("limit"), kDefaultLimit, 1, kMaxLimit);
    if (!limit) {
        return ctx.exitCode();
    }
    const auto links = linkOptions(ctx);
    if (!links) {
        return ctx.exitCode();
    }
    if (links->size() > 1) {
        return ctx.usage(tr("activity list shows one timeline: give one of --contact, --company or --deal."));
    }
    const QString after = args.value(QStringLiteral("after")).value_or(QString());
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto page = links->isEmpty()
        ? session->activities().recent(session->actor().uid, static_cast<int>(*limit), after)
        : session->activities().timeline(links->first().type, links->first().uid, static_cast<int>(*limit), after);
    if (!page) {
        if (page.error().kind == ErrorKind::Invalid && !after.isEmpty()) {
            return ctx.usage(tr("--after takes the cursor printed by the previous activity list of the same record."));
        }
        return ctx.fail(page.error());
    }
    Output& out = ctx.out();
    if (out.json()) {
        QJsonArray rows;
        for (const auto& a : page->rows) {
            rows.append(activityJson(a));
        }
        out.document({{QStringLiteral("activities"), rows},
                      {QStringLiteral("next_cursor"),
                       page->nextCursor.isEmpty() ? QJsonValue() : QJsonValue(page->nextCursor)}});
        return 0;
    }
    if (page->rows.isEmpty()) {
        out.line(tr("No activities."));
        return 0;
    }
    printActivities(out, page->rows, false);
    if (!page->nextCursor.isEmpty()) {
        out.line(tr("Next page: --after %1").arg(page->nextCursor));
    }
    return 0;
}

int ActivityCommands::taskAdd(CommandContext& ctx)
{
    const Invocation& args = ctx.args();
    if (!args.has(QStringLiteral("subject")) && !args.has(QStringLiteral("body"))) {
        return ctx.usage(tr("task add needs --subject (or --body); see confidant-cli task add --help."));
    }
    if (!args.has(QStringLiteral("due"))) {
        return ctx.usage(tr("task add needs --due DATE, e.g. --due 2026-03-01 or --due 2026-03-01T14:30."));
    }
    bool ok = true;
    // A due date alone means by the end of that day.
    const auto due = timeOption(ctx, QStringLiteral("due"), QTime(23, 59), ok);
    if (!ok) {
        return ctx.exitCode();
    }
    const auto remind = timeOption(ctx, QStringLiteral("remind"), QTime(9, 0), ok);
    if (!ok) {
        return ctx.exitCode();
    }
    const auto links = linkOptions(ctx);
    if (!links) {
        return ctx.exitCode();
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    crm::Activity a;
    a.kind = crm::ActivityKind::Task;
    a.subject = args.value(QStringLiteral("subject")).value_or(QString());
    a.body = args.value(QStringLiteral("body")).value_or(QString());
    a.dueAtMs = due;
    a.remindAtMs = remind;
    a.links = *links;
    a.source = kSource;
    auto added = session->activities().add(a);
    if (!added) {
        return ctx.fail(added.error());
    }
    return printAdded(ctx, *added);
}

int ActivityCommands::taskList(CommandContext& ctx)
{
    const Invocation& args = ctx.args();
    const bool done = args.flag(QStringLiteral("done"));
    const bool all = args.flag(QStringLiteral("all"));
    const bool overdue = args.flag(QStringLiteral("overdue"));
    const bool today = args.flag(QStringLiteral("today"));
    if (done && all) {
        return ctx.usage(tr("--done lists done tasks and --all every task; give one of them."));
    }
    const auto limit = ctx.intOption(QStringLiteral("limit"), kDefaultLimit, 1, kMaxLimit);
    if (!limit) {
        return ctx.exitCode();
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    crm::TaskQuery query;
    query.limit = static_cast<int>(*limit);
    query.state = done ? crm::TaskState::Done : all ? crm::TaskState::All : crm::TaskState::Open;
    if (args.flag(QStringLiteral("mine"))) {
        query.ownerUid = session->actor().uid;
    }
    const auto [startOfToday, endOfToday]
        = crm::ActivityService::dayBounds(ctx.clock().nowMs(), QTimeZone::systemTimeZone());
    if (overdue && !today) {
        query.dueBeforeMs = startOfToday;
    } else if (today && !overdue) {
        query.dueFromMs = startOfToday;
        query.dueBeforeMs = endOfToday;
    } else if (today && overdue) {
        query.dueBeforeMs = endOfToday;
    }
    auto tasks = session->activities().tasks(query);
    if (!tasks) {
        return ctx.fail(tasks.error());
    }
    Output& out = ctx.out();
    if (out.json()) {
        QJsonArray rows;
        for (const auto& a : *tasks) {
            QJsonObject o = activityJson(a);
            o.insert(QStringLiteral("overdue"), !a.isDone() && a.dueAtMs.value_or(0) < startOfToday);
            rows.append(o);
        }
        out.document({{QStringLiteral("tasks"), rows}});
        return 0;
    }
    if (tasks->isEmpty()) {
        out.line(tr("No tasks."));
        return 0;
    }
    printActivities(out, *tasks, true);
    return 0;
}

int ActivityCommands::taskDone(CommandContext& ctx)
{
    const auto uid = Formatting::uidArgument(ctx, QStringLiteral("TASK"));
    if (!uid) {
        return ctx.exitCode();
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto task = session->activities().getByUid(*uid);
    if (!task) {
        return ctx.fail(task.error());
    }
    auto done = session->activities().complete(task->id);
    if (!done) {
        return ctx.fail(done.error());
    }
    if (ctx.out().json()) {
        ctx.out().document({{QStringLiteral("uid"), done->uid},
                            {QStringLiteral("done"), true},
                            {QStringLiteral("done_at"), isoOrNull(done->doneAtMs)}});
    } else {
        ctx.out().line(tr("Marked the task %1 done.").arg(done->uid));
    }
    return 0;
}

} // namespace confidant::cli
