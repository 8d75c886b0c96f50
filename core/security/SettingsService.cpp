#include "SettingsService.h"

#include "core/security/MutationGate.h"
#include "core/storage/Statement.h"

#include <algorithm>

namespace confidant::security {

using storage::Database;
using storage::Statement;

namespace {

Result<void> put(Database& db, const char* key, const QString& value)
{
    auto s = db.prepare("INSERT INTO settings (key, value) VALUES (?1, ?2) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!s) {
        return s.error();
    }
    s->bind(1, key).bind(2, value);
    return s->run();
}

int toInt(const std::optional<QString>& text, int fallback)
{
    bool ok = false;
    const int v = text ? text->toInt(&ok) : 0;
    return ok ? v : fallback;
}

} // namespace

SettingsService::SettingsService(MutationGate& gate)
    : m_gate(gate)
{
}

Result<std::optional<QString>> SettingsService::value(const char* key) const
{
    auto s = m_gate.db().prepare("SELECT value FROM settings WHERE key = ?1");
    if (!s) {
        return s.error();
    }
    s->bind(1, key);
    auto step = s->step();
    if (!step) {
        return step.error();
    }
    if (*step == Statement::Step::Done) {
        return std::optional<QString> {};
    }
    return std::optional<QString> {s->text(0)};
}

Result<int> SettingsService::autoLockMinutes() const
{
    auto v = value("lock.idle_minutes");
    if (!v) {
        return v.error();
    }
    return std::clamp(toInt(*v, kDefaultAutoLockMinutes), 0, kMaxAutoLockMinutes);
}

Result<void> SettingsService::setAutoLockMinutes(int minutes)
{
    if (minutes < 0 || minutes > kMaxAutoLockMinutes) {
        return makeError(ErrorKind::Invalid,
                         tr("The idle time before locking must be 0 (never) to %1 minutes.").arg(kMaxAutoLockMinutes));
    }
    Mutation m(QStringLiteral("settings.update"), QStringLiteral("settings"));
    m.fields = {QStringLiteral("lock.idle_minutes")};
    m.note = QStringLiteral("minutes=%1").arg(minutes);
    m.permission = Permission::ManageProfiles;
    return m_gate.apply<void>(m, [&](Database& db, Mutation&) -> Result<void> {
        return put(db, "lock.idle_minutes", QString::number(minutes));
    });
}

Result<BackupSchedule> SettingsService::backupSchedule() const
{
    BackupSchedule schedule;
    auto enabled = value("backup.enabled");
    auto interval = value("backup.interval_hours");
    auto keep = value("backup.keep");
    if (!enabled || !interval || !keep) {
        return (!enabled ? enabled : !interval ? interval : keep).error();
    }
    schedule.enabled = toInt(*enabled, 1) != 0;
    schedule.intervalHours = std::clamp(toInt(*interval, schedule.intervalHours), 1, 24 * 31);
    schedule.keep = std::clamp(toInt(*keep, schedule.keep), 1, 1000);
    return schedule;
}

Result<void> SettingsService::setBackupSchedule(const BackupSchedule& schedule)
{
    if (schedule.intervalHours < 1 || schedule.intervalHours > 24 * 31) {
        return makeError(ErrorKind::Invalid, tr("Backups can run every 1 to %1 hours.").arg(24 * 31));
    }
    if (schedule.keep < 1 || schedule.keep > 1000) {
        return makeError(ErrorKind::Invalid, tr("Keep 1 to 1000 scheduled backups."));
    }
    Mutation m(QStringLiteral("settings.update"), QStringLiteral("settings"));
    m.fields
        = {QStringLiteral("backup.enabled"), QStringLiteral("backup.interval_hours"), QStringLiteral("backup.keep")};
    m.note = QStringLiteral("enabled=%1 hours=%2 keep=%3")
                 .arg(schedule.enabled ? 1 : 0)
                 .arg(schedule.intervalHours)
                 .arg(schedule.keep);
    m.permission = Permission::BackupRestore;
    return m_gate.apply<void>(m, [&](Database& db, Mutation&) -> Result<void> {
        if (auto r = put(db, "backup.enabled", schedule.enabled ? QStringLiteral("1") : QStringLiteral("0")); !r) {
            return r;
        }
        if (auto r = put(db, "backup.interval_hours", QString::number(schedule.intervalHours)); !r) {
            return r;
        }
        return put(db, "backup.keep", QString::number(schedule.keep));
    });
}

Result<std::optional<qint64>> SettingsService::lastBackupAt() const
{
    auto v = value("backup.last_at");
    if (!v) {
        return v.error();
    }
    if (!v->has_value()) {
        return std::optional<qint64> {};
    }
    return std::optional<qint64> {(*v)->toLongLong()};
}

} // namespace confidant::security
