#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/crm/FieldRegistry.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace confidant::security {
class MutationGate;
}

namespace confidant::privacy {

class PurposeService;

//! One registry field with its data-minimisation settings.
struct FieldSetting
{
    //! "entity.name", e.g. "contact.birthday": the key used by purposes, settings and the CLI.
    QString key;
    QString entity;
    QString name;
    //! Translated label.
    QString label;
    crm::DataCategory category = crm::DataCategory::Identity;
    bool personal = true;
    //! Only optional fields can be switched off.
    bool optional = false;
    bool enabled = true;
    //! Art. 9 special category: set by an admin, or by the registry's own category.
    bool special = false;
    //! Names of the (not archived) purposes that use it, sorted.
    QStringList purposes;
};

//! Data minimisation (Art. 5(1)(c), 25): admins switch optional registry fields off and mark fields as
//! special-category data (Art. 9). Settings live in `field_settings`, a row only for a changed field.
//!
//! Editors, imports and exports ask `isEnabled(entity, name)` (or `disabledKeys()` once per run) and
//! leave a switched-off field out: editors hide it, imports skip its column (saying so in the preview),
//! exports omit its column. Existing values stay stored until retention or erasure removes them: switching
//! a field off is reversible. Listing needs "view contacts"; changing needs "manage purposes", audited as
//! `field.update` with the field key and the changed setting names.
class FieldSettingsService
{
    Q_DECLARE_TR_FUNCTIONS(FieldSettingsService)

public:
    //! `purposes`, when given, is read before listing, so that a fresh vault's starter purposes (seeded on
    //! the purpose service's first read) show up as users of their fields.
    FieldSettingsService(security::MutationGate& gate,
                         const Clock& clock,
                         const crm::FieldRegistry& registry,
                         PurposeService* purposes = nullptr);

    //! Every registry field, in registry order, with its settings and purposes.
    Result<QList<FieldSetting>> list() const;
    //! The field `key` ("contact.birthday"); NotFound for a key the registry does not know.
    Result<FieldSetting> get(const QString& key) const;
    //! Changes what is given. Refuses (Invalid) to switch off a field that is not optional.
    Result<FieldSetting> set(const QString& key, std::optional<bool> enabled, std::optional<bool> special);

    //! Whether editors, imports and exports use this field. Unknown fields: true (they are not ours to
    //! hide). Needs no permission: it is configuration, not personal data.
    Result<bool> isEnabled(const QString& entity, const QString& name) const;
    //! The keys of every switched-off field, for callers that check many fields or rows.
    Result<QSet<QString>> disabledKeys() const;

    static QString keyOf(const crm::FieldInfo& field)
    {
        return field.entity + QLatin1Char('.') + field.name;
    }

private:
    const crm::FieldInfo* resolve(const QString& key) const;

    security::MutationGate& m_gate;
    const Clock& m_clock;
    const crm::FieldRegistry& m_registry;
    PurposeService* m_purposes;
};

} // namespace confidant::privacy
