#include "core/Session.h"

#include "ui/ConsentPanel.h"
#include "ui/ContactChangesPanel.h"
#include "ui/ContactEditorDialog.h"
#include "ui/ContactsPage.h"
#include "ui/MainWindow.h"
#include "ui/RecordInfo.h"
#include "ui/SessionHost.h"
#include "ui/SubjectRightsBox.h"
#include "ui/TimelineWidget.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include "tests/support/Screenshot.h"
#include "tests/support/TestVault.h"

using namespace confidant;
using confidant::privacy::ConsentEventKind;
using confidant::privacy::ConsentStatus;
using confidant::ui::ConsentPanel;
using confidant::ui::ContactChangesPanel;
using confidant::ui::ContactEditorDialog;
using confidant::ui::MainWindow;
using confidant::ui::SessionHost;

namespace {

using confidant::test::shoot;

constexpr qint64 kHour = 3600LL * 1000;

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

    //! `prepare` runs as the owner before the GUI starts (and before switching to `asProfile`).
    bool open(const QString& asProfile = {},
              security::Role role = security::Role::Owner,
              const std::function<bool(Session&)>& prepare = {})
    {
        if (!vault.create() || !vault.session->settings().setBackupSchedule({false, 24, 7}).ok()) {
            return false;
        }
        // 2026-02-10, noon UTC: the same day in every time zone the tests may run in.
        vault.clock.advanceDays(40);
        vault.clock.advanceMs(12 * kHour);
        Session& s = *vault.session;
        auto a = s.contacts().create(person(QStringLiteral("Ada"), QStringLiteral("Lovelace")));
        if (!a) {
            return false;
        }
        ada = *a;
        if (prepare && !prepare(s)) {
            return false;
        }
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
    privacy::SubjectStatus status()
    {
        auto st = session().subjectRights().status(ada.uid);
        return st ? *st : privacy::SubjectStatus {};
    }
};

QDialog* visibleDialog(QWidget* parent, const QString& objectName)
{
    for (QDialog* dialog : parent->findChildren<QDialog*>(objectName)) {
        if (dialog->isVisible()) {
            return dialog;
        }
    }
    return nullptr;
}

QPushButton* saveButton(ContactEditorDialog* editor)
{
    auto* buttons = editor->findChild<QDialogButtonBox*>();
    return buttons ? buttons->button(QDialogButtonBox::Save) : nullptr;
}

template <typename T>
T* child(QObject* parent, const char* name)
{
    return parent->findChild<T*>(QString::fromLatin1(name));
}

QStringList rowTexts(QTableWidget* table)
{
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < table->columnCount(); ++column) {
            QTableWidgetItem* item = table->item(row, column);
            cells.append(item ? item->text() : QString());
        }
        rows.append(cells.join(QLatin1Char('|')));
    }
    return rows;
}

} // namespace

class TestSubjectRightsUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void restrictingLocksTheEditorAtOnceAndLiftingFreesIt();
    void refusedRestrictionKeepsTheDialogOpenWithTheReason();
    void objectionWithdrawsMarketingConsent();
    void changesTabShowsTheEditAndTheRecipients();
    void salesRepMayObjectButNotRestrict();
    void restrictedContactIsReadOnlyForEveryone();
    void readOnlyProfileSeesTheStateWithoutButtons();
};

void TestSubjectRightsUi::initTestCase()
{
    // Dates as dd/MM/yyyy, whatever the machine's locale.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestSubjectRightsUi::restrictingLocksTheEditorAtOnceAndLiftingFreesIt()
{
    Window w;
    QVERIFY(w.open());
    ContactEditorDialog* editor = w.edit(w.ada);
    QVERIFY(editor);
    auto* banner = child<QLabel>(editor, "restrictionBanner");
    QVERIFY(banner);
    QVERIFY(!banner->isVisibleTo(editor));
    QVERIFY(saveButton(editor)->isEnabled());
    auto* panel = child<ConsentPanel>(editor, "consentPanel");
    QVERIFY(panel);
    child<QTabWidget>(editor, "editorTabs")->setCurrentWidget(panel);
    auto* restrict = child<QPushButton>(panel, "restrictButton");
    auto* unrestrict = child<QPushButton>(panel, "unrestrictButton");
    QVERIFY(restrict && unrestrict);
    QVERIFY(restrict->isVisible());
    QVERIFY(!unrestrict->isVisible());
    QVERIFY(panel->actionButton(panel->rowOf(QStringLiteral("Newsletter")), ConsentEventKind::Granted));

    QTest::mouseClick(restrict, Qt::LeftButton);
    QDialog* dialog = visibleDialog(panel, QStringLiteral("restrictDialog"));
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "restrictReason"), QStringLiteral("Accuracy contested by phone"));
    shoot(*dialog, QStringLiteral("subject-restrict-dialog"));
    QTest::mouseClick(child<QPushButton>(dialog, "restrictConfirmButton"), Qt::LeftButton);
    QTRY_VERIFY(!visibleDialog(panel, QStringLiteral("restrictDialog")));

    // The core holds it…
    privacy::SubjectStatus status = w.status();
    QVERIFY(status.isRestricted());
    QCOMPARE(*status.restrictedAtMs, w.vault.clock.nowMs());
    QCOMPARE(status.restrictionReason, QStringLiteral("Accuracy contested by phone"));
    // …and the editor shows it at once: the banner, read-only fields, Save shown but disabled.
    QVERIFY(banner->isVisibleTo(editor));
    QCOMPARE(banner->text(),
             QStringLiteral("Processing restricted since 10/02/2026 (Art. 18): this contact is read-only. Only "
                            "lifting the restriction or erasure is possible. Reason: Accuracy contested by phone"));
    QVERIFY(editor->isRestricted());
    QVERIFY(saveButton(editor)->isVisibleTo(editor));
    QVERIFY(!saveButton(editor)->isEnabled());
    QVERIFY(child<QLineEdit>(editor, "givenName")->isReadOnly());
    QVERIFY(child<QLineEdit>(editor, "city")->isReadOnly());
    QVERIFY(!child<QWidget>(editor, "company")->isEnabled());
    QVERIFY(!restrict->isVisible());
    QVERIFY(unrestrict->isVisible());
    QCOMPARE(child<QLabel>(panel, "rightsState")->text(),
             QStringLiteral("Processing restricted since 10/02/2026 (Art. 18). Reason: Accuracy contested by phone\n"
                            "No objection to direct marketing recorded."));
    // Nothing new can be recorded on the tab or the timeline; a withdrawal could.
    QVERIFY(!panel->actionButton(panel->rowOf(QStringLiteral("Newsletter")), ConsentEventKind::Granted));
    QVERIFY(!child<QPushButton>(panel, "showNoticeButton")->isEnabled());
    auto* timeline = child<ui::TimelineWidget>(editor, "timeline");
    QVERIFY(timeline);
    QVERIFY(!child<QPushButton>(timeline, "addNote")->isVisibleTo(timeline));
    shoot(*editor, QStringLiteral("subject-restricted-consent-tab"));
    child<QTabWidget>(editor, "editorTabs")->setCurrentIndex(0);
    shoot(*editor, QStringLiteral("subject-restricted-editor"));

    // Lifting it: editable again, in the core and the editor.
    child<QTabWidget>(editor, "editorTabs")->setCurrentWidget(panel);
    QVERIFY(unrestrict->isVisible());
    QTest::mouseClick(unrestrict, Qt::LeftButton);
    QVERIFY(!w.status().isRestricted());
    QVERIFY(!banner->isVisibleTo(editor));
    QVERIFY(!editor->isRestricted());
    QVERIFY(!child<QLineEdit>(editor, "givenName")->isReadOnly());
    QVERIFY(saveButton(editor)->isEnabled());
    QVERIFY(restrict->isVisible());
    QVERIFY(!unrestrict->isVisible());
    QVERIFY(child<QPushButton>(timeline, "addNote")->isVisibleTo(timeline));
    QLineEdit* city = child<QLineEdit>(editor, "city");
    QTest::keyClicks(city, QStringLiteral("London"));
    QTest::mouseClick(saveButton(editor), Qt::LeftButton);
    QCOMPARE(editor->result(), int(QDialog::Accepted));
    QCOMPARE(w.session().contacts().get(w.ada.id)->city, QStringLiteral("London"));
}

void TestSubjectRightsUi::refusedRestrictionKeepsTheDialogOpenWithTheReason()
{
    Window w;
    QVERIFY(w.open());
    ContactEditorDialog* editor = w.edit(w.ada);
    auto* panel = child<ConsentPanel>(editor, "consentPanel");
    QTest::mouseClick(child<QPushButton>(panel, "restrictButton"), Qt::LeftButton);
    QDialog* dialog = visibleDialog(panel, QStringLiteral("restrictDialog"));
    QVERIFY(dialog);
    // Meanwhile someone else restricted her (the CLI, another window).
    QVERIFY(w.session().subjectRights().restrict(w.ada.uid, QStringLiteral("first")).ok());
    QTest::mouseClick(child<QPushButton>(dialog, "restrictConfirmButton"), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    auto* error = child<QLabel>(dialog, "restrictDialogError");
    QVERIFY(error);
    QCOMPARE(
        error->text(),
        QStringLiteral("Contact %1 is already restricted (since 2026-02-10); nothing was changed.").arg(w.ada.uid));
    QCOMPARE(w.status().restrictionReason, QStringLiteral("first"));
    dialog->reject();
    editor->reject();
}

void TestSubjectRightsUi::objectionWithdrawsMarketingConsent()
{
    Window w;
    QVERIFY(w.open());
    const privacy::PurposeId newsletter = w.purpose(QStringLiteral("Newsletter"));
    QVERIFY(w.session().consents().grant(w.ada.id, newsletter, {privacy::ConsentMethod::WebForm, {}, {}, {}, {}}));
    w.vault.clock.advanceMs(kHour);
    ContactEditorDialog* editor = w.edit(w.ada);
    auto* panel = child<ConsentPanel>(editor, "consentPanel");
    child<QTabWidget>(editor, "editorTabs")->setCurrentWidget(panel);
    auto* object = child<QPushButton>(panel, "objectButton");
    QVERIFY(object->isVisible());
    QVERIFY(object->isEnabled());
    QTest::mouseClick(object, Qt::LeftButton);
    QDialog* dialog = visibleDialog(panel, QStringLiteral("objectDialog"));
    QVERIFY(dialog);
    // The confirmation says what the click does, naming the consent it withdraws.
    QStringList texts;
    for (const QLabel* label : dialog->findChildren<QLabel*>()) {
        texts.append(label->text());
    }
    QVERIFY2(texts.join(QLatin1Char(' '))
                 .contains(QStringLiteral(
                     "This marks the objection and withdraws consent for every direct-marketing purpose. "
                     "Consent is withdrawn for: Newsletter.")),
             qPrintable(texts.join(QLatin1Char(' '))));
    shoot(*dialog, QStringLiteral("subject-object-dialog"));
    QTest::mouseClick(child<QPushButton>(dialog, "objectConfirmButton"), Qt::LeftButton);
    QTRY_VERIFY(!visibleDialog(panel, QStringLiteral("objectDialog")));

    const privacy::SubjectStatus status = w.status();
    QVERIFY(status.hasObjected());
    QCOMPARE(*status.objectedAtMs, w.vault.clock.nowMs());
    QVERIFY(!status.isRestricted());
    auto consent = w.session().consents().state(w.ada.id, newsletter);
    QVERIFY(consent);
    QCOMPARE(consent->status, ConsentStatus::Withdrawn);
    QCOMPARE(consent->latest->atMs, w.vault.clock.nowMs());
    QCOMPARE(consent->latest->evidence, QStringLiteral("Objection to direct marketing (Art. 21(2))"));
    // The button now says when, and cannot be pressed again; the tab shows the withdrawal.
    QCOMPARE(object->text(), QStringLiteral("Objected on 10/02/2026"));
    QVERIFY(!object->isEnabled());
    auto* states = child<QTableWidget>(panel, "consentStates");
    QCOMPARE(states->item(panel->rowOf(QStringLiteral("Newsletter")), ConsentPanel::StatusColumn)->text(),
             privacy::ConsentService::statusLabel(ConsentStatus::Withdrawn));
    QVERIFY(!editor->isRestricted()); // an objection does not freeze the record
    QVERIFY(saveButton(editor)->isEnabled());
    shoot(*editor, QStringLiteral("subject-objected-consent-tab"));
    editor->reject();

    // Reopened, it still says so.
    editor = w.edit(w.ada);
    QCOMPARE(child<QPushButton>(editor, "objectButton")->text(), QStringLiteral("Objected on 10/02/2026"));
    QVERIFY(!child<QPushButton>(editor, "objectButton")->isEnabled());
    editor->reject();
}

void TestSubjectRightsUi::changesTabShowsTheEditAndTheRecipients()
{
    Window w;
    QVERIFY(w.open({}, security::Role::Owner, [](Session& s) {
        auto add
            = [&s](const QString& name, privacy::ProcessorRole role, const QString& purpose, const QString& contact) {
                  auto p = s.purposes().find(purpose);
                  if (!p) {
                      return false;
                  }
                  privacy::Processor processor;
                  processor.name = name;
                  processor.role = role;
                  processor.country = QStringLiteral("DE");
                  processor.contact = contact;
                  processor.purposes = {{p->id, p->uid, p->name}};
                  return s.processors().create(processor).ok();
              };
        return add(QStringLiteral("Mailjet"),
                   privacy::ProcessorRole::Processor,
                   QStringLiteral("Newsletter"),
                   QStringLiteral("dpo@mailjet.example"))
            && add(QStringLiteral("Tax adviser Meyer"),
                   privacy::ProcessorRole::Recipient,
                   QStringLiteral("Invoicing"),
                   QStringLiteral("Hauptstr. 1, Bonn"))
            && add(QStringLiteral("Survey Monkeys"),
                   privacy::ProcessorRole::Processor,
                   QStringLiteral("Newsletter"),
                   {});
    }));
    // Before any edit: no change; only the party of the purpose that covers everyone (Invoicing: contract).
    ContactEditorDialog* editor = w.edit(w.ada);
    auto* changes = child<ContactChangesPanel>(editor, "contactChanges");
    QVERIFY(changes);
    auto* history = child<QTableWidget>(changes, "fieldHistory");
    auto* recipients = child<QTableWidget>(changes, "recipientsList");
    QVERIFY(history && recipients);
    QCOMPARE(history->rowCount(), 0);
    QVERIFY(child<QLabel>(changes, "fieldHistoryEmpty")->isVisibleTo(changes));
    QCOMPARE(rowTexts(recipients),
             QStringList {QStringLiteral("Tax adviser Meyer|Recipient|Invoicing|Hauptstr. 1, Bonn")});

    // Her consent to the newsletter, recorded on the tab, adds its processors at once.
    auto* panel = child<ConsentPanel>(editor, "consentPanel");
    QTest::mouseClick(panel->actionButton(panel->rowOf(QStringLiteral("Newsletter")), ConsentEventKind::Granted),
                      Qt::LeftButton);
    QDialog* record = visibleDialog(panel, QStringLiteral("consentRecordDialog"));
    QVERIFY(record);
    QTest::mouseClick(child<QPushButton>(record, "recordConsentButton"), Qt::LeftButton);
    QTRY_COMPARE(recipients->rowCount(), 3);
    QCOMPARE(rowTexts(recipients),
             (QStringList {QStringLiteral("Mailjet|Processor|Newsletter|dpo@mailjet.example"),
                           QStringLiteral("Survey Monkeys|Processor|Newsletter|"),
                           QStringLiteral("Tax adviser Meyer|Recipient|Invoicing|Hauptstr. 1, Bonn")}));

    // Correct her name and fill in the city in the editor.
    w.vault.clock.advanceMs(2 * kHour);
    const qint64 editedAt = w.vault.clock.nowMs();
    QLineEdit* given = child<QLineEdit>(editor, "givenName");
    given->selectAll();
    QTest::keyClicks(given, QStringLiteral("Augusta Ada"));
    QTest::keyClicks(child<QLineEdit>(editor, "city"), QStringLiteral("London"));
    QTest::mouseClick(saveButton(editor), Qt::LeftButton);
    QCOMPARE(editor->result(), int(QDialog::Accepted));

    editor = w.edit(*w.session().contacts().get(w.ada.id));
    auto* tabs = child<QTabWidget>(editor, "editorTabs");
    changes = child<ContactChangesPanel>(editor, "contactChanges");
    tabs->setCurrentWidget(changes);
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("C&hanges"));
    history = child<QTableWidget>(changes, "fieldHistory");
    const QString when = ui::RecordInfo::formatTime(editedAt);
    const QString owner = w.session().actor().name;
    QVERIFY(!owner.isEmpty());
    // Newest first; both changes of the same save, in the order the core keeps (Art. 16 history).
    QCOMPARE(rowTexts(history),
             (QStringList {QStringLiteral("%1|City|(empty)|%2").arg(when, owner),
                           QStringLiteral("%1|Given name|Ada|%2").arg(when, owner)}));
    auto core = w.session().subjectRights().history(w.ada.uid);
    QVERIFY(core);
    QCOMPARE(core->size(), 2);
    QCOMPARE(core->at(1).field, QStringLiteral("given"));
    QCOMPARE(core->at(1).oldValue, QStringLiteral("Ada"));
    QVERIFY(!child<QLabel>(changes, "fieldHistoryEmpty")->isVisibleTo(changes));
    shoot(*editor, QStringLiteral("subject-history"));
    editor->reject();
}

void TestSubjectRightsUi::salesRepMayObjectButNotRestrict()
{
    Window w;
    QVERIFY(w.open(QStringLiteral("sam"), security::Role::SalesRep));
    ContactEditorDialog* editor = w.edit(w.ada);
    QVERIFY(editor);
    QVERIFY(!editor->isReadOnly());
    auto* panel = child<ConsentPanel>(editor, "consentPanel");
    child<QTabWidget>(editor, "editorTabs")->setCurrentWidget(panel);
    QVERIFY(!child<QPushButton>(panel, "restrictButton")->isVisibleTo(panel));
    QVERIFY(!child<QPushButton>(panel, "unrestrictButton")->isVisibleTo(panel));
    auto* object = child<QPushButton>(panel, "objectButton");
    QVERIFY(object->isVisible());
    QVERIFY(object->isEnabled());
    // The core agrees: a sales rep may not restrict.
    auto refused = w.session().subjectRights().restrict(w.ada.uid);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::Denied);
    editor->reject();
}

void TestSubjectRightsUi::restrictedContactIsReadOnlyForEveryone()
{
    // Restricted by the owner (privacy officer's request), then opened by a sales rep.
    Window w;
    QVERIFY(w.open(QStringLiteral("sam"), security::Role::SalesRep, [&w](Session& s) {
        return s.subjectRights().restrict(w.ada.uid).ok();
    }));
    ContactEditorDialog* editor = w.edit(w.ada);
    QVERIFY(editor);
    QVERIFY(editor->isRestricted());
    auto* banner = child<QLabel>(editor, "restrictionBanner");
    QVERIFY(banner->isVisibleTo(editor));
    QCOMPARE(banner->text(),
             QStringLiteral("Processing restricted since 10/02/2026 (Art. 18): this contact is read-only. Only "
                            "lifting the restriction or erasure is possible."));
    QVERIFY(!saveButton(editor)->isEnabled());
    QVERIFY(child<QLineEdit>(editor, "familyName")->isReadOnly());
    auto* panel = child<ConsentPanel>(editor, "consentPanel");
    QVERIFY(!child<QPushButton>(panel, "restrictButton")->isVisibleTo(panel));
    QVERIFY(!child<QPushButton>(panel, "unrestrictButton")->isVisibleTo(panel));
    // An objection can still be recorded by whoever takes the call.
    QVERIFY(child<QPushButton>(panel, "objectButton")->isVisibleTo(panel));
    QVERIFY(child<QPushButton>(panel, "objectButton")->isEnabled());
    editor->reject();
}

void TestSubjectRightsUi::readOnlyProfileSeesTheStateWithoutButtons()
{
    Window w;
    QVERIFY(w.open(QStringLiteral("viewer"), security::Role::ReadOnly));
    ContactEditorDialog* editor = w.edit(w.ada);
    auto* panel = child<ConsentPanel>(editor, "consentPanel");
    QVERIFY(!child<QPushButton>(panel, "restrictButton")->isVisibleTo(panel));
    QVERIFY(!child<QPushButton>(panel, "unrestrictButton")->isVisibleTo(panel));
    QVERIFY(!child<QPushButton>(panel, "objectButton")->isVisibleTo(panel));
    QCOMPARE(child<QLabel>(panel, "rightsState")->text(),
             QStringLiteral("Processing is not restricted.\nNo objection to direct marketing recorded."));
    // The changes tab is there for viewers too.
    QVERIFY(child<ContactChangesPanel>(editor, "contactChanges"));
    editor->reject();
}

QTEST_MAIN(TestSubjectRightsUi)
#include "TestSubjectRightsUi.moc"
