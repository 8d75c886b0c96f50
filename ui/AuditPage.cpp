#include "AuditPage.h"

#include "core/Session.h"
#include "core/storage/SafeFile.h"

#include "ui/AuditTableModel.h"
#include "ui/ChangeNotifier.h"
#include "ui/FieldErrorLabel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace confidant::ui {

namespace {

// Action families offered in the filter before any entry with them is loaded; a trailing '.' matches the
// whole family (AuditQuery::action).
const char* const kActionFamilies[] = {"contact.", "company.", "profile.", "settings.", "audit.", "access."};

void setTextColour(QLabel* label, bool good)
{
    const bool dark = label->palette().color(QPalette::Window).lightness() < 128;
    const QColor colour = good ? (dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20))
                               : (dark ? QColor(0xef, 0x6b, 0x6b) : QColor(0xb7, 0x1c, 0x1c));
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, colour);
    label->setPalette(p);
}

qint64 startOfDayMs(const QDate& date)
{
    return date.startOfDay().toMSecsSinceEpoch();
}

} // namespace

AuditPage::AuditPage(Session& session, ChangeNotifier& notifier, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new AuditTableModel(session.auditLog(), this))
{
    setObjectName(QStringLiteral("auditPage"));

    m_entityUid = new QLineEdit(this);
    m_entityUid->setObjectName(QStringLiteral("auditEntityUid"));
    m_entityUid->setPlaceholderText(tr("any record"));
    m_entityUid->setClearButtonEnabled(true);
    m_entityUid->setToolTip(tr("Only entries about the record with this UID (as shown in the Entity UID column)."));

    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("auditProfile"));
    m_profile->setEditable(true);
    m_profile->setInsertPolicy(QComboBox::NoInsert);
    m_profile->addItem(tr("Any profile"), QString());
    loadProfileNames();

    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->setEditable(true);
    m_action->setInsertPolicy(QComboBox::NoInsert);
    m_action->setToolTip(tr("An action such as contact.update, or a family ending in a dot, such as contact."));
    m_action->addItem(tr("Any action"), QString());
    for (const char* family : kActionFamilies) {
        m_action->addItem(QString::fromLatin1(family), QString::fromLatin1(family));
    }
    m_action->setMinimumContentsLength(16);

    const QDate today = QDate::currentDate();
    m_fromEnabled = new QCheckBox(tr("Fro&m:"), this);
    m_fromEnabled->setObjectName(QStringLiteral("auditFromEnabled"));
    m_from = new QDateEdit(today.addDays(-30), this);
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_toEnabled = new QCheckBox(tr("&To:"), this);
    m_toEnabled->setObjectName(QStringLiteral("auditToEnabled"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("auditTo"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd")); // as the Time column shows dates
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);

    auto* clear = new QPushButton(tr("C&lear filters"), this);
    clear->setObjectName(QStringLiteral("auditClearFilters"));

    auto* verify = new QPushButton(QIcon::fromTheme(QStringLiteral("security-high")), tr("Verify &chain"), this);
    verify->setObjectName(QStringLiteral("auditVerify"));
    verify->setToolTip(tr("Recompute the hash chain of the whole audit trail and check it against its sealed head."));
    auto* exportCsv = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("&Export CSV…"), this);
    exportCsv->setObjectName(QStringLiteral("auditExport"));
    exportCsv->setToolTip(tr("Save the entries that match the filters as a CSV file (Ctrl+E). The export is "
                             "itself recorded in the audit trail."));

    auto* uidLabel = new QLabel(tr("Entity &UID:"), this);
    uidLabel->setBuddy(m_entityUid);
    auto* profileLabel = new QLabel(tr("Pr&ofile:"), this);
    profileLabel->setBuddy(m_profile);
    auto* actionLabel = new QLabel(tr("&Action:"), this);
    actionLabel->setBuddy(m_action);

    auto* filters = new QGridLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(uidLabel, 0, 0);
    filters->addWidget(m_entityUid, 0, 1);
    filters->addWidget(profileLabel, 0, 2);
    filters->addWidget(m_profile, 0, 3);
    filters->addWidget(actionLabel, 0, 4);
    filters->addWidget(m_action, 0, 5);
    filters->addWidget(m_fromEnabled, 1, 0);
    filters->addWidget(m_from, 1, 1);
    auto* toLine = new QHBoxLayout;
    toLine->addWidget(m_to, 1);
    filters->addWidget(m_toEnabled, 1, 2);
    filters->addLayout(toLine, 1, 3);
    auto* clearLine = new QHBoxLayout;
    clearLine->addStretch(1);
    clearLine->addWidget(clear);
    filters->addLayout(clearLine, 1, 4, 1, 2);
    filters->setColumnStretch(1, 3);
    filters->setColumnStretch(3, 2);
    filters->setColumnStretch(5, 2);

    m_verifyResult = new QLabel(this);
    m_verifyResult->setObjectName(QStringLiteral("auditVerifyResult"));
    m_verifyResult->setTextFormat(Qt::PlainText);
    m_verifyResult->setWordWrap(true);

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_verifyResult, 1);
    tools->addWidget(verify);
    tools->addWidget(exportCsv);

    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("auditError"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setHighlightSections(false);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    QHeaderView* header = m_view->horizontalHeader();
    header->resizeSection(AuditTableModel::SeqColumn, digit * 6 + em);
    header->resizeSection(AuditTableModel::TimeColumn,
                          fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00:00")) + em);
    const auto widest = [this](std::initializer_list<const char*> samples) {
        int width = 0;
        for (const char* sample : samples) {
            width = std::max(width, fontMetrics().horizontalAdvance(QString::fromLatin1(sample)));
        }
        return width + fontMetrics().horizontalAdvance(QLatin1Char('M'));
    };
    header->resizeSection(AuditTableModel::ProfileColumn, em * 9);
    header->resizeSection(AuditTableModel::ActionColumn, widest({"profile.pin-throttled", "company.create_many"}));
    header->resizeSection(AuditTableModel::EntityTypeColumn, widest({"company", "settings", "profile"}));
    header->resizeSection(AuditTableModel::EntityUidColumn,
                          fontMetrics().horizontalAdvance(QStringLiteral("00000000-0000-0000-0000-000000000000")) + em);
    setFocusProxy(m_view);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addLayout(tools);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);

    // Window-wide while this page is the visible one.
    auto* find = new QAction(tr("Filter"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_entityUid->setFocus(Qt::ShortcutFocusReason);
        m_entityUid->selectAll();
    });
    auto* exportAction = new QAction(tr("Export CSV"), this);
    exportAction->setObjectName(QStringLiteral("auditExportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportAction, &QAction::triggered, this, &AuditPage::chooseExportFile);
    auto* reload = new QAction(tr("Reload"), this);
    reload->setShortcut(QKeySequence::Refresh);
    connect(reload, &QAction::triggered, m_model, &AuditTableModel::refresh);
    addActions({find, exportAction, reload});

    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(kFilterDelayMs);
    connect(m_filterTimer, &QTimer::timeout, this, &AuditPage::applyFilters);
    const auto later = [this] { m_filterTimer->start(); };
    connect(m_entityUid, &QLineEdit::textChanged, this, later);
    connect(m_profile, &QComboBox::currentTextChanged, this, later);
    connect(m_action, &QComboBox::currentTextChanged, this, later);
    connect(m_fromEnabled, &QCheckBox::toggled, this, later);
    connect(m_toEnabled, &QCheckBox::toggled, this, later);
    connect(m_from, &QDateEdit::dateChanged, this, later);
    connect(m_to, &QDateEdit::dateChanged, this, later);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_entityUid->clear();
        m_profile->setCurrentIndex(0);
        m_action->setCurrentIndex(0);
        m_fromEnabled->setChecked(false);
        m_toEnabled->setChecked(false);
        applyFilters();
    });
    connect(verify, &QPushButton::clicked, this, &AuditPage::verifyChain);
    connect(exportCsv, &QPushButton::clicked, this, &AuditPage::chooseExportFile);

    connect(m_model, &AuditTableModel::loadFailed, m_error, &FieldErrorLabel::setMessage);
    connect(m_model, &AuditTableModel::loaded, this, [this] {
        m_error->setMessage(QString());
        updateActionSuggestions();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditPage::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditPage::updateStatus);

    // Every committed write adds an entry: reload once per burst of writes.
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, m_model, &AuditTableModel::refresh);
    connect(&notifier, &ChangeNotifier::changed, m_refreshTimer, qOverload<>(&QTimer::start));
    connect(&notifier, &ChangeNotifier::changed, this, [this](const QString& entityType) {
        if (entityType == QLatin1String("profile")) {
            loadProfileNames();
        }
    });

    updateActionSuggestions();
    updateStatus();
}

void AuditPage::loadProfileNames()
{
    auto profiles = m_session.profiles().list();
    if (!profiles) {
        return; // a suggestion list only; typing a name still filters
    }
    // Removed profiles stay offered: their entries stay in the trail.
    for (const auto& p : *profiles) {
        if (m_profile->findData(p.name) < 0) {
            m_profile->addItem(p.name, p.name);
        }
    }
}

QString AuditPage::filterText(const QComboBox* combo)
{
    const QString text = combo->currentText().trimmed();
    const int index = combo->currentIndex();
    if (index >= 0 && combo->itemText(index) == combo->currentText()) {
        return combo->itemData(index).toString();
    }
    return text;
}

security::AuditQuery AuditPage::currentQuery() const
{
    security::AuditQuery q;
    q.entityUid = m_entityUid->text().trimmed();
    q.profile = filterText(m_profile);
    q.action = filterText(m_action);
    if (m_fromEnabled->isChecked()) {
        q.sinceMs = startOfDayMs(m_from->date());
    }
    if (m_toEnabled->isChecked()) {
        q.untilMs = startOfDayMs(m_to->date().addDays(1)); // the whole "to" day, in local time
    }
    return q;
}

void AuditPage::applyFilters()
{
    m_filterTimer->stop();
    const security::AuditQuery q = currentQuery();
    if (q.sinceMs && q.untilMs && *q.sinceMs >= *q.untilMs) {
        m_error->setMessage(tr("The “from” date is after the “to” date; no entry can match."));
    }
    m_model->setQuery(q);
}

void AuditPage::updateActionSuggestions()
{
    for (const QString& action : m_model->actionsSeen()) {
        if (m_action->findData(action) < 0) {
            m_action->addItem(action, action);
        }
    }
}

void AuditPage::updateStatus()
{
    const int shown = m_model->rowCount();
    QString text;
    if (m_model->canFetchMore({})) {
        text = tr("%Ln+ entries", nullptr, shown);
    } else {
        text = shown == 1 ? tr("1 entry") : tr("%Ln entries", nullptr, shown);
    }
    if (text != m_statusText) {
        m_statusText = text;
        emit statusTextChanged(text);
    }
}

void AuditPage::verifyChain()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto verified = m_session.auditLog().verify();
    QApplication::restoreOverrideCursor();
    if (!verified) {
        m_verifyResult->setText(verified.error().message);
        setTextColour(m_verifyResult, false);
    } else if (verified->ok) {
        m_verifyResult->setText(tr("The audit trail is intact: %Ln entries checked, every link matches.",
                                   nullptr,
                                   static_cast<int>(verified->entries)));
        setTextColour(m_verifyResult, true);
    } else {
        m_verifyResult->setText(
            tr("The audit trail is broken at entry No. %1: %2").arg(verified->firstBroken).arg(verified->problem));
        setTextColour(m_verifyResult, false);
    }
}

void AuditPage::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("confidant-audit-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    auto* dialog
        = new QFileDialog(this, tr("Export the audit trail"), QDir(folder).filePath(name), tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("auditExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        auto written = exportTo(path);
        if (!written) {
            m_error->setMessage(written.error().message);
            return;
        }
        m_error->setMessage(QString());
        emit notice(tr("Exported %Ln audit entries to %1.", nullptr, static_cast<int>(*written))
                        .arg(QDir::toNativeSeparators(path)));
    });
    dialog->open();
}

Result<qint64> AuditPage::exportTo(const QString& path)
{
    // 0600, never through a link, no name until complete (storage::SafeFile).
    storage::SafeFile file(path);
    if (auto opened = file.open(); !opened) {
        return makeError(ErrorKind::Io,
                         tr("Cannot write %1; choose a folder you may write to.").arg(QDir::toNativeSeparators(path)),
                         opened.error().detail);
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = m_session.auditLog().exportCsv(currentQuery(), file.device());
    QApplication::restoreOverrideCursor();
    if (!written) {
        return written.error();
    }
    // Replaces an existing file (the dialog asked) in one step.
    if (auto committed = file.commit(storage::SafeFile::Existing::Replace); !committed) {
        return makeError(committed.error().kind,
                         committed.error().kind == ErrorKind::DiskFull
                             ? tr("The audit export could not be written; check free space.")
                             : tr("Cannot save the export as %1; choose another name or folder.")
                                   .arg(QDir::toNativeSeparators(path)),
                         committed.error().detail);
    }
    return written;
}

} // namespace confidant::ui
