#include "ContactCommands.h"

#include "core/crm/ContactService.h"
#include "core/crm/FieldRegistry.h"
#include "core/crm/ImportService.h"
#include "core/security/Permissions.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include "CommandContext.h"
#include "Formatting.h"

namespace confidant::cli {

namespace {

constexpr int kDefaultLimit = 100;
constexpr int kMaxLimit = 10000;

// Where contacts made here come from (Art. 14(2)(f) provenance).
const QString kSource = QStringLiteral("manual:cli");

QJsonArray labeledJson(const QList<crm::LabeledValue>& values)
{
    QJsonArray array;
    for (const auto& v : values) {
        QJsonObject o {{QStringLiteral("value"), v.value}};
        if (!v.label.isEmpty()) {
            o.insert(QStringLiteral("label"), v.label);
        }
        array.append(o);
    }
    return array;
}

//! A replacement list that keeps the label of a value that was already there ("work", "home").
QList<crm::LabeledValue> replaceValues(const QStringList& given, const QList<crm::LabeledValue>& old)
{
    QList<crm::LabeledValue> out;
    for (const QString& raw : given) {
        crm::LabeledValue v {raw.trimmed(), {}};
        for (const auto& o : old) {
            if (o.value.compare(v.value, Qt::CaseInsensitive) == 0) {
                v.label = o.label;
                break;
            }
        }
        out.append(v);
    }
    return out;
}

//! How the CLI sets each registry contact field from its option. A registry field missing here gets no
//! option (fieldOptions), and TestCliAgreement fails.
struct FieldSetter
{
    const char* valueName;
    const char* note; //!< more help after the label, or nullptr
    QString crm::Contact::*text; //!< a plain text member, or nullptr for the fields handled in applyOptions
};

const QHash<QString, FieldSetter>& fieldSetters()
{
    using C = crm::Contact;
    static const QHash<QString, FieldSetter> setters {
        {QStringLiteral("given"), {"G", nullptr, &C::givenName}},
        {QStringLiteral("family"), {"F", nullptr, &C::familyName}},
        {QStringLiteral("email"), {"E", QT_TRANSLATE_NOOP("CommandHelp", "repeat for several"), nullptr}},
        {QStringLiteral("phone"), {"P", QT_TRANSLATE_NOOP("CommandHelp", "repeat for several"), nullptr}},
        {QStringLiteral("street"), {"S", QT_TRANSLATE_NOOP("CommandHelp", "street and number"), &C::street}},
        {QStringLiteral("postcode"), {"P", nullptr, &C::postcode}},
        {QStringLiteral("city"), {"C", nullptr, &C::city}},
        {QStringLiteral("region"), {"R", QT_TRANSLATE_NOOP("CommandHelp", "region or state"), &C::region}},
        {QStringLiteral("country"), {"C", nullptr, &C::country}},
        {QStringLiteral("title"), {"T", nullptr, &C::jobTitle}},
        {QStringLiteral("birthday"), {"YYYY-MM-DD", nullptr, nullptr}},
        {QStringLiteral("website"), {"URL", QT_TRANSLATE_NOOP("CommandHelp", "e.g. https://example.com"), &C::website}},
        {QStringLiteral("company"),
         {"NAME", QT_TRANSLATE_NOOP("CommandHelp", "by name; created when there is none of that name yet"), nullptr}},
        {QStringLiteral("notes"), {"TEXT", nullptr, &C::notes}},
        {QStringLiteral("tag"), {"T", QT_TRANSLATE_NOOP("CommandHelp", "repeat for several"), nullptr}},
    };
    return setters;
}

//! Applies the field options of `contact add` / `contact edit`: only the options given change a field.
//! Reports a usage error and returns false when `--birthday` is not a calendar day (empty clears it).
bool applyOptions(CommandContext& ctx, crm::Contact& c)
{
    const Invocation& args = ctx.args();
    bool ok = true;
    if (const auto birthday = ctx.dayOption(QStringLiteral("birthday"), ok)) {
        c.birthday = *birthday;
    }
    if (!ok) {
        return false;
    }
    for (const OptionSpec& option : ContactCommands::fieldOptions()) {
        const QString name = QLatin1String(option.name);
        const auto member = fieldSetters().value(name).text;
        if (!member) {
            continue;
        }
        if (const auto value = args.value(name)) {
            c.*member = *value;
        }
    }
    if (const auto company = args.value(QStringLiteral("company"))) {
        if (company->trimmed().isEmpty()) {
            c.companyId.reset(); // an empty --company removes the contact from its company
            c.companyName.clear();
        } else {
            c.companyName = company->trimmed();
        }
    }
    if (args.flag(QStringLiteral("clear-emails"))) {
        c.emails.clear();
    }
    if (args.has(QStringLiteral("email"))) {
        c.emails = replaceValues(args.values(QStringLiteral("email")), c.emails);
    }
    if (args.flag(QStringLiteral("clear-phones"))) {
        c.phones.clear();
    }
    if (args.has(QStringLiteral("phone"))) {
        c.phones = replaceValues(args.values(QStringLiteral("phone")), c.phones);
    }
    if (args.flag(QStringLiteral("clear-tags"))) {
        c.tags.clear();
    }
    if (args.has(QStringLiteral("tag"))) {
        c.tags.clear();
        for (const QString& tag : args.values(QStringLiteral("tag"))) {
            if (!c.tags.contains(tag.trimmed(), Qt::CaseInsensitive)) {
                c.tags.append(tag.trimmed());
            }
        }
    }
    return true;
}

//! A usage error message when list options and their --clear-… flags are both given; empty when fine.
QString contradiction(const Invocation& args)
{
    for (const char* name : {"email", "phone", "tag"}) {
        const QString option = QLatin1String(name);
        const QString clear = QStringLiteral("clear-%1s").arg(option);
        if (args.has(option) && args.flag(clear)) {
            return ContactCommands::tr("--%1 already replaces the list; leave out --%2.").arg(option, clear);
        }
    }
    return {};
}

Result<QString> companyUid(Session& session, const crm::Contact& c)
{
    if (!c.companyId) {
        return QString();
    }
    auto company = session.companies().get(*c.companyId);
    if (!company) {
        return company.error();
    }
    return company->uid;
}

//! The JSON key of a registry field of a contact (they differ for lists: "email" is "emails").
QString jsonKey(const QString& field)
{
    static const QHash<QString, QString> keys {{QStringLiteral("email"), QStringLiteral("emails")},
                                               {QStringLiteral("phone"), QStringLiteral("phones")},
                                               {QStringLiteral("tag"), QStringLiteral("tags")}};
    return keys.value(field, field);
}

//! Art. 9: a field withheld from the profile (crm::SensitiveFields) is null, and `withheld` names it, so that a
//! script tells "not shown to you" from "empty". `rowKeys`: the row's keys are the field names (list rows).
void withheldJson(QJsonObject& o, const QStringList& withheld, bool rowKeys = false)
{
    for (const QString& field : withheld) {
        const QString key = rowKeys ? field : jsonKey(field);
        if (o.contains(key)) {
            o.insert(key, QJsonValue());
        }
        if (!rowKeys && field == QLatin1String("company")) {
            o.insert(QStringLiteral("company_uid"), QJsonValue());
        }
    }
    o.insert(QStringLiteral("withheld"), QJsonArray::fromStringList(withheld));
}

//! One line naming the withheld fields and why, for people.
QString withheldLine(const QStringList& withheld)
{
    QStringList labels;
    for (const QString& field : withheld) {
        const crm::FieldInfo* f = crm::FieldRegistry::builtIn().find(QStringLiteral("contact"), field);
        labels.append(f ? crm::FieldRegistry::label(*f) : field);
    }
    return ContactCommands::tr("%1 (not shown: needs the permission \"%2\")")
        .arg(labels.join(QStringLiteral(", ")), security::Roles::permissionLabel(security::Permission::ViewSensitive));
}

QJsonObject contactJson(const crm::Contact& c, const QString& companyUid)
{
    QJsonObject o {{QStringLiteral("uid"), c.uid},
                   {QStringLiteral("given"), c.givenName},
                   {QStringLiteral("family"), c.familyName},
                   {QStringLiteral("emails"), labeledJson(c.emails)},
                   {QStringLiteral("phones"), labeledJson(c.phones)},
                   {QStringLiteral("company"), c.companyName},
                   {QStringLiteral("company_uid"), companyUid.isEmpty() ? QJsonValue() : QJsonValue(companyUid)},
                   {QStringLiteral("title"), c.jobTitle},
                   {QStringLiteral("street"), c.street},
                   {QStringLiteral("postcode"), c.postcode},
                   {QStringLiteral("city"), c.city},
                   {QStringLiteral("region"), c.region},
                   {QStringLiteral("country"), c.country},
                   {QStringLiteral("birthday"), c.birthday.isValid() ? c.birthday.toString(Qt::ISODate) : QString()},
                   {QStringLiteral("website"), c.website},
                   {QStringLiteral("notes"), c.notes},
                   {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
                   {QStringLiteral("source"), c.source},
                   {QStringLiteral("created_at"), Formatting::isoTime(c.createdAtMs)},
                   {QStringLiteral("updated_at"), Formatting::isoTime(c.updatedAtMs)}};
    withheldJson(o, c.withheld);
    return o;
}

QString labeledText(const crm::LabeledValue& v)
{
    return v.label.isEmpty() ? v.value : QStringLiteral("%1 (%2)").arg(v.value, v.label);
}

} // namespace

int ContactCommands::add(CommandContext& ctx)
{
    const Invocation& args = ctx.args();
    if (!args.has(QStringLiteral("given")) && !args.has(QStringLiteral("family"))) {
        return ctx.usage(tr("contact add needs --given or --family (or both); see confidant-cli contact add --help."));
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    crm::Contact contact;
    if (!applyOptions(ctx, contact)) {
        return ctx.exitCode();
    }
    contact.source = kSource;
    // --force: a deliberate override of the suppression list (issue #7), recorded in the audit trail.
    auto created = session->contacts().create(contact,
                                              ctx.args().flag(QStringLiteral("force"))
                                                  ? crm::ContactService::Suppressed::AddAnyway
                                                  : crm::ContactService::Suppressed::Refuse);
    if (!created) {
        return ctx.fail(created.error());
    }
    if (ctx.out().json()) {
        ctx.out().document({{QStringLiteral("uid"), created->uid}});
    } else {
        ctx.out().line(created->uid);
    }
    return 0;
}

int ContactCommands::show(CommandContext& ctx)
{
    const auto uid = Formatting::uidArgument(ctx, QStringLiteral("CONTACT"));
    if (!uid) {
        return ctx.exitCode();
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto contact = session->contacts().openByUid(*uid);
    if (!contact) {
        return ctx.fail(contact.error());
    }
    auto company = companyUid(*session, *contact);
    if (!company) {
        return ctx.fail(company.error());
    }
    const crm::Contact& c = *contact;
    // An imported record says from which file, when and by whom (Art. 14(2)(f)).
    const std::optional<crm::ImportBatch> batch = session->imports().batchForSource(c.source);
    // Art. 18 and 21: the processing state shows wherever the contact does.
    auto rights = session->subjectRights().status(c.uid);
    if (!rights) {
        return ctx.fail(rights.error());
    }
    // The read is in the audit trail before anything of it is printed (docs/SECURITY.md "Audit trail").
    if (auto recorded = session->reads().flush(); !recorded) {
        return ctx.fail(recorded.error());
    }
    Output& out = ctx.out();
    if (out.json()) {
        QJsonObject json = contactJson(c, *company);
        json.insert(QStringLiteral("restricted_at"),
                    rights->restrictedAtMs ? QJsonValue(Formatting::isoTime(*rights->restrictedAtMs)) : QJsonValue());
        json.insert(QStringLiteral("marketing_objection_at"),
                    rights->objectedAtMs ? QJsonValue(Formatting::isoTime(*rights->objectedAtMs)) : QJsonValue());
        if (batch) {
            json.insert(QStringLiteral("imported"),
                        QJsonObject {{QStringLiteral("batch"), batch->uid},
                                     {QStringLiteral("file"), batch->fileName},
                                     {QStringLiteral("format"), batch->format},
                                     {QStringLiteral("at"), Formatting::isoTime(batch->importedAtMs)},
                                     {QStringLiteral("profile"), batch->profileName}});
        }
        out.document(json);
        return 0;
    }
    QList<QStringList> rows {{tr("Uid:"), c.uid}, {tr("Name:"), c.displayName()}};
    auto add = [&rows](const QString& label, const QString& value) {
        if (!value.trimmed().isEmpty()) {
            rows.append({label, value});
        }
    };
    if (rights->restrictedAtMs) {
        add(tr("Processing:"),
            tr("Restricted since %1 (Art. 18): read-only until the restriction is lifted")
                .arg(Formatting::isoTime(*rights->restrictedAtMs)));
    }
    if (rights->objectedAtMs) {
        add(tr("Marketing:"), tr("Objected to direct marketing on %1").arg(Formatting::isoTime(*rights->objectedAtMs)));
    }
    for (const auto& e : c.emails) {
        add(tr("Email:"), labeledText(e));
    }
    for (const auto& p : c.phones) {
        add(tr("Phone:"), labeledText(p));
    }
    add(tr("Company:"), c.companyName);
    add(tr("Title:"), c.jobTitle);
    add(tr("Street:"), c.street);
    add(tr("Postcode:"), c.postcode);
    add(tr("City:"), c.city);
    add(tr("Region:"), c.region);
    add(tr("Country:"), c.country);
    add(tr("Birthday:"), c.birthday.isValid() ? c.birthday.toString(Qt::ISODate) : QString());
    add(tr("Website:"), c.website);
    add(tr("Tags:"), c.tags.join(QStringLiteral(", ")));
    // Notes may span lines: every line gets its own row.
    const QStringList notes = c.notes.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < notes.size(); ++i) {
        add(i == 0 ? tr("Notes:") : QString(), notes.at(i));
    }
    add(tr("Source:"), c.source);
    if (batch) {
        add(tr("Imported:"),
            tr("from %1 on %2 by %3")
                .arg(batch->fileName, Formatting::isoTime(batch->importedAtMs), batch->profileName));
    }
    add(tr("Created:"), Formatting::isoTime(c.createdAtMs));
    add(tr("Updated:"), Formatting::isoTime(c.updatedAtMs));
    if (!c.withheld.isEmpty()) {
        add(tr("Withheld:"), withheldLine(c.withheld));
    }
    out.table({}, rows);
    return 0;
}

int ContactCommands::list(CommandContext& ctx)
{
    const Invocation& args = ctx.args();
    crm::ContactQuery query;
    const auto limit = ctx.intOption(QStringLiteral("limit"), kDefaultLimit, 1, kMaxLimit);
    if (!limit) {
        return ctx.exitCode();
    }
    query.limit = static_cast<int>(*limit);
    const QString sort = args.value(QStringLiteral("sort")).value_or(QStringLiteral("family"));
    if (sort == QLatin1String("family")) {
        query.sort = crm::ContactSort::FamilyName;
    } else if (sort == QLatin1String("given")) {
        query.sort = crm::ContactSort::GivenName;
    } else if (sort == QLatin1String("updated")) {
        query.sort = crm::ContactSort::RecentlyUpdated;
    } else {
        return ctx.usage(tr("--sort takes family, given or updated."));
    }
    query.search = args.value(QStringLiteral("search")).value_or(QString());
    query.after = args.value(QStringLiteral("after")).value_or(QString());
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto page = session->contacts().list(query);
    if (!page) {
        // A cursor from another list or sort would skip rows: a usage error, never a silent restart.
        if (page.error().kind == ErrorKind::Invalid && !query.after.isEmpty()) {
            return ctx.usage(tr("--after takes the cursor printed by the previous contact list with the same --sort "
                                "and --search."));
        }
        return ctx.fail(page.error());
    }
    // The read is in the audit trail before anything of it is printed (docs/SECURITY.md "Audit trail").
    if (auto recorded = session->reads().flush(); !recorded) {
        return ctx.fail(recorded.error());
    }
    Output& out = ctx.out();
    if (out.json()) {
        QJsonArray rows;
        for (const auto& r : page->rows) {
            QJsonObject row {{QStringLiteral("uid"), r.uid},
                             {QStringLiteral("given"), r.givenName},
                             {QStringLiteral("family"), r.familyName},
                             {QStringLiteral("email"), r.email},
                             {QStringLiteral("phone"), r.phone},
                             {QStringLiteral("company"), r.companyName},
                             {QStringLiteral("city"), r.city},
                             {QStringLiteral("updated_at"), Formatting::isoTime(r.updatedAtMs)}};
            withheldJson(row, r.withheld, true);
            rows.append(row);
        }
        out.document({{QStringLiteral("contacts"), rows},
                      {QStringLiteral("next_cursor"),
                       page->nextCursor.isEmpty() ? QJsonValue() : QJsonValue(page->nextCursor)}});
        return 0;
    }
    if (page->rows.isEmpty()) {
        out.line(tr("No contacts."));
        return 0;
    }
    QList<QStringList> rows;
    for (const auto& r : page->rows) {
        rows.append({r.uid,
                     (r.givenName + QLatin1Char(' ') + r.familyName).trimmed(),
                     r.email,
                     r.phone,
                     r.companyName,
                     r.city});
    }
    out.table({tr("UID"), tr("NAME"), tr("EMAIL"), tr("PHONE"), tr("COMPANY"), tr("CITY")}, rows);
    if (!page->nextCursor.isEmpty()) {
        out.line(tr("Next page: --after %1").arg(page->nextCursor));
    }
    return 0;
}

int ContactCommands::edit(CommandContext& ctx)
{
    const Invocation& args = ctx.args();
    if (const QString problem = contradiction(args); !problem.isEmpty()) {
        return ctx.usage(problem);
    }
    bool changes = false;
    for (const OptionSpec& option : fieldOptions()) {
        changes = changes || args.has(QLatin1String(option.name));
    }
    for (const char* name : {"clear-emails", "clear-phones", "clear-tags"}) {
        changes = changes || args.has(QLatin1String(name));
    }
    if (!changes) {
        return ctx.usage(
            tr("contact edit needs at least one option to change; see confidant-cli contact edit --help."));
    }
    const auto uid = Formatting::uidArgument(ctx, QStringLiteral("CONTACT"));
    if (!uid) {
        return ctx.exitCode();
    }
    Session* session = ctx.session();
    if (!session) {
        return ctx.exitCode();
    }
    auto contact = session->contacts().getByUid(*uid);
    if (!contact) {
        return ctx.fail(contact.error());
    }
    crm::Contact changed = *contact;
    if (!applyOptions(ctx, changed)) {
        return ctx.exitCode();
    }
    auto updated = session->contacts().update(changed);
    if (!updated) {
        return ctx.fail(updated.error());
    }
    if (ctx.out().json()) {
        ctx.out().document({{QStringLiteral("uid"), updated->uid}});
    } else {
        ctx.out().line(tr("Updated the contact %1.").arg(updated->uid));
    }
    return 0;
}

const std::vector<OptionSpec>& ContactCommands::fieldOptions()
{
    static const std::vector<QByteArray> names = [] {
        std::vector<QByteArray> out;
        for (const crm::FieldInfo& f : crm::FieldRegistry::builtIn().enteredFieldsOf(QStringLiteral("contact"))) {
            out.push_back(f.name.toLatin1());
        }
        return out;
    }();
    static const std::vector<OptionSpec> options = [] {
        std::vector<OptionSpec> out;
        const auto fields = crm::FieldRegistry::builtIn().enteredFieldsOf(QStringLiteral("contact"));
        for (std::size_t i = 0; i < fields.size(); ++i) {
            const auto it = fieldSetters().constFind(fields[i].name);
            if (it == fieldSetters().constEnd()) {
                continue; // no way to set it: TestCliAgreement names the field
            }
            const bool list = fields[i].kind == crm::FieldKind::ValueList || fields[i].kind == crm::FieldKind::Tags;
            out.push_back({names[i].constData(),
                           list ? OptionSpec::Kind::List : OptionSpec::Kind::Value,
                           it->valueName,
                           fields[i].label,
                           "FieldRegistry",
                           it->note});
        }
        return out;
    }();
    return options;
}

} // namespace confidant::cli
