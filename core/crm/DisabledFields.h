#pragma once

#include "core/Result.h"
#include "core/crm/Contact.h"
#include "core/crm/FieldRegistry.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace confidant::crm {

//! The registry keys ("contact.birthday") of the fields an admin switched off (data minimisation,
//! Art. 5(1)(c) and 25; privacy::FieldSettingsService). crm cannot ask that service itself (privacy builds on
//! crm), so whoever wires the services (Session, a worker with its own connection) hands exports and imports
//! a source that does; they call it once per run.
using DisabledFieldsSource = std::function<Result<QSet<QString>>()>;

//! The registry key of a contact field name: "birthday" -> "contact.birthday".
inline QString contactFieldKey(const QString& name)
{
    return QStringLiteral("contact.") + name;
}

//! Empties every optional field of `registry` that `disabled` names, so that no writer or reader passes it
//! on. Returns the field names ("birthday") that held a value, in registry order. Required fields (given,
//! family, source) cannot be switched off and are never touched. Each field is reached through
//! ContactFields; a registry field it lacks is a failing test (TestContactFields), not a silent skip.
QStringList clearDisabledFields(Contact& contact,
                                const QSet<QString>& disabled,
                                const FieldRegistry& registry = FieldRegistry::builtIn());

} // namespace confidant::crm
