#pragma once

#include "core/crm/ImportService.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

class QWidget;

namespace confidant::ui {

//! How the editors show a record's provenance (Art. 14(2)(f)) and times.
class RecordInfo
{
    Q_DECLARE_TR_FUNCTIONS(RecordInfo)

public:
    //! "Entered in Confidant", "Imported (contacts.csv)", … for a stored `source` such as "manual:gui".
    static QString describeSource(const QString& source);
    //! The same; for an imported record with its batch: "Imported from contacts.csv on <date> by anna".
    static QString describeSource(const QString& source, const std::optional<crm::ImportBatch>& batch);
    //! A stored UTC time in milliseconds, in the user's locale and time zone.
    static QString formatTime(qint64 utcMs);
    //! Only the day of a stored UTC time, in the user's locale (short format) and time zone.
    static QString formatDate(qint64 utcMs);
    //! The tags typed into an editor's "a, b, c" field: trimmed, empty ones and repeats (ignoring case) left out.
    static QStringList splitTags(const QString& text);
    //! Hides the editor rows of the fields an admin switched off (data minimisation): `rows` holds each
    //! field's row widget by registry name, `disabledKeys` the switched-off "entity.name" keys. A row in a
    //! QFormLayout goes with its label; the stored values stay as they are.
    static void
    hideDisabledRows(const QHash<QString, QWidget*>& rows, const QString& entity, const QSet<QString>& disabledKeys);
};

} // namespace confidant::ui
