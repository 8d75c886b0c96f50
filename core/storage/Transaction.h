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

//! One consistent view of the vault for a long read (an export): BEGIN, then a first read that fixes the
//! snapshot, so that every later read on this connection sees the vault as it was at that moment, whatever other
//! connections commit meanwhile (WAL mode lets them write). Ends on destruction. Inside a transaction that is
//! already open, it adds nothing: that transaction already reads one snapshot.
class ReadSnapshot
{
public:
    static Result<ReadSnapshot> begin(Database& db);
    ~ReadSnapshot();
    ReadSnapshot(ReadSnapshot&& other) noexcept;
    ReadSnapshot& operator=(ReadSnapshot&&) = delete;
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    explicit ReadSnapshot(Database* db)
        : m_db(db)
    {
    }
    Database* m_db = nullptr;
};

} // namespace confidant::storage
