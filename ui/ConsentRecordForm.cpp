#include "ConsentRecordForm.h"

#include "core/privacy/NoticeService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>

#include <algorithm>

namespace confidant::ui {

ConsentRecordForm::ConsentRecordForm(
    privacy::NoticeService& notices, const Clock& clock, bool withNotice, bool withExpiry, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
{
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("consentMethod"));
    for (const privacy::ConsentMethod method : privacy::ConsentService::methods()) {
        m_method->addItem(privacy::ConsentService::methodLabel(method), static_cast<int>(method));
    }
    m_evidence = new QLineEdit(this);
    m_evidence->setObjectName(QStringLiteral("consentEvidence"));
    m_evidence->setPlaceholderText(tr("e.g. signed form filed under 2026/14, web form submission 5521"));
    m_evidence->setToolTip(tr("Where the proof is: it is shown with the consent, never written to the audit trail."));

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&How:"), m_method);
    form->addRow(tr("&Evidence:"), m_evidence);
    if (withNotice) {
        m_notice = new QComboBox(this);
        m_notice->setObjectName(QStringLiteral("consentNotice"));
        loadNotices(notices);
        form->addRow(tr("Privacy &notice shown:"), m_notice);
        connect(m_notice, &QComboBox::currentIndexChanged, this, &ConsentRecordForm::changed);
    }
    if (withExpiry) {
        m_expiry = new QComboBox(this);
        m_expiry->setObjectName(QStringLiteral("consentExpiry"));
        m_expiry->addItem(tr("Never"), 0);
        m_expiry->addItem(tr("After 6 months"), 6);
        m_expiry->addItem(tr("After a year"), 12);
        m_expiry->addItem(tr("After 2 years"), 24);
        m_expiry->addItem(tr("After 3 years"), 36);
        m_expiry->setToolTip(tr("When the consent should be asked for again; the dashboard lists it when due."));
        form->addRow(tr("&Ask again:"), m_expiry);
        connect(m_expiry, &QComboBox::currentIndexChanged, this, &ConsentRecordForm::changed);
    }
    connect(m_method, &QComboBox::currentIndexChanged, this, &ConsentRecordForm::changed);
    connect(m_evidence, &QLineEdit::textEdited, this, &ConsentRecordForm::changed);
}

void ConsentRecordForm::loadNotices(privacy::NoticeService& notices)
{
    m_notice->addItem(tr("None recorded"), QString());
    auto all = notices.list();
    if (!all) {
        return; // the notice is optional; recording still works without one
    }
    QList<privacy::Notice> published;
    std::copy_if(all->cbegin(), all->cend(), std::back_inserter(published), [](const privacy::Notice& n) {
        return n.isPublished();
    });
    // Newest first: the notice shown today is the current one, usually in the user's language.
    std::sort(published.begin(), published.end(), [](const privacy::Notice& a, const privacy::Notice& b) {
        return a.publishedAtMs.value_or(0) > b.publishedAtMs.value_or(0);
    });
    const QString uiLanguage = QLocale().name().section(QLatin1Char('_'), 0, 0);
    int preferred = -1;
    for (const privacy::Notice& notice : published) {
        m_notice->addItem(tr("%1 version %2 — %3").arg(notice.language).arg(notice.version).arg(notice.title),
                          notice.uid);
        if (preferred < 0 && notice.language == uiLanguage) {
            preferred = m_notice->count() - 1;
        }
    }
    if (m_notice->count() > 1) {
        m_notice->setCurrentIndex(preferred > 0 ? preferred : 1);
    }
}

privacy::ConsentRecord ConsentRecordForm::record() const
{
    privacy::ConsentRecord record;
    record.method = method();
    record.evidence = m_evidence->text().trimmed();
    if (m_notice) {
        record.notice = m_notice->currentData().toString();
    }
    if (m_expiry) {
        if (const int months = m_expiry->currentData().toInt(); months > 0) {
            record.expiresAtMs = m_clock.nowUtc().addMonths(months).toMSecsSinceEpoch();
        }
    }
    return record;
}

void ConsentRecordForm::setMethod(privacy::ConsentMethod method)
{
    m_method->setCurrentIndex(m_method->findData(static_cast<int>(method)));
}

privacy::ConsentMethod ConsentRecordForm::method() const
{
    return static_cast<privacy::ConsentMethod>(m_method->currentData().toInt());
}

int ConsentRecordForm::noticeCount() const
{
    return m_notice ? m_notice->count() - 1 : 0;
}

} // namespace confidant::ui
