#pragma once

#include "core/privacy/PrivacyConfiguration.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace confidant::privacy {

//! One record of processing activities (Art. 30(1) GDPR), one per purpose. Texts are translated and ready
//! to print; lists are joined with "; ".
struct RopaRecord
{
    QString purpose;
    QString description;
    QString controller; //!< Art. 30(1)(a): name and contact details
    QString dpo; //!< Art. 30(1)(a)
    QString lawfulBasis;
    QString legitimateInterest;
    QString dataSubjects; //!< Art. 30(1)(c)
    QString personalData; //!< Art. 30(1)(c)
    QString specialCategories;
    QString recipients; //!< Art. 30(1)(d)
    QString transfers; //!< Art. 30(1)(e)
    QString retention; //!< Art. 30(1)(f)
    QString securityMeasures; //!< Art. 30(1)(g), Art. 32(1)
};

//! The record of processing activities (Art. 30 GDPR) built from purposes, field categories, recipients,
//! transfers, retention and a fixed, honest list of the security measures Confidant itself takes.
//! Deterministic for the same configuration. Markdown for reading and PDF, CSV (RFC 4180, UTF-8, CRLF, one
//! row per purpose) for spreadsheets.
class RopaReport
{
    Q_DECLARE_TR_FUNCTIONS(RopaReport)

public:
    static QList<RopaRecord> records(const PrivacyConfiguration& config);
    static QString markdown(const PrivacyConfiguration& config);
    //! Header `purpose,description,controller,dpo,lawful_basis,legitimate_interest,data_subjects,
    //! personal_data,special_categories,recipients,transfers,retention,security_measures`.
    static QByteArray csv(const PrivacyConfiguration& config);
    //! What Confidant does to protect the vault (Art. 32): only what is true of every vault.
    static QStringList securityMeasures();
};

} // namespace confidant::privacy
