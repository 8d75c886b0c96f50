#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace confidant::storage {

namespace detail {
//! Whole pages of their own for secret bytes (so that unlocking one secret never unlocks another's page),
//! locked out of swap (mlock) where the system allows it and left out of core dumps (MADV_DONTDUMP); wiped,
//! unlocked and freed together. Throws std::bad_alloc when no memory is left.
void* allocateSecretPages(std::size_t bytes);
void freeSecretPages(void* pages, std::size_t bytes) noexcept;

template <typename T>
struct SecretAllocator
{
    using value_type = T;
    SecretAllocator() = default;
    template <typename U>
    SecretAllocator(const SecretAllocator<U>&) noexcept
    {
    }
    T* allocate(std::size_t n)
    {
        return static_cast<T*>(allocateSecretPages(n * sizeof(T)));
    }
    void deallocate(T* p, std::size_t n) noexcept
    {
        freeSecretPages(p, n * sizeof(T));
    }
    friend bool operator==(const SecretAllocator&, const SecretAllocator&)
    {
        return true;
    }
};
} // namespace detail

//! Bytes of a key, passphrase or recovery code. Move-only; wiped with OPENSSL_cleanse when destroyed,
//! moved from or cleared. Never converted to QString, never logged. Its bytes live on locked pages of their own
//! (detail::allocateSecretPages; docs/SECURITY.md "Crash dumps and process memory").
class SecretBuffer
{
public:
    SecretBuffer() = default;
    explicit SecretBuffer(std::size_t size);
    SecretBuffer(const char* data, std::size_t size);
    ~SecretBuffer();

    SecretBuffer(SecretBuffer&& other) noexcept;
    SecretBuffer& operator=(SecretBuffer&& other) noexcept;
    SecretBuffer(const SecretBuffer&) = delete;
    SecretBuffer& operator=(const SecretBuffer&) = delete;

    //! Takes the bytes of `bytes` and wipes its storage (the caller's copy is overwritten with zeros).
    static SecretBuffer takeFrom(QByteArray& bytes);
    //! `size` bytes from the system CSPRNG; empty if the CSPRNG fails.
    static SecretBuffer random(std::size_t size);

    SecretBuffer clone() const;
    void clear();
    void append(const char* data, std::size_t size);
    void append(char c);
    //! Lower-case hex of the bytes, as a new secret.
    SecretBuffer toHex() const;
    //! The SQLCipher raw-key form `x'<hex>'` of these bytes.
    SecretBuffer toRawKeySpec() const;

    bool isEmpty() const
    {
        return m_bytes.empty();
    }
    std::size_t size() const
    {
        return m_bytes.size();
    }
    const char* data() const
    {
        return m_bytes.data();
    }
    char* data()
    {
        return m_bytes.data();
    }
    const unsigned char* bytes() const
    {
        return reinterpret_cast<const unsigned char*>(m_bytes.data());
    }
    std::string_view view() const
    {
        return {m_bytes.data(), m_bytes.size()};
    }
    //! Constant-time comparison.
    bool equals(const SecretBuffer& other) const;

private:
    void wipe();
    std::vector<char, detail::SecretAllocator<char>> m_bytes;
};

} // namespace confidant::storage
