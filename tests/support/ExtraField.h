#pragma once

#include "core/crm/FieldRegistry.h"

namespace confidant::test {

//! A contact field the shipped registry does not have (column contacts.nickname, which a test adds to its
//! vault): code that walks the registry must reach it, or name it as a field it cannot handle.
inline crm::FieldInfo nicknameField()
{
    crm::FieldInfo f {};
    f.entity = QStringLiteral("contact");
    f.name = QStringLiteral("nickname");
    f.table = QStringLiteral("contacts");
    f.column = QStringLiteral("nickname");
    f.label = "Nickname";
    f.category = crm::DataCategory::Identity;
    f.personal = true;
    f.optional = true;
    f.kind = crm::FieldKind::Text;
    f.entered = true;
    return f;
}

//! The shipped registry plus nicknameField().
inline crm::FieldRegistry registryWithNickname()
{
    crm::FieldRegistry registry;
    registry.add(nicknameField());
    return registry;
}

} // namespace confidant::test
