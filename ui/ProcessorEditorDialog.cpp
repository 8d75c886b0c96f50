#include "ProcessorEditorDialog.h"

#include "core/privacy/ProcessorService.h"
#include "core/privacy/Purpose.h"

#include "ui/FieldErrorLabel.h"

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
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace confidant::ui {

using privacy::Processor;
using privacy::ProcessorRole;
using privacy::TransferSafeguard;

namespace {

QPlainTextEdit* textBox(const QString& text, const char* name, int lines, QWidget* parent)
{
    auto* box = new QPlainTextEdit(text, parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setTabChangesFocus(true);
    box->setFixedHeight(box->fontMetrics().lineSpacing() * lines + 2 * box->frameWidth() + 8);
    return box;
}

//! Every assigned ISO 3166-1 alpha-2 code Qt knows, as (name, code) sorted by name.
QList<std::pair<QString, QString>> countries()
{
    QList<std::pair<QString, QString>> out;
    for (int t = 1; t <= static_cast<int>(QLocale::LastTerritory); ++t) {
        const QString code = QLocale::territoryToCode(static_cast<QLocale::Territory>(t));
        if (Processor::isValidCountry(code)) {
            out.append({Processor::countryName(code), code});
        }
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace

ProcessorEditorDialog::ProcessorEditorDialog(privacy::ProcessorService& processors,
                                             const QList<privacy::Purpose>& purposes,
                                             const Processor& processor,
                                             QWidget* parent)
    : QDialog(parent)
    , m_processors(processors)
    , m_original(processor)
{
    setObjectName(QStringLiteral("processorEditor"));
    setWindowTitle(isNew() ? tr("New processor or recipient") : tr("Edit processor — %1").arg(processor.name));

    m_name = new QLineEdit(processor.name, this);
    m_name->setObjectName(QStringLiteral("processorName"));
    m_name->setPlaceholderText(tr("e.g. the mailing service or your tax adviser"));

    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("processorRole"));
    for (ProcessorRole role : {ProcessorRole::Processor,
                               ProcessorRole::SubProcessor,
                               ProcessorRole::JointController,
                               ProcessorRole::Recipient,
                               ProcessorRole::ThirdParty}) {
        m_role->addItem(Processor::roleLabel(role), static_cast<int>(role));
    }
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(processor.role)));

    m_country = new QComboBox(this);
    m_country->setObjectName(QStringLiteral("processorCountry"));
    m_country->addItem(tr("Not known yet"), QString());
    for (const auto& [name, code] : countries()) {
        m_country->addItem(tr("%1 (%2)").arg(name, code), code);
    }
    if (!processor.country.isEmpty() && m_country->findData(processor.country) < 0) {
        m_country->addItem(processor.country, processor.country); // kept as stored; the service judges it
    }
    m_country->setCurrentIndex(std::max(0, m_country->findData(processor.country)));
    m_country->setToolTip(tr("Where the data is processed. Outside the EEA, this is an international transfer."));
    m_transfer = new QLabel(this);
    m_transfer->setObjectName(QStringLiteral("processorTransfer"));
    m_transfer->setWordWrap(true);
    m_transfer->setTextFormat(Qt::PlainText);

    m_safeguard = new QComboBox(this);
    m_safeguard->setObjectName(QStringLiteral("processorSafeguard"));
    for (TransferSafeguard s : {TransferSafeguard::None,
                                TransferSafeguard::Adequacy,
                                TransferSafeguard::Sccs,
                                TransferSafeguard::Bcrs,
                                TransferSafeguard::Other}) {
        m_safeguard->addItem(Processor::safeguardLabel(s), static_cast<int>(s));
    }
    m_safeguard->setCurrentIndex(m_safeguard->findData(static_cast<int>(processor.safeguard)));
    m_safeguardNote = textBox(processor.safeguardNote, "processorSafeguardNote", 2, this);
    m_safeguardNote->setPlaceholderText(tr("Which clauses or decision, where the signed copy is (required for "
                                           "\"other\")."));
    // In the error colour so that it is noticed, though saving is allowed: the safeguard may be agreed later.
    m_safeguardWarning = new FieldErrorLabel(this);
    m_safeguardWarning->setObjectName(QStringLiteral("processorSafeguardWarning"));
    m_safeguardWarning->setText(
        tr("No safeguard is recorded for this transfer outside the EEA. Choose the one that makes it lawful "
           "(Chapter V GDPR); until then the privacy policy and the record of processing say it is missing."));

    m_dpaSigned = new QCheckBox(tr("Signed &on:"), this);
    m_dpaSigned->setObjectName(QStringLiteral("processorDpaSigned"));
    m_dpaSigned->setChecked(processor.dpaSignedOn.isValid());
    m_dpaDate = new QDateEdit(this);
    m_dpaDate->setObjectName(QStringLiteral("processorDpaDate"));
    m_dpaDate->setCalendarPopup(true);
    m_dpaDate->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    // Only a starting point for the picker; nothing is stored until "Signed on" is ticked.
    m_dpaDate->setDate(processor.dpaSignedOn.isValid() ? processor.dpaSignedOn : QDate::currentDate());
    m_dpaDate->setEnabled(m_dpaSigned->isChecked());
    connect(m_dpaSigned, &QCheckBox::toggled, m_dpaDate, &QWidget::setEnabled);
    auto* dpaRow = new QHBoxLayout;
    dpaRow->addWidget(m_dpaSigned);
    dpaRow->addWidget(m_dpaDate);
    dpaRow->addStretch();
    m_dpaReference = new QLineEdit(processor.dpaReference, this);
    m_dpaReference->setObjectName(QStringLiteral("processorDpaReference"));
    m_dpaReference->setPlaceholderText(tr("e.g. DPA-2024-03.pdf in the contracts folder"));
    m_contact = textBox(processor.contact, "processorContact", 2, this);
    m_contact->setPlaceholderText(tr("An address or web page where they can be reached"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    // A word-wrapped label in its own form row gets too much height: it goes under its field instead.
    const auto stacked = [this](QWidget* field, QLabel* below) {
        auto* box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(field);
        box->addWidget(below);
        return box;
    };
    const auto buddyLabel = [this](const QString& text, QWidget* buddy) {
        auto* label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    form->addRow(buddyLabel(tr("&Country:"), m_country), stacked(m_country, m_transfer));
    form->addRow(tr("Transfer &safeguard:"), m_safeguard);
    form->addRow(buddyLabel(tr("Safeguard &note:"), m_safeguardNote), stacked(m_safeguardNote, m_safeguardWarning));
    form->addRow(tr("Processing agreement:"), dpaRow);
    form->addRow(tr("Agreement &reference:"), m_dpaReference);
    form->addRow(tr("Con&tact:"), m_contact);

    m_purposes = new QListWidget(this);
    m_purposes->setObjectName(QStringLiteral("processorPurposes"));
    m_purposes->setSelectionMode(QAbstractItemView::NoSelection);
    QList<privacy::PurposeId> offered;
    for (const privacy::Purpose& p : purposes) {
        auto* item = new QListWidgetItem(p.archived ? tr("%1 (archived)").arg(p.name) : p.name, m_purposes);
        item->setData(Qt::UserRole, p.id.value);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        const bool served = std::any_of(processor.purposes.cbegin(),
                                        processor.purposes.cend(),
                                        [&](const privacy::ServedPurpose& s) { return s.id == p.id; });
        item->setCheckState(served ? Qt::Checked : Qt::Unchecked);
        offered.append(p.id);
    }
    // A served purpose the list does not offer (archived) stays linked and shows as such.
    for (const privacy::ServedPurpose& s : processor.purposes) {
        if (!offered.contains(s.id)) {
            auto* item = new QListWidgetItem(tr("%1 (archived)").arg(s.name), m_purposes);
            item->setData(Qt::UserRole, s.id.value);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
    }
    auto* purposesLabel = new QLabel(tr("&Purposes they serve:"), this);
    purposesLabel->setBuddy(m_purposes);
    auto* purposesColumn = new QVBoxLayout;
    purposesColumn->addWidget(purposesLabel);
    purposesColumn->addWidget(m_purposes, 1);

    auto* formColumn = new QVBoxLayout;
    formColumn->addLayout(form);
    formColumn->addStretch();
    auto* columns = new QHBoxLayout;
    columns->addLayout(formColumn, 3);
    columns->addLayout(purposesColumn, 1);

    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("processorError"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("processorSave"));
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProcessorEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_country, &QComboBox::currentIndexChanged, this, &ProcessorEditorDialog::countryChanged);
    connect(m_safeguard, &QComboBox::currentIndexChanged, this, &ProcessorEditorDialog::safeguardChanged);
    connect(m_name, &QLineEdit::textChanged, this, &ProcessorEditorDialog::revalidate);
    connect(m_safeguardNote, &QPlainTextEdit::textChanged, this, &ProcessorEditorDialog::revalidate);
    connect(m_dpaReference, &QLineEdit::textChanged, this, &ProcessorEditorDialog::revalidate);
    connect(m_contact, &QPlainTextEdit::textChanged, this, &ProcessorEditorDialog::revalidate);
    countryChanged();

    m_name->setFocus(Qt::OtherFocusReason);
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 80, fontMetrics().lineSpacing() * 32);
}

QString ProcessorEditorDialog::describeCountry(const QString& code)
{
    if (code.isEmpty()) {
        return QString();
    }
    const QString name = Processor::countryName(code);
    return name == code ? code : tr("%1 (%2)").arg(name, code);
}

Processor ProcessorEditorDialog::collect() const
{
    Processor p = m_original;
    p.name = m_name->text();
    p.role = static_cast<ProcessorRole>(m_role->currentData().toInt());
    p.country = m_country->currentData().toString();
    p.safeguard = static_cast<TransferSafeguard>(m_safeguard->currentData().toInt());
    p.safeguardNote = m_safeguardNote->toPlainText();
    p.dpaSignedOn = m_dpaSigned->isChecked() ? m_dpaDate->date() : QDate();
    p.dpaReference = m_dpaReference->text();
    p.contact = m_contact->toPlainText();
    p.purposes.clear();
    for (int row = 0; row < m_purposes->count(); ++row) {
        const QListWidgetItem* item = m_purposes->item(row);
        if (item->checkState() == Qt::Checked) {
            p.purposes.append({privacy::PurposeId {item->data(Qt::UserRole).toLongLong()}, QString(), QString()});
        }
    }
    return p;
}

void ProcessorEditorDialog::countryChanged()
{
    const QString code = m_country->currentData().toString();
    if (code.isEmpty()) {
        m_transfer->setText(tr("Without a country the register cannot say whether data leaves the EEA."));
    } else if (Processor::isInEea(code)) {
        m_transfer->setText(tr("Inside the EEA: not an international transfer, no safeguard needed."));
    } else {
        m_transfer->setText(tr("Outside the EEA: an international transfer (Chapter V GDPR) that needs a safeguard "
                               "unless the country has an adequacy decision."));
    }
    safeguardChanged();
}

void ProcessorEditorDialog::safeguardChanged()
{
    const Processor p = collect();
    const bool needed = p.country.isEmpty() || p.isTransfer();
    // Inside the EEA the safeguard is not asked for; one recorded before stays editable so it can be cleared.
    m_safeguard->setEnabled(needed || p.safeguard != TransferSafeguard::None);
    m_safeguardNote->setEnabled(needed || p.safeguard != TransferSafeguard::None || !p.safeguardNote.isEmpty());
    m_safeguardWarning->setVisible(p.isTransfer() && p.safeguard == TransferSafeguard::None);
    revalidate();
}

void ProcessorEditorDialog::revalidate()
{
    if (m_triedSave) {
        m_error->setMessage(privacy::ProcessorService::validate(collect()).join(QLatin1Char('\n')));
    }
}

void ProcessorEditorDialog::save()
{
    m_triedSave = true;
    const Processor processor = collect();
    auto saved = isNew() ? m_processors.create(processor) : m_processors.update(processor);
    if (!saved) {
        m_error->setMessage(saved.error().message);
        return;
    }
    m_error->setMessage(QString());
    m_saved = std::move(saved).value();
    accept();
}

} // namespace confidant::ui
