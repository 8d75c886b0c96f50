#pragma once

#include "ui/EditorDraft.h"
#include "ui/ListPage.h"

#include <QPointer>

class QAction;
class QComboBox;
class QTimer;
class QToolButton;

namespace confidant {
class Session;
}

namespace confidant::ui {

class ChangeNotifier;
class ContactTableModel;

//! The Contacts page of the main window: search, lazy table, create, edit and delete.
class ContactsPage : public ListPage
{
    Q_OBJECT

public:
    ContactsPage(Session& session, ChangeNotifier& notifier, QWidget* parent = nullptr);

    ContactTableModel* model() const
    {
        return m_model;
    }
    void updatePermissions() override;
    //! Adds the unsaved state of every open contact editor to `drafts`.
    void collectDrafts(QList<EditorDraft>& drafts) const;
    //! Opens an editor on `original` (read only when the profile may not edit), with `draft` in its form.
    void openEditor(const crm::Contact& original, const std::optional<crm::Contact>& draft = std::nullopt);
    //! Opens the export dialog on the selected contacts and the applied filter (needs "export").
    void openExport();
    //! Applies the saved contact filter `name` (empty: all contacts).
    void applyFilter(const QString& name);
    //! The saved filter applied to the list, or empty.
    QString filterName() const
    {
        return m_filterName;
    }
    //! The uids of the selected contacts, in list order.
    QStringList selectedUids() const;

protected:
    void applySearch(const QString& text) override;
    void sortBy(int column) override;
    int sortColumn() const override;
    Qt::SortOrder sortIndicatorOrder() const override;
    bool isSearching() const override;
    void newRecord() override;
    void editRecord(qint64 id) override;
    QString deleteQuestion(int row) const override;
    Result<void> removeRecord(qint64 id) override;
    QString deletedNotice() const override;
    QString computeStatusText() const override;
    QString noMatchText(const QString& search) const override;

private:
    void refresh();
    void refreshCount();
    void reloadFilters();
    void editFilter(bool asNew);
    void deleteFilter();

    Session& m_session;
    QPointer<ChangeNotifier> m_notifier;
    ContactTableModel* m_model = nullptr;
    QTimer* m_refreshTimer = nullptr;
    QComboBox* m_filterBox = nullptr;
    QToolButton* m_filterButton = nullptr;
    QAction* m_editFilter = nullptr;
    QAction* m_deleteFilter = nullptr;
    QAction* m_export = nullptr;
    QToolButton* m_exportButton = nullptr;
    QString m_filterName;
    qint64 m_total = 0;
    //! The last delete found the contact under a legal hold: kept, restricted, its erasure queued.
    bool m_deleteKept = false;
};

} // namespace confidant::ui
