#include "MyDayPage.h"

#include "core/Session.h"

#include "ui/ActivityEditorDialog.h"
#include "ui/ChangeNotifier.h"

#include <QBrush>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPalette>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace confidant::ui {

namespace {

constexpr int kRowRole = Qt::UserRole + 1;

QString linksOf(const crm::Activity& a)
{
    QStringList names;
    for (const auto& l : a.links) {
        names.append(l.label);
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

MyDayPage::MyDayPage(Session& session, ChangeNotifier& notifier, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("myDayPage"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("myDayHeading"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    m_newTask = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&New task…"), this);
    m_newTask->setObjectName(QStringLiteral("newTask"));
    m_newTask->setShortcut(QKeySequence::New);
    connect(m_newTask, &QPushButton::clicked, this, &MyDayPage::newTask);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("myDayTasks"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Task"), tr("Due"), tr("Linked to")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->resizeSection(2, fontMetrics().horizontalAdvance(QLatin1Char('M')) * 18);

    m_empty = new QLabel(tr("Nothing overdue and nothing due today."), this);
    m_empty->setObjectName(QStringLiteral("myDayEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("myDayError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_newTask);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_empty, 1);

    connect(m_tree, &QTreeWidget::itemChanged, this, &MyDayPage::itemChanged);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) { editItem(item); });
    connect(&notifier, &ChangeNotifier::changed, this, [this](const QString& entityType) {
        if (!m_loading && entityType != QLatin1String("audit")) {
            refresh();
        }
    });
    refresh();
    updatePermissions();
}

void MyDayPage::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone;
    refresh();
}

QTreeWidgetItem* MyDayPage::addGroup(const QString& title, const QList<crm::Activity>& tasks, bool overdue)
{
    auto* group = new QTreeWidgetItem(m_tree, {title});
    group->setFlags(Qt::ItemIsEnabled);
    group->setFirstColumnSpanned(true);
    QFont bold = m_tree->font();
    bold.setBold(true);
    group->setFont(0, bold);
    const bool mayEdit = m_session.gate().may(security::Permission::EditContacts);
    const QBrush warning(overdue ? QColor(0xb0, 0x1c, 0x1c) : m_tree->palette().color(QPalette::Text));
    for (const crm::Activity& task : tasks) {
        const QDateTime due = QDateTime::fromMSecsSinceEpoch(task.dueAtMs.value_or(task.atMs), m_zone);
        const QString when = overdue ? QLocale().toString(due, QLocale::ShortFormat)
                                     : QLocale().toString(due.time(), QLocale::ShortFormat);
        auto* item = new QTreeWidgetItem(
            group,
            {task.subject.isEmpty() ? task.body.section(QLatin1Char('\n'), 0, 0) : task.subject, when, linksOf(task)});
        item->setData(0, kRowRole, static_cast<int>(m_tasks.size()));
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (mayEdit) {
            flags |= Qt::ItemIsUserCheckable;
        }
        item->setFlags(flags);
        item->setCheckState(0, Qt::Unchecked);
        item->setToolTip(0, task.body.left(2000));
        if (overdue) {
            for (int c = 0; c < 3; ++c) {
                item->setForeground(c, warning);
            }
        }
        m_tasks.append(task);
    }
    group->setExpanded(true);
    return group;
}

void MyDayPage::refresh()
{
    m_loading = true;
    m_tree->clear();
    m_tasks.clear();
    m_overdue = m_today = 0;
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_session.clock().nowMs(), m_zone).date();
    m_heading->setText(tr("My day — %1").arg(QLocale().toString(today, QLocale::LongFormat)));
    auto day = m_session.activities().myDay(m_session.actor().uid, m_session.clock().nowMs(), m_zone);
    if (!day) {
        m_error->setText(day.error().message);
        m_error->show();
    } else {
        m_error->hide();
        m_overdue = static_cast<int>(day->overdue.size());
        m_today = static_cast<int>(day->dueToday.size());
        if (!day->overdue.isEmpty()) {
            addGroup(tr("Overdue (%n)", nullptr, m_overdue), day->overdue, true);
        }
        if (!day->dueToday.isEmpty()) {
            addGroup(tr("Due today (%n)", nullptr, m_today), day->dueToday, false);
        }
    }
    const bool empty = m_tasks.isEmpty() && day;
    m_empty->setVisible(empty);
    m_tree->setVisible(!empty);
    m_loading = false;
    emit statusTextChanged(statusText());
}

QString MyDayPage::statusText() const
{
    return tr("%1 overdue, %2 due today").arg(m_overdue).arg(m_today);
}

void MyDayPage::updatePermissions()
{
    m_newTask->setVisible(m_session.gate().may(security::Permission::EditContacts));
    refresh();
}

void MyDayPage::itemChanged(QTreeWidgetItem* item, int column)
{
    if (m_loading || column != 0 || !item->parent() || item->checkState(0) != Qt::Checked) {
        return;
    }
    const int row = item->data(0, kRowRole).toInt();
    if (row < 0 || row >= m_tasks.size()) {
        return;
    }
    m_loading = true; // the change notice below would rebuild the tree under this signal
    auto done = m_session.activities().complete(m_tasks.at(row).id);
    m_loading = false;
    if (!done) {
        m_loading = true;
        item->setCheckState(0, Qt::Unchecked);
        m_loading = false;
        m_error->setText(done.error().message);
        m_error->show();
        return;
    }
    // Completed tasks leave "My day"; rebuild once control is back in the event loop.
    QMetaObject::invokeMethod(this, &MyDayPage::refresh, Qt::QueuedConnection);
}

void MyDayPage::editItem(QTreeWidgetItem* item)
{
    if (!item || !item->parent()) {
        return;
    }
    const int row = item->data(0, kRowRole).toInt();
    if (row < 0 || row >= m_tasks.size()) {
        return;
    }
    auto* dialog = new ActivityEditorDialog(m_session.activities(), m_tasks.at(row), m_session.clock().nowMs(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReadOnly(!m_session.gate().may(security::Permission::EditContacts));
    dialog->open();
}

void MyDayPage::newTask()
{
    crm::Activity task;
    task.kind = crm::ActivityKind::Task;
    task.source = QStringLiteral("manual:gui");
    auto* dialog = new ActivityEditorDialog(m_session.activities(), task, m_session.clock().nowMs(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace confidant::ui
