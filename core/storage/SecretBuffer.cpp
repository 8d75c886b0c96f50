#include "SecretBuffer.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <new>
#include <utility>

namespace confidant::storage {

namespace {

std::size_t pageSize()
{
    static const std::size_t size = [] {
        const long page = ::sysconf(_SC_PAGESIZE);
        return page > 0 ? static_cast<std::size_t>(page) : std::size_t(4096);
    }();
    return size;
}

std::size_t wholePages(std::size_t bytes)
{
    const std::size_t page = pageSize();
    return (std::max<std::size_t>(bytes, 1) + page - 1) / page * page;
}

} // namespace

void* detail::allocateSecretPages(std::size_t bytes)
{
    const std::size_t size = wholePages(bytes);
    void* pages = std::aligned_alloc(pageSize(), size);
    if (!pages) {
        throw std::bad_alloc();
    }
    // Best effort: RLIMIT_MEMLOCK may refuse the lock (docs/SECURITY.md); the bytes are wiped when freed either way.
    // The system call itself: AddressSanitizer turns mlock() into a no-op, and its build is the one tests run.
    (void)::syscall(SYS_mlock, pages, size);
#ifdef MADV_DONTDUMP
    (void)::madvise(pages, size, MADV_DONTDUMP);
#endif
    return pages;
}

void detail::freeSecretPages(void* pages, std::size_t bytes) noexcept
{
    if (!pages) {
        return;
    }
    const std::size_t size = wholePages(bytes);
    OPENSSL_cleanse(pages, size);
#ifdef MADV_DODUMP
    (void)::madvise(pages, size, MADV_DODUMP);
#endif
    (void)::syscall(SYS_munlock, pages, size);
    std::free(pages);
}

SecretBuffer::SecretBuffer(std::size_t size)
    : m_bytes(size, '\0')
{
}

SecretBuffer::SecretBuffer(const char* data, std::size_t size)
{
    append(data, size);
}

SecretBuffer::~SecretBuffer()
{
    wipe();
}

SecretBuffer::SecretBuffer(SecretBuffer&& other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
    other.wipe();
}

SecretBuffer& SecretBuffer::operator=(SecretBuffer&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
        other.wipe();
    }
    return *this;
}

SecretBuffer SecretBuffer::takeFrom(QByteArray& bytes)
{
    SecretBuffer out(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    if (!bytes.isEmpty()) {
        OPENSSL_cleanse(bytes.data(), static_cast<std::size_t>(bytes.size()));
    }
    bytes.clear();
    return out;
}

SecretBuffer SecretBuffer::random(std::size_t size)
{
    SecretBuffer out(size);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), static_cast<int>(size)) != 1) {
        return {};
    }
    return out;
}

SecretBuffer SecretBuffer::clone() const
{
    return SecretBuffer(m_bytes.data(), m_bytes.size());
}

void SecretBuffer::clear()
{
    wipe();
}

void SecretBuffer::append(const char* data, std::size_t size)
{
    // Grow into a fresh allocation so that no unwiped copy is left behind by a reallocation.
    std::vector<char, detail::SecretAllocator<char>> grown;
    grown.reserve(m_bytes.size() + size);
    grown.insert(grown.end(), m_bytes.begin(), m_bytes.end());
    grown.insert(grown.end(), data, data + size);
    wipe();
    m_bytes = std::move(grown);
}

void SecretBuffer::append(char c)
{
    append(&c, 1);
}

SecretBuffer SecretBuffer::toHex() const
{
    static constexpr char digits[] = "0123456789abcdef";
    SecretBuffer out(m_bytes.size() * 2);
    for (std::size_t i = 0; i < m_bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(m_bytes[i]);
        out.m_bytes[2 * i] = digits[b >> 4];
        out.m_bytes[2 * i + 1] = digits[b & 0x0f];
    }
    return out;
}

SecretBuffer SecretBuffer::toRawKeySpec() const
{
    const SecretBuffer hex = toHex();
    SecretBuffer out(hex.size() + 3);
    out.m_bytes[0] = 'x';
    out.m_bytes[1] = '\'';
    std::copy(hex.m_bytes.begin(), hex.m_bytes.end(), out.m_bytes.begin() + 2);
    out.m_bytes.back() = '\'';
    return out;
}

bool SecretBuffer::equals(const SecretBuffer& other) const
{
    return m_bytes.size() == other.m_bytes.size()
        && CRYPTO_memcmp(m_bytes.data(), other.m_bytes.data(), m_bytes.size()) == 0;
}

void SecretBuffer::wipe()
{
    if (!m_bytes.empty()) {
        OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
    }
    m_bytes.clear();
    m_bytes.shrink_to_fit();
}

} // namespace confidant::storage
