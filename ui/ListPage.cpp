#include "ListPage.h"

#include "ui/FieldErrorLabel.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace confidant::ui {

ListPage::ListPage(QWidget* parent)
    : QWidget(parent)
{
}

void ListPage::setUp(QAbstractItemModel* model, int idRole, const QString& name, const Texts& texts)
{
    m_model = model;
    m_idRole = idRole;
    m_texts = texts;

    m_search = new QLineEdit(this);
    m_search->setObjectName(name + QStringLiteral("Search"));
    m_search->setPlaceholderText(texts.searchPlaceholder);
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_new = new QAction(QIcon::fromTheme(QStringLiteral("document-new")), texts.newText, this);
    m_new->setObjectName(name + QStringLiteral("New"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setToolTip(texts.newToolTip);
    m_edit = new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit…"), this);
    m_edit->setObjectName(name + QStringLiteral("Edit"));
    m_edit->setToolTip(tr("Edit the selected record (Enter or double-click)"));
    m_delete = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete…"), this);
    m_delete->setObjectName(name + QStringLiteral("Delete"));
    m_delete->setToolTip(tr("Delete the selected record (Delete key)"));
    // For profiles that may only look: the same record, read only.
    m_open = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("Vie&w…"), this);
    m_open->setObjectName(name + QStringLiteral("View"));
    m_open->setToolTip(tr("Show the selected record (Enter or double-click)"));
    m_open->setVisible(false);
    auto* find = new QAction(tr("Find"), this);
    find->setObjectName(name + QStringLiteral("Find"));
    find->setShortcut(QKeySequence::Find);
    // Window-wide, but only while this page is the visible one.
    addAction(m_new);
    addAction(find);

    auto* top = new QHBoxLayout;
    m_top = top;
    top->addWidget(m_search, 1);
    const auto addButton = [this, top](QAction* action) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        top->addWidget(button);
        return button;
    };
    m_newButton = addButton(m_new);
    m_openButton = addButton(m_open);
    m_openButton->hide();
    m_editButton = addButton(m_edit);
    m_deleteButton = addButton(m_delete);

    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(name + QStringLiteral("Error"));

    m_view = new QTableView(this);
    m_view->setObjectName(name + QStringLiteral("Table"));
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setSortingEnabled(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights keep scrolling through long lists cheap.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsClickable(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->viewport()->installEventFilter(this);
    setFocusProxy(m_view);
    m_view->addAction(m_delete);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);

    m_hint = new QLabel(m_view->viewport());
    m_hint->setObjectName(name + QStringLiteral("Hint"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setEnabled(false); // drawn in the disabled (grey) text colour
    m_hint->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] {
        applySearch(m_search->text());
        updateSortIndicator();
        updateStatus();
    });

    connect(m_new, &QAction::triggered, this, [this] { newRecord(); });
    connect(m_edit, &QAction::triggered, this, &ListPage::triggerEdit);
    connect(m_open, &QAction::triggered, this, &ListPage::triggerEdit);
    connect(m_delete, &QAction::triggered, this, &ListPage::triggerDelete);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_view, &QAbstractItemView::activated, this, &ListPage::triggerEdit);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int column) {
        sortBy(column);
        updateSortIndicator();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ListPage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ListPage::updateActions);

    // Keep the selected record selected across a reload.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keepId = currentId(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_keepId) {
            for (int row = 0; row < m_model->rowCount(); ++row) {
                if (m_model->index(row, 0).data(m_idRole).toLongLong() == *m_keepId) {
                    m_view->setCurrentIndex(m_model->index(row, 0));
                    break;
                }
            }
            m_keepId.reset();
        }
        updateActions();
        updateStatus();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, &ListPage::updateStatus);

    updateSortIndicator();
    updateActions();
}

std::optional<qint64> ListPage::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {})) {
        return std::nullopt;
    }
    return m_model->index(current.row(), 0).data(m_idRole).toLongLong();
}

void ListPage::addToolWidget(QWidget* widget, bool atEnd)
{
    if (atEnd) {
        m_top->addWidget(widget);
    } else {
        m_top->insertWidget(m_top->indexOf(m_search) + 1 + m_toolWidgets++, widget);
    }
}

void ListPage::setMultiSelection(bool on)
{
    m_view->setSelectionMode(on ? QAbstractItemView::ExtendedSelection : QAbstractItemView::SingleSelection);
}

QList<int> ListPage::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows()) {
        rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ListPage::triggerEdit()
{
    if (const auto id = currentId()) {
        editRecord(*id);
    }
}

void ListPage::triggerDelete()
{
    const auto id = currentId();
    if (!id) {
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question,
                                tr("Delete"),
                                deleteQuestion(m_view->currentIndex().row()),
                                QMessageBox::Yes | QMessageBox::Cancel,
                                this);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, id = *id](int result) {
        if (result != QMessageBox::Yes) {
            return;
        }
        if (auto removed = removeRecord(id); !removed) {
            showError(removed.error().message);
            return;
        }
        clearError();
        emit notice(deletedNotice());
    });
    box->open();
}

void ListPage::fitColumns(const QList<int>& minimumWidths)
{
    QHeaderView* header = m_view->horizontalHeader();
    const int padding = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M')) / 2;
    for (int column = 0; column < minimumWidths.size() && column < m_model->columnCount() - 1; ++column) {
        m_view->resizeColumnToContents(column);
        const int wanted = header->sectionSize(column) + padding;
        const int minimum = minimumWidths.at(column);
        header->resizeSection(column, std::clamp(wanted, minimum, minimum * 2));
    }
}

void ListPage::setAllowed(bool mayCreate, bool mayEdit, bool mayDelete)
{
    m_mayCreate = mayCreate;
    m_mayEdit = mayEdit;
    m_mayDelete = mayDelete;
    // Tool buttons do not follow their action's visibility, so both are set.
    m_new->setVisible(mayCreate);
    m_newButton->setVisible(mayCreate);
    m_edit->setVisible(mayEdit);
    m_editButton->setVisible(mayEdit);
    m_open->setVisible(!mayEdit);
    m_openButton->setVisible(!mayEdit);
    m_delete->setVisible(mayDelete);
    m_deleteButton->setVisible(mayDelete);
    updateActions();
    updateHint();
}

void ListPage::updateActions()
{
    // With several rows selected, Edit and Delete would act on only one of them: they wait for one.
    const bool selected = currentId().has_value() && m_view->selectionModel()->selectedRows().size() <= 1;
    m_new->setEnabled(m_mayCreate);
    m_edit->setEnabled(selected && m_mayEdit);
    m_open->setEnabled(selected);
    m_delete->setEnabled(selected && m_mayDelete);
}

void ListPage::updateSortIndicator()
{
    const int column = sortColumn();
    QHeaderView* header = m_view->horizontalHeader();
    header->setSortIndicatorShown(column >= 0);
    if (column >= 0) {
        header->setSortIndicator(column, sortIndicatorOrder());
    }
}

void ListPage::updateStatus()
{
    const QString text = computeStatusText();
    if (text != m_statusText) {
        m_statusText = text;
        emit statusTextChanged(text);
    }
    updateHint();
}

void ListPage::updateHint()
{
    if (m_model->rowCount() > 0) {
        m_hint->hide();
        return;
    }
    const QString empty = m_mayCreate ? m_texts.emptyHint : m_texts.emptyHintReadOnly;
    m_hint->setText(isSearching() ? noMatchText(m_search->text().trimmed()) : empty);
    m_hint->setGeometry(m_view->viewport()->rect().adjusted(24, 24, -24, -24));
    m_hint->show();
}

void ListPage::showError(const QString& message)
{
    m_error->setMessage(message);
}

void ListPage::clearError()
{
    m_error->setMessage(QString());
}

bool ListPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            // From the search box straight into the results.
            const QModelIndex current = m_view->currentIndex();
            m_view->setFocus(Qt::TabFocusReason);
            m_view->setCurrentIndex(current.isValid() ? current : m_model->index(0, 0));
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    if (m_hint && watched == m_view->viewport() && event->type() == QEvent::Resize && m_hint->isVisible()) {
        m_hint->setGeometry(m_view->viewport()->rect().adjusted(24, 24, -24, -24));
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace confidant::ui
