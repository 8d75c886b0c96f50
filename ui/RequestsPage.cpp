#include "RequestsPage.h"

#include "core/Session.h"
#include "core/privacy/RequestDeadlines.h"

#include "ui/ChangeNotifier.h"
#include "ui/FieldErrorLabel.h"
#include "ui/NewRequestDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace confidant::ui {

using privacy::Request;
using privacy::RequestOutcome;

namespace {

enum Column
{
    ReferenceColumn,
    KindColumn,
    LawColumn,
    ReceivedColumn,
    DueColumn,
    StateColumn,
    ColumnCount,
};

QString daysText(const Request& r, qint64 nowMs)
{
    if (!r.isOpen()) {
        return r.outcome ? Request::outcomeLabel(*r.outcome) : Request::statusLabel(r.status);
    }
    return Request::dueText(r.daysLeft(nowMs));
}

} // namespace

RequestStepDialog::RequestStepDialog(Step step, const Request& request, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("requestStepDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("stepText"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(m_text->fontMetrics().lineSpacing() * 6);
    QString button;
    switch (step) {
    case Step::Verify:
        setWindowTitle(tr("Verify identity — %1").arg(request.reference));
        intro->setText(tr("How did you check that the requester is the person concerned? For example: "
                          "\"Replied from the email address on file\" or \"Passport seen in person\". Ask only "
                          "for what you need to be sure."));
        button = tr("Record verification");
        break;
    case Step::Extend:
        setWindowTitle(tr("Extend the deadline — %1").arg(request.reference));
        intro->setText(tr("Why does this request need more time? The reason is recorded, and the requester must "
                          "be told of the extension and why before the original deadline."));
        button = tr("Extend");
        break;
    case Step::Close:
        setWindowTitle(tr("Close — %1").arg(request.reference));
        intro->setText(tr("How did the request end? A refusal needs its reasons, which the requester must be "
                          "told together with their right to complain to the supervisory authority."));
        m_outcome = new QComboBox(this);
        m_outcome->setObjectName(QStringLiteral("stepOutcome"));
        for (const RequestOutcome o : {RequestOutcome::Completed, RequestOutcome::Refused, RequestOutcome::Withdrawn}) {
            m_outcome->addItem(Request::outcomeLabel(o), static_cast<int>(o));
        }
        button = tr("Close request");
        break;
    }
    layout->addWidget(intro);
    if (m_outcome) {
        auto* form = new QFormLayout;
        form->addRow(tr("&Outcome:"), m_outcome);
        layout->addLayout(form);
    }
    layout->addWidget(m_text);
    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("stepError"));
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(button);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("stepOkButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const auto outcome
            = m_outcome ? static_cast<RequestOutcome>(m_outcome->currentData().toInt()) : RequestOutcome::Completed;
        emit submitted(m_text->toPlainText().trimmed(), outcome);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(sizeHint().expandedTo(QSize(480, 0)));
}

void RequestStepDialog::showError(const QString& message)
{
    m_error->setMessage(message);
}

RequestsPage::RequestsPage(Session& session, ChangeNotifier& notifier, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("requestsPage"));

    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("requestFilter"));
    m_filter->addItem(tr("Open"));
    m_filter->addItem(tr("Overdue"));
    m_filter->addItem(tr("Due within %1 days").arg(kDueSoonDays));
    m_filter->addItem(tr("All, closed ones too"));
    m_new = new QPushButton(tr("&New request…"), this);
    m_new->setObjectName(QStringLiteral("newRequestButton"));
    auto* top = new QHBoxLayout;
    auto* title = new QLabel(tr("Data-subject requests"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    top->addWidget(title);
    top->addStretch(1);
    auto* show = new QLabel(tr("&Show:"), this);
    show->setBuddy(m_filter);
    top->addWidget(show);
    top->addWidget(m_filter);
    top->addWidget(m_new);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("requestsTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Reference"), tr("Request"), tr("Law"), tr("Received"), tr("Due"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_empty = new QLabel(tr("No requests here. When someone asks to see, correct or erase their data, record "
                            "it with \"New request…\": the deadline is worked out for you."),
                         this);
    m_empty->setObjectName(QStringLiteral("requestsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    auto* listPane = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_table);
    listLayout->addWidget(m_empty);

    // The selected request.
    auto* detail = new QWidget(this);
    detail->setObjectName(QStringLiteral("requestDetail"));
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(6, 0, 0, 0);
    m_heading = new QLabel(detail);
    m_heading->setObjectName(QStringLiteral("requestHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    m_state = new QLabel(detail);
    m_state->setObjectName(QStringLiteral("requestState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts = new QLabel(detail);
    m_facts->setObjectName(QStringLiteral("requestFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_contacts = new QListWidget(detail);
    m_contacts->setObjectName(QStringLiteral("requestContacts"));
    m_contacts->setMaximumHeight(m_contacts->fontMetrics().lineSpacing() * 5);
    m_artefacts = new QListWidget(detail);
    m_artefacts->setObjectName(QStringLiteral("requestArtefacts"));
    m_artefacts->setMaximumHeight(m_artefacts->fontMetrics().lineSpacing() * 5);

    const auto button = [detail](const QString& text, const char* name, const QString& tip) {
        auto* b = new QPushButton(text, detail);
        b->setObjectName(QLatin1String(name));
        b->setToolTip(tip);
        return b;
    };
    m_verify = button(tr("&Verify identity…"), "verifyButton", tr("Record how the requester's identity was checked"));
    m_receipt = button(tr("Receipt &confirmed"),
                       "receiptButton",
                       tr("Record that the requester was told the request "
                          "arrived (CCPA: within 10 business days)"));
    m_extend = button(tr("E&xtend…"), "extendButton", tr("Use the one extension the law allows, with its reason"));
    m_told = button(tr("Requester &told"), "toldButton", tr("Record that the requester was told of the extension"));
    m_close = button(tr("C&lose…"), "closeButton", tr("Record the outcome and close the request"));
    m_access = button(
        tr("&Access package…"), "accessButton", tr("Everything held about the selected contact, as JSON, CSV and PDF"));
    m_erase = button(tr("&Erase contact…"), "eraseButton", tr("Erase the selected contact, with a preview first"));
    auto* steps = new QHBoxLayout;
    for (QPushButton* b : {m_verify, m_receipt, m_extend, m_told, m_close}) {
        steps->addWidget(b);
    }
    steps->addStretch(1);
    auto* subjectActions = new QHBoxLayout;
    subjectActions->addWidget(m_access);
    subjectActions->addWidget(m_erase);
    subjectActions->addStretch(1);
    m_error = new FieldErrorLabel(detail);
    m_error->setObjectName(QStringLiteral("requestsError"));

    detailLayout->addWidget(m_heading);
    detailLayout->addWidget(m_state);
    detailLayout->addLayout(steps);
    detailLayout->addWidget(m_facts);
    detailLayout->addWidget(new QLabel(tr("About:"), detail));
    detailLayout->addWidget(m_contacts);
    detailLayout->addLayout(subjectActions);
    detailLayout->addWidget(new QLabel(tr("Files produced (SHA-256):"), detail));
    detailLayout->addWidget(m_artefacts);
    detailLayout->addWidget(m_error);
    detailLayout->addStretch(1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(listPane);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &RequestsPage::refresh);
    connect(m_new, &QPushButton::clicked, this, [this] { newRequest(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RequestsPage::showSelected);
    connect(m_contacts, &QListWidget::currentRowChanged, this, &RequestsPage::updateButtons);
    connect(m_verify, &QPushButton::clicked, this, [this] { startStep(RequestStepDialog::Step::Verify); });
    connect(m_extend, &QPushButton::clicked, this, [this] { startStep(RequestStepDialog::Step::Extend); });
    connect(m_close, &QPushButton::clicked, this, [this] { startStep(RequestStepDialog::Step::Close); });
    connect(m_receipt, &QPushButton::clicked, this, [this] { markSelected(true, false); });
    connect(m_told, &QPushButton::clicked, this, [this] { markSelected(false, true); });
    connect(m_access, &QPushButton::clicked, this, [this] {
        if (m_selected) {
            emit accessRequested(selectedContactUid(), m_selected->reference);
        }
    });
    connect(m_erase, &QPushButton::clicked, this, [this] {
        if (m_selected) {
            emit erasureRequested(selectedContactUid(), m_selected->reference);
        }
    });
    connect(&notifier, &ChangeNotifier::changed, this, [this](const QString& entityType) {
        if (entityType == QLatin1String("request") || entityType == QLatin1String("contact")) {
            refresh();
        }
    });
    refresh();
}

void RequestsPage::refresh()
{
    const QString keep = selectedReference();
    privacy::RequestFilter filter = privacy::RequestFilter::Open;
    switch (m_filter->currentIndex()) {
    case OverdueRow:
        filter = privacy::RequestFilter::Overdue;
        break;
    case DueSoonRow:
        filter = privacy::RequestFilter::DueWithin;
        break;
    case AllRow:
        filter = privacy::RequestFilter::All;
        break;
    default:
        break;
    }
    auto listed = m_session.requests().list(filter, kDueSoonDays);
    m_requests = listed ? *listed : QList<Request> {};
    m_error->setMessage(listed ? QString() : listed.error().message);

    const qint64 now = m_session.clock().nowMs();
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(static_cast<int>(m_requests.size()));
    for (int row = 0; row < m_requests.size(); ++row) {
        const Request& r = m_requests.at(row);
        const QStringList cells = {r.reference,
                                   Request::kindLabel(r.kind),
                                   Request::jurisdictionLabel(r.jurisdiction),
                                   Request::dateText(r.receivedAtMs),
                                   Request::dateText(r.dueAtMs),
                                   daysText(r, now)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (r.isOverdue(now)) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->setVisible(!m_requests.isEmpty());
    m_empty->setVisible(m_requests.isEmpty());

    // The status bar counts the whole register, whatever the filter shows.
    auto open = m_session.requests().list(privacy::RequestFilter::Open);
    int overdue = 0;
    const qsizetype openCount = open ? open->size() : 0;
    if (open) {
        for (const Request& r : *open) {
            overdue += r.isOverdue(now) ? 1 : 0;
        }
    }
    m_statusText = overdue > 0 ? tr("%1 open, %2 overdue").arg(openCount).arg(overdue) : tr("%1 open").arg(openCount);
    emit statusTextChanged(m_statusText);

    if (keep.isEmpty() || !select(keep)) {
        if (!m_requests.isEmpty()) {
            m_table->selectRow(0);
        }
    }
    showSelected();
}

bool RequestsPage::select(const QString& reference)
{
    for (int row = 0; row < m_requests.size(); ++row) {
        if (m_requests.at(row).reference.compare(reference, Qt::CaseInsensitive) == 0) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

QString RequestsPage::selectedReference() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_requests.size()) {
        return {};
    }
    return m_requests.at(rows.first().row()).reference;
}

void RequestsPage::showSelected()
{
    const QString reference = selectedReference();
    m_selected.reset();
    m_contacts->clear();
    m_artefacts->clear();
    if (!reference.isEmpty()) {
        auto found = m_session.requests().find(reference);
        if (found) {
            m_selected = *found;
        } else {
            m_error->setMessage(found.error().message);
        }
    }
    if (!m_selected) {
        m_heading->setText(m_requests.isEmpty() ? QString() : tr("Select a request to see where it stands."));
        m_state->clear();
        m_facts->clear();
        updateButtons();
        return;
    }
    const Request& r = *m_selected;
    const qint64 now = m_session.clock().nowMs();
    m_heading->setText(
        tr("%1 · %2 (%3)").arg(r.reference, Request::kindLabel(r.kind), Request::jurisdictionLabel(r.jurisdiction)));
    m_state->setText(r.stateText(now).join(QLatin1Char('\n')));
    QStringList facts;
    facts << tr("Received %1 by %2.").arg(Request::dateText(r.receivedAtMs), Request::channelLabel(r.channel));
    if (!r.requester.isEmpty()) {
        facts << tr("Requester: %1").arg(r.requester);
    }
    if (!r.details.isEmpty()) {
        facts << tr("Details: %1").arg(r.details);
    }
    if (r.verifiedAtMs) {
        facts << tr("Identity verified %1 by %2: %3")
                     .arg(Request::dateText(*r.verifiedAtMs), r.verifiedByName, r.verificationMethod);
    }
    if (r.extendedAtMs) {
        facts << tr("Extended %1: %2").arg(Request::dateText(*r.extendedAtMs), r.extensionReason);
    }
    if (r.closedAtMs && r.outcome) {
        facts << tr("Closed %1 (%2). %3")
                     .arg(Request::dateText(*r.closedAtMs), Request::outcomeLabel(*r.outcome), r.closingNote)
                     .trimmed();
    }
    m_facts->setText(facts.join(QLatin1Char('\n')));
    for (const auto& c : r.contacts) {
        auto* item = new QListWidgetItem(c.exists ? c.displayName : tr("Erased contact"), m_contacts);
        item->setData(Qt::UserRole, c.uid);
        item->setData(Qt::UserRole + 1, c.exists);
    }
    if (m_contacts->count() > 0) {
        m_contacts->setCurrentRow(0);
    }
    for (const auto& a : r.artefacts) {
        new QListWidgetItem(
            tr("%1 · %2 · %3 · %4").arg(Request::dateText(a.producedAtMs), a.kind, a.fileName, a.sha256.left(16)),
            m_artefacts);
        m_artefacts->item(m_artefacts->count() - 1)->setToolTip(a.sha256);
    }
    updateButtons();
}

QString RequestsPage::selectedContactUid() const
{
    const QListWidgetItem* item = m_contacts->currentItem();
    return item && item->data(Qt::UserRole + 1).toBool() ? item->data(Qt::UserRole).toString() : QString();
}

void RequestsPage::updateButtons()
{
    const bool open = m_selected && m_selected->isOpen();
    m_verify->setEnabled(open && !m_selected->verifiedAtMs);
    m_extend->setEnabled(open && !m_selected->isExtended()
                         && privacy::RequestDeadlines::rule(m_selected->jurisdiction).isExtendable());
    m_receipt->setVisible(m_selected && m_selected->receiptDueAtMs.has_value());
    m_receipt->setEnabled(open && !m_selected->receiptConfirmedAtMs);
    m_told->setVisible(m_selected && m_selected->isExtended());
    m_told->setEnabled(open && !m_selected->requesterToldAtMs);
    m_close->setEnabled(open);
    const bool contact = open && !selectedContactUid().isEmpty();
    m_access->setEnabled(contact && m_session.gate().may(security::Permission::HandleRequests));
    m_erase->setEnabled(contact && m_session.gate().may(security::Permission::Erase));
    for (QPushButton* b : {m_verify, m_receipt, m_extend, m_told, m_close, m_access, m_erase}) {
        if (!m_selected) {
            b->setEnabled(false);
        }
    }
}

NewRequestDialog* RequestsPage::newRequest(const QString& contactUid, const QString& displayName)
{
    auto* dialog = new NewRequestDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!contactUid.isEmpty()) {
        dialog->addContact(contactUid, displayName);
    }
    connect(dialog, &NewRequestDialog::requestSaved, this, [this](const QString& reference) {
        m_filter->setCurrentIndex(OpenRow);
        refresh();
        select(reference);
        emit notice(tr("Request %1 recorded.").arg(reference));
    });
    dialog->open();
    return dialog;
}

RequestStepDialog* RequestsPage::startStep(RequestStepDialog::Step step)
{
    if (!m_selected) {
        return nullptr;
    }
    auto* dialog = new RequestStepDialog(step, *m_selected, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString reference = m_selected->reference;
    connect(dialog,
            &RequestStepDialog::submitted,
            this,
            [this, dialog, step, reference](const QString& text, RequestOutcome outcome) {
                Result<Request> done = makeError(ErrorKind::Invalid, QString());
                switch (step) {
                case RequestStepDialog::Step::Verify:
                    done = m_session.requests().verify(reference, text);
                    break;
                case RequestStepDialog::Step::Extend:
                    done = m_session.requests().extend(reference, text);
                    break;
                case RequestStepDialog::Step::Close:
                    done = m_session.requests().close(reference, outcome, text);
                    break;
                }
                if (!done) {
                    dialog->showError(done.error().message);
                    return;
                }
                dialog->accept();
                refresh();
                select(reference);
                emit notice(tr("Request %1 updated.").arg(reference));
            });
    dialog->open();
    return dialog;
}

void RequestsPage::markSelected(bool receiptConfirmed, bool requesterTold)
{
    if (!m_selected) {
        return;
    }
    privacy::RequestMarks marks;
    marks.receiptConfirmed = receiptConfirmed;
    marks.requesterTold = requesterTold;
    const QString reference = m_selected->reference;
    auto done = m_session.requests().mark(reference, marks);
    if (!done) {
        m_error->setMessage(done.error().message);
        return;
    }
    refresh();
    select(reference);
    emit notice(tr("Request %1 updated.").arg(reference));
}

} // namespace confidant::ui
