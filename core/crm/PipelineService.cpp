#include "PipelineService.h"

#include "core/TextRules.h"
#include "core/security/MutationGate.h"
#include "core/storage/Statement.h"

#include <QUuid>

#include <algorithm>

namespace confidant::crm {

using storage::Database;
using storage::Statement;

namespace {

Result<void> mayView(security::MutationGate& gate)
{
    security::Mutation read {QStringLiteral("pipeline.view"), QStringLiteral("pipeline")};
    read.permission = security::Permission::ViewContacts;
    return gate.require(read);
}

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<QList<Stage>> readStages(Database& db, PipelineId pipeline)
{
    auto s = db.prepare("SELECT id, uid, pipeline_id, name, position, probability, kind FROM stages "
                        "WHERE pipeline_id = ?1 ORDER BY position, id");
    if (!s) {
        return s.error();
    }
    s->bind(1, pipeline.value);
    QList<Stage> stages;
    while (true) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            break;
        }
        Stage st;
        st.id = StageId {s->int64(0)};
        st.uid = s->text(1);
        st.pipelineId = PipelineId {s->int64(2)};
        st.name = s->text(3);
        st.position = s->integer(4);
        st.probability = s->integer(5);
        st.kind = kindFromName(s->text(6)).value_or(StageKind::Open);
        stages.append(st);
    }
    return stages;
}

// Rewrites positions 0..n-1 in the given order.
Result<void> writePositions(Database& db, const QList<Stage>& stages)
{
    auto s = db.prepare("UPDATE stages SET position = ?2 WHERE id = ?1");
    if (!s) {
        return s.error();
    }
    for (int i = 0; i < stages.size(); ++i) {
        if (auto r = s->bind(1, stages.at(i).id.value).bind(2, i).run(); !r) {
            return r;
        }
        s->reset();
    }
    return {};
}

Result<Stage> insertStage(Database& db, PipelineId pipeline, Stage stage, int position)
{
    auto s = db.prepare("INSERT INTO stages (uid, pipeline_id, name, position, probability, kind) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!s) {
        return s.error();
    }
    stage.uid = newUid();
    stage.pipelineId = pipeline;
    stage.position = position;
    stage.name = stage.name.trimmed();
    s->bind(1, stage.uid)
        .bind(2, pipeline.value)
        .bind(3, stage.name)
        .bind(4, position)
        .bind(5, stage.probability)
        .bind(6, kindName(stage.kind));
    if (auto r = s->run(); !r) {
        return r.error();
    }
    stage.id = StageId {db.lastInsertRowId()};
    return stage;
}

security::Mutation configure(const char* action, const QString& entityType, const QString& uid, QStringList fields = {})
{
    security::Mutation m {QString::fromLatin1(action), entityType, uid, std::move(fields)};
    m.permission = security::Permission::ManagePipelines;
    return m;
}

} // namespace

PipelineService::PipelineService(security::MutationGate& gate, const Clock& clock)
    : m_gate(gate)
    , m_clock(clock)
{
}

Result<void> PipelineService::ensureSeeded()
{
    if (m_seeded) {
        return {};
    }
    auto count = m_gate.db().queryInt("SELECT count(*) FROM pipelines");
    if (!count) {
        return count.error();
    }
    if (*count > 0) {
        m_seeded = true;
        return {};
    }
    // Every vault has a pipeline to put deals in: seeding it needs no permission, so that a read-only
    // profile opening the Deals page first sees the same board as everyone else.
    const qint64 now = m_clock.nowMs();
    const QString uid = newUid();
    security::Mutation m {QStringLiteral("pipeline.create"), QStringLiteral("pipeline"), uid, {}};
    m.note = QStringLiteral("default");
    const QList<std::tuple<QString, int, StageKind>> stages = {{tr("Lead"), 10, StageKind::Open},
                                                               {tr("Qualified"), 25, StageKind::Open},
                                                               {tr("Proposal"), 50, StageKind::Open},
                                                               {tr("Negotiation"), 75, StageKind::Open},
                                                               {tr("Won"), 100, StageKind::Won},
                                                               {tr("Lost"), 0, StageKind::Lost}};
    const QString name = tr("Sales");
    auto r = m_gate.apply<bool>(m, [&](Database& db, security::Mutation&) -> Result<bool> {
        auto s = db.prepare("INSERT INTO pipelines (uid, name, position, created_at, updated_at) "
                            "VALUES (?1, ?2, 0, ?3, ?3)");
        if (!s) {
            return s.error();
        }
        if (auto run = s->bind(1, uid).bind(2, name).bind(3, now).run(); !run) {
            return run.error();
        }
        const PipelineId id {db.lastInsertRowId()};
        int position = 0;
        for (const auto& [stageName, probability, kind] : stages) {
            Stage st;
            st.name = stageName;
            st.probability = probability;
            st.kind = kind;
            if (auto added = insertStage(db, id, st, position++); !added) {
                return added.error();
            }
        }
        return true;
    });
    if (!r) {
        return r.error();
    }
    m_seeded = true;
    return {};
}

Result<QList<Pipeline>> PipelineService::pipelines()
{
    if (auto allowed = mayView(m_gate); !allowed) {
        return allowed.error();
    }
    if (auto seeded = ensureSeeded(); !seeded) {
        return seeded.error();
    }
    auto s = m_gate.db().prepare("SELECT id, uid, name, position FROM pipelines ORDER BY position, id");
    if (!s) {
        return s.error();
    }
    QList<Pipeline> out;
    while (true) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            break;
        }
        Pipeline p;
        p.id = PipelineId {s->int64(0)};
        p.uid = s->text(1);
        p.name = s->text(2);
        p.position = s->integer(3);
        out.append(p);
    }
    for (Pipeline& p : out) {
        auto stages = readStages(m_gate.db(), p.id);
        if (!stages) {
            return stages.error();
        }
        p.stages = *stages;
    }
    return out;
}

Result<Pipeline> PipelineService::pipeline(PipelineId id)
{
    auto all = pipelines();
    if (!all) {
        return all.error();
    }
    for (const Pipeline& p : *all) {
        if (p.id == id) {
            return p;
        }
    }
    return makeError(ErrorKind::NotFound, tr("No such pipeline; it may have been deleted."));
}

Result<Pipeline> PipelineService::find(const QString& nameOrUid)
{
    auto all = pipelines();
    if (!all) {
        return all.error();
    }
    const QString wanted = nameOrUid.trimmed();
    if (wanted.isEmpty() && !all->isEmpty()) {
        return all->first();
    }
    for (const Pipeline& p : *all) {
        if (p.uid == wanted.toLower() || p.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            return p;
        }
    }
    return makeError(ErrorKind::NotFound, tr("No pipeline has that name or id; list them with: pipeline list."));
}

Result<Stage> PipelineService::findStage(const Pipeline& pipeline, const QString& nameOrUid) const
{
    const QString wanted = nameOrUid.trimmed();
    for (const Stage& s : pipeline.stages) {
        if (s.uid == wanted.toLower() || s.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            return s;
        }
    }
    return makeError(ErrorKind::NotFound,
                     tr("The pipeline has no stage of that name or id; list them with: pipeline list."));
}

Result<Pipeline> PipelineService::pipelineOfStage(StageId stage)
{
    auto all = pipelines();
    if (!all) {
        return all.error();
    }
    for (const Pipeline& p : *all) {
        if (p.stage(stage)) {
            return p;
        }
    }
    return makeError(ErrorKind::NotFound, tr("No such stage; it may have been deleted."));
}

Result<void> PipelineService::validateStage(const Stage& stage) const
{
    const QString name = stage.name.trimmed();
    if (name.isEmpty() || name.size() > 60 || !TextRules::isAllowed(name, TextLines::One)) {
        return makeError(ErrorKind::Invalid, tr("A stage needs a name of 1 to 60 characters."));
    }
    if (stage.probability < 0 || stage.probability > 100) {
        return makeError(ErrorKind::Invalid, tr("A stage's probability is a whole number from 0 to 100."));
    }
    return {};
}

Result<Pipeline> PipelineService::createPipeline(const QString& name, const QList<Stage>& stages)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 60 || !TextRules::isAllowed(trimmed, TextLines::One)) {
        return makeError(ErrorKind::Invalid, tr("A pipeline needs a name of 1 to 60 characters."));
    }
    if (stages.isEmpty()) {
        return makeError(ErrorKind::Invalid, tr("A pipeline needs at least one stage."));
    }
    for (const Stage& st : stages) {
        if (auto r = validateStage(st); !r) {
            return r.error();
        }
    }
    if (auto seeded = ensureSeeded(); !seeded) {
        return seeded.error();
    }
    const qint64 now = m_clock.nowMs();
    const QString uid = newUid();
    security::Mutation m = configure("pipeline.create", QStringLiteral("pipeline"), uid);
    m.count = stages.size();
    auto created = m_gate.apply<PipelineId>(m, [&](Database& db, security::Mutation&) -> Result<PipelineId> {
        auto exists = db.prepare("SELECT count(*) FROM pipelines WHERE name = ?1");
        if (!exists) {
            return exists.error();
        }
        exists->bind(1, trimmed);
        if (auto step = exists->step(); !step) {
            return step.error();
        }
        if (exists->int64(0) > 0) {
            return makeError(ErrorKind::Conflict, tr("A pipeline of that name exists already; choose another name."));
        }
        auto s = db.prepare("INSERT INTO pipelines (uid, name, position, created_at, updated_at) "
                            "VALUES (?1, ?2, (SELECT coalesce(max(position), -1) + 1 FROM pipelines), ?3, ?3)");
        if (!s) {
            return s.error();
        }
        if (auto run = s->bind(1, uid).bind(2, trimmed).bind(3, now).run(); !run) {
            return run.error();
        }
        const PipelineId id {db.lastInsertRowId()};
        QStringList seen;
        for (int i = 0; i < stages.size(); ++i) {
            if (seen.contains(stages.at(i).name.trimmed(), Qt::CaseInsensitive)) {
                return makeError(ErrorKind::Invalid, tr("Two stages of a pipeline cannot have the same name."));
            }
            seen.append(stages.at(i).name.trimmed());
            if (auto added = insertStage(db, id, stages.at(i), i); !added) {
                return added.error();
            }
        }
        return id;
    });
    if (!created) {
        return created.error();
    }
    return pipeline(*created);
}

Result<Pipeline> PipelineService::renamePipeline(PipelineId id, const QString& name)
{
    auto existing = pipeline(id);
    if (!existing) {
        return existing.error();
    }
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 60 || !TextRules::isAllowed(trimmed, TextLines::One)) {
        return makeError(ErrorKind::Invalid, tr("A pipeline needs a name of 1 to 60 characters."));
    }
    security::Mutation m
        = configure("pipeline.update", QStringLiteral("pipeline"), existing->uid, {QStringLiteral("name")});
    auto r = m_gate.apply<bool>(m, [&](Database& db, security::Mutation&) -> Result<bool> {
        auto s = db.prepare("UPDATE pipelines SET name = ?2, updated_at = ?3 WHERE id = ?1");
        if (!s) {
            return s.error();
        }
        if (auto run = s->bind(1, id.value).bind(2, trimmed).bind(3, m_clock.nowMs()).run(); !run) {
            return makeError(ErrorKind::Conflict, tr("A pipeline of that name exists already; choose another name."));
        }
        return true;
    });
    if (!r) {
        return r.error();
    }
    return pipeline(id);
}

Result<void> PipelineService::removePipeline(PipelineId id)
{
    auto existing = pipeline(id);
    if (!existing) {
        return existing.error();
    }
    security::Mutation m = configure("pipeline.delete", QStringLiteral("pipeline"), existing->uid);
    return m_gate.apply<void>(m, [&](Database& db, security::Mutation&) -> Result<void> {
        auto all = db.queryInt("SELECT count(*) FROM pipelines");
        if (!all) {
            return all.error();
        }
        if (*all <= 1) {
            return makeError(ErrorKind::Conflict, tr("The last pipeline cannot be deleted; rename it instead."));
        }
        auto s = db.prepare("SELECT count(*) FROM deals WHERE pipeline_id = ?1");
        if (!s) {
            return s.error();
        }
        s->bind(1, id.value);
        if (auto step = s->step(); !step) {
            return step.error();
        }
        if (const qint64 deals = s->int64(0); deals > 0) {
            return makeError(
                ErrorKind::Conflict,
                tr("The pipeline still holds %n deal(s); move or delete them first.", nullptr, int(deals)));
        }
        auto del = db.prepare("DELETE FROM pipelines WHERE id = ?1");
        if (!del) {
            return del.error();
        }
        return del->bind(1, id.value).run();
    });
}

Result<Stage> PipelineService::addStage(PipelineId pipelineId, Stage stage, int position)
{
    if (auto r = validateStage(stage); !r) {
        return r.error();
    }
    auto existing = pipeline(pipelineId);
    if (!existing) {
        return existing.error();
    }
    if (auto clash = findStage(*existing, stage.name); clash) {
        return makeError(ErrorKind::Conflict, tr("The pipeline has a stage of that name already; choose another."));
    }
    QList<Stage> order = existing->stages;
    if (position < 0 || position > order.size()) {
        position = static_cast<int>(order.size());
    }
    security::Mutation m = configure("pipeline.stage-add", QStringLiteral("pipeline"), existing->uid);
    m.note = QStringLiteral("kind=") + kindName(stage.kind);
    return m_gate.apply<Stage>(m, [&](Database& db, security::Mutation& mm) -> Result<Stage> {
        auto added = insertStage(db, pipelineId, stage, position);
        if (!added) {
            return added.error();
        }
        mm.note += QStringLiteral(" stage=") + added->uid;
        order.insert(position, *added);
        if (auto r = writePositions(db, order); !r) {
            return r.error();
        }
        return added;
    });
}

Result<Stage> PipelineService::updateStage(const Stage& stage)
{
    if (auto r = validateStage(stage); !r) {
        return r.error();
    }
    auto owner = pipelineOfStage(stage.id);
    if (!owner) {
        return owner.error();
    }
    const Stage before = *owner->stage(stage.id);
    QStringList fields;
    if (before.name != stage.name.trimmed()) {
        fields.append(QStringLiteral("name"));
        for (const Stage& other : owner->stages) {
            if (other.id != stage.id && other.name.compare(stage.name.trimmed(), Qt::CaseInsensitive) == 0) {
                return makeError(ErrorKind::Conflict,
                                 tr("The pipeline has a stage of that name already; choose another."));
            }
        }
    }
    if (before.probability != stage.probability) {
        fields.append(QStringLiteral("probability"));
    }
    if (before.kind != stage.kind) {
        fields.append(QStringLiteral("kind"));
    }
    Stage after = before;
    after.name = stage.name.trimmed();
    after.probability = stage.probability;
    after.kind = stage.kind;
    if (fields.isEmpty()) {
        return after;
    }
    security::Mutation m = configure("pipeline.stage-edit", QStringLiteral("stage"), before.uid, fields);
    return m_gate.apply<Stage>(m, [&](Database& db, security::Mutation&) -> Result<Stage> {
        auto s = db.prepare("UPDATE stages SET name = ?2, probability = ?3, kind = ?4 WHERE id = ?1");
        if (!s) {
            return s.error();
        }
        s->bind(1, after.id.value).bind(2, after.name).bind(3, after.probability).bind(4, kindName(after.kind));
        if (auto r = s->run(); !r) {
            return r.error();
        }
        return after;
    });
}

Result<void> PipelineService::moveStage(StageId stage, int position)
{
    auto owner = pipelineOfStage(stage);
    if (!owner) {
        return owner.error();
    }
    QList<Stage> order = owner->stages;
    qsizetype from = 0;
    while (order.at(from).id != stage) {
        ++from;
    }
    position = std::clamp(position, 0, static_cast<int>(order.size()) - 1);
    if (from == position) {
        return {};
    }
    order.move(from, position);
    security::Mutation m = configure(
        "pipeline.stage-move", QStringLiteral("stage"), order.at(position).uid, {QStringLiteral("position")});
    return m_gate.apply<void>(
        m, [&](Database& db, security::Mutation&) -> Result<void> { return writePositions(db, order); });
}

Result<void> PipelineService::removeStage(StageId stage)
{
    auto owner = pipelineOfStage(stage);
    if (!owner) {
        return owner.error();
    }
    const Stage victim = *owner->stage(stage);
    security::Mutation m = configure("pipeline.stage-remove", QStringLiteral("stage"), victim.uid);
    return m_gate.apply<void>(m, [&](Database& db, security::Mutation&) -> Result<void> {
        auto count = db.prepare("SELECT count(*) FROM deals WHERE stage_id = ?1");
        if (!count) {
            return count.error();
        }
        count->bind(1, stage.value);
        if (auto step = count->step(); !step) {
            return step.error();
        }
        if (const qint64 deals = count->int64(0); deals > 0) {
            return makeError(
                ErrorKind::Conflict,
                tr("The stage still holds %n deal(s); move them to another stage first.", nullptr, int(deals)));
        }
        if (owner->stages.size() <= 1) {
            return makeError(ErrorKind::Conflict, tr("A pipeline keeps at least one stage; add another first."));
        }
        auto s = db.prepare("DELETE FROM stages WHERE id = ?1");
        if (!s) {
            return s.error();
        }
        if (auto r = s->bind(1, stage.value).run(); !r) {
            return r;
        }
        QList<Stage> order = owner->stages;
        order.removeIf([stage](const Stage& st) { return st.id == stage; });
        return writePositions(db, order);
    });
}

Result<qint64> PipelineService::dealCount(StageId stage) const
{
    if (auto allowed = mayView(m_gate); !allowed) {
        return allowed.error();
    }
    auto s = m_gate.db().prepare("SELECT count(*) FROM deals WHERE stage_id = ?1");
    if (!s) {
        return s.error();
    }
    s->bind(1, stage.value);
    if (auto step = s->step(); !step) {
        return step.error();
    }
    return s->int64(0);
}

} // namespace confidant::crm
