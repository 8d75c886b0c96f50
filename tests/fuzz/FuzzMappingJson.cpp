// Fuzzes the JSON the CLI accepts from users: the column mapping of `confidant import --mapping FILE.json`
// (docs/CLI.md), {"Header": "field", …} or {"columns": {…}}, with field names like "phone:mobile" and
// "email#2". Parsed by io::ContactMapping::applyJson and parseTarget (which crm::ImportService's own
// override loop calls for every value), then used to map a row, and written back with toJson.

#include "core/io/ContactMapping.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "FuzzCheck.h"

#include <cstddef>
#include <cstdint>

using namespace confidant;
using namespace confidant::io;

namespace {

//! A Google-and-Outlook-like header row, so that mappings of known columns apply.
const QStringList& fixedHeaders()
{
    static const QStringList headers {
        QStringLiteral("First Name"),
        QStringLiteral("Last Name"),
        QStringLiteral("E-mail Address"),
        QStringLiteral("E-mail 2 - Type"),
        QStringLiteral("E-mail 2 - Value"),
        QStringLiteral("Mobile Phone"),
        QStringLiteral("Notes"),
        QStringLiteral("Birthday"),
        QStringLiteral("Categories"),
        QStringLiteral("Address 1 - City"),
        QStringLiteral("Vorname"),
        QStringLiteral("Website"),
    };
    return headers;
}

void checkMapping(const ColumnMapping& base, const ColumnMapping& mapping)
{
    FUZZ_CHECK(mapping.headers == base.headers);
    FUZZ_CHECK(mapping.columns.size() == base.columns.size());
    FUZZ_CHECK(mapping.preset == base.preset);
    for (const ColumnTarget& t : mapping.columns) {
        FUZZ_CHECK(t.slot >= 0);
        // Every target has a name that parses back to it (what toJson writes and the mapping file reads).
        if (t.field != ContactField::Unmapped) {
            const auto back = ContactMapping::parseTarget(ContactMapping::targetName(t));
            FUZZ_CHECK(back && *back == t);
        }
    }
}

//! Maps one row whose values are the mapping's own headers, keys and values.
void mapSampleRow(const ColumnMapping& mapping, const QStringList& values)
{
    CsvRecord record;
    record.line = 2;
    for (qsizetype i = 0; i < mapping.columns.size(); ++i) {
        record.fields.append(values.value(i % std::max<qsizetype>(1, values.size())));
    }
    if (const auto mapped = ContactMapping::mapRow(mapping, record)) {
        FUZZ_CHECK(mapped->line == 2);
        fuzz::checkImportRecord(*mapped, 2);
    }
}

//! Different headers, as applyJson compares them (trimmed, case-insensitively), and each one a header a
//! CSV file could have?
bool headersDistinct(const QStringList& headers)
{
    QStringList folded;
    for (const QString& h : headers) {
        const QString f = h.trimmed().toCaseFolded();
        // A lone surrogate (JSON allows "\\ud800") has no UTF-8 form: no CSV header can hold one.
        if (!QStringView(h).isValidUtf16() || folded.contains(f) || f == QLatin1String("columns")
            || f == QLatin1String("preset")) {
            return false;
        }
        folded.append(f);
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(bytes), qsizetype(size));

    // 1. Against a fixed file: either an error with a message, or a mapping of the same columns.
    static const ColumnMapping fixed = ContactMapping::detect(fixedHeaders());
    if (const auto applied = ContactMapping::applyJson(fixed, json)) {
        checkMapping(fixed, *applied);
        mapSampleRow(*applied, fixedHeaders());
    } else {
        FUZZ_CHECK(applied.error().kind == ErrorKind::Invalid && !applied.error().message.isEmpty());
    }

    // 2. Against a file whose header row is the mapping's own keys: every column is named, so a mapping
    // of strings that all parse must apply, and the applied mapping must survive toJson and back.
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject()) {
        return 0;
    }
    QJsonObject object = doc.object();
    if (object.value(QLatin1String("columns")).isObject()) {
        object = object.value(QLatin1String("columns")).toObject();
    }
    const QStringList headers = object.keys();
    QStringList values;
    bool allParse = true;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        values.append(it.value().toString());
        allParse = allParse && it.value().isString() && ContactMapping::parseTarget(it.value().toString());
    }
    const ColumnMapping own = ContactMapping::detect(headers);
    FUZZ_CHECK(own.columns.size() == headers.size());
    const auto applied = ContactMapping::applyJson(own, json);
    FUZZ_CHECK(applied.ok() == allParse);
    if (!applied) {
        return 0;
    }
    checkMapping(own, *applied);
    mapSampleRow(*applied, headers + values);
    if (!headersDistinct(headers)) {
        return 0;
    }
    for (qsizetype i = 0; i < headers.size(); ++i) {
        FUZZ_CHECK(applied->columns[i] == *ContactMapping::parseTarget(object.value(headers[i]).toString()));
    }
    ColumnMapping blank = own;
    for (ColumnTarget& t : blank.columns) {
        t = ColumnTarget();
    }
    const auto reread = ContactMapping::applyJson(blank, ContactMapping::toJson(*applied));
    FUZZ_CHECK(reread.ok());
    FUZZ_CHECK(reread->columns == applied->columns);
    return 0;
}
