#include "PolicyDialog.h"

#include "core/Session.h"
#include "core/privacy/PolicyGenerator.h"
#include "core/privacy/RopaReport.h"

#include "ui/FieldErrorLabel.h"
#include "ui/NoticePanelDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace confidant::ui {

namespace {

using report::ReportFile;
using report::ReportFormat;

constexpr int kPolicyTab = 0;
constexpr int kRecordsTab = 1;

QTextBrowser* reportView(const QString& objectName, QWidget* parent)
{
    auto* view = new QTextBrowser(parent);
    view->setObjectName(objectName);
    view->setOpenLinks(false);
    return view;
}

//! Shows `markdown` unless it is already shown, so that a refresh without changes keeps the reader's place.
void showMarkdown(QTextBrowser& view, const QString& markdown, QString& shown)
{
    if (markdown == shown) {
        return;
    }
    const int position = view.verticalScrollBar()->value();
    view.setMarkdown(markdown);
    view.verticalScrollBar()->setValue(position);
    shown = markdown;
}

} // namespace

PolicyDialog::PolicyDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("policyDialog"));
    setWindowTitle(tr("Privacy policy and records of processing"));

    auto* explanation = new QLabel(
        tr("Both texts are built from this vault's own configuration: the controller and DPO, the purposes and "
           "the personal data they use, processors and transfers, retention. Complete what is missing (Privacy ▸ "
           "Privacy settings, purposes and processors), then refresh. Have the policy reviewed before you publish it."),
        this);
    explanation->setWordWrap(true);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setToolTip(tr("The policy names the current privacy notice of this language"));
    auto* languageLabel = new QLabel(tr("Notice &language:"), this);
    languageLabel->setBuddy(m_language);
    m_refresh = new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setToolTip(tr("Build both texts again from the vault's configuration"));
    auto* top = new QHBoxLayout;
    top->addWidget(languageLabel);
    top->addWidget(m_language);
    top->addStretch(1);
    top->addWidget(m_refresh);

    m_missingBox = new QGroupBox(this);
    m_missingBox->setObjectName(QStringLiteral("missingBox"));
    QFont boldFont = m_missingBox->font();
    boldFont.setBold(true);
    m_missingBox->setFont(boldFont);
    m_missingList = new QListWidget(m_missingBox);
    m_missingList->setObjectName(QStringLiteral("missingList"));
    QFont normalFont = m_missingList->font();
    normalFont.setBold(false);
    m_missingList->setFont(normalFont);
    m_missingList->setUniformItemSizes(true);
    const int small = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_missingList->setIconSize(QSize(small, small));
    m_missingList->setTextElideMode(Qt::ElideRight);
    m_missingList->setSelectionMode(QAbstractItemView::NoSelection);
    m_missingList->setFocusPolicy(Qt::NoFocus);
    m_missingNone = new QLabel(tr("Nothing is missing: every section of the policy has what it needs."), m_missingBox);
    m_missingNone->setObjectName(QStringLiteral("missingNone"));
    m_missingNone->setFont(normalFont);
    m_missingNone->setWordWrap(true);
    auto* missingLayout = new QVBoxLayout(m_missingBox);
    missingLayout->addWidget(m_missingList);
    missingLayout->addWidget(m_missingNone);

    auto* policyTab = new QWidget(this);
    policyTab->setObjectName(QStringLiteral("policyTab"));
    m_policyText = reportView(QStringLiteral("policyText"), policyTab);
    auto* policySave
        = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("&Save as…"), policyTab);
    policySave->setObjectName(QStringLiteral("policySaveAs"));
    policySave->setToolTip(tr("Save the policy as Markdown or PDF"));
    auto* policyButtons = new QHBoxLayout;
    policyButtons->addStretch(1);
    policyButtons->addWidget(policySave);
    auto* policyLayout = new QVBoxLayout(policyTab);
    policyLayout->addWidget(m_policyText, 1);
    policyLayout->addLayout(policyButtons);

    auto* recordsTab = new QWidget(this);
    recordsTab->setObjectName(QStringLiteral("recordsTab"));
    m_recordsText = reportView(QStringLiteral("recordsText"), recordsTab);
    auto* recordsSave
        = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Sa&ve as…"), recordsTab);
    recordsSave->setObjectName(QStringLiteral("recordsSaveAs"));
    recordsSave->setToolTip(tr("Save the records as Markdown, CSV (for a spreadsheet) or PDF"));
    auto* recordsButtons = new QHBoxLayout;
    recordsButtons->addStretch(1);
    recordsButtons->addWidget(recordsSave);
    auto* recordsLayout = new QVBoxLayout(recordsTab);
    recordsLayout->addWidget(m_recordsText, 1);
    recordsLayout->addLayout(recordsButtons);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->insertTab(kPolicyTab, policyTab, tr("Privacy p&olicy"));
    m_tabs->insertTab(kRecordsTab, recordsTab, tr("Records of &processing"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();
    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(top);
    layout->addWidget(m_missingBox);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    // The notice languages there are; a vault without notices gets the CLI's default, English.
    QStringList languages;
    if (auto known = m_session.notices().languages()) {
        languages = *known;
    }
    if (languages.isEmpty()) {
        languages << QStringLiteral("en");
    }
    for (const QString& l : std::as_const(languages)) {
        m_language->addItem(l, l);
    }
    m_language->setCurrentIndex(m_language->findData(NoticePanelDialog::preferredLanguage(languages)));

    connect(m_language, &QComboBox::currentIndexChanged, this, &PolicyDialog::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &PolicyDialog::refresh);
    connect(policySave, &QPushButton::clicked, this, [this] { saveAs(Document::Policy); });
    connect(recordsSave, &QPushButton::clicked, this, [this] { saveAs(Document::Records); });

    refresh();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resize(em * 90, em * 66);
}

void PolicyDialog::setLanguage(const QString& language)
{
    const auto code = privacy::Notice::normalizeLanguage(language);
    if (!code) {
        return;
    }
    if (m_language->findData(*code) < 0) {
        m_language->addItem(*code, *code);
    }
    m_language->setCurrentIndex(m_language->findData(*code)); // refreshes when it changed
}

QString PolicyDialog::language() const
{
    return m_language->currentData().toString();
}

QString PolicyDialog::markdown(Document document) const
{
    return document == Document::Policy ? m_policyMarkdown : m_recordsMarkdown;
}

void PolicyDialog::refresh()
{
    auto config = privacy::PrivacyConfiguration::load(m_session.purposes(),
                                                      m_session.processors(),
                                                      m_session.controller(),
                                                      m_session.fieldSettings(),
                                                      m_session.notices(),
                                                      language());
    if (!config) {
        m_config.reset();
        m_missing.clear();
        m_policyMarkdown.clear();
        m_recordsMarkdown.clear();
        m_policyText->clear();
        m_recordsText->clear();
        m_missingBox->hide();
        m_status->hide();
        m_error->setMessage(config.error().message);
        return;
    }
    m_error->setMessage(QString());
    m_config = std::move(config).value();
    const privacy::PolicyDraft draft = privacy::PolicyGenerator::generate(*m_config);
    m_missing = draft.missing;
    showMarkdown(*m_policyText, draft.markdown, m_policyMarkdown);
    showMarkdown(*m_recordsText, privacy::RopaReport::markdown(*m_config), m_recordsMarkdown);
    showMissing();
}

void PolicyDialog::showMissing()
{
    m_missingBox->show();
    m_missingBox->setTitle(m_missing.isEmpty() ? tr("What is missing")
                                               : tr("What is missing (%1)").arg(m_missing.size()));
    m_missingList->clear();
    for (const QString& item : std::as_const(m_missing)) {
        auto* row = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning), item, m_missingList);
        row->setToolTip(item);
    }
    m_missingList->setVisible(!m_missing.isEmpty());
    m_missingNone->setVisible(m_missing.isEmpty());
    // Tall enough for a few items without squeezing the texts below; it scrolls beyond that.
    const int rowHeight = std::max(m_missingList->sizeHintForRow(0), m_missingList->fontMetrics().height());
    m_missingList->setFixedHeight(rowHeight * std::clamp(int(m_missing.size()), 1, 6)
                                  + 2 * m_missingList->frameWidth());
}

Result<void> PolicyDialog::save(Document document, ReportFormat format, const QString& path)
{
    auto finish = [this](Result<void> r, const QString& done) -> Result<void> {
        if (r) {
            m_error->setMessage(QString());
            m_status->setText(done);
            m_status->show();
        } else {
            m_status->hide();
            m_error->setMessage(r.error().message);
        }
        return r;
    };
    if (!m_config) {
        return finish(makeError(ErrorKind::Io, tr("There is nothing to save: the configuration could not be read.")),
                      {});
    }
    const QString file = QDir::toNativeSeparators(path);
    if (document == Document::Policy) {
        if (format == ReportFormat::Csv) {
            return finish(makeError(ErrorKind::Invalid, tr("The privacy policy is saved as Markdown or PDF.")), {});
        }
        auto written = ReportFile::writeMarkdown(
            path, format, m_policyMarkdown, {tr("Privacy policy"), m_session.clock().nowUtc()});
        return finish(written ? Result<void>() : Result<void>(written.error()),
                      tr("Saved the privacy policy to %1.").arg(file));
    }
    if (format == ReportFormat::Csv) {
        return finish(ReportFile::writeBytes(path, privacy::RopaReport::csv(*m_config)),
                      tr("Saved the records of processing to %1.").arg(file));
    }
    auto written = ReportFile::writeMarkdown(
        path, format, m_recordsMarkdown, {tr("Records of processing activities"), m_session.clock().nowUtc()});
    return finish(written ? Result<void>() : Result<void>(written.error()),
                  tr("Saved the records of processing to %1.").arg(file));
}

void PolicyDialog::saveAs(Document document)
{
    struct Choice
    {
        QString filter;
        ReportFormat format;
    };
    QList<Choice> choices {{tr("Markdown (*.md)"), ReportFormat::Markdown}};
    if (document == Document::Records) {
        choices.append({tr("CSV for spreadsheets (*.csv)"), ReportFormat::Csv});
    }
    choices.append({tr("PDF (*.pdf)"), ReportFormat::Pdf});
    QStringList filters;
    for (const Choice& c : std::as_const(choices)) {
        filters << c.filter;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = document == Document::Policy ? tr("privacy-policy") : tr("records-of-processing");
    QString selected = filters.first();
    QString path = QFileDialog::getSaveFileName(this,
                                                document == Document::Policy ? tr("Save the privacy policy")
                                                                             : tr("Save the records of processing"),
                                                QDir(folder).filePath(name + QStringLiteral(".md")),
                                                filters.join(QStringLiteral(";;")),
                                                &selected);
    if (path.isEmpty()) {
        return;
    }
    // The file's suffix decides when it names a format; else the chosen filter, whose suffix is added.
    ReportFormat format = choices.first().format;
    for (const Choice& c : std::as_const(choices)) {
        if (c.filter == selected) {
            format = c.format;
        }
    }
    const auto bySuffix = ReportFile::formatFromName(QFileInfo(path).suffix());
    bool suffixFits = false;
    for (const Choice& c : std::as_const(choices)) {
        suffixFits = suffixFits || (bySuffix && c.format == *bySuffix);
    }
    if (suffixFits) {
        format = *bySuffix;
    } else {
        path += QLatin1Char('.') + ReportFile::formatName(format);
    }
    (void)save(document, format, path);
}

void PolicyDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    // Back from the settings or the purposes: show what changed there.
    if (event->type() == QEvent::ActivationChange && isActiveWindow()) {
        refresh();
    }
}

} // namespace confidant::ui
