#pragma once

#include "core/Clock.h"

namespace confidant::test {

//! A clock that tests set and move by hand.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(qint64 nowMs = 1767225600000) // 2026-01-01T00:00:00Z
        : m_now(nowMs)
    {
    }
    qint64 nowMs() const override
    {
        return m_now;
    }
    void advanceMs(qint64 ms)
    {
        m_now += ms;
    }
    void advanceDays(int days)
    {
        m_now += qint64(days) * 24 * 3600 * 1000;
    }

private:
    qint64 m_now;
};

} // namespace confidant::test
