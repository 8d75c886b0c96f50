#include "Permissions.h"

namespace confidant::security {

bool allows(Role role, Permission permission)
{
    using P = Permission;
    switch (role) {
    case Role::Owner:
        return true;
    case Role::Admin:
        // DESIGN.md: admins set retention, roles, purposes and notices, rotate keys and run backups.
        // What sets an owner apart lies beyond the matrix: only an owner makes or changes an owner.
        return true;
    case Role::PrivacyOfficer:
        switch (permission) {
        case P::ViewContacts:
        case P::EditContacts:
        case P::ViewSensitive:
        case P::Export:
        case P::ManagePurposes:
        case P::HandleRequests:
        case P::Erase:
        case P::ViewAudit:
            return true;
        default:
            return false;
        }
    case Role::SalesRep:
        return permission == P::ViewContacts || permission == P::EditContacts;
    case Role::ReadOnly:
        return permission == P::ViewContacts;
    }
    return false;
}

QString Roles::name(Role role)
{
    switch (role) {
    case Role::Owner:
        return QStringLiteral("owner");
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::PrivacyOfficer:
        return QStringLiteral("privacy-officer");
    case Role::SalesRep:
        return QStringLiteral("sales-rep");
    case Role::ReadOnly:
        return QStringLiteral("read-only");
    }
    return {};
}

std::optional<Role> Roles::fromName(const QString& name)
{
    for (Role role : kAllRoles) {
        if (Roles::name(role) == name.trimmed().toLower()) {
            return role;
        }
    }
    return std::nullopt;
}

QStringList Roles::names()
{
    QStringList out;
    for (Role role : kAllRoles) {
        out.append(name(role));
    }
    return out;
}

QString Roles::label(Role role)
{
    switch (role) {
    case Role::Owner:
        return tr("Owner");
    case Role::Admin:
        return tr("Administrator");
    case Role::PrivacyOfficer:
        return tr("Privacy officer");
    case Role::SalesRep:
        return tr("Sales rep");
    case Role::ReadOnly:
        return tr("Read-only");
    }
    return {};
}

QString Roles::permissionName(Permission permission)
{
    switch (permission) {
    case Permission::ViewContacts:
        return QStringLiteral("view-contacts");
    case Permission::EditContacts:
        return QStringLiteral("edit-contacts");
    case Permission::ViewSensitive:
        return QStringLiteral("view-sensitive");
    case Permission::Export:
        return QStringLiteral("export");
    case Permission::ManagePurposes:
        return QStringLiteral("manage-purposes");
    case Permission::HandleRequests:
        return QStringLiteral("handle-requests");
    case Permission::Erase:
        return QStringLiteral("erase");
    case Permission::ManageRetention:
        return QStringLiteral("manage-retention");
    case Permission::ManageProfiles:
        return QStringLiteral("manage-profiles");
    case Permission::ViewAudit:
        return QStringLiteral("view-audit");
    case Permission::BackupRestore:
        return QStringLiteral("backup-restore");
    case Permission::Rekey:
        return QStringLiteral("rekey");
    case Permission::ManagePipelines:
        return QStringLiteral("manage-pipelines");
    }
    return {};
}

QString Roles::permissionLabel(Permission permission)
{
    switch (permission) {
    case Permission::ViewContacts:
        return tr("View contacts and companies");
    case Permission::EditContacts:
        return tr("Add and edit contacts and companies");
    case Permission::ViewSensitive:
        return tr("View sensitive fields");
    case Permission::Export:
        return tr("Export");
    case Permission::ManagePurposes:
        return tr("Manage purposes and notices");
    case Permission::HandleRequests:
        return tr("Handle data-subject requests");
    case Permission::Erase:
        return tr("Delete and erase personal data");
    case Permission::ManageRetention:
        return tr("Manage retention rules");
    case Permission::ManageProfiles:
        return tr("Manage profiles");
    case Permission::ViewAudit:
        return tr("View the audit trail");
    case Permission::BackupRestore:
        return tr("Back up and restore");
    case Permission::Rekey:
        return tr("Change the vault key");
    case Permission::ManagePipelines:
        return tr("Configure pipelines");
    }
    return {};
}

} // namespace confidant::security
