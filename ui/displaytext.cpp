// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "displaytext.h"

#include "uitr.h"

#include <QDateTime>
#include <QLocale>
#include <QPalette>
#include <QUrlQuery>

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
    return stats;
}

HealthVerdict judgeHealth(const EndpointSeries &series, qint64 nowMs)
{
    const EndpointStatus &status = series.status;
    if (status.breaker == BreakerState::Open)
        return {Health::BreakerOpen, Tone::Bad};
    if (status.pausedUntil && toEpochMs(*status.pausedUntil) > nowMs)
        return {Health::Paused, Tone::Waiting};
    if (status.breaker == BreakerState::HalfOpen)
        return {Health::Degraded, Tone::Recovering};

    const double errorPercent = windowStats(series, nowMs - 60'000, nowMs + 1).errorPercent();
    if (errorPercent < 0)
        return {Health::NoData, Tone::Neutral};
    if (errorPercent <= 10)
        return {Health::Healthy, Tone::Good};
    if (errorPercent <= 25)
        return {Health::Degraded, Tone::Caution};
    if (errorPercent <= 40)
        return {Health::Failing, Tone::Warning};
    return {Health::Failing, Tone::Bad};
}

QColor toneColour(Tone tone, const QPalette &palette)
{
    // Text-coloured cells need darker shades on a light base and lighter ones on a dark base
    // to keep a readable contrast; the order of each array follows the enum.
    static const std::array<QColor, 7> onLight{QColor(),
                                               QColor(0x2e, 0x7d, 0x32),
                                               QColor(0xa6, 0x7c, 0x00),
                                               QColor(0xd8, 0x4a, 0x00),
                                               QColor(0xc6, 0x28, 0x28),
                                               QColor(0xc7, 0x7c, 0x00),
                                               QColor(0x15, 0x65, 0xc0)};
    static const std::array<QColor, 7> onDark{QColor(),
                                              QColor(0x66, 0xbb, 0x6a),
                                              QColor(0xfd, 0xd8, 0x35),
                                              QColor(0xff, 0x98, 0x3d),
                                              QColor(0xef, 0x53, 0x50),
                                              QColor(0xff, 0xca, 0x28),
                                              QColor(0x64, 0xb5, 0xf6)};
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
        return Tone::Recovering;
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
