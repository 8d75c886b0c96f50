#include "SearchService.h"

#include "core/crm/FtsQuery.h"
#include "core/security/MutationGate.h"
#include "core/security/ReadAudit.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <algorithm>

namespace confidant::crm {

using storage::Statement;

SearchService::SearchService(security::MutationGate& gate)
    : m_gate(gate)
{
}

Result<QList<SearchHit>> SearchService::search(const QString& text, int limit) const
{
    security::Mutation read {QStringLiteral("search"), QString(), QString(), {}, 1, security::Permission::ViewContacts};
    if (auto r = m_gate.require(read); !r) {
        return r.error();
    }
    const QString fts = ftsPrefixQuery(text);
    QList<SearchHit> hits;
    if (fts.isEmpty()) {
        return hits;
    }
    limit = std::clamp(limit, 1, 10000);
    auto run = [&](const char* sql, SearchHit::Kind kind) -> Result<void> {
        auto s = m_gate.db().prepare(sql);
        if (!s) {
            return s.error();
        }
        s->bind(1, fts).bind(2, limit);
        while (true) {
            auto step = s->step();
            if (!step) {
                return step.error();
            }
            if (*step == Statement::Step::Done) {
                return {};
            }
            hits.append({kind, s->int64(0), s->text(1), s->text(2).trimmed(), s->text(3)});
        }
    };
    // bm25 ranks the (bounded) candidate set; the inner LIMIT keeps one-letter queries cheap on big vaults.
    if (auto r = run("SELECT c.id, c.uid, c.given_name || ' ' || c.family_name, json_extract(c.emails, '$[0].value') "
                     "FROM (SELECT rowid, rank FROM contact_fts WHERE contact_fts MATCH ?1 LIMIT 2000) AS f "
                     "JOIN contacts AS c ON c.id = f.rowid ORDER BY f.rank, c.id LIMIT ?2",
                     SearchHit::Kind::Contact);
        !r) {
        return r.error();
    }
    if (auto r = run("SELECT co.id, co.uid, co.name, co.domain "
                     "FROM (SELECT rowid, rank FROM company_fts WHERE company_fts MATCH ?1 LIMIT 2000) AS f "
                     "JOIN companies AS co ON co.id = f.rowid ORDER BY f.rank, co.id LIMIT ?2",
                     SearchHit::Kind::Company);
        !r) {
        return r.error();
    }
    // One limit for the whole answer: contacts first, then companies.
    while (hits.size() > limit) {
        hits.removeLast();
    }
    if (security::ReadAudit* reads = m_gate.readAudit()) {
        QList<QString> contacts;
        for (const SearchHit& hit : hits) {
            if (hit.kind == SearchHit::Kind::Contact) {
                contacts.append(hit.uid);
            }
        }
        reads->listed(QStringLiteral("contact"), security::ReadKind::Search, contacts);
    }
    return hits;
}

} // namespace confidant::crm
