#include "ConsentCaptureWidget.h"

#include "core/privacy/PurposeService.h"

#include "ui/ConsentRecordForm.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace confidant::ui {

namespace {
constexpr const char* kPurposeId = "purposeId";
constexpr const char* kPurposeName = "purposeName";
} // namespace

ConsentCaptureWidget::ConsentCaptureWidget(privacy::PurposeService& purposes,
                                           privacy::NoticeService& notices,
                                           QWidget* parent,
                                           const Clock* clock)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("consentCapture"));
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(tr("Tick what the person agreed to now. Each purpose is recorded as a separate "
                            "consent they can withdraw on its own."),
                         this);
    m_intro->setObjectName(QStringLiteral("consentCaptureIntro"));
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto list = purposes.list();
    if (list) {
        for (const privacy::Purpose& purpose : *list) {
            if (!purpose.requiresConsent) {
                continue; // other bases need no consent: nothing to capture
            }
            // A "&" in the name is shown, not taken as a shortcut.
            auto* box = new QCheckBox(QString(purpose.name).replace(QLatin1Char('&'), QStringLiteral("&&")), this);
            box->setProperty(kPurposeName, purpose.name);
            box->setObjectName(QStringLiteral("consentPurpose"));
            box->setProperty(kPurposeId, purpose.id.value);
            box->setToolTip(purpose.description);
            layout->addWidget(box);
            m_boxes.append(box);
            connect(box, &QCheckBox::toggled, this, [this] {
                updateEnabled();
                emit changed();
            });
        }
    }
    m_empty = new QLabel(list ? tr("No purpose needs consent: nothing to record here.") : list.error().message, this);
    m_empty->setObjectName(QStringLiteral("consentCaptureEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setVisible(m_boxes.isEmpty());
    layout->addWidget(m_empty);

    m_form = new ConsentRecordForm(notices, clock ? *clock : m_systemClock, true, true, this);
    m_form->setVisible(!m_boxes.isEmpty());
    layout->addWidget(m_form);
    layout->addStretch(1);
    connect(m_form, &ConsentRecordForm::changed, this, &ConsentCaptureWidget::changed);
    updateEnabled();
}

QList<privacy::ConsentCapture> ConsentCaptureWidget::captures() const
{
    QList<privacy::ConsentCapture> result;
    const privacy::ConsentRecord record = m_form->record();
    for (const QCheckBox* box : m_boxes) {
        if (box->isChecked()) {
            result.append({privacy::PurposeId {box->property(kPurposeId).toLongLong()}, record});
        }
    }
    return result;
}

bool ConsentCaptureWidget::hasCaptures() const
{
    return std::any_of(m_boxes.cbegin(), m_boxes.cend(), [](const QCheckBox* box) { return box->isChecked(); });
}

void ConsentCaptureWidget::setIntro(const QString& text)
{
    m_intro->setText(text);
}

void ConsentCaptureWidget::setMethod(privacy::ConsentMethod method)
{
    m_form->setMethod(method);
}

bool ConsentCaptureWidget::setChecked(const QString& purposeName, bool checked)
{
    for (QCheckBox* box : std::as_const(m_boxes)) {
        if (box->property(kPurposeName).toString().compare(purposeName, Qt::CaseInsensitive) == 0) {
            box->setChecked(checked);
            return true;
        }
    }
    return false;
}

QStringList ConsentCaptureWidget::purposeNames() const
{
    QStringList names;
    for (const QCheckBox* box : m_boxes) {
        names.append(box->property(kPurposeName).toString());
    }
    return names;
}

void ConsentCaptureWidget::updateEnabled()
{
    // How, evidence and notice belong to a ticked purpose; with none ticked they record nothing.
    m_form->setEnabled(hasCaptures());
}

} // namespace confidant::ui
