#include "CompanyEditorDialog.h"

#include "core/crm/CompanyService.h"
#include "core/crm/Validation.h"

#include "ui/FieldErrorLabel.h"
#include "ui/RecordInfo.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace confidant::ui {

CompanyEditorDialog::CompanyEditorDialog(crm::CompanyService& companies, const crm::Company& company, QWidget* parent)
    : QDialog(parent)
    , m_companies(companies)
    , m_original(company)
    , m_showAllErrors(company.id.value != 0)
{
    setObjectName(QStringLiteral("companyEditor"));
    setWindowTitle(isNew() ? tr("New company") : tr("Edit company — %1").arg(company.name));

    auto edit = [this](const QString& text, const char* name, const char* errorKey) {
        auto* line = new QLineEdit(text, this);
        line->setObjectName(QString::fromLatin1(name));
        connect(line, &QLineEdit::textEdited, this, [this, key = QString::fromLatin1(errorKey)] {
            m_touched.insert(key);
            validate();
        });
        return line;
    };
    m_name = edit(company.name, "name", "name");
    m_domain = edit(company.domain, "domain", "domain");
    m_domain->setPlaceholderText(tr("example.com"));
    m_phone = edit(company.phone, "phone", "phone");
    m_phone->setPlaceholderText(tr("+44 20 7946 0958"));
    m_street = edit(company.street, "street", "street");
    m_postcode = edit(company.postcode, "postcode", "postcode");
    m_city = edit(company.city, "city", "city");
    m_region = edit(company.region, "region", "region");
    m_country = edit(company.country, "country", "country");
    m_tags = edit(company.tags.join(QStringLiteral(", ")), "tags", "tag");
    m_tags->setPlaceholderText(tr("e.g. supplier, key account"));
    m_tags->setToolTip(tr("Separate tags with commas."));
    m_notes = new QPlainTextEdit(company.notes, this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        m_touched.insert(QStringLiteral("notes"));
        validate();
    });

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), withError(m_name, QStringLiteral("name")));
    form->addRow(tr("&Web domain:"), withError(m_domain, QStringLiteral("domain")));
    form->addRow(tr("&Phone:"), withError(m_phone, QStringLiteral("phone")));
    form->addRow(tr("&Street:"), withError(m_street, QStringLiteral("street")));
    form->addRow(tr("Post&code:"), withError(m_postcode, QStringLiteral("postcode")));
    form->addRow(tr("C&ity:"), withError(m_city, QStringLiteral("city")));
    form->addRow(tr("&Region:"), withError(m_region, QStringLiteral("region")));
    form->addRow(tr("Cou&ntry:"), withError(m_country, QStringLiteral("country")));
    form->addRow(tr("&Tags:"), withError(m_tags, QStringLiteral("tag")));
    form->addRow(tr("N&otes:"), withError(m_notes, QStringLiteral("notes")));

    m_formError = new FieldErrorLabel(this);
    m_formError->setObjectName(QStringLiteral("formError"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setDefault(true);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &CompanyEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_formError);
    // Details in the first tab; a Timeline tab is added for existing companies (`addTimeline`). The tab bar
    // shows only once there are two tabs.
    auto* details = new QWidget(this);
    details->setLayout(form);
    form->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabBarAutoHide(true);
    m_tabs->addTab(details, tr("&Details"));
    layout->addWidget(m_tabs, 1);
    if (!isNew()) {
        auto* record = new QGroupBox(tr("Record"), this);
        auto* recordForm = new QFormLayout(record);
        auto* source = new QLabel(RecordInfo::describeSource(company.source), record);
        source->setObjectName(QStringLiteral("source"));
        source->setToolTip(company.source);
        auto* created = new QLabel(RecordInfo::formatTime(company.createdAtMs), record);
        created->setObjectName(QStringLiteral("created"));
        auto* updated = new QLabel(RecordInfo::formatTime(company.updatedAtMs), record);
        updated->setObjectName(QStringLiteral("updated"));
        for (QLabel* label : {source, created, updated}) {
            label->setTextFormat(Qt::PlainText);
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        }
        recordForm->addRow(tr("Source:"), source);
        recordForm->addRow(tr("Created:"), created);
        recordForm->addRow(tr("Updated:"), updated);
        layout->addWidget(record);
    }
    layout->addWidget(buttons);

    m_name->setFocus(Qt::OtherFocusReason);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 40);
    validate();
}

QWidget* CompanyEditorDialog::withError(QWidget* field, const QString& errorKey)
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto* error = new FieldErrorLabel(box);
    error->setObjectName(errorKey + QStringLiteral("Error"));
    layout->addWidget(error);
    m_errorLabels.insert(errorKey, error);
    m_rows.insert(errorKey, box);
    return box;
}

void CompanyEditorDialog::hideFields(const QSet<QString>& disabledKeys)
{
    RecordInfo::hideDisabledRows(m_rows, QStringLiteral("company"), disabledKeys);
}

crm::Company CompanyEditorDialog::collect() const
{
    crm::Company c = m_original;
    c.name = m_name->text().trimmed();
    c.domain = m_domain->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.street = m_street->text().trimmed();
    c.postcode = m_postcode->text().trimmed();
    c.city = m_city->text().trimmed();
    c.region = m_region->text().trimmed();
    c.country = m_country->text().trimmed();
    c.tags = RecordInfo::splitTags(m_tags->text());
    c.notes = m_notes->toPlainText();
    return c;
}

crm::Company CompanyEditorDialog::draft() const
{
    return collect();
}

void CompanyEditorDialog::restoreDraft(const crm::Company& draft)
{
    const crm::Company& o = m_original;
    const auto put = [this](QLineEdit* edit, const QString& value, const QString& before, const char* key) {
        edit->setText(value);
        if (value != before) {
            m_touched.insert(QString::fromLatin1(key));
        }
    };
    put(m_name, draft.name, o.name, "name");
    put(m_domain, draft.domain, o.domain, "domain");
    put(m_phone, draft.phone, o.phone, "phone");
    put(m_street, draft.street, o.street, "street");
    put(m_postcode, draft.postcode, o.postcode, "postcode");
    put(m_city, draft.city, o.city, "city");
    put(m_region, draft.region, o.region, "region");
    put(m_country, draft.country, o.country, "country");
    put(m_tags, draft.tags.join(QStringLiteral(", ")), o.tags.join(QStringLiteral(", ")), "tag");
    if (draft.notes != m_notes->toPlainText()) {
        m_notes->setPlainText(draft.notes);
    }
    if (draft.notes != o.notes) {
        m_touched.insert(QStringLiteral("notes"));
    }
    validate();
}

void CompanyEditorDialog::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit* edit : {m_name, m_domain, m_phone, m_street, m_postcode, m_city, m_region, m_country, m_tags}) {
        edit->setReadOnly(readOnly);
    }
    m_notes->setReadOnly(readOnly);
    m_save->setVisible(!readOnly);
    if (readOnly) {
        m_cancel->setText(tr("&Close"));
        m_cancel->setDefault(true);
        setWindowTitle(tr("Company — %1").arg(m_original.name));
    }
}

void CompanyEditorDialog::validate()
{
    const QList<crm::FieldError> errors = crm::Validation::validate(collect());
    QHash<QString, QStringList> byField;
    QStringList other;
    for (const auto& error : errors) {
        if (m_errorLabels.contains(error.field)) {
            byField[error.field].append(error.message);
        } else {
            other.append(error.message);
        }
    }
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
        const bool show = m_showAllErrors || m_touched.contains(it.key());
        it.value()->setMessage(show ? byField.value(it.key()).join(QLatin1Char('\n')) : QString());
    }
    // Also clears a failed save's message once the user edits again.
    m_formError->setMessage(other.join(QLatin1Char('\n')));
    m_save->setEnabled(errors.isEmpty());
}

void CompanyEditorDialog::save()
{
    const crm::Company company = collect();
    if (!crm::Validation::validate(company).isEmpty()) {
        m_showAllErrors = true;
        validate();
        return;
    }
    auto saved = isNew() ? m_companies.create(company) : m_companies.update(company);
    if (!saved) {
        m_formError->setMessage(saved.error().message);
        return;
    }
    m_saved = std::move(saved).value();
    accept();
}

void CompanyEditorDialog::addTimeline(QWidget* timeline)
{
    // The timeline tab sits beside the form; the record's details stay in the first tab.
    m_tabs->addTab(timeline, tr("&Timeline"));
}

} // namespace confidant::ui
