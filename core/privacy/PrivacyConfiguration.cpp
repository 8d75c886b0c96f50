#include "PrivacyConfiguration.h"

#include "core/privacy/NoticeService.h"
#include "core/privacy/ProcessorService.h"
#include "core/privacy/PurposeService.h"

#include <QHash>

#include <algorithm>

namespace confidant::privacy {

namespace {

constexpr crm::DataCategory kCategoryOrder[] = {crm::DataCategory::Identity,
                                                crm::DataCategory::Contact,
                                                crm::DataCategory::Professional,
                                                crm::DataCategory::Financial,
                                                crm::DataCategory::Behavioural,
                                                crm::DataCategory::Provenance,
                                                crm::DataCategory::SpecialCategory};

// Names sort without regard to case, then by uid, so that equal names still give one order.
template <typename T>
void sortByName(QList<T>& items)
{
    std::stable_sort(items.begin(), items.end(), [](const T& a, const T& b) {
        const int c = a.name.compare(b.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.uid < b.uid;
    });
}

} // namespace

Result<PrivacyConfiguration> PrivacyConfiguration::load(PurposeService& purposes,
                                                        const ProcessorService& processors,
                                                        const ControllerService& controller,
                                                        const FieldSettingsService& fields,
                                                        const NoticeService& notices,
                                                        const QString& language)
{
    PrivacyConfiguration c;
    auto details = controller.details();
    if (!details) {
        return details.error();
    }
    c.controller = *details;
    auto purposeList = purposes.list(false);
    if (!purposeList) {
        return purposeList.error();
    }
    c.purposes = *purposeList;
    sortByName(c.purposes);
    auto processorList = processors.list(false);
    if (!processorList) {
        return processorList.error();
    }
    c.processors = *processorList;
    sortByName(c.processors);
    auto fieldList = fields.list();
    if (!fieldList) {
        return fieldList.error();
    }
    c.fields = *fieldList;
    const auto code = Notice::normalizeLanguage(language);
    if (!code) {
        return makeError(ErrorKind::Invalid, tr("A language is a code such as en, de or de-AT."));
    }
    c.language = *code;
    auto current = notices.current(c.language);
    if (!current) {
        return current.error();
    }
    c.notice = *current;
    return c;
}

QList<CategoryUse> PrivacyConfiguration::categoriesOf(const Purpose& purpose) const
{
    QList<CategoryUse> out;
    for (crm::DataCategory category : kCategoryOrder) {
        CategoryUse use {category, crm::FieldRegistry::categoryName(category), {}};
        for (const FieldSetting& f : fields) {
            if (f.category == category && f.enabled && !f.special && purpose.fields.contains(f.key)) {
                use.fields.append(f.label);
            }
        }
        if (!use.fields.isEmpty()) {
            out.append(use);
        }
    }
    return out;
}

QStringList PrivacyConfiguration::specialFieldsOf(const Purpose& purpose) const
{
    QStringList out;
    for (const FieldSetting& f : fields) {
        if (f.enabled && f.special && purpose.fields.contains(f.key)) {
            out.append(f.label);
        }
    }
    return out;
}

QList<Processor> PrivacyConfiguration::processorsOf(const Purpose& purpose) const
{
    QList<Processor> out;
    for (const Processor& p : processors) {
        const bool serves = std::any_of(
            p.purposes.cbegin(), p.purposes.cend(), [&](const ServedPurpose& s) { return s.id == purpose.id; });
        if (serves) {
            out.append(p);
        }
    }
    return out;
}

QList<Processor> PrivacyConfiguration::transfers() const
{
    QList<Processor> out;
    for (const Processor& p : processors) {
        if (p.isTransfer()) {
            out.append(p);
        }
    }
    return out;
}

QString PrivacyConfiguration::retentionText(const Purpose& purpose)
{
    if (!purpose.retentionDays) {
        return tr("not set");
    }
    // Not "%n day(s)": without an English translation file that would print "day(s)" into a legal text.
    const int days = *purpose.retentionDays;
    if (days == 1) {
        return tr("1 day");
    }
    if (days == 365) {
        return tr("365 days (1 year)");
    }
    if (days % 365 == 0) {
        return tr("%1 days (%2 years)").arg(days).arg(days / 365);
    }
    return tr("%1 days").arg(days);
}

QString PrivacyConfiguration::basisText(const Purpose& purpose)
{
    return tr("%1 (%2 GDPR)").arg(Purpose::basisLabel(purpose.basis), Purpose::articleRef(purpose.basis));
}

QString PrivacyConfiguration::countryText(const Processor& processor)
{
    if (processor.country.isEmpty()) {
        return tr("country not set");
    }
    return Processor::countryName(processor.country);
}

} // namespace confidant::privacy
