// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"

namespace bw {

/// A clock that moves only when told to. Steady and wall time advance together.
class FakeClock final : public Clock
{
public:
    FakeClock() : m_wall(std::chrono::sys_days{std::chrono::year{2026} / 8 / 20} + 9h) {}

    SteadyTime now() const override { return m_now; }
    WallTime wallNow() const override { return m_wall; }
    void advance(std::chrono::nanoseconds step)
    {
        m_now += step;
        m_wall += std::chrono::duration_cast<WallTime::duration>(step);
    }
    void setWall(WallTime wall) { m_wall = wall; }

private:
    SteadyTime m_now{std::chrono::hours(1000)};
    WallTime m_wall;
};

} // namespace bw
