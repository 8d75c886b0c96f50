#include "core/Session.h"

#include "ui/ChangeNotifier.h"
#include "ui/NewRequestDialog.h"
#include "ui/RequestsPage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include "tests/support/Screenshot.h"
#include "tests/support/TestVault.h"

using namespace confidant;
using confidant::privacy::Request;
using confidant::privacy::RequestStatus;
using confidant::test::shoot;
using confidant::test::TestVault;
using confidant::ui::NewRequestDialog;
using confidant::ui::RequestsPage;
using confidant::ui::RequestStepDialog;

namespace {

template <typename T>
T* child(QWidget& parent, const char* name)
{
    return parent.findChild<T*>(QString::fromLatin1(name));
}

QStringList rowTexts(QTableWidget& table, int row)
{
    QStringList out;
    for (int column = 0; column < table.columnCount(); ++column) {
        out << table.item(row, column)->text();
    }
    return out;
}

crm::Contact addContact(TestVault& v, const QString& given, const QString& family, const QString& email)
{
    crm::Contact c;
    c.givenName = given;
    c.familyName = family;
    c.emails = {{email, QStringLiteral("work")}};
    auto created = v.session->contacts().create(c);
    return created ? *created : crm::Contact {};
}

void selectInCombo(QComboBox& combo, int value)
{
    combo.setCurrentIndex(combo.findData(value));
}

} // namespace

class TestRequestsUi : public QObject
{
    Q_OBJECT

private slots:
    //! A privacy officer records a GDPR access request about Ada found by typing her email, sees the due
    //! date before saving, verifies, extends and closes it, and the core holds exactly that.
    void recordVerifyExtendClose()
    {
        TestVault v;
        QVERIFY(v.create());
        const crm::Contact ada
            = addContact(v, QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("ada@example.org"));
        addContact(v, QStringLiteral("Charles"), QStringLiteral("Babbage"), QStringLiteral("cb@example.org"));
        ui::ChangeNotifier notifier(v.session->gate());
        RequestsPage page(*v.session, notifier);
        page.resize(1100, 600);
        page.show();

        QVERIFY(!child<QTableWidget>(page, "requestsTable")->isVisible());
        QVERIFY(child<QLabel>(page, "requestsEmpty")->isVisible());
        QCOMPARE(page.statusText(), QStringLiteral("0 open"));

        NewRequestDialog* dialog = page.newRequest();
        QVERIFY(dialog);
        selectInCombo(*child<QComboBox>(*dialog, "requestKind"), static_cast<int>(privacy::RequestKind::Access));
        selectInCombo(*child<QComboBox>(*dialog, "requestJurisdiction"), static_cast<int>(privacy::Jurisdiction::Gdpr));
        // Received on 31 January: GDPR's month ends on the last day of February.
        v.clock.advanceDays(35); // 2026-02-05
        child<QDateEdit>(*dialog, "requestReceived")->setMaximumDate(QDate(2026, 2, 5));
        child<QDateEdit>(*dialog, "requestReceived")->setDate(QDate(2026, 1, 31));
        QCOMPARE(child<QLineEdit>(*dialog, "requestDue")->text(), QStringLiteral("2026-02-28"));
        selectInCombo(*child<QComboBox>(*dialog, "requestJurisdiction"), static_cast<int>(privacy::Jurisdiction::Ccpa));
        QCOMPARE(child<QLineEdit>(*dialog, "requestDue")->text(),
                 QStringLiteral("2026-03-17 (confirm receipt by 2026-02-13)"));
        selectInCombo(*child<QComboBox>(*dialog, "requestJurisdiction"), static_cast<int>(privacy::Jurisdiction::Gdpr));
        child<QLineEdit>(*dialog, "requestRequester")->setText(QStringLiteral("Ada Lovelace, ada@example.org"));
        child<QPlainTextEdit>(*dialog, "requestDetails")->setPlainText(QStringLiteral("Wants a copy of her data"));

        // Finding the contact by typing: only Ada matches her email.
        child<QLineEdit>(*dialog, "requestContactSearch")->setText(QStringLiteral("ada@example.org"));
        auto* matches = child<QListWidget>(*dialog, "requestContactMatches");
        QTRY_COMPARE(matches->count(), 1);
        QCOMPARE(matches->item(0)->text(), QStringLiteral("Ada Lovelace <ada@example.org>"));
        emit matches->itemActivated(matches->item(0));
        QCOMPARE(dialog->contactUids(), QStringList {ada.uid});
        shoot(*dialog, QStringLiteral("requests-new"));

        QTest::mouseClick(child<QPushButton>(*dialog, "saveRequestButton"), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());

        auto stored = v.session->requests().list(privacy::RequestFilter::All);
        QVERIFY(stored);
        QCOMPARE(stored->size(), 1);
        const Request r = stored->first();
        QCOMPARE(r.reference, QStringLiteral("R-2026-0001"));
        QCOMPARE(r.kind, privacy::RequestKind::Access);
        QCOMPARE(Request::dateText(r.receivedAtMs), QStringLiteral("2026-01-31"));
        QCOMPARE(Request::dateText(r.dueAtMs), QStringLiteral("2026-02-28"));
        QCOMPARE(r.requester, QStringLiteral("Ada Lovelace, ada@example.org"));
        QCOMPARE(r.contacts.size(), 1);
        QCOMPARE(r.contacts.first().uid, ada.uid);

        auto* table = child<QTableWidget>(page, "requestsTable");
        QVERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(rowTexts(*table, 0),
                 (QStringList {QStringLiteral("R-2026-0001"),
                               Request::kindLabel(privacy::RequestKind::Access),
                               Request::jurisdictionLabel(privacy::Jurisdiction::Gdpr),
                               QStringLiteral("2026-01-31"),
                               QStringLiteral("2026-02-28"),
                               QStringLiteral("23 days left")}));
        QCOMPARE(page.selectedReference(), QStringLiteral("R-2026-0001"));
        QCOMPARE(child<QLabel>(page, "requestState")->text(),
                 QStringLiteral("Open, identity not verified yet; due 2026-02-28 (23 days left)."));
        QCOMPARE(child<QListWidget>(page, "requestContacts")->item(0)->text(), QStringLiteral("Ada Lovelace"));
        QCOMPARE(page.statusText(), QStringLiteral("1 open"));

        // Closing as completed before verifying is refused by the core, shown in the dialog.
        RequestStepDialog* close = page.startStep(RequestStepDialog::Step::Close);
        QVERIFY(close);
        QTest::mouseClick(child<QPushButton>(*close, "stepOkButton"), Qt::LeftButton);
        QVERIFY(close->isVisible());
        QVERIFY(!child<QLabel>(*close, "stepError")->text().isEmpty());
        close->reject();

        RequestStepDialog* verify = page.startStep(RequestStepDialog::Step::Verify);
        QVERIFY(verify);
        verify->textEdit()->setPlainText(QStringLiteral("Replied from the address on file"));
        QTest::mouseClick(child<QPushButton>(*verify, "stepOkButton"), Qt::LeftButton);
        QTRY_VERIFY(!verify->isVisible());
        auto verified = v.session->requests().find(QStringLiteral("R-2026-0001"));
        QVERIFY(verified);
        QCOMPARE(verified->status, RequestStatus::Verified);
        QCOMPARE(verified->verificationMethod, QStringLiteral("Replied from the address on file"));
        QVERIFY(!child<QPushButton>(page, "verifyButton")->isEnabled());

        RequestStepDialog* extend = page.startStep(RequestStepDialog::Step::Extend);
        QVERIFY(extend);
        extend->textEdit()->setPlainText(QStringLiteral("Records spread over three archives"));
        QTest::mouseClick(child<QPushButton>(*extend, "stepOkButton"), Qt::LeftButton);
        QTRY_VERIFY(!extend->isVisible());
        auto extended = v.session->requests().find(QStringLiteral("R-2026-0001"));
        QVERIFY(extended);
        QCOMPARE(Request::dateText(extended->dueAtMs), QStringLiteral("2026-04-28"));
        QCOMPARE(child<QLabel>(page, "requestState")->text(),
                 QStringLiteral("Open, identity verified; due 2026-04-28 (82 days left).\n"
                                "Extended on 2026-02-05 from 2026-02-28.\n"
                                "Tell the requester about the extension and its reason by 2026-02-28."));
        QVERIFY(child<QPushButton>(page, "toldButton")->isVisible());
        QTest::mouseClick(child<QPushButton>(page, "toldButton"), Qt::LeftButton);
        QVERIFY(!child<QLabel>(page, "requestState")->text().contains(QStringLiteral("Tell the requester")));
        QVERIFY(!child<QPushButton>(page, "extendButton")->isEnabled());
        shoot(page, QStringLiteral("requests-page"));

        close = page.startStep(RequestStepDialog::Step::Close);
        close->outcomeCombo()->setCurrentIndex(
            close->outcomeCombo()->findData(static_cast<int>(privacy::RequestOutcome::Completed)));
        close->textEdit()->setPlainText(QStringLiteral("Package sent by email"));
        QTest::mouseClick(child<QPushButton>(*close, "stepOkButton"), Qt::LeftButton);
        QTRY_VERIFY(!close->isVisible());
        auto closed = v.session->requests().find(QStringLiteral("R-2026-0001"));
        QVERIFY(closed);
        QCOMPARE(closed->status, RequestStatus::Closed);
        QCOMPARE(closed->outcome, std::optional(privacy::RequestOutcome::Completed));
        QCOMPARE(closed->closingNote, QStringLiteral("Package sent by email"));

        // Closed requests leave the "Open" list and show under "All".
        QCOMPARE(table->rowCount(), 0);
        QCOMPARE(page.statusText(), QStringLiteral("0 open"));
        child<QComboBox>(page, "requestFilter")->setCurrentIndex(RequestsPage::AllRow);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 5)->text(), Request::outcomeLabel(privacy::RequestOutcome::Completed));
    }

    //! Overdue requests are bold and counted; the filter narrows the list.
    void overdueIsBoldAndFiltered()
    {
        TestVault v;
        QVERIFY(v.create());
        ui::ChangeNotifier notifier(v.session->gate());
        privacy::NewRequest early;
        early.kind = privacy::RequestKind::Erasure;
        early.jurisdiction = privacy::Jurisdiction::Lgpd; // 15 days
        early.requester = QStringLiteral("someone");
        QVERIFY(v.session->requests().add(early));
        privacy::NewRequest later = early;
        later.jurisdiction = privacy::Jurisdiction::Gdpr;
        QVERIFY(v.session->requests().add(later));
        v.clock.advanceDays(20);

        RequestsPage page(*v.session, notifier);
        auto* table = child<QTableWidget>(page, "requestsTable");
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("R-2026-0001"));
        QVERIFY(table->item(0, 0)->font().bold());
        QCOMPARE(table->item(0, 5)->text(), QStringLiteral("5 days overdue"));
        QVERIFY(!table->item(1, 0)->font().bold());
        QCOMPARE(page.statusText(), QStringLiteral("2 open, 1 overdue"));

        child<QComboBox>(page, "requestFilter")->setCurrentIndex(RequestsPage::OverdueRow);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("R-2026-0001"));
        // LGPD allows no extension: the button is off.
        QVERIFY(!child<QPushButton>(page, "extendButton")->isEnabled());
    }
};

QTEST_MAIN(TestRequestsUi)
#include "TestRequestsUi.moc"
