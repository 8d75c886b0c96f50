#include "core/crm/CompanyService.h"
#include "core/crm/ContactService.h"
#include "core/crm/SampleData.h"
#include "core/crm/SearchService.h"
#include "core/privacy/Suppression.h"
#include "core/security/AuditLog.h"
#include "core/security/ErasureLedger.h"
#include "core/security/MutationGate.h"
#include "core/security/Permissions.h"
#include "core/security/ProfileService.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

#include "tests/support/TestVault.h"

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
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
    return r.ok() ? QByteArray() : (r.error().message + QLatin1Char(' ') + r.error().detail).toUtf8();
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

//! A digest of every table of the vault but the audit trail (and SQLite's own): a denied call must leave
//! all of them as they were. Virtual tables are left out; their shadow tables are in.
QByteArray dataDigest(Database& db)
{
    QStringList tables;
    auto list = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                           "AND name <> 'audit_log' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name");
    if (!list) {
        return QByteArray("cannot list the tables");
    }
    while (true) {
        auto step = list->step();
        if (!step || *step == Statement::Step::Done) {
            break;
        }
        tables.append(list->text(0));
    }
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString& table : tables) {
        auto s = db.prepare(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table));
        if (!s) {
            return QByteArray("cannot read ") + table.toUtf8();
        }
        h.addData(table.toUtf8());
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

qint64 lastSeq(Database& db)
{
    auto last = AuditLog::last(db);
    return last && *last ? (*last)->seq : 0;
}

//! The audit entries after `seq`, oldest first.
QList<AuditEntry> entriesAfter(Database& db, qint64 seq)
{
    security::AuditQuery q;
    q.limit = int(std::max<qint64>(1, lastSeq(db) - seq));
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

//! The first column of the first row `sql` returns (?1 bound to `arg` when given), as text; empty when none.
QString probe(Session* s, const char* sql, const QString& arg = QString())
{
    auto st = s->vault().db().prepare(sql);
    if (!st) {
        return QStringLiteral("(%1)").arg(st.error().detail);
    }
    if (!arg.isNull()) {
        st->bind(1, arg);
    }
    auto step = st->step();
    return step && *step == Statement::Step::Row ? st->text(0) : QString();
}

//! Empty when `visible`, else `what`: what an operation's effect check returns.
QString unless(bool visible, const char* what)
{
    return visible ? QString() : QString::fromLatin1(what);
}

//! One real call into a core service: the permissions it checks, in the order it checks them (a profile lacking
//! one is refused naming the first it lacks; the last is the one the operation is there for), the action a
//! refusal names, and how to see its effect. An allowed call must succeed with its effect visible; a refused
//! one must return Denied, change no table, write one access.denied entry, and leave the effect unseen.
struct Operation
{
    QString name;
    QList<Permission> needs;
    QString attempted;
    std::function<Result<void>()> run;
    //! Why the effect of `run` is not visible ("" when it is): a row written, a value read, a file made.
    std::function<QString()> effect;
    //! Without the last permission (alone) the call succeeds, with the values it guards withheld (empty): no
    //! error and no audit entry, and the effect is not visible.
    bool withholds = false;
};

//! A read: `call` returns a Result whose value `check` judges ("" when it shows what the fixture holds).
template <typename Call, typename Check>
Operation reading(const char* name, QList<Permission> needs, const char* attempted, Call call, Check check)
{
    using Value = std::remove_cvref_t<decltype(*call())>;
    auto got = std::make_shared<std::optional<Value>>();
    Operation op;
    op.name = QString::fromLatin1(name);
    op.needs = std::move(needs);
    op.attempted = QString::fromLatin1(attempted);
    op.run = [got, call]() -> Result<void> {
        auto r = call();
        if (!r) {
            return r.error();
        }
        got->emplace(std::move(r).value());
        return {};
    };
    op.effect = [got, check]() -> QString { return *got ? check(**got) : QStringLiteral("nothing was read"); };
    return op;
}

//! A write: `effect` reads the vault (or the disk) to see whether it happened.
template <typename Call>
Operation
writing(const char* name, QList<Permission> needs, const char* attempted, Call call, std::function<QString()> effect)
{
    Operation op;
    op.name = QString::fromLatin1(name);
    op.needs = std::move(needs);
    op.attempted = QString::fromLatin1(attempted);
    op.run = [call]() -> Result<void> { return withoutValue(call()); };
    op.effect = std::move(effect);
    return op;
}

constexpr const char* kOldNote = "Matrix old note: asthma";
constexpr const char* kSecretNote = "Matrix note: diabetic";
constexpr const char* kCompanyNote = "Matrix firm note: the owner is on sick leave";
const QDate kSecretBirthday(1971, 3, 14);

//! What the operations work on, made by the owner before the profile under test acts: one record per
//! operation that changes one, so the operations stay independent of each other and of their order.
struct Fixture
{
    Contact contact; // read, updated (city), given consent, acknowledged, packaged
    Contact doomed; // deleted
    Contact erased; // erased
    Contact restrictMe;
    Contact objectMe;
    Contact withdrawMe; // consent given by the owner, withdrawn
    Contact sensitiveSeen; // notes (special category) changed once by the owner: an old value in its history
    Contact sensitiveWritten; // notes replaced
    Company company; // read, updated (city)
    Company doomedCompany;
    Company sensitiveCompany;
    crm::Pipeline pipeline;
    crm::StageId qualified;
    crm::Stage spareStage; // edited
    crm::Deal dealToUpdate;
    crm::Deal dealToMove;
    crm::Deal dealToWin;
    crm::Deal dealToDelete;
    crm::Deal heldDeal; // a hold is added
    crm::Deal releasedDeal; // under a hold that is released
    crm::Activity activity; // updated
    crm::Activity activityToDelete;
    crm::Activity task; // completed
    privacy::Purpose consentPurpose;
    privacy::Purpose purposeToEdit;
    privacy::Purpose purposeToArchive;
    privacy::Purpose purposeToKeepLonger; // its retention period changed
    privacy::Notice published;
    privacy::Notice draftToPublish;
    privacy::Notice draftToEdit;
    privacy::Notice draftToDelete;
    privacy::Processor processor;
    privacy::Request requestToVerify;
    privacy::Request requestToClose;
    privacy::LegalHold hold; // released
    QString importFile;
    QString backupFile; // the owner's backup, restored over the vault at the end
};

//! Every operation of every core service that needs a permission, called for real, with its effect.
std::vector<Operation> operationsOf(Session& session, const Fixture& f, TestVault& v)
{
    using P = Permission;
    Session* s = &session;
    const QString dir = v.dir.path();
    std::vector<Operation> ops;

    // Contacts.
    ops.push_back(writing(
        "create a contact",
        {P::EditContacts},
        "contact.create",
        [s] { return s->contacts().create(person(QStringLiteral("New"), QStringLiteral("Person"))); },
        [s] {
            return unless(probe(s, "SELECT count(*) FROM contacts WHERE given_name = 'New' AND family_name = 'Person'")
                              == QLatin1String("1"),
                          "no new contact");
        }));
    ops.push_back(writing(
        "create many contacts",
        {P::EditContacts},
        "contact.create_many",
        [s] {
            return s->contacts().createMany({person(QStringLiteral("Bulk"), QStringLiteral("One")),
                                             person(QStringLiteral("Bulk"), QStringLiteral("Two"))});
        },
        [s] {
            return unless(probe(s, "SELECT count(*) FROM contacts WHERE given_name = 'Bulk'") == QLatin1String("2"),
                          "not two new contacts");
        }));
    ops.push_back(writing(
        "update a contact",
        {P::EditContacts},
        "contact.update",
        [s, f] {
            Contact c = f.contact;
            c.city = QStringLiteral("Lyon");
            return s->contacts().update(c);
        },
        [s, f] {
            return unless(probe(s, "SELECT city FROM contacts WHERE uid = ?1", f.contact.uid) == QLatin1String("Lyon"),
                          "the city is unchanged");
        }));
    ops.push_back(writing(
        "delete a contact",
        {P::Erase},
        "contact.delete",
        [s, f] { return s->erasure().deleteContact(f.doomed.uid); },
        [s, f] {
            return unless(probe(s, "SELECT count(*) FROM contacts WHERE uid = ?1", f.doomed.uid) == QLatin1String("0"),
                          "the contact is still there");
        }));
    ops.push_back(reading(
        "get a contact",
        {P::ViewContacts},
        "contact.view",
        [s, f] { return s->contacts().get(f.contact.id); },
        [f](const Contact& c) { return unless(c.uid == f.contact.uid, "another contact"); }));
    ops.push_back(reading(
        "get a contact by uid",
        {P::ViewContacts},
        "contact.view",
        [s, f] { return s->contacts().getByUid(f.contact.uid); },
        [f](const Contact& c) { return unless(c.familyName == f.contact.familyName, "another contact"); }));
    ops.push_back(reading(
        "list contacts",
        {P::ViewContacts},
        "contact.list",
        [s] { return s->contacts().list({}); },
        [f](const crm::ContactPage& page) {
            for (const crm::ContactRow& row : page.rows) {
                if (row.uid == f.contact.uid) {
                    return QString();
                }
            }
            return QStringLiteral("the fixture contact is not listed");
        }));
    ops.push_back(reading(
        "count contacts",
        {P::ViewContacts},
        "contact.list",
        [s] { return s->contacts().count(); },
        [](qint64 n) { return unless(n >= 5, "too few contacts"); }));
    ops.push_back(reading(
        "search",
        {P::ViewContacts},
        "search",
        [s] { return s->search().search(QStringLiteral("Fixture")); },
        [f](const QList<crm::SearchHit>& hits) {
            for (const crm::SearchHit& hit : hits) {
                if (hit.uid == f.contact.uid) {
                    return QString();
                }
            }
            return QStringLiteral("the fixture contact is not found");
        }));
    ops.push_back(writing(
        "generate sample data",
        {P::EditContacts},
        "company.create_many",
        [s] {
            crm::SampleData sample(s->gate(), s->contacts(), s->companies());
            return sample.generate(3, 7);
        },
        [s] {
            return unless(probe(s, "SELECT count(*) FROM contacts WHERE source = 'sample-data'") == QLatin1String("3"),
                          "no sample contacts");
        }));
    ops.push_back(writing(
        "import contacts",
        {P::ViewContacts, P::EditContacts},
        "contact.import",
        [s, f]() -> Result<crm::ImportResult> {
            auto preview = s->imports().preview(f.importFile);
            if (!preview) {
                return preview.error();
            }
            return s->imports().commit(*preview, {});
        },
        [s] {
            return unless(probe(s, "SELECT count(*) FROM contacts WHERE given_name = 'Imported'") == QLatin1String("1"),
                          "nothing imported");
        }));
    ops.push_back(writing(
        "save a contact filter",
        {P::EditContacts},
        "saved_filter.create",
        [s] {
            crm::ContactFilter filter;
            filter.city = QStringLiteral("Lyon");
            return s->savedFilters().createContactFilter(QStringLiteral("Matrix filter"), filter);
        },
        [s] {
            return unless(probe(s, "SELECT count(*) FROM saved_filters WHERE name = 'Matrix filter'")
                              == QLatin1String("1"),
                          "no saved filter");
        }));
    ops.push_back(writing(
        "delete a saved filter",
        {P::EditContacts},
        "saved_filter.delete",
        [s] { return s->savedFilters().remove(QStringLiteral("contact"), QStringLiteral("Doomed filter")); },
        [s] {
            return unless(probe(s, "SELECT count(*) FROM saved_filters WHERE name = 'Doomed filter'")
                              == QLatin1String("0"),
                          "the filter is still there");
        }));
    ops.push_back(reading(
        "list saved filters",
        {P::ViewContacts},
        "saved_filter.list",
        [s] { return s->savedFilters().list(QStringLiteral("contact")); },
        [](const QList<crm::SavedFilter>& filters) {
            for (const crm::SavedFilter& filter : filters) {
                if (filter.name == QLatin1String("Kept filter")) {
                    return QString();
                }
            }
            return QStringLiteral("the fixture filter is not listed");
        }));
    ops.push_back(reading(
        "check the suppression list",
        {P::ViewContacts},
        "suppression.check",
        [s] { return s->suppression().check(QStringLiteral("nobody@example.org")); },
        [](const std::optional<qint64>& hit) { return unless(!hit, "an address never erased is listed"); }));
    ops.push_back(reading(
        "show the dashboard",
        {P::ViewContacts},
        "dashboard.view",
        [s] { return s->dashboard().snapshot(); },
        [](const crm::DashboardSnapshot& snapshot) {
            return unless(!snapshot.recentContacts.isEmpty() && snapshot.hasDeals, "an empty dashboard");
        }));

    // Companies.
    ops.push_back(writing(
        "create a company",
        {P::EditContacts},
        "company.create",
        [s] { return s->companies().create(firm(QStringLiteral("New Firm"))); },
        [s] {
            return unless(probe(s, "SELECT count(*) FROM companies WHERE name = 'New Firm'") == QLatin1String("1"),
                          "no new company");
        }));
    ops.push_back(writing(
        "update a company",
        {P::EditContacts},
        "company.update",
        [s, f] {
            Company c = f.company;
            c.city = QStringLiteral("Nantes");
            return s->companies().update(c);
        },
        [s, f] {
            return unless(probe(s, "SELECT city FROM companies WHERE uid = ?1", f.company.uid)
                              == QLatin1String("Nantes"),
                          "the city is unchanged");
        }));
    ops.push_back(writing(
        "delete a company",
        {P::EditContacts},
        "company.delete",
        [s, f] { return s->companies().remove(f.doomedCompany.id); },
        [s, f] {
            return unless(probe(s, "SELECT count(*) FROM companies WHERE uid = ?1", f.doomedCompany.uid)
                              == QLatin1String("0"),
                          "the company is still there");
        }));
    ops.push_back(reading(
        "get a company",
        {P::ViewContacts},
        "company.view",
        [s, f] { return s->companies().get(f.company.id); },
        [f](const Company& c) { return unless(c.uid == f.company.uid, "another company"); }));
    ops.push_back(reading(
        "get a company by uid",
        {P::ViewContacts},
        "company.view",
        [s, f] { return s->companies().getByUid(f.company.uid); },
        [f](const Company& c) { return unless(c.name == f.company.name, "another company"); }));
    ops.push_back(reading(
        "find a company by name",
        {P::ViewContacts},
        "company.view",
        [s, f] { return s->companies().findByName(f.company.name); },
        [f](const std::optional<Company>& c) { return unless(c && c->uid == f.company.uid, "not found"); }));
    ops.push_back(reading(
        "list companies",
        {P::ViewContacts},
        "company.list",
        [s] { return s->companies().list({}); },
        [f](const crm::CompanyPage& page) {
            for (const crm::CompanyRow& row : page.rows) {
                if (row.uid == f.company.uid) {
                    return QString();
                }
            }
            return QStringLiteral("the fixture company is not listed");
        }));
    ops.push_back(reading(
        "count companies",
        {P::ViewContacts},
        "company.list",
        [s] { return s->companies().count(); },
        [](qint64 n) { return unless(n >= 2, "too few companies"); }));

    // Deals and pipelines.
    ops.push_back(writing(
        "create a deal",
        {P::EditContacts},
        "deal.create",
        [s] {
            crm::Deal deal;
            deal.title = QStringLiteral("Matrix deal");
            return s->deals().create(deal);
        },
        [s] {
            return unless(probe(s, "SELECT count(*) FROM deals WHERE title = 'Matrix deal'") == QLatin1String("1"),
                          "no new deal");
        }));
    ops.push_back(writing(
        "update a deal",
        {P::EditContacts},
        "deal.update",
        [s, f] {
            crm::Deal deal = f.dealToUpdate;
            deal.title = QStringLiteral("Renamed deal");
            return s->deals().update(deal);
        },
        [s, f] {
            return unless(probe(s, "SELECT title FROM deals WHERE uid = ?1", f.dealToUpdate.uid)
                              == QLatin1String("Renamed deal"),
                          "the title is unchanged");
        }));
    ops.push_back(writing(
        "move a deal",
        {P::EditContacts},
        "deal.move",
        [s, f] { return s->deals().move(f.dealToMove.id, f.qualified); },
        [s, f] {
            return unless(probe(s, "SELECT stage_id FROM deals WHERE uid = ?1", f.dealToMove.uid)
                              == QString::number(f.qualified.value),
                          "the deal did not move");
        }));
    ops.push_back(writing(
        "win a deal",
        {P::EditContacts},
        "deal.won",
        [s, f] { return s->deals().markWon(f.dealToWin.id); },
        [s, f] {
            return unless(probe(s, "SELECT status FROM deals WHERE uid = ?1", f.dealToWin.uid) == QLatin1String("won"),
                          "the deal is not won");
        }));
    ops.push_back(writing(
        "delete a deal",
        {P::EditContacts},
        "deal.delete",
        [s, f] { return s->deals().remove(f.dealToDelete.id); },
        [s, f] {
            return unless(probe(s, "SELECT count(*) FROM deals WHERE uid = ?1", f.dealToDelete.uid)
                              == QLatin1String("0"),
                          "the deal is still there");
        }));
    ops.push_back(reading(
        "list deals",
        {P::ViewContacts},
        "deal.list",
        [s] { return s->deals().list({}); },
        [f](const crm::DealPage& page) {
            for (const crm::DealRow& row : page.rows) {
                if (row.uid == f.dealToUpdate.uid) {
                    return QString();
                }
            }
            return QStringLiteral("the fixture deal is not listed");
        }));
    ops.push_back(reading(
        "show the deal board",
        {P::ViewContacts},
        "deal.list",
        [s, f] { return s->deals().board(f.pipeline.id, 5); },
        [](const crm::Board& board) {
            qint64 cards = 0;
            for (const crm::BoardColumn& column : board.columns) {
                cards += column.count;
            }
            return unless(cards >= 4, "an empty board");
        }));
    ops.push_back(reading(
        "a deal's stage history",
        {P::ViewContacts},
        "deal.view",
        [s, f] { return s->deals().history(f.dealToUpdate.id); },
        [](const QList<crm::StageChange>& history) { return unless(!history.isEmpty(), "no history"); }));
    ops.push_back(writing(
        "add a pipeline stage",
        {P::ManagePipelines},
        "pipeline.stage-add",
        [s, f] {
            crm::Stage stage;
            stage.name = QStringLiteral("Matrix stage");
            return s->pipelines().addStage(f.pipeline.id, stage);
        },
        [s] {
            return unless(probe(s, "SELECT count(*) FROM stages WHERE name = 'Matrix stage'") == QLatin1String("1"),
                          "no new stage");
        }));
    ops.push_back(writing(
        "edit a pipeline stage",
        {P::ManagePipelines},
        "pipeline.stage-edit",
        [s, f] {
            crm::Stage stage = f.spareStage;
            stage.probability = 55;
            return s->pipelines().updateStage(stage);
        },
        [s, f] {
            return unless(probe(s, "SELECT probability FROM stages WHERE uid = ?1", f.spareStage.uid)
                              == QLatin1String("55"),
                          "the probability is unchanged");
        }));
    ops.push_back(reading(
        "list pipelines",
        {P::ViewContacts},
        "pipeline.view",
        [s] { return s->pipelines().pipelines(); },
        [](const QList<crm::Pipeline>& pipelines) { return unless(!pipelines.isEmpty(), "no pipeline"); }));

    // Activities and tasks.
    ops.push_back(writing(
        "log a call",
        {P::EditContacts},
        "activity.create",
        [s, f] {
            crm::Activity call;
            call.kind = crm::ActivityKind::Call;
            call.subject = QStringLiteral("Matrix call");
            call.links = {crm::EntityRef {crm::EntityType::Contact, f.contact.uid, 0, {}}};
            return s->activities().add(call);
        },
        [s] {
            return unless(probe(s, "SELECT count(*) FROM activities WHERE subject = 'Matrix call'")
                              == QLatin1String("1"),
                          "no new activity");
        }));
    ops.push_back(writing(
        "update an activity",
        {P::EditContacts},
        "activity.update",
        [s, f] {
            crm::Activity note = f.activity;
            note.subject = QStringLiteral("Edited note");
            return s->activities().update(note);
        },
        [s, f] {
            return unless(probe(s, "SELECT subject FROM activities WHERE uid = ?1", f.activity.uid)
                              == QLatin1String("Edited note"),
                          "the subject is unchanged");
        }));
    ops.push_back(writing(
        "delete an activity",
        {P::EditContacts},
        "activity.delete",
        [s, f] { return s->activities().remove(f.activityToDelete.id); },
        [s, f] {
            return unless(probe(s, "SELECT count(*) FROM activities WHERE uid = ?1", f.activityToDelete.uid)
                              == QLatin1String("0"),
                          "the activity is still there");
        }));
    ops.push_back(writing(
        "complete a task",
        {P::EditContacts},
        "task.done",
        [s, f] { return s->activities().complete(f.task.id); },
        [s, f] {
            return unless(!probe(s, "SELECT done_at FROM activities WHERE uid = ?1", f.task.uid).isEmpty(),
                          "the task is open");
        }));
    ops.push_back(reading(
        "a contact's timeline",
        {P::ViewContacts},
        "activity.list",
        [s, f] { return s->activities().timeline(crm::EntityType::Contact, f.contact.uid, 50); },
        [f](const crm::ActivityPage& page) {
            for (const crm::Activity& a : page.rows) {
                if (a.uid == f.activity.uid) {
                    return QString();
                }
            }
            return QStringLiteral("the fixture activity is not on the timeline");
        }));
    ops.push_back(reading(
        "list tasks",
        {P::ViewContacts},
        "task.list",
        [s] {
            crm::TaskQuery q;
            q.state = crm::TaskState::All;
            return s->activities().tasks(q);
        },
        [f](const QList<crm::Activity>& tasks) {
            for (const crm::Activity& a : tasks) {
                if (a.uid == f.task.uid) {
                    return QString();
                }
            }
            return QStringLiteral("the fixture task is not listed");
        }));
    ops.push_back(reading(
        "name a linked record",
        {P::ViewContacts},
        "activity.view",
        [s, f] { return s->activities().describe(crm::EntityType::Contact, f.contact.id.value); },
        [f](const crm::EntityRef& ref) { return unless(ref.uid == f.contact.uid, "another record"); }));

    // Purposes, retention, consent, notices, processors, controller, fields.
    ops.push_back(writing(
        "create a purpose",
        {P::ManagePurposes},
        "purpose.create",
        [s] {
            privacy::Purpose p;
            p.name = QStringLiteral("Matrix purpose");
            p.basis = privacy::LawfulBasis::Contract;
            p.requiresConsent = false;
            return s->purposes().create(p);
        },
        [s] {
            return unless(probe(s, "SELECT count(*) FROM purposes WHERE name = 'Matrix purpose'") == QLatin1String("1"),
                          "no new purpose");
        }));
    ops.push_back(writing(
        "edit a purpose",
        {P::ManagePurposes},
        "purpose.update",
        [s, f] {
            privacy::Purpose p = f.purposeToEdit;
            p.description = QStringLiteral("Edited in the matrix");
            return s->purposes().update(p);
        },
        [s, f] {
            return unless(probe(s, "SELECT description FROM purposes WHERE uid = ?1", f.purposeToEdit.uid)
                              == QLatin1String("Edited in the matrix"),
                          "the description is unchanged");
        }));
    ops.push_back(writing(
        "archive a purpose",
        {P::ManagePurposes},
        "purpose.archive",
        [s, f] { return s->purposes().setArchived(f.purposeToArchive.id, true); },
        [s, f] {
            return unless(probe(s, "SELECT archived FROM purposes WHERE uid = ?1", f.purposeToArchive.uid)
                              == QLatin1String("1"),
                          "the purpose is not archived");
        }));
    ops.push_back(writing(
        "change a purpose's retention period",
        {P::ManagePurposes, P::ManageRetention},
        "purpose.update",
        [s, f] {
            privacy::Purpose p = f.purposeToKeepLonger;
            p.retentionDays = 400;
            return s->purposes().update(p);
        },
        [s, f] {
            return unless(probe(s, "SELECT retention_days FROM purposes WHERE uid = ?1", f.purposeToKeepLonger.uid)
                              == QLatin1String("400"),
                          "the retention period is unchanged");
        }));
    ops.push_back(writing(
        "create a purpose with a retention period",
        {P::ManagePurposes, P::ManageRetention},
        "purpose.create",
        [s] {
            privacy::Purpose p;
            p.name = QStringLiteral("Matrix kept purpose");
            p.basis = privacy::LawfulBasis::LegalObligation;
            p.requiresConsent = false;
            p.retentionDays = 30;
            return s->purposes().create(p);
        },
        [s] {
            return unless(probe(s, "SELECT retention_days FROM purposes WHERE name = 'Matrix kept purpose'")
                              == QLatin1String("30"),
                          "no new purpose");
        }));
    ops.push_back(reading(
        "list purposes",
        {P::ViewContacts},
        "purpose.view",
        [s] { return s->purposes().list(); },
        [f](const QList<privacy::Purpose>& purposes) {
            for (const privacy::Purpose& p : purposes) {
                if (p.uid == f.consentPurpose.uid) {
                    return QString();
                }
            }
            return QStringLiteral("the fixture purpose is not listed");
        }));
    ops.push_back(reading(
        "run the purpose gate",
        {P::ViewContacts},
        "purpose.view",
        [s, f] {
            return s->purposeGate().check(f.consentPurpose.uid, {f.withdrawMe.id, f.contact.id});
        },
        [](const privacy::GateReport& report) { return unless(report.candidates == 2, "not both candidates"); }));
    ops.push_back(writing(
        "record a consent",
        {P::EditContacts},
        "consent.grant",
        [s, f] {
            privacy::ConsentRecord record;
            record.method = privacy::ConsentMethod::Paper;
            record.evidence = QStringLiteral("Signed form, matrix folder");
            return s->consents().grant(f.contact.id, f.consentPurpose.id, record);
        },
        [s, f] {
            return unless(probe(s,
                                "SELECT count(*) FROM consent_events WHERE kind = 'granted' AND contact_id = "
                                "(SELECT id FROM contacts WHERE uid = ?1)",
                                f.contact.uid)
                              == QLatin1String("1"),
                          "no consent recorded");
        }));
    ops.push_back(writing(
        "withdraw a consent",
        {P::EditContacts},
        "consent.withdraw",
        [s, f] {
            privacy::ConsentRecord record;
            record.method = privacy::ConsentMethod::Email;
            record.evidence = QStringLiteral("Asked by email");
            return s->consents().withdraw(f.withdrawMe.id, f.consentPurpose.id, record);
        },
        [s, f] {
            return unless(probe(s,
                                "SELECT count(*) FROM consent_events WHERE kind = 'withdrawn' AND contact_id = "
                                "(SELECT id FROM contacts WHERE uid = ?1)",
                                f.withdrawMe.uid)
                              == QLatin1String("1"),
                          "no withdrawal recorded");
        }));
    ops.push_back(reading(
        "a contact's consent history",
        {P::ViewContacts},
        "consent.view",
        [s, f] { return s->consents().history(f.withdrawMe.id); },
        [](const QList<privacy::ConsentEvent>& events) { return unless(!events.isEmpty(), "no consent events"); }));
    ops.push_back(writing(
        "draft a notice",
        {P::ManagePurposes},
        "notice.create",
        [s] {
            privacy::NoticeDraft draft;
            draft.language = QStringLiteral("en");
            draft.title = QStringLiteral("Matrix notice");
            draft.body = QStringLiteral("How we use your data.");
            return s->notices().create(draft);
        },
        [s] {
            return unless(probe(s, "SELECT count(*) FROM notices WHERE title = 'Matrix notice'") == QLatin1String("1"),
                          "no new notice");
        }));
    ops.push_back(writing(
        "edit a notice draft",
        {P::ManagePurposes},
        "notice.edit",
        [s, f] {
            privacy::NoticeDraft changes;
            changes.language = f.draftToEdit.language;
            changes.title = QStringLiteral("Edited draft");
            changes.body = f.draftToEdit.body;
            return s->notices().edit(f.draftToEdit.id, changes);
        },
        [s, f] {
            return unless(probe(s, "SELECT title FROM notices WHERE uid = ?1", f.draftToEdit.uid)
                              == QLatin1String("Edited draft"),
                          "the title is unchanged");
        }));
    ops.push_back(writing(
        "publish a notice",
        {P::ManagePurposes},
        "notice.publish",
        [s, f] { return s->notices().publish(f.draftToPublish.id); },
        [s, f] {
            return unless(probe(s, "SELECT status FROM notices WHERE uid = ?1", f.draftToPublish.uid)
                              == QLatin1String("published"),
                          "still a draft");
        }));
    ops.push_back(writing(
        "delete a notice draft",
        {P::ManagePurposes},
        "notice.delete",
        [s, f] { return s->notices().remove(f.draftToDelete.id); },
        [s, f] {
            return unless(probe(s, "SELECT count(*) FROM notices WHERE uid = ?1", f.draftToDelete.uid)
                              == QLatin1String("0"),
                          "the draft is still there");
        }));
    ops.push_back(writing(
        "record a notice acknowledgement",
        {P::EditContacts},
        "notice.ack",
        [s, f] { return s->notices().acknowledge(f.contact.id, f.published.id, privacy::AckChannel::Email); },
        [s, f] {
            return unless(probe(s,
                                "SELECT count(*) FROM notice_acks WHERE contact_id = "
                                "(SELECT id FROM contacts WHERE uid = ?1)",
                                f.contact.uid)
                              == QLatin1String("1"),
                          "no acknowledgement");
        }));
    ops.push_back(reading(
        "list notices",
        {P::ViewContacts},
        "notice.view",
        [s] { return s->notices().list(); },
        [f](const QList<privacy::Notice>& notices) {
            for (const privacy::Notice& n : notices) {
                if (n.uid == f.published.uid) {
                    return QString();
                }
            }
            return QStringLiteral("the published notice is not listed");
        }));
    ops.push_back(writing(
        "register a processor",
        {P::ManagePurposes},
        "processor.create",
        [s] {
            privacy::Processor p;
            p.name = QStringLiteral("Matrix mailer");
            p.country = QStringLiteral("DE");
            return s->processors().create(p);
        },
        [s] {
            return unless(probe(s, "SELECT count(*) FROM processors WHERE name = 'Matrix mailer'")
                              == QLatin1String("1"),
                          "no new processor");
        }));
    ops.push_back(writing(
        "edit a processor",
        {P::ManagePurposes},
        "processor.update",
        [s, f] {
            privacy::Processor p = f.processor;
            p.contact = QStringLiteral("privacy@processor.example");
            return s->processors().update(p);
        },
        [s, f] {
            return unless(probe(s, "SELECT contact FROM processors WHERE uid = ?1", f.processor.uid)
                              == QLatin1String("privacy@processor.example"),
                          "the contact is unchanged");
        }));
    ops.push_back(reading(
        "list processors",
        {P::ViewContacts},
        "processor.view",
        [s] { return s->processors().list(); },
        [f](const QList<privacy::Processor>& processors) {
            for (const privacy::Processor& p : processors) {
                if (p.uid == f.processor.uid) {
                    return QString();
                }
            }
            return QStringLiteral("the fixture processor is not listed");
        }));
    ops.push_back(writing(
        "set the controller's details",
        {P::ManagePurposes},
        "controller.update",
        [s] {
            privacy::ControllerDetails details;
            details.name = QStringLiteral("Matrix Ltd");
            return s->controller().setDetails(details);
        },
        [s] {
            return unless(probe(s, "SELECT value FROM settings WHERE key = 'controller.name'")
                              == QLatin1String("Matrix Ltd"),
                          "the name is unchanged");
        }));
    ops.push_back(writing(
        "switch a field off",
        {P::ManagePurposes},
        "field.update",
        [s] { return s->fieldSettings().set(QStringLiteral("contact.website"), false, std::nullopt); },
        [s] {
            return unless(probe(s, "SELECT enabled FROM field_settings WHERE field = 'contact.website'")
                              == QLatin1String("0"),
                          "the field is on");
        }));
    ops.push_back(reading(
        "list the fields",
        {P::ViewContacts},
        "field.view",
        [s] { return s->fieldSettings().list(); },
        [](const QList<privacy::FieldSetting>& fields) {
            for (const privacy::FieldSetting& field : fields) {
                if (field.key == QLatin1String("contact.notes")) {
                    return unless(field.special, "notes are not special");
                }
            }
            return QStringLiteral("no notes field");
        }));

    // Special-category data (Art. 9), marked by the owner on contact and company notes.
    Operation seeNote = reading(
        "see a special-category field",
        {P::ViewSensitive},
        "contact.view",
        [s, f] { return s->contacts().get(f.sensitiveSeen.id); },
        [](const Contact& c) { return unless(c.notes == QLatin1String(kSecretNote), "the note is withheld"); });
    seeNote.withholds = true;
    ops.push_back(seeNote);
    Operation seeOldNote = reading(
        "see a special-category field's old value",
        {P::ViewSensitive},
        "subject.view",
        [s, f] { return s->subjectRights().history(f.sensitiveSeen.uid); },
        [](const QList<privacy::FieldChange>& changes) {
            for (const privacy::FieldChange& change : changes) {
                if (change.field == QLatin1String("notes") && change.oldValue == QLatin1String(kOldNote)) {
                    return QString();
                }
            }
            return QStringLiteral("the old note is withheld");
        });
    seeOldNote.withholds = true;
    ops.push_back(seeOldNote);
    Operation seeCompanyNote = reading(
        "see a company's special-category field",
        {P::ViewSensitive},
        "company.view",
        [s, f] { return s->companies().get(f.sensitiveCompany.id); },
        [](const Company& c) { return unless(c.notes == QLatin1String(kCompanyNote), "the note is withheld"); });
    seeCompanyNote.withholds = true;
    ops.push_back(seeCompanyNote);
    // The birthday is sensitive by the registry (FieldInfo::sensitive), without any setting.
    Operation seeBirthday = reading(
        "see a sensitive field (the birthday)",
        {P::ViewSensitive},
        "contact.view",
        [s, f] { return s->contacts().get(f.sensitiveSeen.id); },
        [](const Contact& c) {
            return unless(c.birthday == kSecretBirthday && c.withheld.isEmpty(), "the birthday is withheld");
        });
    seeBirthday.withholds = true;
    ops.push_back(seeBirthday);
    // No search by a hidden value: a word only in a withheld field finds nothing (list search, filter, search).
    auto finds = [f](const crm::ContactPage& page) {
        for (const crm::ContactRow& row : page.rows) {
            if (row.uid == f.sensitiveSeen.uid) {
                return QString();
            }
        }
        return QStringLiteral("the contact is not found by its note");
    };
    Operation searchNote = reading(
        "search contacts by a special-category word",
        {P::ViewSensitive},
        "contact.list",
        [s] {
            crm::ContactQuery query;
            query.search = QStringLiteral("diabetic");
            return s->contacts().list(query);
        },
        finds);
    searchNote.withholds = true;
    ops.push_back(searchNote);
    Operation filterNote = reading(
        "filter contacts by a special-category word",
        {P::ViewSensitive},
        "contact.list",
        [s] {
            crm::ContactQuery query;
            query.filter.search = QStringLiteral("diabetic");
            return s->contacts().list(query);
        },
        finds);
    filterNote.withholds = true;
    ops.push_back(filterNote);
    Operation searchAll = reading(
        "search everything by a special-category word",
        {P::ViewSensitive},
        "search",
        [s] { return s->search().search(QStringLiteral("diabetic"), 50); },
        [f](const QList<crm::SearchHit>& hits) {
            for (const crm::SearchHit& hit : hits) {
                if (hit.uid == f.sensitiveSeen.uid) {
                    return QString();
                }
            }
            return QStringLiteral("the contact is not found by its note");
        });
    searchAll.withholds = true;
    ops.push_back(searchAll);
    ops.push_back(writing(
        "replace a special-category value",
        {P::EditContacts, P::ViewSensitive},
        "contact.update",
        [s, f] {
            Contact c = f.sensitiveWritten;
            c.notes = QStringLiteral("Replaced note");
            return s->contacts().update(c);
        },
        [s, f] {
            return unless(probe(s, "SELECT notes FROM contacts WHERE uid = ?1", f.sensitiveWritten.uid)
                              == QLatin1String("Replaced note"),
                          "the note is unchanged");
        }));

    // Data-subject rights, requests, erasure, legal holds, access packages, exports.
    ops.push_back(writing(
        "restrict processing",
        {P::HandleRequests},
        "subject.restrict",
        [s, f] { return s->subjectRights().restrict(f.restrictMe.uid, QStringLiteral("Accuracy contested")); },
        [s, f] {
            return unless(!probe(s, "SELECT restricted_at FROM contacts WHERE uid = ?1", f.restrictMe.uid).isEmpty(),
                          "not restricted");
        }));
    ops.push_back(writing(
        "record an objection",
        {P::EditContacts},
        "subject.object",
        [s, f] { return s->subjectRights().object(f.objectMe.uid); },
        [s, f] {
            return unless(
                !probe(s, "SELECT marketing_objection_at FROM contacts WHERE uid = ?1", f.objectMe.uid).isEmpty(),
                "no objection");
        }));
    ops.push_back(reading(
        "a contact's processing status",
        {P::ViewContacts},
        "subject.view",
        [s, f] { return s->subjectRights().status(f.contact.uid); },
        [f](const privacy::SubjectStatus& status) { return unless(status.contactUid == f.contact.uid, "another"); }));
    ops.push_back(writing(
        "register a request",
        {P::HandleRequests},
        "request.create",
        [s, f] {
            privacy::NewRequest request;
            request.kind = privacy::RequestKind::Access;
            request.requester = QStringLiteral("Matrix requester");
            request.contactUids = {f.contact.uid};
            return s->requests().add(request);
        },
        [s] {
            return unless(probe(s, "SELECT count(*) FROM requests WHERE requester = 'Matrix requester'")
                              == QLatin1String("1"),
                          "no new request");
        }));
    ops.push_back(writing(
        "verify a requester",
        {P::HandleRequests},
        "request.view",
        [s, f] { return s->requests().verify(f.requestToVerify.uid, QStringLiteral("Called back on file number")); },
        [s, f] {
            return unless(probe(s, "SELECT status FROM requests WHERE uid = ?1", f.requestToVerify.uid)
                              == QLatin1String("verified"),
                          "not verified");
        }));
    ops.push_back(writing(
        "close a request",
        {P::HandleRequests},
        "request.view",
        [s, f] {
            return s->requests().close(
                f.requestToClose.uid, privacy::RequestOutcome::Withdrawn, QStringLiteral("Withdrawn by phone"));
        },
        [s, f] {
            return unless(probe(s, "SELECT status FROM requests WHERE uid = ?1", f.requestToClose.uid)
                              == QLatin1String("closed"),
                          "not closed");
        }));
    ops.push_back(reading(
        "list requests",
        {P::HandleRequests},
        "request.view",
        [s] { return s->requests().list(privacy::RequestFilter::All); },
        [f](const QList<privacy::Request>& requests) {
            for (const privacy::Request& r : requests) {
                if (r.uid == f.requestToVerify.uid) {
                    return QString();
                }
            }
            return QStringLiteral("the fixture request is not listed");
        }));
    ops.push_back(writing(
        "erase a person",
        {P::Erase},
        "subject.erase",
        [s, f] { return s->erasure().erase(f.erased.uid, QStringLiteral("Erased Person")); },
        [s, f] {
            return unless(probe(s, "SELECT count(*) FROM contacts WHERE uid = ?1", f.erased.uid) == QLatin1String("0"),
                          "the person is still there");
        }));
    ops.push_back(reading(
        "preview an erasure",
        {P::HandleRequests},
        "subject.erase_preview",
        [s, f] { return s->erasure().preview(f.contact.uid); },
        [f](const privacy::ErasurePreview& preview) {
            return unless(preview.contactUid == f.contact.uid && !preview.removed.isEmpty(), "an empty preview");
        }));
    ops.push_back(reading(
        "preview a delete",
        {P::Erase},
        "contact.delete",
        [s, f] { return s->erasure().deletePreview(f.contact.uid); },
        [f](const privacy::ErasurePreview& preview) {
            return unless(preview.contactUid == f.contact.uid, "another contact");
        }));
    ops.push_back(reading(
        "list erasure receipts",
        {P::HandleRequests},
        "subject.erase_receipts",
        [s] { return s->erasure().receipts(); },
        [](const QList<privacy::ErasureReceipt>& receipts) {
            return unless(!receipts.isEmpty(), "not even the fixture's receipt");
        }));
    ops.push_back(reading(
        "show the erasure queue",
        {P::HandleRequests},
        "subject.erase_queue",
        [s] { return s->erasure().queue(true); },
        [](const QList<privacy::QueuedErasure>&) { return QString(); }));
    ops.push_back(writing(
        "put a legal hold",
        {P::Erase},
        "hold.add",
        [s, f] { return s->legalHolds().add(QStringLiteral("deal"), f.heldDeal.uid, QStringLiteral("Tax records")); },
        [s, f] {
            return unless(probe(s, "SELECT count(*) FROM legal_holds WHERE entity_uid = ?1", f.heldDeal.uid)
                              == QLatin1String("1"),
                          "no hold");
        }));
    ops.push_back(writing(
        "release a legal hold",
        {P::Erase},
        "hold.release",
        [s, f] { return s->legalHolds().release(f.hold.uid); },
        [s, f] {
            return unless(!probe(s, "SELECT released_at FROM legal_holds WHERE uid = ?1", f.hold.uid).isEmpty(),
                          "the hold is not released");
        }));
    ops.push_back(reading(
        "list legal holds",
        {P::HandleRequests},
        "hold.list",
        [s] { return s->legalHolds().list(true); },
        [f](const QList<privacy::LegalHold>& holds) {
            for (const privacy::LegalHold& h : holds) {
                if (h.uid == f.hold.uid) {
                    return QString();
                }
            }
            return QStringLiteral("the fixture hold is not listed");
        }));
    ops.push_back(reading(
        "build an access package",
        {P::HandleRequests, P::ViewSensitive},
        "subject.access",
        [s, f] { return s->access().build(f.contact.uid); },
        [f](const privacy::SubjectPackage& package) {
            return unless(package.contactUid == f.contact.uid && package.json.contains(QStringLiteral("contact")),
                          "another package");
        }));
    const QString packageDir = QDir(dir).filePath(QStringLiteral("access-package"));
    ops.push_back(writing(
        "write an access package",
        {P::HandleRequests, P::ViewSensitive},
        "subject.access",
        [s, f, packageDir]() -> Result<QList<privacy::WrittenFile>> {
            auto package = s->access().build(f.contact.uid);
            if (!package) {
                return package.error();
            }
            privacy::AccessFormats formats;
            formats.csv = false;
            formats.pdf = false;
            return s->access().write(*package, packageDir, formats);
        },
        [packageDir] {
            return unless(QFile::exists(QDir(packageDir).filePath(QStringLiteral("access.json"))), "no access.json");
        }));
    auto exported = std::make_shared<QByteArray>();
    ops.push_back(writing(
        "export contacts",
        {P::Export},
        "contact.export",
        [s, f, exported]() -> Result<qint64> {
            QBuffer out(exported.get());
            out.open(QIODevice::WriteOnly);
            crm::ExportSelection selection;
            selection.uids = {f.contact.uid};
            return s->exports().exportContacts(crm::ExportFormat::Csv, selection, out);
        },
        [exported] { return unless(exported->contains("Fixture"), "nothing exported"); }));

    // Profiles and settings.
    ops.push_back(writing(
        "add a profile",
        {P::ManageProfiles},
        "profile.create",
        [s] { return s->profiles().add(QStringLiteral("Newcomer"), Role::SalesRep, secret("")); },
        [s] {
            return unless(probe(s, "SELECT role FROM profiles WHERE name = 'Newcomer'") == QLatin1String("sales-rep"),
                          "no new profile");
        }));
    ops.push_back(writing(
        "remove a profile",
        {P::ManageProfiles},
        "profile.delete",
        [s] { return s->profiles().remove(QStringLiteral("Spare")); },
        [s] {
            return unless(probe(s, "SELECT count(*) FROM profiles WHERE name = 'Spare'") == QLatin1String("0"),
                          "the profile is still there");
        }));
    ops.push_back(writing(
        "change a profile's role",
        {P::ManageProfiles},
        "profile.role",
        [s] { return s->profiles().setRole(QStringLiteral("Target"), Role::SalesRep); },
        [s] {
            return unless(probe(s, "SELECT role FROM profiles WHERE name = 'Target'") == QLatin1String("sales-rep"),
                          "the role is unchanged");
        }));
    ops.push_back(writing(
        "set another profile's PIN",
        {P::ManageProfiles},
        "profile.pin",
        [s] { return s->profiles().setPin(QStringLiteral("Target"), secret("246819")); },
        [s] {
            return unless(probe(s, "SELECT pin_hash IS NOT NULL FROM profiles WHERE name = 'Target'")
                              == QLatin1String("1"),
                          "no PIN");
        }));
    // One's own PIN needs no more than being able to use the vault at all.
    ops.push_back(writing(
        "set one's own PIN",
        {P::ViewContacts},
        "profile.pin",
        [s] { return s->profiles().setPin(s->actor().name, secret("135792")); },
        [s] {
            return unless(probe(s, "SELECT pin_hash IS NOT NULL FROM profiles WHERE name = ?1", s->actor().name)
                              == QLatin1String("1"),
                          "no PIN");
        }));
    ops.push_back(writing(
        "set the auto-lock time",
        {P::ManageProfiles},
        "settings.update",
        [s] { return s->settings().setAutoLockMinutes(25); },
        [s] {
            return unless(probe(s, "SELECT value FROM settings WHERE key = 'lock.idle_minutes'") == QLatin1String("25"),
                          "the setting is unchanged");
        }));

    // The audit trail and the vault itself.
    ops.push_back(reading(
        "list the audit trail",
        {P::ViewAudit},
        "audit.list",
        [s] { return s->auditLog().list({}); },
        [](const QList<AuditEntry>& entries) { return unless(!entries.isEmpty(), "no entries"); }));
    ops.push_back(reading(
        "verify the audit trail",
        {P::ViewAudit},
        "audit.verify",
        [s] { return s->auditLog().verify(); },
        [](const security::AuditVerification& verified) {
            return unless(verified.ok && verified.entries > 0, "not verified");
        }));
    auto trail = std::make_shared<QByteArray>();
    ops.push_back(writing(
        "export the audit trail",
        {P::ViewAudit},
        "audit.export",
        [s, trail]() -> Result<qint64> {
            QBuffer out(trail.get());
            out.open(QIODevice::WriteOnly);
            return s->auditLog().exportCsv({}, out);
        },
        [trail] {
            return unless(trail->startsWith(security::AuditService::csvHeader()) && trail->count('\n') > 2,
                          "nothing exported");
        }));
    ops.push_back(reading(
        "check the vault",
        {P::ViewAudit},
        "vault.check",
        [s] { return s->admin().check(); },
        [](const QList<security::CheckFinding>& findings) {
            for (const security::CheckFinding& finding : findings) {
                if (!finding.ok) {
                    return finding.message;
                }
            }
            return unless(findings.size() == 3, "not three findings");
        }));
    const QString backupPath = QDir(dir).filePath(QStringLiteral("matrix.backup"));
    ops.push_back(writing(
        "back up the vault",
        {P::BackupRestore},
        "vault.backup",
        [s, backupPath] { return s->admin().backup(backupPath); },
        [backupPath] { return unless(QFile::exists(backupPath), "no backup file"); }));
    ops.push_back(writing(
        "schedule backups",
        {P::BackupRestore},
        "settings.update",
        [s] {
            return s->settings().setBackupSchedule({true, 12, 3});
        },
        [s] {
            return unless(probe(s, "SELECT value FROM settings WHERE key = 'backup.interval_hours'")
                              == QLatin1String("12"),
                          "the schedule is unchanged");
        }));
    auto newCode = std::make_shared<storage::SecretBuffer>();
    TestVault* vault = &v;
    ops.push_back(writing(
        "change the vault key",
        {P::Rekey},
        "vault.rekey",
        [s, vault, newCode] { return s->admin().rekey(&vault->keys, storage::SecretBuffer(), *newCode); },
        [vault, newCode] {
            return unless(!newCode->isEmpty() && !newCode->equals(vault->recoveryCode), "the key is unchanged");
        }));
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

    //! The records every operation works on, made by the owner (who may do everything).
    void buildFixture(Fixture& f)
    {
        Session& s = session();
        auto made = [](const auto& r, const char* what) {
            if (!r) {
                qWarning("fixture: %s: %s", what, why(r).constData());
            }
            return r.ok();
        };
        // First reads seed the default pipeline and the starter purposes: done by the owner, before anyone is
        // refused (a refused read must write nothing).
        auto pipeline = s.pipelines().find(QString());
        QVERIFY(made(pipeline, "pipeline"));
        f.pipeline = *pipeline;
        auto qualified = s.pipelines().findStage(f.pipeline, QStringLiteral("Qualified"));
        QVERIFY(made(qualified, "stage"));
        f.qualified = qualified->id;
        crm::Stage spare;
        spare.name = QStringLiteral("Spare stage");
        auto spareStage = s.pipelines().addStage(f.pipeline.id, spare);
        QVERIFY(made(spareStage, "spare stage"));
        f.spareStage = *spareStage;
        QVERIFY(made(s.purposes().list(), "purposes"));

        // Special-category data (Art. 9): the notes of contacts and companies.
        QVERIFY(made(s.fieldSettings().set(QStringLiteral("contact.notes"), std::nullopt, true), "special"));
        QVERIFY(made(s.fieldSettings().set(QStringLiteral("company.notes"), std::nullopt, true), "special"));

        auto contact = [&](const char* given, const char* family, Contact& into, const QString& notes = {}) {
            Contact c = person(QString::fromLatin1(given), QString::fromLatin1(family));
            c.notes = notes;
            auto created = s.contacts().create(c);
            QVERIFY(made(created, given));
            into = *created;
        };
        contact("Fixture", "Contact", f.contact);
        contact("Doomed", "Contact", f.doomed);
        contact("Erased", "Person", f.erased);
        contact("Restrict", "Me", f.restrictMe);
        contact("Object", "Me", f.objectMe);
        contact("Withdraw", "Me", f.withdrawMe);
        contact("Sensitive", "Seen", f.sensitiveSeen, QString::fromLatin1(kOldNote));
        contact("Sensitive", "Written", f.sensitiveWritten, QStringLiteral("Written note"));
        Contact gone;
        contact("Gone", "Before", gone);
        if (QTest::currentTestFailed()) {
            return;
        }
        // The owner's own note change leaves the old value in the history; its erasure leaves a receipt.
        Contact seen = f.sensitiveSeen;
        seen.notes = QString::fromLatin1(kSecretNote);
        seen.birthday = kSecretBirthday;
        auto updated = s.contacts().update(seen);
        QVERIFY(made(updated, "note"));
        f.sensitiveSeen = *updated;
        QVERIFY(made(s.erasure().deleteContact(gone.uid), "erasure"));

        auto company = [&](const char* name, Company& into, const QString& notes = {}) {
            Company c = firm(QString::fromLatin1(name));
            c.notes = notes;
            auto created = s.companies().create(c);
            QVERIFY(made(created, name));
            into = *created;
        };
        company("Fixture Firm", f.company);
        company("Doomed Firm", f.doomedCompany);
        company("Sensitive Firm", f.sensitiveCompany, QString::fromLatin1(kCompanyNote));

        auto deal = [&](const char* title, crm::Deal& into) {
            crm::Deal d;
            d.title = QString::fromLatin1(title);
            d.contactIds = {f.contact.id};
            auto created = s.deals().create(d);
            QVERIFY(made(created, title));
            into = *created;
        };
        deal("Deal to update", f.dealToUpdate);
        deal("Deal to move", f.dealToMove);
        deal("Deal to win", f.dealToWin);
        deal("Deal to delete", f.dealToDelete);
        deal("Held deal", f.heldDeal);
        deal("Released deal", f.releasedDeal);

        auto activity = [&](crm::ActivityKind kind, const char* subject, crm::Activity& into) {
            crm::Activity a;
            a.kind = kind;
            a.subject = QString::fromLatin1(subject);
            if (kind == crm::ActivityKind::Task) {
                a.dueAtMs = m_v->clock.nowMs() + 24 * 3600 * 1000;
            }
            a.links = {crm::EntityRef {crm::EntityType::Contact, f.contact.uid, 0, {}}};
            auto created = s.activities().add(a);
            QVERIFY(made(created, subject));
            into = *created;
        };
        activity(crm::ActivityKind::Note, "Fixture note", f.activity);
        activity(crm::ActivityKind::Note, "Note to delete", f.activityToDelete);
        activity(crm::ActivityKind::Task, "Fixture task", f.task);

        auto purpose = [&](const char* name, privacy::LawfulBasis basis, privacy::Purpose& into) {
            privacy::Purpose p;
            p.name = QString::fromLatin1(name);
            p.basis = basis;
            p.requiresConsent = basis == privacy::LawfulBasis::Consent;
            auto created = s.purposes().create(p);
            QVERIFY(made(created, name));
            into = *created;
        };
        purpose("Matrix consent", privacy::LawfulBasis::Consent, f.consentPurpose);
        purpose("Matrix edit", privacy::LawfulBasis::Contract, f.purposeToEdit);
        purpose("Matrix archive", privacy::LawfulBasis::Contract, f.purposeToArchive);
        if (QTest::currentTestFailed()) {
            return;
        }
        privacy::Purpose kept;
        kept.name = QStringLiteral("Matrix retention");
        kept.basis = privacy::LawfulBasis::LegalObligation;
        kept.requiresConsent = false;
        kept.retentionDays = 365;
        auto keptPurpose = s.purposes().create(kept);
        QVERIFY(made(keptPurpose, "retention purpose"));
        f.purposeToKeepLonger = *keptPurpose;
        privacy::ConsentRecord given;
        given.method = privacy::ConsentMethod::WebForm;
        given.evidence = QStringLiteral("Sign-up form");
        QVERIFY(made(s.consents().grant(f.withdrawMe.id, f.consentPurpose.id, given), "consent"));

        auto notice = [&](const char* title, privacy::Notice& into) {
            privacy::NoticeDraft draft;
            draft.language = QStringLiteral("en");
            draft.title = QString::fromLatin1(title);
            draft.body = QStringLiteral("What we keep and why.");
            auto created = s.notices().create(draft);
            QVERIFY(made(created, title));
            into = *created;
        };
        notice("Published notice", f.published);
        if (QTest::currentTestFailed()) {
            return;
        }
        auto published = s.notices().publish(f.published.id);
        QVERIFY(made(published, "publish"));
        f.published = *published;
        notice("Draft to publish", f.draftToPublish);
        notice("Draft to edit", f.draftToEdit);
        notice("Draft to delete", f.draftToDelete);

        privacy::Processor processor;
        processor.name = QStringLiteral("Matrix processor");
        auto registered = s.processors().create(processor);
        QVERIFY(made(registered, "processor"));
        f.processor = *registered;

        auto request = [&](const char* requester, privacy::Request& into) {
            privacy::NewRequest r;
            r.kind = privacy::RequestKind::Erasure;
            r.requester = QString::fromLatin1(requester);
            auto created = s.requests().add(r);
            QVERIFY(made(created, requester));
            into = *created;
        };
        request("Requester to verify", f.requestToVerify);
        request("Requester to close", f.requestToClose);

        auto hold = s.legalHolds().add(QStringLiteral("deal"), f.releasedDeal.uid, QStringLiteral("Pending claim"));
        QVERIFY(made(hold, "hold"));
        f.hold = *hold;

        crm::ContactFilter paris;
        paris.city = QStringLiteral("Paris");
        QVERIFY(made(s.savedFilters().createContactFilter(QStringLiteral("Doomed filter"), paris), "filter"));
        QVERIFY(made(s.savedFilters().createContactFilter(QStringLiteral("Kept filter"), paris), "filter"));

        QVERIFY(made(s.profiles().add(QStringLiteral("Spare"), Role::SalesRep, secret("")), "Spare"));
        QVERIFY(made(s.profiles().add(QStringLiteral("Target"), Role::ReadOnly, secret("")), "Target"));

        f.importFile = m_v->dir.filePath(QStringLiteral("people.csv"));
        QFile csv(f.importFile);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("First Name,Last Name\r\nImported,Person\r\n");
        csv.close();

        // Last: the backup holds everything above and nothing the profile under test does.
        f.backupFile = m_v->dir.filePath(QStringLiteral("fixture.backup"));
        QVERIFY(made(s.admin().backup(f.backupFile), "backup"));
        // Later than everything above (a withdrawal may not predate the consent it withdraws).
        m_v->clock.advanceMs(1000);
    }

    //! Why `op`, run as `tester` (of role `role`), did not have the outcome the matrix gives it; empty when it did.
    QString outcomeProblem(const Operation& op, Role role, const security::Actor& tester)
    {
        std::optional<Permission> missing;
        for (Permission p : op.needs) {
            if (session().gate().may(p) != designed(role, p)) {
                return QStringLiteral("the gate says %1 for %2, the matrix %3")
                    .arg(int(session().gate().may(p)))
                    .arg(Roles::permissionName(p))
                    .arg(int(designed(role, p)));
            }
            if (!missing && !designed(role, p)) {
                missing = p;
            }
        }
        const bool withheld = missing && op.withholds && *missing == op.needs.last();
        const QByteArray before = missing ? dataDigest(db()) : QByteArray();
        const qint64 seq = lastSeq(db());

        const Result<void> r = op.run();

        const QList<AuditEntry> added = entriesAfter(db(), seq);
        const QString effect = op.effect();
        if (!missing) {
            if (!r.ok()) {
                return QStringLiteral("failed: ") + QString::fromUtf8(why(r));
            }
            for (const AuditEntry& e : added) {
                if (e.action == QLatin1String("access.denied")) {
                    return QStringLiteral("audited as denied: ") + e.summary;
                }
                if (e.profileUid != tester.uid) {
                    return QStringLiteral("recorded as ") + e.profileName;
                }
            }
            return effect.isEmpty() ? QString() : QStringLiteral("succeeded, but ") + effect;
        }
        if (dataDigest(db()) != before) {
            return QStringLiteral("changed the vault");
        }
        if (effect.isEmpty()) {
            return QStringLiteral("its effect is visible");
        }
        if (withheld) {
            if (!r.ok()) {
                return QStringLiteral("failed instead of withholding: ") + QString::fromUtf8(why(r));
            }
            return added.isEmpty() ? QString() : QStringLiteral("%1 audit entries").arg(added.size());
        }
        if (r.ok()) {
            return QStringLiteral("allowed");
        }
        if (r.error().kind != ErrorKind::Denied || r.error().message.isEmpty()) {
            return QStringLiteral("failed with kind %1 (%2), want Denied")
                .arg(int(r.error().kind))
                .arg(r.error().message);
        }
        return notOneDenial(added, tester, op.attempted, missing);
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

    void matrixIsTheDesignedOne()
    {
        for (Role role : security::kAllRoles) {
            for (Permission permission : security::kAllPermissions) {
                QVERIFY2(security::allows(role, permission) == designed(role, permission),
                         qPrintable(Roles::name(role) + QLatin1Char(' ') + Roles::permissionName(permission)));
            }
        }
    }

    void everyPermissionHasARealOperation()
    {
        // A permission no service call checks protects nothing: adding one needs a service that asks for it,
        // and an operation here that calls that service.
        Fixture f;
        QSet<Permission> covered;
        for (const Operation& op : operationsOf(session(), f, *m_v)) {
            QVERIFY2(!op.needs.isEmpty(), qPrintable(op.name));
            covered.insert(op.needs.last());
        }
        for (Permission p : security::kAllPermissions) {
            QVERIFY2(covered.contains(p), qPrintable(Roles::permissionName(p) + QStringLiteral(" has no operation")));
        }
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
        // One vault per role: the owner sets the stage, then the profile under test calls every operation.
        Fixture f;
        buildFixture(f);
        if (QTest::currentTestFailed()) {
            return;
        }
        auto tester = session().profiles().add(QStringLiteral("Tester"), tested, secret(""));
        QVERIFY2(tester.ok(), why(tester));
        QVERIFY(actAs(QStringLiteral("Tester")));
        QCOMPARE(session().actor().uid, tester->uid);
        QCOMPARE(session().actor().role, tested);
        const security::Actor actor = session().actor();

        for (const Operation& op : operationsOf(session(), f, *m_v)) {
            const QString problem = outcomeProblem(op, tested, actor);
            QVERIFY2(
                problem.isEmpty(),
                qPrintable(op.name + QStringLiteral(" as ") + Roles::name(tested) + QStringLiteral(": ") + problem));
        }
        QVERIFY(verifiedOk());

        // Restoring the owner's backup over the vault (restore --force): the acting profile is asked first, then
        // the vault is closed and replaced, and the erasures made since the backup are made again.
        const qint64 seq = lastSeq(db());
        if (!designed(tested, Permission::BackupRestore)) {
            const QString problem = deniedCleanly([this] { return session().admin().mayRestore(); },
                                                  QStringLiteral("vault.restore"),
                                                  Permission::BackupRestore);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            return;
        }
        QVERIFY(session().admin().mayRestore().ok());
        QCOMPARE(entriesAfter(db(), seq).size(), 0);
        auto erasures = security::ErasureLedger::all(db());
        QVERIFY(erasures);
        auto salt = privacy::Suppression::saltHex(db());
        QVERIFY(salt);
        QCOMPARE(*db().queryInt("SELECT count(*) FROM contacts WHERE given_name = 'New'"), qint64(1));
        const QString acting = session().actor().name;
        auto actingProfile = session().profiles().find(acting);
        QVERIFY(actingProfile);
        m_v->close();
        security::RestoreRequest request;
        request.backupFile = f.backupFile;
        request.targetDir = m_v->path();
        request.force = true;
        request.secret = &m_v->recoveryCode;
        request.keys = &m_v->keys;
        // The restore signs the acting profile in there and asks "back up and restore" itself: with the PIN the
        // operation "set one's own PIN" gave it.
        request.replaced.profile = acting;
        const storage::SecretBuffer ownPin = secret("135792");
        if (actingProfile->hasPin) {
            request.replaced.pin = &ownPin;
        }
        // The ledger of the vault being replaced, read just now, as `restore --force` reads it: it vouches for
        // every erasure up to the restore.
        request.vaultLedgers.append(security::VaultLedger {m_v->path(), *erasures, *salt});
        request.applier = privacy::ErasureService::restoreApplier(*salt);
        auto report = security::VaultAdmin::restore(request, m_v->clock);
        QVERIFY2(report, why(report));
        QVERIFY(!report->replacedCopy.isEmpty());
        QCOMPARE(report->erasuresReapplied, 2); // the delete and the erasure above; the fixture's is in the backup
        auto reopened = storage::Vault::open(m_v->path(), &m_v->keys, storage::UnlockSecret {});
        QVERIFY2(reopened, why(reopened));
        m_v->session = std::make_unique<Session>(std::move(reopened).value(), m_v->clock);
        QCOMPARE(*db().queryInt("SELECT count(*) FROM contacts WHERE given_name = 'New'"), qint64(0));
        for (const QString& uid : {f.doomed.uid, f.erased.uid}) {
            QCOMPARE(
                *db().queryInt(qPrintable(QStringLiteral("SELECT count(*) FROM contacts WHERE uid = '%1'").arg(uid))),
                qint64(0));
        }
        QCOMPARE(*db().queryInt(
                     qPrintable(QStringLiteral("SELECT count(*) FROM contacts WHERE uid = '%1'").arg(f.contact.uid))),
                 qint64(1));
        QVERIFY(verifiedOk());
    }

    void aProfileNotSignedInMayDoNothing()
    {
        // An owner whose PIN was not given yet (the gate fails closed): every operation is refused, whatever
        // it needs, and changes nothing. An operation that succeeds here checks no permission at all.
        Fixture f;
        buildFixture(f);
        if (QTest::currentTestFailed()) {
            return;
        }
        security::Actor locked = session().actor();
        locked.signedIn = false;
        session().gate().setActor(locked);
        for (const Operation& op : operationsOf(session(), f, *m_v)) {
            const QByteArray context = op.name.toUtf8();
            const QByteArray before = dataDigest(db());
            const qint64 seq = lastSeq(db());
            const Result<void> r = op.run();
            QVERIFY2(!r.ok(), context + ": allowed");
            QVERIFY2(r.error().kind == ErrorKind::Locked, context + ": not Locked but " + why(r));
            QVERIFY2(dataDigest(db()) == before, context + ": changed the vault");
            QVERIFY2(!op.effect().isEmpty(), context + ": its effect is visible");
            const QList<AuditEntry> added = entriesAfter(db(), seq);
            QVERIFY2(added.size() == 1 && added.first().action == QLatin1String("access.denied"),
                     context + ": not one access.denied entry");
            QCOMPARE(added.first().profileUid, locked.uid);
        }
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
        QVERIFY(profiles.add(QStringLiteral("Deputy"), Role::Owner, secret("808163")).ok());
        QVERIFY(profiles.add(QStringLiteral("Heir"), Role::Owner, secret("")).ok());
        QVERIFY(profiles.add(QStringLiteral("Plain"), Role::ReadOnly, secret("")).ok());
        QVERIFY(profiles.add(QStringLiteral("Actor"), Role(role), secret("")).ok());
        QVERIFY(actAs(QStringLiteral("Actor")));
        auto hasPin = [&profiles](const QString& name) {
            auto p = profiles.find(name);
            return p && p->hasPin;
        };

        struct OwnerRule
        {
            QString name;
            Permission permission;
            QString attempted;
            std::function<Result<void>()> run;
        };
        // Whoever sets an owner's PIN can sign in as that owner, so the PIN rows come first (while both
        // targets are still owners).
        const std::vector<OwnerRule> ops = {
            {QStringLiteral("set an owner's PIN"),
             Permission::ManageProfiles,
             QStringLiteral("profile.pin"),
             [&profiles] { return profiles.setPin(QStringLiteral("Heir"), secret("246819")); }},
            {QStringLiteral("clear an owner's PIN"),
             Permission::ManageProfiles,
             QStringLiteral("profile.pin"),
             [&profiles] { return profiles.setPin(QStringLiteral("Deputy"), secret("")); }},
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
        for (const OwnerRule& op : ops) {
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
        QCOMPARE(hasPin(QStringLiteral("Deputy")), !owner);
        if (!owner) {
            QVERIFY(!hasPin(QStringLiteral("Heir")));
            QVERIFY(session().actAs(QStringLiteral("Deputy"), secret("808163")).ok());
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
