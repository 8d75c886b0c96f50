#include "AccessDialog.h"

#include "core/Session.h"
#include "core/report/MarkdownPdf.h"

#include "ui/BackgroundTask.h"
#include "ui/FieldErrorLabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace confidant::ui {

namespace {

QString sectionLabel(const QString& key)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("contact"), QT_TRANSLATE_NOOP("AccessDialog", "Contact details")},
        {QStringLiteral("companies"), QT_TRANSLATE_NOOP("AccessDialog", "Companies")},
        {QStringLiteral("deals"), QT_TRANSLATE_NOOP("AccessDialog", "Deals")},
        {QStringLiteral("activities"), QT_TRANSLATE_NOOP("AccessDialog", "Activities and notes")},
        {QStringLiteral("tags"), QT_TRANSLATE_NOOP("AccessDialog", "Tags")},
        {QStringLiteral("consent_events"), QT_TRANSLATE_NOOP("AccessDialog", "Consent history")},
        {QStringLiteral("notice_acknowledgements"), QT_TRANSLATE_NOOP("AccessDialog", "Privacy notices acknowledged")},
        {QStringLiteral("purposes"), QT_TRANSLATE_NOOP("AccessDialog", "Purposes and lawful bases")},
        {QStringLiteral("recipients"), QT_TRANSLATE_NOOP("AccessDialog", "Recipients and processors")},
        {QStringLiteral("retention"), QT_TRANSLATE_NOOP("AccessDialog", "Retention periods")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("AccessDialog", "Where the data came from")},
        {QStringLiteral("requests"), QT_TRANSLATE_NOOP("AccessDialog", "Requests they made")},
        {QStringLiteral("rectifications"), QT_TRANSLATE_NOOP("AccessDialog", "Corrections (field history)")},
        {QStringLiteral("processing_marks"), QT_TRANSLATE_NOOP("AccessDialog", "Restriction and objection")},
        {QStringLiteral("mentions"), QT_TRANSLATE_NOOP("AccessDialog", "Mentions in other records")},
    };
    const auto it = labels.constFind(key);
    return it == labels.constEnd() ? key : AccessDialog::tr(it.value());
}

} // namespace

AccessDialog::AccessDialog(Session& session,
                           const QString& contactUid,
                           const QString& requestReference,
                           QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_contactUid(contactUid)
    , m_request(requestReference)
{
    setObjectName(QStringLiteral("accessDialog"));
    setWindowTitle(tr("Access package"));

    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("accessIntro"));
    m_intro->setWordWrap(true);
    m_preview = new QTreeWidget(this);
    m_preview->setObjectName(QStringLiteral("accessPreview"));
    m_preview->setColumnCount(2);
    m_preview->setHeaderLabels({tr("Included"), tr("Entries")});
    m_preview->setRootIsDecorated(false);
    m_preview->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_preview->header()->setStretchLastSection(false);
    m_mentions = new QCheckBox(tr("Include mentions of them in other records (check each one: they may name "
                                  "other people)"),
                               this);
    m_mentions->setObjectName(QStringLiteral("accessMentions"));
    m_json = new QCheckBox(tr("JSON (machine-readable, for portability)"), this);
    m_json->setObjectName(QStringLiteral("accessJson"));
    m_csv = new QCheckBox(tr("CSV (one file per section)"), this);
    m_csv->setObjectName(QStringLiteral("accessCsv"));
    m_pdf = new QCheckBox(tr("PDF report (to read)"), this);
    m_pdf->setObjectName(QStringLiteral("accessPdf"));
    for (QCheckBox* box : {m_json, m_csv, m_pdf}) {
        box->setChecked(true);
    }
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("accessFolder"));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_folder->setText(QDir(documents).filePath(
        requestReference.isEmpty() ? tr("Access package") : tr("Access package %1").arg(requestReference)));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("accessBrowse"));
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto* formats = new QVBoxLayout;
    formats->addWidget(m_json);
    formats->addWidget(m_csv);
    formats->addWidget(m_pdf);
    auto* form = new QFormLayout;
    form->addRow(tr("Formats:"), formats);
    auto* folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("accessProgress"));
    m_progress->hide();
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("accessResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("accessError"));

    auto* buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(tr("Create package"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("accessStartButton"));
    m_cancel = buttons->addButton(tr("Stop"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(QStringLiteral("accessCancelButton"));
    m_cancel->hide();
    m_close = buttons->addButton(QDialogButtonBox::Close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_mentions);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    connect(m_start, &QPushButton::clicked, this, &AccessDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &AccessDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_mentions, &QCheckBox::toggled, this, &AccessDialog::loadPreview);
    for (QCheckBox* box : {m_json, m_csv, m_pdf}) {
        connect(box, &QCheckBox::toggled, this, &AccessDialog::updateButtons);
    }
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Folder for the access package"), QFileInfo(m_folder->text()).absolutePath());
        if (!dir.isEmpty()) {
            m_folder->setText(dir);
        }
    });
    loadPreview();
    resize(QSize(600, 620));
}

AccessDialog::~AccessDialog()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
    }
}

bool AccessDialog::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void AccessDialog::loadPreview()
{
    m_preview->clear();
    privacy::AccessOptions options;
    options.includeMentions = m_mentions->isChecked();
    auto preview = m_session.access().preview(m_contactUid, options);
    if (!preview) {
        m_intro->setText(preview.error().message);
        m_start->setEnabled(false);
        return;
    }
    for (const QString& key : privacy::AccessPackage::sectionKeys()) {
        if (!preview->counts.contains(key) || (key == QLatin1String("mentions") && !options.includeMentions)) {
            continue;
        }
        new QTreeWidgetItem(m_preview, {sectionLabel(key), QString::number(preview->counts.value(key))});
    }
    m_intro->setText(tr("Everything Confidant holds about this person (%1 entries), with the purposes, recipients, "
                        "retention periods and where the data came from. The files are not encrypted: hand them "
                        "over securely and delete your copy when done.")
                         .arg(preview->total()));
    updateButtons();
}

void AccessDialog::updateButtons()
{
    const bool running = isRunning();
    m_start->setEnabled(!running && (m_json->isChecked() || m_csv->isChecked() || m_pdf->isChecked()));
    m_cancel->setVisible(running);
    for (QWidget* w : std::initializer_list<QWidget*> {m_mentions, m_json, m_csv, m_pdf, m_folder, m_browse}) {
        w->setEnabled(!running);
    }
}

void AccessDialog::start()
{
    if (isRunning()) {
        return;
    }
    if (m_folder->text().trimmed().isEmpty()) {
        m_error->setMessage(tr("Choose the folder for the package."));
        return;
    }
    m_error->setMessage({});
    m_result->clear();
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_progress->setRange(0, 0);
    m_progress->show();

    // The reading runs on a worker whose gate and package service come from core (Session is
    // single-threaded): its own connection, audit trail and this profile, so "handle requests" is checked
    // there too. The session's service then writes the files, auditing them before they are put in place.
    const storage::Vault* vault = &m_session.vault();
    const Clock* clock = &m_session.clock();
    const crm::FieldRegistry* fields = &m_session.fields();
    const security::Actor actor = m_session.actor();
    const QString contactUid = m_contactUid;
    const bool mentions = m_mentions->isChecked();
    auto cancelFlag = m_cancelFlag;
    QPointer<QProgressBar> bar = m_progress;
    m_thread = runInBackground(
        this,
        [=]() -> Result<privacy::SubjectPackage> {
            auto worker = privacy::AccessPackageWorker::open(*vault, actor, *clock, *fields);
            if (!worker) {
                return worker.error();
            }
            privacy::AccessOptions options;
            options.includeMentions = mentions;
            options.cancelled = [cancelFlag] { return cancelFlag->load(); };
            options.progress = [bar](int done, int total) {
                QMetaObject::invokeMethod(
                    bar,
                    [bar, done, total] {
                        if (bar) {
                            bar->setRange(0, total);
                            bar->setValue(done);
                        }
                    },
                    Qt::QueuedConnection);
            };
            return (*worker)->access().build(contactUid, options);
        },
        [this](Result<privacy::SubjectPackage> built) { finish(std::move(built)); });
    updateButtons();
}

void AccessDialog::cancel()
{
    if (m_cancelFlag) {
        m_cancelFlag->store(true);
    }
}

void AccessDialog::finish(Result<privacy::SubjectPackage> built)
{
    m_thread.clear();
    m_progress->hide();
    auto fail = [this](const Error& error) {
        m_error->setMessage(error.message);
        updateButtons();
        emit finished(false);
    };
    if (!built) {
        fail(built.error());
        return;
    }
    privacy::AccessFormats formats;
    formats.json = m_json->isChecked();
    formats.csv = m_csv->isChecked();
    formats.pdf = m_pdf->isChecked();
    privacy::AccessOptions options;
    options.includeMentions = m_mentions->isChecked();
    options.requestReference = m_request;
    m_session.access().setPdfRenderer(&report::MarkdownPdf::write);
    auto written = m_session.access().write(*built, m_folder->text().trimmed(), formats, {}, options);
    if (!written) {
        fail(written.error());
        return;
    }
    m_written = *written;
    // One line each would push the preview off the dialog: the list of files and hashes is the tooltip.
    QStringList files;
    for (const auto& file : m_written) {
        files << tr("%1  SHA-256 %2").arg(file.fileName, file.sha256);
    }
    m_result->setToolTip(files.join(QLatin1Char('\n')));
    QStringList lines;
    lines << tr("%1 files written to %2. They are not encrypted: hand them over securely.")
                 .arg(m_written.size())
                 .arg(QDir::toNativeSeparators(m_folder->text().trimmed()));
    if (!m_request.isEmpty()) {
        // The request register keeps each file's hash, so the answer can be proven later.
        for (const auto& file : m_written) {
            if (auto r = m_session.requests().addArtefact(
                    m_request, QStringLiteral("access-package"), file.fileName, file.sha256.toLatin1());
                !r) {
                // As the CLI does: a package the request register does not know of is not left behind.
                for (const auto& w : m_written) {
                    QFile::remove(w.path);
                }
                m_written.clear();
                fail(r.error());
                return;
            }
        }
        lines << tr("The hashes are recorded with request %1.").arg(m_request);
    }
    m_result->setText(lines.join(QLatin1Char('\n')));
    updateButtons();
    emit finished(true);
}

} // namespace confidant::ui
