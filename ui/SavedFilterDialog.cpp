#include "SavedFilterDialog.h"

#include "core/crm/SavedFilterService.h"

#include "ui/FieldErrorLabel.h"
#include "ui/RecordInfo.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace confidant::ui {

SavedFilterDialog::SavedFilterDialog(crm::SavedFilterService& filters,
                                     const std::optional<crm::SavedFilter>& existing,
                                     const crm::ContactFilter& start,
                                     QWidget* parent)
    : QDialog(parent)
    , m_filters(filters)
    , m_existing(existing)
{
    setObjectName(QStringLiteral("savedFilterDialog"));
    setWindowTitle(existing ? tr("Edit filter — %1").arg(existing->name) : tr("New filter"));
    const crm::ContactFilter f = existing ? existing->contactFilter() : start;

    const auto line = [this](const QString& text, const char* name) {
        auto* edit = new QLineEdit(text, this);
        edit->setObjectName(QString::fromLatin1(name));
        connect(edit, &QLineEdit::textChanged, this, &SavedFilterDialog::updateButtons);
        return edit;
    };
    m_name = line(existing ? existing->name : QString(), "filterName");
    m_name->setPlaceholderText(tr("e.g. Customers in Berlin"));
    m_search = line(f.search, "filterSearch");
    m_search->setPlaceholderText(tr("Found in names, emails, phones, company or notes"));
    m_tags = line(f.tags.join(QStringLiteral(", ")), "filterTags");
    m_tags->setPlaceholderText(tr("All of these tags, separated by commas"));
    m_company = line(f.company, "filterCompany");
    m_city = line(f.city, "filterCity");
    m_country = line(f.country, "filterCountry");

    auto* hint = new QLabel(tr("A contact must match every part that is filled in."), this);
    hint->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Words:"), m_search);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("C&ity:"), m_city);
    form->addRow(tr("Cou&ntry:"), m_country);

    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("filterError"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &SavedFilterDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 40);
    m_name->setFocus(Qt::OtherFocusReason);
    updateButtons();
}

crm::ContactFilter SavedFilterDialog::collect() const
{
    crm::ContactFilter f;
    f.search = m_search->text().trimmed();
    f.tags = RecordInfo::splitTags(m_tags->text());
    f.company = m_company->text().trimmed();
    f.city = m_city->text().trimmed();
    f.country = m_country->text().trimmed();
    if (m_existing) {
        // Parts this dialog does not show are kept as they were.
        const crm::ContactFilter before = m_existing->contactFilter();
        f.updatedSinceMs = before.updatedSinceMs;
        f.updatedBeforeMs = before.updatedBeforeMs;
    }
    return f;
}

void SavedFilterDialog::updateButtons()
{
    m_save->setEnabled(!m_name->text().trimmed().isEmpty() && !collect().isEmpty());
    m_error->setMessage(QString());
}

void SavedFilterDialog::save()
{
    const QString name = m_name->text().trimmed();
    const crm::ContactFilter filter = collect();
    const QString type = QStringLiteral("contact");
    Result<crm::SavedFilter> saved = makeError(ErrorKind::Invalid, QString());
    if (!m_existing) {
        saved = m_filters.createContactFilter(name, filter);
    } else {
        // Renaming first: a name already taken is refused before anything changes.
        QString current = m_existing->name;
        if (name != current) {
            saved = m_filters.rename(type, current, name);
            if (saved) {
                current = saved->name;
            }
        }
        if (name == m_existing->name || saved) {
            saved = m_filters.update(type, current, filter.toJson());
        }
    }
    if (!saved) {
        m_error->setMessage(saved.error().message);
        return;
    }
    m_savedName = saved->name;
    accept();
}

} // namespace confidant::ui
