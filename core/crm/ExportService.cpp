#include "ExportService.h"

#include "core/Csv.h"
#include "core/WorkerGate.h"
#include "core/crm/ContactService.h"
#include "core/crm/FieldRegistry.h"
#include "core/crm/SavedFilterService.h"
#include "core/crm/SensitiveFields.h"
#include "core/io/VCardWriter.h"
#include "core/privacy/FieldSettingsService.h"
#include "core/security/MutationGate.h"
#include "core/storage/FaultPoint.h"
#include "core/storage/Statement.h"
#include "core/storage/Transaction.h"

#include <QFileDevice>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <optional>

namespace confidant::crm {

namespace {

QString values(const QList<LabeledValue>& list)
{
    QStringList out;
    for (const auto& v : list) {
        out.append(v.value);
    }
    return out.join(QStringLiteral("; "));
}

// One label per value, so that the columns stay aligned; a value without a label is "other".
QString labels(const QList<LabeledValue>& list)
{
    QStringList out;
    for (const auto& v : list) {
        out.append(v.label.trimmed().isEmpty() ? QStringLiteral("other") : v.label.trimmed());
    }
    return out.join(QStringLiteral("; "));
}

// How each CSV column is read from a contact. A registry field missing here makes every export fail
// loudly instead of leaving that field out.
std::optional<QString> csvValue(const Contact& contact, const QString& column)
{
    static const QHash<QString, std::function<QString(const Contact&)>> readers {
        {QStringLiteral("uid"), [](const Contact& c) { return c.uid; }},
        {QStringLiteral("given"), [](const Contact& c) { return c.givenName; }},
        {QStringLiteral("family"), [](const Contact& c) { return c.familyName; }},
        {QStringLiteral("email"), [](const Contact& c) { return values(c.emails); }},
        {QStringLiteral("email_labels"), [](const Contact& c) { return labels(c.emails); }},
        {QStringLiteral("phone"), [](const Contact& c) { return values(c.phones); }},
        {QStringLiteral("phone_labels"), [](const Contact& c) { return labels(c.phones); }},
        {QStringLiteral("street"), [](const Contact& c) { return c.street; }},
        {QStringLiteral("postcode"), [](const Contact& c) { return c.postcode; }},
        {QStringLiteral("city"), [](const Contact& c) { return c.city; }},
        {QStringLiteral("region"), [](const Contact& c) { return c.region; }},
        {QStringLiteral("country"), [](const Contact& c) { return c.country; }},
        {QStringLiteral("title"), [](const Contact& c) { return c.jobTitle; }},
        {QStringLiteral("birthday"),
         [](const Contact& c) { return c.birthday.isValid() ? c.birthday.toString(Qt::ISODate) : QString(); }},
        {QStringLiteral("website"), [](const Contact& c) { return c.website; }},
        {QStringLiteral("company"), [](const Contact& c) { return c.companyName; }},
        {QStringLiteral("notes"), [](const Contact& c) { return c.notes; }},
        {QStringLiteral("tag"), [](const Contact& c) { return c.tags.join(QStringLiteral("; ")); }},
        {QStringLiteral("source"), [](const Contact& c) { return c.source; }},
    };
    const auto it = readers.constFind(column);
    if (it == readers.constEnd()) {
        return std::nullopt;
    }
    return (*it)(contact);
}

QString selectionNote(ExportFormat format, const ExportSelection& selection)
{
    QString note = QStringLiteral("format=") + ExportService::formatName(format);
    if (!selection.uids.isEmpty()) {
        note += QStringLiteral(" by-uid");
    }
    if (!selection.tag.trimmed().isEmpty()) {
        note += QStringLiteral(" by-tag");
    }
    if (!selection.filterName.trimmed().isEmpty()) {
        note += QStringLiteral(" by-filter");
    }
    return note;
}

security::Mutation exportMutation(const ExportSelection& selection)
{
    security::Mutation m(QStringLiteral("contact.export"), QStringLiteral("contact"));
    m.permission = security::Permission::Export;
    if (selection.uids.size() == 1) {
        m.entityUid = selection.uids.first().trimmed().toLower();
    }
    return m;
}

} // namespace

ExportService::ExportService(security::MutationGate& gate,
                             const FieldRegistry& fields,
                             const ContactService& contacts,
                             const SavedFilterService& filters)
    : m_gate(gate)
    , m_fields(fields)
    , m_contacts(contacts)
    , m_filters(filters)
{
}

QString ExportService::formatName(ExportFormat format)
{
    return format == ExportFormat::VCard ? QStringLiteral("vcard") : QStringLiteral("csv");
}

Result<QSet<QString>> ExportService::disabledFields() const
{
    if (!m_disabledFields) {
        return QSet<QString>();
    }
    return m_disabledFields();
}

QStringList ExportService::csvColumns(const QSet<QString>& disabled) const
{
    QStringList names {QStringLiteral("uid")};
    for (const auto& f : m_fields.fieldsOf(QStringLiteral("contact"))) {
        if (disabled.contains(contactFieldKey(f.name))) {
            continue; // Art. 5(1)(c): a switched-off field leaves no column behind
        }
        names.append(f.name);
        if (f.name == QLatin1String("email") || f.name == QLatin1String("phone")) {
            names.append(f.name + QStringLiteral("_labels"));
        }
    }
    return names;
}

Result<QList<qint64>> ExportService::restrictedAmong(const QList<qint64>& candidates) const
{
    // Restricted contacts are few: read them all and look the candidates up.
    auto s = m_gate.db().prepare("SELECT id FROM contacts WHERE restricted_at IS NOT NULL");
    if (!s) {
        return s.error();
    }
    QSet<qint64> restricted;
    while (true) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == storage::Statement::Step::Done) {
            break;
        }
        restricted.insert(s->int64(0));
    }
    QList<qint64> out;
    if (restricted.isEmpty()) {
        return out;
    }
    for (const qint64 id : candidates) {
        if (restricted.contains(id)) {
            out.append(id);
        }
    }
    return out;
}

Result<QList<qint64>> ExportService::selectIds(const ExportSelection& selection) const
{
    auto ids = selectCandidates(selection);
    if (!ids) {
        return ids;
    }
    if (selection.purpose.trimmed().isEmpty()) {
        // Art. 18(2): a restricted contact is only stored; even an export without a purpose leaves it out.
        auto restricted = restrictedAmong(*ids);
        if (!restricted) {
            return restricted.error();
        }
        for (const qint64 id : *restricted) {
            ids->removeAll(id);
        }
        return ids;
    }
    auto report = gate(selection, *ids);
    if (!report) {
        return report.error();
    }
    QList<qint64> kept;
    kept.reserve(report->kept.size());
    for (const ContactId id : report->kept) {
        kept.append(id.value);
    }
    return kept;
}

Result<privacy::GateReport> ExportService::gate(const ExportSelection& selection, const QList<qint64>& candidates) const
{
    if (!m_purposeGate) {
        return makeError(ErrorKind::Io, tr("A gated export is not available here; nothing was exported."));
    }
    auto purpose = m_purposeGate->purpose(selection.purpose);
    if (!purpose) {
        return purpose.error();
    }
    QList<ContactId> ids;
    ids.reserve(candidates.size());
    for (const qint64 id : candidates) {
        ids.append(ContactId {id});
    }
    return m_purposeGate->check(*purpose, ids);
}

Result<privacy::GateReport> ExportService::preview(const ExportSelection& selection) const
{
    security::Mutation read {QStringLiteral("contact.list"), QStringLiteral("contact")};
    read.permission = security::Permission::ViewContacts;
    if (auto allowed = m_gate.require(read); !allowed) {
        return allowed.error();
    }
    auto ids = selectCandidates(selection);
    if (!ids) {
        return ids.error();
    }
    if (!selection.purpose.trimmed().isEmpty()) {
        return gate(selection, *ids);
    }
    auto restricted = restrictedAmong(*ids);
    if (!restricted) {
        return restricted.error();
    }
    privacy::GateReport report;
    report.candidates = ids->size();
    for (const qint64 id : *ids) {
        if (!restricted->contains(id)) {
            report.kept.append(ContactId {id});
        }
    }
    if (!restricted->isEmpty()) {
        report.leftOut.insert(privacy::GateReason::Restricted, restricted->size());
    }
    return report;
}

Result<QList<qint64>> ExportService::selectCandidates(const ExportSelection& selection) const
{
    std::optional<ContactFilter> filter;
    if (!selection.filterName.trimmed().isEmpty()) {
        auto saved = m_filters.get(QStringLiteral("contact"), selection.filterName);
        if (!saved) {
            return saved.error();
        }
        filter = saved->contactFilter();
    }
    QString sql = QStringLiteral("SELECT c.id FROM contacts AS c WHERE 1");
    if (!selection.uids.isEmpty()) {
        sql += QStringLiteral(" AND c.uid IN (SELECT lower(trim(value)) FROM json_each(?1))");
    }
    if (!selection.tag.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM contact_tags AS ct JOIN tags AS t ON t.id = ct.tag_id "
                              "WHERE ct.contact_id = c.id AND t.name = ?2)");
    }
    // Art. 9: a filter looks only into the fields the profile may see.
    auto withheld = SensitiveFields::withheldFrom(m_gate, QStringLiteral("contact"));
    if (!withheld) {
        return withheld.error();
    }
    const QString conditions = filter ? SavedFilterService::sqlConditions(*filter, 3, *withheld) : QString();
    sql += conditions;
    sql += QStringLiteral(" ORDER BY c.family_name COLLATE NOCASE, c.given_name COLLATE NOCASE, c.id");
    auto s = m_gate.db().prepare(sql);
    if (!s) {
        return s.error();
    }
    if (!selection.uids.isEmpty()) {
        s->bind(1,
                QString::fromUtf8(
                    QJsonDocument(QJsonArray::fromStringList(selection.uids)).toJson(QJsonDocument::Compact)));
    }
    if (!selection.tag.trimmed().isEmpty()) {
        s->bind(2, selection.tag.trimmed());
    }
    if (!conditions.isEmpty()) {
        s->bind(3, SavedFilterService::sqlParameter(*filter, *withheld));
    }
    QList<qint64> ids;
    while (true) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == storage::Statement::Step::Done) {
            break;
        }
        ids.append(s->int64(0));
    }
    if (!selection.uids.isEmpty() && selection.tag.trimmed().isEmpty() && !filter) {
        QStringList distinct;
        for (const QString& uid : selection.uids) {
            if (!distinct.contains(uid.trimmed().toLower())) {
                distinct.append(uid.trimmed().toLower());
            }
        }
        if (ids.size() < distinct.size()) {
            return makeError(ErrorKind::NotFound,
                             tr("Some of the contacts to export do not exist; nothing was exported."));
        }
    }
    return ids;
}

Result<qint64> ExportService::count(const ExportSelection& selection) const
{
    security::Mutation read {QStringLiteral("contact.list"), QStringLiteral("contact")};
    read.permission = security::Permission::ViewContacts;
    if (auto allowed = m_gate.require(read); !allowed) {
        return allowed.error();
    }
    auto ids = selectIds(selection);
    if (!ids) {
        return ids.error();
    }
    return static_cast<qint64>(ids->size());
}

Result<void> ExportService::authorize(const ExportSelection& selection)
{
    return m_gate.require(exportMutation(selection));
}

Result<qint64> ExportService::write(ExportFormat format,
                                    const ExportSelection& selection,
                                    QIODevice& out,
                                    const std::atomic_bool* cancel,
                                    const Progress& progress,
                                    const std::function<Result<void>(qint64 count)>& beforeFirstByte) const
{
    auto disabled = disabledFields();
    if (!disabled) {
        return disabled.error();
    }
    const QStringList columns = csvColumns(*disabled);
    if (format == ExportFormat::Csv) {
        Contact probe;
        for (const QString& name : csvColumns()) {
            if (!csvValue(probe, name)) {
                return makeError(
                    ErrorKind::Io,
                    tr("The export does not know how to write the field \"%1\"; nothing was exported.").arg(name));
            }
        }
    }
    auto ids = selectIds(selection);
    if (!ids) {
        return ids.error();
    }
    auto writeFailed = [&out] {
        return makeError(ErrorKind::Io, tr("The export could not be written; check free space."), out.errorString());
    };
    if (cancel && cancel->load()) {
        return makeError(ErrorKind::Cancelled, tr("Export cancelled; the file was not written."));
    }
    if (beforeFirstByte) {
        if (auto r = beforeFirstByte(ids->size()); !r) {
            return r.error();
        }
    }
    // Every row from one snapshot of the vault: an edit or an erasure committed while a long export runs
    // neither aborts it nor mixes two states of the vault in one file. A contact erased between the selection
    // (audited above) and the snapshot is left out: it is gone.
    auto snapshot = storage::ReadSnapshot::begin(m_gate.db());
    if (!snapshot) {
        return snapshot.error();
    }
    if (format == ExportFormat::Csv && out.write(csvRecord(columns)) < 0) {
        return writeFailed();
    }
    const qint64 total = ids->size();
    qint64 done = 0;
    for (const qint64 id : *ids) {
        if (cancel && cancel->load()) {
            return makeError(ErrorKind::Cancelled, tr("Export cancelled; the file was not written."));
        }
        auto contact = m_contacts.get(ContactId {id});
        if (!contact && contact.error().kind == ErrorKind::NotFound) {
            continue;
        }
        if (!contact) {
            return contact.error();
        }
        QByteArray bytes;
        if (format == ExportFormat::Csv) {
            QStringList row;
            for (const QString& name : columns) {
                row.append(*csvValue(*contact, name));
            }
            bytes = csvRecord(row);
        } else {
            clearDisabledFields(*contact, *disabled, m_fields);
            bytes = io::VCardWriter::write(*contact);
        }
        if (out.write(bytes) < 0) {
            return writeFailed();
        }
        ++done;
        if (progress && (done % 100 == 0 || done == total)) {
            progress(done, total);
        }
        // Crash tests: the process dies with half the rows on disk, as a power cut would leave them.
        if (done == (total + 1) / 2 && storage::isFaultPoint("export.midway")) {
            if (auto* file = qobject_cast<QFileDevice*>(&out)) {
                file->flush();
            }
            storage::faultPoint("export.midway");
        }
    }
    return done;
}

Result<void> ExportService::recordExport(ExportFormat format, const ExportSelection& selection, qint64 count)
{
    security::Mutation m = exportMutation(selection);
    m.count = count;
    m.note = selectionNote(format, selection);
    // The rows come through ContactService::get, which leaves these empty for a profile without "view
    // sensitive fields": the trail says the file is not complete.
    auto withheld = SensitiveFields::withheldFrom(m_gate, QStringLiteral("contact"));
    if (!withheld) {
        return withheld.error();
    }
    if (!withheld->isEmpty()) {
        m.note += QStringLiteral(" withheld=")
            + SensitiveFields::ordered(QStringLiteral("contact"), *withheld).join(QLatin1Char(','));
    }
    if (!selection.purpose.trimmed().isEmpty()) {
        if (!m_purposeGate) {
            return makeError(ErrorKind::Io, tr("A gated export is not available here; nothing was exported."));
        }
        auto purpose = m_purposeGate->purpose(selection.purpose);
        if (!purpose) {
            return purpose.error();
        }
        m.note += QStringLiteral(" purpose=") + purpose->uid;
    }
    return m_gate.audit(m);
}

Result<qint64> ExportService::exportContacts(ExportFormat format,
                                             const ExportSelection& selection,
                                             QIODevice& out,
                                             const std::atomic_bool* cancel,
                                             const Progress& progress)
{
    if (auto r = authorize(selection); !r) {
        return r.error();
    }
    // The audit entry first: a file holding personal data is never on disk unaudited, not even the partial
    // file a crash leaves behind. Failing later, the entry records an export whose file was removed.
    return write(
        format, selection, out, cancel, progress, [&](qint64 count) { return recordExport(format, selection, count); });
}

struct ExportWorker::Parts
{
    Parts(std::unique_ptr<WorkerGate> base, const Clock& clock, const FieldRegistry& fields)
        : worker(std::move(base))
        , contacts(worker->gate(), clock)
        , filters(worker->gate(), clock)
        , purposeGate(worker->gate(), clock)
        , fieldSettings(worker->gate(), clock, fields)
        , exports(worker->gate(), fields, contacts, filters)
    {
        // As the session wires its own: gated exports and the switched-off fields, read on this connection.
        exports.setPurposeGate(&purposeGate);
        exports.setDisabledFieldsSource([this] { return fieldSettings.disabledKeys(); });
    }

    std::unique_ptr<WorkerGate> worker;
    ContactService contacts;
    SavedFilterService filters;
    privacy::PurposeGate purposeGate;
    privacy::FieldSettingsService fieldSettings;
    ExportService exports;
};

ExportWorker::ExportWorker() = default;
ExportWorker::~ExportWorker() = default;

Result<std::unique_ptr<ExportWorker>> ExportWorker::open(const storage::Vault& vault,
                                                         const security::Actor& actor,
                                                         const Clock& clock,
                                                         const FieldRegistry& fields)
{
    auto base = WorkerGate::open(vault, actor, clock);
    if (!base) {
        return base.error();
    }
    std::unique_ptr<ExportWorker> worker(new ExportWorker());
    worker->m_parts = std::make_unique<Parts>(std::move(base).value(), clock, fields);
    return worker;
}

ExportService& ExportWorker::exports()
{
    return m_parts->exports;
}

} // namespace confidant::crm
