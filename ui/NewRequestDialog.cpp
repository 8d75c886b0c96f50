#include "NewRequestDialog.h"

#include "core/Session.h"
#include "core/privacy/RequestDeadlines.h"

#include "ui/FieldErrorLabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace confidant::ui {

using privacy::Jurisdiction;
using privacy::Request;
using privacy::RequestChannel;
using privacy::RequestKind;

namespace {

constexpr int kSearchDelayMs = 200;
constexpr int kMaxMatches = 20;

template <typename Enum>
void fill(QComboBox* combo, std::initializer_list<Enum> values, QString (*label)(Enum))
{
    for (const Enum value : values) {
        combo->addItem(label(value), static_cast<int>(value));
    }
}

} // namespace

NewRequestDialog::NewRequestDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("newRequestDialog"));
    setWindowTitle(tr("New data-subject request"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("requestKind"));
    fill<RequestKind>(m_kind,
                      {RequestKind::Access,
                       RequestKind::Rectification,
                       RequestKind::Erasure,
                       RequestKind::Restriction,
                       RequestKind::Objection,
                       RequestKind::Portability,
                       RequestKind::DoNotSell},
                      &Request::kindLabel);
    m_jurisdiction = new QComboBox(this);
    m_jurisdiction->setObjectName(QStringLiteral("requestJurisdiction"));
    fill<Jurisdiction>(m_jurisdiction,
                       {Jurisdiction::Gdpr,
                        Jurisdiction::UkGdpr,
                        Jurisdiction::Ccpa,
                        Jurisdiction::Pipeda,
                        Jurisdiction::Lgpd,
                        Jurisdiction::Other},
                       &Request::jurisdictionLabel);
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("requestChannel"));
    fill<RequestChannel>(m_channel,
                         {RequestChannel::Email,
                          RequestChannel::Web,
                          RequestChannel::Phone,
                          RequestChannel::Letter,
                          RequestChannel::InPerson,
                          RequestChannel::Other},
                         &Request::channelLabel);

    const QDate today = privacy::RequestDeadlines::utcDate(session.clock().nowMs());
    m_received = new QDateEdit(today, this);
    m_received->setObjectName(QStringLiteral("requestReceived"));
    m_received->setCalendarPopup(true);
    m_received->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_received->setMaximumDate(today);
    m_received->setMinimumDate(privacy::RequestService::earliestReceivedDate());

    m_due = new QLineEdit(this);
    m_due->setObjectName(QStringLiteral("requestDue"));
    m_due->setReadOnly(true);

    m_requester = new QLineEdit(this);
    m_requester->setObjectName(QStringLiteral("requestRequester"));
    m_requester->setPlaceholderText(tr("Name and how to reach them, as they wrote"));
    m_requester->setMaxLength(privacy::RequestService::kMaxRequesterLength);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("requestDetails"));
    m_details->setPlaceholderText(tr("What they asked for, in their words"));
    m_details->setTabChangesFocus(true);
    m_details->setMaximumHeight(m_details->fontMetrics().lineSpacing() * 5);

    m_contactSearch = new QLineEdit(this);
    m_contactSearch->setObjectName(QStringLiteral("requestContactSearch"));
    m_contactSearch->setPlaceholderText(tr("Type a name, email or phone to find the contact"));
    m_contactSearch->setClearButtonEnabled(true);
    m_matches = new QListWidget(this);
    m_matches->setObjectName(QStringLiteral("requestContactMatches"));
    m_matches->setMaximumHeight(m_matches->fontMetrics().lineSpacing() * 5);
    m_matches->setToolTip(tr("Double-click (or Enter) to link the contact to the request"));
    m_linked = new QListWidget(this);
    m_linked->setObjectName(QStringLiteral("requestLinkedContacts"));
    m_linked->setMaximumHeight(m_linked->fontMetrics().lineSpacing() * 4);
    m_unlink = new QPushButton(tr("Remove"), this);
    m_unlink->setObjectName(QStringLiteral("requestUnlinkContact"));
    m_unlink->setEnabled(false);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);

    auto* linkedRow = new QHBoxLayout;
    linkedRow->addWidget(m_linked, 1);
    linkedRow->addWidget(m_unlink, 0, Qt::AlignTop);

    auto* form = new QFormLayout;
    form->addRow(tr("&Request:"), m_kind);
    form->addRow(tr("&Law:"), m_jurisdiction);
    form->addRow(tr("Recei&ved on:"), m_received);
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("Due by:"), m_due);
    form->addRow(tr("Re&quester:"), m_requester);
    form->addRow(tr("&Details:"), m_details);
    form->addRow(tr("Find &contact:"), m_contactSearch);
    form->addRow(QString(), m_matches);
    form->addRow(tr("About:"), linkedRow);

    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("requestError"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveRequestButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_jurisdiction, &QComboBox::currentIndexChanged, this, &NewRequestDialog::updateDueDate);
    connect(m_received, &QDateEdit::dateChanged, this, &NewRequestDialog::updateDueDate);
    connect(m_contactSearch, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &NewRequestDialog::searchContacts);
    connect(m_matches, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        addContact(item->data(Qt::UserRole).toString(), item->text());
    });
    connect(m_linked, &QListWidget::currentRowChanged, this, [this](int row) { m_unlink->setEnabled(row >= 0); });
    connect(m_unlink, &QPushButton::clicked, this, [this] { delete m_linked->currentItem(); });
    updateDueDate();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

void NewRequestDialog::addContact(const QString& uid, const QString& displayName)
{
    if (contactUids().contains(uid)) {
        return;
    }
    auto* item = new QListWidgetItem(displayName, m_linked);
    item->setData(Qt::UserRole, uid);
}

QStringList NewRequestDialog::contactUids() const
{
    QStringList out;
    for (int row = 0; row < m_linked->count(); ++row) {
        out.append(m_linked->item(row)->data(Qt::UserRole).toString());
    }
    return out;
}

void NewRequestDialog::searchContacts()
{
    m_matches->clear();
    const QString text = m_contactSearch->text().trimmed();
    if (text.isEmpty()) {
        return;
    }
    crm::ContactQuery query;
    query.search = text;
    query.limit = kMaxMatches;
    auto page = m_session.contacts().list(query);
    if (!page) {
        m_error->setMessage(page.error().message);
        return;
    }
    for (const auto& row : page->rows) {
        QString label = (row.givenName + QLatin1Char(' ') + row.familyName).trimmed();
        if (!row.email.isEmpty()) {
            label = tr("%1 <%2>").arg(label, row.email);
        }
        auto* item = new QListWidgetItem(label, m_matches);
        item->setData(Qt::UserRole, row.uid);
    }
}

void NewRequestDialog::updateDueDate()
{
    const auto jurisdiction = static_cast<Jurisdiction>(m_jurisdiction->currentData().toInt());
    const QDate received = m_received->date();
    QString text = privacy::RequestDeadlines::dueDate(jurisdiction, received).toString(Qt::ISODate);
    if (auto receipt = privacy::RequestDeadlines::receiptDueDate(jurisdiction, received)) {
        text = tr("%1 (confirm receipt by %2)").arg(text, receipt->toString(Qt::ISODate));
    }
    m_due->setText(text);
}

bool NewRequestDialog::save()
{
    privacy::NewRequest request;
    request.kind = static_cast<RequestKind>(m_kind->currentData().toInt());
    request.jurisdiction = static_cast<Jurisdiction>(m_jurisdiction->currentData().toInt());
    request.channel = static_cast<RequestChannel>(m_channel->currentData().toInt());
    const QDate received = m_received->date();
    const QDate today = privacy::RequestDeadlines::utcDate(m_session.clock().nowMs());
    if (received != today) {
        // A past day: the moment the register (and confidant-cli request add --received) records for a day.
        request.receivedAtMs = privacy::RequestDeadlines::dayMs(received);
    }
    request.requester = m_requester->text().trimmed();
    request.details = m_details->toPlainText().trimmed();
    request.contactUids = contactUids();
    auto saved = m_session.requests().add(request);
    if (!saved) {
        m_error->setMessage(saved.error().message);
        return false;
    }
    m_saved = *saved;
    m_error->setMessage({});
    emit requestSaved(saved->reference);
    return true;
}

} // namespace confidant::ui
