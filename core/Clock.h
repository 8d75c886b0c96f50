#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace confidant {

//! Wall-clock time, injected so that tests can move it (STYLE.md "Dependencies and time").
class Clock
{
public:
    virtual ~Clock() = default;
    //! UTC milliseconds since the Unix epoch.
    virtual qint64 nowMs() const = 0;
    QDateTime nowUtc() const
    {
        return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
    }
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override
    {
        return QDateTime::currentMSecsSinceEpoch();
    }
};

} // namespace confidant
