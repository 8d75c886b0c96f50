#include "TimelineWidget.h"

#include "core/Session.h"

#include "ui/ActivityEditorDialog.h"
#include "ui/ChangeNotifier.h"
#include "ui/TimelineModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace confidant::ui {

TimelineWidget::TimelineWidget(
    Session& session, crm::EntityType type, const QString& entityUid, ChangeNotifier* notifier, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("timeline"));
    m_self = crm::EntityRef {type, entityUid, 0, {}};
    if (auto id = session.activities().resolve(type, entityUid)) {
        if (auto described = session.activities().describe(type, *id)) {
            m_self = *described;
        }
    }

    const Clock& clock = session.clock();
    m_model = new TimelineModel(
        session.activities(), type, entityUid, [&clock] { return clock.nowMs(); }, this);

    auto* buttons = new QHBoxLayout;
    const auto addButton = [this, buttons](const QString& text, const char* name, crm::ActivityKind kind) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(QString::fromLatin1(name));
        connect(button, &QPushButton::clicked, this, [this, kind] { newEntry(kind); });
        buttons->addWidget(button);
        m_writeButtons.append(button);
    };
    addButton(tr("Log &call"), "logCall", crm::ActivityKind::Call);
    addButton(tr("Log &meeting"), "logMeeting", crm::ActivityKind::Meeting);
    addButton(tr("Log &email"), "logEmail", crm::ActivityKind::Email);
    addButton(tr("Add &note"), "addNote", crm::ActivityKind::Note);
    addButton(tr("Add &task"), "addTask", crm::ActivityKind::Task);
    buttons->addStretch(1);

    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("timelineView"));
    m_view->setModel(m_model);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformItemSizes(false);
    m_view->setSpacing(2);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setIconSize(QSize(0, 0));

    m_empty = new QLabel(tr("Nothing logged yet. Log a call, a meeting or an email, or add a note or a task."), this);
    m_empty->setObjectName(QStringLiteral("timelineEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("timelineError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);

    connect(m_view, &QListView::doubleClicked, this, [this](const QModelIndex& index) { openEntry(index.row()); });
    connect(m_view, &QListView::activated, this, [this](const QModelIndex& index) { openEntry(index.row()); });
    connect(m_model, &TimelineModel::failed, this, [this](const QString& message) {
        m_error->setText(message);
        m_error->show();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelineWidget::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TimelineWidget::updateEmptyState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { m_error->hide(); });
    if (notifier) {
        connect(notifier, &ChangeNotifier::changed, this, [this](const QString& entityType) {
            // A tick in this list already shows; anything else about activities (or a renamed record) reloads.
            if (!m_writing && !m_model->isWriting()
                && (entityType == QLatin1String("activity") || entityType == crm::entityTypeName(m_self.type))) {
                m_model->reload();
            }
        });
    }
    m_model->fetchMore({});
    updateEmptyState();
    updatePermissions();
}

void TimelineWidget::setLocked(bool locked)
{
    m_locked = locked;
    updatePermissions();
}

void TimelineWidget::updatePermissions()
{
    const bool mayEdit = !m_locked && m_session.gate().may(security::Permission::EditContacts);
    for (QPushButton* button : std::as_const(m_writeButtons)) {
        button->setVisible(mayEdit);
    }
    m_writing = true; // the model's own change of flags is no reason to reload
    m_model->setEditable(mayEdit);
    m_writing = false;
}

void TimelineWidget::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0 && m_model->lastError().isEmpty();
    m_empty->setVisible(empty);
    m_view->setVisible(!empty);
}

void TimelineWidget::newEntry(crm::ActivityKind kind)
{
    crm::Activity a;
    a.kind = kind;
    a.links = {m_self};
    a.source = QStringLiteral("manual:gui");
    auto* dialog = new ActivityEditorDialog(m_session.activities(), a, m_session.clock().nowMs(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { m_model->reload(); });
    dialog->open();
}

void TimelineWidget::openEntry(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        return;
    }
    auto* dialog
        = new ActivityEditorDialog(m_session.activities(), m_model->activityAt(row), m_session.clock().nowMs(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReadOnly(m_locked || !m_session.gate().may(security::Permission::EditContacts));
    connect(dialog, &QDialog::accepted, this, [this] { m_model->reload(); });
    dialog->open();
}

} // namespace confidant::ui
