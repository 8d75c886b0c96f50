#include "RecordInfo.h"

#include <QDateTime>
#include <QFormLayout>
#include <QLocale>
#include <QWidget>

namespace confidant::ui {

QString RecordInfo::describeSource(const QString& source)
{
    if (source == QLatin1String("manual:gui")) {
        return tr("Entered in the Confidant app");
    }
    if (source == QLatin1String("manual:cli")) {
        return tr("Entered with confidant-cli");
    }
    if (source == QLatin1String("sample-data")) {
        return tr("Generated sample data");
    }
    if (source.startsWith(QLatin1String("import:"))) {
        return tr("Imported (%1)").arg(source.mid(7));
    }
    return source.isEmpty() ? tr("Not recorded") : source;
}

QString RecordInfo::describeSource(const QString& source, const std::optional<crm::ImportBatch>& batch)
{
    if (!batch) {
        return describeSource(source);
    }
    return tr("Imported from %1 on %2 by %3").arg(batch->fileName, formatTime(batch->importedAtMs), batch->profileName);
}

QString RecordInfo::formatTime(qint64 utcMs)
{
    if (utcMs <= 0) {
        return tr("Not recorded");
    }
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toLocalTime(), QLocale::ShortFormat);
}

QString RecordInfo::formatDate(qint64 utcMs)
{
    if (utcMs <= 0) {
        return tr("Not recorded");
    }
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toLocalTime().date(),
                              QLocale::ShortFormat);
}

QStringList RecordInfo::splitTags(const QString& text)
{
    QStringList tags;
    for (const QString& part : text.split(QLatin1Char(','))) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive)) {
            tags.append(tag);
        }
    }
    return tags;
}

void RecordInfo::hideDisabledRows(const QHash<QString, QWidget*>& rows,
                                  const QString& entity,
                                  const QSet<QString>& disabledKeys)
{
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        if (!disabledKeys.contains(entity + QLatin1Char('.') + it.key())) {
            continue;
        }
        QWidget* parent = it.value()->parentWidget();
        if (auto* form = parent ? qobject_cast<QFormLayout*>(parent->layout()) : nullptr) {
            form->setRowVisible(it.value(), false);
        } else {
            it.value()->hide();
        }
    }
}

} // namespace confidant::ui
