#include "core/Session.h"

#include "ui/AccessDialog.h"
#include "ui/EraseDialog.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "tests/support/Screenshot.h"
#include "tests/support/TestVault.h"

#include <memory>

using namespace confidant;
using confidant::test::shoot;
using confidant::test::TestVault;
using confidant::ui::AccessDialog;
using confidant::ui::EraseDialog;

namespace {

template <typename T>
T* child(QWidget& parent, const char* name)
{
    return parent.findChild<T*>(QString::fromLatin1(name));
}

//! "label=count" for each row of a group in the tree (or of the whole tree when `group` is empty).
QStringList rows(QTreeWidget& tree, const QString& group = {})
{
    QStringList out;
    for (int i = 0; i < tree.topLevelItemCount(); ++i) {
        QTreeWidgetItem* top = tree.topLevelItem(i);
        if (top->childCount() == 0) {
            out << top->text(0) + QLatin1Char('=') + top->text(1);
            continue;
        }
        if (!group.isEmpty() && top->text(0) != group) {
            continue;
        }
        for (int j = 0; j < top->childCount(); ++j) {
            out << top->child(j)->text(0) + QLatin1Char('=') + top->child(j)->text(1);
        }
    }
    return out;
}

struct Subject
{
    TestVault v;
    crm::Contact ada;
    QString reference;

    bool build()
    {
        if (!v.create()) {
            return false;
        }
        crm::Contact c;
        c.givenName = QStringLiteral("Ada");
        c.familyName = QStringLiteral("Lovelace");
        c.emails = {{QStringLiteral("ada@example.org"), QStringLiteral("work")}};
        c.notes = QStringLiteral("Prefers letters");
        auto created = v.session->contacts().create(c);
        if (!created) {
            return false;
        }
        ada = *created;
        for (int i = 0; i < 3; ++i) {
            crm::Activity call;
            call.kind = crm::ActivityKind::Call;
            call.subject = QStringLiteral("Call %1").arg(i + 1);
            call.links = {{crm::EntityType::Contact, ada.uid, 0, {}}};
            if (!v.session->activities().add(call)) {
                return false;
            }
        }
        crm::Contact other;
        other.givenName = QStringLiteral("Charles");
        other.familyName = QStringLiteral("Babbage");
        other.notes = QStringLiteral("Introduced by Ada Lovelace");
        if (!v.session->contacts().create(other)) {
            return false;
        }
        privacy::NewRequest request;
        request.kind = privacy::RequestKind::Erasure;
        request.requester = QStringLiteral("Ada, by email");
        request.contactUids = {ada.uid};
        auto added = v.session->requests().add(request);
        if (!added) {
            return false;
        }
        reference = added->reference;
        return bool(v.session->requests().verify(reference, QStringLiteral("Replied from her address")));
    }
};

} // namespace

class TestSubjectDialogsUi : public QObject
{
    Q_OBJECT

private slots:
    //! Preview, then one click: the package is written owner-only, holds her data, and its hashes are
    //! recorded with the request.
    void accessPackageInOneClick()
    {
        Subject s;
        QVERIFY(s.build());
        QTemporaryDir out;
        AccessDialog dialog(*s.v.session, s.ada.uid, s.reference);
        dialog.show();
        auto* preview = child<QTreeWidget>(dialog, "accessPreview");
        const QStringList shown = rows(*preview);
        QVERIFY2(shown.contains(QStringLiteral("Activities and notes=3")), qPrintable(shown.join(u'|')));
        QVERIFY(shown.contains(QStringLiteral("Requests they made=1")));
        QVERIFY(!shown.join(u'|').contains(QStringLiteral("Mentions")));
        child<QCheckBox>(dialog, "accessMentions")->setChecked(true);
        QVERIFY(rows(*preview).contains(QStringLiteral("Mentions in other records=1")));

        const QString folder = out.filePath(QStringLiteral("package"));
        child<QLineEdit>(dialog, "accessFolder")->setText(folder);
        QSignalSpy finished(&dialog, &AccessDialog::finished);
        QTest::mouseClick(child<QPushButton>(dialog, "accessStartButton"), Qt::LeftButton);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY2(child<QLabel>(dialog, "accessError")->text().isEmpty(),
                 qPrintable(child<QLabel>(dialog, "accessError")->text()));
        shoot(dialog, QStringLiteral("access-dialog"));

        QFile json(QDir(folder).filePath(QStringLiteral("access.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QCOMPARE(json.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        const QJsonObject doc = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(doc.value(QStringLiteral("activities")).toArray().size(), 3);
        QVERIFY(QString::fromUtf8(QJsonDocument(doc).toJson()).contains(QStringLiteral("ada@example.org")));
        QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("access-report.pdf"))));

        auto request = s.v.session->requests().find(s.reference);
        QVERIFY(request);
        QCOMPARE(request->artefacts.size(), dialog.written().size());
        QVERIFY(dialog.written().size() >= 3);
        QCOMPARE(request->artefacts.first().sha256, dialog.written().first().sha256);
    }

    //! The package is audited before any of its files is put in place: when the session's gate commits the
    //! `subject.access` entry, none of the package's files exists yet under its name.
    void accessPackageIsAuditedBeforeItsFilesAppear()
    {
        Subject s;
        QVERIFY(s.build());
        QTemporaryDir out;
        const QString folder = out.filePath(QStringLiteral("package"));
        // The gate cannot drop a listener: it shares what it saw rather than point into this function.
        struct Seen
        {
            int audits = 0;
            QStringList visible;
        };
        auto seen = std::make_shared<Seen>();
        s.v.session->gate().addListener([seen, folder](const security::Mutation& m) {
            if (m.action != QLatin1String("subject.access")) {
                return;
            }
            ++seen->audits;
            for (const QString& name : privacy::AccessPackage::packageFileNames()) {
                if (QFileInfo::exists(QDir(folder).filePath(name))) {
                    seen->visible << name;
                }
            }
        });
        AccessDialog dialog(*s.v.session, s.ada.uid, s.reference);
        child<QLineEdit>(dialog, "accessFolder")->setText(folder);
        QSignalSpy finished(&dialog, &AccessDialog::finished);
        dialog.start();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY2(finished.first().first().toBool(), qPrintable(child<QLabel>(dialog, "accessError")->text()));
        QCOMPARE(seen->audits, 1);
        QVERIFY2(seen->visible.isEmpty(), qPrintable(seen->visible.join(u',')));
        QVERIFY(dialog.written().size() >= 3);
        for (const auto& file : dialog.written()) {
            QVERIFY(QFile::exists(file.path));
        }
    }

    //! A profile without "handle requests" gets no package, even with the dialog started directly: the
    //! worker's own gate refuses the reading, and the refusal is shown.
    void aProfileWithoutHandleRequestsGetsNoPackage()
    {
        Subject s;
        QVERIFY(s.build());
        QVERIFY(s.v.session->profiles().add(QStringLiteral("Sam"), security::Role::SalesRep, test::secret("")));
        QVERIFY(s.v.session->actAs(QStringLiteral("Sam"), test::secret("")));
        QTemporaryDir out;
        const QString folder = out.filePath(QStringLiteral("package"));
        AccessDialog dialog(*s.v.session, s.ada.uid, s.reference);
        QVERIFY(!child<QPushButton>(dialog, "accessStartButton")->isEnabled());
        child<QLineEdit>(dialog, "accessFolder")->setText(folder);
        QSignalSpy finished(&dialog, &AccessDialog::finished);
        dialog.start();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!QFileInfo::exists(folder));
        QVERIFY(dialog.written().isEmpty());
        QCOMPARE(child<QLabel>(dialog, "accessError")->text(),
                 security::deniedError(s.v.session->actor(), security::Permission::HandleRequests).message);
    }

    //! The erase button stays off until her name is typed; one click then removes her, puts her email on
    //! the suppression list and records the receipt with the request.
    void eraseAfterTypingTheName()
    {
        Subject s;
        QVERIFY(s.build());
        EraseDialog dialog(*s.v.session, s.ada.uid, s.reference);
        dialog.show();
        QVERIFY(dialog.hasPreview());
        auto* details = child<QTreeWidget>(dialog, "eraseDetails");
        const QStringList removed = rows(*details, QStringLiteral("Removed"));
        QVERIFY2(removed.contains(QStringLiteral("Contact record=1")), qPrintable(removed.join(u'|')));
        QVERIFY(removed.contains(QStringLiteral("Activities and notes=3")));
        const QStringList mentions = rows(*details, QStringLiteral("Mentioned in other records (redact them here)"));
        QCOMPARE(mentions.size(), 1);
        QVERIFY(mentions.first().startsWith(QStringLiteral("Contact “Charles Babbage”, notes=")));

        auto* erase = child<QPushButton>(dialog, "eraseButton");
        auto* confirm = child<QLineEdit>(dialog, "eraseConfirm");
        QVERIFY(!erase->isEnabled());
        confirm->setText(QStringLiteral("Ada"));
        QVERIFY(!erase->isEnabled());
        confirm->setText(QStringLiteral("  ada   LOVELACE "));
        QVERIFY(erase->isEnabled());
        shoot(dialog, QStringLiteral("erase-dialog"));

        QSignalSpy erased(&dialog, &EraseDialog::erased);
        QTest::mouseClick(erase, Qt::LeftButton);
        QCOMPARE(erased.size(), 1);
        QVERIFY(dialog.receipt());
        QVERIFY(!erase->isEnabled());
        QVERIFY(child<QLabel>(dialog, "eraseResult")->text().contains(dialog.receipt()->sha256()));
        shoot(dialog, QStringLiteral("erase-done"));

        QVERIFY(!s.v.session->contacts().get(s.ada.id));
        auto suppressed = s.v.session->suppression().check(QStringLiteral("ADA@example.org"));
        QVERIFY(suppressed);
        QVERIFY(suppressed->has_value());
        auto request = s.v.session->requests().find(s.reference);
        QVERIFY(request);
        QCOMPARE(request->artefacts.size(), 1);
        QCOMPARE(request->artefacts.first().sha256, dialog.receipt()->sha256());
        QCOMPARE(request->contacts.first().exists, false);
    }

    void unknownContactShowsTheMessageAndCannotErase()
    {
        TestVault v;
        QVERIFY(v.create());
        EraseDialog dialog(*v.session, QStringLiteral("00000000-0000-0000-0000-000000000000"), {});
        QVERIFY(!dialog.hasPreview());
        QVERIFY(!child<QPushButton>(dialog, "eraseButton")->isEnabled());
        QVERIFY(!child<QLabel>(dialog, "eraseSummary")->text().isEmpty());
        QVERIFY(!dialog.erase());
    }
};

QTEST_MAIN(TestSubjectDialogsUi)
#include "TestSubjectDialogsUi.moc"
