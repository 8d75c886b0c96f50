#pragma once

#include "core/privacy/PrivacyConfiguration.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace confidant::privacy {

//! A generated privacy-policy draft and what the configuration still lacks.
struct PolicyDraft
{
    //! The policy in Markdown (CommonMark with GitHub tables), the missing items at its top.
    QString markdown;
    //! One translated sentence per gap ("No DPO contact set."), in a fixed order.
    QStringList missing;
};

//! Builds a privacy-policy draft (Art. 13/14 GDPR) from the vault's own configuration: controller and
//! DPO, purposes with basis (the legitimate interest written out), data categories per purpose (special
//! categories called out), recipients and processors, transfers outside the EEA with their safeguards,
//! retention per purpose, the data-subject rights and how to exercise them, how updates are announced,
//! and the current notice version. A pure function of the configuration: the same configuration gives
//! the same bytes (no generation time in the text; the PDF footer carries it).
class PolicyGenerator
{
    Q_DECLARE_TR_FUNCTIONS(PolicyGenerator)

public:
    static PolicyDraft generate(const PrivacyConfiguration& config);
    //! What is missing, as listed at the top of the draft.
    static QStringList missing(const PrivacyConfiguration& config);
    //! `text` with Markdown's special characters escaped, for names and free texts inside the draft.
    static QString escape(const QString& text);
};

} // namespace confidant::privacy
