#include "ImportDialog.h"

#include "core/Session.h"
#include "core/privacy/PurposeService.h"
#include "core/security/Permissions.h"

#include "ui/ConsentCaptureWidget.h"
#include "ui/ImportJob.h"
#include "ui/ImportPreviewModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace confidant::ui {

namespace {

// A wizard page whose completeness a function decides; the dialog emits completeChanged when it may differ.
class Page : public QWizardPage
{
public:
    Page(std::function<bool()> complete, QWidget* parent)
        : QWizardPage(parent)
        , m_complete(std::move(complete))
    {
    }

    bool isComplete() const override
    {
        return m_complete();
    }

private:
    std::function<bool()> m_complete;
};

QTableView* makeView(ImportPreviewModel* model, const QString& name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->setWordWrap(false);
    return view;
}

QString delimiterText(QChar delimiter)
{
    if (delimiter == QLatin1Char(';')) {
        return ImportDialog::tr("semicolon");
    }
    if (delimiter == QLatin1Char('\t')) {
        return ImportDialog::tr("tab");
    }
    return ImportDialog::tr("comma");
}

QString presetText(const QString& preset)
{
    if (preset == QLatin1String("google")) {
        return ImportDialog::tr("Google Contacts export");
    }
    if (preset == QLatin1String("outlook")) {
        return ImportDialog::tr("Outlook export");
    }
    if (preset == QLatin1String("hubspot")) {
        return ImportDialog::tr("HubSpot export");
    }
    if (preset == QLatin1String("confidant")) {
        return ImportDialog::tr("Confidant export");
    }
    return ImportDialog::tr("column names recognised one by one");
}

} // namespace

ImportDialog::ImportDialog(Session& session, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
    , m_job(new ImportJob(session, this))
    , m_mayImport(session.gate().may(security::Permission::EditContacts))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import contacts"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    // The import page has its own "Cancel import"; once done, Finish is the only way on.
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    setPage(FilePage, createFilePage());
    setPage(MappingPage, createMappingPage());
    setPage(PreviewPage, createPreviewPage());
    setPage(ImportPage, createImportPage());
    setStartId(FilePage);
    resize(980, 640);

    connect(m_job, &ImportJob::progressChanged, this, [this](int percent) {
        (m_committing ? m_importProgress : m_previewProgress)->setValue(percent);
    });
    connect(m_job, &ImportJob::finished, this, [this] {
        if (m_committing) {
            commitFinished();
        } else {
            previewFinished();
        }
    });
}

ImportDialog::~ImportDialog()
{
    m_job->cancelAndWait();
    // Deleting the pages moves the focus, and a line edit losing it emits editingFinished: by then this
    // dialog's members are gone, so no child may call back into it any more.
    for (QObject* child : findChildren<QObject*>()) {
        child->disconnect(this);
    }
}

bool ImportDialog::isBusy() const
{
    return m_job->isRunning();
}

QWizardPage* ImportDialog::createFilePage()
{
    auto* page = new Page([this] { return m_preview.has_value() && !isBusy() && !m_previewStale; }, this);
    m_filePage = page;
    page->setTitle(tr("Choose the file"));
    page->setSubTitle(tr("A CSV file (Google Contacts, Outlook, HubSpot or a spreadsheet) or a vCard file. Nothing "
                         "is written until you press Import."));
    m_fileEdit = new QLineEdit(page);
    m_fileEdit->setObjectName(QStringLiteral("fileEdit"));
    m_fileEdit->setPlaceholderText(tr("contacts.csv or contacts.vcf"));
    auto* browse = new QPushButton(tr("&Browse…"), page);
    browse->setObjectName(QStringLiteral("browseButton"));
    connect(browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_fileEdit, &QLineEdit::editingFinished, this, [this] {
        // Leaving the field (also by switching pages) is not a reason to read the same file again.
        const QString path = m_fileEdit->text().trimmed();
        if (!path.isEmpty() && path != m_previewedPath) {
            m_mappingOverrides.clear();
            startPreview();
        }
    });
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(browse);

    m_formatCombo = new QComboBox(page);
    m_formatCombo->setObjectName(QStringLiteral("formatCombo"));
    m_formatCombo->addItem(tr("Detect"), int(crm::ImportFormat::Auto));
    m_formatCombo->addItem(tr("CSV"), int(crm::ImportFormat::Csv));
    m_formatCombo->addItem(tr("vCard"), int(crm::ImportFormat::VCard));
    m_encodingCombo = new QComboBox(page);
    m_encodingCombo->setObjectName(QStringLiteral("encodingCombo"));
    m_encodingCombo->addItem(tr("Detect"), int(io::TextEncoding::Auto));
    m_encodingCombo->addItem(QStringLiteral("UTF-8"), int(io::TextEncoding::Utf8));
    m_encodingCombo->addItem(QStringLiteral("UTF-16 LE"), int(io::TextEncoding::Utf16LE));
    m_encodingCombo->addItem(QStringLiteral("UTF-16 BE"), int(io::TextEncoding::Utf16BE));
    m_delimiterCombo = new QComboBox(page);
    m_delimiterCombo->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiterCombo->addItem(tr("Detect"), QString());
    m_delimiterCombo->addItem(tr("Comma"), QStringLiteral(","));
    m_delimiterCombo->addItem(tr("Semicolon"), QStringLiteral(";"));
    m_delimiterCombo->addItem(tr("Tab"), QStringLiteral("\t"));
    for (QComboBox* combo : {m_formatCombo, m_encodingCombo, m_delimiterCombo}) {
        connect(combo, &QComboBox::activated, this, [this] {
            if (!m_fileEdit->text().trimmed().isEmpty()) {
                startPreview();
            }
        });
    }

    m_fileStatus = new QLabel(page);
    m_fileStatus->setObjectName(QStringLiteral("fileStatus"));
    m_fileStatus->setWordWrap(true);
    m_fileStatus->setTextFormat(Qt::PlainText);
    m_previewProgress = new QProgressBar(page);
    m_previewProgress->setObjectName(QStringLiteral("previewProgress"));
    m_previewProgress->setRange(0, 100);
    m_previewProgress->hide();

    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&File:"), page);
    fileLabel->setBuddy(m_fileEdit);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("F&ormat:"), m_formatCombo);
    form->addRow(tr("&Encoding:"), m_encodingCombo);
    form->addRow(tr("&Delimiter:"), m_delimiterCombo);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_fileStatus);
    layout->addWidget(m_previewProgress);
    layout->addStretch(1);
    return page;
}

QWizardPage* ImportDialog::createMappingPage()
{
    auto* page = new Page([this] { return m_preview.has_value() && !isBusy() && !m_previewStale; }, this);
    m_mappingPage = page;
    page->setTitle(tr("Check the columns"));
    page->setSubTitle(tr("Each column of the file and the contact field it fills. Columns nothing recognised are "
                         "highlighted and left out unless you choose a field."));
    m_mappingTable = new QTableWidget(0, 3, page);
    m_mappingTable->setObjectName(QStringLiteral("mappingTable"));
    m_mappingTable->setHorizontalHeaderLabels({tr("Column"), tr("Values in the first rows"), tr("Import as")});
    m_mappingTable->verticalHeader()->hide();
    m_mappingTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_mappingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_mappingStatus = new QLabel(page);
    m_mappingStatus->setObjectName(QStringLiteral("mappingStatus"));
    m_mappingStatus->setWordWrap(true);
    m_mappingStatus->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_mappingTable, 1);
    layout->addWidget(m_mappingStatus);
    return page;
}

QWizardPage* ImportDialog::createPreviewPage()
{
    auto* page = new Page(
        [this] {
            return m_mayImport && m_preview && !isBusy() && (m_preview->newCount + m_preview->matchCount > 0)
                && (m_preview->problemCount == 0 || m_skipInvalid->isChecked());
        },
        this);
    m_previewPage = page;
    page->setTitle(tr("Preview"));
    page->setSubTitle(tr("What the import will do. Matches are skipped unless you tick Merge: merging fills the "
                         "contact's empty fields and adds emails, phones and tags it does not have; it overwrites "
                         "nothing."));
    page->setCommitPage(true);
    m_countsLabel = new QLabel(page);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_countsLabel->setTextFormat(Qt::PlainText);
    m_countsLabel->setWordWrap(true);
    m_warningsLabel = new QLabel(page);
    m_warningsLabel->setObjectName(QStringLiteral("importWarnings"));
    m_warningsLabel->setTextFormat(Qt::PlainText);
    m_warningsLabel->setWordWrap(true);
    m_warningsLabel->setStyleSheet(QStringLiteral("background: #fff4ce; color: #3b2f00; padding: 6px;"));
    m_warningsLabel->hide();

    m_newModel = new ImportPreviewModel(ImportPreviewModel::Kind::New, this);
    m_matchesModel = new ImportPreviewModel(ImportPreviewModel::Kind::Matches, this);
    m_problemsModel = new ImportPreviewModel(ImportPreviewModel::Kind::Problems, this);
    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(QStringLiteral("previewTabs"));
    m_tabs->addTab(makeView(m_newModel, QStringLiteral("newView"), m_tabs), tr("New"));

    auto* matches = new QWidget(m_tabs);
    m_matchesView = makeView(m_matchesModel, QStringLiteral("matchesView"), matches);
    auto* mergeAll = new QPushButton(tr("&Merge all"), matches);
    mergeAll->setObjectName(QStringLiteral("mergeAllButton"));
    auto* skipAll = new QPushButton(tr("S&kip all"), matches);
    skipAll->setObjectName(QStringLiteral("skipAllButton"));
    connect(mergeAll, &QPushButton::clicked, this, [this] { m_matchesModel->setAllMerge(true); });
    connect(skipAll, &QPushButton::clicked, this, [this] { m_matchesModel->setAllMerge(false); });
    auto* matchButtons = new QHBoxLayout;
    matchButtons->addStretch(1);
    matchButtons->addWidget(mergeAll);
    matchButtons->addWidget(skipAll);
    auto* matchesLayout = new QVBoxLayout(matches);
    matchesLayout->setContentsMargins(0, 0, 0, 0);
    matchesLayout->addWidget(m_matchesView, 1);
    matchesLayout->addLayout(matchButtons);
    m_tabs->addTab(matches, tr("Matches"));
    m_tabs->addTab(makeView(m_problemsModel, QStringLiteral("problemsView"), m_tabs), tr("Problems"));

    m_skipInvalid = new QCheckBox(tr("Leave out the rows with &problems and import the others"), page);
    m_skipInvalid->setObjectName(QStringLiteral("skipInvalidCheck"));
    connect(m_skipInvalid, &QCheckBox::toggled, page, &QWizardPage::completeChanged);
    m_permissionNote = new QLabel(tr("Your profile may look at the preview but not import contacts."), page);
    m_permissionNote->setObjectName(QStringLiteral("permissionNote"));
    m_permissionNote->setVisible(!m_mayImport);

    // Consent captured here is recorded with the contacts, in the import's own transaction (Art. 7(1)).
    auto* consentBox = new QGroupBox(tr("Consent of the new contacts"), page);
    consentBox->setObjectName(QStringLiteral("importConsentBox"));
    m_consentBox = consentBox;
    m_consent = new ConsentCaptureWidget(m_session.purposes(), m_session.notices(), consentBox, &m_session.clock());
    m_consent->setIntro(tr("Record consent only if the people in this file gave it, e.g. on the sign-up sheet the "
                           "file comes from. It is recorded for every new contact; matched contacts keep their own."));
    m_consent->setMethod(privacy::ConsentMethod::Import);
    auto* consentLayout = new QVBoxLayout(consentBox);
    consentLayout->addWidget(m_consent, 1);
    consentBox->setVisible(m_mayImport);

    auto* split = new QSplitter(Qt::Horizontal, page);
    split->setObjectName(QStringLiteral("previewSplit"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_tabs);
    split->addWidget(consentBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_countsLabel);
    layout->addWidget(m_warningsLabel);
    layout->addWidget(split, 1);
    layout->addWidget(m_skipInvalid);
    layout->addWidget(m_permissionNote);
    return page;
}

QWizardPage* ImportDialog::createImportPage()
{
    auto* page = new Page([this] { return !isBusy(); }, this);
    m_importPage = page;
    page->setTitle(tr("Importing"));
    page->setSubTitle(tr("All rows are written in one step: if you cancel, nothing is imported."));
    m_importProgress = new QProgressBar(page);
    m_importProgress->setObjectName(QStringLiteral("importProgress"));
    m_importProgress->setRange(0, 100);
    m_cancelImport = new QPushButton(tr("&Cancel import"), page);
    m_cancelImport->setObjectName(QStringLiteral("cancelImportButton"));
    connect(m_cancelImport, &QPushButton::clicked, this, [this] {
        m_job->cancel();
        m_cancelImport->setEnabled(false);
        m_resultLabel->setText(tr("Cancelling…"));
    });
    m_resultLabel = new QLabel(page);
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextFormat(Qt::PlainText);
    auto* row = new QHBoxLayout;
    row->addWidget(m_importProgress, 1);
    row->addWidget(m_cancelImport);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(m_resultLabel);
    layout->addStretch(1);
    return page;
}

void ImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this,
                                                      tr("Import contacts"),
                                                      m_fileEdit->text(),
                                                      tr("Contacts (*.csv *.tsv *.txt *.vcf *.vcard);;All files (*)"));
    if (!path.isEmpty()) {
        setFile(path);
    }
}

void ImportDialog::setFile(const QString& path)
{
    m_fileEdit->setText(path);
    m_mappingOverrides.clear();
    startPreview();
}

crm::ImportOptions ImportDialog::currentOptions() const
{
    crm::ImportOptions options;
    options.format = static_cast<crm::ImportFormat>(m_formatCombo->currentData().toInt());
    options.encoding = static_cast<io::TextEncoding>(m_encodingCombo->currentData().toInt());
    const QString delimiter = m_delimiterCombo->currentData().toString();
    if (!delimiter.isEmpty()) {
        options.delimiter = delimiter.front();
    }
    options.mapping = m_mappingOverrides;
    return options;
}

void ImportDialog::setStatus(QLabel* label, const QString& text, bool error)
{
    label->setText(text);
    label->setStyleSheet(error ? QStringLiteral("color: palette(bright-text); background: #b3261e; padding: 6px;")
                               : QString());
}

void ImportDialog::startPreview()
{
    m_committing = false;
    m_previewStale = true;
    m_previewProgress->setValue(0);
    m_previewProgress->show();
    setStatus(m_fileStatus, tr("Reading the file…"), false);
    setStatus(m_mappingStatus, tr("Reading the file again with these columns…"), false);
    m_previewedPath = m_fileEdit->text().trimmed();
    m_job->startPreview(m_previewedPath, currentOptions());
    for (QWizardPage* p : {m_filePage, m_mappingPage, m_previewPage}) {
        emit p->completeChanged();
    }
}

void ImportDialog::previewFinished()
{
    m_previewProgress->hide();
    m_previewStale = false;
    if (m_job->error()) {
        m_preview.reset();
        setStatus(m_fileStatus, m_job->error()->message, true);
        setStatus(m_mappingStatus, m_job->error()->message, true);
    } else {
        m_preview = m_job->preview();
        const crm::ImportPreview& p = *m_preview;
        QString text;
        if (p.format == crm::ImportFormat::VCard) {
            text = tr("vCard file. Cards: %1.").arg(QLocale().toString(p.rows));
        } else {
            text = tr("CSV file, %1, separated by %2 (%3). Rows: %4.")
                       .arg(p.encoding, delimiterText(p.delimiter), presetText(p.preset), QLocale().toString(p.rows));
        }
        setStatus(m_fileStatus, text, false);
        fillMappingTable();
        showPreview();
    }
    for (QWizardPage* p : {m_filePage, m_mappingPage, m_previewPage}) {
        emit p->completeChanged();
    }
}

void ImportDialog::fillMappingTable()
{
    m_fillingMapping = true;
    const crm::ImportPreview& p = *m_preview;
    m_mappingTable->clearContents();
    m_mappingTable->setRowCount(static_cast<int>(p.columns.size()));
    const QStringList fields = crm::ImportService::fieldNames();
    const QColor unmapped(255, 236, 179);
    const QColor switchedOff(224, 224, 224);
    int switchedOffColumns = 0;
    for (int row = 0; row < p.columns.size(); ++row) {
        const crm::ImportColumn& c = p.columns[row];
        auto* header = new QTableWidgetItem(c.header);
        auto* samples = new QTableWidgetItem(c.samples.join(QStringLiteral(" · ")));
        samples->setToolTip(c.samples.join(QLatin1Char('\n')));
        auto* combo = new QComboBox(m_mappingTable);
        combo->setObjectName(QStringLiteral("mapping:") + c.header);
        combo->addItem(crm::ImportService::fieldLabel(QString()), QStringLiteral("skip"));
        for (const QString& f : fields) {
            if (f == QLatin1String("skip")) {
                continue;
            }
            if (p.options.disabledFields.contains(crm::ImportService::fieldKey(f))) {
                // Offered but not choosable: the core would skip the column anyway (data minimisation).
                combo->addItem(tr("%1 (switched off)").arg(crm::ImportService::fieldLabel(f)), f);
                if (auto* model = qobject_cast<QStandardItemModel*>(combo->model())) {
                    model->item(combo->count() - 1)->setEnabled(false);
                }
            } else {
                combo->addItem(crm::ImportService::fieldLabel(f), f);
            }
        }
        const int at = c.field.isEmpty() || c.field == QLatin1String("skip") ? 0 : combo->findData(c.field);
        combo->setCurrentIndex(std::max(0, at));
        if (c.target != c.field && !c.field.isEmpty()) {
            combo->setToolTip(tr("Recognised as %1").arg(c.target));
        }
        if (c.field.isEmpty()) {
            header->setBackground(unmapped);
            samples->setBackground(unmapped);
            header->setToolTip(tr("Nothing recognised this column; choose a field or leave it out."));
        }
        if (!c.switchedOff.isEmpty()) {
            ++switchedOffColumns;
            const QString why = tr("This column would fill “%1”, which is switched off in the field settings: it "
                                   "is not imported.")
                                    .arg(crm::ImportService::fieldLabel(c.switchedOff));
            header->setBackground(switchedOff);
            samples->setBackground(switchedOff);
            samples->setText(tr("(switched off in the field settings)"));
            header->setToolTip(why);
            samples->setToolTip(why);
            combo->setToolTip(why);
        }
        m_mappingTable->setItem(row, 0, header);
        m_mappingTable->setItem(row, 1, samples);
        m_mappingTable->setCellWidget(row, 2, combo);
        const QString headerText = c.header;
        connect(combo, &QComboBox::activated, this, [this, combo, headerText] {
            if (m_fillingMapping) {
                return;
            }
            m_mappingOverrides.insert(headerText, combo->currentData().toString());
            startPreview();
        });
    }
    if (p.format == crm::ImportFormat::VCard) {
        setStatus(
            m_mappingStatus, tr("vCard properties are imported by their meaning; there are no columns to map."), false);
    } else {
        QString status = p.unmapped.isEmpty()
            ? tr("Every column is recognised.")
            : tr("Columns not recognised (highlighted): %1. They are left out unless you choose a field.")
                  .arg(p.unmapped.size());
        if (switchedOffColumns > 0) {
            status += QLatin1Char(' ')
                + tr("%n column(s) in grey fill a field switched off in the field settings and are not imported.",
                     nullptr,
                     switchedOffColumns);
        }
        setStatus(m_mappingStatus, status, false);
    }
    m_fillingMapping = false;
}

void ImportDialog::showPreview()
{
    const crm::ImportPreview& p = *m_preview;
    QString counts = tr("%1 new, %2 matching existing contacts, %3 with problems.")
                         .arg(QLocale().toString(p.newCount),
                              QLocale().toString(p.matchCount),
                              QLocale().toString(p.problemCount));
    if (p.suppressedCount > 0) {
        counts += QLatin1Char(' ')
            + tr("%1 on the suppression list (never imported).").arg(QLocale().toString(p.suppressedCount));
    }
    if (p.newCount > p.newRows.size() || p.problemCount > p.problems.size()) {
        counts += QLatin1Char(' ') + tr("The lists show the first %1 rows of each kind.").arg(p.options.keepRows);
    }
    m_countsLabel->setText(counts);
    m_warningsLabel->setText(p.warnings.join(QLatin1Char('\n')));
    m_warningsLabel->setVisible(!p.warnings.isEmpty());
    m_consentBox->setVisible(m_mayImport && p.newCount > 0);
    if (auto* box = qobject_cast<QGroupBox*>(m_consentBox)) {
        box->setTitle(tr("Consent of the %n new contact(s)", nullptr, int(p.newCount)));
    }
    m_newModel->setRows(p.newRows);
    m_matchesModel->setRows(p.matches);
    m_problemsModel->setRows(p.problems);
    m_tabs->setTabText(0, tr("New (%1)").arg(QLocale().toString(p.newCount)));
    m_tabs->setTabText(1, tr("Matches (%1)").arg(QLocale().toString(p.matchCount)));
    m_tabs->setTabText(2, tr("Problems (%1)").arg(QLocale().toString(p.problemCount)));
    m_skipInvalid->setVisible(p.problemCount > 0);
    for (QTableView* view : m_tabs->findChildren<QTableView*>()) {
        view->resizeColumnsToContents();
    }
}

void ImportDialog::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == PreviewPage && m_preview) {
        showPreview();
        if (m_preview->problemCount > 0 && m_preview->newCount + m_preview->matchCount == 0) {
            m_tabs->setCurrentIndex(2);
        }
    }
    if (id == ImportPage && m_preview) {
        m_committing = true;
        m_importProgress->setValue(0);
        m_cancelImport->setEnabled(true);
        m_cancelImport->show();
        m_resultLabel->setText(tr("Importing…"));
        crm::ImportDecisions decisions = m_matchesModel->decisions();
        decisions.skipInvalid = m_skipInvalid->isChecked();
        m_committedConsents = m_preview->newCount > 0 ? m_consent->captures() : QList<privacy::ConsentCapture>();
        m_job->startCommit(*m_preview, decisions, m_committedConsents);
        emit m_importPage->completeChanged();
    }
}

bool ImportDialog::validateCurrentPage()
{
    return !isBusy() && QWizard::validateCurrentPage();
}

void ImportDialog::commitFinished()
{
    m_cancelImport->hide();
    if (m_job->result()) {
        const crm::ImportResult& r = *m_job->result();
        m_importProgress->setValue(100);
        QString text
            = tr("Imported: %1 created, %2 merged, %3 skipped.")
                  .arg(QLocale().toString(r.created), QLocale().toString(r.merged), QLocale().toString(r.skipped));
        if (r.created > 0 && !m_committedConsents.isEmpty()) {
            QStringList names;
            for (const privacy::ConsentCapture& c : std::as_const(m_committedConsents)) {
                auto purpose = m_session.purposes().get(c.purpose);
                names.append(purpose ? purpose->name : QString::number(c.purpose.value));
            }
            text += QLatin1Char('\n')
                + tr("Consent recorded for %n new contact(s): %1.", nullptr, int(r.created))
                      .arg(names.join(QStringLiteral(", ")));
        }
        m_resultLabel->setText(text);
        emit imported();
    } else if (m_job->error() && m_job->error()->kind == ErrorKind::Cancelled) {
        m_resultLabel->setText(tr("Import cancelled. Nothing was imported; your contacts are as they were."));
    } else if (m_job->error()) {
        m_resultLabel->setText(m_job->error()->message);
    }
    m_committing = false;
    emit m_importPage->completeChanged();
}

void ImportDialog::reject()
{
    if (m_committing && isBusy()) {
        // Closing while importing cancels the import first; the dialog stays until it has rolled back.
        m_job->cancel();
        m_cancelImport->setEnabled(false);
        m_resultLabel->setText(tr("Cancelling…"));
        return;
    }
    m_job->cancelAndWait();
    QWizard::reject();
}

} // namespace confidant::ui
