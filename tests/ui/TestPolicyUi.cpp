#include "core/Session.h"
#include "core/privacy/PolicyGenerator.h"
#include "core/privacy/PrivacyConfiguration.h"
#include "core/privacy/RopaReport.h"

#include "ui/PolicyDialog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include "tests/support/Screenshot.h"
#include "tests/support/TestVault.h"

using namespace confidant;
using confidant::report::ReportFormat;
using confidant::ui::PolicyDialog;

namespace {

constexpr QFileDevice::Permissions kOwnerOnly
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;

using confidant::test::shoot;

template <typename T>
T* child(QWidget& parent, const char* name)
{
    return parent.findChild<T*>(QString::fromLatin1(name));
}

QStringList listed(QListWidget& list)
{
    QStringList out;
    for (int i = 0; i < list.count(); ++i) {
        out << list.item(i)->text();
    }
    return out;
}

QByteArray contents(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

//! What the core says is missing, read the way the CLI's `policy generate` reads it.
QStringList coreMissing(Session& s, const QString& language)
{
    auto config = privacy::PrivacyConfiguration::load(
        s.purposes(), s.processors(), s.controller(), s.fieldSettings(), s.notices(), language);
    return config ? privacy::PolicyGenerator::missing(*config) : QStringList {QStringLiteral("load failed")};
}

privacy::Purpose wineClub()
{
    privacy::Purpose p;
    p.name = QStringLiteral("Wine club tastings");
    p.description = QStringLiteral("Invitations to our monthly tastings.");
    p.basis = privacy::LawfulBasis::Consent;
    p.fields = {QStringLiteral("contact.email"), QStringLiteral("contact.given")};
    p.retentionDays = 400;
    return p;
}

} // namespace

class TestPolicyUi : public QObject
{
    Q_OBJECT

private slots:
    void freshVaultListsTheMissingDpo()
    {
        test::TestVault vault;
        QVERIFY(vault.create());
        PolicyDialog dialog(*vault.session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.language(), QStringLiteral("en"));
        auto* list = child<QListWidget>(dialog, "missingList");
        QVERIFY(list->isVisible());
        const QStringList expected = coreMissing(*vault.session, QStringLiteral("en"));
        QCOMPARE(dialog.missing(), expected);
        QCOMPARE(listed(*list), expected);
        bool dpo = false;
        for (const QString& item : listed(*list)) {
            dpo = dpo || item.startsWith(QStringLiteral("No DPO contact set"));
        }
        QVERIFY2(dpo, qPrintable(listed(*list).join(QLatin1Char('\n'))));
        QVERIFY(child<QGroupBox>(dialog, "missingBox")->title().contains(QString::number(expected.size())));
        QVERIFY(!child<QLabel>(dialog, "missingNone")->isVisible());
        // The rendered policy is the core's draft.
        QVERIFY(child<QTextBrowser>(dialog, "policyText")->toPlainText().contains(QStringLiteral("Privacy policy")));
        QVERIFY(dialog.markdown(PolicyDialog::Document::Policy).contains(QStringLiteral("No DPO contact set")));
        shoot(dialog, QStringLiteral("policy-fresh-vault"));
        child<QTabWidget>(dialog, "tabs")->setCurrentIndex(1);
        QVERIFY(child<QTextBrowser>(dialog, "recordsText")->isVisible());
        shoot(dialog, QStringLiteral("policy-records"));
    }

    void refreshShowsAPurposeAndADpoAddedThroughTheCore()
    {
        test::TestVault vault;
        QVERIFY(vault.create());
        Session& session = *vault.session;
        PolicyDialog dialog(session);
        dialog.show();
        const QString name = QStringLiteral("Wine club tastings");
        QVERIFY(!dialog.markdown(PolicyDialog::Document::Policy).contains(name));

        QVERIFY(session.purposes().create(wineClub()));
        privacy::ControllerDetails details = *session.controller().details();
        details.dpoName = QStringLiteral("Dana Protector");
        details.dpoEmail = QStringLiteral("dpo@example.org");
        QVERIFY(session.controller().setDetails(details));
        QVERIFY(!dialog.markdown(PolicyDialog::Document::Policy).contains(name)); // not until refreshed

        QTest::mouseClick(child<QPushButton>(dialog, "refreshButton"), Qt::LeftButton);
        QVERIFY(dialog.markdown(PolicyDialog::Document::Policy).contains(name));
        QVERIFY(child<QTextBrowser>(dialog, "policyText")->toPlainText().contains(name));
        QVERIFY(child<QTextBrowser>(dialog, "recordsText")->toPlainText().contains(name));
        QVERIFY(dialog.markdown(PolicyDialog::Document::Policy).contains(QStringLiteral("Dana Protector")));
        QCOMPARE(dialog.missing(), coreMissing(session, QStringLiteral("en")));
        for (const QString& item : listed(*child<QListWidget>(dialog, "missingList"))) {
            QVERIFY2(!item.contains(QStringLiteral("DPO")), qPrintable(item));
        }
    }

    void savesThePolicyAndTheRecordsOwnerOnly()
    {
        test::TestVault vault;
        QVERIFY(vault.create());
        Session& session = *vault.session;
        QVERIFY(session.purposes().create(wineClub()));
        PolicyDialog dialog(session);
        dialog.show();
        QTemporaryDir dir;
        using Doc = PolicyDialog::Document;

        const QString md = dir.filePath(QStringLiteral("policy.md"));
        QVERIFY(dialog.save(Doc::Policy, ReportFormat::Markdown, md));
        QCOMPARE(contents(md), dialog.markdown(Doc::Policy).toUtf8());
        QVERIFY(contents(md).contains("Wine club tastings"));
        QCOMPARE(QFileInfo(md).permissions(), kOwnerOnly);
        auto* status = child<QLabel>(dialog, "status");
        QVERIFY(status->isVisible());
        QVERIFY(status->text().contains(QDir::toNativeSeparators(md)));

        const QString pdf = dir.filePath(QStringLiteral("policy.pdf"));
        QVERIFY(dialog.save(Doc::Policy, ReportFormat::Pdf, pdf));
        QVERIFY(contents(pdf).startsWith("%PDF"));
        QCOMPARE(QFileInfo(pdf).permissions(), kOwnerOnly);

        const QString csv = dir.filePath(QStringLiteral("ropa.csv"));
        QVERIFY(dialog.save(Doc::Records, ReportFormat::Csv, csv));
        const QByteArray table = contents(csv);
        QVERIFY(
            table.startsWith("purpose,description,controller,dpo,lawful_basis,legitimate_interest,data_subjects,"
                             "personal_data,special_categories,recipients,transfers,retention,security_measures\r\n"));
        QVERIFY(table.contains("Wine club tastings"));
        QCOMPARE(QFileInfo(csv).permissions(), kOwnerOnly);

        const QString ropaPdf = dir.filePath(QStringLiteral("ropa.pdf"));
        QVERIFY(dialog.save(Doc::Records, ReportFormat::Pdf, ropaPdf));
        QVERIFY(contents(ropaPdf).startsWith("%PDF"));
        const QString ropaMd = dir.filePath(QStringLiteral("ropa.md"));
        QVERIFY(dialog.save(Doc::Records, ReportFormat::Markdown, ropaMd));
        QCOMPARE(contents(ropaMd), dialog.markdown(Doc::Records).toUtf8());
        // Nothing but the five files: no temporary file left beside them.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 5);
    }

    void aFailedSaveShowsWhyAndWritesNothing()
    {
        test::TestVault vault;
        QVERIFY(vault.create());
        PolicyDialog dialog(*vault.session);
        dialog.show();
        QTemporaryDir dir;
        using Doc = PolicyDialog::Document;
        auto* error = child<QLabel>(dialog, "error");

        const QString csv = dir.filePath(QStringLiteral("policy.csv"));
        auto r = dialog.save(Doc::Policy, ReportFormat::Csv, csv); // a policy is no table
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Invalid);
        QVERIFY(!QFile::exists(csv));
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), r.error().message);

        const QString nowhere = dir.filePath(QStringLiteral("no/such/folder/policy.md"));
        r = dialog.save(Doc::Policy, ReportFormat::Markdown, nowhere);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Io);
        QCOMPARE(error->text(), r.error().message);
        QVERIFY(!child<QLabel>(dialog, "status")->isVisible());
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());

        // The next good save clears the message.
        QVERIFY(dialog.save(Doc::Policy, ReportFormat::Markdown, dir.filePath(QStringLiteral("policy.md"))));
        QVERIFY(!error->isVisible());
    }

    void policyLanguageNamesItsCurrentNotice()
    {
        test::TestVault vault;
        QVERIFY(vault.create());
        Session& session = *vault.session;
        privacy::NoticeDraft d;
        d.language = QStringLiteral("de");
        d.title = QStringLiteral("Datenschutzhinweis");
        d.body = QStringLiteral("Text");
        auto created = session.notices().create(d);
        QVERIFY(created);
        QVERIFY(session.notices().publish(created->id));
        PolicyDialog dialog(session);
        dialog.show();
        dialog.setLanguage(QStringLiteral("de"));
        QCOMPARE(dialog.language(), QStringLiteral("de"));
        QCOMPARE(dialog.missing(), coreMissing(session, QStringLiteral("de")));
        for (const QString& item : dialog.missing()) {
            QVERIFY2(!item.contains(QStringLiteral("No privacy notice is published")), qPrintable(item));
        }
        dialog.setLanguage(QStringLiteral("fr"));
        QCOMPARE(dialog.missing(), coreMissing(session, QStringLiteral("fr")));
        QVERIFY(dialog.missing().join(QLatin1Char('\n')).contains(QStringLiteral("No privacy notice is published")));
    }
};

QTEST_MAIN(TestPolicyUi)
#include "TestPolicyUi.moc"
