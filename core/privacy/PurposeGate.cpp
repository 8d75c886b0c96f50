#include "PurposeGate.h"

#include "core/privacy/PurposeService.h"
#include "core/security/MutationGate.h"
#include "core/storage/Statement.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace confidant::privacy {

using storage::Statement;

namespace {

// The reason codes the query yields; 0 keeps the contact.
constexpr int kKept = 0;

int codeOf(GateReason reason)
{
    return static_cast<int>(reason) + 1;
}

} // namespace

qint64 GateReport::leftOutCount() const
{
    qint64 total = 0;
    for (const qint64 n : leftOut) {
        total += n;
    }
    return total;
}

QList<GateReason> GateReport::reasons()
{
    return {GateReason::Restricted,
            GateReason::ObjectedToMarketing,
            GateReason::NoConsent,
            GateReason::ConsentWithdrawn,
            GateReason::ConsentExpired};
}

QString GateReport::reasonName(GateReason reason)
{
    switch (reason) {
    case GateReason::Restricted:
        return QStringLiteral("restricted");
    case GateReason::ObjectedToMarketing:
        return QStringLiteral("objected-to-marketing");
    case GateReason::NoConsent:
        return QStringLiteral("no-consent");
    case GateReason::ConsentWithdrawn:
        return QStringLiteral("consent-withdrawn");
    case GateReason::ConsentExpired:
        return QStringLiteral("consent-expired");
    }
    return {};
}

QString GateReport::reasonLabel(GateReason reason, qint64 count)
{
    const int n = static_cast<int>(count);
    switch (reason) {
    case GateReason::Restricted:
        return tr("%n restricted", nullptr, n);
    case GateReason::ObjectedToMarketing:
        return tr("%n objected to marketing", nullptr, n);
    case GateReason::NoConsent:
        return tr("%n without consent", nullptr, n);
    case GateReason::ConsentWithdrawn:
        return tr("%n withdrew consent", nullptr, n);
    case GateReason::ConsentExpired:
        return tr("%n with expired consent", nullptr, n);
    }
    return {};
}

QString GateReport::summary() const
{
    QStringList parts;
    for (const GateReason reason : reasons()) {
        if (const qint64 n = leftOutFor(reason); n > 0) {
            parts.append(reasonLabel(reason, n));
        }
    }
    if (parts.isEmpty()) {
        return {};
    }
    return tr("left out: %1").arg(parts.join(QStringLiteral(", ")));
}

PurposeGate::PurposeGate(security::MutationGate& gate, const Clock& clock)
    : m_gate(gate)
    , m_clock(clock)
{
}

Result<Purpose> PurposeGate::purpose(const QString& nameOrUid) const
{
    security::Mutation read {QStringLiteral("purpose.view"), QStringLiteral("purpose")};
    read.permission = security::Permission::ViewContacts;
    if (auto allowed = m_gate.require(read); !allowed) {
        return allowed.error();
    }
    auto found = PurposeService::lookup(m_gate.db(), nameOrUid);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return makeError(ErrorKind::NotFound, tr("No purpose has that name or id; list them with: purpose list."));
    }
    if ((*found)->archived) {
        return makeError(ErrorKind::Invalid,
                         tr("The purpose \"%1\" is archived; contacts cannot be used for it.").arg((*found)->name));
    }
    return **found;
}

Result<GateReport> PurposeGate::check(const QString& purposeNameOrUid, const QList<crm::ContactId>& candidates) const
{
    auto p = purpose(purposeNameOrUid);
    if (!p) {
        return p.error();
    }
    return run(*p, &candidates);
}

Result<GateReport> PurposeGate::check(const Purpose& purpose, const QList<crm::ContactId>& candidates) const
{
    return run(purpose, &candidates);
}

Result<GateReport> PurposeGate::checkAll(const Purpose& purpose) const
{
    return run(purpose, nullptr);
}

Result<GateReport> PurposeGate::run(const Purpose& given, const QList<crm::ContactId>* candidates) const
{
    security::Mutation read {QStringLiteral("purpose.gate"), QStringLiteral("purpose"), given.uid};
    read.permission = security::Permission::ViewContacts;
    if (auto allowed = m_gate.require(read); !allowed) {
        return allowed.error();
    }
    // Read the purpose again: the caller's copy may be stale (archived since, basis changed).
    auto current = PurposeService::lookup(m_gate.db(), given.id);
    if (!current) {
        return current.error();
    }
    if (!*current) {
        return makeError(ErrorKind::NotFound, tr("No such purpose; it may have been removed."));
    }
    const Purpose& purpose = **current;
    if (purpose.archived) {
        return makeError(ErrorKind::Invalid,
                         tr("The purpose \"%1\" is archived; contacts cannot be used for it.").arg(purpose.name));
    }

    // One pass over the set: the latest consent event per contact comes from the (contact, purpose, at, id)
    // index, one seek per contact.
    const QString source = candidates ? QStringLiteral("(SELECT DISTINCT CAST(value AS INTEGER) AS id FROM "
                                                       "json_each(?1)) AS cand JOIN contacts AS c ON c.id = cand.id")
                                      : QStringLiteral("contacts AS c");
    const QString sql
        = QStringLiteral("SELECT c.id, CASE "
                         "WHEN c.restricted_at IS NOT NULL THEN %1 "
                         "WHEN ?3 AND c.marketing_objection_at IS NOT NULL THEN %2 "
                         "WHEN NOT ?4 THEN 0 "
                         "WHEN l.kind IS NULL THEN %3 "
                         "WHEN l.kind = 'withdrawn' THEN %4 "
                         "WHEN l.expires_at IS NOT NULL AND l.expires_at <= ?5 THEN %5 "
                         "ELSE 0 END "
                         "FROM %6 LEFT JOIN consent_events AS l ON l.id = (SELECT e.id FROM consent_events AS e "
                         "WHERE e.contact_id = c.id AND e.purpose_id = ?2 ORDER BY e.at DESC, e.id DESC LIMIT 1)")
              .arg(codeOf(GateReason::Restricted))
              .arg(codeOf(GateReason::ObjectedToMarketing))
              .arg(codeOf(GateReason::NoConsent))
              .arg(codeOf(GateReason::ConsentWithdrawn))
              .arg(codeOf(GateReason::ConsentExpired))
              .arg(source)
        + (candidates ? QString() : QStringLiteral(" ORDER BY c.id"));
    auto s = m_gate.db().prepare(sql);
    if (!s) {
        return s.error();
    }
    if (candidates) {
        QJsonArray ids;
        for (const crm::ContactId id : *candidates) {
            ids.append(id.value);
        }
        s->bind(1, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    }
    s->bind(2, purpose.id.value)
        .bind(3, purpose.directMarketing ? 1 : 0)
        .bind(4, purpose.requiresConsent ? 1 : 0)
        .bind(5, m_clock.nowMs());

    GateReport report;
    report.purpose = purpose;
    QHash<qint64, bool> keep;
    QList<crm::ContactId> inOrder;
    while (true) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            break;
        }
        const qint64 id = s->int64(0);
        const int code = s->integer(1);
        ++report.candidates;
        if (code == kKept) {
            keep.insert(id, true);
            if (!candidates) {
                inOrder.append(crm::ContactId {id});
            }
        } else {
            report.leftOut[static_cast<GateReason>(code - 1)] += 1;
        }
    }
    if (candidates) {
        for (const crm::ContactId id : *candidates) {
            // take(): a repeated candidate is kept once.
            if (keep.take(id.value)) {
                inOrder.append(id);
            }
        }
    }
    report.kept = inOrder;
    return report;
}

} // namespace confidant::privacy
