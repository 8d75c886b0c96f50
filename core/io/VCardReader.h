#pragma once

#include "core/Result.h"
#include "core/io/ImportRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <optional>

class QIODevice;

namespace confidant::io {

//! Reads vCard 2.1, 3.0 (RFC 2426) and 4.0 (RFC 6350) files with one or many cards into ImportRecords.
//! Understands line folding, quoted-printable with soft line breaks, CHARSET parameters, grouped
//! properties with Apple's X-ABLabel, bare 2.1 type parameters, escapes, tel: URIs. PHOTO, LOGO, SOUND
//! and KEY are skipped without decoding (a note on the record); unknown properties are ignored.
//!
//! File-level errors (nothing may be imported): an empty file, a binary file, a file without
//! BEGIN:VCARD, a NUL byte (with its line), text that is not valid UTF-8 where no CHARSET parameter
//! names another charset (with its line). Row-level problems (that card is flagged, the others go on):
//! a card without END:VCARD, a card with no name, email or phone.
class VCardReader
{
    Q_DECLARE_TR_FUNCTIONS(VCardReader)

public:
    explicit VCardReader(QByteArray data);

    //! Reads the whole device (vCard files are read into memory; cards are parsed one at a time).
    static Result<QList<ImportRecord>> readAll(QIODevice& device);
    static Result<QList<ImportRecord>> readAll(const QByteArray& data);

    //! Checks the file as a whole: empty, binary, NUL bytes, no BEGIN:VCARD. Called by next() if needed.
    Result<void> open();
    //! The next card: true, false at the end, or the file-level Error.
    Result<bool> next(ImportRecord& record);

    ImportIssue issue() const
    {
        return m_issue;
    }
    qint64 errorLine() const
    {
        return m_errorLine;
    }

private:
    struct Line
    {
        QByteArray text;
        qint64 number = 0;
    };

    Error fail(ImportIssue issue, qint64 line, const QString& detail = {});
    bool readPhysical(QByteArrayView& line);
    bool peekPhysical(QByteArrayView& line) const;
    bool readLogical(Line& line);

    QByteArray m_data;
    qsizetype m_pos = 0;
    qint64 m_line = 0; //!< number of the last physical line read
    std::optional<Line> m_pending; //!< a BEGIN:VCARD that ended the previous card early
    bool m_opened = false;
    ImportIssue m_issue = ImportIssue::None;
    qint64 m_errorLine = 0;
    std::optional<Error> m_error;
};

} // namespace confidant::io
