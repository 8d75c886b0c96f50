// Key rotation in keychain mode never loses the new key: a keychain that fails at each step of `rekey`,
// and at the unlock that finishes a rotation interrupted after the swap. After every fault the keychain
// alone (main entry, or the pending entry the open path falls back to) must still open the vault.

#include "core/Session.h"
#include "core/storage/KeyStore.h"
#include "core/storage/RecoveryCode.h"
#include "core/storage/Vault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/FakeClock.h"

#include <memory>
#include <optional>

using namespace confidant;

namespace {

enum class Op
{
    Read,
    Write,
    Remove,
};

enum class Fault
{
    Error, //!< the call fails with NoKeychain
    Garble, //!< a write reports success but stores other bytes (a keychain that does not keep what it got)
};

//! Which entry a fault aims at: the vault's own (main) entry or its pending entry.
enum class Entry
{
    Main,
    Pending,
};

//! An in-memory KeyStore that fails chosen calls: the Nth read, write or remove of one entry name (counted
//! from when the fault was armed), or every such call from the Nth on (a keychain that went away).
class FailingKeyStore final : public storage::KeyStore
{
public:
    void failAt(Op op, const QString& entry, int call, bool onwards = false, Fault fault = Fault::Error)
    {
        m_rules.append({op, entry, call, onwards, fault});
        m_calls.clear();
    }
    //! Every call succeeds from now on.
    void heal()
    {
        m_rules.clear();
        m_calls.clear();
    }

    Result<storage::SecretBuffer> read(const QString& entry) override
    {
        if (faultFor(Op::Read, entry)) {
            return failure();
        }
        const auto it = m_keys.constFind(entry);
        if (it == m_keys.constEnd()) {
            return makeError(ErrorKind::NotFound, QStringLiteral("no such entry"));
        }
        return storage::SecretBuffer(it->constData(), static_cast<std::size_t>(it->size()));
    }
    Result<void> write(const QString& entry, const storage::SecretBuffer& key) override
    {
        QByteArray bytes(key.data(), static_cast<qsizetype>(key.size()));
        if (const auto f = faultFor(Op::Write, entry)) {
            if (*f == Fault::Error) {
                return failure();
            }
            for (char& c : bytes) {
                c = static_cast<char>(~c);
            }
        }
        m_keys.insert(entry, bytes);
        return {};
    }
    Result<void> remove(const QString& entry) override
    {
        if (faultFor(Op::Remove, entry)) {
            return failure();
        }
        m_keys.remove(entry);
        return {};
    }

    //! What the store really holds under `entry`, whatever the faults.
    bool holds(const QString& entry, const storage::SecretBuffer& key) const
    {
        const auto it = m_keys.constFind(entry);
        return it != m_keys.constEnd() && storage::SecretBuffer(it->constData(), std::size_t(it->size())).equals(key);
    }
    bool contains(const QString& entry) const
    {
        return m_keys.contains(entry);
    }
    //! Puts `key` under `entry` directly, bypassing the faults (to build a state by hand).
    void put(const QString& entry, const storage::SecretBuffer& key)
    {
        m_keys.insert(entry, QByteArray(key.data(), static_cast<qsizetype>(key.size())));
    }

private:
    struct Rule
    {
        Op op;
        QString entry;
        int call;
        bool onwards;
        Fault fault;
    };

    std::optional<Fault> faultFor(Op op, const QString& entry)
    {
        const QString counter = QString::number(int(op)) + QLatin1Char('/') + entry;
        const int n = ++m_calls[counter];
        for (const Rule& r : m_rules) {
            if (r.op == op && r.entry == entry && (n == r.call || (r.onwards && n > r.call))) {
                return r.fault;
            }
        }
        return std::nullopt;
    }
    static Error failure()
    {
        return makeError(ErrorKind::NoKeychain, QStringLiteral("The keychain failed (injected fault)."));
    }

    QList<Rule> m_rules;
    QHash<QString, int> m_calls;
    // Test keys only; a real store never keeps a key in a QByteArray.
    QHash<QString, QByteArray> m_keys;
};

storage::SecretBuffer keyOf(const storage::SecretBuffer& recoveryCode)
{
    auto key = storage::RecoveryCode::parse(recoveryCode);
    return key ? std::move(key).value() : storage::SecretBuffer();
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

qint64 contactCount(storage::Vault& vault)
{
    auto n = vault.db().queryInt("SELECT count(*) FROM contacts");
    return n ? *n : -1;
}

QString describe(const Error& e)
{
    return e.message + QLatin1Char(' ') + e.detail;
}

} // namespace

Q_DECLARE_METATYPE(Op)
Q_DECLARE_METATYPE(Fault)
Q_DECLARE_METATYPE(Entry)

class TestRekeyKeySafety : public QObject
{
    Q_OBJECT

private:
    QString path() const
    {
        return m_dir->filePath(QStringLiteral("v"));
    }
    QString pendingDescriptor() const
    {
        return QDir(path()).filePath(QString::fromLatin1(storage::Vault::kPendingDescriptorFile));
    }
    QString nameOf(Entry entry) const
    {
        return entry == Entry::Main ? m_uid : storage::Vault::pendingKeyName(m_uid);
    }

    // A keychain vault with one contact, open in a session.
    std::unique_ptr<Session> createVault(FailingKeyStore& keys)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto created = storage::Vault::createWithKeychain(path(), keys, m_firstCode, m_clock.nowMs());
        if (!created) {
            qWarning("%s", qPrintable(describe(created.error())));
            return nullptr;
        }
        m_uid = (*created)->descriptor().uid;
        auto session = std::make_unique<Session>(std::move(created).value(), m_clock);
        crm::Contact ada;
        ada.givenName = QStringLiteral("Ada");
        ada.familyName = QStringLiteral("Lovelace");
        if (!session->contacts().create(ada)) {
            return nullptr;
        }
        return session;
    }

    // The keychain alone (no recovery code) opens the vault with `key`, with the contact in it.
    void opensFromTheKeychain(FailingKeyStore& keys, const storage::SecretBuffer& key)
    {
        auto opened = storage::Vault::open(path(), &keys, storage::UnlockSecret {});
        QVERIFY2(opened, qPrintable(opened ? QString() : describe(opened.error())));
        QCOMPARE(contactCount(**opened), qint64(1));
        QVERIFY(keys.holds(m_uid, key) || keys.holds(storage::Vault::pendingKeyName(m_uid), key));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    test::FakeClock m_clock;
    storage::SecretBuffer m_firstCode;
    QString m_uid;

private slots:
    void rekeyNeverLosesTheNewKey_data()
    {
        QTest::addColumn<Op>("op");
        QTest::addColumn<Entry>("entry");
        QTest::addColumn<int>("call");
        QTest::addColumn<bool>("onwards");
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<bool>("rotates"); // the vault has the new key afterwards
        QTest::addColumn<bool>("keyStored");

        // Step 1: the pending entry. A failure there stops the rotation before anything depends on it.
        QTest::newRow("pending write fails")
            << Op::Write << Entry::Pending << 1 << false << Fault::Error << false << false;
        QTest::newRow("pending write garbled")
            << Op::Write << Entry::Pending << 1 << false << Fault::Garble << false << false;
        QTest::newRow("pending read-back fails")
            << Op::Read << Entry::Pending << 1 << false << Fault::Error << false << false;
        // Step 4, after the swap: the vault already has the new key; the pending entry must stay.
        QTest::newRow("main write fails") << Op::Write << Entry::Main << 1 << false << Fault::Error << true << false;
        QTest::newRow("main write garbled") << Op::Write << Entry::Main << 1 << false << Fault::Garble << true << false;
        QTest::newRow("main write fails from then on")
            << Op::Write << Entry::Main << 1 << true << Fault::Error << true << false;
        QTest::newRow("main read-back fails") << Op::Read << Entry::Main << 1 << false << Fault::Error << true << false;
        // The last step: the pending entry stays as a spare copy of the new key, which is harmless.
        QTest::newRow("pending remove fails")
            << Op::Remove << Entry::Pending << 1 << false << Fault::Error << true << true;
    }

    void rekeyNeverLosesTheNewKey()
    {
        QFETCH(Op, op);
        QFETCH(Entry, entry);
        QFETCH(int, call);
        QFETCH(bool, onwards);
        QFETCH(Fault, fault);
        QFETCH(bool, rotates);
        QFETCH(bool, keyStored);

        FailingKeyStore keys;
        auto session = createVault(keys);
        QVERIFY(session);
        const storage::SecretBuffer oldKey = keyOf(m_firstCode);
        QVERIFY(keys.holds(m_uid, oldKey));

        keys.failAt(op, nameOf(entry), call, onwards, fault);
        storage::SecretBuffer code;
        auto done = session->vault().rekey(&keys, storage::SecretBuffer(), code);
        QCOMPARE(bool(done), rotates);
        const storage::SecretBuffer current = rotates ? keyOf(code) : oldKey.clone();
        QVERIFY(!current.isEmpty());
        if (rotates) {
            QCOMPARE(done->keyStored, keyStored);
            QCOMPARE(done->keyProblem.isEmpty(), keyStored);
            // A key the keychain did not verifiably store keeps its pending copy, and the marker that
            // makes the next unlock use it.
            if (!keyStored) {
                QVERIFY(keys.holds(storage::Vault::pendingKeyName(m_uid), current));
                QVERIFY(QFileInfo::exists(pendingDescriptor()));
            }
        } else {
            QVERIFY(code.isEmpty());
            QVERIFY(!QFileInfo::exists(pendingDescriptor()));
        }
        // Never lost: the keychain holds the key that opens the vault, under its own or the pending name.
        QVERIFY(keys.holds(m_uid, current) || keys.holds(storage::Vault::pendingKeyName(m_uid), current));
        // The session goes on with the key the vault has.
        QCOMPARE(contactCount(session->vault()), qint64(1));
        session.reset();

        // An unlock while the keychain still fails: opens (from the pending entry if need be), loses nothing.
        opensFromTheKeychain(keys, current);
        if (QTest::currentTestFailed()) {
            return;
        }

        // Once the keychain works again, the next unlock opens from it and finishes the rotation.
        keys.heal();
        opensFromTheKeychain(keys, current);
        if (QTest::currentTestFailed()) {
            return;
        }
        QVERIFY(keys.holds(m_uid, current));
        QVERIFY(!QFileInfo::exists(pendingDescriptor()));
        if (op != Op::Remove) {
            QVERIFY(!keys.contains(storage::Vault::pendingKeyName(m_uid)));
        }
        // The recovery code shown for the key opens the vault as well.
        auto byCode = storage::Vault::open(path(), nullptr, {rotates ? code.clone() : m_firstCode.clone()});
        QVERIFY2(byCode, qPrintable(byCode ? QString() : describe(byCode.error())));
    }

    void unlockAfterAnInterruptedRotationKeepsThePendingKey_data()
    {
        QTest::addColumn<Op>("op");
        QTest::addColumn<Entry>("entry");
        QTest::addColumn<int>("call");
        QTest::addColumn<Fault>("fault");

        // The unlock reads the main entry (1: the old key), then the pending entry, opens with it and stores
        // it under the main entry (write 1, read-back: read 2).
        QTest::newRow("main write fails") << Op::Write << Entry::Main << 1 << Fault::Error;
        QTest::newRow("main write garbled") << Op::Write << Entry::Main << 1 << Fault::Garble;
        QTest::newRow("main read-back fails") << Op::Read << Entry::Main << 2 << Fault::Error;
        QTest::newRow("pending entry unreadable") << Op::Read << Entry::Pending << 1 << Fault::Error;
    }

    void unlockAfterAnInterruptedRotationKeepsThePendingKey()
    {
        QFETCH(Op, op);
        QFETCH(Entry, entry);
        QFETCH(int, call);
        QFETCH(Fault, fault);

        // The state a crash right after the swap leaves (fault point rekey.swapped): the file has the new
        // key, vault.json the old key check, vault.json.pending the new one; the keychain holds the old key
        // under the uid and the new one under the pending name. The new recovery code was never shown.
        FailingKeyStore keys;
        auto session = createVault(keys);
        QVERIFY(session);
        const storage::SecretBuffer oldKey = keyOf(m_firstCode);
        const QString descriptor = QDir(path()).filePath(QString::fromLatin1(storage::Vault::kDescriptorFile));
        const QByteArray oldDescriptor = readAll(descriptor);
        storage::SecretBuffer code;
        auto done = session->vault().rekey(&keys, storage::SecretBuffer(), code);
        QVERIFY2(done, qPrintable(done ? QString() : describe(done.error())));
        session.reset();
        const storage::SecretBuffer newKey = keyOf(code);
        QVERIFY(writeAll(pendingDescriptor(), readAll(descriptor)));
        QVERIFY(writeAll(descriptor, oldDescriptor));
        keys.put(m_uid, oldKey);
        keys.put(storage::Vault::pendingKeyName(m_uid), newKey);

        keys.failAt(op, nameOf(entry), call, false, fault);
        auto opened = storage::Vault::open(path(), &keys, storage::UnlockSecret {});
        if (opened) {
            QCOMPARE(contactCount(**opened), qint64(1));
        } else {
            // Only when the pending entry could not be read; never "damaged", and never a lost key.
            QVERIFY(entry == Entry::Pending);
            QCOMPARE(opened.error().kind, ErrorKind::WrongKey);
            QVERIFY2(opened.error().message.contains(QStringLiteral("recovery code")),
                     qPrintable(opened.error().message));
        }
        opened = makeError(ErrorKind::Io, QString());
        // The pending entry is the new key's only stored copy: it stays until the main entry holds the key.
        QVERIFY(
            keys.holds(m_uid, newKey)
            || (keys.holds(storage::Vault::pendingKeyName(m_uid), newKey) && QFileInfo::exists(pendingDescriptor())));

        keys.heal();
        opensFromTheKeychain(keys, newKey);
        if (QTest::currentTestFailed()) {
            return;
        }
        QVERIFY(keys.holds(m_uid, newKey));
        QVERIFY(!keys.contains(storage::Vault::pendingKeyName(m_uid)));
        QVERIFY(!QFileInfo::exists(pendingDescriptor()));
    }

    void nextRekeyStoresAnUnstoredKeyFirst()
    {
        // A rotation whose key the keychain did not store, then another one in the same session: the
        // second must not overwrite the pending entry (the current key's only copy in the keychain) first.
        FailingKeyStore keys;
        auto session = createVault(keys);
        QVERIFY(session);
        keys.failAt(Op::Write, m_uid, 1);
        storage::SecretBuffer firstCode;
        auto first = session->vault().rekey(&keys, storage::SecretBuffer(), firstCode);
        QVERIFY2(first, qPrintable(first ? QString() : describe(first.error())));
        QVERIFY(!first->keyStored);
        const storage::SecretBuffer firstKey = keyOf(firstCode);

        // While the keychain still refuses the main entry, the next rotation is refused and changes nothing.
        keys.failAt(Op::Write, m_uid, 1, true);
        storage::SecretBuffer refusedCode;
        auto refused = session->vault().rekey(&keys, storage::SecretBuffer(), refusedCode);
        QVERIFY(!refused);
        QVERIFY(refusedCode.isEmpty());
        QVERIFY(keys.holds(storage::Vault::pendingKeyName(m_uid), firstKey));

        // Once it works, the first key is stored, then replaced by the second one.
        keys.heal();
        storage::SecretBuffer secondCode;
        auto second = session->vault().rekey(&keys, storage::SecretBuffer(), secondCode);
        QVERIFY2(second, qPrintable(second ? QString() : describe(second.error())));
        QVERIFY(second->keyStored);
        session.reset();
        opensFromTheKeychain(keys, keyOf(secondCode));
        QVERIFY(keys.holds(m_uid, keyOf(secondCode)));
        QVERIFY(!QFileInfo::exists(pendingDescriptor()));
    }
};

QTEST_GUILESS_MAIN(TestRekeyKeySafety)
#include "TestRekeyKeySafety.moc"
