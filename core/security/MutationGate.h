#pragma once

#include "core/Result.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace confidant::security {

//! What a write does, in non-personal terms: an action (`contact.create`), the entity type and uid, the
//! names of the fields it touches and a count. This is what the audit trail will record (issue #4);
//! never a personal value.
struct Mutation
{
    QString action;
    QString entityType;
    QString entityUid;
    QStringList fields;
    qint64 count = 1;
};

//! The one place in core through which every write passes. It opens the transaction, runs the checks
//! (permissions, restriction: issue #4 and later) before the body, the recorders (audit chain) after it
//! in the same transaction, commits, and only then tells the listeners (views, caches).
class MutationGate
{
public:
    using Hook = std::function<Result<void>(storage::Database&, const Mutation&)>;
    using Listener = std::function<void(const Mutation&)>;

    explicit MutationGate(storage::Database& db)
        : m_db(db)
    {
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
            return result;
        }
        m_pending.push_back(mutation);
        if (outermost) {
            if (auto r = tx->commit(); !r) {
                m_pending.clear();
                return r.error();
            }
            const std::vector<Mutation> done = std::exchange(m_pending, {});
            for (const auto& m : done) {
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

private:
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
        for (const auto& recorder : m_recorders) {
            if (auto r = recorder(m_db, mutation); !r) {
                return r.error();
            }
        }
        return result;
    }

    storage::Database& m_db;
    int m_depth = 0;
    std::vector<Mutation> m_pending;
    std::vector<Hook> m_checks;
    std::vector<Hook> m_recorders;
    std::vector<Listener> m_listeners;
};

} // namespace confidant::security
