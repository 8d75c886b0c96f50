#pragma once

#include "core/Result.h"
#include "core/security/ProfileService.h"

#include <QObject>
#include <QString>

#include <memory>

namespace confidant {
class Clock;
class Session;
} // namespace confidant

namespace confidant::storage {
class KeyStore;
class SecretBuffer;
} // namespace confidant::storage

namespace confidant::ui {

//! Owns the open Session, so that locking can destroy it (every connection closed, the Vault and its key
//! buffers wiped) and unlocking can start a new one. Views hold a reference to the Session only while it
//! lives: they are rebuilt on `started` and torn down on `aboutToLock`.
class SessionHost : public QObject
{
    Q_OBJECT

public:
    //! `keys` (may be null) reads the key again when a keychain vault is unlocked; it and `clock` must
    //! outlive the host.
    SessionHost(const Clock& clock, storage::KeyStore* keys, QObject* parent = nullptr);
    ~SessionHost() override;

    //! The open session, or null while locked.
    Session* session() const
    {
        return m_session.get();
    }
    bool isLocked() const
    {
        return !m_session;
    }
    const Clock& clock() const
    {
        return m_clock;
    }
    storage::KeyStore* keyStore() const
    {
        return m_keys;
    }
    //! The vault folder of the current (or last) session.
    const QString& directory() const
    {
        return m_directory;
    }

    //! Takes over an unlocked session and announces it (`started`).
    void start(std::unique_ptr<Session> session);
    //! Acts as another profile after checking its PIN; announces the change (`actorChanged`).
    Result<security::Profile> actAs(const QString& profileName, const storage::SecretBuffer& pin);
    //! Tells the views that the acting profile's role or PIN may have changed (e.g. after managing
    //! profiles), so they show what it may do now.
    void notifyActorChanged();
    //! Announces `aboutToLock` (views drop their references and capture unsaved work), then destroys the
    //! session. Does nothing while locked. While locking is deferred, it happens once that ends.
    void lock();
    //! Defers locking until the matching `endDeferLock`, for work that must not lose its session halfway
    //! (the key change: the keychain may run a nested event loop while the vault's connection is being
    //! swapped). Nests.
    void deferLock();
    void endDeferLock();
    bool isLockDeferred() const
    {
        return m_lockDeferrals > 0;
    }

signals:
    void started();
    void actorChanged();
    void aboutToLock();
    void locked();

private:
    const Clock& m_clock;
    storage::KeyStore* m_keys;
    QString m_directory;
    std::unique_ptr<Session> m_session;
    int m_lockDeferrals = 0;
    bool m_lockPending = false;
};

} // namespace confidant::ui
