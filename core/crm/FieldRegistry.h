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

//! How a field's value is stored, so that code walking the registry (access package, change history, CLI,
//! import) reads and shows it without naming the field.
enum class FieldKind
{
    Text, //!< text (NULL or '' when empty)
    Number, //!< an integer
    Date, //!< an ISO-8601 day as text
    Time, //!< integer UTC milliseconds
    ValueList, //!< a JSON array of {"value", "label"} (emails, phones)
    Link, //!< the id of a row of FieldInfo::linkTable, shown by its FieldInfo::linkColumn
    Tags, //!< rows of a link table to tags
};

//! One personal-data field, registered once (DESIGN.md "Domain"). Export, erasure, retention and the
//! privacy-policy generator walk this list, so a new field cannot be forgotten by any of them.
struct FieldInfo
{
    QString entity; //!< "contact", "company", "deal", "activity", "consent" or "request"
    QString name; //!< stable field name used by the CLI, exports and mappings
    QString table; //!< SQL table holding it
    QString column; //!< SQL column holding it
    const char* label; //!< untranslated label; use FieldRegistry::label()
    DataCategory category;
    bool personal; //!< personal data about a natural person (companies' own data is not)
    bool optional; //!< can be switched off by an admin (data minimisation)
    QStringList purposes; //!< purposes that need it (filled by the consent issue)
    FieldKind kind = FieldKind::Text;
    QString linkTable; //!< Link, Tags: the table the id points into ("companies")
    QString linkColumn; //!< Link, Tags: the column of linkTable that stands for the row ("name")
    //! Entered by a person (forms, CLI options, import columns, change history); false for what the system
    //! records itself (the source, when a deal closed).
    bool entered = true;
    //! Text: free text over several lines (notes, descriptions). Every other text field is one line (a name,
    //! an email, a title), which refuses invisible and direction-changing characters too (core/TextRules).
    bool multiLine = false;
    //! Shown only to profiles with "view sensitive fields" although not Art. 9 data (the birthday: age, and with
    //! the name an identifier). Special-category fields (DataCategory::SpecialCategory, or marked so by an
    //! admin) are always withheld the same way (crm::SensitiveFields).
    bool sensitive = false;
};

//! The registry of every field Confidant stores about people and companies, and of the personal data in
//! the records about them: deals, activities, consent events and data-subject requests.
class FieldRegistry
{
    Q_DECLARE_TR_FUNCTIONS(FieldRegistry)

public:
    FieldRegistry();

    //! The registry this build ships, for code that is not handed one (it never changes while running).
    static const FieldRegistry& builtIn();

    //! Adds a field after the registered ones (a later schema's column; tests of the code walking the
    //! registry). A field whose entity and name are registered already replaces that one.
    void add(const FieldInfo& field);

    const std::vector<FieldInfo>& fields() const
    {
        return m_fields;
    }
    std::vector<FieldInfo> fieldsOf(const QString& entity) const;
    //! The fields of `entity` a person enters (FieldInfo::entered), in registry order.
    std::vector<FieldInfo> enteredFieldsOf(const QString& entity) const;
    const FieldInfo* find(const QString& entity, const QString& name) const;
    //! Columns of `table` that are bookkeeping, not data about anyone (ids, uids, times, links).
    static QStringList bookkeepingColumns(const QString& table);
    static QString label(const FieldInfo& field);
    static QString categoryName(DataCategory category);

private:
    std::vector<FieldInfo> m_fields;
};

} // namespace confidant::crm
