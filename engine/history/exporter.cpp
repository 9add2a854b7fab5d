// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"

#include "metrics/csv.h"
#include "metrics/metricsstore.h"

#include <QIODevice>

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

Result<qint64> exportHistoryCsv(const HistoryStore &store, ExportLevel level,
                                const HistoryRange &range, QIODevice &out)
{
    bool writeFailed = false;
    const auto put = [&out, &writeFailed](const QByteArray &bytes) {
        if (!writeFailed && out.write(bytes) != bytes.size())
            writeFailed = true;
    };

    Result<qint64> rows;
    if (level == ExportLevel::Raw) {
        // Rows are gathered into blocks: one device write per row cost as much as the row.
        constexpr qsizetype blockBytes = 256 * 1024;
        QByteArray block = attemptCsvHeader();
        block.reserve(blockBytes + 1024);
        rows = store.forEachAttempt(range, [&put, &block](const AttemptRecord &record) {
            appendAttemptCsvRow(block, record);
            if (block.size() >= blockBytes) {
                put(block);
                block.resize(0);
            }
        });
        put(block);
    } else {
        put(rollupCsvHeader());
        const RollupLevel rollupLevel = level == ExportLevel::Minute ? RollupLevel::Minute
                                                                     : RollupLevel::Hour;
        rows = store.forEachRollup(rollupLevel, range,
                                   [&put](const Rollup &rollup) { put(rollupCsvRow(rollup)); });
    }
    if (writeFailed)
        return Unexpected(QStringLiteral("writing the CSV failed: %1").arg(out.errorString()));
    return rows;
}

} // namespace bw
