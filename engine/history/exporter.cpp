// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"

#include "metrics/csv.h"
#include "metrics/metricsstore.h"

#include <QIODevice>

#include <algorithm>
#include <limits>

namespace bw {

namespace {

QByteArray msField(double ms)
{
    return ms < 0 ? QByteArray() : QByteArray::number(ms, 'f', 3);
}

} // namespace

QByteArray rollupCsvHeader()
{
    return QByteArrayLiteral("bucket_start_utc,endpoint_id,attempts,ok,rate_limited,"
                             "server_errors,client_errors,network_errors,timeouts,"
                             "short_circuited,http_429,retries,slow,latency_count,"
                             "latency_p50_ms,latency_p95_ms,latency_p99_ms,latency_max_ms,"
                             "breaker_closed_ms,breaker_open_ms,breaker_half_open_ms,"
                             "max_queue_depth\r\n");
}

QByteArray rollupCsvRow(const Rollup &r)
{
    QByteArray row;
    row.reserve(160);
    row += isoUtc(fromEpochMs(r.bucketMs)).toLatin1();
    row += ',' + csvField(r.endpointId);
    for (const qint64 count : {qint64(r.attempts), qint64(r.ok), qint64(r.rateLimited),
                               qint64(r.serverErrors), qint64(r.clientErrors),
                               qint64(r.networkErrors), qint64(r.timeouts),
                               qint64(r.shortCircuited), qint64(r.http429), qint64(r.retries),
                               qint64(r.slow), qint64(r.latencyCount)})
        row += ',' + QByteArray::number(count);
    for (const double ms : {r.p50Ms, r.p95Ms, r.p99Ms, r.maxMs})
        row += ',' + msField(ms);
    for (const qint64 ms : {r.closedMs, r.openMs, r.halfOpenMs})
        row += ',' + QByteArray::number(ms);
    row += ',' + QByteArray::number(r.maxQueueDepth);
    row += "\r\n";
    return row;
}

QString exportCancelledText()
{
    return QStringLiteral("the export was cancelled");
}

Result<qint64> exportHistoryCsv(const HistoryStore &store, ExportLevel level,
                                const HistoryRange &range, QIODevice &out,
                                const ExportHooks &hooks)
{
    constexpr qint64 maxSlices = 64;
    constexpr qint64 minSliceMs = 60'000;
    constexpr qint64 rowsPerProgress = 4096;

    bool writeFailed = false;
    bool cancelled = false;
    qint64 rows = 0;
    const double spanMs = std::max(double(range.toMs) - double(range.fromMs), 1.0);
    const auto report = [&](qint64 atMs) {
        if (!hooks.progress || cancelled)
            return;
        const double fraction = std::clamp((double(atMs) - double(range.fromMs)) / spanMs, 0.0,
                                           1.0);
        if (!hooks.progress(fraction, rows))
            cancelled = true;
    };
    // Rows are gathered into blocks: one device write per row cost as much as the row.
    constexpr qsizetype blockBytes = 256 * 1024;
    QByteArray block;
    block.reserve(blockBytes + 1024);
    const auto flush = [&] {
        if (!writeFailed && !block.isEmpty() && out.write(block) != block.size())
            writeFailed = true;
        block.resize(0);
    };
    // After a cancel or a failed write the rest of the current slice is skipped.
    const auto counted = [&](qint64 atMs) {
        if (block.size() >= blockBytes)
            flush();
        if (++rows % rowsPerProgress == 0)
            report(atMs);
    };

    block += level == ExportLevel::Raw ? attemptCsvHeader() : rollupCsvHeader();
    const RollupLevel rollupLevel = level == ExportLevel::Minute ? RollupLevel::Minute
                                                                 : RollupLevel::Hour;
    // Differences are taken as unsigned: a range "to the end of time" (toMs = INT64_MAX) must
    // not overflow, and toMs >= fromMs makes the unsigned difference exact.
    const auto distance = [](qint64 from, qint64 to) { return quint64(to) - quint64(from); };
    const quint64 span = distance(range.fromMs, range.toMs);
    const quint64 perSlice = span / maxSlices + (span % maxSlices != 0 ? 1 : 0);
    const qint64 sliceMs = qint64(
        std::clamp<quint64>(perSlice, minSliceMs, quint64(std::numeric_limits<qint64>::max())));
    for (qint64 from = range.fromMs; from < range.toMs && !cancelled && !writeFailed;) {
        const qint64 to
            = distance(from, range.toMs) > quint64(sliceMs) ? from + sliceMs : range.toMs;
        const HistoryRange slice{from, to, range.endpoints};
        Result<qint64> visited;
        if (level == ExportLevel::Raw) {
            visited = store.forEachAttempt(slice, [&](const AttemptRecord &record) {
                if (cancelled || writeFailed)
                    return;
                appendAttemptCsvRow(block, record);
                counted(toEpochMs(record.timestamp));
            });
        } else {
            visited = store.forEachRollup(rollupLevel, slice, [&](const Rollup &rollup) {
                if (cancelled || writeFailed)
                    return;
                block += rollupCsvRow(rollup);
                counted(rollup.bucketMs);
            });
        }
        if (!visited)
            return Unexpected(visited.error());
        from = to;
        report(to);
    }
    flush();
    if (writeFailed)
        return Unexpected(QStringLiteral("writing the CSV failed: %1").arg(out.errorString()));
    if (cancelled)
        return Unexpected(exportCancelledText());
    return rows;
}

} // namespace bw
