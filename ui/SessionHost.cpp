#include "SessionHost.h"

#include "core/Session.h"

#include <utility>

namespace confidant::ui {

SessionHost::SessionHost(const Clock& clock, storage::KeyStore* keys, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_keys(keys)
{
}

SessionHost::~SessionHost() = default;

void SessionHost::start(std::unique_ptr<Session> session)
{
    Q_ASSERT(session);
    m_session = std::move(session);
    m_directory = m_session->vault().directory();
    emit started();
}

Result<security::Profile> SessionHost::actAs(const QString& profileName, const storage::SecretBuffer& pin)
{
    if (!m_session) {
        return makeError(ErrorKind::Locked, tr("Confidant is locked; unlock it first."));
    }
    auto profile = m_session->actAs(profileName, pin);
    if (profile) {
        emit actorChanged();
    }
    return profile;
}

void SessionHost::notifyActorChanged()
{
    if (m_session) {
        emit actorChanged();
    }
}

void SessionHost::lock()
{
    if (!m_session) {
        return;
    }
    if (m_lockDeferrals > 0) {
        m_lockPending = true;
        return;
    }
    emit aboutToLock();
    // Closes the connection and wipes the key (storage::Vault, storage::SecretBuffer).
    m_session.reset();
    emit locked();
}

void SessionHost::deferLock()
{
    ++m_lockDeferrals;
}

void SessionHost::endDeferLock()
{
    Q_ASSERT(m_lockDeferrals > 0);
    if (--m_lockDeferrals == 0 && std::exchange(m_lockPending, false)) {
        // Not from inside the caller, which may still be using the session.
        QMetaObject::invokeMethod(this, &SessionHost::lock, Qt::QueuedConnection);
    }
}

} // namespace confidant::ui
