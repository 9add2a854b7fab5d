// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchreport.h"
#include "metrics/metricsstore.h"

#include <QCoreApplication>

#include <malloc.h>

using namespace bw;

/// Memory per endpoint-hour of in-memory history: a MetricsStore (what the window and the
/// headless monitor keep) is fed 1 Hz attempts and four status updates a second for a number
/// of endpoints; the heap in use (glibc mallinfo2) is read after one hour and again after
/// four, when every per-endpoint buffer has reached its capacity, to show the bound.
namespace {

std::size_t heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
}

void feed(MetricsStore &store, const QStringList &ids, WallTime &at, int seconds,
          quint64 &requestId)
{
    for (int s = 0; s < seconds * 4; ++s) {
        at += Millis(250);
        EngineUpdate u;
        u.at = at;
        const qint64 ms = toEpochMs(at);
        for (int i = 0; i < ids.size(); ++i) {
            // Endpoint i polls at phase i/n of each second: one record per second each.
            const qint64 phase = qint64(i) * 1000 / ids.size();
            const qint64 t = ms / 1000 * 1000 + phase;
            if (t >= ms - 250 && t < ms) {
                AttemptRecord r;
                r.timestamp = fromEpochMs(t);
                r.endpointId = ids[i];
                r.requestId = ++requestId;
                r.httpStatus = requestId % 50 == 0 ? 503 : 200;
                r.outcome = requestId % 50 == 0 ? Outcome::ServerError : Outcome::Ok;
                if (r.outcome != Outcome::Ok)
                    r.error = QStringLiteral("HTTP 503");
                r.latency = std::chrono::microseconds(20'000 + requestId % 90'000);
                u.records.append(r);
            }
            EndpointStatus status;
            status.endpointId = ids[i];
            status.queueDepth = int(requestId % 2);
            u.statuses.append(status);
        }
        store.apply(u);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = bench::quickMode(argc, argv);
    const int endpoints = quick ? 10 : 200;
    const int firstHour = quick ? 120 : 3600; // seconds fed before the first reading
    const int saturated = quick ? 240 : 4 * 3600;

    QStringList ids;
    QList<std::pair<QString, QString>> idsAndNames;
    for (int i = 0; i < endpoints; ++i) {
        ids << QStringLiteral("endpoint-%1").arg(i, 4, 10, QLatin1Char('0'));
        idsAndNames.append({ids.last(), ids.last()});
    }
    malloc_trim(0);
    const std::size_t before = heapInUse();
    std::size_t afterHour = 0;
    std::size_t afterAll = 0;
    {
        MetricsStore store;
        store.setEndpoints(idsAndNames);
        WallTime at = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
        quint64 requestId = 0;
        feed(store, ids, at, firstHour, requestId);
        afterHour = heapInUse();
        feed(store, ids, at, saturated - firstHour, requestId);
        afterAll = heapInUse();
    }
    const double hours = double(firstHour) / 3600.0;
    const double perEndpointHourKiB = double(afterHour - before) / endpoints / hours / 1024.0;
    const double perEndpointBoundKiB = double(afterAll - before) / endpoints / 1024.0;

    bench::Report report(QStringLiteral("In-memory history (MetricsStore), %1 endpoints at 1 Hz%2")
                             .arg(endpoints)
                             .arg(bench::quickTitleSuffix(quick)));
    report.add({QStringLiteral("heap per endpoint-hour (first hour)"), perEndpointHourKiB,
                QStringLiteral("KiB"), std::nullopt, QStringLiteral("reported"), std::nullopt});
    report.add({QStringLiteral("heap per endpoint after %1 h (every buffer full)")
                    .arg(saturated / 3600.0, 0, 'f', 1),
                perEndpointBoundKiB, QStringLiteral("KiB"), std::nullopt,
                QStringLiteral("bounded"), std::nullopt});
    report.add({QStringLiteral("the same for 1,000 endpoints"), perEndpointBoundKiB * 1000 / 1024,
                QStringLiteral("MiB"), std::nullopt, QString(), std::nullopt});
    report.note(QStringLiteral("Per endpoint the store keeps at most %1 latency points, %2 "
                               "one-second buckets, %3 breaker transitions and %2 queue-depth "
                               "samples (MetricsStore::latencyCapacity, secondsCapacity, "
                               "timelineCapacity), so memory stops growing once those are full: "
                               "after %4 s of 1 Hz polling (8192 attempts). Heap measured with "
                               "mallinfo2: %5 bytes before, %6 after %7 s, %8 after %9 s.")
                    .arg(MetricsStore::latencyCapacity)
                    .arg(MetricsStore::secondsCapacity)
                    .arg(MetricsStore::timelineCapacity)
                    .arg(MetricsStore::latencyCapacity)
                    .arg(before)
                    .arg(afterHour)
                    .arg(firstHour)
                    .arg(afterAll)
                    .arg(saturated));
    report.print();
    return 0;
}
