// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrybudget.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace bw {

namespace {

// 0.1 * 200 must allow the 20th retry even if the product comes out a hair under 20.
constexpr double allowanceSlack = 1e-9;

} // namespace

RetryBudget::Counts &RetryBudget::Counts::operator+=(const Counts &other)
{
    requests += other.requests;
    retries += other.retries;
    return *this;
}

RetryBudget::RetryBudget(const RetryBudgetSettings &settings)
    : m_settings(settings)
    , m_window(settings.window)
{
}

double RetryBudget::allowance(int requests) const
{
    const double seconds = std::chrono::duration<double>(m_settings.window).count();
    const double byRatio = std::max(m_settings.ratio, 0.0) * requests;
    const double floor = std::max(m_settings.minRetriesPerSecond, 0.0) * seconds;
    return std::max(byRatio, floor) + allowanceSlack;
}

void RetryBudget::recordRequest(SteadyTime now)
{
    ++m_window.current(now).requests;
}

bool RetryBudget::tryAcquireRetry(SteadyTime now)
{
    if (m_settings.enabled) {
        const Counts t = m_window.total(now);
        if (double(t.retries) + 1.0 > allowance(t.requests)) {
            return false;
        }
    }
    ++m_window.current(now).retries;
    return true;
}

double RetryBudget::ratio(SteadyTime now) const
{
    const Counts t = m_window.total(now);
    return double(t.retries) / double(std::max(t.requests, 1));
}

int RetryBudget::requests(SteadyTime now) const
{
    return m_window.total(now).requests;
}

int RetryBudget::retries(SteadyTime now) const
{
    return m_window.total(now).retries;
}

int RetryBudget::retriesAvailable(SteadyTime now) const
{
    if (!m_settings.enabled) {
        return std::numeric_limits<int>::max();
    }
    const Counts t = m_window.total(now);
    const double room = std::floor(allowance(t.requests)) - t.retries;
    return room > 0 ? int(std::min(room, double(std::numeric_limits<int>::max()))) : 0;
}

void RetryBudget::reconfigure(const RetryBudgetSettings &settings)
{
    m_settings = settings;
    m_window.setWindow(settings.window);
}

} // namespace bw
