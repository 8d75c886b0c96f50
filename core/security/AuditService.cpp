#include "AuditService.h"

#include "core/Csv.h"
#include "core/security/MutationGate.h"

#include <QDateTime>
#include <QIODevice>

namespace confidant::security {

namespace {

Mutation viewAudit(const char* action)
{
    Mutation m(QString::fromLatin1(action), QStringLiteral("audit"));
    m.permission = Permission::ViewAudit;
    return m;
}

} // namespace

AuditService::AuditService(MutationGate& gate)
    : m_gate(gate)
{
}

Result<QList<AuditEntry>> AuditService::list(const AuditQuery& query) const
{
    if (auto r = m_gate.require(viewAudit("audit.list")); !r) {
        return r.error();
    }
    return AuditLog::list(m_gate.db(), query);
}

Result<AuditVerification> AuditService::verify() const
{
    if (auto r = m_gate.require(viewAudit("audit.verify")); !r) {
        return r.error();
    }
    if (!m_gate.auditTrail()) {
        return AuditLog::verify(m_gate.db(), std::nullopt);
    }
    return m_gate.auditTrail()->verify(m_gate.db());
}

QByteArray AuditService::csvHeader()
{
    return "seq,time_utc,profile,profile_uid,action,entity_type,entity_uid,summary,prev_hash,hash\r\n";
}

QByteArray AuditService::csvRow(const AuditEntry& e)
{
    const QString time = QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC).toString(Qt::ISODateWithMs);
    QByteArrayList fields {QByteArray::number(e.seq),
                           csvField(time),
                           csvField(e.profileName),
                           csvField(e.profileUid),
                           csvField(e.action),
                           csvField(e.entityType),
                           csvField(e.entityUid),
                           csvField(e.summary),
                           csvField(e.prevHash),
                           csvField(e.hash)};
    return fields.join(',') + "\r\n";
}

Result<qint64> AuditService::exportCsv(const AuditQuery& query, QIODevice& out)
{
    Mutation m = viewAudit("audit.export");
    m.note = QStringLiteral("format=csv");
    // Checked and recorded before anything is written: an auditor's copy always shows up in the trail.
    if (auto r = m_gate.audit(m); !r) {
        return r.error();
    }
    AuditQuery page = query;
    page.limit = 5000;
    page.beforeSeq = 0;
    // Collected newest first a page at a time, then written oldest first.
    QList<AuditEntry> all;
    while (true) {
        auto entries = AuditLog::list(m_gate.db(), page);
        if (!entries) {
            return entries.error();
        }
        all.append(*entries);
        if (entries->size() < page.limit) {
            break;
        }
        page.beforeSeq = entries->constLast().seq;
    }
    if (out.write(csvHeader()) < 0) {
        return makeError(
            ErrorKind::Io, tr("The audit export could not be written; check free space."), out.errorString());
    }
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (out.write(csvRow(*it)) < 0) {
            return makeError(
                ErrorKind::Io, tr("The audit export could not be written; check free space."), out.errorString());
        }
    }
    return static_cast<qint64>(all.size());
}

} // namespace confidant::security
