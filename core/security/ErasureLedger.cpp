#include "ErasureLedger.h"

#include "core/security/MutationGate.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace confidant::security {

using storage::Database;
using storage::Statement;

Result<QList<ErasureRecord>> ErasureLedger::all(Database& db)
{
    auto s = db.prepare("SELECT uid, erased_at, entity_type, entity_uid, identifiers, profile_uid, released_holds "
                        "FROM erasure_ledger ORDER BY erased_at, seq");
    if (!s) {
        return s.error();
    }
    QList<ErasureRecord> out;
    while (true) {
        auto step = s->step();
        if (!step) {
            return step.error();
        }
        if (*step == Statement::Step::Done) {
            return out;
        }
        ErasureRecord r;
        r.uid = s->text(0);
        r.erasedAtMs = s->int64(1);
        r.entityType = s->text(2);
        r.entityUid = s->text(3);
        for (const auto& v : QJsonDocument::fromJson(s->text(4).toUtf8()).array()) {
            r.identifierHashes.append(v.toString());
        }
        r.profileUid = s->text(5);
        for (const auto& v : QJsonDocument::fromJson(s->text(6).toUtf8()).array()) {
            r.releasedHolds.append(v.toString());
        }
        out.append(r);
    }
}

Result<void> ErasureLedger::append(Database& db, const ErasureRecord& r)
{
    auto s
        = db.prepare("INSERT INTO erasure_ledger (uid, erased_at, entity_type, entity_uid, identifiers, profile_uid, "
                     "released_holds) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!s) {
        return s.error();
    }
    s->bind(1, r.uid)
        .bind(2, r.erasedAtMs)
        .bind(3, r.entityType)
        .bind(4, r.entityUid)
        .bind(5,
              QString::fromUtf8(
                  QJsonDocument(QJsonArray::fromStringList(r.identifierHashes)).toJson(QJsonDocument::Compact)))
        .bind(6, r.profileUid)
        .bind(7,
              QString::fromUtf8(
                  QJsonDocument(QJsonArray::fromStringList(r.releasedHolds)).toJson(QJsonDocument::Compact)));
    return s->run();
}

ErasureLedger::Applier ErasureLedger::defaultApplier()
{
    return [](Database& db, const ErasureRecord& r) -> Result<void> {
        const char* sql = nullptr;
        if (r.entityType == QLatin1String("contact")) {
            sql = "DELETE FROM contacts WHERE uid = ?1";
        } else if (r.entityType == QLatin1String("company")) {
            sql = "DELETE FROM companies WHERE uid = ?1";
        } else {
            return makeError(ErrorKind::Unsupported,
                             tr("The erasure ledger names a kind of record this version cannot erase; update "
                                "Confidant and restore again."));
        }
        auto s = db.prepare(sql);
        if (!s) {
            return s.error();
        }
        s->bind(1, r.entityUid);
        return s->run();
    };
}

Result<int> ErasureLedger::reapply(MutationGate& gate, const QList<ErasureRecord>& records, const Applier& applier)
{
    auto present = all(gate.db());
    if (!present) {
        return present.error();
    }
    QSet<QString> known;
    for (const auto& r : *present) {
        known.insert(r.uid);
    }
    QList<ErasureRecord> todo;
    for (const auto& r : records) {
        // The same entry may come from several ledgers (the backup's, a vault's, a file's): once is enough.
        if (!known.contains(r.uid)) {
            known.insert(r.uid);
            todo.append(r);
        }
    }
    std::stable_sort(todo.begin(), todo.end(), [](const ErasureRecord& a, const ErasureRecord& b) {
        return a.erasedAtMs < b.erasedAtMs;
    });
    int applied = 0;
    for (const auto& r : todo) {
        Mutation m(QStringLiteral("erasure.reapply"), r.entityType, r.entityUid);
        m.permission = Permission::BackupRestore;
        m.note = QStringLiteral("ledger=") + r.uid;
        auto done = gate.apply<int>(m, [&](Database& db, Mutation&) -> Result<int> {
            if (auto e = applier(db, r); !e) {
                return e.error();
            }
            if (auto e = append(db, r); !e) {
                return e.error();
            }
            return 1;
        });
        if (!done) {
            return done.error();
        }
        applied += *done;
    }
    return applied;
}

} // namespace confidant::security
