// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "adaptivethrottle.h"

#include <algorithm>

namespace bw {

AdaptiveThrottle::Counts &AdaptiveThrottle::Counts::operator+=(const Counts &other)
{
    requests += other.requests;
    accepts += other.accepts;
    rejections += other.rejections;
    return *this;
}

AdaptiveThrottle::AdaptiveThrottle(const AdaptiveThrottleSettings &settings)
    : m_settings(settings)
    , m_window(settings.window)
{
}

double AdaptiveThrottle::rejectProbability(SteadyTime now) const
{
    if (!m_settings.enabled) {
        return 0.0;
    }
    // Written so that NaN also falls back to 1.
    const double k = m_settings.k > 1.0 ? m_settings.k : 1.0;
    const Counts t = m_window.total(now);
    const double requests = t.requests;
    return std::max(0.0, (requests - k * t.accepts) / (requests + 1.0));
}

bool AdaptiveThrottle::shouldReject(SteadyTime now, double random01)
{
    if (!(random01 < rejectProbability(now))) {
        return false;
    }
    ++m_window.current(now).rejections;
    return true;
}

void AdaptiveThrottle::recordRequest(SteadyTime now)
{
    ++m_window.current(now).requests;
}

void AdaptiveThrottle::recordAccept(SteadyTime now)
{
    ++m_window.current(now).accepts;
}

int AdaptiveThrottle::requests(SteadyTime now) const
{
    return m_window.total(now).requests;
}

int AdaptiveThrottle::accepts(SteadyTime now) const
{
    return m_window.total(now).accepts;
}

int AdaptiveThrottle::rejections(SteadyTime now) const
{
    return m_window.total(now).rejections;
}

void AdaptiveThrottle::reconfigure(const AdaptiveThrottleSettings &settings)
{
    m_settings = settings;
    m_window.setWindow(settings.window);
}

} // namespace bw
