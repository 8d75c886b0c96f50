#include "core/security/AuditLog.h"
#include "core/security/AuditService.h"
#include "core/storage/Database.h"
#include "core/storage/SecretBuffer.h"
#include "core/storage/Statement.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "tests/e2e/CliRunner.h"
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <initializer_list>
#include <memory>
#include <optional>

using namespace confidant;
using namespace confidant::test;

namespace {

QStringList words(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

//! Standard input for the keychain-mode vaults here: the PIN lines, one per line.
QByteArray lines(std::initializer_list<const char*> pins)
{
    QByteArray input;
    for (const char* line : pins) {
        input += line;
        input += '\n';
    }
    return input;
}

//! Standard input for a passphrase-mode vault: the passphrase, then each further line.
QByteArray withPassphrase(std::initializer_list<const char*> after)
{
    QByteArray input(PassphraseVault::kPassphrase);
    for (const char* line : after) {
        input += '\n';
        input += line;
    }
    return input;
}

//! The vaults of these tests, keychain-mode as most users have them, so that no run pays the passphrase key
//! derivation: they are about profiles, PINs and the trail. Standard input holds only what the command reads
//! (a PIN is line 1). The two tests about the passphrase itself use a PassphraseVault.
class Vault : public KeychainVault
{
public:
    using KeychainVault::KeychainVault;
    CliResult run(const QStringList& arguments, const QByteArray& input = {}) const
    {
        return runWithInput(arguments, input);
    }
};

//! A raw SQLCipher connection to a vault's file, with the vault's key.
std::optional<storage::Database> openRaw(const QString& path, const storage::SecretBuffer& key)
{
    auto db = storage::Database::open(path, storage::Database::OpenMode::ExistingOnly);
    if (!db) {
        qWarning("open: %s", qPrintable(db.error().message));
        return std::nullopt;
    }
    if (auto r = db->applyKey(key); !r) {
        qWarning("key: %s", qPrintable(r.error().message));
        return std::nullopt;
    }
    return std::move(db).value();
}

bool execAll(storage::Database& db, const QStringList& statements)
{
    for (const QString& sql : statements) {
        const QByteArray utf8 = sql.toUtf8();
        if (auto r = db.exec(utf8.constData()); !r) {
            qWarning("%s: %s %s", utf8.constData(), qPrintable(r.error().message), qPrintable(r.error().detail));
            return false;
        }
    }
    return true;
}

std::optional<security::AuditEntry> lastEntry(storage::Database& db)
{
    auto last = security::AuditLog::last(db);
    if (!last || !*last) {
        return std::nullopt;
    }
    return **last;
}

QList<QByteArray> csvRecords(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    QList<QByteArray> records = f.readAll().split('\n');
    if (!records.isEmpty() && records.constLast().isEmpty()) {
        records.removeLast();
    }
    for (auto& record : records) {
        if (record.endsWith('\r')) {
            record.chop(1);
        }
    }
    return records;
}

} // namespace

//! Operator profiles, PINs, denials and the audit trail through confidant-cli (CLI.md "Security", DESIGN.md
//! "Security"). The tamper rows open the vault with a raw SQLCipher
//! connection and change the audit trail behind Confidant's back; `audit verify` must name the first
//! broken entry.
class TestCliSecurity : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_next = 0;
    //! A vault with a few writes, copied for each tamper row; its entry count.
    std::optional<Vault> m_template;
    qint64 m_templateEntries = 0;
    //! A vault with one profile per role and one contact, shared by the denial and validation rows.
    std::unique_ptr<Vault> m_roles;
    QString m_contact;

    Vault freshVault()
    {
        Vault vault(m_dir.filePath(QString::number(++m_next)));
        CliResult r;
        if (!vault.init(&r)) {
            qWarning("init failed: %s", r.describe().constData());
        }
        return vault;
    }

    PassphraseVault freshPassphraseVault()
    {
        PassphraseVault vault(m_dir.filePath(QString::number(++m_next)));
        CliResult r;
        if (!vault.init(&r)) {
            qWarning("init failed: %s", r.describe().constData());
        }
        return vault;
    }

    static QString addContact(Vault& vault, const QString& family)
    {
        const CliResult r = vault.run({QStringLiteral("contact"),
                                       QStringLiteral("add"),
                                       QStringLiteral("--given"),
                                       QStringLiteral("Anna"),
                                       QStringLiteral("--family"),
                                       family,
                                       QStringLiteral("--json")});
        if (r.exitCode != 0) {
            qWarning("contact add failed: %s", r.describe().constData());
        }
        return r.json().value(QStringLiteral("uid")).toString();
    }

    template <typename AnyVault>
    static QJsonArray auditEntries(AnyVault& vault, const QStringList& filters = {})
    {
        const CliResult r = vault.run(QStringList {QStringLiteral("audit"),
                                                   QStringLiteral("list"),
                                                   QStringLiteral("--json"),
                                                   QStringLiteral("--limit"),
                                                   QStringLiteral("10000")}
                                      + filters);
        if (r.exitCode != 0) {
            qWarning("audit list failed: %s", r.describe().constData());
        }
        return r.json().value(QStringLiteral("entries")).toArray();
    }

    static QJsonArray profiles(Vault& vault)
    {
        return vault.run({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")})
            .json()
            .value(QStringLiteral("profiles"))
            .toArray();
    }

    static QJsonObject profileNamed(Vault& vault, const QString& name)
    {
        for (const auto& p : profiles(vault)) {
            if (p.toObject().value(QStringLiteral("name")).toString() == name) {
                return p.toObject();
            }
        }
        return {};
    }

    Vault& rolesVault()
    {
        if (!m_roles) {
            m_roles = std::make_unique<Vault>(freshVault());
            for (const char* profile : {"rep sales-rep", "viewer read-only", "admin admin", "po privacy-officer"}) {
                const QStringList nameRole = words(profile);
                const CliResult r = m_roles->run({QStringLiteral("profile"),
                                                  QStringLiteral("add"),
                                                  nameRole[0],
                                                  QStringLiteral("--role"),
                                                  nameRole[1]});
                if (r.exitCode != 0) {
                    qWarning("profile add failed: %s", r.describe().constData());
                }
            }
            m_contact = addContact(*m_roles, QStringLiteral("Schmidt"));
        }
        return *m_roles;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(CliRunner::binary()), "CONFIDANT_CLI must name the built confidant-cli (ctest sets it)");
        QVERIFY(m_dir.isValid());
    }

    void profileLifecycle()
    {
        Vault vault = freshVault();
        // A new vault has its owner, without a PIN.
        QJsonArray list = profiles(vault);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("owner"));
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("owner"));
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("has_pin")).toBool(), false);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("acting")).toBool(), true);

        const CliResult added = vault.run({QStringLiteral("profile"),
                                           QStringLiteral("add"),
                                           QStringLiteral("rep"),
                                           QStringLiteral("--role"),
                                           QStringLiteral("sales-rep"),
                                           QStringLiteral("--json")});
        QVERIFY2(added.exitCode == 0, added.describe());
        QVERIFY(!QUuid::fromString(added.json().value(QStringLiteral("uid")).toString()).isNull());
        QCOMPARE(added.json().value(QStringLiteral("role")).toString(), QStringLiteral("sales-rep"));
        const CliResult pinned = vault.run({QStringLiteral("profile"),
                                            QStringLiteral("add"),
                                            QStringLiteral("Paula"),
                                            QStringLiteral("--role"),
                                            QStringLiteral("privacy-officer"),
                                            QStringLiteral("--pin-stdin")},
                                           lines({"471193"}));
        QVERIFY2(pinned.exitCode == 0, pinned.describe());
        QVERIFY2(pinned.outText().contains(QLatin1String("Paula")), pinned.out);

        // Human list: a header and one row per profile.
        const CliResult human = vault.run({QStringLiteral("profile"), QStringLiteral("list")});
        QVERIFY2(human.exitCode == 0, human.describe());
        QVERIFY2(human.outText().startsWith(QLatin1String("NAME")), human.out);
        for (const char* name : {"owner", "Paula", "rep", "sales-rep", "privacy-officer"}) {
            QVERIFY2(human.outText().contains(QLatin1String(name)), human.out);
        }

        list = profiles(vault);
        QCOMPARE(list.size(), 3);
        QJsonObject paula = profileNamed(vault, QStringLiteral("Paula"));
        QCOMPARE(paula.value(QStringLiteral("role")).toString(), QStringLiteral("privacy-officer"));
        QCOMPARE(paula.value(QStringLiteral("has_pin")).toBool(), true);
        QVERIFY(
            QDateTime::fromString(paula.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs).isValid());
        QCOMPARE(profileNamed(vault, QStringLiteral("rep")).value(QStringLiteral("has_pin")).toBool(), false);

        // Role change.
        const CliResult role = vault.run(
            {QStringLiteral("profile"), QStringLiteral("role"), QStringLiteral("rep"), QStringLiteral("read-only")});
        QVERIFY2(role.exitCode == 0, role.describe());
        QCOMPARE(profileNamed(vault, QStringLiteral("rep")).value(QStringLiteral("role")).toString(),
                 QStringLiteral("read-only"));

        // PIN set, then cleared (the owner changes another profile's PIN).
        const CliResult setPin
            = vault.run({QStringLiteral("profile"), QStringLiteral("pin"), QStringLiteral("rep")}, lines({"864219"}));
        QVERIFY2(setPin.exitCode == 0, setPin.describe());
        QCOMPARE(profileNamed(vault, QStringLiteral("rep")).value(QStringLiteral("has_pin")).toBool(), true);
        QCOMPARE(
            vault.run({QStringLiteral("--profile"), QStringLiteral("rep"), QStringLiteral("info")}, lines({"864219"}))
                .exitCode,
            0);
        const CliResult cleared = vault.run(
            {QStringLiteral("profile"), QStringLiteral("pin"), QStringLiteral("rep"), QStringLiteral("--clear")});
        QVERIFY2(cleared.exitCode == 0, cleared.describe());
        QCOMPARE(profileNamed(vault, QStringLiteral("rep")).value(QStringLiteral("has_pin")).toBool(), false);

        // Removal.
        const CliResult removed
            = vault.run({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("rep")});
        QVERIFY2(removed.exitCode == 0, removed.describe());
        QVERIFY(profileNamed(vault, QStringLiteral("rep")).isEmpty());
        QCOMPARE(profiles(vault).size(), 2);

        // Every change is in the trail, by the owner.
        QStringList actions;
        for (const auto& e : auditEntries(vault, {QStringLiteral("--action"), QStringLiteral("profile.")})) {
            actions.prepend(e.toObject().value(QStringLiteral("action")).toString());
            QCOMPARE(e.toObject().value(QStringLiteral("profile")).toString(), QStringLiteral("owner"));
        }
        QCOMPARE(actions,
                 QStringList({QStringLiteral("profile.create"),
                              QStringLiteral("profile.create"),
                              QStringLiteral("profile.role"),
                              QStringLiteral("profile.pin"),
                              QStringLiteral("profile.pin"),
                              QStringLiteral("profile.delete")}));
    }

    void profileErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("exitCode");
        const QByteArray none = lines({});
        QTest::newRow("add without --role") << words("profile add x") << none << 2;
        QTest::newRow("add with unknown role") << words("profile add x --role boss") << none << 2;
        QTest::newRow("add two names") << words("profile add x y --role admin") << none << 2;
        QTest::newRow("add without name") << words("profile add --role admin") << none << 2;
        QTest::newRow("add existing name, other case") << words("profile add REP --role admin") << none << 1;
        QTest::newRow("add invalid name") << words("profile add a/b --role admin") << none << 7;
        QTest::newRow("add with short PIN") << words("profile add x --role admin --pin-stdin") << lines({"12"}) << 7;
        // Issue 16: "aaaa" was accepted. Six characters at least, no repeated group, no straight run.
        QTest::newRow("add with a 4-digit PIN")
            << words("profile add x --role admin --pin-stdin") << lines({"4711"}) << 7;
        QTest::newRow("add with one character repeated")
            << words("profile add x --role admin --pin-stdin") << lines({"aaaaaa"}) << 7;
        QTest::newRow("add with --pin-stdin but no PIN line")
            << words("profile add x --role admin --pin-stdin") << none << 7;
        QTest::newRow("remove unknown") << words("profile remove nobody") << none << 5;
        QTest::newRow("remove itself") << words("profile remove owner") << none << 1;
        QTest::newRow("role of unknown profile") << words("profile role nobody admin") << none << 5;
        QTest::newRow("unknown role") << words("profile role rep boss") << none << 2;
        QTest::newRow("role without role") << words("profile role rep") << none << 2;
        QTest::newRow("demote the only owner") << words("profile role owner admin") << none << 1;
        QTest::newRow("pin of unknown profile") << words("profile pin nobody") << lines({"482915"}) << 5;
        QTest::newRow("short new PIN") << words("profile pin rep") << lines({"12"}) << 7;
        QTest::newRow("new PIN a straight run") << words("profile pin rep") << lines({"123456"}) << 7;
        QTest::newRow("new PIN a repeated pair") << words("profile pin rep") << lines({"121212"}) << 7;
        QTest::newRow("no new PIN line") << words("profile pin rep") << none << 7;
        QTest::newRow("unknown acting profile") << words("--profile nobody info") << none << 5;
        QTest::newRow("unknown acting profile for a write")
            << words("--profile nobody profile add x --role admin") << none << 5;
    }

    void profileErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(int, exitCode);
        Vault& vault = rolesVault();
        const QByteArray before = hashOf(vault.dbPath());
        const qsizetype profilesBefore = profiles(vault).size();
        const CliResult r = vault.run(args, input);
        QVERIFY2(r.exitCode == exitCode, r.describe());
        QVERIFY2(r.errLines().size() == 1, r.err);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(hashOf(vault.dbPath()), before);
        QCOMPARE(profiles(vault).size(), profilesBefore);
    }

    void deniedForRole_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("attempted");
        QTest::newRow("sales rep deletes a contact")
            << QStringLiteral("rep") << words("contact delete {contact}") << QStringLiteral("contact.delete");
        QTest::newRow("read-only adds a contact")
            << QStringLiteral("viewer") << words("contact add --given Ben --family Berg")
            << QStringLiteral("contact.create");
        QTest::newRow("read-only edits a contact")
            << QStringLiteral("viewer") << words("contact edit {contact} --title Boss")
            << QStringLiteral("contact.update");
        QTest::newRow("sales rep adds a profile")
            << QStringLiteral("rep") << words("profile add x --role sales-rep") << QStringLiteral("profile.create");
        QTest::newRow("sales rep removes a profile")
            << QStringLiteral("rep") << words("profile remove viewer") << QStringLiteral("profile.delete");
        QTest::newRow("sales rep changes a role")
            << QStringLiteral("rep") << words("profile role rep admin") << QStringLiteral("profile.role");
        QTest::newRow("sales rep sets another's PIN")
            << QStringLiteral("rep") << words("profile pin viewer --clear") << QStringLiteral("profile.pin");
        QTest::newRow("admin clears the owner's PIN")
            << QStringLiteral("admin") << words("profile pin owner --clear") << QStringLiteral("profile.pin");
        QTest::newRow("admin makes an owner")
            << QStringLiteral("admin") << words("profile add boss --role owner") << QStringLiteral("profile.create");
        QTest::newRow("privacy officer adds a profile")
            << QStringLiteral("po") << words("profile add x --role read-only") << QStringLiteral("profile.create");
        QTest::newRow("sales rep lists the audit trail")
            << QStringLiteral("rep") << words("audit list") << QStringLiteral("audit.list");
        QTest::newRow("sales rep verifies the audit trail")
            << QStringLiteral("rep") << words("audit verify") << QStringLiteral("audit.verify");
        QTest::newRow("read-only exports the audit trail")
            << QStringLiteral("viewer") << words("audit export --out {file}") << QStringLiteral("audit.export");
    }

    void deniedForRole()
    {
        QFETCH(QString, profile);
        QFETCH(QStringList, args);
        QFETCH(QString, attempted);
        Vault& vault = rolesVault();
        const QString file = m_dir.filePath(QStringLiteral("denied-export.csv"));
        args.replaceInStrings(QStringLiteral("{contact}"), m_contact);
        args.replaceInStrings(QStringLiteral("{file}"), file);
        const qsizetype before = auditEntries(vault).size();

        const CliResult r = vault.run(QStringList {QStringLiteral("--profile"), profile} + args);
        QCOMPARE(r.exitCode, 6);
        QVERIFY2(r.errLines().size() == 1, r.err);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(file));
        QVERIFY(!QFile::exists(file + QStringLiteral(".part")));

        // Exactly one new entry: the denial, by the profile that tried, naming what it tried.
        const QJsonArray after = auditEntries(vault);
        QCOMPARE(after.size(), before + 1);
        const QJsonObject denial = after.at(0).toObject();
        QCOMPARE(denial.value(QStringLiteral("action")).toString(), QStringLiteral("access.denied"));
        QCOMPARE(denial.value(QStringLiteral("profile")).toString(), profile);
        QVERIFY2(denial.value(QStringLiteral("summary")).toString().contains(QStringLiteral("attempted=") + attempted),
                 qPrintable(denial.value(QStringLiteral("summary")).toString()));
        QCOMPARE(profiles(vault).size(), 5);
    }

    void salesRepCannotDeleteContact()
    {
        Vault vault = freshVault();
        QCOMPARE(vault
                     .run({QStringLiteral("profile"),
                           QStringLiteral("add"),
                           QStringLiteral("rep"),
                           QStringLiteral("--role"),
                           QStringLiteral("sales-rep")})
                     .exitCode,
                 0);
        const QString uid = addContact(vault, QStringLiteral("Schmidt"));
        QVERIFY(!uid.isEmpty());

        // The sales rep may see and edit the contact, not delete it.
        QCOMPARE(vault
                     .run({QStringLiteral("--profile"),
                           QStringLiteral("rep"),
                           QStringLiteral("contact"),
                           QStringLiteral("show"),
                           uid})
                     .exitCode,
                 0);
        QCOMPARE(vault
                     .run({QStringLiteral("--profile"),
                           QStringLiteral("rep"),
                           QStringLiteral("contact"),
                           QStringLiteral("edit"),
                           uid,
                           QStringLiteral("--title"),
                           QStringLiteral("Buyer")})
                     .exitCode,
                 0);
        const CliResult denied = vault.run({QStringLiteral("--profile"),
                                            QStringLiteral("rep"),
                                            QStringLiteral("contact"),
                                            QStringLiteral("delete"),
                                            uid});
        QCOMPARE(denied.exitCode, 6);
        QVERIFY2(denied.errLines().size() == 1, denied.err);
        QVERIFY(!denied.errText().contains(QLatin1String("Schmidt")));

        // Still there.
        const CliResult shown
            = vault.run({QStringLiteral("contact"), QStringLiteral("show"), uid, QStringLiteral("--json")});
        QVERIFY2(shown.exitCode == 0, shown.describe());
        QCOMPARE(shown.json().value(QStringLiteral("family")).toString(), QStringLiteral("Schmidt"));

        // The owner sees the denial in the trail, by the sales rep, about that contact.
        const QJsonArray denials = auditEntries(vault, {QStringLiteral("--action"), QStringLiteral("access.denied")});
        QCOMPARE(denials.size(), 1);
        const QJsonObject e = denials.at(0).toObject();
        QCOMPARE(e.value(QStringLiteral("profile")).toString(), QStringLiteral("rep"));
        QCOMPARE(e.value(QStringLiteral("entity_uid")).toString(), uid);
        QVERIFY(e.value(QStringLiteral("summary")).toString().contains(QLatin1String("needs=erase")));
        // The entry holds no personal value.
        QVERIFY(!QJsonDocument(e).toJson().contains("Schmidt"));

        // The owner may delete it.
        QCOMPARE(
            vault.run({QStringLiteral("contact"), QStringLiteral("delete"), uid, QStringLiteral("--yes")}).exitCode, 0);
    }

    void readOnlyCannotAddContact()
    {
        Vault vault = freshVault();
        QCOMPARE(vault
                     .run({QStringLiteral("profile"),
                           QStringLiteral("add"),
                           QStringLiteral("viewer"),
                           QStringLiteral("--role"),
                           QStringLiteral("read-only")})
                     .exitCode,
                 0);
        const CliResult r = vault.run({QStringLiteral("--profile"),
                                       QStringLiteral("viewer"),
                                       QStringLiteral("contact"),
                                       QStringLiteral("add"),
                                       QStringLiteral("--given"),
                                       QStringLiteral("Ben"),
                                       QStringLiteral("--family"),
                                       QStringLiteral("Berg")});
        QCOMPARE(r.exitCode, 6);
        QVERIFY2(r.errLines().size() == 1, r.err);
        QVERIFY(r.out.isEmpty());
        const CliResult info = vault.run(
            {QStringLiteral("--profile"), QStringLiteral("viewer"), QStringLiteral("info"), QStringLiteral("--json")});
        QVERIFY2(info.exitCode == 0, info.describe());
        QCOMPARE(info.json().value(QStringLiteral("contacts")).toInteger(), qint64(0));
        QCOMPARE(info.json().value(QStringLiteral("profile")).toString(), QStringLiteral("viewer"));
        QCOMPARE(info.json().value(QStringLiteral("role")).toString(), QStringLiteral("read-only"));
        // But it may read.
        QCOMPARE(vault
                     .run({QStringLiteral("--profile"),
                           QStringLiteral("viewer"),
                           QStringLiteral("contact"),
                           QStringLiteral("list")})
                     .exitCode,
                 0);
    }

    void pinIsLineTwoWithPassphraseStdin()
    {
        PassphraseVault vault = freshPassphraseVault();
        QCOMPARE(vault
                     .run({QStringLiteral("profile"),
                           QStringLiteral("add"),
                           QStringLiteral("pinned"),
                           QStringLiteral("--role"),
                           QStringLiteral("admin"),
                           QStringLiteral("--pin-stdin")},
                          withPassphrase({"246819"}))
                     .exitCode,
                 0);
        const QStringList asPinned
            = {QStringLiteral("--profile"), QStringLiteral("pinned"), QStringLiteral("info"), QStringLiteral("--json")};

        const CliResult ok = vault.run(asPinned, withPassphrase({"246819"}));
        QVERIFY2(ok.exitCode == 0, ok.describe());
        QCOMPARE(ok.json().value(QStringLiteral("profile")).toString(), QStringLiteral("pinned"));
        QCOMPARE(ok.json().value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
        // CRLF line ends too.
        QCOMPARE(vault.run(asPinned, QByteArray(PassphraseVault::kPassphrase) + "\r\n246819\r").exitCode, 0);

        const CliResult wrong = vault.run(asPinned, withPassphrase({"246810"}));
        QCOMPARE(wrong.exitCode, 3);
        QVERIFY2(wrong.errLines().size() == 1, wrong.err);
        QVERIFY2(wrong.errText().contains(QLatin1String("PIN")), wrong.err);
        QVERIFY(wrong.out.isEmpty());
        QVERIFY(!wrong.errText().contains(QLatin1String("246810")));

        const CliResult missing = vault.run(asPinned);
        QCOMPARE(missing.exitCode, 3);
        QVERIFY2(missing.errLines().size() == 1, missing.err);
        QVERIFY2(missing.errText().contains(QLatin1String("PIN")), missing.err);
        QVERIFY2(missing.errText().contains(QLatin1String("line 2")), missing.err);
        QVERIFY(missing.out.isEmpty());

        // A wrong passphrase fails before any PIN is looked at.
        QCOMPARE(vault.run(asPinned, "wrong passphrase here\n246819").exitCode, 3);

        // The rejected PIN is in the trail, by the profile that was tried.
        const QJsonArray rejected
            = auditEntries(vault, {QStringLiteral("--action"), QStringLiteral("profile.pin-rejected")});
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.at(0).toObject().value(QStringLiteral("profile")).toString(), QStringLiteral("pinned"));

        // A profile without a PIN reads no PIN line: line 2 stays for the command (its own new PIN).
        QCOMPARE(vault
                     .run({QStringLiteral("profile"),
                           QStringLiteral("add"),
                           QStringLiteral("rep"),
                           QStringLiteral("--role"),
                           QStringLiteral("sales-rep")})
                     .exitCode,
                 0);
        const CliResult own = vault.run({QStringLiteral("--profile"),
                                         QStringLiteral("rep"),
                                         QStringLiteral("profile"),
                                         QStringLiteral("pin"),
                                         QStringLiteral("rep")},
                                        withPassphrase({"135792"}));
        QVERIFY2(own.exitCode == 0, own.describe());
        QCOMPARE(vault
                     .run({QStringLiteral("--profile"), QStringLiteral("rep"), QStringLiteral("info")},
                          withPassphrase({"135792"}))
                     .exitCode,
                 0);
        QCOMPARE(vault.run({QStringLiteral("--profile"), QStringLiteral("rep"), QStringLiteral("info")}).exitCode, 3);
        // With a PIN of its own, the acting profile's PIN is line 2 and the new PIN line 3.
        const CliResult changed = vault.run({QStringLiteral("--profile"),
                                             QStringLiteral("rep"),
                                             QStringLiteral("profile"),
                                             QStringLiteral("pin"),
                                             QStringLiteral("rep")},
                                            withPassphrase({"135792", "975318"}));
        QVERIFY2(changed.exitCode == 0, changed.describe());
        QCOMPARE(vault
                     .run({QStringLiteral("--profile"), QStringLiteral("rep"), QStringLiteral("info")},
                          withPassphrase({"975318"}))
                     .exitCode,
                 0);
    }

    // Issue 16 item 3: 31 wrong PINs in 11 seconds, then the right one was accepted. Each attempt here is a program
    // of its own, so the count can only be in the vault. After the third wrong PIN each attempt waits 30 seconds
    // (docs/SECURITY.md "PINs"); the three runs that must fall into that wait take a few seconds at most, and
    // nothing here waits for a clock. The profile is read-only: counting its wrong PINs is the system's write, not
    // the profile's.
    void wrongPinsMakeTheProfileWaitAcrossRuns()
    {
        Vault vault = freshVault();
        QCOMPARE(vault.run(words("profile add pinned --role read-only --pin-stdin"), lines({"246819"})).exitCode, 0);
        const QStringList asPinned = words("--profile pinned info");
        for (int attempt = 1; attempt <= 3; ++attempt) {
            const CliResult wrong = vault.run(asPinned, lines({"135792"}));
            QCOMPARE(wrong.exitCode, 3);
            QVERIFY2(wrong.errLines().size() == 1, wrong.err);
            QVERIFY(wrong.out.isEmpty());
            QVERIFY2(wrong.errText().contains(QLatin1String("Wrong PIN")), wrong.err);
            // The third says how long the next attempt must wait.
            QCOMPARE(wrong.errText().contains(QLatin1String("30 seconds")), attempt == 3);
        }
        // Now the right PIN is refused too, without being checked: one line saying how long to wait, exit 3.
        const CliResult waiting = vault.run(asPinned, lines({"246819"}));
        QCOMPARE(waiting.exitCode, 3);
        QVERIFY2(waiting.errLines().size() == 1, waiting.err);
        QVERIFY(waiting.out.isEmpty());
        QVERIFY2(waiting.errText().contains(QLatin1String("try again in")), waiting.err);
        QVERIFY2(waiting.errText().contains(QLatin1String("seconds")), waiting.err);
        QVERIFY2(waiting.errText().contains(QLatin1String("not checked")), waiting.err);
        // The owner sees the count and the end of the wait in `profile list`.
        QJsonObject pinned = profileNamed(vault, QStringLiteral("pinned"));
        QCOMPARE(pinned.value(QStringLiteral("failed_pin_attempts")).toInt(-1), 3);
        const QDateTime lastWrong
            = QDateTime::fromString(pinned.value(QStringLiteral("last_failed_pin_at")).toString(), Qt::ISODateWithMs);
        const QDateTime lockedUntil
            = QDateTime::fromString(pinned.value(QStringLiteral("pin_locked_until")).toString(), Qt::ISODateWithMs);
        QVERIFY2(lastWrong.isValid() && lockedUntil.isValid(), QJsonDocument(pinned).toJson().constData());
        QCOMPARE(lastWrong.msecsTo(lockedUntil), qint64(30'000));
        // A wrong PIN in the wait is no guess either, and is not counted. (The last run that must fall in the wait.)
        const CliResult again = vault.run(asPinned, lines({"135792"}));
        QCOMPARE(again.exitCode, 3);
        QVERIFY2(again.errText().contains(QLatin1String("try again in")), again.err);
        QCOMPARE(profileNamed(vault, QStringLiteral("pinned")).value(QStringLiteral("failed_pin_attempts")).toInt(-1),
                 3);
        const CliResult human = vault.run(words("profile list"));
        QVERIFY2(human.exitCode == 0, human.describe());
        QVERIFY2(human.outText().contains(QLatin1String("WRONG PINS")), human.out);
        QVERIFY2(human.outText().contains(QLatin1String("LOCKED UNTIL")), human.out);
        // Others' wrong PINs only to those who manage profiles: a sales rep sees its own, not pinned's.
        QCOMPARE(vault.run(words("profile add rep --role sales-rep")).exitCode, 0);
        const QJsonArray asRep
            = vault.run(words("--profile rep profile list --json")).json().value(QStringLiteral("profiles")).toArray();
        QCOMPARE(asRep.size(), 3);
        for (const auto& p : asRep) {
            const QJsonObject o = p.toObject();
            const bool own = o.value(QStringLiteral("name")).toString() == QLatin1String("rep");
            QCOMPARE(o.value(QStringLiteral("failed_pin_attempts")).isNull(), !own);
            QCOMPARE(o.value(QStringLiteral("pin_locked_until")).isNull(), true);
        }

        // In the trail, by the profile that was tried: three wrong PINs counted across three programs, then two
        // attempts refused while it waits.
        const QJsonArray rejected
            = auditEntries(vault, {QStringLiteral("--action"), QStringLiteral("profile.pin-rejected")});
        QCOMPARE(rejected.size(), 3);
        QCOMPARE(rejected.at(2).toObject().value(QStringLiteral("summary")).toString(), QStringLiteral("failures=1"));
        QCOMPARE(rejected.at(0).toObject().value(QStringLiteral("summary")).toString(),
                 QStringLiteral("failures=3 wait_s=30"));
        const QJsonArray throttled
            = auditEntries(vault, {QStringLiteral("--action"), QStringLiteral("profile.pin-throttled")});
        QCOMPARE(throttled.size(), 2);
        for (const auto& e : throttled) {
            QCOMPARE(e.toObject().value(QStringLiteral("profile")).toString(), QStringLiteral("pinned"));
            QVERIFY(e.toObject().value(QStringLiteral("summary")).toString().startsWith(QLatin1String("failures=3 ")));
        }

        // The owner ends the wait by giving the profile a new PIN, which works at once.
        QCOMPARE(vault.run(words("profile pin pinned"), lines({"663014"})).exitCode, 0);
        pinned = profileNamed(vault, QStringLiteral("pinned"));
        QCOMPARE(pinned.value(QStringLiteral("failed_pin_attempts")).toInt(-1), 0);
        QVERIFY(pinned.value(QStringLiteral("last_failed_pin_at")).isNull());
        QVERIFY(pinned.value(QStringLiteral("pin_locked_until")).isNull());
        const CliResult after = vault.run(words("--profile pinned info --json"), lines({"663014"}));
        QVERIFY2(after.exitCode == 0, after.describe());
        QCOMPARE(after.json().value(QStringLiteral("profile")).toString(), QStringLiteral("pinned"));
    }

    void ownerPinGuardsTheDefaultProfile()
    {
        Vault vault = freshVault();
        QCOMPARE(
            vault.run({QStringLiteral("profile"), QStringLiteral("pin"), QStringLiteral("owner")}, lines({"559371"}))
                .exitCode,
            0);
        // Without --profile the owner acts, so its PIN is needed.
        const CliResult missing = vault.run({QStringLiteral("info")});
        QCOMPARE(missing.exitCode, 3);
        QVERIFY2(missing.errLines().size() == 1, missing.err);
        QCOMPARE(vault.run({QStringLiteral("info")}, lines({"559372"})).exitCode, 3);
        const CliResult ok = vault.run({QStringLiteral("info"), QStringLiteral("--json")}, lines({"559371"}));
        QVERIFY2(ok.exitCode == 0, ok.describe());
        QCOMPARE(ok.json().value(QStringLiteral("profile")).toString(), QStringLiteral("owner"));
        // Cleared again (the owner's PIN on line 1, no new one needed).
        QCOMPARE(vault
                     .run({QStringLiteral("profile"),
                           QStringLiteral("pin"),
                           QStringLiteral("owner"),
                           QStringLiteral("--clear")},
                          lines({"559371"}))
                     .exitCode,
                 0);
        QCOMPARE(vault.run({QStringLiteral("info")}).exitCode, 0);
    }

    void adminCannotTakeOverTheOwner()
    {
        // The attack: an admin sets the owner's PIN, signs in as the owner and makes itself an owner, and the
        // trail shows it as the owner's doing. Only an owner changes an owner's PIN.
        Vault vault = freshVault();
        QCOMPARE(vault.run(words("profile pin owner"), lines({"559371"})).exitCode, 0);
        QCOMPARE(vault.run(words("profile add admin --role admin"), lines({"559371"})).exitCode, 0);
        QString ownerUid;
        for (const auto& p : vault.run(words("--profile admin profile list --json"))
                                 .json()
                                 .value(QStringLiteral("profiles"))
                                 .toArray()) {
            if (p.toObject().value(QStringLiteral("name")).toString() == QLatin1String("owner")) {
                ownerUid = p.toObject().value(QStringLiteral("uid")).toString();
            }
        }
        QVERIFY(!ownerUid.isEmpty());

        const CliResult set = vault.run(words("--profile admin profile pin owner"), lines({"118204"}));
        QVERIFY2(set.exitCode == 6, set.describe());
        QVERIFY2(set.errLines().size() == 1, set.err);
        QVERIFY(set.out.isEmpty());
        const CliResult cleared = vault.run(words("--profile admin profile pin owner --clear"));
        QVERIFY2(cleared.exitCode == 6, cleared.describe());
        QVERIFY2(cleared.errLines().size() == 1, cleared.err);

        // The owner's PIN is the one it chose.
        QCOMPARE(vault.run(words("--profile owner info"), lines({"118204"})).exitCode, 3);
        QCOMPARE(vault.run(words("--profile owner info"), lines({"559371"})).exitCode, 0);
        QCOMPARE(vault.run(words("--profile admin profile role admin owner")).exitCode, 6);

        // Both attempts are in the trail as the admin's denials; no PIN change is.
        const CliResult trail = vault.run(words("--profile admin audit list --json --limit 10000"));
        QVERIFY2(trail.exitCode == 0, trail.describe());
        int denials = 0;
        for (const auto& value : trail.json().value(QStringLiteral("entries")).toArray()) {
            const QJsonObject e = value.toObject();
            const QString summary = e.value(QStringLiteral("summary")).toString();
            QVERIFY2(!(e.value(QStringLiteral("action")).toString() == QLatin1String("profile.pin")
                       && e.value(QStringLiteral("profile")).toString() == QLatin1String("admin")),
                     qPrintable(summary));
            if (e.value(QStringLiteral("action")).toString() == QLatin1String("access.denied")
                && summary.contains(QLatin1String("attempted=profile.pin"))) {
                QCOMPARE(e.value(QStringLiteral("profile")).toString(), QStringLiteral("admin"));
                QCOMPARE(e.value(QStringLiteral("entity_uid")).toString(), ownerUid);
                ++denials;
            }
        }
        QCOMPARE(denials, 2);
        // The owner itself still changes its own PIN (it proved the current one by signing in).
        QCOMPARE(vault.run(words("profile pin owner"), lines({"559371", "663014"})).exitCode, 0);
        QCOMPARE(vault.run(words("info"), lines({"663014"})).exitCode, 0);
    }

    // A crash dump of the CLI would hold the passphrase and decrypted contacts. main() makes the process
    // non-dumpable with a core limit of 0 before it reads a secret; seen from outside while it works.
    void theRunningCliWritesNoCoreDump()
    {
        PassphraseVault vault = freshPassphraseVault();
        auto written = [&vault] {
            return QFileInfo(vault.dbPath()).size() + QFileInfo(vault.dbPath() + QStringLiteral("-wal")).size();
        };
        const qint64 before = written();
        QProcess cli;
        QVERIFY(vault.startSampleData(cli, 400000));
        // Looked at once it is writing contacts: unlocked, the key in memory, well past main()'s first line.
        QDeadlineTimer deadline(120'000);
        while (written() < before + 256 * 1024 && cli.state() == QProcess::Running && !deadline.hasExpired()) {
            QTest::qWait(20);
        }
        QVERIFY2(cli.state() == QProcess::Running, "sample-data ended before it could be looked at");
        const QString proc = QStringLiteral("/proc/%1/").arg(cli.processId());

        QFile limits(proc + QStringLiteral("limits"));
        QVERIFY(limits.open(QIODevice::ReadOnly));
        QString coreLine;
        for (const QByteArray& line : limits.readAll().split('\n')) {
            if (line.startsWith("Max core file size")) {
                coreLine = QString::fromLatin1(line).simplified();
            }
        }
        // Soft and hard limit 0 ("Max core file size 0 0 bytes"); a sanitizer build alone sets the soft one.
        QVERIFY2(coreLine == QLatin1String("Max core file size 0 0 bytes"), qPrintable(coreLine));

        // A process that is not dumpable has its /proc entries owned by root, so that other processes of the
        // same user cannot read its memory. Only visible when the test does not run as root itself.
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(proc + QStringLiteral("status")).constData(), &st), 0);
        if (::geteuid() != 0) {
            QCOMPARE(st.st_uid, uid_t(0));
            QFile environment(proc + QStringLiteral("environ"));
            QVERIFY2(!environment.open(QIODevice::ReadOnly) || environment.readAll().isEmpty(),
                     "another process of the same user reads the CLI's environment");
        }

        QCOMPARE(::kill(static_cast<pid_t>(cli.processId()), SIGKILL), 0);
        QVERIFY(cli.waitForFinished(120'000));
    }

    void untouchedAuditTrailVerifies()
    {
        Vault vault = freshVault();
        // An empty trail verifies too.
        const CliResult empty = vault.run({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(empty.exitCode == 0, empty.describe());
        QVERIFY2(empty.outText().contains(QLatin1String("0 entries, chain intact")), empty.out);

        addContact(vault, QStringLiteral("Adler"));
        addContact(vault, QStringLiteral("Berg"));
        const qsizetype entries = auditEntries(vault).size();
        QCOMPARE(entries, qsizetype(2));
        const CliResult r = vault.run({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.outText().trimmed(), QStringLiteral("2 entries, chain intact"));
        QVERIFY(r.err.isEmpty());
        const CliResult json = vault.run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, json.describe());
        const QJsonObject o = json.json();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("entries")).toInteger(), qint64(2));
        QVERIFY(o.contains(QStringLiteral("first_broken")));
        QVERIFY(o.value(QStringLiteral("first_broken")).isNull());
        QVERIFY(o.contains(QStringLiteral("problem")));
        // Verifying writes nothing.
        QCOMPARE(auditEntries(vault).size(), entries);
    }

    //! The acceptance check: each kind of tampering, done on a fresh copy of the same vault with a raw
    //! SQLCipher connection, makes `audit verify` fail and name the first broken sequence number.
    void tamperedAuditTrailIsNamed_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("row edited") << QStringLiteral("edit");
        QTest::newRow("middle row deleted") << QStringLiteral("delete");
        QTest::newRow("two rows swapped") << QStringLiteral("reorder");
        QTest::newRow("forged row appended") << QStringLiteral("forge");
        QTest::newRow("tail cut") << QStringLiteral("cut");
        QTest::newRow("untouched") << QStringLiteral("none");
    }

    void tamperedAuditTrailIsNamed()
    {
        QFETCH(QString, kind);
        if (!m_template) {
            Vault vault = freshVault();
            QCOMPARE(vault
                         .run({QStringLiteral("profile"),
                               QStringLiteral("add"),
                               QStringLiteral("rep"),
                               QStringLiteral("--role"),
                               QStringLiteral("sales-rep")})
                         .exitCode,
                     0);
            QStringList uids;
            for (const char* family : {"Adler", "Berg", "Claus", "Dorn"}) {
                uids.append(addContact(vault, QLatin1String(family)));
            }
            QCOMPARE(vault
                         .run({QStringLiteral("contact"),
                               QStringLiteral("edit"),
                               uids.at(1),
                               QStringLiteral("--title"),
                               QStringLiteral("CEO")})
                         .exitCode,
                     0);
            QCOMPARE(vault
                         .run({QStringLiteral("--profile"),
                               QStringLiteral("rep"),
                               QStringLiteral("contact"),
                               QStringLiteral("delete"),
                               uids.at(0)})
                         .exitCode,
                     6);
            QCOMPARE(
                vault.run({QStringLiteral("contact"), QStringLiteral("delete"), uids.at(2), QStringLiteral("--yes")})
                    .exitCode,
                0);
            m_templateEntries = auditEntries(vault).size();
            QCOMPARE(m_templateEntries, qint64(8));
            QCOMPARE(vault.run({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
            m_template = vault;
        }
        const qint64 n = m_templateEntries;

        Vault copy(m_dir.filePath(QString::number(++m_next)));
        QVERIFY(copyVaultFiles(m_template->dir(), copy.dir()));
        qint64 expected = 0;
        {
            auto db = openRaw(copy.dbPath(), m_template->keySpec());
            QVERIFY(db);
            // The raw connection really reads the trail.
            QCOMPARE(*db->queryInt("SELECT count(*) FROM audit_log"), n);
            if (kind == QLatin1String("edit")) {
                QVERIFY(execAll(*db, {QStringLiteral("UPDATE audit_log SET summary = 'fields=title' WHERE seq = 4")}));
                expected = 4;
            } else if (kind == QLatin1String("delete")) {
                QVERIFY(execAll(*db, {QStringLiteral("DELETE FROM audit_log WHERE seq = 4")}));
                expected = 4;
            } else if (kind == QLatin1String("reorder")) {
                // Entries 3 and 4 trade places: each keeps its content under the other's number.
                QVERIFY(execAll(*db,
                                {QStringLiteral("UPDATE audit_log SET seq = -3 WHERE seq = 3"),
                                 QStringLiteral("UPDATE audit_log SET seq = 3 WHERE seq = 4"),
                                 QStringLiteral("UPDATE audit_log SET seq = 4 WHERE seq = -3")}));
                expected = 3;
            } else if (kind == QLatin1String("forge")) {
                auto last = lastEntry(*db);
                QVERIFY(last);
                security::AuditEntry forged = *last;
                forged.seq = last->seq + 1;
                forged.atMs = last->atMs + 1000;
                forged.action = QStringLiteral("contact.delete");
                forged.entityType = QStringLiteral("contact");
                forged.entityUid = QUuid::createUuid().toString(QUuid::WithoutBraces);
                forged.summary.clear();
                forged.prevHash = last->hash;
                forged.hash = security::AuditLog::hashOf(forged);
                auto insert = db->prepare("INSERT INTO audit_log (seq, at, profile_uid, profile_name, action, "
                                          "entity_type, entity_uid, summary, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, "
                                          "?5, ?6, ?7, ?8, ?9, ?10)");
                QVERIFY(insert);
                insert->bind(1, forged.seq)
                    .bind(2, forged.atMs)
                    .bind(3, forged.profileUid)
                    .bind(4, forged.profileName)
                    .bind(5, forged.action)
                    .bind(6, forged.entityType)
                    .bind(7, forged.entityUid)
                    .bind(8, forged.summary)
                    .bind(9, forged.prevHash)
                    .bind(10, forged.hash);
                QVERIFY(insert->run());
                expected = n + 1;
            } else if (kind == QLatin1String("cut")) {
                QVERIFY(execAll(*db, {QStringLiteral("DELETE FROM audit_log WHERE seq > %1").arg(n - 2)}));
                expected = n - 1;
            }
        }

        const CliResult r = copy.run({QStringLiteral("audit"), QStringLiteral("verify")});
        const CliResult json = copy.run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
        if (kind == QLatin1String("none")) {
            QVERIFY2(r.exitCode == 0, r.describe());
            QCOMPARE(r.outText().trimmed(), QStringLiteral("%1 entries, chain intact").arg(n));
            QCOMPARE(json.json().value(QStringLiteral("ok")).toBool(), true);
            return;
        }
        QVERIFY2(r.exitCode != 0, r.describe());
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.errLines().size() == 1, r.err);
        QVERIFY2(r.errText().contains(QStringLiteral("broken at entry %1:").arg(expected)), r.err);
        QVERIFY(r.out.isEmpty());

        QCOMPARE(json.exitCode, 4);
        const QJsonObject o = json.json();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(o.value(QStringLiteral("first_broken")).toInteger(), expected);
        QVERIFY(!o.value(QStringLiteral("problem")).toString().isEmpty());
        QVERIFY2(json.errLines().size() == 1, json.err);
    }

    void auditListFilters()
    {
        Vault& vault = rolesVault();
        const QJsonArray all = auditEntries(vault);
        QVERIFY(all.size() >= 5);
        // Newest first, numbered without gaps.
        for (qsizetype i = 1; i < all.size(); ++i) {
            QCOMPARE(all.at(i).toObject().value(QStringLiteral("seq")).toInteger(),
                     all.at(i - 1).toObject().value(QStringLiteral("seq")).toInteger() - 1);
        }
        const QJsonObject first = all.at(0).toObject();
        for (const char* key : {"seq",
                                "time",
                                "profile",
                                "profile_uid",
                                "action",
                                "entity_type",
                                "entity_uid",
                                "summary",
                                "prev_hash",
                                "hash"}) {
            QVERIFY2(first.contains(QLatin1String(key)), key);
        }

        for (const auto& e : auditEntries(vault, {QStringLiteral("--action"), QStringLiteral("profile.")})) {
            QVERIFY(e.toObject().value(QStringLiteral("action")).toString().startsWith(QLatin1String("profile.")));
        }
        QCOMPARE(auditEntries(vault, {QStringLiteral("--action"), QStringLiteral("profile.create")}).size(),
                 qsizetype(4));
        const QJsonArray aboutContact = auditEntries(vault, {QStringLiteral("--entity"), m_contact.toUpper()});
        QVERIFY(!aboutContact.isEmpty());
        for (const auto& e : aboutContact) {
            QCOMPARE(e.toObject().value(QStringLiteral("entity_uid")).toString(), m_contact);
        }
        for (const auto& e : auditEntries(vault, {QStringLiteral("--profile-name"), QStringLiteral("OWNER")})) {
            QCOMPARE(e.toObject().value(QStringLiteral("profile")).toString(), QStringLiteral("owner"));
        }
        QCOMPARE(auditEntries(vault, {QStringLiteral("--since"), QStringLiteral("2000-01-01")}).size(), all.size());
        QCOMPARE(auditEntries(vault, {QStringLiteral("--until"), QStringLiteral("2000-01-01")}).size(), qsizetype(0));
        const QString newest = first.value(QStringLiteral("time")).toString();
        const QDateTime newestTime = QDateTime::fromString(newest, Qt::ISODateWithMs);
        // --since is inclusive, --until exclusive; a date alone for --until takes in the whole day.
        QCOMPARE(auditEntries(vault, {QStringLiteral("--since"), newest}).size(), qsizetype(1));
        QCOMPARE(auditEntries(vault, {QStringLiteral("--until"), newest}).size(), all.size() - 1);
        // A date alone is a local day (CLI.md "Dates and times"): counted here in UTC, so read in UTC.
        const QString zone = vault.runner().environment().value(QStringLiteral("TZ"));
        vault.runner().environment().insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        const QString day = newest.left(10);
        qsizetype sameDay = 0;
        for (const auto& e : all) {
            sameDay += e.toObject().value(QStringLiteral("time")).toString().startsWith(day) ? 1 : 0;
        }
        QCOMPARE(auditEntries(vault, {QStringLiteral("--since"), day, QStringLiteral("--until"), day}).size(), sameDay);
        if (zone.isEmpty()) {
            vault.runner().environment().remove(QStringLiteral("TZ"));
        } else {
            vault.runner().environment().insert(QStringLiteral("TZ"), zone);
        }
        // An offset is honoured: the same instant in UTC+02:00.
        const QString shifted = newestTime.toOffsetFromUtc(7200).toString(Qt::ISODateWithMs);
        QVERIFY(shifted.endsWith(QLatin1String("+02:00")));
        QCOMPARE(auditEntries(vault, {QStringLiteral("--since"), shifted}).size(), qsizetype(1));

        // Paging with --before walks the whole trail once.
        QList<qint64> seen;
        QStringList page {QStringLiteral("audit"),
                          QStringLiteral("list"),
                          QStringLiteral("--json"),
                          QStringLiteral("--limit"),
                          QStringLiteral("2")};
        for (int guard = 0; guard < 100; ++guard) {
            const CliResult r = vault.run(page);
            QVERIFY2(r.exitCode == 0, r.describe());
            const QJsonArray entries = r.json().value(QStringLiteral("entries")).toArray();
            QVERIFY(entries.size() <= 2);
            for (const auto& e : entries) {
                seen.append(e.toObject().value(QStringLiteral("seq")).toInteger());
            }
            const QJsonValue next = r.json().value(QStringLiteral("next_before"));
            if (next.isNull()) {
                break;
            }
            page = {QStringLiteral("audit"),
                    QStringLiteral("list"),
                    QStringLiteral("--json"),
                    QStringLiteral("--limit"),
                    QStringLiteral("2"),
                    QStringLiteral("--before"),
                    QString::number(next.toInteger())};
        }
        QCOMPARE(seen.size(), all.size());
        QCOMPARE(QSet<qint64>(seen.cbegin(), seen.cend()).size(), all.size());

        // Human output: a table, newest first, and the option for the next page.
        const CliResult human = vault.run(
            {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("2")});
        QVERIFY2(human.exitCode == 0, human.describe());
        QVERIFY2(human.outText().startsWith(QLatin1String("SEQ")), human.out);
        QVERIFY2(human.outText().contains(QLatin1String("--before")), human.out);
        const CliResult none = vault.run(
            {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"), QStringLiteral("no.such")});
        QVERIFY2(none.exitCode == 0, none.describe());
        QCOMPARE(none.outText().trimmed(), QStringLiteral("No audit entries."));
    }

    void auditUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("bad --since") << words("audit list --since yesterday");
        QTest::newRow("bad date") << words("audit list --until 2024-02-30");
        QTest::newRow("since after until") << words("audit list --since 2024-05-02 --until 2024-05-01");
        QTest::newRow("bad --entity") << words("audit list --entity Schmidt");
        QTest::newRow("bad --limit") << words("audit list --limit 0");
        QTest::newRow("bad --before") << words("audit list --before -3");
        QTest::newRow("export without --out") << words("audit export");
        QTest::newRow("export with a paging option") << words("audit export --out x.csv --limit 5");
        QTest::newRow("verify with an argument") << words("audit verify now");
        QTest::newRow("unknown sub-verb") << words("audit erase");
    }

    void auditUsageErrors()
    {
        QFETCH(QStringList, args);
        Vault& vault = rolesVault();
        const QByteArray before = hashOf(vault.dbPath());
        const CliResult r = vault.run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errLines().size() == 1, r.err);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.errText().contains(QLatin1String("Schmidt")));
        QCOMPARE(hashOf(vault.dbPath()), before);
    }

    void auditExportMatchesList()
    {
        Vault vault = freshVault();
        for (const char* family : {"Adler", "Berg", "Claus"}) {
            addContact(vault, QLatin1String(family));
        }
        QCOMPARE(vault
                     .run({QStringLiteral("profile"),
                           QStringLiteral("add"),
                           QStringLiteral("rep"),
                           QStringLiteral("--role"),
                           QStringLiteral("sales-rep")})
                     .exitCode,
                 0);
        const QString file = m_dir.filePath(QStringLiteral("export-%1/audit.csv").arg(m_next));
        QDir().mkpath(QFileInfo(file).absolutePath());

        const CliResult r = vault.run({QStringLiteral("audit"),
                                       QStringLiteral("export"),
                                       QStringLiteral("--out"),
                                       file,
                                       QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY(QFile::exists(file));
        QVERIFY(!QFile::exists(file + QStringLiteral(".part")));
        // Mode 0600: for the owner only.
        const QFileDevice::Permissions mode = QFileInfo(file).permissions();
        QVERIFY(!mode.testAnyFlags(QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                                   | QFileDevice::WriteOther | QFileDevice::ExeOwner));
        QVERIFY(mode.testFlag(QFileDevice::ReadOwner) && mode.testFlag(QFileDevice::WriteOwner));

        QList<QByteArray> records = csvRecords(file);
        QVERIFY(!records.isEmpty());
        QByteArray header = security::AuditService::csvHeader();
        header.chop(2); // CRLF
        QCOMPARE(records.at(0), header);
        const QJsonArray listed = auditEntries(vault);
        QCOMPARE(records.size() - 1, listed.size());
        QCOMPARE(r.json().value(QStringLiteral("entries")).toInteger(), qint64(listed.size()));
        // Oldest first; the export itself is its last row and the newest entry of the trail.
        QVERIFY(records.at(1).startsWith("1,"));
        QVERIFY2(records.constLast().contains(",audit.export,"), records.constLast());
        QCOMPARE(listed.at(0).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("audit.export"));
        QCOMPARE(auditEntries(vault, {QStringLiteral("--action"), QStringLiteral("audit.export")}).size(),
                 qsizetype(1));
        // No personal value in the trail's copy.
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(!csv.readAll().contains("Adler"));
        csv.close();

        // An existing file is not overwritten without --force, and nothing is audited for the refusal.
        const QByteArray before = hashOf(file);
        const CliResult again
            = vault.run({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"), file});
        QCOMPARE(again.exitCode, 1); // like every export and backup refusing to replace a file
        QVERIFY2(again.errLines().size() == 1, again.err);
        QVERIFY2(again.errText().contains(QLatin1String("--force")), again.err);
        QCOMPARE(hashOf(file), before);
        QVERIFY(!QFile::exists(file + QStringLiteral(".part")));
        QCOMPARE(auditEntries(vault, {QStringLiteral("--action"), QStringLiteral("audit.export")}).size(),
                 qsizetype(1));

        // With --force it is replaced, and the second export is in the trail too.
        const CliResult forced = vault.run({QStringLiteral("audit"),
                                            QStringLiteral("export"),
                                            QStringLiteral("--out"),
                                            file,
                                            QStringLiteral("--force")});
        QVERIFY2(forced.exitCode == 0, forced.describe());
        QVERIFY(hashOf(file) != before);
        QCOMPARE(csvRecords(file).size() - 1, auditEntries(vault).size());
        QCOMPARE(auditEntries(vault, {QStringLiteral("--action"), QStringLiteral("audit.export")}).size(),
                 qsizetype(2));

        // Filters apply as in audit list.
        const QString filtered = QFileInfo(file).absolutePath() + QStringLiteral("/contacts.csv");
        const CliResult some = vault.run({QStringLiteral("audit"),
                                          QStringLiteral("export"),
                                          QStringLiteral("--out"),
                                          filtered,
                                          QStringLiteral("--action"),
                                          QStringLiteral("contact.")});
        QVERIFY2(some.exitCode == 0, some.describe());
        const QList<QByteArray> contactRows = csvRecords(filtered);
        QCOMPARE(contactRows.size() - 1, qsizetype(3));
        QCOMPARE(contactRows.size() - 1,
                 auditEntries(vault, {QStringLiteral("--action"), QStringLiteral("contact.")}).size());

        // A folder that does not exist: an I/O failure, nothing left behind.
        const QString nowhere = m_dir.filePath(QStringLiteral("no-such-folder/audit.csv"));
        const CliResult failed
            = vault.run({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"), nowhere});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.errLines().size() == 1, failed.err);
        QVERIFY(!QFile::exists(nowhere + QStringLiteral(".part")));
    }

    void auditVerifyNeedsViewAudit()
    {
        // A privacy officer may view the trail; a sales rep may not (deniedForRole has that row).
        Vault& vault = rolesVault();
        const CliResult r = vault.run(
            {QStringLiteral("--profile"), QStringLiteral("po"), QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY2(r.outText().contains(QLatin1String("chain intact")), r.out);
    }

    void readOnlyProfileSeesNoSensitiveField()
    {
        // The birthday is sensitive by the registry; the owner marks the notes as special-category (Art. 9).
        Vault vault = freshVault();
        QCOMPARE(vault.run(words("profile add viewer --role read-only")).exitCode, 0);
        QCOMPARE(vault.run(words("field set contact.notes --special yes")).exitCode, 0);
        const CliResult added = vault.run({QStringLiteral("contact"),
                                           QStringLiteral("add"),
                                           QStringLiteral("--given"),
                                           QStringLiteral("Hanna"),
                                           QStringLiteral("--family"),
                                           QStringLiteral("Kranz"),
                                           QStringLiteral("--birthday"),
                                           QStringLiteral("1980-06-01"),
                                           QStringLiteral("--notes"),
                                           QStringLiteral("HIV positive"),
                                           QStringLiteral("--json")});
        QVERIFY2(added.exitCode == 0, added.describe());
        const QString uid = added.json().value(QStringLiteral("uid")).toString();
        QVERIFY(!uid.isEmpty());
        const QStringList asViewer {QStringLiteral("--profile"), QStringLiteral("viewer")};
        auto reveals = [](const CliResult& r) {
            return r.out.contains("HIV") || r.out.contains("1980-06-01") || r.err.contains("HIV");
        };

        // contact show: the values are null and named as withheld; the person is there.
        const CliResult shown = vault.run(
            asViewer + QStringList {QStringLiteral("contact"), QStringLiteral("show"), uid, QStringLiteral("--json")});
        QVERIFY2(shown.exitCode == 0, shown.describe());
        QVERIFY2(!reveals(shown), shown.out);
        const QJsonObject json = shown.json();
        QCOMPARE(json.value(QStringLiteral("family")).toString(), QStringLiteral("Kranz"));
        QVERIFY(json.value(QStringLiteral("birthday")).isNull());
        QVERIFY(json.value(QStringLiteral("notes")).isNull());
        const QJsonArray withheld = json.value(QStringLiteral("withheld")).toArray();
        QVERIFY(withheld.contains(QStringLiteral("birthday")));
        QVERIFY(withheld.contains(QStringLiteral("notes")));
        const CliResult human
            = vault.run(asViewer + QStringList {QStringLiteral("contact"), QStringLiteral("show"), uid});
        QVERIFY2(human.exitCode == 0 && !reveals(human), human.out);
        QVERIFY2(human.outText().contains(QLatin1String("View sensitive fields")), human.out);

        // contact list, and a search for a word that is only in the hidden note.
        const CliResult listed = vault.run(
            asViewer + QStringList {QStringLiteral("contact"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(listed.exitCode == 0 && !reveals(listed), listed.out);
        QCOMPARE(listed.json().value(QStringLiteral("contacts")).toArray().size(), 1);
        const QStringList searchHiv {QStringLiteral("contact"),
                                     QStringLiteral("list"),
                                     QStringLiteral("--search"),
                                     QStringLiteral("HIV"),
                                     QStringLiteral("--json")};
        const CliResult searched = vault.run(asViewer + searchHiv);
        QVERIFY2(searched.exitCode == 0, searched.describe());
        QCOMPARE(searched.json().value(QStringLiteral("contacts")).toArray().size(), 0);

        // export: not for a read-only profile (exit 6), and no file.
        const QString viewerFile = m_dir.filePath(QStringLiteral("viewer-export.csv"));
        const CliResult denied
            = vault.run(asViewer + QStringList {QStringLiteral("export"), QStringLiteral("--out"), viewerFile});
        QCOMPARE(denied.exitCode, 6);
        QVERIFY(!reveals(denied));
        QVERIFY(!QFile::exists(viewerFile));

        // The owner sees and finds everything, and exports it.
        const QJsonObject full
            = vault.run({QStringLiteral("contact"), QStringLiteral("show"), uid, QStringLiteral("--json")}).json();
        QCOMPARE(full.value(QStringLiteral("birthday")).toString(), QStringLiteral("1980-06-01"));
        QCOMPARE(full.value(QStringLiteral("notes")).toString(), QStringLiteral("HIV positive"));
        QCOMPARE(full.value(QStringLiteral("withheld")).toArray().size(), 0);
        QCOMPARE(vault.run(searchHiv).json().value(QStringLiteral("contacts")).toArray().size(), 1);
        const QString ownerFile = m_dir.filePath(QStringLiteral("owner-export.csv"));
        const CliResult exported = vault.run({QStringLiteral("export"), QStringLiteral("--out"), ownerFile});
        QVERIFY2(exported.exitCode == 0, exported.describe());
        QFile file(ownerFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.contains("HIV positive"));
        QVERIFY(csv.contains("1980-06-01"));
    }
};

QTEST_GUILESS_MAIN(TestCliSecurity)
#include "TestCliSecurity.moc"
