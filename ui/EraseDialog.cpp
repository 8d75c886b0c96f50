#include "EraseDialog.h"

#include "core/Session.h"

#include "ui/FieldErrorLabel.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace confidant::ui {

namespace {

//! What a table holds, for people; the table name when there is no better word.
QString tableLabel(const QString& table)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("contacts"), QT_TRANSLATE_NOOP("EraseDialog", "Contact record")},
        {QStringLiteral("contact_tags"), QT_TRANSLATE_NOOP("EraseDialog", "Tags on the contact")},
        {QStringLiteral("consent_events"), QT_TRANSLATE_NOOP("EraseDialog", "Consent history")},
        {QStringLiteral("notice_acks"), QT_TRANSLATE_NOOP("EraseDialog", "Privacy notices acknowledged")},
        {QStringLiteral("deal_contacts"), QT_TRANSLATE_NOOP("EraseDialog", "Links to deals")},
        {QStringLiteral("deals"), QT_TRANSLATE_NOOP("EraseDialog", "Deals")},
        {QStringLiteral("activities"), QT_TRANSLATE_NOOP("EraseDialog", "Activities and notes")},
        {QStringLiteral("activity_links"), QT_TRANSLATE_NOOP("EraseDialog", "Links to activities")},
        {QStringLiteral("contact_field_history"), QT_TRANSLATE_NOOP("EraseDialog", "Change history")},
        {QStringLiteral("contact_fts"), QT_TRANSLATE_NOOP("EraseDialog", "Search index")},
        {QStringLiteral("deal_tags"), QT_TRANSLATE_NOOP("EraseDialog", "Tags on deals")},
        {QStringLiteral("deal_stage_history"), QT_TRANSLATE_NOOP("EraseDialog", "Deal stage history")},
        {QStringLiteral("saved_filters"), QT_TRANSLATE_NOOP("EraseDialog", "Saved filters")},
    };
    const auto it = labels.constFind(table);
    return it == labels.constEnd() ? table : EraseDialog::tr(it.value());
}

QString entityLabel(const QString& type)
{
    if (type == QLatin1String("contact")) {
        return EraseDialog::tr("Contact");
    }
    if (type == QLatin1String("company")) {
        return EraseDialog::tr("Company");
    }
    if (type == QLatin1String("deal")) {
        return EraseDialog::tr("Deal");
    }
    if (type == QLatin1String("activity")) {
        return EraseDialog::tr("Activity");
    }
    if (type == QLatin1String("saved_filter")) {
        return EraseDialog::tr("Saved filter");
    }
    return type;
}

QTreeWidgetItem* group(QTreeWidget* tree, const QString& title)
{
    auto* item = new QTreeWidgetItem(tree, {title});
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setExpanded(true);
    return item;
}

} // namespace

EraseDialog::EraseDialog(Session& session, const QString& contactUid, const QString& requestReference, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_contactUid(contactUid)
    , m_request(requestReference)
{
    setObjectName(QStringLiteral("eraseDialog"));
    setWindowTitle(tr("Erase contact"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("eraseSummary"));
    m_summary->setWordWrap(true);
    m_details = new QTreeWidget(this);
    m_details->setObjectName(QStringLiteral("eraseDetails"));
    m_details->setColumnCount(3);
    m_details->setHeaderLabels({tr("What"), tr("How many / where"), QString()});
    // The counts and the mention's words take what is left beside the longest "What"; the Redact buttons keep
    // their own width.
    m_details->header()->setStretchLastSection(false);
    m_details->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_details->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_details->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_details->setRootIsDecorated(false);
    m_confirmLabel = new QLabel(this);
    m_confirmLabel->setObjectName(QStringLiteral("eraseConfirmLabel"));
    m_confirmLabel->setWordWrap(true);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("eraseConfirm"));
    m_vacuum = new QCheckBox(tr("Also compact the vault file now (VACUUM: slower on a large vault; the freed space "
                                "is overwritten either way)"),
                             this);
    m_vacuum->setObjectName(QStringLiteral("eraseVacuum"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("eraseResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("eraseError"));

    auto* buttons = new QDialogButtonBox(this);
    m_erase = buttons->addButton(tr("Erase for good"), QDialogButtonBox::DestructiveRole);
    m_erase->setObjectName(QStringLiteral("eraseButton"));
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    m_close->setObjectName(QStringLiteral("eraseCloseButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_confirmLabel);
    layout->addWidget(m_confirm);
    layout->addWidget(m_vacuum);
    layout->addWidget(m_error);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    connect(m_erase, &QPushButton::clicked, this, [this] { erase(); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_confirm, &QLineEdit::textChanged, this, &EraseDialog::updateButton);
    loadPreview();
    resize(QSize(760, 560));
}

void EraseDialog::loadPreview()
{
    m_details->clear();
    auto preview = m_session.erasure().preview(m_contactUid);
    if (!preview) {
        m_summary->setText(preview.error().message);
        m_confirm->setEnabled(false);
        m_vacuum->setEnabled(false);
        updateButton();
        return;
    }
    m_preview = *preview;
    const privacy::ErasurePreview& p = *m_preview;
    QString summary = tr("Everything Confidant holds about %1 will be removed in one step, including the search index. "
                         "This cannot be undone, and restoring an older backup erases them again.")
                          .arg(p.confirmationName);
    if (!p.kept.isEmpty()) {
        summary += QLatin1Char(' ')
            + tr("A legal hold keeps part of it: that stays unchanged and restricted, and its erasure is queued "
                 "until the hold is released or lapses.");
    }
    if (!m_request.isEmpty()) {
        summary += QLatin1Char(' ') + tr("The receipt is recorded with request %1.").arg(m_request);
    }
    m_summary->setText(summary);

    QTreeWidgetItem* removed = group(m_details, tr("Removed"));
    for (auto it = p.removed.cbegin(); it != p.removed.cend(); ++it) {
        if (it.value() > 0) {
            new QTreeWidgetItem(removed, {tableLabel(it.key()), QString::number(it.value())});
        }
    }
    if (p.sharedActivities > 0) {
        new QTreeWidgetItem(
            removed,
            {tr("Activities shared with other records: only the link goes"), QString::number(p.sharedActivities)});
    }
    if (p.sharedDeals > 0) {
        new QTreeWidgetItem(
            removed, {tr("Deals shared with other contacts: only the link goes"), QString::number(p.sharedDeals)});
    }
    if (p.suppressedIdentifiers > 0) {
        new QTreeWidgetItem(removed,
                            {tr("Emails and phones kept only as hashes on the suppression list"),
                             QString::number(p.suppressedIdentifiers)});
    }
    if (!p.anonymised.isEmpty()) {
        QTreeWidgetItem* blanked = group(m_details, tr("Kept with their personal texts blanked"));
        for (auto it = p.anonymised.cbegin(); it != p.anonymised.cend(); ++it) {
            if (it.value() > 0) {
                new QTreeWidgetItem(blanked, {tableLabel(it.key()), QString::number(it.value())});
            }
        }
    }
    if (!p.kept.isEmpty() || !p.held.isEmpty()) {
        QTreeWidgetItem* kept
            = group(m_details, tr("Kept unchanged and restricted under a legal hold, erased when it ends"));
        for (auto it = p.kept.cbegin(); it != p.kept.cend(); ++it) {
            if (it.value() > 0) {
                new QTreeWidgetItem(kept, {tableLabel(it.key()), QString::number(it.value())});
            }
        }
        for (const privacy::HeldRecord& h : p.held) {
            const QString until = h.until ? tr(" (until %1)").arg(h.until->toString(Qt::ISODate)) : QString();
            new QTreeWidgetItem(kept, {tr("Hold: %1").arg(entityLabel(h.entityType)), h.reason + until});
        }
    }
    QTreeWidgetItem* mentions = group(m_details, tr("Mentioned in other records (redact them here)"));
    if (p.mentions.isEmpty()) {
        new QTreeWidgetItem(mentions, {tr("No mentions found"), QString()});
    }
    for (const privacy::Mention& m : p.mentions) {
        auto* item = new QTreeWidgetItem(
            mentions, {tr("%1 “%2”, %3").arg(entityLabel(m.entityType), m.entityLabel, m.field), m.excerpt});
        item->setToolTip(1, m.excerpt);
        // Redacting keeps no old value in the change history (ErasureService::redactMention).
        auto* redact = new QPushButton(tr("Redact"), m_details);
        redact->setObjectName(QStringLiteral("redactMentionButton"));
        redact->setToolTip(tr("Replace the person's name, emails and phones here with “%1”, keeping no copy in the "
                              "change history")
                               .arg(privacy::MentionSearch::redactionMarker()));
        m_details->setItemWidget(item, 2, redact);
        connect(redact, &QPushButton::clicked, this, [this, m] { redactMention(m); });
    }
    m_details->expandAll();
    m_confirmLabel->setText(tr("To confirm, type the name <b>%1</b>:").arg(p.confirmationName.toHtmlEscaped()));
    updateButton();
}

bool EraseDialog::redactMention(const privacy::Mention& mention)
{
    if (m_receipt) {
        return false;
    }
    auto done = m_session.erasure().redactMention(m_contactUid, mention.entityType, mention.entityUid, mention.field);
    if (!done) {
        m_error->setMessage(done.error().message);
        return false;
    }
    m_error->setMessage({});
    // Deferred: the clicked button is one of the rows the new preview replaces.
    QMetaObject::invokeMethod(this, &EraseDialog::loadPreview, Qt::QueuedConnection);
    return true;
}

void EraseDialog::updateButton()
{
    m_erase->setEnabled(m_preview && !m_receipt
                        && privacy::ErasureService::confirms(m_preview->confirmationName, m_confirm->text()));
}

bool EraseDialog::erase()
{
    if (!m_preview || m_receipt) {
        return false;
    }
    privacy::ErasureOptions options;
    options.vacuum = m_vacuum->isChecked();
    options.request = m_request;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto done = m_session.erasure().erase(m_contactUid, m_confirm->text(), options);
    QApplication::restoreOverrideCursor();
    if (!done) {
        m_error->setMessage(done.error().message);
        return false;
    }
    m_receipt = *done;
    m_error->setMessage({});
    qint64 removed = 0;
    for (const qint64 n : done->removed) {
        removed += n;
    }
    QStringList lines;
    lines << tr("Erased. Receipt %1: %2 rows removed, at %3.")
                 .arg(done->uid.left(8))
                 .arg(removed)
                 .arg(QDateTime::fromMSecsSinceEpoch(done->erasedAtMs, Qt::UTC).toString(Qt::ISODate));
    lines << tr("Receipt SHA-256: %1").arg(done->sha256());
    if (done->queued > 0) {
        lines << tr("Kept under a legal hold and queued for erasure until it ends: %1.").arg(done->queued);
    }
    for (const QString& warning : done->warnings) {
        lines << warning;
    }
    m_result->setText(lines.join(QLatin1Char('\n')));
    m_result->show();
    m_confirm->setEnabled(false);
    m_vacuum->setEnabled(false);
    m_close->setText(tr("Close"));
    updateButton();
    emit erased(m_contactUid);
    return true;
}

} // namespace confidant::ui
