#include "PurposeEditorDialog.h"

#include "core/privacy/PurposeService.h"

#include "ui/FieldErrorLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace confidant::ui {

using privacy::LawfulBasis;
using privacy::Purpose;

namespace {

constexpr int kDaysPerMonth = 30;
constexpr int kDaysPerYear = 365;

QPlainTextEdit* textBox(const QString& text, const char* name, int lines, QWidget* parent)
{
    auto* box = new QPlainTextEdit(text, parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setTabChangesFocus(true);
    box->setFixedHeight(box->fontMetrics().lineSpacing() * lines + 2 * box->frameWidth() + 8);
    return box;
}

} // namespace

PurposeEditorDialog::PurposeEditorDialog(privacy::PurposeService& purposes,
                                         const QList<privacy::FieldSetting>& fields,
                                         const Purpose& purpose,
                                         QWidget* parent)
    : QDialog(parent)
    , m_purposes(purposes)
    , m_original(purpose)
{
    setObjectName(QStringLiteral("purposeEditor"));
    setWindowTitle(isNew() ? tr("New purpose") : tr("Edit purpose — %1").arg(purpose.name));

    m_name = new QLineEdit(purpose.name, this);
    m_name->setObjectName(QStringLiteral("purposeName"));
    m_name->setPlaceholderText(tr("e.g. Newsletter"));
    m_description = textBox(purpose.description, "purposeDescription", 3, this);
    m_description->setPlaceholderText(tr("What the data is used for, in words the people concerned understand."));

    m_basis = new QComboBox(this);
    m_basis->setObjectName(QStringLiteral("purposeBasis"));
    for (LawfulBasis basis : Purpose::bases()) {
        m_basis->addItem(tr("%1 — %2").arg(Purpose::basisLabel(basis), Purpose::articleRef(basis)),
                         static_cast<int>(basis));
    }
    m_basis->setCurrentIndex(m_basis->findData(static_cast<int>(purpose.basis)));
    m_basis->setToolTip(tr("The lawful basis of Art. 6(1) GDPR this processing rests on."));

    m_interest = textBox(purpose.legitimateInterest, "purposeInterest", 3, this);
    m_interest->setPlaceholderText(
        tr("The interest pursued, and why it is not overridden by the interests and rights of the people "
           "concerned."));
    m_interestLabel = new QLabel(tr("Legitimate &interest:"), this);
    m_interestLabel->setBuddy(m_interest);

    m_requiresConsent = new QCheckBox(tr("Use needs each person's &consent"), this);
    m_requiresConsent->setObjectName(QStringLiteral("purposeRequiresConsent"));
    m_requiresConsent->setChecked(purpose.requiresConsent);
    m_directMarketing = new QCheckBox(tr("&Direct marketing (an objection always stops it, Art. 21(3))"), this);
    m_directMarketing->setObjectName(QStringLiteral("purposeDirectMarketing"));
    m_directMarketing->setChecked(purpose.directMarketing);

    m_retentionUnit = new QComboBox(this);
    m_retentionUnit->setObjectName(QStringLiteral("purposeRetentionUnit"));
    m_retentionUnit->addItem(tr("Not set"), NoRetention);
    m_retentionUnit->addItem(tr("days"), Days);
    m_retentionUnit->addItem(tr("months"), Months);
    m_retentionUnit->addItem(tr("years"), Years);
    m_retentionUnit->setToolTip(tr("A month counts as 30 days, a year as 365 days."));
    m_retentionValue = new QSpinBox(this);
    m_retentionValue->setObjectName(QStringLiteral("purposeRetentionValue"));
    m_retentionValue->setRange(1, 36500);
    if (purpose.retentionDays) {
        const int days = *purpose.retentionDays;
        if (days % kDaysPerYear == 0) {
            m_retentionUnit->setCurrentIndex(m_retentionUnit->findData(Years));
            m_retentionValue->setValue(days / kDaysPerYear);
        } else if (days % kDaysPerMonth == 0) {
            m_retentionUnit->setCurrentIndex(m_retentionUnit->findData(Months));
            m_retentionValue->setValue(days / kDaysPerMonth);
        } else {
            m_retentionUnit->setCurrentIndex(m_retentionUnit->findData(Days));
            m_retentionValue->setValue(days);
        }
    } else {
        m_retentionUnit->setCurrentIndex(m_retentionUnit->findData(NoRetention));
    }
    auto* retention = new QHBoxLayout;
    retention->addWidget(m_retentionValue);
    retention->addWidget(m_retentionUnit);
    retention->addStretch();

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("D&escription:"), m_description);
    form->addRow(tr("Lawful &basis:"), m_basis);
    form->addRow(m_interestLabel, m_interest);
    form->addRow(QString(), m_requiresConsent);
    form->addRow(QString(), m_directMarketing);
    auto* retentionLabel = new QLabel(tr("Default &retention:"), this);
    retentionLabel->setBuddy(m_retentionValue);
    form->addRow(retentionLabel, retention);

    // The registry fields, grouped by entity; switched-off fields can still be named by a purpose.
    m_fields = new QListWidget(this);
    m_fields->setObjectName(QStringLiteral("purposeFields"));
    m_fields->setSelectionMode(QAbstractItemView::NoSelection);
    QString entity;
    for (const privacy::FieldSetting& f : fields) {
        if (f.entity != entity) {
            entity = f.entity;
            auto* header = new QListWidgetItem(entityLabel(entity), m_fields);
            header->setFlags(Qt::ItemIsEnabled);
            QFont bold = header->font();
            bold.setBold(true);
            header->setFont(bold);
        }
        QString text = f.label;
        if (!f.enabled) {
            text = tr("%1 (switched off)").arg(f.label);
        }
        auto* item = new QListWidgetItem(text, m_fields);
        item->setData(Qt::UserRole, f.key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(purpose.fields.contains(f.key) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(tr("%1 — %2").arg(f.key, crm::FieldRegistry::categoryName(f.category)));
    }
    auto* fieldsLabel = new QLabel(tr("Data &fields used:"), this);
    fieldsLabel->setBuddy(m_fields);
    auto* fieldsColumn = new QVBoxLayout;
    fieldsColumn->addWidget(fieldsLabel);
    fieldsColumn->addWidget(m_fields, 1);

    // The list is as wide as its longest label, so that no field name is cut off.
    m_fields->setMinimumWidth(m_fields->sizeHintForColumn(0) + 2 * m_fields->frameWidth()
                              + m_fields->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8);

    auto* formColumn = new QVBoxLayout;
    formColumn->addLayout(form);
    formColumn->addStretch();
    auto* columns = new QHBoxLayout;
    columns->addLayout(formColumn, 1);
    columns->addLayout(fieldsColumn);

    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("purposeError"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("purposeSave"));
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &PurposeEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_basis, &QComboBox::currentIndexChanged, this, &PurposeEditorDialog::basisChanged);
    connect(m_retentionUnit, &QComboBox::currentIndexChanged, this, &PurposeEditorDialog::retentionUnitChanged);
    connect(m_name, &QLineEdit::textChanged, this, &PurposeEditorDialog::revalidate);
    connect(m_description, &QPlainTextEdit::textChanged, this, &PurposeEditorDialog::revalidate);
    connect(m_interest, &QPlainTextEdit::textChanged, this, &PurposeEditorDialog::revalidate);
    connect(m_retentionValue, &QSpinBox::valueChanged, this, &PurposeEditorDialog::revalidate);
    basisChanged();
    retentionUnitChanged();

    m_name->setFocus(Qt::OtherFocusReason);
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 78, fontMetrics().lineSpacing() * 32);
}

QString PurposeEditorDialog::describeRetention(std::optional<int> days)
{
    if (!days) {
        return tr("Not set");
    }
    // Not "%n year(s)": without an English translation file that would show "year(s)".
    if (*days % kDaysPerYear == 0) {
        const int years = *days / kDaysPerYear;
        return years == 1 ? tr("1 year") : tr("%1 years").arg(years);
    }
    if (*days % kDaysPerMonth == 0) {
        const int months = *days / kDaysPerMonth;
        return months == 1 ? tr("1 month") : tr("%1 months").arg(months);
    }
    return *days == 1 ? tr("1 day") : tr("%1 days").arg(*days);
}

QString PurposeEditorDialog::entityLabel(const QString& entity)
{
    if (entity == QLatin1String("contact")) {
        return tr("Contact");
    }
    if (entity == QLatin1String("company")) {
        return tr("Company");
    }
    return entity;
}

Purpose PurposeEditorDialog::collect() const
{
    Purpose p = m_original;
    p.name = m_name->text();
    p.description = m_description->toPlainText();
    p.basis = static_cast<LawfulBasis>(m_basis->currentData().toInt());
    p.legitimateInterest = p.basis == LawfulBasis::LegitimateInterests ? m_interest->toPlainText() : QString();
    p.requiresConsent = m_requiresConsent->isChecked();
    p.directMarketing = m_directMarketing->isChecked();
    QStringList keys;
    QStringList listed;
    for (int row = 0; row < m_fields->count(); ++row) {
        const QListWidgetItem* item = m_fields->item(row);
        const QString key = item->data(Qt::UserRole).toString();
        if (key.isEmpty()) {
            continue;
        }
        listed.append(key);
        if (item->checkState() == Qt::Checked) {
            keys.append(key);
        }
    }
    // A field the list does not offer (not in the registry any more) stays as it was; the service judges it.
    for (const QString& key : m_original.fields) {
        if (!listed.contains(key)) {
            keys.append(key);
        }
    }
    p.fields = keys;
    switch (m_retentionUnit->currentData().toInt()) {
    case Days:
        p.retentionDays = m_retentionValue->value();
        break;
    case Months:
        p.retentionDays = m_retentionValue->value() * kDaysPerMonth;
        break;
    case Years:
        p.retentionDays = m_retentionValue->value() * kDaysPerYear;
        break;
    default:
        p.retentionDays.reset();
        break;
    }
    return p;
}

void PurposeEditorDialog::basisChanged()
{
    const auto basis = static_cast<LawfulBasis>(m_basis->currentData().toInt());
    const bool legitimate = basis == LawfulBasis::LegitimateInterests;
    m_interestLabel->setVisible(legitimate);
    m_interest->setVisible(legitimate);
    // Art. 6(1)(a): a purpose resting on consent can only be used with one (the service enforces it too).
    if (basis == LawfulBasis::Consent) {
        m_requiresConsent->setChecked(true);
        m_requiresConsent->setEnabled(false);
        m_requiresConsent->setToolTip(tr("A purpose based on consent always needs each person's consent."));
    } else {
        m_requiresConsent->setEnabled(true);
        m_requiresConsent->setToolTip(
            tr("Only contacts with a valid consent for this purpose can be used for it (exports, lists)."));
    }
    revalidate();
}

void PurposeEditorDialog::retentionUnitChanged()
{
    m_retentionValue->setEnabled(m_retentionUnit->currentData().toInt() != NoRetention);
    revalidate();
}

void PurposeEditorDialog::revalidate()
{
    if (m_triedSave) {
        m_error->setMessage(m_purposes.validate(collect()).join(QLatin1Char('\n')));
    }
}

void PurposeEditorDialog::save()
{
    m_triedSave = true;
    const Purpose purpose = collect();
    auto saved = isNew() ? m_purposes.create(purpose) : m_purposes.update(purpose);
    if (!saved) {
        m_error->setMessage(saved.error().message);
        return;
    }
    m_error->setMessage(QString());
    m_saved = std::move(saved).value();
    accept();
}

} // namespace confidant::ui
