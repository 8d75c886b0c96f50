#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace confidant {

//! What went wrong, coarsely: the GUI branches on it and the CLI maps it to an exit code.
enum class ErrorKind
{
    NotFound, //!< the entity asked for does not exist
    Invalid, //!< input that does not validate; nothing was written
    Denied, //!< the acting profile may not do this
    Conflict, //!< the operation clashes with existing data (e.g. a vault already exists)
    Locked, //!< the vault cannot be unlocked: no key in the keychain, or the keychain is locked; or a profile's
            //!< PIN is missing, or the profile must wait after wrong PINs
    NoKeychain, //!< no usable OS keychain (Secret Service) is available
    WrongKey, //!< the passphrase, recovery code or stored key does not open this vault
    Corrupt, //!< the vault file is damaged or is not a Confidant vault
    Unsupported, //!< the vault was written by a newer Confidant, or the SQLite build has no codec
    DiskFull, //!< the disk or quota is full
    Busy, //!< another connection kept the vault locked for writing longer than the busy timeout; retry
    Io, //!< any other I/O or internal failure
    Cancelled, //!< the user cancelled; nothing was written
};

//! A failure: `message` is translated and tells the user what happened and what to do; `detail` is the
//! technical part (SQLite code and message) and never holds personal data.
struct Error
{
    ErrorKind kind = ErrorKind::Io;
    QString message;
    QString detail;
};

//! A value or an Error (STYLE.md "Errors"). No exceptions cross a layer.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {
    }
    Result(Error error)
        : m_state(std::move(error))
    {
    }

    bool ok() const
    {
        return std::holds_alternative<T>(m_state);
    }
    explicit operator bool() const
    {
        return ok();
    }
    const T& value() const&
    {
        return std::get<T>(m_state);
    }
    T& value() &
    {
        return std::get<T>(m_state);
    }
    T&& value() &&
    {
        return std::get<T>(std::move(m_state));
    }
    const T* operator->() const
    {
        return &std::get<T>(m_state);
    }
    T* operator->()
    {
        return &std::get<T>(m_state);
    }
    const T& operator*() const&
    {
        return value();
    }
    T& operator*() &
    {
        return value();
    }
    const Error& error() const
    {
        return std::get<Error>(m_state);
    }

private:
    std::variant<T, Error> m_state;
};

//! Success without a value, or an Error.
template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const
    {
        return !m_error.has_value();
    }
    explicit operator bool() const
    {
        return ok();
    }
    const Error& error() const
    {
        return *m_error;
    }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorKind kind, QString message, QString detail = {})
{
    return Error {kind, std::move(message), std::move(detail)};
}

} // namespace confidant
