// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv.h"

#include "metricsstore.h"

#include <QDateTime>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstring>

namespace bw {

QByteArray csvField(const QString &text)
{
    if (text.isEmpty())
        return QByteArray();
    const QChar first = text.front();
    const bool formula = first == QLatin1Char('=') || first == QLatin1Char('+')
                         || first == QLatin1Char('-') || first == QLatin1Char('@');
    const bool quote = std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\r')
               || c == QLatin1Char('\n');
    });
    if (!formula && !quote)
        return text.toUtf8();
    QString value = text;
    if (formula)
        value.prepend(QLatin1Char('\''));
    if (!quote)
        return value.toUtf8();
    value.replace(QLatin1String("\""), QLatin1String("\"\""));
    return '"' + value.toUtf8() + '"';
}

namespace {

constexpr qsizetype isoLength = 24; // "2026-12-04T15:36:11.123Z"

/// Writes isoLength characters for `ms` into `text`; false for years outside 0000-9999,
/// which have no fixed-width form (QDateTime writes those).
bool writeIsoUtc(qint64 ms, char *text)
{
    using namespace std::chrono;
    const sys_days day = floor<days>(sys_time<milliseconds>(milliseconds(ms)));
    const year_month_day date(day);
    const int y = int(date.year());
    if (y < 0 || y > 9999)
        return false;
    const qint64 ofDay = ms - duration_cast<milliseconds>(day.time_since_epoch()).count();
    const auto put = [text](int at, qint64 value, int width) {
        for (int i = at + width - 1; i >= at; --i, value /= 10)
            text[i] = char('0' + value % 10);
    };
    std::memcpy(text, "0000-00-00T00:00:00.000Z", isoLength);
    put(0, y, 4);
    put(5, int(unsigned(date.month())), 2);
    put(8, int(unsigned(date.day())), 2);
    put(11, ofDay / 3'600'000, 2);
    put(14, ofDay / 60'000 % 60, 2);
    put(17, ofDay / 1000 % 60, 2);
    put(20, ofDay % 1000, 3);
    return true;
}

void appendNumber(QByteArray &out, qint64 value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, end - digits);
}

/// Fixed notation with three decimals, as QByteArray::number(value, 'f', 3) writes it.
void appendMilliseconds(QByteArray &out, double value)
{
    char digits[64];
    const auto result
        = std::to_chars(digits, digits + sizeof digits, value, std::chars_format::fixed, 3);
    if (result.ec == std::errc())
        out.append(digits, result.ptr - digits);
    else
        out.append(QByteArray::number(value, 'f', 3));
}

} // namespace

QString isoUtc(WallTime t)
{
    // Written digit by digit: QDateTime's formatting took a third of a CSV export's time.
    const qint64 ms = toEpochMs(t);
    char text[isoLength];
    if (!writeIsoUtc(ms, text))
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    return QString::fromLatin1(text, isoLength);
}

QByteArray attemptCsvHeader()
{
    return QByteArrayLiteral("timestamp_utc,endpoint_id,request_id,attempt,outcome,http_status,"
                             "latency_ms,retry_after_ms,breaker_state,queue_depth,error,"
                             "slow,will_retry,next_delay_ms,delivery_id\r\n");
}

QByteArray attemptCsvRow(const AttemptRecord &r)
{
    QByteArray row;
    row.reserve(160);
    appendAttemptCsvRow(row, r);
    return row;
}

void appendAttemptCsvRow(QByteArray &out, const AttemptRecord &r)
{
    // Appended in place, digits by std::to_chars: a temporary per cell (',' + number) and
    // QDateTime's formatting once made up most of an export's time.
    const qint64 ms = toEpochMs(r.timestamp);
    const qsizetype at = out.size();
    out.resize(at + isoLength);
    if (!writeIsoUtc(ms, out.data() + at)) {
        out.resize(at);
        out += isoUtc(r.timestamp).toLatin1();
    }
    out += ',';
    out += csvField(r.endpointId);
    out += ',';
    appendNumber(out, qint64(r.requestId));
    out += ',';
    appendNumber(out, r.attempt);
    out += ',';
    out += outcomeName(r.outcome).toLatin1();
    out += ',';
    if (r.httpStatus > 0)
        appendNumber(out, r.httpStatus);
    out += ',';
    if (r.outcome != Outcome::ShortCircuited)
        appendMilliseconds(out, std::chrono::duration<double, std::milli>(r.latency).count());
    out += ',';
    if (r.retryAfter)
        appendNumber(out, r.retryAfter->count());
    out += ',';
    out += breakerStateName(r.breakerAfter).toLatin1();
    out += ',';
    appendNumber(out, r.queueDepth);
    out += ',';
    if (!r.error.isEmpty())
        out += csvField(r.error);
    out += r.slow ? ",1" : ",0";
    out += r.willRetry ? ",1," : ",0,";
    if (r.willRetry)
        appendNumber(out, r.nextDelay.count());
    // History files do not store delivery ids, so rows that `breakwater export` reads back
    // from history leave this column empty (a known limitation, listed in the README).
    out += ',';
    out += r.deliveryId.toLatin1();
    out += "\r\n";
}

} // namespace bw
