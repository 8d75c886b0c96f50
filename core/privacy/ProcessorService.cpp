#include "ProcessorService.h"

#include "core/TextRules.h"
#include "core/security/MutationGate.h"
#include "core/storage/Statement.h"

#include <QLocale>
#include <QUuid>

#include <algorithm>

namespace confidant::privacy {

using storage::Database;
using storage::Statement;

namespace {

constexpr const char* kColumns = "id, uid, name, role, country, safeguard, safeguard_note, dpa_signed_on, "
                                 "dpa_reference, contact, archived, created_at, updated_at";

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<void> mayView(security::MutationGate& gate)
{
    security::Mutation read {QStringLiteral("processor.view"), QStringLiteral("processor")};
    read.permission = security::Permission::ViewContacts;
    return gate.require(read);
}

Processor normalized(Processor p)
{
    p.name = p.name.trimmed();
    p.country = p.country.trimmed().toUpper();
    p.safeguardNote = p.safeguardNote.trimmed();
    p.dpaReference = p.dpaReference.trimmed();
    p.contact = p.contact.trimmed();
    return p;
}

Result<QList<Processor>> readProcessors(Database& db, Statement& s)
{
    QList<Processor> out;
    while (true) {
        auto step = s.step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            break;
        }
        Processor p;
        p.id = ProcessorId {s.int64(0)};
        p.uid = s.text(1);
        p.name = s.text(2);
        p.role = Processor::roleFromName(s.text(3)).value_or(ProcessorRole::ThirdParty);
        p.country = s.text(4);
        p.safeguard = Processor::safeguardFromName(s.text(5)).value_or(TransferSafeguard::None);
        p.safeguardNote = s.text(6);
        if (!s.isNull(7)) {
            p.dpaSignedOn = QDate::fromString(s.text(7), Qt::ISODate);
        }
        p.dpaReference = s.text(8);
        p.contact = s.text(9);
        p.archived = s.integer(10) != 0;
        p.createdAtMs = s.int64(11);
        p.updatedAtMs = s.int64(12);
        out.append(p);
    }
    auto purposes = db.prepare("SELECT p.id, p.uid, p.name FROM processor_purposes pp "
                               "JOIN purposes p ON p.id = pp.purpose_id WHERE pp.processor_id = ?1 "
                               "ORDER BY p.name COLLATE NOCASE, p.id");
    if (!purposes) {
        return purposes.error();
    }
    for (Processor& p : out) {
        purposes->reset();
        purposes->bind(1, p.id.value);
        while (true) {
            auto step = purposes->step();
            if (!step) {
                return step.error();
            }
            if (*step == Statement::Step::Done) {
                break;
            }
            p.purposes.append({PurposeId {purposes->int64(0)}, purposes->text(1), purposes->text(2)});
        }
    }
    return out;
}

Result<void> writePurposes(Database& db, ProcessorId id, const QList<ServedPurpose>& purposes)
{
    auto clear = db.prepare("DELETE FROM processor_purposes WHERE processor_id = ?1");
    if (!clear) {
        return clear.error();
    }
    if (auto r = clear->bind(1, id.value).run(); !r) {
        return r;
    }
    auto exists = db.prepare("SELECT count(*) FROM purposes WHERE id = ?1");
    auto insert = db.prepare("INSERT OR IGNORE INTO processor_purposes (processor_id, purpose_id) VALUES (?1, ?2)");
    if (!exists || !insert) {
        return (!exists ? exists.error() : insert.error());
    }
    for (const ServedPurpose& p : purposes) {
        exists->reset();
        exists->bind(1, p.id.value);
        if (auto step = exists->step(); !step) {
            return step.error();
        }
        if (exists->int64(0) == 0) {
            return makeError(ErrorKind::NotFound,
                             ProcessorService::tr("No such purpose; list them with: purpose list."));
        }
        insert->reset();
        if (auto r = insert->bind(1, id.value).bind(2, p.id.value).run(); !r) {
            return r;
        }
    }
    return {};
}

QList<qint64> purposeIds(const QList<ServedPurpose>& purposes)
{
    QList<qint64> ids;
    for (const auto& p : purposes) {
        ids.append(p.id.value);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

// Codes Qt knows that are not assigned ISO 3166-1 alpha-2 country codes (regions, reservations).
const QStringList& notCountries()
{
    static const QStringList codes = {QStringLiteral("EU"),
                                      QStringLiteral("EZ"),
                                      QStringLiteral("UN"),
                                      QStringLiteral("QO"),
                                      QStringLiteral("AC"),
                                      QStringLiteral("TA"),
                                      QStringLiteral("DG"),
                                      QStringLiteral("IC"),
                                      QStringLiteral("EA"),
                                      QStringLiteral("CP")};
    return codes;
}

} // namespace

QString Processor::roleName(ProcessorRole role)
{
    switch (role) {
    case ProcessorRole::Processor:
        return QStringLiteral("processor");
    case ProcessorRole::SubProcessor:
        return QStringLiteral("sub-processor");
    case ProcessorRole::JointController:
        return QStringLiteral("joint-controller");
    case ProcessorRole::Recipient:
        return QStringLiteral("recipient");
    case ProcessorRole::ThirdParty:
        return QStringLiteral("third-party");
    }
    return QStringLiteral("third-party");
}

std::optional<ProcessorRole> Processor::roleFromName(const QString& name)
{
    for (ProcessorRole r : {ProcessorRole::Processor,
                            ProcessorRole::SubProcessor,
                            ProcessorRole::JointController,
                            ProcessorRole::Recipient,
                            ProcessorRole::ThirdParty}) {
        if (roleName(r) == name.trimmed().toLower()) {
            return r;
        }
    }
    return std::nullopt;
}

QString Processor::roleLabel(ProcessorRole role)
{
    switch (role) {
    case ProcessorRole::Processor:
        return tr("Processor");
    case ProcessorRole::SubProcessor:
        return tr("Sub-processor");
    case ProcessorRole::JointController:
        return tr("Joint controller");
    case ProcessorRole::Recipient:
        return tr("Recipient");
    case ProcessorRole::ThirdParty:
        return tr("Third party");
    }
    return {};
}

QString Processor::safeguardName(TransferSafeguard safeguard)
{
    switch (safeguard) {
    case TransferSafeguard::None:
        return QStringLiteral("none");
    case TransferSafeguard::Adequacy:
        return QStringLiteral("adequacy");
    case TransferSafeguard::Sccs:
        return QStringLiteral("sccs");
    case TransferSafeguard::Bcrs:
        return QStringLiteral("bcrs");
    case TransferSafeguard::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("none");
}

std::optional<TransferSafeguard> Processor::safeguardFromName(const QString& name)
{
    for (TransferSafeguard s : {TransferSafeguard::None,
                                TransferSafeguard::Adequacy,
                                TransferSafeguard::Sccs,
                                TransferSafeguard::Bcrs,
                                TransferSafeguard::Other}) {
        if (safeguardName(s) == name.trimmed().toLower()) {
            return s;
        }
    }
    return std::nullopt;
}

QString Processor::safeguardLabel(TransferSafeguard safeguard)
{
    switch (safeguard) {
    case TransferSafeguard::None:
        return tr("No safeguard");
    case TransferSafeguard::Adequacy:
        return tr("Adequacy decision (Art. 45 GDPR)");
    case TransferSafeguard::Sccs:
        return tr("Standard contractual clauses (Art. 46(2)(c) GDPR)");
    case TransferSafeguard::Bcrs:
        return tr("Binding corporate rules (Art. 47 GDPR)");
    case TransferSafeguard::Other:
        return tr("Other safeguard (Art. 46 or 49 GDPR)");
    }
    return {};
}

const QStringList& Processor::eeaCountries()
{
    // EU-27 (2020 onwards), then the EEA EFTA states.
    static const QStringList codes = {
        QStringLiteral("AT"), QStringLiteral("BE"), QStringLiteral("BG"), QStringLiteral("HR"), QStringLiteral("CY"),
        QStringLiteral("CZ"), QStringLiteral("DK"), QStringLiteral("EE"), QStringLiteral("FI"), QStringLiteral("FR"),
        QStringLiteral("DE"), QStringLiteral("GR"), QStringLiteral("HU"), QStringLiteral("IE"), QStringLiteral("IT"),
        QStringLiteral("LV"), QStringLiteral("LT"), QStringLiteral("LU"), QStringLiteral("MT"), QStringLiteral("NL"),
        QStringLiteral("PL"), QStringLiteral("PT"), QStringLiteral("RO"), QStringLiteral("SK"), QStringLiteral("SI"),
        QStringLiteral("ES"), QStringLiteral("SE"), QStringLiteral("IS"), QStringLiteral("LI"), QStringLiteral("NO"),
    };
    return codes;
}

bool Processor::isInEea(const QString& country)
{
    return eeaCountries().contains(country.trimmed().toUpper());
}

bool Processor::isValidCountry(const QString& country)
{
    const QString code = country.trimmed().toUpper();
    if (code.size() != 2 || notCountries().contains(code)) {
        return false;
    }
    return QLocale::codeToTerritory(code) != QLocale::AnyTerritory;
}

QString Processor::countryName(const QString& country)
{
    const QString code = country.trimmed().toUpper();
    if (!isValidCountry(code)) {
        return code;
    }
    return QLocale::territoryToString(QLocale::codeToTerritory(code));
}

ProcessorService::ProcessorService(security::MutationGate& gate, const Clock& clock)
    : m_gate(gate)
    , m_clock(clock)
{
}

QStringList ProcessorService::validate(const Processor& raw)
{
    const Processor p = normalized(raw);
    QStringList problems;
    if (p.name.isEmpty() || p.name.size() > kMaxNameLength || !TextRules::isAllowed(p.name, TextLines::One)) {
        problems << tr("A processor needs a name of 1 to %1 characters on one line.").arg(kMaxNameLength);
    }
    if (!p.country.isEmpty() && !Processor::isValidCountry(p.country)) {
        problems << tr("The country is a two-letter ISO 3166-1 code such as DE, FR or US.");
    }
    if (p.safeguard == TransferSafeguard::Other && p.safeguardNote.isEmpty()) {
        problems << tr("An \"other\" transfer safeguard needs a note saying what it is.");
    }
    if (!raw.dpaSignedOn.isNull() && !raw.dpaSignedOn.isValid()) {
        problems << tr("The date the data-processing agreement was signed is not a valid date.");
    }
    for (const QString* text : {&p.safeguardNote, &p.dpaReference, &p.contact}) {
        if (text->size() > kMaxTextLength || !TextRules::isAllowed(*text, TextLines::Many)) {
            problems << tr("Notes, references and contacts may have at most %1 characters.").arg(kMaxTextLength);
            break;
        }
    }
    return problems;
}

Result<QList<Processor>> ProcessorService::list(bool includeArchived) const
{
    if (auto allowed = mayView(m_gate); !allowed) {
        return allowed.error();
    }
    auto s = m_gate.db().prepare(
        QStringLiteral("SELECT %1 FROM processors %2 ORDER BY name COLLATE NOCASE, id")
            .arg(QLatin1String(kColumns), includeArchived ? QString() : QStringLiteral("WHERE archived = 0")));
    if (!s) {
        return s.error();
    }
    return readProcessors(m_gate.db(), *s);
}

Result<Processor> ProcessorService::get(ProcessorId id) const
{
    if (auto allowed = mayView(m_gate); !allowed) {
        return allowed.error();
    }
    auto s
        = m_gate.db().prepare(QStringLiteral("SELECT %1 FROM processors WHERE id = ?1").arg(QLatin1String(kColumns)));
    if (!s) {
        return s.error();
    }
    s->bind(1, id.value);
    auto rows = readProcessors(m_gate.db(), *s);
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty()) {
        return makeError(ErrorKind::NotFound, tr("No such processor; list them with: processor list."));
    }
    return rows->first();
}

Result<Processor> ProcessorService::find(const QString& nameOrUid) const
{
    if (auto allowed = mayView(m_gate); !allowed) {
        return allowed.error();
    }
    const QString wanted = nameOrUid.trimmed();
    auto s = m_gate.db().prepare(QStringLiteral("SELECT %1 FROM processors WHERE uid = ?1 OR name = ?2 COLLATE NOCASE "
                                                "ORDER BY uid = ?1 DESC LIMIT 1")
                                     .arg(QLatin1String(kColumns)));
    if (!s) {
        return s.error();
    }
    s->bind(1, wanted.toLower()).bind(2, wanted);
    auto rows = readProcessors(m_gate.db(), *s);
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty()) {
        return makeError(ErrorKind::NotFound, tr("No processor has that name or id; list them with: processor list."));
    }
    return rows->first();
}

Result<Processor> ProcessorService::create(Processor processor)
{
    if (const QStringList problems = validate(processor); !problems.isEmpty()) {
        return makeError(ErrorKind::Invalid, problems.join(QLatin1Char(' ')));
    }
    Processor p = normalized(std::move(processor));
    p.uid = newUid();
    p.archived = false;
    const qint64 now = m_clock.nowMs();
    security::Mutation m {QStringLiteral("processor.create"), QStringLiteral("processor"), p.uid};
    m.permission = security::Permission::ManagePurposes;
    m.note = QStringLiteral("role=%1 transfer=%2")
                 .arg(Processor::roleName(p.role), p.isTransfer() ? QStringLiteral("1") : QStringLiteral("0"));
    auto created = m_gate.apply<ProcessorId>(m, [&](Database& db, security::Mutation&) -> Result<ProcessorId> {
        auto s = db.prepare("INSERT INTO processors (uid, name, role, country, safeguard, safeguard_note, "
                            "dpa_signed_on, dpa_reference, contact, archived, created_at, updated_at) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 0, ?10, ?10)");
        if (!s) {
            return s.error();
        }
        s->bind(1, p.uid)
            .bind(2, p.name)
            .bind(3, Processor::roleName(p.role))
            .bind(4, p.country)
            .bind(5, Processor::safeguardName(p.safeguard))
            .bind(6, p.safeguardNote)
            .bind(7,
                  p.dpaSignedOn.isValid() ? std::optional<QString>(p.dpaSignedOn.toString(Qt::ISODate)) : std::nullopt)
            .bind(8, p.dpaReference)
            .bind(9, p.contact)
            .bind(10, now);
        if (auto r = s->run(); !r) {
            auto taken = db.prepare("SELECT count(*) FROM processors WHERE name = ?1 COLLATE NOCASE");
            if (taken && taken->bind(1, p.name).step() && taken->int64(0) > 0) {
                return makeError(ErrorKind::Conflict,
                                 tr("A processor of that name is in the register already (perhaps archived)."));
            }
            return r.error();
        }
        const ProcessorId id {db.lastInsertRowId()};
        if (auto r = writePurposes(db, id, p.purposes); !r) {
            return r.error();
        }
        return id;
    });
    if (!created) {
        return created.error();
    }
    return get(*created);
}

Result<Processor> ProcessorService::update(const Processor& processor)
{
    auto before = get(processor.id);
    if (!before) {
        return before.error();
    }
    if (const QStringList problems = validate(processor); !problems.isEmpty()) {
        return makeError(ErrorKind::Invalid, problems.join(QLatin1Char(' ')));
    }
    const Processor p = normalized(processor);
    QStringList fields;
    auto changed = [&fields](bool differs, const char* name) {
        if (differs) {
            fields << QString::fromLatin1(name);
        }
    };
    changed(p.name != before->name, "name");
    changed(p.role != before->role, "role");
    changed(p.country != before->country, "country");
    changed(p.safeguard != before->safeguard, "safeguard");
    changed(p.safeguardNote != before->safeguardNote, "safeguard_note");
    changed(p.dpaSignedOn != before->dpaSignedOn, "dpa_signed_on");
    changed(p.dpaReference != before->dpaReference, "dpa_reference");
    changed(p.contact != before->contact, "contact");
    changed(purposeIds(p.purposes) != purposeIds(before->purposes), "purposes");
    if (fields.isEmpty()) {
        return *before;
    }
    security::Mutation m {QStringLiteral("processor.update"), QStringLiteral("processor"), before->uid, fields};
    m.permission = security::Permission::ManagePurposes;
    auto r = m_gate.apply<bool>(m, [&](Database& db, security::Mutation&) -> Result<bool> {
        auto s = db.prepare("UPDATE processors SET name = ?2, role = ?3, country = ?4, safeguard = ?5, "
                            "safeguard_note = ?6, dpa_signed_on = ?7, dpa_reference = ?8, contact = ?9, "
                            "updated_at = ?10 WHERE id = ?1");
        if (!s) {
            return s.error();
        }
        s->bind(1, p.id.value)
            .bind(2, p.name)
            .bind(3, Processor::roleName(p.role))
            .bind(4, p.country)
            .bind(5, Processor::safeguardName(p.safeguard))
            .bind(6, p.safeguardNote)
            .bind(7,
                  p.dpaSignedOn.isValid() ? std::optional<QString>(p.dpaSignedOn.toString(Qt::ISODate)) : std::nullopt)
            .bind(8, p.dpaReference)
            .bind(9, p.contact)
            .bind(10, m_clock.nowMs());
        if (auto run = s->run(); !run) {
            if (fields.contains(QStringLiteral("name"))) {
                return makeError(ErrorKind::Conflict,
                                 tr("A processor of that name is in the register already (perhaps archived)."));
            }
            return run.error();
        }
        if (fields.contains(QStringLiteral("purposes"))) {
            if (auto w = writePurposes(db, p.id, p.purposes); !w) {
                return w.error();
            }
        }
        return true;
    });
    if (!r) {
        return r.error();
    }
    return get(p.id);
}

Result<Processor> ProcessorService::setArchived(ProcessorId id, bool archived)
{
    auto before = get(id);
    if (!before) {
        return before.error();
    }
    if (before->archived == archived) {
        return *before;
    }
    security::Mutation m {archived ? QStringLiteral("processor.archive") : QStringLiteral("processor.restore"),
                          QStringLiteral("processor"),
                          before->uid,
                          {QStringLiteral("archived")}};
    m.permission = security::Permission::ManagePurposes;
    auto r = m_gate.apply<bool>(m, [&](Database& db, security::Mutation&) -> Result<bool> {
        auto s = db.prepare("UPDATE processors SET archived = ?2, updated_at = ?3 WHERE id = ?1");
        if (!s) {
            return s.error();
        }
        if (auto run = s->bind(1, id.value).bind(2, archived ? 1 : 0).bind(3, m_clock.nowMs()).run(); !run) {
            return run.error();
        }
        return true;
    });
    if (!r) {
        return r.error();
    }
    return get(id);
}

} // namespace confidant::privacy
