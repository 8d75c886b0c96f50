#include "Transaction.h"

#include "core/storage/Database.h"

#include <utility>

namespace confidant::storage {

Result<Transaction> Transaction::begin(Database& db)
{
    if (auto r = db.exec("BEGIN IMMEDIATE"); !r) {
        return r.error();
    }
    return Transaction(db);
}

Transaction::~Transaction()
{
    if (m_db) {
        (void)m_db->exec("ROLLBACK");
    }
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{
}

Result<void> Transaction::commit()
{
    if (auto r = m_db->exec("COMMIT"); !r) {
        return r; // destructor rolls back
    }
    m_db = nullptr;
    return {};
}

} // namespace confidant::storage
