#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/crm/Contact.h"
#include "core/privacy/Processor.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace confidant::crm {
class FieldRegistry;
}

namespace confidant::security {
class MutationGate;
}

namespace confidant::privacy {

class ConsentService;

//! Where a contact stands on restriction (Art. 18) and objection to direct marketing (Art. 21(2)).
struct SubjectStatus
{
    QString contactUid;
    //! When processing was restricted (UTC ms); empty when it is not.
    std::optional<qint64> restrictedAtMs;
    //! Why, as recorded (free text, shown on the contact; never audited).
    QString restrictionReason;
    //! When the person objected to direct marketing (UTC ms); empty when they have not.
    std::optional<qint64> objectedAtMs;

    bool isRestricted() const
    {
        return restrictedAtMs.has_value();
    }
    bool hasObjected() const
    {
        return objectedAtMs.has_value();
    }
};

//! One rectification (Art. 16): a registry field of a contact changed from `oldValue`, by whom, when.
struct FieldChange
{
    qint64 id = 0;
    //! The registry field name ("given", "email", "company", …).
    QString field;
    //! As it was before the change, readable ("a@example.org (work); b@example.org"); empty when unset.
    QString oldValue;
    qint64 changedAtMs = 0;
    //! Profile uid and its current name (empty when that profile has been removed).
    QString changedBy;
    QString changedByName;
};

//! A party that received, or may have received, the contact's data and must be told of a rectification,
//! erasure or restriction (Art. 19): a processor or recipient serving a purpose the contact's data is used for.
struct SubjectRecipient
{
    QString uid;
    QString name;
    ProcessorRole role = ProcessorRole::Processor;
    QString contact;
    bool archived = false;
    //! The purposes it serves through which the contact's data reaches it, by name.
    QStringList purposes;
};

//! The data-subject rights that change how a contact may be processed: restriction (Art. 18), objection
//! to direct marketing (Art. 21(2)), and the rectification history with the recipients to tell (Art. 16, 19).
//!
//! Restriction is enforced for every write, not by the views: installEnforcement() hooks the MutationGate
//! so that any transaction touching a restricted contact (its row, tags, consents granted or refreshed,
//! activities, deal links, notice acknowledgements, deletion) is refused with Conflict, unless it lifts the
//! restriction, records an objection, withdraws a consent, or erases the person (`subject.erase`). A deal or
//! an activity that a legal hold keeps from an erasure (its `restricted_at` set by ErasureService) is guarded
//! the same way: no update, delete or link change until its queued erasure runs. The same hook records a
//! contact_field_history row for every registry field a write changes, whichever path wrote it (editor, CLI,
//! import merge).
//!
//! Recording needs "handle requests" for restrict/unrestrict; an objection needs only "edit contacts",
//! like withdrawing a consent: it must be as easy to record as possible (Art. 21(4), 7(3)). Audited as
//! `subject.restrict`, `subject.unrestrict`, `subject.object` with the contact's uid, never the reason.
class SubjectRightsService
{
    Q_DECLARE_TR_FUNCTIONS(SubjectRightsService)

public:
    SubjectRightsService(security::MutationGate& gate, const Clock& clock, ConsentService& consents);

    //! Installs the restriction check and the rectification history on `gate`'s connection (the session's
    //! gate, and each worker gate that writes: ImportWorker). Idempotent per connection.
    static Result<void> installEnforcement(security::MutationGate& gate, const Clock& clock);
    //! The TEMP trigger that records a contact_field_history row for each contact field a person enters
    //! (FieldRegistry::enteredFieldsOf) in the contacts table, generated from `fields`: a new registry
    //! field is history without a change here. Temporary, made per connection, so no migration holds it.
    static QString historyTriggerSql(const crm::FieldRegistry& fields);

    //! Art. 18: restricts processing. Conflict when already restricted.
    Result<SubjectStatus> restrict(const QString& contactUid, const QString& reason = {});
    //! Lifts the restriction. Conflict when not restricted, or while a legal hold keeps the contact and its
    //! erasure waits on the queue (Art. 18(1)(c)).
    Result<SubjectStatus> unrestrict(const QString& contactUid);
    //! Art. 21(2)/(3): an objection to direct marketing, unconditional. Marks the contact and withdraws
    //! every consent it has given for a direct-marketing purpose (each one a ledger event, method as
    //! given). Conflict when an objection is already recorded. There is no withdrawObjection: see
    //! docs/DECISIONS.md "Objections are not lifted".
    Result<SubjectStatus> object(const QString& contactUid);

    Result<SubjectStatus> status(const QString& contactUid) const;
    //! The contact's field changes, newest first. Needs "view contacts".
    Result<QList<FieldChange>> history(const QString& contactUid) const;
    //! Processors and recipients to tell of a rectification (Art. 19), by name. Needs "view contacts".
    Result<QList<SubjectRecipient>> recipients(const QString& contactUid) const;

    //! The actions a restricted contact still allows.
    static QStringList actionsAllowedWhenRestricted();

private:
    security::MutationGate& m_gate;
    const Clock& m_clock;
    ConsentService& m_consents;
};

} // namespace confidant::privacy
