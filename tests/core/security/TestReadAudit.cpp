#include "core/Session.h"
#include "core/crm/ContactService.h"
#include "core/crm/SearchService.h"
#include "core/security/AuditLog.h"
#include "core/security/MutationGate.h"
#include "core/security/ReadAudit.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/storage/Vault.h"

#include <QTest>

#include "tests/support/TestVault.h"

#include <memory>
#include <vector>

using namespace confidant;
using confidant::security::AuditEntry;
using confidant::security::AuditLog;
using confidant::security::ReadAudit;
using confidant::security::Role;
using confidant::test::secret;
using confidant::test::TestVault;

namespace {

crm::Contact person(const QString& given, const QString& family)
{
    crm::Contact c;
    c.givenName = given;
    c.familyName = family;
    c.emails = {{given.toLower() + QStringLiteral(".") + family.toLower() + QStringLiteral("@example.org"),
                 QStringLiteral("work")}};
    c.phones = {{QStringLiteral("+49 30 5550199"), QStringLiteral("work")}};
    c.city = QStringLiteral("Kiel");
    return c;
}

qint64 lastSeq(storage::Database& db)
{
    auto last = AuditLog::last(db);
    return last && *last ? (*last)->seq : 0;
}

//! The audit entries after `seq`, oldest first.
QList<AuditEntry> entriesAfter(storage::Database& db, qint64 seq)
{
    security::AuditQuery q;
    q.limit = 10000;
    QList<AuditEntry> out;
    if (auto entries = AuditLog::list(db, q)) {
        for (const AuditEntry& e : *entries) {
            if (e.seq > seq) {
                out.prepend(e);
            }
        }
    }
    return out;
}

//! Every cell of every audit_log row, as text.
QStringList auditCells(storage::Database& db)
{
    QStringList cells;
    auto s = db.prepare("SELECT * FROM audit_log ORDER BY seq");
    if (!s) {
        return {QStringLiteral("<cannot read audit_log>")};
    }
    while (true) {
        auto step = s->step();
        if (!step || *step == storage::Statement::Step::Done) {
            break;
        }
        for (int c = 0; c < s->columnCount(); ++c) {
            cells.append(s->text(c));
        }
    }
    return cells;
}

QList<crm::ContactId> contactIds(storage::Database& db)
{
    QList<crm::ContactId> ids;
    auto s = db.prepare("SELECT id FROM contacts ORDER BY id");
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

QString summary(qint64 lists, qint64 listed, qint64 searches, qint64 found, qint64 shown)
{
    return QStringLiteral("lists=%1 listed=%2 searches=%3 found=%4 shown=%5")
        .arg(lists)
        .arg(listed)
        .arg(searches)
        .arg(found)
        .arg(shown);
}

//! A vault with three people (Ada Lovelace, Alan Turing, Grace Hopper) and a read-only profile "Reader",
//! made by the owner.
struct Fixture
{
    TestVault v;
    QList<crm::Contact> people;
    security::Profile reader;

    bool build()
    {
        if (!v.create()) {
            return false;
        }
        for (const auto& [given, family] :
             {std::pair {"Ada", "Lovelace"}, std::pair {"Alan", "Turing"}, std::pair {"Grace", "Hopper"}}) {
            auto created = v.session->contacts().create(person(QLatin1String(given), QLatin1String(family)));
            if (!created) {
                return false;
            }
            people.append(*created);
        }
        auto added = v.session->profiles().add(QStringLiteral("Reader"), Role::ReadOnly, secret(""));
        if (!added) {
            return false;
        }
        reader = *added;
        return true;
    }
    bool actAs(const QString& name)
    {
        return v.session->actAs(name, secret("")).ok();
    }
    //! More people, written in one transaction by the owner (who must be acting).
    bool addPeople(int count)
    {
        std::vector<crm::Contact> batch;
        for (int i = 0; i < count; ++i) {
            batch.push_back(person(QStringLiteral("Given%1").arg(i), QStringLiteral("Family%1").arg(i)));
        }
        return v.session->contacts().createMany(batch).ok();
    }
    Session& session()
    {
        return *v.session;
    }
    storage::Database& db()
    {
        return v.session->vault().db();
    }
};

} // namespace

//! Reads of contacts go into the audit trail in batches, as counts, by the profile that read (issue 16): before,
//! a read-only profile could page through every contact and open each one without a trace.
class TestReadAudit : public QObject
{
    Q_OBJECT

private slots:
    void readsAreOneEntryOfCountsWithoutValues()
    {
        Fixture f;
        QVERIFY(f.build());
        auto heard = std::make_shared<int>(0);
        f.session().gate().addListener([heard](const security::Mutation& m) {
            if (m.action == QLatin1String("contact.read")) {
                ++*heard;
            }
        });
        QVERIFY(f.actAs(QStringLiteral("Reader")));
        const qint64 seq = lastSeq(f.db());

        auto all = f.session().contacts().list({});
        QVERIFY(all);
        QCOMPARE(all->rows.size(), 3);
        crm::ContactQuery typed;
        typed.search = QStringLiteral("Love");
        auto typedHits = f.session().contacts().list(typed);
        QVERIFY(typedHits);
        QCOMPARE(typedHits->rows.size(), 1);
        auto found = f.session().search().search(QStringLiteral("Hopper"));
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        QVERIFY(f.session().contacts().open(f.people[0].id));
        QVERIFY(f.session().contacts().open(f.people[0].id)); // the same record again counts once
        QVERIFY(f.session().contacts().openByUid(f.people[1].uid));
        // get() is for code working with a contact (an edit, a lookup), not for showing it: not counted.
        QVERIFY(f.session().contacts().get(f.people[2].id));
        // Below the batch sizes nothing is written yet.
        QCOMPARE(entriesAfter(f.db(), seq).size(), 0);
        QVERIFY(f.session().reads().hasPending());

        QVERIFY(f.session().reads().flush());
        const QList<AuditEntry> added = entriesAfter(f.db(), seq);
        QCOMPARE(added.size(), 1);
        const AuditEntry& e = added.first();
        QCOMPARE(e.action, QStringLiteral("contact.read"));
        QCOMPARE(e.entityType, QStringLiteral("contact"));
        QCOMPARE(e.entityUid, QString());
        QCOMPARE(e.profileName, QStringLiteral("Reader"));
        QCOMPARE(e.profileUid, f.reader.uid);
        QCOMPARE(e.summary, summary(1, 3, 2, 2, 2));
        // A read-only profile may write nothing, yet its reads are recorded; no view is told to reload.
        QCOMPARE(*heard, 0);
        QVERIFY(!f.session().reads().hasPending());
        QVERIFY(f.session().reads().flush());
        QCOMPARE(entriesAfter(f.db(), seq).size(), 1);

        // Not a name, an email, a phone or a city of anyone read, anywhere in the trail.
        const QStringList cells = auditCells(f.db());
        QVERIFY(!cells.isEmpty());
        for (const crm::Contact& c : f.people) {
            for (const QString& value : {c.givenName, c.familyName, c.emails.first().value, c.phones.first().value}) {
                for (const QString& cell : cells) {
                    QVERIFY2(!cell.contains(value), qPrintable(value + QStringLiteral(" in ") + cell));
                }
            }
        }
        for (const QString& cell : cells) {
            QVERIFY2(!cell.contains(QStringLiteral("Kiel")), qPrintable(cell));
        }
        QVERIFY(f.actAs(QStringLiteral("owner"))); // verifying the trail needs "view the audit trail"
        auto verified = f.session().auditLog().verify();
        QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message));
        QVERIFY2(verified->ok, qPrintable(verified->problem));
    }

    // A contact's change history shows its old names, emails and phones: read like a record opened (review of
    // issue 16: it was read without a trace).
    void historyIsARecordShown()
    {
        Fixture f;
        QVERIFY(f.build());
        QVERIFY(f.actAs(QStringLiteral("Reader")));
        const qint64 seq = lastSeq(f.db());
        QVERIFY(f.session().subjectRights().history(f.people[0].uid));
        QVERIFY(f.session().subjectRights().history(f.people[0].uid)); // the same person again counts once
        QVERIFY(f.session().reads().flush());
        const QList<AuditEntry> added = entriesAfter(f.db(), seq);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().summary, summary(0, 0, 0, 0, 1));
        QCOMPARE(added.first().profileUid, f.reader.uid);
    }

    void everyHundredRecordsOpenedIsAnEntry()
    {
        Fixture f;
        QVERIFY(f.build());
        QVERIFY(f.addPeople(247)); // 250 with the fixture's three
        const QList<crm::ContactId> ids = contactIds(f.db());
        QCOMPARE(ids.size(), 250);
        QVERIFY(f.actAs(QStringLiteral("Reader")));
        const qint64 seq = lastSeq(f.db());
        QVERIFY(f.session().contacts().open(ids.first())); // opened twice: one record
        for (const crm::ContactId& id : ids) {
            QVERIFY(f.session().contacts().open(id));
        }
        const QString hundred = summary(0, 0, 0, 0, ReadAudit::kShownPerEntry);
        QList<AuditEntry> added = entriesAfter(f.db(), seq);
        QCOMPARE(added.size(), 2);
        for (const AuditEntry& e : added) {
            QCOMPARE(e.action, QStringLiteral("contact.read"));
            QCOMPARE(e.profileUid, f.reader.uid);
            QCOMPARE(e.summary, hundred);
        }
        QVERIFY(f.session().reads().flush());
        added = entriesAfter(f.db(), seq);
        QCOMPARE(added.size(), 3);
        QCOMPARE(added.last().summary, summary(0, 0, 0, 0, 50));
    }

    void listingManyRecordsIsAnEntry()
    {
        Fixture f;
        QVERIFY(f.build());
        QVERIFY(f.addPeople(1197)); // 1200
        QVERIFY(f.actAs(QStringLiteral("Reader")));
        const qint64 seq = lastSeq(f.db());
        // The same first page again and again (a view reloading after each change) is 200 records listed.
        crm::ContactQuery page;
        page.limit = 200;
        for (int i = 0; i < 6; ++i) {
            QVERIFY(f.session().contacts().list(page));
        }
        QCOMPARE(entriesAfter(f.db(), seq).size(), 0);
        // Every page of the list: the first two make 1000 distinct records, the batch size: written at once.
        crm::ContactQuery pages;
        pages.limit = 500;
        do {
            auto next = f.session().contacts().list(pages);
            QVERIFY(next);
            pages.after = next->nextCursor;
        } while (!pages.after.isEmpty());
        const QList<AuditEntry> added = entriesAfter(f.db(), seq);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().summary, summary(8, ReadAudit::kListedPerEntry, 0, 0, 0));
        QCOMPARE(added.first().profileName, QStringLiteral("Reader"));
        // The last page waits for the next entry.
        QVERIFY(f.session().reads().flush());
        QCOMPARE(entriesAfter(f.db(), seq).last().summary, summary(1, 200, 0, 0, 0));
    }

    void closingTheSessionRecordsWhatWasRead()
    {
        Fixture f;
        QVERIFY(f.build());
        QVERIFY(f.actAs(QStringLiteral("Reader")));
        const qint64 seq = lastSeq(f.db());
        QVERIFY(f.session().contacts().list({}));
        QVERIFY(f.session().contacts().open(f.people[2].id));
        f.v.close(); // a CLI command's end, the GUI's lock or quit

        auto reopened = storage::Vault::open(f.v.path(), &f.v.keys, storage::UnlockSecret {});
        QVERIFY(reopened);
        f.v.session = std::make_unique<Session>(std::move(reopened).value(), f.v.clock);
        const QList<AuditEntry> added = entriesAfter(f.db(), seq);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().action, QStringLiteral("contact.read"));
        QCOMPARE(added.first().profileUid, f.reader.uid);
        QCOMPARE(added.first().summary, summary(1, 3, 0, 0, 1));
        auto verified = f.session().auditLog().verify();
        QVERIFY(verified);
        QVERIFY2(verified->ok, qPrintable(verified->problem));
    }

    void eachProfileGetsItsOwnEntry()
    {
        Fixture f;
        QVERIFY(f.build());
        QVERIFY(f.actAs(QStringLiteral("Reader")));
        const qint64 seq = lastSeq(f.db());
        QVERIFY(f.session().contacts().list({}));
        QVERIFY(f.actAs(QStringLiteral("owner")));
        QCOMPARE(entriesAfter(f.db(), seq).size(), 0);
        // The owner's first read writes what Reader read, under Reader's name.
        QVERIFY(f.session().contacts().open(f.people[0].id));
        QList<AuditEntry> added = entriesAfter(f.db(), seq);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().profileName, QStringLiteral("Reader"));
        QCOMPARE(added.first().summary, summary(1, 3, 0, 0, 0));
        QVERIFY(f.session().reads().flush());
        added = entriesAfter(f.db(), seq);
        QCOMPARE(added.size(), 2);
        QCOMPARE(added.last().profileName, QStringLiteral("owner"));
        QCOMPARE(added.last().summary, summary(0, 0, 0, 0, 1));
        QCOMPARE(f.session().actor().name, QStringLiteral("owner"));
    }
};

QTEST_GUILESS_MAIN(TestReadAudit)
#include "TestReadAudit.moc"
