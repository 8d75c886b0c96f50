#include "ContactsPage.h"

#include "core/Session.h"

#include "ui/ChangeNotifier.h"
#include "ui/ConsentCaptureWidget.h"
#include "ui/ConsentPanel.h"
#include "ui/ContactChangesPanel.h"
#include "ui/ContactEditorDialog.h"
#include "ui/ContactTableModel.h"
#include "ui/ExportDialog.h"
#include "ui/NoticePanelDialog.h"
#include "ui/RecordInfo.h"
#include "ui/SavedFilterDialog.h"
#include "ui/SubjectRightsBox.h"
#include "ui/TimelineWidget.h"

#include <QAction>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

namespace confidant::ui {

ContactsPage::ContactsPage(Session& session, ChangeNotifier& notifier, QWidget* parent)
    : ListPage(parent)
    , m_session(session)
    , m_notifier(&notifier)
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
    // Several contacts can be selected for an export; Edit and Delete still take one.
    setMultiSelection(true);

    // Saved filters: pick one to narrow the list; the search box narrows it further.
    m_filterBox = new QComboBox(this);
    m_filterBox->setObjectName(QStringLiteral("contactsFilter"));
    m_filterBox->setToolTip(tr("Show the contacts of a saved filter"));
    m_filterBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filterBox->setMinimumContentsLength(12);
    auto* filterMenu = new QMenu(this);
    auto* newFilter = filterMenu->addAction(tr("&New filter…"), this, [this] { editFilter(true); });
    newFilter->setObjectName(QStringLiteral("contactsNewFilter"));
    m_editFilter = filterMenu->addAction(tr("&Edit this filter…"), this, [this] { editFilter(false); });
    m_editFilter->setObjectName(QStringLiteral("contactsEditFilter"));
    m_deleteFilter = filterMenu->addAction(tr("&Delete this filter…"), this, &ContactsPage::deleteFilter);
    m_deleteFilter->setObjectName(QStringLiteral("contactsDeleteFilter"));
    m_filterButton = new QToolButton(this);
    m_filterButton->setObjectName(QStringLiteral("contactsFilterMenu"));
    m_filterButton->setText(tr("Filters"));
    m_filterButton->setToolTip(tr("Save, change or delete filters"));
    m_filterButton->setMenu(filterMenu);
    m_filterButton->setPopupMode(QToolButton::InstantPopup);
    addToolWidget(m_filterBox);
    addToolWidget(m_filterButton);
    connect(m_filterBox, &QComboBox::activated, this, [this] { applyFilter(m_filterBox->currentData().toString()); });

    m_export = new QAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("E&xport…"), this);
    m_export->setObjectName(QStringLiteral("contactsExport"));
    m_export->setToolTip(tr("Export the selected contacts, a filter, a tag or all as CSV or vCard"));
    connect(m_export, &QAction::triggered, this, &ContactsPage::openExport);
    m_exportButton = new QToolButton(this);
    m_exportButton->setDefaultAction(m_export);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    addToolWidget(m_exportButton, true);

    connect(m_model, &ContactTableModel::loadFailed, this, &ContactsPage::showError);
    connect(m_model, &ContactTableModel::loaded, this, &ContactsPage::clearError);

    // Several writes in a row (a contact and the company it created) cost one reload.
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &ContactsPage::refresh);
    connect(&notifier, &ChangeNotifier::changed, m_refreshTimer, qOverload<>(&QTimer::start));

    connect(&notifier, &ChangeNotifier::changed, this, [this](const QString& entityType) {
        if (entityType == QStringLiteral("saved_filter")) {
            reloadFilters();
        }
    });

    reloadFilters();
    refreshCount();
    updateStatus();
    updatePermissions();
}

QStringList ContactsPage::selectedUids() const
{
    QStringList uids;
    for (int row : selectedRows()) {
        uids.append(m_model->index(row, 0).data(ContactTableModel::UidRole).toString());
    }
    return uids;
}

void ContactsPage::reloadFilters()
{
    auto filters = m_session.savedFilters().list(QStringLiteral("contact"));
    const QSignalBlocker blocker(m_filterBox);
    m_filterBox->clear();
    m_filterBox->addItem(tr("All contacts"), QString());
    if (!filters) {
        showError(filters.error().message);
    } else {
        for (const crm::SavedFilter& f : *filters) {
            m_filterBox->addItem(f.name, f.name);
        }
    }
    int index = m_filterBox->findData(m_filterName, Qt::UserRole, Qt::MatchFixedString);
    if (index < 0 && !m_filterName.isEmpty()) {
        // The applied filter was deleted or renamed elsewhere: the list shows everyone again.
        applyFilter(QString());
        index = 0;
    }
    m_filterBox->setCurrentIndex(std::max(index, 0));
    m_filterBox->setVisible(m_filterBox->count() > 1);
    m_editFilter->setEnabled(!m_filterName.isEmpty());
    m_deleteFilter->setEnabled(!m_filterName.isEmpty());
}

void ContactsPage::applyFilter(const QString& name)
{
    crm::ContactFilter filter;
    if (!name.isEmpty()) {
        auto saved = m_session.savedFilters().get(QStringLiteral("contact"), name);
        if (!saved) {
            showError(saved.error().message);
            return;
        }
        filter = saved->contactFilter();
        m_filterName = saved->name;
    } else {
        m_filterName.clear();
    }
    clearError();
    m_model->setFilter(filter);
    const int index = m_filterBox->findData(m_filterName, Qt::UserRole, Qt::MatchFixedString);
    if (index >= 0) {
        const QSignalBlocker blocker(m_filterBox);
        m_filterBox->setCurrentIndex(index);
    }
    m_editFilter->setEnabled(!m_filterName.isEmpty());
    m_deleteFilter->setEnabled(!m_filterName.isEmpty());
    updateStatus();
}

void ContactsPage::editFilter(bool asNew)
{
    std::optional<crm::SavedFilter> existing;
    if (!asNew && !m_filterName.isEmpty()) {
        auto saved = m_session.savedFilters().get(QStringLiteral("contact"), m_filterName);
        if (!saved) {
            showError(saved.error().message);
            return;
        }
        existing = *saved;
    }
    // A new filter starts from what the list shows now: the applied filter and the search text.
    crm::ContactFilter start = m_model->filter();
    const QString search = m_model->search();
    if (!search.isEmpty()) {
        start.search = start.search.isEmpty() ? search : start.search + QLatin1Char(' ') + search;
    }
    auto* dialog = new SavedFilterDialog(m_session.savedFilters(), existing, start, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString name = dialog->savedName();
        reloadFilters();
        applyFilter(name);
        emit notice(tr("Filter saved."));
    });
    dialog->open();
}

void ContactsPage::deleteFilter()
{
    if (m_filterName.isEmpty()) {
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question,
                                tr("Delete filter"),
                                tr("Delete the filter “%1”? The contacts stay as they are.").arg(m_filterName),
                                QMessageBox::Yes | QMessageBox::Cancel,
                                this);
    box->setObjectName(QStringLiteral("deleteFilterConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, name = m_filterName](int result) {
        if (result != QMessageBox::Yes) {
            return;
        }
        if (auto removed = m_session.savedFilters().remove(QStringLiteral("contact"), name); !removed) {
            showError(removed.error().message);
            return;
        }
        applyFilter(QString());
        reloadFilters();
        emit notice(tr("Filter deleted."));
    });
    box->open();
}

void ContactsPage::openExport()
{
    if (!m_session.gate().may(security::Permission::Export)) {
        return;
    }
    auto* dialog = new ExportDialog(m_session, selectedUids(), m_filterName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exportFinished, this, [this](bool written) {
        if (written) {
            // The worker audited the export on a connection of its own: the session's gate did not hear of it.
            if (m_notifier) {
                emit m_notifier->changed(QStringLiteral("contact"));
            }
            emit notice(tr("Contacts exported."));
        }
    });
    dialog->open();
}

void ContactsPage::updatePermissions()
{
    const security::MutationGate& gate = m_session.gate();
    // Deleting a contact erases personal data: it needs "erase", not only "edit".
    setAllowed(gate.may(security::Permission::EditContacts),
               gate.may(security::Permission::EditContacts),
               gate.may(security::Permission::Erase));
    // Exporting personal data needs "export"; saving filters "edit contacts" (the services check again).
    m_export->setVisible(gate.may(security::Permission::Export));
    m_exportButton->setVisible(gate.may(security::Permission::Export));
    for (QAction* action : m_filterButton->menu()->actions()) {
        if (action != m_editFilter && action != m_deleteFilter) {
            action->setVisible(gate.may(security::Permission::EditContacts));
        }
    }
    m_editFilter->setVisible(gate.may(security::Permission::EditContacts));
    m_deleteFilter->setVisible(gate.may(security::Permission::EditContacts));
    m_filterButton->setVisible(gate.may(security::Permission::EditContacts));
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
    return m_model->isSearching() || m_model->isFiltered();
}

QString ContactsPage::noMatchText(const QString& search) const
{
    if (m_model->isFiltered() && search.isEmpty()) {
        return tr("No contact matches the filter “%1”.").arg(m_filterName);
    }
    return tr("No contact matches “%1”.").arg(search);
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
    // open(), not get(): the whole record is shown, and the read audit counts it.
    auto contact = m_session.contacts().open(crm::ContactId {id});
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
        auto* timeline = new TimelineWidget(m_session, crm::EntityType::Contact, original.uid);
        editor->addTimeline(timeline);
        auto* panel = new ConsentPanel(m_session, original.id);
        auto* changes = new ContactChangesPanel(m_session, original.uid);
        connect(panel, &ConsentPanel::recorded, this, [this, changes](privacy::ConsentEventKind kind) {
            changes->reload(); // a consent can add recipients
            emit notice(kind == privacy::ConsentEventKind::Withdrawn ? tr("Consent withdrawn.")
                                                                     : tr("Consent recorded."));
        });
        // Art. 18 and 21: a restriction locks the editor and the timeline at once; lifting it unlocks them.
        const auto applyRights = [editor, timeline](const privacy::SubjectStatus& status) {
            editor->setRestriction(status);
            timeline->setLocked(status.isRestricted());
        };
        applyRights(panel->rightsBox()->status());
        connect(panel,
                &ConsentPanel::rightsChanged,
                this,
                [this, editor, applyRights, changes](const privacy::SubjectStatus& status) {
                    const bool wasRestricted = editor->isRestricted();
                    applyRights(status);
                    changes->reload();
                    if (status.isRestricted() != wasRestricted) {
                        emit notice(status.isRestricted() ? tr("Processing restricted.") : tr("Restriction lifted."));
                    } else {
                        emit notice(tr("Objection to direct marketing recorded."));
                    }
                });
        // The notice panel opens over the editor, for this contact; an acknowledgement shows on the tab at once.
        connect(panel, &ConsentPanel::showNoticeRequested, panel, [this, panel](crm::ContactId contact) {
            auto* dialog = new NoticePanelDialog(m_session, contact, panel->window());
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &NoticePanelDialog::acknowledged, panel, &ConsentPanel::reload);
            dialog->open();
        });
        editor->addPrivacy(panel);
        editor->addChanges(changes);
    } else if (m_session.gate().may(security::Permission::EditContacts)) {
        editor->setConsentCapture(
            new ConsentCaptureWidget(m_session.purposes(), m_session.notices(), nullptr, &m_session.clock()),
            m_session.consents());
    }
    if (auto disabled = m_session.fieldSettings().disabledKeys()) {
        editor->hideFields(*disabled);
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
    // Deleting a person is an erasure (ErasureService::deleteContact): say so, and what stays.
    return tr("Delete “%1”? This erases the person and what only they are linked to. Their emails and phones stay "
              "on the suppression list (as hashes), so that they are not added again by mistake. What a legal hold "
              "keeps stays until the hold ends. This cannot be undone.")
        .arg(m_model->displayNameAt(row));
}

Result<void> ContactsPage::removeRecord(qint64 id)
{
    m_deleteKept = false;
    auto contact = m_session.contacts().get(crm::ContactId {id});
    if (!contact) {
        return contact.error();
    }
    auto receipt = m_session.erasure().deleteContact(contact->uid);
    if (!receipt) {
        return receipt.error();
    }
    m_deleteKept = receipt->kept.value(QStringLiteral("contacts")) > 0;
    return {};
}

QString ContactsPage::deletedNotice() const
{
    return m_deleteKept ? tr("A legal hold keeps this contact: it stays unchanged and restricted until the hold ends, "
                             "then it is erased.")
                        : tr("Contact deleted and erased; their emails and phones are on the suppression list.");
}

QString ContactsPage::computeStatusText() const
{
    // Untranslated, Qt shows the source text, so the English singular is spelled out; the translations
    // carry every plural form of the %Ln strings.
    const int shown = m_model->rowCount();
    if (isSearching()) {
        if (m_model->canFetchMore({})) {
            return tr("%Ln+ matching contacts", nullptr, shown);
        }
        return shown == 1 ? tr("1 matching contact") : tr("%Ln matching contacts", nullptr, shown);
    }
    const int total = static_cast<int>(m_total);
    return total == 1 ? tr("1 contact") : tr("%Ln contacts", nullptr, total);
}

} // namespace confidant::ui
