// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "prometheus.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace bw {

namespace {

// attemptsByOutcome is indexed by the enum; a new Outcome must grow the array and this list.
constexpr std::array allOutcomes{Outcome::Ok,           Outcome::RateLimited,
                                 Outcome::ServerError,  Outcome::ClientError,
                                 Outcome::NetworkError, Outcome::Timeout,
                                 Outcome::ShortCircuited, Outcome::TlsError,
                                 Outcome::RedirectError};
static_assert(size_t(outcomeCount) == allOutcomes.size());

// The format reads numbers with Go's ParseFloat: shortest round-trip digits, and the spelled
// infinities and NaN.
QByteArray number(double value)
{
    if (std::isnan(value))
        return QByteArrayLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QByteArrayLiteral("+Inf") : QByteArrayLiteral("-Inf");
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

// The documented numeric encoding of breakwater_breaker_state; dashboards map it to text.
int breakerGauge(BreakerState state)
{
    switch (state) {
    case BreakerState::Closed:
        return 0;
    case BreakerState::HalfOpen:
        return 1;
    case BreakerState::Open:
        return 2;
    }
    Q_UNREACHABLE();
    return 0;
}

void family(QByteArray &out, const char *name, const char *type, const char *help)
{
    out += "# HELP ";
    out += name;
    out += ' ';
    out += help;
    out += "\n# TYPE ";
    out += name;
    out += ' ';
    out += type;
    out += '\n';
}

// `labels` is the rendered inside of the braces, already escaped.
void sample(QByteArray &out, const char *name, const QByteArray &labels, const QByteArray &value)
{
    out += name;
    out += '{';
    out += labels;
    out += "} ";
    out += value;
    out += '\n';
}

} // namespace

QByteArray PrometheusRegistry::escapeLabelValue(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    QByteArray escaped;
    escaped.reserve(utf8.size());
    for (const char c : utf8) {
        if (c == '\\')
            escaped += "\\\\";
        else if (c == '"')
            escaped += "\\\"";
        else if (c == '\n')
            escaped += "\\n";
        else
            escaped += c;
    }
    return escaped;
}

void PrometheusRegistry::apply(const EngineUpdate &update)
{
    for (const AttemptRecord &record : update.records) {
        Series &series = m_series[record.endpointId];
        ++series.attemptsByOutcome[static_cast<int>(record.outcome)];
        if (record.attempt > 1)
            ++series.retries;
        if (record.httpStatus == 429)
            ++series.rateLimited;
        if (record.outcome == Outcome::ShortCircuited) {
            // Nothing was sent, so there is no latency to observe.
            ++series.shortCircuits;
            continue;
        }
        const double seconds = std::chrono::duration<double>(record.latency).count();
        const auto bound = std::lower_bound(bucketBounds.begin(), bucketBounds.end(), seconds);
        ++series.buckets[std::distance(bucketBounds.begin(), bound)];
        series.latencySumSeconds += seconds;
        ++series.latencyCount;
    }
    for (const EndpointStatus &status : update.statuses) {
        Series &series = m_series[status.endpointId];
        series.hasStatus = true;
        series.status = status;
    }
}

QByteArray PrometheusRegistry::exposition() const
{
    QByteArray out;
    std::map<QString, QByteArray> endpointLabels;
    for (const auto &[id, series] : m_series)
        endpointLabels[id] = "endpoint=\"" + escapeLabelValue(id) + '"';

    family(out, "breakwater_attempts_total", "counter",
           "Attempts that ended, by outcome; short_circuited ones were refused by the breaker.");
    for (const auto &[id, series] : m_series) {
        for (const Outcome outcome : allOutcomes) {
            sample(out, "breakwater_attempts_total",
                   endpointLabels[id] + ",outcome=\"" + escapeLabelValue(outcomeName(outcome))
                       + '"',
                   QByteArray::number(series.attemptsByOutcome[static_cast<int>(outcome)]));
        }
    }

    const auto counter = [&](const char *name, const char *help, quint64 Series::*field) {
        family(out, name, "counter", help);
        for (const auto &[id, series] : m_series)
            sample(out, name, endpointLabels[id], QByteArray::number(series.*field));
    };
    counter("breakwater_retries_total", "Attempts after the first one of the same piece of work.",
            &Series::retries);
    counter("breakwater_short_circuits_total",
            "Attempts refused without a request because the circuit breaker was open.",
            &Series::shortCircuits);
    counter("breakwater_rate_limited_total", "Responses with HTTP status 429.",
            &Series::rateLimited);

    family(out, "breakwater_attempt_duration_seconds", "histogram",
           "Time from sending a request to its end, for attempts that were sent.");
    for (const auto &[id, series] : m_series) {
        const QByteArray &labels = endpointLabels[id];
        quint64 cumulative = 0;
        for (size_t i = 0; i < series.buckets.size(); ++i) {
            cumulative += series.buckets[i];
            const double bound = i < bucketBounds.size() ? bucketBounds[i] : INFINITY;
            sample(out, "breakwater_attempt_duration_seconds_bucket",
                   labels + ",le=\"" + number(bound) + '"', QByteArray::number(cumulative));
        }
        sample(out, "breakwater_attempt_duration_seconds_sum", labels,
               number(series.latencySumSeconds));
        sample(out, "breakwater_attempt_duration_seconds_count", labels,
               QByteArray::number(series.latencyCount));
    }

    const auto gauge = [&](const char *name, const char *help, auto value) {
        family(out, name, "gauge", help);
        for (const auto &[id, series] : m_series) {
            if (series.hasStatus)
                sample(out, name, endpointLabels[id], value(series.status));
        }
    };
    gauge("breakwater_breaker_state", "Circuit breaker state: 0 closed, 1 half-open, 2 open.",
          [](const EndpointStatus &s) { return QByteArray::number(breakerGauge(s.breaker)); });
    gauge("breakwater_queue_depth",
          "Work waiting for a token, a pause, a connection slot or a retry delay.",
          [](const EndpointStatus &s) { return QByteArray::number(s.queueDepth); });
    gauge("breakwater_in_flight", "Requests sent and not yet finished.",
          [](const EndpointStatus &s) { return QByteArray::number(s.inFlight); });
    gauge("breakwater_limiter_tokens", "Tokens left in the client-side rate limiter's bucket.",
          [](const EndpointStatus &s) { return number(s.tokens); });
    gauge("breakwater_limiter_rate",
          "Current client-side rate limit in requests per second; 0 when unlimited.",
          [](const EndpointStatus &s) { return number(s.currentRate); });
    gauge("breakwater_paused", "1 while a pause requested by the server is in force, else 0.",
          [](const EndpointStatus &s) {
              return s.pausedUntil ? QByteArrayLiteral("1") : QByteArrayLiteral("0");
          });

    // Deliver-mode endpoints only; the families are left out when there are none.
    const bool anyQueue = std::any_of(m_series.begin(), m_series.end(), [](const auto &entry) {
        return entry.second.hasStatus && entry.second.status.deliver;
    });
    const auto queueGauge = [&](const char *name, const char *help, auto value) {
        if (!anyQueue)
            return;
        family(out, name, "gauge", help);
        for (const auto &[id, series] : m_series) {
            if (series.hasStatus && series.status.deliver)
                sample(out, name, endpointLabels[id], value(series.status));
        }
    };
    queueGauge("breakwater_queue_dead_letters", "Deliveries in the dead-letter list.",
               [](const EndpointStatus &s) { return QByteArray::number(s.deadLetters); });
    queueGauge("breakwater_queue_drain_rate",
               "Deliveries delivered per second over the last 10 seconds.",
               [](const EndpointStatus &s) { return number(s.drainRate); });
    queueGauge("breakwater_queue_oldest_age_seconds",
               "Age of the oldest pending delivery; 0 when the queue is empty.",
               [](const EndpointStatus &s) {
                   return number(s.oldestDeliveryAge
                                     ? double(s.oldestDeliveryAge->count()) / 1000
                                     : 0.0);
               });
    return out;
}

} // namespace bw
