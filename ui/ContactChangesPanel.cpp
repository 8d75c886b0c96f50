#include "ContactChangesPanel.h"

#include "core/Session.h"

#include "ui/FieldErrorLabel.h"
#include "ui/RecordInfo.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace confidant::ui {

namespace {

QTableWidget* table(const QStringList& headers, const QString& objectName, QWidget* parent)
{
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->setWordWrap(false);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem* item(const QString& text)
{
    auto* it = new QTableWidgetItem(text);
    it->setToolTip(text);
    return it;
}

QLabel* emptyLabel(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setEnabled(false);
    label->hide();
    return label;
}

} // namespace

ContactChangesPanel::ContactChangesPanel(Session& session, const QString& contactUid, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_uid(contactUid)
{
    setObjectName(QStringLiteral("contactChanges"));
    auto* historyTitle = new QLabel(tr("<b>Changes to the contact's data (Art. 16)</b>"), this);
    m_history = table({tr("When"), tr("Field"), tr("Value before the change"), tr("Changed by")},
                      QStringLiteral("fieldHistory"),
                      this);
    m_historyEmpty = emptyLabel(tr("No field of this contact has been changed since it was entered."),
                                QStringLiteral("fieldHistoryEmpty"),
                                this);

    auto* recipientsTitle = new QLabel(tr("<b>Recipients to tell (Art. 19)</b>"), this);
    auto* recipientsHint
        = new QLabel(tr("After a correction, an erasure or a restriction, tell each of these, unless that is "
                        "impossible or takes a disproportionate effort. They serve a purpose this contact's data "
                        "is used for."),
                     this);
    recipientsHint->setWordWrap(true);
    m_recipients = table(
        {tr("Name"), tr("Role"), tr("Through purposes"), tr("Contact")}, QStringLiteral("recipientsList"), this);
    m_recipientsEmpty = emptyLabel(
        tr("No processor or recipient receives this contact's data."), QStringLiteral("recipientsEmpty"), this);

    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("changesError"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(historyTitle);
    layout->addWidget(m_history, 3);
    layout->addWidget(m_historyEmpty);
    layout->addWidget(recipientsTitle);
    layout->addWidget(recipientsHint);
    layout->addWidget(m_recipients, 2);
    layout->addWidget(m_recipientsEmpty);
    reload();
}

void ContactChangesPanel::reload()
{
    m_error->setMessage({});
    loadHistory();
    loadRecipients();
}

void ContactChangesPanel::loadHistory()
{
    m_history->setRowCount(0);
    auto changes = m_session.subjectRights().history(m_uid);
    if (!changes) {
        m_error->setMessage(changes.error().message);
        m_historyEmpty->hide();
        return;
    }
    m_history->setRowCount(static_cast<int>(changes->size()));
    int row = 0;
    for (const privacy::FieldChange& change : *changes) {
        const crm::FieldInfo* field = m_session.fields().find(QStringLiteral("contact"), change.field);
        QString by = change.changedByName;
        if (by.isEmpty() && !change.changedBy.isEmpty()) {
            by = tr("a removed profile");
        }
        m_history->setItem(row, WhenColumn, item(RecordInfo::formatTime(change.changedAtMs)));
        m_history->setItem(row, FieldColumn, item(field ? crm::FieldRegistry::label(*field) : change.field));
        auto* old = item(change.oldValue);
        if (change.oldValue.isEmpty()) {
            old->setText(tr("(empty)"));
            old->setToolTip(tr("The field was empty before."));
            old->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        }
        m_history->setItem(row, OldValueColumn, old);
        m_history->setItem(row, ChangedByColumn, item(by));
        ++row;
    }
    m_history->resizeColumnsToContents();
    m_history->resizeRowsToContents();
    m_historyEmpty->setVisible(changes->isEmpty());
}

void ContactChangesPanel::loadRecipients()
{
    m_recipients->setRowCount(0);
    auto recipients = m_session.subjectRights().recipients(m_uid);
    if (!recipients) {
        m_error->setMessage(recipients.error().message);
        m_recipientsEmpty->hide();
        return;
    }
    m_recipients->setRowCount(static_cast<int>(recipients->size()));
    int row = 0;
    for (const privacy::SubjectRecipient& r : *recipients) {
        m_recipients->setItem(
            row, RecipientNameColumn, item(r.archived ? tr("%1 (no longer used)").arg(r.name) : r.name));
        m_recipients->setItem(row, RecipientRoleColumn, item(privacy::Processor::roleLabel(r.role)));
        m_recipients->setItem(row, RecipientPurposesColumn, item(r.purposes.join(QStringLiteral(", "))));
        m_recipients->setItem(row, RecipientContactColumn, item(r.contact));
        ++row;
    }
    m_recipients->resizeColumnsToContents();
    m_recipients->resizeRowsToContents();
    m_recipientsEmpty->setVisible(recipients->isEmpty());
}

} // namespace confidant::ui
