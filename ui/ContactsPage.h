#pragma once

#include "ui/EditorDraft.h"
#include "ui/ListPage.h"

class QTimer;

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

private:
    void refresh();
    void refreshCount();

    Session& m_session;
    ContactTableModel* m_model = nullptr;
    QTimer* m_refreshTimer = nullptr;
    qint64 m_total = 0;
};

} // namespace confidant::ui
