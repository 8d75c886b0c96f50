#include "PrivacySettingsDialog.h"

#include "core/Session.h"
#include "core/privacy/PrivacyConfiguration.h"

#include "ui/FieldErrorLabel.h"
#include "ui/ProcessorEditorDialog.h"
#include "ui/PurposeEditorDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace confidant::ui {

using privacy::PrivacyConfiguration;
using privacy::Processor;
using privacy::Purpose;

namespace {

enum PurposeColumn
{
    PurposeName,
    PurposeBasis,
    PurposeConsent,
    PurposeMarketing,
    PurposeRetention,
    PurposeColumnCount,
};

enum ProcessorColumn
{
    ProcessorName,
    ProcessorRoleColumn,
    ProcessorCountry,
    ProcessorSafeguard,
    ProcessorDpa,
    ProcessorPurposes,
    ProcessorColumnCount,
};

enum FieldColumn
{
    FieldLabel,
    FieldEntity,
    FieldCategory,
    FieldInUse,
    FieldSpecial,
    FieldPurposes,
    FieldColumnCount,
};

QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setEnabled(false); // drawn in the disabled (grey) text colour
    return label;
}

QTableWidget* table(const QStringList& headers, const char* name, QWidget* parent)
{
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(QString::fromLatin1(name));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setWordWrap(false);
    t->horizontalHeader()->setHighlightSections(false);
    return t;
}

QTableWidgetItem* cell(const QString& text, const QString& toolTip = {})
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(toolTip.isEmpty() ? text : toolTip);
    return item;
}

QString yesNo(bool value)
{
    return value ? PrivacySettingsDialog::tr("Yes") : PrivacySettingsDialog::tr("No");
}

//! The safeguard without its article, for a table column (the tooltip has the full label).
QString shortSafeguard(privacy::TransferSafeguard safeguard)
{
    switch (safeguard) {
    case privacy::TransferSafeguard::None:
        return PrivacySettingsDialog::tr("None");
    case privacy::TransferSafeguard::Adequacy:
        return PrivacySettingsDialog::tr("Adequacy decision");
    case privacy::TransferSafeguard::Sccs:
        return PrivacySettingsDialog::tr("Standard contractual clauses");
    case privacy::TransferSafeguard::Bcrs:
        return PrivacySettingsDialog::tr("Binding corporate rules");
    case privacy::TransferSafeguard::Other:
        return PrivacySettingsDialog::tr("Other safeguard");
    }
    return {};
}

QPlainTextEdit* textBox(const char* name, int lines, QWidget* parent)
{
    auto* box = new QPlainTextEdit(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setTabChangesFocus(true);
    box->setFixedHeight(box->fontMetrics().lineSpacing() * lines + 2 * box->frameWidth() + 8);
    return box;
}

void selectRowWithId(QTableWidget* t, qint64 id)
{
    for (int row = 0; row < t->rowCount(); ++row) {
        if (t->item(row, 0)->data(Qt::UserRole).toLongLong() == id) {
            t->selectRow(row);
            return;
        }
    }
}

} // namespace

PrivacySettingsDialog::PrivacySettingsDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("privacySettingsDialog"));
    setWindowTitle(tr("Privacy settings"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("privacySettingsTabs"));
    m_tabs->addTab(createPurposesTab(), tr("&Purposes"));
    m_tabs->addTab(createProcessorsTab(), tr("P&rocessors && recipients"));
    m_tabs->addTab(createControllerTab(), tr("&Controller"));
    m_tabs->addTab(createFieldsTab(), tr("&Data fields"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    reloadLists();
    loadController();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resize(em * 104, fontMetrics().lineSpacing() * 36);
}

void PrivacySettingsDialog::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

// ---- Purposes ----------------------------------------------------------------------------------------------

QWidget* PrivacySettingsDialog::createPurposesTab()
{
    auto* page = new QWidget(this);
    m_purposeTable = table(
        {tr("Purpose"), tr("Lawful basis"), tr("Needs consent"), tr("Direct marketing"), tr("Default retention")},
        "purposesTable",
        page);
    m_purposeTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_purposeTable->horizontalHeader()->setSectionResizeMode(PurposeName, QHeaderView::Stretch);
    connect(m_purposeTable, &QTableWidget::itemSelectionChanged, this, &PrivacySettingsDialog::updatePurposeButtons);
    connect(m_purposeTable, &QTableWidget::cellDoubleClicked, this, &PrivacySettingsDialog::editPurpose);

    auto* add = new QPushButton(tr("&Add…"), page);
    add->setObjectName(QStringLiteral("addPurpose"));
    m_editPurpose = new QPushButton(tr("&Edit…"), page);
    m_editPurpose->setObjectName(QStringLiteral("editPurpose"));
    m_archivePurpose = new QPushButton(tr("Ar&chive"), page);
    m_archivePurpose->setObjectName(QStringLiteral("archivePurpose"));
    m_showArchivedPurposes = new QCheckBox(tr("Show arc&hived"), page);
    m_showArchivedPurposes->setObjectName(QStringLiteral("showArchivedPurposes"));
    connect(add, &QPushButton::clicked, this, &PrivacySettingsDialog::addPurpose);
    connect(m_editPurpose, &QPushButton::clicked, this, &PrivacySettingsDialog::editPurpose);
    connect(m_archivePurpose, &QPushButton::clicked, this, &PrivacySettingsDialog::toggleArchivedPurpose);
    connect(m_showArchivedPurposes, &QCheckBox::toggled, this, &PrivacySettingsDialog::reloadPurposes);

    auto* side = new QVBoxLayout;
    for (QPushButton* b : {add, m_editPurpose, m_archivePurpose}) {
        side->addWidget(b);
    }
    side->addStretch();
    auto* row = new QHBoxLayout;
    row->addWidget(m_purposeTable, 1);
    row->addLayout(side);

    m_purposeError = new FieldErrorLabel(page);
    m_purposeError->setObjectName(QStringLiteral("purposesError"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(note(tr("Why you process personal data, and on which lawful basis (Art. 6(1) GDPR). "
                              "Purposes are archived, never deleted: the consent records refer to them."),
                           page));
    layout->addLayout(row, 1);
    layout->addWidget(m_showArchivedPurposes);
    layout->addWidget(m_purposeError);
    return page;
}

void PrivacySettingsDialog::reloadPurposes()
{
    const std::optional<Purpose> selected = selectedPurpose();
    auto purposes = m_session.purposes().list(m_showArchivedPurposes->isChecked());
    if (!purposes) {
        m_purposeError->setMessage(purposes.error().message);
        return;
    }
    m_purposeRows = *purposes;
    m_purposeTable->setRowCount(static_cast<int>(m_purposeRows.size()));
    const QBrush grey = palette().brush(QPalette::Disabled, QPalette::Text);
    for (int row = 0; row < m_purposeRows.size(); ++row) {
        const Purpose& p = m_purposeRows.at(row);
        auto* name = cell(p.archived ? tr("%1 (archived)").arg(p.name) : p.name,
                          p.description.isEmpty() ? p.name : p.description);
        name->setData(Qt::UserRole, p.id.value);
        QString basisTip = Purpose::basisLabel(p.basis);
        if (p.basis == privacy::LawfulBasis::LegitimateInterests) {
            basisTip = tr("Legitimate interest: %1").arg(p.legitimateInterest);
        }
        QList<QTableWidgetItem*> items {
            name,
            cell(tr("%1 (%2)").arg(Purpose::basisLabel(p.basis), Purpose::articleRef(p.basis)), basisTip),
            cell(yesNo(p.requiresConsent)),
            cell(yesNo(p.directMarketing)),
            cell(PurposeEditorDialog::describeRetention(p.retentionDays), PrivacyConfiguration::retentionText(p)),
        };
        for (int column = 0; column < items.size(); ++column) {
            if (p.archived) {
                items.at(column)->setForeground(grey);
            }
            m_purposeTable->setItem(row, column, items.at(column));
        }
    }
    if (selected) {
        selectRowWithId(m_purposeTable, selected->id.value);
    }
    updatePurposeButtons();
}

std::optional<Purpose> PrivacySettingsDialog::selectedPurpose() const
{
    const QList<QTableWidgetItem*> items = m_purposeTable->selectedItems();
    if (items.isEmpty()) {
        return std::nullopt;
    }
    const int row = items.first()->row();
    if (row < 0 || row >= m_purposeRows.size()) {
        return std::nullopt;
    }
    return m_purposeRows.at(row);
}

void PrivacySettingsDialog::updatePurposeButtons()
{
    const std::optional<Purpose> p = selectedPurpose();
    m_editPurpose->setEnabled(p.has_value());
    m_archivePurpose->setEnabled(p.has_value());
    m_archivePurpose->setText(p && p->archived ? tr("Un&archive") : tr("Ar&chive"));
    m_archivePurpose->setToolTip(p && p->archived
                                     ? tr("Use this purpose again")
                                     : tr("Keep the purpose in the records, but no longer use it for anything"));
}

void PrivacySettingsDialog::addPurpose()
{
    auto fields = m_session.fieldSettings().list();
    if (!fields) {
        m_purposeError->setMessage(fields.error().message);
        return;
    }
    Purpose fresh;
    fresh.requiresConsent = true;
    auto* editor = new PurposeEditorDialog(m_session.purposes(), *fields, fresh, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        m_purposeError->setMessage(QString());
        reloadLists();
        selectRowWithId(m_purposeTable, editor->savedPurpose().id.value);
    });
    editor->open();
}

void PrivacySettingsDialog::editPurpose()
{
    const std::optional<Purpose> p = selectedPurpose();
    if (!p) {
        return;
    }
    auto fields = m_session.fieldSettings().list();
    if (!fields) {
        m_purposeError->setMessage(fields.error().message);
        return;
    }
    auto* editor = new PurposeEditorDialog(m_session.purposes(), *fields, *p, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this] {
        m_purposeError->setMessage(QString());
        reloadLists();
    });
    editor->open();
}

void PrivacySettingsDialog::toggleArchivedPurpose()
{
    const std::optional<Purpose> p = selectedPurpose();
    if (!p) {
        return;
    }
    auto r = m_session.purposes().setArchived(p->id, !p->archived);
    m_purposeError->setMessage(r ? QString() : r.error().message);
    reloadLists();
}

// ---- Processors --------------------------------------------------------------------------------------------

QWidget* PrivacySettingsDialog::createProcessorsTab()
{
    auto* page = new QWidget(this);
    m_processorTable = table(
        {tr("Name"), tr("Role"), tr("Country"), tr("Transfer safeguard"), tr("Agreement signed"), tr("Purposes")},
        "processorsTable",
        page);
    m_processorTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_processorTable->horizontalHeader()->setSectionResizeMode(ProcessorName, QHeaderView::Stretch);
    m_processorTable->horizontalHeader()->setSectionResizeMode(ProcessorPurposes, QHeaderView::Stretch);
    connect(
        m_processorTable, &QTableWidget::itemSelectionChanged, this, &PrivacySettingsDialog::updateProcessorButtons);
    connect(m_processorTable, &QTableWidget::cellDoubleClicked, this, &PrivacySettingsDialog::editProcessor);

    auto* add = new QPushButton(tr("&Add…"), page);
    add->setObjectName(QStringLiteral("addProcessor"));
    m_editProcessor = new QPushButton(tr("&Edit…"), page);
    m_editProcessor->setObjectName(QStringLiteral("editProcessor"));
    m_archiveProcessor = new QPushButton(tr("Ar&chive"), page);
    m_archiveProcessor->setObjectName(QStringLiteral("archiveProcessor"));
    m_showArchivedProcessors = new QCheckBox(tr("Show arc&hived"), page);
    m_showArchivedProcessors->setObjectName(QStringLiteral("showArchivedProcessors"));
    connect(add, &QPushButton::clicked, this, &PrivacySettingsDialog::addProcessor);
    connect(m_editProcessor, &QPushButton::clicked, this, &PrivacySettingsDialog::editProcessor);
    connect(m_archiveProcessor, &QPushButton::clicked, this, &PrivacySettingsDialog::toggleArchivedProcessor);
    connect(m_showArchivedProcessors, &QCheckBox::toggled, this, &PrivacySettingsDialog::reloadProcessors);

    auto* side = new QVBoxLayout;
    for (QPushButton* b : {add, m_editProcessor, m_archiveProcessor}) {
        side->addWidget(b);
    }
    side->addStretch();
    auto* row = new QHBoxLayout;
    row->addWidget(m_processorTable, 1);
    row->addLayout(side);

    m_processorError = new FieldErrorLabel(page);
    m_processorError->setObjectName(QStringLiteral("processorsError"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(note(tr("Who receives personal data from you: processors working on your behalf (Art. 28 "
                              "GDPR), joint controllers and other recipients, where they are and how transfers "
                              "outside the EEA are safeguarded."),
                           page));
    layout->addLayout(row, 1);
    layout->addWidget(m_showArchivedProcessors);
    layout->addWidget(m_processorError);
    return page;
}

void PrivacySettingsDialog::reloadProcessors()
{
    const std::optional<Processor> selected = selectedProcessor();
    auto processors = m_session.processors().list(m_showArchivedProcessors->isChecked());
    if (!processors) {
        m_processorError->setMessage(processors.error().message);
        return;
    }
    m_processorRows = *processors;
    m_processorTable->setRowCount(static_cast<int>(m_processorRows.size()));
    const QBrush grey = palette().brush(QPalette::Disabled, QPalette::Text);
    for (int row = 0; row < m_processorRows.size(); ++row) {
        const Processor& p = m_processorRows.at(row);
        auto* name = cell(p.archived ? tr("%1 (archived)").arg(p.name) : p.name);
        name->setData(Qt::UserRole, p.id.value);
        QString country = ProcessorEditorDialog::describeCountry(p.country);
        if (p.country.isEmpty()) {
            country = tr("Not known");
        } else if (p.isTransfer()) {
            country = tr("%1, outside the EEA").arg(country);
        }
        QString safeguard;
        bool missing = false;
        if (p.isTransfer()) {
            missing = p.safeguard == privacy::TransferSafeguard::None;
            safeguard = missing ? tr("None recorded") : shortSafeguard(p.safeguard);
        } else if (p.safeguard != privacy::TransferSafeguard::None) {
            safeguard = shortSafeguard(p.safeguard);
        } else {
            safeguard = p.country.isEmpty() ? tr("Country not known") : tr("Not needed (inside the EEA)");
        }
        QString safeguardTip
            = p.safeguard == privacy::TransferSafeguard::None ? safeguard : Processor::safeguardLabel(p.safeguard);
        if (!p.safeguardNote.isEmpty()) {
            safeguardTip = tr("%1 — %2").arg(safeguardTip, p.safeguardNote);
        }
        QStringList purposeNames;
        for (const privacy::ServedPurpose& s : p.purposes) {
            purposeNames.append(s.name);
        }
        const QString dpa
            = p.dpaSignedOn.isValid() ? QLocale().toString(p.dpaSignedOn, QLocale::ShortFormat) : tr("Not recorded");
        QList<QTableWidgetItem*> items {
            name,
            cell(Processor::roleLabel(p.role)),
            cell(country),
            cell(safeguard, safeguardTip),
            cell(dpa, p.dpaReference.isEmpty() ? dpa : tr("%1 — %2").arg(dpa, p.dpaReference)),
            cell(purposeNames.join(QStringLiteral(", "))),
        };
        if (missing) {
            QFont bold = items.at(ProcessorSafeguard)->font();
            bold.setBold(true);
            items.at(ProcessorSafeguard)->setFont(bold);
            items.at(ProcessorSafeguard)
                ->setToolTip(tr("A transfer outside the EEA needs a safeguard (Chapter V GDPR); none is recorded."));
        }
        for (int column = 0; column < items.size(); ++column) {
            if (p.archived) {
                items.at(column)->setForeground(grey);
            }
            m_processorTable->setItem(row, column, items.at(column));
        }
    }
    if (selected) {
        selectRowWithId(m_processorTable, selected->id.value);
    }
    updateProcessorButtons();
}

std::optional<Processor> PrivacySettingsDialog::selectedProcessor() const
{
    const QList<QTableWidgetItem*> items = m_processorTable->selectedItems();
    if (items.isEmpty()) {
        return std::nullopt;
    }
    const int row = items.first()->row();
    if (row < 0 || row >= m_processorRows.size()) {
        return std::nullopt;
    }
    return m_processorRows.at(row);
}

void PrivacySettingsDialog::updateProcessorButtons()
{
    const std::optional<Processor> p = selectedProcessor();
    m_editProcessor->setEnabled(p.has_value());
    m_archiveProcessor->setEnabled(p.has_value());
    m_archiveProcessor->setText(p && p->archived ? tr("Un&archive") : tr("Ar&chive"));
}

void PrivacySettingsDialog::addProcessor()
{
    auto purposes = m_session.purposes().list();
    if (!purposes) {
        m_processorError->setMessage(purposes.error().message);
        return;
    }
    auto* editor = new ProcessorEditorDialog(m_session.processors(), *purposes, Processor(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        m_processorError->setMessage(QString());
        reloadLists();
        selectRowWithId(m_processorTable, editor->savedProcessor().id.value);
    });
    editor->open();
}

void PrivacySettingsDialog::editProcessor()
{
    const std::optional<Processor> p = selectedProcessor();
    if (!p) {
        return;
    }
    auto purposes = m_session.purposes().list();
    if (!purposes) {
        m_processorError->setMessage(purposes.error().message);
        return;
    }
    auto* editor = new ProcessorEditorDialog(m_session.processors(), *purposes, *p, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this] {
        m_processorError->setMessage(QString());
        reloadLists();
    });
    editor->open();
}

void PrivacySettingsDialog::toggleArchivedProcessor()
{
    const std::optional<Processor> p = selectedProcessor();
    if (!p) {
        return;
    }
    auto r = m_session.processors().setArchived(p->id, !p->archived);
    m_processorError->setMessage(r ? QString() : r.error().message);
    reloadLists();
}

// ---- Controller --------------------------------------------------------------------------------------------

QWidget* PrivacySettingsDialog::createControllerTab()
{
    auto* page = new QWidget(this);
    const auto line = [page](const char* name, const QString& placeholder = {}) {
        auto* edit = new QLineEdit(page);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    m_controllerName = line("controllerName", tr("Your business's legal name"));
    m_controllerAddress = textBox("controllerAddress", 3, page);
    m_controllerEmail = line("controllerEmail", tr("privacy@example.com"));
    m_controllerPhone = line("controllerPhone");
    m_dpoName = line("dpoName");
    m_dpoEmail = line("dpoEmail");
    m_noDpo = new QCheckBox(tr("&No data protection officer is appointed (Art. 37 GDPR does not require one)"), page);
    m_noDpo->setObjectName(QStringLiteral("noDpo"));
    connect(m_noDpo, &QCheckBox::toggled, this, &PrivacySettingsDialog::noDpoToggled);
    m_authority = textBox("supervisoryAuthority", 2, page);
    m_authority->setPlaceholderText(tr("The supervisory authority people can complain to, with its web address"));
    m_updates = textBox("updatesAnnouncement", 2, page);
    m_updates->setPlaceholderText(tr("e.g. on our web site and by email to customers"));

    auto* form = new QFormLayout;
    form->addRow(tr("Controller &name:"), m_controllerName);
    form->addRow(tr("&Address:"), m_controllerAddress);
    form->addRow(tr("&Email:"), m_controllerEmail);
    form->addRow(tr("P&hone:"), m_controllerPhone);
    form->addRow(tr("&DPO name:"), m_dpoName);
    form->addRow(tr("DPO e&mail:"), m_dpoEmail);
    form->addRow(QString(), m_noDpo);
    form->addRow(tr("Supervisory a&uthority:"), m_authority);
    form->addRow(tr("Policy &updates announced:"), m_updates);

    m_controllerError = new FieldErrorLabel(page);
    m_controllerError->setObjectName(QStringLiteral("controllerError"));
    m_controllerStatus = new QLabel(page);
    m_controllerStatus->setObjectName(QStringLiteral("controllerStatus"));
    m_controllerStatus->setTextFormat(Qt::PlainText);
    auto* save = new QPushButton(tr("&Save controller details"), page);
    save->setObjectName(QStringLiteral("controllerSave"));
    connect(save, &QPushButton::clicked, this, &PrivacySettingsDialog::saveController);
    auto* revert = new QPushButton(tr("Re&vert"), page);
    revert->setObjectName(QStringLiteral("controllerRevert"));
    connect(revert, &QPushButton::clicked, this, &PrivacySettingsDialog::loadController);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_controllerStatus, 1);
    buttons->addWidget(revert);
    buttons->addWidget(save);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(note(tr("Who is responsible for the processing (Art. 13(1)(a)-(b) GDPR). The privacy policy "
                              "and the record of processing are written from these details."),
                           page));
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_controllerError);
    layout->addLayout(buttons);
    return page;
}

void PrivacySettingsDialog::loadController()
{
    auto details = m_session.controller().details();
    if (!details) {
        m_controllerError->setMessage(details.error().message);
        return;
    }
    m_controllerName->setText(details->name);
    m_controllerAddress->setPlainText(details->address);
    m_controllerEmail->setText(details->email);
    m_controllerPhone->setText(details->phone);
    m_dpoName->setText(details->dpoName);
    m_dpoEmail->setText(details->dpoEmail);
    m_noDpo->setChecked(details->noDpo);
    m_authority->setPlainText(details->supervisoryAuthority);
    m_updates->setPlainText(details->updatesAnnouncement);
    m_controllerError->setMessage(QString());
    m_controllerStatus->clear();
    noDpoToggled();
}

void PrivacySettingsDialog::noDpoToggled()
{
    // "No DPO" and a DPO contact contradict each other; the service would keep the contact.
    m_dpoName->setEnabled(!m_noDpo->isChecked());
    m_dpoEmail->setEnabled(!m_noDpo->isChecked());
}

void PrivacySettingsDialog::saveController()
{
    privacy::ControllerDetails d;
    d.name = m_controllerName->text();
    d.address = m_controllerAddress->toPlainText();
    d.email = m_controllerEmail->text();
    d.phone = m_controllerPhone->text();
    d.noDpo = m_noDpo->isChecked();
    if (!d.noDpo) {
        d.dpoName = m_dpoName->text();
        d.dpoEmail = m_dpoEmail->text();
    }
    d.supervisoryAuthority = m_authority->toPlainText();
    d.updatesAnnouncement = m_updates->toPlainText();
    auto saved = m_session.controller().setDetails(d);
    if (!saved) {
        m_controllerStatus->clear();
        m_controllerError->setMessage(saved.error().message);
        return;
    }
    loadController();
    m_controllerStatus->setText(tr("Saved."));
}

// ---- Data fields -------------------------------------------------------------------------------------------

QWidget* PrivacySettingsDialog::createFieldsTab()
{
    auto* page = new QWidget(this);
    m_fieldTable = table(
        {tr("Field"), tr("Record"), tr("Category"), tr("In use"), tr("Special category"), tr("Used by purposes")},
        "fieldsTable",
        page);
    m_fieldTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_fieldTable->horizontalHeader()->setSectionResizeMode(FieldPurposes, QHeaderView::Stretch);
    connect(m_fieldTable, &QTableWidget::itemChanged, this, &PrivacySettingsDialog::fieldItemChanged);
    m_fieldError = new FieldErrorLabel(page);
    m_fieldError->setObjectName(QStringLiteral("fieldsError"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(note(tr("Data minimisation (Art. 5(1)(c) GDPR): a field switched off disappears from "
                              "editors, imports and exports; values already stored stay until retention or "
                              "erasure removes them. Mark fields holding special-category data (Art. 9). "
                              "Each change is saved at once."),
                           page));
    layout->addWidget(m_fieldTable, 1);
    layout->addWidget(m_fieldError);
    return page;
}

void PrivacySettingsDialog::reloadFields()
{
    auto fields = m_session.fieldSettings().list();
    if (!fields) {
        m_fieldError->setMessage(fields.error().message);
        return;
    }
    m_fillingFields = true;
    m_fieldRows = *fields;
    m_fieldTable->setRowCount(static_cast<int>(m_fieldRows.size()));
    for (int row = 0; row < m_fieldRows.size(); ++row) {
        const privacy::FieldSetting& f = m_fieldRows.at(row);
        auto* label = cell(f.label, f.key);
        label->setData(Qt::UserRole, f.key);
        auto* inUse = cell(QString());
        inUse->setCheckState(f.enabled ? Qt::Checked : Qt::Unchecked);
        if (f.optional) {
            inUse->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            inUse->setToolTip(f.enabled ? tr("Switch off to stop collecting this field")
                                        : tr("Switched off: editors, imports and exports leave it out"));
        } else {
            inUse->setFlags(Qt::ItemIsUserCheckable); // shown, not changeable
            inUse->setToolTip(tr("Confidant needs this field; only optional fields can be switched off."));
        }
        auto* special = cell(QString());
        special->setCheckState(f.special ? Qt::Checked : Qt::Unchecked);
        if (f.category == crm::DataCategory::SpecialCategory) {
            special->setFlags(Qt::ItemIsUserCheckable);
            special->setToolTip(tr("This field holds special-category data by definition."));
        } else {
            special->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            special->setToolTip(tr("Mark it if it holds health, religion or other Art. 9 data"));
        }
        const QString used = f.purposes.isEmpty() ? tr("None") : f.purposes.join(QStringLiteral(", "));
        QList<QTableWidgetItem*> items {label,
                                        cell(PurposeEditorDialog::entityLabel(f.entity)),
                                        cell(crm::FieldRegistry::categoryName(f.category)),
                                        inUse,
                                        special,
                                        cell(used)};
        if (!f.enabled) {
            const QBrush grey = palette().brush(QPalette::Disabled, QPalette::Text);
            for (QTableWidgetItem* item : items) {
                item->setForeground(grey);
            }
        }
        for (int column = 0; column < items.size(); ++column) {
            m_fieldTable->setItem(row, column, items.at(column));
        }
    }
    for (int column : {FieldLabel, FieldEntity, FieldCategory, FieldInUse, FieldSpecial}) {
        m_fieldTable->resizeColumnToContents(column);
    }
    m_fillingFields = false;
}

void PrivacySettingsDialog::fieldItemChanged(QTableWidgetItem* item)
{
    if (m_fillingFields || !item || (item->column() != FieldInUse && item->column() != FieldSpecial)) {
        return;
    }
    const int row = item->row();
    if (row < 0 || row >= m_fieldRows.size()) {
        return;
    }
    const privacy::FieldSetting& f = m_fieldRows.at(row);
    const bool checked = item->checkState() == Qt::Checked;
    std::optional<bool> enabled;
    std::optional<bool> special;
    if (item->column() == FieldInUse) {
        if (checked == f.enabled) {
            return;
        }
        enabled = checked;
    } else {
        if (checked == f.special) {
            return;
        }
        special = checked;
    }
    auto r = m_session.fieldSettings().set(f.key, enabled, special);
    m_fieldError->setMessage(r ? QString() : r.error().message);
    // Deferred: this runs inside the table's own itemChanged, which must not see its items replaced.
    QMetaObject::invokeMethod(this, &PrivacySettingsDialog::reloadFields, Qt::QueuedConnection);
}

void PrivacySettingsDialog::reloadLists()
{
    reloadPurposes();
    reloadProcessors();
    reloadFields();
}

} // namespace confidant::ui
