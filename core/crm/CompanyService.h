#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/crm/Contact.h"

#include <QCoreApplication>

namespace confidant::security {
class MutationGate;
}

namespace confidant::crm {

enum class CompanySort
{
    Name,
    RecentlyUpdated,
};

struct CompanyQuery
{
    CompanySort sort = CompanySort::Name;
    QString search;
    //! Only companies with this tag (ignoring case); empty: all.
    QString tag;
    int limit = 200;
    QString after;
};

struct CompanyRow
{
    CompanyId id;
    QString uid;
    QString name;
    QString domain;
    QString phone;
    QString city;
    qint64 contactCount = 0;
    qint64 updatedAtMs = 0;
    //! The columns of this row withheld from the acting profile (field names, as Contact::withheld).
    QStringList withheld;
};

struct CompanyPage
{
    QList<CompanyRow> rows;
    QString nextCursor;
};

//! Companies: create, read, update, delete, paged listing and search. Writes go through the MutationGate.
//! Reads withhold special-category fields (SensitiveFields) from profiles without "view sensitive fields";
//! their edits keep those fields' stored values, and one that would replace such a value is Denied.
class CompanyService
{
    Q_DECLARE_TR_FUNCTIONS(CompanyService)

public:
    CompanyService(security::MutationGate& gate, const Clock& clock);

    Result<Company> create(Company company);
    Result<Company> get(CompanyId id) const;
    Result<Company> getByUid(const QString& uid) const;
    //! The first company with this name (case-insensitive), if any.
    Result<std::optional<Company>> findByName(const QString& name) const;
    Result<Company> update(Company company);
    //! Deletes the company; its contacts stay, without a company.
    Result<void> remove(CompanyId id);
    Result<CompanyPage> list(const CompanyQuery& query) const;
    Result<qint64> count() const;
    //! The id for a contact's company: `id` if it exists, else the company called `name`, created if
    //! missing. Call from inside a MutationGate body (it joins that transaction).
    Result<std::optional<CompanyId>> resolve(std::optional<CompanyId> id, const QString& name);

private:
    //! The stored company with every field; no permission check.
    Result<Company> load(CompanyId id) const;

    security::MutationGate& m_gate;
    const Clock& m_clock;
};

} // namespace confidant::crm
