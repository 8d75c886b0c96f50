#include "core/Session.h"

#include "ui/MainWindow.h"
#include "ui/NoticePanelDialog.h"
#include "ui/NoticesDialog.h"
#include "ui/PolicyDialog.h"
#include "ui/SessionHost.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include "tests/support/Screenshot.h"
#include "tests/support/TestVault.h"

#include <memory>

using namespace confidant;
using confidant::privacy::AckChannel;
using confidant::privacy::Notice;
using confidant::privacy::NoticeDraft;
using confidant::privacy::NoticeService;
using confidant::ui::MainWindow;
using confidant::ui::NoticePanelDialog;
using confidant::ui::NoticesDialog;
using confidant::ui::SessionHost;

namespace {

using confidant::test::shoot;

template <typename T>
T* child(QWidget& parent, const char* name)
{
    return parent.findChild<T*>(QString::fromLatin1(name));
}

QPushButton* button(QWidget& parent, const char* name)
{
    return child<QPushButton>(parent, name);
}

//! The open confirmation box of that name (opened with open(), so the test goes on while it shows).
QMessageBox* confirmation(QWidget& parent, const char* name)
{
    QMessageBox* found = nullptr;
    const bool shown = QTest::qWaitFor([&parent, &found, name] {
        for (QMessageBox* box : parent.findChildren<QMessageBox*>(QString::fromLatin1(name))) {
            if (box->isVisible()) {
                found = box;
                return true;
            }
        }
        return false;
    });
    return shown ? found : nullptr;
}

crm::ContactId addPerson(Session& session, const QString& given, const QString& family)
{
    crm::Contact c;
    c.givenName = given;
    c.familyName = family;
    c.source = QStringLiteral("test");
    auto created = session.contacts().create(c);
    return created ? created->id : crm::ContactId {};
}

//! A published notice made through the core, for the tests that start from one.
std::optional<Notice> publish(Session& session, const QString& language, const QString& title, bool material = true)
{
    NoticeDraft d;
    d.language = language;
    d.title = title;
    d.body = QStringLiteral("# %1\n\nWe keep your **name** and **email** to answer you.").arg(title);
    d.material = material;
    auto created = session.notices().create(d);
    if (!created) {
        return std::nullopt;
    }
    auto published = session.notices().publish(created->id);
    return published ? std::optional<Notice>(*published) : std::nullopt;
}

//! The tree row showing notice `version` of `language`; null when not listed.
QTreeWidgetItem* row(QTreeWidget& list, const QString& language, int version)
{
    for (int i = 0; i < list.topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = list.topLevelItem(i);
        if (item->text(NoticesDialog::LanguageColumn) == language
            && item->text(NoticesDialog::VersionColumn) == QString::number(version)) {
            return item;
        }
    }
    return nullptr;
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
        if (!asProfile.isEmpty() && !vault.session->profiles().add(asProfile, role, storage::SecretBuffer())) {
            return false;
        }
        host = std::make_unique<SessionHost>(vault.clock, nullptr);
        host->start(std::move(vault.session));
        window = std::make_unique<MainWindow>(*host);
        window->resize(1100, 640);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }
    QAction* action(const char* name) const
    {
        return window->findChild<QAction*>(QString::fromLatin1(name));
    }
    ~Window()
    {
        window.reset();
    }
};

} // namespace

class TestNoticesUi : public QObject
{
    Q_OBJECT

private slots:
    void draftIsEditedThenPublishedAndFrozen()
    {
        test::TestVault vault;
        QVERIFY(vault.create());
        Session& session = *vault.session;
        NoticesDialog dialog(session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* list = child<QTreeWidget>(dialog, "versions");
        QCOMPARE(list->topLevelItemCount(), 0);
        QVERIFY(child<QLabel>(dialog, "previewTitle")->text().contains(QStringLiteral("No privacy notice yet")));
        shoot(dialog, QStringLiteral("notices-empty"));

        // New version: the editor replaces the list.
        QTest::mouseClick(button(dialog, "newVersion"), Qt::LeftButton);
        QVERIFY(dialog.isEditing());
        auto* language = child<QComboBox>(dialog, "editorLanguage");
        auto* title = child<QLineEdit>(dialog, "editorTitle");
        auto* body = child<QPlainTextEdit>(dialog, "editorBody");
        auto* material = child<QCheckBox>(dialog, "editorMaterial");
        QVERIFY(language->isEnabled());
        QVERIFY(material->isChecked());
        language->setCurrentText(QStringLiteral("en"));
        title->setText(QStringLiteral("How we use your data"));
        body->setPlainText(QStringLiteral("# How we use your data\n\nWe keep your name to answer you."));
        QVERIFY(child<QTextBrowser>(dialog, "editorPreview")->toPlainText().contains(QStringLiteral("keep your name")));
        QVERIFY(child<QLabel>(dialog, "editorHeading")->text().contains(QStringLiteral("version 1")));
        shoot(dialog, QStringLiteral("notices-editor"));
        QTest::mouseClick(button(dialog, "saveDraft"), Qt::LeftButton);
        QVERIFY(!dialog.isEditing());

        auto all = session.notices().list();
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
        const Notice draft = all->first();
        QCOMPARE(draft.language, QStringLiteral("en"));
        QCOMPARE(draft.version, 1);
        QCOMPARE(draft.title, QStringLiteral("How we use your data"));
        QVERIFY(!draft.isPublished());
        QVERIFY(draft.material);
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(NoticesDialog::StatusColumn), QStringLiteral("Draft"));
        QCOMPARE(dialog.selectedNotice()->id, draft.id);
        QVERIFY(button(dialog, "editNotice")->isEnabled());
        QVERIFY(button(dialog, "deleteNotice")->isEnabled());

        // Edit the draft: same version, new text; its language stays.
        QTest::mouseClick(button(dialog, "editNotice"), Qt::LeftButton);
        QVERIFY(dialog.isEditing());
        QVERIFY(!language->isEnabled());
        QCOMPARE(body->toPlainText(), draft.body);
        body->setPlainText(QStringLiteral("# How we use your data\n\nWe keep your name and email to answer you."));
        material->setChecked(false);
        QTest::mouseClick(button(dialog, "saveDraft"), Qt::LeftButton);
        auto edited = session.notices().get(draft.id);
        QVERIFY(edited);
        QCOMPARE(edited->version, 1);
        QCOMPARE(edited->body, QStringLiteral("# How we use your data\n\nWe keep your name and email to answer you."));
        QVERIFY(!edited->material);
        QVERIFY(child<QTextBrowser>(dialog, "preview")->toPlainText().contains(QStringLiteral("name and email")));

        // Publish: a confirmation first; Cancel leaves the draft a draft.
        QTest::mouseClick(button(dialog, "publishNotice"), Qt::LeftButton);
        QMessageBox* box = confirmation(dialog, "publishConfirmation");
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(QStringLiteral("never be edited")));
        shoot(*box, QStringLiteral("notices-publish-confirmation"));
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QVERIFY(!session.notices().get(draft.id)->isPublished());
        QTest::mouseClick(button(dialog, "publishNotice"), Qt::LeftButton);
        box = confirmation(dialog, "publishConfirmation");
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);

        auto published = session.notices().get(draft.id);
        QVERIFY(published);
        QVERIFY(published->isPublished());
        QCOMPARE(published->contentHash, NoticeService::computeHash(*published));
        QVERIFY(published->publishedAtMs.has_value());
        QTreeWidgetItem* item = row(*list, QStringLiteral("en"), 1);
        QVERIFY(item);
        QCOMPARE(item->text(NoticesDialog::HashColumn), published->contentHash.left(12));
        QVERIFY(item->toolTip(NoticesDialog::HashColumn).contains(published->contentHash));
        QVERIFY(item->text(NoticesDialog::StatusColumn).startsWith(QStringLiteral("Published")));
        QCOMPARE(item->text(NoticesDialog::MaterialColumn), QStringLiteral("Minor"));
        QVERIFY(child<QLabel>(dialog, "status")->text().contains(published->contentHash.left(12)));
        // Frozen: no edit, no delete, no second publish, and the reason on the button.
        QVERIFY(!button(dialog, "editNotice")->isEnabled());
        QVERIFY(!button(dialog, "deleteNotice")->isEnabled());
        QVERIFY(!button(dialog, "publishNotice")->isEnabled());
        QVERIFY(button(dialog, "editNotice")->toolTip().contains(QStringLiteral("never edited")));
        QVERIFY(button(dialog, "editNotice")->toolTip().contains(QStringLiteral("new version")));
        // Activating the row does not open the editor either.
        emit list->itemActivated(item, 0);
        QVERIFY(!dialog.isEditing());
        shoot(dialog, QStringLiteral("notices-published"));
    }

    void newVersionIsNumberedTwoAndStartsFromTheSelectedText()
    {
        test::TestVault vault;
        QVERIFY(vault.create());
        Session& session = *vault.session;
        const auto v1 = publish(session, QStringLiteral("en"), QStringLiteral("Our privacy notice"));
        QVERIFY(v1);
        NoticesDialog dialog(session);
        dialog.show();
        QCOMPARE(dialog.selectedNotice()->id, v1->id);

        QTest::mouseClick(button(dialog, "newVersion"), Qt::LeftButton);
        QVERIFY(dialog.isEditing());
        QCOMPARE(child<QComboBox>(dialog, "editorLanguage")->currentText(), QStringLiteral("en"));
        QCOMPARE(child<QLineEdit>(dialog, "editorTitle")->text(), v1->title);
        QCOMPARE(child<QPlainTextEdit>(dialog, "editorBody")->toPlainText(), v1->body);
        QVERIFY(child<QLabel>(dialog, "editorHeading")->text().contains(QStringLiteral("version 2")));
        child<QPlainTextEdit>(dialog, "editorBody")
            ->appendPlainText(QStringLiteral("\nWe now also use a mail service."));
        QTest::mouseClick(button(dialog, "saveDraft"), Qt::LeftButton);

        auto v2 = session.notices().find(QStringLiteral("en"), 2);
        QVERIFY(v2);
        QVERIFY(!v2->isPublished());
        QVERIFY(v2->body.endsWith(QStringLiteral("We now also use a mail service.")));
        QCOMPARE(session.notices().get(v1->id)->body, v1->body); // the published one is untouched
        QCOMPARE(child<QTreeWidget>(dialog, "versions")->topLevelItemCount(), 2);
        QCOMPARE(dialog.selectedNotice()->id, v2->id);

        // Cancel in the editor writes nothing.
        QTest::mouseClick(button(dialog, "newVersion"), Qt::LeftButton);
        QVERIFY(child<QLabel>(dialog, "editorHeading")->text().contains(QStringLiteral("version 3")));
        QTest::mouseClick(button(dialog, "cancelEdit"), Qt::LeftButton);
        QVERIFY(!dialog.isEditing());
        QCOMPARE(session.notices().list()->size(), 2);
    }

    void invalidDraftShowsTheCoreMessageAndSavesNothing()
    {
        test::TestVault vault;
        QVERIFY(vault.create());
        NoticesDialog dialog(*vault.session);
        dialog.show();
        QTest::mouseClick(button(dialog, "newVersion"), Qt::LeftButton);
        child<QComboBox>(dialog, "editorLanguage")->setCurrentText(QStringLiteral("not a language!"));
        child<QPlainTextEdit>(dialog, "editorBody")->setPlainText(QStringLiteral("Text"));
        QTest::mouseClick(button(dialog, "saveDraft"), Qt::LeftButton);
        QVERIFY(dialog.isEditing());
        auto* error = child<QLabel>(dialog, "editorError");
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QCOMPARE(vault.session->notices().list()->size(), 0);
    }

    void draftIsDeletedAfterConfirmation()
    {
        test::TestVault vault;
        QVERIFY(vault.create());
        Session& session = *vault.session;
        NoticeDraft d;
        d.language = QStringLiteral("de");
        d.title = QStringLiteral("Datenschutzhinweis");
        d.body = QStringLiteral("Text");
        QVERIFY(session.notices().create(d));
        NoticesDialog dialog(session);
        dialog.show();
        QTest::mouseClick(button(dialog, "deleteNotice"), Qt::LeftButton);
        QMessageBox* box = confirmation(dialog, "deleteConfirmation");
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QCOMPARE(session.notices().list()->size(), 1);
        QTest::mouseClick(button(dialog, "deleteNotice"), Qt::LeftButton);
        box = confirmation(dialog, "deleteConfirmation");
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QCOMPARE(session.notices().list()->size(), 0);
        QCOMPARE(child<QTreeWidget>(dialog, "versions")->topLevelItemCount(), 0);
        QVERIFY(!button(dialog, "deleteNotice")->isEnabled());
    }

    void staleListShowsWhoAcknowledgedAnOlderMaterialVersion()
    {
        test::TestVault vault;
        QVERIFY(vault.create());
        Session& session = *vault.session;
        const crm::ContactId ada = addPerson(session, QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        const crm::ContactId grace = addPerson(session, QStringLiteral("Grace"), QStringLiteral("Hopper"));
        const auto v1 = publish(session, QStringLiteral("en"), QStringLiteral("Notice"));
        QVERIFY(v1);
        QVERIFY(session.notices().acknowledge(ada, v1->id, AckChannel::Paper));
        QVERIFY(session.notices().acknowledge(grace, v1->id, AckChannel::Email));

        NoticesDialog dialog(session);
        dialog.show();
        auto* tabs = child<QTabWidget>(dialog, "tabs");
        auto* table = child<QTableWidget>(dialog, "staleTable");
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(child<QLabel>(dialog, "staleSummary")->text().contains(QStringLiteral("Nobody")));

        // A material v2, published through the dialog; then Grace sees it.
        QTest::mouseClick(button(dialog, "newVersion"), Qt::LeftButton);
        child<QPlainTextEdit>(dialog, "editorBody")->appendPlainText(QStringLiteral("\nNew: we send a newsletter."));
        QVERIFY(child<QCheckBox>(dialog, "editorMaterial")->isChecked());
        QTest::mouseClick(button(dialog, "saveDraft"), Qt::LeftButton);
        QTest::mouseClick(button(dialog, "publishNotice"), Qt::LeftButton);
        QMessageBox* box = confirmation(dialog, "publishConfirmation");
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(QStringLiteral("out of date")));
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        auto v2 = session.notices().find(QStringLiteral("en"), 2);
        QVERIFY(v2 && v2->isPublished());
        QVERIFY(session.notices().acknowledge(grace, v2->id, AckChannel::InPerson));
        dialog.reload();

        tabs->setCurrentIndex(1);
        QCOMPARE(child<QComboBox>(dialog, "staleLanguage")->currentText(), QStringLiteral("en"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, NoticesDialog::StaleNameColumn)->text(), QStringLiteral("Ada Lovelace"));
        QCOMPARE(table->item(0, NoticesDialog::StaleAcknowledgedColumn)->text(), QStringLiteral("1"));
        QCOMPARE(table->item(0, NoticesDialog::StaleCurrentColumn)->text(), QStringLiteral("2"));
        QCOMPARE(table->item(0, NoticesDialog::StaleNameColumn)->data(Qt::UserRole).toLongLong(), ada.value);
        QVERIFY(tabs->tabText(1).contains(QStringLiteral("(1)")));
        QVERIFY(!button(dialog, "staleMore")->isVisible());
        shoot(dialog, QStringLiteral("notices-out-of-date"));
    }

    void panelRecordsAnAcknowledgementAndShowsWhenItIsOutOfDate()
    {
        test::TestVault vault;
        QVERIFY(vault.create());
        Session& session = *vault.session;
        const crm::ContactId ada = addPerson(session, QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        const auto v1 = publish(session, QStringLiteral("en"), QStringLiteral("How we use your data"));
        QVERIFY(v1);

        NoticePanelDialog panel(session, ada);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(panel.objectName(), QStringLiteral("noticePanel"));
        QCOMPARE(panel.language(), QStringLiteral("en"));
        QCOMPARE(panel.shownNotice()->id, v1->id);
        QCOMPARE(child<QLabel>(panel, "noticeTitle")->text(), QStringLiteral("How we use your data"));
        QVERIFY(child<QLabel>(panel, "noticeMeta")->text().contains(QStringLiteral("Version 1")));
        QVERIFY(child<QTextBrowser>(panel, "noticeText")->toPlainText().contains(QStringLiteral("to answer you")));
        QVERIFY(child<QGroupBox>(panel, "contactBox")->isVisible());
        QVERIFY(child<QGroupBox>(panel, "contactBox")->title().contains(QStringLiteral("Ada Lovelace")));
        auto* state = child<QLabel>(panel, "ackState");
        QVERIFY2(state->text().contains(QStringLiteral("Not yet shown")), qPrintable(state->text()));

        auto* channel = child<QComboBox>(panel, "channel");
        channel->setCurrentIndex(channel->findData(static_cast<int>(AckChannel::Phone)));
        QSignalSpy recorded(&panel, &NoticePanelDialog::acknowledged);
        QTest::mouseClick(button(panel, "recordAck"), Qt::LeftButton);
        QCOMPARE(recorded.count(), 1);
        auto acks = session.notices().acknowledgements(ada);
        QVERIFY(acks);
        QCOMPARE(acks->size(), 1);
        QCOMPARE(acks->first().noticeId, v1->id);
        QCOMPARE(acks->first().version, 1);
        QCOMPARE(acks->first().language, QStringLiteral("en"));
        QCOMPARE(acks->first().channel, AckChannel::Phone);
        QCOMPARE(acks->first().recordedBy, session.actor().uid);
        QVERIFY2(state->text().contains(QStringLiteral("Acknowledged version 1")), qPrintable(state->text()));
        QVERIFY(state->text().contains(QStringLiteral("up to date")));
        shoot(panel, QStringLiteral("notice-panel-acknowledged"));

        // A material version 2: Ada's acknowledgement is out of date.
        const auto v2 = publish(session, QStringLiteral("en"), QStringLiteral("How we use your data, 2026"));
        QVERIFY(v2);
        panel.reload();
        QCOMPARE(panel.shownNotice()->id, v2->id);
        QVERIFY2(state->text().contains(QStringLiteral("Acknowledged version 1")), qPrintable(state->text()));
        QVERIFY(state->text().contains(QStringLiteral("current is version 2")));
        QVERIFY(state->text().contains(QStringLiteral("out of date")));
        shoot(panel, QStringLiteral("notice-panel-out-of-date"));
        // A minor version 3 after she saw version 2 leaves her up to date.
        QTest::mouseClick(button(panel, "recordAck"), Qt::LeftButton);
        QCOMPARE(session.notices().acknowledgements(ada)->first().version, 2);
        QVERIFY(publish(session, QStringLiteral("en"), QStringLiteral("Typo fixed"), false));
        panel.reload();
        QVERIFY2(state->text().contains(QStringLiteral("nothing material")), qPrintable(state->text()));
    }

    void panelWithoutAContactOnlyShowsTheNotice()
    {
        test::TestVault vault;
        QVERIFY(vault.create());
        QVERIFY(publish(*vault.session, QStringLiteral("en"), QStringLiteral("Notice")));
        QVERIFY(publish(*vault.session, QStringLiteral("de"), QStringLiteral("Datenschutzhinweis")));
        NoticePanelDialog panel(*vault.session);
        panel.show();
        QVERIFY(!child<QGroupBox>(panel, "contactBox")->isVisible());
        auto* language = child<QComboBox>(panel, "language");
        QCOMPARE(language->count(), 2);
        panel.setLanguage(QStringLiteral("de"));
        QCOMPARE(child<QLabel>(panel, "noticeTitle")->text(), QStringLiteral("Datenschutzhinweis"));
        QVERIFY(language->currentText().contains(QStringLiteral("Deutsch")));
        shoot(panel, QStringLiteral("notice-panel-no-contact"));
    }

    void panelSaysWhenNothingIsPublished()
    {
        test::TestVault vault;
        QVERIFY(vault.create());
        Session& session = *vault.session;
        const crm::ContactId ada = addPerson(session, QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        NoticeDraft d;
        d.language = QStringLiteral("en");
        d.title = QStringLiteral("Only a draft");
        d.body = QStringLiteral("Not yet.");
        QVERIFY(session.notices().create(d)); // a draft cannot be shown

        NoticePanelDialog panel(session, ada);
        panel.show();
        QVERIFY(!panel.shownNotice());
        auto* empty = child<QLabel>(panel, "emptyState");
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("No privacy notice is published yet")));
        QVERIFY(empty->text().contains(QStringLiteral("publish")));
        QVERIFY(button(panel, "manageNotices")->isVisible()); // the owner may manage notices
        QVERIFY(!child<QComboBox>(panel, "language")->isVisible());
        QVERIFY(!button(panel, "recordAck")->isEnabled());
        QVERIFY(child<QLabel>(panel, "ackState")->text().contains(QStringLiteral("until a notice is published")));
        QSignalSpy manage(&panel, &NoticePanelDialog::manageNoticesRequested);
        shoot(panel, QStringLiteral("notice-panel-empty"));
        QTest::mouseClick(button(panel, "manageNotices"), Qt::LeftButton);
        QCOMPARE(manage.count(), 1);
        QCOMPARE(session.notices().acknowledgements(ada)->size(), 0);
    }

    void panelEmptyStateForASalesRepPointsToSomeoneElse()
    {
        test::TestVault vault;
        QVERIFY(vault.create());
        QVERIFY(
            vault.session->profiles().add(QStringLiteral("Sam"), security::Role::SalesRep, storage::SecretBuffer()));
        QVERIFY(vault.session->actAs(QStringLiteral("Sam"), storage::SecretBuffer()));
        NoticePanelDialog panel(*vault.session);
        panel.show();
        QVERIFY(child<QLabel>(panel, "emptyState")->text().contains(QStringLiteral("Ask an owner")));
        QVERIFY(!button(panel, "manageNotices")->isVisible());
    }

    void preferredLanguageFollowsTheLocale_data()
    {
        QTest::addColumn<QStringList>("languages");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        const QStringList three {QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("fr")};
        QTest::newRow("language of the locale") << three << QStringLiteral("fr_FR") << QStringLiteral("fr");
        QTest::newRow("region when there is one")
            << QStringList {QStringLiteral("de"), QStringLiteral("de-AT"), QStringLiteral("en")}
            << QStringLiteral("de_AT") << QStringLiteral("de-AT");
        QTest::newRow("language without the region") << three << QStringLiteral("de_CH") << QStringLiteral("de");
        QTest::newRow("else the first") << three << QStringLiteral("ja_JP") << QStringLiteral("de");
        QTest::newRow("none") << QStringList() << QStringLiteral("en_GB") << QString();
    }

    void preferredLanguageFollowsTheLocale()
    {
        QFETCH(QStringList, languages);
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(NoticePanelDialog::preferredLanguage(languages, QLocale(locale)), expected);
    }

    void salesRepSeesThePanelButNotNoticesOrPolicy()
    {
        Window w;
        QVERIFY(w.open(QStringLiteral("Sam"), security::Role::SalesRep));
        for (const char* name : {"noticesAction", "noticePanelAction", "policyAction"}) {
            QVERIFY2(w.action(name), name);
            QVERIFY2(w.action(name)->isVisible() && w.action(name)->isEnabled(), name); // the owner sees all
        }
        w.action("noticesAction")->trigger();
        QVERIFY(w.window->findChild<NoticesDialog*>());
        w.action("policyAction")->trigger();
        QVERIFY(w.window->findChild<ui::PolicyDialog*>());
        // Triggered twice: still one dialog, brought to the front.
        w.action("noticesAction")->trigger();
        QCOMPARE(w.window->findChildren<NoticesDialog*>().size(), 1);

        QPointer<NoticesDialog> notices = w.window->findChild<NoticesDialog*>();
        QPointer<ui::PolicyDialog> policy = w.window->findChild<ui::PolicyDialog*>();
        QVERIFY(notices && policy);
        QVERIFY(w.host->actAs(QStringLiteral("Sam"), storage::SecretBuffer()));
        // The dialogs the sales rep may not use close, then delete themselves.
        QTRY_VERIFY(!notices);
        QTRY_VERIFY(!policy);
        QVERIFY(w.action("noticePanelAction")->isVisible());
        QVERIFY(w.action("noticePanelAction")->isEnabled());
        QVERIFY(!w.action("noticesAction")->isVisible());
        QVERIFY(!w.action("policyAction")->isVisible());
        QVERIFY(!w.window->findChild<NoticesDialog*>());
        QVERIFY(!w.window->findChild<ui::PolicyDialog*>());
        // Hidden is not enough: the slot itself opens nothing for them.
        w.window->manageNotices();
        QVERIFY(!w.window->findChild<NoticesDialog*>());
        w.action("noticePanelAction")->trigger();
        auto* panel = w.window->findChild<NoticePanelDialog*>(QStringLiteral("noticePanel"));
        QVERIFY(panel);
        QVERIFY(panel->isVisible());
        QVERIFY(!panel->contact());

        // Locking closes the panel with the session.
        QPointer<NoticePanelDialog> panelGuard(panel);
        w.host->lock();
        QTRY_VERIFY(!panelGuard);
        QVERIFY(!w.window->findChild<NoticePanelDialog*>());
        QVERIFY(!w.action("noticePanelAction")->isEnabled());
    }
};

QTEST_MAIN(TestNoticesUi)
#include "TestNoticesUi.moc"
