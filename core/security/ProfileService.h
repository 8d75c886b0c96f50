#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/security/AuditLog.h"
#include "core/security/Permissions.h"
#include "core/storage/SecretBuffer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace confidant::security {

class MutationGate;

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
    //! Checks `pin` for the profile (ignored when it has none); Denied, audited, when it is wrong.
    Result<Profile> authenticate(const QString& name, const storage::SecretBuffer& pin);

    Result<Profile> add(const QString& name, Role role, const storage::SecretBuffer& pin);
    Result<void> remove(const QString& name);
    Result<Profile> setRole(const QString& name, Role role);
    //! Sets or (with an empty pin) clears a PIN. The acting profile may change its own; others need
    //! "manage profiles", and an owner's PIN only an owner (Denied, audited, otherwise).
    Result<void> setPin(const QString& name, const storage::SecretBuffer& pin);

private:
    Result<void> checkName(const QString& name) const;
    //! Only an owner makes, changes or removes an owner: a rule beyond the permission matrix.
    Result<void> ownerOnly(const char* action, const QString& uid);
    Result<void> keepAnOwner(const Profile& changed, std::optional<Role> newRole) const;

    MutationGate& m_gate;
    const Clock& m_clock;
};

} // namespace confidant::security
