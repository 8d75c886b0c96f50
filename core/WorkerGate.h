#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/security/AuditLog.h"

#include <memory>

namespace confidant::storage {
class Database;
class Vault;
} // namespace confidant::storage

namespace confidant::security {
class MutationGate;
}

namespace confidant {

//! What a worker thread reads and writes through (Session is single-threaded): a connection of its own to
//! the session's vault, an audit trail sealed with the vault's key, and a MutationGate acting as the
//! session's profile, with the same enforcement as the session's gate (restriction, Art. 18; field
//! history, Art. 16). A worker builds core's services on this gate, never on a bare one: a gate without an
//! audit trail allows nothing. Open it on the worker thread and use it there only.
class WorkerGate
{
public:
    static Result<std::unique_ptr<WorkerGate>>
    open(const storage::Vault& vault, const security::Actor& actor, const Clock& clock);
    ~WorkerGate();
    WorkerGate(const WorkerGate&) = delete;
    WorkerGate& operator=(const WorkerGate&) = delete;

    security::MutationGate& gate();
    storage::Database& db();

private:
    WorkerGate();
    struct Parts;
    std::unique_ptr<Parts> m_parts;
};

} // namespace confidant
