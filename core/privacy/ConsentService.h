#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/crm/Contact.h"
#include "core/privacy/Purpose.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace confidant::crm {
class ContactService;
}
namespace confidant::security {
class MutationGate;
}
namespace confidant::storage {
class Database;
}

namespace confidant::privacy {

class PurposeService;

enum class ConsentEventKind
{
    Granted,
    Withdrawn,
    Refreshed,
};

//! How a consent or its withdrawal was collected (Art. 7(1): the controller must be able to show it).
enum class ConsentMethod
{
    WebForm,
    Paper,
    Verbal,
    Email,
    Import,
    Other,
};

//! A contact's consent for one purpose, as the ledger says now.
enum class ConsentStatus
{
    None, //!< nothing recorded
    Given, //!< latest event granted or refreshed, not expired
    Expired, //!< latest event granted or refreshed, its expiry passed: refresh due
    Withdrawn, //!< latest event withdrawn
};

//! What a caller records: when (default now), how, the evidence, the notice shown, an expiry.
struct ConsentRecord
{
    ConsentMethod method = ConsentMethod::Other;
    //! When it happened (UTC ms); empty: now. Never in the future, never before the latest event.
    std::optional<qint64> atMs;
    //! Free text: where the signed form is filed, the web form's submission id, who heard it said.
    QString evidence;
    //! The privacy notice shown: its uid, or its version as "3" (when only one language has a version 3)
    //! or "en:3". Must be published. Empty: none.
    QString notice;
    //! When the consent should be asked again (UTC ms). Only for grants and refreshes; after the time of
    //! the event. A refresh without one keeps the period of the consent it renews.
    std::optional<qint64> expiresAtMs;
};

//! One consent to record for a purpose, e.g. ticked in the new-contact editor or chosen for an import.
struct ConsentCapture
{
    PurposeId purpose;
    ConsentRecord record;
};

//! One row of the ledger. The evidence is shown on the contact, never written to the audit trail.
struct ConsentEvent
{
    qint64 id = 0;
    QString uid;
    crm::ContactId contactId;
    QString contactUid;
    PurposeId purposeId;
    QString purposeUid;
    QString purposeName;
    ConsentEventKind kind = ConsentEventKind::Granted;
    qint64 atMs = 0;
    ConsentMethod method = ConsentMethod::Other;
    QString evidence;
    QString noticeUid;
    QString noticeLanguage;
    int noticeVersion = 0;
    std::optional<qint64> expiresAtMs;
    //! Profile uid and its current name (empty when that profile has been removed).
    QString recordedBy;
    QString recordedByName;
    qint64 createdAtMs = 0;
};

//! A contact's consent for one purpose: the purpose, what the ledger says, and the event it rests on.
struct ConsentState
{
    Purpose purpose;
    ConsentStatus status = ConsentStatus::None;
    std::optional<ConsentEvent> latest;
};

//! A consent that is due for a refresh (for the dashboard): who, which purpose, when it expires.
struct ConsentRefreshDue
{
    crm::ContactId contactId;
    QString contactUid;
    //! "Given Family", for the dashboard's list.
    QString contactName;
    PurposeId purposeId;
    QString purposeUid;
    QString purposeName;
    qint64 expiresAtMs = 0;
    //! Already past: the consent no longer counts (the purpose gate leaves the contact out).
    bool expired = false;
};

//! The consent ledger (Art. 7): append-only events per contact and purpose (granted, withdrawn,
//! refreshed), the current state (the latest event), and refreshes due. Recording needs "edit contacts"
//! (consent is collected where the contact is); reading needs "view contacts". Every event is audited as
//! `consent.grant`, `consent.withdraw` or `consent.refresh` with the contact's and the purpose's uid, never
//! the evidence. Events are never changed or deleted (triggers enforce it); they go only with their
//! contact (erasure).
class ConsentService
{
    Q_DECLARE_TR_FUNCTIONS(ConsentService)

public:
    ConsentService(security::MutationGate& gate, const Clock& clock, PurposeService& purposes);

    //! Records a consent. Refused (Invalid) for an archived purpose or one that needs no consent.
    Result<ConsentEvent> grant(crm::ContactId contact, PurposeId purpose, const ConsentRecord& record);
    //! Art. 7(3): as easy as granting. Invalid when no consent is given (none, or withdrawn already); an
    //! expired consent can be withdrawn. Allowed for archived purposes too.
    Result<ConsentEvent> withdraw(crm::ContactId contact, PurposeId purpose, const ConsentRecord& record);
    //! Renews a given (or expired) consent; Invalid when none is given.
    Result<ConsentEvent> refresh(crm::ContactId contact, PurposeId purpose, const ConsentRecord& record);

    //! Grants consents for several contacts at once (one audit entry `consent.grant`, its count the
    //! number of events). Called from inside another gate body (an import) it joins that transaction,
    //! so the consents are written with the contacts or not at all.
    Result<int> grantMany(const QList<crm::ContactId>& contacts, const QList<ConsentCapture>& consents);
    //! Creates `contact` and records `consents` for it in one transaction (the new-contact editor).
    Result<crm::Contact>
    createWithConsents(crm::ContactService& contacts, crm::Contact contact, const QList<ConsentCapture>& consents);

    //! The contact's events, newest first; only those for `purpose` when given.
    Result<QList<ConsentEvent>> history(crm::ContactId contact, std::optional<PurposeId> purpose = std::nullopt);
    //! The state per purpose for a contact: every purpose in use, and archived ones with events.
    Result<QList<ConsentState>> states(crm::ContactId contact);
    Result<ConsentState> state(crm::ContactId contact, PurposeId purpose);
    //! Consents given whose expiry falls within `withinDays` from now, or has passed (marked `expired`),
    //! for purposes in use; soonest first.
    Result<QList<ConsentRefreshDue>> refreshDue(int withinDays);

    //! Stable names used in the vault, the CLI and JSON.
    static QString kindName(ConsentEventKind kind);
    static std::optional<ConsentEventKind> kindFromName(const QString& name);
    //! "web-form", "paper", "verbal", "email", "import", "other".
    static QString methodName(ConsentMethod method);
    static std::optional<ConsentMethod> methodFromName(const QString& name);
    //! "none", "given", "expired", "withdrawn".
    static QString statusName(ConsentStatus status);
    //! Translated labels for the GUI.
    static QString kindLabel(ConsentEventKind kind);
    static QString methodLabel(ConsentMethod method);
    static QString statusLabel(ConsentStatus status);
    static QList<ConsentMethod> methods();

private:
    Result<ConsentEvent>
    record(crm::ContactId contact, PurposeId purpose, ConsentEventKind kind, const ConsentRecord& record);

    security::MutationGate& m_gate;
    const Clock& m_clock;
    PurposeService& m_purposes;
};

} // namespace confidant::privacy
