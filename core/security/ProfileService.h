#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/security/AuditLog.h"
#include "core/security/Permissions.h"
#include "core/storage/SecretBuffer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace confidant::security {

class MutationGate;

//! Wrong PINs given for a profile in a row since the last right one (docs/SECURITY.md "PINs").
struct PinFailures
{
    int count = 0;
    std::optional<qint64> lastAtMs;
    //! Until when an attempt is refused without looking at the PIN; empty when one may be made now.
    std::optional<qint64> lockedUntilMs;
};

//! A local operator profile on a vault (DESIGN.md "Security"): who is at the keyboard, with a role and
//! optionally a PIN of its own. Guards against mistakes among people sharing a vault, not against
//! someone who holds the vault key.
struct Profile
{
    qint64 id = 0;
    QString uid;
    QString name;
    Role role = Role::ReadOnly;
    bool hasPin = false;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    //! Shown to profiles that manage profiles, and to the profile itself; empty for everyone else.
    std::optional<PinFailures> pinFailures;

    Actor actor() const
    {
        return {uid, name, role};
    }
};

class ProfileService
{
    Q_DECLARE_TR_FUNCTIONS(ProfileService)

public:
    static constexpr int kNameMaxLength = 40;

    ProfileService(MutationGate& gate, const Clock& clock);

    Result<QList<Profile>> list() const;
    Result<Profile> find(const QString& name) const;
    //! The profile a session starts as when none is named: the first owner.
    Result<Profile> defaultProfile() const;
    //! Checks `pin` for the profile (ignored when it has none): WrongKey when it is wrong, Locked when none is
    //! given or when the profile must still wait after wrong PINs (PinPolicy), then without looking at the PIN.
    //! Every wrong PIN, refusal in a wait and right PIN after wrong ones is written to the vault and the audit
    //! trail before the answer, as the profile that was tried; attempts are checked one at a time, also across
    //! programs. Fails closed: when that cannot be written, the PIN is not checked.
    Result<Profile> authenticate(const QString& name, const storage::SecretBuffer& pin);

    //! A new profile; a PIN (optional) must meet PinPolicy (Invalid otherwise).
    Result<Profile> add(const QString& name, Role role, const storage::SecretBuffer& pin);
    Result<void> remove(const QString& name);
    Result<Profile> setRole(const QString& name, Role role);
    //! Sets or (with an empty pin) clears a PIN, which must meet PinPolicy, and forgets earlier wrong PINs. The
    //! acting profile may change its own; others need "manage profiles", and an owner's PIN only an owner
    //! (Denied, audited, otherwise).
    Result<void> setPin(const QString& name, const storage::SecretBuffer& pin);

private:
    //! Leaves out the wrong PINs of others for a profile that does not manage profiles.
    Profile visible(Profile profile) const;
    Result<void> checkName(const QString& name) const;
    //! Only an owner makes, changes or removes an owner: a rule beyond the permission matrix.
    Result<void> ownerOnly(const char* action, const QString& uid);
    Result<void> keepAnOwner(const Profile& changed, std::optional<Role> newRole) const;

    MutationGate& m_gate;
    const Clock& m_clock;
};

} // namespace confidant::security
