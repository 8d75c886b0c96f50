#include "core/crm/CompanyService.h"
#include "core/crm/ContactService.h"

#include "ui/CompanyEditorDialog.h"
#include "ui/CompanyTableModel.h"
#include "ui/ContactEditorDialog.h"
#include "ui/MainWindow.h"
#include "ui/SessionHost.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include "tests/support/TestVault.h"

using namespace confidant;
using confidant::ui::CompanyEditorDialog;
using confidant::ui::CompanyTableModel;
using confidant::ui::MainWindow;

namespace {

QPushButton* saveButton(QDialog& dialog)
{
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
}

} // namespace

class TestCompaniesView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void createEditDeleteThroughTheUi()
    {
        test::TestVault vault;
        QVERIFY(vault.create());
        ui::SessionHost host(vault.clock, nullptr);
        host.start(std::move(vault.session));
        MainWindow window(host);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.findChild<QListWidget*>(QStringLiteral("navigation"))->setCurrentRow(1);
        auto* table = window.findChild<QTableView*>(QStringLiteral("companiesTable"));
        QVERIFY(table->isVisible());
        QCOMPARE(table->model()->rowCount(), 0);
        QTRY_COMPARE(window.findChild<QLabel*>(QStringLiteral("count"))->text(), QStringLiteral("0 companies"));

        // Create: Ctrl+N on the Companies page opens the company editor, not the contact editor.
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        CompanyEditorDialog* editor = nullptr;
        QTRY_VERIFY((editor = window.findChild<CompanyEditorDialog*>()) != nullptr);
        QVERIFY(window.findChild<ui::ContactEditorDialog*>() == nullptr);
        QVERIFY(!saveButton(*editor)->isEnabled());
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("Babbage & Co"));
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("domain")), QStringLiteral("babbage"));
        QVERIFY(editor->findChild<QLabel*>(QStringLiteral("domainError"))->isVisible());
        QVERIFY(!saveButton(*editor)->isEnabled());
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("domain")), QStringLiteral(".example"));
        QVERIFY(!editor->findChild<QLabel*>(QStringLiteral("domainError"))->isVisible());
        QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("city")), QStringLiteral("London"));
        QTest::mouseClick(saveButton(*editor), Qt::LeftButton);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, CompanyTableModel::NameColumn).data().toString(),
                 QStringLiteral("Babbage & Co"));
        QCOMPARE(table->model()->index(0, CompanyTableModel::DomainColumn).data().toString(),
                 QStringLiteral("babbage.example"));
        QTRY_COMPARE(window.findChild<QLabel*>(QStringLiteral("count"))->text(), QStringLiteral("1 company"));
        QTRY_VERIFY(window.findChild<CompanyEditorDialog*>() == nullptr);

        // Edit: Enter on the selected row.
        window.activateWindow(); // the offscreen platform does not hand focus back after a dialog
        QVERIFY(QTest::qWaitForWindowActive(&window));
        table->setFocus();
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_VERIFY((editor = window.findChild<CompanyEditorDialog*>()) != nullptr);
        auto* name = editor->findChild<QLineEdit*>(QStringLiteral("name"));
        QCOMPARE(name->text(), QStringLiteral("Babbage & Co"));
        QCOMPARE(editor->findChild<QLabel*>(QStringLiteral("source"))->toolTip(), QStringLiteral("manual:gui"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Babbage Engines"));
        QTest::mouseClick(saveButton(*editor), Qt::LeftButton);
        QTRY_COMPARE(table->model()->index(0, CompanyTableModel::NameColumn).data().toString(),
                     QStringLiteral("Babbage Engines"));
        QTRY_VERIFY(window.findChild<CompanyEditorDialog*>() == nullptr);

        // Delete: the Delete key asks first, naming the company.
        window.activateWindow(); // the offscreen platform does not hand focus back after a dialog
        QVERIFY(QTest::qWaitForWindowActive(&window));
        table->setFocus();
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_Delete);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox*>(QStringLiteral("deleteConfirmation"))) != nullptr);
        QVERIFY(box->text().contains(QStringLiteral("Babbage Engines")));
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_COMPARE(table->model()->rowCount(), 0);
        QCOMPARE(*host.session()->companies().count(), qint64(0));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("companiesHint"))->isVisible());
    }

    void deletingCompanyKeepsItsContacts()
    {
        test::TestVault vault;
        QVERIFY(vault.create());
        crm::Contact ada;
        ada.givenName = QStringLiteral("Ada");
        ada.companyName = QStringLiteral("Analytical Engines Ltd");
        QVERIFY(vault.session->contacts().create(ada).ok());
        ui::SessionHost host(vault.clock, nullptr);
        host.start(std::move(vault.session));
        MainWindow window(host);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.findChild<QListWidget*>(QStringLiteral("navigation"))->setCurrentRow(1);
        auto* companies = window.findChild<QTableView*>(QStringLiteral("companiesTable"));
        QCOMPARE(companies->model()->index(0, CompanyTableModel::ContactsColumn).data().toString(),
                 QStringLiteral("1"));
        companies->setFocus();
        companies->selectRow(0);
        QTest::keyClick(companies, Qt::Key_Delete);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox*>(QStringLiteral("deleteConfirmation"))) != nullptr);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_COMPARE(companies->model()->rowCount(), 0);

        auto* contacts = window.findChild<QTableView*>(QStringLiteral("contactsTable"));
        QTRY_COMPARE(contacts->model()->index(0, 3).data().toString(), QString());
        QCOMPARE(*host.session()->contacts().count(), qint64(1));
    }

    void contactWithNewCompanyShowsUpOnCompaniesPage()
    {
        test::TestVault vault;
        QVERIFY(vault.create());
        ui::SessionHost host(vault.clock, nullptr);
        host.start(std::move(vault.session));
        MainWindow window(host);
        auto* companies = window.findChild<QTableView*>(QStringLiteral("companiesTable"));
        QCOMPARE(companies->model()->rowCount(), 0);
        crm::Contact ada;
        ada.givenName = QStringLiteral("Ada");
        ada.companyName = QStringLiteral("Analytical Engines Ltd");
        QVERIFY(host.session()->contacts().create(ada).ok());
        QTRY_COMPARE(companies->model()->rowCount(), 1);
        QCOMPARE(companies->model()->index(0, CompanyTableModel::ContactsColumn).data().toString(),
                 QStringLiteral("1"));
    }

    void searchFiltersCompanies()
    {
        test::TestVault vault;
        QVERIFY(vault.create());
        for (const char* name : {"Acme Tools", "Acme Foods", "Brückner AG", "Cobalt Labs"}) {
            crm::Company company;
            company.name = QString::fromUtf8(name);
            QVERIFY(vault.session->companies().create(company).ok());
        }
        ui::SessionHost host(vault.clock, nullptr);
        host.start(std::move(vault.session));
        MainWindow window(host);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QListWidget*>(QStringLiteral("navigation"))->setCurrentRow(1);
        auto* table = window.findChild<QTableView*>(QStringLiteral("companiesTable"));
        QCOMPARE(table->model()->rowCount(), 4);
        QTest::keyClicks(window.findChild<QLineEdit*>(QStringLiteral("companiesSearch")), QStringLiteral("acm"));
        QCOMPARE(table->model()->rowCount(), 4);
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QTRY_COMPARE(window.findChild<QLabel*>(QStringLiteral("count"))->text(),
                     QStringLiteral("2 matching companies"));
    }

    void invalidCompanyCannotBeSaved_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("errorLabel");
        QTest::newRow("domain with a space")
            << QStringLiteral("domain") << QStringLiteral("exa mple.com") << QStringLiteral("domainError");
        QTest::newRow("domain without a dot")
            << QStringLiteral("domain") << QStringLiteral("localhost") << QStringLiteral("domainError");
        QTest::newRow("phone with letters")
            << QStringLiteral("phone") << QStringLiteral("call reception") << QStringLiteral("phoneError");
    }

    void invalidCompanyCannotBeSaved()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, errorLabel);
        test::TestVault vault;
        QVERIFY(vault.create());
        CompanyEditorDialog dialog(vault.session->companies(), crm::Company {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("Acme"));
        QVERIFY(saveButton(dialog)->isEnabled());
        QTest::keyClicks(dialog.findChild<QLineEdit*>(field), text);
        QVERIFY(dialog.findChild<QLabel*>(errorLabel)->isVisible());
        QVERIFY(!saveButton(dialog)->isEnabled());
    }
};

QTEST_MAIN(TestCompaniesView)
#include "TestCompaniesView.moc"
