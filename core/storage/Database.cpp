#include "Database.h"

#include "core/storage/Statement.h"

#include <QUrl>

#include <sqlite3.h>

#include <utility>

namespace confidant::storage {

ErrorKind errorKindForSqlite(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return ErrorKind::Corrupt;
    case SQLITE_FULL:
        return ErrorKind::DiskFull;
    case SQLITE_BUSY:
        return ErrorKind::Busy;
    case SQLITE_CONSTRAINT:
        return ErrorKind::Conflict;
    case SQLITE_INTERRUPT:
        return ErrorKind::Cancelled;
    case SQLITE_NOTFOUND:
        return ErrorKind::NotFound;
    default:
        return ErrorKind::Io;
    }
}

Database::~Database()
{
    close();
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_keyed(std::exchange(other.m_keyed, false))
{
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_keyed = std::exchange(other.m_keyed, false);
    }
    return *this;
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    m_keyed = false;
}

Result<Database> Database::open(const QString& path, OpenMode mode)
{
    int flags = SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_NOFOLLOW;
    QByteArray name = path.toUtf8();
    switch (mode) {
    case OpenMode::ExistingOnly:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case OpenMode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case OpenMode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case OpenMode::Immutable:
        // A URI filename: the path percent-encoded (SQLite decodes %HH), so '?', '#' and '%' in it stay
        // part of the name.
        flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        name = QByteArray("file:") + QUrl::toPercentEncoding(path, "/") + QByteArray("?immutable=1");
        break;
    }
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(name.constData(), &raw, flags, nullptr);
    Database db(raw);
    if (rc != SQLITE_OK) {
        const bool writing = mode == OpenMode::ExistingOnly || mode == OpenMode::Create;
        Error e = db.errorFor(rc,
                              writing ? tr("Cannot open the vault file; check that the folder exists and is writable.")
                                      : tr("Cannot open the vault file; check that it exists and can be read."));
        if ((rc & 0xff) == SQLITE_CANTOPEN) {
            e.kind = ErrorKind::Io;
        }
        return e;
    }
    sqlite3_extended_result_codes(raw, 1);
    // Before anything is read: the first read of a WAL database can meet another connection's lock too.
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);
    return db;
}

bool Database::isReadOnly() const
{
    return m_db && sqlite3_db_readonly(m_db, "main") == 1;
}

bool Database::pageCheckFailed() const
{
    if (!m_db || !m_keyed) {
        return false; // without a key there is no codec, and cipher_status says 0
    }
    // Answered by SQLCipher from its codec state while the statement is prepared: no page is read.
    sqlite3_stmt* stmt = nullptr;
    bool failed = false;
    if (sqlite3_prepare_v2(m_db, "PRAGMA cipher_status", -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW) {
        const unsigned char* status = sqlite3_column_text(stmt, 0);
        failed = status && status[0] == '0';
    }
    sqlite3_finalize(stmt);
    return failed;
}

void Database::setCheckpointOnClose(bool enabled)
{
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, enabled ? 0 : 1, nullptr);
}

Result<void> Database::applyKey(const SecretBuffer& keySpec)
{
    // SQLCipher 4.14 logs decryption failures to stderr; the user should see our one line only.
    if (auto r = exec("PRAGMA cipher_log_level = NONE"); !r) {
        return r;
    }
    const int rc = sqlite3_key(m_db, keySpec.data(), static_cast<int>(keySpec.size()));
    if (rc != SQLITE_OK) {
        return errorFor(rc, tr("Cannot apply the vault key."));
    }
    m_keyed = true;
    return {};
}

Result<void> Database::exec(const char* sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (message) {
        sqlite3_free(message);
    }
    if (rc != SQLITE_OK) {
        return errorFor(rc, tr("A vault operation failed."));
    }
    return {};
}

Result<Statement> Database::prepare(const char* sql)
{
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, 0, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return errorFor(rc, tr("A vault query failed."));
    }
    return Statement(stmt, this);
}

Result<Statement> Database::prepare(const QString& sql)
{
    const QByteArray utf8 = sql.toUtf8();
    return prepare(utf8.constData());
}

Result<std::optional<QString>> Database::queryText(const char* sql)
{
    auto stmt = prepare(sql);
    if (!stmt) {
        return stmt.error();
    }
    auto step = stmt->step();
    if (!step) {
        return step.error();
    }
    if (*step == Statement::Step::Done) {
        return std::optional<QString> {};
    }
    return std::optional<QString> {stmt->text(0)};
}

Result<qint64> Database::queryInt(const char* sql)
{
    auto stmt = prepare(sql);
    if (!stmt) {
        return stmt.error();
    }
    auto step = stmt->step();
    if (!step) {
        return step.error();
    }
    if (*step == Statement::Step::Done) {
        return makeError(ErrorKind::NotFound, tr("A vault query returned nothing."));
    }
    return stmt->int64(0);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Error Database::errorFor(int rc, const QString& what) const
{
    // SQLite's messages name tables and constraints, never bound values: safe as technical detail. Taken
    // first: the page check below runs a statement of its own.
    const char* sqliteMessage = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
    QString detail = QStringLiteral("SQLite %1: %2").arg(rc).arg(QString::fromUtf8(sqliteMessage));
    ErrorKind kind = errorKindForSqlite(rc);
    // A page that fails its HMAC reaches SQLite as a page of zeros (SQLITE_CORRUPT) the first time, and as
    // SQLITE_ERROR or SQLITE_NOMEM on every later read of the connection: all of them are a damaged vault.
    if ((kind == ErrorKind::Io || kind == ErrorKind::Corrupt) && pageCheckFailed()) {
        kind = ErrorKind::Corrupt;
        detail += QStringLiteral(" (cipher_status 0: a page failed its HMAC check)");
    }
    QString message = what;
    if (kind == ErrorKind::DiskFull) {
        message = tr("The disk is full; free some space and try again. Nothing was changed.");
    } else if (kind == ErrorKind::Corrupt) {
        message = tr("The vault file is damaged; it was left as it is. Run confidant-cli check to see which pages, "
                     "then restore the newest good backup; an export may still save the contacts that read.");
    } else if (kind == ErrorKind::Busy) {
        message = tr("Another Confidant is writing to the vault and did not finish within %n second(s); nothing was "
                     "changed. Try again in a moment.",
                     nullptr,
                     kBusyTimeoutMs / 1000);
    } else if (rc == SQLITE_READONLY_DBMOVED) {
        message = tr("The vault file was replaced (by a restore or a key change) while this command ran; nothing "
                     "was changed. Run it again.");
    } else if ((rc & 0xff) == SQLITE_READONLY) {
        message = tr("The vault is read-only here (its folder is on a read-only disk or mount, or you may not "
                     "write to it): it can be read and exported, but nothing was changed. Copy the vault folder to "
                     "a writable place to change it.");
    }
    return makeError(kind, message, detail);
}

} // namespace confidant::storage
