#pragma once

#include <QCoreApplication>
#include <QString>

namespace confidant::ui {

//! How the editors show a record's provenance (Art. 14(2)(f)) and times.
class RecordInfo
{
    Q_DECLARE_TR_FUNCTIONS(RecordInfo)

public:
    //! "Entered in Confidant", "Imported (contacts.csv)", … for a stored `source` such as "manual:gui".
    static QString describeSource(const QString& source);
    //! A stored UTC time in milliseconds, in the user's locale and time zone.
    static QString formatTime(qint64 utcMs);
};

} // namespace confidant::ui
