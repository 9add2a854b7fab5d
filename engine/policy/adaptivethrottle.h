// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../clock.h"
#include "slidingwindow.h"

namespace bw {

struct AdaptiveThrottleSettings
{
    bool enabled = false;
    /// Accepts needed per request before nothing is rejected; 2 tolerates half of the requests
    /// failing, lower is more eager to reject. Values below 1 act as 1, since they would reject
    /// calls to a perfectly healthy server.
    double k = 2.0;
    /// Sliding, in 10 buckets. Keep it longer than the longest request timeout, or requests
    /// leave the window before their verdict arrives.
    std::chrono::seconds window{120};

    friend bool operator==(const AdaptiveThrottleSettings &, const AdaptiveThrottleSettings &)
        = default;
};

/// Client-side adaptive throttling for one endpoint, after the Google SRE book ("Handling
/// Overload"): once the backend accepts too small a share of what the client attempts, the
/// client drops a share of new attempts locally instead of adding to the overload.
///
///     P(reject) = max(0, (requests - k * accepts) / (requests + 1))
///
/// `requests` counts every attempt the application makes, including those this throttle then
/// rejects; `accepts` counts responses that show the backend took the request (the caller
/// decides: typically anything but a 429/503 or a network failure). Leaving the rejected
/// attempts out of `requests` would make the throttle back off too early and reject less
/// than the formula says. Pure: every call takes `now`, and randomness comes in as a number.
///
/// Per attempt: ask shouldReject first, then recordRequest whatever the answer, then
/// recordAccept when an accepted response arrives. Asking after recording would judge the
/// attempt against itself: the first call to an idle endpoint would face P = 1/2.
/// Because dropped attempts count, recovery after an outage is gradual: at k=2 the share let
/// through roughly doubles per window, so a full recovery takes several windows.
/// Known limitation: requests still awaiting their response count as not accepted, so at a few
/// calls per window with long responses the throttle can reject some calls to a healthy
/// backend; a minimum request count before any rejection would remove this.
class AdaptiveThrottle
{
public:
    explicit AdaptiveThrottle(const AdaptiveThrottleSettings &settings = {});

    /// The chance that shouldReject rejects at `now`; 0 when disabled.
    double rejectProbability(SteadyTime now) const;
    /// Rejects when `random01` (uniform in [0, 1)) falls below rejectProbability(now). Counts
    /// the rejection; the caller still calls recordRequest for the attempt, afterwards.
    bool shouldReject(SteadyTime now, double random01);
    /// Counts one attempt, whether it is then sent or rejected.
    void recordRequest(SteadyTime now);
    /// Counts one response the backend accepted.
    void recordAccept(SteadyTime now);

    int requests(SteadyTime now) const;
    int accepts(SteadyTime now) const;
    int rejections(SteadyTime now) const;

    /// New settings at run time. The counts are kept if the window length stays the same and
    /// dropped otherwise, so the throttle starts again from "nothing rejected".
    void reconfigure(const AdaptiveThrottleSettings &settings);
    const AdaptiveThrottleSettings &settings() const { return m_settings; }

private:
    struct Counts
    {
        int requests = 0;
        int accepts = 0;
        int rejections = 0;

        Counts &operator+=(const Counts &other);
    };

    AdaptiveThrottleSettings m_settings;
    SlidingWindow<Counts> m_window;
};

} // namespace bw
