#pragma once

// Invariant checks for the fuzzers: a failed check prints what broke and aborts, which libFuzzer reports
// as a crash and saves the input (docs/FUZZING.md). Always on, whatever the build type.

#include "core/io/ImportRecord.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "FUZZ_CHECK failed at %s:%d: %s\n", __FILE__, __LINE__, #condition);                  \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

namespace confidant::fuzz {

inline bool isOneOf(const QString& value, std::initializer_list<const char*> allowed)
{
    for (const char* a : allowed) {
        if (value == QLatin1String(a)) {
            return true;
        }
    }
    return false;
}

inline bool isTrimmedNonEmpty(const QString& value)
{
    return !value.isEmpty() && value == value.trimmed();
}

//! Physical line ends in raw bytes, in any of the encodings the readers accept: every CR or LF character
//! holds a 0x0A or 0x0D byte (UTF-16 too), so this bounds the number of lines from above.
inline qint64 lineBreakBytes(const QByteArray& bytes)
{
    return bytes.count('\n') + bytes.count('\r');
}

//! What holds for any record a reader hands to the importer, from CSV (after ContactMapping::mapRow) or
//! vCard: a problem exactly when an issue is set, identity rules, normalised labels, tidy tags.
inline void checkImportRecord(const io::ImportRecord& record, qint64 maxLine)
{
    FUZZ_CHECK(record.line >= 1 && record.line <= maxLine);
    FUZZ_CHECK((record.issue == io::ImportIssue::None) == record.problems.isEmpty());
    for (const QString& p : record.problems) {
        FUZZ_CHECK(!p.isEmpty());
    }
    for (const QString& n : record.notes) {
        FUZZ_CHECK(!n.isEmpty());
    }
    const crm::Contact& c = record.contact;
    if (record.issue == io::ImportIssue::FieldTooLarge || record.issue == io::ImportIssue::TooManyColumns) {
        return; // a reader problem: the contact is left empty
    }
    const bool identity
        = !c.givenName.isEmpty() || !c.familyName.isEmpty() || !c.emails.isEmpty() || !c.phones.isEmpty();
    FUZZ_CHECK(identity || record.problems.size() >= 1);
    FUZZ_CHECK(identity || record.issue == io::ImportIssue::NoIdentity || record.issue == io::ImportIssue::MissingEnd);
    for (const crm::LabeledValue& e : c.emails) {
        FUZZ_CHECK(isTrimmedNonEmpty(e.value));
        FUZZ_CHECK(isOneOf(e.label, {"work", "home", "other"}));
    }
    for (const crm::LabeledValue& p : c.phones) {
        FUZZ_CHECK(isTrimmedNonEmpty(p.value));
        FUZZ_CHECK(isOneOf(p.label, {"mobile", "work", "home", "other"}));
    }
    for (qsizetype i = 0; i < c.tags.size(); ++i) {
        FUZZ_CHECK(isTrimmedNonEmpty(c.tags[i]));
        for (qsizetype j = 0; j < i; ++j) {
            FUZZ_CHECK(c.tags[i].compare(c.tags[j], Qt::CaseInsensitive) != 0);
        }
    }
    FUZZ_CHECK(!c.birthday.isNull() ? c.birthday.isValid() : true);
    FUZZ_CHECK(!c.id.value && c.uid.isEmpty() && !c.companyId);
}

} // namespace confidant::fuzz
