#include "AccessPackage.h"

#include "core/Csv.h"
#include "core/WorkerGate.h"
#include "core/crm/FieldRegistry.h"
#include "core/privacy/MentionSearch.h"
#include "core/privacy/Processor.h"
#include "core/privacy/Purpose.h"
#include "core/security/MutationGate.h"
#include "core/storage/FaultPoint.h"
#include "core/storage/SafeFile.h"
#include "core/storage/Statement.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <initializer_list>
#include <memory>
#include <vector>

namespace confidant::privacy {

using storage::Database;
using storage::Statement;

const char* const AccessPackage::kSchemaId = "https://confidant.invalid/schemas/access-package/v1.schema.json";

namespace {

constexpr const char* kJsonFile = "access.json";
constexpr const char* kPdfFile = "access-report.pdf";

//! How a column is turned into JSON.
enum class Kind
{
    Text, //!< string, NULL → null
    Int, //!< integer, NULL → null
    Time, //!< UTC ms → ISO-8601 string, NULL → null
    Bool, //!< 0/1 → false/true
    JsonArray, //!< JSON text → array
};

struct Column
{
    const char* key;
    Kind kind;
};

//! A column whose key is a registry field's name.
struct NamedColumn
{
    QString key;
    Kind kind;
};

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonValue columnValue(const Statement& s, int i, Kind kind)
{
    if (s.isNull(i)) {
        return kind == Kind::Bool ? QJsonValue(false) : QJsonValue();
    }
    switch (kind) {
    case Kind::Text:
        return s.text(i);
    case Kind::Int:
        return s.int64(i);
    case Kind::Time:
        return iso(s.int64(i));
    case Kind::Bool:
        return s.int64(i) != 0;
    case Kind::JsonArray:
        return QJsonDocument::fromJson(s.text(i).toUtf8()).array();
    }
    return {};
}

//! Runs `sql` with `bind` and returns one object per row, keyed as `columns` says.
Result<QJsonArray> rows(Database& db,
                        const QString& sql,
                        const std::function<void(Statement&)>& bind,
                        const std::vector<NamedColumn>& columns)
{
    auto s = db.prepare(sql);
    if (!s) {
        return s.error();
    }
    bind(*s);
    QJsonArray out;
    while (true) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            break;
        }
        QJsonObject o;
        int i = 0;
        for (const NamedColumn& c : columns) {
            o.insert(c.key, columnValue(*s, i++, c.kind));
        }
        out.append(o);
    }
    return out;
}

Result<QJsonArray> rows(Database& db,
                        const QString& sql,
                        const std::function<void(Statement&)>& bind,
                        std::initializer_list<Column> columns)
{
    std::vector<NamedColumn> named;
    for (const Column& c : columns) {
        named.push_back({QLatin1String(c.key), c.kind});
    }
    return rows(db, sql, bind, named);
}

std::function<void(Statement&)> bindId(qint64 id)
{
    return [id](Statement& s) { s.bind(1, id); };
}

std::function<void(Statement&)> bindText(const QString& text)
{
    return [text](Statement& s) { s.bind(1, text); };
}

Error fieldError(const crm::FieldInfo& f, const Error& cause)
{
    return makeError(ErrorKind::Io,
                     AccessPackage::tr("The access package could not include the field \"%1\"; nothing was written. "
                                       "Report this as a bug.")
                         .arg(crm::FieldRegistry::label(f)),
                     QStringLiteral("%1.%2 (%3.%4): %5").arg(f.entity, f.name, f.table, f.column, cause.detail));
}

//! The value of one registry field of the entity with `ownerId`. Columns of the entity's own table are
//! read from `row` (already fetched); link tables are read here. An unknown shape is an error, never
//! a silent omission.
Result<QJsonValue>
fieldValue(Database& db, const crm::FieldInfo& f, const QString& ownTable, const QJsonObject& row, qint64 ownerId)
{
    if (f.table == ownTable) {
        const QJsonValue raw = row.value(f.column);
        if (f.column == QLatin1String("emails") || f.column == QLatin1String("phones")) {
            return QJsonValue(QJsonDocument::fromJson(raw.toString().toUtf8()).array());
        }
        if (f.column == QLatin1String("company_id")) {
            if (raw.isNull() || raw.isUndefined()) {
                return QJsonValue();
            }
            auto company = rows(db,
                                QStringLiteral("SELECT uid, name FROM companies WHERE id = ?1"),
                                bindId(raw.toString().toLongLong()),
                                {{"uid", Kind::Text}, {"name", Kind::Text}});
            if (!company) {
                return fieldError(f, company.error());
            }
            return company->isEmpty() ? QJsonValue() : company->first();
        }
        return raw;
    }
    if (f.table == QLatin1String("contact_tags") || f.table == QLatin1String("company_tags")) {
        const QString owner
            = f.table == QLatin1String("contact_tags") ? QStringLiteral("contact_id") : QStringLiteral("company_id");
        auto tags = rows(db,
                         QStringLiteral("SELECT t.name FROM %1 AS l JOIN tags AS t ON t.id = l.tag_id "
                                        "WHERE l.%2 = ?1 ORDER BY t.name COLLATE NOCASE")
                             .arg(f.table, owner),
                         bindId(ownerId),
                         {{"name", Kind::Text}});
        if (!tags) {
            return fieldError(f, tags.error());
        }
        QJsonArray names;
        for (const QJsonValue& t : *tags) {
            names.append(t.toObject().value(QLatin1String("name")));
        }
        return QJsonValue(names);
    }
    // A field in a table of its own (one row per value, pointing at its owner by "<entity>_id").
    auto values
        = rows(db,
               QStringLiteral("SELECT %1 FROM %2 WHERE %3_id = ?1 ORDER BY rowid").arg(f.column, f.table, f.entity),
               bindId(ownerId),
               {{"value", Kind::Text}});
    if (!values) {
        return fieldError(f, values.error());
    }
    QJsonArray out;
    for (const QJsonValue& v : *values) {
        out.append(v.toObject().value(QLatin1String("value")));
    }
    return QJsonValue(out);
}

//! Every column of the row `id` of `table` (as text or null), for the registry walk.
Result<QJsonObject> rawRow(Database& db, const QString& table, const QStringList& columns, qint64 id)
{
    auto s
        = db.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?1").arg(columns.join(QStringLiteral(", ")), table));
    if (!s) {
        return s.error();
    }
    s->bind(1, id);
    auto step = s->step();
    if (!step) {
        return step.error();
    }
    QJsonObject o;
    if (*step == Statement::Step::Row) {
        for (int i = 0; i < columns.size(); ++i) {
            o.insert(columns.at(i), s->isNull(i) ? QJsonValue() : QJsonValue(s->text(i)));
        }
    }
    return o;
}

//! The registry fields of `entity` as an object keyed by field name.
Result<QJsonObject>
registryFields(Database& db, const crm::FieldRegistry& registry, const QString& entity, const QString& table, qint64 id)
{
    const std::vector<crm::FieldInfo> fields = registry.fieldsOf(entity);
    QStringList own;
    for (const auto& f : fields) {
        if (f.table == table && !own.contains(f.column)) {
            own.append(f.column);
        }
    }
    QJsonObject row;
    if (!own.isEmpty()) {
        auto r = rawRow(db, table, own, id);
        if (!r) {
            for (const auto& f : fields) {
                if (f.table == table) {
                    return fieldError(f, r.error());
                }
            }
            return r.error();
        }
        row = *r;
    }
    QJsonObject out;
    for (const auto& f : fields) {
        auto value = fieldValue(db, f, table, row, id);
        if (!value) {
            return value.error();
        }
        out.insert(f.name, *value);
    }
    return out;
}

//! A column of a record section that is not a registry field: the record's key, context from other tables.
struct ContextColumn
{
    const char* key;
    const char* sql;
    Kind kind;
};

//! A section of records about the person (deals, activities, consent events, requests): its key columns,
//! then one column per registry field of `entity` (so a new field is in the package without a change here),
//! then context.
struct RecordSection
{
    const char* key;
    const char* entity;
    const char* alias; //!< of the entity's table in `from`
    std::vector<ContextColumn> lead;
    std::vector<ContextColumn> trail;
    const char* from; //!< FROM … WHERE … ?1 … ORDER BY …
    bool byUid; //!< ?1 is the contact's uid, not its id
};

const std::vector<RecordSection>& recordSections()
{
    static const std::vector<RecordSection> sections {
        {"deals",
         "deal",
         "d",
         {{"uid", "d.uid", Kind::Text}},
         {{"created_at", "d.created_at", Kind::Time}, {"updated_at", "d.updated_at", Kind::Time}},
         "FROM deal_contacts AS dc JOIN deals AS d ON d.id = dc.deal_id WHERE dc.contact_id = ?1 "
         "ORDER BY d.created_at, d.id",
         false},
        {"activities",
         "activity",
         "a",
         {{"uid", "a.uid", Kind::Text}},
         {{"created_at", "a.created_at", Kind::Time}, {"updated_at", "a.updated_at", Kind::Time}},
         "FROM activity_links AS l JOIN activities AS a ON a.id = l.activity_id WHERE l.entity_type = 'contact' "
         "AND l.entity_id = ?1 ORDER BY l.at, a.id",
         false},
        {"consent_events",
         "consent",
         "e",
         {{"uid", "e.uid", Kind::Text}, {"purpose_uid", "p.uid", Kind::Text}},
         {{"notice_language", "n.language", Kind::Text},
          {"notice_version", "n.version", Kind::Int},
          {"recorded_by", "coalesce(pr.name, e.recorded_by)", Kind::Text}},
         "FROM consent_events AS e JOIN purposes AS p ON p.id = e.purpose_id LEFT JOIN notices AS n ON n.id = "
         "e.notice_id LEFT JOIN profiles AS pr ON pr.uid = e.recorded_by WHERE e.contact_id = ?1 ORDER BY e.at, "
         "e.id",
         false},
        {"requests",
         "request",
         "r",
         {{"reference", "r.reference", Kind::Text}},
         {},
         "FROM request_contacts AS rc JOIN requests AS r ON r.id = rc.request_id WHERE rc.contact_uid = ?1 "
         "ORDER BY r.received_at, r.id",
         true},
    };
    return sections;
}

const RecordSection* recordSection(const QString& key)
{
    for (const RecordSection& r : recordSections()) {
        if (key == QLatin1String(r.key)) {
            return &r;
        }
    }
    return nullptr;
}

Kind kindOf(const crm::FieldInfo& f)
{
    switch (f.kind) {
    case crm::FieldKind::Number:
        return Kind::Int;
    case crm::FieldKind::Time:
        return Kind::Time;
    case crm::FieldKind::Text:
    case crm::FieldKind::Date:
    case crm::FieldKind::ValueList:
    case crm::FieldKind::Link:
    case crm::FieldKind::Tags:
        break;
    }
    return Kind::Text;
}

//! The columns of a record section (and, when `sql` is given, the SELECT expression of each).
std::vector<NamedColumn>
recordColumns(const RecordSection& section, const crm::FieldRegistry& registry, QStringList* sql = nullptr)
{
    std::vector<NamedColumn> columns;
    auto context = [&](const std::vector<ContextColumn>& list) {
        for (const ContextColumn& c : list) {
            columns.push_back({QLatin1String(c.key), c.kind});
            if (sql) {
                sql->append(QLatin1String(c.sql));
            }
        }
    };
    context(section.lead);
    const QString alias = QLatin1String(section.alias);
    for (const crm::FieldInfo& f : registry.fieldsOf(QLatin1String(section.entity))) {
        columns.push_back({f.name, kindOf(f)});
        if (sql) {
            // A link shows the row it points to by its name (a stage, a purpose) or uid (a notice).
            sql->append(f.kind == crm::FieldKind::Link ? QStringLiteral("(SELECT %1 FROM %2 WHERE id = %3.%4)")
                                                             .arg(f.linkColumn, f.linkTable, alias, f.column)
                                                       : alias + QLatin1Char('.') + f.column);
        }
    }
    context(section.trail);
    return columns;
}

//! The columns of each tabular section, in CSV and report order.
QStringList columnsOf(const QString& section)
{
    if (const RecordSection* record = recordSection(section)) {
        QStringList keys;
        for (const NamedColumn& c : recordColumns(*record, crm::FieldRegistry::builtIn())) {
            keys.append(c.key);
        }
        return keys;
    }
    static const QMap<QString, QStringList> columns {
        {QStringLiteral("tags"), {QStringLiteral("name")}},
        {QStringLiteral("notice_acknowledgements"),
         {QStringLiteral("uid"),
          QStringLiteral("notice_uid"),
          QStringLiteral("language"),
          QStringLiteral("version"),
          QStringLiteral("title"),
          QStringLiteral("content_hash"),
          QStringLiteral("at"),
          QStringLiteral("channel")}},
        {QStringLiteral("purposes"),
         {QStringLiteral("uid"),
          QStringLiteral("name"),
          QStringLiteral("description"),
          QStringLiteral("lawful_basis"),
          QStringLiteral("article"),
          QStringLiteral("legitimate_interest"),
          QStringLiteral("direct_marketing"),
          QStringLiteral("retention_days"),
          QStringLiteral("applies_because"),
          QStringLiteral("consent_status"),
          QStringLiteral("archived")}},
        {QStringLiteral("recipients"),
         {QStringLiteral("uid"),
          QStringLiteral("name"),
          QStringLiteral("role"),
          QStringLiteral("country"),
          QStringLiteral("transfer"),
          QStringLiteral("safeguard"),
          QStringLiteral("safeguard_note"),
          QStringLiteral("purposes"),
          QStringLiteral("archived")}},
        {QStringLiteral("retention"),
         {QStringLiteral("purpose_uid"), QStringLiteral("purpose"), QStringLiteral("retention_days")}},
        {QStringLiteral("source"),
         {QStringLiteral("source"),
          QStringLiteral("kind"),
          QStringLiteral("import_uid"),
          QStringLiteral("import_file_name"),
          QStringLiteral("import_format"),
          QStringLiteral("imported_at")}},
        {QStringLiteral("rectifications"),
         {QStringLiteral("field"),
          QStringLiteral("old_value"),
          QStringLiteral("changed_at"),
          QStringLiteral("changed_by")}},
        {QStringLiteral("processing_marks"),
         {QStringLiteral("restricted_at"),
          QStringLiteral("restriction_reason"),
          QStringLiteral("marketing_objection_at")}},
        {QStringLiteral("mentions"),
         {QStringLiteral("entity_type"),
          QStringLiteral("entity_uid"),
          QStringLiteral("entity_label"),
          QStringLiteral("field"),
          QStringLiteral("matched"),
          QStringLiteral("excerpt")}},
    };
    return columns.value(section);
}

//! A JSON value as one CSV or report cell: arrays joined with "; ", objects by their name or value.
QString cellText(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toInteger());
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue& item : v.toArray()) {
            parts.append(cellText(item));
        }
        return parts.join(QStringLiteral("; "));
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        if (o.contains(QLatin1String("value"))) {
            const QString label = o.value(QLatin1String("label")).toString();
            const QString value = o.value(QLatin1String("value")).toString();
            return label.isEmpty() ? value : QStringLiteral("%1 (%2)").arg(value, label);
        }
        return o.value(QLatin1String("name")).toString();
    }
    }
    return {};
}

//! A section's records as an array of objects (objects like "source" are one record).
QJsonArray recordsOf(const QJsonObject& json, const QString& section)
{
    const QJsonValue v = json.value(section);
    if (v.isObject()) {
        return QJsonArray {v};
    }
    if (section == QLatin1String("tags")) {
        QJsonArray out;
        for (const QJsonValue& t : v.toArray()) {
            out.append(QJsonObject {{QStringLiteral("name"), t}});
        }
        return out;
    }
    return v.toArray();
}

QString markdownCell(const QString& text)
{
    QString t = text;
    t.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    t.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    t.replace(QLatin1Char('\r'), QString());
    t.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return t;
}

QString sectionTitle(const QString& key)
{
    static const QMap<QString, const char*> titles {
        {QStringLiteral("contact"), QT_TRANSLATE_NOOP("AccessPackage", "Your contact record")},
        {QStringLiteral("companies"), QT_TRANSLATE_NOOP("AccessPackage", "Companies you are linked to")},
        {QStringLiteral("deals"), QT_TRANSLATE_NOOP("AccessPackage", "Deals you are linked to")},
        {QStringLiteral("activities"), QT_TRANSLATE_NOOP("AccessPackage", "Activities and notes")},
        {QStringLiteral("tags"), QT_TRANSLATE_NOOP("AccessPackage", "Tags")},
        {QStringLiteral("consent_events"), QT_TRANSLATE_NOOP("AccessPackage", "Consent history")},
        {QStringLiteral("notice_acknowledgements"),
         QT_TRANSLATE_NOOP("AccessPackage", "Privacy notices you acknowledged")},
        {QStringLiteral("purposes"), QT_TRANSLATE_NOOP("AccessPackage", "Purposes and lawful bases")},
        {QStringLiteral("recipients"), QT_TRANSLATE_NOOP("AccessPackage", "Recipients and processors")},
        {QStringLiteral("retention"), QT_TRANSLATE_NOOP("AccessPackage", "How long the data is kept")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("AccessPackage", "Where the data came from")},
        {QStringLiteral("requests"), QT_TRANSLATE_NOOP("AccessPackage", "Requests you made")},
        {QStringLiteral("rectifications"), QT_TRANSLATE_NOOP("AccessPackage", "Corrections made to your data")},
        {QStringLiteral("processing_marks"), QT_TRANSLATE_NOOP("AccessPackage", "Restriction and objection")},
        {QStringLiteral("mentions"), QT_TRANSLATE_NOOP("AccessPackage", "Mentions in other records")},
    };
    return AccessPackage::tr(titles.value(key, ""));
}

//! Removes `paths` (files this write created); never a folder.
void removeFiles(const QStringList& paths)
{
    for (const QString& p : paths) {
        if (QFileInfo(p).isFile()) {
            QFile::remove(p);
        }
    }
}

} // namespace

QString AccessFormats::names() const
{
    QStringList out;
    if (json) {
        out << QStringLiteral("json");
    }
    if (csv) {
        out << QStringLiteral("csv");
    }
    if (pdf) {
        out << QStringLiteral("pdf");
    }
    return out.join(QLatin1Char(','));
}

std::optional<AccessFormats> AccessFormats::fromNames(const QString& list)
{
    AccessFormats f {false, false, false};
    for (const QString& raw : list.split(QLatin1Char(','))) {
        const QString name = raw.trimmed().toLower();
        if (name == QLatin1String("json")) {
            f.json = true;
        } else if (name == QLatin1String("csv")) {
            f.csv = true;
        } else if (name == QLatin1String("pdf")) {
            f.pdf = true;
        } else {
            return std::nullopt;
        }
    }
    if (!f.any()) {
        return std::nullopt;
    }
    return f;
}

int AccessPreview::total() const
{
    int n = 0;
    for (int c : counts) {
        n += c;
    }
    return n;
}

AccessPackage::AccessPackage(security::MutationGate& gate, const Clock& clock, const crm::FieldRegistry& fields)
    : m_gate(gate)
    , m_clock(clock)
    , m_fields(fields)
{
}

QStringList AccessPackage::sectionKeys()
{
    return {QStringLiteral("contact"),
            QStringLiteral("companies"),
            QStringLiteral("deals"),
            QStringLiteral("activities"),
            QStringLiteral("tags"),
            QStringLiteral("consent_events"),
            QStringLiteral("notice_acknowledgements"),
            QStringLiteral("purposes"),
            QStringLiteral("recipients"),
            QStringLiteral("retention"),
            QStringLiteral("source"),
            QStringLiteral("requests"),
            QStringLiteral("rectifications"),
            QStringLiteral("processing_marks"),
            QStringLiteral("mentions")};
}

QString AccessPackage::csvFileName(const QString& section)
{
    return section + QStringLiteral(".csv");
}

QStringList AccessPackage::packageFileNames()
{
    QStringList names {QLatin1String(kJsonFile), QLatin1String(kPdfFile)};
    for (const QString& s : sectionKeys()) {
        names.append(csvFileName(s));
    }
    return names;
}

Result<AccessPreview> AccessPackage::preview(const QString& contactUid, const AccessOptions& options)
{
    AccessOptions quiet = options;
    quiet.progress = nullptr;
    auto built = build(contactUid, quiet);
    if (!built) {
        return built.error();
    }
    return AccessPreview {built->contactUid, built->counts};
}

Result<SubjectPackage> AccessPackage::build(const QString& contactUid, const AccessOptions& options)
{
    security::Mutation read {QStringLiteral("subject.access"), QStringLiteral("contact"), contactUid};
    read.permission = security::Permission::HandleRequests;
    if (auto r = m_gate.require(read); !r) {
        return r.error();
    }
    // Art. 15: the package is for the data subject and holds everything, sensitive fields included; only a
    // profile that may see those makes one (never a package with holes the subject cannot tell).
    read.permission = security::Permission::ViewSensitive;
    if (auto r = m_gate.require(read); !r) {
        return r.error();
    }
    Database& db = m_gate.db();
    const QStringList sections = sectionKeys();
    const int steps = int(sections.size());
    int done = 0;
    auto step = [&]() -> Result<void> {
        if (options.cancelled && options.cancelled()) {
            return makeError(ErrorKind::Cancelled, tr("The access package was cancelled; nothing was written."));
        }
        if (options.progress) {
            options.progress(done, steps);
        }
        ++done;
        return {};
    };

    auto base
        = rows(db,
               QStringLiteral("SELECT id, uid, given_name, family_name, created_at, updated_at, source, "
                              "restricted_at, marketing_objection_at, restriction_reason FROM contacts WHERE uid = ?1"),
               bindText(contactUid.trimmed().toLower()),
               {{"id", Kind::Int},
                {"uid", Kind::Text},
                {"given", Kind::Text},
                {"family", Kind::Text},
                {"created_at", Kind::Time},
                {"updated_at", Kind::Time},
                {"source", Kind::Text},
                {"restricted_at", Kind::Time},
                {"marketing_objection_at", Kind::Time},
                {"restriction_reason", Kind::Text}});
    if (!base) {
        return base.error();
    }
    if (base->isEmpty()) {
        return makeError(ErrorKind::NotFound,
                         tr("No contact has this uid; check it with contact list or search."),
                         QStringLiteral("contact uid not found"));
    }
    const QJsonObject head = base->first().toObject();
    const qint64 id = head.value(QLatin1String("id")).toInteger();
    const QString uid = head.value(QLatin1String("uid")).toString();

    QJsonObject json;
    json.insert(QStringLiteral("$schema"), QLatin1String(kSchemaId));
    json.insert(QStringLiteral("schema_version"), kSchemaVersion);
    json.insert(QStringLiteral("generated_at"), iso(m_clock.nowMs()));
    json.insert(QStringLiteral("generated_by"), m_gate.actor().name);
    json.insert(QStringLiteral("subject"),
                QJsonObject {{QStringLiteral("uid"), uid},
                             {QStringLiteral("name"),
                              (head.value(QLatin1String("given")).toString() + QLatin1Char(' ')
                               + head.value(QLatin1String("family")).toString())
                                  .trimmed()}});

    // The request this package answers.
    QJsonValue request;
    if (!options.requestReference.trimmed().isEmpty()) {
        auto r
            = rows(db,
                   QStringLiteral("SELECT reference, uid, kind, received_at FROM requests WHERE reference = ?1 "
                                  "COLLATE NOCASE OR uid = ?1"),
                   bindText(options.requestReference.trimmed()),
                   {{"reference", Kind::Text}, {"uid", Kind::Text}, {"kind", Kind::Text}, {"received_at", Kind::Time}});
        if (!r) {
            return r.error();
        }
        if (r->isEmpty()) {
            return makeError(ErrorKind::NotFound,
                             tr("No request has this reference; check it with request list."),
                             QStringLiteral("request reference not found"));
        }
        request = r->first();
    }
    json.insert(QStringLiteral("request"), request);

    QMap<QString, int> counts;

    // contact: every registry field of entity "contact".
    if (auto r = step(); !r) {
        return r.error();
    }
    auto contactFields = registryFields(db, m_fields, QStringLiteral("contact"), QStringLiteral("contacts"), id);
    if (!contactFields) {
        return contactFields.error();
    }
    json.insert(QStringLiteral("contact"),
                QJsonObject {{QStringLiteral("uid"), uid},
                             {QStringLiteral("created_at"), head.value(QLatin1String("created_at"))},
                             {QStringLiteral("updated_at"), head.value(QLatin1String("updated_at"))},
                             {QStringLiteral("fields"), *contactFields}});
    counts.insert(QStringLiteral("contact"), 1);

    // companies: the one the contact works for (contacts.company_id), with every company registry field.
    if (auto r = step(); !r) {
        return r.error();
    }
    auto companyIds
        = rows(db,
               QStringLiteral("SELECT co.id, co.uid, co.created_at, co.updated_at FROM contacts AS c "
                              "JOIN companies AS co ON co.id = c.company_id WHERE c.id = ?1"),
               bindId(id),
               {{"id", Kind::Int}, {"uid", Kind::Text}, {"created_at", Kind::Time}, {"updated_at", Kind::Time}});
    if (!companyIds) {
        return companyIds.error();
    }
    QJsonArray companies;
    for (const QJsonValue& c : *companyIds) {
        QJsonObject company = c.toObject();
        auto f = registryFields(db,
                                m_fields,
                                QStringLiteral("company"),
                                QStringLiteral("companies"),
                                company.value(QLatin1String("id")).toInteger());
        if (!f) {
            return f.error();
        }
        company.remove(QStringLiteral("id"));
        company.insert(QStringLiteral("fields"), *f);
        companies.append(company);
    }
    json.insert(QStringLiteral("companies"), companies);

    auto section = [&](const QString& key,
                       const QString& sql,
                       const std::function<void(Statement&)>& bind,
                       std::initializer_list<Column> columns) -> Result<void> {
        if (auto r = step(); !r) {
            return r;
        }
        auto r = rows(db, sql, bind, columns);
        if (!r) {
            return r.error();
        }
        json.insert(key, *r);
        return {};
    };
    // deals, activities, consent_events, requests: a column per registry field of the entity.
    auto records = [&](const QString& key) -> Result<void> {
        const RecordSection* spec = recordSection(key);
        Q_ASSERT(spec);
        if (auto r = step(); !r) {
            return r;
        }
        QStringList select;
        const std::vector<NamedColumn> columns = recordColumns(*spec, m_fields, &select);
        const QString sql
            = QStringLiteral("SELECT %1 %2").arg(select.join(QStringLiteral(", ")), QLatin1String(spec->from));
        auto r = rows(db, sql, spec->byUid ? bindText(uid) : bindId(id), columns);
        if (!r) {
            return r.error();
        }
        json.insert(key, *r);
        return {};
    };

    if (auto r = records(QStringLiteral("deals")); !r) {
        return r.error();
    }
    if (auto r = records(QStringLiteral("activities")); !r) {
        return r.error();
    }
    // tags: the names, as the registry field "tag" holds them (kept as a section of its own for the CSV).
    if (auto r = step(); !r) {
        return r.error();
    }
    json.insert(QStringLiteral("tags"), contactFields->value(QLatin1String("tag")).toArray());

    if (auto r = records(QStringLiteral("consent_events")); !r) {
        return r.error();
    }
    if (auto r = section(QStringLiteral("notice_acknowledgements"),
                         QStringLiteral("SELECT a.uid, n.uid, n.language, n.version, n.title, n.content_hash, a.at, "
                                        "a.channel FROM notice_acks AS a JOIN notices AS n ON n.id = a.notice_id "
                                        "WHERE a.contact_id = ?1 ORDER BY a.at, a.id"),
                         bindId(id),
                         {{"uid", Kind::Text},
                          {"notice_uid", Kind::Text},
                          {"language", Kind::Text},
                          {"version", Kind::Int},
                          {"title", Kind::Text},
                          {"content_hash", Kind::Text},
                          {"at", Kind::Time},
                          {"channel", Kind::Text}});
        !r) {
        return r.error();
    }

    // purposes that apply: every active purpose that needs no consent (it covers everyone on record), and
    // every purpose the person's consent ledger names.
    if (auto r = step(); !r) {
        return r.error();
    }
    auto purposes = rows(db,
                         QStringLiteral("SELECT p.id, p.uid, p.name, p.description, p.lawful_basis, "
                                        "p.legitimate_interest, p.direct_marketing, p.retention_days, "
                                        "CASE WHEN p.requires_consent = 0 AND p.lawful_basis <> 'consent' THEN "
                                        "'basis' ELSE 'consent' END, (SELECT e.kind FROM consent_events AS e WHERE "
                                        "e.contact_id = ?1 AND e.purpose_id = p.id ORDER BY e.at DESC, e.id DESC "
                                        "LIMIT 1), p.archived FROM purposes AS p WHERE (p.archived = 0 AND "
                                        "p.requires_consent = 0 AND p.lawful_basis <> 'consent') OR EXISTS (SELECT 1 "
                                        "FROM consent_events AS e WHERE e.contact_id = ?1 AND e.purpose_id = p.id) "
                                        "ORDER BY p.name COLLATE NOCASE, p.id"),
                         bindId(id),
                         {{"id", Kind::Int},
                          {"uid", Kind::Text},
                          {"name", Kind::Text},
                          {"description", Kind::Text},
                          {"lawful_basis", Kind::Text},
                          {"legitimate_interest", Kind::Text},
                          {"direct_marketing", Kind::Bool},
                          {"retention_days", Kind::Int},
                          {"applies_because", Kind::Text},
                          {"consent_status", Kind::Text},
                          {"archived", Kind::Bool}});
    if (!purposes) {
        return purposes.error();
    }
    QJsonArray purposeIds;
    QJsonArray purposeList;
    QJsonArray retention;
    for (const QJsonValue& v : *purposes) {
        QJsonObject p = v.toObject();
        purposeIds.append(p.value(QLatin1String("id")));
        p.remove(QStringLiteral("id"));
        const auto basis = Purpose::basisFromName(p.value(QLatin1String("lawful_basis")).toString());
        p.insert(QStringLiteral("article"), basis ? Purpose::articleRef(*basis) : QString());
        purposeList.append(p);
        retention.append(QJsonObject {{QStringLiteral("purpose_uid"), p.value(QLatin1String("uid"))},
                                      {QStringLiteral("purpose"), p.value(QLatin1String("name"))},
                                      {QStringLiteral("retention_days"), p.value(QLatin1String("retention_days"))}});
    }
    json.insert(QStringLiteral("purposes"), purposeList);

    // recipients: processors and third parties serving any of those purposes (archived ones too: they
    // received data in the past).
    if (auto r = step(); !r) {
        return r.error();
    }
    const QString idList = QString::fromUtf8(QJsonDocument(purposeIds).toJson(QJsonDocument::Compact));
    auto recipients
        = rows(db,
               QStringLiteral("SELECT pr.uid, pr.name, pr.role, pr.country, pr.safeguard, pr.safeguard_note, "
                              "(SELECT json_group_array(name) FROM (SELECT p.name AS name FROM "
                              "processor_purposes AS pp JOIN purposes AS p ON p.id = pp.purpose_id WHERE "
                              "pp.processor_id = pr.id AND pp.purpose_id IN (SELECT value FROM "
                              "json_each(?1)) ORDER BY p.name COLLATE NOCASE)), pr.archived FROM "
                              "processors AS pr WHERE EXISTS (SELECT 1 FROM processor_purposes AS pp WHERE "
                              "pp.processor_id = pr.id AND pp.purpose_id IN (SELECT value FROM "
                              "json_each(?1))) ORDER BY pr.name COLLATE NOCASE, pr.id"),
               bindText(idList),
               {{"uid", Kind::Text},
                {"name", Kind::Text},
                {"role", Kind::Text},
                {"country", Kind::Text},
                {"safeguard", Kind::Text},
                {"safeguard_note", Kind::Text},
                {"purposes", Kind::JsonArray},
                {"archived", Kind::Bool}});
    if (!recipients) {
        return recipients.error();
    }
    QJsonArray recipientList;
    for (const QJsonValue& v : *recipients) {
        QJsonObject p = v.toObject();
        const QString country = p.value(QLatin1String("country")).toString();
        // Chapter V: a recipient in a known country outside the EEA is a transfer.
        p.insert(QStringLiteral("transfer"), !country.isEmpty() && !Processor::isInEea(country));
        recipientList.append(p);
    }
    json.insert(QStringLiteral("recipients"), recipientList);

    if (auto r = step(); !r) {
        return r.error();
    }
    json.insert(QStringLiteral("retention"), retention);

    // source (Art. 14(2)(f)): the contact's source, and the import batch it names.
    if (auto r = step(); !r) {
        return r.error();
    }
    const QString source = head.value(QLatin1String("source")).toString();
    QJsonObject sourceObject {{QStringLiteral("source"), source},
                              {QStringLiteral("kind"), source.section(QLatin1Char(':'), 0, 0)},
                              {QStringLiteral("import_uid"), QJsonValue()},
                              {QStringLiteral("import_file_name"), QJsonValue()},
                              {QStringLiteral("import_format"), QJsonValue()},
                              {QStringLiteral("imported_at"), QJsonValue()}};
    if (source.startsWith(QLatin1String("import:"))) {
        auto batch
            = rows(db,
                   QStringLiteral("SELECT uid, file_name, format, imported_at FROM import_batches WHERE uid = ?1"),
                   bindText(source.mid(7)),
                   {{"import_uid", Kind::Text},
                    {"import_file_name", Kind::Text},
                    {"import_format", Kind::Text},
                    {"imported_at", Kind::Time}});
        if (!batch) {
            return batch.error();
        }
        if (!batch->isEmpty()) {
            const QJsonObject b = batch->first().toObject();
            for (auto it = b.begin(); it != b.end(); ++it) {
                sourceObject.insert(it.key(), it.value());
            }
        }
    }
    json.insert(QStringLiteral("source"), sourceObject);

    if (auto r = records(QStringLiteral("requests")); !r) {
        return r.error();
    }
    if (auto r = section(
            QStringLiteral("rectifications"),
            QStringLiteral("SELECT h.field, h.old_value, h.changed_at, coalesce(p.name, h.changed_by) "
                           "FROM contact_field_history AS h LEFT JOIN profiles AS p ON p.uid = "
                           "h.changed_by WHERE h.contact_id = ?1 ORDER BY h.changed_at, h.id"),
            bindId(id),
            {{"field", Kind::Text}, {"old_value", Kind::Text}, {"changed_at", Kind::Time}, {"changed_by", Kind::Text}});
        !r) {
        return r.error();
    }

    // Art. 18 and 21: the marks that limit processing, with when they began.
    if (auto r = step(); !r) {
        return r.error();
    }
    json.insert(
        QStringLiteral("processing_marks"),
        QJsonObject {{QStringLiteral("restricted_at"), head.value(QLatin1String("restricted_at"))},
                     {QStringLiteral("marketing_objection_at"), head.value(QLatin1String("marketing_objection_at"))},
                     {QStringLiteral("restriction_reason"), head.value(QLatin1String("restriction_reason"))}});

    // Mentions in other records: only when the officer decided to include them (Art. 15(4): others'
    // rights may call for redaction instead).
    if (auto r = step(); !r) {
        return r.error();
    }
    json.insert(QStringLiteral("mentions_included"), options.includeMentions);
    if (options.includeMentions) {
        auto mentions = MentionSearch::find(db, id);
        if (!mentions) {
            return mentions.error();
        }
        QJsonArray list;
        for (const Mention& m : *mentions) {
            list.append(QJsonObject {{QStringLiteral("entity_type"), m.entityType},
                                     {QStringLiteral("entity_uid"), m.entityUid},
                                     {QStringLiteral("entity_label"), m.entityLabel},
                                     {QStringLiteral("field"), m.field},
                                     {QStringLiteral("matched"), m.matched},
                                     {QStringLiteral("excerpt"), m.excerpt}});
        }
        json.insert(QStringLiteral("mentions"), list);
    }

    for (const QString& key : sections) {
        if (key == QLatin1String("contact")) {
            continue;
        }
        if (key == QLatin1String("source") || key == QLatin1String("processing_marks")) {
            counts.insert(key, 1);
        } else if (json.contains(key)) {
            counts.insert(key, int(json.value(key).toArray().size()));
        }
    }
    QJsonObject countsJson;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        countsJson.insert(it.key(), it.value());
    }
    json.insert(QStringLiteral("counts"), countsJson);
    if (options.progress) {
        options.progress(steps, steps);
    }

    // A registry field the walk above did not produce would be a silent gap in an Art. 15 answer.
    if (const QStringList missing = missingRegistryFields(json, m_fields); !missing.isEmpty()) {
        return makeError(ErrorKind::Io,
                         tr("The access package would miss fields of the registry; nothing was written. Report "
                            "this as a bug."),
                         missing.join(QStringLiteral(", ")));
    }
    return SubjectPackage {uid, json, counts, options.includeMentions};
}

QStringList AccessPackage::missingRegistryFields(const QJsonObject& json, const crm::FieldRegistry& fields)
{
    QStringList missing;
    const QJsonObject contactFields
        = json.value(QLatin1String("contact")).toObject().value(QLatin1String("fields")).toObject();
    const QJsonArray companies = json.value(QLatin1String("companies")).toArray();
    for (const crm::FieldInfo& f : fields.fields()) {
        const QString key = f.entity + QLatin1Char('.') + f.name;
        if (f.entity == QLatin1String("contact")) {
            if (!contactFields.contains(f.name)) {
                missing.append(key);
            }
        } else if (f.entity == QLatin1String("company")) {
            for (const QJsonValue& c : companies) {
                if (!c.toObject().value(QLatin1String("fields")).toObject().contains(f.name)) {
                    missing.append(key);
                    break;
                }
            }
        } else {
            // A record section: every record of the entity has a column for the field.
            bool known = false;
            for (const RecordSection& section : recordSections()) {
                if (f.entity != QLatin1String(section.entity)) {
                    continue;
                }
                known = true;
                const QJsonArray records = json.value(QLatin1String(section.key)).toArray();
                for (const QJsonValue& r : records) {
                    if (!r.toObject().contains(f.name)) {
                        missing.append(key);
                        break;
                    }
                }
            }
            if (!known) {
                missing.append(key); // an entity no section of the package shows
            }
        }
    }
    return missing;
}

QMap<QString, QByteArray> AccessPackage::csvFiles(const SubjectPackage& package)
{
    QMap<QString, QByteArray> files;
    const QJsonObject& json = package.json;
    const crm::FieldRegistry& registry = crm::FieldRegistry::builtIn();

    // contact.csv: one row per field value (a field with several values, such as emails, has several).
    {
        QByteArray csv = csvRecord({QStringLiteral("field"),
                                    QStringLiteral("label"),
                                    QStringLiteral("category"),
                                    QStringLiteral("value"),
                                    QStringLiteral("value_label")});
        const QJsonObject fields
            = json.value(QLatin1String("contact")).toObject().value(QLatin1String("fields")).toObject();
        for (const crm::FieldInfo& f : registry.fieldsOf(QStringLiteral("contact"))) {
            const QString label = crm::FieldRegistry::label(f);
            const QString category = crm::FieldRegistry::categoryName(f.category);
            const QJsonValue v = fields.value(f.name);
            if (v.isArray()) {
                for (const QJsonValue& item : v.toArray()) {
                    const QJsonObject o = item.toObject();
                    if (item.isObject()) {
                        csv += csvRecord({f.name,
                                          label,
                                          category,
                                          o.value(QLatin1String("value")).toString(),
                                          o.value(QLatin1String("label")).toString()});
                    } else {
                        csv += csvRecord({f.name, label, category, cellText(item), QString()});
                    }
                }
            } else {
                csv += csvRecord({f.name, label, category, cellText(v), QString()});
            }
        }
        files.insert(csvFileName(QStringLiteral("contact")), csv);
    }

    // companies.csv: uid, then every company registry field.
    {
        QStringList header {QStringLiteral("uid")};
        const std::vector<crm::FieldInfo> companyFields = registry.fieldsOf(QStringLiteral("company"));
        for (const auto& f : companyFields) {
            header.append(f.name);
        }
        header << QStringLiteral("created_at") << QStringLiteral("updated_at");
        QByteArray csv = csvRecord(header);
        for (const QJsonValue& c : json.value(QLatin1String("companies")).toArray()) {
            const QJsonObject company = c.toObject();
            const QJsonObject fields = company.value(QLatin1String("fields")).toObject();
            QStringList row {company.value(QLatin1String("uid")).toString()};
            for (const auto& f : companyFields) {
                row.append(cellText(fields.value(f.name)));
            }
            row << company.value(QLatin1String("created_at")).toString()
                << company.value(QLatin1String("updated_at")).toString();
            csv += csvRecord(row);
        }
        files.insert(csvFileName(QStringLiteral("companies")), csv);
    }

    for (const QString& section : sectionKeys()) {
        const QStringList columns = columnsOf(section);
        if (columns.isEmpty() || (section == QLatin1String("mentions") && !package.includesMentions)) {
            continue;
        }
        QByteArray csv = csvRecord(columns);
        for (const QJsonValue& record : recordsOf(json, section)) {
            const QJsonObject o = record.toObject();
            QStringList row;
            for (const QString& c : columns) {
                row.append(cellText(o.value(c)));
            }
            csv += csvRecord(row);
        }
        files.insert(csvFileName(section), csv);
    }
    return files;
}

QString AccessPackage::markdownReport(const SubjectPackage& package)
{
    const QJsonObject& json = package.json;
    const crm::FieldRegistry& registry = crm::FieldRegistry::builtIn();
    QString md;
    const QString name = json.value(QLatin1String("subject")).toObject().value(QLatin1String("name")).toString();
    md += QStringLiteral("# %1\n\n").arg(tr("Your personal data: %1").arg(markdownCell(name)));
    md += tr("This report lists everything this organisation's Confidant vault holds about you, generated on %1. "
             "The same data is in access.json (machine-readable) and in the CSV files.")
              .arg(json.value(QLatin1String("generated_at")).toString())
        + QStringLiteral("\n\n");
    const QJsonObject request = json.value(QLatin1String("request")).toObject();
    if (!request.isEmpty()) {
        md += tr("In answer to request %1.").arg(request.value(QLatin1String("reference")).toString())
            + QStringLiteral("\n\n");
    }

    auto table = [](const QStringList& header, const QList<QStringList>& body) {
        QString t = QStringLiteral("| ") + header.join(QStringLiteral(" | ")) + QStringLiteral(" |\n|");
        for (qsizetype i = 0; i < header.size(); ++i) {
            t += QStringLiteral(" --- |");
        }
        t += QLatin1Char('\n');
        for (const QStringList& row : body) {
            QStringList cells;
            for (const QString& c : row) {
                cells.append(markdownCell(c));
            }
            t += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
        }
        return t + QLatin1Char('\n');
    };

    // The contact, field by field with its label.
    md += QStringLiteral("## %1\n\n").arg(sectionTitle(QStringLiteral("contact")));
    {
        const QJsonObject fields
            = json.value(QLatin1String("contact")).toObject().value(QLatin1String("fields")).toObject();
        QList<QStringList> body;
        for (const crm::FieldInfo& f : registry.fieldsOf(QStringLiteral("contact"))) {
            body.append({crm::FieldRegistry::label(f), cellText(fields.value(f.name))});
        }
        md += table({tr("Field"), tr("Value")}, body);
    }
    md += QStringLiteral("## %1\n\n").arg(sectionTitle(QStringLiteral("companies")));
    {
        const QJsonArray companies = json.value(QLatin1String("companies")).toArray();
        if (companies.isEmpty()) {
            md += tr("None.") + QStringLiteral("\n\n");
        }
        for (const QJsonValue& c : companies) {
            const QJsonObject fields = c.toObject().value(QLatin1String("fields")).toObject();
            QList<QStringList> body;
            for (const crm::FieldInfo& f : registry.fieldsOf(QStringLiteral("company"))) {
                body.append({crm::FieldRegistry::label(f), cellText(fields.value(f.name))});
            }
            md += table({tr("Field"), tr("Value")}, body);
        }
    }
    for (const QString& section : sectionKeys()) {
        const QStringList columns = columnsOf(section);
        if (columns.isEmpty() || (section == QLatin1String("mentions") && !package.includesMentions)) {
            continue;
        }
        md += QStringLiteral("## %1\n\n").arg(sectionTitle(section));
        const QJsonArray records = recordsOf(json, section);
        if (records.isEmpty()) {
            md += tr("None.") + QStringLiteral("\n\n");
            continue;
        }
        // Long free text (activity bodies, descriptions) reads better as one block per record than in a
        // table cell; short records go into a table.
        const bool blocks = section == QLatin1String("activities") || section == QLatin1String("deals")
            || section == QLatin1String("mentions");
        if (blocks) {
            // One line per record, a paragraph per 25 records: compact to read, and fewer blocks for the
            // PDF layout (a list item or table row per record was measured slower).
            constexpr int kRecordsPerParagraph = 25;
            for (qsizetype i = 0; i < records.size(); ++i) {
                const QJsonObject o = records.at(i).toObject();
                QStringList parts;
                for (const QString& c : columns) {
                    const QString text = cellText(o.value(c));
                    if (!text.isEmpty()) {
                        parts.append(QStringLiteral("**%1**: %2").arg(c, markdownCell(text)));
                    }
                }
                const bool last = i + 1 == records.size() || (i + 1) % kRecordsPerParagraph == 0;
                md += parts.join(QStringLiteral(" \u00b7 ")) + (last ? QStringLiteral("\n\n") : QStringLiteral("\\\n"));
            }
            continue;
        }
        QList<QStringList> body;
        for (const QJsonValue& record : records) {
            const QJsonObject o = record.toObject();
            QStringList row;
            for (const QString& c : columns) {
                row.append(cellText(o.value(c)));
            }
            body.append(row);
        }
        md += table(columns, body);
    }
    return md;
}

Result<QList<WrittenFile>> AccessPackage::write(const SubjectPackage& package,
                                                const QString& directory,
                                                const AccessFormats& formats,
                                                const AccessWriteOptions& writeOptions,
                                                const AccessOptions& options)
{
    if (!formats.any()) {
        return makeError(ErrorKind::Invalid, tr("Choose at least one format: json, csv or pdf."));
    }
    if (formats.pdf && !m_pdf) {
        return makeError(ErrorKind::Invalid,
                         tr("PDF cannot be written here; choose json or csv."),
                         QStringLiteral("no PDF renderer set"));
    }
    security::Mutation mutation {QStringLiteral("subject.access"),
                                 QStringLiteral("contact"),
                                 package.contactUid,
                                 {},
                                 0,
                                 security::Permission::HandleRequests};
    if (auto r = m_gate.require(mutation); !r) {
        return r.error();
    }
    mutation.permission = security::Permission::ViewSensitive; // as build(): a complete package only
    if (auto r = m_gate.require(mutation); !r) {
        return r.error();
    }

    // The folder: created when missing (and removed again on failure), refused when it holds a package.
    const QFileInfo dirInfo(directory);
    const QString dirPath = dirInfo.absoluteFilePath();
    const bool created = !dirInfo.exists();
    // The folders this call creates, deepest first: removed again (when still empty) on failure.
    QStringList createdDirs;
    for (QString d = dirPath; !QFileInfo::exists(d) && !d.isEmpty(); d = QFileInfo(d).path()) {
        createdDirs.append(d);
        if (QFileInfo(d).path() == d) {
            break;
        }
    }
    if (created && !QDir().mkpath(dirPath)) {
        for (const QString& d : createdDirs) {
            QDir().rmdir(d);
        }
        return makeError(ErrorKind::Io,
                         tr("Cannot create the folder for the access package; check the path and its permissions."),
                         QStringLiteral("mkpath failed"));
    }
    if (!created && !dirInfo.isDir()) {
        return makeError(ErrorKind::Invalid,
                         tr("The output path is a file, not a folder; choose a folder for the access package."));
    }
    const QDir dir(dirPath);
    auto removeCreatedDir = [&] {
        for (const QString& d : createdDirs) {
            QDir().rmdir(d);
        }
    };
    QStringList existing;
    for (const QString& name : packageFileNames()) {
        if (QFileInfo::exists(dir.filePath(name))) {
            existing.append(name);
        }
    }
    if (!existing.isEmpty() && !writeOptions.force) {
        return makeError(ErrorKind::Conflict,
                         tr("The folder already holds an access package; choose an empty folder or replace it "
                            "with --force."),
                         existing.join(QStringLiteral(", ")));
    }

    // What to write, in order.
    struct Pending
    {
        QString name;
        QString format;
        std::function<Result<void>(QIODevice&)> writer;
    };
    QList<Pending> pending;
    if (formats.json) {
        const QByteArray bytes = QJsonDocument(package.json).toJson(QJsonDocument::Indented);
        pending.append({QLatin1String(kJsonFile), QStringLiteral("json"), [bytes](QIODevice& d) -> Result<void> {
                            if (d.write(bytes) != bytes.size()) {
                                return makeError(ErrorKind::Io, QString(), d.errorString());
                            }
                            return {};
                        }});
    }
    if (formats.csv) {
        const QMap<QString, QByteArray> csv = csvFiles(package);
        for (auto it = csv.cbegin(); it != csv.cend(); ++it) {
            const QByteArray bytes = it.value();
            pending.append({it.key(), QStringLiteral("csv"), [bytes](QIODevice& d) -> Result<void> {
                                if (d.write(bytes) != bytes.size()) {
                                    return makeError(ErrorKind::Io, QString(), d.errorString());
                                }
                                return {};
                            }});
        }
    }
    if (formats.pdf) {
        const QString markdown = markdownReport(package);
        const report::PdfOptions pdf {
            tr("Personal data access report"),
            QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC),
        };
        pending.append(
            {QLatin1String(kPdfFile), QStringLiteral("pdf"), [this, markdown, pdf](QIODevice& d) -> Result<void> {
                 auto pages = m_pdf(markdown, pdf, d);
                 if (!pages) {
                     return pages.error();
                 }
                 return {};
             }});
    }

    const int total = int(pending.size()) + 1;
    // Every file goes through storage::SafeFile: 0600 from its creation, never through a link, and without a
    // name until the whole package is complete (where the file system has no unnamed files: NAME.part, which
    // the next package into this folder replaces). Dropping them discards what they hold.
    std::vector<std::unique_ptr<storage::SafeFile>> files;
    QStringList committed;
    auto rollback = [&](const Error& e) -> Error {
        files.clear();
        removeFiles(committed);
        removeCreatedDir();
        return e;
    };
    if (options.cancelled && options.cancelled()) {
        return rollback(makeError(ErrorKind::Cancelled, tr("The access package was cancelled; nothing was left.")));
    }

    // The audit entry (counts per section and the formats, never a value) before the first byte of the package
    // reaches the disk: not even the .part files a crash may leave are unaudited. Should the audit fail, nothing
    // is written; should a write or rename fail after it, the entry records a package that was removed again.
    QStringList note;
    for (auto it = package.counts.cbegin(); it != package.counts.cend(); ++it) {
        note.append(QStringLiteral("%1=%2").arg(it.key()).arg(it.value()));
    }
    note.append(QStringLiteral("formats=%1").arg(formats.names()));
    note.append(QStringLiteral("mentions=%1").arg(package.includesMentions ? 1 : 0));
    mutation.count = pending.size();
    mutation.note = note.join(QLatin1Char(' '));
    if (auto r = m_gate.audit(mutation); !r) {
        return rollback(r.error());
    }

    const auto writeError = [](const QFileDevice& file, const QString& detail) {
        const bool full = file.error() == QFileDevice::ResourceError;
        return makeError(full ? ErrorKind::DiskFull : ErrorKind::Io,
                         full ? tr("The disk is full; the access package was not written. Nothing was left.")
                              : tr("The access package could not be written; nothing was left."),
                         detail);
    };
    QList<WrittenFile> written;
    for (int i = 0; i < pending.size(); ++i) {
        if (options.cancelled && options.cancelled()) {
            return rollback(makeError(ErrorKind::Cancelled, tr("The access package was cancelled; nothing was left.")));
        }
        if (options.progress) {
            options.progress(i, total);
        }
        const Pending& p = pending.at(i);
        files.push_back(std::make_unique<storage::SafeFile>(dir.filePath(p.name)));
        if (auto r = files.back()->open(); !r) {
            return rollback(makeError(r.error().kind == ErrorKind::DiskFull ? ErrorKind::DiskFull : ErrorKind::Io,
                                      tr("Cannot write into the folder for the access package; check that it is "
                                         "writable. Nothing was left."),
                                      r.error().detail.isEmpty() ? r.error().message : r.error().detail));
        }
        QFile& file = files.back()->device();
        if (auto r = p.writer(file); !r) {
            return rollback(writeError(file, r.error().detail.isEmpty() ? r.error().message : r.error().detail));
        }
        if (!file.flush() || !file.seek(0)) {
            return rollback(writeError(file, file.errorString()));
        }
        // The hash of what reached the file, read back from it.
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        written.append(
            {p.name, dir.filePath(p.name), p.format, QString::fromLatin1(hash.result().toHex()), file.size()});
        storage::faultPoint("access.midway"); // crash tests: dies with one file of the package written
    }
    if (options.cancelled && options.cancelled()) {
        return rollback(makeError(ErrorKind::Cancelled, tr("The access package was cancelled; nothing was left.")));
    }

    // Every file is complete and the package audited: give them their names, then replace nothing else.
    // Without --force a name is taken only where nothing is, even a file that appeared meanwhile.
    for (std::size_t i = 0; i < files.size(); ++i) {
        const WrittenFile& w = written.at(static_cast<qsizetype>(i));
        auto r = files[i]->commit(writeOptions.force ? storage::SafeFile::Existing::Replace
                                                     : storage::SafeFile::Existing::Keep);
        if (!r && r.error().kind == ErrorKind::Conflict) {
            return rollback(makeError(ErrorKind::Conflict,
                                      tr("The folder already holds an access package; choose an empty folder or "
                                         "replace it with --force."),
                                      w.fileName));
        }
        if (!r) {
            return rollback(makeError(r.error().kind == ErrorKind::DiskFull ? ErrorKind::DiskFull : ErrorKind::Io,
                                      tr("The access package could not be put in place; nothing was left."),
                                      r.error().detail));
        }
        committed.append(w.path);
    }
    files.clear();
    // --force: files of the earlier package that this one does not have would mix two packages.
    for (const QString& name : existing) {
        if (!committed.contains(dir.filePath(name))) {
            QFile::remove(dir.filePath(name));
        }
    }

    if (options.progress) {
        options.progress(total, total);
    }
    return written;
}

struct AccessPackageWorker::Parts
{
    Parts(std::unique_ptr<WorkerGate> base, const Clock& clock, const crm::FieldRegistry& fields)
        : worker(std::move(base))
        , access(worker->gate(), clock, fields)
    {
    }

    std::unique_ptr<WorkerGate> worker;
    AccessPackage access;
};

AccessPackageWorker::AccessPackageWorker() = default;
AccessPackageWorker::~AccessPackageWorker() = default;

Result<std::unique_ptr<AccessPackageWorker>> AccessPackageWorker::open(const storage::Vault& vault,
                                                                       const security::Actor& actor,
                                                                       const Clock& clock,
                                                                       const crm::FieldRegistry& fields)
{
    auto base = WorkerGate::open(vault, actor, clock);
    if (!base) {
        return base.error();
    }
    std::unique_ptr<AccessPackageWorker> worker(new AccessPackageWorker());
    worker->m_parts = std::make_unique<Parts>(std::move(base).value(), clock, fields);
    return worker;
}

AccessPackage& AccessPackageWorker::access()
{
    return m_parts->access;
}

} // namespace confidant::privacy
