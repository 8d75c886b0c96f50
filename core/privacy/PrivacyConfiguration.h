#pragma once

#include "core/Result.h"
#include "core/privacy/ControllerService.h"
#include "core/privacy/FieldSettingsService.h"
#include "core/privacy/Notice.h"
#include "core/privacy/Processor.h"
#include "core/privacy/Purpose.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace confidant::privacy {

class NoticeService;
class ProcessorService;
class PurposeService;

//! The personal data a purpose uses, grouped by registry category (switched-off fields left out).
struct CategoryUse
{
    crm::DataCategory category;
    //! Translated category name.
    QString name;
    //! Translated field labels, in registry order.
    QStringList fields;
};

//! Everything the privacy-policy generator and the record of processing (Art. 30) are built from: a
//! snapshot of the vault's configuration, so that both are pure functions of it (deterministic, testable
//! without a vault). Purposes and processors are the active ones, sorted by name.
struct PrivacyConfiguration
{
    Q_DECLARE_TR_FUNCTIONS(PrivacyConfiguration)

public:
    ControllerDetails controller;
    QList<Purpose> purposes;
    QList<Processor> processors;
    //! Every registry field with its settings, in registry order.
    QList<FieldSetting> fields;
    //! The notice language the policy is for.
    QString language;
    //! The current (latest published) notice of `language`.
    std::optional<Notice> notice;

    //! Reads the configuration as the acting profile (needs "view contacts").
    static Result<PrivacyConfiguration> load(PurposeService& purposes,
                                             const ProcessorService& processors,
                                             const ControllerService& controller,
                                             const FieldSettingsService& fields,
                                             const NoticeService& notices,
                                             const QString& language);

    //! The enabled, non-special fields of `purpose` grouped by category, in category order.
    QList<CategoryUse> categoriesOf(const Purpose& purpose) const;
    //! Labels of the enabled special-category (Art. 9) fields `purpose` uses.
    QStringList specialFieldsOf(const Purpose& purpose) const;
    //! The processors serving `purpose`, by name.
    QList<Processor> processorsOf(const Purpose& purpose) const;
    //! The processors outside the EEA, by name.
    QList<Processor> transfers() const;

    //! "365 days"; "not set" when the purpose has none.
    static QString retentionText(const Purpose& purpose);
    //! "Consent (Art. 6(1)(a) GDPR)".
    static QString basisText(const Purpose& purpose);
    //! "France", or "country not set".
    static QString countryText(const Processor& processor);
};

} // namespace confidant::privacy
