#include "SubjectCommands.h"

#include "core/Session.h"
#include "core/privacy/SubjectRightsService.h"

#include <QJsonArray>
#include <QJsonObject>

#include "CommandContext.h"
#include "Formatting.h"

namespace confidant::cli {

namespace {

using Kind = OptionSpec::Kind;
using privacy::SubjectStatus;

QJsonValue isoOrNull(const std::optional<qint64>& ms)
{
    return ms ? QJsonValue(Formatting::isoTime(*ms)) : QJsonValue();
}

QJsonObject statusJson(const SubjectStatus& s)
{
    return {{QStringLiteral("uid"), s.contactUid},
            {QStringLiteral("restricted"), s.isRestricted()},
            {QStringLiteral("restricted_at"), isoOrNull(s.restrictedAtMs)},
            {QStringLiteral("restriction_reason"), s.restrictionReason},
            {QStringLiteral("objected_to_marketing"), s.hasObjected()},
            {QStringLiteral("marketing_objection_at"), isoOrNull(s.objectedAtMs)}};
}

//! Runs `change` on the CONTACT argument and prints the new state.
template <typename Change>
int changeStatus(CommandContext& ctx, Change change, const char* done)
{
    const auto uid = Formatting::uidArgument(ctx, QStringLiteral("CONTACT"));
    if (!uid) {
        return ctx.exitCode();
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto status = change(session->subjectRights(), *uid);
    if (!status) {
        return ctx.fail(status.error());
    }
    if (ctx.out().json()) {
        ctx.out().document(statusJson(*status));
    } else {
        ctx.out().line(SubjectCommands::tr(done).arg(status->contactUid));
    }
    return 0;
}

} // namespace

std::vector<CommandSpec> SubjectCommands::commands()
{
    return {
        {"subject restrict",
         "CONTACT",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "restrict processing of a contact (Art. 18): it becomes read-only and leaves every export"),
         {{"reason",
           Kind::Value,
           "TEXT",
           QT_TRANSLATE_NOOP("CommandHelp", "why (e.g. accuracy contested); kept with the contact, never audited")}},
         &SubjectCommands::restrict},
        {"subject unrestrict",
         "CONTACT",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp", "lift the restriction of a contact"),
         {},
         &SubjectCommands::unrestrict},
        {"subject object",
         "CONTACT",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "record an objection to direct marketing (Art. 21(2)); withdraws marketing consents"),
         {},
         &SubjectCommands::object},
        {"contact history",
         "CONTACT",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "field changes of a contact (Art. 16) and the recipients to tell of them (Art. 19)"),
         {},
         &SubjectCommands::history},
    };
}

int SubjectCommands::restrict(CommandContext& ctx)
{
    const QString reason = ctx.args().value(QStringLiteral("reason")).value_or(QString());
    return changeStatus(
        ctx,
        [&reason](privacy::SubjectRightsService& s, const QString& uid) { return s.restrict(uid, reason); },
        QT_TR_NOOP("Processing of contact %1 is restricted (Art. 18)."));
}

int SubjectCommands::unrestrict(CommandContext& ctx)
{
    return changeStatus(
        ctx,
        [](privacy::SubjectRightsService& s, const QString& uid) { return s.unrestrict(uid); },
        QT_TR_NOOP("The restriction of contact %1 is lifted."));
}

int SubjectCommands::object(CommandContext& ctx)
{
    return changeStatus(
        ctx,
        [](privacy::SubjectRightsService& s, const QString& uid) { return s.object(uid); },
        QT_TR_NOOP("Contact %1 objected to direct marketing; their marketing consents are withdrawn."));
}

int SubjectCommands::history(CommandContext& ctx)
{
    const auto uid = Formatting::uidArgument(ctx, QStringLiteral("CONTACT"));
    if (!uid) {
        return ctx.exitCode();
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto changes = session->subjectRights().history(*uid);
    if (!changes) {
        return ctx.fail(changes.error());
    }
    auto recipients = session->subjectRights().recipients(*uid);
    if (!recipients) {
        return ctx.fail(recipients.error());
    }
    if (ctx.out().json()) {
        QJsonArray changeList;
        for (const auto& c : *changes) {
            changeList.append(QJsonObject {{QStringLiteral("field"), c.field},
                                           {QStringLiteral("old_value"), c.oldValue},
                                           {QStringLiteral("changed_at"), Formatting::isoTime(c.changedAtMs)},
                                           {QStringLiteral("changed_by"), c.changedBy},
                                           {QStringLiteral("changed_by_name"), c.changedByName}});
        }
        QJsonArray recipientList;
        for (const auto& r : *recipients) {
            recipientList.append(QJsonObject {{QStringLiteral("uid"), r.uid},
                                              {QStringLiteral("name"), r.name},
                                              {QStringLiteral("role"), privacy::Processor::roleName(r.role)},
                                              {QStringLiteral("contact"), r.contact},
                                              {QStringLiteral("archived"), r.archived},
                                              {QStringLiteral("purposes"), QJsonArray::fromStringList(r.purposes)}});
        }
        ctx.out().document({{QStringLiteral("uid"), uid->toLower()},
                            {QStringLiteral("changes"), changeList},
                            {QStringLiteral("recipients"), recipientList}});
        return 0;
    }
    if (changes->isEmpty()) {
        ctx.out().line(tr("No field changes recorded."));
    } else {
        QList<QStringList> rows;
        for (const auto& c : *changes) {
            rows.append({Formatting::isoTime(c.changedAtMs),
                         c.field,
                         c.oldValue,
                         c.changedByName.isEmpty() ? c.changedBy : c.changedByName});
        }
        ctx.out().table({tr("Changed at"), tr("Field"), tr("Old value"), tr("By")}, rows);
    }
    ctx.out().line();
    if (recipients->isEmpty()) {
        ctx.out().line(tr("No recipients to tell (Art. 19): no processor serves a purpose of this contact."));
    } else {
        ctx.out().line(tr("Recipients to tell of a change (Art. 19):"));
        QList<QStringList> rows;
        for (const auto& r : *recipients) {
            rows.append(
                {r.name, privacy::Processor::roleLabel(r.role), r.purposes.join(QStringLiteral(", ")), r.contact});
        }
        ctx.out().table({tr("Name"), tr("Role"), tr("Purposes"), tr("Contact")}, rows);
    }
    return 0;
}

} // namespace confidant::cli
