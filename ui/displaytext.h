// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/metricsstore.h"

#include <QColor>
#include <QString>
#include <QUrl>

class QPalette;

namespace bw {

/// The verdict shown in the Health column and the detail header.
enum class Health { NoData, Healthy, Throttled, Slow, Paused, Degraded, Failing, BreakerOpen };

/// The colour family of a verdict; the shade depends on the palette (see toneColour).
/// Caution is yellow, Warning orange, Bad red; Holding is amber, for an endpoint that is held
/// back rather than failing: a half-open breaker probing, 429s, or a server-requested pause.
enum class Tone { Neutral, Good, Caution, Warning, Bad, Holding };

/// Counts of one endpoint over a recent window, taken from its per-second buckets.
struct WindowStats
{
    int attempts = 0; ///< including short-circuited ones
    int sent = 0;     ///< attempts that reached the network
    int errors = 0;   ///< 5xx, 4xx other than 429, network errors, timeouts
    int rateLimited = 0;
    int shortCircuited = 0;
    int retries = 0; ///< attempts other than the first of their piece of work
    int slow = 0;    ///< attempts at or over the slow-call threshold

    /// Share of sent attempts that failed, 0..100; negative when nothing was sent.
    double errorPercent() const;
};

WindowStats windowStats(const EndpointSeries &series, qint64 fromMs, qint64 toMs);

struct HealthVerdict
{
    Health health = Health::NoData;
    Tone tone = Tone::Neutral;
};

/// Judges one endpoint at `nowMs` (epoch ms, the time of the newest update).
///
/// The rule follows Hystrix's dashboard, so people who know it read it the same way. The
/// worst condition that applies wins, in this order:
///  1. an open breaker: red (breaker open), whatever the counts say;
///  2. more than 40 % of the attempts sent in the last minute failed: red (failing);
///  3. more than 25 %: orange (failing);
///  4. a half-open breaker: amber (degraded, probing);
///  5. more than 10 %: yellow (degraded);
///  6. a server-requested pause in force: amber (paused); waiting is correct behaviour,
///     not a fault, but no work gets through meanwhile;
///  7. nothing sent in the last minute: no data to judge;
///  8. any 429 in the last minute: amber (throttled);
///  9. otherwise green (healthy).
/// 429s never count as errors: the server is asking for less traffic, which the engine
/// honours, so they show as throttled or paused and in their own column. Slow calls are not
/// errors either; they show in the latency figures and, through the breaker, as open.
HealthVerdict judgeHealth(const EndpointSeries &series, qint64 nowMs);

/// The time of the oldest data held for the endpoint, in epoch ms; 0 when there is none.
qint64 firstDataMs(const EndpointSeries &series);

/// How much a live-following view shows at `nowMs`: `rangeMs` once the data reaching back
/// to `firstMs` is that old, else just the data, but never less than `minimumMs`. So a fresh
/// start fills the view instead of squeezing into its right edge. `firstMs` 0 means no data.
qint64 followSpanMs(qint64 firstMs, qint64 nowMs, qint64 rangeMs, qint64 minimumMs = 60'000);

/// What the overview's trend column sums up for one endpoint over [fromMs, toMs].
struct TrendSummary
{
    double peakLatencyMs = -1; ///< negative when nothing was sent
    int rateLimited = 0;
    int errors = 0;
    int retries = 0;
    int breakerOpened = 0; ///< transitions into Open
};

TrendSummary trendSummary(const EndpointSeries &series, qint64 fromMs, qint64 toMs);

/// The colour for a tone, in a shade that stays readable on the palette's base colour.
QColor toneColour(Tone tone, const QPalette &palette);
Tone breakerTone(BreakerState state);

QString healthText(Health health);
QString breakerText(BreakerState state);
/// "4 s ago", "12 min ago", "3 h ago"; ages below zero read as "just now".
QString formatAge(qint64 ageMs);
/// Milliseconds as a plain number: one decimal below 10 ms, whole numbers above.
QString formatMs(double ms);
/// A local wall-clock time, "12:00:03".
QString formatClock(qint64 epochMs);
/// The failure of one attempt in the interface language, with why no retry followed when
/// that applies. The engine's `error` text stays English for logs and CSV; this is its
/// translated counterpart, built from the structured fields only.
QString describeError(const AttemptRecord &record);
/// A URL fit for display: no user name or password, and the values of query parameters
/// that look like credentials replaced by "***".
QString displayUrl(const QUrl &url);

/// A fixed set of series colours that colour-blind readers can tell apart (Okabe and Ito),
/// used for every chart so that a colour means the same thing everywhere.
namespace SeriesColour {
inline const QColor blue{0x00, 0x72, 0xb2};
inline const QColor vermillion{0xd5, 0x5e, 0x00};
inline const QColor orange{0xe6, 0x9f, 0x00};
inline const QColor green{0x00, 0x9e, 0x73};
inline const QColor sky{0x56, 0xb4, 0xe9};
inline const QColor purple{0xcc, 0x79, 0xa7};
} // namespace SeriesColour

} // namespace bw
