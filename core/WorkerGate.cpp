#include "WorkerGate.h"

#include "core/privacy/SubjectRightsService.h"
#include "core/security/AuditTrail.h"
#include "core/security/MutationGate.h"
#include "core/storage/Database.h"
#include "core/storage/Vault.h"

namespace confidant {

struct WorkerGate::Parts
{
    Parts(storage::Database connection,
          const QString& dir,
          QByteArray sealKey,
          const security::Actor& actor,
          const Clock& clock)
        : db(std::move(connection))
        , trail(dir, std::move(sealKey), clock)
        , gate(db)
    {
        gate.setAuditTrail(&trail);
        gate.setActor(actor);
    }

    storage::Database db;
    security::AuditTrail trail;
    security::MutationGate gate;
};

WorkerGate::WorkerGate() = default;
WorkerGate::~WorkerGate() = default;

Result<std::unique_ptr<WorkerGate>>
WorkerGate::open(const storage::Vault& vault, const security::Actor& actor, const Clock& clock)
{
    auto connection = vault.openConnection();
    if (!connection) {
        return connection.error();
    }
    auto key = security::AuditLog::sealKey(*connection);
    if (!key) {
        return key.error();
    }
    std::unique_ptr<WorkerGate> worker(new WorkerGate());
    worker->m_parts = std::make_unique<Parts>(std::move(connection).value(), vault.directory(), *key, actor, clock);
    // A write into a restricted contact is refused here as on the session's gate (Art. 18), and it is history.
    if (auto r = privacy::SubjectRightsService::installEnforcement(worker->m_parts->gate, clock); !r) {
        return r.error();
    }
    return worker;
}

security::MutationGate& WorkerGate::gate()
{
    return m_parts->gate;
}

storage::Database& WorkerGate::db()
{
    return m_parts->db;
}

} // namespace confidant
