#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/crm/Contact.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
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
};

struct ContactPage
{
    QList<ContactRow> rows;
    //! Empty when this is the last page.
    QString nextCursor;
};

//! Contacts: create, read, update, delete, paged listing and search. Writes go through the MutationGate.
class ContactService
{
    Q_DECLARE_TR_FUNCTIONS(ContactService)

public:
    ContactService(security::MutationGate& gate, const Clock& clock);

    Result<Contact> create(Contact contact);
    //! Creates many contacts in one transaction (sample data, imports): all or nothing.
    Result<int> createMany(const std::vector<Contact>& contacts,
                           const std::atomic_bool* cancel = nullptr,
                           const std::function<void(int)>& progress = {});
    Result<Contact> get(ContactId id) const;
    Result<Contact> getByUid(const QString& uid) const;
    Result<Contact> update(Contact contact);
    Result<void> remove(ContactId id);
    Result<ContactPage> list(const ContactQuery& query) const;
    Result<qint64> count() const;

private:
    security::MutationGate& m_gate;
    const Clock& m_clock;
};

} // namespace confidant::crm
