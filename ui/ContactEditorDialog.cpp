#include "ContactEditorDialog.h"

#include "core/crm/CompanyService.h"
#include "core/crm/ContactService.h"
#include "core/crm/Validation.h"
#include "core/privacy/ConsentService.h"
#include "core/privacy/SubjectRightsService.h"
#include "core/security/Permissions.h"

#include "ui/ConsentCaptureWidget.h"
#include "ui/FieldErrorLabel.h"
#include "ui/LabeledValueEditor.h"
#include "ui/RecordInfo.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace confidant::ui {

namespace {

QString birthdayText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// ISO dates, or the locale's own short format with a four-digit year. Text that is no date becomes a
// date the validation refuses (year 1), so the user sees why instead of losing what they typed.
QDate parseBirthday(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        return {};
    }
    QDate date = QDate::fromString(t, Qt::ISODate);
    if (!date.isValid()) {
        QString format = QLocale().dateFormat(QLocale::ShortFormat);
        if (!format.contains(QStringLiteral("yyyy"))) {
            format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
        }
        date = QLocale().toDate(t, format);
    }
    return date.isValid() ? date : QDate(1, 1, 1);
}

// Enough to pick from; a company further down is still found by name when saving.
constexpr int kMaxCompaniesListed = 5000;

QLineEdit* lineEdit(const QString& text, const char* objectName, QWidget* parent)
{
    auto* edit = new QLineEdit(text, parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    return edit;
}

} // namespace

ContactEditorDialog::ContactEditorDialog(crm::ContactService& contacts,
                                         crm::CompanyService& companies,
                                         const crm::Contact& contact,
                                         QWidget* parent)
    : QDialog(parent)
    , m_contacts(contacts)
    , m_companies(companies)
    , m_original(contact)
    , m_showAllErrors(contact.id.value != 0)
{
    setObjectName(QStringLiteral("contactEditor"));
    setWindowTitle(isNew() ? tr("New contact") : tr("Edit contact — %1").arg(contact.displayName()));

    m_given = lineEdit(contact.givenName, "givenName", this);
    m_family = lineEdit(contact.familyName, "familyName", this);
    m_company = new QComboBox(this);
    m_company->setObjectName(QStringLiteral("company"));
    m_company->setEditable(true);
    m_company->setInsertPolicy(QComboBox::NoInsert);
    m_company->lineEdit()->setPlaceholderText(tr("Pick one or type a new name"));
    m_companyHint = new QLabel(this);
    m_companyHint->setObjectName(QStringLiteral("companyHint"));
    m_companyHint->setTextFormat(Qt::PlainText);
    m_companyHint->setWordWrap(true);
    m_companyHint->setEnabled(false);
    m_companyHint->hide();
    m_jobTitle = lineEdit(contact.jobTitle, "jobTitle", this);
    m_emails = new LabeledValueEditor(LabeledValueEditor::Kind::Email, this);
    m_emails->setObjectName(QStringLiteral("emails"));
    m_emails->setValues(contact.emails);
    m_phones = new LabeledValueEditor(LabeledValueEditor::Kind::Phone, this);
    m_phones->setObjectName(QStringLiteral("phones"));
    m_phones->setValues(contact.phones);
    m_street = lineEdit(contact.street, "street", this);
    m_postcode = lineEdit(contact.postcode, "postcode", this);
    m_city = lineEdit(contact.city, "city", this);
    m_region = lineEdit(contact.region, "region", this);
    m_country = lineEdit(contact.country, "country", this);
    m_birthday = lineEdit(birthdayText(contact.birthday), "birthday", this);
    m_birthday->setPlaceholderText(tr("YYYY-MM-DD"));
    m_website = lineEdit(contact.website, "website", this);
    m_website->setPlaceholderText(tr("e.g. https://example.com"));
    m_tags = lineEdit(contact.tags.join(QStringLiteral(", ")), "tags", this);
    m_tags->setPlaceholderText(tr("e.g. customer, newsletter"));
    m_tags->setToolTip(tr("Separate tags with commas."));
    m_notes = new QPlainTextEdit(contact.notes, this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    loadCompanies();

    auto* companyBox = new QWidget(this);
    auto* companyLayout = new QVBoxLayout(companyBox);
    companyLayout->setContentsMargins(0, 0, 0, 0);
    companyLayout->setSpacing(2);
    companyLayout->addWidget(withError(m_company, QStringLiteral("company")));
    companyLayout->addWidget(m_companyHint);

    auto* person = new QGroupBox(tr("Person"), this);
    auto* personForm = new QFormLayout(person);
    personForm->addRow(tr("&Given name:"), withError(m_given, QStringLiteral("given")));
    personForm->addRow(tr("&Family name:"), withError(m_family, QStringLiteral("family")));
    personForm->addRow(tr("C&ompany:"), companyBox);
    personForm->addRow(tr("&Job title:"), withError(m_jobTitle, QStringLiteral("title")));
    personForm->addRow(tr("&Birthday:"), withError(m_birthday, QStringLiteral("birthday")));
    personForm->addRow(tr("&Tags:"), withError(m_tags, QStringLiteral("tag")));

    auto* reach = new QGroupBox(tr("Email and phone"), this);
    auto* reachForm = new QFormLayout(reach);
    reachForm->addRow(tr("&Email:"), withError(m_emails, QStringLiteral("email")));
    reachForm->addRow(tr("&Phone:"), withError(m_phones, QStringLiteral("phone")));
    reachForm->addRow(tr("&Website:"), withError(m_website, QStringLiteral("website")));

    auto* address = new QGroupBox(tr("Address"), this);
    auto* addressForm = new QFormLayout(address);
    addressForm->addRow(tr("&Street:"), withError(m_street, QStringLiteral("street")));
    addressForm->addRow(tr("Post&code:"), withError(m_postcode, QStringLiteral("postcode")));
    addressForm->addRow(tr("C&ity:"), withError(m_city, QStringLiteral("city")));
    addressForm->addRow(tr("&Region:"), withError(m_region, QStringLiteral("region")));
    addressForm->addRow(tr("Cou&ntry:"), withError(m_country, QStringLiteral("country")));

    auto* notes = new QGroupBox(tr("&Notes"), this);
    auto* notesLayout = new QVBoxLayout(notes);
    notesLayout->addWidget(withError(m_notes, QStringLiteral("notes")));
    // Hiding these fields hides their whole box.
    m_rows.insert(QStringLiteral("company"), companyBox);
    m_rows.insert(QStringLiteral("notes"), notes);

    auto* left = new QVBoxLayout;
    left->addWidget(person);
    left->addWidget(reach);
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(address);
    right->addWidget(notes, 1);
    auto* columns = new QHBoxLayout;
    // Emails and phones need the width; the address fields are short.
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);

    m_formError = new FieldErrorLabel(this);
    m_formError->setObjectName(QStringLiteral("formError"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setDefault(true);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_cancelText = m_cancel->text();
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Art. 18: shown above everything while processing is restricted (setRestriction).
    m_restrictionBanner = new QLabel(this);
    m_restrictionBanner->setObjectName(QStringLiteral("restrictionBanner"));
    m_restrictionBanner->setWordWrap(true);
    m_restrictionBanner->setTextFormat(Qt::PlainText);
    m_restrictionBanner->setStyleSheet(
        QStringLiteral("QLabel#restrictionBanner { background: #fff4ce; color: #3b2f00; padding: 8px; "
                       "border: 1px solid #e0c36a; border-radius: 3px; }"));
    m_restrictionBanner->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_restrictionBanner);
    layout->addWidget(m_formError);
    // Details in the first tab; a Timeline tab is added for existing contacts (`addTimeline`). The tab bar
    // shows only once there are two tabs.
    auto* details = new QWidget(this);
    details->setLayout(columns);
    columns->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabBarAutoHide(true);
    m_tabs->addTab(details, tr("&Details"));
    layout->addWidget(m_tabs, 1);
    if (!isNew()) {
        // Provenance and times, read only (Art. 14(2)(f): where the data came from).
        auto* record = new QGroupBox(tr("Record"), this);
        auto* recordForm = new QFormLayout(record);
        auto* source = new QLabel(RecordInfo::describeSource(contact.source), record);
        source->setObjectName(QStringLiteral("source"));
        source->setToolTip(contact.source);
        auto* created = new QLabel(RecordInfo::formatTime(contact.createdAtMs), record);
        created->setObjectName(QStringLiteral("created"));
        auto* updated = new QLabel(RecordInfo::formatTime(contact.updatedAtMs), record);
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
    applyWithheld();

    const auto watch = [this](QLineEdit* edit, const QStringList& fields) {
        connect(edit, &QLineEdit::textEdited, this, [this, fields] { touch(fields); });
    };
    // The "enter a name" error belongs to both name fields.
    watch(m_given, {QStringLiteral("given")});
    watch(m_family, {QStringLiteral("family"), QStringLiteral("given")});
    watch(m_jobTitle, {QStringLiteral("title")});
    watch(m_street, {QStringLiteral("street")});
    watch(m_postcode, {QStringLiteral("postcode")});
    watch(m_city, {QStringLiteral("city")});
    watch(m_region, {QStringLiteral("region")});
    watch(m_country, {QStringLiteral("country")});
    watch(m_tags, {QStringLiteral("tag")});
    watch(m_birthday, {QStringLiteral("birthday")});
    watch(m_website, {QStringLiteral("website")});
    connect(m_company, &QComboBox::editTextChanged, this, [this] {
        touch({QStringLiteral("company")});
        updateCompanyHint();
    });
    connect(m_emails, &LabeledValueEditor::edited, this, [this] { touch({QStringLiteral("email")}); });
    connect(m_phones, &LabeledValueEditor::edited, this, [this] { touch({QStringLiteral("phone")}); });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] { touch({QStringLiteral("notes")}); });

    m_given->setFocus(Qt::OtherFocusReason);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    setMinimumWidth(em * 60);
    resize(em * 76, sizeHint().height());
    updateCompanyHint();
    validate();
}

QWidget* ContactEditorDialog::withError(QWidget* field, const QString& errorKey)
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

void ContactEditorDialog::loadCompanies()
{
    crm::CompanyQuery query;
    query.limit = 1000;
    while (m_company->count() < kMaxCompaniesListed) {
        auto page = m_companies.list(query);
        if (!page) {
            break; // the list is a convenience; typing a name still works
        }
        for (const auto& row : page->rows) {
            m_company->addItem(row.name, row.id.value);
        }
        if (page->nextCursor.isEmpty()) {
            break;
        }
        query.after = page->nextCursor;
    }
    m_company->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_company->completer()->setFilterMode(Qt::MatchContains);
    m_company->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    const int current = m_original.companyId ? m_company->findData(m_original.companyId->value) : -1;
    m_company->setCurrentIndex(current);
    if (current < 0) {
        m_company->setEditText(m_original.companyName);
    }
}

crm::Contact ContactEditorDialog::collect() const
{
    crm::Contact c = m_original;
    c.givenName = m_given->text().trimmed();
    c.familyName = m_family->text().trimmed();
    c.emails = m_emails->values();
    c.phones = m_phones->values();
    c.street = m_street->text().trimmed();
    c.postcode = m_postcode->text().trimmed();
    c.city = m_city->text().trimmed();
    c.region = m_region->text().trimmed();
    c.country = m_country->text().trimmed();
    c.jobTitle = m_jobTitle->text().trimmed();
    c.birthday = parseBirthday(m_birthday->text());
    c.website = m_website->text().trimmed();
    c.notes = m_notes->toPlainText();
    c.tags = RecordInfo::splitTags(m_tags->text());

    // A company picked from the list keeps its id; a new name makes the service find or create it.
    const QString company = m_company->currentText().trimmed();
    c.companyName = company;
    c.companyId.reset();
    if (!company.isEmpty()) {
        int index = m_company->currentIndex();
        if (index < 0 || m_company->itemText(index) != company) {
            index = m_company->findText(company, Qt::MatchFixedString);
        }
        if (index >= 0) {
            c.companyId = crm::CompanyId {m_company->itemData(index).toLongLong()};
            c.companyName = m_company->itemText(index);
        } else if (m_original.companyId && company == m_original.companyName) {
            c.companyId = m_original.companyId;
        }
    }
    return c;
}

crm::Contact ContactEditorDialog::draft() const
{
    return collect();
}

void ContactEditorDialog::restoreDraft(const crm::Contact& draft)
{
    const crm::Contact& o = m_original;
    QStringList changed;
    const auto put = [&changed](QLineEdit* edit, const QString& value, const QString& before, const char* key) {
        edit->setText(value);
        if (value != before) {
            changed.append(QString::fromLatin1(key));
        }
    };
    put(m_given, draft.givenName, o.givenName, "given");
    put(m_family, draft.familyName, o.familyName, "family");
    put(m_jobTitle, draft.jobTitle, o.jobTitle, "title");
    put(m_street, draft.street, o.street, "street");
    put(m_postcode, draft.postcode, o.postcode, "postcode");
    put(m_city, draft.city, o.city, "city");
    put(m_region, draft.region, o.region, "region");
    put(m_country, draft.country, o.country, "country");
    put(m_birthday, birthdayText(draft.birthday), birthdayText(o.birthday), "birthday");
    put(m_website, draft.website, o.website, "website");
    put(m_tags, draft.tags.join(QStringLiteral(", ")), o.tags.join(QStringLiteral(", ")), "tag");
    m_emails->setValues(draft.emails);
    if (draft.emails != o.emails) {
        changed.append(QStringLiteral("email"));
    }
    m_phones->setValues(draft.phones);
    if (draft.phones != o.phones) {
        changed.append(QStringLiteral("phone"));
    }
    const int company = draft.companyId ? m_company->findData(draft.companyId->value) : -1;
    m_company->setCurrentIndex(company);
    if (company < 0) {
        m_company->setEditText(draft.companyName);
    }
    if (draft.notes != m_notes->toPlainText()) {
        m_notes->setPlainText(draft.notes);
    }
    if (draft.notes != o.notes) {
        changed.append(QStringLiteral("notes"));
    }
    touch(changed);
    updateCompanyHint();
}

void ContactEditorDialog::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    applyEditable();
    if (readOnly) {
        m_cancel->setDefault(true);
        setWindowTitle(tr("Contact — %1").arg(m_original.displayName()));
    }
}

void ContactEditorDialog::setRestriction(const privacy::SubjectStatus& status)
{
    m_restricted = status.isRestricted();
    if (m_restricted) {
        QString text = tr("Processing restricted since %1 (Art. 18): this contact is read-only. Only lifting the "
                          "restriction or erasure is possible.")
                           .arg(RecordInfo::formatDate(*status.restrictedAtMs));
        if (!status.restrictionReason.isEmpty()) {
            text += QLatin1Char(' ') + tr("Reason: %1").arg(status.restrictionReason);
        }
        m_restrictionBanner->setText(text);
    }
    m_restrictionBanner->setVisible(m_restricted);
    applyEditable();
    validate();
}

void ContactEditorDialog::applyEditable()
{
    const bool locked = m_readOnly || m_restricted;
    for (QLineEdit* edit : {m_given,
                            m_family,
                            m_jobTitle,
                            m_street,
                            m_postcode,
                            m_city,
                            m_region,
                            m_country,
                            m_tags,
                            m_birthday,
                            m_website}) {
        edit->setReadOnly(locked);
    }
    m_company->setEnabled(!locked);
    m_emails->setReadOnly(locked);
    m_phones->setReadOnly(locked);
    m_notes->setReadOnly(locked);
    m_save->setVisible(!m_readOnly);
    // Nothing can be saved: the way out is closing.
    m_cancel->setText(locked ? tr("&Close") : m_cancelText);
    if (locked) {
        m_companyHint->hide();
    } else {
        updateCompanyHint();
    }
    applyWithheld();
}

void ContactEditorDialog::applyWithheld()
{
    if (m_original.withheld.isEmpty()) {
        return;
    }
    // The core returns these empty and keeps their stored values on save: shown as withheld, never editable.
    const QString reason = tr("Not shown: viewing this field needs the permission \"%1\".")
                               .arg(security::Roles::permissionLabel(security::Permission::ViewSensitive));
    const QHash<QString, QLineEdit*> lines {{QStringLiteral("given"), m_given},
                                            {QStringLiteral("family"), m_family},
                                            {QStringLiteral("title"), m_jobTitle},
                                            {QStringLiteral("street"), m_street},
                                            {QStringLiteral("postcode"), m_postcode},
                                            {QStringLiteral("city"), m_city},
                                            {QStringLiteral("region"), m_region},
                                            {QStringLiteral("country"), m_country},
                                            {QStringLiteral("birthday"), m_birthday},
                                            {QStringLiteral("website"), m_website},
                                            {QStringLiteral("tag"), m_tags}};
    for (const QString& field : m_original.withheld) {
        if (QLineEdit* edit = lines.value(field)) {
            edit->setReadOnly(true);
            edit->setPlaceholderText(tr("(withheld)"));
            edit->setToolTip(reason);
        } else if (field == QLatin1String("notes")) {
            m_notes->setReadOnly(true);
            m_notes->setPlaceholderText(tr("(withheld)"));
            m_notes->setToolTip(reason);
        } else if (field == QLatin1String("email") || field == QLatin1String("phone")) {
            LabeledValueEditor* editor = field == QLatin1String("email") ? m_emails : m_phones;
            editor->setReadOnly(true);
            editor->setToolTip(reason);
        } else if (field == QLatin1String("company")) {
            m_company->setEnabled(false);
            m_company->setToolTip(reason);
        }
    }
}

void ContactEditorDialog::touch(const QStringList& fields)
{
    for (const QString& field : fields) {
        m_touched.insert(field);
    }
    validate();
}

void ContactEditorDialog::validate()
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
    m_save->setEnabled(errors.isEmpty() && !m_restricted);
}

void ContactEditorDialog::updateCompanyHint()
{
    const QString company = m_company->currentText().trimmed();
    const bool known = company.isEmpty() || m_company->findText(company, Qt::MatchFixedString) >= 0
        || (m_original.companyId && company == m_original.companyName);
    m_companyHint->setText(known ? QString() : tr("A new company “%1” will be created.").arg(company));
    m_companyHint->setVisible(!known);
}

void ContactEditorDialog::save()
{
    const crm::Contact contact = collect();
    if (!crm::Validation::validate(contact).isEmpty()) {
        m_showAllErrors = true;
        validate();
        return;
    }
    auto saved = [&]() -> Result<crm::Contact> {
        if (!isNew()) {
            return m_contacts.update(contact);
        }
        if (m_capture && m_consents && m_capture->hasCaptures()) {
            // The contact and the consents given for it are written together or not at all.
            return m_consents->createWithConsents(m_contacts, contact, m_capture->captures());
        }
        return m_contacts.create(contact);
    }();
    if (!saved) {
        m_formError->setMessage(saved.error().message);
        return;
    }
    m_saved = std::move(saved).value();
    accept();
}

void ContactEditorDialog::addPrivacy(QWidget* panel)
{
    m_tabs->addTab(panel, tr("Consent && &privacy"));
}

void ContactEditorDialog::addChanges(QWidget* panel)
{
    m_tabs->addTab(panel, tr("C&hanges"));
}

void ContactEditorDialog::setConsentCapture(ConsentCaptureWidget* capture, privacy::ConsentService& consents)
{
    m_capture = capture;
    m_consents = &consents;
    m_tabs->addTab(capture, tr("&Consent"));
}

void ContactEditorDialog::hideFields(const QSet<QString>& disabledKeys)
{
    RecordInfo::hideDisabledRows(m_rows, QStringLiteral("contact"), disabledKeys);
}

void ContactEditorDialog::addTimeline(QWidget* timeline)
{
    // The timeline tab sits beside the form; the record's details stay in the first tab.
    m_tabs->addTab(timeline, tr("&Timeline"));
}

} // namespace confidant::ui
