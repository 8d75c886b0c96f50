#include "ConsentPanel.h"

#include "core/Session.h"

#include "ui/ConsentRecordDialog.h"
#include "ui/FieldErrorLabel.h"
#include "ui/RecordInfo.h"
#include "ui/SubjectRightsBox.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace confidant::ui {

namespace {

using privacy::ConsentEventKind;
using privacy::ConsentStatus;

constexpr const char* kKind = "consentKind";

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

QTableWidgetItem* item(const QString& text, const QString& toolTip = {})
{
    auto* it = new QTableWidgetItem(text);
    it->setToolTip(toolTip.isEmpty() ? text : toolTip);
    return it;
}

QString dateText(qint64 utcMs)
{
    return RecordInfo::formatTime(utcMs);
}

} // namespace

ConsentPanel::ConsentPanel(Session& session, crm::ContactId contact, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_contact(contact)
    , m_mayEdit(session.gate().may(security::Permission::EditContacts))
{
    setObjectName(QStringLiteral("consentPanel"));
    auto* statesTitle = new QLabel(tr("<b>Consent per purpose</b>"), this);
    m_states = table({tr("Purpose"), tr("Lawful basis"), tr("Consent"), tr("Since"), tr("How"), tr("Ask again"), {}},
                     QStringLiteral("consentStates"),
                     this);
    // Every column as wide as its content; the buttons take what is left.
    m_states->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_states->horizontalHeader()->setSectionResizeMode(ActionColumn, QHeaderView::Stretch);

    auto* historyTitle = new QLabel(tr("<b>History</b>"), this);
    m_history
        = table({tr("When"), tr("Purpose"), tr("Event"), tr("How"), tr("Notice"), tr("Recorded by"), tr("Evidence")},
                QStringLiteral("consentHistory"),
                this);

    m_noticeState = new QLabel(this);
    m_noticeState->setObjectName(QStringLiteral("noticeState"));
    m_noticeState->setWordWrap(true);
    m_noticeState->setTextFormat(Qt::PlainText);
    m_showNotice = new QPushButton(tr("Show privacy &notice…"), this);
    m_showNotice->setObjectName(QStringLiteral("showNoticeButton"));
    m_showNotice->setVisible(m_mayEdit);
    connect(m_showNotice, &QPushButton::clicked, this, [this] { emit showNoticeRequested(m_contact); });

    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("consentPanelError"));

    m_rights = new SubjectRightsBox(session, contact, this);
    // An objection withdraws marketing consents; a restriction changes what may be recorded here.
    connect(m_rights, &SubjectRightsBox::changed, this, [this](const privacy::SubjectStatus& status) {
        reload();
        emit rightsChanged(status);
    });

    auto* noticeLine = new QHBoxLayout;
    noticeLine->addWidget(m_noticeState, 1);
    noticeLine->addWidget(m_showNotice);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_rights);
    layout->addWidget(statesTitle);
    layout->addWidget(m_states, 3);
    layout->addLayout(noticeLine);
    layout->addWidget(historyTitle);
    layout->addWidget(m_history, 2);
    reload();
}

void ConsentPanel::reload()
{
    m_error->setMessage({});
    m_rights->reload();
    loadStates();
    loadHistory();
    loadNotices();
}

void ConsentPanel::loadStates()
{
    m_states->setRowCount(0);
    const bool restricted = m_rights->status().isRestricted();
    m_showNotice->setEnabled(!restricted);
    m_showNotice->setToolTip(restricted ? tr("Processing is restricted: nothing new can be recorded for this person.")
                                        : tr("Show the current privacy notice to read out or show, and record that "
                                             "the person has seen it"));
    auto states = m_session.consents().states(m_contact);
    if (!states) {
        m_error->setMessage(states.error().message);
        return;
    }
    m_states->setRowCount(static_cast<int>(states->size()));
    int row = 0;
    for (const privacy::ConsentState& state : *states) {
        const privacy::Purpose& purpose = state.purpose;
        m_states->setItem(row, PurposeColumn, item(purpose.name, purpose.description));
        m_states->setItem(row,
                          BasisColumn,
                          item(privacy::Purpose::basisLabel(purpose.basis),
                               tr("%1 (%2)").arg(privacy::Purpose::basisLabel(purpose.basis),
                                                 privacy::Purpose::articleRef(purpose.basis))));
        QString status = privacy::ConsentService::statusLabel(state.status);
        if (!purpose.requiresConsent && state.status == ConsentStatus::None) {
            status = tr("Not needed");
        }
        auto* statusItem = item(status);
        if (state.status == ConsentStatus::Given) {
            QFont bold = statusItem->font();
            bold.setBold(true);
            statusItem->setFont(bold);
        }
        m_states->setItem(row, StatusColumn, statusItem);
        if (state.latest) {
            const privacy::ConsentEvent& event = *state.latest;
            m_states->setItem(row, SinceColumn, item(dateText(event.atMs)));
            m_states->setItem(row, MethodColumn, item(privacy::ConsentService::methodLabel(event.method)));
            if (event.expiresAtMs && state.status != ConsentStatus::Withdrawn) {
                m_states->setItem(row, ExpiresColumn, item(dateText(*event.expiresAtMs)));
            }
        }

        // The buttons that change this purpose's consent, on its own row: grant where none is given, withdraw
        // (and renew) where it is.
        QList<ConsentEventKind> kinds;
        if (m_mayEdit && !restricted && !purpose.archived && purpose.requiresConsent
            && (state.status == ConsentStatus::None || state.status == ConsentStatus::Withdrawn)) {
            kinds = {ConsentEventKind::Granted};
        } else if (m_mayEdit && (state.status == ConsentStatus::Given || state.status == ConsentStatus::Expired)) {
            kinds = {ConsentEventKind::Withdrawn};
            if (!purpose.archived && !restricted) {
                kinds.append(ConsentEventKind::Refreshed);
            }
        }
        if (!kinds.isEmpty()) {
            auto* cell = new QWidget(m_states);
            auto* buttons = new QHBoxLayout(cell);
            buttons->setContentsMargins(2, 0, 2, 0);
            for (const ConsentEventKind kind : kinds) {
                QString text;
                QString name;
                switch (kind) {
                case ConsentEventKind::Granted:
                    text = tr("Grant…");
                    name = QStringLiteral("grantButton");
                    break;
                case ConsentEventKind::Withdrawn:
                    text = tr("Withdraw…");
                    name = QStringLiteral("withdrawButton");
                    break;
                case ConsentEventKind::Refreshed:
                    text = tr("Renew…");
                    name = QStringLiteral("renewButton");
                    break;
                }
                auto* button = new QPushButton(text, cell);
                button->setObjectName(name);
                button->setProperty(kKind, static_cast<int>(kind));
                button->setAccessibleName(tr("%1 %2").arg(text, purpose.name));
                connect(button, &QPushButton::clicked, this, [this, state, kind] { openRecord(state, kind); });
                buttons->addWidget(button);
            }
            m_states->setCellWidget(row, ActionColumn, cell);
        }
        ++row;
    }
    m_states->resizeRowsToContents();
}

void ConsentPanel::loadHistory()
{
    m_history->setRowCount(0);
    auto events = m_session.consents().history(m_contact);
    if (!events) {
        m_error->setMessage(events.error().message);
        return;
    }
    m_history->setRowCount(static_cast<int>(events->size()));
    int row = 0;
    for (const privacy::ConsentEvent& event : *events) {
        QString notice;
        if (event.noticeVersion > 0) {
            notice = tr("%1 version %2").arg(event.noticeLanguage).arg(event.noticeVersion);
        }
        QString by = event.recordedByName;
        if (by.isEmpty() && !event.recordedBy.isEmpty()) {
            by = tr("a removed profile");
        }
        const QStringList cells = {dateText(event.atMs),
                                   event.purposeName,
                                   privacy::ConsentService::kindLabel(event.kind),
                                   privacy::ConsentService::methodLabel(event.method),
                                   notice,
                                   by,
                                   event.evidence};
        for (int column = 0; column < cells.size(); ++column) {
            m_history->setItem(row, column, item(cells.at(column)));
        }
        ++row;
    }
    m_history->resizeColumnsToContents();
}

void ConsentPanel::loadNotices()
{
    auto acks = m_session.notices().acknowledgements(m_contact);
    if (!acks) {
        m_noticeState->setText(acks.error().message);
        return;
    }
    if (acks->isEmpty()) {
        m_noticeState->setText(tr("Privacy notice: not recorded as shown to this person."));
        return;
    }
    // The newest acknowledgement first; is a newer, materially changed version current in its language?
    const privacy::NoticeAck& latest = acks->constFirst();
    QString text = tr("Privacy notice: %1 version %2 shown on %3 (%4).")
                       .arg(latest.language)
                       .arg(latest.version)
                       .arg(dateText(latest.atMs), privacy::Notice::channelLabel(latest.channel));
    if (auto stale = m_session.notices().staleAcknowledgements(latest.language)) {
        for (const privacy::StaleAcknowledgement& s : *stale) {
            if (s.contactId == m_contact) {
                text += QLatin1Char(' ')
                    + tr("Out of date: version %1 changed it materially; show them the current notice.")
                          .arg(s.currentVersion);
                break;
            }
        }
    }
    m_noticeState->setText(text);
}

void ConsentPanel::openRecord(const privacy::ConsentState& state, privacy::ConsentEventKind kind)
{
    const privacy::PurposeId purpose = state.purpose.id;
    auto submit = [this, purpose, kind](const privacy::ConsentRecord& record) -> QString {
        privacy::ConsentService& consents = m_session.consents();
        Result<privacy::ConsentEvent> event = kind == ConsentEventKind::Granted
            ? consents.grant(m_contact, purpose, record)
            : kind == ConsentEventKind::Withdrawn ? consents.withdraw(m_contact, purpose, record)
                                                  : consents.refresh(m_contact, purpose, record);
        return event ? QString() : event.error().message;
    };
    auto* dialog = new ConsentRecordDialog(
        kind, state.purpose.name, m_session.notices(), m_session.clock(), std::move(submit), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, kind] {
        reload();
        emit recorded(kind);
    });
    dialog->open();
}

int ConsentPanel::rowOf(const QString& purposeName) const
{
    for (int row = 0; row < m_states->rowCount(); ++row) {
        if (m_states->item(row, PurposeColumn)->text() == purposeName) {
            return row;
        }
    }
    return -1;
}

QPushButton* ConsentPanel::actionButton(int row, privacy::ConsentEventKind kind) const
{
    QWidget* cell = m_states->cellWidget(row, ActionColumn);
    if (!cell) {
        return nullptr;
    }
    for (QPushButton* button : cell->findChildren<QPushButton*>()) {
        if (button->property(kKind).toInt() == static_cast<int>(kind)) {
            return button;
        }
    }
    return nullptr;
}

} // namespace confidant::ui
