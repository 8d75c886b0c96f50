#include "core/Session.h"
#include "core/security/AuditLog.h"
#include "core/security/ProfileService.h"
#include "core/storage/Database.h"
#include "core/storage/Vault.h"

#include <QTest>

#include "tests/support/TestVault.h"

#include <memory>
#include <optional>

using namespace confidant;
using confidant::security::AuditEntry;
using confidant::security::Role;
using confidant::test::secret;
using confidant::test::TestVault;

namespace {

constexpr const char* kRight = "246819";
constexpr const char* kWrong = "135792";

qint64 lastSeq(storage::Database& db)
{
    auto last = security::AuditLog::last(db);
    return last && *last ? (*last)->seq : 0;
}

//! The audit entries after `seq`, oldest first.
QList<AuditEntry> entriesAfter(storage::Database& db, qint64 seq)
{
    security::AuditQuery q;
    q.limit = int(std::max<qint64>(1, lastSeq(db) - seq));
    QList<AuditEntry> out;
    if (auto entries = security::AuditLog::list(db, q)) {
        for (const AuditEntry& e : *entries) {
            if (e.seq > seq) {
                out.prepend(e);
            }
        }
    }
    return out;
}

QStringList actionsOf(const QList<AuditEntry>& entries)
{
    QStringList out;
    for (const AuditEntry& e : entries) {
        out.append(e.action);
    }
    return out;
}

QString why(const Result<security::Profile>& r)
{
    return r ? QStringLiteral("accepted") : r.error().message;
}

} // namespace

//! Profiles and their PINs in core: the waits after wrong PINs (issue 16 item 3: 31 wrong PINs in 11 seconds,
//! then the right one accepted), kept in the vault so that a restart does not end them; GUI and CLI both sign in
//! through ProfileService::authenticate. The roles themselves are TestRoleMatrix's.
class TestProfileService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestVault> m_v;

    Session& session()
    {
        return *m_v->session;
    }
    storage::Database& db()
    {
        return session().vault().db();
    }
    security::ProfileService& profiles()
    {
        return session().profiles();
    }
    Result<security::Profile> signIn(const char* pin, const QString& name = QStringLiteral("Sam"))
    {
        return session().actAs(name, secret(pin));
    }
    security::PinFailures failuresOf(const QString& name)
    {
        auto p = profiles().find(name);
        return p && p->pinFailures ? *p->pinFailures : security::PinFailures {-1, std::nullopt, std::nullopt};
    }
    //! Closes the vault and opens it again, as a new program would: a new connection and new services.
    bool reopen()
    {
        m_v->close();
        auto vault = storage::Vault::open(m_v->path(), &m_v->keys, storage::UnlockSecret {});
        if (!vault) {
            return false;
        }
        m_v->session = std::make_unique<Session>(std::move(vault).value(), m_v->clock);
        return true;
    }

private slots:
    void init()
    {
        m_v = std::make_unique<TestVault>();
        QVERIFY(m_v->create());
        QVERIFY(profiles().add(QStringLiteral("Sam"), Role::SalesRep, secret(kRight)).ok());
    }
    void cleanup()
    {
        m_v.reset();
    }

    // The report, replayed: 31 wrong PINs within 11 seconds, then the right one.
    void guessingIsStoppedAfterThreeWrongPins()
    {
        const security::Actor owner = session().actor();
        const qint64 seq = lastSeq(db());
        for (int attempt = 1; attempt <= 31; ++attempt) {
            m_v->clock.advanceMs(350);
            auto r = signIn(kWrong);
            QVERIFY(!r.ok());
            // Three are checked; from then on each is refused without looking at the PIN.
            QCOMPARE(r.error().kind, attempt <= 3 ? ErrorKind::WrongKey : ErrorKind::Locked);
            QCOMPARE(session().actor().uid, owner.uid);
        }
        const qint64 lastWrong = m_v->clock.nowMs() - 28 * 350;
        auto right = signIn(kRight);
        QVERIFY2(!right.ok(), qPrintable(why(right)));
        QCOMPARE(right.error().kind, ErrorKind::Locked);
        QVERIFY2(right.error().message.contains(QLatin1String("try again in")), qPrintable(right.error().message));
        QCOMPARE(session().actor().uid, owner.uid);

        // Three wrong PINs are counted, not 31: the refused ones were no guesses.
        const security::PinFailures f = failuresOf(QStringLiteral("Sam"));
        QCOMPARE(f.count, 3);
        QCOMPARE(f.lastAtMs, std::optional<qint64>(lastWrong));
        QCOMPARE(f.lockedUntilMs, std::optional<qint64>(lastWrong + 30'000));

        // Every attempt is in the trail, as Sam: three rejected, then 29 refused while waiting.
        const QList<AuditEntry> added = entriesAfter(db(), seq);
        QCOMPARE(added.size(), 32);
        QStringList expected = {QStringLiteral("profile.pin-rejected"),
                                QStringLiteral("profile.pin-rejected"),
                                QStringLiteral("profile.pin-rejected")};
        for (int i = 0; i < 29; ++i) {
            expected.append(QStringLiteral("profile.pin-throttled"));
        }
        QCOMPARE(actionsOf(added), expected);
        for (const AuditEntry& e : added) {
            QCOMPARE(e.profileName, QStringLiteral("Sam"));
            QCOMPARE(e.entityType, QStringLiteral("profile"));
        }
        QCOMPARE(added.at(0).summary, QStringLiteral("failures=1"));
        QCOMPARE(added.at(2).summary, QStringLiteral("failures=3 wait_s=30"));
        QCOMPARE(added.at(3).summary, QStringLiteral("failures=3 wait_s=30"));
        QCOMPARE(added.last().summary, QStringLiteral("failures=3 wait_s=21")); // 9.8 s into the wait
        auto verified = session().audit().verify(db());
        QVERIFY(verified && verified->ok);
    }

    void theThirdWrongPinSaysHowLongToWait()
    {
        QCOMPARE(signIn(kWrong).error().message, QStringLiteral("Wrong PIN for this profile; try again."));
        QCOMPARE(signIn(kWrong).error().message, QStringLiteral("Wrong PIN for this profile; try again."));
        const QString third = signIn(kWrong).error().message;
        QVERIFY2(third.contains(QLatin1String("30 seconds")), qPrintable(third));
        m_v->clock.advanceMs(10'000);
        const QString refused = signIn(kRight).error().message;
        QVERIFY2(refused.contains(QLatin1String("20 seconds")), qPrintable(refused));
        QVERIFY2(refused.contains(QLatin1String("not checked")), qPrintable(refused));
        QVERIFY(!refused.contains(QLatin1Char('\n')));
    }

    void theRightPinAfterTheWaitSignsInAndForgetsTheWrongOnes()
    {
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(signIn(kWrong).error().kind, ErrorKind::WrongKey);
        }
        m_v->clock.advanceMs(29'999);
        QCOMPARE(signIn(kRight).error().kind, ErrorKind::Locked);
        m_v->clock.advanceMs(1);
        const qint64 seq = lastSeq(db());
        auto right = signIn(kRight);
        QVERIFY2(right.ok(), qPrintable(why(right)));
        QCOMPARE(session().actor().name, QStringLiteral("Sam"));
        const QList<AuditEntry> added = entriesAfter(db(), seq);
        QCOMPARE(actionsOf(added), QStringList {QStringLiteral("profile.pin-accepted")});
        QCOMPARE(added.first().summary, QStringLiteral("failures=3"));

        const security::PinFailures f = failuresOf(QStringLiteral("Sam"));
        QCOMPARE(f.count, 0);
        QCOMPARE(f.lastAtMs, std::optional<qint64>());
        QCOMPARE(f.lockedUntilMs, std::optional<qint64>());
        // Counted from nothing again: one wrong PIN costs no wait.
        QVERIFY(session().actAs(QStringLiteral("owner"), secret("")).ok());
        QCOMPARE(signIn(kWrong).error().kind, ErrorKind::WrongKey);
        QVERIFY(signIn(kRight).ok());
        // A right PIN with no wrong one before it writes nothing.
        QVERIFY(session().actAs(QStringLiteral("owner"), secret("")).ok());
        const qint64 quiet = lastSeq(db());
        QVERIFY(signIn(kRight).ok());
        QCOMPARE(lastSeq(db()), quiet);
    }

    void theWaitDoublesUpToFifteenMinutes()
    {
        const qint64 expected[] = {30'000, 60'000, 120'000, 240'000, 480'000, 900'000, 900'000};
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(signIn(kWrong).error().kind, ErrorKind::WrongKey);
        }
        for (const qint64 wait : expected) {
            const security::PinFailures f = failuresOf(QStringLiteral("Sam"));
            QVERIFY(f.lastAtMs && f.lockedUntilMs);
            QCOMPARE(*f.lockedUntilMs - *f.lastAtMs, wait);
            m_v->clock.advanceMs(wait - 1);
            QCOMPARE(signIn(kRight).error().kind, ErrorKind::Locked);
            m_v->clock.advanceMs(1);
            QCOMPARE(signIn(kWrong).error().kind, ErrorKind::WrongKey);
        }
        QCOMPARE(failuresOf(QStringLiteral("Sam")).count, 10);
    }

    void aReopenedVaultStillWaits()
    {
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(signIn(kWrong).error().kind, ErrorKind::WrongKey);
        }
        QVERIFY(reopen());
        QCOMPARE(signIn(kRight).error().kind, ErrorKind::Locked);
        QCOMPARE(failuresOf(QStringLiteral("Sam")).count, 3);
        m_v->clock.advanceMs(30'000);
        QCOMPARE(signIn(kWrong).error().kind, ErrorKind::WrongKey);
        // And again: the fourth wrong PIN's minute holds in the next program too.
        QVERIFY(reopen());
        m_v->clock.advanceMs(59'999);
        QCOMPARE(signIn(kRight).error().kind, ErrorKind::Locked);
        m_v->clock.advanceMs(1);
        auto right = signIn(kRight);
        QVERIFY2(right.ok(), qPrintable(why(right)));
        QVERIFY(reopen());
        QCOMPARE(failuresOf(QStringLiteral("Sam")).count, 0);
    }

    void eachProfileWaitsForItsOwnWrongPins()
    {
        QVERIFY(profiles().add(QStringLiteral("Rita"), Role::ReadOnly, secret("975318")).ok());
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(signIn(kWrong).error().kind, ErrorKind::WrongKey);
        }
        QCOMPARE(signIn(kRight).error().kind, ErrorKind::Locked);
        auto rita = signIn("975318", QStringLiteral("Rita"));
        QVERIFY2(rita.ok(), qPrintable(why(rita)));
        QCOMPARE(session().actor().name, QStringLiteral("Rita"));
    }

    // The bookkeeping is the system's: a read-only profile, tried while the owner (who has a PIN) has not signed
    // in yet, has its wrong PINs counted and recorded like anyone's, and waits like anyone.
    void aReadOnlyProfileIsCountedWhileNobodyIsSignedIn()
    {
        QVERIFY(profiles().add(QStringLiteral("Vera"), Role::ReadOnly, secret("864219")).ok());
        QVERIFY(profiles().setPin(QStringLiteral("owner"), secret("559371")).ok());
        QVERIFY(reopen());
        QVERIFY(!session().actor().signedIn);
        const qint64 seq = lastSeq(db());
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(signIn(kWrong, QStringLiteral("Vera")).error().kind, ErrorKind::WrongKey);
        }
        QCOMPARE(signIn("864219", QStringLiteral("Vera")).error().kind, ErrorKind::Locked);
        QVERIFY(!session().actor().signedIn);
        QCOMPARE(*db().queryInt("SELECT pin_failures FROM profiles WHERE name = 'Vera'"), qint64(3));
        QCOMPARE(actionsOf(entriesAfter(db(), seq)),
                 QStringList({QStringLiteral("profile.pin-rejected"),
                              QStringLiteral("profile.pin-rejected"),
                              QStringLiteral("profile.pin-rejected"),
                              QStringLiteral("profile.pin-throttled")}));
    }

    // A clock set back (by hand, or a wrong clock put right) neither ends the wait nor stretches it until the
    // clock catches up: the wait starts again from now.
    void aClockSetBackStartsTheWaitAgain()
    {
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(signIn(kWrong).error().kind, ErrorKind::WrongKey);
        }
        m_v->clock.advanceMs(-24 * 3600 * 1000);
        const qint64 seq = lastSeq(db());
        QCOMPARE(signIn(kRight).error().kind, ErrorKind::Locked);
        const QList<AuditEntry> added = entriesAfter(db(), seq);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().summary, QStringLiteral("failures=3 wait_s=30 clock=back"));
        QCOMPARE(failuresOf(QStringLiteral("Sam")).lockedUntilMs, std::optional<qint64>(m_v->clock.nowMs() + 30'000));
        m_v->clock.advanceMs(29'999);
        QCOMPARE(signIn(kRight).error().kind, ErrorKind::Locked);
        m_v->clock.advanceMs(1);
        auto right = signIn(kRight);
        QVERIFY2(right.ok(), qPrintable(why(right)));
    }

    // Setting a new PIN (an admin's way to end a wait) starts with no wrong PIN.
    void aNewPinEndsTheWait()
    {
        for (int i = 0; i < 4; ++i) {
            (void)signIn(kWrong);
        }
        QCOMPARE(failuresOf(QStringLiteral("Sam")).count, 3);
        QVERIFY(profiles().setPin(QStringLiteral("Sam"), secret("663014")).ok());
        const security::PinFailures f = failuresOf(QStringLiteral("Sam"));
        QCOMPARE(f.count, 0);
        QCOMPARE(f.lockedUntilMs, std::optional<qint64>());
        auto right = signIn("663014");
        QVERIFY2(right.ok(), qPrintable(why(right)));
    }

    // Owners and admins see every profile's wrong PINs; others only their own.
    void wrongPinsAreShownToThoseWhoManageProfiles()
    {
        QVERIFY(profiles().add(QStringLiteral("Rita"), Role::SalesRep, secret("")).ok());
        QVERIFY(profiles().add(QStringLiteral("Ada"), Role::Admin, secret("")).ok());
        QCOMPARE(signIn(kWrong).error().kind, ErrorKind::WrongKey);
        QCOMPARE(signIn(kWrong).error().kind, ErrorKind::WrongKey);
        auto seen = [this](const QString& name) -> std::optional<int> {
            auto list = profiles().list();
            for (const auto& p : *list) {
                if (p.name == name) {
                    return p.pinFailures ? std::optional<int>(p.pinFailures->count) : std::nullopt;
                }
            }
            return std::optional<int>(-1);
        };
        QCOMPARE(seen(QStringLiteral("Sam")), std::optional<int>(2)); // the owner
        QVERIFY(signIn("", QStringLiteral("Ada")).ok());
        QCOMPARE(seen(QStringLiteral("Sam")), std::optional<int>(2));
        QVERIFY(signIn("", QStringLiteral("Rita")).ok());
        QCOMPARE(seen(QStringLiteral("Sam")), std::optional<int>());
        QCOMPARE(seen(QStringLiteral("Rita")), std::optional<int>(0));
        QVERIFY(!profiles().find(QStringLiteral("Sam"))->pinFailures);
        QVERIFY(signIn(kRight).ok());
        QCOMPARE(seen(QStringLiteral("Sam")), std::optional<int>(0)); // its own
    }

    // Fails closed: an attempt whose count cannot be written is not checked, right PIN or wrong.
    void anAttemptThatCannotBeCountedIsNotChecked_data()
    {
        QTest::addColumn<QByteArray>("trigger");
        QTest::newRow("the count") << QByteArray("BEFORE UPDATE OF pin_failures ON main.profiles");
        QTest::newRow("the audit entry") << QByteArray("BEFORE INSERT ON main.audit_log");
    }
    void anAttemptThatCannotBeCountedIsNotChecked()
    {
        QFETCH(QByteArray, trigger);
        QCOMPARE(signIn(kWrong).error().kind, ErrorKind::WrongKey);
        const qint64 seq = lastSeq(db());
        const QByteArray sql = "CREATE TEMP TRIGGER fail_pin_bookkeeping " + trigger
            + " BEGIN SELECT RAISE(ABORT, 'injected fault'); END";
        QVERIFY(db().exec(sql.constData()).ok());
        for (const char* pin : {kWrong, kRight}) {
            auto r = signIn(pin);
            QVERIFY2(!r.ok(), pin);
            QVERIFY(r.error().kind != ErrorKind::WrongKey && r.error().kind != ErrorKind::Locked);
            QVERIFY2(r.error().message.contains(QLatin1String("not checked")), qPrintable(r.error().message));
            QCOMPARE(session().actor().name, QStringLiteral("owner"));
        }
        QCOMPARE(failuresOf(QStringLiteral("Sam")).count, 1);
        QCOMPARE(lastSeq(db()), seq);
        QVERIFY(db().exec("DROP TRIGGER temp.fail_pin_bookkeeping").ok());
        auto right = signIn(kRight);
        QVERIFY2(right.ok(), qPrintable(why(right)));
        auto verified = session().audit().verify(db());
        QVERIFY(verified && verified->ok);
    }
};

QTEST_GUILESS_MAIN(TestProfileService)
#include "TestProfileService.moc"
