#include "ExportDialog.h"

#include "core/Session.h"
#include "core/crm/FieldRegistry.h"
#include "core/privacy/PurposeGate.h"
#include "core/storage/SafeFile.h"

#include "ui/BackgroundTask.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMetaObject>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QThread>
#include <QVBoxLayout>

namespace confidant::ui {

ExportDialog::ExportDialog(Session& session,
                           const QStringList& selectedUids,
                           const QString& filterName,
                           QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_selected(selectedUids)
    , m_filterName(filterName)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export contacts"));
    setMinimumWidth(520); // the gate's reasons and the left-out fields read on one or two lines

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("CSV (spreadsheets)"), static_cast<int>(crm::ExportFormat::Csv));
    m_format->addItem(tr("vCard 4.0 (address books)"), static_cast<int>(crm::ExportFormat::VCard));

    m_scopes = new QButtonGroup(this);
    auto* selected = new QRadioButton(tr("The %n selected contact(s)", nullptr, int(selectedUids.size())), this);
    auto* filter = new QRadioButton(filterName.isEmpty() ? tr("The current filter (none applied)")
                                                         : tr("The contacts of the filter “%1”").arg(filterName),
                                    this);
    auto* tag = new QRadioButton(tr("Contacts with the tag"), this);
    auto* all = new QRadioButton(tr("All contacts"), this);
    selected->setEnabled(!selectedUids.isEmpty());
    filter->setEnabled(!filterName.isEmpty());
    m_scopes->addButton(selected, int(Scope::Selected));
    m_scopes->addButton(filter, int(Scope::Filter));
    m_scopes->addButton(tag, int(Scope::Tag));
    m_scopes->addButton(all, int(Scope::All));
    m_tag = new QComboBox(this);
    m_tag->setObjectName(QStringLiteral("exportTag"));
    m_tag->setEditable(true);
    m_tag->setMinimumContentsLength(16);
    auto* tagRow = new QHBoxLayout;
    tagRow->addWidget(tag);
    tagRow->addWidget(m_tag, 1);
    auto* scopeBox = new QVBoxLayout;
    scopeBox->addWidget(selected);
    scopeBox->addWidget(filter);
    scopeBox->addLayout(tagRow);
    scopeBox->addWidget(all);

    m_purpose = new QComboBox(this);
    m_purpose->setObjectName(QStringLiteral("exportPurpose"));
    m_purpose->addItem(tr("None (plain export)"), QString());
    if (auto purposes = session.purposes().list()) {
        for (const privacy::Purpose& p : *purposes) {
            m_purpose->addItem(p.name, p.uid);
        }
    }
    m_purpose->setToolTip(tr("Exporting for a purpose (a newsletter, a mailing) writes only the contacts with a "
                             "valid basis for it: consent where it needs consent, not restricted, not objecting."));

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("exportCount"));
    m_countLabel->setWordWrap(true);
    m_omitted = new QLabel(this);
    m_omitted->setObjectName(QStringLiteral("exportOmitted"));
    m_omitted->setWordWrap(true);
    if (auto disabled = session.exports().disabledFields(); disabled && !disabled->isEmpty()) {
        QStringList labels;
        for (const auto& f : session.fields().fieldsOf(QStringLiteral("contact"))) {
            if (disabled->contains(crm::contactFieldKey(f.name))) {
                labels.append(crm::FieldRegistry::label(f));
            }
        }
        m_omitted->setText(
            tr("Not in the file (switched off in the field settings): %1.").arg(labels.join(QStringLiteral(", "))));
    }
    m_omitted->setVisible(!m_omitted->text().isEmpty());
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    auto* browseButton = new QPushButton(tr("Choose…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);

    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("exportResult"));
    m_result->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Contacts:"), scopeBox);
    form->addRow(tr("Purpose:"), m_purpose);
    form->addRow(QString(), m_countLabel);
    form->addRow(QString(), m_omitted);
    form->addRow(tr("File:"), pathRow);

    m_buttons = new QDialogButtonBox(this);
    auto* exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    m_buttons->addButton(QDialogButtonBox::Close);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);

    (selectedUids.isEmpty() ? (filterName.isEmpty() ? all : filter) : selected)->setChecked(true);
    connect(m_scopes, &QButtonGroup::idClicked, this, &ExportDialog::updateCount);
    connect(m_purpose, &QComboBox::currentIndexChanged, this, &ExportDialog::updateCount);
    connect(m_tag, &QComboBox::currentTextChanged, this, [this, tag] {
        tag->setChecked(true);
        updateCount();
    });
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateCount);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (isRunning()) {
            m_cancel->store(true);
        } else {
            reject();
        }
    });
    updateCount();
}

ExportDialog::~ExportDialog()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
    }
    // The children go after this body; none may call back into the half-destroyed dialog meanwhile.
    for (QObject* child : findChildren<QObject*>()) {
        child->disconnect(this);
    }
}

void ExportDialog::setScope(Scope scope)
{
    if (auto* b = m_scopes->button(int(scope))) {
        b->setChecked(true);
    }
    updateCount();
}

void ExportDialog::setFormat(crm::ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(format)));
}

void ExportDialog::setPath(const QString& path)
{
    m_path->setText(path);
}

void ExportDialog::setTag(const QString& tag)
{
    m_tag->setCurrentText(tag);
}

QString ExportDialog::resultText() const
{
    return m_result->text();
}

bool ExportDialog::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

crm::ExportFormat ExportDialog::format() const
{
    return static_cast<crm::ExportFormat>(m_format->currentData().toInt());
}

crm::ExportSelection ExportDialog::selection() const
{
    crm::ExportSelection s;
    switch (static_cast<Scope>(m_scopes->checkedId())) {
    case Scope::Selected:
        s.uids = m_selected;
        break;
    case Scope::Filter:
        s.filterName = m_filterName;
        break;
    case Scope::Tag:
        s.tag = m_tag->currentText().trimmed();
        break;
    case Scope::All:
        break;
    }
    s.purpose = m_purpose->currentData().toString();
    return s;
}

void ExportDialog::updateCount()
{
    const auto s = selection();
    if (static_cast<Scope>(m_scopes->checkedId()) == Scope::Tag && s.tag.isEmpty()) {
        m_count = -1;
        m_countLabel->setText(tr("Type or pick a tag."));
    } else if (!s.purpose.isEmpty()) {
        // The gated export: what the purpose gate keeps and what it leaves out, and why, before writing.
        if (auto report = m_session.exports().preview(s)) {
            m_count = report->kept.size();
            if (report->leftOutCount() > 0) {
                QStringList reasons;
                for (const privacy::GateReason reason : privacy::GateReport::reasons()) {
                    if (const qint64 n = report->leftOutFor(reason); n > 0) {
                        reasons.append(privacy::GateReport::reasonLabel(reason, n));
                    }
                }
                m_countLabel->setText(
                    tr("%n contact(s) will be exported; %1 left out: %2.", nullptr, int(m_count))
                        .arg(QLocale().toString(report->leftOutCount()), reasons.join(QStringLiteral(", "))));
            } else {
                m_countLabel->setText(
                    tr("%n contact(s) will be exported; nobody is left out for this purpose.", nullptr, int(m_count)));
            }
        } else {
            m_count = -1;
            m_countLabel->setText(report.error().message);
        }
    } else if (auto n = m_session.exports().count(s)) {
        m_count = *n;
        m_countLabel->setText(tr("%n contact(s) will be exported.", nullptr, int(*n)));
    } else {
        m_count = -1;
        m_countLabel->setText(n.error().message);
    }
    m_buttons->button(QDialogButtonBox::Close)->setText(isRunning() ? tr("Cancel") : tr("Close"));
    for (auto* b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole) {
            b->setEnabled(!isRunning() && m_count >= 0 && !m_path->text().trimmed().isEmpty());
        }
    }
}

void ExportDialog::browse()
{
    const bool vcard = format() == crm::ExportFormat::VCard;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export contacts"), m_path->text(), vcard ? tr("vCard files (*.vcf)") : tr("CSV files (*.csv)"));
    if (!path.isEmpty()) {
        m_path->setText(path);
    }
}

void ExportDialog::startExport()
{
    if (isRunning() || m_count < 0) {
        return;
    }
    const crm::ExportSelection s = selection();
    const crm::ExportFormat f = format();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_progress->setRange(0, int(std::max<qint64>(m_count, 1)));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_result->clear();
    // The worker gets its gate and services from core (Session is single-threaded): its own connection, audit
    // trail and this profile. There the permission is checked and the export audited, and only then is the
    // file made visible, as the CLI does it.
    const storage::Vault* vault = &m_session.vault();
    const Clock* clock = &m_session.clock();
    const crm::FieldRegistry* fields = &m_session.fields();
    const security::Actor actor = m_session.actor();
    const QString path = m_path->text().trimmed();
    auto cancel = m_cancel;
    QPointer<QProgressBar> bar = m_progress;
    m_thread = runInBackground(
        this,
        [=]() -> Result<qint64> {
            auto worker = crm::ExportWorker::open(*vault, actor, *clock, *fields);
            if (!worker) {
                return worker.error();
            }
            crm::ExportService& exports = (*worker)->exports();
            // Refused (and the refusal audited) before anything touches the disk.
            if (auto allowed = exports.authorize(s); !allowed) {
                return allowed.error();
            }
            // 0600 from its creation, never through a link, and no name until complete (storage::SafeFile):
            // a crash while writing leaves nothing where the file system has unnamed files.
            storage::SafeFile file(path);
            if (auto opened = file.open(); !opened) {
                return makeError(ErrorKind::Io,
                                 ExportDialog::tr("Cannot write that file; check the folder and its permissions."),
                                 opened.error().detail);
            }
            auto written = exports.exportContacts(f, s, file.device(), cancel.get(), [bar](qint64 done, qint64) {
                QMetaObject::invokeMethod(
                    bar,
                    [bar, done] {
                        if (bar)
                            bar->setValue(int(done));
                    },
                    Qt::QueuedConnection);
            });
            if (!written) {
                // Failed, cancelled or not audited: the file never appears (discarded with `file`).
                return written.error();
            }
            // Replaces an existing file: the file dialog asked.
            if (auto committed = file.commit(storage::SafeFile::Existing::Replace); !committed) {
                return makeError(committed.error().kind == ErrorKind::DiskFull ? ErrorKind::DiskFull : ErrorKind::Io,
                                 ExportDialog::tr("The export could not be written; check free space."),
                                 committed.error().detail);
            }
            return written;
        },
        [this](Result<qint64> result) { finish(std::move(result)); });
    updateCount();
}

void ExportDialog::finish(Result<qint64> result)
{
    m_progress->setVisible(false);
    if (result) {
        m_result->setText(tr("Exported %n contact(s). The file is not encrypted; keep it safe and delete it when done.",
                             nullptr,
                             int(*result)));
    } else {
        m_result->setText(result.error().message);
    }
    updateCount();
    emit exportFinished(bool(result));
}

} // namespace confidant::ui
