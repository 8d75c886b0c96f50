#include "AuditCommands.h"

#include "core/security/AuditService.h"
#include "core/storage/SafeFile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

#include "CommandContext.h"
#include "Formatting.h"

#include <limits>
#include <optional>

namespace confidant::cli {

namespace {

using security::AuditEntry;
using security::AuditQuery;

constexpr int kDefaultLimit = 100;
constexpr int kMaxLimit = 10000;

//! The filters shared by audit list and audit export; reports a usage error and returns nullopt when one
//! does not parse.
std::optional<AuditQuery> filterQuery(CommandContext& ctx)
{
    const Invocation& args = ctx.args();
    AuditQuery query;
    // CLI.md "Dates and times": --since from the start of a date alone, --until to its end (the whole day).
    bool ok = true;
    if (const auto since = ctx.timeOption(QStringLiteral("since"), ok)) {
        query.sinceMs = since->atMs();
    }
    if (!ok) {
        return std::nullopt;
    }
    if (const auto until = ctx.timeOption(QStringLiteral("until"), ok)) {
        query.untilMs = until->endMs();
    }
    if (!ok) {
        return std::nullopt;
    }
    if (query.sinceMs && query.untilMs && *query.sinceMs >= *query.untilMs) {
        ctx.usage(AuditCommands::tr("--since must be earlier than --until."));
        return std::nullopt;
    }
    if (const auto entity = args.value(QStringLiteral("entity"))) {
        const QUuid uid = QUuid::fromString(entity->trimmed());
        if (uid.isNull()) {
            ctx.usage(AuditCommands::tr("--entity must be a uid (8-4-4-4-12 hex digits), as printed by add, list "
                                        "and search."));
            return std::nullopt;
        }
        query.entityUid = uid.toString(QUuid::WithoutBraces);
    }
    query.action = args.value(QStringLiteral("action")).value_or(QString()).trimmed();
    query.profile = args.value(QStringLiteral("profile-name")).value_or(QString()).trimmed();
    return query;
}

QJsonObject entryJson(const AuditEntry& e)
{
    return {{QStringLiteral("seq"), e.seq},
            {QStringLiteral("time"), Formatting::isoTime(e.atMs)},
            {QStringLiteral("profile"), e.profileName},
            {QStringLiteral("profile_uid"), e.profileUid},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("entity_type"), e.entityType},
            {QStringLiteral("entity_uid"), e.entityUid},
            {QStringLiteral("summary"), e.summary},
            {QStringLiteral("prev_hash"), e.prevHash},
            {QStringLiteral("hash"), e.hash}};
}

} // namespace

int AuditCommands::verify(CommandContext& ctx)
{
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto result = session->auditLog().verify();
    if (!result) {
        return ctx.fail(result.error());
    }
    const security::AuditVerification& v = *result;
    Output& out = ctx.out();
    if (out.json()) {
        out.document({{QStringLiteral("ok"), v.ok},
                      {QStringLiteral("entries"), v.entries},
                      {QStringLiteral("first_broken"), v.ok ? QJsonValue() : QJsonValue(v.firstBroken)},
                      {QStringLiteral("problem"), v.ok ? QJsonValue() : QJsonValue(v.problem)}});
    } else if (v.ok) {
        out.line(tr("%n entries, chain intact", nullptr, static_cast<int>(v.entries)));
    }
    if (!v.ok) {
        return ctx.fail(makeError(ErrorKind::Corrupt,
                                  tr("The audit trail is broken at entry %1: %2").arg(v.firstBroken).arg(v.problem)),
                        QString());
    }
    return 0;
}

int AuditCommands::list(CommandContext& ctx)
{
    auto query = filterQuery(ctx);
    if (!query) {
        return ctx.exitCode();
    }
    const auto limit = ctx.intOption(QStringLiteral("limit"), kDefaultLimit, 1, kMaxLimit);
    if (!limit) {
        return ctx.exitCode();
    }
    const auto before = ctx.intOption(QStringLiteral("before"), 0, 1, std::numeric_limits<qint64>::max());
    if (!before) {
        return ctx.exitCode();
    }
    query->beforeSeq = *before;
    query->limit = static_cast<int>(*limit) + 1; // one more tells whether there is a next page
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto entries = session->auditLog().list(*query);
    if (!entries) {
        return ctx.fail(entries.error());
    }
    QList<AuditEntry>& rows = *entries;
    std::optional<qint64> next;
    if (rows.size() > *limit) {
        rows.resize(static_cast<qsizetype>(*limit));
        next = rows.constLast().seq;
    }
    Output& out = ctx.out();
    if (out.json()) {
        QJsonArray array;
        for (const auto& e : rows) {
            array.append(entryJson(e));
        }
        out.document({{QStringLiteral("entries"), array},
                      {QStringLiteral("next_before"), next ? QJsonValue(*next) : QJsonValue()}});
        return 0;
    }
    if (rows.isEmpty()) {
        out.line(tr("No audit entries."));
        return 0;
    }
    QList<QStringList> table;
    for (const auto& e : rows) {
        const QString entity
            = e.entityUid.isEmpty() ? e.entityType : QStringLiteral("%1 %2").arg(e.entityType, e.entityUid);
        table.append({QString::number(e.seq), Formatting::isoTime(e.atMs), e.profileName, e.action, entity, e.summary});
    }
    out.table({tr("SEQ"), tr("TIME (UTC)"), tr("PROFILE"), tr("ACTION"), tr("ENTITY"), tr("SUMMARY")}, table);
    if (next) {
        out.line(tr("Older entries: --before %1").arg(*next));
    }
    return 0;
}

int AuditCommands::exportCsv(CommandContext& ctx)
{
    const auto outOption = ctx.args().value(QStringLiteral("out"));
    if (!outOption) {
        return ctx.usage(tr("audit export needs --out FILE; see confidant-cli audit export --help."));
    }
    auto query = filterQuery(ctx);
    if (!query) {
        return ctx.exitCode();
    }
    const bool force = ctx.args().flag(QStringLiteral("force"));
    const QString target = QDir::cleanPath(QFileInfo(*outOption).absoluteFilePath());
    const QFileInfo targetInfo(target);
    if (targetInfo.isDir()) {
        return ctx.usage(tr("--out names a folder; give a file name."));
    }
    // Checked before unlocking, so that nobody types a passphrase for nothing; checked again when moving
    // the finished file into place.
    if (targetInfo.exists() && !force) {
        return ctx.fail(makeError(ErrorKind::Conflict,
                                  tr("The file given with --out exists already; nothing was written. Add --force to "
                                     "replace it.")));
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    // 0600, never through a link, no name until complete (storage::SafeFile); without --force the final name
    // is taken only where nothing is, even a file that appeared meanwhile.
    storage::SafeFile file(target);
    if (auto r = file.open(); !r) {
        return ctx.fail(r.error());
    }
    auto written = session->auditLog().exportCsv(*query, file.device());
    if (!written) {
        return ctx.fail(written.error());
    }
    if (auto r = file.commit(force ? storage::SafeFile::Existing::Replace : storage::SafeFile::Existing::Keep); !r) {
        if (r.error().kind == ErrorKind::Conflict) {
            return ctx.fail(makeError(ErrorKind::Conflict,
                                      tr("The file given with --out exists already; nothing was written. Add --force "
                                         "to replace it.")));
        }
        return ctx.fail(r.error());
    }
    Output& out = ctx.out();
    if (out.json()) {
        out.document({{QStringLiteral("file"), target}, {QStringLiteral("entries"), *written}});
    } else {
        out.line(tr("Wrote %n audit entries to %1.", nullptr, static_cast<int>(*written)).arg(target));
    }
    return 0;
}

} // namespace confidant::cli
