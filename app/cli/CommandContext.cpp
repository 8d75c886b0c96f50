#include "CommandContext.h"

#include "core/storage/Vault.h"

#include <QDir>
#include <QFileInfo>

#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>

namespace confidant::cli {

namespace {

// Longer than any passphrase or recovery code; the line is read into a buffer of this size.
constexpr std::size_t kMaxSecretLine = 4096;

} // namespace

CommandContext::CommandContext(const GlobalOptions& global,
                               const Invocation& invocation,
                               Output& output,
                               const Clock& clock)
    : m_global(global)
    , m_invocation(invocation)
    , m_output(output)
    , m_clock(clock)
{
}

CommandContext::~CommandContext() = default;

QString CommandContext::vaultDirectory() const
{
    const QString dir = m_global.vault.isEmpty() ? storage::Vault::defaultDirectory() : m_global.vault;
    return QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
}

Result<storage::SecretBuffer> CommandContext::readSecretLine(const QString& prompt, SecretLine kind)
{
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved {};
    bool echoOff = false;
    if (terminal) {
        std::fputs(prompt.toUtf8().constData(), stderr);
        std::fflush(stderr);
        if (::tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios silent = saved;
            // ISIG off too: Ctrl+C arrives as a character, so echo is always switched back on below.
            silent.c_lflag &= ~static_cast<tcflag_t>(ECHO | ISIG);
            echoOff = ::tcsetattr(STDIN_FILENO, TCSANOW, &silent) == 0;
        }
    }
    // Byte by byte straight into a secret buffer: no stdio buffer, no QString, and nothing beyond this
    // line is consumed (the next one may be the profile PIN or a new PIN).
    storage::SecretBuffer line(kMaxSecretLine);
    std::size_t length = 0;
    bool tooLong = false;
    char c = 0;
    while (true) {
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0 || c == '\n') {
            break;
        }
        if (echoOff && (c == '\x03' || c == '\x1c')) { // Ctrl+C, Ctrl+\ typed at the hidden prompt
            ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
            std::fputs("\n", stderr);
            return makeError(ErrorKind::Cancelled, QCoreApplication::translate("SampleData", "Cancelled."));
        }
        if (length == kMaxSecretLine) {
            tooLong = true;
            continue;
        }
        line.data()[length++] = c;
    }
    c = 0;
    if (echoOff) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    }
    if (terminal) {
        std::fputs("\n", stderr);
    }
    if (length > 0 && line.data()[length - 1] == '\r') {
        --length;
    }
    if (tooLong) {
        return makeError(ErrorKind::Invalid,
                         kind == SecretLine::Pin
                             ? tr("The PIN line of standard input is longer than %1 bytes; give only the PIN there.")
                                   .arg(kMaxSecretLine)
                             : tr("The first line of standard input is longer than %1 bytes; give only the "
                                  "passphrase or recovery code there.")
                                   .arg(kMaxSecretLine));
    }
    return storage::SecretBuffer(line.data(), length);
}

Session* CommandContext::session()
{
    if (m_session) {
        return m_session.get();
    }
    const QString dir = vaultDirectory();
    auto descriptor = storage::Vault::readDescriptor(dir);
    if (!descriptor) {
        fail(descriptor.error());
        return nullptr;
    }
    const bool keychainVault = descriptor->keySource == storage::KeySource::Keychain;
    storage::UnlockSecret unlock;
    if (m_global.passphraseStdin) {
        auto secret = readSecretLine(keychainVault ? tr("Recovery code: ") : tr("Passphrase: "));
        if (!secret) {
            fail(secret.error());
            return nullptr;
        }
        unlock.secret = std::move(secret).value();
        if (unlock.secret.isEmpty()) {
            fail(makeError(ErrorKind::WrongKey,
                           keychainVault ? tr("Standard input held no recovery code; give it on the first line.")
                                         : tr("Standard input held no passphrase; give it on the first line.")));
            return nullptr;
        }
    }
    auto vault = storage::Vault::open(dir, &m_keychain, unlock);
    if (!vault) {
        fail(vault.error());
        return nullptr;
    }
    if (m_global.passphraseStdin && keychainVault) {
        Output::message((*vault)->keyRestored()
                            ? tr("The vault key is stored in the system keychain again; next time no recovery code "
                                 "is needed.")
                            : tr("The vault is open, but its key could not be stored in the keychain; keep the "
                                 "recovery code at hand."));
    }
    auto session = std::make_unique<Session>(std::move(vault).value(), m_clock);
    // Kept only once the profile is settled: a failed PIN must never leave a session acting as the owner.
    if (!actAsProfile(*session)) {
        return nullptr;
    }
    m_session = std::move(session);
    return m_session.get();
}

bool CommandContext::actAsProfile(Session& session)
{
    auto profile = m_global.profile ? session.profiles().find(*m_global.profile) : session.profiles().defaultProfile();
    if (!profile) {
        fail(profile.error(), QString());
        return false;
    }
    storage::SecretBuffer pin;
    if (profile->hasPin) {
        // CLI.md: with --passphrase-stdin the PIN is line 2, otherwise line 1; read only when there is one.
        auto line = readSecretLine(tr("Profile PIN: "), SecretLine::Pin);
        if (!line) {
            fail(line.error(), QString());
            return false;
        }
        pin = std::move(line).value();
        if (pin.isEmpty()) {
            fail(makeError(ErrorKind::Locked,
                           m_global.passphraseStdin
                               ? tr("This profile has a PIN; give it on line 2 of standard input, after the "
                                    "passphrase or recovery code.")
                               : tr("This profile has a PIN; give it on line 1 of standard input.")),
                 QString());
            return false;
        }
    } else if (!m_global.profile) {
        return true; // the session already acts as the owner
    }
    auto acting = session.actAs(profile->name, pin);
    if (!acting) {
        fail(acting.error(), QString());
        return false;
    }
    return true;
}

QString CommandContext::hintFor(const Error& error) const
{
    switch (error.kind) {
    case ErrorKind::Locked:
        if (!m_global.passphraseStdin) {
            return tr("Give it on line 1 of standard input with --passphrase-stdin.");
        }
        break;
    case ErrorKind::NoKeychain:
        if (!m_global.passphraseStdin) {
            return tr("Or give the recovery code on line 1 of standard input with --passphrase-stdin.");
        }
        break;
    default:
        break;
    }
    return {};
}

int CommandContext::fail(const Error& error, const std::optional<QString>& hint)
{
    m_exitCode = exitCodeFor(error.kind);
    const QString extra = hint ? *hint : hintFor(error);
    Output::message(extra.isEmpty() ? error.message : error.message + QLatin1Char(' ') + extra);
    return toInt(m_exitCode);
}

int CommandContext::usage(const QString& message)
{
    m_exitCode = ExitCode::Usage;
    Output::message(message);
    return toInt(m_exitCode);
}

std::optional<qint64> CommandContext::intOption(const QString& name, qint64 fallback, qint64 minimum, qint64 maximum)
{
    const auto text = m_invocation.value(name);
    if (!text) {
        return fallback;
    }
    bool ok = false;
    const qint64 value = text->trimmed().toLongLong(&ok);
    if (!ok || value < minimum || value > maximum) {
        usage(tr("--%1 needs a whole number from %2 to %3.").arg(name).arg(minimum).arg(maximum));
        return std::nullopt;
    }
    return value;
}

std::optional<DateInput> CommandContext::timeOption(const QString& name, bool& ok)
{
    ok = true;
    const auto text = m_invocation.value(name);
    if (!text) {
        return std::nullopt;
    }
    auto parsed = DateInput::parse(*text);
    if (!parsed) {
        usage(tr("--%1 takes a date (2026-03-01) or a date and time (2026-03-01 14:30, 2026-03-01T14:30:00Z); "
                 "without Z or an offset it is local time.")
                  .arg(name));
        ok = false;
    }
    return parsed;
}

std::optional<QDate> CommandContext::dayOption(const QString& name, bool& ok, bool emptyClears)
{
    ok = true;
    const auto text = m_invocation.value(name);
    if (!text) {
        return std::nullopt;
    }
    if (emptyClears && text->trimmed().isEmpty()) {
        return QDate();
    }
    const auto day = DateInput::parseDay(*text);
    if (!day) {
        usage(tr("--%1 takes a calendar day as YYYY-MM-DD, e.g. 2026-03-01.").arg(name));
        ok = false;
    }
    return day;
}

} // namespace confidant::cli
