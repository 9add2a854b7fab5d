// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv.h"

#include "metricsstore.h"

#include <QDateTime>

namespace bw {

QByteArray csvField(const QString &text)
{
    QString value = text;
    if (!value.isEmpty()
        && (value.front() == QLatin1Char('=') || value.front() == QLatin1Char('+')
            || value.front() == QLatin1Char('-') || value.front() == QLatin1Char('@')))
        value.prepend(QLatin1Char('\''));
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
                       || value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n'));
    if (!quote)
        return value.toUtf8();
    value.replace(QLatin1String("\""), QLatin1String("\"\""));
    return '"' + value.toUtf8() + '"';
}

QString isoUtc(WallTime t)
{
    return QDateTime::fromMSecsSinceEpoch(toEpochMs(t), Qt::UTC)
        .toString(Qt::ISODateWithMs);
}

QByteArray attemptCsvHeader()
{
    return QByteArrayLiteral("timestamp_utc,endpoint_id,request_id,attempt,outcome,http_status,"
                             "latency_ms,retry_after_ms,breaker_state,queue_depth,error,"
                             "slow,will_retry,next_delay_ms,delivery_id\r\n");
}

QByteArray attemptCsvRow(const AttemptRecord &r)
{
    const double latencyMs = std::chrono::duration<double, std::milli>(r.latency).count();
    QByteArray row;
    row.reserve(160);
    row += isoUtc(r.timestamp).toLatin1();
    row += ',' + csvField(r.endpointId);
    row += ',' + QByteArray::number(r.requestId);
    row += ',' + QByteArray::number(r.attempt);
    row += ',' + outcomeName(r.outcome).toLatin1();
    row += ',' + (r.httpStatus > 0 ? QByteArray::number(r.httpStatus) : QByteArray());
    row += ','
           + (r.outcome == Outcome::ShortCircuited ? QByteArray()
                                                    : QByteArray::number(latencyMs, 'f', 3));
    row += ',' + (r.retryAfter ? QByteArray::number(r.retryAfter->count()) : QByteArray());
    row += ',' + breakerStateName(r.breakerAfter).toLatin1();
    row += ',' + QByteArray::number(r.queueDepth);
    row += ',' + csvField(r.error);
    row += ',' + QByteArray(r.slow ? "1" : "0");
    row += ',' + QByteArray(r.willRetry ? "1" : "0");
    row += ',' + (r.willRetry ? QByteArray::number(r.nextDelay.count()) : QByteArray());
    // Known limitation: history files do not store delivery ids, so `breakwater export`
    // leaves this column empty; remove this note once HistoryStore records deliveryId.
    row += ',' + r.deliveryId.toLatin1();
    row += "\r\n";
    return row;
}

} // namespace bw
