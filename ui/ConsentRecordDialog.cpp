#include "ConsentRecordDialog.h"

#include "ui/ConsentRecordForm.h"
#include "ui/FieldErrorLabel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace confidant::ui {

ConsentRecordDialog::ConsentRecordDialog(privacy::ConsentEventKind kind,
                                         const QString& purposeName,
                                         privacy::NoticeService& notices,
                                         const Clock& clock,
                                         Submit submit,
                                         QWidget* parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_submit(std::move(submit))
{
    setObjectName(QStringLiteral("consentRecordDialog"));
    using Kind = privacy::ConsentEventKind;
    QString title;
    QString explanation;
    QString action;
    switch (kind) {
    case Kind::Granted:
        title = tr("Record consent — %1").arg(purposeName);
        explanation
            = tr("Record that the person agreed to “%1”: how they said so and where the proof is.").arg(purposeName);
        action = tr("Record &consent");
        break;
    case Kind::Withdrawn:
        title = tr("Withdraw consent — %1").arg(purposeName);
        explanation = tr("Record that the person withdrew their consent to “%1”. From now on they are left out "
                         "of everything done for this purpose.")
                          .arg(purposeName);
        action = tr("Record &withdrawal");
        break;
    case Kind::Refreshed:
        title = tr("Renew consent — %1").arg(purposeName);
        explanation = tr("Record that the person confirmed their consent to “%1” again.").arg(purposeName);
        action = tr("Record &renewal");
        break;
    }
    setWindowTitle(title);
    auto* text = new QLabel(explanation, this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    const bool grants = kind != Kind::Withdrawn;
    m_form = new ConsentRecordForm(notices, clock, grants, grants, this);
    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("consentError"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(action);
    ok->setObjectName(QStringLiteral("recordConsentButton"));
    ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConsentRecordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &ConsentRecordForm::changed, this, [this] { m_error->setMessage({}); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    setMinimumWidth(em * 44);
}

void ConsentRecordDialog::submit()
{
    const QString error = m_submit(m_form->record());
    if (!error.isEmpty()) {
        m_error->setMessage(error);
        return;
    }
    accept();
}

} // namespace confidant::ui
