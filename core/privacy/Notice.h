#pragma once

#include "core/crm/Contact.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <compare>
#include <optional>

namespace confidant::privacy {

struct NoticeId
{
    qint64 value = 0;
    auto operator<=>(const NoticeId&) const = default;
};

enum class NoticeFormat
{
    Markdown,
    Html,
};

enum class NoticeStatus
{
    Draft, //!< editable and deletable
    Published, //!< immutable: hashed, dated, never changed again (service and schema triggers)
};

//! How a contact was shown a notice (DESIGN.md "Notices").
enum class AckChannel
{
    InPerson,
    Phone,
    Email,
    Web,
    Paper,
    Other,
};

//! One version of a privacy notice (Art. 13/14) in one language. Versions count up per language; the
//! latest published one is the current notice, and a published version is never edited, only superseded.
struct Notice
{
    Q_DECLARE_TR_FUNCTIONS(Notice)

public:
    NoticeId id;
    QString uid;
    //! BCP-47-like code: "en", "de", "de-AT", "pt-BR".
    QString language;
    int version = 0;
    QString title;
    QString body;
    NoticeFormat format = NoticeFormat::Markdown;
    NoticeStatus status = NoticeStatus::Draft;
    //! A material change: people who acknowledged an older version should see this one (staleness).
    bool material = true;
    //! Lower-case hex SHA-256 over the canonical form (NoticeService::canonicalForm); empty for drafts.
    QString contentHash;
    std::optional<qint64> publishedAtMs;
    //! Uid of the profile that published it.
    QString publishedBy;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;

    bool isPublished() const
    {
        return status == NoticeStatus::Published;
    }

    //! Stable names used in the vault, the CLI and JSON: "markdown", "html".
    static QString formatName(NoticeFormat format);
    static std::optional<NoticeFormat> formatFromName(const QString& name);
    //! "draft", "published".
    static QString statusName(NoticeStatus status);
    //! "in-person", "phone", "email", "web", "paper", "other".
    static QString channelName(AckChannel channel);
    static std::optional<AckChannel> channelFromName(const QString& name);
    static QString channelLabel(AckChannel channel);
    //! The canonical form of a language code ("DE_at" -> "de-AT"); nullopt when it is not one.
    static std::optional<QString> normalizeLanguage(const QString& code);
};

//! What an author writes: everything but the version number, which the service assigns.
struct NoticeDraft
{
    QString language;
    QString title;
    QString body;
    NoticeFormat format = NoticeFormat::Markdown;
    bool material = true;
};

//! A contact was shown a published notice version (DESIGN.md "Notices").
struct NoticeAck
{
    QString uid;
    crm::ContactId contactId;
    QString contactUid;
    NoticeId noticeId;
    QString noticeUid;
    QString language;
    int version = 0;
    qint64 atMs = 0;
    AckChannel channel = AckChannel::Other;
    //! Uid of the profile that recorded it.
    QString recordedBy;
};

//! A contact whose latest acknowledgement in a language is older than the current notice, with a
//! material change in between: they should be shown the current version.
struct StaleAcknowledgement
{
    crm::ContactId contactId;
    QString contactUid;
    int acknowledgedVersion = 0;
    qint64 acknowledgedAtMs = 0;
    int currentVersion = 0;
};

} // namespace confidant::privacy
