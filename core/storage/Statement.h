#pragma once

#include "core/Result.h"
#include "core/storage/SecretBuffer.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <optional>

struct sqlite3_stmt;

namespace confidant::storage {

class Database;

//! A prepared statement with typed binds. Move-only; finalized on destruction.
class Statement
{
public:
    enum class Step
    {
        Row,
        Done,
    };

    Statement() = default;
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Binds are 1-based, as in SQLite.
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value);
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const QByteArray& blob);
    Statement& bind(int index, const char* utf8);
    Statement& bindNull(int index);
    //! Binds the bytes of a secret as text (a key spec for ATTACH … KEY); SQLite keeps its own copy.
    Statement& bindSecret(int index, const SecretBuffer& secret);
    template <typename T>
    Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }
    //! Binds NULL for an empty string (optional text columns).
    Statement& bindTextOrNull(int index, const QString& value);

    //! Advances; the first bind error (if any) is reported here.
    Result<Step> step();
    //! Steps a statement that returns no rows.
    Result<void> run();
    void reset();

    qint64 int64(int column) const;
    int integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;
    int columnCount() const;

private:
    friend class Database;
    Statement(sqlite3_stmt* stmt, const Database* db)
        : m_stmt(stmt)
        , m_db(db)
    {
    }
    void noteBind(int rc);

    sqlite3_stmt* m_stmt = nullptr;
    const Database* m_db = nullptr;
    int m_bindError = 0;
};

} // namespace confidant::storage
