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
enum class Health { NoData, Healthy, Degraded, Failing, BreakerOpen, Paused };

/// The colour family of a verdict; the shade depends on the palette (see toneColour).
enum class Tone { Neutral, Good, Caution, Warning, Bad, Recovering, Waiting };

/// Counts of one endpoint over a recent window, taken from its per-second buckets.
struct WindowStats
{
    int attempts = 0; ///< including short-circuited ones
    int sent = 0;     ///< attempts that reached the network
    int errors = 0;   ///< 5xx, 4xx other than 429, network errors, timeouts
    int rateLimited = 0;
    int shortCircuited = 0;

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
/// The rule follows Hystrix's dashboard, so people who know it read it the same way:
/// an open breaker is red whatever the counts say; a server-requested pause is shown as
/// paused (blue), since waiting is the correct behaviour and not a fault; a half-open
/// breaker is amber (degraded, probing). Otherwise the error share of the attempts sent in
/// the last minute decides: up to 10 % green (healthy), up to 25 % yellow (degraded), up to
/// 40 % orange (failing), above that red (failing). With nothing sent in the last minute
/// there is no data to judge. 429s are not errors here: they show as pauses and in their
/// own column.
HealthVerdict judgeHealth(const EndpointSeries &series, qint64 nowMs);

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
