#include "core/Session.h"

#include "ui/CompanyEditorDialog.h"
#include "ui/ContactTableModel.h"
#include "ui/ContactsPage.h"
#include "ui/ExportDialog.h"
#include "ui/MainWindow.h"
#include "ui/SavedFilterDialog.h"
#include "ui/SessionHost.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "tests/support/Screenshot.h"
#include "tests/support/TestVault.h"

#include <algorithm>

using namespace confidant;
using confidant::ui::ContactsPage;
using confidant::ui::ContactTableModel;
using confidant::ui::ExportDialog;
using confidant::ui::MainWindow;
using confidant::ui::SessionHost;

namespace {

using confidant::test::shoot;

crm::Contact person(const QString& given, const QString& family, const QString& city, const QStringList& tags = {})
{
    crm::Contact c;
    c.givenName = given;
    c.familyName = family;
    c.emails = {{given.toLower() + QStringLiteral("@example.org"), QStringLiteral("work")}};
    c.city = city;
    c.tags = tags;
    c.source = QStringLiteral("test");
    return c;
}

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
        for (const auto& c : {person(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("London")),
                              person(QStringLiteral("Grace"),
                                     QStringLiteral("Hopper"),
                                     QStringLiteral("Arlington"),
                                     {QStringLiteral("navy")}),
                              person(QStringLiteral("Alan"), QStringLiteral("Turing"), QStringLiteral("London")),
                              person(QStringLiteral("Edsger"), QStringLiteral("Dijkstra"), QStringLiteral("Austin"))}) {
            if (!s.contacts().create(c)) {
                return false;
            }
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
    ContactsPage* page() const
    {
        return window->contactsPage();
    }
    QTableView* table() const
    {
        return page()->findChild<QTableView*>(QStringLiteral("contactsTable"));
    }
    QStringList shownFamilies() const
    {
        QStringList names;
        auto* model = page()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            names.append(
                model->index(row, ContactTableModel::NameColumn).data().toString().section(QLatin1Char(','), 0, 0));
        }
        return names;
    }
    ~Window()
    {
        window.reset();
        host.reset();
    }
};

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

ExportDialog* openDialog(Window& w)
{
    w.page()->openExport();
    return w.page()->findChild<ExportDialog*>(QStringLiteral("exportDialog"));
}

bool runExport(ExportDialog& dialog)
{
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    dialog.findChild<QPushButton*>(QStringLiteral("exportButton"))->click();
    return (!finished.isEmpty() || finished.wait(30000)) && finished.first().first().toBool();
}

} // namespace

class TestExportUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    // Issue #6: choosing a purpose makes it the gated export; the count step says who is left out and why,
    // and the file holds only the kept contacts.
    void purposeShowsTheGateBeforeWritingAndExportsOnlyTheKept()
    {
        Window w;
        QVERIFY(w.open());
        Session& s = w.session();
        const auto newsletter = s.purposes().find(QStringLiteral("Newsletter"));
        QVERIFY(newsletter);
        privacy::ConsentRecord record;
        record.method = privacy::ConsentMethod::WebForm;
        // Grace consented; Ada consented and withdrew.
        QCOMPARE(w.shownFamilies().at(1), QStringLiteral("Hopper"));
        QCOMPARE(w.shownFamilies().at(2), QStringLiteral("Lovelace"));
        const auto grace = s.contacts().get(*w.page()->model()->idAt(1));
        const auto ada = s.contacts().get(*w.page()->model()->idAt(2));
        QVERIFY(grace && ada);
        QVERIFY(s.consents().grant(grace->id, newsletter->id, record));
        QVERIFY(s.consents().grant(ada->id, newsletter->id, record));
        w.vault.clock.advanceMs(60'000);
        QVERIFY(s.consents().withdraw(ada->id, newsletter->id, record));

        auto* selection = w.table()->selectionModel();
        selection->select(w.page()->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        selection->select(w.page()->model()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        auto* dialog = openDialog(w);
        QVERIFY(dialog);
        auto* count = dialog->findChild<QLabel*>(QStringLiteral("exportCount"));
        QCOMPARE(count->text(), QStringLiteral("2 contact(s) will be exported."));
        auto* purpose = dialog->findChild<QComboBox*>(QStringLiteral("exportPurpose"));
        QVERIFY(purpose);
        QCOMPARE(purpose->itemText(0), QStringLiteral("None (plain export)"));
        QVERIFY(purpose->findText(QStringLiteral("Newsletter")) > 0);
        QVERIFY(purpose->findText(QStringLiteral("Invoicing")) > 0);
        purpose->setCurrentIndex(purpose->findText(QStringLiteral("Newsletter")));
        QCOMPARE(dialog->selectionCount(), qint64(1));
        const QString expected = QStringLiteral("1 contact(s) will be exported; 1 left out: %1.")
                                     .arg(privacy::GateReport::reasonLabel(privacy::GateReason::ConsentWithdrawn, 1));
        QCOMPARE(count->text(), expected);
        QVERIFY(count->text().contains(QStringLiteral("withdrew")));

        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("newsletter.csv"));
        dialog->setPath(path);
        shoot(*dialog, QStringLiteral("export-dialog-purpose"));
        QVERIFY(runExport(*dialog));
        const QByteArray csv = readAll(path);
        QCOMPARE(csv.count('\n'), 2); // header + Grace
        QVERIFY(csv.contains(grace->uid.toUtf8() + ",Grace,Hopper,"));
        QVERIFY(!csv.contains("Lovelace"));
        QVERIFY(dialog->resultText().startsWith(QStringLiteral("Exported 1 contact(s).")));
        security::AuditQuery q;
        q.action = QStringLiteral("contact.export");
        auto entries = s.auditLog().list(q);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        QVERIFY2(entries->first().summary.contains(QStringLiteral("purpose=") + newsletter->uid),
                 qPrintable(entries->first().summary));

        // Back to none: the plain export of the same two.
        purpose->setCurrentIndex(0);
        QCOMPARE(count->text(), QStringLiteral("2 contact(s) will be exported."));
    }

    // Data minimisation: a switched-off field is named in the dialog and is not in the file the worker
    // writes (it reads the field settings on its own connection).
    void switchedOffFieldIsNamedAndLeftOutOfTheFile()
    {
        Window w;
        QVERIFY(w.open());
        QVERIFY(w.session().fieldSettings().set(QStringLiteral("contact.city"), false, std::nullopt));
        auto* dialog = openDialog(w);
        QVERIFY(dialog);
        auto* omitted = dialog->findChild<QLabel*>(QStringLiteral("exportOmitted"));
        QVERIFY(omitted->isVisible());
        QCOMPARE(omitted->text(), QStringLiteral("Not in the file (switched off in the field settings): City."));
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("all.csv"));
        dialog->setPath(path);
        shoot(*dialog, QStringLiteral("export-dialog-omitted"));
        QVERIFY(runExport(*dialog));
        const QByteArray csv = readAll(path);
        QCOMPARE(csv.count('\n'), 5);
        QVERIFY(csv.startsWith("uid,given,family,email,email_labels,phone,phone_labels,street,postcode,region,"));
        QVERIFY(!csv.contains("London"));
        QVERIFY(!csv.contains("Arlington"));
        QVERIFY(csv.contains(",Ada,Lovelace,"));
    }

    void exportsTheSelectedContactsAsCsv()
    {
        Window w;
        QVERIFY(w.open());
        // Family-name order: Dijkstra, Hopper, Lovelace, Turing. Select Hopper and Turing.
        QCOMPARE(w.shownFamilies(),
                 QStringList({QStringLiteral("Dijkstra"),
                              QStringLiteral("Hopper"),
                              QStringLiteral("Lovelace"),
                              QStringLiteral("Turing")}));
        auto* selection = w.table()->selectionModel();
        selection->select(w.page()->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        selection->select(w.page()->model()->index(3, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        // Edit and Delete act on one record: with two selected they wait.
        QVERIFY(!w.page()->findChild<QAction*>(QStringLiteral("contactsEdit"))->isEnabled());

        auto* dialog = openDialog(w);
        QVERIFY(dialog);
        QCOMPARE(dialog->selectionCount(), qint64(2));
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("exportCount"))->text(),
                 QStringLiteral("2 contact(s) will be exported."));
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("picked.csv"));
        dialog->setPath(path);
        shoot(*dialog, QStringLiteral("export-dialog"));
        QVERIFY(runExport(*dialog));
        const QByteArray csv = readAll(path);
        QCOMPARE(csv.count('\n'), 3); // header + 2
        QVERIFY(csv.contains("Hopper"));
        QVERIFY(csv.contains("Turing"));
        QVERIFY(!csv.contains("Lovelace"));
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QVERIFY(dialog->resultText().startsWith(QStringLiteral("Exported 2 contact(s).")));
        // Audited with its count, through the one core export service.
        auto entries = w.session().auditLog().list({});
        QVERIFY(entries.ok());
        const bool audited = std::any_of(entries->cbegin(), entries->cend(), [](const security::AuditEntry& e) {
            return e.action == QStringLiteral("contact.export") && e.summary.contains(QStringLiteral("2"));
        });
        QVERIFY(audited);
    }

    void savedFilterNarrowsTheListAndTheExport()
    {
        Window w;
        QVERIFY(w.open());
        auto* box = w.page()->findChild<QComboBox*>(QStringLiteral("contactsFilter"));
        QVERIFY(box);
        QVERIFY(!box->isVisible()); // no saved filters yet

        // Save "Londoners" through the dialog, as a user would.
        w.page()->findChild<QAction*>(QStringLiteral("contactsNewFilter"))->trigger();
        auto* filterDialog = w.page()->findChild<ui::SavedFilterDialog*>(QStringLiteral("savedFilterDialog"));
        QVERIFY(filterDialog);
        auto* save = filterDialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
        filterDialog->findChild<QLineEdit*>(QStringLiteral("filterName"))->setText(QStringLiteral("Londoners"));
        QVERIFY(!save->isEnabled()); // a name alone matches everyone: nothing to save
        filterDialog->findChild<QLineEdit*>(QStringLiteral("filterCity"))->setText(QStringLiteral("london"));
        QVERIFY(save->isEnabled());
        shoot(*filterDialog, QStringLiteral("filter-dialog"));
        save->click();
        QTRY_VERIFY(!filterDialog->isVisible());

        QCOMPARE(w.page()->filterName(), QStringLiteral("Londoners"));
        QVERIFY(box->isVisible());
        QCOMPARE(box->currentText(), QStringLiteral("Londoners"));
        QCOMPARE(w.shownFamilies(), QStringList({QStringLiteral("Lovelace"), QStringLiteral("Turing")}));
        shoot(*w.window, QStringLiteral("contacts-filtered"));

        // The export offers the filter and takes exactly its contacts.
        auto* dialog = openDialog(w);
        QVERIFY(dialog);
        QCOMPARE(dialog->selectionCount(), qint64(2));
        dialog->setFormat(crm::ExportFormat::VCard);
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("london.vcf"));
        dialog->setPath(path);
        QVERIFY(runExport(*dialog));
        const QByteArray vcf = readAll(path);
        QCOMPARE(vcf.count("BEGIN:VCARD"), 2);
        QVERIFY(vcf.contains("Lovelace") && vcf.contains("Turing"));
        dialog->close();

        // Back to everyone.
        box->setCurrentIndex(0);
        emit box->activated(0);
        QCOMPARE(w.shownFamilies().size(), 4);
    }

    void deletingTheAppliedFilterShowsEveryoneAgain()
    {
        Window w;
        QVERIFY(w.open());
        crm::ContactFilter f;
        f.tags = {QStringLiteral("navy")};
        QVERIFY(w.session().savedFilters().createContactFilter(QStringLiteral("Navy"), f).ok());
        auto* box = w.page()->findChild<QComboBox*>(QStringLiteral("contactsFilter"));
        QTRY_COMPARE(box->count(), 2); // the notifier told the page
        w.page()->applyFilter(QStringLiteral("navy"));
        QCOMPARE(w.shownFamilies(), QStringList({QStringLiteral("Hopper")}));

        w.page()->findChild<QAction*>(QStringLiteral("contactsDeleteFilter"))->trigger();
        auto* confirm = w.page()->findChild<QMessageBox*>(QStringLiteral("deleteFilterConfirmation"));
        QVERIFY(confirm);
        confirm->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(w.page()->filterName(), QString());
        QCOMPARE(w.shownFamilies().size(), 4);
        QVERIFY(!w.session().savedFilters().get(QStringLiteral("contact"), QStringLiteral("Navy")));
    }

    void fileMenuOpensTheExportFromAnyPage()
    {
        Window w;
        QVERIFY(w.open());
        auto* action = w.window->findChild<QAction*>(QStringLiteral("exportAction"));
        QVERIFY(action && action->isVisible() && action->isEnabled());
        action->trigger();
        auto* dialog = w.page()->findChild<ExportDialog*>(QStringLiteral("exportDialog"));
        QVERIFY(dialog);
        QVERIFY(w.page()->isVisible());
        QCOMPARE(dialog->selectionCount(), qint64(4)); // nothing selected, no filter: all
    }

    void aProfileWithoutExportSeesNoExport()
    {
        Window w;
        QVERIFY(w.open(QStringLiteral("Sam"), security::Role::SalesRep));
        QVERIFY(!w.window->findChild<QAction*>(QStringLiteral("exportAction"))->isVisible());
        QVERIFY(!w.page()->findChild<QAction*>(QStringLiteral("contactsExport"))->isVisible());
        w.page()->openExport();
        QVERIFY(!w.page()->findChild<ExportDialog*>());
        // The core refuses too (and audits the refusal), whatever the widgets show.
        QVERIFY(w.session().exports().authorize({}).error().kind == ErrorKind::Denied);
    }

    // The dialog's worker checks "export" itself, on its own gate from core: a sales rep who gets hold of
    // the dialog anyway (built and started directly) gets no file, sees the refusal, and it is audited.
    void aProfileWithoutExportGetsNoFileEvenFromTheDialog()
    {
        Window w;
        QVERIFY(w.open(QStringLiteral("Sam"), security::Role::SalesRep));
        ExportDialog dialog(w.session(), {}, {});
        QCOMPARE(dialog.selectionCount(), qint64(4)); // a sales rep may view them
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("all.csv"));
        dialog.setPath(path);
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.startExport();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!QFile::exists(path));
        QVERIFY(QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
        QCOMPARE(dialog.resultText(), security::deniedError(w.session().actor(), security::Permission::Export).message);
        // A sales rep may not read the trail: look at it directly.
        auto denied = w.session().vault().db().queryInt(
            "SELECT count(*) FROM audit_log WHERE action = 'access.denied' AND summary LIKE "
            "'%attempted=contact.export%' AND summary LIKE '%role=sales-rep%'");
        QVERIFY(denied);
        QVERIFY(*denied >= 1);
        auto exported
            = w.session().vault().db().queryInt("SELECT count(*) FROM audit_log WHERE action = 'contact.export'");
        QVERIFY(exported);
        QCOMPARE(*exported, qint64(0));
    }

    // The file is made visible only after its audit entry is written. With the audit trail unwritable (its
    // sealed head replaced by a folder, which no one can write over, root included) the export fails, shows
    // why and leaves no file; once the trail is writable again the file and its entry are both there.
    void theFileAppearsOnlyAfterItsAuditEntry()
    {
        Window w;
        QVERIFY(w.open());
        auto* dialog = openDialog(w);
        QVERIFY(dialog);
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("all.csv"));
        dialog->setPath(path);
        const QString head = QDir(w.session().vault().directory()).filePath(QStringLiteral("audit-head.json"));
        const QString aside = head + QStringLiteral(".aside");
        QVERIFY(QFile::exists(head));
        QVERIFY(QFile::rename(head, aside));
        QVERIFY(QDir().mkdir(head));
        auto restore = qScopeGuard([&] {
            QDir().rmdir(head);
            QFile::rename(aside, head);
        });

        QVERIFY(!runExport(*dialog));
        QVERIFY2(!QFile::exists(path), "the export file became visible without its audit entry");
        QVERIFY(QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
        QVERIFY2(dialog->resultText().contains(QStringLiteral("audit-head.json")), qPrintable(dialog->resultText()));

        restore.dismiss();
        QVERIFY(QDir().rmdir(head));
        QVERIFY(QFile::rename(aside, head));
        QVERIFY(runExport(*dialog));
        QVERIFY(QFile::exists(path));
        QCOMPARE(readAll(path).count('\n'), 5);
        security::AuditQuery q;
        q.action = QStringLiteral("contact.export");
        auto entries = w.session().auditLog().list(q);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1); // the failed attempt left nothing in the trail
        QVERIFY(entries->first().summary.contains(QStringLiteral("count=4")));
        auto verified = w.session().auditLog().verify();
        QVERIFY(verified);
        QVERIFY2(verified->ok, qPrintable(verified->problem));
    }

    void failedWriteLeavesNoFile()
    {
        Window w;
        QVERIFY(w.open());
        auto* dialog = openDialog(w);
        QVERIFY(dialog);
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("no-such-folder/contacts.csv"));
        dialog->setPath(path);
        QSignalSpy finished(dialog, &ExportDialog::exportFinished);
        dialog->findChild<QPushButton*>(QStringLiteral("exportButton"))->click();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(dialog->resultText().contains(QStringLiteral("Cannot write")));
        QVERIFY(!QFile::exists(path));
    }

    void companyEditorKeepsTags()
    {
        Window w;
        QVERIFY(w.open());
        crm::Company acme;
        acme.name = QStringLiteral("Acme");
        acme.tags = {QStringLiteral("supplier")};
        auto created = w.session().companies().create(acme);
        QVERIFY(created.ok());
        ui::CompanyEditorDialog editor(w.session().companies(), *created);
        auto* tags = editor.findChild<QLineEdit*>(QStringLiteral("tags"));
        QVERIFY(tags);
        QCOMPARE(tags->text(), QStringLiteral("supplier"));
        tags->setText(QStringLiteral("supplier, key account, Supplier"));
        editor.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        auto saved = w.session().companies().get(created->id);
        QVERIFY(saved.ok());
        QStringList tagsSaved = saved->tags;
        tagsSaved.sort(Qt::CaseInsensitive);
        QCOMPARE(tagsSaved, QStringList({QStringLiteral("key account"), QStringLiteral("supplier")}));
    }
};

QTEST_MAIN(TestExportUi)
#include "TestExportUi.moc"
