#include "ExportService.h"

#include "core/Csv.h"
#include "core/crm/FieldRegistry.h"
#include "core/security/MutationGate.h"
#include "core/storage/Statement.h"

#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace confidant::crm {

namespace {

// How each contact field of the registry is read for an export. A registry field missing here makes every
// export fail loudly instead of leaving that field out.
const QHash<QString, QString>& contactColumns()
{
    static const QHash<QString, QString> columns {
        {QStringLiteral("given"), QStringLiteral("c.given_name")},
        {QStringLiteral("family"), QStringLiteral("c.family_name")},
        {QStringLiteral("email"),
         QStringLiteral("(SELECT group_concat(json_extract(e.value, '$.value'), '; ') FROM json_each(c.emails) AS e)")},
        {QStringLiteral("phone"),
         QStringLiteral("(SELECT group_concat(json_extract(p.value, '$.value'), '; ') FROM json_each(c.phones) AS p)")},
        {QStringLiteral("street"), QStringLiteral("c.street")},
        {QStringLiteral("postcode"), QStringLiteral("c.postcode")},
        {QStringLiteral("city"), QStringLiteral("c.city")},
        {QStringLiteral("region"), QStringLiteral("c.region")},
        {QStringLiteral("country"), QStringLiteral("c.country")},
        {QStringLiteral("title"), QStringLiteral("c.job_title")},
        {QStringLiteral("company"), QStringLiteral("co.name")},
        {QStringLiteral("notes"), QStringLiteral("c.notes")},
        {QStringLiteral("tag"),
         QStringLiteral("(SELECT group_concat(t.name, '; ') FROM contact_tags AS ct JOIN tags AS t ON t.id = ct.tag_id "
                        "WHERE ct.contact_id = c.id)")},
        {QStringLiteral("source"), QStringLiteral("c.source")},
    };
    return columns;
}

} // namespace

ExportService::ExportService(security::MutationGate& gate, const FieldRegistry& fields)
    : m_gate(gate)
    , m_fields(fields)
{
}

QStringList ExportService::csvColumns() const
{
    QStringList names {QStringLiteral("uid")};
    for (const auto& f : m_fields.fieldsOf(QStringLiteral("contact"))) {
        names.append(f.name);
    }
    return names;
}

Result<qint64>
ExportService::contactsCsv(const ExportSelection& selection, QIODevice& out, const std::atomic_bool* cancel)
{
    security::Mutation m(QStringLiteral("contact.export"), QStringLiteral("contact"));
    m.permission = security::Permission::Export;
    if (selection.uids.size() == 1) {
        m.entityUid = selection.uids.first();
    }
    if (auto r = m_gate.require(m); !r) {
        return r.error();
    }
    QStringList expressions {QStringLiteral("c.uid")};
    for (const QString& name : csvColumns().mid(1)) {
        const auto it = contactColumns().constFind(name);
        if (it == contactColumns().constEnd()) {
            return makeError(
                ErrorKind::Io,
                tr("The export does not know how to write the field \"%1\"; nothing was exported.").arg(name));
        }
        expressions.append(*it);
    }
    QString sql = QStringLiteral("SELECT ") + expressions.join(QStringLiteral(", "))
        + QStringLiteral(" FROM contacts AS c LEFT JOIN companies AS co ON co.id = c.company_id WHERE 1");
    if (!selection.uids.isEmpty()) {
        sql += QStringLiteral(" AND c.uid IN (SELECT value FROM json_each(?1))");
    }
    if (!selection.tag.isEmpty()) {
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM contact_tags AS ct JOIN tags AS t ON t.id = ct.tag_id "
                              "WHERE ct.contact_id = c.id AND t.name = ?2)");
    }
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
    if (!selection.tag.isEmpty()) {
        s->bind(2, selection.tag.trimmed());
    }
    auto writeFailed = [&out] {
        return makeError(ErrorKind::Io, tr("The export could not be written; check free space."), out.errorString());
    };
    if (out.write(csvRecord(csvColumns())) < 0) {
        return writeFailed();
    }
    qint64 count = 0;
    while (true) {
        if (cancel && cancel->load()) {
            return makeError(ErrorKind::Cancelled, tr("Export cancelled."));
        }
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == storage::Statement::Step::Done) {
            break;
        }
        QStringList values;
        for (int i = 0; i < s->columnCount(); ++i) {
            values.append(s->text(i));
        }
        if (out.write(csvRecord(values)) < 0) {
            return writeFailed();
        }
        ++count;
    }
    if (!selection.uids.isEmpty() && count < selection.uids.size()) {
        return makeError(ErrorKind::NotFound, tr("Some of the contacts to export do not exist; nothing was exported."));
    }
    m.count = count;
    m.note = QStringLiteral("format=csv") + (selection.tag.isEmpty() ? QString() : QStringLiteral(" by-tag"));
    if (auto r = m_gate.audit(m); !r) {
        return r.error();
    }
    return count;
}

} // namespace confidant::crm
