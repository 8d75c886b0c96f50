#include "core/storage/KeyStore.h"
#include "core/storage/RecoveryCode.h"
#include "core/storage/SecretBuffer.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "tests/e2e/CliRunner.h"

using namespace confidant;
using namespace confidant::test;

namespace {

// 14 groups of 4 Crockford base32 characters (RecoveryCode.h).
const QRegularExpression kCodeLine(QStringLiteral("^[0-9A-Z]{4}(-[0-9A-Z]{4}){13}$"),
                                   QRegularExpression::MultilineOption);

storage::SecretBuffer secretOf(const QString& text)
{
    const QByteArray bytes = text.toLatin1();
    return storage::SecretBuffer(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

} // namespace

//! Keychain mode end to end, against the real Secret Service that tests/support/with-keyring.sh starts:
//! the recovery code is shown once, the key lives in the keychain, and the code brings a lost key back.
class TestCliKeychain : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_next = 0;
    // The same service name the CLI uses (DESIGN.md: service "Confidant", key = vault uid).
    storage::QtKeychainStore m_keychain {QStringLiteral("Confidant")};

    struct KeychainVault
    {
        QString dir;
        QString uid;
        QString code;
    };

    KeychainVault createVault(CliRunner& cli)
    {
        KeychainVault v;
        v.dir = cli.path(QStringLiteral("data/vault-%1").arg(++m_next));
        const CliResult r = cli.run({QStringLiteral("--vault"), v.dir, QStringLiteral("init")});
        if (r.exitCode != 0) {
            qWarning("init failed: %s", r.describe().constData());
            return v;
        }
        const auto match = kCodeLine.match(r.outText());
        v.code = match.hasMatch() ? match.captured(0) : QString();
        const CliResult info
            = cli.run({QStringLiteral("--vault"), v.dir, QStringLiteral("info"), QStringLiteral("--json")});
        v.uid = info.json().value(QStringLiteral("uid")).toString();
        return v;
    }

    CliRunner runner()
    {
        return CliRunner(m_dir.filePath(QStringLiteral("run-%1").arg(++m_next)));
    }

    //! A child environment without any Secret Service: no session bus to find, none to autolaunch.
    void withoutSecretService(CliRunner& cli)
    {
        auto& env = cli.environment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("GNOME_KEYRING_CONTROL"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        const QString runtime = cli.path(QStringLiteral("runtime"));
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(CliRunner::binary()), "CONFIDANT_CLI must name the built confidant-cli (ctest sets it)");
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run under tests/support/with-keyring.sh (ctest does this)");
    }

    void initShowsRecoveryCodeOnceAndKeepsKeyInKeychain()
    {
        CliRunner cli = runner();
        const QString dir = cli.path(QStringLiteral("data/vault"));
        const CliResult r = cli.run({QStringLiteral("--vault"), dir, QStringLiteral("init")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY(r.err.isEmpty());
        const auto match = kCodeLine.match(r.outText());
        QVERIFY2(match.hasMatch(), r.out);
        const QString code = match.captured(0);
        QCOMPARE(r.outText().count(code), 1);
        QVERIFY2(r.outText().contains(QLatin1String("write it down"), Qt::CaseInsensitive)
                     || r.outText().contains(QLatin1String("write down"), Qt::CaseInsensitive),
                 r.out);

        // Opens with no stdin at all: the key comes from the keychain.
        const CliResult info
            = cli.run({QStringLiteral("--vault"), dir, QStringLiteral("info"), QStringLiteral("--json")});
        QVERIFY2(info.exitCode == 0, info.describe());
        QCOMPARE(info.json().value(QStringLiteral("key_source")).toString(), QStringLiteral("keychain"));
        QVERIFY(!info.outText().contains(code));
        const QString uid = info.json().value(QStringLiteral("uid")).toString();

        // The keychain holds the raw key the recovery code spells out.
        auto stored = m_keychain.read(uid);
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message));
        auto parsed = storage::RecoveryCode::parse(secretOf(code));
        QVERIFY(parsed.ok());
        QVERIFY(parsed->equals(*stored));

        // Neither the code nor the key is written next to the vault.
        QFile descriptor(QDir(dir).filePath(QStringLiteral("vault.json")));
        QVERIFY(descriptor.open(QIODevice::ReadOnly));
        const QByteArray json = descriptor.readAll();
        QVERIFY(!json.contains(code.toLatin1()));
        QVERIFY(!json.contains(QByteArray(parsed->toHex().data(), static_cast<qsizetype>(parsed->size() * 2))));
    }

    void initJsonHoldsRecoveryCode()
    {
        CliRunner cli = runner();
        const CliResult r = cli.run({QStringLiteral("--json"),
                                     QStringLiteral("--vault"),
                                     cli.path(QStringLiteral("v")),
                                     QStringLiteral("init")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY2(r.isJsonObject(), r.out);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("key_source")).toString(), QStringLiteral("keychain"));
        QVERIFY(!o.value(QStringLiteral("uid")).toString().isEmpty());
        QVERIFY2(kCodeLine.match(o.value(QStringLiteral("recovery_code")).toString()).hasMatch(), r.out);
    }

    void recoveryCodeBringsBackALostKey()
    {
        CliRunner cli = runner();
        const KeychainVault v = createVault(cli);
        const KeychainVault other = createVault(cli);
        QVERIFY(!v.uid.isEmpty() && !v.code.isEmpty() && !other.code.isEmpty());
        const QString db = QDir(v.dir).filePath(QStringLiteral("confidant.db"));
        const QByteArray before = hashOf(db);

        // The keychain entry is lost (new computer, wiped keyring).
        QVERIFY(m_keychain.remove(v.uid).ok());
        QCOMPARE(m_keychain.read(v.uid).error().kind, ErrorKind::NotFound);
        const CliResult locked = cli.run({QStringLiteral("--vault"), v.dir, QStringLiteral("info")});
        QCOMPARE(locked.exitCode, 3);
        QVERIFY2(locked.errLines().size() == 1, locked.err);
        QVERIFY2(locked.errText().contains(QLatin1String("recovery code")), locked.err);

        // A typo in the code, and the code of another vault, do not open it.
        QString typo = v.code;
        typo[0] = typo[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        for (const QString& wrong : {typo, other.code}) {
            const CliResult r = cli.run(
                {QStringLiteral("--vault"), v.dir, QStringLiteral("--passphrase-stdin"), QStringLiteral("info")},
                wrong.toLatin1() + '\n');
            QCOMPARE(r.exitCode, 3);
            QVERIFY2(r.errLines().size() == 1, r.err);
            QVERIFY(!r.errText().contains(wrong));
            QVERIFY(!m_keychain.read(v.uid).ok());
        }
        QCOMPARE(hashOf(db), before);

        // The right code (typed in lower case) opens it and puts the key back.
        const CliResult recovered = cli.run({QStringLiteral("--vault"),
                                             v.dir,
                                             QStringLiteral("--passphrase-stdin"),
                                             QStringLiteral("info"),
                                             QStringLiteral("--json")},
                                            v.code.toLower().toLatin1() + "\r\n");
        QVERIFY2(recovered.exitCode == 0, recovered.describe());
        QCOMPARE(recovered.json().value(QStringLiteral("uid")).toString(), v.uid);
        QVERIFY2(recovered.errLines().size() == 1 && recovered.errText().contains(QLatin1String("keychain")),
                 recovered.err);
        QVERIFY(m_keychain.read(v.uid).ok());

        const CliResult again = cli.run({QStringLiteral("--vault"), v.dir, QStringLiteral("info")});
        QVERIFY2(again.exitCode == 0, again.describe());
        QVERIFY(again.err.isEmpty());
    }

    void noSecretServiceSuggestsPassphraseAndLeavesNothing()
    {
        CliRunner cli = runner();
        withoutSecretService(cli);
        const QString dir = cli.path(QStringLiteral("data/vault"));
        const CliResult r = cli.run({QStringLiteral("--vault"), dir, QStringLiteral("init")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.errLines().size() == 1, r.err);
        QVERIFY2(r.errText().contains(QLatin1String("passphrase")), r.err);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(QDir(dir).filePath(QStringLiteral("confidant.db"))));
        QVERIFY(!QFile::exists(QDir(dir).filePath(QStringLiteral("vault.json"))));
        QVERIFY(!QDir(dir).exists() || QDir(dir).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));

        // The suggested way works without a keychain.
        const CliResult passphrase
            = cli.run({QStringLiteral("--vault"), dir, QStringLiteral("--passphrase-stdin"), QStringLiteral("init")},
                      "a passphrase for a headless box\n");
        QVERIFY2(passphrase.exitCode == 0, passphrase.describe());
    }

    void existingVaultWithoutSecretServiceOpensWithRecoveryCode()
    {
        CliRunner cli = runner();
        const KeychainVault v = createVault(cli);
        QVERIFY(!v.code.isEmpty());
        withoutSecretService(cli);
        const CliResult locked = cli.run({QStringLiteral("--vault"), v.dir, QStringLiteral("info")});
        QCOMPARE(locked.exitCode, 3);
        QVERIFY2(locked.errLines().size() == 1, locked.err);
        QVERIFY2(locked.errText().contains(QLatin1String("recovery code")), locked.err);

        const CliResult recovered
            = cli.run({QStringLiteral("--vault"), v.dir, QStringLiteral("--passphrase-stdin"), QStringLiteral("info")},
                      v.code.toLatin1() + '\n');
        QVERIFY2(recovered.exitCode == 0, recovered.describe());
        QCOMPARE(recovered.errLines().size(), 1); // the key could not be stored: one note
    }

    void profilePinIsLineOneWithoutPassphraseStdin()
    {
        CliRunner cli = runner();
        const KeychainVault v = createVault(cli);
        QVERIFY(!v.code.isEmpty());
        const QStringList vault {QStringLiteral("--vault"), v.dir};
        // The owner has no PIN, so the new profile's PIN is line 1.
        const CliResult added = cli.run(vault
                                            + QStringList {QStringLiteral("profile"),
                                                           QStringLiteral("add"),
                                                           QStringLiteral("pinned"),
                                                           QStringLiteral("--role"),
                                                           QStringLiteral("privacy-officer"),
                                                           QStringLiteral("--pin-stdin")},
                                        "314159\n");
        QVERIFY2(added.exitCode == 0, added.describe());
        const QStringList asPinned = vault
            + QStringList {QStringLiteral("--profile"),
                           QStringLiteral("pinned"),
                           QStringLiteral("info"),
                           QStringLiteral("--json")};

        const CliResult ok = cli.run(asPinned, "314159\n");
        QVERIFY2(ok.exitCode == 0, ok.describe());
        QCOMPARE(ok.json().value(QStringLiteral("profile")).toString(), QStringLiteral("pinned"));
        const CliResult wrong = cli.run(asPinned, "314158\n");
        QCOMPARE(wrong.exitCode, 3);
        QVERIFY2(wrong.errLines().size() == 1, wrong.err);
        const CliResult missing = cli.run(asPinned);
        QCOMPARE(missing.exitCode, 3);
        QVERIFY2(missing.errLines().size() == 1 && missing.errText().contains(QLatin1String("line 1")), missing.err);

        // With --passphrase-stdin the recovery code is line 1 and the PIN line 2.
        const CliResult recovered
            = cli.run(QStringList {QStringLiteral("--passphrase-stdin")} + asPinned, v.code.toLatin1() + "\n314159\n");
        QVERIFY2(recovered.exitCode == 0, recovered.describe());
        QCOMPARE(recovered.json().value(QStringLiteral("profile")).toString(), QStringLiteral("pinned"));
    }
};

QTEST_GUILESS_MAIN(TestCliKeychain)
#include "TestCliKeychain.moc"
