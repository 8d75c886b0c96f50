#include "core/crm/CompanyService.h"
#include "core/crm/ContactService.h"

#include "ui/ContactEditorDialog.h"
#include "ui/ContactTableModel.h"
#include "ui/ContactsPage.h"
#include "ui/LabeledValueEditor.h"
#include "ui/MainWindow.h"
#include "ui/SessionHost.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

#include "tests/support/TestVault.h"

#include <vector>

using namespace confidant;
using confidant::ui::ContactEditorDialog;
using confidant::ui::ContactTableModel;
using confidant::ui::LabeledValueEditor;
using confidant::ui::MainWindow;

namespace {

crm::Contact person(const QString& given, const QString& family, const QString& email = {})
{
    crm::Contact c;
    c.givenName = given;
    c.familyName = family;
    if (!email.isEmpty()) {
        c.emails = {{email, QStringLiteral("work")}};
    }
    c.source = QStringLiteral("test");
    return c;
}

//! `count` contacts; every `every`-th one (when set) is a Quistgaard, the others Smiths.
bool addPeople(Session& session, int count, int every = 0)
{
    std::vector<crm::Contact> people;
    for (int i = 0; i < count; ++i) {
        const bool special = every > 0 && i % every == 0;
        people.push_back(person(QStringLiteral("Person%1").arg(i, 4, 10, QLatin1Char('0')),
                                special ? QStringLiteral("Quistgaard") : QStringLiteral("Smith")));
    }
    return session.contacts().createMany(people).ok();
}

QLineEdit* firstValue(ContactEditorDialog& dialog, const char* list)
{
    auto* editor = dialog.findChild<LabeledValueEditor*>(QString::fromLatin1(list));
    return editor ? editor->findChild<QLineEdit*>(QStringLiteral("value")) : nullptr;
}

QPushButton* saveButton(QDialog& dialog)
{
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
}

} // namespace

class TestContactsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void editorCreatesContactThatAppearsInTable()
    {
        test::TestVault vault;
        QVERIFY(vault.create());
        ui::SessionHost host(vault.clock, nullptr);
        host.start(std::move(vault.session));
        MainWindow window(host);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* table = window.findChild<QTableView*>(QStringLiteral("contactsTable"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 0);

        ContactEditorDialog dialog(host.session()->contacts(), host.session()->companies(), crm::Contact {}, &window);
        dialog.show();
        QVERIFY(!saveButton(dialog)->isEnabled()); // no name yet
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("givenName")), QStringLiteral("Ada"));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("familyName")), QStringLiteral("Lovelace"));
        QTest::keyClicks(firstValue(dialog, "emails"), QStringLiteral("ada@example.com"));
        QTest::keyClicks(firstValue(dialog, "phones"), QStringLiteral("+44 20 7946 0958"));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("city")), QStringLiteral("London"));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("tags")), QStringLiteral("customer, vip"));
        QVERIFY(saveButton(dialog)->isEnabled());
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        QTRY_COMPARE(table->model()->rowCount(), 1);
        const auto cell = [&](int column) { return table->model()->index(0, column).data().toString(); };
        QCOMPARE(cell(ContactTableModel::NameColumn), QStringLiteral("Lovelace, Ada"));
        QCOMPARE(cell(ContactTableModel::EmailColumn), QStringLiteral("ada@example.com"));
        QCOMPARE(cell(ContactTableModel::PhoneColumn), QStringLiteral("+44 20 7946 0958"));
        QCOMPARE(cell(ContactTableModel::CityColumn), QStringLiteral("London"));
        QTRY_COMPARE(window.findChild<QLabel*>(QStringLiteral("count"))->text(), QStringLiteral("1 contact"));

        auto stored = host.session()->contacts().get(dialog.savedContact().id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->tags, (QStringList {QStringLiteral("customer"), QStringLiteral("vip")}));
    }

    void newContactActionOpensEditorMarkedAsEnteredInApp()
    {
        test::TestVault vault;
        QVERIFY(vault.create());
        ui::SessionHost host(vault.clock, nullptr);
        host.start(std::move(vault.session));
        MainWindow window(host);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        ContactEditorDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ContactEditorDialog*>()) != nullptr);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("familyName")), QStringLiteral("Hopper"));
        QTest::mouseClick(saveButton(*dialog), Qt::LeftButton);
        auto* table = window.findChild<QTableView*>(QStringLiteral("contactsTable"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        auto page = host.session()->contacts().list({});
        QVERIFY(page.ok());
        auto stored = host.session()->contacts().get(page->rows.at(0).id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->source, QStringLiteral("manual:gui"));
    }

    void invalidEmailShowsInlineErrorAndDisablesSave()
    {
        test::TestVault vault;
        QVERIFY(vault.create());
        ContactEditorDialog dialog(vault.session->contacts(), vault.session->companies(), crm::Contact {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* emailError = dialog.findChild<QLabel*>(QStringLiteral("emailError"));
        QVERIFY(emailError);
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("givenName")), QStringLiteral("Ada"));
        QVERIFY(saveButton(dialog)->isEnabled());
        QVERIFY(!emailError->isVisible());

        QTest::keyClicks(firstValue(dialog, "emails"), QStringLiteral("ada@"));
        QVERIFY(emailError->isVisible());
        QVERIFY(emailError->text().contains(QStringLiteral("name@example.com")));
        QVERIFY(!saveButton(dialog)->isEnabled());
        // Save cannot be forced past the check either: nothing is written.
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QCOMPARE(*vault.session->contacts().count(), qint64(0));

        QTest::keyClicks(firstValue(dialog, "emails"), QStringLiteral("example.com"));
        QVERIFY(!emailError->isVisible());
        QVERIFY(saveButton(dialog)->isEnabled());
    }

    void untouchedFieldsShowNoErrorsYet()
    {
        test::TestVault vault;
        QVERIFY(vault.create());
        ContactEditorDialog dialog(vault.session->contacts(), vault.session->companies(), crm::Contact {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* nameError = dialog.findChild<QLabel*>(QStringLiteral("givenError"));
        QVERIFY(!nameError->isVisible());
        QVERIFY(!saveButton(dialog)->isEnabled());
        // Typing a name and removing it again shows why Save is disabled.
        auto* family = dialog.findChild<QLineEdit*>(QStringLiteral("familyName"));
        QTest::keyClicks(family, QStringLiteral("X"));
        QTest::keyClick(family, Qt::Key_Backspace);
        QVERIFY(nameError->isVisible());
        QVERIFY(!saveButton(dialog)->isEnabled());
    }

    void invalidPhoneInSecondRowShowsErrorUnderPhones()
    {
        test::TestVault vault;
        QVERIFY(vault.create());
        ContactEditorDialog dialog(vault.session->contacts(), vault.session->companies(), crm::Contact {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("givenName")), QStringLiteral("Ada"));
        auto* phones = dialog.findChild<LabeledValueEditor*>(QStringLiteral("phones"));
        QTest::keyClicks(phones->findChild<QLineEdit*>(QStringLiteral("value")), QStringLiteral("+44 20 7946 0958"));
        QTest::mouseClick(phones->findChild<QPushButton*>(QStringLiteral("add")), Qt::LeftButton);
        const auto values = phones->findChildren<QLineEdit*>(QStringLiteral("value"));
        QCOMPARE(values.size(), 2);
        QTest::keyClicks(values.at(1), QStringLiteral("call me"));
        auto* phoneError = dialog.findChild<QLabel*>(QStringLiteral("phoneError"));
        QVERIFY(phoneError->isVisible());
        QVERIFY(phoneError->text().contains(QStringLiteral("2")));
        QVERIFY(!saveButton(dialog)->isEnabled());
        QCOMPARE(phones->values().size(), 2);
    }

    void searchBoxNarrowsListAfterDebounce()
    {
        test::TestVault vault;
        QVERIFY(vault.create());
        QVERIFY(addPeople(*vault.session, 300, 50)); // 6 Quistgaards
        ui::SessionHost host(vault.clock, nullptr);
        host.start(std::move(vault.session));
        MainWindow window(host);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* table = window.findChild<QTableView*>(QStringLiteral("contactsTable"));
        auto* search = window.findChild<QLineEdit*>(QStringLiteral("contactsSearch"));
        QCOMPARE(table->model()->rowCount(), ContactTableModel::kPageSize);

        QTest::keyClicks(search, QStringLiteral("quistg"));
        // Debounced: nothing is queried while the user is still typing.
        QCOMPARE(table->model()->rowCount(), ContactTableModel::kPageSize);
        QTRY_COMPARE(table->model()->rowCount(), 6);
        for (int row = 0; row < 6; ++row) {
            QVERIFY(table->model()->index(row, 0).data().toString().startsWith(QStringLiteral("Quistgaard")));
        }
        QTRY_COMPARE(window.findChild<QLabel*>(QStringLiteral("count"))->text(), QStringLiteral("6 matching contacts"));

        QTest::keyClicks(search, QStringLiteral("zzz"));
        QTRY_COMPARE(table->model()->rowCount(), 0);
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("contactsHint"))->isVisible());

        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(search->text(), QString());
        QTRY_COMPARE(table->model()->rowCount(), ContactTableModel::kPageSize);
    }

    void ctrlFFocusesSearch()
    {
        test::TestVault vault;
        QVERIFY(vault.create());
        ui::SessionHost host(vault.clock, nullptr);
        host.start(std::move(vault.session));
        MainWindow window(host);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* search = window.findChild<QLineEdit*>(QStringLiteral("contactsSearch"));
        QVERIFY(!search->hasFocus());
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
    }

    void modelLoadsOnePageUntilScrolled()
    {
        test::TestVault vault;
        QVERIFY(vault.create());
        QVERIFY(addPeople(*vault.session, 1000));
        ui::SessionHost host(vault.clock, nullptr);
        host.start(std::move(vault.session));
        MainWindow window(host);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* table = window.findChild<QTableView*>(QStringLiteral("contactsTable"));
        auto* model = qobject_cast<ContactTableModel*>(table->model());
        QVERIFY(model);
        QCOMPARE(model->rowCount(), 200);
        QVERIFY(model->canFetchMore({}));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("count"))->text(),
                 QStringLiteral("%1 contacts").arg(QLocale().toString(1000)));

        table->scrollToBottom(); // the view asks for more when it reaches the end
        QTRY_COMPARE(model->rowCount(), 400);
        model->fetchMore({});
        model->fetchMore({});
        model->fetchMore({});
        QCOMPARE(model->rowCount(), 1000);
        QVERIFY(!model->canFetchMore({}));
        // Pages join without gaps or repeats.
        QSet<qint64> ids;
        for (int row = 0; row < model->rowCount(); ++row) {
            ids.insert(model->index(row, 0).data(ContactTableModel::IdRole).toLongLong());
        }
        QCOMPARE(ids.size(), 1000);
    }

    void refreshAfterWriteKeepsLoadedRows()
    {
        test::TestVault vault;
        QVERIFY(vault.create());
        QVERIFY(addPeople(*vault.session, 500));
        ui::SessionHost host(vault.clock, nullptr);
        host.start(std::move(vault.session));
        MainWindow window(host);
        auto* model = window.contactsPage()->model();
        model->fetchMore({});
        QCOMPARE(model->rowCount(), 400);
        QVERIFY(host.session()->contacts().create(person(QStringLiteral("Zoe"), QStringLiteral("Zander"))).ok());
        QTRY_COMPARE(model->rowCount(), 400);
        QVERIFY(model->canFetchMore({}));
        model->fetchMore({});
        QCOMPARE(model->rowCount(), 501);
        QCOMPARE(model->index(500, 0).data().toString(), QStringLiteral("Zander, Zoe"));
    }

    void headerClickSortsByGivenNameThenUpdated()
    {
        test::TestVault vault;
        QVERIFY(vault.create());
        QVERIFY(vault.session->contacts().create(person(QStringLiteral("Zed"), QStringLiteral("Adams"))).ok());
        vault.clock.advanceMs(1000);
        QVERIFY(vault.session->contacts().create(person(QStringLiteral("Amy"), QStringLiteral("Young"))).ok());
        vault.clock.advanceMs(1000);
        QVERIFY(vault.session->contacts().create(person(QStringLiteral("Max"), QStringLiteral("Miller"))).ok());
        ui::SessionHost host(vault.clock, nullptr);
        host.start(std::move(vault.session));
        MainWindow window(host);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* table = window.findChild<QTableView*>(QStringLiteral("contactsTable"));
        QHeaderView* header = table->horizontalHeader();
        const auto firstName = [&] { return table->model()->index(0, 0).data().toString(); };
        const auto clickHeader = [&](int section) {
            QTest::mouseClick(header->viewport(),
                              Qt::LeftButton,
                              {},
                              QPoint(header->sectionViewportPosition(section) + 5, header->height() / 2));
        };
        QCOMPARE(firstName(), QStringLiteral("Adams, Zed"));

        clickHeader(ContactTableModel::NameColumn);
        QCOMPARE(firstName(), QStringLiteral("Amy Young"));
        QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name (given, family)"));

        clickHeader(ContactTableModel::UpdatedColumn);
        QCOMPARE(firstName(), QStringLiteral("Miller, Max"));
        QCOMPARE(header->sortIndicatorSection(), int(ContactTableModel::UpdatedColumn));

        clickHeader(ContactTableModel::EmailColumn); // not sortable: order and indicator stay
        QCOMPARE(firstName(), QStringLiteral("Miller, Max"));
        QCOMPARE(header->sortIndicatorSection(), int(ContactTableModel::UpdatedColumn));
    }

    void enterEditsAndDeleteKeyDeletesAfterConfirmation()
    {
        test::TestVault vault;
        QVERIFY(vault.create());
        QVERIFY(
            vault.session->contacts()
                .create(person(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("ada@example.org")))
                .ok());
        QVERIFY(vault.session->contacts().create(person(QStringLiteral("Alan"), QStringLiteral("Turing"))).ok());
        ui::SessionHost host(vault.clock, nullptr);
        host.start(std::move(vault.session));
        MainWindow window(host);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* table = window.findChild<QTableView*>(QStringLiteral("contactsTable"));
        table->setFocus();
        table->selectRow(0);

        QTest::keyClick(table, Qt::Key_Return);
        ContactEditorDialog* editor = nullptr;
        QTRY_VERIFY((editor = window.findChild<ContactEditorDialog*>()) != nullptr);
        auto* family = editor->findChild<QLineEdit*>(QStringLiteral("familyName"));
        QCOMPARE(family->text(), QStringLiteral("Lovelace"));
        QCOMPARE(editor->findChild<QLabel*>(QStringLiteral("source"))->toolTip(), QStringLiteral("test"));
        QVERIFY(!editor->findChild<QLabel*>(QStringLiteral("created"))->text().isEmpty());
        family->selectAll();
        QTest::keyClicks(family, QStringLiteral("King"));
        QTest::mouseClick(saveButton(*editor), Qt::LeftButton);
        QTRY_COMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("King, Ada"));
        QTRY_VERIFY(window.findChild<ContactEditorDialog*>() == nullptr);

        // The edited contact stays selected after the reload; Delete asks first, naming it.
        window.activateWindow(); // the offscreen platform does not hand focus back after a dialog
        QVERIFY(QTest::qWaitForWindowActive(&window));
        table->setFocus();
        QCOMPARE(table->currentIndex().row(), 0);
        QTest::keyClick(table, Qt::Key_Delete);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox*>(QStringLiteral("deleteConfirmation"))) != nullptr);
        QVERIFY(box->text().contains(QStringLiteral("Ada King")));
        // Deleting a person is an erasure, and the question says what stays.
        QVERIFY2(box->text().contains(QStringLiteral("erases")), qPrintable(box->text()));
        QVERIFY2(box->text().contains(QStringLiteral("suppression list")), qPrintable(box->text()));
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QCOMPARE(*host.session()->contacts().count(), qint64(2));
        QTRY_VERIFY(window.findChild<QMessageBox*>(QStringLiteral("deleteConfirmation")) == nullptr);

        window.activateWindow(); // the offscreen platform does not hand focus back after a dialog
        QVERIFY(QTest::qWaitForWindowActive(&window));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Delete);
        QTRY_VERIFY((box = window.findChild<QMessageBox*>(QStringLiteral("deleteConfirmation"))) != nullptr);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Turing, Alan"));
        QCOMPARE(*host.session()->contacts().count(), qint64(1));
        auto suppressed = host.session()->suppression().check(QStringLiteral("ada@example.org"));
        QVERIFY(suppressed);
        QVERIFY(suppressed->has_value());
        QCOMPARE(host.session()->erasure().receipts()->size(), 1);
    }

    void typingNewCompanyCreatesItAndPickingExistingReusesIt()
    {
        test::TestVault vault;
        QVERIFY(vault.create());
        crm::Company existing;
        existing.name = QStringLiteral("Analytical Engines Ltd");
        QVERIFY(vault.session->companies().create(existing).ok());

        ContactEditorDialog first(vault.session->contacts(), vault.session->companies(), crm::Contact {});
        first.show();
        QTest::keyClicks(first.findChild<QLineEdit*>(QStringLiteral("givenName")), QStringLiteral("Ada"));
        auto* company = first.findChild<QComboBox*>(QStringLiteral("company"));
        QCOMPARE(company->count(), 1);
        company->setFocus();
        QTest::keyClicks(company->lineEdit(), QStringLiteral("Difference Works"));
        QVERIFY(first.findChild<QLabel*>(QStringLiteral("companyHint"))->isVisible());
        QTest::mouseClick(saveButton(first), Qt::LeftButton);
        QCOMPARE(first.result(), int(QDialog::Accepted));
        QCOMPARE(*vault.session->companies().count(), qint64(2));
        QCOMPARE(first.savedContact().companyName, QStringLiteral("Difference Works"));

        ContactEditorDialog second(vault.session->contacts(), vault.session->companies(), crm::Contact {});
        second.show();
        QTest::keyClicks(second.findChild<QLineEdit*>(QStringLiteral("givenName")), QStringLiteral("Charles"));
        auto* company2 = second.findChild<QComboBox*>(QStringLiteral("company"));
        company2->setCurrentIndex(company2->findText(QStringLiteral("Analytical Engines Ltd")));
        QVERIFY(!second.findChild<QLabel*>(QStringLiteral("companyHint"))->isVisible());
        QTest::mouseClick(saveButton(second), Qt::LeftButton);
        QCOMPARE(second.result(), int(QDialog::Accepted));
        QCOMPARE(*vault.session->companies().count(), qint64(2));
        auto stored = vault.session->contacts().get(second.savedContact().id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->companyName, QStringLiteral("Analytical Engines Ltd"));
    }

    void clearingCompanyRemovesIt()
    {
        test::TestVault vault;
        QVERIFY(vault.create());
        crm::Contact c = person(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        c.companyName = QStringLiteral("Analytical Engines Ltd");
        auto created = vault.session->contacts().create(c);
        QVERIFY(created.ok());
        auto loaded = vault.session->contacts().get(created->id);
        QVERIFY(loaded.ok());
        ContactEditorDialog dialog(vault.session->contacts(), vault.session->companies(), *loaded);
        dialog.show();
        auto* company = dialog.findChild<QComboBox*>(QStringLiteral("company"));
        QCOMPARE(company->currentText(), QStringLiteral("Analytical Engines Ltd"));
        company->lineEdit()->clear();
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        auto stored = vault.session->contacts().get(created->id);
        QVERIFY(stored.ok());
        QVERIFY(!stored->companyId.has_value());
    }

    void editingKeepsEveryField()
    {
        test::TestVault vault;
        QVERIFY(vault.create());
        crm::Contact c = person(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("ada@example.com"));
        c.emails.append({QStringLiteral("ada@home.example"), QStringLiteral("home")});
        c.phones = {{QStringLiteral("+44 20 7946 0958"), QStringLiteral("mobile")}};
        c.street = QStringLiteral("12 St James's Square");
        c.postcode = QStringLiteral("SW1Y 4JH");
        c.city = QStringLiteral("London");
        c.region = QStringLiteral("Greater London");
        c.country = QStringLiteral("United Kingdom");
        c.jobTitle = QStringLiteral("Analyst");
        c.companyName = QStringLiteral("Analytical Engines Ltd");
        c.notes = QStringLiteral("Met at the Royal Society.\nFollow up in spring.");
        c.tags = {QStringLiteral("customer"), QStringLiteral("vip")};
        auto created = vault.session->contacts().create(c);
        QVERIFY(created.ok());
        auto before = vault.session->contacts().get(created->id);
        QVERIFY(before.ok());

        ContactEditorDialog dialog(vault.session->contacts(), vault.session->companies(), *before);
        dialog.show();
        QVERIFY(saveButton(dialog)->isEnabled());
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        auto after = vault.session->contacts().get(created->id);
        QVERIFY(after.ok());
        QCOMPARE(after->givenName, before->givenName);
        QCOMPARE(after->emails, before->emails);
        QCOMPARE(after->phones, before->phones);
        QCOMPARE(after->street, before->street);
        QCOMPARE(after->postcode, before->postcode);
        QCOMPARE(after->city, before->city);
        QCOMPARE(after->region, before->region);
        QCOMPARE(after->country, before->country);
        QCOMPARE(after->jobTitle, before->jobTitle);
        QCOMPARE(after->companyId, before->companyId);
        QCOMPARE(after->notes, before->notes);
        QCOMPARE(after->tags, before->tags);
        QCOMPARE(after->source, before->source);
    }
};

QTEST_MAIN(TestContactsView)
#include "TestContactsView.moc"
