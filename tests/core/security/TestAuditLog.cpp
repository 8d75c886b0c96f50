#include "core/crm/CompanyService.h"
#include "core/crm/ContactService.h"
#include "core/security/AuditLog.h"
#include "core/security/AuditTrail.h"
#include "core/security/MutationGate.h"
#include "core/security/ProfileService.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include "tests/support/TestVault.h"

#include <algorithm>
#include <functional>
#include <memory>

using namespace confidant;
using confidant::crm::Company;
using confidant::crm::Contact;
using confidant::security::AuditEntry;
using confidant::security::AuditHead;
using confidant::security::AuditLog;
using confidant::security::AuditVerification;
using confidant::security::Mutation;
using confidant::storage::Database;
using confidant::storage::Statement;
using confidant::test::TestVault;

namespace {

// Every personal value written in these tests holds this token (phones hold kCanaryDigits): if it turns
// up in the audit trail, a value leaked.
constexpr const char* kCanary = "Qzv7Canary";
constexpr const char* kCanaryDigits = "47182936";

constexpr qint64 kChain = 8;
constexpr qint64 kMiddle = 4;

QString canary(const char* field)
{
    return QString::fromLatin1(kCanary) + QString::fromLatin1(field);
}

Contact canaryContact(const char* round)
{
    Contact c;
    c.givenName = canary("Given") + QString::fromLatin1(round);
    c.familyName = canary("Family") + QString::fromLatin1(round);
    c.emails = {{QStringLiteral("qzv7canary.%1@qzv7canary-mail.example").arg(QString::fromLatin1(round)),
                 QStringLiteral("work")}};
    c.phones = {{QStringLiteral("+49 30 4718 2936"), QStringLiteral("mobile")}};
    c.street = canary("Street 5");
    c.postcode = canary("Postcode");
    c.city = canary("City");
    c.region = canary("Region");
    c.country = canary("Country");
    c.jobTitle = canary("Title");
    c.companyName = canary("Employer");
    c.notes = canary("Notes\nsecond line");
    c.tags = {canary("Tag")};
    c.source = QStringLiteral("manual:") + canary("Source");
    return c;
}

Company canaryCompany()
{
    Company c;
    c.name = canary("Company");
    c.domain = QStringLiteral("qzv7canary-corp.example");
    c.phone = QStringLiteral("+49 30 4718 2936");
    c.street = canary("CompanyStreet 1");
    c.postcode = canary("CompanyPostcode");
    c.city = canary("CompanyCity");
    c.region = canary("CompanyRegion");
    c.country = canary("CompanyCountry");
    c.notes = canary("CompanyNotes");
    c.source = QStringLiteral("manual:") + canary("CompanySource");
    return c;
}

Contact person(const QString& given)
{
    Contact c;
    c.givenName = given;
    c.familyName = QStringLiteral("Tester");
    return c;
}

Company firm(int n)
{
    Company c;
    c.name = QStringLiteral("Firm %1").arg(n);
    return c;
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
    return r.ok() ? QByteArray() : r.error().message.toUtf8() + " / " + r.error().detail.toUtf8();
}

//! The whole chain, oldest first.
QList<AuditEntry> chain(Database& db)
{
    security::AuditQuery q;
    q.limit = 1000000;
    auto entries = AuditLog::list(db, q);
    if (!entries) {
        return {};
    }
    QList<AuditEntry> out = *entries;
    std::reverse(out.begin(), out.end());
    return out;
}

//! The entries after `seq`, oldest first.
QList<AuditEntry> entriesAfter(Database& db, qint64 seq)
{
    QList<AuditEntry> out;
    for (const AuditEntry& e : chain(db)) {
        if (e.seq > seq) {
            out.append(e);
        }
    }
    return out;
}

qint64 lastSeq(Database& db)
{
    auto last = AuditLog::last(db);
    return last && *last ? (*last)->seq : 0;
}

//! Every cell of every audit_log row, as text, whatever the columns are.
QStringList auditCells(Database& db)
{
    QStringList cells;
    auto s = db.prepare("SELECT * FROM audit_log ORDER BY seq");
    if (!s) {
        return {QStringLiteral("<cannot read audit_log>")};
    }
    while (true) {
        auto step = s->step();
        if (!step || *step == Statement::Step::Done) {
            break;
        }
        for (int i = 0; i < s->columnCount(); ++i) {
            cells.append(s->text(i));
        }
    }
    return cells;
}

//! The field names in an entry summary ("fields=given,family count=2" gives given, family), sorted.
QStringList fieldsOf(const QString& summary)
{
    for (const QString& part : summary.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (part.startsWith(QLatin1String("fields="))) {
            QStringList names = part.mid(7).split(QLatin1Char(','), Qt::SkipEmptyParts);
            names.sort();
            return names;
        }
    }
    return {};
}

QStringList sorted(QStringList names)
{
    names.sort();
    return names;
}

//! Why `e` is not the entry expected, or an empty string.
QString mismatch(const AuditEntry& e,
                 const QString& action,
                 const QString& entityType,
                 const QString& entityUid,
                 const QStringList& fields,
                 const security::Actor& actor,
                 qint64 atMs)
{
    QStringList problems;
    auto expect = [&](const char* what, const QString& got, const QString& want) {
        if (got != want) {
            problems.append(QStringLiteral("%1: got '%2', want '%3'").arg(QString::fromLatin1(what), got, want));
        }
    };
    expect("action", e.action, action);
    expect("entity type", e.entityType, entityType);
    expect("entity uid", e.entityUid, entityUid);
    expect("fields", fieldsOf(e.summary).join(QLatin1Char(',')), sorted(fields).join(QLatin1Char(',')));
    expect("profile uid", e.profileUid, actor.uid);
    expect("profile name", e.profileName, actor.name);
    expect("time", QString::number(e.atMs), QString::number(atMs));
    return problems.join(QLatin1String("; "));
}

AuditVerification verified(Session& session)
{
    auto r = session.audit().verify(session.vault().db());
    if (!r) {
        AuditVerification failed;
        failed.ok = false;
        failed.firstBroken = -1;
        failed.problem = QStringLiteral("verify itself failed: ") + r.error().message;
        return failed;
    }
    return *r;
}

QString headPath(Session& session)
{
    return QDir(session.vault().directory()).filePath(QString::fromLatin1(AuditLog::kHeadFile));
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

Result<void> insertRow(Database& db, const AuditEntry& e)
{
    auto s = db.prepare("INSERT INTO audit_log (seq, at, profile_uid, profile_name, action, entity_type, entity_uid, "
                        "summary, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    if (!s) {
        return s.error();
    }
    return s->bind(1, e.seq)
        .bind(2, e.atMs)
        .bind(3, e.profileUid)
        .bind(4, e.profileName)
        .bind(5, e.action)
        .bind(6, e.entityType)
        .bind(7, e.entityUid)
        .bind(8, e.summary)
        .bind(9, e.prevHash)
        .bind(10, e.hash)
        .run();
}

//! Overwrites every column but seq of row `seq` with `content`.
Result<void> overwriteRow(Database& db, qint64 seq, const AuditEntry& content)
{
    auto s = db.prepare("UPDATE audit_log SET at = ?2, profile_uid = ?3, profile_name = ?4, action = ?5, "
                        "entity_type = ?6, entity_uid = ?7, summary = ?8, prev_hash = ?9, hash = ?10 WHERE seq = ?1");
    if (!s) {
        return s.error();
    }
    return s->bind(1, seq)
        .bind(2, content.atMs)
        .bind(3, content.profileUid)
        .bind(4, content.profileName)
        .bind(5, content.action)
        .bind(6, content.entityType)
        .bind(7, content.entityUid)
        .bind(8, content.summary)
        .bind(9, content.prevHash)
        .bind(10, content.hash)
        .run();
}

//! An entry that follows `previous` with a correct hash, as someone holding the vault key could write.
AuditEntry forgedAfter(const AuditEntry& previous)
{
    AuditEntry e = previous;
    e.seq = previous.seq + 1;
    e.atMs = previous.atMs + 1;
    e.action = QStringLiteral("contact.create");
    e.entityUid = QStringLiteral("00000000-0000-4000-8000-000000000000");
    e.summary = QStringLiteral("fields=given");
    e.prevHash = previous.hash;
    e.hash = AuditLog::hashOf(e);
    return e;
}

enum class Tamper
{
    Sql,
    SwapWithNext,
    AppendForged,
    AppendTwoForged,
    RewriteFromMiddle,
    DeleteHead,
    AlterHead,
};

enum class Fault
{
    Validation,
    UnknownCompany,
    BodyFailsAfterNestedWrite,
    CheckRejects,
    RecorderFails,
    HeadCannotBeSealed,
};

} // namespace

class TestAuditLog : public QObject
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
    //! `n` writes that append exactly one entry each, a minute apart.
    bool addCompanies(int n)
    {
        for (int i = 1; i <= n; ++i) {
            m_v->clock.advanceMs(60000);
            if (!session().companies().create(firm(i))) {
                return false;
            }
        }
        return true;
    }
    //! Applies one kind of tampering to a sealed chain of kChain entries.
    bool tamper(Tamper kind, const QString& sql)
    {
        const QList<AuditEntry> entries = chain(db());
        switch (kind) {
        case Tamper::Sql:
            return db().exec(sql.toUtf8().constData()).ok();
        case Tamper::SwapWithNext:
            return overwriteRow(db(), kMiddle, entries[kMiddle]).ok()
                && overwriteRow(db(), kMiddle + 1, entries[kMiddle - 1]).ok();
        case Tamper::AppendForged:
            return insertRow(db(), forgedAfter(entries.last())).ok();
        case Tamper::AppendTwoForged: {
            const AuditEntry first = forgedAfter(entries.last());
            return insertRow(db(), first).ok() && insertRow(db(), forgedAfter(first)).ok();
        }
        case Tamper::RewriteFromMiddle: {
            // Change a middle entry and recompute every later hash: a consistent chain, but not the sealed one.
            QString previousHash = entries[kMiddle - 2].hash;
            for (qsizetype i = kMiddle - 1; i < entries.size(); ++i) {
                AuditEntry e = entries[i];
                if (e.seq == kMiddle) {
                    e.action = QStringLiteral("company.update");
                }
                e.prevHash = previousHash;
                e.hash = AuditLog::hashOf(e);
                previousHash = e.hash;
                if (!overwriteRow(db(), e.seq, e)) {
                    return false;
                }
            }
            return true;
        }
        case Tamper::DeleteHead:
            return QFile::remove(headPath(session()));
        case Tamper::AlterHead: {
            QByteArray bytes = readAll(headPath(session()));
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
            return writeAll(headPath(session()), bytes);
        }
        }
        return false;
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

    void freshVaultHasAnEmptyVerifiedChain()
    {
        QCOMPARE(*AuditLog::count(db()), qint64(0));
        const AuditVerification v = verified(session());
        QVERIFY2(v.ok, qPrintable(v.problem));
        QCOMPARE(v.entries, qint64(0));
    }

    void everyWriteAppendsOneEntryNamingActorActionAndEntity()
    {
        auto& contacts = session().contacts();
        auto& companies = session().companies();
        auto& profiles = session().profiles();
        const security::Actor owner = session().actor();
        QCOMPARE(owner.name, QStringLiteral("owner"));

        // Runs a write a minute after the previous one, then checks it appended exactly the entry described.
        qint64 before = 0;
        auto next = [&] {
            before = lastSeq(db());
            m_v->clock.advanceMs(60000);
        };
        auto onlyNew = [&]() -> std::optional<AuditEntry> {
            const QList<AuditEntry> added = entriesAfter(db(), before);
            return added.size() == 1 ? std::optional<AuditEntry>(added.first()) : std::nullopt;
        };

        next();
        Company acme = firm(1);
        acme.domain = QStringLiteral("acme.example");
        acme.city = QStringLiteral("Berlin");
        auto company = companies.create(acme);
        QVERIFY2(company.ok(), why(company));
        auto e = onlyNew();
        QVERIFY(e);
        QCOMPARE(mismatch(*e,
                          QStringLiteral("company.create"),
                          QStringLiteral("company"),
                          company->uid,
                          {QStringLiteral("name"), QStringLiteral("domain"), QStringLiteral("city")},
                          owner,
                          m_v->clock.nowMs()),
                 QString());

        next();
        Contact anna = person(QStringLiteral("Anna"));
        anna.emails = {{QStringLiteral("anna@example.com"), QStringLiteral("work")}};
        anna.companyId = company->id;
        auto contact = contacts.create(anna);
        QVERIFY2(contact.ok(), why(contact));
        e = onlyNew();
        QVERIFY(e);
        QCOMPARE(
            mismatch(
                *e,
                QStringLiteral("contact.create"),
                QStringLiteral("contact"),
                contact->uid,
                {QStringLiteral("given"), QStringLiteral("family"), QStringLiteral("email"), QStringLiteral("company")},
                owner,
                m_v->clock.nowMs()),
            QString());

        next();
        // An edit names the fields it changed, not every field the contact has.
        Contact edited = *contact;
        edited.city = QStringLiteral("Hamburg");
        edited.companyId.reset();
        edited.companyName.clear();
        auto updated = contacts.update(edited);
        QVERIFY2(updated.ok(), why(updated));
        e = onlyNew();
        QVERIFY(e);
        QCOMPARE(mismatch(*e,
                          QStringLiteral("contact.update"),
                          QStringLiteral("contact"),
                          contact->uid,
                          {QStringLiteral("city"), QStringLiteral("company")},
                          owner,
                          m_v->clock.nowMs()),
                 QString());

        next();
        Company renamed = *company;
        renamed.name = QStringLiteral("Acme Two");
        auto companyUpdated = companies.update(renamed);
        QVERIFY2(companyUpdated.ok(), why(companyUpdated));
        e = onlyNew();
        QVERIFY(e);
        QCOMPARE(mismatch(*e,
                          QStringLiteral("company.update"),
                          QStringLiteral("company"),
                          company->uid,
                          {QStringLiteral("name")},
                          owner,
                          m_v->clock.nowMs()),
                 QString());

        next();
        auto sam = profiles.add(QStringLiteral("Sam"), security::Role::SalesRep, test::secret(""));
        QVERIFY2(sam.ok(), why(sam));
        e = onlyNew();
        QVERIFY(e);
        QCOMPARE(mismatch(*e,
                          QStringLiteral("profile.create"),
                          QStringLiteral("profile"),
                          sam->uid,
                          {QStringLiteral("name"), QStringLiteral("role")},
                          owner,
                          m_v->clock.nowMs()),
                 QString());
        QVERIFY(e->summary.contains(QLatin1String("role=sales-rep")));

        // The acting profile is recorded, not the vault's owner.
        QVERIFY(session().actAs(QStringLiteral("Sam"), test::secret("")).ok());
        next();
        auto bySam = contacts.create(person(QStringLiteral("Bert")));
        QVERIFY2(bySam.ok(), why(bySam));
        e = onlyNew();
        QVERIFY(e);
        QCOMPARE(mismatch(*e,
                          QStringLiteral("contact.create"),
                          QStringLiteral("contact"),
                          bySam->uid,
                          {QStringLiteral("given"), QStringLiteral("family")},
                          sam->actor(),
                          m_v->clock.nowMs()),
                 QString());
        QVERIFY(session().actAs(QStringLiteral("owner"), test::secret("")).ok());

        next();
        QVERIFY(profiles.setRole(QStringLiteral("Sam"), security::Role::ReadOnly).ok());
        e = onlyNew();
        QVERIFY(e);
        QCOMPARE(mismatch(*e,
                          QStringLiteral("profile.role"),
                          QStringLiteral("profile"),
                          sam->uid,
                          {QStringLiteral("role")},
                          owner,
                          m_v->clock.nowMs()),
                 QString());
        QVERIFY(e->summary.contains(QLatin1String("from=sales-rep to=read-only")));

        next();
        QVERIFY(profiles.setPin(QStringLiteral("Sam"), test::secret("pin-Zq9x")).ok());
        e = onlyNew();
        QVERIFY(e);
        QCOMPARE(mismatch(*e,
                          QStringLiteral("profile.pin"),
                          QStringLiteral("profile"),
                          sam->uid,
                          {QStringLiteral("pin")},
                          owner,
                          m_v->clock.nowMs()),
                 QString());

        next();
        // Deleting a person is an erasure: one entry, naming the tables it cleared (never values).
        auto deleted = session().erasure().deleteContact(bySam->uid);
        QVERIFY2(deleted.ok(), why(deleted));
        e = onlyNew();
        QVERIFY(e);
        QCOMPARE(mismatch(*e,
                          QStringLiteral("contact.delete"),
                          QStringLiteral("contact"),
                          bySam->uid,
                          deleted->removed.keys(),
                          owner,
                          m_v->clock.nowMs()),
                 QString());
        QVERIFY(e->summary.contains(QStringLiteral("receipt=") + deleted->uid));

        next();
        QVERIFY(companies.remove(company->id).ok());
        e = onlyNew();
        QVERIFY(e);
        QCOMPARE(mismatch(*e,
                          QStringLiteral("company.delete"),
                          QStringLiteral("company"),
                          company->uid,
                          {},
                          owner,
                          m_v->clock.nowMs()),
                 QString());

        next();
        QVERIFY(profiles.remove(QStringLiteral("Sam")).ok());
        e = onlyNew();
        QVERIFY(e);
        QCOMPARE(mismatch(*e,
                          QStringLiteral("profile.delete"),
                          QStringLiteral("profile"),
                          sam->uid,
                          {},
                          owner,
                          m_v->clock.nowMs()),
                 QString());

        next();
        auto many = contacts.createMany({person(QStringLiteral("C1")), person(QStringLiteral("C2"))});
        QVERIFY2(many.ok(), why(many));
        e = onlyNew();
        QVERIFY(e);
        QCOMPARE(e->action, QStringLiteral("contact.create_many"));
        QVERIFY2(e->summary.contains(QLatin1String("count=2")), qPrintable(e->summary));

        // A privacy-relevant read is recorded like a write.
        next();
        Mutation exported {QStringLiteral("contact.export"),
                           QStringLiteral("contact"),
                           contact->uid,
                           {QStringLiteral("email")},
                           1,
                           security::Permission::Export};
        exported.note = QStringLiteral("format=csv");
        QVERIFY(session().gate().audit(exported).ok());
        e = onlyNew();
        QVERIFY(e);
        QCOMPARE(mismatch(*e,
                          QStringLiteral("contact.export"),
                          QStringLiteral("contact"),
                          contact->uid,
                          {QStringLiteral("email")},
                          owner,
                          m_v->clock.nowMs()),
                 QString());
        QVERIFY(e->summary.contains(QLatin1String("format=csv")));

        // A write that creates its company on the way is two mutations: two entries, inner first.
        next();
        Contact withNewCompany = person(QStringLiteral("Dora"));
        withNewCompany.companyName = QStringLiteral("Brand New GmbH");
        auto dora = contacts.create(withNewCompany);
        QVERIFY2(dora.ok(), why(dora));
        const QList<AuditEntry> added = entriesAfter(db(), before);
        QCOMPARE(added.size(), 2);
        QCOMPARE(added[0].action, QStringLiteral("company.create"));
        QCOMPARE(added[1].action, QStringLiteral("contact.create"));
        QCOMPARE(added[1].entityUid, dora->uid);

        // Reads that need no audit write nothing.
        next();
        QVERIFY(contacts.get(dora->id).ok());
        QVERIFY(contacts.list({}).ok());
        QVERIFY(companies.list({}).ok());
        QVERIFY(session().search().search(QStringLiteral("Dora")).ok());
        QCOMPARE(entriesAfter(db(), before).size(), 0);

        const AuditVerification v = verified(session());
        QVERIFY2(v.ok, qPrintable(v.problem));
        QCOMPARE(v.entries, lastSeq(db()));
    }

    void auditHoldsNoPersonalValue()
    {
        auto& contacts = session().contacts();
        auto& companies = session().companies();

        auto company = companies.create(canaryCompany());
        QVERIFY2(company.ok(), why(company));
        auto contact = contacts.create(canaryContact("a"));
        QVERIFY2(contact.ok(), why(contact));
        Contact second = canaryContact("b");
        second.id = contact->id;
        second.companyName.clear();
        second.companyId = company->id;
        auto updated = contacts.update(second);
        QVERIFY2(updated.ok(), why(updated));
        Company changed = canaryCompany();
        changed.id = company->id;
        changed.name = canary("CompanyRenamed");
        QVERIFY(companies.update(changed).ok());
        QVERIFY(contacts.createMany({canaryContact("c"), canaryContact("d")}).ok());
        QVERIFY(session().search().search(QString::fromLatin1(kCanary)).ok());

        // A rejected write and a denied one carry the values too.
        Contact invalid = canaryContact("e");
        invalid.emails = {{canary("NotAnEmail"), {}}};
        QCOMPARE(contacts.create(invalid).error().kind, ErrorKind::Invalid);
        QVERIFY(session().profiles().add(QStringLiteral("Reader"), security::Role::ReadOnly, test::secret("")).ok());
        QVERIFY(session().actAs(QStringLiteral("Reader"), test::secret("")).ok());
        QCOMPARE(contacts.create(canaryContact("f")).error().kind, ErrorKind::Denied);
        QCOMPARE(contacts.update(second).error().kind, ErrorKind::Denied);
        QVERIFY(session().actAs(QStringLiteral("owner"), test::secret("")).ok());

        QVERIFY(session().erasure().deleteContact(contact->uid).ok());
        QVERIFY(companies.remove(company->id).ok());

        const QStringList cells = auditCells(db());
        QVERIFY(cells.size() >= 10 * 10);
        for (const QString& cell : cells) {
            QVERIFY2(!cell.contains(QLatin1String(kCanary), Qt::CaseInsensitive), qPrintable(cell));
            // Phone numbers in any notation: drop the separators people write.
            const QString compact = QString(cell).remove(QRegularExpression(QStringLiteral("[\\s().\\/-]")));
            QVERIFY2(!compact.contains(QLatin1String(kCanaryDigits)), qPrintable(cell));
            QVERIFY2(!cell.contains(QLatin1String("Zq9x")), qPrintable(cell));
        }
        const QByteArray head = readAll(headPath(session()));
        QVERIFY(!head.isEmpty());
        QVERIFY(!head.contains(QByteArray(kCanary)));
        const AuditVerification v = verified(session());
        QVERIFY2(v.ok, qPrintable(v.problem));
    }

    void entriesFormAHashChainFromGenesis()
    {
        QVERIFY(addCompanies(int(kChain)));
        const QList<AuditEntry> entries = chain(db());
        QCOMPARE(entries.size(), qsizetype(kChain));
        QCOMPARE(QString::fromLatin1(AuditLog::kGenesisHash), QString(64, QLatin1Char('0')));
        QCOMPARE(entries.first().prevHash, QString(64, QLatin1Char('0')));
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const AuditEntry& e = entries[i];
            QCOMPARE(e.seq, qint64(i + 1));
            if (i > 0) {
                QCOMPARE(e.prevHash, entries[i - 1].hash);
                QVERIFY(e.atMs > entries[i - 1].atMs);
            }
            QCOMPARE(e.hash.size(), qsizetype(64));
            QCOMPARE(e.hash, e.hash.toLower());
            QCOMPARE(e.hash, AuditLog::hashOf(e));
            // DESIGN.md "Security": SHA-256 over the previous hash and the canonical entry.
            QCOMPARE(e.hash,
                     QString::fromLatin1(QCryptographicHash::hash(e.prevHash.toLatin1() + AuditLog::canonical(e),
                                                                  QCryptographicHash::Sha256)
                                             .toHex()));
        }
        // Every field is covered by the hash.
        const AuditEntry e = entries[kMiddle - 1];
        const QList<std::function<void(AuditEntry&)>> edits = {
            [](AuditEntry& x) { x.seq += 1; },
            [](AuditEntry& x) { x.atMs += 1; },
            [](AuditEntry& x) { x.profileUid += QLatin1Char('x'); },
            [](AuditEntry& x) { x.profileName += QLatin1Char('x'); },
            [](AuditEntry& x) { x.action += QLatin1Char('x'); },
            [](AuditEntry& x) { x.entityType += QLatin1Char('x'); },
            [](AuditEntry& x) { x.entityUid += QLatin1Char('x'); },
            [](AuditEntry& x) { x.summary += QLatin1Char('x'); },
            [](AuditEntry& x) { x.prevHash = QString(64, QLatin1Char('f')); },
        };
        for (const auto& edit : edits) {
            AuditEntry changed = e;
            edit(changed);
            QVERIFY(AuditLog::hashOf(changed) != e.hash);
        }
    }

    void intactVaultVerifies()
    {
        QVERIFY(addCompanies(int(kChain)));
        const AuditVerification v = verified(session());
        QVERIFY2(v.ok, qPrintable(v.problem));
        QCOMPARE(v.entries, kChain);
        QCOMPARE(v.firstBroken, qint64(0));
        QVERIFY(v.problem.isEmpty());
        auto head = AuditLog::readHead(session().vault().directory(), *AuditLog::sealKey(db()));
        QVERIFY(head.ok() && head->has_value());
        QCOMPARE((*head)->sealedSeq, kChain);
        QCOMPARE((*head)->sealedHash, chain(db()).last().hash);
        QCOMPARE((*head)->pendingSeq, qint64(0));
    }

    void tamperingNamesTheFirstBrokenEntry_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("firstBroken");
        const auto edit = [](const char* assignment) {
            return QStringLiteral("UPDATE audit_log SET %1 WHERE seq = %2").arg(QLatin1String(assignment)).arg(kMiddle);
        };
        const int sql = int(Tamper::Sql);
        QTest::newRow("edit at") << sql << edit("at = at + 1") << kMiddle;
        QTest::newRow("edit profile_uid") << sql << edit("profile_uid = profile_uid || 'x'") << kMiddle;
        QTest::newRow("edit profile_name") << sql << edit("profile_name = 'someone else'") << kMiddle;
        QTest::newRow("edit action") << sql << edit("action = 'company.update'") << kMiddle;
        QTest::newRow("edit entity_type") << sql << edit("entity_type = 'contact'") << kMiddle;
        QTest::newRow("edit entity_uid") << sql << edit("entity_uid = 'x' || entity_uid") << kMiddle;
        QTest::newRow("edit summary") << sql << edit("summary = summary || ',email'") << kMiddle;
        QTest::newRow("edit prev_hash") << sql << edit("prev_hash = hash") << kMiddle;
        QTest::newRow("edit hash") << sql << edit("hash = prev_hash") << kMiddle;
        QTest::newRow("edit seq") << sql << edit("seq = 1000") << kMiddle;
        QTest::newRow("delete middle row")
            << sql << QStringLiteral("DELETE FROM audit_log WHERE seq = %1").arg(kMiddle) << kMiddle;
        QTest::newRow("delete first row") << sql << QStringLiteral("DELETE FROM audit_log WHERE seq = 1") << qint64(1);
        QTest::newRow("swap adjacent rows") << int(Tamper::SwapWithNext) << QString() << kMiddle;
        QTest::newRow("forged row appended") << int(Tamper::AppendForged) << QString() << kChain + 1;
        QTest::newRow("two forged rows appended") << int(Tamper::AppendTwoForged) << QString() << kChain + 1;
        QTest::newRow("tail cut") << sql << QStringLiteral("DELETE FROM audit_log WHERE seq > %1").arg(kChain - 2)
                                  << kChain - 1;
        QTest::newRow("everything deleted") << sql << QStringLiteral("DELETE FROM audit_log") << qint64(1);
        // A consistent rewrite is caught only by the seal, at the sealed entry.
        QTest::newRow("chain rewritten from the middle") << int(Tamper::RewriteFromMiddle) << QString() << kChain;
        QTest::newRow("head deleted") << int(Tamper::DeleteHead) << QString() << kChain + 1;
        QTest::newRow("head altered") << int(Tamper::AlterHead) << QString() << kChain + 1;
    }
    void tamperingNamesTheFirstBrokenEntry()
    {
        QFETCH(int, kind);
        QFETCH(QString, sql);
        QFETCH(qint64, firstBroken);
        QVERIFY(addCompanies(int(kChain)));
        QVERIFY(verified(session()).ok);

        QVERIFY(tamper(Tamper(kind), sql));

        const AuditVerification v = verified(session());
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBroken, firstBroken);
        QVERIFY(!v.problem.isEmpty());
    }

    void swappedRowsReallyMoved()
    {
        // Guards the swap above against testing nothing.
        QVERIFY(addCompanies(int(kChain)));
        const QList<AuditEntry> before = chain(db());
        QVERIFY(tamper(Tamper::SwapWithNext, {}));
        const QList<AuditEntry> after = chain(db());
        QCOMPARE(after[kMiddle - 1].seq, kMiddle);
        QCOMPARE(after[kMiddle - 1].hash, before[kMiddle].hash);
        QCOMPARE(after[kMiddle].hash, before[kMiddle - 1].hash);
    }

    void anyChangedByteOfTheHeadIsNoticed()
    {
        QVERIFY(addCompanies(3));
        const QString path = headPath(session());
        const QByteArray original = readAll(path);
        QVERIFY(original.size() > 100);
        for (qsizetype i = 0; i < original.size(); ++i) {
            QByteArray altered = original;
            altered[i] = char(altered[i] ^ 0x01);
            QVERIFY(writeAll(path, altered));
            const AuditVerification v = verified(session());
            QVERIFY2(!v.ok, qPrintable(QStringLiteral("byte %1 of %2 changed unnoticed").arg(i).arg(original.size())));
        }
        QVERIFY(writeAll(path, original));
        QVERIFY(verified(session()).ok);
    }

    void missingHeadIsNoticed()
    {
        QVERIFY(addCompanies(3));
        QVERIFY(QFile::remove(headPath(session())));
        const AuditVerification v = verified(session());
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBroken, qint64(4));
        QVERIFY(v.problem.contains(QLatin1String(AuditLog::kHeadFile)));
    }

    void headStates_data()
    {
        QTest::addColumn<qint64>("sealedSeq");
        QTest::addColumn<bool>("sealedHashRight");
        QTest::addColumn<qint64>("pendingSeq");
        QTest::addColumn<bool>("pendingHashRight");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("firstBroken");
        QTest::newRow("sealed at the end") << kChain << true << qint64(0) << false << true << qint64(0);
        // Crash after the commit, before the final seal.
        QTest::newRow("crash between commit and seal") << kChain - 1 << true << kChain << true << true << qint64(0);
        // Crash (or a failed commit) after the pending seal: the write was rolled back.
        QTest::newRow("pending write rolled back") << kChain << true << kChain + 1 << false << true << qint64(0);
        QTest::newRow("pending hash differs") << kChain - 1 << true << kChain << false << false << kChain;
        QTest::newRow("sealed hash differs") << kChain << false << qint64(0) << false << false << kChain;
        QTest::newRow("head ahead of the chain") << kChain + 2 << false << qint64(0) << false << false << kChain + 1;
        // One transaction may append several entries (a nested write, a mismatch marker): pending covers them all.
        QTest::newRow("pending write of two entries") << kChain - 2 << true << kChain << true << true << qint64(0);
        QTest::newRow("entry after the pending one") << kChain - 2 << true << kChain - 1 << true << false << kChain - 1;
    }
    void headStates()
    {
        QFETCH(qint64, sealedSeq);
        QFETCH(bool, sealedHashRight);
        QFETCH(qint64, pendingSeq);
        QFETCH(bool, pendingHashRight);
        QFETCH(bool, ok);
        QFETCH(qint64, firstBroken);
        QVERIFY(addCompanies(int(kChain)));
        const QList<AuditEntry> entries = chain(db());
        const QString wrongHash = QString(64, QLatin1Char('a'));
        AuditHead head;
        head.sealedSeq = sealedSeq;
        head.sealedHash = sealedHashRight ? entries[sealedSeq - 1].hash : wrongHash;
        head.pendingSeq = pendingSeq;
        if (pendingSeq > 0) {
            head.pendingHash = pendingHashRight ? entries[pendingSeq - 1].hash : wrongHash;
        }
        auto key = AuditLog::sealKey(db());
        QVERIFY(key.ok());
        QVERIFY(AuditLog::writeHead(session().vault().directory(), *key, head).ok());

        const AuditVerification v = verified(session());
        QCOMPARE(v.ok, ok);
        QCOMPARE(v.firstBroken, firstBroken);
        if (!ok) {
            return;
        }
        // A head Confidant accepts is carried on by the next write without a mismatch marker.
        QVERIFY(session().companies().create(firm(99)).ok());
        const QList<AuditEntry> added = entriesAfter(db(), kChain);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().action, QStringLiteral("company.create"));
        QVERIFY(verified(session()).ok);
    }

    void nextWriteKeepsTheEvidence_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("firstBroken");
        QTest::addColumn<bool>("marker");
        QTest::newRow("tail cut") << int(Tamper::Sql)
                                  << QStringLiteral("DELETE FROM audit_log WHERE seq > %1").arg(kChain - 2)
                                  << kChain - 1 << true;
        QTest::newRow("forged row appended") << int(Tamper::AppendForged) << QString() << kChain + 1 << true;
        QTest::newRow("head deleted") << int(Tamper::DeleteHead) << QString() << kChain + 1 << true;
        QTest::newRow("head altered") << int(Tamper::AlterHead) << QString() << kChain + 1 << true;
        QTest::newRow("middle row edited")
            << int(Tamper::Sql)
            << QStringLiteral("UPDATE audit_log SET summary = 'fields=email' WHERE seq = %1").arg(kMiddle) << kMiddle
            << false;
    }
    void nextWriteKeepsTheEvidence()
    {
        QFETCH(int, kind);
        QFETCH(QString, sql);
        QFETCH(qint64, firstBroken);
        QFETCH(bool, marker);
        QVERIFY(addCompanies(int(kChain)));
        QVERIFY(tamper(Tamper(kind), sql));
        QCOMPARE(verified(session()).firstBroken, firstBroken);
        const qint64 end = lastSeq(db());

        // Confidant keeps working, but says in the chain what it found, so sealing a new head over the
        // cut does not hide it.
        m_v->clock.advanceMs(60000);
        auto written = session().companies().create(firm(50));
        QVERIFY2(written.ok(), why(written));
        const QList<AuditEntry> added = entriesAfter(db(), end);
        QCOMPARE(added.size(), marker ? 2 : 1);
        if (marker) {
            QCOMPARE(added[0].action, QString::fromLatin1(AuditLog::kHeadMismatchAction));
            QCOMPARE(added[0].profileName, session().actor().name);
            QCOMPARE(added[0].atMs, m_v->clock.nowMs());
            QVERIFY2(added[0].summary.startsWith(QStringLiteral("first-missing=%1 ").arg(firstBroken)),
                     qPrintable(added[0].summary));
        }
        QCOMPARE(added.last().action, QStringLiteral("company.create"));
        QCOMPARE(added.last().entityUid, written->uid);

        AuditVerification v = verified(session());
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBroken, firstBroken);

        // Later writes do not repeat the marker, and the report stays.
        QVERIFY(session().companies().create(firm(51)).ok());
        const QList<AuditEntry> later = entriesAfter(db(), end);
        QCOMPARE(later.size(), marker ? 3 : 2);
        QCOMPARE(later.last().action, QStringLiteral("company.create"));
        v = verified(session());
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBroken, firstBroken);
    }

    void failedWriteLeavesTrailAndHeadUnchanged_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("kind");
        QTest::newRow("validation error") << int(Fault::Validation) << int(ErrorKind::Invalid);
        QTest::newRow("unknown company id") << int(Fault::UnknownCompany) << int(ErrorKind::NotFound);
        QTest::newRow("body fails after a nested write")
            << int(Fault::BodyFailsAfterNestedWrite) << int(ErrorKind::Conflict);
        QTest::newRow("check rejects") << int(Fault::CheckRejects) << int(ErrorKind::Conflict);
        QTest::newRow("recorder fails after the audit entry") << int(Fault::RecorderFails) << int(ErrorKind::DiskFull);
        QTest::newRow("head cannot be sealed") << int(Fault::HeadCannotBeSealed) << int(ErrorKind::Io);
    }
    void failedWriteLeavesTrailAndHeadUnchanged()
    {
        QFETCH(int, fault);
        QFETCH(int, kind);
        QVERIFY(addCompanies(3));
        const QString head = headPath(session());
        const QByteArray headBefore = readAll(head);
        const QList<AuditEntry> before = chain(db());
        const qint64 companiesBefore = *session().companies().count();
        const qint64 contactsBefore = *session().contacts().count();
        auto armed = std::make_shared<bool>(true);
        auto injected = [armed](const char* what) -> Result<void> {
            if (*armed) {
                return makeError(ErrorKind::Conflict, QString::fromLatin1(what));
            }
            return {};
        };

        Result<void> r;
        switch (Fault(fault)) {
        case Fault::Validation: {
            Contact c = person(QStringLiteral("Eve"));
            c.emails = {{QStringLiteral("not an email"), {}}};
            r = withoutValue(session().contacts().create(c));
            break;
        }
        case Fault::UnknownCompany: {
            Contact c = person(QStringLiteral("Eve"));
            c.companyId = crm::CompanyId {424242};
            r = withoutValue(session().contacts().create(c));
            break;
        }
        case Fault::BodyFailsAfterNestedWrite: {
            Mutation m {
                QStringLiteral("test.outer"), QStringLiteral("company"), {}, {}, 1, security::Permission::EditContacts};
            r = session().gate().apply<void>(m, [&](Database&, Mutation&) -> Result<void> {
                if (auto nested = session().companies().create(firm(10)); !nested) {
                    return nested.error();
                }
                return injected("body failed");
            });
            break;
        }
        case Fault::CheckRejects:
            session().gate().addCheck([injected](Database&, const Mutation&) { return injected("check"); });
            r = withoutValue(session().companies().create(firm(10)));
            break;
        case Fault::RecorderFails: {
            session().gate().addRecorder([armed](Database&, const Mutation&) -> Result<void> {
                if (*armed) {
                    return makeError(ErrorKind::DiskFull, QStringLiteral("recorder"));
                }
                return {};
            });
            r = withoutValue(session().companies().create(firm(10)));
            break;
        }
        case Fault::HeadCannotBeSealed: {
            // A folder where the head file should be: it can be neither read nor replaced.
            QVERIFY(QFile::remove(head));
            QVERIFY(QDir().mkdir(head));
            r = withoutValue(session().companies().create(firm(10)));
            QVERIFY(QDir().rmdir(head));
            QVERIFY(writeAll(head, headBefore));
            break;
        }
        }
        *armed = false;

        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().kind), kind);
        const QList<AuditEntry> after = chain(db());
        QCOMPARE(after.size(), before.size());
        QCOMPARE(after.last().hash, before.last().hash);
        QCOMPARE(readAll(head), headBefore);
        QCOMPARE(*session().companies().count(), companiesBefore);
        QCOMPARE(*session().contacts().count(), contactsBefore);
        QVERIFY(verified(session()).ok);

        // The trail is not left half-way: the next write appends one entry and seals it.
        auto next = session().companies().create(firm(11));
        QVERIFY2(next.ok(), why(next));
        const QList<AuditEntry> added = entriesAfter(db(), before.last().seq);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().action, QStringLiteral("company.create"));
        QCOMPARE(added.first().prevHash, before.last().hash);
        QVERIFY(verified(session()).ok);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
