#include "CompaniesPage.h"

#include "core/Session.h"

#include "ui/ChangeNotifier.h"
#include "ui/CompanyEditorDialog.h"
#include "ui/CompanyTableModel.h"
#include "ui/TimelineWidget.h"

#include <QHeaderView>
#include <QTableView>
#include <QTimer>

namespace confidant::ui {

CompaniesPage::CompaniesPage(Session& session, ChangeNotifier& notifier, QWidget* parent)
    : ListPage(parent)
    , m_session(session)
    , m_model(new CompanyTableModel(session.companies(), this))
{
    setObjectName(QStringLiteral("companiesPage"));
    setUp(m_model,
          CompanyTableModel::IdRole,
          QStringLiteral("companies"),
          {tr("Search companies by name, domain or city (Ctrl+F)"),
           tr("&New company…"),
           tr("Add a company (Ctrl+N)"),
           tr("No companies yet. Press Ctrl+N to add one, or type a company name on a contact."),
           tr("No companies yet."),
           tr("No company matches “%1”.")});

    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    fitColumns({em * 14, em * 12, em * 10, em * 8});
    // The name takes the spare room; the count stays a narrow number column at the right.
    QHeaderView* header = view()->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(CompanyTableModel::NameColumn, QHeaderView::Stretch);
    header->resizeSection(CompanyTableModel::ContactsColumn, em * 6);

    connect(m_model, &CompanyTableModel::loadFailed, this, &CompaniesPage::showError);
    connect(m_model, &CompanyTableModel::loaded, this, &CompaniesPage::clearError);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &CompaniesPage::refresh);
    // Contacts change the Contacts column too, so every write reloads.
    connect(&notifier, &ChangeNotifier::changed, m_refreshTimer, qOverload<>(&QTimer::start));

    refreshCount();
    updateStatus();
    updatePermissions();
}

void CompaniesPage::updatePermissions()
{
    const bool mayEdit = m_session.gate().may(security::Permission::EditContacts);
    setAllowed(mayEdit, mayEdit, mayEdit);
}

void CompaniesPage::refresh()
{
    refreshCount();
    m_model->refresh();
    updateStatus();
}

void CompaniesPage::refreshCount()
{
    if (auto count = m_session.companies().count()) {
        m_total = *count;
    } else {
        showError(count.error().message);
    }
}

void CompaniesPage::applySearch(const QString& text)
{
    m_model->setSearch(text);
}

void CompaniesPage::sortBy(int column)
{
    m_model->sort(column);
}

int CompaniesPage::sortColumn() const
{
    return m_model->sortColumn();
}

bool CompaniesPage::isSearching() const
{
    return m_model->isSearching();
}

void CompaniesPage::newRecord()
{
    if (!m_session.gate().may(security::Permission::EditContacts)) {
        return;
    }
    crm::Company company;
    company.source = QStringLiteral("manual:gui");
    openEditor(company);
}

void CompaniesPage::editRecord(qint64 id)
{
    auto company = m_session.companies().get(crm::CompanyId {id});
    if (!company) {
        showError(company.error().message);
        return;
    }
    openEditor(*company);
}

void CompaniesPage::openEditor(const crm::Company& original, const std::optional<crm::Company>& draft)
{
    auto* editor = new CompanyEditorDialog(m_session.companies(), original, this);
    if (auto disabled = m_session.fieldSettings().disabledKeys()) {
        editor->hideFields(*disabled);
    }
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (!editor->isNew()) {
        editor->addTimeline(new TimelineWidget(m_session, crm::EntityType::Company, original.uid));
    }
    if (!m_session.gate().may(security::Permission::EditContacts)) {
        editor->setReadOnly(true);
    } else if (draft) {
        editor->restoreDraft(*draft);
    }
    const bool isNew = editor->isNew();
    connect(editor, &QDialog::accepted, this, [this, isNew] {
        emit notice(isNew ? tr("Company added.") : tr("Company saved."));
    });
    editor->open();
}

void CompaniesPage::collectDrafts(QList<EditorDraft>& drafts) const
{
    for (const CompanyEditorDialog* editor : findChildren<CompanyEditorDialog*>()) {
        if (!editor->isReadOnly() && editor->isVisible()) {
            drafts.append(CompanyDraft {editor->original(), editor->draft()});
        }
    }
}

QString CompaniesPage::deleteQuestion(int row) const
{
    return tr("Delete the company “%1”? Its contacts are kept, without a company. This cannot be undone.")
        .arg(m_model->displayNameAt(row));
}

Result<void> CompaniesPage::removeRecord(qint64 id)
{
    return m_session.companies().remove(crm::CompanyId {id});
}

QString CompaniesPage::deletedNotice() const
{
    return tr("Company deleted.");
}

QString CompaniesPage::computeStatusText() const
{
    // Untranslated, Qt shows the source text, so the English singular is spelled out; the translations
    // carry every plural form of the %Ln strings.
    const int shown = m_model->rowCount();
    if (m_model->isSearching()) {
        if (m_model->canFetchMore({})) {
            return tr("%Ln+ matching companies", nullptr, shown);
        }
        return shown == 1 ? tr("1 matching company") : tr("%Ln matching companies", nullptr, shown);
    }
    const int total = static_cast<int>(m_total);
    return total == 1 ? tr("1 company") : tr("%Ln companies", nullptr, total);
}

} // namespace confidant::ui
