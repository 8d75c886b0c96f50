#pragma once

#include "core/Result.h"

#include <QCoreApplication>

#include <atomic>
#include <cstdint>
#include <functional>

namespace confidant::security {
class MutationGate;
}

namespace confidant::crm {

class ContactService;
class CompanyService;

//! Deterministic, realistic sample contacts, companies and notes: for trying the app and for benchmarks.
//! The same seed and count always give the same data (our own PRNG, not the standard library's).
class SampleData
{
    Q_DECLARE_TR_FUNCTIONS(SampleData)

public:
    struct Summary
    {
        qint64 contacts = 0;
        qint64 companies = 0;
    };

    SampleData(security::MutationGate& gate, ContactService& contacts, CompanyService& companies);
    //! Adds `contacts` contacts and one company per 25 of them, in transactions of 10,000 contacts.
    Result<Summary> generate(qint64 contacts,
                             std::uint64_t seed,
                             const std::atomic_bool* cancel = nullptr,
                             const std::function<void(qint64 done, qint64 total)>& progress = {});

private:
    security::MutationGate& m_gate;
    ContactService& m_contacts;
    CompanyService& m_companies;
};

} // namespace confidant::crm
