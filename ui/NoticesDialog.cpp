#include "NoticesDialog.h"

#include "core/Session.h"

#include "ui/FieldErrorLabel.h"
#include "ui/NoticePanelDialog.h"
#include "ui/RecordInfo.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace confidant::ui {

namespace {

using privacy::Notice;
using privacy::NoticeDraft;
using privacy::NoticeFormat;
using privacy::NoticeId;
using privacy::NoticeService;

// A prefix of the SHA-256 is enough to tell versions apart on screen; the tooltip has all of it.
constexpr int kShortHash = 12;

enum Page
{
    BrowsePage,
    EditorPage,
};

QString shortHash(const Notice& n)
{
    return n.contentHash.left(kShortHash);
}

//! A day in the user's locale: the list's status column stays narrow; the tooltip has the time.
QString dateOf(qint64 utcMs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toLocalTime().date(),
                              QLocale::ShortFormat);
}

QTableWidgetItem* cell(const QString& text)
{
    auto* it = new QTableWidgetItem(text);
    it->setToolTip(text);
    return it;
}

} // namespace

NoticesDialog::NoticesDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_mayManage(session.gate().may(security::Permission::ManagePurposes))
{
    setObjectName(QStringLiteral("noticesDialog"));
    setWindowTitle(tr("Privacy notices"));

    auto* explanation
        = new QLabel(tr("The privacy notice tells people what you do with their data (Art. 13 and 14 GDPR). Write a "
                        "version as a draft, check it, then publish it: a published version is fingerprinted and "
                        "never changes again, so you can always show which text a person saw."),
                     this);
    explanation->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();
    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("error"));

    // The versions and their preview.
    auto* browse = new QWidget(this);
    m_list = new QTreeWidget(browse);
    m_list->setObjectName(QStringLiteral("versions"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels(
        {tr("Language"), tr("Version"), tr("Title"), tr("Status"), tr("Change"), tr("Fingerprint")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(false);
    for (int c = 0; c < ColumnCount; ++c) {
        m_list->header()->setSectionResizeMode(c,
                                               c == TitleColumn ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    }
    m_new = new QPushButton(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New version…"), browse);
    m_new->setObjectName(QStringLiteral("newVersion"));
    m_new->setToolTip(tr("Write the next version of a language's notice, starting from the selected one"));
    m_edit = new QPushButton(tr("&Edit…"), browse);
    m_edit->setObjectName(QStringLiteral("editNotice"));
    m_publish = new QPushButton(tr("&Publish…"), browse);
    m_publish->setObjectName(QStringLiteral("publishNotice"));
    m_delete = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete draft…"), browse);
    m_delete->setObjectName(QStringLiteral("deleteNotice"));
    auto* listButtons = new QHBoxLayout;
    for (QPushButton* b : {m_new, m_edit, m_publish, m_delete}) {
        listButtons->addWidget(b);
    }
    listButtons->addStretch(1);
    auto* listSide = new QWidget(browse);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_list, 1);
    listLayout->addLayout(listButtons);

    auto* previewSide = new QWidget(browse);
    m_previewTitle = new QLabel(previewSide);
    m_previewTitle->setObjectName(QStringLiteral("previewTitle"));
    m_previewTitle->setWordWrap(true);
    m_previewTitle->setTextFormat(Qt::PlainText);
    QFont bold = m_previewTitle->font();
    bold.setBold(true);
    m_previewTitle->setFont(bold);
    m_preview = new QTextBrowser(previewSide);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setOpenLinks(false);
    auto* previewLayout = new QVBoxLayout(previewSide);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_previewTitle);
    previewLayout->addWidget(m_preview, 1);

    auto* browseSplitter = new QSplitter(Qt::Horizontal, browse);
    browseSplitter->addWidget(listSide);
    browseSplitter->addWidget(previewSide);
    browseSplitter->setStretchFactor(0, 1);
    browseSplitter->setStretchFactor(1, 1);
    browseSplitter->setChildrenCollapsible(false);
    auto* browseLayout = new QVBoxLayout(browse);
    browseLayout->setContentsMargins(0, 0, 0, 0);
    browseLayout->addWidget(browseSplitter);

    // The draft editor, in place of the list while it is open.
    auto* editor = new QWidget(this);
    editor->setObjectName(QStringLiteral("editor"));
    m_editorHeading = new QLabel(editor);
    m_editorHeading->setObjectName(QStringLiteral("editorHeading"));
    m_editorHeading->setWordWrap(true);
    m_editorHeading->setTextFormat(Qt::PlainText);
    m_editorHeading->setFont(bold);
    m_editorLanguage = new QComboBox(editor);
    m_editorLanguage->setObjectName(QStringLiteral("editorLanguage"));
    m_editorLanguage->setEditable(true);
    m_editorLanguage->setInsertPolicy(QComboBox::NoInsert);
    m_editorLanguage->setToolTip(tr("A language code such as en, de or de-AT; each language has its own versions"));
    m_editorTitle = new QLineEdit(editor);
    m_editorTitle->setObjectName(QStringLiteral("editorTitle"));
    m_editorTitle->setMaxLength(NoticeService::kMaxTitleLength);
    m_editorFormat = new QComboBox(editor);
    m_editorFormat->setObjectName(QStringLiteral("editorFormat"));
    m_editorFormat->addItem(tr("Markdown"), static_cast<int>(NoticeFormat::Markdown));
    m_editorFormat->addItem(tr("Rich text (HTML)"), static_cast<int>(NoticeFormat::Html));
    m_editorMaterial = new QCheckBox(tr("&Material change: people who acknowledged an earlier version must be shown "
                                        "this one"),
                                     editor);
    m_editorMaterial->setObjectName(QStringLiteral("editorMaterial"));
    m_editorMaterial->setToolTip(tr("Clear it for a small correction (a typo, a new phone number): earlier "
                                    "acknowledgements then stay current"));
    m_editorBody = new QPlainTextEdit(editor);
    m_editorBody->setObjectName(QStringLiteral("editorBody"));
    m_editorBody->setTabChangesFocus(true);
    m_editorPreview = new QTextBrowser(editor);
    m_editorPreview->setObjectName(QStringLiteral("editorPreview"));
    m_editorPreview->setOpenLinks(false);
    auto* bodySplitter = new QSplitter(Qt::Horizontal, editor);
    bodySplitter->addWidget(m_editorBody);
    bodySplitter->addWidget(m_editorPreview);
    bodySplitter->setChildrenCollapsible(false);
    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_editorLanguage);
    form->addRow(tr("&Title:"), m_editorTitle);
    form->addRow(tr("&Format:"), m_editorFormat);
    form->addRow(QString(), m_editorMaterial);
    m_editorError = new FieldErrorLabel(editor);
    m_editorError->setObjectName(QStringLiteral("editorError"));
    m_save = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save draft"), editor);
    m_save->setObjectName(QStringLiteral("saveDraft"));
    m_save->setDefault(true);
    auto* cancel = new QPushButton(tr("&Cancel"), editor);
    cancel->setObjectName(QStringLiteral("cancelEdit"));
    auto* editorButtons = new QHBoxLayout;
    editorButtons->addStretch(1);
    editorButtons->addWidget(cancel);
    editorButtons->addWidget(m_save);
    auto* bodyLabel = new QLabel(tr("Text (left) and how it will look (right):"), editor);
    auto* editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_editorHeading);
    editorLayout->addLayout(form);
    editorLayout->addWidget(bodyLabel);
    editorLayout->addWidget(bodySplitter, 1);
    editorLayout->addWidget(m_editorError);
    editorLayout->addLayout(editorButtons);

    m_pages = new QStackedWidget(this);
    m_pages->insertWidget(BrowsePage, browse);
    m_pages->insertWidget(EditorPage, editor);

    // People who should see a newer version.
    auto* staleTab = new QWidget(this);
    staleTab->setObjectName(QStringLiteral("staleTab"));
    auto* staleExplanation = new QLabel(tr("People whose last acknowledged notice is older than the current one, "
                                           "with a material change in between: show them the current notice and "
                                           "record it (Privacy ▸ Show privacy notice, or the person's Consent & "
                                           "privacy tab)."),
                                        staleTab);
    staleExplanation->setWordWrap(true);
    m_staleLanguage = new QComboBox(staleTab);
    m_staleLanguage->setObjectName(QStringLiteral("staleLanguage"));
    auto* staleLanguageLabel = new QLabel(tr("L&anguage:"), staleTab);
    staleLanguageLabel->setBuddy(m_staleLanguage);
    m_staleSummary = new QLabel(staleTab);
    m_staleSummary->setObjectName(QStringLiteral("staleSummary"));
    m_staleSummary->setWordWrap(true);
    m_staleSummary->setTextFormat(Qt::PlainText);
    m_staleTable = new QTableWidget(0, StaleColumnCount, staleTab);
    m_staleTable->setObjectName(QStringLiteral("staleTable"));
    m_staleTable->setHorizontalHeaderLabels(
        {tr("Contact"), tr("Acknowledged version"), tr("Acknowledged on"), tr("Current version")});
    m_staleTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_staleTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_staleTable->verticalHeader()->hide();
    m_staleTable->setWordWrap(false);
    m_staleTable->horizontalHeader()->setSectionResizeMode(StaleNameColumn, QHeaderView::Stretch);
    for (int c = StaleAcknowledgedColumn; c < StaleColumnCount; ++c) {
        m_staleTable->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    m_staleMore = new QPushButton(tr("Show &more"), staleTab);
    m_staleMore->setObjectName(QStringLiteral("staleMore"));
    auto* staleTop = new QHBoxLayout;
    staleTop->addWidget(staleLanguageLabel);
    staleTop->addWidget(m_staleLanguage);
    staleTop->addWidget(m_staleSummary, 1);
    auto* moreLine = new QHBoxLayout;
    moreLine->addStretch(1);
    moreLine->addWidget(m_staleMore);
    auto* staleLayout = new QVBoxLayout(staleTab);
    staleLayout->addWidget(staleExplanation);
    staleLayout->addLayout(staleTop);
    staleLayout->addWidget(m_staleTable, 1);
    staleLayout->addLayout(moreLine);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_pages->setObjectName(QStringLiteral("versionsTab"));
    m_tabs->addTab(m_pages, tr("&Versions"));
    m_tabs->addTab(staleTab, tr("&Out of date"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &NoticesDialog::showSelected);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (m_edit->isEnabled()) {
            editSelected();
        }
    });
    connect(m_new, &QPushButton::clicked, this, &NoticesDialog::newVersion);
    connect(m_edit, &QPushButton::clicked, this, &NoticesDialog::editSelected);
    connect(m_publish, &QPushButton::clicked, this, &NoticesDialog::publishSelected);
    connect(m_delete, &QPushButton::clicked, this, &NoticesDialog::deleteSelected);
    connect(m_save, &QPushButton::clicked, this, &NoticesDialog::saveDraft);
    connect(cancel, &QPushButton::clicked, this, &NoticesDialog::closeEditor);
    connect(m_editorLanguage, &QComboBox::currentTextChanged, this, &NoticesDialog::updateEditorHeading);
    connect(m_editorFormat, &QComboBox::currentIndexChanged, this, &NoticesDialog::updateEditorPreview);
    connect(m_editorBody, &QPlainTextEdit::textChanged, this, &NoticesDialog::updateEditorPreview);
    connect(m_staleLanguage, &QComboBox::currentIndexChanged, this, &NoticesDialog::loadStale);
    connect(m_staleMore, &QPushButton::clicked, this, &NoticesDialog::showMoreStale);

    reload();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resize(em * 100, em * 56);
}

void NoticesDialog::reload()
{
    const auto selected = selectedNotice();
    loadVersions(selected ? std::optional<NoticeId>(selected->id) : std::nullopt);
    loadStaleLanguages();
}

bool NoticesDialog::isEditing() const
{
    return m_pages->currentIndex() == EditorPage;
}

void NoticesDialog::loadVersions(std::optional<NoticeId> select)
{
    auto all = m_session.notices().list();
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        m_notices.clear();
    }
    if (!all) {
        showError(all.error().message);
        showSelected();
        return;
    }
    m_notices = *all;
    QTreeWidgetItem* current = nullptr;
    const QSignalBlocker block(m_list);
    for (const Notice& n : std::as_const(m_notices)) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(LanguageColumn, n.language);
        item->setData(LanguageColumn, Qt::UserRole, n.id.value);
        item->setText(VersionColumn, QString::number(n.version));
        item->setTextAlignment(VersionColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(TitleColumn, n.title);
        item->setToolTip(TitleColumn, n.title);
        if (n.isPublished()) {
            item->setText(StatusColumn, tr("Published %1").arg(dateOf(n.publishedAtMs.value_or(0))));
            item->setToolTip(StatusColumn, tr("Published %1").arg(RecordInfo::formatTime(n.publishedAtMs.value_or(0))));
            if (NoticeService::hashMatches(n)) {
                item->setText(HashColumn, shortHash(n));
                item->setToolTip(HashColumn, tr("SHA-256 of the published text: %1").arg(n.contentHash));
            } else {
                item->setText(HashColumn, tr("%1 (does not match the text)").arg(shortHash(n)));
                item->setToolTip(HashColumn,
                                 tr("The stored fingerprint does not match the text: the vault was "
                                    "changed outside Confidant."));
                item->setForeground(HashColumn, QColor(0xb7, 0x1c, 0x1c));
            }
        } else {
            item->setText(StatusColumn, tr("Draft"));
            QFont italic = item->font(StatusColumn);
            italic.setItalic(true);
            item->setFont(StatusColumn, italic);
        }
        item->setText(MaterialColumn, n.material ? tr("Material") : tr("Minor"));
        item->setToolTip(MaterialColumn,
                         n.material ? tr("Earlier acknowledgements become out of date when this is published")
                                    : tr("Earlier acknowledgements stay current"));
        if (select && n.id == *select) {
            current = item;
        }
    }
    // Without a selection to keep: the newest version, the one most likely to be worked on.
    if (!current && !m_notices.isEmpty()) {
        int newest = 0;
        for (int i = 1; i < m_notices.size(); ++i) {
            if (m_notices.at(i).createdAtMs >= m_notices.at(newest).createdAtMs) {
                newest = i;
            }
        }
        current = m_list->topLevelItem(newest);
    }
    m_list->setCurrentItem(current);
    showSelected();
}

void NoticesDialog::selectNotice(NoticeId id)
{
    for (int i = 0; i < m_notices.size(); ++i) {
        if (m_notices.at(i).id == id) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return;
        }
    }
}

std::optional<Notice> NoticesDialog::selectedNotice() const
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || row >= m_notices.size()) {
        return std::nullopt;
    }
    return m_notices.at(row);
}

void NoticesDialog::showSelected()
{
    const auto n = selectedNotice();
    if (!n) {
        m_preview->clear();
        m_previewTitle->setText(m_notices.isEmpty() ? tr("No privacy notice yet. Click “New version…” to write the "
                                                         "first one.")
                                                    : tr("Select a version to see its text."));
    } else {
        const QString state = n->isPublished() ? tr("published") : tr("draft");
        m_previewTitle->setText(tr("%1 — version %2 (%3), %4").arg(n->title).arg(n->version).arg(n->language, state));
        NoticePanelDialog::render(*m_preview, *n);
    }
    updateButtons();
}

void NoticesDialog::updateButtons()
{
    const auto n = selectedNotice();
    const bool draft = n && !n->isPublished();
    m_new->setEnabled(m_mayManage);
    m_edit->setEnabled(m_mayManage && draft);
    m_publish->setEnabled(m_mayManage && draft);
    m_delete->setEnabled(m_mayManage && draft);
    const bool published = n && n->isPublished();
    m_edit->setToolTip(published ? tr("A published version is never edited: create a new version instead.")
                                 : tr("Change this draft"));
    m_publish->setToolTip(published ? tr("This version is published already.")
                                    : tr("Freeze this draft and make it the current notice of its language"));
    m_delete->setToolTip(published ? tr("A published version stays for the record: it cannot be deleted.")
                                   : tr("Delete this draft"));
}

int NoticesDialog::nextVersion(const QString& language) const
{
    const auto code = Notice::normalizeLanguage(language);
    int highest = 0;
    for (const Notice& n : m_notices) {
        if (code && n.language == *code) {
            highest = std::max(highest, n.version);
        }
    }
    return highest + 1;
}

void NoticesDialog::newVersion()
{
    NoticeDraft draft;
    if (const auto n = selectedNotice()) {
        // A new version usually revises the current text: start from the selected one.
        draft.language = n->language;
        draft.title = n->title;
        draft.body = n->body;
        draft.format = n->format;
    } else {
        QStringList languages;
        for (const Notice& other : std::as_const(m_notices)) {
            languages << other.language;
        }
        draft.language = NoticePanelDialog::preferredLanguage(languages);
        if (draft.language.isEmpty()) {
            draft.language = Notice::normalizeLanguage(QLocale().name()).value_or(QStringLiteral("en"));
            draft.language = draft.language.section(QLatin1Char('-'), 0, 0);
            if (draft.language == QLatin1String("c")) {
                draft.language = QStringLiteral("en");
            }
        }
        draft.title = tr("Privacy notice");
    }
    draft.material = true;
    openEditor(draft, std::nullopt);
}

void NoticesDialog::editSelected()
{
    const auto n = selectedNotice();
    if (!n || n->isPublished()) {
        return;
    }
    NoticeDraft draft;
    draft.language = n->language;
    draft.title = n->title;
    draft.body = n->body;
    draft.format = n->format;
    draft.material = n->material;
    openEditor(draft, n->id);
}

void NoticesDialog::openEditor(const NoticeDraft& draft, std::optional<NoticeId> editing)
{
    m_editing = editing;
    {
        const QSignalBlocker block(m_editorLanguage);
        m_editorLanguage->clear();
        QStringList languages;
        for (const Notice& n : std::as_const(m_notices)) {
            if (!languages.contains(n.language)) {
                languages << n.language;
            }
        }
        if (!languages.contains(draft.language)) {
            languages << draft.language;
        }
        languages.sort();
        m_editorLanguage->addItems(languages);
        m_editorLanguage->setCurrentText(draft.language);
    }
    // A version's language is part of its identity: changing it would be a new version elsewhere.
    m_editorLanguage->setEnabled(!editing);
    m_editorTitle->setText(draft.title);
    {
        const QSignalBlocker block(m_editorFormat);
        m_editorFormat->setCurrentIndex(m_editorFormat->findData(static_cast<int>(draft.format)));
    }
    {
        const QSignalBlocker block(m_editorBody);
        m_editorBody->setPlainText(draft.body);
    }
    m_editorMaterial->setChecked(draft.material);
    m_editorError->setMessage(QString());
    updateEditorHeading();
    updateEditorPreview();
    m_pages->setCurrentIndex(EditorPage);
    m_tabs->setCurrentIndex(0);
    m_tabs->setTabEnabled(1, false);
    m_editorTitle->setFocus();
}

void NoticesDialog::updateEditorHeading()
{
    if (m_editing) {
        const auto n = selectedNotice();
        m_editorHeading->setText(n ? tr("Changing draft version %1 (%2)").arg(n->version).arg(n->language)
                                   : tr("Changing a draft"));
        return;
    }
    const QString language = m_editorLanguage->currentText().trimmed();
    const auto code = Notice::normalizeLanguage(language);
    m_editorHeading->setText(
        code ? tr("New draft: it will be version %1 of the %2 notice.").arg(nextVersion(*code)).arg(*code)
             : tr("New draft"));
}

void NoticesDialog::updateEditorPreview()
{
    Notice preview;
    preview.body = m_editorBody->toPlainText();
    preview.format = static_cast<NoticeFormat>(m_editorFormat->currentData().toInt());
    NoticePanelDialog::render(*m_editorPreview, preview);
}

void NoticesDialog::saveDraft()
{
    NoticeDraft draft;
    draft.language = m_editorLanguage->currentText().trimmed();
    draft.title = m_editorTitle->text();
    draft.body = m_editorBody->toPlainText();
    draft.format = static_cast<NoticeFormat>(m_editorFormat->currentData().toInt());
    draft.material = m_editorMaterial->isChecked();
    auto saved = m_editing ? m_session.notices().edit(*m_editing, draft) : m_session.notices().create(draft);
    if (!saved) {
        m_editorError->setMessage(saved.error().message);
        return;
    }
    closeEditor();
    loadVersions(saved->id);
    loadStaleLanguages();
    showStatus(
        tr("Saved draft version %1 (%2). Publish it when it is ready.").arg(saved->version).arg(saved->language));
    emit noticesChanged();
}

void NoticesDialog::closeEditor()
{
    m_editing.reset();
    m_editorError->setMessage(QString());
    m_pages->setCurrentIndex(BrowsePage);
    m_tabs->setTabEnabled(1, true);
    m_list->setFocus();
}

void NoticesDialog::publishSelected()
{
    const auto n = selectedNotice();
    if (!n || n->isPublished()) {
        return;
    }
    bool hasEarlier = false;
    for (const Notice& other : std::as_const(m_notices)) {
        hasEarlier = hasEarlier || (other.language == n->language && other.isPublished());
    }
    QString details = tr("A published version is frozen: it can never be edited or deleted, only replaced by a new "
                         "version. Its fingerprint (SHA-256) is recorded.");
    if (hasEarlier && n->material) {
        details += QLatin1Char(' ')
            + tr("It is marked as a material change: people who acknowledged an earlier version will be listed "
                 "as out of date.");
    }
    auto* box = new QMessageBox(QMessageBox::Question,
                                tr("Publish notice"),
                                tr("Publish version %1 of the %2 notice?").arg(n->version).arg(n->language),
                                QMessageBox::Yes | QMessageBox::Cancel,
                                this);
    box->setObjectName(QStringLiteral("publishConfirmation"));
    box->setInformativeText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("Publish"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, id = n->id](int result) {
        if (result != QMessageBox::Yes) {
            return;
        }
        auto published = m_session.notices().publish(id);
        if (!published) {
            showError(published.error().message);
            return;
        }
        loadVersions(published->id);
        loadStaleLanguages();
        showStatus(tr("Published version %1 (%2). Fingerprint %3.")
                       .arg(published->version)
                       .arg(published->language, shortHash(*published)));
        emit noticesChanged();
    });
    box->open();
}

void NoticesDialog::deleteSelected()
{
    const auto n = selectedNotice();
    if (!n || n->isPublished()) {
        return;
    }
    auto* box = new QMessageBox(
        QMessageBox::Question,
        tr("Delete draft"),
        tr("Delete draft version %1 of the %2 notice? Its text is lost.").arg(n->version).arg(n->language),
        QMessageBox::Yes | QMessageBox::Cancel,
        this);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, id = n->id](int result) {
        if (result != QMessageBox::Yes) {
            return;
        }
        auto removed = m_session.notices().remove(id);
        if (!removed) {
            showError(removed.error().message);
            return;
        }
        loadVersions(std::nullopt);
        loadStaleLanguages();
        showStatus(tr("The draft was deleted."));
        emit noticesChanged();
    });
    box->open();
}

void NoticesDialog::loadStaleLanguages()
{
    const QString keep = m_staleLanguage->currentText();
    QStringList published;
    for (const Notice& n : std::as_const(m_notices)) {
        if (n.isPublished() && !published.contains(n.language)) {
            published << n.language;
        }
    }
    published.sort();
    {
        const QSignalBlocker block(m_staleLanguage);
        m_staleLanguage->clear();
        m_staleLanguage->addItems(published);
        m_staleLanguage->setCurrentText(published.contains(keep) ? keep
                                                                 : NoticePanelDialog::preferredLanguage(published));
    }
    m_staleLanguage->setEnabled(!published.isEmpty());
    loadStale();
}

void NoticesDialog::loadStale()
{
    m_stale.clear();
    m_staleTable->setRowCount(0);
    const QString language = m_staleLanguage->currentText();
    if (language.isEmpty()) {
        m_staleSummary->setText(tr("No notice is published yet."));
        m_staleMore->hide();
        m_tabs->setTabText(1, tr("&Out of date"));
        return;
    }
    auto rows = m_session.notices().staleAcknowledgements(language);
    if (!rows) {
        m_staleSummary->setText(rows.error().message);
        m_staleMore->hide();
        return;
    }
    m_stale = *rows;
    m_staleSummary->setText(m_stale.isEmpty() ? tr("Nobody needs to see a newer notice in this language.")
                                              : tr("Contacts to show the current notice to: %1.").arg(m_stale.size()));
    m_tabs->setTabText(1, m_stale.isEmpty() ? tr("&Out of date") : tr("&Out of date (%1)").arg(m_stale.size()));
    showMoreStale();
}

void NoticesDialog::showMoreStale()
{
    // Names are read a page at a time: after a material change this list can hold every contact.
    const int from = m_staleTable->rowCount();
    const int to = std::min(from + kStalePage, int(m_stale.size()));
    m_staleTable->setRowCount(to);
    for (int row = from; row < to; ++row) {
        const privacy::StaleAcknowledgement& s = m_stale.at(row);
        auto contact = m_session.contacts().get(s.contactId);
        m_staleTable->setItem(row, StaleNameColumn, cell(contact ? contact->displayName() : tr("(unknown contact)")));
        m_staleTable->item(row, StaleNameColumn)->setData(Qt::UserRole, s.contactId.value);
        m_staleTable->setItem(row, StaleAcknowledgedColumn, cell(QString::number(s.acknowledgedVersion)));
        m_staleTable->setItem(row, StaleAcknowledgedOnColumn, cell(RecordInfo::formatTime(s.acknowledgedAtMs)));
        m_staleTable->setItem(row, StaleCurrentColumn, cell(QString::number(s.currentVersion)));
    }
    m_staleMore->setVisible(to < m_stale.size());
}

void NoticesDialog::showStatus(const QString& text)
{
    m_error->setMessage(QString());
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void NoticesDialog::showError(const QString& message)
{
    m_status->hide();
    m_error->setMessage(message);
}

} // namespace confidant::ui
