#pragma once

#include "core/Result.h"
#include "core/security/AuditLog.h"
#include "core/security/AuditTrail.h"
#include "core/security/Permissions.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QScopeGuard>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>
#include <variant>
#include <vector>

namespace confidant::security {

class ReadAudit;

//! What a write (or a privacy-relevant read) does, in non-personal terms: an action (`contact.create`),
//! the entity type and uid, the names of the fields it touches, a count, and the permission it needs.
//! This is what the audit trail records; never a personal value.
struct Mutation
{
    Mutation() = default;
    Mutation(QString action_,
             QString entityType_ = {},
             QString entityUid_ = {},
             QStringList fields_ = {},
             qint64 count_ = 1,
             std::optional<Permission> permission_ = std::nullopt)
        : action(std::move(action_))
        , entityType(std::move(entityType_))
        , entityUid(std::move(entityUid_))
        , fields(std::move(fields_))
        , count(count_)
        , permission(permission_)
    {
    }

    QString action;
    QString entityType;
    QString entityUid;
    QStringList fields;
    qint64 count = 1;
    std::optional<Permission> permission;
    //! Extra non-personal detail for the audit summary ("format=csv").
    QString note;
    //! Whether listeners (views, caches) hear of it once committed. False for an entry that only records a
    //! read (ReadAudit): a view that reloads on a change would otherwise read, and be recorded, again.
    bool notify = true;
};

//! The error a denied call returns (CLI exit 6).
Error deniedError(const Actor& actor, Permission permission);
//! The error a gate without an audit trail returns for every write and every permission-carrying read.
Error unauditedError();

//! The one place in core through which every write passes. It checks the acting profile's permission
//! (a denial is audited), opens the transaction, runs the checks (restriction: later issues) before the
//! body, the audit trail and other recorders after it in the same transaction, seals the chain head,
//! commits, and only then tells the listeners (views, caches).
//! It fails closed: a gate without an audit trail allows no write and no read that needs a permission
//! (`may` is false), and a profile that is not signed in may do nothing. Every Session has a trail; a
//! worker thread gets its own gate with one from core (WorkerGate), never a bare one.
class MutationGate
{
public:
    using Hook = std::function<Result<void>(storage::Database&, const Mutation&)>;
    using Listener = std::function<void(const Mutation&)>;

    explicit MutationGate(storage::Database& db)
        : m_db(db)
    {
    }

    void setAuditTrail(AuditTrail* trail)
    {
        m_audit = trail;
    }
    AuditTrail* auditTrail() const
    {
        return m_audit;
    }
    //! Where services report reads of personal data (lists, searches, records opened); null: not recorded
    //! (a worker's gate, a bare test gate). The Session sets its own.
    void setReadAudit(ReadAudit* reads)
    {
        m_reads = reads;
    }
    ReadAudit* readAudit() const
    {
        return m_reads;
    }
    void setActor(Actor actor)
    {
        m_actor = std::move(actor);
    }
    const Actor& actor() const
    {
        return m_actor;
    }
    //! Whether the acting profile has `permission` (for hiding what it may not do; the gate still checks).
    //! False without an audit trail or a signed-in profile: what cannot be recorded is not allowed.
    bool may(Permission permission) const
    {
        return m_audit != nullptr && m_actor.signedIn && allows(m_actor.role, permission);
    }

    //! For reads: Denied (and an audit entry) when the acting profile lacks the permission `attempt` names.
    Result<void> require(const Mutation& attempt)
    {
        if (!attempt.permission || may(*attempt.permission)) {
            return {};
        }
        if (!m_audit) {
            return unauditedError();
        }
        return deny(attempt, deniedError(m_actor, *attempt.permission));
    }

    //! Refuses `attempt` for a rule beyond the matrix (e.g. only an owner changes an owner): audits the
    //! denial like any other and returns `error`.
    Result<void> refuse(const Mutation& attempt, const Error& error)
    {
        return deny(attempt, error);
    }

    //! For privacy-relevant reads (an export, showing a sensitive field): checks the permission and
    //! writes an audit entry in a transaction of its own. A vault that can only be read here (a read-only
    //! mount) cannot take the entry: the read goes ahead once the permission holds, and is counted in
    //! `unrecordedReads()` for the caller to say so (docs/SECURITY.md "Read-only vaults").
    Result<void> audit(Mutation mutation)
    {
        if (m_db.isReadOnly()) {
            if (!m_audit) {
                return unauditedError();
            }
            if (auto allowed = require(mutation); !allowed) {
                return allowed;
            }
            ++m_unrecordedReads;
            return {};
        }
        auto r = apply<std::monostate>(
            mutation, [](storage::Database&, Mutation&) -> Result<std::monostate> { return std::monostate {}; });
        if (!r) {
            return r.error();
        }
        return {};
    }

    void addCheck(Hook check)
    {
        m_checks.push_back(std::move(check));
    }
    void addRecorder(Hook recorder)
    {
        m_recorders.push_back(std::move(recorder));
    }
    void addListener(Listener listener)
    {
        m_listeners.push_back(std::move(listener));
    }

    //! Runs `body(db)` inside one transaction with the hooks around it. All or nothing: any failure
    //! rolls back everything, including what the hooks wrote. `mutation` may be adjusted by the body
    //! (e.g. the uid of a created entity) before recorders and listeners see it.
    //! A call made from inside another body joins the outer transaction; listeners then hear of both
    //! after the outer commit.
    template <typename T, typename Body>
    Result<T> apply(Mutation& mutation, Body&& body)
    {
        if (!m_audit) {
            return unauditedError(); // a write that cannot be audited is not made
        }
        if (mutation.permission && !may(*mutation.permission)) {
            return deny(mutation, deniedError(m_actor, *mutation.permission)).error();
        }
        const bool outermost = m_depth == 0;
        std::optional<storage::Transaction> tx;
        if (outermost) {
            m_pending.clear();
            auto begun = storage::Transaction::begin(m_db);
            if (!begun) {
                return begun.error();
            }
            tx.emplace(std::move(begun).value());
        }
        ++m_depth;
        Result<T> result = runHooked<T>(mutation, std::forward<Body>(body));
        --m_depth;
        if (!result) {
            if (outermost) {
                tx.reset();
                if (m_audit) {
                    m_audit->abandon();
                }
                recordQueuedDenials();
            }
            return result;
        }
        auto denialsAfterwards = qScopeGuard([this, outermost] {
            if (outermost) {
                recordQueuedDenials();
            }
        });
        m_pending.push_back(mutation);
        if (outermost) {
            if (m_audit) {
                if (auto r = m_audit->prepareSeal(); !r) {
                    m_pending.clear();
                    tx.reset();
                    m_audit->abandon();
                    return r.error();
                }
            }
            if (auto r = tx->commit(); !r) {
                m_pending.clear();
                tx.reset();
                if (m_audit) {
                    m_audit->abandon();
                }
                return r.error();
            }
            if (m_audit) {
                m_audit->seal();
            }
            const std::vector<Mutation> done = std::exchange(m_pending, {});
            for (const auto& m : done) {
                if (!m.notify) {
                    continue;
                }
                for (const auto& listener : m_listeners) {
                    listener(m);
                }
            }
        }
        return result;
    }

    storage::Database& db()
    {
        return m_db;
    }
    //! Privacy-relevant reads allowed on a read-only vault without an audit entry (see `audit`).
    int unrecordedReads() const
    {
        return m_unrecordedReads;
    }

private:
    // Records a denial in a transaction of its own; inside another write (whose transaction may still
    // roll back) it is queued, with the actor of the moment, and recorded once that write is over.
    Result<void> deny(const Mutation& attempt, const Error& error)
    {
        if (!m_audit) {
            return error;
        }
        if (m_depth > 0) {
            m_denials.emplace_back(attempt, m_actor);
            return error;
        }
        recordDenial(attempt, m_actor);
        return error;
    }

    void recordDenial(const Mutation& attempt, const Actor& actor)
    {
        auto begun = storage::Transaction::begin(m_db);
        if (!begun) {
            return;
        }
        storage::Transaction tx = std::move(begun).value();
        if (m_audit->recordDenial(m_db, actor, attempt) && m_audit->prepareSeal() && tx.commit()) {
            m_audit->seal();
        } else {
            m_audit->abandon();
        }
    }

    void recordQueuedDenials()
    {
        const auto denials = std::exchange(m_denials, {});
        for (const auto& [attempt, actor] : denials) {
            recordDenial(attempt, actor);
        }
    }

    template <typename T, typename Body>
    Result<T> runHooked(Mutation& mutation, Body&& body)
    {
        for (const auto& check : m_checks) {
            if (auto r = check(m_db, mutation); !r) {
                return r.error();
            }
        }
        Result<T> result = body(m_db, mutation);
        if (!result) {
            return result;
        }
        if (m_audit) {
            if (auto r = m_audit->record(m_db, m_actor, mutation); !r) {
                return r.error();
            }
        }
        for (const auto& recorder : m_recorders) {
            if (auto r = recorder(m_db, mutation); !r) {
                return r.error();
            }
        }
        return result;
    }

    storage::Database& m_db;
    AuditTrail* m_audit = nullptr;
    ReadAudit* m_reads = nullptr;
    Actor m_actor;
    std::vector<std::pair<Mutation, Actor>> m_denials;
    int m_depth = 0;
    int m_unrecordedReads = 0;
    std::vector<Mutation> m_pending;
    std::vector<Hook> m_checks;
    std::vector<Hook> m_recorders;
    std::vector<Listener> m_listeners;
};

} // namespace confidant::security
