// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../clock.h"
#include "slidingwindow.h"

namespace bw {

struct RetryBudgetSettings
{
    bool enabled = true;             ///< false: every retry is allowed (and still counted)
    double ratio = 0.1;              ///< retries allowed per first attempt in the window
    std::chrono::seconds window{10}; ///< sliding, in 10 buckets
    /// Retries allowed per second of window however few first attempts there were, so a quiet
    /// endpoint can still retry: the window allows max(ratio * requests, this * window).
    double minRetriesPerSecond = 1;

    friend bool operator==(const RetryBudgetSettings &, const RetryBudgetSettings &) = default;
};

/// Caps the retries sent to one endpoint at a share of its first attempts, so that a burst of
/// failures (or many clients retrying in step) adds at most `ratio` more load instead of
/// multiplying it. Pure: every call takes `now`.
///
/// The window is 10 buckets of window/10; a bucket leaves the window whole once its start is
/// `window` old. Only allowed retries are counted: a refused retry takes nothing from the
/// budget, so refusals do not lock the endpoint out.
class RetryBudget
{
public:
    explicit RetryBudget(const RetryBudgetSettings &settings = {});

    /// Counts one first attempt (attempt number 1, never a retry).
    void recordRequest(SteadyTime now);
    /// Asks to send one retry. If the budget has room the retry is counted and true returned.
    bool tryAcquireRetry(SteadyTime now);

    /// Retries per first attempt in the window; a window without first attempts divides by 1.
    double ratio(SteadyTime now) const;
    int requests(SteadyTime now) const;
    int retries(SteadyTime now) const;
    /// How many more retries tryAcquireRetry would allow at `now` (large when disabled).
    int retriesAvailable(SteadyTime now) const;

    /// New settings at run time. The counts are kept if the window length stays the same
    /// and dropped otherwise, which leaves only the floor allowance until the window refills.
    void reconfigure(const RetryBudgetSettings &settings);
    const RetryBudgetSettings &settings() const { return m_settings; }

private:
    struct Counts
    {
        int requests = 0;
        int retries = 0;

        Counts &operator+=(const Counts &other);
    };

    double allowance(int requests) const;

    RetryBudgetSettings m_settings;
    SlidingWindow<Counts> m_window;
};

} // namespace bw
