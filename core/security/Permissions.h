#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace confidant::security {

//! What an operator profile is for (DESIGN.md "Security"). Stored by its name (`roleName`).
enum class Role
{
    Owner,
    Admin,
    PrivacyOfficer,
    SalesRep,
    ReadOnly,
};

//! One thing a profile may or may not do. Every core service names the permission it needs; the
//! matrix in `allows` is the only place that decides.
enum class Permission
{
    ViewContacts,
    EditContacts,
    ViewSensitive,
    Export,
    ManagePurposes,
    HandleRequests,
    Erase,
    ManageRetention,
    ManageProfiles,
    ViewAudit,
    BackupRestore,
    Rekey,
    ManagePipelines,
};

inline constexpr std::array kAllRoles
    = {Role::Owner, Role::Admin, Role::PrivacyOfficer, Role::SalesRep, Role::ReadOnly};
inline constexpr std::array kAllPermissions = {Permission::ViewContacts,
                                               Permission::EditContacts,
                                               Permission::ViewSensitive,
                                               Permission::Export,
                                               Permission::ManagePurposes,
                                               Permission::HandleRequests,
                                               Permission::Erase,
                                               Permission::ManageRetention,
                                               Permission::ManageProfiles,
                                               Permission::ViewAudit,
                                               Permission::BackupRestore,
                                               Permission::Rekey,
                                               Permission::ManagePipelines};

//! The permission matrix (docs/SECURITY.md shows it as a table).
bool allows(Role role, Permission permission);

class Roles
{
    Q_DECLARE_TR_FUNCTIONS(Roles)

public:
    //! Stable name used in the vault, the CLI and the audit trail: `owner`, `privacy-officer` …
    static QString name(Role role);
    static std::optional<Role> fromName(const QString& name);
    static QStringList names();
    //! Translated, for people.
    static QString label(Role role);
    //! Stable name of a permission (`view-contacts`), used in audit summaries and docs.
    static QString permissionName(Permission permission);
    static QString permissionLabel(Permission permission);
};

} // namespace confidant::security
