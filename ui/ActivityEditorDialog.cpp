#include "ActivityEditorDialog.h"

#include "core/crm/ActivityService.h"

#include "ui/FieldErrorLabel.h"
#include "ui/TimelineModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace confidant::ui {

namespace {

QDateTimeEdit* dateTimeEdit(qint64 ms, const char* objectName, QWidget* parent)
{
    auto* edit = new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(ms), parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    return edit;
}

} // namespace

ActivityEditorDialog::ActivityEditorDialog(crm::ActivityService& activities,
                                           const crm::Activity& activity,
                                           qint64 nowMs,
                                           QWidget* parent)
    : QDialog(parent)
    , m_activities(activities)
    , m_original(activity)
{
    setObjectName(QStringLiteral("activityEditor"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (auto kind : {crm::ActivityKind::Call,
                      crm::ActivityKind::Meeting,
                      crm::ActivityKind::Email,
                      crm::ActivityKind::Note,
                      crm::ActivityKind::Task}) {
        m_kind->addItem(TimelineModel::kindLabel(kind), static_cast<int>(kind));
    }
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(activity.kind)));

    m_subject = new QLineEdit(activity.subject, this);
    m_subject->setObjectName(QStringLiteral("subject"));
    m_subject->setMaxLength(crm::ActivityService::kMaxSubjectLength);
    m_body = new QPlainTextEdit(activity.body, this);
    m_body->setObjectName(QStringLiteral("body"));
    m_body->setTabChangesFocus(true);

    // A new task is due by the end of today unless the caller said otherwise.
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs);
    const qint64 endOfToday = QDateTime(now.date(), QTime(17, 0)).toMSecsSinceEpoch();
    m_at = dateTimeEdit(activity.atMs ? activity.atMs : nowMs, "at", this);
    m_due = dateTimeEdit(activity.dueAtMs.value_or(std::max(endOfToday, nowMs)), "due", this);
    m_remind = new QCheckBox(tr("&Remind me at"), this);
    m_remind->setObjectName(QStringLiteral("remind"));
    m_remind->setChecked(activity.remindAtMs.has_value());
    m_remindAt = dateTimeEdit(
        activity.remindAtMs.value_or(m_due->dateTime().addSecs(-3600).toMSecsSinceEpoch()), "remindAt", this);
    m_remindAt->setEnabled(m_remind->isChecked());
    connect(m_remind, &QCheckBox::toggled, m_remindAt, &QWidget::setEnabled);

    QStringList names;
    for (const auto& link : activity.links) {
        names.append(link.label.isEmpty() ? tr("(deleted record)") : link.label);
    }
    m_links = new QLabel(names.isEmpty() ? tr("Nothing") : names.join(QStringLiteral(", ")), this);
    m_links->setObjectName(QStringLiteral("links"));
    m_links->setTextFormat(Qt::PlainText);
    m_links->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Subject:"), m_subject);
    m_atLabel = new QLabel(tr("&When:"), this);
    m_atLabel->setBuddy(m_at);
    form->addRow(m_atLabel, m_at);
    m_dueLabel = new QLabel(tr("&Due:"), this);
    m_dueLabel->setBuddy(m_due);
    form->addRow(m_dueLabel, m_due);
    auto* remindLine = new QHBoxLayout;
    remindLine->addWidget(m_remind);
    remindLine->addWidget(m_remindAt, 1);
    form->addRow(QString(), remindLine);
    form->addRow(tr("&Text:"), m_body);
    form->addRow(tr("Linked to:"), m_links);

    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("formError"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setDefault(true);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    if (!isNew()) {
        m_delete = buttons->addButton(tr("&Delete"), QDialogButtonBox::DestructiveRole);
        m_delete->setObjectName(QStringLiteral("deleteActivity"));
        connect(m_delete, &QPushButton::clicked, this, &ActivityEditorDialog::removeActivity);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &ActivityEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ActivityEditorDialog::kindChanged);
    connect(m_subject, &QLineEdit::textEdited, this, [this] { m_error->setMessage({}); });
    kindChanged();
    m_subject->setFocus(Qt::OtherFocusReason);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    setMinimumWidth(em * 36);
    resize(em * 44, sizeHint().height());
}

void ActivityEditorDialog::kindChanged()
{
    const bool task = draft().isTask();
    m_atLabel->setVisible(!task);
    m_at->setVisible(!task);
    m_dueLabel->setVisible(task);
    m_due->setVisible(task);
    m_remind->setVisible(task);
    m_remindAt->setVisible(task);
    const auto kind = static_cast<crm::ActivityKind>(m_kind->currentData().toInt());
    if (isNew()) {
        setWindowTitle(task ? tr("New task") : tr("Log %1").arg(TimelineModel::kindLabel(kind).toLower()));
    } else {
        setWindowTitle(tr("Edit %1").arg(TimelineModel::kindLabel(kind).toLower()));
    }
}

crm::Activity ActivityEditorDialog::draft() const
{
    crm::Activity a = m_original;
    a.kind = static_cast<crm::ActivityKind>(m_kind->currentData().toInt());
    a.subject = m_subject->text().trimmed();
    a.body = m_body->toPlainText();
    if (a.isTask()) {
        a.dueAtMs = m_due->dateTime().toMSecsSinceEpoch();
        a.remindAtMs
            = m_remind->isChecked() ? std::optional<qint64>(m_remindAt->dateTime().toMSecsSinceEpoch()) : std::nullopt;
        a.atMs = *a.dueAtMs;
    } else {
        a.atMs = m_at->dateTime().toMSecsSinceEpoch();
        a.dueAtMs.reset();
        a.remindAtMs.reset();
    }
    return a;
}

void ActivityEditorDialog::setReadOnly(bool readOnly)
{
    m_kind->setEnabled(!readOnly);
    m_subject->setReadOnly(readOnly);
    m_body->setReadOnly(readOnly);
    for (QDateTimeEdit* edit : {m_at, m_due, m_remindAt}) {
        edit->setReadOnly(readOnly);
    }
    m_remind->setEnabled(!readOnly);
    m_save->setVisible(!readOnly);
    if (m_delete) {
        m_delete->setVisible(!readOnly);
    }
    if (readOnly) {
        m_cancel->setText(tr("&Close"));
        m_cancel->setDefault(true);
    }
}

void ActivityEditorDialog::save()
{
    const crm::Activity a = draft();
    auto saved = isNew() ? m_activities.add(a) : m_activities.update(a);
    if (!saved) {
        m_error->setMessage(saved.error().message);
        return;
    }
    m_saved = std::move(saved).value();
    accept();
}

void ActivityEditorDialog::removeActivity()
{
    const auto answer = QMessageBox::question(this,
                                              tr("Delete"),
                                              tr("Delete this entry from every timeline it is on?"),
                                              QMessageBox::Yes | QMessageBox::Cancel,
                                              QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        return;
    }
    if (auto r = m_activities.remove(m_original.id); !r) {
        m_error->setMessage(r.error().message);
        return;
    }
    m_saved = {};
    accept();
}

} // namespace confidant::ui
