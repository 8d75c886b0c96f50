#include "core/Session.h"

#include "ui/CompaniesPage.h"
#include "ui/CompanyEditorDialog.h"
#include "ui/ConsentCaptureWidget.h"
#include "ui/ConsentPanel.h"
#include "ui/ConsentRecordDialog.h"
#include "ui/ContactEditorDialog.h"
#include "ui/ContactsPage.h"
#include "ui/MainWindow.h"
#include "ui/SessionHost.h"

#include <QBuffer>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include "tests/support/Screenshot.h"
#include "tests/support/TestVault.h"

using namespace confidant;
using confidant::privacy::ConsentEventKind;
using confidant::privacy::ConsentMethod;
using confidant::privacy::ConsentStatus;
using confidant::ui::CompanyEditorDialog;
using confidant::ui::ConsentCaptureWidget;
using confidant::ui::ConsentPanel;
using confidant::ui::ConsentRecordDialog;
using confidant::ui::ContactEditorDialog;
using confidant::ui::MainWindow;
using confidant::ui::SessionHost;

namespace {

using confidant::test::shoot;

crm::Contact person(const QString& given, const QString& family)
{
    crm::Contact c;
    c.givenName = given;
    c.familyName = family;
    c.emails = {{given.toLower() + QStringLiteral("@example.org"), QStringLiteral("work")}};
    c.source = QStringLiteral("test");
    return c;
}

struct Window
{
    test::TestVault vault;
    std::unique_ptr<SessionHost> host;
    std::unique_ptr<MainWindow> window;
    crm::Contact ada;
    crm::Contact grace;

    bool open(const QString& asProfile = {}, security::Role role = security::Role::Owner)
    {
        if (!vault.create() || !vault.session->settings().setBackupSchedule({false, 24, 7}).ok()) {
            return false;
        }
        Session& s = *vault.session;
        auto a = s.contacts().create(person(QStringLiteral("Ada"), QStringLiteral("Lovelace")));
        auto g = s.contacts().create(person(QStringLiteral("Grace"), QStringLiteral("Hopper")));
        if (!a || !g) {
            return false;
        }
        ada = *a;
        grace = *g;
        if (!asProfile.isEmpty() && !s.profiles().add(asProfile, role, storage::SecretBuffer())) {
            return false;
        }
        host = std::make_unique<SessionHost>(vault.clock, nullptr);
        host->start(std::move(vault.session));
        if (!asProfile.isEmpty() && !host->actAs(asProfile, storage::SecretBuffer())) {
            return false;
        }
        window = std::make_unique<MainWindow>(*host);
        window->resize(1100, 640);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }
    Session& session()
    {
        return *host->session();
    }
    //! Opens the editor of `contact` from the contacts page, as a double click does.
    ContactEditorDialog* edit(const crm::Contact& contact)
    {
        window->contactsPage()->openEditor(contact);
        const auto editors = window->contactsPage()->findChildren<ContactEditorDialog*>();
        return editors.isEmpty() ? nullptr : editors.constLast();
    }
    privacy::PurposeId purpose(const QString& name)
    {
        auto p = session().purposes().find(name);
        return p ? p->id : privacy::PurposeId {};
    }
};

// Clicks `button` and counts it.
void click(QAbstractButton* button, int& clicks)
{
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    ++clicks;
}

ConsentRecordDialog* openRecordDialog(QWidget* parent)
{
    const auto dialogs = parent->findChildren<ConsentRecordDialog*>();
    for (ConsentRecordDialog* dialog : dialogs) {
        if (dialog->isVisible()) {
            return dialog;
        }
    }
    return nullptr;
}

void saveEditor(ContactEditorDialog* editor)
{
    auto* buttons = editor->findChild<QDialogButtonBox*>();
    QVERIFY(buttons);
    QPushButton* save = buttons->button(QDialogButtonBox::Save);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(editor->result(), int(QDialog::Accepted));
}

} // namespace

class TestConsentUi : public QObject
{
    Q_OBJECT

private slots:
    void withdrawingTakesAsManyClicksAsGranting();
    void historyShowsWhoHowAndEvidence();
    void newContactEditorRecordsConsentInTheSameStep();
    void newContactWithoutTicksRecordsNoConsent();
    void readOnlyProfileSeesConsentButNoButtons();
    void refusedRecordingKeepsTheDialogOpenWithTheReason();
    void switchedOffFieldsAreHiddenInTheEditor();
    void noticeShownFromTheTabIsRecordedThere();
};

void TestConsentUi::withdrawingTakesAsManyClicksAsGranting()
{
    Window w;
    QVERIFY(w.open());
    ContactEditorDialog* editor = w.edit(w.ada);
    QVERIFY(editor);
    auto* tabs = editor->findChild<QTabWidget*>(QStringLiteral("editorTabs"));
    QVERIFY(tabs);
    auto* panel = editor->findChild<ConsentPanel*>(QStringLiteral("consentPanel"));
    QVERIFY(panel);
    tabs->setCurrentWidget(panel);
    const privacy::PurposeId newsletter = w.purpose(QStringLiteral("Newsletter"));
    QVERIFY(newsletter.value != 0);
    int row = panel->rowOf(QStringLiteral("Newsletter"));
    QVERIFY(row >= 0);
    QVERIFY(!panel->actionButton(row, ConsentEventKind::Withdrawn)); // nothing to withdraw yet

    // Granting: the row's button, then the dialog's record button.
    int grantClicks = 0;
    click(panel->actionButton(row, ConsentEventKind::Granted), grantClicks);
    ConsentRecordDialog* dialog = openRecordDialog(panel);
    QVERIFY(dialog);
    QCOMPARE(dialog->kind(), ConsentEventKind::Granted);
    shoot(*dialog, QStringLiteral("consent-grant-dialog"));
    click(dialog->findChild<QPushButton*>(QStringLiteral("recordConsentButton")), grantClicks);
    QTRY_VERIFY(!openRecordDialog(panel));
    auto state = w.session().consents().state(w.ada.id, newsletter);
    QVERIFY(state);
    QCOMPARE(state->status, ConsentStatus::Given);
    shoot(*editor, QStringLiteral("consent-tab"));

    // Withdrawing: the same row now offers Withdraw…, and takes the same two clicks.
    row = panel->rowOf(QStringLiteral("Newsletter"));
    QVERIFY(!panel->actionButton(row, ConsentEventKind::Granted));
    int withdrawClicks = 0;
    click(panel->actionButton(row, ConsentEventKind::Withdrawn), withdrawClicks);
    dialog = openRecordDialog(panel);
    QVERIFY(dialog);
    QCOMPARE(dialog->kind(), ConsentEventKind::Withdrawn);
    click(dialog->findChild<QPushButton*>(QStringLiteral("recordConsentButton")), withdrawClicks);
    QTRY_VERIFY(!openRecordDialog(panel));
    QCOMPARE(withdrawClicks, grantClicks);
    QCOMPARE(grantClicks, 2);

    state = w.session().consents().state(w.ada.id, newsletter);
    QVERIFY(state);
    QCOMPARE(state->status, ConsentStatus::Withdrawn);
    QVERIFY(state->latest);
    QCOMPARE(state->latest->recordedBy, w.session().actor().uid);
    QCOMPARE(state->latest->atMs, w.vault.clock.nowMs());
    row = panel->rowOf(QStringLiteral("Newsletter"));
    auto* states = panel->findChild<QTableWidget*>(QStringLiteral("consentStates"));
    QCOMPARE(states->item(row, ConsentPanel::StatusColumn)->text(),
             privacy::ConsentService::statusLabel(ConsentStatus::Withdrawn));
    QVERIFY(panel->actionButton(row, ConsentEventKind::Granted)); // and it can be given again

    // The gated export for the purpose leaves Ada out, saying why; Grace (never asked) is left out too.
    auto report = w.session().purposeGate().check(QStringLiteral("Newsletter"), {w.ada.id, w.grace.id});
    QVERIFY(report);
    QVERIFY(report->kept.isEmpty());
    QCOMPARE(report->leftOutFor(privacy::GateReason::ConsentWithdrawn), 1);
    QCOMPARE(report->leftOutFor(privacy::GateReason::NoConsent), 1);
    // Grace consents: the export now holds her and not Ada.
    QVERIFY(w.session().consents().grant(w.grace.id, newsletter, {ConsentMethod::WebForm, {}, {}, {}, {}}));
    QBuffer out;
    QVERIFY(out.open(QIODevice::WriteOnly));
    crm::ExportSelection selection;
    selection.purpose = QStringLiteral("Newsletter");
    auto written = w.session().exports().exportContacts(crm::ExportFormat::Csv, selection, out);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    QCOMPARE(*written, 1);
    QVERIFY(out.data().contains("Hopper"));
    QVERIFY(!out.data().contains("Lovelace"));
    editor->reject();
}

void TestConsentUi::historyShowsWhoHowAndEvidence()
{
    Window w;
    QVERIFY(w.open());
    const privacy::PurposeId newsletter = w.purpose(QStringLiteral("Newsletter"));
    QVERIFY(w.session().consents().grant(
        w.ada.id, newsletter, {ConsentMethod::Paper, {}, QStringLiteral("Form 2026/14"), {}, {}}));
    w.vault.clock.advanceMs(60'000);
    ContactEditorDialog* editor = w.edit(w.ada);
    QVERIFY(editor);
    auto* panel = editor->findChild<ConsentPanel*>(QStringLiteral("consentPanel"));
    QVERIFY(panel);
    editor->findChild<QTabWidget*>(QStringLiteral("editorTabs"))->setCurrentWidget(panel);
    const int row = panel->rowOf(QStringLiteral("Newsletter"));
    int clicks = 0;
    click(panel->actionButton(row, ConsentEventKind::Withdrawn), clicks);
    ConsentRecordDialog* dialog = openRecordDialog(panel);
    QVERIFY(dialog);
    auto* method = dialog->findChild<QComboBox*>(QStringLiteral("consentMethod"));
    method->setCurrentIndex(method->findData(static_cast<int>(ConsentMethod::Email)));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("consentEvidence")), QStringLiteral("Mail of 3 May"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("recordConsentButton")), Qt::LeftButton);

    auto* history = panel->findChild<QTableWidget*>(QStringLiteral("consentHistory"));
    QTRY_COMPARE(history->rowCount(), 2);
    // Newest first: the withdrawal by email, then the paper grant.
    QCOMPARE(history->item(0, 2)->text(), privacy::ConsentService::kindLabel(ConsentEventKind::Withdrawn));
    QCOMPARE(history->item(0, 3)->text(), privacy::ConsentService::methodLabel(ConsentMethod::Email));
    QCOMPARE(history->item(0, 6)->text(), QStringLiteral("Mail of 3 May"));
    QCOMPARE(history->item(1, 2)->text(), privacy::ConsentService::kindLabel(ConsentEventKind::Granted));
    QCOMPARE(history->item(1, 3)->text(), privacy::ConsentService::methodLabel(ConsentMethod::Paper));
    QCOMPARE(history->item(1, 6)->text(), QStringLiteral("Form 2026/14"));
    QVERIFY(!w.session().actor().name.isEmpty());
    QCOMPARE(history->item(0, 5)->text(), w.session().actor().name);
    auto events = w.session().consents().history(w.ada.id);
    QVERIFY(events);
    QCOMPARE(events->size(), 2);
    QCOMPARE(events->at(0).evidence, QStringLiteral("Mail of 3 May"));
    editor->reject();
}

void TestConsentUi::newContactEditorRecordsConsentInTheSameStep()
{
    Window w;
    QVERIFY(w.open());
    crm::Contact fresh;
    fresh.source = QStringLiteral("manual:gui");
    ContactEditorDialog* editor = w.edit(fresh);
    QVERIFY(editor);
    QVERIFY(!editor->findChild<ConsentPanel*>()); // no ledger before the contact exists
    auto* capture = editor->findChild<ConsentCaptureWidget*>(QStringLiteral("consentCapture"));
    QVERIFY(capture);
    // Only purposes that need consent are offered (Invoicing rests on the contract).
    QVERIFY(capture->purposeNames().contains(QStringLiteral("Newsletter")));
    QVERIFY(!capture->purposeNames().contains(QStringLiteral("Invoicing")));
    QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("givenName")), QStringLiteral("Katherine"));
    QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("familyName")), QStringLiteral("Johnson"));
    QVERIFY(capture->setChecked(QStringLiteral("Newsletter"), true));
    auto* method = capture->findChild<QComboBox*>(QStringLiteral("consentMethod"));
    method->setCurrentIndex(method->findData(static_cast<int>(ConsentMethod::Verbal)));
    QTest::keyClicks(capture->findChild<QLineEdit*>(QStringLiteral("consentEvidence")), QStringLiteral("At the fair"));
    auto* expiry = capture->findChild<QComboBox*>(QStringLiteral("consentExpiry"));
    expiry->setCurrentIndex(expiry->findData(12));
    auto* tabs = editor->findChild<QTabWidget*>(QStringLiteral("editorTabs"));
    tabs->setCurrentWidget(capture);
    shoot(*editor, QStringLiteral("consent-capture"));
    saveEditor(editor);

    const crm::Contact saved = editor->savedContact();
    QVERIFY(saved.id.value != 0);
    auto state = w.session().consents().state(saved.id, w.purpose(QStringLiteral("Newsletter")));
    QVERIFY(state);
    QCOMPARE(state->status, ConsentStatus::Given);
    QVERIFY(state->latest);
    QCOMPARE(state->latest->method, ConsentMethod::Verbal);
    QCOMPARE(state->latest->evidence, QStringLiteral("At the fair"));
    QCOMPARE(*state->latest->expiresAtMs, w.vault.clock.nowUtc().addMonths(12).toMSecsSinceEpoch());
    auto events = w.session().consents().history(saved.id);
    QVERIFY(events);
    QCOMPARE(events->size(), 1);
}

void TestConsentUi::newContactWithoutTicksRecordsNoConsent()
{
    Window w;
    QVERIFY(w.open());
    crm::Contact fresh;
    fresh.source = QStringLiteral("manual:gui");
    ContactEditorDialog* editor = w.edit(fresh);
    QVERIFY(editor);
    auto* capture = editor->findChild<ConsentCaptureWidget*>(QStringLiteral("consentCapture"));
    QVERIFY(capture);
    QVERIFY(!capture->hasCaptures());
    QVERIFY(!capture->findChild<QComboBox*>(QStringLiteral("consentMethod"))->isEnabled());
    QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("givenName")), QStringLiteral("Mary"));
    saveEditor(editor);
    const crm::Contact saved = editor->savedContact();
    QVERIFY(saved.id.value != 0);
    auto events = w.session().consents().history(saved.id);
    QVERIFY(events);
    QVERIFY(events->isEmpty());
}

void TestConsentUi::readOnlyProfileSeesConsentButNoButtons()
{
    Window w;
    QVERIFY(w.open(QStringLiteral("viewer"), security::Role::ReadOnly));
    // Recorded by the owner before; the viewer sees it.
    ContactEditorDialog* editor = w.edit(w.ada);
    QVERIFY(editor);
    QVERIFY(editor->isReadOnly());
    auto* panel = editor->findChild<ConsentPanel*>(QStringLiteral("consentPanel"));
    QVERIFY(panel);
    const int row = panel->rowOf(QStringLiteral("Newsletter"));
    QVERIFY(row >= 0);
    QVERIFY(!panel->actionButton(row, ConsentEventKind::Granted));
    QVERIFY(!panel->findChild<QPushButton*>(QStringLiteral("showNoticeButton"))->isVisibleTo(panel));
    // And the core refuses anyway.
    auto refused = w.session().consents().grant(w.ada.id, w.purpose(QStringLiteral("Newsletter")), {});
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::Denied);
    editor->reject();
}

void TestConsentUi::refusedRecordingKeepsTheDialogOpenWithTheReason()
{
    Window w;
    QVERIFY(w.open());
    ContactEditorDialog* editor = w.edit(w.ada);
    auto* panel = editor->findChild<ConsentPanel*>(QStringLiteral("consentPanel"));
    const int row = panel->rowOf(QStringLiteral("Newsletter"));
    QTest::mouseClick(panel->actionButton(row, ConsentEventKind::Granted), Qt::LeftButton);
    ConsentRecordDialog* dialog = openRecordDialog(panel);
    QVERIFY(dialog);
    // Meanwhile the purpose is archived (another window, another profile): the grant is refused.
    QVERIFY(w.session().purposes().setArchived(w.purpose(QStringLiteral("Newsletter")), true));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("recordConsentButton")), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("consentError"));
    QVERIFY(error);
    QVERIFY(!error->text().isEmpty());
    auto events = w.session().consents().history(w.ada.id);
    QVERIFY(events);
    QVERIFY(events->isEmpty());
    dialog->reject();
    editor->reject();
}

void TestConsentUi::switchedOffFieldsAreHiddenInTheEditor()
{
    Window w;
    QVERIFY(w.open());
    QVERIFY(w.session().fieldSettings().set(QStringLiteral("contact.birthday"), false, std::nullopt));
    QVERIFY(w.session().fieldSettings().set(QStringLiteral("contact.notes"), false, std::nullopt));
    ContactEditorDialog* editor = w.edit(w.ada);
    QVERIFY(editor);
    QVERIFY(!editor->findChild<QLineEdit*>(QStringLiteral("birthday"))->isVisibleTo(editor));
    QVERIFY(!editor->findChild<QWidget*>(QStringLiteral("notes"))->isVisibleTo(editor));
    QVERIFY(editor->findChild<QLineEdit*>(QStringLiteral("city"))->isVisibleTo(editor));
    editor->reject();
    // Switched on again, the field is back.
    QVERIFY(w.session().fieldSettings().set(QStringLiteral("contact.birthday"), true, std::nullopt));
    editor = w.edit(w.ada);
    QVERIFY(editor->findChild<QLineEdit*>(QStringLiteral("birthday"))->isVisibleTo(editor));
    editor->reject();

    // The company editor too.
    QVERIFY(w.session().fieldSettings().set(QStringLiteral("company.domain"), false, std::nullopt));
    crm::Company acme;
    acme.name = QStringLiteral("Acme");
    w.window->companiesPage()->openEditor(acme);
    auto* companyEditor = w.window->companiesPage()->findChild<CompanyEditorDialog*>();
    QVERIFY(companyEditor);
    QVERIFY(!companyEditor->findChild<QLineEdit*>(QStringLiteral("domain"))->isVisibleTo(companyEditor));
    QVERIFY(companyEditor->findChild<QLineEdit*>(QStringLiteral("city"))->isVisibleTo(companyEditor));
    companyEditor->reject();
}

void TestConsentUi::noticeShownFromTheTabIsRecordedThere()
{
    Window w;
    QVERIFY(w.open());
    privacy::NoticeDraft draft;
    draft.language = QStringLiteral("en");
    draft.title = QStringLiteral("How we use your data");
    draft.body = QStringLiteral("We keep your name and email to send the newsletter.");
    auto notice = w.session().notices().create(draft);
    QVERIFY(notice);
    QVERIFY(w.session().notices().publish(notice->id));

    ContactEditorDialog* editor = w.edit(w.ada);
    auto* panel = editor->findChild<ConsentPanel*>(QStringLiteral("consentPanel"));
    editor->findChild<QTabWidget*>(QStringLiteral("editorTabs"))->setCurrentWidget(panel);
    auto* state = panel->findChild<QLabel*>(QStringLiteral("noticeState"));
    QVERIFY(state->text().contains(QStringLiteral("not recorded")));
    QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("showNoticeButton")), Qt::LeftButton);
    QDialog* noticePanel = nullptr;
    QTRY_VERIFY((noticePanel = editor->findChild<QDialog*>(QStringLiteral("noticePanel"))) != nullptr);
    QVERIFY(noticePanel->isVisible());
    auto* record = noticePanel->findChild<QPushButton*>(QStringLiteral("recordAck"));
    QVERIFY(record);
    shoot(*noticePanel, QStringLiteral("consent-notice-panel"));
    QTest::mouseClick(record, Qt::LeftButton);
    auto acks = w.session().notices().acknowledgements(w.ada.id);
    QVERIFY(acks);
    QCOMPARE(acks->size(), 1);
    QCOMPARE(acks->at(0).version, 1);
    // The tab says so without reopening the contact.
    QTRY_VERIFY2(state->text().contains(QStringLiteral("en version 1 shown")), qPrintable(state->text()));
    noticePanel->close();
    editor->reject();
}

QTEST_MAIN(TestConsentUi)
#include "TestConsentUi.moc"
