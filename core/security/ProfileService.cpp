#include "ProfileService.h"

#include "core/security/MutationGate.h"
#include "core/security/PinPolicy.h"
#include "core/storage/Statement.h"

#include <QUuid>

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace confidant::security {

using storage::Database;
using storage::SecretBuffer;
using storage::Statement;

namespace {

constexpr int kPinIterations = 210000;
constexpr int kPinSaltBytes = 16;
constexpr int kPinHashBytes = 32;

constexpr const char* kSelect
    = "SELECT id, uid, name, role, pin_hash IS NOT NULL, created_at, updated_at, pin_failures, "
      "pin_failed_at FROM profiles";

// Actions of the PIN checks in the audit trail (docs/SECURITY.md "PINs").
constexpr const char* kPinRejected = "profile.pin-rejected";
constexpr const char* kPinWaiting = "profile.pin-throttled";
constexpr const char* kPinAccepted = "profile.pin-accepted";

QByteArray pinHash(const SecretBuffer& pin, const QByteArray& salt, int iterations)
{
    QByteArray out(kPinHashBytes, '\0');
    const int ok = PKCS5_PBKDF2_HMAC(pin.data(),
                                     static_cast<int>(pin.size()),
                                     reinterpret_cast<const unsigned char*>(salt.constData()),
                                     static_cast<int>(salt.size()),
                                     iterations,
                                     EVP_sha256(),
                                     static_cast<int>(out.size()),
                                     reinterpret_cast<unsigned char*>(out.data()));
    return ok == 1 ? out : QByteArray();
}

std::optional<qint64> optionalTime(const Statement& s, int column)
{
    return s.isNull(column) ? std::nullopt : std::optional<qint64>(s.int64(column));
}

Profile readProfile(const Statement& s, qint64 nowMs)
{
    Profile p;
    p.id = s.int64(0);
    p.uid = s.text(1);
    p.name = s.text(2);
    p.role = Roles::fromName(s.text(3)).value_or(Role::ReadOnly);
    p.hasPin = s.integer(4) != 0;
    p.createdAtMs = s.int64(5);
    p.updatedAtMs = s.int64(6);
    PinFailures failures;
    failures.count = s.integer(7);
    failures.lastAtMs = optionalTime(s, 8);
    failures.lockedUntilMs = PinPolicy::lockedUntilMs(failures.count, failures.lastAtMs, nowMs);
    p.pinFailures = failures;
    return p;
}

//! What one PIN attempt came to, decided and written in one transaction.
struct PinAttempt
{
    enum class Outcome
    {
        Accepted,
        Rejected,
        Waiting,
    };
    Outcome outcome = Outcome::Rejected;
    int failures = 0; //!< wrong PINs in a row after this attempt
    qint64 waitMs = 0; //!< Waiting: what is left of the wait; Rejected: the wait before the next attempt
};

// MutationGate records every body that succeeds. A right PIN with no wrong one before it has nothing to record, so
// its body ends the transaction (which wrote nothing) with this, and authenticate() takes it for the success it is.
constexpr const char* kNothingToRecord = "pin-accepted-nothing-to-record";

Error nothingToRecord()
{
    return makeError(ErrorKind::Cancelled, QString(), QString::fromLatin1(kNothingToRecord));
}

bool isNothingToRecord(const Error& e)
{
    return e.kind == ErrorKind::Cancelled && e.detail == QLatin1String(kNothingToRecord);
}

QString waitNote(qint64 ms)
{
    return QStringLiteral("wait_s=%1").arg((ms + 999) / 1000);
}

Result<void> runUpdate(Database& db, const char* sql, qint64 id, std::optional<qint64> time = std::nullopt)
{
    auto s = db.prepare(sql);
    if (!s) {
        return s.error();
    }
    s->bind(1, id);
    if (time) {
        s->bind(2, *time);
    }
    return s->run();
}

Mutation profileMutation(const char* action, const QString& uid, Permission permission)
{
    Mutation m;
    m.action = QString::fromLatin1(action);
    m.entityType = QStringLiteral("profile");
    m.entityUid = uid;
    m.permission = permission;
    return m;
}

} // namespace

ProfileService::ProfileService(MutationGate& gate, const Clock& clock)
    : m_gate(gate)
    , m_clock(clock)
{
}

Result<QList<Profile>> ProfileService::list() const
{
    auto s = m_gate.db().prepare(QString::fromLatin1(kSelect) + QStringLiteral(" ORDER BY name COLLATE NOCASE, id"));
    if (!s) {
        return s.error();
    }
    QList<Profile> out;
    while (true) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            return out;
        }
        out.append(visible(readProfile(*s, m_clock.nowMs())));
    }
}

Result<Profile> ProfileService::find(const QString& name) const
{
    auto s = m_gate.db().prepare(QString::fromLatin1(kSelect) + QStringLiteral(" WHERE name = ?1 COLLATE NOCASE"));
    if (!s) {
        return s.error();
    }
    s->bind(1, name.trimmed());
    auto step = s->step();
    if (!step) {
        return step.error();
    }
    if (*step == Statement::Step::Done) {
        return makeError(
            ErrorKind::NotFound,
            tr("There is no profile of that name; see the list of profiles (confidant-cli profile list)."));
    }
    return visible(readProfile(*s, m_clock.nowMs()));
}

Result<Profile> ProfileService::defaultProfile() const
{
    auto s = m_gate.db().prepare(QString::fromLatin1(kSelect)
                                 + QStringLiteral(" WHERE role = 'owner' ORDER BY id LIMIT 1"));
    if (!s) {
        return s.error();
    }
    auto step = s->step();
    if (!step) {
        return step.error();
    }
    if (*step == Statement::Step::Done) {
        return makeError(ErrorKind::Corrupt,
                         tr("The vault has no owner profile; it is damaged. Restore it from a backup."));
    }
    return visible(readProfile(*s, m_clock.nowMs()));
}

Profile ProfileService::visible(Profile profile) const
{
    if (profile.uid != m_gate.actor().uid && !m_gate.may(Permission::ManageProfiles)) {
        profile.pinFailures.reset();
    }
    return profile;
}

Result<Profile> ProfileService::authenticate(const QString& name, const SecretBuffer& pin)
{
    auto profile = find(name);
    if (!profile) {
        return profile.error();
    }
    if (!profile->hasPin) {
        return profile;
    }
    if (pin.isEmpty()) {
        // No PIN at all is no guess: nothing is counted or recorded.
        return makeError(ErrorKind::Locked, tr("This profile has a PIN; enter it to continue."));
    }
    // Recorded as the profile that was tried, so the owner sees repeated guessing in the trail. Counting is the
    // system's bookkeeping, not a right of that profile: a read-only profile's wrong PIN counts like any other.
    const Actor previous = m_gate.actor();
    m_gate.setActor(profile->actor());
    Mutation m = profileMutation(kPinRejected, profile->uid, Permission::ViewContacts);
    m.permission.reset();
    const qint64 id = profile->id;
    // MutationGate::apply begins with BEGIN IMMEDIATE: the count is read, the PIN checked and the outcome written
    // while this connection holds the vault's write lock, so attempts from several programs at once are checked
    // one after another, each after the failures before it. A guess is answered only once it is counted.
    auto attempt = m_gate.apply<PinAttempt>(m, [&](Database& db, Mutation& mutation) -> Result<PinAttempt> {
        QByteArray salt;
        QByteArray stored;
        int iterations = 0;
        PinAttempt a;
        std::optional<qint64> failedAt;
        {
            auto s = db.prepare(
                "SELECT pin_salt, pin_hash, pin_iterations, pin_failures, pin_failed_at FROM profiles WHERE id = ?1");
            if (!s) {
                return s.error();
            }
            s->bind(1, id);
            auto step = s->step();
            if (!step) {
                return step.error();
            }
            if (*step != Statement::Step::Row) {
                return makeError(
                    ErrorKind::NotFound,
                    tr("There is no profile of that name; see the list of profiles (confidant-cli profile list)."));
            }
            salt = s->blob(0);
            stored = s->blob(1);
            iterations = s->integer(2);
            a.failures = s->integer(3);
            failedAt = optionalTime(*s, 4);
        }
        const qint64 now = m_clock.nowMs();
        QString clockNote;
        if (PinPolicy::waitAfterMs(a.failures) > 0 && failedAt && *failedAt > now) {
            // The clock was set back since the last wrong PIN: the wait starts again now, rather than lasting
            // until the clock catches up (or being skipped).
            if (auto r = runUpdate(db, "UPDATE profiles SET pin_failed_at = ?2 WHERE id = ?1", id, now); !r) {
                return r.error();
            }
            failedAt = now;
            clockNote = QStringLiteral(" clock=back");
        }
        if (const auto until = PinPolicy::lockedUntilMs(a.failures, failedAt, now)) {
            // Refused without looking at the PIN, so that guessing cannot go on during the wait.
            a.outcome = PinAttempt::Outcome::Waiting;
            a.waitMs = *until - now;
            mutation.action = QString::fromLatin1(kPinWaiting);
            mutation.note = QStringLiteral("failures=%1 %2").arg(a.failures).arg(waitNote(a.waitMs)) + clockNote;
            return a;
        }
        const QByteArray computed = pinHash(pin, salt, iterations);
        const bool match = computed.size() == stored.size() && !stored.isEmpty()
            && CRYPTO_memcmp(computed.constData(), stored.constData(), static_cast<std::size_t>(stored.size())) == 0;
        if (!match) {
            ++a.failures;
            if (auto r
                = runUpdate(db,
                            "UPDATE profiles SET pin_failures = pin_failures + 1, pin_failed_at = ?2 WHERE id = ?1",
                            id,
                            now);
                !r) {
                return r.error();
            }
            a.outcome = PinAttempt::Outcome::Rejected;
            a.waitMs = PinPolicy::waitAfterMs(a.failures);
            mutation.action = QString::fromLatin1(kPinRejected);
            mutation.note = QStringLiteral("failures=%1").arg(a.failures)
                + (a.waitMs > 0 ? QLatin1Char(' ') + waitNote(a.waitMs) : QString()) + clockNote;
            return a;
        }
        if (a.failures == 0 && !failedAt) {
            return nothingToRecord();
        }
        if (auto r = runUpdate(db, "UPDATE profiles SET pin_failures = 0, pin_failed_at = NULL WHERE id = ?1", id);
            !r) {
            return r.error();
        }
        a.outcome = PinAttempt::Outcome::Accepted;
        mutation.action = QString::fromLatin1(kPinAccepted);
        mutation.note = QStringLiteral("failures=%1").arg(a.failures) + clockNote; // the wrong PINs it clears
        return a;
    });
    m_gate.setActor(previous);

    if (!attempt) {
        if (isNothingToRecord(attempt.error())) {
            return profile;
        }
        Error e = attempt.error();
        if (e.kind != ErrorKind::NotFound) {
            // Fails closed: an attempt that could not be counted gets no answer about the PIN.
            e.message = tr("The PIN was not checked, because the attempt could not be written to the vault: %1")
                            .arg(e.message);
        }
        return e;
    }
    switch (attempt->outcome) {
    case PinAttempt::Outcome::Waiting:
        return makeError(ErrorKind::Locked,
                         tr("This profile must wait after %1 wrong PINs in a row: try again in %2. This PIN was not "
                            "checked.")
                             .arg(attempt->failures)
                             .arg(PinPolicy::describeWait(attempt->waitMs)));
    case PinAttempt::Outcome::Rejected:
        if (attempt->waitMs > 0) {
            return makeError(ErrorKind::WrongKey,
                             tr("Wrong PIN for this profile. After %1 wrong PINs in a row the next attempt must "
                                "wait %2.")
                                 .arg(attempt->failures)
                                 .arg(PinPolicy::describeWait(attempt->waitMs)));
        }
        return makeError(ErrorKind::WrongKey, tr("Wrong PIN for this profile; try again."));
    case PinAttempt::Outcome::Accepted:
        break;
    }
    if (profile->pinFailures) {
        profile->pinFailures = PinFailures {};
    }
    return profile;
}

Result<void> ProfileService::ownerOnly(const char* action, const QString& uid)
{
    if (!m_gate.auditTrail()) {
        return unauditedError(); // fails closed: a refusal that cannot be recorded is still a refusal
    }
    if (m_gate.actor().role == Role::Owner) {
        return {};
    }
    Mutation m = profileMutation(action, uid, Permission::ManageProfiles);
    m.note = QStringLiteral("owner-only");
    return m_gate.refuse(m,
                         makeError(ErrorKind::Denied,
                                   tr("Only an owner can make, change or remove an owner profile. The attempt was "
                                      "recorded in the audit trail.")));
}

Result<void> ProfileService::checkName(const QString& name) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > kNameMaxLength) {
        return makeError(ErrorKind::Invalid, tr("A profile name needs 1 to %1 characters.").arg(kNameMaxLength));
    }
    for (const QChar c : trimmed) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('_')
              || c == QLatin1Char('.'))) {
            return makeError(ErrorKind::Invalid,
                             tr("A profile name may hold letters, digits, spaces, '-', '_' and '.' only."));
        }
    }
    return {};
}

Result<void> ProfileService::keepAnOwner(const Profile& changed, std::optional<Role> newRole) const
{
    if (changed.role != Role::Owner || (newRole && *newRole == Role::Owner)) {
        return {};
    }
    auto owners = m_gate.db().queryInt("SELECT count(*) FROM profiles WHERE role = 'owner'");
    if (!owners) {
        return owners.error();
    }
    if (*owners <= 1) {
        return makeError(ErrorKind::Conflict,
                         tr("This is the vault's only owner profile; make another profile an owner first."));
    }
    return {};
}

Result<Profile> ProfileService::add(const QString& name, Role role, const SecretBuffer& pin)
{
    if (auto r = checkName(name); !r) {
        return r.error();
    }
    if (!pin.isEmpty()) {
        if (auto strong = PinPolicy::checkStrength(pin); !strong) {
            return strong.error();
        }
    }
    if (role == Role::Owner) {
        if (auto r = ownerOnly("profile.create", QString()); !r) {
            return r.error();
        }
    }
    Mutation m = profileMutation(
        "profile.create", QUuid::createUuid().toString(QUuid::WithoutBraces), Permission::ManageProfiles);
    m.fields = {QStringLiteral("name"), QStringLiteral("role")};
    if (!pin.isEmpty()) {
        m.fields.append(QStringLiteral("pin"));
    }
    m.note = QStringLiteral("role=") + Roles::name(role);
    return m_gate.apply<Profile>(m, [&](Database& db, Mutation& mutation) -> Result<Profile> {
        auto existing = db.prepare("SELECT 1 FROM profiles WHERE name = ?1 COLLATE NOCASE");
        if (!existing) {
            return existing.error();
        }
        existing->bind(1, name.trimmed());
        auto found = existing->step();
        if (!found) {
            return found.error();
        }
        if (*found == Statement::Step::Row) {
            return makeError(ErrorKind::Conflict, tr("A profile of that name exists already; choose another name."));
        }
        auto s = db.prepare("INSERT INTO profiles (uid, name, role, pin_salt, pin_hash, pin_iterations, created_at, "
                            "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)");
        if (!s) {
            return s.error();
        }
        s->bind(1, mutation.entityUid).bind(2, name.trimmed()).bind(3, Roles::name(role)).bind(7, m_clock.nowMs());
        if (pin.isEmpty()) {
            s->bindNull(4).bindNull(5).bind(6, 0);
        } else {
            SecretBuffer salt = SecretBuffer::random(kPinSaltBytes);
            const QByteArray saltBytes(salt.data(), static_cast<qsizetype>(salt.size()));
            const QByteArray hash = pinHash(pin, saltBytes, kPinIterations);
            if (salt.isEmpty() || hash.isEmpty()) {
                return makeError(ErrorKind::Io,
                                 tr("The system's random number generator failed; nothing was changed."));
            }
            s->bind(4, saltBytes).bind(5, hash).bind(6, kPinIterations);
        }
        if (auto r = s->run(); !r) {
            return r.error();
        }
        Profile p;
        p.id = db.lastInsertRowId();
        p.uid = mutation.entityUid;
        p.name = name.trimmed();
        p.role = role;
        p.hasPin = !pin.isEmpty();
        p.createdAtMs = p.updatedAtMs = m_clock.nowMs();
        p.pinFailures = PinFailures {};
        return p;
    });
}

Result<void> ProfileService::remove(const QString& name)
{
    // Checked before the lookup, so a profile without the right cannot probe which names exist.
    if (auto r = m_gate.require(profileMutation("profile.delete", QString(), Permission::ManageProfiles)); !r) {
        return r;
    }
    auto profile = find(name);
    if (!profile) {
        return profile.error();
    }
    Mutation m = profileMutation("profile.delete", profile->uid, Permission::ManageProfiles);
    if (profile->uid == m_gate.actor().uid) {
        return makeError(ErrorKind::Conflict, tr("A profile cannot remove itself; switch to another profile first."));
    }
    if (profile->role == Role::Owner) {
        if (auto r = ownerOnly("profile.delete", profile->uid); !r) {
            return r;
        }
    }
    if (auto r = keepAnOwner(*profile, std::nullopt); !r) {
        return r;
    }
    return m_gate.apply<void>(m, [&](Database& db, Mutation&) -> Result<void> {
        auto s = db.prepare("DELETE FROM profiles WHERE id = ?1");
        if (!s) {
            return s.error();
        }
        s->bind(1, profile->id);
        return s->run();
    });
}

Result<Profile> ProfileService::setRole(const QString& name, Role role)
{
    if (auto r = m_gate.require(profileMutation("profile.role", QString(), Permission::ManageProfiles)); !r) {
        return r.error();
    }
    auto profile = find(name);
    if (!profile) {
        return profile.error();
    }
    Mutation m = profileMutation("profile.role", profile->uid, Permission::ManageProfiles);
    m.fields = {QStringLiteral("role")};
    m.note = QStringLiteral("from=%1 to=%2").arg(Roles::name(profile->role), Roles::name(role));
    if (!m_gate.may(Permission::ManageProfiles)) {
        auto denied = m_gate.require(m);
        return denied.error();
    }
    // Only an owner makes or unmakes owners.
    if (role == Role::Owner || profile->role == Role::Owner) {
        if (auto r = ownerOnly("profile.role", profile->uid); !r) {
            return r.error();
        }
    }
    if (auto r = keepAnOwner(*profile, role); !r) {
        return r.error();
    }
    auto changed = m_gate.apply<Profile>(m, [&](Database& db, Mutation&) -> Result<Profile> {
        auto s = db.prepare("UPDATE profiles SET role = ?1, updated_at = ?2 WHERE id = ?3");
        if (!s) {
            return s.error();
        }
        s->bind(1, Roles::name(role)).bind(2, m_clock.nowMs()).bind(3, profile->id);
        if (auto r = s->run(); !r) {
            return r.error();
        }
        Profile p = *profile;
        p.role = role;
        p.updatedAtMs = m_clock.nowMs();
        return p;
    });
    // A profile that changes its own role has the new rights from the next call on.
    if (changed && changed->uid == m_gate.actor().uid) {
        m_gate.setActor(changed->actor());
    }
    return changed;
}

Result<void> ProfileService::setPin(const QString& name, const SecretBuffer& pin)
{
    const bool own = name.trimmed().compare(m_gate.actor().name, Qt::CaseInsensitive) == 0;
    if (!own) {
        if (auto r = m_gate.require(profileMutation("profile.pin", QString(), Permission::ManageProfiles)); !r) {
            return r;
        }
    }
    auto profile = find(name);
    if (!profile) {
        return profile.error();
    }
    // Whoever sets an owner's PIN can sign in as that owner: only an owner may, or the owner itself (which
    // proved its current PIN by signing in). Checked before anything else about the new PIN.
    if (profile->role == Role::Owner && profile->uid != m_gate.actor().uid) {
        if (auto r = ownerOnly("profile.pin", profile->uid); !r) {
            return r;
        }
    }
    if (!pin.isEmpty()) {
        if (auto strong = PinPolicy::checkStrength(pin); !strong) {
            return strong.error();
        }
    }
    Mutation m = profileMutation("profile.pin", profile->uid, Permission::ManageProfiles);
    if (profile->uid == m_gate.actor().uid) {
        m.permission = Permission::ViewContacts; // one's own PIN
    }
    m.fields = {QStringLiteral("pin")};
    m.note = pin.isEmpty() ? QStringLiteral("cleared") : QStringLiteral("set");
    return m_gate.apply<void>(m, [&](Database& db, Mutation&) -> Result<void> {
        // A new PIN (or none) starts with no wrong PIN against it: an admin's way to end a profile's wait.
        auto s = db.prepare("UPDATE profiles SET pin_salt = ?1, pin_hash = ?2, pin_iterations = ?3, updated_at = ?4, "
                            "pin_failures = 0, pin_failed_at = NULL WHERE id = ?5");
        if (!s) {
            return s.error();
        }
        s->bind(4, m_clock.nowMs()).bind(5, profile->id);
        if (pin.isEmpty()) {
            s->bindNull(1).bindNull(2).bind(3, 0);
        } else {
            SecretBuffer salt = SecretBuffer::random(kPinSaltBytes);
            const QByteArray saltBytes(salt.data(), static_cast<qsizetype>(salt.size()));
            const QByteArray hash = pinHash(pin, saltBytes, kPinIterations);
            if (salt.isEmpty() || hash.isEmpty()) {
                return makeError(ErrorKind::Io,
                                 tr("The system's random number generator failed; nothing was changed."));
            }
            s->bind(1, saltBytes).bind(2, hash).bind(3, kPinIterations);
        }
        return s->run();
    });
}

} // namespace confidant::security
