#include "FieldSettingsService.h"

#include "core/privacy/PurposeService.h"
#include "core/security/MutationGate.h"
#include "core/storage/Statement.h"

#include <QHash>

namespace confidant::privacy {

using storage::Database;
using storage::Statement;

namespace {

struct Stored
{
    bool enabled = true;
    bool special = false;
};

Result<QHash<QString, Stored>> storedSettings(Database& db)
{
    auto s = db.prepare("SELECT field, enabled, special_category FROM field_settings");
    if (!s) {
        return s.error();
    }
    QHash<QString, Stored> out;
    while (true) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            return out;
        }
        out.insert(s->text(0), Stored {s->integer(1) != 0, s->integer(2) != 0});
    }
}

Result<QHash<QString, QStringList>> purposesByField(Database& db)
{
    auto s = db.prepare("SELECT pf.field, p.name FROM purpose_fields pf JOIN purposes p ON p.id = pf.purpose_id "
                        "WHERE p.archived = 0 ORDER BY p.name COLLATE NOCASE, p.id");
    if (!s) {
        return s.error();
    }
    QHash<QString, QStringList> out;
    while (true) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            return out;
        }
        out[s->text(0)].append(s->text(1));
    }
}

FieldSetting
settingOf(const crm::FieldInfo& f, const QHash<QString, Stored>& stored, const QHash<QString, QStringList>& uses)
{
    FieldSetting fs;
    fs.key = FieldSettingsService::keyOf(f);
    fs.entity = f.entity;
    fs.name = f.name;
    fs.label = crm::FieldRegistry::label(f);
    fs.category = f.category;
    fs.personal = f.personal;
    fs.optional = f.optional;
    const Stored st = stored.value(fs.key);
    // A field that is not optional is always on, whatever an old row says.
    fs.enabled = st.enabled || !f.optional;
    fs.special = st.special || f.category == crm::DataCategory::SpecialCategory;
    fs.purposes = uses.value(fs.key);
    return fs;
}

} // namespace

FieldSettingsService::FieldSettingsService(security::MutationGate& gate,
                                           const Clock& clock,
                                           const crm::FieldRegistry& registry,
                                           PurposeService* purposes)
    : m_gate(gate)
    , m_clock(clock)
    , m_registry(registry)
    , m_purposes(purposes)
{
}

const crm::FieldInfo* FieldSettingsService::resolve(const QString& key) const
{
    const QString k = key.trimmed().toLower();
    const qsizetype dot = k.indexOf(QLatin1Char('.'));
    if (dot <= 0) {
        return nullptr;
    }
    return m_registry.find(k.left(dot), k.mid(dot + 1));
}

Result<QList<FieldSetting>> FieldSettingsService::list() const
{
    security::Mutation read {QStringLiteral("field.view"), QStringLiteral("field")};
    read.permission = security::Permission::ViewContacts;
    if (auto allowed = m_gate.require(read); !allowed) {
        return allowed.error();
    }
    if (m_purposes) {
        if (auto seeded = m_purposes->list(); !seeded) {
            return seeded.error();
        }
    }
    auto stored = storedSettings(m_gate.db());
    if (!stored) {
        return stored.error();
    }
    auto uses = purposesByField(m_gate.db());
    if (!uses) {
        return uses.error();
    }
    QList<FieldSetting> out;
    for (const crm::FieldInfo& f : m_registry.fields()) {
        out.append(settingOf(f, *stored, *uses));
    }
    return out;
}

Result<FieldSetting> FieldSettingsService::get(const QString& key) const
{
    const crm::FieldInfo* field = resolve(key);
    if (!field) {
        return makeError(ErrorKind::NotFound,
                         tr("No field has that key; keys look like contact.birthday (see: field list)."));
    }
    auto all = list();
    if (!all) {
        return all.error();
    }
    for (const FieldSetting& fs : *all) {
        if (fs.key == keyOf(*field)) {
            return fs;
        }
    }
    return makeError(ErrorKind::NotFound, tr("No field has that key; keys look like contact.birthday."));
}

Result<FieldSetting>
FieldSettingsService::set(const QString& key, std::optional<bool> enabled, std::optional<bool> special)
{
    auto before = get(key);
    if (!before) {
        return before.error();
    }
    if (enabled && !*enabled && !before->optional) {
        return makeError(ErrorKind::Invalid,
                         tr("This field is needed by Confidant and cannot be switched off; only optional fields "
                            "can."));
    }
    const crm::FieldInfo* field = resolve(key);
    if (special && !*special && field->category == crm::DataCategory::SpecialCategory) {
        return makeError(ErrorKind::Invalid,
                         tr("This field holds special-category data by definition; it stays "
                            "marked."));
    }
    const bool newEnabled = enabled.value_or(before->enabled);
    const bool newSpecial = special.value_or(before->special);
    QStringList fields;
    if (newEnabled != before->enabled) {
        fields << QStringLiteral("enabled");
    }
    if (newSpecial != before->special) {
        fields << QStringLiteral("special_category");
    }
    if (fields.isEmpty()) {
        return *before;
    }
    security::Mutation m {QStringLiteral("field.update"), QStringLiteral("field"), before->key, fields};
    m.permission = security::Permission::ManagePurposes;
    m.note = QStringLiteral("enabled=%1 special=%2").arg(newEnabled ? 1 : 0).arg(newSpecial ? 1 : 0);
    auto r = m_gate.apply<bool>(m, [&](Database& db, security::Mutation&) -> Result<bool> {
        auto s = db.prepare("INSERT INTO field_settings (field, enabled, special_category, updated_at) "
                            "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (field) DO UPDATE SET enabled = excluded.enabled, "
                            "special_category = excluded.special_category, updated_at = excluded.updated_at");
        if (!s) {
            return s.error();
        }
        s->bind(1, before->key).bind(2, newEnabled ? 1 : 0).bind(3, newSpecial ? 1 : 0).bind(4, m_clock.nowMs());
        if (auto run = s->run(); !run) {
            return run.error();
        }
        return true;
    });
    if (!r) {
        return r.error();
    }
    return get(before->key);
}

Result<bool> FieldSettingsService::isEnabled(const QString& entity, const QString& name) const
{
    const crm::FieldInfo* field = m_registry.find(entity, name);
    if (!field || !field->optional) {
        return true;
    }
    auto s = m_gate.db().prepare("SELECT enabled FROM field_settings WHERE field = ?1");
    if (!s) {
        return s.error();
    }
    s->bind(1, keyOf(*field));
    auto step = s->step();
    if (!step) {
        return step.error();
    }
    return *step == Statement::Step::Done || s->integer(0) != 0;
}

Result<QSet<QString>> FieldSettingsService::disabledKeys() const
{
    auto stored = storedSettings(m_gate.db());
    if (!stored) {
        return stored.error();
    }
    QSet<QString> out;
    for (const crm::FieldInfo& f : m_registry.fields()) {
        const QString key = keyOf(f);
        if (f.optional && stored->contains(key) && !stored->value(key).enabled) {
            out.insert(key);
        }
    }
    return out;
}

} // namespace confidant::privacy
