#include "core/Session.h"

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
};

QTEST_MAIN(TestImportUi)
#include "TestImportUi.moc"
