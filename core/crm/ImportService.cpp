#include "ImportService.h"

#include "core/WorkerGate.h"
#include "core/crm/ContactService.h"
#include "core/crm/Validation.h"
#include "core/io/ContactMapping.h"
#include "core/io/CsvReader.h"
#include "core/io/VCardReader.h"
#include "core/security/AuditLog.h"
#include "core/security/MutationGate.h"
#include "core/storage/Database.h"
#include "core/storage/FaultPoint.h"
#include "core/storage/Statement.h"
#include "core/storage/Vault.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace confidant::crm {

using io::ColumnTarget;
using io::ContactField;
using storage::Database;
using storage::Statement;

namespace {

struct FieldSpec
{
    QString name; //!< docs/CLI.md name: a registry name, or one of kImportOnly
    QString ioName; //!< io::ContactMapping's name for it
    const FieldInfo* field; //!< the registry field; nullptr for kImportOnly
    const char* label; //!< kImportOnly: the untranslated label
};

struct ImportOnly
{
    const char* name;
    const char* ioName;
    const char* label;
};

// What a column can hold beyond the registry's fields: parts of a field and how to treat the column.
constexpr ImportOnly kImportOnly[] = {
    {"name", "name", QT_TRANSLATE_NOOP("ImportService", "Full name (split)")},
    {"middle", "middle", QT_TRANSLATE_NOOP("ImportService", "Middle name")},
    {"email-label", "email_label", QT_TRANSLATE_NOOP("ImportService", "Email label")},
    {"phone-label", "phone_label", QT_TRANSLATE_NOOP("ImportService", "Phone label")},
    {"uid", "uid", QT_TRANSLATE_NOOP("ImportService", "Confidant uid (matching only)")},
    {"skip", "skip", QT_TRANSLATE_NOOP("ImportService", "Skip this column")},
};

// The contract's field names (docs/CLI.md "import"): the contact fields of `registry` a person enters, each
// under its registry name, then the finer ones automatic mapping uses. A registry field io cannot map is
// left out here and named by ImportService::unmappableFields().
std::vector<FieldSpec> fieldSpecs(const FieldRegistry& registry)
{
    std::vector<FieldSpec> specs;
    for (const FieldInfo& f : registry.fields()) {
        if (f.entity == QLatin1String("contact") && f.entered && io::ContactMapping::parseTarget(f.name)) {
            specs.push_back({f.name, f.name, &f, nullptr});
        }
    }
    for (const ImportOnly& o : kImportOnly) {
        specs.push_back({QLatin1String(o.name), QLatin1String(o.ioName), nullptr, o.label});
    }
    return specs;
}

const std::vector<FieldSpec>& builtInSpecs()
{
    static const std::vector<FieldSpec> specs = fieldSpecs(FieldRegistry::builtIn());
    return specs;
}

const FieldSpec* specByName(const QString& name, const std::vector<FieldSpec>& specs = builtInSpecs())
{
    for (const FieldSpec& f : specs) {
        if (name == f.name) {
            return &f;
        }
    }
    return nullptr;
}

// The contract name of a column's target; empty when nothing recognised the column.
QString fieldOf(const ColumnTarget& t)
{
    for (const FieldSpec& f : builtInSpecs()) {
        const auto parsed = io::ContactMapping::parseTarget(f.ioName);
        if (parsed && parsed->field == t.field) {
            return f.name;
        }
    }
    return QString();
}

QString targetOf(const ColumnTarget& t)
{
    QString name = fieldOf(t);
    if (!name.isEmpty()) {
        if (!t.label.isEmpty()) {
            name += QLatin1Char(':') + t.label;
        }
        if (t.slot != 0) {
            name += QLatin1Char('#') + QString::number(t.slot);
        }
    }
    return name;
}

// "phone:mobile", "email#2", "given", or io's own spellings ("given_name"): the target it stands for.
std::optional<ColumnTarget> parseField(const QString& text)
{
    const QString t = text.trimmed().toLower();
    const qsizetype cut = t.indexOf(QRegularExpression(QStringLiteral("[:#]")));
    const QString base = cut < 0 ? t : t.left(cut);
    const QString suffix = cut < 0 ? QString() : t.mid(cut);
    if (const FieldSpec* f = specByName(base)) {
        return io::ContactMapping::parseTarget(f->ioName + suffix);
    }
    return io::ContactMapping::parseTarget(t);
}

// Lower case, letters and digits only: "Website 1 - Value" -> "website1value".
QString headerKey(const QString& header)
{
    QString key;
    for (const QChar c : header.toLower()) {
        if (c.isLetterOrNumber()) {
            key += c;
        }
    }
    return key;
}

// Birthday and website columns io's tables leave out (Google's numbered website, Outlook's web pages).
std::optional<ColumnTarget> fallbackFor(const QString& header, bool unmapped)
{
    static const QSet<QString> websites {QStringLiteral("website"),
                                         QStringLiteral("websiteurl"),
                                         QStringLiteral("webpage"),
                                         QStringLiteral("website1value"),
                                         QStringLiteral("personalwebpage"),
                                         QStringLiteral("personalwebsite"),
                                         QStringLiteral("url"),
                                         QStringLiteral("homepage"),
                                         QStringLiteral("webseite"),
                                         QStringLiteral("siteweb"),
                                         QStringLiteral("sitioweb")};
    static const QSet<QString> birthdays {QStringLiteral("birthday"),
                                          QStringLiteral("birthdate"),
                                          QStringLiteral("dateofbirth"),
                                          QStringLiteral("geburtstag"),
                                          QStringLiteral("geburtsdatum"),
                                          QStringLiteral("anniversaire"),
                                          QStringLiteral("datedenaissance")};
    // The contract's own field names as headers ("given", "tag"), where no preset knew the column (Outlook's
    // "Title" is a name prefix, which it ignores on purpose).
    const QString lower = header.trimmed().toLower();
    if (unmapped && specByName(lower) && lower != QLatin1String("skip")) {
        return parseField(lower);
    }
    const QString key = headerKey(header);
    if (websites.contains(key)) {
        return parseField(QStringLiteral("website"));
    }
    if (birthdays.contains(key)) {
        return parseField(QStringLiteral("birthday"));
    }
    return std::nullopt;
}

// The registry key a contract field name fills: "email-label" belongs to "contact.email".
QString registryKey(const QString& field)
{
    QString base = field;
    if (base.endsWith(QLatin1String("-label"))) {
        base.chop(6);
    }
    return contactFieldKey(base);
}

struct Columns
{
    io::ColumnMapping io;
    bool ownExport = false; //!< our own CSV export: formula guards are undone
    QHash<int, QString> switchedOff; //!< column -> the switched-off field it would have filled
};

Result<Columns> resolveColumns(const QStringList& headers, const ImportOptions& options)
{
    Columns columns;
    columns.io = io::ContactMapping::detect(headers);
    columns.ownExport = columns.io.preset == QLatin1String("confidant");
    for (int i = 0; i < headers.size() && i < columns.io.columns.size(); ++i) {
        ColumnTarget& target = columns.io.columns[i];
        if (target.field == ContactField::Unmapped || (target.field == ContactField::Ignore && !columns.ownExport)) {
            if (const auto fallback = fallbackFor(headers[i], target.field == ContactField::Unmapped)) {
                target = *fallback;
            }
        }
    }

    // Overrides: the JSON file first, then the per-header map (the dialog's choices).
    QList<std::pair<QString, QString>> overrides;
    if (!options.mappingJson.isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(options.mappingJson, &parseError);
        if (!doc.isObject()) {
            return makeError(ErrorKind::Invalid,
                             ImportService::tr("The column mapping is not a JSON object; write it as "
                                               "{\"Column\": \"field\", …}."),
                             parseError.errorString());
        }
        QJsonObject object = doc.object();
        if (object.value(QLatin1String("columns")).isObject()) {
            object = object.value(QLatin1String("columns")).toObject();
        }
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!it.value().isString()) {
                return makeError(ErrorKind::Invalid,
                                 ImportService::tr("The column mapping gives the column \"%1\" something that is not "
                                                   "a field name; use one of: %2.")
                                     .arg(it.key(), ImportService::fieldNames().join(QStringLiteral(", "))));
            }
            overrides.append({it.key(), it.value().toString()});
        }
    }
    for (auto it = options.mapping.constBegin(); it != options.mapping.constEnd(); ++it) {
        overrides.append({it.key(), it.value()});
    }
    for (const auto& [header, field] : overrides) {
        const std::optional<ColumnTarget> target = parseField(field);
        if (!target) {
            return makeError(ErrorKind::Invalid,
                             ImportService::tr("The column mapping names the unknown field \"%1\"; use one of: %2.")
                                 .arg(field, ImportService::fieldNames().join(QStringLiteral(", "))));
        }
        bool found = false;
        for (int i = 0; i < headers.size(); ++i) {
            if (headers[i].trimmed().compare(header.trimmed(), Qt::CaseInsensitive) == 0) {
                columns.io.columns[i] = *target;
                found = true;
            }
        }
        if (!found) {
            return makeError(ErrorKind::Invalid,
                             ImportService::tr("The column mapping names the column \"%1\", which the file does not "
                                               "have; check the spelling of the column.")
                                 .arg(header));
        }
    }
    // Art. 5(1)(c): a column for a field the admin switched off is skipped, whoever mapped it.
    for (int i = 0; i < columns.io.columns.size(); ++i) {
        const QString field = fieldOf(columns.io.columns[i]);
        if (!field.isEmpty() && field != QLatin1String("skip") && options.disabledFields.contains(registryKey(field))) {
            columns.switchedOff.insert(i, field);
            columns.io.columns[i] = *parseField(QStringLiteral("skip"));
        }
    }
    return columns;
}

// Our export prefixes values a spreadsheet would run as formulas with an apostrophe (core/Csv.h).
QString unprotect(const QString& value)
{
    if (value.size() >= 2 && value.front() == QLatin1Char('\'') && QStringLiteral("=+-@\t\r").contains(value.at(1))) {
        return value.mid(1);
    }
    return value;
}

QString digitsOf(const QString& phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit()) {
            digits += c;
        }
    }
    return digits;
}

// Keys are kept as 64-bit hashes, so that an index over a million contacts stays small. Two different
// keys share a hash with a chance of about n*m/2^64 (1e-7 for a million rows against a million contacts).
quint64 keyHash(const QString& key)
{
    return quint64(qHash(key, size_t(0x9E3779B97F4A7C15ull)));
}

quint64 emailKey(const QString& email)
{
    return keyHash(QStringLiteral("e\x1f") + email.trimmed().toCaseFolded());
}

quint64 namePhoneKey(const QString& given, const QString& family, const QString& phoneDigits)
{
    return keyHash(QStringLiteral("n\x1f") + given.trimmed().toCaseFolded() + QLatin1Char('\x1f')
                   + family.trimmed().toCaseFolded() + QLatin1Char('\x1f') + phoneDigits);
}

bool isUuid(const QString& text)
{
    return !QUuid::fromString(text.trimmed()).isNull();
}

QList<quint64> emailKeys(const Contact& c)
{
    QList<quint64> keys;
    for (const auto& e : c.emails) {
        if (!e.value.trimmed().isEmpty()) {
            keys.append(emailKey(e.value));
        }
    }
    return keys;
}

QList<quint64> namePhoneKeys(const Contact& c)
{
    QList<quint64> keys;
    if (c.givenName.trimmed().isEmpty() && c.familyName.trimmed().isEmpty()) {
        return keys;
    }
    for (const auto& p : c.phones) {
        const QString digits = digitsOf(p.value);
        if (!digits.isEmpty()) {
            keys.append(namePhoneKey(c.givenName, c.familyName, digits));
        }
    }
    return keys;
}

// Fills the empty fields of `into` from `from` and adds the emails, phones and tags it lacks. Returns
// the names of the fields that changed; never overwrites a value.
QStringList mergeInto(Contact& into, const Contact& from)
{
    QStringList changed;
    auto fill = [&](QString& target, const QString& value, const char* name) {
        if (target.trimmed().isEmpty() && !value.trimmed().isEmpty()) {
            target = value.trimmed();
            changed.append(QLatin1String(name));
        }
    };
    fill(into.givenName, from.givenName, "given");
    fill(into.familyName, from.familyName, "family");
    fill(into.street, from.street, "street");
    fill(into.postcode, from.postcode, "postcode");
    fill(into.city, from.city, "city");
    fill(into.region, from.region, "region");
    fill(into.country, from.country, "country");
    fill(into.jobTitle, from.jobTitle, "title");
    fill(into.website, from.website, "website");
    fill(into.notes, from.notes, "notes");
    if (!into.birthday.isValid() && from.birthday.isValid()) {
        into.birthday = from.birthday;
        changed.append(QStringLiteral("birthday"));
    }
    if (!into.companyId && into.companyName.trimmed().isEmpty() && !from.companyName.trimmed().isEmpty()) {
        into.companyName = from.companyName.trimmed();
        changed.append(QStringLiteral("company"));
    }
    bool emails = false;
    for (const auto& e : from.emails) {
        const bool known = std::any_of(into.emails.cbegin(), into.emails.cend(), [&](const LabeledValue& v) {
            return v.value.trimmed().compare(e.value.trimmed(), Qt::CaseInsensitive) == 0;
        });
        if (!known) {
            into.emails.append(e);
            emails = true;
        }
    }
    if (emails) {
        changed.append(QStringLiteral("email"));
    }
    bool phones = false;
    for (const auto& p : from.phones) {
        const QString digits = digitsOf(p.value);
        const bool known = std::any_of(into.phones.cbegin(), into.phones.cend(), [&](const LabeledValue& v) {
            return digitsOf(v.value) == digits;
        });
        if (!known) {
            into.phones.append(p);
            phones = true;
        }
    }
    if (phones) {
        changed.append(QStringLiteral("phone"));
    }
    bool tags = false;
    for (const QString& t : from.tags) {
        if (!into.tags.contains(t.trimmed(), Qt::CaseInsensitive)) {
            into.tags.append(t.trimmed());
            tags = true;
        }
    }
    if (tags) {
        changed.append(QStringLiteral("tag"));
    }
    return changed;
}

ImportFormat detectFormat(QIODevice& device, const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard")) {
        return ImportFormat::VCard;
    }
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv")) {
        return ImportFormat::Csv;
    }
    QByteArray head = device.peek(4096);
    if (head.startsWith("\xEF\xBB\xBF")) {
        head.remove(0, 3);
    }
    return head.trimmed().left(11).toUpper() == "BEGIN:VCARD" ? ImportFormat::VCard : ImportFormat::Csv;
}

} // namespace

// One pass over the file: reads each record, maps, validates and classifies it against the vault
// index and the rows before it, and hands it to `onRow`. Preview and commit share it, so both see the
// same states.
struct ImportService::Run
{
    Run(const ImportService& owner, Database& connection)
        : service(owner)
        , db(connection)
    {
    }

    Result<void> buildIndex()
    {
        auto emails = db.prepare("SELECT c.id, json_extract(e.value, '$.value') FROM contacts AS c, "
                                 "json_each(c.emails) AS e ORDER BY c.id");
        if (!emails) {
            return emails.error();
        }
        while (true) {
            auto step = emails->step();
            if (!step) {
                return step.error();
            }
            if (*step == Statement::Step::Done) {
                break;
            }
            const quint64 key = emailKey(emails->text(1));
            if (!byEmail.contains(key)) { // the lowest id wins
                byEmail.insert(key, emails->int64(0));
            }
        }
        auto phones = db.prepare("SELECT c.id, c.given_name, c.family_name, json_extract(p.value, '$.value') "
                                 "FROM contacts AS c, json_each(c.phones) AS p ORDER BY c.id");
        if (!phones) {
            return phones.error();
        }
        while (true) {
            auto step = phones->step();
            if (!step) {
                return step.error();
            }
            if (*step == Statement::Step::Done) {
                break;
            }
            const QString digits = digitsOf(phones->text(3));
            const quint64 key = namePhoneKey(phones->text(1), phones->text(2), digits);
            if (!digits.isEmpty() && !byNamePhone.contains(key)) {
                byNamePhone.insert(key, phones->int64(0));
            }
        }
        return {};
    }

    Result<void> prepareLookups()
    {
        auto byUid = db.prepare("SELECT id, uid, given_name, family_name, restricted_at FROM contacts WHERE uid = ?1");
        auto byId = db.prepare("SELECT id, uid, given_name, family_name, restricted_at FROM contacts WHERE id = ?1");
        if (!byUid) {
            return byUid.error();
        }
        if (!byId) {
            return byId.error();
        }
        uidLookup = std::move(byUid).value();
        idLookup = std::move(byId).value();
        return {};
    }

    // The contact `s` finds (bound already): fills the match fields of `row`.
    Result<bool> lookup(Statement& s, ImportRow& row, MatchRule rule)
    {
        auto step = s.step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            return false;
        }
        row.state = ImportRowState::Match;
        row.rule = rule;
        row.matchId = ContactId {s.int64(0)};
        row.matchUid = s.text(1);
        row.matchName = (s.text(2) + QLatin1Char(' ') + s.text(3)).trimmed();
        if (!s.isNull(4)) {
            // Art. 18: a restricted contact cannot be changed, so the line is a problem the user sees in the
            // preview (and skips), not a merge that the core would refuse for the whole import.
            row.state = ImportRowState::Problem;
            row.problems.append(tr("Line %1 names a contact whose processing is restricted (Art. 18): it cannot be "
                                   "changed until the restriction is lifted, so the line is not imported.")
                                    .arg(row.line));
        }
        return true;
    }

    // Drops the values of switched-off fields the reader filled anyway (a vCard's BDAY), noting which.
    void dropDisabled(ImportRow& row)
    {
        for (const QString& field : clearDisabledFields(row.contact, disabled)) {
            dropped.insert(field);
        }
    }

    Result<void> classify(ImportRow& row, const QString& fileUid)
    {
        if (!row.problems.isEmpty()) {
            row.state = ImportRowState::Problem;
            return {};
        }
        for (const FieldError& e : Validation::validate(row.contact)) {
            row.problems.append(tr("Line %1: %2").arg(row.line).arg(e.message));
        }
        if (!row.problems.isEmpty()) {
            row.state = ImportRowState::Problem;
            return {};
        }
        for (const auto& check : service.m_suppression) {
            auto suppressed = check(db, row.contact);
            if (!suppressed) {
                return suppressed.error();
            }
            if (*suppressed) {
                row.state = ImportRowState::Suppressed;
                return {};
            }
        }
        const QList<quint64> emails = emailKeys(row.contact);
        const QList<quint64> namePhones = namePhoneKeys(row.contact);
        for (const quint64 key : emails + namePhones) {
            if (const auto it = seen.constFind(key); it != seen.constEnd()) {
                row.state = ImportRowState::Problem;
                row.problems.append(tr("Line %1 repeats the contact of line %2 (the same email, or the same name "
                                       "and phone); only line %2 is imported.")
                                        .arg(row.line)
                                        .arg(*it));
                return {};
            }
        }
        // Our own exports carry the contact's uid: the surest match, when it names a contact here.
        if (isUuid(fileUid)) {
            uidLookup->reset();
            uidLookup->bind(1, QUuid::fromString(fileUid.trimmed()).toString(QUuid::WithoutBraces));
            auto found = lookup(*uidLookup, row, MatchRule::Uid);
            if (!found) {
                return found.error();
            }
        }
        const std::pair<const QList<quint64>*, MatchRule> rules[]
            = {{&emails, MatchRule::Email}, {&namePhones, MatchRule::NamePhone}};
        for (const auto& [keys, rule] : rules) {
            const QHash<quint64, qint64>& index = rule == MatchRule::Email ? byEmail : byNamePhone;
            for (const quint64 key : *keys) {
                if (row.state != ImportRowState::New) {
                    break;
                }
                if (const auto it = index.constFind(key); it != index.constEnd()) {
                    idLookup->reset();
                    idLookup->bind(1, *it);
                    auto found = lookup(*idLookup, row, rule);
                    if (!found) {
                        return found.error();
                    }
                }
            }
        }
        for (const quint64 key : emails + namePhones) {
            seen.insert(key, row.line);
        }
        return {};
    }

    Result<void> scanCsv(QIODevice& device,
                         const ImportOptions& options,
                         ImportPreview& meta,
                         const std::atomic_bool* cancel,
                         const ImportProgress& progress,
                         const std::function<Result<void>(ImportRow&)>& onRow)
    {
        io::CsvOptions csvOptions;
        csvOptions.encoding = options.encoding;
        csvOptions.delimiter = options.delimiter;
        io::CsvReader reader(device, csvOptions);
        auto format = reader.open();
        if (!format) {
            return invalidFile(format.error());
        }
        meta.encoding = io::CsvReader::encodingName(format->encoding);
        meta.delimiter = format->delimiter;
        io::CsvRecord record;
        auto first = reader.next(record);
        if (!first) {
            return invalidFile(first.error());
        }
        if (!*first) {
            return makeError(ErrorKind::Invalid, tr("The file holds no rows; there is nothing to import."));
        }
        if (record.issue != io::ImportIssue::None) {
            return makeError(ErrorKind::Invalid,
                             tr("The header row (line %1) cannot be read: %2 Nothing was imported.")
                                 .arg(record.line)
                                 .arg(record.problem));
        }
        const QStringList headers = record.fields;
        auto columns = resolveColumns(headers, options);
        if (!columns) {
            return columns.error();
        }
        meta.preset = columns->io.preset;
        meta.columns.clear();
        meta.unmapped.clear();
        for (int i = 0; i < headers.size(); ++i) {
            ImportColumn column;
            column.header = headers[i];
            column.field = fieldOf(columns->io.columns[i]);
            column.target = targetOf(columns->io.columns[i]);
            column.switchedOff = columns->switchedOff.value(i);
            if (column.field.isEmpty()) {
                meta.unmapped.append(headers[i]);
            }
            if (!column.switchedOff.isEmpty()) {
                meta.warnings.append(tr("The column \"%1\" is not imported: the field \"%2\" is switched off "
                                        "(data minimisation).")
                                         .arg(headers[i], ImportService::fieldLabel(column.switchedOff)));
                reported.insert(registryKey(column.switchedOff));
            }
            meta.columns.append(column);
        }
        QCryptographicHash digest(QCryptographicHash::Sha256);
        const qint64 total = std::max<qint64>(1, device.size());
        int lastPercent = -1;
        qint64 count = 0;
        while (true) {
            if (cancel && (++count & 255) == 0 && cancel->load()) {
                return makeError(ErrorKind::Cancelled, tr("Import cancelled; nothing was imported."));
            }
            auto more = reader.next(record);
            if (!more) {
                return invalidFile(more.error());
            }
            if (!*more) {
                break;
            }
            digest.addData(QByteArrayView(reinterpret_cast<const char*>(&record.line), sizeof record.line));
            for (qsizetype i = 0; i < record.fields.size(); ++i) {
                QString& field = record.fields[i];
                if (columns->ownExport) {
                    field = unprotect(field);
                }
                // Outlook writes "0/0/00" for "no birthday": that is no date, not a wrong one.
                static const QRegularExpression noDate(QStringLiteral("^\\s*0{1,2}[/.-]0{1,2}[/.-]0{2,4}\\s*$"));
                if (i < columns->io.columns.size() && columns->io.columns[i].field == ContactField::Birthday
                    && noDate.match(field).hasMatch()) {
                    field.clear();
                }
                digest.addData(QByteArrayView(reinterpret_cast<const char*>(field.constData()), field.size() * 2));
                digest.addData("\x1f");
            }
            for (int i = 0; i < meta.columns.size() && i < record.fields.size(); ++i) {
                if (!meta.columns[i].switchedOff.isEmpty()) {
                    continue; // not even shown: the admin decided this data is not collected
                }
                QStringList& samples = meta.columns[i].samples;
                if (samples.size() < 3 && !record.fields[i].trimmed().isEmpty()) {
                    samples.append(record.fields[i].trimmed().left(80));
                }
            }
            std::optional<io::ImportRecord> mapped = io::ContactMapping::mapRow(columns->io, record);
            if (!mapped) {
                continue; // a blank row
            }
            ImportRow row;
            row.line = mapped->line;
            row.contact = std::move(mapped->contact);
            row.problems = mapped->problems;
            row.notes = mapped->notes;
            dropDisabled(row);
            const QString fileUid = mapped->externalId;
            if (auto r = classify(row, fileUid); !r) {
                return r;
            }
            if (auto r = onRow(row); !r) {
                return r;
            }
            const int percent = static_cast<int>(reader.bytesRead() * 100 / total);
            if (progress && percent != lastPercent) {
                lastPercent = percent;
                progress(std::min(percent, 100));
            }
        }
        meta.digest = digest.result();
        return {};
    }

    Result<void> scanVCard(QIODevice& device,
                           ImportPreview& meta,
                           const std::atomic_bool* cancel,
                           const ImportProgress& progress,
                           const std::function<Result<void>(ImportRow&)>& onRow)
    {
        const QByteArray data = device.readAll();
        meta.digest = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
        const qint64 cards = std::max<qint64>(1, data.count("BEGIN:VCARD") + data.count("begin:vcard"));
        io::VCardReader reader(data);
        if (auto opened = reader.open(); !opened) {
            return invalidFile(opened.error());
        }
        io::ImportRecord record;
        qint64 count = 0;
        int lastPercent = -1;
        while (true) {
            if (cancel && cancel->load()) {
                return makeError(ErrorKind::Cancelled, tr("Import cancelled; nothing was imported."));
            }
            record = io::ImportRecord();
            auto more = reader.next(record);
            if (!more) {
                return invalidFile(more.error());
            }
            if (!*more) {
                break;
            }
            ImportRow row;
            row.line = record.line;
            row.contact = std::move(record.contact);
            row.problems = record.problems;
            row.notes = record.notes;
            dropDisabled(row);
            // Our own vCard export writes the contact's uid as UID:urn:uuid:…
            if (auto r = classify(row, record.externalId); !r) {
                return r;
            }
            if (auto r = onRow(row); !r) {
                return r;
            }
            const int percent = static_cast<int>(std::min<qint64>(100, ++count * 100 / cards));
            if (progress && percent != lastPercent) {
                lastPercent = percent;
                progress(percent);
            }
        }
        return {};
    }

    Result<void> scan(QIODevice& device,
                      const ImportOptions& options,
                      ImportPreview& meta,
                      const std::atomic_bool* cancel,
                      const ImportProgress& progress,
                      const std::function<Result<void>(ImportRow&)>& onRow)
    {
        if (auto r = buildIndex(); !r) {
            return r;
        }
        if (auto r = prepareLookups(); !r) {
            return r;
        }
        disabled = options.disabledFields;
        meta.format = options.format == ImportFormat::Auto ? detectFormat(device, meta.fileName) : options.format;
        auto scanned = meta.format == ImportFormat::VCard ? scanVCard(device, meta, cancel, progress, onRow)
                                                          : scanCsv(device, options, meta, cancel, progress, onRow);
        if (!scanned) {
            return scanned;
        }
        // Values the file held for switched-off fields that no skipped column accounts for (a vCard's BDAY).
        for (const FieldSpec& f : builtInSpecs()) {
            const QString& name = f.name;
            if (dropped.contains(name) && !reported.contains(registryKey(name))) {
                meta.warnings.append(tr("\"%1\" is not imported from this file: the field is switched off (data "
                                        "minimisation).")
                                         .arg(ImportService::fieldLabel(name)));
            }
        }
        return scanned;
    }

    // io's file-level errors are Invalid input (exit 7) with io's message; a read error stays Io.
    static Error invalidFile(const Error& error)
    {
        Error e = error;
        if (e.kind != ErrorKind::Io && e.kind != ErrorKind::Cancelled) {
            e.kind = ErrorKind::Invalid;
        }
        return e;
    }

    const ImportService& service;
    Database& db;
    QSet<QString> disabled; //!< registry keys of the switched-off fields
    QSet<QString> dropped; //!< field names whose values dropDisabled removed
    QSet<QString> reported; //!< registry keys a skipped column's warning names already
    QHash<quint64, qint64> byEmail;
    QHash<quint64, qint64> byNamePhone;
    QHash<quint64, qint64> seen; //!< keys of the rows so far -> their line
    std::optional<Statement> uidLookup;
    std::optional<Statement> idLookup;
};

ImportService::ImportService(security::MutationGate& gate, const Clock& clock)
    : m_gate(gate)
    , m_clock(clock)
{
}

Result<QSet<QString>> ImportService::disabledFields(const QSet<QString>& also) const
{
    QSet<QString> keys = also;
    if (m_disabledFields) {
        auto source = m_disabledFields();
        if (!source) {
            return source.error();
        }
        keys.unite(*source);
    }
    return keys;
}

QStringList ImportService::fieldNames(const FieldRegistry& registry)
{
    QStringList names;
    for (const FieldSpec& f : fieldSpecs(registry)) {
        names.append(f.name);
    }
    return names;
}

QStringList ImportService::unmappableFields(const FieldRegistry& registry)
{
    QStringList out;
    for (const FieldInfo& f : registry.enteredFieldsOf(QStringLiteral("contact"))) {
        if (!io::ContactMapping::parseTarget(f.name)) {
            out.append(f.name);
        }
    }
    return out;
}

QString ImportService::fieldLabel(const QString& field, const FieldRegistry& registry)
{
    if (field.isEmpty()) {
        return tr("(not imported)");
    }
    const QString base = field.section(QRegularExpression(QStringLiteral("[:#]")), 0, 0);
    const std::vector<FieldSpec> specs = fieldSpecs(registry);
    if (const FieldSpec* f = specByName(base, specs)) {
        return f->field ? FieldRegistry::label(*f->field) : tr(f->label);
    }
    return field;
}

QString ImportService::fieldKey(const QString& field)
{
    return registryKey(field.section(QRegularExpression(QStringLiteral("[:#]")), 0, 0));
}

QString ImportService::formatName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Auto:
        return QStringLiteral("auto");
    case ImportFormat::Csv:
        return QStringLiteral("csv");
    case ImportFormat::VCard:
        return QStringLiteral("vcard");
    }
    return QString();
}

QString ImportService::ruleName(MatchRule rule)
{
    switch (rule) {
    case MatchRule::None:
        return QString();
    case MatchRule::Uid:
        return QStringLiteral("uid");
    case MatchRule::Email:
        return QStringLiteral("email");
    case MatchRule::NamePhone:
        return QStringLiteral("name+phone");
    }
    return QString();
}

Result<ImportPreview> ImportService::preview(const QString& path,
                                             const ImportOptions& options,
                                             const std::atomic_bool* cancel,
                                             const ImportProgress& progress) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(file.exists() ? ErrorKind::Io : ErrorKind::NotFound,
                         file.exists() ? tr("The file cannot be read; check its permissions.")
                                       : tr("There is no such file; check the path."),
                         file.errorString());
    }
    return previewDevice(
        file, QFileInfo(path).absoluteFilePath(), QFileInfo(path).fileName(), options, cancel, progress);
}

Result<ImportPreview> ImportService::preview(QIODevice& device,
                                             const QString& fileName,
                                             const ImportOptions& options,
                                             const std::atomic_bool* cancel,
                                             const ImportProgress& progress) const
{
    return previewDevice(device, QString(), QFileInfo(fileName).fileName(), options, cancel, progress);
}

Result<ImportPreview> ImportService::previewDevice(QIODevice& device,
                                                   const QString& path,
                                                   const QString& fileName,
                                                   const ImportOptions& options,
                                                   const std::atomic_bool* cancel,
                                                   const ImportProgress& progress) const
{
    security::Mutation read {QStringLiteral("contact.import-preview"), QStringLiteral("contact")};
    read.permission = security::Permission::ViewContacts;
    if (auto allowed = m_gate.require(read); !allowed) {
        return allowed.error();
    }
    auto disabled = disabledFields(options.disabledFields);
    if (!disabled) {
        return disabled.error();
    }
    ImportPreview preview;
    preview.path = path;
    preview.fileName = fileName;
    preview.options = options;
    preview.options.disabledFields = *disabled;
    Run run(*this, m_gate.db());
    auto scanned = run.scan(device, preview.options, preview, cancel, progress, [&](ImportRow& row) -> Result<void> {
        ++preview.rows;
        preview.noteCount += row.notes.size();
        for (const QString& note : row.notes) {
            if (preview.notes.size() < options.keepRows) {
                preview.notes.append(note);
            }
        }
        switch (row.state) {
        case ImportRowState::New:
            ++preview.newCount;
            if (preview.newRows.size() < options.keepRows) {
                preview.newRows.append(std::move(row));
            }
            break;
        case ImportRowState::Match:
            ++preview.matchCount;
            if (preview.matches.size() < options.keepMatches) {
                preview.matches.append(std::move(row));
            }
            break;
        case ImportRowState::Problem:
            ++preview.problemCount;
            if (preview.problems.size() < options.keepRows) {
                preview.problems.append(std::move(row));
            }
            break;
        case ImportRowState::Suppressed:
            ++preview.suppressedCount;
            if (preview.suppressedLines.size() < options.keepRows) {
                preview.suppressedLines.append(row.line);
            }
            break;
        }
        return {};
    });
    if (!scanned) {
        return scanned.error();
    }
    // The commit applies the mapping the preview resolved, whatever the dialog changes afterwards.
    preview.options.format = preview.format;
    return preview;
}

Result<ImportResult> ImportService::commit(const ImportPreview& preview,
                                           const ImportDecisions& decisions,
                                           const std::atomic_bool* cancel,
                                           const ImportProgress& progress)
{
    QFile file(preview.path);
    if (preview.path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorKind::Io,
                         tr("The file to import cannot be read again; check that it is still there."),
                         file.errorString());
    }
    return commitDevice(file, preview, decisions, cancel, progress);
}

Result<ImportResult> ImportService::commit(QIODevice& device,
                                           const ImportPreview& preview,
                                           const ImportDecisions& decisions,
                                           const std::atomic_bool* cancel,
                                           const ImportProgress& progress)
{
    return commitDevice(device, preview, decisions, cancel, progress);
}

Result<ImportResult> ImportService::commitDevice(QIODevice& device,
                                                 const ImportPreview& preview,
                                                 const ImportDecisions& decisions,
                                                 const std::atomic_bool* cancel,
                                                 const ImportProgress& progress)
{
    ImportResult result;
    result.batchUid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString format = formatName(preview.format);
    security::Mutation m {QStringLiteral("contact.import"), QStringLiteral("import_batch"), result.batchUid};
    m.permission = security::Permission::EditContacts;
    if (auto allowed = m_gate.require(m); !allowed) {
        return allowed.error();
    }
    if (preview.problemCount > 0 && !decisions.skipInvalid) {
        return makeError(ErrorKind::Invalid,
                         tr("Rows of the file with problems: %1; nothing was imported. Fix them, or leave them "
                            "out.")
                             .arg(preview.problemCount));
    }
    const qint64 midway = std::max<qint64>(1, preview.newCount / 2);
    return m_gate.apply<ImportResult>(m, [&](Database& db, security::Mutation& mutation) -> Result<ImportResult> {
        // A field switched off since the preview would import what the admin just turned off: refuse. (Read
        // in the transaction, so no change slips in between.)
        auto disabled = disabledFields(preview.options.disabledFields);
        if (!disabled) {
            return disabled.error();
        }
        if (*disabled != preview.options.disabledFields) {
            return makeError(ErrorKind::Conflict,
                             tr("Fields were switched off since the preview; nothing was imported. Preview the file "
                                "again."));
        }
        ContactBulkWriter writer(m_gate, m_clock);
        ImportPreview seen;
        seen.fileName = preview.fileName;
        qint64 newRows = 0;
        qint64 matchRows = 0;
        qint64 problemRows = 0;
        qint64 suppressedRows = 0;
        qint64 count = 0;
        QSet<QString> changedFields;
        QList<ContactId> created; // for decisions.onCreated
        // Half of the new contacts are in the vault (the writer batches them), the transaction still open.
        bool midwayPassed = false;
        auto passMidway = [&] {
            if (!midwayPassed && writer.written() >= midway) {
                midwayPassed = true;
                storage::faultPoint("import.midway");
            }
        };
        Run run(*this, db);
        auto scanned = run.scan(device, preview.options, seen, cancel, progress, [&](ImportRow& row) -> Result<void> {
            if (cancel && (++count & 255) == 0 && cancel->load()) {
                return makeError(ErrorKind::Cancelled, tr("Import cancelled; the vault is as it was before."));
            }
            switch (row.state) {
            case ImportRowState::New: {
                ++newRows;
                row.contact.uid.clear();
                row.contact.source = QStringLiteral("import:") + result.batchUid;
                auto id = writer.insert(row.contact);
                if (!id) {
                    return id.error();
                }
                if (decisions.onCreated) {
                    created.append(*id);
                }
                ++result.created;
                passMidway();
                break;
            }
            case ImportRowState::Match: {
                ++matchRows;
                if (decisions.actionFor(row.line) == MatchAction::Skip) {
                    ++result.skipped;
                    break;
                }
                // Every stored field: ContactService::get would show a profile without "view sensitive
                // fields" the special-category ones empty, and the merge would write that back.
                auto existing = writer.stored(row.matchId);
                if (!existing) {
                    return existing.error();
                }
                Contact merged = *existing;
                const QStringList changed = mergeInto(merged, row.contact);
                if (changed.isEmpty()) {
                    ++result.skipped;
                    break;
                }
                if (const auto errors = Validation::validate(merged); !errors.isEmpty()) {
                    return makeError(ErrorKind::Invalid,
                                     tr("Line %1: merging it would make the existing contact invalid (%2); nothing "
                                        "was imported. Skip that match.")
                                         .arg(row.line)
                                         .arg(Validation::summary(errors)));
                }
                if (auto r = writer.update(merged); !r) {
                    return r;
                }
                for (const QString& f : changed) {
                    changedFields.insert(f);
                }
                ++result.merged;
                break;
            }
            case ImportRowState::Problem:
                ++problemRows;
                ++result.skipped;
                break;
            case ImportRowState::Suppressed:
                ++suppressedRows;
                ++result.skipped;
                break;
            }
            return {};
        });
        if (!scanned) {
            return scanned.error();
        }
        if (auto r = writer.flush(); !r) {
            return r.error();
        }
        passMidway();
        if (seen.digest != preview.digest || newRows != preview.newCount || matchRows != preview.matchCount
            || problemRows != preview.problemCount || suppressedRows != preview.suppressedCount) {
            return makeError(ErrorKind::Conflict,
                             tr("The file or the contacts changed since the preview; nothing was imported. Preview "
                                "the file again."));
        }
        if (decisions.onCreated) {
            if (auto r = decisions.onCreated(created); !r) {
                return r.error();
            }
        }
        auto s = db.prepare("INSERT INTO import_batches (uid, file_name, format, imported_at, profile_uid, "
                            "profile_name, created_count, merged_count, skipped_count) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
        if (!s) {
            return s.error();
        }
        const security::Actor& actor = m_gate.actor();
        s->bind(1, result.batchUid)
            .bind(2, QFileInfo(preview.fileName).fileName())
            .bind(3, format)
            .bind(4, m_clock.nowMs())
            .bind(5, actor.uid)
            .bind(6, actor.name)
            .bind(7, result.created)
            .bind(8, result.merged)
            .bind(9, result.skipped);
        if (auto r = s->run(); !r) {
            return r.error();
        }
        result.changedFields = QStringList(changedFields.cbegin(), changedFields.cend());
        result.changedFields.sort();
        mutation.count = result.created + result.merged;
        mutation.fields = result.changedFields;
        mutation.note = QStringLiteral("format=%1 created=%2 merged=%3 skipped=%4")
                            .arg(format)
                            .arg(result.created)
                            .arg(result.merged)
                            .arg(result.skipped);
        return result;
    });
}

Result<ImportBatch> ImportService::batch(const QString& uid) const
{
    security::Mutation read {QStringLiteral("import.view"), QStringLiteral("import_batch"), uid};
    read.permission = security::Permission::ViewContacts;
    if (auto allowed = m_gate.require(read); !allowed) {
        return allowed.error();
    }
    auto s = m_gate.db().prepare("SELECT uid, file_name, format, imported_at, profile_uid, profile_name, "
                                 "created_count, merged_count, skipped_count FROM import_batches WHERE uid = ?1");
    if (!s) {
        return s.error();
    }
    s->bind(1, uid.trimmed().toLower());
    auto step = s->step();
    if (!step) {
        return step.error();
    }
    if (*step == Statement::Step::Done) {
        return makeError(ErrorKind::NotFound, tr("No import has that id."));
    }
    ImportBatch b;
    b.uid = s->text(0);
    b.fileName = s->text(1);
    b.format = s->text(2);
    b.importedAtMs = s->int64(3);
    b.profileUid = s->text(4);
    b.profileName = s->text(5);
    b.created = s->int64(6);
    b.merged = s->int64(7);
    b.skipped = s->int64(8);
    return b;
}

std::optional<ImportBatch> ImportService::batchForSource(const QString& source) const
{
    if (!source.startsWith(QLatin1String("import:"))) {
        return std::nullopt;
    }
    auto b = batch(source.mid(7));
    if (!b) {
        return std::nullopt;
    }
    return *b;
}

struct ImportWorker::Parts
{
    Parts(std::unique_ptr<WorkerGate> base, const Clock& clock)
        : worker(std::move(base))
        , imports(worker->gate(), clock)
    {
    }

    std::unique_ptr<WorkerGate> worker;
    ImportService imports;
};

ImportWorker::ImportWorker() = default;
ImportWorker::~ImportWorker() = default;

Result<std::unique_ptr<ImportWorker>>
ImportWorker::open(storage::Vault& vault, const security::Actor& actor, const Clock& clock, const ImportService& like)
{
    // Its own connection, audit trail and gate, with the session's enforcement: a merge into a restricted
    // contact is refused here as on the session's gate (Art. 18), and it is history.
    auto base = WorkerGate::open(vault, actor, clock);
    if (!base) {
        return base.error();
    }
    std::unique_ptr<ImportWorker> worker(new ImportWorker());
    worker->m_parts = std::make_unique<Parts>(std::move(base).value(), clock);
    for (const auto& check : like.suppressionChecks()) {
        worker->m_parts->imports.addSuppressionCheck(check);
    }
    return worker;
}

ImportService& ImportWorker::imports()
{
    return m_parts->imports;
}

security::MutationGate& ImportWorker::gate()
{
    return m_parts->worker->gate();
}

} // namespace confidant::crm
