#pragma once

#include "core/Result.h"

namespace confidant::storage {

class Database;

//! BEGIN IMMEDIATE on construction; rolls back on destruction unless commit() succeeded.
class Transaction
{
public:
    static Result<Transaction> begin(Database& db);
    ~Transaction();
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Result<void> commit();

private:
    explicit Transaction(Database& db)
        : m_db(&db)
    {
    }
    Database* m_db = nullptr;
};

} // namespace confidant::storage
