#pragma once

#include "core/Result.h"
#include "core/io/CsvReader.h"
#include "core/io/ImportRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace confidant::io {

//! Where a CSV column goes. Unmapped columns are dropped like Ignore but reported, so a dialog can ask.
enum class ContactField
{
    Unmapped,
    Ignore,
    GivenName,
    MiddleName, //!< appended to the given name (Outlook and Google have a column for it)
    FamilyName,
    FullName, //!< split into given and family name when both are empty
    Email,
    EmailLabel, //!< the label ("* Work") of the Email column with the same slot (Google)
    Phone,
    PhoneLabel,
    Street,
    Postcode,
    City,
    Region,
    Country,
    JobTitle,
    Company,
    Notes,
    Tags,
    Birthday, //!< an ISO date, or the usual "--MM-DD"-less forms Google and Outlook write (see mapRow)
    Website,
    Uid, //!< Confidant's own export: the record's uid (ImportRecord::externalId), for matching
};

//! One column's target. As text (JSON): "field", "field:label" or "field#slot", e.g. "phone:mobile",
//! "email#2", "email_label#2", "street#1".
struct ColumnTarget
{
    ContactField field = ContactField::Unmapped;
    QString label; //!< Email/Phone: fixed label (work, home, other, mobile); empty: "other" or a label column
    int slot = 0; //!< pairs label columns with value columns, and groups address parts (lowest filled wins)
    bool operator==(const ColumnTarget&) const = default;
};

//! How a header row maps to contact fields.
struct ColumnMapping
{
    QString preset; //!< "confidant", "google", "outlook", "hubspot", "generic"
    QStringList headers;
    QList<ColumnTarget> columns; //!< one per header

    //! Indexes of the columns nothing recognised.
    QList<int> unmappedColumns() const;
};

//! Recognises the CSV exports of Google Contacts, Outlook and HubSpot (and simple headers in English,
//! German, French and Spanish) and turns CSV records into contacts.
class ContactMapping
{
    Q_DECLARE_TR_FUNCTIONS(ContactMapping)

public:
    //! Maps a header row: the preset whose typical columns match best, else generic names.
    static ColumnMapping detect(const QStringList& headers);
    //! Overrides `base` with a JSON object {"Header": "field", …} or {"columns": {…}}. Unknown field
    //! names and headers the file does not have are errors; nothing is changed then.
    static Result<ColumnMapping> applyJson(const ColumnMapping& base, const QByteArray& json);
    //! {"preset": …, "columns": {"Header": "field", …}}; ignore and unmapped columns are written too.
    static QByteArray toJson(const ColumnMapping& mapping);

    //! Builds a contact from one record. Returns nullopt for a row whose fields are all blank. A record
    //! that carries a reader problem comes back with that problem and an empty contact.
    static std::optional<ImportRecord> mapRow(const ColumnMapping& mapping, const CsvRecord& record);

    static QString targetName(const ColumnTarget& target);
    static std::optional<ColumnTarget> parseTarget(const QString& name);
    //! "Jane Doe" -> (Jane, Doe), "Doe, Jane" -> (Jane, Doe), "Madonna" -> (Madonna, "").
    static std::pair<QString, QString> splitFullName(const QString& fullName);
    //! "* myContacts ::: Friends", "a; b", "a, b" -> distinct tags; Google's system group myContacts dropped.
    static QStringList splitTags(const QString& value);
    //! Normalises a label from any source ("* Mobile", "CELL", "_$!<Work>!$_") to work, home, mobile or
    //! other; `phone` allows mobile.
    static QString normalizeLabel(const QString& label, bool phone);
};

} // namespace confidant::io
