#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace confidant::storage {
class Database;
}

namespace confidant::privacy {

//! A place outside the person's own records where free text names them: another contact's notes, an
//! activity not linked to them, a deal's description, a company's notes.
struct Mention
{
    QString entityType; //!< "contact", "company", "deal", "activity", "saved_filter"
    QString entityUid;
    QString entityLabel; //!< the other record's name or title (for the officer, never logged)
    //! "notes", "subject", "body", "description", "title", "name", "definition", "restriction_reason", or
    //! "history:FIELD" for an old value of FIELD in a contact's change history
    QString field;
    QString matched; //!< which of the person's identifiers matched (name, an email, a phone)
    QString excerpt; //!< up to ~120 characters around the first match
};

//! One identifier of a person as the search and the redaction look for it.
struct MentionIdentifier
{
    QString shown; //!< as stored, for the officer
    QString needle; //!< what is searched for: case-folded text, or digits for a phone
    bool phone = false;
};

//! Finds mentions of a contact (full name, each email, each phone in any punctuation) in free text held
//! elsewhere, so that an access package can include them and an erasure can show them for redaction.
class MentionSearch
{
    Q_DECLARE_TR_FUNCTIONS(MentionSearch)

public:
    //! The identifiers searched for: "Given Family", each email, each phone's digits (7 or more).
    static Result<QStringList> identifiersOf(storage::Database& db, qint64 contactId);
    //! The identifiers as the search and redact() use them.
    static Result<QList<MentionIdentifier>> needlesOf(storage::Database& db, qint64 contactId);
    //! Every mention of `contactId` outside its own records, in a stable order (type, label, uid): other
    //! records' free text, activities it shares with other records, old values in other contacts' change
    //! history, saved filters' names and definitions.
    static Result<QList<Mention>> find(storage::Database& db, qint64 contactId);
    //! What a redacted identifier becomes in the text.
    static QString redactionMarker();
    //! `text` with every occurrence of `ids` replaced by redactionMarker(); `hits` (when given) counts them.
    static QString redact(const QString& text, const QList<MentionIdentifier>& ids, int* hits = nullptr);
    //! A JSON document (a saved filter's definition) with every string value in it redacted.
    static QString redactJson(const QString& json, const QList<MentionIdentifier>& ids, int* hits = nullptr);
};

} // namespace confidant::privacy
