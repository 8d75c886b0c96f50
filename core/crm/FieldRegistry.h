#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace confidant::crm {

//! GDPR-minded data categories (Art. 9 special categories kept apart).
enum class DataCategory
{
    Identity, //!< names, birthday
    Contact, //!< emails, phones, postal address
    Professional, //!< job title, employer
    Financial,
    Behavioural, //!< notes, interactions, tags
    Provenance, //!< where the data came from (Art. 14(2)(f))
    SpecialCategory, //!< Art. 9 data: health, religion, …
};

//! One personal-data field, registered once (DESIGN.md "Domain"). Export, erasure, retention and the
//! privacy-policy generator walk this list, so a new field cannot be forgotten by any of them.
struct FieldInfo
{
    QString entity; //!< "contact" or "company"
    QString name; //!< stable field name used by the CLI, exports and mappings
    QString table; //!< SQL table holding it
    QString column; //!< SQL column holding it
    const char* label; //!< untranslated label; use FieldRegistry::label()
    DataCategory category;
    bool personal; //!< personal data about a natural person (companies' own data is not)
    bool optional; //!< can be switched off by an admin (data minimisation)
    QStringList purposes; //!< purposes that need it (filled by the consent issue)
};

//! The registry of every field Confidant stores about people and companies.
class FieldRegistry
{
    Q_DECLARE_TR_FUNCTIONS(FieldRegistry)

public:
    FieldRegistry();

    const std::vector<FieldInfo>& fields() const
    {
        return m_fields;
    }
    std::vector<FieldInfo> fieldsOf(const QString& entity) const;
    const FieldInfo* find(const QString& entity, const QString& name) const;
    //! Columns of `table` that are bookkeeping, not data about anyone (ids, uids, times, links).
    static QStringList bookkeepingColumns(const QString& table);
    static QString label(const FieldInfo& field);
    static QString categoryName(DataCategory category);

private:
    std::vector<FieldInfo> m_fields;
};

} // namespace confidant::crm
