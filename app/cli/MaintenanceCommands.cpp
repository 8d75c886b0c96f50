#include "MaintenanceCommands.h"

#include "core/privacy/ErasureService.h"
#include "core/privacy/Suppression.h"
#include "core/security/ErasureLedger.h"
#include "core/security/VaultAdmin.h"
#include "core/storage/SafeFile.h"
#include "core/storage/Vault.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include "CommandContext.h"
#include "Interrupt.h"
#include <unistd.h>

#include <cstdio>

namespace confidant::cli {

namespace {

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

// Opens another vault (the one a restore replaces, or --erasures-from) to read its erasure ledger: with
// the keychain, or with `secret`: line 1 of standard input (the backup's secret too unless
// --backup-secret-stdin gave that one on line 2, `separate`). With `acting` (the vault a restore replaces),
// also finds the profile that acts there (--profile, else the owner): whether a PIN line is to be read.
Result<security::VaultLedger> erasuresOf(CommandContext& ctx,
                                         const QString& dir,
                                         const storage::SecretBuffer& secret,
                                         bool separate,
                                         std::optional<security::Profile>* acting = nullptr)
{
    auto descriptor = storage::Vault::readDescriptor(dir);
    if (!descriptor) {
        return descriptor.error();
    }
    storage::UnlockSecret unlock;
    if (descriptor->keySource == storage::KeySource::Passphrase) {
        unlock.secret = secret.clone();
    }
    auto vault = storage::Vault::open(dir, &ctx.keychain(), unlock);
    if (!vault && descriptor->keySource == storage::KeySource::Keychain) {
        unlock.secret = secret.clone();
        vault = storage::Vault::open(dir, &ctx.keychain(), unlock);
    }
    if (!vault) {
        Error e = vault.error();
        if (e.kind == ErrorKind::WrongKey
            || (e.kind == ErrorKind::Locked && descriptor->keySource == storage::KeySource::Passphrase)) {
            // Say which of the two secrets did not fit: this one, not the backup's (checked first).
            e.kind = ErrorKind::WrongKey;
            e.message = separate
                ? MaintenanceCommands::tr("The passphrase or recovery code on line 1 of standard input does not open "
                                          "the vault in %1, whose erasures the restore must read; nothing was changed.")
                      .arg(dir)
                : MaintenanceCommands::tr("The recovery code or passphrase on line 1 of standard input opens the "
                                          "backup but not the vault in %1, whose key has changed since; nothing was "
                                          "changed. Give the vault's current one on line 1 and the backup's on line "
                                          "2 with --backup-secret-stdin.")
                      .arg(dir);
            return e;
        }
        e.message = MaintenanceCommands::tr("The vault in %1 could not be opened to read its erasures (%2); without "
                                            "them a restore could bring erased people back, so nothing was restored.")
                        .arg(dir, e.message);
        return e;
    }
    security::VaultLedger ledger;
    ledger.vaultDir = dir;
    // The suppression hashes in its ledger are keyed with its salt: the restored vault adopts it.
    if (auto salt = privacy::Suppression::saltHex((*vault)->db())) {
        ledger.suppressionSalt = *salt;
    }
    auto records = security::ErasureLedger::all((*vault)->db());
    if (!records) {
        return records.error();
    }
    ledger.records = *records;
    if (acting) {
        Session session(std::move(vault).value(), ctx.clock());
        auto profile = ctx.global().profile ? session.profiles().find(*ctx.global().profile)
                                            : session.profiles().defaultProfile();
        if (!profile) {
            return profile.error();
        }
        *acting = *profile;
    }
    return ledger;
}

QJsonValue isoTimeOrNull(qint64 ms)
{
    return ms > 0 ? QJsonValue(isoTime(ms)) : QJsonValue();
}

} // namespace

int MaintenanceCommands::backup(CommandContext& ctx)
{
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    Output& out = ctx.out();
    const bool ifDue = ctx.args().flag(QStringLiteral("if-due"));
    const auto outPath = ctx.args().value(QStringLiteral("out"));
    if (ifDue && outPath) {
        return ctx.usage(tr("--if-due writes into the vault's backup folder; leave out --out."));
    }
    Interrupt::Scope interrupt; // Ctrl+C cancels; nothing is left under the file name asked for
    const bool showProgress = !out.json() && ::isatty(STDERR_FILENO) == 1;
    auto progress = [showProgress](int percent) {
        if (showProgress) {
            std::fprintf(stderr, "\r%3d %%", percent);
            std::fflush(stderr);
        }
    };
    std::optional<security::BackupInfo> info;
    if (ifDue) {
        auto ran = session->admin().runScheduledBackup(Interrupt::flag(), progress);
        if (!ran) {
            return ctx.fail(ran.error());
        }
        if (!ran->has_value()) {
            if (out.json()) {
                out.document({{QStringLiteral("due"), false}});
            } else {
                out.line(tr("No backup is due yet (or scheduled backups are off)."));
            }
            return 0;
        }
        info = **ran;
    } else {
        auto made = session->admin().backup(
            outPath ? QFileInfo(*outPath).absoluteFilePath() : QString(), Interrupt::flag(), progress);
        if (showProgress) {
            std::fputs("\r      \r", stderr);
        }
        if (!made) {
            return ctx.fail(made.error());
        }
        info = *made;
    }
    const bool keychain = session->vault().descriptor().keySource == storage::KeySource::Keychain;
    if (out.json()) {
        out.document({{QStringLiteral("path"), info->path},
                      {QStringLiteral("bytes"), info->bytes},
                      {QStringLiteral("taken_at"), isoTime(info->takenAtMs)},
                      {QStringLiteral("verified"), true},
                      {QStringLiteral("erasure_ledger"),
                       info->ledgerProblem.isEmpty() ? QJsonValue(info->ledgerPath) : QJsonValue()}});
    } else {
        out.line(tr("Backup written and verified: %1 (%2 bytes).").arg(info->path).arg(info->bytes));
        out.line(keychain ? tr("It is encrypted; on another computer it opens with this vault's recovery code.")
                          : tr("It is encrypted; it opens with this vault's passphrase."));
    }
    // The backup is complete either way (exit 0); without a current ledger beside it, a restore asks for one.
    if (!info->ledgerProblem.isEmpty()) {
        Output::message(info->ledgerProblem);
    }
    return 0;
}

int MaintenanceCommands::restore(CommandContext& ctx)
{
    const QString file = QFileInfo(ctx.args().arguments.value(0)).absoluteFilePath();
    const QString target = ctx.vaultDirectory();
    const bool force = ctx.args().flag(QStringLiteral("force"));
    const bool replacing = storage::Vault::exists(target);
    if (replacing && !force) {
        return ctx.fail(makeError(ErrorKind::Conflict,
                                  tr("A vault already exists in %1; nothing was changed. Restore into a new folder "
                                     "with --vault, or add --force to replace it (it is kept under backups/).")
                                      .arg(target)));
    }
    if (!QFileInfo::exists(file)) {
        return ctx.fail(makeError(ErrorKind::NotFound, tr("There is no backup file %1.").arg(file)));
    }
    const auto erasuresFrom = ctx.args().value(QStringLiteral("erasures-from"));
    // Line 1 opens the vaults read now (the one replaced, --erasures-from) and, unless --backup-secret-stdin
    // puts the backup's on line 2, the backup as well: a vault whose key changed since the backup needs both.
    const bool separate = ctx.args().flag(QStringLiteral("backup-secret-stdin"));
    if (separate && !replacing && !erasuresFrom) {
        return ctx.usage(
            tr("--backup-secret-stdin reads the secret of the vault being replaced (or of --erasures-from) "
               "on line 1 and the backup's on line 2; with neither, give the backup's recovery code or "
               "passphrase on line 1 alone."));
    }
    storage::SecretBuffer vaultSecret;
    if (separate) {
        // May be empty for a keychain vault, which opens from the keychain.
        auto line = ctx.readSecretLine(tr("Passphrase or recovery code of the current vault: "));
        if (!line) {
            return ctx.fail(line.error());
        }
        vaultSecret = std::move(line).value();
    }
    auto secret = ctx.readSecretLine(tr("Recovery code or passphrase of the backup: "));
    if (!secret) {
        return ctx.fail(secret.error());
    }
    if (secret->isEmpty()) {
        return ctx.fail(makeError(
            ErrorKind::WrongKey,
            separate ? tr("Line 2 of standard input held no recovery code or passphrase of the backup; give it there.")
                     : tr("Standard input held no recovery code or passphrase; give it on the first line.")));
    }
    if (!separate) {
        vaultSecret = secret->clone();
    }
    // The backup's secret first: a wrong one stops the restore before any vault is opened.
    if (auto opens = storage::Vault::inspectBackup(file, *secret, storage::Vault::BackupCheck::KeyOnly); !opens) {
        Error e = opens.error();
        bool passphraseVault = false;
        if (replacing) {
            const auto replaced = storage::Vault::readDescriptor(target);
            passphraseVault = replaced && replaced->keySource == storage::KeySource::Passphrase;
        }
        if (e.kind == ErrorKind::WrongKey && separate) {
            e.message = tr("The recovery code or passphrase on line 2 of standard input does not open the backup %1; "
                           "nothing was changed. A backup opens with the code or passphrase its vault had when the "
                           "backup was taken.")
                            .arg(file);
        } else if (e.kind == ErrorKind::WrongKey && passphraseVault) {
            e.message = tr("The recovery code or passphrase on line 1 of standard input does not open the backup %1; "
                           "nothing was changed. If the vault's passphrase has changed since the backup was taken, "
                           "give the current one on line 1 and the backup's on line 2 with --backup-secret-stdin.")
                            .arg(file);
        }
        return ctx.fail(e);
    }
    security::RestoreRequest request;
    request.backupFile = file;
    request.targetDir = target;
    request.force = force;
    request.secret = &*secret;
    request.keys = &ctx.keychain();
    QStringList sources;
    if (replacing) {
        sources.append(target);
    }
    if (erasuresFrom) {
        sources.append(QDir::cleanPath(QFileInfo(*erasuresFrom).absoluteFilePath()));
    }
    std::optional<security::Profile> acting;
    for (const QString& dir : sources) {
        auto ledger = erasuresOf(ctx, dir, vaultSecret, separate, dir == target ? &acting : nullptr);
        if (!ledger) {
            return ctx.fail(ledger.error());
        }
        request.vaultLedgers.append(*ledger);
    }
    storage::SecretBuffer pin;
    if (replacing) {
        // CLI.md: the acting profile's PIN, only when it has one, on the line after the secrets (line 2, or line
        // 3 with --backup-secret-stdin). The restore signs it in and checks "back up and restore" (core).
        if (acting && acting->hasPin) {
            const int lineNumber = separate ? 3 : 2;
            auto line
                = ctx.readSecretLine(tr("PIN of profile %1: ").arg(acting->name), CommandContext::SecretLine::Pin);
            if (!line) {
                return ctx.fail(line.error(), QString());
            }
            pin = std::move(line).value();
            if (pin.isEmpty()) {
                return ctx.fail(makeError(ErrorKind::Locked,
                                          tr("Profile %1 has a PIN; give it on line %2 of standard input, after the "
                                             "recovery code or passphrase. Nothing was changed.")
                                              .arg(acting->name)
                                              .arg(lineNumber)),
                                QString());
            }
        }
        request.replaced.secret = &vaultSecret;
        request.replaced.profile = ctx.global().profile.value_or(QString());
        request.replaced.pin = &pin;
    }
    for (const QString& ledgerFile : ctx.args().values(QStringLiteral("ledger"))) {
        request.ledgerFiles.append(QFileInfo(ledgerFile).absoluteFilePath());
    }
    request.acceptUnverifiedErasures = ctx.args().flag(QStringLiteral("accept-unverified-erasures"));
    // Issue #7: the full erasure (rows, search index, legal holds) and the suppression list, not only the row,
    // with the salt the ledger's hashes were made with.
    request.applierForSalt = [](const QString& salt) { return privacy::ErasureService::restoreApplier(salt); };
    // Ctrl+C cancels until the target is touched (the secrets are read by now).
    Interrupt::Scope interrupt;
    request.cancel = Interrupt::flag();
    auto report = security::VaultAdmin::restore(request, ctx.clock());
    if (!report) {
        return ctx.fail(report.error());
    }
    Output& out = ctx.out();
    if (out.json()) {
        QJsonArray ledgers;
        for (const security::LedgerSourceInfo& l : report->ledgers) {
            ledgers.append(
                QJsonObject {{QStringLiteral("source"), l.vault ? QStringLiteral("vault") : QStringLiteral("file")},
                             {QStringLiteral("path"), l.origin},
                             {QStringLiteral("as_of"), isoTime(l.asOfMs)},
                             {QStringLiteral("entries"), l.entries}});
        }
        out.document({{QStringLiteral("folder"), report->vaultDir},
                      {QStringLiteral("uid"), report->vaultUid},
                      {QStringLiteral("backup_taken_at"), isoTime(report->takenAtMs)},
                      {QStringLiteral("erasures_reapplied"), report->erasuresReapplied},
                      {QStringLiteral("ledgers"), ledgers},
                      {QStringLiteral("erasures_known_until"), isoTime(report->erasuresKnownUntilMs)},
                      {QStringLiteral("last_erasure_at"), isoTimeOrNull(report->lastErasureAtMs)},
                      {QStringLiteral("erasures_verified"), report->erasuresVerified},
                      {QStringLiteral("warnings"), QJsonArray::fromStringList(report->warnings)},
                      {QStringLiteral("replaced_copy"), report->replacedCopy},
                      {QStringLiteral("key_stored"), report->keyStored}});
    } else {
        out.line(tr("Restored the backup of %1 into %2.").arg(isoTime(report->takenAtMs), report->vaultDir));
        out.line(tr("Erasures made after the backup and applied again: %1.").arg(report->erasuresReapplied));
        for (const security::LedgerSourceInfo& l : report->ledgers) {
            out.line(l.vault ? tr("Erasure ledger read: the vault in %1 (%2 entries).").arg(l.origin).arg(l.entries)
                             : tr("Erasure ledger read: %1 (written %2, %3 entries).")
                                   .arg(l.origin, isoTime(l.asOfMs))
                                   .arg(l.entries));
        }
        if (report->erasuresVerified) {
            out.line(tr("Every erasure recorded up to %1 is applied.").arg(isoTime(report->erasuresKnownUntilMs)));
        }
        if (!report->replacedCopy.isEmpty()) {
            out.line(tr("The replaced vault is kept in %1.").arg(report->replacedCopy));
        }
        if (report->keySource == storage::KeySource::Keychain) {
            out.line(report->keyStored ? tr("Its key is in the system keychain; it opens without the recovery code.")
                                       : tr("Its key could not be stored in the keychain; unlock it with the recovery "
                                            "code."));
        }
    }
    for (const QString& warning : report->warnings) {
        Output::message(warning);
    }
    return 0;
}

int MaintenanceCommands::rekey(CommandContext& ctx)
{
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    const bool keychain = session->vault().descriptor().keySource == storage::KeySource::Keychain;
    storage::SecretBuffer passphrase;
    if (!keychain) {
        auto next = ctx.readSecretLine(
            tr("New passphrase (at least %1 characters): ").arg(storage::Vault::kPassphraseMinLength));
        if (!next) {
            return ctx.fail(next.error());
        }
        if (::isatty(STDIN_FILENO) == 1) {
            auto again = ctx.readSecretLine(tr("Repeat the new passphrase: "));
            if (!again) {
                return ctx.fail(again.error());
            }
            if (!again->equals(*next)) {
                return ctx.fail(makeError(ErrorKind::Invalid,
                                          tr("The two passphrases differ; the key was not changed. Try again.")));
            }
        }
        passphrase = std::move(next).value();
    }
    storage::SecretBuffer recoveryCode;
    // Ctrl+C cancels until the swap; after it, the rotation finishes and its recovery code is printed.
    Interrupt::Scope interrupt;
    auto rekeyed = session->admin().rekey(&ctx.keychain(), passphrase, recoveryCode, Interrupt::flag());
    // A recovery code means the vault already has the new key: it is printed even when a later step failed
    // (the keychain, the audit entry), since without it the vault might not open again.
    if (!rekeyed && recoveryCode.isEmpty()) {
        return ctx.fail(rekeyed.error());
    }
    const bool keyStored = rekeyed && rekeyed->keyStored;
    Output& out = ctx.out();
    const QString code
        = keychain ? QString::fromLatin1(recoveryCode.data(), static_cast<qsizetype>(recoveryCode.size())) : QString();
    if (out.json()) {
        QJsonObject doc {{QStringLiteral("rekeyed"), true}};
        if (keychain) {
            doc.insert(QStringLiteral("recovery_code"), code);
            doc.insert(QStringLiteral("key_stored"), keyStored);
        }
        out.document(doc);
    } else if (keychain) {
        if (keyStored) {
            out.line(tr("The vault has a new key, stored in the system keychain. Its new recovery code (the old one "
                        "no longer works; backups made before now still open with the old one):"));
        } else {
            out.line(tr("The vault has a new key, but the system keychain did not store it. Confidant tries again "
                        "at the next unlock; should that fail too, only this new recovery code opens the vault, so "
                        "write it down now (the old one no longer works; backups made before now still open with "
                        "the old one):"));
        }
        out.line();
        out.line(QStringLiteral("    ") + code);
        out.line();
    } else {
        out.line(tr("The vault's passphrase was changed. Backups made before now still open with the old "
                    "passphrase."));
    }
    if (!rekeyed) {
        return ctx.fail(rekeyed.error());
    }
    if (!keyStored) {
        Output::message(rekeyed->keyProblem);
    }
    return 0;
}

int MaintenanceCommands::lock(CommandContext& ctx)
{
    return ctx.usage(tr("Locking is for the Confidant window (Ctrl+L, or File > Lock); a command unlocks the vault "
                        "only while it runs and holds nothing to lock."));
}

int MaintenanceCommands::check(CommandContext& ctx)
{
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto findings = session->admin().check();
    if (!findings) {
        return ctx.fail(findings.error());
    }
    bool allOk = true;
    QList<qint64> damagedPages;
    Output& out = ctx.out();
    QJsonArray list;
    for (const auto& f : *findings) {
        allOk = allOk && f.ok;
        QJsonObject item {
            {QStringLiteral("check"), f.check}, {QStringLiteral("ok"), f.ok}, {QStringLiteral("message"), f.message}};
        if (f.check == QLatin1String("cipher-integrity")) {
            QJsonArray pages;
            for (const qint64 page : f.pages) {
                pages.append(page);
            }
            item.insert(QStringLiteral("pages"), pages);
            damagedPages = f.pages;
        }
        list.append(item);
        if (!out.json()) {
            out.line(QStringLiteral("%1 %2: %3")
                         .arg(f.ok ? QStringLiteral("ok  ") : QStringLiteral("FAIL"), f.check, f.message));
        }
    }
    if (out.json()) {
        out.document({{QStringLiteral("ok"), allOk}, {QStringLiteral("findings"), list}});
    }
    if (!allOk && !damagedPages.isEmpty()) {
        Output::message(tr("The vault file is damaged at page %1 and was left as it is. Save what still reads first "
                           "(confidant-cli export --out FILE), then restore the newest backup that passes check "
                           "(confidant-cli restore FILE, into a new folder or with --force).")
                            .arg(storage::Vault::pageList(damagedPages)));
        return toInt(ExitCode::Damaged);
    }
    if (!allOk) {
        Output::message(tr("The vault failed a check; see the lines above. Restore from a backup if it is damaged."));
        return toInt(ExitCode::Damaged);
    }
    return 0;
}

namespace {

int writeExport(CommandContext& ctx, crm::ExportSelection selection)
{
    const auto format = ctx.args().value(QStringLiteral("format")).value_or(QStringLiteral("csv"));
    if (format != QLatin1String("csv") && format != QLatin1String("vcard")) {
        return ctx.usage(MaintenanceCommands::tr("--format takes csv or vcard."));
    }
    selection.purpose = ctx.args().value(QStringLiteral("purpose")).value_or(QString());
    if (ctx.args().has(QStringLiteral("purpose")) && selection.purpose.trimmed().isEmpty()) {
        return ctx.usage(MaintenanceCommands::tr("Name the purpose with --purpose PURPOSE."));
    }
    selection.filterName = ctx.args().value(QStringLiteral("filter")).value_or(QString());
    if (ctx.args().has(QStringLiteral("filter")) && selection.filterName.trimmed().isEmpty()) {
        return ctx.usage(MaintenanceCommands::tr("Name the saved filter with --filter NAME."));
    }
    const auto outPath = ctx.args().value(QStringLiteral("out"));
    if (!outPath) {
        return ctx.usage(MaintenanceCommands::tr("Name the file to write with --out FILE."));
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    // The gated export: which contacts the purpose gate leaves out, and why, before anything is written.
    std::optional<privacy::GateReport> gated;
    if (!selection.purpose.isEmpty()) {
        auto purpose = session->purposes().find(selection.purpose);
        if (!purpose) {
            return ctx.fail(purpose.error());
        }
        selection.purpose = purpose->uid;
        auto report = session->exports().preview(selection);
        if (!report) {
            return ctx.fail(report.error());
        }
        gated = *report;
    }
    // Without a purpose, restricted contacts (Art. 18) are still left out: say how many.
    std::optional<privacy::GateReport> plain;
    if (!gated) {
        auto report = session->exports().preview(selection);
        if (!report) {
            return ctx.fail(report.error());
        }
        plain = *report;
    }
    const QString path = QFileInfo(*outPath).absoluteFilePath();
    const bool force = ctx.args().flag(QStringLiteral("force"));
    const auto exists = [&path] {
        return makeError(ErrorKind::Conflict,
                         MaintenanceCommands::tr("%1 exists already; nothing was written. Choose another file, or "
                                                 "add --force to replace it.")
                             .arg(path));
    };
    if (QFileInfo::exists(path) && !force) {
        return ctx.fail(exists());
    }
    // Ctrl+C, SIGTERM or SIGHUP cancels from here on; declared before the file, so that the file is discarded
    // while a signal still only cancels. Nothing is left under the name asked for, and the file itself has no
    // name until it is complete (storage::SafeFile): an export killed outright leaves nothing, or, where the
    // file system has no unnamed files, a 0600 FILE.part that the next export to FILE replaces.
    Interrupt::Scope interrupt;
    storage::SafeFile file(path);
    if (auto r = file.open(); !r) {
        return ctx.fail(r.error());
    }
    auto count = session->exports().exportContacts(format == QLatin1String("vcard") ? crm::ExportFormat::VCard
                                                                                    : crm::ExportFormat::Csv,
                                                   selection,
                                                   file.device(),
                                                   Interrupt::flag());
    if (!count) {
        return ctx.fail(count.error());
    }
    // Without --force the final name is taken only where nothing is, even a file that appeared meanwhile.
    if (auto r = file.commit(force ? storage::SafeFile::Existing::Replace : storage::SafeFile::Existing::Keep); !r) {
        return ctx.fail(r.error().kind == ErrorKind::Conflict ? exists() : r.error());
    }
    Output& out = ctx.out();
    if (out.json()) {
        QJsonObject document {
            {QStringLiteral("path"), path}, {QStringLiteral("format"), format}, {QStringLiteral("contacts"), *count}};
        if (gated) {
            QJsonObject leftOut {{QStringLiteral("total"), gated->leftOutCount()}};
            for (const privacy::GateReason reason : privacy::GateReport::reasons()) {
                leftOut.insert(privacy::GateReport::reasonName(reason), gated->leftOutFor(reason));
            }
            document.insert(QStringLiteral("purpose"),
                            QJsonObject {{QStringLiteral("uid"), gated->purpose.uid},
                                         {QStringLiteral("name"), gated->purpose.name},
                                         {QStringLiteral("basis"), privacy::Purpose::basisName(gated->purpose.basis)}});
            document.insert(QStringLiteral("candidates"), gated->candidates);
            document.insert(QStringLiteral("left_out"), leftOut);
        }
        if (plain) {
            document.insert(QStringLiteral("left_out"),
                            QJsonObject {{QStringLiteral("total"), plain->leftOutCount()},
                                         {privacy::GateReport::reasonName(privacy::GateReason::Restricted),
                                          plain->leftOutFor(privacy::GateReason::Restricted)}});
        }
        out.document(document);
    } else {
        out.line(MaintenanceCommands::tr("Exported %n contact(s) to %1. The file is not encrypted; keep it safe and "
                                         "delete it when done.",
                                         nullptr,
                                         static_cast<int>(*count))
                     .arg(path));
        if (gated) {
            const QString leftOut
                = gated->leftOutCount() > 0 ? gated->summary() : MaintenanceCommands::tr("nobody was left out");
            Output::message(
                MaintenanceCommands::tr("Purpose \"%1\": %n contact(s) kept; %2.", nullptr, static_cast<int>(*count))
                    .arg(gated->purpose.name, leftOut));
        }
        if (plain && plain->leftOutCount() > 0) {
            Output::message(MaintenanceCommands::tr("Not exported (Art. 18): %1.").arg(plain->summary()));
        }
    }
    return 0;
}

} // namespace

int MaintenanceCommands::exportContacts(CommandContext& ctx)
{
    crm::ExportSelection selection;
    selection.tag = ctx.args().value(QStringLiteral("tag")).value_or(QString());
    return writeExport(ctx, selection);
}

int MaintenanceCommands::contactExport(CommandContext& ctx)
{
    crm::ExportSelection selection;
    selection.uids = ctx.args().arguments;
    selection.tag = ctx.args().value(QStringLiteral("tag")).value_or(QString());
    return writeExport(ctx, selection);
}

} // namespace confidant::cli
