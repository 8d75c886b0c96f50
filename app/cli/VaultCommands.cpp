#include "VaultCommands.h"

#include "core/crm/SampleData.h"
#include "core/security/Permissions.h"
#include "core/storage/Vault.h"

#include <QJsonDocument>

#include "CommandContext.h"
#include "Formatting.h"
#include "Interrupt.h"
#include <unistd.h>

#include <cstdio>
#include <limits>

namespace confidant::cli {

namespace {

QString keySourceName(storage::KeySource source)
{
    return source == storage::KeySource::Keychain ? QStringLiteral("keychain") : QStringLiteral("passphrase");
}

} // namespace

int VaultCommands::init(CommandContext& ctx)
{
    const QString dir = ctx.vaultDirectory();
    Output& out = ctx.out();
    // Checked before asking for a passphrase, so nobody types one for nothing.
    if (storage::Vault::exists(dir)) {
        return ctx.fail(makeError(
            ErrorKind::Conflict,
            tr("A vault already exists in %1; nothing was changed. Open it, or choose another folder with --vault.")
                .arg(dir)));
    }

    if (ctx.global().passphraseStdin) {
        auto passphrase = ctx.readSecretLine(
            tr("New passphrase (at least %1 characters): ").arg(storage::Vault::kPassphraseMinLength));
        if (!passphrase) {
            return ctx.fail(passphrase.error());
        }
        if (::isatty(STDIN_FILENO) == 1) {
            auto again = ctx.readSecretLine(tr("Repeat the passphrase: "));
            if (!again) {
                return ctx.fail(again.error());
            }
            if (!again->equals(*passphrase)) {
                return ctx.fail(
                    makeError(ErrorKind::Invalid, tr("The two passphrases differ; nothing was created. Try again.")));
            }
        }
        auto vault = storage::Vault::createWithPassphrase(dir, *passphrase, ctx.clock().nowMs());
        if (!vault) {
            return ctx.fail(vault.error());
        }
        const QString uid = (*vault)->descriptor().uid;
        if (out.json()) {
            out.document({{QStringLiteral("uid"), uid},
                          {QStringLiteral("folder"), dir},
                          {QStringLiteral("key_source"), QStringLiteral("passphrase")}});
        } else {
            out.line(tr("Created the vault %1 in %2, protected by your passphrase.").arg(uid, dir));
            out.line(tr("The passphrase is the only way in: without it nobody, not even you, can open the vault. "
                        "Keep it somewhere safe."));
        }
        return 0;
    }

    storage::SecretBuffer recoveryCode;
    auto vault = storage::Vault::createWithKeychain(dir, ctx.keychain(), recoveryCode, ctx.clock().nowMs());
    if (!vault) {
        const ErrorKind kind = vault.error().kind;
        const bool noKeychain = kind == ErrorKind::NoKeychain || kind == ErrorKind::Locked;
        return ctx.fail(vault.error(),
                        noKeychain ? tr("To create a vault without a keychain, give a passphrase on standard input: "
                                        "confidant-cli init --passphrase-stdin.")
                                   : QString());
    }
    const QString uid = (*vault)->descriptor().uid;
    if (out.json()) {
        // The recovery code goes from its SecretBuffer straight to stdout, never through a QString.
        QByteArray head = QJsonDocument(QJsonObject {{QStringLiteral("uid"), uid},
                                                     {QStringLiteral("folder"), dir},
                                                     {QStringLiteral("key_source"), QStringLiteral("keychain")}})
                              .toJson(QJsonDocument::Indented);
        head.truncate(head.lastIndexOf('}'));
        while (head.endsWith('\n') || head.endsWith(' ')) {
            head.chop(1);
        }
        out.raw({head.constData(), static_cast<std::size_t>(head.size())});
        out.raw(",\n    \"recovery_code\": \"");
        out.raw(recoveryCode.view());
        out.raw("\"\n}\n");
    } else {
        out.line(tr("Created the vault %1 in %2; its key is in the system keychain.").arg(uid, dir));
        out.line(tr("Write down this recovery code and keep it somewhere safe. It is shown only this once, and it "
                    "is the only way in when the keychain entry is lost (new computer, wiped keyring):"));
        out.raw(recoveryCode.view());
        out.raw("\n");
    }
    return 0;
}

int VaultCommands::info(CommandContext& ctx)
{
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto contacts = session->contacts().count();
    if (!contacts) {
        return ctx.fail(contacts.error());
    }
    auto companies = session->companies().count();
    if (!companies) {
        return ctx.fail(companies.error());
    }
    storage::Vault& vault = session->vault();
    const storage::VaultDescriptor& d = vault.descriptor();
    Output& out = ctx.out();
    if (out.json()) {
        out.document({{QStringLiteral("uid"), d.uid},
                      {QStringLiteral("folder"), vault.directory()},
                      {QStringLiteral("key_source"), keySourceName(d.keySource)},
                      {QStringLiteral("format_version"), d.formatVersion},
                      {QStringLiteral("schema_version"), vault.schemaVersion()},
                      {QStringLiteral("cipher_version"), vault.cipherVersion()},
                      {QStringLiteral("created_at"), Formatting::isoTime(d.createdAtMs)},
                      {QStringLiteral("contacts"), *contacts},
                      {QStringLiteral("companies"), *companies},
                      {QStringLiteral("profile"), session->actor().name},
                      {QStringLiteral("role"), security::Roles::name(session->actor().role)}});
        return 0;
    }
    out.table({},
              {{tr("Vault:"), d.uid},
               {tr("Folder:"), vault.directory()},
               {tr("Key source:"),
                d.keySource == storage::KeySource::Keychain ? tr("system keychain (recovery code as backup)")
                                                            : tr("passphrase")},
               {tr("Created:"), Formatting::isoTime(d.createdAtMs)},
               {tr("Schema version:"), QString::number(vault.schemaVersion())},
               {tr("Cipher version:"), vault.cipherVersion()},
               {tr("Contacts:"), QString::number(*contacts)},
               {tr("Companies:"), QString::number(*companies)},
               {tr("Acting as:"),
                QStringLiteral("%1 (%2)").arg(session->actor().name, security::Roles::name(session->actor().role))}});
    return 0;
}

int VaultCommands::sampleData(CommandContext& ctx)
{
    if (!ctx.args().has(QStringLiteral("contacts"))) {
        return ctx.usage(tr("sample-data needs --contacts N; see confidant-cli sample-data --help."));
    }
    const auto count = ctx.intOption(QStringLiteral("contacts"), 0, 0, 10'000'000);
    if (!count) {
        return ctx.exitCode();
    }
    const auto seed = ctx.intOption(QStringLiteral("seed"), 1, 0, std::numeric_limits<qint64>::max());
    if (!seed) {
        return ctx.exitCode();
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    crm::SampleData generator(session->gate(), session->contacts(), session->companies());
    const bool showProgress = ::isatty(STDERR_FILENO) == 1;
    auto progress = [showProgress](qint64 done, qint64 total) {
        if (showProgress) {
            std::fprintf(
                stderr, "\r%s", tr("Adding sample contacts: %1 of %2").arg(done).arg(total).toUtf8().constData());
            std::fflush(stderr);
        }
    };
    // Ctrl+C cancels between rows; the batch in progress is rolled back.
    Interrupt::Scope interrupt;
    auto summary = generator.generate(*count, static_cast<std::uint64_t>(*seed), Interrupt::flag(), progress);
    if (showProgress) {
        std::fputs("\n", stderr);
    }
    if (!summary) {
        return ctx.fail(summary.error());
    }
    Output& out = ctx.out();
    if (out.json()) {
        out.document(
            {{QStringLiteral("contacts"), summary->contacts}, {QStringLiteral("companies"), summary->companies}});
    } else {
        out.line(tr("Added %1 sample contacts and %2 companies.").arg(summary->contacts).arg(summary->companies));
    }
    return 0;
}

} // namespace confidant::cli
