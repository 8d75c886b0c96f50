#include "ContactsPage.h"

#include "core/Session.h"

#include "ui/ChangeNotifier.h"
#include "ui/ContactEditorDialog.h"
#include "ui/ContactTableModel.h"
#include "ui/RecordInfo.h"
#include "ui/TimelineWidget.h"

#include <QLabel>
#include <QTableView>
#include <QTimer>

namespace confidant::ui {

ContactsPage::ContactsPage(Session& session, ChangeNotifier& notifier, QWidget* parent)
    : ListPage(parent)
    , m_session(session)
    , m_model(new ContactTableModel(session.contacts(), this))
{
    setObjectName(QStringLiteral("contactsPage"));
    setUp(m_model,
          ContactTableModel::IdRole,
          QStringLiteral("contacts"),
          {tr("Search contacts by name, email, phone, company or notes (Ctrl+F)"),
           tr("&New contact…"),
           tr("Add a contact (Ctrl+N)"),
           tr("No contacts yet. Press Ctrl+N to add the first one."),
           tr("No contacts yet."),
           tr("No contact matches “%1”.")});

    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    fitColumns({em * 12, em * 16, em * 10, em * 11, em * 7});

    connect(m_model, &ContactTableModel::loadFailed, this, &ContactsPage::showError);
    connect(m_model, &ContactTableModel::loaded, this, &ContactsPage::clearError);

    // Several writes in a row (a contact and the company it created) cost one reload.
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &ContactsPage::refresh);
    connect(&notifier, &ChangeNotifier::changed, m_refreshTimer, qOverload<>(&QTimer::start));

    refreshCount();
    updateStatus();
    updatePermissions();
}

void ContactsPage::updatePermissions()
{
    const security::MutationGate& gate = m_session.gate();
    // Deleting a contact erases personal data: it needs "erase", not only "edit".
    setAllowed(gate.may(security::Permission::EditContacts),
               gate.may(security::Permission::EditContacts),
               gate.may(security::Permission::Erase));
}

void ContactsPage::refresh()
{
    refreshCount();
    m_model->refresh();
    updateStatus();
}

void ContactsPage::refreshCount()
{
    if (auto count = m_session.contacts().count()) {
        m_total = *count;
    } else {
        showError(count.error().message);
    }
}

void ContactsPage::applySearch(const QString& text)
{
    m_model->setSearch(text);
}

void ContactsPage::sortBy(int column)
{
    m_model->sort(column);
}

int ContactsPage::sortColumn() const
{
    return m_model->sortColumn();
}

Qt::SortOrder ContactsPage::sortIndicatorOrder() const
{
    return m_model->sortOrder() == crm::ContactSort::RecentlyUpdated ? Qt::DescendingOrder : Qt::AscendingOrder;
}

bool ContactsPage::isSearching() const
{
    return m_model->isSearching();
}

void ContactsPage::newRecord()
{
    if (!m_session.gate().may(security::Permission::EditContacts)) {
        return;
    }
    crm::Contact contact;
    contact.source = QStringLiteral("manual:gui");
    openEditor(contact);
}

void ContactsPage::editRecord(qint64 id)
{
    auto contact = m_session.contacts().get(crm::ContactId {id});
    if (!contact) {
        showError(contact.error().message);
        return;
    }
    openEditor(*contact);
}

void ContactsPage::openEditor(const crm::Contact& original, const std::optional<crm::Contact>& draft)
{
    auto* editor = new ContactEditorDialog(m_session.contacts(), m_session.companies(), original, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (!editor->isNew()) {
        editor->addTimeline(new TimelineWidget(m_session, crm::EntityType::Contact, original.uid));
    }
    // An imported record names its file, time and importing profile (Art. 14(2)(f)).
    if (auto batch = m_session.imports().batchForSource(original.source)) {
        if (auto* source = editor->findChild<QLabel*>(QStringLiteral("source"))) {
            source->setText(RecordInfo::describeSource(original.source, batch));
        }
    }
    if (!m_session.gate().may(security::Permission::EditContacts)) {
        editor->setReadOnly(true);
    } else if (draft) {
        editor->restoreDraft(*draft);
    }
    const bool isNew = editor->isNew();
    connect(editor, &QDialog::accepted, this, [this, isNew] {
        emit notice(isNew ? tr("Contact added.") : tr("Contact saved."));
    });
    editor->open();
}

void ContactsPage::collectDrafts(QList<EditorDraft>& drafts) const
{
    for (const ContactEditorDialog* editor : findChildren<ContactEditorDialog*>()) {
        if (!editor->isReadOnly() && editor->isVisible()) {
            drafts.append(ContactDraft {editor->original(), editor->draft()});
        }
    }
}

QString ContactsPage::deleteQuestion(int row) const
{
    return tr("Delete the contact “%1”? This cannot be undone.").arg(m_model->displayNameAt(row));
}

Result<void> ContactsPage::removeRecord(qint64 id)
{
    return m_session.contacts().remove(crm::ContactId {id});
}

QString ContactsPage::deletedNotice() const
{
    return tr("Contact deleted.");
}

QString ContactsPage::computeStatusText() const
{
    // Untranslated, Qt shows the source text, so the English singular is spelled out; the translations
    // carry every plural form of the %Ln strings.
    const int shown = m_model->rowCount();
    if (m_model->isSearching()) {
        if (m_model->canFetchMore({})) {
            return tr("%Ln+ matching contacts", nullptr, shown);
        }
        return shown == 1 ? tr("1 matching contact") : tr("%Ln matching contacts", nullptr, shown);
    }
    const int total = static_cast<int>(m_total);
    return total == 1 ? tr("1 contact") : tr("%Ln contacts", nullptr, total);
}

} // namespace confidant::ui
