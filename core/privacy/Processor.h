#pragma once

#include "core/privacy/Purpose.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <compare>
#include <optional>

namespace confidant::privacy {

struct ProcessorId
{
    qint64 value = 0;
    auto operator<=>(const ProcessorId&) const = default;
};

//! How an outside party is involved (Art. 4(9), 26, 28).
enum class ProcessorRole
{
    Processor, //!< processes on the controller's behalf under a contract (Art. 28)
    SubProcessor, //!< engaged by a processor (Art. 28(2), (4))
    JointController, //!< decides purposes and means together with the controller (Art. 26)
    Recipient, //!< receives personal data (Art. 4(9)), e.g. a tax adviser
    ThirdParty, //!< any other party (Art. 4(10))
};

//! What makes a transfer outside the EEA lawful (Chapter V).
enum class TransferSafeguard
{
    None,
    Adequacy, //!< adequacy decision, Art. 45
    Sccs, //!< standard contractual clauses, Art. 46(2)(c)
    Bcrs, //!< binding corporate rules, Art. 47
    Other, //!< another Art. 46 safeguard or an Art. 49 derogation, described in the note
};

//! A purpose a processor serves, with what is needed to name it.
struct ServedPurpose
{
    PurposeId id;
    QString uid;
    QString name;
};

//! An entry of the processor and third-party register (DESIGN.md "Privacy engine").
struct Processor
{
    Q_DECLARE_TR_FUNCTIONS(Processor)

public:
    ProcessorId id;
    QString uid;
    QString name;
    ProcessorRole role = ProcessorRole::Processor;
    //! ISO 3166-1 alpha-2 in capitals ("DE", "US"); empty when not known yet.
    QString country;
    TransferSafeguard safeguard = TransferSafeguard::None;
    QString safeguardNote;
    //! When the data-processing agreement (Art. 28(3)) was signed; invalid when none is recorded.
    QDate dpaSignedOn;
    //! Where the agreement is kept ("DPA-2024-03.pdf in the contracts folder").
    QString dpaReference;
    //! How to reach them (an address or a web page of the party; a business contact).
    QString contact;
    //! On write: the purposes served, by id. On read: filled, by purpose name.
    QList<ServedPurpose> purposes;
    bool archived = false;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;

    //! A transfer (Chapter V): a party with a known country outside the EEA.
    bool isTransfer() const
    {
        return !country.isEmpty() && !isInEea(country);
    }

    //! "processor", "sub-processor", "joint-controller", "recipient", "third-party".
    static QString roleName(ProcessorRole role);
    static std::optional<ProcessorRole> roleFromName(const QString& name);
    static QString roleLabel(ProcessorRole role);
    //! "none", "adequacy", "sccs", "bcrs", "other".
    static QString safeguardName(TransferSafeguard safeguard);
    static std::optional<TransferSafeguard> safeguardFromName(const QString& name);
    //! Translated, with its article: "Standard contractual clauses (Art. 46(2)(c) GDPR)".
    static QString safeguardLabel(TransferSafeguard safeguard);

    //! The EEA: the 27 EU member states plus Iceland, Liechtenstein and Norway. The one list in Confidant;
    //! update it here when membership changes.
    static const QStringList& eeaCountries();
    static bool isInEea(const QString& country);
    //! An assigned ISO 3166-1 alpha-2 code (any case).
    static bool isValidCountry(const QString& country);
    //! The country's English name ("Germany"), or the code when unknown.
    static QString countryName(const QString& country);
};

} // namespace confidant::privacy
