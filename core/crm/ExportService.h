#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>

class QIODevice;

namespace confidant::security {
class MutationGate;
}

namespace confidant::crm {

class FieldRegistry;

//! Which contacts an export takes: the given uids, or every contact (with `tag`: every contact with it).
struct ExportSelection
{
    QStringList uids;
    QString tag;
};

//! Every export of personal data leaves through here (later issues add vCard, saved filters and the
//! purpose gate): the "export" permission is checked in core and every export is audited with its count.
class ExportService
{
    Q_DECLARE_TR_FUNCTIONS(ExportService)

public:
    ExportService(security::MutationGate& gate, const FieldRegistry& fields);

    //! Writes the selected contacts as CSV (RFC 4180, UTF-8, header row of field names from the field
    //! registry; several emails/phones/tags joined with "; "). Returns the number of contacts written.
    Result<qint64>
    contactsCsv(const ExportSelection& selection, QIODevice& out, const std::atomic_bool* cancel = nullptr);
    //! The header row's field names, in order.
    QStringList csvColumns() const;

private:
    security::MutationGate& m_gate;
    const FieldRegistry& m_fields;
};

} // namespace confidant::crm
