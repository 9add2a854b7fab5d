// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../clock.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <utility>

namespace bw {

/// How to read reset headers whose name does not fix a format (X-RateLimit-Reset,
/// X-Rate-Limit-Reset, RateLimit-Reset, x-ratelimit-*-reset and the like). Vendors disagree
/// on these, so a configured format can settle what sniffing cannot.
enum class ResetFormat {
    Auto,         ///< sniff: a number above 1e12 is epoch ms, above 1e9 epoch s, else delta s;
                  ///< otherwise an HTTP-date, an ISO 8601 time or a duration
    EpochSeconds, ///< "1787216430", fractions allowed ("1787216430.25")
    EpochMillis,  ///< "1787216430250"
    DeltaSeconds, ///< "30", fractions allowed ("7.5")
    HttpDate,     ///< any of the three forms RFC 9110 requires
    Iso8601,      ///< "2026-08-20T09:15:00Z", "2026-08-20T09:15Z", offsets allowed
    Duration,     ///< Go ("6m0s", "250ms", "7.66s"), protobuf ("12.5s") or ISO ("PT1M30S")
};

/// The command-line names: auto, epoch-s, epoch-ms, delta-s, http-date, iso, duration.
QString resetFormatName(ResetFormat format);
std::optional<ResetFormat> resetFormatFromName(QStringView name);

struct HintSettings
{
    ResetFormat resetFormat = ResetFormat::Auto;
    /// A server wait longer than this is not waited for in-line: the result is `capped`, no
    /// retry, with the server's instant reported. Same meaning as RetrySettings::maxServerDelay.
    Millis maxServerDelay{120000};

    friend bool operator==(const HintSettings &, const HintSettings &) = default;
};

/// Everything one response says about when the client may send again.
struct ServerHints
{
    /// A rate limit, recognised from the whole response: 429, 529, or a vendor's throttle
    /// arriving as 200, 400, 403 or 503 (see readServerHints).
    bool throttled = false;
    /// A quota that will not come back soon (a daily or monthly cap, a spend limit, or a reset
    /// beyond maxServerDelay): report it instead of retrying.
    bool quotaExhausted = false;
    /// Whether the caller should retry this request at all (see readServerHints).
    bool retry = false;
    /// The server's wait exceeded maxServerDelay. `wait` and `notBefore` still hold the
    /// server's own values: never a silent early retry.
    bool capped = false;
    /// How long after receipt the server allows the next request, rounded up.
    std::optional<Millis> wait;
    /// receivedAt + wait, on the local wall clock.
    std::optional<WallTime> notBefore;
    /// The header or rule that decided: "Retry-After", "retry-after-ms", "RateLimit",
    /// "X-RateLimit-Reset", "body:retry_after", "body:RetryInfo", "rule:github-secondary"...
    /// When there is no wait, what decided against retrying ("Stripe-Should-Retry",
    /// "body:insufficient_quota"); empty when nothing did.
    QString source;
    /// What the limit applies to, when the server says: "github:core", "discord:global",
    /// "discord:bucket:<id>", "jira:<reason>", "zendesk:<endpoint>". Empty when unknown.
    QString scope;
    /// The most constraining counter the response carries (for learning the limit, pacing).
    std::optional<qint64> limit;
    std::optional<qint64> remaining;
    std::optional<qint64> windowSeconds;
    /// When a counter is low but not empty: a minimum spacing between requests, the time to
    /// its reset divided by (remaining + 1), so the client slows down before any 429.
    std::optional<Millis> pace;
    /// One English line for logs and the command line: what was recognised and why.
    QString reason;
};

/// Bodies are read only up to here: enough for any error document, and a bound on the work.
constexpr qsizetype maxHintBodyBytes = 64 * 1024;
/// Readings that would mean waiting longer than this (or a reset this far in the past) are
/// taken as misread units or garbage and ignored, with a note in `reason`.
constexpr std::chrono::days maxPlausibleWait{365};

/// Reads a response's rate-limit signals. Pure: no clock is read, `receivedAt` is "now".
///
/// Header names are case-insensitive; a header may repeat. Absolute times are judged against
/// the response's Date header when it is a valid HTTP-date (so the server's clock skew cancels
/// out), else against `receivedAt`. Only the first maxHintBodyBytes of `body` are parsed, as
/// JSON (or, for S3 and Salesforce, scanned for an XML error code); garbage is ignored.
///
/// The wait comes from the first source that gives a plausible reading, in this order:
///   1. retry-after-ms, x-ms-retry-after-ms, x-amz-retry-after (ms), then Retry-After, on
///      responses with status 300 or above, or throttled;
///   2. IETF RateLimit (or Beta-RateLimit): the largest t among items with r=0;
///   3. counters with remaining 0: the latest of their resets (X-RateLimit-Reset[-After],
///      X-Rate-Limit-Reset, RateLimit-Reset[Time], x-ratelimit-reset-<dim>,
///      x-ratelimit-<dim>-reset, anthropic-ratelimit-<dim>-reset, x-user/app-limit-24hour-reset,
///      X-HubSpot-RateLimit-Interval-Milliseconds, zendesk-ratelimit-*: resets=);
///   4. when throttled, the body: Discord retry_after, Google RetryInfo.retryDelay, Shopify
///      throttleStatus, HubSpot policyName;
///   5. when throttled, the latest reset of any counter, as an upper bound;
///   6. when throttled, vendor rules: 60 s for a GitHub secondary limit, 30 s for Google.
/// GitHub states both rules, so there, when Retry-After and an exhausted reset are both
/// present, the later one wins.
///
/// `retry` is false for an exhausted quota, for Stripe-Should-Retry or x-should-retry "false",
/// and when capped; otherwise true for Should-Retry "true", a throttle, or status 408, 500,
/// 502, 503 or 504.
ServerHints readServerHints(int status, const QList<std::pair<QByteArray, QByteArray>> &headers,
                            QByteArrayView body, WallTime receivedAt, const HintSettings &settings);

} // namespace bw
