#include "Transaction.h"

#include "core/storage/Database.h"

#include <sqlite3.h>

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

Result<ReadSnapshot> ReadSnapshot::begin(Database& db)
{
    if (sqlite3_get_autocommit(db.handle()) == 0) {
        return ReadSnapshot(nullptr);
    }
    if (auto r = db.exec("BEGIN DEFERRED"); !r) {
        return r.error();
    }
    // A deferred transaction takes its snapshot at its first read.
    if (auto r = db.exec("SELECT count(*) FROM sqlite_schema"); !r) {
        (void)db.exec("ROLLBACK");
        return r.error();
    }
    return ReadSnapshot(&db);
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_db) {
        (void)m_db->exec("ROLLBACK");
    }
}

ReadSnapshot::ReadSnapshot(ReadSnapshot&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{
}

} // namespace confidant::storage
