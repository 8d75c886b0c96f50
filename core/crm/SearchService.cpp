#include "SearchService.h"

#include "core/crm/FtsQuery.h"
#include "core/crm/SensitiveFields.h"
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
    // Art. 9: no search by a value the profile may not see; each index is searched in the columns it may.
    auto contactHidden = SensitiveFields::withheldFrom(m_gate, QStringLiteral("contact"));
    if (!contactHidden) {
        return contactHidden.error();
    }
    auto companyHidden = SensitiveFields::withheldFrom(m_gate, QStringLiteral("company"));
    if (!companyHidden) {
        return companyHidden.error();
    }
    const QString words = ftsPrefixQuery(text);
    const QString contactFts = SensitiveFields::searchable(words, QStringLiteral("contact"), *contactHidden);
    const QString companyFts = SensitiveFields::searchable(words, QStringLiteral("company"), *companyHidden);
    QList<SearchHit> hits;
    if (words.isEmpty()) {
        return hits;
    }
    limit = std::clamp(limit, 1, 10000);
    auto run = [&](const char* sql, const QString& fts, SearchHit::Kind kind) -> Result<void> {
        if (fts.isEmpty()) {
            return {};
        }
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
                     contactFts,
                     SearchHit::Kind::Contact);
        !r) {
        return r.error();
    }
    if (auto r = run("SELECT co.id, co.uid, co.name, co.domain "
                     "FROM (SELECT rowid, rank FROM company_fts WHERE company_fts MATCH ?1 LIMIT 2000) AS f "
                     "JOIN companies AS co ON co.id = f.rowid ORDER BY f.rank, co.id LIMIT ?2",
                     companyFts,
                     SearchHit::Kind::Company);
        !r) {
        return r.error();
    }
    // A hit shows no withheld value either.
    for (SearchHit& hit : hits) {
        const bool contact = hit.kind == SearchHit::Kind::Contact;
        const QSet<QString>& hidden = contact ? *contactHidden : *companyHidden;
        if (contact ? hidden.contains(QStringLiteral("given")) || hidden.contains(QStringLiteral("family"))
                    : hidden.contains(QStringLiteral("name"))) {
            hit.title.clear();
        }
        if (hidden.contains(contact ? QStringLiteral("email") : QStringLiteral("domain"))) {
            hit.detail.clear();
        }
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
