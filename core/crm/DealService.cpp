#include "DealService.h"

#include "core/TextRules.h"
#include "core/crm/Paging.h"
#include "core/crm/PipelineService.h"
#include "core/privacy/LegalHoldService.h"
#include "core/security/MutationGate.h"
#include "core/storage/Statement.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <limits>
#include <variant>
#include <vector>

namespace confidant::crm {

using storage::Database;
using storage::Statement;

// ---- names and currencies ------------------------------------------------------------------------------

QString kindName(StageKind kind)
{
    switch (kind) {
    case StageKind::Open:
        return QStringLiteral("open");
    case StageKind::Won:
        return QStringLiteral("won");
    case StageKind::Lost:
        return QStringLiteral("lost");
    }
    return {};
}

std::optional<StageKind> kindFromName(const QString& name)
{
    for (StageKind k : {StageKind::Open, StageKind::Won, StageKind::Lost}) {
        if (kindName(k) == name.trimmed().toLower()) {
            return k;
        }
    }
    return std::nullopt;
}

QString statusName(DealStatus status)
{
    return kindName(static_cast<StageKind>(status));
}

std::optional<DealStatus> statusFromName(const QString& name)
{
    const auto kind = kindFromName(name);
    return kind ? std::optional<DealStatus>(static_cast<DealStatus>(*kind)) : std::nullopt;
}

namespace {

// Active ISO-4217 codes (list one, 2024), without precious metals, testing and "no currency" codes.
constexpr const char* kCurrencyCodes[]
    = {"AED", "AFN", "ALL", "AMD", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD", "BIF",
       "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHE", "CHF", "CHW",
       "CLF", "CLP", "CNY", "COP", "COU", "CRC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN",
       "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG",
       "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW",
       "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK",
       "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MXV", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR",
       "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR",
       "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB",
       "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "USN", "UYI", "UYU", "UYW",
       "UZS", "VED", "VES", "VND", "VUV", "WST", "XAF", "XCD", "XCG", "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWG"};
constexpr const char* kNoMinorUnits[] = {"BIF",
                                         "CLP",
                                         "DJF",
                                         "GNF",
                                         "ISK",
                                         "JPY",
                                         "KMF",
                                         "KRW",
                                         "PYG",
                                         "RWF",
                                         "UGX",
                                         "UYI",
                                         "VND",
                                         "VUV",
                                         "XAF",
                                         "XOF",
                                         "XPF"};
constexpr const char* kThreeMinorUnits[] = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"};
constexpr const char* kFourMinorUnits[] = {"CLF", "UYW"};

bool listed(const QString& code, const auto& list)
{
    return std::any_of(std::begin(list), std::end(list), [&code](const char* c) { return code == QLatin1String(c); });
}

qint64 power10(int exponent)
{
    qint64 p = 1;
    for (int i = 0; i < exponent; ++i) {
        p *= 10;
    }
    return p;
}

} // namespace

bool Currency::isKnown(const QString& code)
{
    return code.size() == 3 && listed(code, kCurrencyCodes);
}

int Currency::exponent(const QString& code)
{
    if (!isKnown(code)) {
        return -1;
    }
    if (listed(code, kNoMinorUnits)) {
        return 0;
    }
    if (listed(code, kThreeMinorUnits)) {
        return 3;
    }
    if (listed(code, kFourMinorUnits)) {
        return 4;
    }
    return 2;
}

QStringList Currency::codes()
{
    QStringList out;
    for (const char* c : kCurrencyCodes) {
        out.append(QLatin1String(c));
    }
    return out;
}

std::optional<qint64> Currency::parse(const QString& text, const QString& code)
{
    const int digits = exponent(code);
    if (digits < 0) {
        return std::nullopt;
    }
    static const QRegularExpression number(QStringLiteral("^(-?)([0-9]{1,15})(?:\\.([0-9]*))?$"));
    const auto match = number.match(text.trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    QString fraction = match.captured(3);
    if (fraction.size() > digits) {
        return std::nullopt;
    }
    fraction = fraction.leftJustified(digits, QLatin1Char('0'));
    const qint64 whole = match.captured(2).toLongLong();
    const qint64 minor = whole * power10(digits) + (fraction.isEmpty() ? 0 : fraction.toLongLong());
    return match.captured(1).isEmpty() ? minor : -minor;
}

QString Currency::format(qint64 minor, const QString& code)
{
    const int digits = std::max(0, exponent(code));
    const QString sign = minor < 0 ? QStringLiteral("-") : QString();
    const quint64 magnitude = minor < 0 ? quint64(0) - quint64(minor) : quint64(minor);
    const quint64 scale = quint64(power10(digits));
    QString text = sign + QString::number(magnitude / scale);
    if (digits > 0) {
        text += QLatin1Char('.') + QString::number(magnitude % scale).rightJustified(digits, QLatin1Char('0'));
    }
    return text;
}

// ---- the service ----------------------------------------------------------------------------------------

namespace {

using Bind = std::variant<qint64, QString>;

Result<void> mayView(security::MutationGate& gate, const char* action)
{
    security::Mutation read {QString::fromLatin1(action), QStringLiteral("deal")};
    read.permission = security::Permission::ViewContacts;
    return gate.require(read);
}

constexpr const char* kSelectDeal
    = "SELECT id, uid, title, value_minor, currency, expected_close, owner_uid, pipeline_id, stage_id, company_id, "
      "status, close_reason, closed_at, description, source, created_at, updated_at FROM deals ";

Result<Deal> readDeal(Database& db, Statement& s)
{
    Deal d;
    d.id = DealId {s.int64(0)};
    d.uid = s.text(1);
    d.title = s.text(2);
    d.valueMinor = s.int64(3);
    d.currency = s.text(4);
    d.expectedClose = s.isNull(5) ? QDate() : QDate::fromString(s.text(5), Qt::ISODate);
    d.ownerUid = s.text(6);
    d.pipelineId = PipelineId {s.int64(7)};
    d.stageId = StageId {s.int64(8)};
    if (!s.isNull(9)) {
        d.companyId = CompanyId {s.int64(9)};
    }
    d.status = statusFromName(s.text(10)).value_or(DealStatus::Open);
    d.closeReason = s.text(11);
    if (!s.isNull(12)) {
        d.closedAtMs = s.int64(12);
    }
    d.description = s.text(13);
    d.source = s.text(14);
    d.createdAtMs = s.int64(15);
    d.updatedAtMs = s.int64(16);
    auto contacts = db.prepare("SELECT contact_id FROM deal_contacts WHERE deal_id = ?1 ORDER BY contact_id");
    if (!contacts) {
        return contacts.error();
    }
    contacts->bind(1, d.id.value);
    while (true) {
        auto step = contacts->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            break;
        }
        d.contactIds.append(ContactId {contacts->int64(0)});
    }
    auto tags = db.prepare("SELECT t.name FROM deal_tags AS dt JOIN tags AS t ON t.id = dt.tag_id "
                           "WHERE dt.deal_id = ?1 ORDER BY t.name COLLATE NOCASE");
    if (!tags) {
        return tags.error();
    }
    tags->bind(1, d.id.value);
    while (true) {
        auto step = tags->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            break;
        }
        d.tags.append(tags->text(0));
    }
    return d;
}

Result<void> writeLinks(Database& db, const Deal& d)
{
    for (const char* sql :
         {"DELETE FROM deal_contacts WHERE deal_id = ?1", "DELETE FROM deal_tags WHERE deal_id = ?1"}) {
        auto s = db.prepare(sql);
        if (!s) {
            return s.error();
        }
        if (auto r = s->bind(1, d.id.value).run(); !r) {
            return r;
        }
    }
    auto link = db.prepare("INSERT OR IGNORE INTO deal_contacts (deal_id, contact_id) VALUES (?1, ?2)");
    if (!link) {
        return link.error();
    }
    for (ContactId c : d.contactIds) {
        if (auto r = link->bind(1, d.id.value).bind(2, c.value).run(); !r) {
            return r;
        }
        link->reset();
    }
    auto addTag = db.prepare("INSERT INTO tags (name) VALUES (?1) ON CONFLICT (name) DO NOTHING");
    auto tagLink
        = db.prepare("INSERT OR IGNORE INTO deal_tags (deal_id, tag_id) SELECT ?1, id FROM tags WHERE name = ?2");
    if (!addTag) {
        return addTag.error();
    }
    if (!tagLink) {
        return tagLink.error();
    }
    for (const QString& raw : d.tags) {
        const QString tag = raw.trimmed();
        if (tag.isEmpty()) {
            continue;
        }
        if (auto r = addTag->bind(1, tag).run(); !r) {
            return r;
        }
        addTag->reset();
        if (auto r = tagLink->bind(1, d.id.value).bind(2, tag).run(); !r) {
            return r;
        }
        tagLink->reset();
    }
    return {};
}

Result<void>
addHistory(Database& db, DealId deal, std::optional<StageId> from, StageId to, qint64 at, const QString& profileUid)
{
    auto s = db.prepare("INSERT INTO deal_stage_history (deal_id, from_stage_id, to_stage_id, at, profile_uid) "
                        "VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!s) {
        return s.error();
    }
    s->bind(1, deal.value).bind(3, to.value).bind(4, at).bind(5, profileUid);
    if (from) {
        s->bind(2, from->value);
    } else {
        s->bindNull(2);
    }
    return s->run();
}

Result<qint64> countWhere(Database& db, const char* sql, qint64 id)
{
    auto s = db.prepare(sql);
    if (!s) {
        return s.error();
    }
    s->bind(1, id);
    if (auto step = s->step(); !step) {
        return step.error();
    }
    return s->int64(0);
}

Result<void> checkOwner(Database& db, const QString& ownerUid)
{
    auto owner = db.prepare("SELECT count(*) FROM profiles WHERE uid = ?1");
    if (!owner) {
        return owner.error();
    }
    owner->bind(1, ownerUid);
    if (auto step = owner->step(); !step) {
        return step.error();
    }
    if (owner->int64(0) == 0 && !ownerUid.isEmpty()) {
        return makeError(
            ErrorKind::NotFound,
            QCoreApplication::translate("DealService", "The owner is not a profile of this vault; see: profile list."));
    }
    return {};
}

QStringList sortedTags(QStringList tags)
{
    for (QString& t : tags) {
        t = t.trimmed().toLower();
    }
    tags.removeAll(QString());
    tags.sort();
    tags.removeDuplicates();
    return tags;
}

QStringList changedFields(const Deal& a, const Deal& b)
{
    QStringList f;
    auto add = [&f](bool changed, const char* name) {
        if (changed) {
            f.append(QString::fromLatin1(name));
        }
    };
    QList<ContactId> ca = a.contactIds;
    QList<ContactId> cb = b.contactIds;
    std::sort(ca.begin(), ca.end());
    std::sort(cb.begin(), cb.end());
    add(a.title.trimmed() != b.title.trimmed(), "title");
    add(a.valueMinor != b.valueMinor, "value");
    add(a.currency != b.currency, "currency");
    add(a.expectedClose != b.expectedClose, "expected_close");
    add(a.ownerUid != b.ownerUid, "owner");
    add(a.companyId != b.companyId, "company");
    add(ca != cb, "contacts");
    add(a.description != b.description, "description");
    add(sortedTags(a.tags) != sortedTags(b.tags), "tags");
    return f;
}

QStringList filledFields(const Deal& d)
{
    QStringList f {QStringLiteral("title"), QStringLiteral("value"), QStringLiteral("currency")};
    auto add = [&f](bool set, const char* name) {
        if (set) {
            f.append(QString::fromLatin1(name));
        }
    };
    add(d.expectedClose.isValid(), "expected_close");
    add(true, "owner");
    add(d.companyId.has_value(), "company");
    add(!d.contactIds.isEmpty(), "contacts");
    add(!d.description.isEmpty(), "description");
    add(!d.tags.isEmpty(), "tags");
    return f;
}

void bindAll(Statement& s, const std::vector<Bind>& binds)
{
    for (std::size_t i = 0; i < binds.size(); ++i) {
        const int index = static_cast<int>(i) + 1;
        if (const auto* n = std::get_if<qint64>(&binds[i])) {
            s.bind(index, *n);
        } else {
            s.bind(index, std::get<QString>(binds[i]));
        }
    }
}

} // namespace

DealService::DealService(security::MutationGate& gate, const Clock& clock, PipelineService& pipelines)
    : m_gate(gate)
    , m_clock(clock)
    , m_pipelines(pipelines)
{
}

Result<void> DealService::validate(const Deal& d) const
{
    const QString title = d.title.trimmed();
    if (title.isEmpty()) {
        return makeError(ErrorKind::Invalid, tr("A deal needs a title."));
    }
    if (title.size() > 200 || !TextRules::isAllowed(title, TextLines::One)) {
        return makeError(ErrorKind::Invalid,
                         tr("A deal's title has at most 200 characters and no control characters."));
    }
    if (!Currency::isKnown(d.currency)) {
        return makeError(ErrorKind::Invalid,
                         tr("The currency is not an ISO-4217 code; use three capital letters such as EUR or USD."));
    }
    if (d.valueMinor < 0 || d.valueMinor > qint64(1'000'000'000'000'000'000)) {
        return makeError(ErrorKind::Invalid, tr("A deal's value cannot be negative or larger than 10^18 minor units."));
    }
    if (d.description.size() > 100000 || !TextRules::isAllowed(d.description, TextLines::Many)
        || !TextRules::isAllowed(d.closeReason, TextLines::Many)) {
        return makeError(
            ErrorKind::Invalid,
            tr("The description or reason holds control characters or is longer than 100,000 characters."));
    }
    for (const QString& tag : d.tags) {
        if (tag.trimmed().size() > 60 || !TextRules::isAllowed(tag, TextLines::One)) {
            return makeError(ErrorKind::Invalid, tr("A tag has at most 60 characters and no control characters."));
        }
    }
    return {};
}

Result<Deal> DealService::create(Deal deal)
{
    deal.title = deal.title.trimmed();
    deal.currency = deal.currency.trimmed();
    if (auto r = validate(deal); !r) {
        return r.error();
    }
    Result<Pipeline> pipeline = deal.stageId.value != 0 ? m_pipelines.pipelineOfStage(deal.stageId)
        : deal.pipelineId.value != 0                    ? m_pipelines.pipeline(deal.pipelineId)
                                                        : m_pipelines.find(QString());
    if (!pipeline) {
        return pipeline.error();
    }
    if (deal.stageId.value == 0) {
        const Stage* first = pipeline->firstOfKind(StageKind::Open);
        if (!first) {
            first = &pipeline->stages.first();
        }
        deal.stageId = first->id;
    }
    if (deal.pipelineId.value != 0 && deal.pipelineId != pipeline->id) {
        return makeError(ErrorKind::Invalid, tr("The stage belongs to another pipeline; choose one of this pipeline."));
    }
    deal.pipelineId = pipeline->id;
    const Stage stage = *pipeline->stage(deal.stageId);
    deal.status = static_cast<DealStatus>(stage.kind);
    if (deal.status == DealStatus::Lost && deal.closeReason.trimmed().isEmpty()) {
        return makeError(ErrorKind::Invalid, tr("A lost deal needs a reason; give one."));
    }
    if (deal.ownerUid.isEmpty()) {
        deal.ownerUid = m_gate.actor().uid;
    }
    deal.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    deal.createdAtMs = deal.updatedAtMs = m_clock.nowMs();
    deal.closedAtMs = deal.status == DealStatus::Open ? std::nullopt : std::optional<qint64>(deal.createdAtMs);
    if (deal.status == DealStatus::Open) {
        deal.closeReason.clear();
    }
    security::Mutation m {QStringLiteral("deal.create"), QStringLiteral("deal"), deal.uid, filledFields(deal)};
    m.permission = security::Permission::EditContacts;
    m.note = QStringLiteral("to=") + stage.uid;
    const QString actorUid = m_gate.actor().uid;
    return m_gate.apply<Deal>(m, [&](Database& db, security::Mutation&) -> Result<Deal> {
        if (auto r = checkOwner(db, deal.ownerUid); !r) {
            return r.error();
        }
        if (deal.companyId) {
            auto c = countWhere(db, "SELECT count(*) FROM companies WHERE id = ?1", deal.companyId->value);
            if (!c) {
                return c.error();
            }
            if (*c == 0) {
                return makeError(ErrorKind::NotFound, tr("No such company; it may have been deleted."));
            }
        }
        for (ContactId contact : deal.contactIds) {
            auto c = countWhere(db, "SELECT count(*) FROM contacts WHERE id = ?1", contact.value);
            if (!c) {
                return c.error();
            }
            if (*c == 0) {
                return makeError(ErrorKind::NotFound, tr("A linked contact does not exist; it may have been deleted."));
            }
        }
        auto s = db.prepare("INSERT INTO deals (uid, title, value_minor, currency, expected_close, owner_uid, "
                            "pipeline_id, stage_id, company_id, status, close_reason, closed_at, description, source, "
                            "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
                            "?14, ?15, ?15)");
        if (!s) {
            return s.error();
        }
        s->bind(1, deal.uid)
            .bind(2, deal.title)
            .bind(3, deal.valueMinor)
            .bind(4, deal.currency)
            .bindTextOrNull(5, deal.expectedClose.isValid() ? deal.expectedClose.toString(Qt::ISODate) : QString())
            .bind(6, deal.ownerUid)
            .bind(7, deal.pipelineId.value)
            .bind(8, deal.stageId.value)
            .bind(10, statusName(deal.status))
            .bind(11, deal.closeReason.trimmed())
            .bind(13, deal.description)
            .bind(14, deal.source)
            .bind(15, deal.createdAtMs);
        deal.companyId ? s->bind(9, deal.companyId->value) : s->bindNull(9);
        deal.closedAtMs ? s->bind(12, *deal.closedAtMs) : s->bindNull(12);
        if (auto r = s->run(); !r) {
            return r.error();
        }
        deal.id = DealId {db.lastInsertRowId()};
        if (auto r = writeLinks(db, deal); !r) {
            return r.error();
        }
        if (auto r = addHistory(db, deal.id, std::nullopt, deal.stageId, deal.createdAtMs, actorUid); !r) {
            return r.error();
        }
        return deal;
    });
}

Result<Deal> DealService::get(DealId id) const
{
    if (auto allowed = mayView(m_gate, "deal.view"); !allowed) {
        return allowed.error();
    }
    auto s = m_gate.db().prepare(QString::fromLatin1(kSelectDeal) + QStringLiteral("WHERE id = ?1"));
    if (!s) {
        return s.error();
    }
    s->bind(1, id.value);
    auto step = s->step();
    if (!step) {
        return step.error();
    }
    if (*step == Statement::Step::Done) {
        return makeError(ErrorKind::NotFound, tr("No such deal; it may have been deleted."));
    }
    return readDeal(m_gate.db(), *s);
}

Result<Deal> DealService::getByUid(const QString& uid) const
{
    if (auto allowed = mayView(m_gate, "deal.view"); !allowed) {
        return allowed.error();
    }
    auto s = m_gate.db().prepare(QString::fromLatin1(kSelectDeal) + QStringLiteral("WHERE uid = ?1"));
    if (!s) {
        return s.error();
    }
    s->bind(1, uid.trimmed().toLower());
    auto step = s->step();
    if (!step) {
        return step.error();
    }
    if (*step == Statement::Step::Done) {
        return makeError(ErrorKind::NotFound, tr("No deal has that id; check it with: deal list."));
    }
    return readDeal(m_gate.db(), *s);
}

Result<Deal> DealService::update(Deal deal)
{
    deal.title = deal.title.trimmed();
    deal.currency = deal.currency.trimmed();
    if (auto r = validate(deal); !r) {
        return r.error();
    }
    auto existing = get(deal.id);
    if (!existing) {
        return existing.error();
    }
    if (deal.ownerUid.isEmpty()) {
        deal.ownerUid = existing->ownerUid;
    }
    const QStringList fields = changedFields(*existing, deal);
    // Stage, status and provenance change only through move().
    deal.uid = existing->uid;
    deal.pipelineId = existing->pipelineId;
    deal.stageId = existing->stageId;
    deal.status = existing->status;
    deal.closeReason = existing->closeReason;
    deal.closedAtMs = existing->closedAtMs;
    deal.source = existing->source;
    deal.createdAtMs = existing->createdAtMs;
    if (fields.isEmpty()) {
        return *existing;
    }
    deal.updatedAtMs = m_clock.nowMs();
    security::Mutation m {QStringLiteral("deal.update"), QStringLiteral("deal"), deal.uid, fields};
    m.permission = security::Permission::EditContacts;
    return m_gate.apply<Deal>(m, [&](Database& db, security::Mutation&) -> Result<Deal> {
        if (fields.contains(QStringLiteral("owner"))) {
            if (auto r = checkOwner(db, deal.ownerUid); !r) {
                return r.error();
            }
        }
        auto s = db.prepare("UPDATE deals SET title = ?2, value_minor = ?3, currency = ?4, expected_close = ?5, "
                            "owner_uid = ?6, company_id = ?7, description = ?8, updated_at = ?9 WHERE id = ?1");
        if (!s) {
            return s.error();
        }
        s->bind(1, deal.id.value)
            .bind(2, deal.title)
            .bind(3, deal.valueMinor)
            .bind(4, deal.currency)
            .bindTextOrNull(5, deal.expectedClose.isValid() ? deal.expectedClose.toString(Qt::ISODate) : QString())
            .bind(6, deal.ownerUid)
            .bind(8, deal.description)
            .bind(9, deal.updatedAtMs);
        deal.companyId ? s->bind(7, deal.companyId->value) : s->bindNull(7);
        if (auto r = s->run(); !r) {
            return makeError(ErrorKind::NotFound,
                             tr("The company or a linked contact no longer exists; reload and try again."),
                             r.error().detail);
        }
        if (auto r = writeLinks(db, deal); !r) {
            return makeError(ErrorKind::NotFound,
                             tr("The company or a linked contact no longer exists; reload and try again."),
                             r.error().detail);
        }
        return deal;
    });
}

Result<Deal> DealService::move(DealId id, StageId stage, const QString& reason)
{
    auto deal = get(id);
    if (!deal) {
        return deal.error();
    }
    auto pipeline = m_pipelines.pipelineOfStage(stage);
    if (!pipeline) {
        return pipeline.error();
    }
    return changeStage(*deal, *pipeline, *pipeline->stage(stage), reason);
}

Result<Deal> DealService::markWon(DealId id, const QString& reason)
{
    auto deal = get(id);
    if (!deal) {
        return deal.error();
    }
    auto pipeline = m_pipelines.pipeline(deal->pipelineId);
    if (!pipeline) {
        return pipeline.error();
    }
    const Stage* won = pipeline->firstOfKind(StageKind::Won);
    if (!won) {
        return makeError(ErrorKind::NotFound, tr("The deal's pipeline has no won stage; add one in its settings."));
    }
    return changeStage(*deal, *pipeline, *won, reason);
}

Result<Deal> DealService::markLost(DealId id, const QString& reason)
{
    auto deal = get(id);
    if (!deal) {
        return deal.error();
    }
    auto pipeline = m_pipelines.pipeline(deal->pipelineId);
    if (!pipeline) {
        return pipeline.error();
    }
    const Stage* lost = pipeline->firstOfKind(StageKind::Lost);
    if (!lost) {
        return makeError(ErrorKind::NotFound, tr("The deal's pipeline has no lost stage; add one in its settings."));
    }
    return changeStage(*deal, *pipeline, *lost, reason);
}

Result<Deal>
DealService::changeStage(const Deal& deal, const Pipeline& pipeline, const Stage& target, const QString& reason)
{
    if (target.id == deal.stageId) {
        return deal;
    }
    const QString trimmedReason = reason.trimmed();
    if (target.kind == StageKind::Lost && trimmedReason.isEmpty()) {
        return makeError(ErrorKind::Invalid, tr("Say why the deal was lost: a reason is required."));
    }
    if (trimmedReason.size() > 1000 || !TextRules::isAllowed(trimmedReason, TextLines::Many)) {
        return makeError(ErrorKind::Invalid, tr("The reason has at most 1,000 characters and no control characters."));
    }
    QString fromUid;
    if (auto from = m_pipelines.pipelineOfStage(deal.stageId); from && from->stage(deal.stageId)) {
        fromUid = from->stage(deal.stageId)->uid;
    }
    Deal after = deal;
    after.pipelineId = pipeline.id;
    after.stageId = target.id;
    after.status = static_cast<DealStatus>(target.kind);
    after.updatedAtMs = m_clock.nowMs();
    QStringList fields {QStringLiteral("stage")};
    if (after.status != deal.status) {
        fields.append(QStringLiteral("status"));
    }
    if (after.status == DealStatus::Open) {
        // Reopening clears the outcome.
        after.closeReason.clear();
        after.closedAtMs.reset();
    } else {
        after.closeReason = trimmedReason;
        after.closedAtMs = after.updatedAtMs;
        if (!trimmedReason.isEmpty()) {
            fields.append(QStringLiteral("close_reason"));
        }
    }
    const char* action = target.kind == StageKind::Won ? "deal.won"
        : target.kind == StageKind::Lost               ? "deal.lost"
                                                       : "deal.move";
    security::Mutation m {QString::fromLatin1(action), QStringLiteral("deal"), deal.uid, fields};
    m.permission = security::Permission::EditContacts;
    m.note = QStringLiteral("from=%1 to=%2").arg(fromUid, target.uid);
    const QString actorUid = m_gate.actor().uid;
    return m_gate.apply<Deal>(m, [&](Database& db, security::Mutation&) -> Result<Deal> {
        auto s = db.prepare("UPDATE deals SET pipeline_id = ?2, stage_id = ?3, status = ?4, close_reason = ?5, "
                            "closed_at = ?6, updated_at = ?7 WHERE id = ?1");
        if (!s) {
            return s.error();
        }
        s->bind(1, after.id.value)
            .bind(2, after.pipelineId.value)
            .bind(3, after.stageId.value)
            .bind(4, statusName(after.status))
            .bind(5, after.closeReason)
            .bind(7, after.updatedAtMs);
        after.closedAtMs ? s->bind(6, *after.closedAtMs) : s->bindNull(6);
        if (auto r = s->run(); !r) {
            return r.error();
        }
        if (auto r = addHistory(db, after.id, deal.stageId, after.stageId, after.updatedAtMs, actorUid); !r) {
            return r.error();
        }
        return after;
    });
}

Result<void> DealService::remove(DealId id)
{
    auto existing = get(id);
    if (!existing) {
        return existing.error();
    }
    security::Mutation m {QStringLiteral("deal.delete"), QStringLiteral("deal"), existing->uid, {}};
    m.permission = security::Permission::EditContacts;
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC).date();
    return m_gate.apply<void>(m, [&](Database& db, security::Mutation&) -> Result<void> {
        // Art. 17(3)(e): what a legal hold keeps, and its links, outlive a plain delete.
        if (auto held
            = privacy::LegalHoldService::refuseDeleteOfHeld(db, QStringLiteral("deal"), id.value, existing->uid, today);
            !held) {
            return held;
        }
        auto s = db.prepare("DELETE FROM deals WHERE id = ?1");
        if (!s) {
            return s.error();
        }
        return s->bind(1, id.value).run();
    });
}

Result<DealPage> DealService::list(const DealQuery& query) const
{
    if (auto allowed = mayView(m_gate, "deal.list"); !allowed) {
        return allowed.error();
    }
    const int limit = std::clamp(query.limit, 1, 10000);
    QStringList where;
    std::vector<Bind> binds;
    auto param = [&binds](Bind value) {
        binds.push_back(std::move(value));
        return QStringLiteral("?%1").arg(binds.size());
    };
    QStringList signature;
    if (query.pipeline) {
        where.append(QStringLiteral("d.pipeline_id = ") + param(query.pipeline->value));
        signature.append(QStringLiteral("p%1").arg(query.pipeline->value));
    }
    if (query.stage) {
        where.append(QStringLiteral("d.stage_id = ") + param(query.stage->value));
        signature.append(QStringLiteral("s%1").arg(query.stage->value));
    }
    if (query.status) {
        where.append(QStringLiteral("d.status = ") + param(statusName(*query.status)));
        signature.append(QStringLiteral("st") + statusName(*query.status));
    }
    if (!query.ownerUid.isEmpty()) {
        where.append(QStringLiteral("d.owner_uid = ") + param(query.ownerUid));
        signature.append(QStringLiteral("o") + query.ownerUid);
    }
    if (query.company) {
        where.append(QStringLiteral("d.company_id = ") + param(query.company->value));
        signature.append(QStringLiteral("c%1").arg(query.company->value));
    }
    if (query.contact) {
        where.append(QStringLiteral("d.id IN (SELECT deal_id FROM deal_contacts WHERE contact_id = %1)")
                         .arg(param(query.contact->value)));
        signature.append(QStringLiteral("k%1").arg(query.contact->value));
    }
    if (!query.tag.trimmed().isEmpty()) {
        where.append(QStringLiteral("d.id IN (SELECT dt.deal_id FROM deal_tags AS dt JOIN tags AS t ON t.id = "
                                    "dt.tag_id WHERE t.name = %1)")
                         .arg(param(query.tag.trimmed())));
        signature.append(QStringLiteral("t") + query.tag.trimmed().toLower());
    }
    if (!query.text.trimmed().isEmpty()) {
        QString pattern = query.text.trimmed();
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        where.append(
            QStringLiteral("d.title LIKE %1 ESCAPE '\\'").arg(param(QLatin1Char('%') + pattern + QLatin1Char('%'))));
        signature.append(QStringLiteral("x") + query.text.trimmed().toLower());
    }
    QString sortName;
    QString order;
    switch (query.sort) {
    case DealSort::Title:
        sortName = QStringLiteral("title");
        order = QStringLiteral("d.title COLLATE NOCASE, d.id");
        break;
    case DealSort::Value:
        sortName = QStringLiteral("value");
        order = QStringLiteral("d.value_minor DESC, d.id DESC");
        break;
    case DealSort::ExpectedClose:
        sortName = QStringLiteral("close");
        order = QStringLiteral("coalesce(d.expected_close, '9999-12-31'), d.id");
        break;
    case DealSort::RecentlyUpdated:
        sortName = QStringLiteral("updated");
        order = QStringLiteral("d.updated_at DESC, d.id DESC");
        break;
    }
    const QString tag = cursor::tagFor(sortName, signature.isEmpty() ? QString() : signature.join(QLatin1Char('|')));
    const QJsonArray after = cursor::decode(query.after, tag, 2);
    if (!query.after.isEmpty() && after.isEmpty()) {
        return makeError(
            ErrorKind::Invalid,
            tr("That paging cursor belongs to another list, filter or sort order; start again without it."));
    }
    if (!after.isEmpty()) {
        switch (query.sort) {
        case DealSort::Title:
            where.append(QStringLiteral("(d.title COLLATE NOCASE, d.id) > (%1, %2)")
                             .arg(param(after.at(0).toString()), param(after.at(1).toInteger())));
            break;
        case DealSort::Value:
            where.append(QStringLiteral("(d.value_minor, d.id) < (%1, %2)")
                             .arg(param(after.at(0).toInteger()), param(after.at(1).toInteger())));
            break;
        case DealSort::ExpectedClose:
            where.append(QStringLiteral("(coalesce(d.expected_close, '9999-12-31'), d.id) > (%1, %2)")
                             .arg(param(after.at(0).toString()), param(after.at(1).toInteger())));
            break;
        case DealSort::RecentlyUpdated:
            where.append(QStringLiteral("(d.updated_at, d.id) < (%1, %2)")
                             .arg(param(after.at(0).toInteger()), param(after.at(1).toInteger())));
            break;
        }
    }
    QString sql = QStringLiteral(
        "SELECT d.id, d.uid, d.title, d.value_minor, d.currency, d.expected_close, d.owner_uid, p.name, d.stage_id, "
        "s.name, d.status, co.name, d.updated_at FROM deals AS d JOIN stages AS s ON s.id = d.stage_id "
        "LEFT JOIN companies AS co ON co.id = d.company_id LEFT JOIN profiles AS p ON p.uid = d.owner_uid ");
    if (!where.isEmpty()) {
        sql += QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")) + QLatin1Char(' ');
    }
    sql += QStringLiteral("ORDER BY ") + order + QStringLiteral(" LIMIT ") + param(qint64(limit) + 1);
    auto s = m_gate.db().prepare(sql);
    if (!s) {
        return s.error();
    }
    bindAll(*s, binds);
    DealPage page;
    while (true) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            break;
        }
        DealRow row;
        row.id = DealId {s->int64(0)};
        row.uid = s->text(1);
        row.title = s->text(2);
        row.valueMinor = s->int64(3);
        row.currency = s->text(4);
        row.expectedClose = s->isNull(5) ? QDate() : QDate::fromString(s->text(5), Qt::ISODate);
        row.ownerUid = s->text(6);
        row.ownerName = s->text(7);
        row.stageId = StageId {s->int64(8)};
        row.stageName = s->text(9);
        row.status = statusFromName(s->text(10)).value_or(DealStatus::Open);
        row.companyName = s->text(11);
        row.updatedAtMs = s->int64(12);
        page.rows.append(row);
    }
    if (page.rows.size() > limit) {
        page.rows.removeLast();
        const DealRow& last = page.rows.last();
        QJsonArray key;
        switch (query.sort) {
        case DealSort::Title:
            key = {last.title, last.id.value};
            break;
        case DealSort::Value:
            key = {last.valueMinor, last.id.value};
            break;
        case DealSort::ExpectedClose:
            key = {last.expectedClose.isValid() ? last.expectedClose.toString(Qt::ISODate)
                                                : QStringLiteral("9999-12-31"),
                   last.id.value};
            break;
        case DealSort::RecentlyUpdated:
            key = {last.updatedAtMs, last.id.value};
            break;
        }
        page.nextCursor = cursor::encode(tag, key);
    }
    return page;
}

Result<DealPage> DealService::stageCards(StageId stage, int limit, const QString& after) const
{
    DealQuery q;
    q.stage = stage;
    q.sort = DealSort::RecentlyUpdated;
    q.limit = limit;
    q.after = after;
    return list(q);
}

Result<Board> DealService::board(PipelineId pipelineId, int cardsPerStage) const
{
    if (auto allowed = mayView(m_gate, "deal.list"); !allowed) {
        return allowed.error();
    }
    auto pipeline = m_pipelines.pipeline(pipelineId);
    if (!pipeline) {
        return pipeline.error();
    }
    Board board;
    board.pipeline = *pipeline;
    QHash<qint64, int> columnOf;
    for (const Stage& st : pipeline->stages) {
        columnOf.insert(st.id.value, static_cast<int>(board.columns.size()));
        board.columns.append(BoardColumn {st, 0, {}, {}, {}});
    }
    auto s = m_gate.db().prepare("SELECT stage_id, currency, count(*), sum(value_minor) FROM deals "
                                 "WHERE pipeline_id = ?1 GROUP BY stage_id, currency");
    if (!s) {
        return s.error();
    }
    s->bind(1, pipelineId.value);
    while (true) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            break;
        }
        const auto it = columnOf.constFind(s->int64(0));
        if (it == columnOf.constEnd()) {
            continue;
        }
        BoardColumn& column = board.columns[*it];
        column.count += s->int64(2);
        column.totals.insert(s->text(1), s->int64(3));
    }
    if (cardsPerStage > 0) {
        for (BoardColumn& column : board.columns) {
            if (column.count == 0) {
                continue;
            }
            auto cards = stageCards(column.stage.id, cardsPerStage, QString());
            if (!cards) {
                return cards.error();
            }
            column.cards = cards->rows;
            column.nextCursor = cards->nextCursor;
        }
    }
    return board;
}

Result<QList<StageChange>> DealService::history(DealId id) const
{
    if (auto allowed = mayView(m_gate, "deal.view"); !allowed) {
        return allowed.error();
    }
    auto s = m_gate.db().prepare(
        "SELECT h.from_stage_id, h.to_stage_id, fs.uid, ts.uid, fs.name, ts.name, h.at, h.profile_uid, p.name "
        "FROM deal_stage_history AS h LEFT JOIN stages AS fs ON fs.id = h.from_stage_id "
        "LEFT JOIN stages AS ts ON ts.id = h.to_stage_id LEFT JOIN profiles AS p ON p.uid = h.profile_uid "
        "WHERE h.deal_id = ?1 ORDER BY h.at, h.id");
    if (!s) {
        return s.error();
    }
    s->bind(1, id.value);
    QList<StageChange> out;
    while (true) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            break;
        }
        StageChange c;
        if (!s->isNull(0)) {
            c.from = StageId {s->int64(0)};
        }
        if (!s->isNull(1)) {
            c.to = StageId {s->int64(1)};
        }
        c.fromUid = s->text(2);
        c.toUid = s->text(3);
        c.fromName = s->text(4);
        c.toName = s->text(5);
        c.atMs = s->int64(6);
        c.profileUid = s->text(7);
        c.profileName = s->text(8);
        out.append(c);
    }
    return out;
}

Result<qint64> DealService::count() const
{
    if (auto allowed = mayView(m_gate, "deal.list"); !allowed) {
        return allowed.error();
    }
    return m_gate.db().queryInt("SELECT count(*) FROM deals");
}

} // namespace confidant::crm
