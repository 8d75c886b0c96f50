#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/crm/Contact.h"
#include "core/crm/SavedFilter.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace confidant::security {
class MutationGate;
}

namespace confidant::crm {

enum class ContactSort
{
    FamilyName,
    GivenName,
    RecentlyUpdated,
};

struct ContactQuery
{
    ContactSort sort = ContactSort::FamilyName;
    //! Search-as-you-type text; when set, results come in index order and `sort` is ignored.
    QString search;
    int limit = 200;
    //! Cursor from the previous page's `nextCursor`; empty for the first page.
    QString after;
    //! Narrows the list (a saved filter); `search` then adds to the filter's own text and `sort` holds.
    ContactFilter filter;
};

//! One line of the contacts list: what the table shows, nothing more.
struct ContactRow
{
    ContactId id;
    QString uid;
    QString givenName;
    QString familyName;
    QString email;
    QString phone;
    QString companyName;
    QString city;
    qint64 updatedAtMs = 0;
    //! The columns of this row withheld from the acting profile (field names, as Contact::withheld).
    QStringList withheld;
};

struct ContactPage
{
    QList<ContactRow> rows;
    //! Empty when this is the last page.
    QString nextCursor;
};

//! Contacts: create, read, update, paged listing and search. Writes go through the MutationGate. Deleting
//! a contact is an erasure (privacy::ErasureService::deleteContact). Reads withhold special-category fields
//! (SensitiveFields) from profiles without "view sensitive fields"; their edits keep those fields' stored
//! values, and one that would replace such a value is Denied (audited as contact.update, needs=view-sensitive).
class ContactService
{
    Q_DECLARE_TR_FUNCTIONS(ContactService)

public:
    ContactService(security::MutationGate& gate, const Clock& clock);

    //! How `create` treats a person whose email or phone is on the suppression list (issue #7).
    enum class Suppressed
    {
        Refuse, //!< Conflict, with the date they asked to be erased; nothing written
        AddAnyway, //!< a deliberate override (CLI --force); the audit entry says so
    };

    Result<Contact> create(Contact contact, Suppressed suppressed = Suppressed::Refuse);
    //! Creates many contacts in one transaction (sample data, imports): all or nothing.
    Result<int> createMany(const std::vector<Contact>& contacts,
                           const std::atomic_bool* cancel = nullptr,
                           const std::function<void(int)>& progress = {});
    //! The contact, for code that works with it (an edit, a lookup). What puts the whole record in front of
    //! a person uses open(): only that is counted as a record shown.
    Result<Contact> get(ContactId id) const;
    Result<Contact> getByUid(const QString& uid) const;
    //! get(), for showing the whole record to the acting profile (`contact show`, the GUI's contact window):
    //! recorded as a record shown in the gate's ReadAudit.
    Result<Contact> open(ContactId id) const;
    Result<Contact> openByUid(const QString& uid) const;
    Result<Contact> update(Contact contact);
    // No remove(): a person leaves the vault only through privacy::ErasureService (deleteContact, erase), which
    // honours legal holds, lists them for suppression and writes the erasure ledger and a receipt.
    //! A page of rows; the rows are recorded as listed (or found, with search text) in the gate's ReadAudit.
    Result<ContactPage> list(const ContactQuery& query) const;
    Result<qint64> count() const;

private:
    security::MutationGate& m_gate;
    const Clock& m_clock;
};

//! Writes contacts from inside a gate body that is already running (imports, createMany): statements are
//! prepared once and companies resolved once per name. The caller validates, records the mutation and
//! keeps the writer within that body. New contacts are staged and reach `contacts` in batches (one
//! INSERT … SELECT, the search triggers firing per row): call flush() before the body returns.
class ContactBulkWriter
{
public:
    ContactBulkWriter(security::MutationGate& gate, const Clock& clock);
    //! Discards what was staged and not flushed (the body failed: its transaction rolls back anyway).
    ~ContactBulkWriter();

    //! Stages `contact` with a new uid (its id and uid are ignored); returns the id it gets. It is in the
    //! vault after the next flush(), which insert() also does by itself every few thousand contacts. Ids
    //! follow the vault's last one: nothing else inserts contacts in the body while contacts are staged.
    Result<ContactId> insert(const Contact& contact);
    //! Writes every staged contact (and its tags) into the vault.
    Result<void> flush();
    //! How many inserted contacts are in the vault so far (flushed).
    qint64 written() const;
    //! The stored contact `id` with every field, special-category ones included (a merge must not write back
    //! what ContactService::get withholds from the acting profile as empty). The caller checked the permission.
    Result<Contact> stored(ContactId id) const;
    //! Rewrites the stored contact `contact.id` (fields, company by id or name, tags); keeps uid, source
    //! and creation time. Never one that is only staged.
    Result<void> update(const Contact& contact);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace confidant::crm
