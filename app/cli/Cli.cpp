#include "Cli.h"

#include "core/Clock.h"
#include "core/TextRules.h"

#include "AccessCommands.h"
#include "ActivityCommands.h"
#include "AuditCommands.h"
#include "CommandContext.h"
#include "CompanyCommands.h"
#include "ContactCommands.h"
#include "DealCommands.h"
#include "ErasureCommands.h"
#include "FilterCommands.h"
#include "ImportCommand.h"
#include "MaintenanceCommands.h"
#include "NoticeCommands.h"
#include "PolicyCommands.h"
#include "PrivacyCommands.h"
#include "ProfileCommands.h"
#include "RegisterCommands.h"
#include "RequestCommands.h"
#include "SearchCommand.h"
#include "SubjectCommands.h"
#include "VaultCommands.h"

#include <algorithm>

namespace confidant::cli {

namespace {

using Kind = OptionSpec::Kind;

// Verbs of CLI.md that later issues bring: named here so that they fail as usage errors, not as typos.
const QStringList kNotBuilt = {};

QString translated(const char* text)
{
    return QCoreApplication::translate("CommandHelp", text);
}

// The contact's fields come from the field registry (ContactCommands::fieldOptions).
std::vector<OptionSpec> contactFieldOptions()
{
    return ContactCommands::fieldOptions();
}

std::vector<OptionSpec> contactAddOptions()
{
    auto options = contactFieldOptions();
    options.push_back({"force",
                       Kind::Flag,
                       nullptr,
                       QT_TRANSLATE_NOOP("CommandHelp",
                                         "add even when the email or phone is on the suppression list (the person "
                                         "asked to be erased); the audit trail records the override")});
    return options;
}

std::vector<OptionSpec> contactEditOptions()
{
    auto options = contactFieldOptions();
    options.push_back({"clear-emails", Kind::Flag, nullptr, QT_TRANSLATE_NOOP("CommandHelp", "remove all emails")});
    options.push_back({"clear-phones", Kind::Flag, nullptr, QT_TRANSLATE_NOOP("CommandHelp", "remove all phones")});
    options.push_back({"clear-tags", Kind::Flag, nullptr, QT_TRANSLATE_NOOP("CommandHelp", "remove all tags")});
    return options;
}

std::vector<OptionSpec> companyFieldOptions()
{
    return {
        {"name", Kind::Value, "NAME", QT_TRANSLATE_NOOP("CommandHelp", "the company's name")},
        {"domain", Kind::Value, "D", QT_TRANSLATE_NOOP("CommandHelp", "web domain, e.g. example.com")},
        {"phone", Kind::Value, "P", QT_TRANSLATE_NOOP("CommandHelp", "phone number")},
        {"notes", Kind::Value, "TEXT", QT_TRANSLATE_NOOP("CommandHelp", "notes")},
        {"street", Kind::Value, "S", QT_TRANSLATE_NOOP("CommandHelp", "street and number")},
        {"postcode", Kind::Value, "P", QT_TRANSLATE_NOOP("CommandHelp", "postcode")},
        {"city", Kind::Value, "C", QT_TRANSLATE_NOOP("CommandHelp", "city")},
        {"region", Kind::Value, "R", QT_TRANSLATE_NOOP("CommandHelp", "region or state")},
        {"country", Kind::Value, "C", QT_TRANSLATE_NOOP("CommandHelp", "country")},
        {"tag", Kind::List, "T", QT_TRANSLATE_NOOP("CommandHelp", "tag; repeat for several (replaces the list)")},
        {"clear-tags", Kind::Flag, nullptr, QT_TRANSLATE_NOOP("CommandHelp", "remove all tags")},
    };
}

std::vector<OptionSpec> listOptions(const char* sortHelp)
{
    return {
        {"limit", Kind::Value, "N", QT_TRANSLATE_NOOP("CommandHelp", "at most N rows (1 to 10000, default 100)")},
        {"after", Kind::Value, "CURSOR", QT_TRANSLATE_NOOP("CommandHelp", "continue after the previous page")},
        {"sort", Kind::Value, "FIELD", sortHelp},
        {"search", Kind::Value, "TEXT", QT_TRANSLATE_NOOP("CommandHelp", "only rows matching TEXT (prefix search)")},
    };
}

std::vector<OptionSpec> companyListOptions()
{
    auto options = listOptions(QT_TRANSLATE_NOOP("CommandHelp", "name (default) or updated"));
    options.push_back({"tag", Kind::Value, "T", QT_TRANSLATE_NOOP("CommandHelp", "only companies with this tag")});
    return options;
}

std::vector<OptionSpec> filterAddOptions()
{
    return {
        {"entity", Kind::Value, "TYPE", QT_TRANSLATE_NOOP("CommandHelp", "contact (default); company and deal later")},
        {"search", Kind::Value, "S", QT_TRANSLATE_NOOP("CommandHelp", "search text (prefix search)")},
        {"tag",
         Kind::List,
         "T",
         QT_TRANSLATE_NOOP("CommandHelp", "a tag the contacts must have; repeat for all of several")},
        {"company", Kind::Value, "C", QT_TRANSLATE_NOOP("CommandHelp", "the company's name")},
        {"city", Kind::Value, "C", QT_TRANSLATE_NOOP("CommandHelp", "city")},
        {"country", Kind::Value, "C", QT_TRANSLATE_NOOP("CommandHelp", "country")},
        {"updated-since",
         Kind::Value,
         "TIME",
         QT_TRANSLATE_NOOP("CommandHelp", "updated at or after TIME (a date alone: from its start, local time)")},
        {"updated-before",
         Kind::Value,
         "TIME",
         QT_TRANSLATE_NOOP("CommandHelp", "updated before TIME (a date alone: before that day begins, local time)")},
    };
}

std::vector<OptionSpec> auditFilterOptions()
{
    return {
        {"since",
         Kind::Value,
         "TIME",
         QT_TRANSLATE_NOOP("CommandHelp", "only entries at or after TIME (a date alone: from its start, local time)")},
        {"until",
         Kind::Value,
         "TIME",
         QT_TRANSLATE_NOOP("CommandHelp", "only entries before TIME; a date alone includes that whole day")},
        {"entity", Kind::Value, "UID", QT_TRANSLATE_NOOP("CommandHelp", "only entries about the entity with this uid")},
        {"action",
         Kind::Value,
         "A",
         QT_TRANSLATE_NOOP("CommandHelp",
                           "only this action (access.denied), or every action starting with A when A ends in '.' "
                           "(contact.)")},
        {"profile-name", Kind::Value, "NAME", QT_TRANSLATE_NOOP("CommandHelp", "only entries by this profile")},
    };
}

std::vector<OptionSpec> auditListOptions()
{
    auto options = auditFilterOptions();
    options.push_back(
        {"limit", Kind::Value, "N", QT_TRANSLATE_NOOP("CommandHelp", "at most N entries (1 to 10000, default 100)")});
    options.push_back(
        {"before",
         Kind::Value,
         "SEQ",
         QT_TRANSLATE_NOOP("CommandHelp", "only entries older than sequence number SEQ (the next page)")});
    return options;
}

std::vector<OptionSpec> auditExportOptions()
{
    auto options = auditFilterOptions();
    options.insert(options.begin(),
                   {{"out", Kind::Value, "FILE", QT_TRANSLATE_NOOP("CommandHelp", "the CSV file to write")},
                    {"force", Kind::Flag, nullptr, QT_TRANSLATE_NOOP("CommandHelp", "replace FILE if it exists")}});
    return options;
}

std::vector<OptionSpec> exportOptions(bool laterOptions = false)
{
    std::vector<OptionSpec> options {
        {"out", Kind::Value, "FILE", QT_TRANSLATE_NOOP("CommandHelp", "the file to write")},
        {"tag", Kind::Value, "T", QT_TRANSLATE_NOOP("CommandHelp", "only contacts with this tag")},
        {"format", Kind::Value, "FORMAT", QT_TRANSLATE_NOOP("CommandHelp", "csv (default) or vcard (vCard 4.0)")},
        {"force", Kind::Flag, nullptr, QT_TRANSLATE_NOOP("CommandHelp", "replace FILE when it exists")},
        {"filter",
         Kind::Value,
         "NAME",
         QT_TRANSLATE_NOOP("CommandHelp", "only contacts the saved filter NAME matches")},
    };
    if (laterOptions) {
        options.push_back({"purpose",
                           Kind::Value,
                           "PURPOSE",
                           QT_TRANSLATE_NOOP("CommandHelp",
                                             "only contacts with a valid basis for this purpose (name or uid); says "
                                             "how many were left out and why")});
    }
    return options;
}

std::vector<CommandSpec> commandTable()
{
    return {
        {"init",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "create a vault: with --passphrase-stdin protected by a passphrase, otherwise with a key in "
                           "the system keychain and a recovery code printed once"),
         {},
         &VaultCommands::init},
        {"info",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "show the vault's uid, folder, key source, schema and cipher versions and counts"),
         {},
         &VaultCommands::info},
        {"sample-data",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp", "add deterministic, realistic sample contacts and companies"),
         {{"contacts", Kind::Value, "N", QT_TRANSLATE_NOOP("CommandHelp", "how many contacts (0 to 10000000)")},
          {"seed",
           Kind::Value,
           "S",
           QT_TRANSLATE_NOOP("CommandHelp", "seed; the same seed gives the same data (default 1)")}},
         &VaultCommands::sampleData,
         "--contacts N"},
        {"search",
         "QUERY",
         1,
         -1,
         QT_TRANSLATE_NOOP("CommandHelp", "prefix search over names, emails, phones, companies and notes"),
         {{"limit", Kind::Value, "N", QT_TRANSLATE_NOOP("CommandHelp", "at most N hits (1 to 10000, default 50)")}},
         &SearchCommand::run},
        {"contact add",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp", "add a contact and print its uid"),
         contactAddOptions(),
         &ContactCommands::add,
         "--given G --family F"},
        {"contact show",
         "CONTACT",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp", "show everything stored about a contact"),
         {},
         &ContactCommands::show},
        {"contact list",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp", "list contacts, a page at a time; prints the cursor of the next page"),
         listOptions(QT_TRANSLATE_NOOP("CommandHelp", "family (default), given or updated")),
         &ContactCommands::list},
        {"contact edit",
         "CONTACT",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp", "change the fields given; --email, --phone and --tag replace the whole list"),
         contactEditOptions(),
         &ContactCommands::edit},
        {"contact delete",
         "CONTACT",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "delete a contact: an erasure, as subject erase does (suppression list, erasure ledger, "
                           "receipt; legal holds keep what they hold); needs the erase permission; without --yes "
                           "it shows what would go and exits 2"),
         {{"yes",
           Kind::Flag,
           nullptr,
           QT_TRANSLATE_NOOP("CommandHelp",
                             "confirm: erase the contact and keep its emails and phones on the "
                             "suppression list")}},
         &ErasureCommands::deleteContact},
        {"contact export",
         "[CONTACT...]",
         0,
         -1,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "write the given contacts (or all, or those with --tag or --filter) to a CSV or vCard "
                           "file; needs the export permission and is audited"),
         exportOptions(),
         &MaintenanceCommands::contactExport,
         "--out FILE"},
        {"company add",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp", "add a company and print its uid"),
         companyFieldOptions(),
         &CompanyCommands::add,
         "--name NAME"},
        {"company show",
         "COMPANY",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp", "show a company"),
         {},
         &CompanyCommands::show},
        {"company list",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp", "list companies, a page at a time; prints the cursor of the next page"),
         companyListOptions(),
         &CompanyCommands::list},
        {"company edit",
         "COMPANY",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp", "change the fields given"),
         companyFieldOptions(),
         &CompanyCommands::edit},
        {"company delete",
         "COMPANY",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp", "delete a company; its contacts stay, without a company"),
         {},
         &CompanyCommands::remove},
        {"activity add",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp", "log a call, meeting, email (logged, not sent) or note and print its uid"),
         {{"kind", Kind::Value, "KIND", QT_TRANSLATE_NOOP("CommandHelp", "call, meeting, email or note")},
          {"subject", Kind::Value, "S", QT_TRANSLATE_NOOP("CommandHelp", "one-line subject")},
          {"body", Kind::Value, "TEXT", QT_TRANSLATE_NOOP("CommandHelp", "what was said or written")},
          {"at",
           Kind::Value,
           "TIME",
           QT_TRANSLATE_NOOP("CommandHelp",
                             "when it happened: \"YYYY-MM-DD HH:MM\" local time, or ISO 8601 with Z or an offset "
                             "(default: now)")},
          {"contact", Kind::List, "CONTACT", QT_TRANSLATE_NOOP("CommandHelp", "link to this contact; repeatable")},
          {"company", Kind::List, "COMPANY", QT_TRANSLATE_NOOP("CommandHelp", "link to this company; repeatable")},
          {"deal", Kind::List, "DEAL", QT_TRANSLATE_NOOP("CommandHelp", "link to this deal; repeatable")}},
         &ActivityCommands::add,
         "--kind KIND --subject S"},
        {"activity list",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "a record's timeline, newest first (without --contact, --company or --deal: your own "
                           "recent activities); prints the cursor of the next page"),
         {{"contact", Kind::List, "CONTACT", QT_TRANSLATE_NOOP("CommandHelp", "the timeline of this contact")},
          {"company", Kind::List, "COMPANY", QT_TRANSLATE_NOOP("CommandHelp", "the timeline of this company")},
          {"deal", Kind::List, "DEAL", QT_TRANSLATE_NOOP("CommandHelp", "the timeline of this deal")},
          {"limit", Kind::Value, "N", QT_TRANSLATE_NOOP("CommandHelp", "at most N rows (1 to 10000, default 100)")},
          {"after", Kind::Value, "CURSOR", QT_TRANSLATE_NOOP("CommandHelp", "continue after the previous page")}},
         &ActivityCommands::list},
        {"task add",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp", "add a task for yourself and print its uid"),
         {{"subject", Kind::Value, "S", QT_TRANSLATE_NOOP("CommandHelp", "what is to be done")},
          {"body", Kind::Value, "TEXT", QT_TRANSLATE_NOOP("CommandHelp", "details")},
          {"due",
           Kind::Value,
           "TIME",
           QT_TRANSLATE_NOOP("CommandHelp",
                             "due date YYYY-MM-DD (by the end of that day) or date and time, local unless it carries "
                             "Z or an offset")},
          {"remind",
           Kind::Value,
           "TIME",
           QT_TRANSLATE_NOOP("CommandHelp", "remind at this time (a date alone: 09:00); not after --due")},
          {"contact", Kind::List, "CONTACT", QT_TRANSLATE_NOOP("CommandHelp", "link to this contact; repeatable")},
          {"company", Kind::List, "COMPANY", QT_TRANSLATE_NOOP("CommandHelp", "link to this company; repeatable")},
          {"deal", Kind::List, "DEAL", QT_TRANSLATE_NOOP("CommandHelp", "link to this deal; repeatable")}},
         &ActivityCommands::taskAdd,
         "--subject S --due DATE"},
        {"task list",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp", "list open tasks, earliest due first"),
         {{"mine", Kind::Flag, nullptr, QT_TRANSLATE_NOOP("CommandHelp", "only your own tasks")},
          {"overdue", Kind::Flag, nullptr, QT_TRANSLATE_NOOP("CommandHelp", "only tasks due before today")},
          {"today",
           Kind::Flag,
           nullptr,
           QT_TRANSLATE_NOOP("CommandHelp", "only tasks due today (with --overdue: both, as in My day)")},
          {"done", Kind::Flag, nullptr, QT_TRANSLATE_NOOP("CommandHelp", "done tasks instead of open ones")},
          {"all", Kind::Flag, nullptr, QT_TRANSLATE_NOOP("CommandHelp", "open and done tasks")},
          {"limit", Kind::Value, "N", QT_TRANSLATE_NOOP("CommandHelp", "at most N rows (1 to 10000, default 100)")}},
         &ActivityCommands::taskList},
        {"task done",
         "TASK",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp", "mark a task done"),
         {},
         &ActivityCommands::taskDone},
        {"profile add",
         "NAME",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp", "add an operator profile with a role and, optionally, a PIN of its own"),
         {{"role",
           Kind::Value,
           "ROLE",
           QT_TRANSLATE_NOOP("CommandHelp", "owner, admin, privacy-officer, sales-rep or read-only")},
          {"pin-stdin",
           Kind::Flag,
           nullptr,
           QT_TRANSLATE_NOOP("CommandHelp",
                             "read the new profile's PIN (at least 6 characters, no repeated group or straight run "
                             "such as 121212 or 123456) from the next unread line of standard input")}},
         &ProfileCommands::add,
         "--role ROLE"},
        {"profile list",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "list the operator profiles: name, role, whether it has a PIN, wrong PINs since its last "
                           "right one and until when it must wait, created"),
         {},
         &ProfileCommands::list},
        {"profile remove",
         "NAME",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp", "remove an operator profile; the vault keeps at least one owner"),
         {},
         &ProfileCommands::remove},
        {"profile role",
         "NAME ROLE",
         2,
         2,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "give a profile another role: owner, admin, privacy-officer, sales-rep or read-only"),
         {},
         &ProfileCommands::role},
        {"profile pin",
         "NAME",
         1,
         1,
         QT_TRANSLATE_NOOP(
             "CommandHelp",
             "set a profile's PIN from the next unread line of standard input, or remove it with --clear"),
         {{"clear", Kind::Flag, nullptr, QT_TRANSLATE_NOOP("CommandHelp", "remove the PIN instead of setting one")}},
         &ProfileCommands::pin},
        {"audit verify",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "check the whole hash chain of the audit trail against its sealed head; exit 4 naming the "
                           "first broken entry"),
         {},
         &AuditCommands::verify},
        {"audit list",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp", "list audit entries, newest first; prints the option for the next page"),
         auditListOptions(),
         &AuditCommands::list},
        {"audit export",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "write the audit entries (oldest first) to a CSV file; the export itself is audited"),
         auditExportOptions(),
         &AuditCommands::exportCsv,
         "--out FILE"},
        {"import",
         "FILE",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "preview a CSV or vCard file (new rows, matches, problems with their lines) and import it "
                           "in one transaction; exit 7 when a row has a problem, unless --skip-invalid"),
         {{"format", Kind::Value, "FORMAT", QT_TRANSLATE_NOOP("CommandHelp", "csv or vcard (default: detected)")},
          {"mapping",
           Kind::Value,
           "FILE.json",
           QT_TRANSLATE_NOOP("CommandHelp",
                             "column mapping, {\"Column\": \"field\"}; fields: given, family, email, phone, company, "
                             "title, notes, tag, street, city, postcode, region, country, birthday, website, skip")},
          {"dry-run", Kind::Flag, nullptr, QT_TRANSLATE_NOOP("CommandHelp", "only print the preview; write nothing")},
          {"skip-invalid",
           Kind::Flag,
           nullptr,
           QT_TRANSLATE_NOOP("CommandHelp", "import the other rows and leave out the rows with problems")},
          {"on-match",
           Kind::Value,
           "ACTION",
           QT_TRANSLATE_NOOP("CommandHelp",
                             "skip (default) or merge: fill the matched contact's empty fields, add its missing "
                             "emails, phones and tags")},
          {"encoding",
           Kind::Value,
           "ENC",
           QT_TRANSLATE_NOOP("CommandHelp", "utf-8, utf-16le or utf-16be (default: detected)")},
          {"delimiter",
           Kind::Value,
           "D",
           QT_TRANSLATE_NOOP("CommandHelp", "comma, semicolon or tab (default: detected)")}},
         &ImportCommand::run},
        {"export",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "write contacts to a file (CSV or vCard); needs the export permission and is audited"),
         exportOptions(true),
         &MaintenanceCommands::exportContacts,
         "--out FILE"},
        {"filter list",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp", "list the saved filters"),
         {{"entity",
           Kind::Value,
           "TYPE",
           QT_TRANSLATE_NOOP("CommandHelp", "only filters for contact, company or deal")}},
         &FilterCommands::list},
        {"filter add",
         "NAME",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "save a contact filter under NAME (for export --filter and the Contacts page)"),
         filterAddOptions(),
         &FilterCommands::add},
        {"filter delete",
         "NAME",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp", "delete the saved filter NAME"),
         {{"entity", Kind::Value, "TYPE", QT_TRANSLATE_NOOP("CommandHelp", "contact (default), company or deal")}},
         &FilterCommands::remove},
        {"backup",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "write an encrypted, verified backup that the recovery code or passphrase opens anywhere"),
         {{"out",
           Kind::Value,
           "FILE",
           QT_TRANSLATE_NOOP("CommandHelp", "where to write it (default: a new file in the vault's backups folder)")},
          {"if-due",
           Kind::Flag,
           nullptr,
           QT_TRANSLATE_NOOP("CommandHelp",
                             "only when the vault's backup schedule says one is due; keeps the newest scheduled ones "
                             "(for cron or a systemd timer)")}},
         &MaintenanceCommands::backup},
        {"restore",
         "FILE",
         1,
         1,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "restore a backup into the --vault folder (line 1 of standard input: the backup's recovery "
                           "code or passphrase); re-applies erasures made since"),
         {{"force",
           Kind::Flag,
           nullptr,
           QT_TRANSLATE_NOOP("CommandHelp", "replace an existing vault (it is kept under backups/replaced-TIME/)")},
          {"erasures-from",
           Kind::Value,
           "DIR",
           QT_TRANSLATE_NOOP("CommandHelp", "also re-apply the erasures recorded in the vault in DIR")},
          {"backup-secret-stdin",
           Kind::Flag,
           nullptr,
           QT_TRANSLATE_NOOP("CommandHelp",
                             "line 1 of standard input opens the vault being replaced (or DIR), line 2 the backup: for "
                             "a vault whose passphrase or key changed since the backup was taken")},
          {"ledger",
           Kind::List,
           "FILE",
           QT_TRANSLATE_NOOP("CommandHelp",
                             "also re-apply the erasures in this erasure ledger file (a vault's "
                             "backups/erasure-ledger.cfl); the one beside the backup is read anyway")},
          {"accept-unverified-erasures",
           Kind::Flag,
           nullptr,
           QT_TRANSLATE_NOOP("CommandHelp",
                             "restore even when no erasure ledger newer than the backup is found (people erased "
                             "since may come back; recorded in the restored vault's audit trail)")}},
         &MaintenanceCommands::restore},
        {"rekey",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "change the vault key, crash-safe: keychain mode prints the new recovery code; passphrase "
                           "mode reads the new passphrase from the next line of standard input"),
         {},
         &MaintenanceCommands::rekey},
        {"lock",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "GUI only: lock the Confidant window with Ctrl+L (each command unlocks on its own)"),
         {},
         &MaintenanceCommands::lock},
        {"check",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("CommandHelp",
                           "check integrity, cipher integrity and the audit chain; one line per check, exit 4 when one "
                           "fails"),
         {},
         &MaintenanceCommands::check},
    };
}

QString optionSyntax(const OptionSpec& option)
{
    QString text = QStringLiteral("--") + QLatin1String(option.name);
    if (option.valueName) {
        text += QLatin1Char(' ') + QLatin1String(option.valueName);
    }
    return text;
}

void printOptions(const QString& title, const std::vector<OptionSpec>& options, Output& out)
{
    if (options.empty()) {
        return;
    }
    out.line();
    out.line(title);
    QList<QStringList> rows;
    for (const auto& option : options) {
        QString help = QCoreApplication::translate(option.context, option.help);
        if (option.note) {
            help = QCoreApplication::translate("CommandHelp", "%1; %2").arg(help, translated(option.note));
        }
        rows.append({QStringLiteral("  ") + optionSyntax(option), help});
    }
    out.table({}, rows);
}

} // namespace

Cli::Cli()
    : m_commands(commandTable())
    , m_parser(m_commands, kNotBuilt)
{
    // The deal and pipeline verbs keep their table rows beside their handlers.
    for (CommandSpec& command : DealCommands::commands()) {
        m_commands.push_back(std::move(command));
    }
    // So do the purpose and consent verbs.
    for (CommandSpec& command : PrivacyCommands::commands()) {
        m_commands.push_back(std::move(command));
    }
    // And the notices, the processor, controller and field registers, the policy and the ROPA.
    for (auto* group : {&NoticeCommands::commands,
                        &RegisterCommands::commands,
                        &PolicyCommands::commands,
                        &RequestCommands::commands,
                        &SubjectCommands::commands,
                        &ErasureCommands::commands,
                        &AccessCommands::commands}) {
        for (CommandSpec& command : group()) {
            m_commands.push_back(std::move(command));
        }
    }
}

int Cli::firstArgumentNotUtf8(int argc, const char* const* argv)
{
    for (int i = 1; i < argc; ++i) {
        if (!TextRules::isValidUtf8(QByteArrayView(argv[i]))) {
            return i;
        }
    }
    return 0;
}

int Cli::refuseArgumentNotUtf8(int position)
{
    Output::message(tr("Argument %1 is not valid UTF-8 text; nothing was done. Give every argument in UTF-8 (check "
                       "the encoding of the terminal or the script).")
                        .arg(position));
    return toInt(ExitCode::Usage);
}

int Cli::run(const QStringList& arguments)
{
    const ParsedLine line = m_parser.parse(arguments);
    if (line.verbError) {
        Output::message(line.error);
        return toInt(ExitCode::Usage);
    }
    Output out(line.global.json);
    if (line.global.help) {
        printHelp(line, out);
        return out.finish() ? 0 : toInt(ExitCode::Failure);
    }
    if (line.global.version) {
        const QString version = QStringLiteral(CONFIDANT_VERSION);
        if (out.json()) {
            out.document({{QStringLiteral("version"), version}});
        } else {
            out.line(QStringLiteral("confidant-cli %1").arg(version));
        }
        return out.finish() ? 0 : toInt(ExitCode::Failure);
    }
    if (!line.error.isEmpty()) {
        Output::message(line.error);
        return toInt(ExitCode::Usage);
    }
    SystemClock clock;
    CommandContext ctx(line.global, line.invocation, out, clock);
    int code = line.command->handler(ctx);
    if (ctx.unrecordedReads() > 0) {
        Output::message(tr("The vault is read-only here, so its audit trail could not record this."));
    }
    if (!out.finish() && code == 0) {
        Output::message(tr("The output could not be written completely; check free space or the pipe."));
        code = toInt(ExitCode::Failure);
    }
    return code;
}

void Cli::printHelp(const ParsedLine& line, Output& out) const
{
    if (line.command) {
        printCommand(*line.command, out);
    } else if (!line.verb.isEmpty()) {
        printGroup(line.verb, out);
    } else {
        printOverview(out);
    }
}

void Cli::printOverview(Output& out) const
{
    out.line(tr("Usage: confidant-cli [global options] COMMAND [options] [arguments]"));
    out.line();
    out.line(tr("Confidant keeps contacts and companies in an encrypted vault on this computer."));
    out.line();
    out.line(tr("Commands:"));
    QList<QStringList> rows;
    for (const auto& command : m_commands) {
        rows.append({QStringLiteral("  ") + QLatin1String(command.path), translated(command.summary)});
    }
    out.table({}, rows);
    out.line();
    if (!kNotBuilt.isEmpty()) {
        out.line(tr("Not available in this version yet: %1.").arg(kNotBuilt.join(QStringLiteral(", "))));
    }
    printOptions(tr("Global options (before or after the command):"), ArgParser::globalOptions(), out);
    out.line();
    out.line(tr("Standard input: with --passphrase-stdin, line 1 is the passphrase or recovery code and line 2 the "
                "profile's PIN; without it, the PIN is line 1. A PIN line is read only when the profile (or the owner, "
                "without --profile) has a PIN. A new PIN (profile add --pin-stdin, profile pin) comes on the next "
                "unread line."));
    out.line(tr("Dates and times: YYYY-MM-DD is that day where you are (from its start; --until takes in the whole "
                "day); YYYY-MM-DD HH:MM or YYYY-MM-DDTHH:MM[:SS] is local time; with Z or an offset (+02:00) it is "
                "taken as given."));
    out.line(tr("Exit codes: 0 success, 1 other failure, 2 usage error, 3 cannot unlock (also a wrong or missing "
                "PIN, or a profile that must wait after wrong PINs), 4 vault damaged, not a vault, written by a newer "
                "Confidant, or audit trail broken, 5 not found, "
                "6 permission denied (the denial is audited), 7 invalid input (nothing was written), 8 vault busy "
                "(another Confidant is writing to it; try again)."));
    out.line(tr("See confidant-cli COMMAND --help for the options of a command."));
}

void Cli::printGroup(const QString& group, Output& out) const
{
    const QStringList subVerbs = m_parser.subVerbs(group);
    out.line(tr("Usage: confidant-cli %1 %2 [options]").arg(group, subVerbs.join(QLatin1Char('|'))));
    out.line();
    QList<QStringList> rows;
    for (const QString& sub : subVerbs) {
        const CommandSpec* command = m_parser.find(group + QLatin1Char(' ') + sub);
        QString syntax = QStringLiteral("  %1 %2").arg(group, sub);
        if (*command->arguments) {
            syntax += QLatin1Char(' ') + QLatin1String(command->arguments);
        }
        rows.append({syntax, translated(command->summary)});
    }
    out.table({}, rows);
    printOptions(tr("Global options:"), ArgParser::globalOptions(), out);
    out.line();
    out.line(tr("See confidant-cli %1 SUB-COMMAND --help for its options.").arg(group));
}

void Cli::printCommand(const CommandSpec& command, Output& out) const
{
    QStringList usage {QStringLiteral("confidant-cli"), QLatin1String(command.path)};
    if (*command.usageTail) {
        usage.append(QLatin1String(command.usageTail));
    }
    if (*command.arguments) {
        usage.append(QLatin1String(command.arguments));
    }
    if (!command.options.empty()) {
        usage.append(tr("[options]"));
    }
    out.line(tr("Usage: %1").arg(usage.join(QLatin1Char(' '))));
    out.line();
    QString summary = translated(command.summary);
    if (!summary.isEmpty()) {
        summary[0] = summary[0].toUpper();
    }
    out.line(summary + QLatin1Char('.'));
    printOptions(tr("Options:"), command.options, out);
    printOptions(tr("Global options:"), ArgParser::globalOptions(), out);
}

} // namespace confidant::cli
