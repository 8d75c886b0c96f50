#include "ErasureCommands.h"

#include "core/privacy/ErasureService.h"
#include "core/privacy/LegalHoldService.h"
#include "core/privacy/Suppression.h"

#include <QJsonArray>
#include <QJsonObject>

#include "CommandContext.h"
#include "Formatting.h"

namespace confidant::cli {

namespace {

using Kind = OptionSpec::Kind;

QJsonObject countsJson(const QMap<QString, qint64>& counts)
{
    QJsonObject o;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        o.insert(it.key(), it.value());
    }
    return o;
}

QList<QStringList> countRows(const QMap<QString, qint64>& counts)
{
    QList<QStringList> rows;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        rows.append({QStringLiteral("  ") + it.key(), QString::number(it.value())});
    }
    return rows;
}

QJsonObject holdJson(const privacy::LegalHold& h)
{
    return QJsonObject {
        {QStringLiteral("uid"), h.uid},
        {QStringLiteral("entity_type"), h.entityType},
        {QStringLiteral("entity_uid"), h.entityUid},
        {QStringLiteral("reason"), h.reason},
        {QStringLiteral("until"), h.until ? QJsonValue(h.until->toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("created_by"), h.createdBy},
        {QStringLiteral("created_at"), Formatting::isoTime(h.createdAtMs)},
        {QStringLiteral("released_at"),
         h.releasedAtMs ? QJsonValue(Formatting::isoTime(*h.releasedAtMs)) : QJsonValue()},
    };
}

void printPreview(Output& out, const privacy::ErasurePreview& p)
{
    if (out.json()) {
        QJsonArray held;
        for (const auto& h : p.held) {
            held.append(QJsonObject {
                {QStringLiteral("entity_type"), h.entityType},
                {QStringLiteral("entity_uid"), h.entityUid},
                {QStringLiteral("hold_uid"), h.holdUid},
                {QStringLiteral("reason"), h.reason},
                {QStringLiteral("until"), h.until ? QJsonValue(h.until->toString(Qt::ISODate)) : QJsonValue()}});
        }
        QJsonArray mentions;
        for (const auto& m : p.mentions) {
            mentions.append(QJsonObject {{QStringLiteral("entity_type"), m.entityType},
                                         {QStringLiteral("entity_uid"), m.entityUid},
                                         {QStringLiteral("label"), m.entityLabel},
                                         {QStringLiteral("field"), m.field},
                                         {QStringLiteral("matched"), m.matched},
                                         {QStringLiteral("excerpt"), m.excerpt}});
        }
        out.document({{QStringLiteral("contact_uid"), p.contactUid},
                      {QStringLiteral("confirm"), p.confirmationName},
                      {QStringLiteral("removed"), countsJson(p.removed)},
                      {QStringLiteral("anonymised"), countsJson(p.anonymised)},
                      {QStringLiteral("kept"), countsJson(p.kept)},
                      {QStringLiteral("held"), held},
                      {QStringLiteral("shared_activities"), p.sharedActivities},
                      {QStringLiteral("shared_deals"), p.sharedDeals},
                      {QStringLiteral("suppressed_identifiers"), p.suppressedIdentifiers},
                      {QStringLiteral("mentions"), mentions}});
        return;
    }
    out.line(ErasureCommands::tr("Erasing %1 (%2) would remove, per table:").arg(p.confirmationName, p.contactUid));
    out.table({}, countRows(p.removed));
    if (!p.anonymised.isEmpty()) {
        out.line(ErasureCommands::tr("Kept but anonymised (personal texts blanked; amounts, dates and stages kept):"));
        out.table({}, countRows(p.anonymised));
    }
    if (!p.kept.isEmpty()) {
        out.line(ErasureCommands::tr("Kept unchanged and restricted under a legal hold, erased when it ends:"));
        out.table({}, countRows(p.kept));
    }
    for (const auto& h : p.held) {
        out.line(ErasureCommands::tr("Under a legal hold, kept unchanged and restricted: %1 %2 (reason: %3%4)")
                     .arg(h.entityType,
                          h.entityUid,
                          h.reason,
                          h.until ? ErasureCommands::tr(", until %1").arg(h.until->toString(Qt::ISODate)) : QString()));
    }
    if (p.sharedActivities > 0) {
        out.line(ErasureCommands::tr("%1 activities are linked to other records too: only their link to this person "
                                     "goes, their text stays.")
                     .arg(p.sharedActivities));
    }
    if (p.sharedDeals > 0) {
        out.line(ErasureCommands::tr("%1 deals have other contacts too: only the link to this person goes.")
                     .arg(p.sharedDeals));
    }
    out.line(
        ErasureCommands::tr("Emails and phones that go on the suppression list: %1.").arg(p.suppressedIdentifiers));
    if (p.mentions.isEmpty()) {
        out.line(ErasureCommands::tr("No mentions of this person in other records."));
    } else {
        out.line(ErasureCommands::tr("Mentions in other records (change history, shared activities and saved filters "
                                     "are redacted by the erasure; redact the others with: subject redact-mention "
                                     "CONTACT TYPE UID FIELD):"));
        QList<QStringList> rows;
        for (const auto& m : p.mentions) {
            rows.append({QStringLiteral("  ") + m.entityType, m.entityUid, m.field, m.excerpt});
        }
        out.table({}, rows);
    }
}

void printKept(Output& out, const privacy::ErasureReceipt& receipt)
{
    if (!receipt.kept.isEmpty()) {
        out.line(ErasureCommands::tr("Kept unchanged and restricted under a legal hold, per table:"));
        out.table({}, countRows(receipt.kept));
    }
    if (receipt.queued > 0) {
        out.line(ErasureCommands::tr("Queued until the hold is released or lapses: %1 (see: subject erase-queue).")
                     .arg(receipt.queued));
    }
}

QJsonObject receiptJson(const privacy::ErasureReceipt& receipt)
{
    QJsonObject o = receipt.toJson();
    o.insert(QStringLiteral("sha256"), receipt.sha256());
    return o;
}

} // namespace

std::vector<CommandSpec> ErasureCommands::commands()
{
    return {
        {"subject erase",
         "CONTACT",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "erase a person from every table and the search index (needs \"erase\"); without "
                           "--confirm it shows what would go and exits 2"),
         {{"confirm",
           Kind::Value,
           "\"GIVEN FAMILY\"",
           QT_TRANSLATE_NOOP("CommandHelp",
                             "the contact's given and family name, as the preview shows it (case and extra spaces "
                             "do not matter)")},
          {"vacuum",
           Kind::Flag,
           nullptr,
           QT_TRANSLATE_NOOP("CommandHelp", "rewrite the vault file now (VACUUM); slow on a large vault")},
          {"request",
           Kind::Value,
           "REF",
           QT_TRANSLATE_NOOP("CommandHelp", "the data-subject request this answers (reference or uid)")},
          {"preview", Kind::Flag, nullptr, QT_TRANSLATE_NOOP("CommandHelp", "only show what would go; exit 0")}},
         &ErasureCommands::erase},
        {"subject redact-mention",
         "CONTACT ENTITY-TYPE UID FIELD",
         4,
         4,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "replace the person's name, emails and phones in a mention the erasure preview lists "
                           "(type, uid and field as it shows them) with a marker, keeping no old value in the "
                           "change history; needs \"erase\""),
         {},
         &ErasureCommands::redactMention},
        {"subject erase-queue",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "list the records legal holds keep back from an erasure: each is erased when its hold is "
                           "released or lapses"),
         {{"all", Kind::Flag, nullptr, QT_TRANSLATE_NOOP("CommandHelp", "also the queued erasures that have run")}},
         &ErasureCommands::eraseQueue},
        {"suppression check",
         "EMAIL|PHONE",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "exit 0 when the email or phone is not on the suppression list, 1 (with the date) when "
                           "an erased person had it"),
         {},
         &ErasureCommands::suppressionCheck},
        {"hold add",
         "ENTITY-TYPE UID",
         2,
         2,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "keep a contact, company, deal or activity from erasure: it stays unchanged and "
                           "restricted, and its erasure waits until the hold is released or lapses; needs \"erase\""),
         {{"reason", Kind::Value, "TEXT", QT_TRANSLATE_NOOP("CommandHelp", "why it must be kept (required)")},
          {"until",
           Kind::Value,
           "YYYY-MM-DD",
           QT_TRANSLATE_NOOP("CommandHelp", "the last day of the hold; without it, until released")}},
         &ErasureCommands::holdAdd,
         "--reason TEXT"},
        {"hold list",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp", "list the active legal holds"),
         {{"all", Kind::Flag, nullptr, QT_TRANSLATE_NOOP("CommandHelp", "also released and lapsed holds")}},
         &ErasureCommands::holdList},
        {"hold release",
         "UID",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp", "release a legal hold by its uid"),
         {},
         &ErasureCommands::holdRelease},
    };
}

int ErasureCommands::erase(CommandContext& ctx)
{
    const auto confirm = ctx.args().value(QStringLiteral("confirm"));
    const bool previewOnly = ctx.args().flag(QStringLiteral("preview"));
    if (previewOnly && confirm) {
        return ctx.usage(tr("--preview only shows what would go; leave out --confirm, or --preview to erase."));
    }
    if (const auto request = ctx.args().value(QStringLiteral("request")); request && request->trimmed().isEmpty()) {
        return ctx.usage(tr("--request needs the request's reference or uid."));
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    const QString contact = ctx.args().arguments.value(0);
    if (!confirm) {
        auto preview = session->erasure().preview(contact);
        if (!preview) {
            return ctx.fail(preview.error());
        }
        printPreview(ctx.out(), *preview);
        if (previewOnly) {
            return 0;
        }
        return ctx.usage(tr("Nothing was erased. To erase, repeat with --confirm \"GIVEN FAMILY\" (the name shown "
                            "above)."));
    }
    privacy::ErasureOptions options;
    options.vacuum = ctx.args().flag(QStringLiteral("vacuum"));
    options.request = ctx.args().value(QStringLiteral("request")).value_or(QString());
    auto receipt = session->erasure().erase(contact, *confirm, options);
    if (!receipt) {
        return ctx.fail(receipt.error());
    }
    for (const QString& warning : receipt->warnings) {
        Output::message(warning);
    }
    Output& out = ctx.out();
    if (out.json()) {
        out.document(receiptJson(*receipt));
        return 0;
    }
    out.line(tr("Erased. Receipt %1 (SHA-256 %2).").arg(receipt->uid, receipt->sha256()));
    out.line(tr("Removed, per table:"));
    out.table({}, countRows(receipt->removed));
    if (!receipt->anonymised.isEmpty()) {
        out.line(tr("Anonymised, per table:"));
        out.table({}, countRows(receipt->anonymised));
    }
    printKept(out, *receipt);
    out.line(tr("Emails and phones now on the suppression list: %1.").arg(receipt->suppressionHashes));
    if (receipt->vacuumed) {
        out.line(tr("The vault file was rewritten (VACUUM)."));
    }
    return 0;
}

int ErasureCommands::deleteContact(CommandContext& ctx)
{
    const auto uid = Formatting::uidArgument(ctx, QStringLiteral("CONTACT"));
    if (!uid) {
        return ctx.exitCode();
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    // A delete removes a person: it is the erasure, confirmed with --yes instead of the typed name.
    if (!ctx.args().flag(QStringLiteral("yes"))) {
        auto preview = session->erasure().deletePreview(*uid);
        if (!preview) {
            return ctx.fail(preview.error());
        }
        printPreview(ctx.out(), *preview);
        return ctx.usage(tr("Nothing was deleted. Deleting a contact erases it: its emails and phones stay on the "
                            "suppression list and the erasure is recorded. To delete, repeat with --yes."));
    }
    auto receipt = session->erasure().deleteContact(*uid);
    if (!receipt) {
        return ctx.fail(receipt.error());
    }
    for (const QString& warning : receipt->warnings) {
        Output::message(warning);
    }
    const bool keptContact = receipt->kept.value(QStringLiteral("contacts")) > 0;
    Output& out = ctx.out();
    if (out.json()) {
        out.document({{QStringLiteral("uid"), receipt->contactUid},
                      {QStringLiteral("deleted"), !keptContact},
                      {QStringLiteral("receipt"), receiptJson(*receipt)}});
        return 0;
    }
    if (keptContact) {
        out.line(tr("A legal hold keeps the contact %1: it stays unchanged and restricted, and its erasure is queued "
                    "until the hold ends (see: subject erase-queue). Receipt %2.")
                     .arg(receipt->contactUid, receipt->uid));
    } else {
        out.line(tr("Deleted the contact %1: erased, receipt %2; its emails and phones are on the suppression list "
                    "(%3).")
                     .arg(receipt->contactUid, receipt->uid)
                     .arg(receipt->suppressionHashes));
        printKept(out, *receipt);
    }
    return 0;
}

int ErasureCommands::redactMention(CommandContext& ctx)
{
    const auto uid = Formatting::uidArgument(ctx, QStringLiteral("CONTACT"));
    if (!uid) {
        return ctx.exitCode();
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    const QStringList& args = ctx.args().arguments;
    auto done = session->erasure().redactMention(*uid, args.value(1), args.value(2), args.value(3));
    if (!done) {
        return ctx.fail(done.error());
    }
    Output& out = ctx.out();
    if (out.json()) {
        out.document({{QStringLiteral("contact_uid"), done->contactUid},
                      {QStringLiteral("entity_type"), done->entityType},
                      {QStringLiteral("entity_uid"), done->entityUid},
                      {QStringLiteral("field"), done->field},
                      {QStringLiteral("replaced"), done->replaced}});
        return 0;
    }
    out.line(tr("Redacted %1 occurrences of the person in %2 %3, %4; the change history keeps no old value.")
                 .arg(done->replaced)
                 .arg(done->entityType, done->entityUid, done->field));
    return 0;
}

int ErasureCommands::eraseQueue(CommandContext& ctx)
{
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto queue = session->erasure().queue(ctx.args().flag(QStringLiteral("all")));
    if (!queue) {
        return ctx.fail(queue.error());
    }
    auto state = [](const privacy::QueuedErasure& q) {
        return q.doneAtMs ? QStringLiteral("done") : (q.due ? QStringLiteral("due") : QStringLiteral("waiting"));
    };
    Output& out = ctx.out();
    if (out.json()) {
        QJsonArray items;
        for (const auto& q : *queue) {
            items.append(QJsonObject {
                {QStringLiteral("uid"), q.uid},
                {QStringLiteral("contact_uid"), q.contactUid},
                {QStringLiteral("entity_type"), q.entityType},
                {QStringLiteral("entity_uid"), q.entityUid},
                {QStringLiteral("hold_uid"), q.holdUid},
                {QStringLiteral("hold_reason"), q.holdReason},
                {QStringLiteral("hold_until"),
                 q.holdUntil ? QJsonValue(q.holdUntil->toString(Qt::ISODate)) : QJsonValue()},
                {QStringLiteral("request_uid"), q.requestUid.isEmpty() ? QJsonValue() : QJsonValue(q.requestUid)},
                {QStringLiteral("queued_at"), Formatting::isoTime(q.queuedAtMs)},
                {QStringLiteral("queued_by"), q.queuedBy},
                {QStringLiteral("done_at"), q.doneAtMs ? QJsonValue(Formatting::isoTime(*q.doneAtMs)) : QJsonValue()},
                {QStringLiteral("state"), state(q)},
            });
        }
        out.document({{QStringLiteral("queue"), items}});
        return 0;
    }
    if (queue->isEmpty()) {
        out.line(tr("No erasure is waiting for a legal hold."));
        return 0;
    }
    QList<QStringList> rows;
    for (const auto& q : *queue) {
        const QString shownState
            = q.doneAtMs ? tr("done %1").arg(Formatting::isoTime(*q.doneAtMs)) : (q.due ? tr("due") : tr("waiting"));
        rows.append({q.contactUid,
                     q.entityType,
                     q.entityUid,
                     q.holdUid,
                     q.holdUntil ? q.holdUntil->toString(Qt::ISODate) : QStringLiteral("-"),
                     Formatting::isoTime(q.queuedAtMs),
                     shownState,
                     q.holdReason});
    }
    out.table(
        {tr("PERSON"), tr("TYPE"), tr("RECORD"), tr("HOLD"), tr("UNTIL"), tr("QUEUED"), tr("STATE"), tr("REASON")},
        rows);
    return 0;
}

int ErasureCommands::suppressionCheck(CommandContext& ctx)
{
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto match = session->suppression().check(ctx.args().arguments.value(0));
    if (!match) {
        return ctx.fail(match.error());
    }
    Output& out = ctx.out();
    if (out.json()) {
        out.document(
            {{QStringLiteral("suppressed"), match->has_value()},
             {QStringLiteral("since"), match->has_value() ? QJsonValue(Formatting::isoTime(**match)) : QJsonValue()}});
    }
    if (!match->has_value()) {
        if (!out.json()) {
            out.line(tr("Not on the suppression list."));
        }
        return 0;
    }
    // Exit 1 (CLI.md: other failure) with the reason on stderr, as a refused `contact add` exits.
    Output::message(tr("On the suppression list since %1: the person with it asked to be erased; do not add them "
                       "again without an explicit override.")
                        .arg(Formatting::isoTime(**match)));
    return toInt(ExitCode::Failure);
}

int ErasureCommands::holdAdd(CommandContext& ctx)
{
    const auto reason = ctx.args().value(QStringLiteral("reason"));
    if (!reason) {
        return ctx.usage(tr("hold add needs --reason TEXT: why the record must be kept."));
    }
    // A calendar day (CLI.md "Dates and times"); the hold lapses after it in UTC (docs/DECISIONS.md).
    bool ok = true;
    const std::optional<QDate> until = ctx.dayOption(QStringLiteral("until"), ok, false);
    if (!ok) {
        return ctx.exitCode();
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto hold = session->legalHolds().add(ctx.args().arguments.value(0), ctx.args().arguments.value(1), *reason, until);
    if (!hold) {
        return ctx.fail(hold.error());
    }
    if (ctx.out().json()) {
        ctx.out().document(holdJson(*hold));
    } else {
        ctx.out().line(hold->uid);
    }
    return 0;
}

int ErasureCommands::holdList(CommandContext& ctx)
{
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto holds = session->legalHolds().list(ctx.args().flag(QStringLiteral("all")));
    if (!holds) {
        return ctx.fail(holds.error());
    }
    Output& out = ctx.out();
    if (out.json()) {
        QJsonArray items;
        for (const auto& h : *holds) {
            items.append(holdJson(h));
        }
        out.document({{QStringLiteral("holds"), items}});
        return 0;
    }
    if (holds->isEmpty()) {
        out.line(tr("No legal holds."));
        return 0;
    }
    QList<QStringList> rows;
    for (const auto& h : *holds) {
        rows.append({h.uid,
                     h.entityType,
                     h.entityUid,
                     h.until ? h.until->toString(Qt::ISODate) : QStringLiteral("-"),
                     h.releasedAtMs ? Formatting::isoTime(*h.releasedAtMs) : QStringLiteral("-"),
                     h.reason});
    }
    out.table({tr("UID"), tr("TYPE"), tr("RECORD"), tr("UNTIL"), tr("RELEASED"), tr("REASON")}, rows);
    return 0;
}

int ErasureCommands::holdRelease(CommandContext& ctx)
{
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto hold = session->legalHolds().release(ctx.args().arguments.value(0));
    if (!hold) {
        return ctx.fail(hold.error());
    }
    if (ctx.out().json()) {
        ctx.out().document(holdJson(*hold));
    } else {
        ctx.out().line(tr("Released the legal hold %1.").arg(hold->uid));
    }
    return 0;
}

} // namespace confidant::cli
