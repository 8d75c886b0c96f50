#pragma once

#include "core/Result.h"
#include "core/storage/SecretBuffer.h"

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include <optional>

struct sqlite3;

namespace confidant::storage {

class Statement;

//! One SQLCipher connection (STYLE.md "Resources and secrets"). Move-only; closes on destruction.
//! Use from one thread at a time: one connection per thread (DESIGN.md "Storage").
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class OpenMode
    {
        ExistingOnly, //!< fail if the file does not exist
        Create, //!< create the file if missing
        ReadOnly, //!< never write
        //! Never write, take no lock and ignore a `-wal` file (SQLite's `immutable=1`): for a file on storage
        //! that cannot be written, where SQLite cannot create the `-wal` and `-shm` files a WAL database needs.
        //! Only for a file whose `-wal` is missing or empty: committed changes still in a WAL would be missed.
        Immutable,
    };

    //! How long a statement waits for another connection's lock before it fails with ErrorKind::Busy. Set
    //! on every connection when it opens, so that even the first read (a WAL being checkpointed or
    //! recovered by another Confidant) waits instead of failing.
    static constexpr int kBusyTimeoutMs = 5000;

    Database() = default;
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    //! Opens `path` without a key, with the busy timeout set. Nothing is read yet.
    static Result<Database> open(const QString& path, OpenMode mode);

    //! Applies the key (raw `x'…'` spec or passphrase) with sqlite3_key; SQLCipher's own log is muted
    //! first so a wrong key produces only our message. Reads nothing yet.
    Result<void> applyKey(const SecretBuffer& keySpec);

    //! Runs SQL without values (schema, pragmas). Values always go through Statement binds.
    Result<void> exec(const char* sql);
    Result<Statement> prepare(const char* sql);
    Result<Statement> prepare(const QString& sql);

    //! First column of the first row of `sql` as text, or nullopt when it returns no row.
    Result<std::optional<QString>> queryText(const char* sql);
    Result<qint64> queryInt(const char* sql);

    qint64 lastInsertRowId() const;
    int changes() const;
    bool isOpen() const
    {
        return m_db != nullptr;
    }
    //! Whether the main database can only be read: opened ReadOnly or Immutable, or opened for writing on a
    //! file SQLite could only open for reading (a read-only mount, no write permission).
    bool isReadOnly() const;
    //! Whether SQLCipher failed to authenticate or decrypt a page on this (keyed) connection: a damaged or
    //! altered file. SQLCipher then refuses every later read on the connection, whatever error SQLite
    //! reports for it. Reads nothing.
    bool pageCheckFailed() const;
    sqlite3* handle() const
    {
        return m_db;
    }
    void close();
    //! Whether closing the last connection copies the WAL into the database file. Off while a vault is
    //! being validated, so a wrong key or a damaged file never causes a write (not even a checkpoint
    //! of a WAL left by a crash).
    void setCheckpointOnClose(bool enabled);

    //! The Error for the last failure `rc` on this connection, with `what` as the user-facing message. A
    //! failure after a page failed its check is Corrupt, whatever SQLite's code; a lock held by another
    //! connection past the busy timeout is Busy; a write to a read-only vault says so.
    Error errorFor(int rc, const QString& what) const;

private:
    explicit Database(sqlite3* db)
        : m_db(db)
    {
    }
    sqlite3* m_db = nullptr;
    bool m_keyed = false;
};

//! Maps an SQLite result code to our ErrorKind.
ErrorKind errorKindForSqlite(int rc);

} // namespace confidant::storage
