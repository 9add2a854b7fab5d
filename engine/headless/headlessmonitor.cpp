// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "headlessmonitor.h"

#include "metrics/csv.h"

#include <QDateTime>

#include <algorithm>

namespace bw {

HeadlessMonitor::HeadlessMonitor(const QList<EndpointConfig> &endpoints, FILE *out,
                                 QObject *parent)
    : QObject(parent)
    , m_endpoints(endpoints)
    , m_out(out)
    , m_statusTimer(this)
{
    QList<std::pair<QString, QString>> ids;
    for (const EndpointConfig &e : endpoints)
        ids.append({e.id, e.name});
    m_metrics.setEndpoints(ids);
    m_statusTimer.setInterval(Millis(5000));
    connect(&m_statusTimer, &QTimer::timeout, this, &HeadlessMonitor::printStatus);
    m_statusTimer.start();
    m_running.start();
}

HeadlessMonitor::~HeadlessMonitor() = default;

void HeadlessMonitor::setStatusInterval(Millis interval)
{
    if (interval <= Millis(0)) {
        m_statusTimer.stop();
        return;
    }
    m_statusTimer.start(interval);
}

void HeadlessMonitor::applyUpdate(const EngineUpdate &update)
{
    m_metrics.apply(update);
}

namespace {

QString formatMs(double ms)
{
    if (ms < 0)
        return QStringLiteral("-");
    return ms < 10 ? QString::number(ms, 'f', 1) : QString::number(qRound64(ms));
}

struct Row
{
    const EndpointSeries *series = nullptr;
    SecondBucket minute;
    int trouble = 0; ///< higher sorts first
};

int troubleOf(const EndpointSeries &s, const SecondBucket &minute)
{
    if (s.status.breaker == BreakerState::Open)
        return 4;
    if (s.status.breaker == BreakerState::HalfOpen)
        return 3;
    if (s.status.pausedUntil || minute.rateLimited > 0)
        return 2;
    return minute.errors() > 0 ? 1 : 0;
}

QString stateOf(const EndpointSeries &s)
{
    if (s.status.pausedUntil)
        return QStringLiteral("paused to ")
               + QDateTime::fromMSecsSinceEpoch(toEpochMs(*s.status.pausedUntil), Qt::UTC)
                     .toString(QStringLiteral("HH:mm:ss"));
    if (s.status.breaker == BreakerState::Open)
        return QStringLiteral("failing fast");
    if (!s.last)
        return QStringLiteral("waiting");
    if (s.last->outcome != Outcome::Ok)
        return s.last->willRetry ? QStringLiteral("retrying") : QStringLiteral("failing");
    return QStringLiteral("ok");
}

} // namespace

void HeadlessMonitor::printStatus()
{
    const qint64 nowMs = m_metrics.latestMs();
    std::vector<Row> rows;
    for (const QString &id : m_metrics.ids()) {
        const EndpointSeries *s = m_metrics.series(id);
        Row row{s, s->sumBuckets(nowMs - 60000, nowMs + 1000), 0};
        row.trouble = troubleOf(*s, row.minute);
        rows.push_back(row);
    }
    // Most troubled first; the configuration's order among equals.
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.trouble > b.trouble; });

    const int open = int(std::count_if(rows.begin(), rows.end(), [](const Row &r) {
        return r.series->status.breaker == BreakerState::Open;
    }));
    m_out << QStringLiteral("\n[%1] Breakwater: %2 endpoint%3, %4 breaker%5 open, running %6 s\n")
                 .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
                 .arg(rows.size())
                 .arg(rows.size() == 1 ? QString() : QStringLiteral("s"))
                 .arg(open)
                 .arg(open == 1 ? QString() : QStringLiteral("s"))
                 .arg(m_running.elapsed() / 1000);
    m_out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9  %10\n")
                 .arg(QStringLiteral("ENDPOINT"), -20)
                 .arg(QStringLiteral("BREAKER"), -9)
                 .arg(QStringLiteral("ATTEMPTS"), 8)
                 .arg(QStringLiteral("RETRIES"), 7)
                 .arg(QStringLiteral("LAST_MS"), 8)
                 .arg(QStringLiteral("P95_MS"), 8)
                 .arg(QStringLiteral("429/MIN"), 7)
                 .arg(QStringLiteral("QUEUE"), 5)
                 .arg(QStringLiteral("STATE"), -17)
                 .arg(QStringLiteral("LAST_ERROR"));
    const int shown = std::min<int>(int(rows.size()), maxTableRows);
    for (int i = 0; i < shown; ++i) {
        const EndpointSeries &s = *rows[i].series;
        const double lastMs = s.last && s.last->outcome != Outcome::ShortCircuited
            ? std::chrono::duration<double, std::milli>(s.last->latency).count()
            : -1;
        m_out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9  %10\n")
                     .arg(s.id.left(20), -20)
                     .arg(breakerStateName(s.status.breaker), -9)
                     .arg(s.totalAttempts, 8)
                     .arg(s.totalRetries, 7)
                     .arg(formatMs(lastMs), 8)
                     .arg(formatMs(s.p95Ms), 8)
                     .arg(rows[i].minute.rateLimited, 7)
                     .arg(s.status.queueDepth, 5)
                     .arg(stateOf(s), -17)
                     .arg(s.lastError.left(60));
    }
    if (shown < int(rows.size()))
        m_out << QStringLiteral(
                     "... %1 more endpoints not shown (the most troubled are listed first)\n")
                     .arg(int(rows.size()) - shown);
    m_out.flush();
}

} // namespace bw
