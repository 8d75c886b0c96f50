#pragma once

#include "core/Clock.h"
#include "core/crm/CompanyService.h"
#include "core/crm/ContactService.h"
#include "core/crm/FieldRegistry.h"
#include "core/crm/SearchService.h"
#include "core/security/MutationGate.h"
#include "core/storage/Vault.h"

#include <memory>

namespace confidant {

//! An unlocked vault with its services wired together: what the GUI and the CLI work with.
class Session
{
public:
    Session(std::unique_ptr<storage::Vault> vault, const Clock& clock)
        : m_vault(std::move(vault))
        , m_clock(clock)
        , m_gate(m_vault->db())
        , m_contacts(m_gate, clock)
        , m_companies(m_gate, clock)
        , m_search(m_vault->db())
    {
    }

    storage::Vault& vault()
    {
        return *m_vault;
    }
    const Clock& clock() const
    {
        return m_clock;
    }
    security::MutationGate& gate()
    {
        return m_gate;
    }
    crm::ContactService& contacts()
    {
        return m_contacts;
    }
    crm::CompanyService& companies()
    {
        return m_companies;
    }
    crm::SearchService& search()
    {
        return m_search;
    }
    const crm::FieldRegistry& fields() const
    {
        return m_fields;
    }

private:
    std::unique_ptr<storage::Vault> m_vault;
    const Clock& m_clock;
    crm::FieldRegistry m_fields;
    security::MutationGate m_gate;
    crm::ContactService m_contacts;
    crm::CompanyService m_companies;
    crm::SearchService m_search;
};

} // namespace confidant
