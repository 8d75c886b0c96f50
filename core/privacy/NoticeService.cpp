#include "NoticeService.h"

#include "core/TextRules.h"
#include "core/security/MutationGate.h"
#include "core/storage/Statement.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <functional>

namespace confidant::privacy {

using storage::Database;
using storage::Statement;

namespace {

constexpr const char* kColumns = "id, uid, language, version, title, body, format, status, material, content_hash, "
                                 "published_at, published_by, created_at, updated_at";

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<void> mayView(security::MutationGate& gate)
{
    security::Mutation read {QStringLiteral("notice.view"), QStringLiteral("notice")};
    read.permission = security::Permission::ViewContacts;
    return gate.require(read);
}

security::Mutation manage(const char* action, const QString& uid, QStringList fields = {})
{
    security::Mutation m {QString::fromLatin1(action), QStringLiteral("notice"), uid, std::move(fields)};
    m.permission = security::Permission::ManagePurposes;
    return m;
}

Notice readNotice(const Statement& s)
{
    Notice n;
    n.id = NoticeId {s.int64(0)};
    n.uid = s.text(1);
    n.language = s.text(2);
    n.version = s.integer(3);
    n.title = s.text(4);
    n.body = s.text(5);
    n.format = Notice::formatFromName(s.text(6)).value_or(NoticeFormat::Markdown);
    n.status = s.text(7) == QLatin1String("published") ? NoticeStatus::Published : NoticeStatus::Draft;
    n.material = s.integer(8) != 0;
    n.contentHash = s.isNull(9) ? QString() : s.text(9);
    if (!s.isNull(10)) {
        n.publishedAtMs = s.int64(10);
    }
    n.publishedBy = s.isNull(11) ? QString() : s.text(11);
    n.createdAtMs = s.int64(12);
    n.updatedAtMs = s.int64(13);
    return n;
}

Result<QList<Notice>> readNotices(Statement& s)
{
    QList<Notice> out;
    while (true) {
        auto step = s.step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            return out;
        }
        out.append(readNotice(s));
    }
}

Result<Notice> readOne(Database& db, const QString& where, const std::function<void(Statement&)>& bind)
{
    auto s = db.prepare(QStringLiteral("SELECT %1 FROM notices WHERE %2").arg(QLatin1String(kColumns), where));
    if (!s) {
        return s.error();
    }
    bind(*s);
    auto rows = readNotices(*s);
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty()) {
        return makeError(ErrorKind::NotFound,
                         NoticeService::tr("No such privacy notice; list them with: notice list."));
    }
    return rows->first();
}

// Stored bodies use LF line ends, so that the same text typed on any system hashes the same.
QString normalizeLineEnds(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

void appendField(QByteArray& out, const QByteArray& bytes)
{
    out += QByteArray::number(bytes.size());
    out += ':';
    out += bytes;
    out += '\n';
}

NoticeAck readAck(const Statement& s)
{
    NoticeAck a;
    a.uid = s.text(0);
    a.contactId = crm::ContactId {s.int64(1)};
    a.contactUid = s.text(2);
    a.noticeId = NoticeId {s.int64(3)};
    a.noticeUid = s.text(4);
    a.language = s.text(5);
    a.version = s.integer(6);
    a.atMs = s.int64(7);
    a.channel = Notice::channelFromName(s.text(8)).value_or(AckChannel::Other);
    a.recordedBy = s.text(9);
    return a;
}

} // namespace

QString Notice::formatName(NoticeFormat format)
{
    return format == NoticeFormat::Html ? QStringLiteral("html") : QStringLiteral("markdown");
}

std::optional<NoticeFormat> Notice::formatFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("markdown") || n == QLatin1String("md")) {
        return NoticeFormat::Markdown;
    }
    if (n == QLatin1String("html")) {
        return NoticeFormat::Html;
    }
    return std::nullopt;
}

QString Notice::statusName(NoticeStatus status)
{
    return status == NoticeStatus::Published ? QStringLiteral("published") : QStringLiteral("draft");
}

QString Notice::channelName(AckChannel channel)
{
    switch (channel) {
    case AckChannel::InPerson:
        return QStringLiteral("in-person");
    case AckChannel::Phone:
        return QStringLiteral("phone");
    case AckChannel::Email:
        return QStringLiteral("email");
    case AckChannel::Web:
        return QStringLiteral("web");
    case AckChannel::Paper:
        return QStringLiteral("paper");
    case AckChannel::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

std::optional<AckChannel> Notice::channelFromName(const QString& name)
{
    for (AckChannel c : {AckChannel::InPerson,
                         AckChannel::Phone,
                         AckChannel::Email,
                         AckChannel::Web,
                         AckChannel::Paper,
                         AckChannel::Other}) {
        if (channelName(c) == name.trimmed().toLower()) {
            return c;
        }
    }
    return std::nullopt;
}

QString Notice::channelLabel(AckChannel channel)
{
    switch (channel) {
    case AckChannel::InPerson:
        return tr("In person");
    case AckChannel::Phone:
        return tr("Phone");
    case AckChannel::Email:
        return tr("Email");
    case AckChannel::Web:
        return tr("Web");
    case AckChannel::Paper:
        return tr("Paper");
    case AckChannel::Other:
        return tr("Other");
    }
    return {};
}

std::optional<QString> Notice::normalizeLanguage(const QString& code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"));
    QString c = code.trimmed();
    c.replace(QLatin1Char('_'), QLatin1Char('-'));
    if (c.size() > 35 || !pattern.match(c).hasMatch()) {
        return std::nullopt;
    }
    QStringList parts = c.split(QLatin1Char('-'));
    parts[0] = parts[0].toLower();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        QString& p = parts[i];
        if (p.size() == 2 && p.at(0).isLetter()) {
            p = p.toUpper(); // region: AT
        } else if (p.size() == 4 && p.at(0).isLetter()) {
            p = p.left(1).toUpper() + p.mid(1).toLower(); // script: Latn
        } else {
            p = p.toLower();
        }
    }
    return parts.join(QLatin1Char('-'));
}

NoticeService::NoticeService(security::MutationGate& gate, const Clock& clock)
    : m_gate(gate)
    , m_clock(clock)
{
}

QByteArray NoticeService::canonicalForm(const Notice& notice)
{
    QByteArray out("confidant-notice-v1\n");
    appendField(out, notice.language.toUtf8());
    appendField(out, QByteArray::number(notice.version));
    appendField(out, notice.title.toUtf8());
    appendField(out, Notice::formatName(notice.format).toUtf8());
    appendField(out, notice.body.toUtf8());
    return out;
}

QString NoticeService::computeHash(const Notice& notice)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonicalForm(notice), QCryptographicHash::Sha256).toHex());
}

bool NoticeService::hashMatches(const Notice& notice)
{
    return notice.isPublished() && !notice.contentHash.isEmpty() && notice.contentHash == computeHash(notice);
}

Result<QList<Notice>> NoticeService::list(const QString& language) const
{
    if (auto allowed = mayView(m_gate); !allowed) {
        return allowed.error();
    }
    if (language.isEmpty()) {
        auto s = m_gate.db().prepare(
            QStringLiteral("SELECT %1 FROM notices ORDER BY language, version").arg(QLatin1String(kColumns)));
        if (!s) {
            return s.error();
        }
        return readNotices(*s);
    }
    const auto code = Notice::normalizeLanguage(language);
    if (!code) {
        return makeError(ErrorKind::Invalid, tr("A language is a code such as en, de or de-AT."));
    }
    auto s = m_gate.db().prepare(
        QStringLiteral("SELECT %1 FROM notices WHERE language = ?1 ORDER BY version").arg(QLatin1String(kColumns)));
    if (!s) {
        return s.error();
    }
    s->bind(1, *code);
    return readNotices(*s);
}

Result<Notice> NoticeService::get(NoticeId id) const
{
    if (auto allowed = mayView(m_gate); !allowed) {
        return allowed.error();
    }
    return readOne(m_gate.db(), QStringLiteral("id = ?1"), [&](Statement& s) { s.bind(1, id.value); });
}

Result<Notice> NoticeService::getByUid(const QString& uid) const
{
    if (auto allowed = mayView(m_gate); !allowed) {
        return allowed.error();
    }
    const QString wanted = uid.trimmed().toLower();
    return readOne(m_gate.db(), QStringLiteral("uid = ?1"), [&](Statement& s) { s.bind(1, wanted); });
}

Result<Notice> NoticeService::find(const QString& language, int version) const
{
    if (auto allowed = mayView(m_gate); !allowed) {
        return allowed.error();
    }
    const auto code = Notice::normalizeLanguage(language);
    if (!code) {
        return makeError(ErrorKind::Invalid, tr("A language is a code such as en, de or de-AT."));
    }
    return readOne(m_gate.db(), QStringLiteral("language = ?1 AND version = ?2"), [&](Statement& s) {
        s.bind(1, *code).bind(2, version);
    });
}

Result<std::optional<Notice>> NoticeService::current(const QString& language) const
{
    if (auto allowed = mayView(m_gate); !allowed) {
        return allowed.error();
    }
    const auto code = Notice::normalizeLanguage(language);
    if (!code) {
        return makeError(ErrorKind::Invalid, tr("A language is a code such as en, de or de-AT."));
    }
    auto s = m_gate.db().prepare(QStringLiteral("SELECT %1 FROM notices WHERE language = ?1 AND status = 'published' "
                                                "ORDER BY version DESC LIMIT 1")
                                     .arg(QLatin1String(kColumns)));
    if (!s) {
        return s.error();
    }
    s->bind(1, *code);
    auto rows = readNotices(*s);
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty()) {
        return std::optional<Notice> {};
    }
    return std::optional<Notice> {rows->first()};
}

Result<QStringList> NoticeService::languages() const
{
    if (auto allowed = mayView(m_gate); !allowed) {
        return allowed.error();
    }
    auto s = m_gate.db().prepare("SELECT DISTINCT language FROM notices ORDER BY language");
    if (!s) {
        return s.error();
    }
    QStringList out;
    while (true) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            return out;
        }
        out.append(s->text(0));
    }
}

Result<NoticeDraft> NoticeService::validated(const NoticeDraft& draft) const
{
    NoticeDraft d = draft;
    const auto code = Notice::normalizeLanguage(draft.language);
    if (!code) {
        return makeError(ErrorKind::Invalid, tr("A notice needs a language code such as en, de or de-AT."));
    }
    d.language = *code;
    d.title = draft.title.trimmed();
    if (d.title.isEmpty() || d.title.size() > kMaxTitleLength || !TextRules::isAllowed(d.title, TextLines::One)) {
        return makeError(ErrorKind::Invalid,
                         tr("A notice needs a title of 1 to %1 characters on one line.").arg(kMaxTitleLength));
    }
    d.body = normalizeLineEnds(draft.body);
    if (d.body.trimmed().isEmpty()) {
        return makeError(ErrorKind::Invalid, tr("A notice needs a text; it is empty."));
    }
    if (d.body.size() > kMaxBodyLength) {
        return makeError(ErrorKind::Invalid,
                         tr("A notice text may have at most %1 characters; shorten it.").arg(kMaxBodyLength));
    }
    return d;
}

Result<Notice> NoticeService::create(const NoticeDraft& draft)
{
    auto d = validated(draft);
    if (!d) {
        return d.error();
    }
    const QString uid = newUid();
    const qint64 now = m_clock.nowMs();
    security::Mutation m = manage("notice.create", uid);
    auto created = m_gate.apply<NoticeId>(m, [&](Database& db, security::Mutation& mm) -> Result<NoticeId> {
        auto next = db.prepare("SELECT coalesce(max(version), 0) + 1 FROM notices WHERE language = ?1");
        if (!next) {
            return next.error();
        }
        next->bind(1, d->language);
        if (auto step = next->step(); !step) {
            return step.error();
        }
        const int version = next->integer(0);
        auto s = db.prepare("INSERT INTO notices (uid, language, version, title, body, format, status, material, "
                            "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'draft', ?7, ?8, ?8)");
        if (!s) {
            return s.error();
        }
        s->bind(1, uid)
            .bind(2, d->language)
            .bind(3, version)
            .bind(4, d->title)
            .bind(5, d->body)
            .bind(6, Notice::formatName(d->format))
            .bind(7, d->material ? 1 : 0)
            .bind(8, now);
        if (auto r = s->run(); !r) {
            return r.error();
        }
        mm.note = QStringLiteral("language=%1 version=%2").arg(d->language).arg(version);
        return NoticeId {db.lastInsertRowId()};
    });
    if (!created) {
        return created.error();
    }
    return get(*created);
}

Result<Notice> NoticeService::edit(NoticeId id, const NoticeDraft& changes)
{
    auto before = get(id);
    if (!before) {
        return before.error();
    }
    if (before->isPublished()) {
        return makeError(ErrorKind::Invalid,
                         tr("Version %1 of this notice is published and can no longer be changed; add a new version "
                            "instead.")
                             .arg(before->version));
    }
    NoticeDraft wanted = changes;
    wanted.language = before->language; // the language is part of the version's identity
    auto d = validated(wanted);
    if (!d) {
        return d.error();
    }
    QStringList fields;
    if (d->title != before->title) {
        fields << QStringLiteral("title");
    }
    if (d->body != before->body) {
        fields << QStringLiteral("body");
    }
    if (d->format != before->format) {
        fields << QStringLiteral("format");
    }
    if (d->material != before->material) {
        fields << QStringLiteral("material");
    }
    if (fields.isEmpty()) {
        return *before;
    }
    security::Mutation m = manage("notice.edit", before->uid, fields);
    auto r = m_gate.apply<bool>(m, [&](Database& db, security::Mutation&) -> Result<bool> {
        // `status = 'draft'` again here: a publish between the read above and this write must win.
        auto s = db.prepare("UPDATE notices SET title = ?2, body = ?3, format = ?4, material = ?5, updated_at = ?6 "
                            "WHERE id = ?1 AND status = 'draft'");
        if (!s) {
            return s.error();
        }
        s->bind(1, id.value)
            .bind(2, d->title)
            .bind(3, d->body)
            .bind(4, Notice::formatName(d->format))
            .bind(5, d->material ? 1 : 0)
            .bind(6, m_clock.nowMs());
        if (auto run = s->run(); !run) {
            return run.error();
        }
        if (db.changes() != 1) {
            return makeError(ErrorKind::Invalid, tr("This notice version is published and can no longer be changed."));
        }
        return true;
    });
    if (!r) {
        return r.error();
    }
    return get(id);
}

Result<Notice> NoticeService::publish(NoticeId id)
{
    auto before = get(id);
    if (!before) {
        return before.error();
    }
    if (before->isPublished()) {
        return makeError(ErrorKind::Invalid,
                         tr("Version %1 of this notice is published already; a published version is never published "
                            "again or changed.")
                             .arg(before->version));
    }
    Notice published = *before;
    published.status = NoticeStatus::Published;
    published.contentHash = computeHash(published);
    published.publishedAtMs = m_clock.nowMs();
    published.publishedBy = m_gate.actor().uid;
    security::Mutation m = manage("notice.publish", before->uid, {QStringLiteral("status")});
    m.note = QStringLiteral("language=%1 version=%2 sha256=%3")
                 .arg(published.language)
                 .arg(published.version)
                 .arg(published.contentHash);
    auto r = m_gate.apply<bool>(m, [&](Database& db, security::Mutation&) -> Result<bool> {
        auto higher = db.prepare("SELECT count(*) FROM notices WHERE language = ?1 AND version > ?2 "
                                 "AND status = 'published'");
        if (!higher) {
            return higher.error();
        }
        higher->bind(1, published.language).bind(2, published.version);
        if (auto step = higher->step(); !step) {
            return step.error();
        }
        if (higher->int64(0) > 0) {
            return makeError(ErrorKind::Conflict,
                             tr("A later version of this language is published already, so this draft would not "
                                "become the current notice; add a new version instead."));
        }
        auto s = db.prepare("UPDATE notices SET status = 'published', content_hash = ?2, published_at = ?3, "
                            "published_by = ?4, updated_at = ?3 WHERE id = ?1 AND status = 'draft'");
        if (!s) {
            return s.error();
        }
        s->bind(1, id.value)
            .bind(2, published.contentHash)
            .bind(3, *published.publishedAtMs)
            .bind(4, published.publishedBy);
        if (auto run = s->run(); !run) {
            return run.error();
        }
        if (db.changes() != 1) {
            return makeError(ErrorKind::Invalid, tr("This notice version is published already."));
        }
        return true;
    });
    if (!r) {
        return r.error();
    }
    return get(id);
}

Result<void> NoticeService::remove(NoticeId id)
{
    auto before = get(id);
    if (!before) {
        return before.error();
    }
    if (before->isPublished()) {
        return makeError(ErrorKind::Invalid,
                         tr("Version %1 of this notice is published and is kept as evidence; it cannot be deleted.")
                             .arg(before->version));
    }
    security::Mutation m = manage("notice.delete", before->uid);
    m.note = QStringLiteral("language=%1 version=%2").arg(before->language).arg(before->version);
    return m_gate.apply<void>(m, [&](Database& db, security::Mutation&) -> Result<void> {
        auto s = db.prepare("DELETE FROM notices WHERE id = ?1 AND status = 'draft'");
        if (!s) {
            return s.error();
        }
        if (auto run = s->bind(1, id.value).run(); !run) {
            return run;
        }
        if (db.changes() != 1) {
            return makeError(ErrorKind::Invalid, tr("This notice version is published and cannot be deleted."));
        }
        return {};
    });
}

Result<NoticeAck>
NoticeService::acknowledge(crm::ContactId contact, NoticeId notice, AckChannel channel, std::optional<qint64> atMs)
{
    auto shown = get(notice);
    if (!shown) {
        return shown.error();
    }
    if (!shown->isPublished()) {
        return makeError(ErrorKind::Invalid,
                         tr("Only a published notice can be acknowledged; publish this version first."));
    }
    auto contactUid = [&]() -> Result<QString> {
        auto s = m_gate.db().prepare("SELECT uid FROM contacts WHERE id = ?1");
        if (!s) {
            return s.error();
        }
        s->bind(1, contact.value);
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            return makeError(ErrorKind::NotFound, tr("No such contact; it may have been deleted."));
        }
        return s->text(0);
    }();
    if (!contactUid) {
        return contactUid.error();
    }
    const qint64 now = m_clock.nowMs();
    const qint64 at = atMs.value_or(now);
    if (at > now + 60 * 1000) {
        return makeError(ErrorKind::Invalid, tr("An acknowledgement cannot lie in the future."));
    }
    if (shown->publishedAtMs && at < *shown->publishedAtMs) {
        return makeError(ErrorKind::Invalid,
                         tr("An acknowledgement cannot be dated before the notice version was published."));
    }
    NoticeAck ack;
    ack.uid = newUid();
    ack.contactId = contact;
    ack.contactUid = *contactUid;
    ack.noticeId = notice;
    ack.noticeUid = shown->uid;
    ack.language = shown->language;
    ack.version = shown->version;
    ack.atMs = at;
    ack.channel = channel;
    ack.recordedBy = m_gate.actor().uid;
    // The contact is the entity, so the ack shows up in the contact's audit history; uids only.
    security::Mutation m {QStringLiteral("notice.ack"), QStringLiteral("contact"), ack.contactUid};
    m.permission = security::Permission::EditContacts;
    m.note = QStringLiteral("ack=%1 notice=%2 version=%3 channel=%4")
                 .arg(ack.uid, ack.noticeUid)
                 .arg(ack.version)
                 .arg(Notice::channelName(channel));
    return m_gate.apply<NoticeAck>(m, [&](Database& db, security::Mutation&) -> Result<NoticeAck> {
        auto s = db.prepare("INSERT INTO notice_acks (uid, contact_id, notice_id, at, channel, recorded_by, "
                            "created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        if (!s) {
            return s.error();
        }
        s->bind(1, ack.uid)
            .bind(2, contact.value)
            .bind(3, notice.value)
            .bind(4, at)
            .bind(5, Notice::channelName(channel))
            .bind(6, ack.recordedBy)
            .bind(7, now);
        if (auto r = s->run(); !r) {
            return r.error();
        }
        return ack;
    });
}

Result<QList<NoticeAck>> NoticeService::acknowledgements(crm::ContactId contact) const
{
    if (auto allowed = mayView(m_gate); !allowed) {
        return allowed.error();
    }
    auto s = m_gate.db().prepare(
        "SELECT a.uid, a.contact_id, c.uid, a.notice_id, n.uid, n.language, n.version, a.at, a.channel, "
        "a.recorded_by FROM notice_acks a JOIN contacts c ON c.id = a.contact_id "
        "JOIN notices n ON n.id = a.notice_id WHERE a.contact_id = ?1 ORDER BY a.at DESC, a.id DESC");
    if (!s) {
        return s.error();
    }
    s->bind(1, contact.value);
    QList<NoticeAck> out;
    while (true) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            return out;
        }
        out.append(readAck(*s));
    }
}

Result<QList<StaleAcknowledgement>> NoticeService::staleAcknowledgements(const QString& language) const
{
    auto now = current(language);
    if (!now) {
        return now.error();
    }
    if (!now->has_value()) {
        return QList<StaleAcknowledgement> {};
    }
    const Notice& cur = **now;
    // Per contact, the highest version of this language acknowledged (latest by version, then by time),
    // stale when lower than the current one and a material version lies in (acknowledged, current].
    auto s = m_gate.db().prepare(
        "WITH latest AS ("
        "  SELECT a.contact_id, max(n.version) AS version, max(a.at) AS at"
        "  FROM notice_acks a JOIN notices n ON n.id = a.notice_id"
        "  WHERE n.language = ?1 GROUP BY a.contact_id)"
        " SELECT l.contact_id, c.uid, l.version, l.at FROM latest l JOIN contacts c ON c.id = l.contact_id"
        " WHERE l.version < ?2 AND EXISTS (SELECT 1 FROM notices m WHERE m.language = ?1"
        "   AND m.status = 'published' AND m.material = 1 AND m.version > l.version AND m.version <= ?2)"
        " ORDER BY l.contact_id");
    if (!s) {
        return s.error();
    }
    s->bind(1, cur.language).bind(2, cur.version);
    QList<StaleAcknowledgement> out;
    while (true) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            return out;
        }
        StaleAcknowledgement st;
        st.contactId = crm::ContactId {s->int64(0)};
        st.contactUid = s->text(1);
        st.acknowledgedVersion = s->integer(2);
        st.acknowledgedAtMs = s->int64(3);
        st.currentVersion = cur.version;
        out.append(st);
    }
}

} // namespace confidant::privacy
