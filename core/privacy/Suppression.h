#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace confidant::storage {
class Database;
}

namespace confidant::crm {
struct Contact;
}

namespace confidant::security {
class MutationGate;
}

namespace confidant::privacy {

//! The suppression list (table `suppression`): HMAC-SHA256 hashes, keyed with the vault's
//! 'suppression.salt' setting, of the emails and phones of erased people. A later import or manual entry
//! that matches warns instead of silently adding the person again (DESIGN.md "Erasure"). The list holds
//! no value: a hash cannot be turned back into the address without guessing it and knowing the salt.
//!
//! Normalisation: an email is trimmed and lower-cased; a phone keeps its digits only (at least 5).
//! Identifier hashes as the erasure ledger keeps them: "email:<hex>", "phone:<hex>".
class Suppression
{
    Q_DECLARE_TR_FUNCTIONS(Suppression)

public:
    explicit Suppression(security::MutationGate& gate);

    //! Whether `emailOrPhone` is on the list: the time it was added, or nullopt. Needs "view contacts"
    //! (whoever may add contacts must be able to ask before adding). Invalid when it is neither an email
    //! nor a phone number.
    Result<std::optional<qint64>> check(const QString& emailOrPhone) const;

    static QString normalizeEmail(const QString& email);
    //! Digits only; empty when fewer than 5 digits remain (not a phone number).
    static QString normalizePhone(const QString& phone);
    //! The HMAC key: the hex-decoded 'suppression.salt' setting.
    static Result<QByteArray> salt(storage::Database& db);
    //! Lower-case hex HMAC-SHA256 of the normalised identifier.
    static QString hash(const QByteArray& salt, const QString& normalized);
    //! "email:<hex>" / "phone:<hex>" for every email and phone given (duplicates once, blanks skipped).
    static QStringList identifierHashes(const QByteArray& salt, const QStringList& emails, const QStringList& phones);

    //! The earliest time any of these identifiers was put on the list, or nullopt.
    static Result<std::optional<qint64>>
    match(storage::Database& db, const QStringList& emails, const QStringList& phones);
    //! The same for a contact's emails and phones (ContactService::create, ImportService preview).
    static Result<std::optional<qint64>> match(storage::Database& db, const crm::Contact& contact);
    //! Adds "kind:hex" identifier hashes (inside the caller's transaction); already listed ones are kept.
    static Result<int>
    add(storage::Database& db, const QStringList& identifierHashes, const QString& ledgerUid, qint64 atMs);
    //! Makes `salt` (hex) this vault's salt when it differs and the list is still empty (restore: the
    //! restored vault must hash as the vault it replaces). Returns whether it changed anything.
    static Result<bool> adoptSalt(storage::Database& db, const QString& saltHex);
    //! The 'suppression.salt' setting as stored (hex), for adoptSalt.
    static Result<QString> saltHex(storage::Database& db);

    //! The message for a refused re-entry: "this person asked to be erased on DATE …".
    static QString suppressedMessage(qint64 addedAtMs);

private:
    security::MutationGate& m_gate;
};

} // namespace confidant::privacy
