#include "core/Session.h"
#include "core/storage/Statement.h"

#include "ui/ConsentCaptureWidget.h"
#include "ui/ImportDialog.h"
#include "ui/ImportPreviewModel.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include "tests/support/TestVault.h"

using namespace confidant;
using confidant::test::TestVault;
using confidant::ui::ImportDialog;
using confidant::ui::ImportPreviewModel;

namespace {

// Line 2 new, line 3 matches Ada by email, line 4 has an invalid email; "Fax" is not recognised.
const char* kLeads = "First Name,Last Name,Email,City,Fax\r\n"
                     "Grace,Hopper,grace@example.org,Arlington,555\r\n"
                     "Ada,Lovelace,ADA@example.org,London,\r\n"
                     "Bad,Row,not-an-email,,\r\n";

QString write(const TestVault& v, const QString& name, const QByteArray& data)
{
    const QString path = v.dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) {
        return QString();
    }
    return path;
}

// CONFIDANT_SCREENSHOT_DIR=/tmp/shots keeps a PNG of every page, to look at.
void shoot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("CONFIDANT_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }
}

struct Fixture
{
    TestVault v;
    crm::Contact ada;

    bool create()
    {
        if (!v.create()) {
            return false;
        }
        crm::Contact c;
        c.givenName = QStringLiteral("Ada");
        c.familyName = QStringLiteral("Lovelace");
        c.emails = {{QStringLiteral("ada@example.org"), QStringLiteral("work")}};
        c.jobTitle = QStringLiteral("Countess");
        auto created = v.session->contacts().create(c);
        if (!created) {
            return false;
        }
        ada = *created;
        return true;
    }
};

// The ids of the contacts an import created, in id order.
QList<crm::ContactId> importedIds(Session& session)
{
    QList<crm::ContactId> ids;
    auto s = session.vault().db().prepare("SELECT id FROM contacts WHERE source LIKE 'import:%' ORDER BY id");
    if (!s) {
        return ids;
    }
    while (true) {
        auto step = s->step();
        if (!step || *step == storage::Statement::Step::Done) {
            break;
        }
        ids.append(crm::ContactId {s->int64(0)});
    }
    return ids;
}

QCheckBox* purposeBox(QWidget& dialog, const QString& name)
{
    for (auto* box : dialog.findChildren<QCheckBox*>(QStringLiteral("consentPurpose"))) {
        if (box->text() == name) {
            return box;
        }
    }
    return nullptr;
}

// Walks the wizard to the preview page of `path`.
bool toPreview(ImportDialog& dialog, const QString& path)
{
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog)) {
        return false;
    }
    dialog.setFile(path);
    if (!QTest::qWaitFor([&] { return dialog.button(QWizard::NextButton)->isEnabled(); }, 30000)) {
        return false;
    }
    dialog.next();
    dialog.next();
    return dialog.currentId() == int(ImportDialog::PreviewPage);
}

const char* kThreeNew = "First Name,Last Name,Email\r\n"
                        "Grace,Hopper,grace@example.org\r\n"
                        "Alan,Turing,alan@example.org\r\n"
                        "Edsger,Dijkstra,edsger@example.org\r\n";

} // namespace

class TestImportUi : public QObject
{
    Q_OBJECT

private slots:
    void wizardWalksToThePreviewMergesAMatchAndImports()
    {
        Fixture f;
        QVERIFY(f.create());
        ImportDialog dialog(*f.v.session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        shoot(dialog, QStringLiteral("import-1-empty"));
        QVERIFY(!dialog.button(QWizard::NextButton)->isEnabled());

        dialog.setFile(write(f.v, QStringLiteral("leads.csv"), kLeads));
        QTRY_VERIFY(dialog.button(QWizard::NextButton)->isEnabled());
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("fileStatus"));
        QVERIFY(status->text().contains(QStringLiteral("UTF-8")));
        QVERIFY(status->text().contains(QStringLiteral("comma")));
        QVERIFY(status->text().contains(QStringLiteral("Rows: 3")));
        shoot(dialog, QStringLiteral("import-1-file"));

        dialog.next();
        QCOMPARE(dialog.currentId(), int(ImportDialog::MappingPage));
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("mappingTable"));
        QCOMPARE(table->rowCount(), 5);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("First Name"));
        QVERIFY(table->item(0, 1)->text().contains(QStringLiteral("Grace")));
        auto* given = qobject_cast<QComboBox*>(table->cellWidget(0, 2));
        QCOMPARE(given->currentData().toString(), QStringLiteral("given"));
        auto* fax = qobject_cast<QComboBox*>(table->cellWidget(4, 2));
        QCOMPARE(fax->currentData().toString(), QStringLiteral("skip"));
        QVERIFY(table->item(4, 0)->background() != table->item(0, 0)->background()); // highlighted
        shoot(dialog, QStringLiteral("import-2-mapping"));

        // Mapping Fax to notes previews again with that column.
        fax->setCurrentIndex(fax->findData(QStringLiteral("notes")));
        emit fax->activated(fax->currentIndex());
        QVERIFY(dialog.isBusy() || dialog.currentPreview()->columns[4].field == QLatin1String("notes"));
        QTRY_VERIFY(!dialog.isBusy());
        QCOMPARE(dialog.currentPreview()->columns[4].field, QStringLiteral("notes"));
        QVERIFY(dialog.currentPreview()->unmapped.isEmpty());

        dialog.next();
        QCOMPARE(dialog.currentId(), int(ImportDialog::PreviewPage));
        auto* counts = dialog.findChild<QLabel*>(QStringLiteral("countsLabel"));
        QCOMPARE(counts->text(), QStringLiteral("1 new, 1 matching existing contacts, 1 with problems."));
        auto* tabs = dialog.findChild<QTabWidget*>(QStringLiteral("previewTabs"));
        QCOMPARE(tabs->tabText(2), QStringLiteral("Problems (1)"));
        auto* problems = dialog.findChild<QTableView*>(QStringLiteral("problemsView"));
        QCOMPARE(problems->model()->index(0, 0).data().toInt(), 4);
        QVERIFY(problems->model()->index(0, 1).data().toString().contains(QStringLiteral("email")));
        // Problems block the import until they are left out.
        QVERIFY(!dialog.button(QWizard::CommitButton)->isEnabled());
        dialog.findChild<QCheckBox*>(QStringLiteral("skipInvalidCheck"))->setChecked(true);
        QVERIFY(dialog.button(QWizard::CommitButton)->isEnabled());

        ImportPreviewModel* matches = dialog.matchesModel();
        QCOMPARE(matches->rowCount(), 1);
        QCOMPARE(matches->index(0, 2).data().toString(), QStringLiteral("Ada Lovelace"));
        QCOMPARE(matches->index(0, ImportPreviewModel::kMergeColumn).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Unchecked)); // Skip by default
        QVERIFY(matches->setData(matches->index(0, ImportPreviewModel::kMergeColumn), Qt::Checked, Qt::CheckStateRole));
        tabs->setCurrentIndex(1);
        shoot(dialog, QStringLiteral("import-3-preview"));

        QSignalSpy imported(&dialog, &ImportDialog::imported);
        dialog.next();
        QCOMPARE(dialog.currentId(), int(ImportDialog::ImportPage));
        auto* result = dialog.findChild<QLabel*>(QStringLiteral("resultLabel"));
        QTRY_COMPARE(result->text(), QStringLiteral("Imported: 1 created, 1 merged, 1 skipped."));
        QCOMPARE(imported.count(), 1);
        QVERIFY(dialog.button(QWizard::FinishButton)->isEnabled());
        shoot(dialog, QStringLiteral("import-4-result"));

        auto after = f.v.session->contacts().get(f.ada.id);
        QVERIFY(after);
        QCOMPARE(after->city, QStringLiteral("London"));
        QCOMPARE(after->jobTitle, QStringLiteral("Countess"));
        QCOMPARE(*f.v.session->contacts().count(), 2);
    }

    void brokenFileSaysWhyAndGoesNowhere()
    {
        Fixture f;
        QVERIFY(f.create());
        ImportDialog dialog(*f.v.session);
        dialog.show();
        dialog.setFile(write(f.v, QStringLiteral("broken.csv"), "given,family\r\nA,\"B\r\n"));
        QTRY_VERIFY(!dialog.isBusy());
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("fileStatus"));
        QVERIFY2(status->text().contains(QStringLiteral("2")), qPrintable(status->text()));
        QVERIFY(!dialog.button(QWizard::NextButton)->isEnabled());
        shoot(dialog, QStringLiteral("import-1-broken"));
    }

    void readOnlyProfileSeesThePreviewButCannotImport()
    {
        Fixture f;
        QVERIFY(f.create());
        QVERIFY(f.v.session->profiles().add(QStringLiteral("reader"), security::Role::ReadOnly, {}));
        QVERIFY(f.v.session->actAs(QStringLiteral("reader"), {}));
        ImportDialog dialog(*f.v.session);
        dialog.show();
        dialog.setFile(write(f.v, QStringLiteral("one.csv"), "given,family\r\nEva,Eich\r\n"));
        QTRY_VERIFY(dialog.button(QWizard::NextButton)->isEnabled());
        dialog.next();
        dialog.next();
        QCOMPARE(dialog.currentId(), int(ImportDialog::PreviewPage));
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("permissionNote"))->isVisible());
        QVERIFY(!dialog.button(QWizard::CommitButton)->isEnabled());
    }

    // Issue #6: consent captured in the preview is recorded for every new contact, with the import, as
    // one ledger write (one audit entry) in the import's transaction.
    void consentTickedInThePreviewIsRecordedForEveryNewContact()
    {
        Fixture f;
        QVERIFY(f.create());
        const auto newsletter = f.v.session->purposes().find(QStringLiteral("Newsletter"));
        QVERIFY(newsletter);
        ImportDialog dialog(*f.v.session);
        QVERIFY(toPreview(dialog, write(f.v, QStringLiteral("fair.csv"), kThreeNew)));
        auto* box = dialog.findChild<QWidget*>(QStringLiteral("importConsentBox"));
        QVERIFY(box && box->isVisible());
        auto* capture = dialog.findChild<ui::ConsentCaptureWidget*>(QStringLiteral("consentCapture"));
        QVERIFY(capture);
        QVERIFY(capture->isVisible());
        auto* method = capture->findChild<QComboBox*>(QStringLiteral("consentMethod"));
        QVERIFY(method);
        QCOMPARE(method->currentText(), privacy::ConsentService::methodLabel(privacy::ConsentMethod::Import));
        QVERIFY(capture->captures().isEmpty()); // nothing ticked, nothing recorded
        QCheckBox* tick = purposeBox(dialog, QStringLiteral("Newsletter"));
        QVERIFY(tick);
        tick->click();
        capture->findChild<QLineEdit*>(QStringLiteral("consentEvidence"))->setText(QStringLiteral("Fair sheet 12"));
        QVERIFY(dialog.button(QWizard::CommitButton)->isEnabled());
        shoot(dialog, QStringLiteral("import-consent-preview"));

        dialog.next();
        auto* result = dialog.findChild<QLabel*>(QStringLiteral("resultLabel"));
        QTRY_VERIFY(result->text().startsWith(QStringLiteral("Imported:")));
        QCOMPARE(result->text(),
                 QStringLiteral("Imported: 3 created, 0 merged, 0 skipped.\n"
                                "Consent recorded for 3 new contact(s): Newsletter."));
        shoot(dialog, QStringLiteral("import-consent-result"));

        const QList<crm::ContactId> ids = importedIds(*f.v.session);
        QCOMPARE(ids.size(), 3);
        for (const crm::ContactId id : ids) {
            auto state = f.v.session->consents().state(id, newsletter->id);
            QVERIFY(state);
            QCOMPARE(state->status, privacy::ConsentStatus::Given);
            QCOMPARE(state->latest->method, privacy::ConsentMethod::Import);
            QCOMPARE(state->latest->evidence, QStringLiteral("Fair sheet 12"));
            QCOMPARE(state->latest->recordedBy, f.v.session->actor().uid);
        }
        // Ada was in the vault before and is not in the file: untouched.
        QCOMPARE(f.v.session->consents().state(f.ada.id, newsletter->id)->status, privacy::ConsentStatus::None);
        security::AuditQuery q;
        q.action = QStringLiteral("consent.grant");
        auto grants = f.v.session->auditLog().list(q);
        QVERIFY(grants);
        QCOMPARE(grants->size(), 1);
        QVERIFY2(grants->first().summary.startsWith(QStringLiteral("count=3 ")), qPrintable(grants->first().summary));
        QVERIFY(grants->first().summary.contains(QStringLiteral("method=import")));
    }

    // If the consent cannot be recorded (the purpose was archived meanwhile), nothing is imported.
    void consentThatCannotBeRecordedImportsNothing()
    {
        Fixture f;
        QVERIFY(f.create());
        const auto newsletter = f.v.session->purposes().find(QStringLiteral("Newsletter"));
        QVERIFY(newsletter);
        ImportDialog dialog(*f.v.session);
        QVERIFY(toPreview(dialog, write(f.v, QStringLiteral("fair.csv"), kThreeNew)));
        QVERIFY(dialog.consentCapture()->setChecked(QStringLiteral("Newsletter"), true));
        QVERIFY(f.v.session->purposes().setArchived(newsletter->id, true));
        dialog.next();
        auto* result = dialog.findChild<QLabel*>(QStringLiteral("resultLabel"));
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY2(result->text().startsWith(QStringLiteral("Nothing was imported: the consent could not be recorded.")),
                 qPrintable(result->text()));
        shoot(dialog, QStringLiteral("import-consent-refused"));
        QVERIFY(importedIds(*f.v.session).isEmpty());
        QCOMPARE(*f.v.session->contacts().count(), 1);
        QCOMPARE(*f.v.session->vault().db().queryInt("SELECT count(*) FROM import_batches"), 0);
    }

    // Data minimisation: a column of a switched-off field is greyed, not choosable, named in a warning on
    // the preview, and not imported.
    void switchedOffFieldColumnIsShownAndSkipped()
    {
        Fixture f;
        QVERIFY(f.create());
        QVERIFY(f.v.session->fieldSettings().set(QStringLiteral("contact.birthday"), false, std::nullopt));
        ImportDialog dialog(*f.v.session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setFile(
            write(f.v, QStringLiteral("people.csv"), "First Name,Last Name,Birthday\r\nGrace,Hopper,1906-12-09\r\n"));
        QTRY_VERIFY(dialog.button(QWizard::NextButton)->isEnabled());
        dialog.next();
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("mappingTable"));
        QCOMPARE(table->rowCount(), 3);
        auto* birthday = qobject_cast<QComboBox*>(table->cellWidget(2, 2));
        QCOMPARE(birthday->currentData().toString(), QStringLiteral("skip"));
        QVERIFY(table->item(2, 0)->toolTip().contains(QStringLiteral("switched off")));
        QVERIFY(!table->item(2, 1)->text().contains(QStringLiteral("1906"))); // its values are not shown either
        const int item = birthday->findData(QStringLiteral("birthday"));
        QVERIFY(item > 0);
        QVERIFY(!qobject_cast<QStandardItemModel*>(birthday->model())->item(item)->isEnabled());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("mappingStatus"))->text().contains(QStringLiteral("grey")));
        shoot(dialog, QStringLiteral("import-switched-off-mapping"));

        dialog.next();
        auto* warnings = dialog.findChild<QLabel*>(QStringLiteral("importWarnings"));
        QVERIFY(warnings->isVisible());
        QCOMPARE(warnings->text(),
                 QStringLiteral("The column \"Birthday\" is not imported: the field \"Birthday\" is switched off "
                                "(data minimisation)."));
        shoot(dialog, QStringLiteral("import-switched-off-preview"));
        dialog.next();
        auto* result = dialog.findChild<QLabel*>(QStringLiteral("resultLabel"));
        QTRY_COMPARE(result->text(), QStringLiteral("Imported: 1 created, 0 merged, 0 skipped."));
        const QList<crm::ContactId> ids = importedIds(*f.v.session);
        QCOMPARE(ids.size(), 1);
        auto grace = f.v.session->contacts().get(ids.first());
        QVERIFY(grace);
        QCOMPARE(grace->givenName, QStringLiteral("Grace"));
        QVERIFY(!grace->birthday.isValid());
    }
};

QTEST_MAIN(TestImportUi)
#include "TestImportUi.moc"
