#include "ReadAudit.h"

#include "core/security/MutationGate.h"

#include <QScopeGuard>

#include <algorithm>
#include <optional>
#include <utility>

namespace confidant::security {

ReadAudit::ReadAudit(MutationGate& gate)
    : m_gate(gate)
{
}

QString ReadAudit::actionFor(const QString& entityType)
{
    return entityType + QStringLiteral(".read");
}

ReadAudit::Tally& ReadAudit::tallyFor(const QString& entityType)
{
    const Actor& actor = m_gate.actor();
    // Each profile's reads are written under its own name as soon as another profile reads.
    const bool otherReader = std::any_of(
        m_pending.cbegin(), m_pending.cend(), [&actor](const Tally& t) { return t.actor.uid != actor.uid; });
    if (otherReader) {
        (void)flush(); // what fails stays pending, under the profile that read it
    }
    for (Tally& t : m_pending) {
        if (t.actor.uid == actor.uid && t.entityType == entityType) {
            return t;
        }
    }
    Tally tally;
    tally.actor = actor;
    tally.entityType = entityType;
    m_pending.push_back(std::move(tally));
    return m_pending.back();
}

void ReadAudit::flushWhenDue(const Tally& tally)
{
    if (tally.shown.size() >= kShownPerEntry || tally.listed.size() >= kListedPerEntry
        || tally.found.size() >= kListedPerEntry) {
        // A failure leaves the reads pending: the next read or the session's end tries again.
        (void)flush();
    }
}

void ReadAudit::listed(const QString& entityType, ReadKind kind, const QList<QString>& uids)
{
    Tally& tally = tallyFor(entityType);
    QSet<QString>* into = &tally.shown;
    if (kind == ReadKind::List) {
        ++tally.lists;
        into = &tally.listed;
    } else if (kind == ReadKind::Search) {
        ++tally.searches;
        into = &tally.found;
    }
    for (const QString& uid : uids) {
        into->insert(uid);
    }
    flushWhenDue(tally);
}

void ReadAudit::shown(const QString& entityType, const QString& uid)
{
    Tally& tally = tallyFor(entityType);
    tally.shown.insert(uid);
    flushWhenDue(tally);
}

Result<void> ReadAudit::flush()
{
    if (m_pending.empty()) {
        return {};
    }
    // Written as the profile that read, which need not be the one acting now.
    const Actor acting = m_gate.actor();
    const auto actAgain = qScopeGuard([this, &acting] { m_gate.setActor(acting); });
    std::vector<Tally> pending = std::exchange(m_pending, {});
    std::optional<Error> failure;
    for (Tally& tally : pending) {
        // No permission: the entry records a fact, as access.denied does, whatever the profile may do.
        Mutation entry(actionFor(tally.entityType), tally.entityType);
        entry.note = QStringLiteral("lists=%1 listed=%2 searches=%3 found=%4 shown=%5")
                         .arg(tally.lists)
                         .arg(tally.listed.size())
                         .arg(tally.searches)
                         .arg(tally.found.size())
                         .arg(tally.shown.size());
        // A view that reloads when something changed must not read (and record) again because of it.
        entry.notify = false;
        m_gate.setActor(tally.actor);
        if (auto written = m_gate.audit(entry); !written) {
            if (!failure) {
                failure = written.error();
            }
            m_pending.push_back(std::move(tally));
        }
    }
    if (failure) {
        return *failure;
    }
    return {};
}

} // namespace confidant::security
