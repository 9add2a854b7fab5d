// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "headlessmonitor.h"

#include "metrics/csv.h"

#include <QDateTime>

#include <algorithm>
#include <array>
#include <cstdlib>

namespace bw {

HeadlessMonitor::HeadlessMonitor(const QList<EndpointConfig> &endpoints, FILE *out,
                                 QObject *parent)
    : QObject(parent)
    , m_endpoints(endpoints)
    // The table reads the last minute of per-second counts (and the percentiles, which the
    // store keeps whatever the retention), nothing older: it draws no chart, so it keeps no
    // chart points, one queue-depth sample and one breaker state. The minute's sum reads 61
    // buckets (the current second included); three more are spare. Keeping more only grew
    // memory after the first minute (the 10-minute soak in docs/PERFORMANCE.md).
    , m_metrics(MetricsRetention{.latencies = 0,
                                 .latencyMaxAgeMs = 0,
                                 .seconds = 64,
                                 .depthSamples = 1,
                                 .timeline = 1})
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
        return HeadlessMonitor::tr("paused to %1")
            .arg(QDateTime::fromMSecsSinceEpoch(toEpochMs(*s.status.pausedUntil), Qt::UTC)
                     .toString(QStringLiteral("HH:mm:ss")));
    if (s.status.breaker == BreakerState::Open)
        return HeadlessMonitor::tr("failing fast");
    if (!s.last)
        return HeadlessMonitor::tr("waiting");
    if (s.last->outcome != Outcome::Ok)
        return s.last->willRetry ? HeadlessMonitor::tr("retrying") : HeadlessMonitor::tr("failing");
    return HeadlessMonitor::tr("ok");
}

QString breakerWord(BreakerState state)
{
    switch (state) {
    case BreakerState::Closed:
        return HeadlessMonitor::tr("closed");
    case BreakerState::Open:
        return HeadlessMonitor::tr("open");
    case BreakerState::HalfOpen:
        return HeadlessMonitor::tr("half-open");
    }
    Q_UNREACHABLE();
    return QString();
}

constexpr int columnCount = 10;
using TableLine = std::array<QString, columnCount>;

/// The English widths; a negative width aligns left, as in QString::arg. The last column
/// is not padded.
constexpr std::array<int, columnCount> minimumWidths = {-20, -9, 8, 7, 8, 8, 7, 5, -17, 0};

/// The widest word the breaker and state columns can show, so that those columns keep their
/// width from one table to the next.
TableLine widestWords()
{
    const auto longer = [](const QString &a, const QString &b) { return a.size() < b.size(); };
    TableLine line;
    line[1] = std::max({breakerWord(BreakerState::Closed), breakerWord(BreakerState::Open),
                        breakerWord(BreakerState::HalfOpen)},
                       longer);
    line[8] = std::max({HeadlessMonitor::tr("paused to %1").arg(QStringLiteral("00:00:00")),
                        HeadlessMonitor::tr("failing fast"), HeadlessMonitor::tr("waiting"),
                        HeadlessMonitor::tr("retrying"), HeadlessMonitor::tr("failing"),
                        HeadlessMonitor::tr("ok")},
                       longer);
    return line;
}

/// Each column is as wide as its widest cell, header included, so translated headers and
/// state words keep the columns aligned.
std::array<int, columnCount> columnWidths(const std::vector<TableLine> &lines)
{
    const TableLine widest = widestWords();
    std::array<int, columnCount> widths = minimumWidths;
    for (int column = 0; column + 1 < columnCount; ++column) {
        int width = std::max(std::abs(minimumWidths[column]), int(widest[column].size()));
        for (const TableLine &line : lines)
            width = std::max(width, int(line[column].size()));
        widths[column] = minimumWidths[column] < 0 ? -width : width;
    }
    return widths;
}

QString formatLine(const TableLine &line, const std::array<int, columnCount> &widths)
{
    QString text;
    for (int column = 0; column < columnCount; ++column) {
        if (column > 0)
            text += column + 1 == columnCount ? QStringLiteral("  ") : QStringLiteral(" ");
        text += QStringLiteral("%1").arg(line[column], widths[column]);
    }
    return text + QLatin1Char('\n');
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

    const int endpoints = int(rows.size());
    const int open = int(std::count_if(rows.begin(), rows.end(), [](const Row &r) {
        return r.series->status.breaker == BreakerState::Open;
    }));
    // English has no translation file, so its singular and plural are separate source texts.
    const QString endpointCount = endpoints == 1 ? tr("%n endpoint", nullptr, endpoints)
                                                 : tr("%n endpoints", nullptr, endpoints);
    const QString openCount
        = open == 1 ? tr("%n breaker open", nullptr, open) : tr("%n breakers open", nullptr, open);
    m_out << '\n'
          << tr("[%1] Breakwater: %2, %3, running %4 s")
                 .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate), endpointCount,
                      openCount, QString::number(m_running.elapsed() / 1000))
          << '\n';

    std::vector<TableLine> lines;
    lines.push_back({tr("ENDPOINT"), tr("BREAKER"), tr("ATTEMPTS"), tr("RETRIES"), tr("LAST_MS"),
                     tr("P95_MS"), tr("429/MIN"), tr("QUEUE"), tr("STATE"), tr("LAST_ERROR")});
    const int shown = std::min(endpoints, maxTableRows);
    for (int i = 0; i < shown; ++i) {
        const EndpointSeries &s = *rows[i].series;
        const double lastMs = s.last && s.last->outcome != Outcome::ShortCircuited
            ? std::chrono::duration<double, std::milli>(s.last->latency).count()
            : -1;
        lines.push_back({s.id.left(20), breakerWord(s.status.breaker),
                         QString::number(s.totalAttempts), QString::number(s.totalRetries),
                         formatMs(lastMs), formatMs(s.p95Ms),
                         QString::number(rows[i].minute.rateLimited),
                         QString::number(s.status.queueDepth), stateOf(s), s.lastError.left(60)});
    }
    const std::array<int, columnCount> widths = columnWidths(lines);
    for (const TableLine &line : lines)
        m_out << formatLine(line, widths);
    if (shown < endpoints)
        m_out << tr("... %n more endpoints not shown (the most troubled are listed first)", nullptr,
                    endpoints - shown)
              << '\n';
    m_out.flush();
}

} // namespace bw
