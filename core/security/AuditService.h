#pragma once

#include "core/Result.h"
#include "core/security/AuditLog.h"

#include <QCoreApplication>
#include <QList>

class QIODevice;

namespace confidant::security {

class MutationGate;

//! The audit trail as profiles see it: listing, verifying and exporting need "view audit"; an export is
//! itself audited.
class AuditService
{
    Q_DECLARE_TR_FUNCTIONS(AuditService)

public:
    explicit AuditService(MutationGate& gate);

    Result<QList<AuditEntry>> list(const AuditQuery& query) const;
    Result<AuditVerification> verify() const;
    //! Writes the entries matching `query` (all of them, oldest first, ignoring its limit and paging) as
    //! CSV (RFC 4180, UTF-8, header row) to `out`. Returns the number of entries written.
    Result<qint64> exportCsv(const AuditQuery& query, QIODevice& out);
    //! The CSV header and one row, as exportCsv writes them.
    static QByteArray csvHeader();
    static QByteArray csvRow(const AuditEntry& entry);

private:
    MutationGate& m_gate;
};

} // namespace confidant::security
