#include "SettingsDialog.h"

#include "core/Session.h"

#include "ui/FieldErrorLabel.h"
#include "ui/RecordInfo.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace confidant::ui {

namespace {

QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setEnabled(false); // drawn in the disabled (grey) text colour
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    const bool mayLock = session.gate().may(security::Permission::ManageProfiles);
    const bool mayBackup = session.gate().may(security::Permission::BackupRestore);

    auto* locking = new QGroupBox(tr("Locking"), this);
    m_lockMinutes = new QSpinBox(locking);
    m_lockMinutes->setObjectName(QStringLiteral("autoLockMinutes"));
    m_lockMinutes->setRange(0, security::SettingsService::kMaxAutoLockMinutes);
    m_lockMinutes->setSpecialValueText(tr("Never"));
    m_lockMinutes->setSuffix(tr(" min"));
    m_lockMinutes->setEnabled(mayLock);
    auto* lockForm = new QFormLayout(locking);
    lockForm->addRow(tr("&Lock after this long without use:"), m_lockMinutes);
    lockForm->addRow(note(tr("Locking closes the vault and forgets its key until someone unlocks it again. "
                             "Ctrl+L locks at once."),
                          locking));
    if (!mayLock) {
        lockForm->addRow(note(tr("Only a profile that may manage profiles can change this."), locking));
    }

    auto* backups = new QGroupBox(tr("Backups"), this);
    m_backupEnabled = new QCheckBox(tr("Make &encrypted backups on a schedule"), backups);
    m_backupEnabled->setObjectName(QStringLiteral("backupEnabled"));
    m_backupHours = new QSpinBox(backups);
    m_backupHours->setObjectName(QStringLiteral("backupHours"));
    m_backupHours->setRange(1, 24 * 31);
    m_backupHours->setSuffix(tr(" h"));
    m_backupKeep = new QSpinBox(backups);
    m_backupKeep->setObjectName(QStringLiteral("backupKeep"));
    m_backupKeep->setRange(1, 1000);
    m_lastBackup = new QLabel(backups);
    m_lastBackup->setObjectName(QStringLiteral("lastBackup"));
    m_lastBackup->setTextFormat(Qt::PlainText);
    auto* backupForm = new QFormLayout(backups);
    backupForm->addRow(m_backupEnabled);
    backupForm->addRow(tr("Every:"), m_backupHours);
    backupForm->addRow(tr("&Keep the newest:"), m_backupKeep);
    backupForm->addRow(tr("Last backup:"), m_lastBackup);
    for (QWidget* w : {static_cast<QWidget*>(m_backupEnabled),
                       static_cast<QWidget*>(m_backupHours),
                       static_cast<QWidget*>(m_backupKeep)}) {
        w->setEnabled(mayBackup);
    }
    if (!mayBackup) {
        backupForm->addRow(note(tr("Only a profile that may back up and restore can change this."), backups));
    }
    connect(m_backupEnabled, &QCheckBox::toggled, this, [this, mayBackup](bool on) {
        m_backupHours->setEnabled(mayBackup && on);
        m_backupKeep->setEnabled(mayBackup && on);
    });

    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("error"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setEnabled(mayLock || mayBackup);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(locking);
    layout->addWidget(backups);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 34);

    load();
}

void SettingsDialog::load()
{
    QStringList problems;
    if (auto minutes = m_session.settings().autoLockMinutes()) {
        m_loadedMinutes = m_savedMinutes = *minutes;
        m_lockMinutes->setValue(*minutes);
    } else {
        problems.append(minutes.error().message);
        m_lockMinutes->setEnabled(false);
    }
    if (auto schedule = m_session.settings().backupSchedule()) {
        m_backupLoaded = true;
        m_loadedEnabled = schedule->enabled;
        m_loadedHours = schedule->intervalHours;
        m_loadedKeep = schedule->keep;
        m_backupEnabled->setChecked(schedule->enabled);
        m_backupHours->setValue(schedule->intervalHours);
        m_backupKeep->setValue(schedule->keep);
        m_backupHours->setEnabled(m_backupEnabled->isEnabled() && schedule->enabled);
        m_backupKeep->setEnabled(m_backupEnabled->isEnabled() && schedule->enabled);
    } else {
        problems.append(schedule.error().message);
        m_backupEnabled->setEnabled(false);
        m_backupHours->setEnabled(false);
        m_backupKeep->setEnabled(false);
    }
    if (auto last = m_session.settings().lastBackupAt()) {
        m_lastBackup->setText(last->has_value() ? RecordInfo::formatTime(**last) : tr("none yet"));
    } else {
        problems.append(last.error().message);
    }
    m_error->setMessage(problems.join(QLatin1Char('\n')));
}

void SettingsDialog::save()
{
    // Only what changed is written, so a profile allowed one part is never refused for the other.
    if (m_lockMinutes->isEnabled() && m_lockMinutes->value() != m_loadedMinutes) {
        if (auto r = m_session.settings().setAutoLockMinutes(m_lockMinutes->value()); !r) {
            m_error->setMessage(r.error().message);
            return;
        }
        m_loadedMinutes = m_savedMinutes = m_lockMinutes->value();
    }
    const bool backupChanged = m_backupLoaded
        && (m_backupEnabled->isChecked() != m_loadedEnabled || m_backupHours->value() != m_loadedHours
            || m_backupKeep->value() != m_loadedKeep);
    if (m_backupEnabled->isEnabled() && backupChanged) {
        security::BackupSchedule schedule;
        schedule.enabled = m_backupEnabled->isChecked();
        schedule.intervalHours = m_backupHours->value();
        schedule.keep = m_backupKeep->value();
        if (auto r = m_session.settings().setBackupSchedule(schedule); !r) {
            m_error->setMessage(r.error().message);
            return;
        }
    }
    m_error->setMessage(QString());
    accept();
}

} // namespace confidant::ui
