#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace confidant {
class Session;
}

namespace confidant::ui {

class ChangeNotifier;
class CompaniesPage;
class ContactsPage;
class ListPage;

//! The main window: a navigation list on the left (Contacts, Companies), the chosen page on the right,
//! and the page's count in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Session& session, QWidget* parent = nullptr);

    ContactsPage* contactsPage() const
    {
        return m_contacts;
    }
    CompaniesPage* companiesPage() const
    {
        return m_companies;
    }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void showPage(int index);
    void createMenus();
    ListPage* currentPage() const;

    Session& m_session;
    ChangeNotifier* m_notifier = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    ContactsPage* m_contacts = nullptr;
    CompaniesPage* m_companies = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace confidant::ui
