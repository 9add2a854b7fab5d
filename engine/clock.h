// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

namespace bw {

using namespace std::chrono_literals;

/// Monotonic time for every decision the engine makes.
using SteadyTime = std::chrono::steady_clock::time_point;
/// Wall-clock UTC time, for stamping records and for HTTP dates only.
using WallTime = std::chrono::system_clock::time_point;
using Millis = std::chrono::milliseconds;

/// The one source of time for the engine. Policies never read a clock: they take `now`.
/// Runners hold a Clock& so that tests can hand them a FakeClock.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual SteadyTime now() const = 0;
    virtual WallTime wallNow() const = 0;
};

class SystemClock final : public Clock
{
public:
    SteadyTime now() const override { return std::chrono::steady_clock::now(); }
    WallTime wallNow() const override { return std::chrono::system_clock::now(); }
};

/// Whole milliseconds between two instants, rounded up so that "wait this long" never
/// wakes early.
inline Millis ceilMillis(std::chrono::nanoseconds d)
{
    return std::chrono::ceil<Millis>(d);
}

} // namespace bw
