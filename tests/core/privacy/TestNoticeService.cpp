#include "core/privacy/NoticeService.h"
#include "core/storage/Statement.h"

#include <QCryptographicHash>
#include <QTest>

#include "tests/support/TestVault.h"

using namespace confidant;
using namespace confidant::privacy;
using confidant::test::secret;
using confidant::test::TestVault;

namespace {

NoticeDraft draft(const QString& language,
                  const QString& title,
                  const QString& body,
                  bool material = true,
                  NoticeFormat format = NoticeFormat::Markdown)
{
    NoticeDraft d;
    d.language = language;
    d.title = title;
    d.body = body;
    d.material = material;
    d.format = format;
    return d;
}

crm::ContactId addContact(TestVault& v, const QString& given)
{
    crm::Contact c;
    c.givenName = given;
    c.familyName = QStringLiteral("Tester");
    auto created = v.session->contacts().create(c);
    return created ? created->id : crm::ContactId {};
}

struct AuditRow
{
    QString action;
    QString entityType;
    QString entityUid;
    QString summary;
};

QList<AuditRow> auditRows(TestVault& v, const QString& prefix)
{
    QList<AuditRow> rows;
    auto s = v.session->gate().db().prepare(
        "SELECT action, entity_type, entity_uid, summary FROM audit_log WHERE action LIKE ?1 ORDER BY seq");
    if (!s) {
        return rows;
    }
    s->bind(1, prefix + QLatin1Char('%'));
    while (true) {
        auto step = s->step();
        if (!step || *step == storage::Statement::Step::Done) {
            break;
        }
        rows.append({s->text(0), s->text(1), s->text(2), s->text(3)});
    }
    return rows;
}

// Everything stored for one notice row, to prove that a refused change left it exactly as it was.
QStringList rowSnapshot(TestVault& v, NoticeId id)
{
    auto s = v.session->gate().db().prepare(
        "SELECT uid, language, version, title, body, format, status, material, content_hash, published_at, "
        "published_by, created_at, updated_at FROM notices WHERE id = ?1");
    if (!s) {
        return {};
    }
    s->bind(1, id.value);
    auto step = s->step();
    if (!step || *step == storage::Statement::Step::Done) {
        return {};
    }
    QStringList out;
    for (int i = 0; i < s->columnCount(); ++i) {
        out << (s->isNull(i) ? QStringLiteral("<null>") : s->text(i));
    }
    return out;
}

// The documented canonical form, built here independently of NoticeService::canonicalForm.
QByteArray field(const QByteArray& bytes)
{
    return QByteArray::number(bytes.size()) + ':' + bytes + '\n';
}

} // namespace

class TestNoticeService : public QObject
{
    Q_OBJECT

private slots:
    void versionsCountUpPerLanguage()
    {
        TestVault v;
        QVERIFY(v.create());
        auto& notices = v.session->notices();
        auto en1 = notices.create(draft(QStringLiteral("en"), QStringLiteral("Privacy notice"), QStringLiteral("A")));
        auto de1 = notices.create(draft(QStringLiteral("DE"), QStringLiteral("Datenschutz"), QStringLiteral("B")));
        auto en2 = notices.create(draft(QStringLiteral("en"), QStringLiteral("Privacy notice"), QStringLiteral("C")));
        auto at1 = notices.create(draft(QStringLiteral("de_at"), QStringLiteral("Datenschutz"), QStringLiteral("D")));
        QVERIFY(en1 && de1 && en2 && at1);
        QCOMPARE(en1->version, 1);
        QCOMPARE(de1->version, 1);
        QCOMPARE(de1->language, QStringLiteral("de"));
        QCOMPARE(en2->version, 2);
        QCOMPARE(at1->language, QStringLiteral("de-AT"));
        QCOMPARE(at1->version, 1);
        QCOMPARE(en2->status, NoticeStatus::Draft);
        QVERIFY(en2->contentHash.isEmpty());
        QVERIFY(!en2->publishedAtMs.has_value());

        auto languages = notices.languages();
        QVERIFY(languages);
        QCOMPARE(*languages, QStringList({QStringLiteral("de"), QStringLiteral("de-AT"), QStringLiteral("en")}));
        auto english = notices.list(QStringLiteral("en"));
        QVERIFY(english);
        QCOMPARE(english->size(), 2);
        QCOMPARE(english->at(0).body, QStringLiteral("A"));
        QCOMPARE(english->at(1).body, QStringLiteral("C"));
        auto found = notices.find(QStringLiteral("EN"), 2);
        QVERIFY(found);
        QCOMPARE(found->uid, en2->uid);
        QCOMPARE(notices.find(QStringLiteral("en"), 3).error().kind, ErrorKind::NotFound);
    }

    void invalidDraftsAreRefused_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("body");
        QTest::newRow("no language") << QString() << QStringLiteral("T") << QStringLiteral("B");
        QTest::newRow("language with a space") << QStringLiteral("e n") << QStringLiteral("T") << QStringLiteral("B");
        QTest::newRow("one-letter language") << QStringLiteral("e") << QStringLiteral("T") << QStringLiteral("B");
        QTest::newRow("no title") << QStringLiteral("en") << QStringLiteral("  ") << QStringLiteral("B");
        QTest::newRow("title over two lines") << QStringLiteral("en") << QStringLiteral("a\nb") << QStringLiteral("B");
        QTest::newRow("empty body") << QStringLiteral("en") << QStringLiteral("T") << QStringLiteral(" \n ");
        QTest::newRow("body too long") << QStringLiteral("en") << QStringLiteral("T")
                                       << QString(NoticeService::kMaxBodyLength + 1, QLatin1Char('x'));
    }
    void invalidDraftsAreRefused()
    {
        QFETCH(QString, language);
        QFETCH(QString, title);
        QFETCH(QString, body);
        TestVault v;
        QVERIFY(v.create());
        auto r = v.session->notices().create(draft(language, title, body));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Invalid);
        auto all = v.session->notices().list();
        QVERIFY(all);
        QCOMPARE(all->size(), 0);
    }

    void draftsCanBeEditedAndDeleted()
    {
        TestVault v;
        QVERIFY(v.create());
        auto& notices = v.session->notices();
        auto d = notices.create(draft(QStringLiteral("en"), QStringLiteral("Draft"), QStringLiteral("one\r\ntwo")));
        QVERIFY(d);
        QCOMPARE(d->body, QStringLiteral("one\ntwo"));
        v.clock.advanceMs(1000);
        auto edited = notices.edit(
            d->id,
            draft(QStringLiteral("fr"), QStringLiteral("Notice"), QStringLiteral("three"), false, NoticeFormat::Html));
        QVERIFY2(edited, qPrintable(edited ? QString() : edited.error().message));
        QCOMPARE(edited->title, QStringLiteral("Notice"));
        QCOMPARE(edited->body, QStringLiteral("three"));
        QCOMPARE(edited->format, NoticeFormat::Html);
        QCOMPARE(edited->material, false);
        QCOMPARE(edited->language, QStringLiteral("en")); // the language is fixed at creation
        QCOMPARE(edited->updatedAtMs, d->createdAtMs + 1000);
        QVERIFY(notices.remove(d->id));
        QCOMPARE(notices.get(d->id).error().kind, ErrorKind::NotFound);

        const auto audit = auditRows(v, QStringLiteral("notice."));
        QCOMPARE(audit.size(), 3);
        QCOMPARE(audit.at(0).action, QStringLiteral("notice.create"));
        QCOMPARE(audit.at(1).action, QStringLiteral("notice.edit"));
        QCOMPARE(audit.at(2).action, QStringLiteral("notice.delete"));
        for (const auto& row : audit) {
            QCOMPARE(row.entityType, QStringLiteral("notice"));
            QCOMPARE(row.entityUid, d->uid);
            QVERIFY(!row.summary.contains(QStringLiteral("three")));
            QVERIFY(!row.summary.contains(QStringLiteral("Notice")));
        }
        QVERIFY(audit.at(1).summary.contains(QStringLiteral("title")));
        QVERIFY(audit.at(1).summary.contains(QStringLiteral("body")));
    }

    void publishRecordsHashTimeAndProfile()
    {
        TestVault v;
        QVERIFY(v.create());
        auto& notices = v.session->notices();
        const QString body = QStringLiteral(u"Wir verarbeiten Ihre Daten.\nÜberblick: siehe unten.\n");
        auto d = notices.create(draft(QStringLiteral("de"), QStringLiteral("Datenschutzhinweis"), body));
        QVERIFY(d);
        v.clock.advanceDays(2);
        auto p = notices.publish(d->id);
        QVERIFY2(p, qPrintable(p ? QString() : p.error().message));
        QCOMPARE(p->status, NoticeStatus::Published);
        QCOMPARE(p->publishedAtMs, std::optional<qint64>(v.clock.nowMs()));
        QCOMPARE(p->publishedBy, v.session->actor().uid);

        // The documented canonical form, computed independently ...
        const QByteArray canonical = QByteArray("confidant-notice-v1\n") + field("de") + field("1")
            + field("Datenschutzhinweis") + field("markdown") + field(body.toUtf8());
        QCOMPARE(NoticeService::canonicalForm(*p), canonical);
        const QString expected
            = QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
        QCOMPARE(p->contentHash, expected);
        // ... and pinned, so that a change of the form cannot slip through unnoticed.
        QCOMPARE(p->contentHash, QStringLiteral("320448ff9d6579b33e6df33efcc0c95771a403239b81aab75fde73ffb4e8f194"));
        QVERIFY(NoticeService::hashMatches(*p));

        const auto audit = auditRows(v, QStringLiteral("notice.publish"));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().entityUid, p->uid);
        QVERIFY(audit.first().summary.contains(p->contentHash));
    }

    void hashIsStable()
    {
        TestVault v;
        QVERIFY(v.create());
        auto& notices = v.session->notices();
        auto a = notices.create(draft(QStringLiteral("en"), QStringLiteral("Notice"), QStringLiteral("x\r\ny")));
        QVERIFY(a);
        auto published = notices.publish(a->id);
        QVERIFY(published);
        const QString hash = published->contentHash;
        // Line ends do not matter: the same text with LF hashes the same.
        Notice lf = *published;
        lf.body = QStringLiteral("x\ny");
        QCOMPARE(NoticeService::computeHash(lf), hash);
        // Later activity, a new version and time passing do not change the stored or recomputed hash.
        v.clock.advanceDays(400);
        auto b = notices.create(draft(QStringLiteral("en"), QStringLiteral("Notice"), QStringLiteral("new text")));
        QVERIFY(b && notices.publish(b->id));
        auto again = notices.get(a->id);
        QVERIFY(again);
        QCOMPARE(again->contentHash, hash);
        QCOMPARE(NoticeService::computeHash(*again), hash);
        QVERIFY(NoticeService::hashMatches(*again));
        auto reread = notices.find(QStringLiteral("en"), 1);
        QVERIFY(reread);
        QCOMPARE(reread->contentHash, hash);
        // A different text gives a different hash.
        QVERIFY(notices.get(b->id)->contentHash != hash);
    }

    void publishedNoticeRefusesEveryService()
    {
        TestVault v;
        QVERIFY(v.create());
        auto& notices = v.session->notices();
        auto d = notices.create(draft(QStringLiteral("en"), QStringLiteral("Notice"), QStringLiteral("Body")));
        QVERIFY(d);
        QVERIFY(notices.publish(d->id));
        const QStringList before = rowSnapshot(v, d->id);
        QVERIFY(!before.isEmpty());
        const qsizetype auditBefore = auditRows(v, QString()).size();
        v.clock.advanceDays(1);

        auto edited
            = notices.edit(d->id, draft(QStringLiteral("en"), QStringLiteral("Changed"), QStringLiteral("New")));
        QVERIFY(!edited);
        QCOMPARE(edited.error().kind, ErrorKind::Invalid);
        QVERIFY(edited.error().message.contains(QStringLiteral("published")));
        // Even an "edit" that changes nothing is refused: the version is closed.
        auto same = notices.edit(d->id, draft(QStringLiteral("en"), QStringLiteral("Notice"), QStringLiteral("Body")));
        QVERIFY(!same);
        QCOMPARE(same.error().kind, ErrorKind::Invalid);

        auto removed = notices.remove(d->id);
        QVERIFY(!removed);
        QCOMPARE(removed.error().kind, ErrorKind::Invalid);
        QVERIFY(removed.error().message.contains(QStringLiteral("cannot be deleted")));

        auto republished = notices.publish(d->id);
        QVERIFY(!republished);
        QCOMPARE(republished.error().kind, ErrorKind::Invalid);
        QVERIFY(republished.error().message.contains(QStringLiteral("published already")));

        QCOMPARE(rowSnapshot(v, d->id), before);
        QCOMPARE(auditRows(v, QString()).size(), auditBefore);
        QVERIFY(NoticeService::hashMatches(*notices.get(d->id)));
    }

    void publishedNoticeRefusesDirectSql_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("title") << QStringLiteral("UPDATE notices SET title = 'x' WHERE id = %1");
        QTest::newRow("body") << QStringLiteral("UPDATE notices SET body = 'x' WHERE id = %1");
        QTest::newRow("language") << QStringLiteral("UPDATE notices SET language = 'fr' WHERE id = %1");
        QTest::newRow("version") << QStringLiteral("UPDATE notices SET version = 9 WHERE id = %1");
        QTest::newRow("format") << QStringLiteral("UPDATE notices SET format = 'html' WHERE id = %1");
        QTest::newRow("material") << QStringLiteral("UPDATE notices SET material = 0 WHERE id = %1");
        QTest::newRow("hash") << QStringLiteral("UPDATE notices SET content_hash = 'ab' WHERE id = %1");
        QTest::newRow("back to draft") << QStringLiteral("UPDATE notices SET status = 'draft' WHERE id = %1");
        QTest::newRow("published at") << QStringLiteral("UPDATE notices SET published_at = 1 WHERE id = %1");
        QTest::newRow("no-op update") << QStringLiteral("UPDATE notices SET title = title WHERE id = %1");
        QTest::newRow("delete") << QStringLiteral("DELETE FROM notices WHERE id = %1");
        QTest::newRow("delete all") << QStringLiteral("DELETE FROM notices");
        QTest::newRow("replace") << QStringLiteral("REPLACE INTO notices (id, uid, language, version, title, body, "
                                                   "created_at, updated_at) VALUES (%1, 'u', 'en', 1, 't', 'b', 0, 0)");
        QTest::newRow("replace by uid") << QStringLiteral(
            "INSERT OR REPLACE INTO notices (uid, language, version, title, body, created_at, "
            "updated_at) SELECT uid, 'fr', 7, 't', 'b', 0, 0 FROM notices WHERE id = %1");
        QTest::newRow("replace by version") << QStringLiteral(
            "INSERT OR REPLACE INTO notices (uid, language, version, title, body, created_at, updated_at) "
            "VALUES ('u', 'en', 1, 't', 'b', 0, 0)");
        QTest::newRow("draft displaces it")
            << QStringLiteral("UPDATE OR REPLACE notices SET version = 1 WHERE id = %2");
        QTest::newRow("draft takes its id") << QStringLiteral("UPDATE OR REPLACE notices SET id = %1 WHERE id = %2");
    }
    void publishedNoticeRefusesDirectSql()
    {
        QFETCH(QString, sql);
        TestVault v;
        QVERIFY(v.create());
        auto d
            = v.session->notices().create(draft(QStringLiteral("en"), QStringLiteral("Notice"), QStringLiteral("B")));
        QVERIFY(d && v.session->notices().publish(d->id));
        auto next
            = v.session->notices().create(draft(QStringLiteral("en"), QStringLiteral("Next"), QStringLiteral("C")));
        QVERIFY(next);
        const QStringList before = rowSnapshot(v, d->id);
        const QByteArray statement = QString(sql)
                                         .replace(QStringLiteral("%1"), QString::number(d->id.value))
                                         .replace(QStringLiteral("%2"), QString::number(next->id.value))
                                         .toUtf8();
        auto r = v.session->gate().db().exec(statement.constData());
        QVERIFY2(!r, statement.constData());
        QCOMPARE(rowSnapshot(v, d->id), before);
    }

    void currentIsTheLatestPublishedVersion()
    {
        TestVault v;
        QVERIFY(v.create());
        auto& notices = v.session->notices();
        auto none = notices.current(QStringLiteral("en"));
        QVERIFY(none);
        QVERIFY(!none->has_value());
        auto v1 = notices.create(draft(QStringLiteral("en"), QStringLiteral("N"), QStringLiteral("1")));
        auto v2 = notices.create(draft(QStringLiteral("en"), QStringLiteral("N"), QStringLiteral("2")));
        auto v3 = notices.create(draft(QStringLiteral("en"), QStringLiteral("N"), QStringLiteral("3")));
        QVERIFY(v1 && v2 && v3);
        QVERIFY(!notices.current(QStringLiteral("en"))->has_value()); // drafts are never current
        QVERIFY(notices.publish(v1->id));
        QCOMPARE((*notices.current(QStringLiteral("en")))->version, 1);
        QVERIFY(notices.publish(v3->id));
        QCOMPARE((*notices.current(QStringLiteral("en")))->version, 3);
        // v2 would not supersede v3: refused, and stays an editable draft.
        auto late = notices.publish(v2->id);
        QVERIFY(!late);
        QCOMPARE(late.error().kind, ErrorKind::Conflict);
        QCOMPARE(notices.get(v2->id)->status, NoticeStatus::Draft);
        QCOMPARE((*notices.current(QStringLiteral("en")))->version, 3);
        QVERIFY(!notices.current(QStringLiteral("de"))->has_value());
        // A new version after the current one gets the next number.
        auto v4 = notices.create(draft(QStringLiteral("en"), QStringLiteral("N"), QStringLiteral("4")));
        QVERIFY(v4);
        QCOMPARE(v4->version, 4);
    }

    void acknowledgementsRecordContactVersionTimeAndChannel()
    {
        TestVault v;
        QVERIFY(v.create());
        auto& notices = v.session->notices();
        const crm::ContactId ada = addContact(v, QStringLiteral("Ada"));
        QVERIFY(ada.value > 0);
        auto d = notices.create(draft(QStringLiteral("en"), QStringLiteral("N"), QStringLiteral("1")));
        QVERIFY(d);
        auto unpublished = notices.acknowledge(ada, d->id, AckChannel::Web);
        QVERIFY(!unpublished);
        QCOMPARE(unpublished.error().kind, ErrorKind::Invalid);
        QVERIFY(notices.publish(d->id));
        v.clock.advanceMs(5000);
        auto ack = notices.acknowledge(ada, d->id, AckChannel::InPerson);
        QVERIFY2(ack, qPrintable(ack ? QString() : ack.error().message));
        QCOMPARE(ack->atMs, v.clock.nowMs());
        QCOMPARE(ack->version, 1);
        QCOMPARE(ack->recordedBy, v.session->actor().uid);
        auto future = notices.acknowledge(ada, d->id, AckChannel::Paper, v.clock.nowMs() + 3600 * 1000);
        QCOMPARE(future.error().kind, ErrorKind::Invalid);
        auto beforePublishing = notices.acknowledge(ada, d->id, AckChannel::Paper, v.clock.nowMs() - 3600 * 1000);
        QCOMPARE(beforePublishing.error().kind, ErrorKind::Invalid);
        auto nobody = notices.acknowledge(crm::ContactId {9999}, d->id, AckChannel::Paper);
        QCOMPARE(nobody.error().kind, ErrorKind::NotFound);
        v.clock.advanceMs(1000);
        QVERIFY(notices.acknowledge(ada, d->id, AckChannel::Email));

        auto list = notices.acknowledgements(ada);
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).channel, AckChannel::Email); // newest first
        QCOMPARE(list->at(1).channel, AckChannel::InPerson);
        QCOMPARE(list->at(1).noticeUid, d->uid);

        const auto audit = auditRows(v, QStringLiteral("notice.ack"));
        QCOMPARE(audit.size(), 2);
        const QString contactUid = v.session->contacts().get(ada)->uid;
        QCOMPARE(audit.first().entityType, QStringLiteral("contact"));
        QCOMPARE(audit.first().entityUid, contactUid);
        QVERIFY(audit.first().summary.contains(d->uid));
        QVERIFY(!audit.first().summary.contains(QStringLiteral("Ada")));
        // A draft with acknowledgements cannot exist, so deleting drafts never orphans an ack.
    }

    void staleAcknowledgementsNeedAMaterialNewerVersion()
    {
        TestVault v;
        QVERIFY(v.create());
        auto& notices = v.session->notices();
        const crm::ContactId ada = addContact(v, QStringLiteral("Ada"));
        const crm::ContactId ben = addContact(v, QStringLiteral("Ben"));
        const crm::ContactId cy = addContact(v, QStringLiteral("Cy"));
        auto v1 = notices.create(draft(QStringLiteral("en"), QStringLiteral("N"), QStringLiteral("1")));
        QVERIFY(v1 && notices.publish(v1->id));
        auto de1 = notices.create(draft(QStringLiteral("de"), QStringLiteral("N"), QStringLiteral("1")));
        QVERIFY(de1 && notices.publish(de1->id));
        QVERIFY(notices.acknowledge(ada, v1->id, AckChannel::Web));
        QVERIFY(notices.acknowledge(ben, v1->id, AckChannel::Web));
        QVERIFY(notices.acknowledge(cy, de1->id, AckChannel::Web));
        QCOMPARE(notices.staleAcknowledgements(QStringLiteral("en"))->size(), 0);

        // A typo fix (not material) makes nobody stale.
        auto v2 = notices.create(draft(QStringLiteral("en"), QStringLiteral("N"), QStringLiteral("2"), false));
        QVERIFY(v2 && notices.publish(v2->id));
        QCOMPARE(notices.staleAcknowledgements(QStringLiteral("en"))->size(), 0);

        // A material change makes both English readers stale; the German reader is not concerned.
        auto v3 = notices.create(draft(QStringLiteral("en"), QStringLiteral("N"), QStringLiteral("3"), true));
        QVERIFY(v3 && notices.publish(v3->id));
        auto stale = notices.staleAcknowledgements(QStringLiteral("en"));
        QVERIFY(stale);
        QCOMPARE(stale->size(), 2);
        QCOMPARE(stale->at(0).contactId, ada);
        QCOMPARE(stale->at(0).acknowledgedVersion, 1);
        QCOMPARE(stale->at(0).currentVersion, 3);
        QCOMPARE(stale->at(1).contactId, ben);
        QCOMPARE(notices.staleAcknowledgements(QStringLiteral("de"))->size(), 0);

        // Ben sees the current version; a later non-material version keeps him current.
        QVERIFY(notices.acknowledge(ben, v3->id, AckChannel::Phone));
        auto v4 = notices.create(draft(QStringLiteral("en"), QStringLiteral("N"), QStringLiteral("4"), false));
        QVERIFY(v4 && notices.publish(v4->id));
        stale = notices.staleAcknowledgements(QStringLiteral("en"));
        QVERIFY(stale);
        QCOMPARE(stale->size(), 1);
        QCOMPARE(stale->first().contactId, ada);
        QCOMPARE(stale->first().currentVersion, 4);
        // Someone who acknowledged v2 (after the non-material v2, before the material v3) is stale too.
        const crm::ContactId dee = addContact(v, QStringLiteral("Dee"));
        QVERIFY(notices.acknowledge(dee, v2->id, AckChannel::Web));
        QCOMPARE(notices.staleAcknowledgements(QStringLiteral("en"))->size(), 2);
    }

    void permissionsAreChecked()
    {
        TestVault v;
        QVERIFY(v.create());
        auto& notices = v.session->notices();
        const crm::ContactId ada = addContact(v, QStringLiteral("Ada"));
        auto d = notices.create(draft(QStringLiteral("en"), QStringLiteral("N"), QStringLiteral("1")));
        QVERIFY(d && notices.publish(d->id));
        auto draft2 = notices.create(draft(QStringLiteral("en"), QStringLiteral("N"), QStringLiteral("2")));
        QVERIFY(draft2);
        QVERIFY(v.session->profiles().add(QStringLiteral("Rep"), security::Role::SalesRep, secret("")).ok());
        QVERIFY(v.session->profiles().add(QStringLiteral("Reader"), security::Role::ReadOnly, secret("")).ok());
        QVERIFY(v.session->profiles().add(QStringLiteral("Officer"), security::Role::PrivacyOfficer, secret("")).ok());

        QVERIFY(v.session->actAs(QStringLiteral("Rep"), secret("")).ok());
        QCOMPARE(notices.create(draft(QStringLiteral("en"), QStringLiteral("N"), QStringLiteral("x"))).error().kind,
                 ErrorKind::Denied);
        QCOMPARE(notices.edit(draft2->id, draft(QStringLiteral("en"), QStringLiteral("N"), QStringLiteral("y")))
                     .error()
                     .kind,
                 ErrorKind::Denied);
        QCOMPARE(notices.publish(draft2->id).error().kind, ErrorKind::Denied);
        QCOMPARE(notices.remove(draft2->id).error().kind, ErrorKind::Denied);
        QVERIFY(notices.acknowledge(ada, d->id, AckChannel::InPerson)); // at the point of collection

        QVERIFY(v.session->actAs(QStringLiteral("Reader"), secret("")).ok());
        QVERIFY(notices.list());
        QCOMPARE(notices.acknowledge(ada, d->id, AckChannel::InPerson).error().kind, ErrorKind::Denied);

        QVERIFY(v.session->actAs(QStringLiteral("Officer"), secret("")).ok());
        QVERIFY(notices.publish(draft2->id));
        QCOMPARE(auditRows(v, QStringLiteral("access.denied")).size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestNoticeService)
#include "TestNoticeService.moc"
