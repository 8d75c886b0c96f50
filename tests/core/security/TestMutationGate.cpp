#include "core/Session.h"
#include "core/WorkerGate.h"
#include "core/crm/ContactService.h"
#include "core/crm/ExportService.h"
#include "core/privacy/AccessPackage.h"
#include "core/security/AuditLog.h"
#include "core/security/MutationGate.h"
#include "core/security/Permissions.h"
#include "core/storage/Database.h"

#include <QBuffer>
#include <QTest>

#include "tests/support/TestVault.h"

using namespace confidant;
using confidant::security::Mutation;
using confidant::security::MutationGate;
using confidant::security::Permission;
using confidant::security::Role;
using confidant::security::Roles;
using confidant::test::secret;
using confidant::test::TestVault;

namespace {

qint64 countOf(storage::Database& db, const char* sql)
{
    auto n = db.queryInt(sql);
    return n ? *n : -1;
}

crm::Contact person(const QString& given, const QString& family)
{
    crm::Contact c;
    c.givenName = given;
    c.familyName = family;
    c.emails = {{given.toLower() + QStringLiteral("@example.org"), QStringLiteral("work")}};
    return c;
}

//! A vault with two contacts and a sales rep ("Sam": may view, may not export or handle requests).
struct Fixture
{
    TestVault v;
    crm::Contact ada;
    security::Actor owner;
    security::Actor rep;

    bool build()
    {
        if (!v.create()) {
            return false;
        }
        auto created = v.session->contacts().create(person(QStringLiteral("Ada"), QStringLiteral("Lovelace")));
        if (!created || !v.session->contacts().create(person(QStringLiteral("Alan"), QStringLiteral("Turing")))) {
            return false;
        }
        ada = *created;
        auto sam = v.session->profiles().add(QStringLiteral("Sam"), Role::SalesRep, secret(""));
        if (!sam) {
            return false;
        }
        owner = v.session->actor();
        rep = sam->actor();
        return owner.signedIn && rep.signedIn;
    }
    storage::Database& db()
    {
        return v.session->vault().db();
    }
};

} // namespace

//! The MutationGate fails closed, and the gates that workers get from core (WorkerGate and the export
//! and access package workers built on it) check and audit as the session's gate does.
class TestMutationGate : public QObject
{
    Q_OBJECT

private slots:
    //! A gate without an audit trail allows nothing, whoever acts: `may` is false, a permission-carrying
    //! write or read is Denied without running, and no write is made at all. (It used to allow everything.)
    void withoutAnAuditTrailNothingIsAllowed()
    {
        Fixture f;
        QVERIFY(f.build());
        MutationGate bare(f.db());
        bare.setActor(f.owner);
        QVERIFY(!bare.auditTrail());
        for (const Permission p : security::kAllPermissions) {
            QVERIFY2(!bare.may(p), qPrintable(Roles::permissionName(p)));
            QVERIFY2(f.v.session->gate().may(p), qPrintable(Roles::permissionName(p))); // same owner, with a trail
        }
        const qint64 entries = countOf(f.db(), "SELECT count(*) FROM audit_log");
        const qint64 contacts = countOf(f.db(), "SELECT count(*) FROM contacts");

        bool ran = false;
        auto body = [&ran](storage::Database&, Mutation&) -> Result<int> {
            ran = true;
            return 1;
        };
        Mutation exported(QStringLiteral("contact.export"), QStringLiteral("contact"), {}, {}, 1, Permission::Export);
        auto applied = bare.apply<int>(exported, body);
        QVERIFY(!applied);
        QCOMPARE(applied.error().kind, ErrorKind::Denied);
        QVERIFY(!ran);
        auto read = bare.require(exported);
        QVERIFY(!read);
        QCOMPARE(read.error().kind, ErrorKind::Denied);
        QVERIFY(!bare.audit(exported));
        // A write that names no permission is not made either: it could not be audited.
        Mutation unnamed(QStringLiteral("test.write"));
        QVERIFY(!bare.apply<int>(unnamed, body));
        QVERIFY(!ran);

        // Core's services built on such a gate refuse as well.
        crm::ContactService service(bare, f.v.clock);
        QVERIFY(!service.create(person(QStringLiteral("Eve"), QStringLiteral("Bare"))));
        QVERIFY(!service.list(crm::ContactQuery {}));
        QCOMPARE(countOf(f.db(), "SELECT count(*) FROM contacts"), contacts);
        QCOMPARE(countOf(f.db(), "SELECT count(*) FROM audit_log"), entries);
    }

    //! A profile that is not signed in (a PIN not yet given) may do nothing, with or without a trail.
    void aProfileNotSignedInMayDoNothing()
    {
        Fixture f;
        QVERIFY(f.build());
        security::Actor locked = f.owner;
        locked.signedIn = false;
        MutationGate bare(f.db());
        bare.setActor(locked);
        f.v.session->gate().setActor(locked);
        for (const Permission p : security::kAllPermissions) {
            QVERIFY(!bare.may(p));
            QVERIFY(!f.v.session->gate().may(p));
        }
        Mutation write(
            QStringLiteral("contact.create"), QStringLiteral("contact"), {}, {}, 1, Permission::EditContacts);
        auto refused
            = f.v.session->gate().apply<int>(write, [](storage::Database&, Mutation&) -> Result<int> { return 1; });
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Locked);
    }

    //! A worker's gate from core: its own connection, an audit trail and the session's profile. Its writes
    //! are audited into the vault's one chain, which still verifies.
    void workerGateActsAsTheSessionProfileWithATrail()
    {
        Fixture f;
        QVERIFY(f.build());
        auto worker = WorkerGate::open(f.v.session->vault(), f.owner, f.v.clock);
        QVERIFY(worker);
        MutationGate& gate = (*worker)->gate();
        QVERIFY(gate.auditTrail());
        QCOMPARE(gate.actor().uid, f.owner.uid);
        QVERIFY(gate.may(Permission::Export));
        QVERIFY(&gate.db() != &f.db());
        Mutation note(QStringLiteral("contact.export"), QStringLiteral("contact"), {}, {}, 3, Permission::Export);
        QVERIFY(gate.audit(note));
        QCOMPARE(countOf(f.db(), "SELECT count(*) FROM audit_log WHERE action = 'contact.export'"), 1);
        auto verified = f.v.session->auditLog().verify();
        QVERIFY(verified);
        QVERIFY2(verified->ok, qPrintable(verified->problem));

        auto asRep = WorkerGate::open(f.v.session->vault(), f.rep, f.v.clock);
        QVERIFY(asRep);
        QVERIFY(!(*asRep)->gate().may(Permission::Export));
        QVERIFY((*asRep)->gate().may(Permission::ViewContacts));
    }

    //! The export worker checks "export" on its own gate and audits there: a sales rep gets Denied (audited)
    //! and no byte; the owner's export is written and audited with its count.
    void exportWorkerChecksAndAuditsOnItsOwnGate()
    {
        Fixture f;
        QVERIFY(f.build());
        auto rep = crm::ExportWorker::open(f.v.session->vault(), f.rep, f.v.clock, f.v.session->fields());
        QVERIFY(rep);
        QBuffer denied;
        QVERIFY(denied.open(QIODevice::WriteOnly));
        auto refused = (*rep)->exports().exportContacts(crm::ExportFormat::Csv, {}, denied);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Denied);
        QVERIFY(denied.data().isEmpty());
        QCOMPARE(countOf(f.db(),
                         "SELECT count(*) FROM audit_log WHERE action = 'access.denied' AND summary LIKE "
                         "'%attempted=contact.export%' AND summary LIKE '%role=sales-rep%'"),
                 1);
        QCOMPARE(countOf(f.db(), "SELECT count(*) FROM audit_log WHERE action = 'contact.export'"), 0);

        auto owner = crm::ExportWorker::open(f.v.session->vault(), f.owner, f.v.clock, f.v.session->fields());
        QVERIFY(owner);
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        auto written = (*owner)->exports().exportContacts(crm::ExportFormat::Csv, {}, out);
        QVERIFY(written);
        QCOMPARE(*written, qint64(2));
        QVERIFY(out.data().contains("Lovelace"));
        QCOMPARE(countOf(f.db(),
                         "SELECT count(*) FROM audit_log WHERE action = 'contact.export' AND summary LIKE '%count=2%'"),
                 1);
    }

    //! The access package worker checks "handle requests" on its own gate before reading anything.
    void accessPackageWorkerChecksHandleRequests()
    {
        Fixture f;
        QVERIFY(f.build());
        auto rep = privacy::AccessPackageWorker::open(f.v.session->vault(), f.rep, f.v.clock, f.v.session->fields());
        QVERIFY(rep);
        auto refused = (*rep)->access().build(f.ada.uid);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Denied);
        QCOMPARE(countOf(f.db(),
                         "SELECT count(*) FROM audit_log WHERE action = 'access.denied' AND summary LIKE "
                         "'%attempted=subject.access%'"),
                 1);

        auto owner
            = privacy::AccessPackageWorker::open(f.v.session->vault(), f.owner, f.v.clock, f.v.session->fields());
        QVERIFY(owner);
        auto built = (*owner)->access().build(f.ada.uid);
        QVERIFY(built);
        QCOMPARE(built->contactUid, f.ada.uid);
    }
};

QTEST_MAIN(TestMutationGate)
#include "TestMutationGate.moc"
