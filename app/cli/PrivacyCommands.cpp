#include "PrivacyCommands.h"

#include "core/privacy/ConsentService.h"
#include "core/privacy/PurposeService.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include "CommandContext.h"
#include "Formatting.h"

namespace confidant::cli {

namespace {

using Kind = OptionSpec::Kind;
using privacy::ConsentEvent;
using privacy::ConsentService;
using privacy::Purpose;

constexpr int kDefaultDueDays = 30;
constexpr int kMaxDueDays = 3650;

std::vector<OptionSpec> purposeOptions(bool editing)
{
    std::vector<OptionSpec> options {
        {"name", Kind::Value, "NAME", QT_TRANSLATE_NOOP("CommandHelp", "the purpose's (new) name")},
        {"basis",
         Kind::Value,
         "BASIS",
         QT_TRANSLATE_NOOP("CommandHelp",
                           "lawful basis: consent, contract, legal-obligation, vital-interests, public-task or "
                           "legitimate-interests")},
        {"description", Kind::Value, "TEXT", QT_TRANSLATE_NOOP("CommandHelp", "what the data is used for")},
        {"interest",
         Kind::Value,
         "TEXT",
         QT_TRANSLATE_NOOP("CommandHelp", "the legitimate interest, written out (needed for legitimate-interests)")},
        {"retention-days",
         Kind::Value,
         "N",
         QT_TRANSLATE_NOOP("CommandHelp", "how many days data is needed for it (on edit, empty: no period)")},
        {"field",
         Kind::List,
         "KEY",
         QT_TRANSLATE_NOOP("CommandHelp", "a field it uses, such as contact.email; repeat for several")},
        {"marketing",
         Kind::Flag,
         nullptr,
         QT_TRANSLATE_NOOP("CommandHelp", "it is direct marketing: contacts who object are left out")},
        {"requires-consent",
         Kind::Flag,
         nullptr,
         QT_TRANSLATE_NOOP("CommandHelp", "needs a consent per contact even on another basis (always for consent)")},
    };
    if (editing) {
        options.push_back(
            {"no-marketing", Kind::Flag, nullptr, QT_TRANSLATE_NOOP("CommandHelp", "it is not direct marketing")});
        options.push_back({"no-requires-consent",
                           Kind::Flag,
                           nullptr,
                           QT_TRANSLATE_NOOP("CommandHelp", "needs no consent (not for the consent basis)")});
        options.push_back({"clear-fields",
                           Kind::Flag,
                           nullptr,
                           QT_TRANSLATE_NOOP("CommandHelp", "empty the list of fields (--field replaces it)")});
    }
    return options;
}

// The same options for grant, refresh and withdraw, so that scripts can pass them alike; core refuses what
// does not fit (an expiry on a withdrawal: exit 7).
std::vector<OptionSpec> consentOptions()
{
    return {
        {"method",
         Kind::Value,
         "M",
         QT_TRANSLATE_NOOP("CommandHelp", "web-form, paper, verbal, email, import or other (default other)")},
        {"evidence",
         Kind::Value,
         "TEXT",
         QT_TRANSLATE_NOOP("CommandHelp", "where the proof is: a form's id, where the paper is filed, who heard it")},
        {"at",
         Kind::Value,
         "TIME",
         QT_TRANSLATE_NOOP("CommandHelp", "when it happened (default now; not in the future)")},
        {"notice",
         Kind::Value,
         "VERSION|UID",
         QT_TRANSLATE_NOOP("CommandHelp", "the published notice shown: uid, VERSION or LANG:VERSION")},
        {"expires",
         Kind::Value,
         "DATE",
         QT_TRANSLATE_NOOP("CommandHelp", "when the consent is to be asked again (not for a withdrawal)")},
    };
}

QString localTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QJsonValue isoOrNull(const std::optional<qint64>& ms)
{
    return ms ? QJsonValue(Formatting::isoTime(*ms)) : QJsonValue();
}

QString yesNo(bool value)
{
    return value ? PrivacyCommands::tr("yes") : PrivacyCommands::tr("no");
}

QString retentionText(const Purpose& p)
{
    return p.retentionDays ? PrivacyCommands::tr("%n day(s)", nullptr, *p.retentionDays) : PrivacyCommands::tr("-");
}

QJsonObject purposeJson(const Purpose& p)
{
    return {{QStringLiteral("uid"), p.uid},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("description"), p.description},
            {QStringLiteral("basis"), Purpose::basisName(p.basis)},
            {QStringLiteral("article"), Purpose::articleRef(p.basis)},
            {QStringLiteral("legitimate_interest"), p.legitimateInterest},
            {QStringLiteral("requires_consent"), p.requiresConsent},
            {QStringLiteral("direct_marketing"), p.directMarketing},
            {QStringLiteral("fields"), QJsonArray::fromStringList(p.fields)},
            {QStringLiteral("retention_days"), p.retentionDays ? QJsonValue(*p.retentionDays) : QJsonValue()},
            {QStringLiteral("archived"), p.archived},
            {QStringLiteral("created_at"), Formatting::isoTime(p.createdAtMs)},
            {QStringLiteral("updated_at"), Formatting::isoTime(p.updatedAtMs)}};
}

QJsonObject eventJson(const ConsentEvent& e)
{
    return {{QStringLiteral("uid"), e.uid},
            {QStringLiteral("contact"), e.contactUid},
            {QStringLiteral("purpose"), e.purposeName},
            {QStringLiteral("purpose_uid"), e.purposeUid},
            {QStringLiteral("kind"), ConsentService::kindName(e.kind)},
            {QStringLiteral("at"), Formatting::isoTime(e.atMs)},
            {QStringLiteral("method"), ConsentService::methodName(e.method)},
            {QStringLiteral("evidence"), e.evidence},
            {QStringLiteral("notice_uid"), e.noticeUid.isEmpty() ? QJsonValue() : QJsonValue(e.noticeUid)},
            {QStringLiteral("notice_language"), e.noticeUid.isEmpty() ? QJsonValue() : QJsonValue(e.noticeLanguage)},
            {QStringLiteral("notice_version"), e.noticeUid.isEmpty() ? QJsonValue() : QJsonValue(e.noticeVersion)},
            {QStringLiteral("expires_at"), isoOrNull(e.expiresAtMs)},
            {QStringLiteral("recorded_by"), e.recordedByName},
            {QStringLiteral("recorded_by_uid"), e.recordedBy},
            {QStringLiteral("created_at"), Formatting::isoTime(e.createdAtMs)}};
}

QString noticeText(const ConsentEvent& e)
{
    return e.noticeUid.isEmpty() ? QStringLiteral("-")
                                 : QStringLiteral("%1:%2").arg(e.noticeLanguage).arg(e.noticeVersion);
}

//! The purpose named by the argument at `index`; reports and returns nullopt when there is none.
std::optional<Purpose> purposeArgument(CommandContext& ctx, Session& session, qsizetype index)
{
    auto found = session.purposes().find(ctx.args().arguments.value(index));
    if (!found) {
        ctx.fail(found.error());
        return std::nullopt;
    }
    return *found;
}

//! The contact named by the first argument (a uid); reports and returns nullopt when there is none.
std::optional<crm::Contact> contactArgument(CommandContext& ctx, Session& session)
{
    const auto uid = Formatting::uidArgument(ctx, QStringLiteral("CONTACT"));
    if (!uid) {
        return std::nullopt;
    }
    auto contact = session.contacts().getByUid(*uid);
    if (!contact) {
        ctx.fail(contact.error());
        return std::nullopt;
    }
    return *contact;
}

//! Reads the purpose options into `p`; reports and returns false on an error.
bool applyPurposeOptions(CommandContext& ctx, Purpose& p)
{
    const Invocation& args = ctx.args();
    if (const auto name = args.value(QStringLiteral("name"))) {
        p.name = *name;
    }
    if (const auto basis = args.value(QStringLiteral("basis"))) {
        const auto b = Purpose::basisFromName(*basis);
        if (!b) {
            ctx.fail(
                makeError(ErrorKind::Invalid,
                          PrivacyCommands::tr("--basis takes consent, contract, legal-obligation, vital-interests, "
                                              "public-task or legitimate-interests.")));
            return false;
        }
        if (*b != p.basis && !args.has(QStringLiteral("requires-consent"))
            && !args.has(QStringLiteral("no-requires-consent"))) {
            // A new basis brings its own default: consent needs consent, the others do not.
            p.requiresConsent = *b == privacy::LawfulBasis::Consent;
        }
        p.basis = *b;
    }
    if (args.has(QStringLiteral("description"))) {
        p.description = args.value(QStringLiteral("description")).value_or(QString());
    }
    if (args.has(QStringLiteral("interest"))) {
        p.legitimateInterest = args.value(QStringLiteral("interest")).value_or(QString());
    }
    if (args.has(QStringLiteral("retention-days"))) {
        const auto text = args.value(QStringLiteral("retention-days"));
        if (!text || text->trimmed().isEmpty()) {
            p.retentionDays.reset();
        } else {
            bool ok = false;
            const int days = text->trimmed().toInt(&ok);
            if (!ok || days <= 0) {
                ctx.fail(makeError(ErrorKind::Invalid,
                                   PrivacyCommands::tr("--retention-days takes a whole number of days above 0.")));
                return false;
            }
            p.retentionDays = days;
        }
    }
    if (args.flag(QStringLiteral("clear-fields"))) {
        p.fields.clear();
    }
    if (args.has(QStringLiteral("field"))) {
        p.fields = args.values(QStringLiteral("field"));
    }
    if (args.flag(QStringLiteral("marketing")) && args.flag(QStringLiteral("no-marketing"))) {
        ctx.usage(PrivacyCommands::tr("Give --marketing or --no-marketing, not both."));
        return false;
    }
    if (args.flag(QStringLiteral("requires-consent")) && args.flag(QStringLiteral("no-requires-consent"))) {
        ctx.usage(PrivacyCommands::tr("Give --requires-consent or --no-requires-consent, not both."));
        return false;
    }
    if (args.flag(QStringLiteral("marketing"))) {
        p.directMarketing = true;
    }
    if (args.flag(QStringLiteral("no-marketing"))) {
        p.directMarketing = false;
    }
    if (args.flag(QStringLiteral("requires-consent"))) {
        p.requiresConsent = true;
    }
    if (args.flag(QStringLiteral("no-requires-consent"))) {
        if (p.basis == privacy::LawfulBasis::Consent) {
            ctx.fail(makeError(ErrorKind::Invalid,
                               PrivacyCommands::tr("A purpose resting on consent always requires consent.")));
            return false;
        }
        p.requiresConsent = false;
    }
    return true;
}

int printPurpose(CommandContext& ctx, const Purpose& p, const QString& humanLine)
{
    if (ctx.out().json()) {
        ctx.out().document(purposeJson(p));
    } else {
        ctx.out().line(humanLine);
    }
    return 0;
}

int setArchived(CommandContext& ctx, bool archived)
{
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    const auto purpose = purposeArgument(ctx, *session, 0);
    if (!purpose) {
        return ctx.exitCode();
    }
    auto changed = session->purposes().setArchived(purpose->id, archived);
    if (!changed) {
        return ctx.fail(changed.error());
    }
    return printPurpose(ctx,
                        *changed,
                        archived ? PrivacyCommands::tr("Archived the purpose %1.").arg(changed->uid)
                                 : PrivacyCommands::tr("The purpose %1 is in use again.").arg(changed->uid));
}

//! Reads --method, --evidence, --at, --notice, --expires; reports and returns nullopt on an error.
std::optional<privacy::ConsentRecord> consentRecord(CommandContext& ctx)
{
    const Invocation& args = ctx.args();
    privacy::ConsentRecord record;
    if (args.has(QStringLiteral("method"))) {
        const auto method = ConsentService::methodFromName(args.value(QStringLiteral("method")).value_or(QString()));
        if (!method) {
            ctx.fail(makeError(ErrorKind::Invalid,
                               PrivacyCommands::tr("--method takes web-form, paper, verbal, email, import or other.")));
            return std::nullopt;
        }
        record.method = *method;
    }
    record.evidence = args.value(QStringLiteral("evidence")).value_or(QString());
    // CLI.md "Dates and times": a date alone is 00:00 that day, for --expires too (ask again when it begins).
    bool ok = true;
    if (const auto at = ctx.timeOption(QStringLiteral("at"), ok)) {
        record.atMs = at->atMs();
    }
    if (!ok) {
        return std::nullopt;
    }
    if (const auto expires = ctx.timeOption(QStringLiteral("expires"), ok)) {
        record.expiresAtMs = expires->atMs();
    }
    if (!ok) {
        return std::nullopt;
    }
    record.notice = args.value(QStringLiteral("notice")).value_or(QString());
    return record;
}

int recordConsent(CommandContext& ctx, privacy::ConsentEventKind kind)
{
    const auto record = consentRecord(ctx);
    if (!record) {
        return ctx.exitCode();
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    const auto contact = contactArgument(ctx, *session);
    if (!contact) {
        return ctx.exitCode();
    }
    const auto purpose = purposeArgument(ctx, *session, 1);
    if (!purpose) {
        return ctx.exitCode();
    }
    auto& consents = session->consents();
    auto event = kind == privacy::ConsentEventKind::Granted ? consents.grant(contact->id, purpose->id, *record)
        : kind == privacy::ConsentEventKind::Withdrawn      ? consents.withdraw(contact->id, purpose->id, *record)
                                                            : consents.refresh(contact->id, purpose->id, *record);
    if (!event) {
        return ctx.fail(event.error());
    }
    if (ctx.out().json()) {
        ctx.out().document(eventJson(*event));
        return 0;
    }
    QString line;
    switch (kind) {
    case privacy::ConsentEventKind::Granted:
        line = PrivacyCommands::tr("Recorded the consent for \"%1\" (event %2).");
        break;
    case privacy::ConsentEventKind::Withdrawn:
        line = PrivacyCommands::tr("Recorded the withdrawal of the consent for \"%1\" (event %2).");
        break;
    case privacy::ConsentEventKind::Refreshed:
        line = PrivacyCommands::tr("Recorded the refreshed consent for \"%1\" (event %2).");
        break;
    }
    ctx.out().line(line.arg(event->purposeName, event->uid));
    if (event->expiresAtMs) {
        ctx.out().line(PrivacyCommands::tr("Refresh due: %1.").arg(localTime(*event->expiresAtMs)));
    }
    return 0;
}

} // namespace

std::vector<CommandSpec> PrivacyCommands::commands()
{
    return {
        {"purpose list",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp", "list the purposes with their lawful basis"),
         {{"all", Kind::Flag, nullptr, QT_TRANSLATE_NOOP("CommandHelp", "archived purposes too")}},
         &PrivacyCommands::purposeList},
        {"purpose show",
         "PURPOSE",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp", "show a purpose (by name or uid)"),
         {},
         &PrivacyCommands::purposeShow},
        {"purpose add",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp", "add a purpose and print its uid (needs \"manage purposes\")"),
         purposeOptions(false),
         &PrivacyCommands::purposeAdd,
         "--name NAME --basis BASIS"},
        {"purpose edit",
         "PURPOSE",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "change what is given; --field replaces the list (needs \"manage purposes\")"),
         purposeOptions(true),
         &PrivacyCommands::purposeEdit},
        {"purpose archive",
         "PURPOSE",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "archive a purpose: kept in the records, no longer used (needs \"manage purposes\")"),
         {},
         &PrivacyCommands::purposeArchive},
        {"purpose unarchive",
         "PURPOSE",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp", "use an archived purpose again (needs \"manage purposes\")"),
         {},
         &PrivacyCommands::purposeUnarchive},
        {"consent grant",
         "CONTACT PURPOSE",
         2,
         2,
         QT_TRANSLATE_NOOP("CommandHelp", "record that a contact gave consent for a purpose"),
         consentOptions(),
         &PrivacyCommands::consentGrant},
        {"consent withdraw",
         "CONTACT PURPOSE",
         2,
         2,
         QT_TRANSLATE_NOOP("CommandHelp", "record that a contact withdrew consent for a purpose"),
         consentOptions(),
         &PrivacyCommands::consentWithdraw},
        {"consent refresh",
         "CONTACT PURPOSE",
         2,
         2,
         QT_TRANSLATE_NOOP("CommandHelp", "record that a contact confirmed a given consent again"),
         consentOptions(),
         &PrivacyCommands::consentRefresh},
        {"consent history",
         "CONTACT [PURPOSE]",
         1,
         2,
         QT_TRANSLATE_NOOP("CommandHelp", "a contact's consent events, newest first"),
         {},
         &PrivacyCommands::consentHistory},
        {"consent state",
         "CONTACT",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp", "a contact's consent per purpose now"),
         {},
         &PrivacyCommands::consentState},
        {"consent due",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp", "consents to refresh: expired, or expiring within N days"),
         {{"days", Kind::Value, "N", QT_TRANSLATE_NOOP("CommandHelp", "days ahead (0 to 3650, default 30)")}},
         &PrivacyCommands::consentDue},
    };
}

int PrivacyCommands::purposeList(CommandContext& ctx)
{
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    const bool all = ctx.args().flag(QStringLiteral("all"));
    auto purposes = session->purposes().list(all);
    if (!purposes) {
        return ctx.fail(purposes.error());
    }
    if (ctx.out().json()) {
        QJsonArray list;
        for (const Purpose& p : *purposes) {
            list.append(purposeJson(p));
        }
        ctx.out().document({{QStringLiteral("purposes"), list}});
        return 0;
    }
    QList<QStringList> rows;
    for (const Purpose& p : *purposes) {
        QStringList row {
            p.name, Purpose::basisName(p.basis), yesNo(p.requiresConsent), yesNo(p.directMarketing), retentionText(p)};
        if (all) {
            row.append(yesNo(p.archived));
        }
        row.append(p.uid);
        rows.append(row);
    }
    QStringList header {tr("NAME"), tr("BASIS"), tr("CONSENT"), tr("MARKETING"), tr("RETENTION")};
    if (all) {
        header.append(tr("ARCHIVED"));
    }
    header.append(tr("UID"));
    ctx.out().table(header, rows);
    return 0;
}

int PrivacyCommands::purposeShow(CommandContext& ctx)
{
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    const auto p = purposeArgument(ctx, *session, 0);
    if (!p) {
        return ctx.exitCode();
    }
    if (ctx.out().json()) {
        ctx.out().document(purposeJson(*p));
        return 0;
    }
    Output& out = ctx.out();
    out.line(tr("Name: %1").arg(p->name));
    out.line(tr("Uid: %1").arg(p->uid));
    out.line(tr("Lawful basis: %1 (%2)").arg(Purpose::basisLabel(p->basis), Purpose::articleRef(p->basis)));
    if (!p->legitimateInterest.isEmpty()) {
        out.line(tr("Legitimate interest: %1").arg(p->legitimateInterest));
    }
    out.line(tr("Requires consent: %1").arg(yesNo(p->requiresConsent)));
    out.line(tr("Direct marketing: %1").arg(yesNo(p->directMarketing)));
    out.line(tr("Fields: %1").arg(p->fields.isEmpty() ? QStringLiteral("-") : p->fields.join(QStringLiteral(", "))));
    out.line(tr("Retention: %1").arg(retentionText(*p)));
    out.line(tr("Archived: %1").arg(yesNo(p->archived)));
    if (!p->description.isEmpty()) {
        out.line(tr("Description: %1").arg(p->description));
    }
    return 0;
}

int PrivacyCommands::purposeAdd(CommandContext& ctx)
{
    if (!ctx.args().has(QStringLiteral("name")) || !ctx.args().has(QStringLiteral("basis"))) {
        return ctx.usage(tr("purpose add needs --name and --basis; see confidant-cli purpose add --help."));
    }
    Purpose p;
    p.requiresConsent = false;
    if (!applyPurposeOptions(ctx, p)) {
        return ctx.exitCode();
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto created = session->purposes().create(p);
    if (!created) {
        return ctx.fail(created.error());
    }
    return printPurpose(ctx, *created, created->uid);
}

int PrivacyCommands::purposeEdit(CommandContext& ctx)
{
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto p = purposeArgument(ctx, *session, 0);
    if (!p) {
        return ctx.exitCode();
    }
    if (!applyPurposeOptions(ctx, *p)) {
        return ctx.exitCode();
    }
    auto saved = session->purposes().update(*p);
    if (!saved) {
        return ctx.fail(saved.error());
    }
    return printPurpose(ctx, *saved, tr("Saved the purpose %1.").arg(saved->uid));
}

int PrivacyCommands::purposeArchive(CommandContext& ctx)
{
    return setArchived(ctx, true);
}

int PrivacyCommands::purposeUnarchive(CommandContext& ctx)
{
    return setArchived(ctx, false);
}

int PrivacyCommands::consentGrant(CommandContext& ctx)
{
    return recordConsent(ctx, privacy::ConsentEventKind::Granted);
}

int PrivacyCommands::consentWithdraw(CommandContext& ctx)
{
    return recordConsent(ctx, privacy::ConsentEventKind::Withdrawn);
}

int PrivacyCommands::consentRefresh(CommandContext& ctx)
{
    return recordConsent(ctx, privacy::ConsentEventKind::Refreshed);
}

int PrivacyCommands::consentHistory(CommandContext& ctx)
{
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    const auto contact = contactArgument(ctx, *session);
    if (!contact) {
        return ctx.exitCode();
    }
    std::optional<privacy::PurposeId> only;
    if (ctx.args().arguments.size() > 1) {
        const auto purpose = purposeArgument(ctx, *session, 1);
        if (!purpose) {
            return ctx.exitCode();
        }
        only = purpose->id;
    }
    auto events = session->consents().history(contact->id, only);
    if (!events) {
        return ctx.fail(events.error());
    }
    if (ctx.out().json()) {
        QJsonArray list;
        for (const ConsentEvent& e : *events) {
            list.append(eventJson(e));
        }
        ctx.out().document({{QStringLiteral("contact"), contact->uid}, {QStringLiteral("events"), list}});
        return 0;
    }
    QList<QStringList> rows;
    for (const ConsentEvent& e : *events) {
        rows.append({localTime(e.atMs),
                     e.purposeName,
                     ConsentService::kindName(e.kind),
                     ConsentService::methodName(e.method),
                     noticeText(e),
                     e.expiresAtMs ? localTime(*e.expiresAtMs) : QStringLiteral("-"),
                     e.recordedByName.isEmpty() ? QStringLiteral("-") : e.recordedByName,
                     e.evidence});
    }
    ctx.out().table(
        {tr("AT"), tr("PURPOSE"), tr("EVENT"), tr("METHOD"), tr("NOTICE"), tr("EXPIRES"), tr("BY"), tr("EVIDENCE")},
        rows);
    return 0;
}

int PrivacyCommands::consentState(CommandContext& ctx)
{
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    const auto contact = contactArgument(ctx, *session);
    if (!contact) {
        return ctx.exitCode();
    }
    auto states = session->consents().states(contact->id);
    if (!states) {
        return ctx.fail(states.error());
    }
    if (ctx.out().json()) {
        QJsonArray list;
        for (const privacy::ConsentState& s : *states) {
            list.append(QJsonObject {
                {QStringLiteral("purpose"), s.purpose.name},
                {QStringLiteral("purpose_uid"), s.purpose.uid},
                {QStringLiteral("basis"), Purpose::basisName(s.purpose.basis)},
                {QStringLiteral("requires_consent"), s.purpose.requiresConsent},
                {QStringLiteral("archived"), s.purpose.archived},
                {QStringLiteral("status"), ConsentService::statusName(s.status)},
                {QStringLiteral("since"), s.latest ? QJsonValue(Formatting::isoTime(s.latest->atMs)) : QJsonValue()},
                {QStringLiteral("expires_at"), s.latest ? isoOrNull(s.latest->expiresAtMs) : QJsonValue()},
                {QStringLiteral("event_uid"), s.latest ? QJsonValue(s.latest->uid) : QJsonValue()}});
        }
        ctx.out().document({{QStringLiteral("contact"), contact->uid}, {QStringLiteral("purposes"), list}});
        return 0;
    }
    QList<QStringList> rows;
    for (const privacy::ConsentState& s : *states) {
        rows.append({s.purpose.name,
                     Purpose::basisName(s.purpose.basis),
                     s.purpose.requiresConsent ? ConsentService::statusName(s.status) : tr("not needed"),
                     s.latest ? localTime(s.latest->atMs) : QStringLiteral("-"),
                     s.latest && s.latest->expiresAtMs ? localTime(*s.latest->expiresAtMs) : QStringLiteral("-")});
    }
    ctx.out().table({tr("PURPOSE"), tr("BASIS"), tr("CONSENT"), tr("SINCE"), tr("EXPIRES")}, rows);
    return 0;
}

int PrivacyCommands::consentDue(CommandContext& ctx)
{
    const auto days = ctx.intOption(QStringLiteral("days"), kDefaultDueDays, 0, kMaxDueDays);
    if (!days) {
        return ctx.exitCode();
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto due = session->consents().refreshDue(static_cast<int>(*days));
    if (!due) {
        return ctx.fail(due.error());
    }
    if (ctx.out().json()) {
        QJsonArray list;
        for (const privacy::ConsentRefreshDue& d : *due) {
            list.append(QJsonObject {{QStringLiteral("contact"), d.contactUid},
                                     {QStringLiteral("name"), d.contactName},
                                     {QStringLiteral("purpose"), d.purposeName},
                                     {QStringLiteral("purpose_uid"), d.purposeUid},
                                     {QStringLiteral("expires_at"), Formatting::isoTime(d.expiresAtMs)},
                                     {QStringLiteral("expired"), d.expired}});
        }
        ctx.out().document({{QStringLiteral("due"), list}});
        return 0;
    }
    QList<QStringList> rows;
    for (const privacy::ConsentRefreshDue& d : *due) {
        rows.append({localTime(d.expiresAtMs),
                     d.expired ? tr("expired") : tr("due"),
                     d.purposeName,
                     d.contactName,
                     d.contactUid});
    }
    ctx.out().table({tr("EXPIRES"), tr("STATE"), tr("PURPOSE"), tr("NAME"), tr("CONTACT")}, rows);
    return 0;
}

} // namespace confidant::cli
