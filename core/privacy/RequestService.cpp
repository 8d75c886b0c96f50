#include "RequestService.h"

#include "core/TextRules.h"
#include "core/crm/FieldRegistry.h"
#include "core/privacy/RequestDeadlines.h"
#include "core/security/MutationGate.h"
#include "core/storage/Statement.h"

#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace confidant::privacy {

using storage::Database;
using storage::Statement;

namespace {

constexpr const char* kColumns
    = "r.id, r.uid, r.reference, r.kind, r.jurisdiction, r.channel, r.requester, r.details, r.received_at, "
      "r.due_at, r.status, r.verified_at, r.verified_by, coalesce(vp.name, ''), r.verification_method, "
      "r.extended_at, r.extension_reason, r.requester_told_at, r.receipt_due_at, r.receipt_confirmed_at, "
      "r.closed_at, r.outcome, r.closing_note, r.created_by, r.created_at, r.updated_at";
constexpr const char* kFrom = " FROM requests r LEFT JOIN profiles vp ON vp.uid = r.verified_by ";

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

std::optional<qint64> optionalInt(const Statement& s, int column)
{
    return s.isNull(column) ? std::nullopt : std::optional<qint64>(s.int64(column));
}

Request readRow(const Statement& s)
{
    Request r;
    r.id = s.int64(0);
    r.uid = s.text(1);
    r.reference = s.text(2);
    r.kind = Request::kindFromName(s.text(3)).value_or(RequestKind::Access);
    r.jurisdiction = Request::jurisdictionFromName(s.text(4)).value_or(Jurisdiction::Other);
    r.channel = Request::channelFromName(s.text(5)).value_or(RequestChannel::Other);
    r.requester = s.text(6);
    r.details = s.text(7);
    r.receivedAtMs = s.int64(8);
    r.dueAtMs = s.int64(9);
    r.status = Request::statusFromName(s.text(10)).value_or(RequestStatus::Received);
    r.verifiedAtMs = optionalInt(s, 11);
    r.verifiedBy = s.text(12);
    r.verifiedByName = s.text(13);
    r.verificationMethod = s.text(14);
    r.extendedAtMs = optionalInt(s, 15);
    r.extensionReason = s.text(16);
    r.requesterToldAtMs = optionalInt(s, 17);
    r.receiptDueAtMs = optionalInt(s, 18);
    r.receiptConfirmedAtMs = optionalInt(s, 19);
    r.closedAtMs = optionalInt(s, 20);
    if (!s.isNull(21)) {
        r.outcome = Request::outcomeFromName(s.text(21));
    }
    r.closingNote = s.text(22);
    r.createdBy = s.text(23);
    r.createdAtMs = s.int64(24);
    r.updatedAtMs = s.int64(25);
    return r;
}

// Reads the rows of `s`, then each request's linked contacts (a contact erased since keeps its uid only).
Result<QList<Request>> readRequests(Database& db, Statement& s)
{
    QList<Request> out;
    while (true) {
        auto step = s.step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            break;
        }
        out.append(readRow(s));
    }
    auto contacts = db.prepare("SELECT rc.contact_uid, c.id IS NOT NULL, trim(coalesce(c.given_name, '') || ' ' || "
                               "coalesce(c.family_name, '')) FROM request_contacts rc "
                               "LEFT JOIN contacts c ON c.uid = rc.contact_uid WHERE rc.request_id = ?1 "
                               "ORDER BY c.family_name COLLATE NOCASE, c.given_name COLLATE NOCASE, rc.contact_uid");
    if (!contacts) {
        return contacts.error();
    }
    for (Request& r : out) {
        contacts->reset();
        contacts->bind(1, r.id);
        while (true) {
            auto step = contacts->step();
            if (!step) {
                return step.error();
            }
            if (*step == Statement::Step::Done) {
                break;
            }
            r.contacts.append({contacts->text(0), contacts->text(2), contacts->integer(1) != 0});
        }
    }
    return out;
}

Result<QList<RequestArtefact>> readArtefacts(Database& db, qint64 requestId)
{
    auto s = db.prepare("SELECT a.id, a.kind, a.file_name, a.sha256, a.produced_at, a.produced_by, "
                        "coalesce(p.name, '') FROM request_artefacts a LEFT JOIN profiles p ON p.uid = a.produced_by "
                        "WHERE a.request_id = ?1 ORDER BY a.id");
    if (!s) {
        return s.error();
    }
    s->bind(1, requestId);
    QList<RequestArtefact> out;
    while (true) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            break;
        }
        out.append({s->int64(0), s->text(1), s->text(2), s->text(3), s->int64(4), s->text(5), s->text(6)});
    }
    return out;
}

Error notFound()
{
    return makeError(ErrorKind::NotFound,
                     RequestService::tr("No request has that reference or id; list them with: request list --all."));
}

Error closedAlready(const Request& r)
{
    return makeError(ErrorKind::Invalid,
                     RequestService::tr("Request %1 is closed; a closed request cannot be changed.").arg(r.reference));
}

} // namespace

QDate RequestService::earliestReceivedDate()
{
    return QDate(2000, 1, 1);
}

RequestService::RequestService(security::MutationGate& gate, const Clock& clock)
    : m_gate(gate)
    , m_clock(clock)
{
}

Result<void> RequestService::mayHandle(const char* action) const
{
    // The register holds who asked and why: reading it needs the same permission as handling it.
    security::Mutation attempt {QString::fromLatin1(action), QStringLiteral("request")};
    attempt.permission = security::Permission::HandleRequests;
    return m_gate.require(attempt);
}

Result<Request> RequestService::add(const NewRequest& input)
{
    if (auto allowed = mayHandle("request.create"); !allowed) {
        return allowed.error();
    }
    const qint64 now = m_clock.nowMs();
    const qint64 received = input.receivedAtMs.value_or(now);
    const QString requester = input.requester.trimmed();
    const QString details = input.details.trimmed();
    if (received > now) {
        return makeError(ErrorKind::Invalid, tr("The date of receipt cannot be in the future."));
    }
    if (received < earliestReceivedDate().startOfDay(Qt::UTC).toMSecsSinceEpoch()) {
        return makeError(ErrorKind::Invalid,
                         tr("The date of receipt cannot be before %1; check the year.")
                             .arg(earliestReceivedDate().toString(Qt::ISODate)));
    }
    // The requester is a name (the registry's Identity field): the rule of contact names, and its message.
    static const crm::FieldInfo* requesterField
        = crm::FieldRegistry::builtIn().find(QStringLiteral("request"), QStringLiteral("requester"));
    if (const auto problem
        = TextRules::problem(crm::FieldRegistry::label(*requesterField), requester, TextLines::One)) {
        return makeError(ErrorKind::Invalid, *problem);
    }
    if (requester.size() > kMaxRequesterLength) {
        return makeError(ErrorKind::Invalid,
                         tr("The requester is one line of at most %1 characters.").arg(kMaxRequesterLength));
    }
    if (details.size() > kMaxTextLength || !TextRules::isAllowed(details, TextLines::Many)) {
        return makeError(ErrorKind::Invalid, tr("The details may have at most %1 characters.").arg(kMaxTextLength));
    }
    QStringList contactUids;
    for (const QString& raw : input.contactUids) {
        const QUuid parsed = QUuid::fromString(raw.trimmed());
        if (parsed.isNull()) {
            return makeError(ErrorKind::Invalid,
                             tr("A linked contact is named by its uid (8-4-4-4-12 hex digits), as contact list "
                                "prints it."));
        }
        const QString uid = parsed.toString(QUuid::WithoutBraces);
        if (!contactUids.contains(uid)) {
            contactUids << uid;
        }
    }

    Request r;
    r.uid = newUid();
    r.kind = input.kind;
    r.jurisdiction = input.jurisdiction;
    r.channel = input.channel;
    r.receivedAtMs = received;
    r.dueAtMs = RequestDeadlines::dueAtMs(input.jurisdiction, received);
    r.receiptDueAtMs = RequestDeadlines::receiptDueAtMs(input.jurisdiction, received);

    security::Mutation m {QStringLiteral("request.create"), QStringLiteral("request"), r.uid};
    m.permission = security::Permission::HandleRequests;
    m.count = 1;
    m.note = QStringLiteral("kind=%1 jurisdiction=%2 channel=%3 contacts=%4")
                 .arg(Request::kindName(r.kind),
                      Request::jurisdictionName(r.jurisdiction),
                      Request::channelName(r.channel))
                 .arg(contactUids.size());
    const QString actor = m_gate.actor().uid;
    auto created = m_gate.apply<bool>(m, [&](Database& db, security::Mutation&) -> Result<bool> {
        auto exists = db.prepare("SELECT count(*) FROM contacts WHERE uid = ?1");
        if (!exists) {
            return exists.error();
        }
        for (const QString& uid : contactUids) {
            exists->reset();
            exists->bind(1, uid);
            if (auto step = exists->step(); !step) {
                return step.error();
            }
            if (exists->int64(0) == 0) {
                return makeError(ErrorKind::NotFound,
                                 tr("No contact has the uid %1; list them with: contact list.").arg(uid));
            }
        }
        // Sequential per year of receipt; computed inside the write transaction, so no two requests share one.
        const int year = RequestDeadlines::utcDate(received).year();
        const QString prefix = QStringLiteral("R-%1-").arg(year, 4, 10, QLatin1Char('0'));
        auto last = db.prepare("SELECT coalesce(max(CAST(substr(reference, ?2) AS INTEGER)), 0) FROM requests "
                               "WHERE substr(reference, 1, ?3) = ?1");
        if (!last) {
            return last.error();
        }
        last->bind(1, prefix).bind(2, static_cast<int>(prefix.size()) + 1).bind(3, static_cast<int>(prefix.size()));
        if (auto step = last->step(); !step) {
            return step.error();
        }
        r.reference = prefix + QStringLiteral("%1").arg(last->int64(0) + 1, 4, 10, QLatin1Char('0'));
        auto insert = db.prepare("INSERT INTO requests (uid, reference, kind, jurisdiction, channel, requester, "
                                 "details, received_at, due_at, status, receipt_due_at, created_by, created_at, "
                                 "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'received', ?10, ?11, "
                                 "?12, ?12)");
        if (!insert) {
            return insert.error();
        }
        insert->bind(1, r.uid)
            .bind(2, r.reference)
            .bind(3, Request::kindName(r.kind))
            .bind(4, Request::jurisdictionName(r.jurisdiction))
            .bind(5, Request::channelName(r.channel))
            .bind(6, requester)
            .bind(7, details)
            .bind(8, received)
            .bind(9, r.dueAtMs)
            .bind(10, r.receiptDueAtMs)
            .bind(11, actor)
            .bind(12, now);
        if (auto run = insert->run(); !run) {
            return run.error();
        }
        const qint64 id = db.lastInsertRowId();
        auto link = db.prepare("INSERT INTO request_contacts (request_id, contact_uid) VALUES (?1, ?2)");
        if (!link) {
            return link.error();
        }
        for (const QString& uid : contactUids) {
            link->reset();
            if (auto run = link->bind(1, id).bind(2, uid).run(); !run) {
                return run.error();
            }
        }
        return true;
    });
    if (!created) {
        return created.error();
    }
    return find(r.uid);
}

Result<QList<Request>> RequestService::list(RequestFilter filter, int days) const
{
    if (auto allowed = mayHandle("request.view"); !allowed) {
        return allowed.error();
    }
    const qint64 now = m_clock.nowMs();
    QString where;
    qint64 bound = 0;
    switch (filter) {
    case RequestFilter::Open:
        where = QStringLiteral("WHERE r.status <> 'closed'");
        break;
    case RequestFilter::Overdue:
        where = QStringLiteral("WHERE r.status <> 'closed' AND r.due_at < ?1");
        bound = now;
        break;
    case RequestFilter::DueWithin:
        where = QStringLiteral("WHERE r.status <> 'closed' AND r.due_at <= ?1");
        bound = RequestDeadlines::endOfDayMs(RequestDeadlines::utcDate(now).addDays(std::max(days, 0)));
        break;
    case RequestFilter::All:
        break;
    }
    auto s = m_gate.db().prepare(QStringLiteral("SELECT %1 %2 %3 ORDER BY r.due_at, r.id")
                                     .arg(QLatin1String(kColumns), QLatin1String(kFrom), where));
    if (!s) {
        return s.error();
    }
    if (filter == RequestFilter::Overdue || filter == RequestFilter::DueWithin) {
        s->bind(1, bound);
    }
    return readRequests(m_gate.db(), *s);
}

Result<QList<Request>> RequestService::dueSoon(int days) const
{
    return list(RequestFilter::DueWithin, days);
}

Result<QList<Request>> RequestService::forContact(const QString& contactUid) const
{
    if (auto allowed = mayHandle("request.view"); !allowed) {
        return allowed.error();
    }
    auto s = m_gate.db().prepare(QStringLiteral("SELECT %1 %2 WHERE r.id IN (SELECT request_id FROM request_contacts "
                                                "WHERE contact_uid = ?1) ORDER BY r.received_at DESC, r.id DESC")
                                     .arg(QLatin1String(kColumns), QLatin1String(kFrom)));
    if (!s) {
        return s.error();
    }
    s->bind(1, contactUid.trimmed().toLower());
    return readRequests(m_gate.db(), *s);
}

Result<Request> RequestService::find(const QString& referenceOrUid) const
{
    if (auto allowed = mayHandle("request.view"); !allowed) {
        return allowed.error();
    }
    const QString wanted = referenceOrUid.trimmed();
    if (wanted.isEmpty()) {
        return notFound();
    }
    auto s = m_gate.db().prepare(QStringLiteral("SELECT %1 %2 WHERE r.reference = ?1 OR r.uid = ?2 LIMIT 1")
                                     .arg(QLatin1String(kColumns), QLatin1String(kFrom)));
    if (!s) {
        return s.error();
    }
    s->bind(1, wanted.toUpper()).bind(2, wanted.toLower());
    auto rows = readRequests(m_gate.db(), *s);
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty()) {
        return notFound();
    }
    Request r = rows->first();
    auto artefacts = readArtefacts(m_gate.db(), r.id);
    if (!artefacts) {
        return artefacts.error();
    }
    r.artefacts = *artefacts;
    return r;
}

Result<Request> RequestService::verify(const QString& referenceOrUid, const QString& method)
{
    auto before = find(referenceOrUid);
    if (!before) {
        return before.error();
    }
    const QString text = method.trimmed();
    if (!before->isOpen()) {
        return closedAlready(*before);
    }
    if (before->status == RequestStatus::Verified) {
        return makeError(ErrorKind::Invalid,
                         tr("Request %1 was verified on %2 already.")
                             .arg(before->reference, Request::dateText(before->verifiedAtMs.value_or(0))));
    }
    if (text.isEmpty() || text.size() > kMaxTextLength || !TextRules::isAllowed(text, TextLines::Many)) {
        return makeError(ErrorKind::Invalid,
                         tr("Say how the identity was verified (for example: \"called back on the number on file\"), "
                            "in at most %1 characters.")
                             .arg(kMaxTextLength));
    }
    security::Mutation m {
        QStringLiteral("request.verify"),
        QStringLiteral("request"),
        before->uid,
        {QStringLiteral("status"), QStringLiteral("verified_by"), QStringLiteral("verification_method")}};
    m.permission = security::Permission::HandleRequests;
    const qint64 now = m_clock.nowMs();
    const QString actor = m_gate.actor().uid;
    auto r = m_gate.apply<bool>(m, [&](Database& db, security::Mutation&) -> Result<bool> {
        auto s = db.prepare("UPDATE requests SET status = 'verified', verified_at = ?2, verified_by = ?3, "
                            "verification_method = ?4, updated_at = ?2 WHERE id = ?1");
        if (!s) {
            return s.error();
        }
        if (auto run = s->bind(1, before->id).bind(2, now).bind(3, actor).bind(4, text).run(); !run) {
            return run.error();
        }
        return true;
    });
    if (!r) {
        return r.error();
    }
    return find(before->uid);
}

Result<Request> RequestService::extend(const QString& referenceOrUid, const QString& reason)
{
    auto before = find(referenceOrUid);
    if (!before) {
        return before.error();
    }
    const QString text = reason.trimmed();
    const qint64 now = m_clock.nowMs();
    if (!before->isOpen()) {
        return closedAlready(*before);
    }
    if (before->isExtended()) {
        return makeError(ErrorKind::Invalid,
                         tr("Request %1 was extended on %2 already; a request can be extended only once.")
                             .arg(before->reference, Request::dateText(*before->extendedAtMs)));
    }
    const DeadlineRule rule = RequestDeadlines::rule(before->jurisdiction);
    if (!rule.isExtendable()) {
        return makeError(ErrorKind::Invalid,
                         tr("%1 allows no extension: request %2 must be answered by %3.")
                             .arg(Request::jurisdictionLabel(before->jurisdiction),
                                  before->reference,
                                  Request::dateText(before->dueAtMs)));
    }
    // Art. 12(3) GDPR (CCPA and PIPEDA alike): the extension, with its reasons, is decided and told to the
    // requester within the first period; after it has run out, it is too late to extend.
    if (now > before->originalDueAtMs()) {
        return makeError(ErrorKind::Invalid,
                         tr("Request %1 can no longer be extended: an extension must be decided by its original due "
                            "date, %2.")
                             .arg(before->reference, Request::dateText(before->originalDueAtMs())));
    }
    if (text.isEmpty() || text.size() > kMaxTextLength || !TextRules::isAllowed(text, TextLines::Many)) {
        return makeError(ErrorKind::Invalid,
                         tr("An extension needs its reason (for example: \"complex request, several systems\"), in at "
                            "most %1 characters.")
                             .arg(kMaxTextLength));
    }
    const auto newDue = RequestDeadlines::extendedDueAtMs(before->jurisdiction, before->originalDueAtMs());
    security::Mutation m {QStringLiteral("request.extend"),
                          QStringLiteral("request"),
                          before->uid,
                          {QStringLiteral("due_at"), QStringLiteral("extension_reason")}};
    m.permission = security::Permission::HandleRequests;
    m.note = QStringLiteral("due=%1").arg(Request::dateText(newDue.value_or(0)));
    auto r = m_gate.apply<bool>(m, [&](Database& db, security::Mutation&) -> Result<bool> {
        auto s = db.prepare("UPDATE requests SET due_at = ?2, extended_at = ?3, extension_reason = ?4, updated_at = ?3 "
                            "WHERE id = ?1");
        if (!s) {
            return s.error();
        }
        if (auto run
            = s->bind(1, before->id).bind(2, newDue.value_or(before->dueAtMs)).bind(3, now).bind(4, text).run();
            !run) {
            return run.error();
        }
        return true;
    });
    if (!r) {
        return r.error();
    }
    return find(before->uid);
}

Result<Request> RequestService::mark(const QString& referenceOrUid, const RequestMarks& marks)
{
    auto before = find(referenceOrUid);
    if (!before) {
        return before.error();
    }
    if (!marks.receiptConfirmed && !marks.requesterTold) {
        return makeError(
            ErrorKind::Invalid,
            tr("Say what to record: the receipt confirmed, the requester told of the extension, or both."));
    }
    if (!before->isOpen()) {
        return closedAlready(*before);
    }
    const qint64 now = m_clock.nowMs();
    const qint64 at = marks.atMs.value_or(now);
    if (at > now) {
        return makeError(ErrorKind::Invalid, tr("The time recorded cannot be in the future."));
    }
    if (at < before->receivedAtMs) {
        return makeError(ErrorKind::Invalid,
                         tr("The time recorded cannot be before the request was received (%1).")
                             .arg(Request::dateText(before->receivedAtMs)));
    }
    if (marks.receiptConfirmed && before->receiptConfirmedAtMs) {
        return makeError(ErrorKind::Invalid,
                         tr("The receipt of request %1 was confirmed on %2 already.")
                             .arg(before->reference, Request::dateText(*before->receiptConfirmedAtMs)));
    }
    if (marks.requesterTold && before->requesterToldAtMs) {
        return makeError(ErrorKind::Invalid,
                         tr("Telling the requester about request %1 was recorded on %2 already.")
                             .arg(before->reference, Request::dateText(*before->requesterToldAtMs)));
    }
    QStringList fields;
    if (marks.receiptConfirmed) {
        fields << QStringLiteral("receipt_confirmed_at");
    }
    if (marks.requesterTold) {
        fields << QStringLiteral("requester_told_at");
    }
    security::Mutation m {QStringLiteral("request.update"), QStringLiteral("request"), before->uid, fields};
    m.permission = security::Permission::HandleRequests;
    auto r = m_gate.apply<bool>(m, [&](Database& db, security::Mutation&) -> Result<bool> {
        auto s = db.prepare("UPDATE requests SET receipt_confirmed_at = CASE WHEN ?2 THEN ?4 ELSE receipt_confirmed_at "
                            "END, requester_told_at = CASE WHEN ?3 THEN ?4 ELSE requester_told_at END, updated_at = ?5 "
                            "WHERE id = ?1");
        if (!s) {
            return s.error();
        }
        s->bind(1, before->id)
            .bind(2, marks.receiptConfirmed ? 1 : 0)
            .bind(3, marks.requesterTold ? 1 : 0)
            .bind(4, at)
            .bind(5, now);
        if (auto run = s->run(); !run) {
            return run.error();
        }
        return true;
    });
    if (!r) {
        return r.error();
    }
    return find(before->uid);
}

Result<Request> RequestService::close(const QString& referenceOrUid, RequestOutcome outcome, const QString& note)
{
    auto before = find(referenceOrUid);
    if (!before) {
        return before.error();
    }
    const QString text = note.trimmed();
    if (!before->isOpen()) {
        return makeError(ErrorKind::Invalid,
                         tr("Request %1 was closed on %2 already.")
                             .arg(before->reference, Request::dateText(before->closedAtMs.value_or(0))));
    }
    if (outcome == RequestOutcome::Completed && before->status != RequestStatus::Verified) {
        return makeError(ErrorKind::Invalid,
                         tr("Request %1 cannot be completed before the requester's identity is verified; record how "
                            "with: request verify %1 --method TEXT.")
                             .arg(before->reference));
    }
    if (outcome == RequestOutcome::Refused && text.isEmpty()) {
        return makeError(ErrorKind::Invalid,
                         tr("A refusal needs a note with its reasons (Art. 12(4) GDPR: the requester is told why)."));
    }
    if (text.size() > kMaxTextLength || !TextRules::isAllowed(text, TextLines::Many)) {
        return makeError(ErrorKind::Invalid, tr("The note may have at most %1 characters.").arg(kMaxTextLength));
    }
    security::Mutation m {QStringLiteral("request.close"),
                          QStringLiteral("request"),
                          before->uid,
                          {QStringLiteral("status"), QStringLiteral("outcome"), QStringLiteral("closing_note")}};
    m.permission = security::Permission::HandleRequests;
    const qint64 now = m_clock.nowMs();
    m.note
        = QStringLiteral("outcome=%1 overdue=%2")
              .arg(Request::outcomeName(outcome), before->isOverdue(now) ? QStringLiteral("1") : QStringLiteral("0"));
    auto r = m_gate.apply<bool>(m, [&](Database& db, security::Mutation&) -> Result<bool> {
        auto s = db.prepare("UPDATE requests SET status = 'closed', closed_at = ?2, outcome = ?3, closing_note = ?4, "
                            "updated_at = ?2 WHERE id = ?1");
        if (!s) {
            return s.error();
        }
        if (auto run = s->bind(1, before->id).bind(2, now).bind(3, Request::outcomeName(outcome)).bind(4, text).run();
            !run) {
            return run.error();
        }
        return true;
    });
    if (!r) {
        return r.error();
    }
    return find(before->uid);
}

Result<void> RequestService::addArtefact(const QString& requestRefOrUid,
                                         const QString& kind,
                                         const QString& fileName,
                                         const QByteArray& sha256Hex)
{
    auto request = find(requestRefOrUid);
    if (!request) {
        return request.error();
    }
    static const QRegularExpression kindPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,39}$"));
    static const QRegularExpression hashPattern(QStringLiteral("^[0-9a-f]{64}$"));
    const QString kindText = kind.trimmed();
    const QString hash = QString::fromLatin1(sha256Hex.trimmed()).toLower();
    const QString name = fileName.trimmed();
    if (!kindPattern.match(kindText).hasMatch()) {
        return makeError(ErrorKind::Invalid,
                         tr("An artefact kind is 1 to 40 lower-case letters, digits and dashes, such as "
                            "access-package."));
    }
    if (name.isEmpty() || name.size() > kMaxFileNameLength || name.contains(QLatin1Char('/'))
        || name.contains(QLatin1Char('\\')) || !TextRules::isAllowed(name, TextLines::One)) {
        return makeError(ErrorKind::Invalid,
                         tr("An artefact's file name has 1 to %1 characters and no folder.").arg(kMaxFileNameLength));
    }
    if (!hashPattern.match(hash).hasMatch()) {
        return makeError(ErrorKind::Invalid, tr("An artefact's SHA-256 is 64 hexadecimal digits."));
    }
    // The file name may hold the person's name: the audit entry has the kind and the hash only.
    security::Mutation m {QStringLiteral("request.artefact"), QStringLiteral("request"), request->uid};
    m.permission = security::Permission::HandleRequests;
    m.note = QStringLiteral("kind=%1 sha256=%2").arg(kindText, hash);
    const qint64 now = m_clock.nowMs();
    const QString actor = m_gate.actor().uid;
    auto r = m_gate.apply<bool>(m, [&](Database& db, security::Mutation&) -> Result<bool> {
        auto s = db.prepare("INSERT INTO request_artefacts (request_id, kind, file_name, sha256, produced_at, "
                            "produced_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        if (!s) {
            return s.error();
        }
        s->bind(1, request->id).bind(2, kindText).bind(3, name).bind(4, hash).bind(5, now).bind(6, actor);
        if (auto run = s->run(); !run) {
            return run.error();
        }
        return true;
    });
    if (!r) {
        return r.error();
    }
    return {};
}

} // namespace confidant::privacy
