#pragma once

#include "core/crm/Contact.h"

#include <QString>
#include <QStringList>

namespace confidant::io {

//! What went wrong while reading an import file, finer than ErrorKind: tests and the import dialog branch
//! on it without parsing text. File-level issues stop the import (nothing is written); row-level issues
//! mark one record, and the others go on (see CsvReader.h and VCardReader.h for which is which).
enum class ImportIssue
{
    None,
    ReadFailed, //!< file-level: the device could not be read
    EmptyFile, //!< file-level: no bytes, or only a byte order mark and blank lines
    NotText, //!< file-level: binary content (NUL or control bytes) in the first kilobyte
    InvalidEncoding, //!< file-level: bytes that are not valid UTF-8 (or the chosen encoding)
    NulByte, //!< file-level: a NUL character inside an otherwise textual file
    UnterminatedQuote, //!< file-level: a quoted CSV field never closes
    NotVCard, //!< file-level: text without any BEGIN:VCARD
    FieldTooLarge, //!< row-level: one CSV field is longer than CsvOptions::maxFieldChars
    TooManyColumns, //!< row-level: a CSV record has more than CsvOptions::maxColumns fields
    MissingEnd, //!< row-level: a vCard without END:VCARD
    NoIdentity, //!< row-level: a record with no name, email or phone
};

//! One contact read from an import file, with what the reader noticed about it. `problems` mean the row
//! should not be imported as is; `notes` are informational ("photo skipped"). Neither quotes a value.
struct ImportRecord
{
    qint64 line = 0; //!< 1-based physical line where the record starts
    crm::Contact contact; //!< companyName and tags set; id, uid and companyId left empty
    QString externalId; //!< the source's own id (vCard UID without "urn:uuid:"), never stored as our uid
    ImportIssue issue = ImportIssue::None; //!< the first problem's kind
    QStringList problems;
    QStringList notes;
};

} // namespace confidant::io
