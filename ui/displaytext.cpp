// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "displaytext.h"

#include "uitr.h"

#include <QDateTime>
#include <QLocale>
#include <QMetaEnum>
#include <QNetworkReply>
#include <QPalette>
#include <QUrlQuery>

#include <algorithm>
#include <array>

namespace bw {

double WindowStats::errorPercent() const
{
    return sent > 0 ? 100.0 * errors / sent : -1.0;
}

WindowStats windowStats(const EndpointSeries &series, qint64 fromMs, qint64 toMs)
{
    const SecondBucket sum = series.sumBuckets(fromMs, toMs);
    WindowStats stats;
    stats.attempts = sum.attempts;
    stats.shortCircuited = sum.shortCircuited;
    stats.sent = sum.attempts - sum.shortCircuited;
    stats.errors = sum.errors();
    stats.rateLimited = sum.rateLimited;
    stats.retries = sum.retries;
    stats.slow = sum.slow;
    return stats;
}

HealthVerdict judgeHealth(const EndpointSeries &series, qint64 nowMs)
{
    const EndpointStatus &status = series.status;
    if (status.breaker == BreakerState::Open)
        return {Health::BreakerOpen, Tone::Bad};

    const WindowStats minute = windowStats(series, nowMs - 60'000, nowMs + 1);
    const double errorPercent = minute.errorPercent();
    if (errorPercent > 40)
        return {Health::Failing, Tone::Bad};
    if (errorPercent > 25)
        return {Health::Failing, Tone::Warning};
    if (status.breaker == BreakerState::HalfOpen)
        return {Health::Degraded, Tone::Holding};
    if (errorPercent > 10)
        return {Health::Degraded, Tone::Caution};
    if (status.pausedUntil && toEpochMs(*status.pausedUntil) > nowMs)
        return {Health::Paused, Tone::Holding};
    if (errorPercent < 0)
        return {Health::NoData, Tone::Neutral};
    if (minute.rateLimited > 0)
        return {Health::Throttled, Tone::Holding};
    // Half or more of the last minute's attempts at or over the slow-call threshold: the
    // breaker will act on it, so the overview says so before it does.
    if (minute.sent > 0 && 2 * minute.slow >= minute.sent)
        return {Health::Slow, Tone::Caution};
    return {Health::Healthy, Tone::Good};
}

qint64 firstDataMs(const EndpointSeries &series)
{
    // Each deque is in arrival order, so its front is its oldest entry give or take the
    // slowest attempt; the minimum of the fronts is close enough for choosing a view.
    qint64 first = 0;
    const auto consider = [&first](qint64 ms) {
        if (ms > 0 && (first == 0 || ms < first))
            first = ms;
    };
    if (!series.seconds.empty())
        consider(series.seconds.front().second * 1000);
    if (!series.latencies.empty())
        consider(series.latencies.front().atMs);
    if (!series.breakerTimeline.empty())
        consider(series.breakerTimeline.front().atMs);
    if (!series.queueDepth.empty())
        consider(series.queueDepth.front().atMs);
    return first;
}

qint64 followSpanMs(qint64 firstMs, qint64 nowMs, qint64 rangeMs, qint64 minimumMs)
{
    if (firstMs <= 0 || minimumMs >= rangeMs)
        return rangeMs;
    return std::clamp(nowMs - firstMs, minimumMs, rangeMs);
}

TrendSummary trendSummary(const EndpointSeries &series, qint64 fromMs, qint64 toMs)
{
    TrendSummary summary;
    for (auto it = series.seconds.crbegin(); it != series.seconds.crend(); ++it) {
        const qint64 startMs = it->second * 1000;
        if (startMs + 1000 <= fromMs)
            break;
        if (startMs > toMs)
            continue;
        summary.rateLimited += it->rateLimited;
        summary.errors += it->errors();
        summary.retries += it->retries;
        if (it->latencyCount > 0)
            summary.peakLatencyMs = std::max(summary.peakLatencyMs, it->latencyMaxMs);
    }
    // The oldest entry records the state found at the first update, not a transition.
    const auto &timeline = series.breakerTimeline;
    for (std::size_t i = timeline.size(); i > 1; --i) {
        const StatePoint &point = timeline[i - 1];
        if (point.atMs < fromMs)
            break;
        if (point.atMs <= toMs && point.state == BreakerState::Open)
            ++summary.breakerOpened;
    }
    return summary;
}

QColor toneColour(Tone tone, const QPalette &palette)
{
    // Text-coloured cells need darker shades on a light base and lighter ones on a dark base
    // to keep a readable contrast; the order of each array follows the enum.
    static const std::array<QColor, 6> onLight{QColor(),
                                               QColor(0x2e, 0x7d, 0x32),
                                               QColor(0xa6, 0x7c, 0x00),
                                               QColor(0xd8, 0x4a, 0x00),
                                               QColor(0xc6, 0x28, 0x28),
                                               QColor(0xc7, 0x7c, 0x00)};
    static const std::array<QColor, 6> onDark{QColor(),
                                              QColor(0x66, 0xbb, 0x6a),
                                              QColor(0xfd, 0xd8, 0x35),
                                              QColor(0xff, 0x98, 0x3d),
                                              QColor(0xef, 0x53, 0x50),
                                              QColor(0xff, 0xca, 0x28)};
    if (tone == Tone::Neutral)
        return palette.color(QPalette::Disabled, QPalette::Text);
    const bool darkBase = palette.color(QPalette::Base).lightness() < 128;
    return (darkBase ? onDark : onLight)[static_cast<std::size_t>(tone)];
}

Tone breakerTone(BreakerState state)
{
    switch (state) {
    case BreakerState::Closed:
        return Tone::Good;
    case BreakerState::HalfOpen:
        return Tone::Holding;
    case BreakerState::Open:
        return Tone::Bad;
    }
    Q_UNREACHABLE();
    return Tone::Neutral;
}

QString healthText(Health health)
{
    switch (health) {
    case Health::NoData:
        return Tr::tr("No data");
    case Health::Healthy:
        return Tr::tr("Healthy");
    case Health::Throttled:
        return Tr::tr("Throttled");
    case Health::Slow:
        return Tr::tr("Slow");
    case Health::Degraded:
        return Tr::tr("Degraded");
    case Health::Failing:
        return Tr::tr("Failing");
    case Health::BreakerOpen:
        return Tr::tr("Breaker open");
    case Health::Paused:
        return Tr::tr("Paused");
    }
    Q_UNREACHABLE();
    return QString();
}

QString breakerText(BreakerState state)
{
    switch (state) {
    case BreakerState::Closed:
        return Tr::tr("Closed");
    case BreakerState::Open:
        return Tr::tr("Open");
    case BreakerState::HalfOpen:
        return Tr::tr("Half-open");
    }
    Q_UNREACHABLE();
    return QString();
}

QString formatAge(qint64 ageMs)
{
    const qint64 seconds = ageMs / 1000;
    if (seconds < 1)
        return Tr::tr("just now");
    if (seconds < 60)
        return Tr::tr("%1 s ago").arg(seconds);
    if (seconds < 3600)
        return Tr::tr("%1 min ago").arg(seconds / 60);
    if (seconds < 48 * 3600)
        return Tr::tr("%1 h ago").arg(seconds / 3600);
    return Tr::tr("%1 d ago").arg(seconds / 86400);
}

QString formatMs(double ms)
{
    const QLocale locale;
    if (ms < 10)
        return locale.toString(ms, 'f', 1);
    return locale.toString(qRound64(ms));
}

QString formatClock(qint64 epochMs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(epochMs).time(), u"HH:mm:ss");
}

static bool looksLikeCredential(const QString &key)
{
    static const std::array<QLatin1StringView, 9> markers{
        QLatin1StringView("token"), QLatin1StringView("key"),        QLatin1StringView("secret"),
        QLatin1StringView("pass"),  QLatin1StringView("pwd"),        QLatin1StringView("auth"),
        QLatin1StringView("sig"),   QLatin1StringView("credential"), QLatin1StringView("session")};
    for (const QLatin1StringView marker : markers) {
        if (key.contains(marker, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

namespace {

QString networkErrorText(int code)
{
    using E = QNetworkReply::NetworkError;
    switch (E(code)) {
    case E::ConnectionRefusedError:
        return Tr::tr("Connection refused");
    case E::RemoteHostClosedError:
        return Tr::tr("Connection closed by the server");
    case E::HostNotFoundError:
        return Tr::tr("Host not found");
    case E::TimeoutError:
        return Tr::tr("Transfer stalled");
    case E::OperationCanceledError:
        return Tr::tr("Cancelled");
    case E::SslHandshakeFailedError:
        return Tr::tr("TLS handshake failed");
    case E::TemporaryNetworkFailureError:
        return Tr::tr("Temporary network failure");
    case E::ProxyConnectionRefusedError:
        return Tr::tr("Proxy refused the connection");
    case E::TooManyRedirectsError:
        return Tr::tr("Too many redirects");
    case E::InsecureRedirectError:
        return Tr::tr("Redirect to a less secure scheme refused");
    case E::ProtocolFailure:
        return Tr::tr("Malformed HTTP response");
    default:
        break;
    }
    const char *key = QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(code);
    return Tr::tr("Network error (%1)").arg(QLatin1String(key ? key : "?"));
}

QString failureText(const AttemptRecord &record)
{
    switch (record.errorKind) {
    case ErrorKind::None:
        return record.outcome == Outcome::Ok ? QString() : record.error;
    case ErrorKind::Http:
        return Tr::tr("HTTP %1").arg(record.httpStatus);
    case ErrorKind::Network:
        return networkErrorText(record.networkError);
    case ErrorKind::Timeout:
        return record.timeout > Millis(0)
                   ? Tr::tr("No complete answer within %1 ms").arg(record.timeout.count())
                   : Tr::tr("Timed out");
    case ErrorKind::DeadlineBeforeSend:
        return Tr::tr("The %1 ms deadline passed before the request could be sent")
            .arg(record.timeout.count());
    case ErrorKind::TooLarge:
        return Tr::tr("Response too large, aborted");
    case ErrorKind::CutShort:
        return Tr::tr("Response cut short by the server");
    case ErrorKind::Cancelled:
        return Tr::tr("Cancelled");
    case ErrorKind::BreakerOpen:
        return Tr::tr("Breaker open: no request sent");
    case ErrorKind::ThrottledLocally:
        return Tr::tr("Rejected locally by adaptive throttling");
    case ErrorKind::TlsUntrusted:
        return Tr::tr("TLS certificate not trusted (trust it per endpoint with a CA file or "
                      "a pin)");
    case ErrorKind::TlsPinMismatch:
        return Tr::tr("TLS certificate does not match the endpoint's pin");
    }
    return record.error;
}

QString noRetryText(const AttemptRecord &record)
{
    const QString notBefore
        = record.notBefore ? formatClock(toEpochMs(*record.notBefore)) : QString();
    switch (record.noRetry) {
    case NoRetryReason::None:
        return QString();
    case NoRetryReason::Deadline:
        return Tr::tr("no retry: the deadline would pass first (next try not before %1)")
            .arg(notBefore);
    case NoRetryReason::Budget:
        return Tr::tr("no retry: retry budget spent");
    case NoRetryReason::ServerCeiling:
        return Tr::tr("no retry: the server asks to wait until %1, beyond the ceiling")
            .arg(notBefore);
    case NoRetryReason::QuotaExhausted:
        return Tr::tr("no retry: quota exhausted");
    case NoRetryReason::ServerSaysNo:
        return Tr::tr("no retry: the server says not to");
    }
    return QString();
}

} // namespace

QString describeError(const AttemptRecord &record)
{
    const QString failure = failureText(record);
    const QString noRetry = noRetryText(record);
    if (noRetry.isEmpty())
        return failure;
    return Tr::tr("%1; %2").arg(failure, noRetry);
}

QString displayUrl(const QUrl &url)
{
    QUrl shown = url.adjusted(QUrl::RemoveUserInfo);
    if (shown.hasQuery()) {
        QUrlQuery query(shown);
        auto items = query.queryItems(QUrl::FullyEncoded);
        for (auto &[key, value] : items) {
            if (looksLikeCredential(key))
                value = QStringLiteral("***");
        }
        query.setQueryItems(items);
        shown.setQuery(query);
    }
    return shown.toDisplayString();
}

} // namespace bw
