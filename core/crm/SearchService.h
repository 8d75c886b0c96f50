#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace confidant::security {
class MutationGate;
}

namespace confidant::crm {

struct SearchHit
{
    enum class Kind
    {
        Contact,
        Company,
    };
    Kind kind = Kind::Contact;
    qint64 id = 0;
    QString uid;
    QString title; //!< display name
    QString detail; //!< first email / domain, for telling hits apart
};

//! Prefix search over contacts (names, emails, phones, company, notes) and companies, via FTS5. The contacts
//! found are recorded in the gate's ReadAudit.
class SearchService
{
    Q_DECLARE_TR_FUNCTIONS(SearchService)

public:
    explicit SearchService(security::MutationGate& gate);
    Result<QList<SearchHit>> search(const QString& text, int limit = 50) const;

private:
    security::MutationGate& m_gate;
};

} // namespace confidant::crm
