#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "tests/e2e/CliRunner.h"

#include <memory>

using namespace confidant::test;

namespace {

bool isUuid(const QString& text)
{
    return !QUuid::fromString(text).isNull() && text.size() == 36 && text == text.toLower();
}

QStringList uidsOf(const QJsonArray& rows)
{
    QStringList uids;
    for (const auto& row : rows) {
        uids.append(row.toObject().value(QStringLiteral("uid")).toString());
    }
    return uids;
}

QStringList values(const QJsonArray& labeled)
{
    QStringList out;
    for (const auto& item : labeled) {
        out.append(item.toObject().value(QStringLiteral("value")).toString());
    }
    return out;
}

} // namespace

//! The CLI journey of a user with a passphrase vault: create it, keep contacts and companies, page, search,
//! and get the documented exit code for every mistake (CLI.md).
class TestCliJourney : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_next = 0;
    // Shared by the rows of one data-driven test, made on its first row.
    std::unique_ptr<KeychainVault> m_shared;
    QString m_sharedUid;

    //! A fresh, initialised vault in its own folder; keychain mode unless the test is about passphrases.
    template <typename Vault = KeychainVault>
    Vault freshVault()
    {
        Vault vault(m_dir.filePath(QString::number(++m_next)));
        CliResult r;
        if (!vault.init(&r)) {
            qWarning("init failed: %s", r.describe().constData());
        }
        return vault;
    }

    template <typename Vault>
    static QString addContact(const Vault& vault, const QStringList& options)
    {
        const CliResult r = vault.run(
            QStringList {QStringLiteral("--json"), QStringLiteral("contact"), QStringLiteral("add")} + options);
        if (r.exitCode != 0) {
            qWarning("contact add failed: %s", r.describe().constData());
            return {};
        }
        return r.json().value(QStringLiteral("uid")).toString();
    }

    template <typename Vault>
    static qint64 contactCount(const Vault& vault)
    {
        const CliResult r = vault.run({QStringLiteral("info"), QStringLiteral("--json")});
        return r.exitCode == 0 ? r.json().value(QStringLiteral("contacts")).toInteger(-1) : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!CliRunner::binary().isEmpty(), "CONFIDANT_CLI must name the built confidant-cli (ctest sets it)");
        QVERIFY(QFile::exists(CliRunner::binary()));
        QVERIFY(m_dir.isValid());
    }

    void initCreatesEncryptedVault()
    {
        PassphraseVault vault(m_dir.filePath(QStringLiteral("init")));
        CliResult r;
        QVERIFY2(vault.init(&r), r.describe());
        QVERIFY(r.err.isEmpty());

        QFile db(vault.dbPath());
        QVERIFY(db.open(QIODevice::ReadOnly));
        const QByteArray head = db.read(16);
        QCOMPARE(head.size(), 16);
        QVERIFY2(!head.startsWith("SQLite format 3"), "confidant.db must be encrypted, not a plain SQLite file");
        QVERIFY(QFile::exists(QDir(vault.dir()).filePath(QStringLiteral("vault.json"))));

        const CliResult info = vault.run({QStringLiteral("info"), QStringLiteral("--json")});
        QVERIFY2(info.exitCode == 0, info.describe());
        QVERIFY(info.isJsonObject());
        const QJsonObject o = info.json();
        QVERIFY2(o.value(QStringLiteral("cipher_version")).toString().startsWith(QLatin1String("4.")), info.out);
        QVERIFY(o.value(QStringLiteral("schema_version")).toInt() >= 1);
        QCOMPARE(o.value(QStringLiteral("key_source")).toString(), QStringLiteral("passphrase"));
        QVERIFY(isUuid(o.value(QStringLiteral("uid")).toString()));
        QCOMPARE(o.value(QStringLiteral("contacts")).toInteger(-1), qint64(0));
        QCOMPARE(o.value(QStringLiteral("companies")).toInteger(-1), qint64(0));

        const CliResult human = vault.run({QStringLiteral("info")});
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.outText().contains(o.value(QStringLiteral("uid")).toString()));
        QVERIFY(human.outText().contains(o.value(QStringLiteral("cipher_version")).toString()));
    }

    void initJsonHoldsUidAndKeySource()
    {
        PassphraseVault vault(m_dir.filePath(QStringLiteral("init-json")));
        const CliResult r = vault.run({QStringLiteral("init"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY(r.isJsonObject());
        QVERIFY(isUuid(r.json().value(QStringLiteral("uid")).toString()));
        QCOMPARE(r.json().value(QStringLiteral("key_source")).toString(), QStringLiteral("passphrase"));
        QVERIFY(!r.json().contains(QStringLiteral("recovery_code")));
    }

    void initOverExistingVaultIsConflict()
    {
        auto vault = freshVault<PassphraseVault>();
        const QByteArray before = hashOf(vault.dbPath());
        const QByteArray descriptor = hashOf(QDir(vault.dir()).filePath(QStringLiteral("vault.json")));
        const CliResult r = vault.run({QStringLiteral("init")}, "another passphrase entirely");
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.errText().contains(QLatin1String("already exists")), r.err);
        QCOMPARE(hashOf(vault.dbPath()), before);
        QCOMPARE(hashOf(QDir(vault.dir()).filePath(QStringLiteral("vault.json"))), descriptor);
        QCOMPARE(vault.run({QStringLiteral("info")}).exitCode, 0);
    }

    void initWithShortPassphraseIsInvalid()
    {
        PassphraseVault vault(m_dir.filePath(QStringLiteral("short")));
        const CliResult r = vault.run({QStringLiteral("init")}, "short");
        QCOMPARE(r.exitCode, 7);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY(!QFile::exists(vault.dbPath()));
        QVERIFY(!QFile::exists(QDir(vault.dir()).filePath(QStringLiteral("vault.json"))));
    }

    // A folder nobody can create (its parent is a regular file: ENOTDIR, which root cannot bypass either).
    void initWhereNoFolderCanBeMadeFails()
    {
        const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
        {
            QFile f(blocker);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.write("not a folder\n") > 0);
        }
        const QByteArray before = hashOf(blocker);
        CliRunner cli(m_dir.filePath(QStringLiteral("blocked-run")));
        const QString target = QDir(blocker).filePath(QStringLiteral("vault"));
        const CliResult r
            = cli.run({QStringLiteral("--vault"), target, QStringLiteral("--passphrase-stdin"), QStringLiteral("init")},
                      QByteArray(PassphraseVault::kPassphrase) + '\n');
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.errText().contains(QLatin1String("Cannot create the folder")), r.err);
        QVERIFY2(r.errText().contains(QLatin1String("check its permissions")), r.err);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(hashOf(blocker), before);
        QVERIFY(!QFileInfo::exists(target));
    }

    void contactRoundTrip()
    {
        KeychainVault vault = freshVault();
        const CliResult added = vault.run({QStringLiteral("contact"),    QStringLiteral("add"),
                                           QStringLiteral("--given"),    QStringLiteral("Amélie"),
                                           QStringLiteral("--family"),   QStringLiteral("Dubois"),
                                           QStringLiteral("--email"),    QStringLiteral("amelie@example.com"),
                                           QStringLiteral("--email"),    QStringLiteral("a.dubois@example.org"),
                                           QStringLiteral("--phone"),    QStringLiteral("+33 1 23 45 67 89"),
                                           QStringLiteral("--company"),  QStringLiteral("Lumen Optics SARL"),
                                           QStringLiteral("--title"),    QStringLiteral("Buyer"),
                                           QStringLiteral("--notes"),    QStringLiteral("Met at the fair"),
                                           QStringLiteral("--tag"),      QStringLiteral("lead"),
                                           QStringLiteral("--tag"),      QStringLiteral("vip"),
                                           QStringLiteral("--street"),   QStringLiteral("Rue de la Paix 3"),
                                           QStringLiteral("--postcode"), QStringLiteral("75002"),
                                           QStringLiteral("--city"),     QStringLiteral("Paris"),
                                           QStringLiteral("--region"),   QStringLiteral("Île-de-France"),
                                           QStringLiteral("--country"),  QStringLiteral("FR")});
        QVERIFY2(added.exitCode == 0, added.describe());
        const QString uid = added.outText().trimmed();
        QVERIFY2(isUuid(uid), added.out);
        QVERIFY(added.err.isEmpty());

        const CliResult shown
            = vault.run({QStringLiteral("contact"), QStringLiteral("show"), uid, QStringLiteral("--json")});
        QVERIFY2(shown.exitCode == 0, shown.describe());
        QVERIFY(shown.isJsonObject());
        const QJsonObject c = shown.json();
        QCOMPARE(c.value(QStringLiteral("uid")).toString(), uid);
        QCOMPARE(c.value(QStringLiteral("given")).toString(), QStringLiteral("Amélie"));
        QCOMPARE(c.value(QStringLiteral("family")).toString(), QStringLiteral("Dubois"));
        QCOMPARE(values(c.value(QStringLiteral("emails")).toArray()),
                 (QStringList {QStringLiteral("amelie@example.com"), QStringLiteral("a.dubois@example.org")}));
        QCOMPARE(values(c.value(QStringLiteral("phones")).toArray()),
                 QStringList {QStringLiteral("+33 1 23 45 67 89")});
        QCOMPARE(c.value(QStringLiteral("company")).toString(), QStringLiteral("Lumen Optics SARL"));
        QVERIFY(isUuid(c.value(QStringLiteral("company_uid")).toString()));
        QCOMPARE(c.value(QStringLiteral("title")).toString(), QStringLiteral("Buyer"));
        QCOMPARE(c.value(QStringLiteral("notes")).toString(), QStringLiteral("Met at the fair"));
        QCOMPARE(c.value(QStringLiteral("street")).toString(), QStringLiteral("Rue de la Paix 3"));
        QCOMPARE(c.value(QStringLiteral("postcode")).toString(), QStringLiteral("75002"));
        QCOMPARE(c.value(QStringLiteral("city")).toString(), QStringLiteral("Paris"));
        QCOMPARE(c.value(QStringLiteral("region")).toString(), QStringLiteral("Île-de-France"));
        QCOMPARE(c.value(QStringLiteral("country")).toString(), QStringLiteral("FR"));
        QCOMPARE(c.value(QStringLiteral("tags")).toArray().toVariantList().size(), 2);
        QCOMPARE(c.value(QStringLiteral("source")).toString(), QStringLiteral("manual:cli"));

        const CliResult human = vault.run({QStringLiteral("contact"), QStringLiteral("show"), uid});
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.outText().contains(QStringLiteral("Amélie Dubois")));
        QVERIFY(human.outText().contains(QStringLiteral("amelie@example.com")));

        const CliResult listed
            = vault.run({QStringLiteral("contact"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(listed.exitCode == 0, listed.describe());
        const QJsonArray rows = listed.json().value(QStringLiteral("contacts")).toArray();
        QCOMPARE(uidsOf(rows), QStringList {uid});
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("email")).toString(), QStringLiteral("amelie@example.com"));
        QVERIFY(listed.json().value(QStringLiteral("next_cursor")).isNull());

        // Only the options given change; --email replaces the list, --clear-phones empties one.
        const CliResult edited = vault.run({QStringLiteral("contact"),
                                            QStringLiteral("edit"),
                                            uid,
                                            QStringLiteral("--family"),
                                            QStringLiteral("Dubois-Martin"),
                                            QStringLiteral("--email"),
                                            QStringLiteral("new@example.net"),
                                            QStringLiteral("--clear-phones"),
                                            QStringLiteral("--tag"),
                                            QStringLiteral("customer")});
        QVERIFY2(edited.exitCode == 0, edited.describe());
        const QJsonObject e
            = vault.run({QStringLiteral("contact"), QStringLiteral("show"), uid, QStringLiteral("--json")}).json();
        QCOMPARE(e.value(QStringLiteral("family")).toString(), QStringLiteral("Dubois-Martin"));
        QCOMPARE(e.value(QStringLiteral("given")).toString(), QStringLiteral("Amélie"));
        QCOMPARE(values(e.value(QStringLiteral("emails")).toArray()), QStringList {QStringLiteral("new@example.net")});
        QVERIFY(e.value(QStringLiteral("phones")).toArray().isEmpty());
        QCOMPARE(e.value(QStringLiteral("tags")).toArray().at(0).toString(), QStringLiteral("customer"));
        QCOMPARE(e.value(QStringLiteral("tags")).toArray().size(), 1);
        QCOMPARE(e.value(QStringLiteral("title")).toString(), QStringLiteral("Buyer"));
        QCOMPARE(e.value(QStringLiteral("company")).toString(), QStringLiteral("Lumen Optics SARL"));
        QCOMPARE(e.value(QStringLiteral("city")).toString(), QStringLiteral("Paris"));
        QCOMPARE(e.value(QStringLiteral("notes")).toString(), QStringLiteral("Met at the fair"));

        // An empty value clears a single field.
        QCOMPARE(
            vault.run({QStringLiteral("contact"), QStringLiteral("edit"), uid, QStringLiteral("--title"), QString()})
                .exitCode,
            0);
        QCOMPARE(vault.run({QStringLiteral("contact"), QStringLiteral("show"), uid, QStringLiteral("--json")})
                     .json()
                     .value(QStringLiteral("title"))
                     .toString(),
                 QString());

        // A delete is an erasure: without --yes it only shows what would go (exit 2).
        const CliResult unconfirmed = vault.run({QStringLiteral("contact"), QStringLiteral("delete"), uid});
        QCOMPARE(unconfirmed.exitCode, 2);
        QCOMPARE(contactCount(vault), qint64(1));
        const CliResult deleted
            = vault.run({QStringLiteral("contact"), QStringLiteral("delete"), uid, QStringLiteral("--yes")});
        QVERIFY2(deleted.exitCode == 0, deleted.describe());
        const CliResult gone = vault.run({QStringLiteral("contact"), QStringLiteral("show"), uid});
        QCOMPARE(gone.exitCode, 5);
        QCOMPARE(gone.errLines().size(), 1);
        QCOMPARE(contactCount(vault), qint64(0));
    }

    void companyRoundTrip()
    {
        KeychainVault vault = freshVault();
        const CliResult added = vault.run({QStringLiteral("--json"),
                                           QStringLiteral("company"),
                                           QStringLiteral("add"),
                                           QStringLiteral("--name"),
                                           QStringLiteral("Kestrel Logistics GmbH"),
                                           QStringLiteral("--domain"),
                                           QStringLiteral("kestrel.example"),
                                           QStringLiteral("--phone"),
                                           QStringLiteral("+49 30 1234567"),
                                           QStringLiteral("--notes"),
                                           QStringLiteral("Pays on time"),
                                           QStringLiteral("--street"),
                                           QStringLiteral("Hafenstraße 9"),
                                           QStringLiteral("--city"),
                                           QStringLiteral("Hamburg"),
                                           QStringLiteral("--country"),
                                           QStringLiteral("DE")});
        QVERIFY2(added.exitCode == 0, added.describe());
        QVERIFY(added.isJsonObject());
        const QString uid = added.json().value(QStringLiteral("uid")).toString();
        QVERIFY(isUuid(uid));
        QCOMPARE(added.json().keys(), QStringList {QStringLiteral("uid")});

        const QJsonObject c
            = vault.run({QStringLiteral("company"), QStringLiteral("show"), uid, QStringLiteral("--json")}).json();
        QCOMPARE(c.value(QStringLiteral("name")).toString(), QStringLiteral("Kestrel Logistics GmbH"));
        QCOMPARE(c.value(QStringLiteral("domain")).toString(), QStringLiteral("kestrel.example"));
        QCOMPARE(c.value(QStringLiteral("phone")).toString(), QStringLiteral("+49 30 1234567"));
        QCOMPARE(c.value(QStringLiteral("street")).toString(), QStringLiteral("Hafenstraße 9"));
        QCOMPARE(c.value(QStringLiteral("city")).toString(), QStringLiteral("Hamburg"));
        QCOMPARE(c.value(QStringLiteral("source")).toString(), QStringLiteral("manual:cli"));

        // A contact joins it by name; the list counts it.
        const QString contact = addContact(vault,
                                           {QStringLiteral("--given"),
                                            QStringLiteral("Jonas"),
                                            QStringLiteral("--family"),
                                            QStringLiteral("Weber"),
                                            QStringLiteral("--company"),
                                            QStringLiteral("kestrel logistics gmbh")});
        QVERIFY(isUuid(contact));
        const CliResult listed
            = vault.run({QStringLiteral("company"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(listed.exitCode == 0, listed.describe());
        const QJsonArray rows = listed.json().value(QStringLiteral("companies")).toArray();
        QCOMPARE(uidsOf(rows), QStringList {uid});
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("contacts")).toInteger(), qint64(1));
        QVERIFY(listed.json().value(QStringLiteral("next_cursor")).isNull());

        const CliResult edited = vault.run({QStringLiteral("company"),
                                            QStringLiteral("edit"),
                                            uid,
                                            QStringLiteral("--name"),
                                            QStringLiteral("Kestrel Freight GmbH"),
                                            QStringLiteral("--city"),
                                            QStringLiteral("Bremen")});
        QVERIFY2(edited.exitCode == 0, edited.describe());
        const QJsonObject e
            = vault.run({QStringLiteral("company"), QStringLiteral("show"), uid, QStringLiteral("--json")}).json();
        QCOMPARE(e.value(QStringLiteral("name")).toString(), QStringLiteral("Kestrel Freight GmbH"));
        QCOMPARE(e.value(QStringLiteral("city")).toString(), QStringLiteral("Bremen"));
        QCOMPARE(e.value(QStringLiteral("domain")).toString(), QStringLiteral("kestrel.example"));
        QCOMPARE(e.value(QStringLiteral("notes")).toString(), QStringLiteral("Pays on time"));
        QCOMPARE(vault.run({QStringLiteral("contact"), QStringLiteral("show"), contact, QStringLiteral("--json")})
                     .json()
                     .value(QStringLiteral("company"))
                     .toString(),
                 QStringLiteral("Kestrel Freight GmbH"));

        const CliResult deleted = vault.run({QStringLiteral("company"), QStringLiteral("delete"), uid});
        QVERIFY2(deleted.exitCode == 0, deleted.describe());
        QCOMPARE(vault.run({QStringLiteral("company"), QStringLiteral("show"), uid}).exitCode, 5);
        // Its contact stays, without a company.
        const CliResult kept
            = vault.run({QStringLiteral("contact"), QStringLiteral("show"), contact, QStringLiteral("--json")});
        QCOMPARE(kept.exitCode, 0);
        QCOMPARE(kept.json().value(QStringLiteral("company")).toString(), QString());
        QVERIFY(kept.json().value(QStringLiteral("company_uid")).isNull());
    }

    void pagingVisitsEveryContactOnce_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("by family name") << QStringList {};
        QTest::newRow("by given name") << QStringList {QStringLiteral("--sort"), QStringLiteral("given")};
        QTest::newRow("recently updated") << QStringList {QStringLiteral("--sort"), QStringLiteral("updated")};
    }

    void pagingVisitsEveryContactOnce()
    {
        QFETCH(QStringList, options);
        KeychainVault vault = freshVault();
        const CliResult sample = vault.run({QStringLiteral("sample-data"),
                                            QStringLiteral("--contacts"),
                                            QStringLiteral("53"),
                                            QStringLiteral("--seed"),
                                            QStringLiteral("7")});
        QVERIFY2(sample.exitCode == 0, sample.describe());
        // Two contacts with the same name as a sample one, so ties in the sort key are crossed too.
        QVERIFY(!addContact(vault,
                            {QStringLiteral("--given"),
                             QStringLiteral("Anna"),
                             QStringLiteral("--family"),
                             QStringLiteral("Müller")})
                     .isEmpty());
        QVERIFY(!addContact(vault,
                            {QStringLiteral("--given"),
                             QStringLiteral("Anna"),
                             QStringLiteral("--family"),
                             QStringLiteral("Müller")})
                     .isEmpty());
        const qint64 total = contactCount(vault);
        QCOMPARE(total, qint64(55));

        QStringList seen;
        QString cursor;
        int pages = 0;
        do {
            QStringList args {QStringLiteral("contact"),
                              QStringLiteral("list"),
                              QStringLiteral("--json"),
                              QStringLiteral("--limit"),
                              QStringLiteral("10")};
            args += options;
            if (!cursor.isEmpty()) {
                args += {QStringLiteral("--after"), cursor};
            }
            const CliResult page = vault.run(args);
            QVERIFY2(page.exitCode == 0, page.describe());
            QVERIFY(page.isJsonObject());
            const QJsonArray rows = page.json().value(QStringLiteral("contacts")).toArray();
            QVERIFY(rows.size() <= 10);
            seen += uidsOf(rows);
            const QJsonValue next = page.json().value(QStringLiteral("next_cursor"));
            cursor = next.isNull() ? QString() : next.toString();
            QVERIFY(++pages <= 6);
        } while (!cursor.isEmpty());
        QCOMPARE(pages, 6);
        QCOMPARE(seen.size(), qsizetype(total));
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), qsizetype(total));
    }

    void humanListPrintsNextCursor()
    {
        KeychainVault vault = freshVault();
        for (const char* family : {"Adler", "Berg", "Conrad"}) {
            QVERIFY(!addContact(vault, {QStringLiteral("--family"), QLatin1String(family)}).isEmpty());
        }
        const CliResult first = vault.run(
            {QStringLiteral("contact"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("2")});
        QVERIFY2(first.exitCode == 0, first.describe());
        QVERIFY(first.outText().contains(QStringLiteral("Adler")));
        QVERIFY(!first.outText().contains(QStringLiteral("Conrad")));
        const QRegularExpression next(QStringLiteral("--after (\\S+)\\s*$"));
        const auto match = next.match(first.outText());
        QVERIFY2(match.hasMatch(), first.out);
        const CliResult second = vault.run({QStringLiteral("contact"),
                                            QStringLiteral("list"),
                                            QStringLiteral("--limit"),
                                            QStringLiteral("2"),
                                            QStringLiteral("--after"),
                                            match.captured(1)});
        QVERIFY2(second.exitCode == 0, second.describe());
        QVERIFY(second.outText().contains(QStringLiteral("Conrad")));
        QVERIFY(!second.outText().contains(QStringLiteral("Adler")));
        QVERIFY(!second.outText().contains(QStringLiteral("--after")));
    }

    void listSearchAndCompanyPaging()
    {
        KeychainVault vault = freshVault();
        QVERIFY(vault.run({QStringLiteral("sample-data"), QStringLiteral("--contacts"), QStringLiteral("75")}).exitCode
                == 0);
        // 75 contacts make 3 companies; page through them one at a time.
        QStringList seen;
        QString cursor;
        do {
            QStringList args {QStringLiteral("company"),
                              QStringLiteral("list"),
                              QStringLiteral("--json"),
                              QStringLiteral("--limit"),
                              QStringLiteral("1")};
            if (!cursor.isEmpty()) {
                args += {QStringLiteral("--after"), cursor};
            }
            const CliResult page = vault.run(args);
            QVERIFY2(page.exitCode == 0, page.describe());
            seen += uidsOf(page.json().value(QStringLiteral("companies")).toArray());
            const QJsonValue next = page.json().value(QStringLiteral("next_cursor"));
            cursor = next.isNull() ? QString() : next.toString();
            QVERIFY(seen.size() <= 3);
        } while (!cursor.isEmpty());
        QCOMPARE(seen.size(), 3);

        QVERIFY(!addContact(vault,
                            {QStringLiteral("--given"),
                             QStringLiteral("Quirinus"),
                             QStringLiteral("--family"),
                             QStringLiteral("Zwackelmann")})
                     .isEmpty());
        const CliResult found = vault.run({QStringLiteral("contact"),
                                           QStringLiteral("list"),
                                           QStringLiteral("--json"),
                                           QStringLiteral("--search"),
                                           QStringLiteral("zwack")});
        QVERIFY2(found.exitCode == 0, found.describe());
        QCOMPARE(found.json().value(QStringLiteral("contacts")).toArray().size(), 1);
    }

    void foreignCursorIsUsageError()
    {
        KeychainVault vault = freshVault();
        for (const char* family : {"Adler", "Berg"}) {
            QVERIFY(!addContact(vault, {QStringLiteral("--family"), QLatin1String(family)}).isEmpty());
        }
        const CliResult first = vault.run({QStringLiteral("contact"),
                                           QStringLiteral("list"),
                                           QStringLiteral("--json"),
                                           QStringLiteral("--limit"),
                                           QStringLiteral("1")});
        const QString cursor = first.json().value(QStringLiteral("next_cursor")).toString();
        QVERIFY2(!cursor.isEmpty(), first.out);
        // A family-name cursor used for another order, and text that is no cursor at all.
        for (const QStringList& args :
             {QStringList {QStringLiteral("--sort"), QStringLiteral("updated"), QStringLiteral("--after"), cursor},
              QStringList {QStringLiteral("--after"), QStringLiteral("not-a-cursor")}}) {
            const CliResult r = vault.run(QStringList {QStringLiteral("contact"), QStringLiteral("list")} + args);
            QCOMPARE(r.exitCode, 2);
            QCOMPARE(r.errLines().size(), 1);
        }
    }

    void searchFinds_data()
    {
        m_shared.reset(); // the rows share one vault, made on the first row
        QTest::addColumn<QString>("query");
        QTest::newRow("given name prefix") << QStringLiteral("Quiri");
        QTest::newRow("family name prefix") << QStringLiteral("zwackel");
        QTest::newRow("email prefix") << QStringLiteral("xylo");
        QTest::newRow("email with domain") << QStringLiteral("xylophon@fjord");
        QTest::newRow("phone digits") << QStringLiteral("4420794");
        QTest::newRow("phone group") << QStringLiteral("7946");
        QTest::newRow("company") << QStringLiteral("Brückenbau");
        QTest::newRow("notes") << QStringLiteral("trampoline");
        QTest::newRow("two words") << QStringLiteral("quirinus zwack");
    }

    void searchFinds()
    {
        QFETCH(QString, query);
        if (!m_shared) {
            m_shared = std::make_unique<KeychainVault>(freshVault());
            m_sharedUid = addContact(*m_shared,
                                     {QStringLiteral("--given"),
                                      QStringLiteral("Quirinus"),
                                      QStringLiteral("--family"),
                                      QStringLiteral("Zwackelmann"),
                                      QStringLiteral("--email"),
                                      QStringLiteral("xylophon@fjordmail.example"),
                                      QStringLiteral("--phone"),
                                      QStringLiteral("+44 20 7946 0958"),
                                      QStringLiteral("--company"),
                                      QStringLiteral("Brückenbau Nord"),
                                      QStringLiteral("--notes"),
                                      QStringLiteral("Asked about the trampoline order")});
            QVERIFY(!addContact(*m_shared,
                                {QStringLiteral("--given"),
                                 QStringLiteral("Berta"),
                                 QStringLiteral("--family"),
                                 QStringLiteral("Other")})
                         .isEmpty());
        }
        const QString uid = m_sharedUid;
        QVERIFY(isUuid(uid));
        const CliResult r = m_shared->run({QStringLiteral("search"), query, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY(r.isJsonObject());
        QStringList contacts;
        for (const auto& hit : r.json().value(QStringLiteral("hits")).toArray()) {
            if (hit.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("contact")) {
                contacts.append(hit.toObject().value(QStringLiteral("uid")).toString());
            }
        }
        QCOMPARE(contacts, QStringList {uid});

        const CliResult human = m_shared->run({QStringLiteral("search"), query});
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.outText().contains(uid));
    }

    void searchLimitsAndMisses()
    {
        KeychainVault vault = freshVault();
        QVERIFY(vault.run({QStringLiteral("sample-data"), QStringLiteral("--contacts"), QStringLiteral("40")}).exitCode
                == 0);
        const CliResult limited = vault.run({QStringLiteral("search"),
                                             QStringLiteral("example"),
                                             QStringLiteral("--limit"),
                                             QStringLiteral("3"),
                                             QStringLiteral("--json")});
        QVERIFY2(limited.exitCode == 0, limited.describe());
        QCOMPARE(limited.json().value(QStringLiteral("hits")).toArray().size(), 3);
        const CliResult none
            = vault.run({QStringLiteral("search"), QStringLiteral("qqqqqqq"), QStringLiteral("--json")});
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.json().value(QStringLiteral("hits")).toArray().isEmpty());
    }

    void invalidValueWritesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("email") << QStringList {QStringLiteral("contact"),
                                               QStringLiteral("add"),
                                               QStringLiteral("--given"),
                                               QStringLiteral("Ann"),
                                               QStringLiteral("--email"),
                                               QStringLiteral("not-an-email")};
        QTest::newRow("second email") << QStringList {QStringLiteral("contact"),
                                                      QStringLiteral("add"),
                                                      QStringLiteral("--given"),
                                                      QStringLiteral("Ann"),
                                                      QStringLiteral("--email"),
                                                      QStringLiteral("ann@example.com"),
                                                      QStringLiteral("--email"),
                                                      QStringLiteral("ann@")};
        QTest::newRow("phone") << QStringList {QStringLiteral("contact"),
                                               QStringLiteral("add"),
                                               QStringLiteral("--given"),
                                               QStringLiteral("Ann"),
                                               QStringLiteral("--phone"),
                                               QStringLiteral("call me")};
        QTest::newRow("empty names") << QStringList {
            QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--given"), QString()};
        QTest::newRow("company domain") << QStringList {QStringLiteral("company"),
                                                        QStringLiteral("add"),
                                                        QStringLiteral("--name"),
                                                        QStringLiteral("X"),
                                                        QStringLiteral("--domain"),
                                                        QStringLiteral("not a domain")};
        QTest::newRow("company name") << QStringList {
            QStringLiteral("company"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("  ")};
    }

    void invalidValueWritesNothing()
    {
        QFETCH(QStringList, args);
        KeychainVault vault = freshVault();
        const QString uid = addContact(vault,
                                       {QStringLiteral("--given"),
                                        QStringLiteral("Keep"),
                                        QStringLiteral("--email"),
                                        QStringLiteral("keep@example.com")});
        QVERIFY(isUuid(uid));
        const QByteArray before = hashOf(vault.dbPath());
        const CliResult r = vault.run(args);
        QVERIFY2(r.exitCode == 7, r.describe());
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(hashOf(vault.dbPath()), before);
        QCOMPARE(contactCount(vault), qint64(1));

        // Editing with a bad value changes nothing either.
        const CliResult edit = vault.run({QStringLiteral("contact"),
                                          QStringLiteral("edit"),
                                          uid,
                                          QStringLiteral("--email"),
                                          QStringLiteral("broken@")});
        QCOMPARE(edit.exitCode, 7);
        QCOMPARE(values(vault.run({QStringLiteral("contact"), QStringLiteral("show"), uid, QStringLiteral("--json")})
                            .json()
                            .value(QStringLiteral("emails"))
                            .toArray()),
                 QStringList {QStringLiteral("keep@example.com")});
    }

    void unknownUidIsNotFound_data()
    {
        m_shared.reset(); // the rows share one vault, made on the first row
        QTest::addColumn<QStringList>("args");
        const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QTest::newRow("contact show") << QStringList {QStringLiteral("contact"), QStringLiteral("show"), uid};
        QTest::newRow("contact edit") << QStringList {
            QStringLiteral("contact"), QStringLiteral("edit"), uid, QStringLiteral("--given"), QStringLiteral("X")};
        QTest::newRow("contact delete") << QStringList {QStringLiteral("contact"), QStringLiteral("delete"), uid};
        QTest::newRow("company show") << QStringList {QStringLiteral("company"), QStringLiteral("show"), uid};
        QTest::newRow("company edit") << QStringList {
            QStringLiteral("company"), QStringLiteral("edit"), uid, QStringLiteral("--name"), QStringLiteral("X")};
        QTest::newRow("company delete") << QStringList {QStringLiteral("company"), QStringLiteral("delete"), uid};
        QTest::newRow("upper-case uid") << QStringList {
            QStringLiteral("contact"), QStringLiteral("show"), uid.toUpper()};
    }

    void unknownUidIsNotFound()
    {
        QFETCH(QStringList, args);
        if (!m_shared) {
            m_shared = std::make_unique<KeychainVault>(freshVault());
        }
        KeychainVault* vault = m_shared.get();
        const CliResult r = vault->run(args);
        QCOMPARE(r.exitCode, 5);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY(r.out.isEmpty());
    }

    void usageErrors_data()
    {
        m_shared.reset(); // the rows share one vault, made on the first row
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        auto row = [](const char* name, const QStringList& args, const QString& expected = {}) {
            QTest::newRow(name) << args << expected;
        };
        row("no command", {});
        row("unknown verb", {QStringLiteral("frobnicate")}, QStringLiteral("Unknown command"));
        row("unknown sub-verb", {QStringLiteral("contact"), QStringLiteral("merge")});
        row("missing sub-verb", {QStringLiteral("contact")});
        row("unknown option", {QStringLiteral("info"), QStringLiteral("--bogus")}, QStringLiteral("--bogus"));
        row("unknown short option", {QStringLiteral("info"), QStringLiteral("-x")});
        row("option of another verb", {QStringLiteral("info"), QStringLiteral("--given"), QStringLiteral("X")});
        row("missing option value", {QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--given")});
        row("missing --vault value", {QStringLiteral("info"), QStringLiteral("--vault")});
        row("missing argument", {QStringLiteral("contact"), QStringLiteral("show")});
        row("stray argument",
            {QStringLiteral("contact"),
             QStringLiteral("add"),
             QStringLiteral("--given"),
             QStringLiteral("A"),
             QStringLiteral("B")});
        row("missing names",
            {QStringLiteral("contact"),
             QStringLiteral("add"),
             QStringLiteral("--email"),
             QStringLiteral("a@example.com")});
        row("missing company name", {QStringLiteral("company"), QStringLiteral("add")});
        row("nothing to edit",
            {QStringLiteral("contact"), QStringLiteral("edit"), QUuid::createUuid().toString(QUuid::WithoutBraces)});
        row("contradicting edit",
            {QStringLiteral("contact"),
             QStringLiteral("edit"),
             QUuid::createUuid().toString(QUuid::WithoutBraces),
             QStringLiteral("--email"),
             QStringLiteral("a@example.com"),
             QStringLiteral("--clear-emails")});
        row("not a uid", {QStringLiteral("contact"), QStringLiteral("show"), QStringLiteral("Anna Schmidt")});
        row("value given twice",
            {QStringLiteral("contact"),
             QStringLiteral("add"),
             QStringLiteral("--given"),
             QStringLiteral("A"),
             QStringLiteral("--given"),
             QStringLiteral("B")});
        row("bad limit",
            {QStringLiteral("contact"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("ten")});
        row("zero limit",
            {QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--limit"), QStringLiteral("0")});
        row("bad sort",
            {QStringLiteral("contact"), QStringLiteral("list"), QStringLiteral("--sort"), QStringLiteral("email")});
        row("sample-data without count", {QStringLiteral("sample-data")});
        row("too many sample contacts",
            {QStringLiteral("sample-data"), QStringLiteral("--contacts"), QStringLiteral("20000000")});
        row("search without query", {QStringLiteral("search")});
        row("flag with value", {QStringLiteral("info"), QStringLiteral("--json=yes")});
        row("restore without file", {QStringLiteral("restore")});
        row("lock is for the GUI", {QStringLiteral("lock")});
        row("export without --out", {QStringLiteral("export")});
        row("export as json",
            {QStringLiteral("export"),
             QStringLiteral("--format"),
             QStringLiteral("json"),
             QStringLiteral("--out"),
             QStringLiteral("x.json")});
        row("import without file", {QStringLiteral("import")});
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        if (!m_shared) {
            m_shared = std::make_unique<KeychainVault>(freshVault());
        }
        KeychainVault* vault = m_shared.get();
        const QByteArray before = hashOf(vault->dbPath());
        const CliResult r = vault->run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errLines().size() == 1, r.err);
        QVERIFY(r.out.isEmpty());
        if (!expected.isEmpty()) {
            QVERIFY2(r.errText().contains(expected), r.err);
        }
        // A personal value typed in the wrong place is never echoed.
        QVERIFY2(!r.errText().contains(QLatin1String("Anna Schmidt")), r.err);
        QCOMPARE(hashOf(vault->dbPath()), before);
    }

    void helpForEveryCommand_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("top level") << QStringList {QStringLiteral("--help")};
        QTest::newRow("-h") << QStringList {QStringLiteral("-h")};
        for (const char* command :
             {"init",         "info",           "sample-data",  "search",         "contact", "contact add",
              "contact show", "contact list",   "contact edit", "contact delete", "company", "company add",
              "company show", "company list",   "company edit", "company delete", "profile", "profile add",
              "profile list", "profile remove", "profile role", "profile pin",    "audit",   "audit verify",
              "audit list",   "audit export"}) {
            QStringList words = QString::fromLatin1(command).split(QLatin1Char(' '));
            QTest::newRow(command) << words + QStringList {QStringLiteral("--help")};
            QTest::newRow(qPrintable(QStringLiteral("--help before %1").arg(QLatin1String(command))))
                << QStringList {QStringLiteral("--help")} + words;
        }
        QTest::newRow("help despite a bad option") << QStringList {
            QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--bogus"), QStringLiteral("--help")};
    }

    void helpForEveryCommand()
    {
        QFETCH(QStringList, args);
        // No vault at all: help needs none.
        CliRunner cli(m_dir.filePath(QStringLiteral("help")));
        const CliResult r = cli.run(args);
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY2(r.outText().startsWith(QLatin1String("Usage: confidant-cli")), r.out);
        QVERIFY(r.err.isEmpty());
        const QString words = args.filter(QRegularExpression(QStringLiteral("^[a-z]"))).join(QLatin1Char(' '));
        QVERIFY2(r.outText().section(QLatin1Char('\n'), 0, 0).contains(words), r.out);
        QVERIFY(!QDir(cli.path(QStringLiteral("data/confidant"))).exists());
    }

    void versionPrintsVersion()
    {
        CliRunner cli(m_dir.filePath(QStringLiteral("version")));
        const CliResult r = cli.run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().startsWith(QLatin1String("confidant-cli ")));
        const CliResult json = cli.run({QStringLiteral("--version"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(!json.json().value(QStringLiteral("version")).toString().isEmpty());
    }

    void globalOptionsGoBeforeOrAfterTheVerb()
    {
        auto vault = freshVault<PassphraseVault>();
        CliRunner& cli = vault.runner();
        const QByteArray input = QByteArray(PassphraseVault::kPassphrase) + '\n';
        const CliResult after = cli.run({QStringLiteral("info"),
                                         QStringLiteral("--json"),
                                         QStringLiteral("--vault"),
                                         vault.dir(),
                                         QStringLiteral("--passphrase-stdin")},
                                        input);
        QVERIFY2(after.exitCode == 0, after.describe());
        const CliResult mixed = cli.run({QStringLiteral("--json"),
                                         QStringLiteral("contact"),
                                         QStringLiteral("--vault=") + vault.dir(),
                                         QStringLiteral("list"),
                                         QStringLiteral("--passphrase-stdin"),
                                         QStringLiteral("--limit=5")},
                                        input);
        QVERIFY2(mixed.exitCode == 0, mixed.describe());
        QVERIFY(mixed.json().contains(QStringLiteral("contacts")));
        // CRLF line ends are accepted.
        const CliResult crlf = vault.run({QStringLiteral("info")}, QByteArray(PassphraseVault::kPassphrase) + '\r');
        QVERIFY2(crlf.exitCode == 0, crlf.describe());
    }

    void defaultVaultIsTheGuisVault()
    {
        CliRunner cli(m_dir.filePath(QStringLiteral("default")));
        const QByteArray input = QByteArray(PassphraseVault::kPassphrase) + '\n';
        const CliResult r = cli.run({QStringLiteral("--passphrase-stdin"), QStringLiteral("init")}, input);
        QVERIFY2(r.exitCode == 0, r.describe());
        // XDG_DATA_HOME/confidant/vault: QStandardPaths::AppDataLocation of the application "confidant".
        QVERIFY(QFile::exists(cli.path(QStringLiteral("data/confidant/vault/confidant.db"))));
        QCOMPARE(cli.run({QStringLiteral("--passphrase-stdin"), QStringLiteral("info")}, input).exitCode, 0);
    }

    void profileIsOwnerOrNotFound()
    {
        KeychainVault vault = freshVault();
        QCOMPARE(vault.run({QStringLiteral("--profile"), QStringLiteral("owner"), QStringLiteral("info")}).exitCode, 0);
        const CliResult other
            = vault.run({QStringLiteral("info"), QStringLiteral("--profile"), QStringLiteral("sales")});
        QCOMPARE(other.exitCode, 5);
        QCOMPARE(other.errLines().size(), 1);
        QVERIFY(other.errText().contains(QLatin1String("profile")));
    }

    void sampleDataIsDeterministic()
    {
        auto names = [this](const QString& seed) {
            KeychainVault vault = freshVault();
            const CliResult r = vault.run({QStringLiteral("sample-data"),
                                           QStringLiteral("--contacts"),
                                           QStringLiteral("20"),
                                           QStringLiteral("--seed"),
                                           seed,
                                           QStringLiteral("--json")});
            if (r.exitCode != 0 || r.json().value(QStringLiteral("contacts")).toInteger() != 20) {
                qWarning("sample-data failed: %s", r.describe().constData());
                return QStringList();
            }
            QStringList out;
            const QJsonArray rows
                = vault.run({QStringLiteral("contact"), QStringLiteral("list"), QStringLiteral("--json")})
                      .json()
                      .value(QStringLiteral("contacts"))
                      .toArray();
            for (const auto& row : rows) {
                const QJsonObject o = row.toObject();
                out.append(o.value(QStringLiteral("given")).toString() + QLatin1Char(' ')
                           + o.value(QStringLiteral("family")).toString() + QLatin1Char(' ')
                           + o.value(QStringLiteral("email")).toString());
            }
            return out;
        };
        const QStringList first = names(QStringLiteral("5"));
        QCOMPARE(first.size(), 20);
        QCOMPARE(names(QStringLiteral("5")), first);
        QVERIFY(names(QStringLiteral("6")) != first);
    }
};

QTEST_GUILESS_MAIN(TestCliJourney)
#include "TestCliJourney.moc"
