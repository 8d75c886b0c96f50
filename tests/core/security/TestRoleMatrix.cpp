#include "core/crm/CompanyService.h"
#include "core/crm/ContactService.h"
#include "core/crm/SampleData.h"
#include "core/crm/SearchService.h"
#include "core/security/AuditLog.h"
#include "core/security/MutationGate.h"
#include "core/security/Permissions.h"
#include "core/security/ProfileService.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <QCryptographicHash>
#include <QSet>
#include <QTest>

#include "tests/support/TestVault.h"

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

using namespace confidant;
using confidant::crm::Company;
using confidant::crm::Contact;
using confidant::security::AuditEntry;
using confidant::security::AuditLog;
using confidant::security::Mutation;
using confidant::security::Permission;
using confidant::security::Role;
using confidant::security::Roles;
using confidant::storage::Database;
using confidant::storage::Statement;
using confidant::test::secret;
using confidant::test::TestVault;

namespace {

// The matrix as designed (DESIGN.md "Security" and its personas: an admin also rotates keys and runs
// backups; only an owner changes an owner, a rule beyond the matrix), written out here on its own so that a changed
// cell in `allows`, or a service asking for the wrong permission, fails this test. Columns in the order of
// kAllPermissions: view-contacts, edit-contacts, view-sensitive, export, manage-purposes, handle-requests, erase,
// manage-retention, manage-profiles, view-audit, backup-restore, rekey, manage-pipelines.
constexpr std::array<int, 13> kOwner = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
constexpr std::array<int, 13> kAdmin = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
constexpr std::array<int, 13> kPrivacyOfficer = {1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 0, 0, 0};
constexpr std::array<int, 13> kSalesRep = {1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
constexpr std::array<int, 13> kReadOnly = {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
static_assert(security::kAllPermissions.size() == 13, "a new permission needs a column in the table above");
static_assert(security::kAllRoles.size() == 5, "a new role needs a row in the table above");

bool designed(Role role, Permission permission)
{
    const auto& row = [role]() -> const std::array<int, 13>& {
        switch (role) {
        case Role::Owner:
            return kOwner;
        case Role::Admin:
            return kAdmin;
        case Role::PrivacyOfficer:
            return kPrivacyOfficer;
        case Role::SalesRep:
            return kSalesRep;
        case Role::ReadOnly:
            break;
        }
        return kReadOnly;
    }();
    for (std::size_t i = 0; i < security::kAllPermissions.size(); ++i) {
        if (security::kAllPermissions[i] == permission) {
            return row[i] != 0;
        }
    }
    return false;
}

template <typename T>
Result<void> withoutValue(const Result<T>& r)
{
    if (!r) {
        return r.error();
    }
    return {};
}

template <typename T>
QByteArray why(const Result<T>& r)
{
    return r.ok() ? QByteArray() : r.error().message.toUtf8();
}

Contact person(const QString& given, const QString& family)
{
    Contact c;
    c.givenName = given;
    c.familyName = family;
    return c;
}

Company firm(const QString& name)
{
    Company c;
    c.name = name;
    return c;
}

//! A digest of everything but the audit trail: a denied call must leave it as it was.
QByteArray dataDigest(Database& db)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const char* table :
         {"contacts", "companies", "tags", "contact_tags", "profiles", "settings", "erasure_ledger"}) {
        auto s = db.prepare(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table)));
        if (!s) {
            return QByteArray("cannot read ") + table;
        }
        h.addData(QByteArray(table));
        while (true) {
            auto step = s->step();
            if (!step || *step == Statement::Step::Done) {
                break;
            }
            for (int i = 0; i < s->columnCount(); ++i) {
                h.addData(s->isNull(i) ? QByteArray("\x01null") : QByteArray("\x02") + s->blob(i));
            }
            h.addData(QByteArray("\n"));
        }
    }
    return h.result();
}

QList<AuditEntry> entriesAfter(Database& db, qint64 seq)
{
    security::AuditQuery q;
    q.limit = 1000000;
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

qint64 lastSeq(Database& db)
{
    auto last = AuditLog::last(db);
    return last && *last ? (*last)->seq : 0;
}

//! Why `added` is not exactly one access.denied entry for `attempted` by `actor`, or an empty string.
QString notOneDenial(const QList<AuditEntry>& added,
                     const security::Actor& actor,
                     const QString& attempted,
                     const std::optional<Permission>& needs)
{
    if (added.size() != 1) {
        QStringList actions;
        for (const auto& e : added) {
            actions.append(e.action);
        }
        return QStringLiteral("%1 new entries (%2), want one access.denied")
            .arg(added.size())
            .arg(actions.join(QLatin1Char(',')));
    }
    const AuditEntry& e = added.first();
    const QStringList summary = e.summary.split(QLatin1Char(' '));
    QStringList problems;
    if (e.action != QLatin1String("access.denied")) {
        problems.append(QStringLiteral("action %1").arg(e.action));
    }
    if (e.profileUid != actor.uid || e.profileName != actor.name) {
        problems.append(QStringLiteral("profile %1 (%2)").arg(e.profileName, e.profileUid));
    }
    if (!summary.contains(QStringLiteral("attempted=") + attempted)) {
        problems.append(QStringLiteral("summary '%1' does not name %2").arg(e.summary, attempted));
    }
    if (needs && !summary.contains(QStringLiteral("needs=") + Roles::permissionName(*needs))) {
        problems.append(QStringLiteral("summary '%1' does not name the permission").arg(e.summary));
    }
    if (!summary.contains(QStringLiteral("role=") + Roles::name(actor.role))) {
        problems.append(QStringLiteral("summary '%1' does not name the role").arg(e.summary));
    }
    return problems.join(QLatin1String("; "));
}

//! One call that needs a permission, and the action a denial of it names.
struct Operation
{
    QString name;
    Permission permission;
    QString attempted;
    std::function<Result<void>()> run;
};

//! What the operations work on, made by the owner before the profile under test acts.
struct Fixture
{
    Contact contact;
    Contact contactToDelete;
    Company company;
    Company companyToDelete;
};

//! Every service operation that needs a permission, and, for permissions no service uses yet, the gate's
//! own entry points (require for reads, apply for writes, audit for privacy-relevant reads).
std::vector<Operation> operationsOf(Session& session, const Fixture& f)
{
    using P = Permission;
    Session* s = &session;
    std::vector<Operation> ops = {
        {QStringLiteral("create a contact"),
         P::EditContacts,
         QStringLiteral("contact.create"),
         [s] { return withoutValue(s->contacts().create(person(QStringLiteral("New"), QStringLiteral("Person")))); }},
        {QStringLiteral("create many contacts"),
         P::EditContacts,
         QStringLiteral("contact.create_many"),
         [s] {
             return withoutValue(s->contacts().createMany({person(QStringLiteral("Bulk"), QStringLiteral("One")),
                                                           person(QStringLiteral("Bulk"), QStringLiteral("Two"))}));
         }},
        {QStringLiteral("update a contact"),
         P::EditContacts,
         QStringLiteral("contact.update"),
         [s, f] {
             Contact c = f.contact;
             c.city = QStringLiteral("Lyon");
             return withoutValue(s->contacts().update(c));
         }},
        {QStringLiteral("delete a contact"),
         P::Erase,
         QStringLiteral("contact.delete"),
         [s, f] { return withoutValue(s->erasure().deleteContact(f.contactToDelete.uid)); }},
        {QStringLiteral("create a deal"),
         P::EditContacts,
         QStringLiteral("deal.create"),
         [s] {
             crm::Deal deal;
             deal.title = QStringLiteral("Matrix deal");
             return withoutValue(s->deals().create(deal));
         }},
        {QStringLiteral("list deals"),
         P::ViewContacts,
         QStringLiteral("deal.list"),
         [s] { return withoutValue(s->deals().list({})); }},
        {QStringLiteral("add a pipeline stage"),
         P::ManagePipelines,
         QStringLiteral("pipeline.stage-add"),
         [s] {
             auto pipeline = s->pipelines().find(QString());
             if (!pipeline) {
                 return Result<void>(pipeline.error());
             }
             crm::Stage stage;
             stage.name = QStringLiteral("Matrix stage");
             return withoutValue(s->pipelines().addStage(pipeline->id, stage));
         }},
        {QStringLiteral("get a contact"),
         P::ViewContacts,
         QStringLiteral("contact.view"),
         [s, f] { return withoutValue(s->contacts().get(f.contact.id)); }},
        {QStringLiteral("get a contact by uid"),
         P::ViewContacts,
         QStringLiteral("contact.view"),
         [s, f] { return withoutValue(s->contacts().getByUid(f.contact.uid)); }},
        {QStringLiteral("list contacts"),
         P::ViewContacts,
         QStringLiteral("contact.list"),
         [s] { return withoutValue(s->contacts().list({})); }},
        {QStringLiteral("count contacts"),
         P::ViewContacts,
         QStringLiteral("contact.list"),
         [s] { return withoutValue(s->contacts().count()); }},
        {QStringLiteral("create a company"),
         P::EditContacts,
         QStringLiteral("company.create"),
         [s] { return withoutValue(s->companies().create(firm(QStringLiteral("New Firm")))); }},
        {QStringLiteral("update a company"),
         P::EditContacts,
         QStringLiteral("company.update"),
         [s, f] {
             Company c = f.company;
             c.city = QStringLiteral("Nantes");
             return withoutValue(s->companies().update(c));
         }},
        {QStringLiteral("delete a company"),
         P::EditContacts,
         QStringLiteral("company.delete"),
         [s, f] { return s->companies().remove(f.companyToDelete.id); }},
        {QStringLiteral("get a company"),
         P::ViewContacts,
         QStringLiteral("company.view"),
         [s, f] { return withoutValue(s->companies().get(f.company.id)); }},
        {QStringLiteral("get a company by uid"),
         P::ViewContacts,
         QStringLiteral("company.view"),
         [s, f] { return withoutValue(s->companies().getByUid(f.company.uid)); }},
        {QStringLiteral("find a company by name"),
         P::ViewContacts,
         QStringLiteral("company.view"),
         [s, f] { return withoutValue(s->companies().findByName(f.company.name)); }},
        {QStringLiteral("list companies"),
         P::ViewContacts,
         QStringLiteral("company.list"),
         [s] { return withoutValue(s->companies().list({})); }},
        {QStringLiteral("count companies"),
         P::ViewContacts,
         QStringLiteral("company.list"),
         [s] { return withoutValue(s->companies().count()); }},
        {QStringLiteral("search"),
         P::ViewContacts,
         QStringLiteral("search"),
         [s] { return withoutValue(s->search().search(QStringLiteral("Fixture"))); }},
        {QStringLiteral("generate sample data"),
         P::EditContacts,
         QStringLiteral("company.create_many"),
         [s] {
             crm::SampleData sample(s->gate(), s->contacts(), s->companies());
             return withoutValue(sample.generate(3, 7));
         }},
        {QStringLiteral("add a profile"),
         P::ManageProfiles,
         QStringLiteral("profile.create"),
         [s] { return withoutValue(s->profiles().add(QStringLiteral("Newcomer"), Role::SalesRep, secret(""))); }},
        {QStringLiteral("remove a profile"),
         P::ManageProfiles,
         QStringLiteral("profile.delete"),
         [s] { return s->profiles().remove(QStringLiteral("Spare")); }},
        {QStringLiteral("change a profile's role"),
         P::ManageProfiles,
         QStringLiteral("profile.role"),
         [s] { return withoutValue(s->profiles().setRole(QStringLiteral("Target"), Role::SalesRep)); }},
        {QStringLiteral("set another profile's PIN"),
         P::ManageProfiles,
         QStringLiteral("profile.pin"),
         [s] { return s->profiles().setPin(QStringLiteral("Target"), secret("2468")); }},
        // One's own PIN needs no more than being able to use the vault at all.
        {QStringLiteral("set one's own PIN"),
         P::ViewContacts,
         QStringLiteral("profile.pin"),
         [s] { return s->profiles().setPin(s->actor().name, secret("1357")); }},
    };
    // Permissions no service uses yet: the gate's entry points with a mutation naming the permission.
    for (Permission p : security::kAllPermissions) {
        const QString name = Roles::permissionName(p);
        ops.push_back(
            {QStringLiteral("gate require %1").arg(name), p, QStringLiteral("test.read.") + name, [s, p, name] {
                 return s->gate().require(Mutation(QStringLiteral("test.read.") + name, {}, {}, {}, 1, p));
             }});
        ops.push_back(
            {QStringLiteral("gate apply %1").arg(name), p, QStringLiteral("test.write.") + name, [s, p, name] {
                 Mutation m(QStringLiteral("test.write.") + name, QStringLiteral("setting"), {}, {}, 1, p);
                 return s->gate().apply<void>(m, [&name](Database& db, Mutation&) -> Result<void> {
                     auto insert = db.prepare("INSERT INTO settings (key, value) VALUES (?1, 'x')");
                     if (!insert) {
                         return insert.error();
                     }
                     return insert->bind(1, QStringLiteral("test.") + name).run();
                 });
             }});
        ops.push_back(
            {QStringLiteral("gate audit %1").arg(name), p, QStringLiteral("test.audit.") + name, [s, p, name] {
                 return s->gate().audit(Mutation(QStringLiteral("test.audit.") + name, {}, {}, {}, 1, p));
             }});
    }
    return ops;
}

} // namespace

class TestRoleMatrix : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestVault> m_v;

    Session& session()
    {
        return *m_v->session;
    }
    Database& db()
    {
        return m_v->session->vault().db();
    }
    bool actAs(const QString& name)
    {
        return session().actAs(name, secret("")).ok();
    }
    std::optional<Role> roleOf(const QString& name)
    {
        auto p = session().profiles().find(name);
        return p ? std::optional<Role>(p->role) : std::nullopt;
    }
    bool verifiedOk()
    {
        auto v = session().audit().verify(db());
        return v.ok() && v->ok;
    }
    qint64 ownerCount()
    {
        return *db().queryInt("SELECT count(*) FROM profiles WHERE role = 'owner'");
    }
    //! Runs a call that must be denied to the acting profile and checks it changed nothing but one audit entry.
    QString
    deniedCleanly(const std::function<Result<void>()>& call, const QString& attempted, std::optional<Permission> needs)
    {
        const QByteArray before = dataDigest(db());
        const qint64 seq = lastSeq(db());
        const Result<void> r = call();
        if (r.ok()) {
            return QStringLiteral("allowed");
        }
        if (r.error().kind != ErrorKind::Denied) {
            return QStringLiteral("failed with kind %1 (%2), want Denied")
                .arg(int(r.error().kind))
                .arg(r.error().message);
        }
        if (dataDigest(db()) != before) {
            return QStringLiteral("changed the vault");
        }
        return notOneDenial(entriesAfter(db(), seq), session().actor(), attempted, needs);
    }

private slots:
    void init()
    {
        m_v = std::make_unique<TestVault>();
        QVERIFY(m_v->create());
    }
    void cleanup()
    {
        m_v.reset();
    }

    void matrixIsTheDesignedOne_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("permission");
        for (Role role : security::kAllRoles) {
            for (Permission permission : security::kAllPermissions) {
                QTest::addRow("%s %s", qPrintable(Roles::name(role)), qPrintable(Roles::permissionName(permission)))
                    << int(role) << int(permission);
            }
        }
    }
    void matrixIsTheDesignedOne()
    {
        QFETCH(int, role);
        QFETCH(int, permission);
        QCOMPARE(security::allows(Role(role), Permission(permission)), designed(Role(role), Permission(permission)));
    }

    void everyOperationObeysTheMatrix_data()
    {
        QTest::addColumn<int>("role");
        for (Role role : security::kAllRoles) {
            QTest::newRow(qPrintable(Roles::name(role))) << int(role);
        }
    }
    void everyOperationObeysTheMatrix()
    {
        QFETCH(int, role);
        const Role tested = Role(role);

        // The owner sets the stage.
        Fixture f;
        auto contact = session().contacts().create(person(QStringLiteral("Fixture"), QStringLiteral("Contact")));
        auto doomed = session().contacts().create(person(QStringLiteral("Doomed"), QStringLiteral("Contact")));
        auto company = session().companies().create(firm(QStringLiteral("Fixture Firm")));
        auto doomedCompany = session().companies().create(firm(QStringLiteral("Doomed Firm")));
        QVERIFY(contact.ok() && doomed.ok() && company.ok() && doomedCompany.ok());
        f = {*contact, *doomed, *company, *doomedCompany};
        // The default pipeline is seeded by the first read, here by the owner, before anyone is denied.
        QVERIFY(session().pipelines().pipelines().ok());
        QVERIFY(session().profiles().add(QStringLiteral("Spare"), Role::SalesRep, secret("")).ok());
        QVERIFY(session().profiles().add(QStringLiteral("Target"), Role::ReadOnly, secret("")).ok());
        auto tester = session().profiles().add(QStringLiteral("Tester"), tested, secret(""));
        QVERIFY2(tester.ok(), why(tester));
        QVERIFY(actAs(QStringLiteral("Tester")));
        QCOMPARE(session().actor().uid, tester->uid);
        QCOMPARE(session().actor().role, tested);

        QSet<Permission> seenAllowed;
        QSet<Permission> seenDenied;
        for (const Operation& op : operationsOf(session(), f)) {
            const bool allowed = designed(tested, op.permission);
            const QByteArray context = (op.name + QStringLiteral(" as ") + Roles::name(tested)).toUtf8();
            QVERIFY2(security::allows(tested, op.permission) == allowed, context + ": the matrix differs");
            QCOMPARE(session().gate().may(op.permission), allowed);
            const QByteArray before = dataDigest(db());
            const qint64 seq = lastSeq(db());

            const Result<void> r = op.run();

            const QList<AuditEntry> added = entriesAfter(db(), seq);
            if (allowed) {
                seenAllowed.insert(op.permission);
                QVERIFY2(r.ok(), context + ": " + why(r));
                for (const AuditEntry& e : added) {
                    QVERIFY2(e.action != QLatin1String("access.denied"), context + ": audited as denied");
                    QVERIFY2(e.profileUid == tester->uid, context + ": recorded as " + e.profileName.toUtf8());
                }
            } else {
                seenDenied.insert(op.permission);
                QVERIFY2(!r.ok(), context + ": allowed");
                QVERIFY2(r.error().kind == ErrorKind::Denied, context + ": not Denied but " + why(r));
                QVERIFY2(!r.error().message.isEmpty(), context);
                QVERIFY2(dataDigest(db()) == before, context + ": the denied call changed the vault");
                const QString problem = notOneDenial(added, session().actor(), op.attempted, op.permission);
                QVERIFY2(problem.isEmpty(), context + ": " + problem.toUtf8());
            }
        }
        // Every cell of this role's row was exercised.
        QCOMPARE(seenAllowed.size() + seenDenied.size(), qsizetype(security::kAllPermissions.size()));
        QVERIFY(verifiedOk());
    }

    void onlyAnOwnerCreatesAnOwner_data()
    {
        everyOperationObeysTheMatrix_data();
    }
    void onlyAnOwnerCreatesAnOwner()
    {
        QFETCH(int, role);
        QVERIFY(session().profiles().add(QStringLiteral("Actor"), Role(role), secret("")).ok());
        QVERIFY(actAs(QStringLiteral("Actor")));
        auto crown = [this] {
            return withoutValue(session().profiles().add(QStringLiteral("Crowned"), Role::Owner, secret("")));
        };
        if (Role(role) == Role::Owner) {
            QVERIFY(crown().ok());
            QCOMPARE(roleOf(QStringLiteral("Crowned")), std::optional<Role>(Role::Owner));
            return;
        }
        const QString problem = deniedCleanly(crown, QStringLiteral("profile.create"), std::nullopt);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(roleOf(QStringLiteral("Crowned")), std::nullopt);
        // Any other role stays within reach of those who manage profiles.
        const bool manages = security::allows(Role(role), Permission::ManageProfiles);
        QCOMPARE(session().profiles().add(QStringLiteral("Helper"), Role::Admin, secret("")).ok(), manages);
    }

    void onlyAnOwnerChangesAnOwner_data()
    {
        everyOperationObeysTheMatrix_data();
    }
    void onlyAnOwnerChangesAnOwner()
    {
        QFETCH(int, role);
        const bool owner = Role(role) == Role::Owner;
        auto& profiles = session().profiles();
        QVERIFY(profiles.add(QStringLiteral("Deputy"), Role::Owner, secret("")).ok());
        QVERIFY(profiles.add(QStringLiteral("Heir"), Role::Owner, secret("")).ok());
        QVERIFY(profiles.add(QStringLiteral("Plain"), Role::ReadOnly, secret("")).ok());
        QVERIFY(profiles.add(QStringLiteral("Actor"), Role(role), secret("")).ok());
        QVERIFY(actAs(QStringLiteral("Actor")));

        const std::vector<Operation> ops = {
            {QStringLiteral("demote an owner"),
             Permission::ManageProfiles,
             QStringLiteral("profile.role"),
             [&profiles] { return withoutValue(profiles.setRole(QStringLiteral("Deputy"), Role::Admin)); }},
            {QStringLiteral("promote to owner"),
             Permission::ManageProfiles,
             QStringLiteral("profile.role"),
             [&profiles] { return withoutValue(profiles.setRole(QStringLiteral("Plain"), Role::Owner)); }},
            {QStringLiteral("remove an owner"),
             Permission::ManageProfiles,
             QStringLiteral("profile.delete"),
             [&profiles] { return profiles.remove(QStringLiteral("Heir")); }},
        };
        for (const Operation& op : ops) {
            if (owner) {
                const Result<void> r = op.run();
                QVERIFY2(r.ok(), qPrintable(op.name + QStringLiteral(": ") + QString::fromUtf8(why(r))));
            } else {
                // Only the profile-managing roles get as far as the owner rule; the others are stopped earlier.
                const bool manages = security::allows(Role(role), Permission::ManageProfiles);
                const QString problem
                    = deniedCleanly(op.run, op.attempted, manages ? std::optional(op.permission) : std::nullopt);
                QVERIFY2(problem.isEmpty(), qPrintable(op.name + QStringLiteral(": ") + problem));
            }
        }
        QCOMPARE(roleOf(QStringLiteral("Deputy")), std::optional<Role>(owner ? Role::Admin : Role::Owner));
        QCOMPARE(roleOf(QStringLiteral("Plain")), std::optional<Role>(owner ? Role::Owner : Role::ReadOnly));
        QCOMPARE(roleOf(QStringLiteral("Heir")), owner ? std::nullopt : std::optional<Role>(Role::Owner));
    }

    void lastOwnerCannotBeRemovedOrDemoted()
    {
        auto& profiles = session().profiles();
        QCOMPARE(ownerCount(), qint64(1));
        const qint64 seq = lastSeq(db());
        QCOMPARE(profiles.setRole(QStringLiteral("owner"), Role::Admin).error().kind, ErrorKind::Conflict);
        QCOMPARE(profiles.setRole(QStringLiteral("owner"), Role::ReadOnly).error().kind, ErrorKind::Conflict);
        QCOMPARE(profiles.remove(QStringLiteral("owner")).error().kind, ErrorKind::Conflict);
        QCOMPARE(roleOf(QStringLiteral("owner")), std::optional<Role>(Role::Owner));
        QCOMPARE(entriesAfter(db(), seq).size(), 0);
        // Setting the owner role again is no demotion.
        QVERIFY(profiles.setRole(QStringLiteral("owner"), Role::Owner).ok());

        // An administrator may not touch the owner at all.
        QVERIFY(profiles.add(QStringLiteral("Helper"), Role::Admin, secret("")).ok());
        QVERIFY(actAs(QStringLiteral("Helper")));
        QCOMPARE(profiles.remove(QStringLiteral("owner")).error().kind, ErrorKind::Denied);
        QCOMPARE(profiles.setRole(QStringLiteral("owner"), Role::Admin).error().kind, ErrorKind::Denied);
        QCOMPARE(ownerCount(), qint64(1));

        // With a second owner, one may step down, but then the other is the last.
        QVERIFY(actAs(QStringLiteral("owner")));
        QVERIFY(profiles.add(QStringLiteral("Deputy"), Role::Owner, secret("")).ok());
        QVERIFY(profiles.setRole(QStringLiteral("Deputy"), Role::Admin).ok());
        QCOMPARE(profiles.setRole(QStringLiteral("owner"), Role::Admin).error().kind, ErrorKind::Conflict);
        QVERIFY(profiles.setRole(QStringLiteral("Deputy"), Role::Owner).ok());
        QVERIFY(actAs(QStringLiteral("Deputy")));
        QVERIFY(profiles.setRole(QStringLiteral("Deputy"), Role::Admin).ok());
        QCOMPARE(ownerCount(), qint64(1));
        // Deputy, no longer an owner, now tries to remove the last one (whatever role the session still holds).
        QVERIFY(!profiles.remove(QStringLiteral("owner")).ok());
        QVERIFY(!profiles.setRole(QStringLiteral("owner"), Role::ReadOnly).ok());
        QCOMPARE(roleOf(QStringLiteral("owner")), std::optional<Role>(Role::Owner));
        QCOMPARE(ownerCount(), qint64(1));
        QVERIFY(verifiedOk());
    }

    void ownRoleChangeAppliesAtOnce()
    {
        auto& profiles = session().profiles();
        QVERIFY(profiles.add(QStringLiteral("Deputy"), Role::Owner, secret("")).ok());
        QVERIFY(profiles.setRole(QStringLiteral("owner"), Role::ReadOnly).ok());
        QCOMPARE(roleOf(QStringLiteral("owner")), std::optional<Role>(Role::ReadOnly));
        QCOMPARE(session().actor().role, Role::ReadOnly);
        const Result<void> r
            = withoutValue(session().contacts().create(person(QStringLiteral("After"), QStringLiteral("Demotion"))));
        QVERIFY(!r.ok() && r.error().kind == ErrorKind::Denied);
        // After switching profiles the new role holds.
        QVERIFY(actAs(QStringLiteral("owner")));
        QCOMPARE(session().actor().role, Role::ReadOnly);
        QCOMPARE(session().contacts().create(person(QStringLiteral("Later"), QStringLiteral("Try"))).error().kind,
                 ErrorKind::Denied);
    }

    void pinProtectsAProfile()
    {
        auto& profiles = session().profiles();
        QCOMPARE(profiles.add(QStringLiteral("Short"), Role::SalesRep, secret("123")).error().kind, ErrorKind::Invalid);
        auto pinned = profiles.add(QStringLiteral("Pinned"), Role::SalesRep, secret("Zq9x-pin"));
        QVERIFY2(pinned.ok(), why(pinned));
        QVERIFY(pinned->hasPin);
        const security::Actor owner = session().actor();

        // Wrong PIN: refused, recorded as the profile that was tried, and the session stays who it was.
        qint64 seq = lastSeq(db());
        auto wrong = session().actAs(QStringLiteral("Pinned"), secret("Wr0ng-pin"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().kind, ErrorKind::WrongKey);
        QCOMPARE(session().actor().uid, owner.uid);
        QList<AuditEntry> added = entriesAfter(db(), seq);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().action, QStringLiteral("profile.pin-rejected"));
        QCOMPARE(added.first().profileName, QStringLiteral("Pinned"));
        QCOMPARE(added.first().profileUid, pinned->uid);
        QCOMPARE(added.first().entityUid, pinned->uid);
        QCOMPARE(added.first().atMs, m_v->clock.nowMs());

        // No PIN at all: the profile is locked, which is no guess and is not recorded.
        seq = lastSeq(db());
        auto none = session().actAs(QStringLiteral("Pinned"), secret(""));
        QVERIFY(!none.ok());
        QCOMPARE(none.error().kind, ErrorKind::Locked);
        QCOMPARE(session().actor().uid, owner.uid);
        QCOMPARE(entriesAfter(db(), seq).size(), 0);

        QCOMPARE(session().actAs(QStringLiteral("Nobody"), secret("")).error().kind, ErrorKind::NotFound);
        QCOMPARE(session().actor().uid, owner.uid);

        // The right PIN, with the name in any case.
        auto right = session().actAs(QStringLiteral("PINNED"), secret("Zq9x-pin"));
        QVERIFY2(right.ok(), why(right));
        QCOMPARE(session().actor().uid, pinned->uid);
        QCOMPARE(session().actor().role, Role::SalesRep);

        // A profile without a PIN ignores one.
        QVERIFY(session().actAs(QStringLiteral("owner"), secret("anything")).ok());

        // Neither PIN reaches the audit trail.
        auto s = db().prepare("SELECT * FROM audit_log");
        QVERIFY(s.ok());
        while (*s->step() == Statement::Step::Row) {
            for (int i = 0; i < s->columnCount(); ++i) {
                QVERIFY(!s->text(i).contains(QLatin1String("Zq9x")));
                QVERIFY(!s->text(i).contains(QLatin1String("Wr0ng")));
            }
        }
        QVERIFY(verifiedOk());
    }

    void profileNamesAreValidated_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("stored");
        QTest::newRow("letters") << QStringLiteral("Anna") << QStringLiteral("Anna");
        QTest::newRow("accents and space") << QStringLiteral("Zoë Müller") << QStringLiteral("Zoë Müller");
        QTest::newRow("digits and - _ .") << QStringLiteral("rep-2_b.c") << QStringLiteral("rep-2_b.c");
        QTest::newRow("trimmed") << QStringLiteral("  Padded  ") << QStringLiteral("Padded");
        QTest::newRow("40 characters") << QString(40, QLatin1Char('a')) << QString(40, QLatin1Char('a'));
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("spaces only") << QStringLiteral("   ") << QString();
        QTest::newRow("41 characters") << QString(41, QLatin1Char('a')) << QString();
        QTest::newRow("slash") << QStringLiteral("a/b") << QString();
        QTest::newRow("semicolon") << QStringLiteral("a;b") << QString();
        QTest::newRow("quote") << QStringLiteral("it's") << QString();
        QTest::newRow("markup") << QStringLiteral("<b>x</b>") << QString();
        QTest::newRow("tab") << QStringLiteral("a\tb") << QString();
        QTest::newRow("line break") << QStringLiteral("a\nb") << QString();
        QTest::newRow("escape code") << QStringLiteral("a\x1b[2J") << QString();
        QTest::newRow("emoji") << QStringLiteral("a \U0001F600") << QString();
    }
    void profileNamesAreValidated()
    {
        QFETCH(QString, name);
        QFETCH(QString, stored);
        const QByteArray before = dataDigest(db());
        const qint64 seq = lastSeq(db());
        auto added = session().profiles().add(name, Role::SalesRep, secret(""));
        if (stored.isEmpty()) {
            QVERIFY(!added.ok());
            QCOMPARE(added.error().kind, ErrorKind::Invalid);
            QVERIFY(!added.error().message.isEmpty());
            QCOMPARE(dataDigest(db()), before);
            QCOMPARE(entriesAfter(db(), seq).size(), 0);
            return;
        }
        QVERIFY2(added.ok(), why(added));
        QCOMPARE(added->name, stored);
        auto found = session().profiles().find(stored);
        QVERIFY(found.ok());
        QCOMPARE(found->name, stored);
        QCOMPARE(found->uid, added->uid);
    }

    void profileNamesAreUniqueIgnoringCase()
    {
        auto& profiles = session().profiles();
        QVERIFY(profiles.add(QStringLiteral("Rep"), Role::SalesRep, secret("")).ok());
        const QByteArray before = dataDigest(db());
        const qint64 seq = lastSeq(db());
        for (const QString& name : {QStringLiteral("rep"), QStringLiteral(" REP "), QStringLiteral("Owner")}) {
            auto again = profiles.add(name, Role::ReadOnly, secret(""));
            QVERIFY(!again.ok());
            QCOMPARE(again.error().kind, ErrorKind::Conflict);
        }
        QCOMPARE(dataDigest(db()), before);
        QCOMPARE(entriesAfter(db(), seq).size(), 0);
    }

    void deniedNestedWriteIsAuditedAfterTheRollback()
    {
        QVERIFY(session().profiles().add(QStringLiteral("Rep"), Role::SalesRep, secret("")).ok());
        QVERIFY(actAs(QStringLiteral("Rep")));
        const QByteArray before = dataDigest(db());
        const qint64 seq = lastSeq(db());
        Mutation outer(QStringLiteral("test.outer"), {}, {}, {}, 1, Permission::EditContacts);
        auto r = session().gate().apply<void>(outer, [this](Database&, Mutation&) -> Result<void> {
            if (auto created = session().companies().create(firm(QStringLiteral("Inside"))); !created) {
                return created.error();
            }
            Mutation inner(QStringLiteral("test.inner"), {}, {}, {}, 1, Permission::Erase);
            return session().gate().apply<void>(inner, [](Database&, Mutation&) -> Result<void> { return {}; });
        });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Denied);
        QCOMPARE(dataDigest(db()), before);
        const QString problem
            = notOneDenial(entriesAfter(db(), seq), session().actor(), QStringLiteral("test.inner"), Permission::Erase);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(verifiedOk());
    }

    void deniedNestedWriteIsAuditedWhenTheBodyGoesOn()
    {
        QVERIFY(session().profiles().add(QStringLiteral("Rep"), Role::SalesRep, secret("")).ok());
        QVERIFY(actAs(QStringLiteral("Rep")));
        qint64 seq = lastSeq(db());
        Mutation outer(QStringLiteral("test.outer"), {}, {}, {}, 1, Permission::EditContacts);
        auto r = session().gate().apply<void>(outer, [this](Database&, Mutation&) -> Result<void> {
            Mutation inner(QStringLiteral("test.inner"), {}, {}, {}, 1, Permission::Erase);
            auto denied = session().gate().apply<void>(inner, [](Database&, Mutation&) -> Result<void> { return {}; });
            // A caller that treats the denial as "skip this part" and carries on.
            return denied.ok() ? makeError(ErrorKind::Io, QStringLiteral("not denied")) : Result<void>();
        });
        QVERIFY2(r.ok(), why(r));
        QList<AuditEntry> added = entriesAfter(db(), seq);
        // The outer write commits; the denial inside it is recorded right after, as the rep's.
        QCOMPARE(added.size(), 2);
        QCOMPARE(added.first().action, QStringLiteral("test.outer"));
        QCOMPARE(added.last().profileName, session().actor().name);
        int denials = 0;
        for (const AuditEntry& e : added) {
            denials += e.action == QLatin1String("access.denied") ? 1 : 0;
        }
        QCOMPARE(denials, 1);

        // Nor may the stale denial surface later under someone else's name.
        QVERIFY(actAs(QStringLiteral("owner")));
        seq = lastSeq(db());
        Contact broken = person(QStringLiteral("Broken"), QString());
        broken.companyId = crm::CompanyId {424242};
        QCOMPARE(session().contacts().create(broken).error().kind, ErrorKind::NotFound);
        added = entriesAfter(db(), seq);
        QCOMPARE(added.size(), 0);
    }

    void deniedReadInsideAWriteIsAudited()
    {
        QVERIFY(session().profiles().add(QStringLiteral("Rep"), Role::SalesRep, secret("")).ok());
        QVERIFY(actAs(QStringLiteral("Rep")));
        const QByteArray before = dataDigest(db());
        const qint64 seq = lastSeq(db());
        Mutation outer(QStringLiteral("test.outer"), {}, {}, {}, 1, Permission::EditContacts);
        auto r = session().gate().apply<void>(outer, [this](Database&, Mutation&) -> Result<void> {
            return session().gate().require(
                Mutation(QStringLiteral("test.inner-read"), {}, {}, {}, 1, Permission::ViewSensitive));
        });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Denied);
        QCOMPARE(dataDigest(db()), before);
        const QString problem = notOneDenial(
            entriesAfter(db(), seq), session().actor(), QStringLiteral("test.inner-read"), Permission::ViewSensitive);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestRoleMatrix)
#include "TestRoleMatrix.moc"
