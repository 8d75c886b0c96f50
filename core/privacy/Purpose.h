#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <compare>
#include <optional>

namespace confidant::privacy {

struct PurposeId
{
    qint64 value = 0;
    auto operator<=>(const PurposeId&) const = default;
};

//! The six lawful bases of Art. 6(1)(a)-(f) GDPR.
enum class LawfulBasis
{
    Consent, //!< Art. 6(1)(a)
    Contract, //!< Art. 6(1)(b)
    LegalObligation, //!< Art. 6(1)(c)
    VitalInterests, //!< Art. 6(1)(d)
    PublicTask, //!< Art. 6(1)(e)
    LegitimateInterests, //!< Art. 6(1)(f)
};

//! Why personal data is processed (Art. 5(1)(b) purpose limitation, Art. 30(1)(b) record of processing):
//! a named purpose with its lawful basis, the registry fields it uses and how long they are kept.
struct Purpose
{
    Q_DECLARE_TR_FUNCTIONS(Purpose)

public:
    PurposeId id;
    QString uid;
    QString name;
    QString description;
    LawfulBasis basis = LawfulBasis::Consent;
    //! Art. 6(1)(f): the interest pursued, written out; required for LegitimateInterests.
    QString legitimateInterest;
    //! Use needs a valid consent per contact (always true for the consent basis).
    bool requiresConsent = true;
    //! Direct marketing: an objection (Art. 21(2)/(3)) always stops it.
    bool directMarketing = false;
    //! Field-registry keys ("contact.email", "contact.givenName") the purpose uses.
    QStringList fields;
    //! How long data kept for this purpose is needed; none: not set.
    std::optional<int> retentionDays;
    bool archived = false;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;

    //! Stable names used in the vault, the CLI and JSON: "consent", "contract", "legal-obligation",
    //! "vital-interests", "public-task", "legitimate-interests".
    static QString basisName(LawfulBasis basis);
    static std::optional<LawfulBasis> basisFromName(const QString& name);
    //! Translated label for the GUI ("Consent", "Legitimate interests").
    static QString basisLabel(LawfulBasis basis);
    //! The article the basis rests on: "Art. 6(1)(a)" … "Art. 6(1)(f)".
    static QString articleRef(LawfulBasis basis);
    //! Every basis, in article order.
    static QList<LawfulBasis> bases();
};

} // namespace confidant::privacy
