#include "DisabledFields.h"

#include "core/crm/ContactFields.h"

namespace confidant::crm {

QStringList clearDisabledFields(Contact& contact, const QSet<QString>& disabled, const FieldRegistry& registry)
{
    QStringList cleared;
    if (disabled.isEmpty()) {
        return cleared;
    }
    for (const FieldInfo& f : registry.fieldsOf(QStringLiteral("contact"))) {
        if (!f.optional || !disabled.contains(contactFieldKey(f.name))) {
            continue;
        }
        const ContactFields::Access* access = ContactFields::find(f.name);
        if (!access) {
            continue; // Contact does not hold it, so no value can pass on; ContactFields::missing() names it
        }
        if (access->isSet(contact)) {
            cleared.append(f.name);
        }
        access->clear(contact);
    }
    return cleared;
}

} // namespace confidant::crm
