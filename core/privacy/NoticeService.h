#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/privacy/Notice.h"

#include <QByteArray>
#include <QCoreApplication>

namespace confidant::security {
class MutationGate;
}

namespace confidant::privacy {

//! Versioned privacy notices and their acknowledgements (DESIGN.md "Notices").
//!
//! A notice is a draft until published; publishing hashes it (SHA-256 over `canonicalForm`) and from then
//! on nothing changes it: edit, delete and a second publish are refused here, and the schema's triggers
//! refuse any UPDATE or DELETE of a published row as well. A new text is a new version of the same
//! language. Writing notices needs "manage purposes"; recording an acknowledgement "edit contacts";
//! reading "view contacts". Audited as notice.create|edit|publish|delete and notice.ack (uids only).
class NoticeService
{
    Q_DECLARE_TR_FUNCTIONS(NoticeService)

public:
    static constexpr int kMaxTitleLength = 200;
    static constexpr int kMaxBodyLength = 200000;

    NoticeService(security::MutationGate& gate, const Clock& clock);

    //! Every version, by language then version; only `language` when given.
    Result<QList<Notice>> list(const QString& language = {}) const;
    Result<Notice> get(NoticeId id) const;
    Result<Notice> getByUid(const QString& uid) const;
    //! Version `version` of `language`.
    Result<Notice> find(const QString& language, int version) const;
    //! The latest published version of `language`; nullopt when none is published.
    Result<std::optional<Notice>> current(const QString& language) const;
    //! The languages that have at least one version, sorted.
    Result<QStringList> languages() const;

    //! A new draft, numbered one past the highest version of its language.
    Result<Notice> create(const NoticeDraft& draft);
    //! Replaces a draft's language-independent parts (title, body, format, material). Refused (Invalid)
    //! for a published version: create a new version instead.
    Result<Notice> edit(NoticeId id, const NoticeDraft& changes);
    //! Publishes a draft: hash, time and profile are recorded and the version is frozen. Refused (Invalid)
    //! when it is published already; (Conflict) when a higher version of its language is published.
    Result<Notice> publish(NoticeId id);
    //! Deletes a draft. Refused (Invalid) for a published version.
    Result<void> remove(NoticeId id);

    //! Records that a contact was shown a published version (at `atMs`, default now).
    Result<NoticeAck>
    acknowledge(crm::ContactId contact, NoticeId notice, AckChannel channel, std::optional<qint64> atMs = std::nullopt);
    //! A contact's acknowledgements, newest first.
    Result<QList<NoticeAck>> acknowledgements(crm::ContactId contact) const;
    //! Contacts whose latest acknowledged version of `language` is older than the current one, where a
    //! version after theirs, up to the current one, is material. By contact id.
    Result<QList<StaleAcknowledgement>> staleAcknowledgements(const QString& language) const;

    //! The bytes the content hash is taken over. For each of language, version (decimal), title, format
    //! name and body, in this order: the length of its UTF-8 bytes in decimal ASCII, ':', the UTF-8 bytes,
    //! '\n'; all after the line "confidant-notice-v1\n". Length prefixes make it unambiguous whatever the
    //! texts contain; the body is hashed exactly as stored (line ends were normalised to LF on input).
    static QByteArray canonicalForm(const Notice& notice);
    //! Lower-case hex SHA-256 of `canonicalForm`.
    static QString computeHash(const Notice& notice);
    //! True when a published notice's stored hash matches its content.
    static bool hashMatches(const Notice& notice);

private:
    Result<NoticeDraft> validated(const NoticeDraft& draft) const;

    security::MutationGate& m_gate;
    const Clock& m_clock;
};

} // namespace confidant::privacy
