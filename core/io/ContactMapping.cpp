#include "core/io/ContactMapping.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

#include <array>

namespace confidant::io {

namespace {

using F = ContactField;

struct FieldName
{
    ContactField field;
    const char* name;
};

// The names of docs/CLI.md ("import --mapping"): those of `contact add` plus the address fields,
// birthday, website and skip. Each field's first entry is the name written back (targetName); the
// others are accepted spellings.
constexpr std::array<FieldName, 28> kFieldNames {{
    {F::Ignore, "skip"},        {F::Ignore, "ignore"},
    {F::GivenName, "given"},    {F::GivenName, "given_name"},
    {F::MiddleName, "middle"},  {F::MiddleName, "middle_name"},
    {F::FamilyName, "family"},  {F::FamilyName, "family_name"},
    {F::FullName, "name"},      {F::FullName, "full_name"},
    {F::Email, "email"},        {F::EmailLabel, "email_label"},
    {F::Phone, "phone"},        {F::PhoneLabel, "phone_label"},
    {F::Street, "street"},      {F::Postcode, "postcode"},
    {F::City, "city"},          {F::Region, "region"},
    {F::Country, "country"},    {F::JobTitle, "title"},
    {F::JobTitle, "job_title"}, {F::Company, "company"},
    {F::Notes, "notes"},        {F::Tags, "tag"},
    {F::Tags, "tags"},          {F::Birthday, "birthday"},
    {F::Website, "website"},    {F::Uid, "uid"},
}};

ColumnTarget target(ContactField field, const char* label = nullptr, int slot = 0)
{
    return ColumnTarget {field, label ? QString::fromLatin1(label) : QString(), slot};
}

using Table = QHash<QString, ColumnTarget>;

void addIgnored(Table& table, std::initializer_list<const char*> headers)
{
    for (const char* h : headers) {
        table.insert(QString::fromLatin1(h), target(F::Ignore));
    }
}

const Table& googleTable()
{
    static const Table table = [] {
        Table t {
            {QStringLiteral("name"), target(F::FullName)},
            {QStringLiteral("given name"), target(F::GivenName)},
            {QStringLiteral("first name"), target(F::GivenName)},
            {QStringLiteral("additional name"), target(F::MiddleName)},
            {QStringLiteral("middle name"), target(F::MiddleName)},
            {QStringLiteral("family name"), target(F::FamilyName)},
            {QStringLiteral("last name"), target(F::FamilyName)},
            {QStringLiteral("notes"), target(F::Notes)},
            {QStringLiteral("group membership"), target(F::Tags)},
            {QStringLiteral("labels"), target(F::Tags)},
            {QStringLiteral("organization name"), target(F::Company)},
            {QStringLiteral("organization title"), target(F::JobTitle)},
        };
        addIgnored(t,
                   {"yomi name",
                    "given name yomi",
                    "additional name yomi",
                    "family name yomi",
                    "name prefix",
                    "name suffix",
                    "initials",
                    "nickname",
                    "short name",
                    "maiden name",
                    "birthday",
                    "gender",
                    "location",
                    "billing information",
                    "directory server",
                    "mileage",
                    "occupation",
                    "hobby",
                    "sensitivity",
                    "priority",
                    "subject",
                    "language",
                    "photo",
                    "phonetic first name",
                    "phonetic middle name",
                    "phonetic last name",
                    "file as",
                    "organization department"});
        t.insert(QStringLiteral("birthday"), target(F::Birthday));
        return t;
    }();
    return table;
}

const Table& outlookTable()
{
    static const Table table = [] {
        Table t {
            {QStringLiteral("first name"), target(F::GivenName)},
            {QStringLiteral("middle name"), target(F::MiddleName)},
            {QStringLiteral("last name"), target(F::FamilyName)},
            {QStringLiteral("company"), target(F::Company)},
            {QStringLiteral("job title"), target(F::JobTitle)},
            {QStringLiteral("e-mail address"), target(F::Email, nullptr, 1)},
            {QStringLiteral("e-mail 2 address"), target(F::Email, nullptr, 2)},
            {QStringLiteral("e-mail 3 address"), target(F::Email, nullptr, 3)},
            {QStringLiteral("business phone"), target(F::Phone, "work")},
            {QStringLiteral("business phone 2"), target(F::Phone, "work")},
            {QStringLiteral("company main phone"), target(F::Phone, "work")},
            {QStringLiteral("home phone"), target(F::Phone, "home")},
            {QStringLiteral("home phone 2"), target(F::Phone, "home")},
            {QStringLiteral("mobile phone"), target(F::Phone, "mobile")},
            {QStringLiteral("car phone"), target(F::Phone, "mobile")},
            {QStringLiteral("other phone"), target(F::Phone, "other")},
            {QStringLiteral("primary phone"), target(F::Phone, "other")},
            {QStringLiteral("notes"), target(F::Notes)},
            {QStringLiteral("categories"), target(F::Tags)},
        };
        // Business address first, then home, then other: the lowest filled slot wins.
        const std::array<std::pair<const char*, int>, 3> kinds {{{"business", 1}, {"home", 2}, {"other", 3}}};
        for (const auto& [kind, slot] : kinds) {
            const QString k = QString::fromLatin1(kind);
            t.insert(k + QStringLiteral(" street"), target(F::Street, nullptr, slot));
            t.insert(k + QStringLiteral(" street 2"), target(F::Street, nullptr, slot));
            t.insert(k + QStringLiteral(" street 3"), target(F::Street, nullptr, slot));
            t.insert(k + QStringLiteral(" city"), target(F::City, nullptr, slot));
            t.insert(k + QStringLiteral(" state"), target(F::Region, nullptr, slot));
            t.insert(k + QStringLiteral(" postal code"), target(F::Postcode, nullptr, slot));
            t.insert(k + QStringLiteral(" country/region"), target(F::Country, nullptr, slot));
            t.insert(k + QStringLiteral(" country"), target(F::Country, nullptr, slot));
            t.insert(k + QStringLiteral(" address po box"), target(F::Ignore));
            t.insert(k + QStringLiteral(" fax"), target(F::Ignore));
        }
        addIgnored(t,
                   {"title",
                    "suffix",
                    "department",
                    "assistant's phone",
                    "callback",
                    "isdn",
                    "pager",
                    "radio phone",
                    "tty/tdd phone",
                    "telex",
                    "account",
                    "anniversary",
                    "assistant's name",
                    "billing information",
                    "birthday",
                    "children",
                    "directory server",
                    "e-mail type",
                    "e-mail display name",
                    "e-mail 2 type",
                    "e-mail 2 display name",
                    "e-mail 3 type",
                    "e-mail 3 display name",
                    "gender",
                    "government id number",
                    "hobby",
                    "initials",
                    "internet free busy",
                    "keywords",
                    "language",
                    "location",
                    "manager's name",
                    "mileage",
                    "office location",
                    "organizational id number",
                    "priority",
                    "private",
                    "profession",
                    "referred by",
                    "sensitivity",
                    "spouse",
                    "user 1",
                    "user 2",
                    "user 3",
                    "user 4",
                    "web page"});
        t.insert(QStringLiteral("birthday"), target(F::Birthday));
        t.insert(QStringLiteral("web page"), target(F::Website));
        return t;
    }();
    return table;
}

const Table& hubspotTable()
{
    static const Table table = [] {
        Table t {
            {QStringLiteral("first name"), target(F::GivenName)},
            {QStringLiteral("last name"), target(F::FamilyName)},
            {QStringLiteral("email"), target(F::Email, "work")},
            {QStringLiteral("phone number"), target(F::Phone, "work")},
            {QStringLiteral("mobile phone number"), target(F::Phone, "mobile")},
            {QStringLiteral("company name"), target(F::Company)},
            {QStringLiteral("job title"), target(F::JobTitle)},
            {QStringLiteral("street address"), target(F::Street)},
            {QStringLiteral("city"), target(F::City)},
            {QStringLiteral("state/region"), target(F::Region)},
            {QStringLiteral("postal code"), target(F::Postcode)},
            {QStringLiteral("country/region"), target(F::Country)},
        };
        addIgnored(t,
                   {"record id",
                    "contact owner",
                    "lifecycle stage",
                    "lead status",
                    "create date",
                    "last activity date",
                    "last modified date",
                    "associated company",
                    "associated company id",
                    "marketing contact status",
                    "email domain",
                    "fax number",
                    "website url",
                    "original source",
                    "persona",
                    "industry"});
        t.insert(QStringLiteral("website url"), target(F::Website));
        t.insert(QStringLiteral("date of birth"), target(F::Birthday));
        return t;
    }();
    return table;
}

// Google numbers repeated columns: "E-mail 2 - Value", "Address 1 - City", "Organization 1 - Name".
std::optional<ColumnTarget> googleNumbered(const QString& lower)
{
    static const QRegularExpression re(QStringLiteral("^([a-z -]+?) (\\d+) - ([a-z /]+)$"));
    const auto m = re.match(lower);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const QString kind = m.captured(1);
    const int slot = m.captured(2).toInt();
    const QString part = m.captured(3);
    const bool isLabel = part == QLatin1String("type") || part == QLatin1String("label");
    if (kind == QLatin1String("e-mail")) {
        return part == QLatin1String("value") ? target(F::Email, nullptr, slot)
            : isLabel                         ? target(F::EmailLabel, nullptr, slot)
                                              : target(F::Ignore);
    }
    if (kind == QLatin1String("phone")) {
        return part == QLatin1String("value") ? target(F::Phone, nullptr, slot)
            : isLabel                         ? target(F::PhoneLabel, nullptr, slot)
                                              : target(F::Ignore);
    }
    if (kind == QLatin1String("address")) {
        static const QHash<QString, ContactField> parts {
            {QStringLiteral("street"), F::Street},
            {QStringLiteral("extended address"), F::Street},
            {QStringLiteral("postal code"), F::Postcode},
            {QStringLiteral("city"), F::City},
            {QStringLiteral("region"), F::Region},
            {QStringLiteral("country"), F::Country},
        };
        return target(parts.value(part, F::Ignore), nullptr, slot);
    }
    if (kind == QLatin1String("website") && slot == 1 && part == QLatin1String("value")) {
        return target(F::Website);
    }
    if (kind == QLatin1String("organization") && slot == 1) {
        if (part == QLatin1String("name")) {
            return target(F::Company);
        }
        if (part == QLatin1String("title")) {
            return target(F::JobTitle);
        }
    }
    static const QStringList known {QStringLiteral("organization"),
                                    QStringLiteral("website"),
                                    QStringLiteral("relation"),
                                    QStringLiteral("event"),
                                    QStringLiteral("im"),
                                    QStringLiteral("custom field"),
                                    QStringLiteral("external id"),
                                    QStringLiteral("jot")};
    return known.contains(kind) ? std::optional(target(F::Ignore)) : std::nullopt;
}

// Lower case, accents and punctuation removed, "ß" as "ss", trailing digits dropped: "E-Mail 2" -> "email".
QString genericKey(const QString& header)
{
    const QString decomposed = header.toLower().normalized(QString::NormalizationForm_D);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c == QChar(0x00DF)) {
            key += QStringLiteral("ss");
        } else if (c.isLetterOrNumber() && c.category() != QChar::Mark_NonSpacing) {
            key += c;
        }
    }
    while (!key.isEmpty() && key.back().isDigit()) {
        key.chop(1);
    }
    return key;
}

const Table& genericTable()
{
    static const Table table = [] {
        Table t;
        const auto add = [&t](ColumnTarget tgt, std::initializer_list<const char*> keys) {
            for (const char* k : keys) {
                t.insert(QString::fromLatin1(k), tgt);
            }
        };
        add(target(F::GivenName), {"firstname", "givenname", "first", "forename", "vorname", "prenom", "nombre"});
        add(target(F::MiddleName), {"middlename", "additionalname", "secondname"});
        add(target(F::FamilyName),
            {"lastname",
             "familyname",
             "surname",
             "last",
             "nachname",
             "familienname",
             "nom",
             "apellido",
             "apellidos",
             "nomdefamille"});
        add(target(F::FullName), {"name", "fullname", "displayname", "contactname", "contact", "nomcomplet"});
        add(target(F::Email),
            {"email",
             "emailaddress",
             "mail",
             "emailadresse",
             "courriel",
             "adresseemail",
             "adressemail",
             "correo",
             "correoelectronico"});
        add(target(F::Email, "work"), {"workemail", "businessemail", "emailwork"});
        add(target(F::Email, "home"), {"homeemail", "personalemail", "privateemail", "emailhome"});
        add(target(F::Phone),
            {"phone", "telephone", "tel", "phonenumber", "telefon", "telefonnummer", "telefono", "numero"});
        add(target(F::Phone, "mobile"),
            {"mobile",
             "mobilephone",
             "mobilephonenumber",
             "cell",
             "cellphone",
             "mobil",
             "handy",
             "mobiltelefon",
             "portable",
             "movil",
             "celular"});
        add(target(F::Phone, "work"), {"workphone", "businessphone", "officephone", "telefongeschaftlich"});
        add(target(F::Phone, "home"), {"homephone", "telefonprivat", "privatephone"});
        add(target(F::Street),
            {"street",
             "address",
             "streetaddress",
             "addressline",
             "strasse",
             "adresse",
             "anschrift",
             "rue",
             "direccion",
             "calle"});
        add(target(F::Postcode),
            {"postcode", "postalcode", "zip", "zipcode", "plz", "postleitzahl", "codepostal", "cp", "codigopostal"});
        add(target(F::City), {"city", "town", "ort", "stadt", "wohnort", "ville", "ciudad", "locality"});
        add(target(F::Region),
            {"region", "state", "province", "county", "bundesland", "stateregion", "provincia", "departement"});
        add(target(F::Country), {"country", "land", "pays", "countryregion", "pais", "staat"});
        add(target(F::JobTitle),
            {"jobtitle", "title", "position", "role", "funktion", "poste", "beruf", "fonction", "cargo", "puesto"});
        add(target(F::Company),
            {"company",
             "organization",
             "organisation",
             "firma",
             "unternehmen",
             "societe",
             "entreprise",
             "employer",
             "companyname",
             "organizationname",
             "empresa",
             "arbeitgeber"});
        add(target(F::Birthday),
            {"birthday",
             "birthdate",
             "dateofbirth",
             "dob",
             "geburtstag",
             "geburtsdatum",
             "anniversaire",
             "datedenaissance",
             "cumpleanos",
             "fechadenacimiento"});
        add(target(F::Website),
            {"website", "webpage", "web", "url", "homepage", "webseite", "internetseite", "siteweb", "sitioweb"});
        add(target(F::Notes),
            {"notes",
             "note",
             "comments",
             "comment",
             "notiz",
             "notizen",
             "bemerkung",
             "bemerkungen",
             "remarques",
             "description",
             "notas",
             "kommentar"});
        add(target(F::Tags),
            {"tags",
             "tag",
             "labels",
             "label",
             "categories",
             "category",
             "groups",
             "group",
             "kategorie",
             "kategorien",
             "gruppen",
             "etiquettes",
             "etiquetas"});
        return t;
    }();
    return table;
}

int presetScore(const QStringList& lowered, const QStringList& markers, bool google)
{
    static const QRegularExpression numbered(QStringLiteral("^(e-mail|phone|address|organization|website) \\d+ - "));
    int score = 0;
    for (const QString& h : lowered) {
        if (markers.contains(h) || (google && numbered.match(h).hasMatch())) {
            ++score;
        }
    }
    return score;
}

QStringList splitMulti(const QString& value, bool semicolons)
{
    // Most cells hold one value; only split when a separator is there.
    const bool google = value.contains(QLatin1String(":::"));
    if (!google && !value.contains(QLatin1Char(';'))) {
        return {value};
    }
    QStringList parts;
    if (google) {
        parts = value.split(QLatin1String(":::"));
    } else if (semicolons) {
        parts = value.split(QLatin1Char(';'));
    } else {
        parts = value.split(QLatin1String("; "));
    }
    QStringList out;
    for (const QString& p : parts) {
        const QString t = p.trimmed();
        if (!t.isEmpty()) {
            out.append(t);
        }
    }
    return out;
}

bool isBlank(QStringView text)
{
    for (const QChar c : text) {
        if (!c.isSpace()) {
            return false;
        }
    }
    return true;
}

struct ValueColumn
{
    int slot = 0;
    QString fixedLabel;
    QStringList values;
};

void addLabeled(QList<crm::LabeledValue>& out,
                const QList<ValueColumn>& columns,
                const QHash<int, QStringList>& labels,
                bool phone)
{
    for (const ValueColumn& col : columns) {
        const QStringList slotLabels = labels.value(col.slot);
        for (qsizetype i = 0; i < col.values.size(); ++i) {
            QString label = col.fixedLabel;
            if (label.isEmpty() && !slotLabels.isEmpty()) {
                label = ContactMapping::normalizeLabel(slotLabels.value(i, slotLabels.first()), phone);
            }
            if (label.isEmpty()) {
                label = QStringLiteral("other");
            }
            const QString& value = col.values[i];
            const bool duplicate = std::any_of(out.cbegin(), out.cend(), [&](const crm::LabeledValue& v) {
                return v.value.compare(value, phone ? Qt::CaseSensitive : Qt::CaseInsensitive) == 0;
            });
            if (!duplicate) {
                out.append(crm::LabeledValue {value, label});
            }
        }
    }
}

// Birthdays as address books write them: ISO "1985-04-23" (Google, vCard, Confidant), "1985/04/23",
// and Outlook's US "4/23/1985" (Outlook exports "0/0/00" for none). A date without a year is left out:
// a contact's birthday here is a full date.
QDate parseBirthday(const QString& text)
{
    const QString t = text.trimmed();
    QDate d = QDate::fromString(t.left(10), Qt::ISODate);
    if (!d.isValid()) {
        d = QDate::fromString(t, QStringLiteral("yyyy/M/d"));
    }
    if (!d.isValid()) {
        d = QDate::fromString(t, QStringLiteral("M/d/yyyy"));
    }
    if (!d.isValid()) {
        d = QDate::fromString(t, QStringLiteral("d.M.yyyy"));
    }
    return d;
}

} // namespace

QList<int> ColumnMapping::unmappedColumns() const
{
    QList<int> out;
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].field == ContactField::Unmapped) {
            out.append(i);
        }
    }
    return out;
}

ColumnMapping ContactMapping::detect(const QStringList& headers)
{
    QStringList lowered;
    for (const QString& h : headers) {
        lowered.append(h.trimmed().toLower());
    }
    static const QStringList googleMarkers {QStringLiteral("given name"),
                                            QStringLiteral("family name"),
                                            QStringLiteral("additional name"),
                                            QStringLiteral("group membership"),
                                            QStringLiteral("labels"),
                                            QStringLiteral("organization name"),
                                            QStringLiteral("organization title"),
                                            QStringLiteral("file as"),
                                            QStringLiteral("phonetic first name")};
    static const QStringList outlookMarkers {QStringLiteral("e-mail address"),
                                             QStringLiteral("e-mail 2 address"),
                                             QStringLiteral("e-mail display name"),
                                             QStringLiteral("business phone"),
                                             QStringLiteral("mobile phone"),
                                             QStringLiteral("home phone"),
                                             QStringLiteral("business street"),
                                             QStringLiteral("home street"),
                                             QStringLiteral("business postal code"),
                                             QStringLiteral("categories")};
    static const QStringList hubspotMarkers {QStringLiteral("record id"),
                                             QStringLiteral("phone number"),
                                             QStringLiteral("mobile phone number"),
                                             QStringLiteral("company name"),
                                             QStringLiteral("street address"),
                                             QStringLiteral("state/region"),
                                             QStringLiteral("country/region"),
                                             QStringLiteral("lifecycle stage"),
                                             QStringLiteral("contact owner"),
                                             QStringLiteral("lead status")};
    // Confidant's own CSV export (core/crm/ExportService.cpp): uid, given, family, … with the field
    // registry's names, and email_labels/phone_labels aligned with the "; "-joined values.
    if (lowered.contains(QStringLiteral("uid")) && lowered.contains(QStringLiteral("given"))
        && lowered.contains(QStringLiteral("family"))) {
        ColumnMapping own;
        own.preset = QStringLiteral("confidant");
        own.headers = headers;
        for (const QString& h : lowered) {
            if (h == QLatin1String("email_labels")) {
                own.columns.append(target(F::EmailLabel));
            } else if (h == QLatin1String("phone_labels")) {
                own.columns.append(target(F::PhoneLabel));
            } else if (h == QLatin1String("source")) {
                own.columns.append(target(F::Ignore));
            } else {
                own.columns.append(parseTarget(h).value_or(target(F::Unmapped)));
            }
        }
        return own;
    }
    const int google = presetScore(lowered, googleMarkers, true);
    const int outlook = presetScore(lowered, outlookMarkers, false);
    const int hubspot = presetScore(lowered, hubspotMarkers, false);

    ColumnMapping mapping;
    mapping.headers = headers;
    const Table* preset = nullptr;
    const int best = std::max({google, outlook, hubspot});
    if (best < 2) {
        mapping.preset = QStringLiteral("generic");
    } else if (google == best) {
        mapping.preset = QStringLiteral("google");
        preset = &googleTable();
    } else if (outlook == best) {
        mapping.preset = QStringLiteral("outlook");
        preset = &outlookTable();
    } else {
        mapping.preset = QStringLiteral("hubspot");
        preset = &hubspotTable();
    }
    for (const QString& h : lowered) {
        std::optional<ColumnTarget> t;
        if (preset) {
            if (const auto it = preset->constFind(h); it != preset->constEnd()) {
                t = *it;
            } else if (preset == &googleTable()) {
                t = googleNumbered(h);
            }
        }
        if (!t) {
            t = genericTable().value(genericKey(h), target(F::Unmapped));
        }
        mapping.columns.append(*t);
    }
    return mapping;
}

QString ContactMapping::targetName(const ColumnTarget& target)
{
    QString name = QStringLiteral("unmapped");
    for (const FieldName& f : kFieldNames) {
        if (f.field == target.field) {
            name = QString::fromLatin1(f.name);
            break;
        }
    }
    if (!target.label.isEmpty()) {
        name += QLatin1Char(':') + target.label;
    }
    if (target.slot != 0) {
        name += QLatin1Char('#') + QString::number(target.slot);
    }
    return name;
}

std::optional<ColumnTarget> ContactMapping::parseTarget(const QString& text)
{
    QString rest = text.trimmed().toLower();
    ColumnTarget t;
    if (const qsizetype hash = rest.indexOf(QLatin1Char('#')); hash >= 0) {
        bool ok = false;
        t.slot = rest.mid(hash + 1).toInt(&ok);
        if (!ok || t.slot < 0) {
            return std::nullopt;
        }
        rest.truncate(hash);
    }
    if (const qsizetype colon = rest.indexOf(QLatin1Char(':')); colon >= 0) {
        t.label = rest.mid(colon + 1);
        rest.truncate(colon);
    }
    bool found = false;
    for (const FieldName& f : kFieldNames) {
        if (rest == QLatin1String(f.name)) {
            t.field = f.field;
            found = true;
        }
    }
    if (!found) {
        return std::nullopt;
    }
    if (!t.label.isEmpty()) {
        static const QStringList emailLabels {QStringLiteral("work"), QStringLiteral("home"), QStringLiteral("other")};
        static const QStringList phoneLabels {
            QStringLiteral("mobile"), QStringLiteral("work"), QStringLiteral("home"), QStringLiteral("other")};
        if (!(t.field == F::Email && emailLabels.contains(t.label))
            && !(t.field == F::Phone && phoneLabels.contains(t.label))) {
            return std::nullopt;
        }
    }
    return t;
}

Result<ColumnMapping> ContactMapping::applyJson(const ColumnMapping& base, const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject()) {
        return makeError(ErrorKind::Invalid,
                         tr("The column mapping is not a JSON object; write it as {\"Column\": \"field\", …}."),
                         parseError.errorString());
    }
    QJsonObject columns = doc.object();
    if (columns.value(QLatin1String("columns")).isObject()) {
        columns = columns.value(QLatin1String("columns")).toObject();
    }
    ColumnMapping mapping = base;
    QStringList fieldNames;
    for (std::size_t i = 0; i < kFieldNames.size(); ++i) {
        if (i == 0 || kFieldNames[i - 1].field != kFieldNames[i].field) {
            fieldNames.append(QString::fromLatin1(kFieldNames[i].name));
        }
    }
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
        const std::optional<ColumnTarget> t = parseTarget(it.value().toString());
        if (!it.value().isString() || !t) {
            return makeError(ErrorKind::Invalid,
                             tr("The column mapping names the unknown field \"%1\"; use one of: %2.")
                                 .arg(it.value().toString(), fieldNames.join(QStringLiteral(", "))));
        }
        bool matched = false;
        for (int i = 0; i < mapping.headers.size(); ++i) {
            if (mapping.headers[i].trimmed().compare(it.key().trimmed(), Qt::CaseInsensitive) == 0) {
                mapping.columns[i] = *t;
                matched = true;
            }
        }
        if (!matched) {
            return makeError(ErrorKind::Invalid,
                             tr("The column mapping names the column \"%1\", which the file does not have; check "
                                "the spelling of the column.")
                                 .arg(it.key()));
        }
    }
    return mapping;
}

QByteArray ContactMapping::toJson(const ColumnMapping& mapping)
{
    QJsonObject columns;
    for (int i = 0; i < mapping.headers.size() && i < mapping.columns.size(); ++i) {
        if (mapping.columns[i].field != ContactField::Unmapped) {
            columns.insert(mapping.headers[i], targetName(mapping.columns[i]));
        }
    }
    QJsonObject root;
    root.insert(QStringLiteral("preset"), mapping.preset);
    root.insert(QStringLiteral("columns"), columns);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::pair<QString, QString> ContactMapping::splitFullName(const QString& fullName)
{
    const QString name = fullName.simplified();
    if (const qsizetype comma = name.indexOf(QLatin1Char(',')); comma > 0) {
        return {name.mid(comma + 1).trimmed(), name.left(comma).trimmed()};
    }
    const qsizetype space = name.lastIndexOf(QLatin1Char(' '));
    if (space < 0) {
        return {name, QString()};
    }
    return {name.left(space), name.mid(space + 1)};
}

QStringList ContactMapping::splitTags(const QString& value)
{
    QStringList parts;
    if (value.contains(QLatin1String(":::"))) {
        parts = value.split(QLatin1String(":::"));
    } else {
        qsizetype start = 0;
        for (qsizetype i = 0; i <= value.size(); ++i) {
            if (i == value.size() || value[i] == QLatin1Char(';') || value[i] == QLatin1Char(',')) {
                parts.append(value.mid(start, i - start));
                start = i + 1;
            }
        }
    }
    QStringList tags;
    for (QString p : parts) {
        p = p.trimmed();
        if (p.startsWith(QLatin1String("* "))) {
            // Google marks its system groups with "* "; every contact is in myContacts.
            p = p.mid(2).trimmed();
            if (p.compare(QLatin1String("myContacts"), Qt::CaseInsensitive) == 0) {
                continue;
            }
        }
        if (!p.isEmpty() && !tags.contains(p, Qt::CaseInsensitive)) {
            tags.append(p);
        }
    }
    return tags;
}

QString ContactMapping::normalizeLabel(const QString& label, bool phone)
{
    QString l = label.trimmed().toLower();
    l.remove(QLatin1String("_$!<")).remove(QLatin1String(">!$_"));
    if (l.startsWith(QLatin1Char('*'))) {
        l = l.mid(1).trimmed();
    }
    const auto has = [&l](QStringView word) { return l.contains(word); };
    if (phone
        && (has(u"mobile") || has(u"cell") || has(u"iphone") || has(u"handy") || has(u"mobil") || has(u"portable"))) {
        return QStringLiteral("mobile");
    }
    if (has(u"work") || has(u"business") || has(u"office") || has(u"dienst") || has(u"büro") || has(u"travail")) {
        return QStringLiteral("work");
    }
    if (has(u"home") || has(u"personal") || has(u"private") || has(u"privat") || has(u"domicile")) {
        return QStringLiteral("home");
    }
    return QStringLiteral("other");
}

std::optional<ImportRecord> ContactMapping::mapRow(const ColumnMapping& mapping, const CsvRecord& record)
{
    ImportRecord out;
    out.line = record.line;
    if (record.issue != ImportIssue::None) {
        out.issue = record.issue;
        out.problems.append(record.problem);
        return out;
    }
    const bool blank = std::all_of(record.fields.cbegin(), record.fields.cend(), isBlank);
    if (blank) {
        return std::nullopt;
    }

    crm::Contact& c = out.contact;
    c.source = QStringLiteral("import:csv");
    QString given;
    QString middle;
    QString family;
    QString full;
    QList<ValueColumn> emails;
    QList<ValueColumn> phones;
    QHash<int, QStringList> emailLabels;
    QHash<int, QStringList> phoneLabels;
    // Address parts per slot: street, postcode, city, region, country.
    QMap<int, std::array<QStringList, 5>> addresses;
    QStringList notes;

    const auto appendTo = [](QString& target, const QString& value, const QString& separator) {
        if (!target.isEmpty()) {
            target += separator;
        }
        target += value;
    };
    const qsizetype count = std::min<qsizetype>(record.fields.size(), mapping.columns.size());
    for (qsizetype i = 0; i < count; ++i) {
        if (isBlank(record.fields[i])) {
            continue;
        }
        const QString value = record.fields[i].trimmed();
        const ColumnTarget& t = mapping.columns[i];
        switch (t.field) {
        case F::Unmapped:
        case F::Ignore:
            break;
        case F::GivenName:
            appendTo(given, value, QStringLiteral(" "));
            break;
        case F::MiddleName:
            appendTo(middle, value, QStringLiteral(" "));
            break;
        case F::FamilyName:
            appendTo(family, value, QStringLiteral(" "));
            break;
        case F::FullName:
            if (full.isEmpty()) {
                full = value;
            }
            break;
        case F::Email:
            emails.append(ValueColumn {t.slot, t.label, splitMulti(value, true)});
            break;
        case F::Phone:
            phones.append(ValueColumn {t.slot, t.label, splitMulti(value, false)});
            break;
        case F::EmailLabel:
            emailLabels.insert(t.slot, splitMulti(value, false));
            break;
        case F::PhoneLabel:
            phoneLabels.insert(t.slot, splitMulti(value, false));
            break;
        case F::Street:
            addresses[t.slot][0].append(value);
            break;
        case F::Postcode:
            addresses[t.slot][1].append(value);
            break;
        case F::City:
            addresses[t.slot][2].append(value);
            break;
        case F::Region:
            addresses[t.slot][3].append(value);
            break;
        case F::Country:
            addresses[t.slot][4].append(value);
            break;
        case F::JobTitle:
            if (c.jobTitle.isEmpty()) {
                c.jobTitle = value;
            }
            break;
        case F::Company:
            if (c.companyName.isEmpty()) {
                c.companyName = value;
            }
            break;
        case F::Notes:
            notes.append(value);
            break;
        case F::Birthday:
            // Outlook writes "0/0/00" when there is no birthday.
            if (!c.birthday.isValid() && value != QLatin1String("0/0/00")) {
                c.birthday = parseBirthday(value);
                if (!c.birthday.isValid()) {
                    out.notes.append(
                        tr("Line %1: the birthday is not a full date (YYYY-MM-DD) and was left out.").arg(record.line));
                }
            }
            break;
        case F::Website:
            if (c.website.isEmpty()) {
                c.website = value;
            }
            break;
        case F::Uid:
            out.externalId = value;
            break;
        case F::Tags:
            for (const QString& tag : splitTags(value)) {
                if (!c.tags.contains(tag, Qt::CaseInsensitive)) {
                    c.tags.append(tag);
                }
            }
            break;
        }
    }
    const bool extraValues = std::any_of(
        record.fields.cbegin() + count, record.fields.cend(), [](const QString& f) { return !f.trimmed().isEmpty(); });
    if (extraValues) {
        out.notes.append(tr("The row has more values than the header has columns; the extra values were ignored."));
    }

    if (!middle.isEmpty()) {
        appendTo(given, middle, QStringLiteral(" "));
    }
    if (given.isEmpty() && family.isEmpty() && !full.isEmpty()) {
        std::tie(given, family) = splitFullName(full);
        if (!family.isEmpty()) {
            out.notes.append(tr("The full name was split into given and family name."));
        }
    }
    c.givenName = given;
    c.familyName = family;
    addLabeled(c.emails, emails, emailLabels, false);
    addLabeled(c.phones, phones, phoneLabels, true);
    for (auto it = addresses.cbegin(); it != addresses.cend(); ++it) {
        const auto& parts = it.value();
        c.street = parts[0].join(QStringLiteral(", "));
        c.postcode = parts[1].join(QLatin1Char(' '));
        c.city = parts[2].join(QLatin1Char(' '));
        c.region = parts[3].join(QLatin1Char(' '));
        c.country = parts[4].join(QLatin1Char(' '));
        break; // QMap is ordered: the lowest slot with any part filled
    }
    c.notes = notes.join(QLatin1Char('\n'));

    if (c.givenName.isEmpty() && c.familyName.isEmpty() && c.emails.isEmpty() && c.phones.isEmpty()) {
        out.issue = ImportIssue::NoIdentity;
        out.problems.append(
            tr("Line %1 has no name, email or phone; the row was skipped. Fill in at least one of them.")
                .arg(record.line));
    }
    return out;
}

} // namespace confidant::io
