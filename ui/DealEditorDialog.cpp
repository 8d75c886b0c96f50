#include "DealEditorDialog.h"

#include "core/Session.h"

#include "ui/DealBoardView.h"
#include "ui/TimelineWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>

namespace confidant::ui {

namespace {

//! The amount as the user's locale writes it ("1.234,50" in German), without the currency.
QString localAmount(qint64 minor, const QString& currency)
{
    const int digits = std::max(0, crm::Currency::exponent(currency));
    return QLocale().toString(double(minor) / std::pow(10.0, digits), 'f', digits);
}

std::optional<qint64> parseLocalAmount(const QString& text, const QString& currency)
{
    if (text.trimmed().isEmpty()) {
        return qint64(0);
    }
    // Locale first ("1.234,50"), then the locale-free form ("1234.50").
    bool ok = false;
    const double value = QLocale().toDouble(text.trimmed(), &ok);
    if (ok && value >= 0) {
        const int digits = std::max(0, crm::Currency::exponent(currency));
        return crm::Currency::parse(QString::number(value, 'f', digits), currency);
    }
    return crm::Currency::parse(text, currency);
}

} // namespace

DealEditorDialog::DealEditorDialog(Session& session, const crm::Deal& deal, bool readOnly, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_deal(deal)
{
    setObjectName(QStringLiteral("dealEditor"));
    setWindowTitle(deal.id.value ? (readOnly ? tr("Deal (read only)") : tr("Edit deal")) : tr("New deal"));
    auto pipeline = deal.stageId.value ? session.pipelines().pipelineOfStage(deal.stageId)
        : deal.pipelineId.value        ? session.pipelines().pipeline(deal.pipelineId)
                                       : session.pipelines().find(QString());
    if (pipeline) {
        m_pipeline = *pipeline;
    }

    auto* form = new QFormLayout;
    m_title = new QLineEdit(deal.title, this);
    m_title->setObjectName(QStringLiteral("title"));
    form->addRow(tr("&Title:"), m_title);

    auto* valueRow = new QHBoxLayout;
    m_value = new QLineEdit(deal.id.value ? localAmount(deal.valueMinor, deal.currency) : QString(), this);
    m_value->setObjectName(QStringLiteral("value"));
    m_value->setPlaceholderText(localAmount(123450, deal.currency));
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->addItems(crm::Currency::codes());
    m_currency->setCurrentText(deal.currency);
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(m_currency);
    form->addRow(tr("Value:"), valueRow);

    auto* closeRow = new QHBoxLayout;
    m_hasClose = new QCheckBox(tr("Expected"), this);
    m_close
        = new QDateEdit(deal.expectedClose.isValid() ? deal.expectedClose : QDate::currentDate().addMonths(1), this);
    m_close->setCalendarPopup(true);
    m_hasClose->setChecked(deal.expectedClose.isValid());
    m_close->setEnabled(deal.expectedClose.isValid());
    connect(m_hasClose, &QCheckBox::toggled, m_close, &QWidget::setEnabled);
    closeRow->addWidget(m_hasClose);
    closeRow->addWidget(m_close, 1);
    form->addRow(tr("Close date:"), closeRow);

    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("stage"));
    for (const crm::Stage& s : m_pipeline.stages) {
        m_stage->addItem(tr("%1 (%2%)").arg(s.name).arg(s.probability), s.id.value);
        if (s.id == deal.stageId) {
            m_stage->setCurrentIndex(m_stage->count() - 1);
        }
    }
    form->addRow(tr("&Stage:"), m_stage);
    m_reason = new QLineEdit(deal.closeReason, this);
    m_reason->setPlaceholderText(tr("Why it was won or lost"));
    form->addRow(tr("&Reason:"), m_reason);

    m_owner = new QComboBox(this);
    m_company = new QComboBox(this);
    m_company->setObjectName(QStringLiteral("company"));
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("C&ompany:"), m_company);

    auto* contactRow = new QHBoxLayout;
    m_contactPicker = new QComboBox(this);
    m_contactPicker->setEditable(true);
    m_contactPicker->setInsertPolicy(QComboBox::NoInsert);
    auto* addContact = new QPushButton(tr("&Link"), this);
    contactRow->addWidget(m_contactPicker, 1);
    contactRow->addWidget(addContact);
    m_contacts = new QListWidget(this);
    m_contacts->setMaximumHeight(80);
    auto* removeContact = new QPushButton(tr("Unlink"), this);
    auto* contactBox = new QVBoxLayout;
    contactBox->addLayout(contactRow);
    contactBox->addWidget(m_contacts);
    contactBox->addWidget(removeContact, 0, Qt::AlignRight);
    form->addRow(tr("Contacts:"), contactBox);
    connect(addContact, &QPushButton::clicked, this, &DealEditorDialog::addContact);
    connect(removeContact, &QPushButton::clicked, this, [this] { delete m_contacts->currentItem(); });

    m_tags = new QLineEdit(deal.tags.join(QStringLiteral(", ")), this);
    m_tags->setPlaceholderText(tr("Comma-separated"));
    form->addRow(tr("Ta&gs:"), m_tags);
    m_description = new QPlainTextEdit(deal.description, this);
    m_description->setMaximumHeight(90);
    form->addRow(tr("&Description:"), m_description);

    m_history = new QListWidget(this);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setMaximumHeight(100);
    if (deal.id.value) {
        if (auto rows = session.deals().history(deal.id)) {
            for (const crm::StageChange& c : *rows) {
                const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(c.atMs), QLocale::ShortFormat);
                m_history->addItem(c.from ? tr("%1: %2 → %3 (%4)").arg(when, c.fromName, c.toName, c.profileName)
                                          : tr("%1: created in %2 (%3)").arg(when, c.toName, c.profileName));
            }
        }
        form->addRow(tr("Stage history:"), m_history);
    } else {
        m_history->hide();
    }

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(
        readOnly ? QDialogButtonBox::Close : QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &DealEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    // Details first; a saved deal also gets its Timeline (calls, meetings, notes and tasks linked to it).
    auto* details = new QWidget(this);
    details->setLayout(form);
    form->setContentsMargins(0, 0, 0, 0);
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("editorTabs"));
    tabs->setDocumentMode(true);
    tabs->setTabBarAutoHide(true);
    tabs->addTab(details, tr("&Details"));
    if (deal.id.value != 0) {
        tabs->addTab(new TimelineWidget(session, crm::EntityType::Deal, deal.uid), tr("&Timeline"));
    }
    layout->addWidget(tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    fillPickers();
    if (readOnly) {
        for (QWidget* w : std::initializer_list<QWidget*> {m_title,
                                                           m_value,
                                                           m_currency,
                                                           m_hasClose,
                                                           m_close,
                                                           m_stage,
                                                           m_reason,
                                                           m_owner,
                                                           m_company,
                                                           m_contactPicker,
                                                           addContact,
                                                           removeContact,
                                                           m_tags}) {
            w->setEnabled(false);
        }
        m_description->setReadOnly(true);
    }
    resize(520, sizeHint().height());
}

void DealEditorDialog::fillPickers()
{
    if (auto profiles = m_session.profiles().list()) {
        const QString owner = m_deal.ownerUid.isEmpty() ? m_session.actor().uid : m_deal.ownerUid;
        for (const auto& p : *profiles) {
            m_owner->addItem(p.name, p.uid);
            if (p.uid == owner) {
                m_owner->setCurrentIndex(m_owner->count() - 1);
            }
        }
    }
    m_company->addItem(tr("(none)"), qint64(0));
    crm::CompanyQuery companies;
    companies.limit = 2000;
    if (auto page = m_session.companies().list(companies)) {
        for (const auto& c : page->rows) {
            m_company->addItem(c.name, c.id.value);
            if (m_deal.companyId && *m_deal.companyId == c.id) {
                m_company->setCurrentIndex(m_company->count() - 1);
            }
        }
    }
    crm::ContactQuery contacts;
    contacts.limit = 2000;
    if (auto page = m_session.contacts().list(contacts)) {
        for (const auto& c : page->rows) {
            m_contactPicker->addItem((c.givenName + QLatin1Char(' ') + c.familyName).trimmed(), c.id.value);
        }
    }
    m_contactPicker->setCurrentIndex(-1);
    for (crm::ContactId id : m_deal.contactIds) {
        if (auto c = m_session.contacts().get(id)) {
            auto* item = new QListWidgetItem(c->displayName(), m_contacts);
            item->setData(Qt::UserRole, id.value);
        }
    }
}

void DealEditorDialog::addContact()
{
    const int index = m_contactPicker->findText(m_contactPicker->currentText());
    if (index < 0) {
        return;
    }
    const qint64 id = m_contactPicker->itemData(index).toLongLong();
    for (int i = 0; i < m_contacts->count(); ++i) {
        if (m_contacts->item(i)->data(Qt::UserRole).toLongLong() == id) {
            return;
        }
    }
    auto* item = new QListWidgetItem(m_contactPicker->itemText(index), m_contacts);
    item->setData(Qt::UserRole, id);
}

void DealEditorDialog::accept()
{
    crm::Deal d = m_deal;
    d.title = m_title->text();
    d.currency = m_currency->currentText();
    const auto minor = parseLocalAmount(m_value->text(), d.currency);
    if (!minor || *minor < 0) {
        m_error->setText(
            tr("The value is not an amount in %1; write it like %2.").arg(d.currency, localAmount(123450, d.currency)));
        m_error->show();
        return;
    }
    d.valueMinor = *minor;
    d.expectedClose = m_hasClose->isChecked() ? m_close->date() : QDate();
    d.ownerUid = m_owner->currentData().toString();
    const qint64 company = m_company->currentData().toLongLong();
    d.companyId = company ? std::optional<crm::CompanyId>(crm::CompanyId {company}) : std::nullopt;
    d.contactIds.clear();
    for (int i = 0; i < m_contacts->count(); ++i) {
        d.contactIds.append(crm::ContactId {m_contacts->item(i)->data(Qt::UserRole).toLongLong()});
    }
    d.tags = m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString& t : d.tags) {
        t = t.trimmed();
    }
    d.description = m_description->toPlainText();
    const crm::StageId stage {m_stage->currentData().toLongLong()};
    Result<crm::Deal> saved = makeError(ErrorKind::Io, QString());
    if (d.id.value == 0) {
        d.stageId = stage;
        d.pipelineId = m_pipeline.id;
        d.closeReason = m_reason->text();
        d.source = QStringLiteral("manual:gui");
        saved = m_session.deals().create(d);
    } else {
        saved = m_session.deals().update(d);
        if (saved && stage != saved->stageId) {
            saved = m_session.deals().move(d.id, stage, m_reason->text());
        }
    }
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        return;
    }
    m_deal = *saved;
    QDialog::accept();
}

} // namespace confidant::ui
