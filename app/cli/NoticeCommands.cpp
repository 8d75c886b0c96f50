#include "NoticeCommands.h"

#include "core/privacy/NoticeService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QUuid>

#include "CommandContext.h"
#include "Formatting.h"

#include <functional>

namespace confidant::cli {

namespace {

using Kind = OptionSpec::Kind;
using privacy::Notice;
using privacy::NoticeDraft;

constexpr qint64 kMaxBodyFileBytes = 4 * 1024 * 1024;

std::vector<OptionSpec> textOptions()
{
    return {
        {"title", Kind::Value, "TEXT", QT_TRANSLATE_NOOP("CommandHelp", "the notice's title")},
        {"file", Kind::Value, "BODY.md", QT_TRANSLATE_NOOP("CommandHelp", "read the text from this UTF-8 file")},
        {"body", Kind::Value, "TEXT", QT_TRANSLATE_NOOP("CommandHelp", "the text itself (instead of --file)")},
        {"format", Kind::Value, "FORMAT", QT_TRANSLATE_NOOP("CommandHelp", "markdown (default) or html")},
    };
}

std::vector<OptionSpec> languageOption()
{
    return {{"language",
             Kind::Value,
             "LANG",
             QT_TRANSLATE_NOOP("CommandHelp", "the language of a bare VERSION (needed when several have it)")}};
}

QJsonValue isoOrNull(const std::optional<qint64>& ms)
{
    return ms ? QJsonValue(Formatting::isoTime(*ms)) : QJsonValue();
}

QJsonObject noticeJson(const Notice& n, bool withBody)
{
    QJsonObject o {{QStringLiteral("uid"), n.uid},
                   {QStringLiteral("language"), n.language},
                   {QStringLiteral("version"), n.version},
                   {QStringLiteral("title"), n.title},
                   {QStringLiteral("format"), Notice::formatName(n.format)},
                   {QStringLiteral("status"), Notice::statusName(n.status)},
                   {QStringLiteral("material"), n.material},
                   {QStringLiteral("content_hash"), n.contentHash.isEmpty() ? QJsonValue() : QJsonValue(n.contentHash)},
                   {QStringLiteral("published_at"), isoOrNull(n.publishedAtMs)},
                   {QStringLiteral("published_by"), n.publishedBy.isEmpty() ? QJsonValue() : QJsonValue(n.publishedBy)},
                   {QStringLiteral("created_at"), Formatting::isoTime(n.createdAtMs)},
                   {QStringLiteral("updated_at"), Formatting::isoTime(n.updatedAtMs)}};
    if (n.isPublished()) {
        o.insert(QStringLiteral("hash_ok"), privacy::NoticeService::hashMatches(n));
    }
    if (withBody) {
        o.insert(QStringLiteral("body"), n.body);
    }
    return o;
}

//! The body from --file or --body (exactly one when `required`); nullopt with the error reported, or an
//! empty optional inside `present` = false when neither was given and none is required.
std::optional<QString> readBody(CommandContext& ctx, bool required, bool& present)
{
    const bool hasFile = ctx.args().has(QStringLiteral("file"));
    const bool hasBody = ctx.args().has(QStringLiteral("body"));
    present = hasFile || hasBody;
    if (hasFile && hasBody) {
        ctx.usage(NoticeCommands::tr("Give the text with --file or with --body, not both."));
        return std::nullopt;
    }
    if (!present) {
        if (required) {
            ctx.usage(NoticeCommands::tr("notice add needs the text: --file BODY.md or --body TEXT."));
            return std::nullopt;
        }
        return QString();
    }
    if (hasBody) {
        return ctx.args().value(QStringLiteral("body")).value_or(QString());
    }
    const QString path = ctx.args().value(QStringLiteral("file")).value_or(QString());
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        ctx.fail(makeError(ErrorKind::NotFound,
                           NoticeCommands::tr("The file given with --file cannot be read; check its name and "
                                              "permissions."),
                           file.errorString()));
        return std::nullopt;
    }
    if (file.size() > kMaxBodyFileBytes) {
        ctx.fail(
            makeError(ErrorKind::Invalid, NoticeCommands::tr("The file given with --file is too large for a notice.")));
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    auto decoder = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError()) {
        ctx.fail(makeError(ErrorKind::Invalid, NoticeCommands::tr("The file given with --file is not UTF-8 text.")));
        return std::nullopt;
    }
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    return text;
}

std::optional<privacy::NoticeFormat> formatOption(CommandContext& ctx)
{
    const auto text = ctx.args().value(QStringLiteral("format"));
    if (!text) {
        return privacy::NoticeFormat::Markdown;
    }
    const auto format = Notice::formatFromName(*text);
    if (!format) {
        ctx.usage(NoticeCommands::tr("--format takes markdown or html."));
    }
    return format;
}

//! The notice a NOTICE argument names: a uid, LANG:VERSION, VERSION (with --language when several
//! languages have that version) or "current" (the latest published one of --language, or of the only
//! language). Reports and returns nullopt on an error.
std::optional<Notice> resolveNotice(CommandContext& ctx, Session& session, const QString& argument)
{
    auto& notices = session.notices();
    const QString text = argument.trimmed();
    const auto language = ctx.args().value(QStringLiteral("language"));
    if (!QUuid::fromString(text).isNull()) {
        auto n = notices.getByUid(QUuid::fromString(text).toString(QUuid::WithoutBraces));
        if (!n) {
            ctx.fail(n.error());
            return std::nullopt;
        }
        return *n;
    }
    static const QRegularExpression qualified(QStringLiteral("^([A-Za-z0-9_-]+):(\\d+)$"));
    if (const auto m = qualified.match(text); m.hasMatch()) {
        auto n = notices.find(m.captured(1), m.captured(2).toInt());
        if (!n) {
            ctx.fail(n.error());
            return std::nullopt;
        }
        return *n;
    }
    auto languages = notices.languages();
    if (!languages) {
        ctx.fail(languages.error());
        return std::nullopt;
    }
    auto pickLanguage = [&](const std::function<bool(const QString&)>& has) -> std::optional<QString> {
        if (language) {
            return *language;
        }
        QStringList candidates;
        for (const QString& l : *languages) {
            if (has(l)) {
                candidates << l;
            }
        }
        if (candidates.size() == 1) {
            return candidates.first();
        }
        if (candidates.isEmpty()) {
            ctx.fail(makeError(ErrorKind::NotFound,
                               NoticeCommands::tr("No such privacy notice; list them with: notice list.")));
        } else {
            ctx.usage(
                NoticeCommands::tr("Several languages have that notice; add --language LANG or write LANG:VERSION."));
        }
        return std::nullopt;
    };
    if (text.compare(QLatin1String("current"), Qt::CaseInsensitive) == 0) {
        const auto lang = pickLanguage([&](const QString& l) {
            auto c = notices.current(l);
            return c && c->has_value();
        });
        if (!lang) {
            return std::nullopt;
        }
        auto c = notices.current(*lang);
        if (!c) {
            ctx.fail(c.error());
            return std::nullopt;
        }
        if (!c->has_value()) {
            ctx.fail(
                makeError(ErrorKind::NotFound, NoticeCommands::tr("No notice of that language is published yet.")));
            return std::nullopt;
        }
        return **c;
    }
    bool ok = false;
    const int version = text.toInt(&ok);
    if (!ok || version < 1) {
        ctx.usage(NoticeCommands::tr("NOTICE is a notice's uid, VERSION, LANG:VERSION or current."));
        return std::nullopt;
    }
    const auto lang = pickLanguage([&](const QString& l) { return bool(notices.find(l, version)); });
    if (!lang) {
        return std::nullopt;
    }
    auto n = notices.find(*lang, version);
    if (!n) {
        ctx.fail(n.error());
        return std::nullopt;
    }
    return *n;
}

int printNotice(CommandContext& ctx, const Notice& n, const QString& human)
{
    if (ctx.out().json()) {
        ctx.out().document(noticeJson(n, false));
    } else {
        ctx.out().line(human);
    }
    return 0;
}

} // namespace

std::vector<CommandSpec> NoticeCommands::commands()
{
    std::vector<OptionSpec> addOptions = textOptions();
    addOptions.insert(
        addOptions.begin(),
        {"language", Kind::Value, "LANG", QT_TRANSLATE_NOOP("CommandHelp", "language code: en, de, de-AT")});
    addOptions.push_back(
        {"not-material",
         Kind::Flag,
         nullptr,
         QT_TRANSLATE_NOOP("CommandHelp", "a small change (typos): earlier acknowledgements stay current")});
    std::vector<OptionSpec> editOptions = textOptions();
    editOptions.push_back(
        {"material", Kind::Value, "yes|no", QT_TRANSLATE_NOOP("CommandHelp", "whether the change is material")});
    editOptions.push_back(languageOption().front());
    return {
        {"notice list",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp", "list the privacy-notice versions, by language and version"),
         {{"language", Kind::Value, "LANG", QT_TRANSLATE_NOOP("CommandHelp", "only this language")}},
         &NoticeCommands::list},
        {"notice add",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "add a draft notice as the next version of its language and print its uid (needs "
                           "\"manage purposes\")"),
         addOptions,
         &NoticeCommands::add,
         "--language LANG --title TEXT --file BODY.md|--body TEXT"},
        {"notice edit",
         "NOTICE",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "change a draft; a published version cannot be changed (exit 7): add a new version"),
         editOptions,
         &NoticeCommands::edit},
        {"notice publish",
         "NOTICE",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp", "publish a draft: it is hashed (SHA-256), dated and frozen"),
         languageOption(),
         &NoticeCommands::publish},
        {"notice show",
         "NOTICE",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "show a notice and its text; NOTICE is a uid, VERSION, LANG:VERSION or current"),
         languageOption(),
         &NoticeCommands::show},
        {"notice delete",
         "NOTICE",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp", "delete a draft; a published version is kept (exit 7)"),
         languageOption(),
         &NoticeCommands::remove},
        {"notice ack",
         "CONTACT NOTICE",
         2,
         2,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "record that a contact was shown a published notice (needs \"add and edit contacts\")"),
         {{"channel",
           Kind::Value,
           "CHANNEL",
           QT_TRANSLATE_NOOP("CommandHelp", "in-person, phone, email, web, paper or other")},
          {"at",
           Kind::Value,
           "TIME",
           QT_TRANSLATE_NOOP("CommandHelp",
                             "when: \"YYYY-MM-DD HH:MM\" local time, or ISO 8601 with Z or an offset (default: now)")},
          languageOption().front()},
         &NoticeCommands::ack,
         "--channel CHANNEL"},
        {"notice acks",
         "CONTACT",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp", "the notices a contact acknowledged, newest first"),
         {},
         &NoticeCommands::acks},
        {"notice stale",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "contacts whose acknowledged version is older than the current one after a material "
                           "change"),
         {{"language", Kind::Value, "LANG", QT_TRANSLATE_NOOP("CommandHelp", "the language (default en)")}},
         &NoticeCommands::stale},
    };
}

int NoticeCommands::list(CommandContext& ctx)
{
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto all = session->notices().list(ctx.args().value(QStringLiteral("language")).value_or(QString()));
    if (!all) {
        return ctx.fail(all.error());
    }
    if (ctx.out().json()) {
        QJsonArray rows;
        for (const Notice& n : *all) {
            rows.append(noticeJson(n, false));
        }
        ctx.out().document({{QStringLiteral("notices"), rows}});
        return 0;
    }
    if (all->isEmpty()) {
        ctx.out().line(tr("No privacy notices yet; add one with: notice add."));
        return 0;
    }
    QList<QStringList> rows;
    for (const Notice& n : *all) {
        rows.append({n.language,
                     QString::number(n.version),
                     Notice::statusName(n.status),
                     n.material ? tr("yes") : tr("no"),
                     n.publishedAtMs ? Formatting::isoTime(*n.publishedAtMs) : QStringLiteral("-"),
                     n.title,
                     n.uid});
    }
    ctx.out().table({tr("LANG"), tr("VERSION"), tr("STATUS"), tr("MATERIAL"), tr("PUBLISHED"), tr("TITLE"), tr("UID")},
                    rows);
    return 0;
}

int NoticeCommands::add(CommandContext& ctx)
{
    const Invocation& args = ctx.args();
    if (!args.has(QStringLiteral("language")) || !args.has(QStringLiteral("title"))) {
        return ctx.usage(tr("notice add needs --language and --title; see confidant-cli notice add --help."));
    }
    bool present = false;
    const auto body = readBody(ctx, true, present);
    if (!body) {
        return ctx.exitCode();
    }
    const auto format = formatOption(ctx);
    if (!format) {
        return ctx.exitCode();
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    NoticeDraft d;
    d.language = args.value(QStringLiteral("language")).value_or(QString());
    d.title = args.value(QStringLiteral("title")).value_or(QString());
    d.body = *body;
    d.format = *format;
    d.material = !args.flag(QStringLiteral("not-material"));
    auto created = session->notices().create(d);
    if (!created) {
        return ctx.fail(created.error());
    }
    return printNotice(ctx, *created, created->uid);
}

int NoticeCommands::edit(CommandContext& ctx)
{
    const Invocation& args = ctx.args();
    const bool any = args.has(QStringLiteral("title")) || args.has(QStringLiteral("file"))
        || args.has(QStringLiteral("body")) || args.has(QStringLiteral("format"))
        || args.has(QStringLiteral("material"));
    if (!any) {
        return ctx.usage(tr("notice edit needs at least one of --title, --file, --body, --format, --material."));
    }
    std::optional<bool> material;
    if (const auto m = args.value(QStringLiteral("material"))) {
        if (*m == QLatin1String("yes")) {
            material = true;
        } else if (*m == QLatin1String("no")) {
            material = false;
        } else {
            return ctx.usage(tr("--material takes yes or no."));
        }
    }
    bool bodyGiven = false;
    const auto body = readBody(ctx, false, bodyGiven);
    if (!body) {
        return ctx.exitCode();
    }
    std::optional<privacy::NoticeFormat> format;
    if (args.has(QStringLiteral("format"))) {
        format = formatOption(ctx);
        if (!format) {
            return ctx.exitCode();
        }
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    const auto notice = resolveNotice(ctx, *session, args.arguments.value(0));
    if (!notice) {
        return ctx.exitCode();
    }
    NoticeDraft d;
    d.language = notice->language;
    d.title = args.value(QStringLiteral("title")).value_or(notice->title);
    d.body = bodyGiven ? *body : notice->body;
    d.format = format.value_or(notice->format);
    d.material = material.value_or(notice->material);
    auto edited = session->notices().edit(notice->id, d);
    if (!edited) {
        return ctx.fail(edited.error());
    }
    return printNotice(ctx,
                       *edited,
                       tr("Updated the draft %1, version %2 (%3).")
                           .arg(edited->uid, QString::number(edited->version), edited->language));
}

int NoticeCommands::publish(CommandContext& ctx)
{
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    const auto notice = resolveNotice(ctx, *session, ctx.args().arguments.value(0));
    if (!notice) {
        return ctx.exitCode();
    }
    auto published = session->notices().publish(notice->id);
    if (!published) {
        return ctx.fail(published.error());
    }
    return printNotice(ctx,
                       *published,
                       tr("Published version %1 (%2); SHA-256 %3.")
                           .arg(QString::number(published->version), published->language, published->contentHash));
}

int NoticeCommands::show(CommandContext& ctx)
{
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    const auto n = resolveNotice(ctx, *session, ctx.args().arguments.value(0));
    if (!n) {
        return ctx.exitCode();
    }
    if (ctx.out().json()) {
        ctx.out().document(noticeJson(*n, true));
        return 0;
    }
    QList<QStringList> rows {{tr("Uid:"), n->uid},
                             {tr("Language:"), n->language},
                             {tr("Version:"), QString::number(n->version)},
                             {tr("Title:"), n->title},
                             {tr("Format:"), Notice::formatName(n->format)},
                             {tr("Status:"), Notice::statusName(n->status)},
                             {tr("Material:"), n->material ? tr("yes") : tr("no")}};
    if (n->isPublished()) {
        rows.append({tr("Published:"), n->publishedAtMs ? Formatting::isoTime(*n->publishedAtMs) : QString()});
        rows.append({tr("SHA-256:"),
                     n->contentHash + QLatin1Char(' ')
                         + (privacy::NoticeService::hashMatches(*n) ? tr("(matches the text)")
                                                                    : tr("(DOES NOT MATCH the text)"))});
    }
    ctx.out().table({}, rows);
    ctx.out().line();
    ctx.out().line(n->body);
    return 0;
}

int NoticeCommands::remove(CommandContext& ctx)
{
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    const auto notice = resolveNotice(ctx, *session, ctx.args().arguments.value(0));
    if (!notice) {
        return ctx.exitCode();
    }
    if (auto r = session->notices().remove(notice->id); !r) {
        return ctx.fail(r.error());
    }
    if (ctx.out().json()) {
        ctx.out().document({{QStringLiteral("uid"), notice->uid}, {QStringLiteral("deleted"), true}});
    } else {
        ctx.out().line(tr("Deleted the draft %1.").arg(notice->uid));
    }
    return 0;
}

int NoticeCommands::ack(CommandContext& ctx)
{
    const auto channelText = ctx.args().value(QStringLiteral("channel"));
    if (!channelText) {
        return ctx.usage(tr("notice ack needs --channel: in-person, phone, email, web, paper or other."));
    }
    const auto channel = Notice::channelFromName(*channelText);
    if (!channel) {
        return ctx.usage(tr("--channel takes in-person, phone, email, web, paper or other."));
    }
    std::optional<qint64> at;
    bool ok = true;
    if (const auto time = ctx.timeOption(QStringLiteral("at"), ok)) {
        at = time->atMs();
    }
    if (!ok) {
        return ctx.exitCode();
    }
    const auto contactUid = Formatting::uidArgument(ctx, QStringLiteral("CONTACT"));
    if (!contactUid) {
        return ctx.exitCode();
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto contact = session->contacts().getByUid(*contactUid);
    if (!contact) {
        return ctx.fail(contact.error());
    }
    const auto notice = resolveNotice(ctx, *session, ctx.args().arguments.value(1));
    if (!notice) {
        return ctx.exitCode();
    }
    auto recorded = session->notices().acknowledge(contact->id, notice->id, *channel, at);
    if (!recorded) {
        return ctx.fail(recorded.error());
    }
    if (ctx.out().json()) {
        ctx.out().document({{QStringLiteral("uid"), recorded->uid},
                            {QStringLiteral("contact_uid"), recorded->contactUid},
                            {QStringLiteral("notice_uid"), recorded->noticeUid},
                            {QStringLiteral("language"), recorded->language},
                            {QStringLiteral("version"), recorded->version},
                            {QStringLiteral("at"), Formatting::isoTime(recorded->atMs)},
                            {QStringLiteral("channel"), Notice::channelName(recorded->channel)}});
    } else {
        ctx.out().line(recorded->uid);
    }
    return 0;
}

int NoticeCommands::acks(CommandContext& ctx)
{
    const auto contactUid = Formatting::uidArgument(ctx, QStringLiteral("CONTACT"));
    if (!contactUid) {
        return ctx.exitCode();
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto contact = session->contacts().getByUid(*contactUid);
    if (!contact) {
        return ctx.fail(contact.error());
    }
    auto rows = session->notices().acknowledgements(contact->id);
    if (!rows) {
        return ctx.fail(rows.error());
    }
    if (ctx.out().json()) {
        QJsonArray list;
        for (const auto& a : *rows) {
            list.append(QJsonObject {{QStringLiteral("uid"), a.uid},
                                     {QStringLiteral("notice_uid"), a.noticeUid},
                                     {QStringLiteral("language"), a.language},
                                     {QStringLiteral("version"), a.version},
                                     {QStringLiteral("at"), Formatting::isoTime(a.atMs)},
                                     {QStringLiteral("channel"), Notice::channelName(a.channel)},
                                     {QStringLiteral("recorded_by"), a.recordedBy}});
        }
        ctx.out().document({{QStringLiteral("contact_uid"), contact->uid}, {QStringLiteral("acknowledgements"), list}});
        return 0;
    }
    if (rows->isEmpty()) {
        ctx.out().line(tr("This contact has acknowledged no notice."));
        return 0;
    }
    QList<QStringList> table;
    for (const auto& a : *rows) {
        table.append(
            {Formatting::isoTime(a.atMs), a.language, QString::number(a.version), Notice::channelName(a.channel)});
    }
    ctx.out().table({tr("AT"), tr("LANG"), tr("VERSION"), tr("CHANNEL")}, table);
    return 0;
}

int NoticeCommands::stale(CommandContext& ctx)
{
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    const QString language = ctx.args().value(QStringLiteral("language")).value_or(QStringLiteral("en"));
    auto rows = session->notices().staleAcknowledgements(language);
    if (!rows) {
        return ctx.fail(rows.error());
    }
    if (ctx.out().json()) {
        QJsonArray list;
        for (const auto& s : *rows) {
            list.append(QJsonObject {{QStringLiteral("contact_uid"), s.contactUid},
                                     {QStringLiteral("acknowledged_version"), s.acknowledgedVersion},
                                     {QStringLiteral("acknowledged_at"), Formatting::isoTime(s.acknowledgedAtMs)},
                                     {QStringLiteral("current_version"), s.currentVersion}});
        }
        ctx.out().document({{QStringLiteral("stale"), list}});
        return 0;
    }
    if (rows->isEmpty()) {
        ctx.out().line(tr("Nobody needs to see a newer notice."));
        return 0;
    }
    QList<QStringList> table;
    for (const auto& s : *rows) {
        table.append({s.contactUid, QString::number(s.acknowledgedVersion), QString::number(s.currentVersion)});
    }
    ctx.out().table({tr("CONTACT"), tr("ACKNOWLEDGED"), tr("CURRENT")}, table);
    return 0;
}

} // namespace confidant::cli
