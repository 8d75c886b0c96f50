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
    QString entityType; //!< "contact", "company", "deal", "activity"
    QString entityUid;
    QString entityLabel; //!< the other record's name or title (for the officer, never logged)
    QString field; //!< "notes", "subject", "body", "description", "title"
    QString matched; //!< which of the person's identifiers matched (name, an email, a phone)
    QString excerpt; //!< up to ~120 characters around the first match
};

//! Finds mentions of a contact (full name, each email, each phone in any punctuation) in free text held
//! elsewhere, so that an access package can include them and an erasure can show them for redaction.
class MentionSearch
{
    Q_DECLARE_TR_FUNCTIONS(MentionSearch)

public:
    //! The identifiers searched for: "Given Family", each email, each phone's digits (7 or more).
    static Result<QStringList> identifiersOf(storage::Database& db, qint64 contactId);
    //! Every mention of `contactId` outside its own records, in a stable order (type, label, uid).
    static Result<QList<Mention>> find(storage::Database& db, qint64 contactId);
};

} // namespace confidant::privacy
