#include "ProfileCommands.h"

#include "core/security/Permissions.h"
#include "core/security/PinPolicy.h"
#include "core/security/ProfileService.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include "CommandContext.h"
#include "Formatting.h"
#include <unistd.h>

#include <optional>

namespace confidant::cli {

namespace {

using security::PinPolicy;
using security::Role;
using security::Roles;

//! A role argument or option; reports a usage error and returns nullopt when it names none.
std::optional<Role> roleArgument(CommandContext& ctx, const QString& text)
{
    const auto role = Roles::fromName(text);
    if (!role) {
        ctx.usage(ProfileCommands::tr("The role must be one of: %1.").arg(Roles::names().join(QStringLiteral(", "))));
    }
    return role;
}

//! A new PIN from the next unread line of standard input (never a QString); on a terminal asked twice.
//! Reports the error and returns nullopt when there is none.
std::optional<storage::SecretBuffer> readNewPin(CommandContext& ctx)
{
    auto pin = ctx.readSecretLine(
        ProfileCommands::tr("New PIN (at least %1 characters, no pattern such as 123456): ").arg(PinPolicy::kMinLength),
        CommandContext::SecretLine::Pin);
    if (!pin) {
        ctx.fail(pin.error(), QString());
        return std::nullopt;
    }
    if (pin->isEmpty()) {
        ctx.fail(makeError(ErrorKind::Invalid,
                           ProfileCommands::tr("Standard input held no PIN on its next line; nothing was changed. "
                                               "Give the PIN there, after the passphrase and any PIN of the acting "
                                               "profile.")),
                 QString());
        return std::nullopt;
    }
    if (::isatty(STDIN_FILENO) == 1) {
        auto again = ctx.readSecretLine(ProfileCommands::tr("Repeat the new PIN: "), CommandContext::SecretLine::Pin);
        if (!again) {
            ctx.fail(again.error(), QString());
            return std::nullopt;
        }
        if (!again->equals(*pin)) {
            ctx.fail(makeError(ErrorKind::Invalid,
                               ProfileCommands::tr("The two PINs differ; nothing was changed. Try again.")),
                     QString());
            return std::nullopt;
        }
    }
    return std::move(pin).value();
}

QJsonValue optionalTime(const std::optional<qint64>& ms)
{
    return ms ? QJsonValue(Formatting::isoTime(*ms)) : QJsonValue(QJsonValue::Null);
}

//! The wrong PINs are null where the acting profile may not see them (others', without "manage profiles").
QJsonObject profileJson(const security::Profile& p)
{
    const auto& failures = p.pinFailures;
    return {
        {QStringLiteral("uid"), p.uid},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("role"), Roles::name(p.role)},
        {QStringLiteral("has_pin"), p.hasPin},
        {QStringLiteral("created_at"), Formatting::isoTime(p.createdAtMs)},
        {QStringLiteral("updated_at"), Formatting::isoTime(p.updatedAtMs)},
        {QStringLiteral("failed_pin_attempts"), failures ? QJsonValue(failures->count) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("last_failed_pin_at"), failures ? optionalTime(failures->lastAtMs) : QJsonValue()},
        {QStringLiteral("pin_locked_until"), failures ? optionalTime(failures->lockedUntilMs) : QJsonValue()}};
}

} // namespace

int ProfileCommands::add(CommandContext& ctx)
{
    const Invocation& args = ctx.args();
    const auto roleName = args.value(QStringLiteral("role"));
    if (!roleName) {
        return ctx.usage(tr("profile add needs --role ROLE; see confidant-cli profile add --help."));
    }
    const auto role = roleArgument(ctx, *roleName);
    if (!role) {
        return ctx.exitCode();
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    storage::SecretBuffer pin;
    if (args.flag(QStringLiteral("pin-stdin"))) {
        auto line = readNewPin(ctx);
        if (!line) {
            return ctx.exitCode();
        }
        pin = std::move(*line);
    }
    auto created = session->profiles().add(args.arguments.value(0), *role, pin);
    if (!created) {
        return ctx.fail(created.error());
    }
    Output& out = ctx.out();
    if (out.json()) {
        out.document(profileJson(*created));
    } else {
        out.line(
            created->hasPin
                ? tr("Added the profile %1 with the role %2 and a PIN.").arg(created->name, Roles::name(created->role))
                : tr("Added the profile %1 with the role %2.").arg(created->name, Roles::name(created->role)));
    }
    return 0;
}

int ProfileCommands::list(CommandContext& ctx)
{
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto profiles = session->profiles().list();
    if (!profiles) {
        return ctx.fail(profiles.error());
    }
    const QString acting = session->actor().uid;
    Output& out = ctx.out();
    if (out.json()) {
        QJsonArray rows;
        for (const auto& p : *profiles) {
            QJsonObject o = profileJson(p);
            o.insert(QStringLiteral("acting"), p.uid == acting);
            rows.append(o);
        }
        out.document({{QStringLiteral("profiles"), rows}});
        return 0;
    }
    QList<QStringList> rows;
    for (const auto& p : *profiles) {
        const auto& failures = p.pinFailures;
        rows.append({p.uid == acting ? p.name + QStringLiteral(" *") : p.name,
                     Roles::name(p.role),
                     p.hasPin ? tr("yes") : tr("no"),
                     failures ? QString::number(failures->count) : QString(),
                     failures && failures->lockedUntilMs ? Formatting::isoTime(*failures->lockedUntilMs) : QString(),
                     Formatting::isoTime(p.createdAtMs)});
    }
    out.table({tr("NAME"), tr("ROLE"), tr("PIN"), tr("WRONG PINS"), tr("LOCKED UNTIL"), tr("CREATED")}, rows);
    out.line(tr("* the profile acting now"));
    return 0;
}

int ProfileCommands::remove(CommandContext& ctx)
{
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    const QString name = ctx.args().arguments.value(0);
    auto profile = session->profiles().find(name);
    if (!profile) {
        return ctx.fail(profile.error());
    }
    if (auto r = session->profiles().remove(profile->name); !r) {
        return ctx.fail(r.error());
    }
    Output& out = ctx.out();
    if (out.json()) {
        out.document({{QStringLiteral("uid"), profile->uid},
                      {QStringLiteral("name"), profile->name},
                      {QStringLiteral("removed"), true}});
    } else {
        out.line(tr("Removed the profile %1.").arg(profile->name));
    }
    return 0;
}

int ProfileCommands::role(CommandContext& ctx)
{
    const auto role = roleArgument(ctx, ctx.args().arguments.value(1));
    if (!role) {
        return ctx.exitCode();
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto changed = session->profiles().setRole(ctx.args().arguments.value(0), *role);
    if (!changed) {
        return ctx.fail(changed.error());
    }
    Output& out = ctx.out();
    if (out.json()) {
        out.document(profileJson(*changed));
    } else {
        out.line(tr("The profile %1 now has the role %2.").arg(changed->name, Roles::name(changed->role)));
    }
    return 0;
}

int ProfileCommands::pin(CommandContext& ctx)
{
    const bool clear = ctx.args().flag(QStringLiteral("clear"));
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    storage::SecretBuffer pin;
    if (!clear) {
        auto line = readNewPin(ctx);
        if (!line) {
            return ctx.exitCode();
        }
        pin = std::move(*line);
    }
    const QString name = ctx.args().arguments.value(0);
    if (auto r = session->profiles().setPin(name, pin); !r) {
        return ctx.fail(r.error());
    }
    auto profile = session->profiles().find(name);
    if (!profile) {
        return ctx.fail(profile.error());
    }
    Output& out = ctx.out();
    if (out.json()) {
        out.document(profileJson(*profile));
    } else {
        out.line(clear ? tr("Removed the PIN of the profile %1.").arg(profile->name)
                       : tr("Set a new PIN for the profile %1.").arg(profile->name));
    }
    return 0;
}

} // namespace confidant::cli
