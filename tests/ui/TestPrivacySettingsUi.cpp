#include "core/Session.h"

#include "ui/MainWindow.h"
#include "ui/PrivacySettingsDialog.h"
#include "ui/ProcessorEditorDialog.h"
#include "ui/PurposeEditorDialog.h"
#include "ui/SessionHost.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include "tests/support/Screenshot.h"
#include "tests/support/TestVault.h"

using namespace confidant;
using confidant::privacy::LawfulBasis;
using confidant::privacy::TransferSafeguard;
using confidant::ui::MainWindow;
using confidant::ui::PrivacySettingsDialog;
using confidant::ui::ProcessorEditorDialog;
using confidant::ui::PurposeEditorDialog;
using confidant::ui::SessionHost;

namespace {

using confidant::test::shoot;

struct Window
{
    test::TestVault vault;
    std::unique_ptr<SessionHost> host;
    std::unique_ptr<MainWindow> window;

    bool open(const QString& asProfile = {}, security::Role role = security::Role::Owner)
    {
        if (!vault.create() || !vault.session->settings().setBackupSchedule({false, 24, 7}).ok()) {
            return false;
        }
        Session& s = *vault.session;
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
    QAction* action() const
    {
        return window->findChild<QAction*>(QStringLiteral("privacySettingsAction"));
    }
    //! Privacy ▸ Privacy settings…, as a user picks it.
    PrivacySettingsDialog* openSettings() const
    {
        QAction* a = action();
        if (!a || !a->isVisible() || !a->isEnabled()) {
            return nullptr;
        }
        a->trigger();
        auto* dialog = window->findChild<PrivacySettingsDialog*>(QStringLiteral("privacySettingsDialog"));
        return dialog && dialog->isVisible() ? dialog : nullptr;
    }
    ~Window()
    {
        window.reset();
        host.reset();
    }
};

template <typename T>
T* child(QObject* parent, const char* name)
{
    return parent ? parent->findChild<T*>(QString::fromLatin1(name)) : nullptr;
}

//! The row whose first column reads `text`; -1 when none does.
int rowOf(QTableWidget* table, const QString& text)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0) && table->item(row, 0)->text() == text) {
            return row;
        }
    }
    return -1;
}

//! The registry field row of `key` in the Data fields table.
int fieldRow(QTableWidget* table, const QString& key)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->data(Qt::UserRole).toString() == key) {
            return row;
        }
    }
    return -1;
}

void checkListItem(QListWidget* list, const QVariant& data, Qt::CheckState state)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole) == data) {
            list->item(row)->setCheckState(state);
        }
    }
}

void selectBasis(QComboBox* box, LawfulBasis basis)
{
    box->setCurrentIndex(box->findData(static_cast<int>(basis)));
}

PurposeEditorDialog* openPurposeEditor(PrivacySettingsDialog* dialog, const char* button)
{
    child<QPushButton>(dialog, button)->click();
    const auto editors = dialog->findChildren<PurposeEditorDialog*>(QStringLiteral("purposeEditor"));
    for (PurposeEditorDialog* editor : editors) {
        if (editor->isVisible()) {
            return editor;
        }
    }
    return nullptr;
}

qsizetype purposeCount(Session& session)
{
    auto all = session.purposes().list(true);
    return all ? all->size() : -1;
}

} // namespace

class TestPrivacySettingsUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void addsALegitimateInterestsPurpose()
    {
        Window w;
        QVERIFY(w.open());
        PrivacySettingsDialog* dialog = w.openSettings();
        QVERIFY(dialog);
        auto* table = child<QTableWidget>(dialog, "purposesTable");
        // The starter set a fresh vault offers.
        QCOMPARE(table->rowCount(), 3);
        const int newsletter = rowOf(table, QStringLiteral("Newsletter"));
        QVERIFY(newsletter >= 0);
        QCOMPARE(table->item(newsletter, 1)->text(), QStringLiteral("Consent (Art. 6(1)(a))"));
        QCOMPARE(table->item(newsletter, 4)->text(), QStringLiteral("2 years"));
        shoot(*dialog, QStringLiteral("privacy-settings-purposes"));

        QPointer<PurposeEditorDialog> editor = openPurposeEditor(dialog, "addPurpose");
        QVERIFY(editor);
        auto* basis = child<QComboBox>(editor, "purposeBasis");
        auto* interest = child<QPlainTextEdit>(editor, "purposeInterest");
        auto* consent = child<QCheckBox>(editor, "purposeRequiresConsent");
        // All six bases, each with its article.
        QCOMPARE(basis->count(), 6);
        QCOMPARE(basis->itemText(5), QStringLiteral("Legitimate interests — Art. 6(1)(f)"));
        // Consent is the default basis: it needs consent, and the interest is not asked for.
        QVERIFY(!interest->isVisible());
        QVERIFY(consent->isChecked() && !consent->isEnabled());

        child<QLineEdit>(editor, "purposeName")->setText(QStringLiteral("Customer survey"));
        child<QPlainTextEdit>(editor, "purposeDescription")
            ->setPlainText(QStringLiteral("Asking customers how we did after a job."));
        selectBasis(basis, LawfulBasis::LegitimateInterests);
        QVERIFY(interest->isVisible());
        QVERIFY(consent->isEnabled());
        consent->setChecked(false);
        interest->setPlainText(QStringLiteral("Improving our service with feedback from our own customers."));
        auto* fields = child<QListWidget>(editor, "purposeFields");
        checkListItem(fields, QStringLiteral("contact.email"), Qt::Checked);
        checkListItem(fields, QStringLiteral("contact.given"), Qt::Checked);
        auto* unit = child<QComboBox>(editor, "purposeRetentionUnit");
        unit->setCurrentIndex(unit->findText(QStringLiteral("months")));
        child<QSpinBox>(editor, "purposeRetentionValue")->setValue(18);
        shoot(*editor, QStringLiteral("privacy-settings-purpose-editor"));
        child<QPushButton>(editor, "purposeSave")->click();
        QTRY_VERIFY(editor.isNull());

        auto stored = w.session().purposes().find(QStringLiteral("Customer survey"));
        QVERIFY(stored.ok());
        QCOMPARE(stored->basis, LawfulBasis::LegitimateInterests);
        QCOMPARE(stored->legitimateInterest,
                 QStringLiteral("Improving our service with feedback from our own customers."));
        QCOMPARE(stored->description, QStringLiteral("Asking customers how we did after a job."));
        QCOMPARE(stored->fields, QStringList({QStringLiteral("contact.email"), QStringLiteral("contact.given")}));
        QCOMPARE(stored->retentionDays, std::optional<int>(18 * 30));
        QVERIFY(!stored->requiresConsent);
        QVERIFY(!stored->directMarketing);

        const int row = rowOf(table, QStringLiteral("Customer survey"));
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, 1)->text(), QStringLiteral("Legitimate interests (Art. 6(1)(f))"));
        QCOMPARE(table->item(row, 2)->text(), QStringLiteral("No"));
        QCOMPARE(table->item(row, 4)->text(), QStringLiteral("18 months"));
    }

    void refusedSaveShowsTheErrorInlineAndStoresNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("legitimate");
        QTest::addColumn<QString>("interest");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty name") << QString() << false << QString() << QStringLiteral("needs a name");
        QTest::newRow("legitimate interests without the interest")
            << QStringLiteral("Referrals") << true << QStringLiteral("   ")
            << QStringLiteral("needs the interest written out");
    }

    void refusedSaveShowsTheErrorInlineAndStoresNothing()
    {
        QFETCH(QString, name);
        QFETCH(bool, legitimate);
        QFETCH(QString, interest);
        QFETCH(QString, expected);
        Window w;
        QVERIFY(w.open());
        PrivacySettingsDialog* dialog = w.openSettings();
        QVERIFY(dialog);
        const qsizetype before = purposeCount(w.session());
        QCOMPARE(before, qsizetype(3));

        QPointer<PurposeEditorDialog> editor = openPurposeEditor(dialog, "addPurpose");
        QVERIFY(editor);
        child<QLineEdit>(editor, "purposeName")->setText(name);
        if (legitimate) {
            selectBasis(child<QComboBox>(editor, "purposeBasis"), LawfulBasis::LegitimateInterests);
            child<QPlainTextEdit>(editor, "purposeInterest")->setPlainText(interest);
        }
        auto* error = child<QLabel>(editor, "purposeError");
        QVERIFY(!error->isVisible());
        child<QPushButton>(editor, "purposeSave")->click();

        // In the editor, under the form: no message box, the editor stays open with what was typed.
        QVERIFY(!editor.isNull() && editor->isVisible());
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(expected), qPrintable(error->text()));
        QCOMPARE(purposeCount(w.session()), before);
        shoot(*editor, QStringLiteral("privacy-settings-purpose-refused"));

        // Fixing the form clears the message as the user types.
        child<QLineEdit>(editor, "purposeName")->setText(QStringLiteral("Referrals"));
        child<QPlainTextEdit>(editor, "purposeInterest")->setPlainText(QStringLiteral("Asking for referrals."));
        QVERIFY(!error->isVisible());
        child<QPushButton>(editor, "purposeSave")->click();
        QTRY_VERIFY(editor.isNull());
        QCOMPARE(purposeCount(w.session()), before + 1);
    }

    void editsAPurpose()
    {
        Window w;
        QVERIFY(w.open());
        PrivacySettingsDialog* dialog = w.openSettings();
        QVERIFY(dialog);
        auto* table = child<QTableWidget>(dialog, "purposesTable");
        auto* edit = child<QPushButton>(dialog, "editPurpose");
        table->clearSelection();
        QVERIFY(!edit->isEnabled());
        table->selectRow(rowOf(table, QStringLiteral("Newsletter")));
        QVERIFY(edit->isEnabled());

        QPointer<PurposeEditorDialog> editor = openPurposeEditor(dialog, "editPurpose");
        QVERIFY(editor);
        // The stored purpose fills the form.
        QCOMPARE(child<QLineEdit>(editor, "purposeName")->text(), QStringLiteral("Newsletter"));
        QVERIFY(child<QCheckBox>(editor, "purposeDirectMarketing")->isChecked());
        auto* unit = child<QComboBox>(editor, "purposeRetentionUnit");
        QCOMPARE(unit->currentText(), QStringLiteral("years"));
        QCOMPARE(child<QSpinBox>(editor, "purposeRetentionValue")->value(), 2);

        child<QLineEdit>(editor, "purposeName")->setText(QStringLiteral("Monthly newsletter"));
        checkListItem(child<QListWidget>(editor, "purposeFields"), QStringLiteral("contact.family"), Qt::Unchecked);
        unit->setCurrentIndex(unit->findText(QStringLiteral("Not set")));
        QVERIFY(!child<QSpinBox>(editor, "purposeRetentionValue")->isEnabled());
        child<QPushButton>(editor, "purposeSave")->click();
        QTRY_VERIFY(editor.isNull());

        auto stored = w.session().purposes().find(QStringLiteral("Monthly newsletter"));
        QVERIFY(stored.ok());
        QCOMPARE(stored->basis, LawfulBasis::Consent);
        QCOMPARE(stored->fields, QStringList({QStringLiteral("contact.email"), QStringLiteral("contact.given")}));
        QCOMPARE(stored->retentionDays, std::optional<int>());
        QVERIFY(!w.session().purposes().find(QStringLiteral("Newsletter")).ok());
        const int row = rowOf(table, QStringLiteral("Monthly newsletter"));
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, 4)->text(), QStringLiteral("Not set"));
    }

    void archivesAndRestoresAPurpose()
    {
        Window w;
        QVERIFY(w.open());
        PrivacySettingsDialog* dialog = w.openSettings();
        QVERIFY(dialog);
        auto* table = child<QTableWidget>(dialog, "purposesTable");
        auto* archive = child<QPushButton>(dialog, "archivePurpose");
        table->selectRow(rowOf(table, QStringLiteral("Invoicing")));
        QCOMPARE(archive->text(), QStringLiteral("Ar&chive"));
        archive->click();
        QVERIFY(w.session().purposes().find(QStringLiteral("Invoicing"))->archived);
        QCOMPARE(rowOf(table, QStringLiteral("Invoicing")), -1);
        QCOMPARE(table->rowCount(), 2);

        // Shown again, greyed and marked, when asked for; restored from there.
        child<QCheckBox>(dialog, "showArchivedPurposes")->setChecked(true);
        const int row = rowOf(table, QStringLiteral("Invoicing (archived)"));
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, 0)->foreground().color(),
                 dialog->palette().color(QPalette::Disabled, QPalette::Text));
        table->selectRow(row);
        QCOMPARE(archive->text(), QStringLiteral("Un&archive"));
        archive->click();
        QVERIFY(!w.session().purposes().find(QStringLiteral("Invoicing"))->archived);
        QVERIFY(rowOf(table, QStringLiteral("Invoicing")) >= 0);
    }

    void addsAProcessorOutsideTheEea()
    {
        Window w;
        QVERIFY(w.open());
        PrivacySettingsDialog* dialog = w.openSettings();
        QVERIFY(dialog);
        dialog->showTab(PrivacySettingsDialog::ProcessorsTab);
        auto* table = child<QTableWidget>(dialog, "processorsTable");
        QCOMPARE(table->rowCount(), 0);
        child<QPushButton>(dialog, "addProcessor")->click();
        QPointer<ProcessorEditorDialog> editor
            = dialog->findChild<ProcessorEditorDialog*>(QStringLiteral("processorEditor"));
        QVERIFY(editor && editor->isVisible());

        child<QLineEdit>(editor, "processorName")->setText(QStringLiteral("Example Mail Inc."));
        auto* role = child<QComboBox>(editor, "processorRole");
        role->setCurrentIndex(role->findData(static_cast<int>(privacy::ProcessorRole::Processor)));
        auto* country = child<QComboBox>(editor, "processorCountry");
        auto* transfer = child<QLabel>(editor, "processorTransfer");
        auto* warning = child<QLabel>(editor, "processorSafeguardWarning");
        country->setCurrentIndex(country->findData(QStringLiteral("DE")));
        QVERIFY(transfer->text().startsWith(QStringLiteral("Inside the EEA")));
        QVERIFY(!warning->isVisible());
        QVERIFY(!child<QComboBox>(editor, "processorSafeguard")->isEnabled());
        country->setCurrentIndex(country->findData(QStringLiteral("US")));
        QVERIFY(transfer->text().startsWith(QStringLiteral("Outside the EEA")));
        // A transfer without a safeguard is flagged while the form is filled in.
        QVERIFY(warning->isVisible());
        shoot(*editor, QStringLiteral("privacy-settings-processor-no-safeguard"));
        auto* safeguard = child<QComboBox>(editor, "processorSafeguard");
        QVERIFY(safeguard->isEnabled());

        // "Other" needs a note: the service refuses it, the editor says why, nothing is stored.
        safeguard->setCurrentIndex(safeguard->findData(static_cast<int>(TransferSafeguard::Other)));
        child<QPushButton>(editor, "processorSave")->click();
        auto* error = child<QLabel>(editor, "processorError");
        QVERIFY(editor && editor->isVisible());
        QVERIFY2(error->isVisible() && error->text().contains(QStringLiteral("needs a note")),
                 qPrintable(error->text()));
        QVERIFY(w.session().processors().list(true)->isEmpty());

        safeguard->setCurrentIndex(safeguard->findData(static_cast<int>(TransferSafeguard::Sccs)));
        QVERIFY(!warning->isVisible());
        QVERIFY(!error->isVisible());
        child<QPlainTextEdit>(editor, "processorSafeguardNote")->setPlainText(QStringLiteral("EU SCCs 2021, module 2"));
        child<QCheckBox>(editor, "processorDpaSigned")->setChecked(true);
        child<QDateEdit>(editor, "processorDpaDate")->setDate(QDate(2024, 3, 1));
        child<QLineEdit>(editor, "processorDpaReference")->setText(QStringLiteral("DPA-2024-03.pdf"));
        child<QPlainTextEdit>(editor, "processorContact")->setPlainText(QStringLiteral("https://mail.example.com"));
        auto* purposes = child<QListWidget>(editor, "processorPurposes");
        QCOMPARE(purposes->count(), 3);
        const auto newsletter = w.session().purposes().find(QStringLiteral("Newsletter"));
        const auto followUp = w.session().purposes().find(QStringLiteral("Sales follow-up"));
        QVERIFY(newsletter.ok() && followUp.ok());
        checkListItem(purposes, newsletter->id.value, Qt::Checked);
        checkListItem(purposes, followUp->id.value, Qt::Checked);
        shoot(*editor, QStringLiteral("privacy-settings-processor-editor"));
        child<QPushButton>(editor, "processorSave")->click();
        QTRY_VERIFY(editor.isNull());

        auto stored = w.session().processors().find(QStringLiteral("Example Mail Inc."));
        QVERIFY(stored.ok());
        QCOMPARE(stored->role, privacy::ProcessorRole::Processor);
        QCOMPARE(stored->country, QStringLiteral("US"));
        QVERIFY(stored->isTransfer());
        QCOMPARE(stored->safeguard, TransferSafeguard::Sccs);
        QCOMPARE(stored->safeguardNote, QStringLiteral("EU SCCs 2021, module 2"));
        QCOMPARE(stored->dpaSignedOn, QDate(2024, 3, 1));
        QCOMPARE(stored->dpaReference, QStringLiteral("DPA-2024-03.pdf"));
        QCOMPARE(stored->contact, QStringLiteral("https://mail.example.com"));
        QCOMPARE(stored->purposes.size(), 2);
        QCOMPARE(stored->purposes.at(0).name, QStringLiteral("Newsletter"));
        QCOMPARE(stored->purposes.at(1).name, QStringLiteral("Sales follow-up"));

        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Example Mail Inc."));
        QVERIFY2(table->item(0, 2)->text().endsWith(QStringLiteral("outside the EEA")),
                 qPrintable(table->item(0, 2)->text()));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Standard contractual clauses"));
        QCOMPARE(table->item(0, 3)->toolTip(),
                 QStringLiteral("Standard contractual clauses (Art. 46(2)(c) GDPR) — EU SCCs 2021, module 2"));
        QCOMPARE(table->item(0, 5)->text(), QStringLiteral("Newsletter, Sales follow-up"));
        shoot(*dialog, QStringLiteral("privacy-settings-processors"));

        // Archived entries leave the list and come back with "Show archived".
        table->selectRow(0);
        child<QPushButton>(dialog, "archiveProcessor")->click();
        QVERIFY(w.session().processors().find(QStringLiteral("Example Mail Inc."))->archived);
        QCOMPARE(table->rowCount(), 0);
        child<QCheckBox>(dialog, "showArchivedProcessors")->setChecked(true);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Example Mail Inc. (archived)"));
    }

    void controllerFormSavesAndReloads()
    {
        Window w;
        QVERIFY(w.open());
        PrivacySettingsDialog* dialog = w.openSettings();
        QVERIFY(dialog);
        dialog->showTab(PrivacySettingsDialog::ControllerTab);
        child<QLineEdit>(dialog, "controllerName")->setText(QStringLiteral("Muster Bau GmbH"));
        child<QPlainTextEdit>(dialog, "controllerAddress")->setPlainText(QStringLiteral("Hauptstraße 1\n10115 Berlin"));
        child<QLineEdit>(dialog, "controllerEmail")->setText(QStringLiteral("privacy@muster.example"));
        child<QLineEdit>(dialog, "controllerPhone")->setText(QStringLiteral("+49 30 1234567"));
        child<QLineEdit>(dialog, "dpoName")->setText(QStringLiteral("Dana Schutz"));
        child<QLineEdit>(dialog, "dpoEmail")->setText(QStringLiteral("dpo@muster.example"));
        child<QPlainTextEdit>(dialog, "supervisoryAuthority")
            ->setPlainText(QStringLiteral("Berliner Beauftragte für Datenschutz, https://www.datenschutz-berlin.de"));
        child<QPlainTextEdit>(dialog, "updatesAnnouncement")->setPlainText(QStringLiteral("On our web site."));
        shoot(*dialog, QStringLiteral("privacy-settings-controller"));
        child<QPushButton>(dialog, "controllerSave")->click();

        privacy::ControllerDetails expected;
        expected.name = QStringLiteral("Muster Bau GmbH");
        expected.address = QStringLiteral("Hauptstraße 1\n10115 Berlin");
        expected.email = QStringLiteral("privacy@muster.example");
        expected.phone = QStringLiteral("+49 30 1234567");
        expected.dpoName = QStringLiteral("Dana Schutz");
        expected.dpoEmail = QStringLiteral("dpo@muster.example");
        expected.supervisoryAuthority
            = QStringLiteral("Berliner Beauftragte für Datenschutz, https://www.datenschutz-berlin.de");
        expected.updatesAnnouncement = QStringLiteral("On our web site.");
        QCOMPARE(*w.session().controller().details(), expected);
        QCOMPARE(child<QLabel>(dialog, "controllerStatus")->text(), QStringLiteral("Saved."));

        // A malformed email is refused in the tab; what was stored stays.
        child<QLineEdit>(dialog, "controllerEmail")->setText(QStringLiteral("not an address"));
        child<QPushButton>(dialog, "controllerSave")->click();
        auto* error = child<QLabel>(dialog, "controllerError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("email address is not valid")), qPrintable(error->text()));
        QCOMPARE(*w.session().controller().details(), expected);

        // "No DPO" leaves the DPO fields out.
        child<QLineEdit>(dialog, "controllerEmail")->setText(QStringLiteral("privacy@muster.example"));
        child<QCheckBox>(dialog, "noDpo")->setChecked(true);
        QVERIFY(!child<QLineEdit>(dialog, "dpoName")->isEnabled());
        child<QPushButton>(dialog, "controllerSave")->click();
        QVERIFY(!error->isVisible());
        expected.dpoName.clear();
        expected.dpoEmail.clear();
        expected.noDpo = true;
        QCOMPARE(*w.session().controller().details(), expected);

        // A new dialog shows what is stored.
        dialog->close();
        QTRY_VERIFY(!w.window->findChild<PrivacySettingsDialog*>());
        dialog = w.openSettings();
        QVERIFY(dialog);
        QCOMPARE(child<QLineEdit>(dialog, "controllerName")->text(), expected.name);
        QCOMPARE(child<QPlainTextEdit>(dialog, "controllerAddress")->toPlainText(), expected.address);
        QCOMPARE(child<QLineEdit>(dialog, "controllerPhone")->text(), expected.phone);
        QVERIFY(child<QCheckBox>(dialog, "noDpo")->isChecked());
        QCOMPARE(child<QLineEdit>(dialog, "dpoName")->text(), QString());
        QCOMPARE(child<QPlainTextEdit>(dialog, "updatesAnnouncement")->toPlainText(), expected.updatesAnnouncement);
    }

    void dataFieldsSwitchOffOptionalFieldsOnly()
    {
        Window w;
        QVERIFY(w.open());
        PrivacySettingsDialog* dialog = w.openSettings();
        QVERIFY(dialog);
        dialog->showTab(PrivacySettingsDialog::FieldsTab);
        auto* table = child<QTableWidget>(dialog, "fieldsTable");
        QCOMPARE(table->rowCount(), static_cast<int>(w.session().fields().fields().size()));

        const int birthday = fieldRow(table, QStringLiteral("contact.birthday"));
        QVERIFY(birthday >= 0);
        QCOMPARE(table->item(birthday, 0)->text(), QStringLiteral("Birthday"));
        QCOMPARE(table->item(birthday, 1)->text(), QStringLiteral("Contact"));
        QTableWidgetItem* inUse = table->item(birthday, 3);
        QCOMPARE(inUse->checkState(), Qt::Checked);
        QVERIFY(inUse->flags() & Qt::ItemIsEnabled);
        // Which purposes use a field: the starter Newsletter uses the email addresses.
        QVERIFY(table->item(fieldRow(table, QStringLiteral("contact.email")), 5)
                    ->text()
                    .contains(QStringLiteral("Newsletter")));

        // Switched off with the keyboard, as a user would tick the box.
        table->setFocus();
        table->setCurrentCell(birthday, 3);
        QTest::keyClick(table, Qt::Key_Space);
        QTRY_COMPARE(*w.session().fieldSettings().isEnabled(QStringLiteral("contact"), QStringLiteral("birthday")),
                     false);
        // The table shows what the service stored.
        QTRY_COMPARE(table->item(fieldRow(table, QStringLiteral("contact.birthday")), 3)->checkState(), Qt::Unchecked);

        // A field Confidant needs cannot be switched off: its box is disabled and says why.
        const int given = fieldRow(table, QStringLiteral("contact.given"));
        QTableWidgetItem* givenInUse = table->item(given, 3);
        QVERIFY(!(givenInUse->flags() & Qt::ItemIsEnabled));
        QVERIFY(givenInUse->toolTip().contains(QStringLiteral("only optional fields")));
        table->setCurrentCell(given, 3);
        QTest::keyClick(table, Qt::Key_Space);
        QCoreApplication::processEvents();
        QVERIFY(*w.session().fieldSettings().isEnabled(QStringLiteral("contact"), QStringLiteral("given")));

        // Marking a field as special-category data.
        const int notes = fieldRow(table, QStringLiteral("contact.notes"));
        table->item(notes, 4)->setCheckState(Qt::Checked);
        QTRY_VERIFY(w.session().fieldSettings().get(QStringLiteral("contact.notes"))->special);
        shoot(*dialog, QStringLiteral("privacy-settings-fields"));

        // And back on.
        table->item(fieldRow(table, QStringLiteral("contact.birthday")), 3)->setCheckState(Qt::Checked);
        QTRY_COMPARE(*w.session().fieldSettings().isEnabled(QStringLiteral("contact"), QStringLiteral("birthday")),
                     true);
        QVERIFY(!child<QLabel>(dialog, "fieldsError")->isVisible());
    }

    void onlyProfilesThatManagePurposesSeeTheAction_data()
    {
        QTest::addColumn<security::Role>("role");
        QTest::addColumn<bool>("sees");
        QTest::newRow("admin") << security::Role::Admin << true;
        QTest::newRow("privacy officer") << security::Role::PrivacyOfficer << true;
        QTest::newRow("sales rep") << security::Role::SalesRep << false;
        QTest::newRow("read-only") << security::Role::ReadOnly << false;
    }

    void onlyProfilesThatManagePurposesSeeTheAction()
    {
        QFETCH(security::Role, role);
        QFETCH(bool, sees);
        Window w;
        QVERIFY(w.open(QStringLiteral("Sam"), role));
        QVERIFY(w.action());
        QCOMPARE(w.action()->isVisible(), sees);
        QCOMPARE(w.action()->isEnabled(), sees);
        QCOMPARE(w.openSettings() != nullptr, sees);
    }

    void oneDialogThatClosesOnProfileSwitchAndLock()
    {
        Window w;
        QVERIFY(w.open());
        QVERIFY(
            w.session().profiles().add(QStringLiteral("Sam"), security::Role::SalesRep, storage::SecretBuffer()).ok());
        QPointer<PrivacySettingsDialog> dialog = w.openSettings();
        QVERIFY(dialog);
        // Picking the menu entry again brings the same dialog forward.
        QCOMPARE(w.openSettings(), dialog.data());
        QCOMPARE(w.window->findChildren<PrivacySettingsDialog*>().size(), 1);

        // A sales rep may not manage purposes: the dialog goes with the permission.
        QVERIFY(w.host->actAs(QStringLiteral("Sam"), storage::SecretBuffer()).ok());
        QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
        QVERIFY(!w.action()->isVisible());

        QVERIFY(w.host->actAs(QStringLiteral("owner"), storage::SecretBuffer()).ok());
        dialog = w.openSettings();
        QVERIFY(dialog);
        w.host->lock();
        QTRY_VERIFY(dialog.isNull());
        QVERIFY(!w.action()->isEnabled());
    }
};

QTEST_MAIN(TestPrivacySettingsUi)
#include "TestPrivacySettingsUi.moc"
