#pragma once

#include "core/Result.h"

#include <QWidget>

#include <optional>

class QAbstractItemModel;
class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;

namespace confidant::ui {

class FieldErrorLabel;

//! What ContactsPage and CompaniesPage share: a search box that filters as you type, a lazy table,
//! New/Edit/Delete actions with their shortcuts, an empty-state hint and a line for the status bar.
class ListPage : public QWidget
{
    Q_OBJECT

public:
    //! The id of the current record (the one Edit would open); empty when none.
    std::optional<qint64> currentId() const;

    //! How long typing must pause before the list is filtered.
    static constexpr int kSearchDelayMs = 150;

    //! The text for the status bar, e.g. "12,345 contacts".
    QString statusText() const
    {
        return m_statusText;
    }
    //! Reads what the acting profile may do and hides or disables the actions it may not (the services
    //! check again; this only spares the user a refusal).
    virtual void updatePermissions() = 0;

signals:
    void statusTextChanged(const QString& text);
    //! A short confirmation for the status bar ("Contact deleted.").
    void notice(const QString& text);

protected:
    struct Texts
    {
        QString searchPlaceholder;
        QString newText;
        QString newToolTip;
        QString emptyHint; //!< shown over an empty list
        QString emptyHintReadOnly; //!< the same, for a profile that may not add records
        QString noMatchHint; //!< shown when a search finds nothing; %1 is the search text
    };

    explicit ListPage(QWidget* parent = nullptr);

    //! Builds the widgets around `model`, whose `idRole` holds each row's id. `name` prefixes objectNames.
    void setUp(QAbstractItemModel* model, int idRole, const QString& name, const Texts& texts);

    virtual void applySearch(const QString& text) = 0;
    virtual void sortBy(int column) = 0;
    //! The column showing the sort indicator, or -1 (none, e.g. while searching).
    virtual int sortColumn() const = 0;
    //! Which way the sort indicator points: newest-first lists point down.
    virtual Qt::SortOrder sortIndicatorOrder() const
    {
        return Qt::AscendingOrder;
    }
    virtual bool isSearching() const = 0;
    virtual void newRecord() = 0;
    //! Opens the record: in an editor, or read only when the profile may not edit.
    virtual void editRecord(qint64 id) = 0;
    //! The delete confirmation for the record in `row`, naming it.
    virtual QString deleteQuestion(int row) const = 0;
    virtual Result<void> removeRecord(qint64 id) = 0;
    virtual QString deletedNotice() const = 0;
    virtual QString computeStatusText() const = 0;
    //! The hint over a list that a search left empty.
    virtual QString noMatchText(const QString& search) const
    {
        return m_texts.noMatchHint.arg(search);
    }

    //! Puts `widget` in the top bar: after the search box and the widgets added before it, or at the end.
    void addToolWidget(QWidget* widget, bool atEnd = false);
    //! Lets the user select several rows (Shift/Ctrl-click); Edit and Delete then need exactly one.
    void setMultiSelection(bool on);
    //! The selected rows, in list order.
    QList<int> selectedRows() const;

    //! Which record actions the acting profile may use; the others are hidden.
    void setAllowed(bool mayCreate, bool mayEdit, bool mayDelete);
    bool mayEdit() const
    {
        return m_mayEdit;
    }
    //! Sizes each column but the last (which stretches) to its loaded content, within [minimum, 2 × minimum].
    void fitColumns(const QList<int>& minimumWidths);
    //! Recomputes the status text and the empty-state hint.
    void updateStatus();
    void showError(const QString& message);
    void clearError();
    QTableView* view() const
    {
        return m_view;
    }

private:
    void triggerEdit();
    void triggerDelete();
    void updateActions();
    void updateHint();
    void updateSortIndicator();
    bool eventFilter(QObject* watched, QEvent* event) override;

    QAbstractItemModel* m_model = nullptr;
    int m_idRole = 0;
    Texts m_texts;
    QLineEdit* m_search = nullptr;
    QHBoxLayout* m_top = nullptr;
    int m_toolWidgets = 0;
    QTableView* m_view = nullptr;
    FieldErrorLabel* m_error = nullptr;
    QLabel* m_hint = nullptr;
    QTimer* m_searchTimer = nullptr;
    QAction* m_new = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_open = nullptr;
    QToolButton* m_newButton = nullptr;
    QToolButton* m_editButton = nullptr;
    QToolButton* m_deleteButton = nullptr;
    QToolButton* m_openButton = nullptr;
    bool m_mayCreate = true;
    bool m_mayEdit = true;
    bool m_mayDelete = true;
    QString m_statusText;
    std::optional<qint64> m_keepId;
};

} // namespace confidant::ui
