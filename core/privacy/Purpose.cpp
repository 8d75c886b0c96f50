#include "Purpose.h"

namespace confidant::privacy {

QString Purpose::basisName(LawfulBasis basis)
{
    switch (basis) {
    case LawfulBasis::Consent:
        return QStringLiteral("consent");
    case LawfulBasis::Contract:
        return QStringLiteral("contract");
    case LawfulBasis::LegalObligation:
        return QStringLiteral("legal-obligation");
    case LawfulBasis::VitalInterests:
        return QStringLiteral("vital-interests");
    case LawfulBasis::PublicTask:
        return QStringLiteral("public-task");
    case LawfulBasis::LegitimateInterests:
        return QStringLiteral("legitimate-interests");
    }
    return QStringLiteral("consent");
}

std::optional<LawfulBasis> Purpose::basisFromName(const QString& name)
{
    const QString key = name.trimmed().toLower();
    for (LawfulBasis basis : bases()) {
        if (basisName(basis) == key) {
            return basis;
        }
    }
    return std::nullopt;
}

QString Purpose::basisLabel(LawfulBasis basis)
{
    switch (basis) {
    case LawfulBasis::Consent:
        return tr("Consent");
    case LawfulBasis::Contract:
        return tr("Contract");
    case LawfulBasis::LegalObligation:
        return tr("Legal obligation");
    case LawfulBasis::VitalInterests:
        return tr("Vital interests");
    case LawfulBasis::PublicTask:
        return tr("Public task");
    case LawfulBasis::LegitimateInterests:
        return tr("Legitimate interests");
    }
    return {};
}

QString Purpose::articleRef(LawfulBasis basis)
{
    const char letter = static_cast<char>('a' + static_cast<int>(basis));
    return QStringLiteral("Art. 6(1)(%1)").arg(QLatin1Char(letter));
}

QList<LawfulBasis> Purpose::bases()
{
    return {LawfulBasis::Consent,
            LawfulBasis::Contract,
            LawfulBasis::LegalObligation,
            LawfulBasis::VitalInterests,
            LawfulBasis::PublicTask,
            LawfulBasis::LegitimateInterests};
}

} // namespace confidant::privacy
