// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpointtablemodel.h"

#include "metrics/metricsstore.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPalette>

namespace bw {

namespace {

constexpr qint64 rateWindowMs = 10'000;
constexpr qint64 minuteMs = 60'000;

// Worst highest, so that a descending sort puts the endpoints that need attention first; the
// order is judgeHealth's, where the tone tells apart the two kinds of degraded and failing.
int severityOf(const HealthVerdict &verdict)
{
    switch (verdict.health) {
    case Health::NoData:
        return 0;
    case Health::Healthy:
        return 1;
    case Health::Throttled:
        return 2;
    case Health::Slow:
        return 3;
    case Health::Paused:
        return 3;
    case Health::Degraded:
        return verdict.tone == Tone::Holding ? 5 : 4;
    case Health::Failing:
        return verdict.tone == Tone::Bad ? 7 : 6;
    case Health::BreakerOpen:
        return 8;
    }
    Q_UNREACHABLE();
    return 0;
}

bool isNumeric(EndpointTableModel::Column column)
{
    using C = EndpointTableModel::Column;
    switch (column) {
    case C::RequestsPerSecond:
    case C::ErrorPercent:
    case C::LastLatency:
    case C::P50:
    case C::P95:
    case C::P99:
    case C::RateLimited:
    case C::Retries:
    case C::QueueDepth:
    case C::OldestDelivery:
    case C::DrainRate:
    case C::DeadLetters:
        return true;
    case C::Endpoint:
    case C::Health:
    case C::State:
    case C::Breaker:
    case C::Trend:
    case C::LastError:
        return false;
    }
    Q_UNREACHABLE();
    return false;
}

/// A queue age as the overview shows it: "<1 s", "42 s", "7 min", "3 h".
QString formatQueueAge(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    if (seconds < 1)
        return EndpointTableModel::tr("<1 s");
    if (seconds < 60)
        return EndpointTableModel::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return EndpointTableModel::tr("%1 min").arg(seconds / 60);
    return EndpointTableModel::tr("%1 h").arg(seconds / 3600);
}

} // namespace

EndpointTableModel::EndpointTableModel(const MetricsStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
}

void EndpointTableModel::setEndpoints(const QList<EndpointConfig> &endpoints)
{
    beginResetModel();
    m_configs.clear();
    for (const EndpointConfig &endpoint : endpoints)
        m_configs.insert(endpoint.id, endpoint);
    rebuildRows();
    endResetModel();
}

void EndpointTableModel::refresh()
{
    const QStringList ids = m_store->ids();
    bool sameRows = ids.size() == m_rows.size();
    for (qsizetype i = 0; sameRows && i < ids.size(); ++i)
        sameRows = ids.at(i) == m_rows.at(i).id;
    if (!sameRows) {
        beginResetModel();
        rebuildRows();
        endResetModel();
        return;
    }

    m_nowMs = m_store->latestMs();
    const QString spanBefore = trendSpanText();
    updateTrendWindow();
    for (Row &row : m_rows)
        fillRow(row);
    if (trendSpanText() != spanBefore)
        emit headerDataChanged(Qt::Horizontal, int(Column::Trend), int(Column::Trend));
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnTotal - 1));
}

void EndpointTableModel::updateTrendWindow()
{
    qint64 first = 0;
    for (const QString &id : m_store->ids()) {
        const qint64 ms = firstDataMs(*m_store->series(id));
        if (ms > 0 && (first == 0 || ms < first))
            first = ms;
    }
    m_trendSpanMs = followSpanMs(first, m_nowMs, trendRangeMs, trendMinimumMs);
    m_trendToMs = m_nowMs;
}

void EndpointTableModel::rebuildRows()
{
    m_nowMs = m_store->latestMs();
    updateTrendWindow();
    m_rows.clear();
    const QStringList ids = m_store->ids();
    m_rows.reserve(ids.size());
    for (const QString &id : ids) {
        Row row;
        row.id = id;
        fillRow(row);
        m_rows.append(row);
    }
}

void EndpointTableModel::fillRow(Row &row) const
{
    const EndpointSeries *series = m_store->series(row.id);
    const auto config = m_configs.constFind(row.id);
    row.name = series && !series->name.isEmpty() ? series->name : row.id;
    row.url = config != m_configs.cend() ? displayUrl(config->url) : QString();
    row.group = config != m_configs.cend() ? config->group : QString();
    if (!series)
        return;

    const EndpointStatus &status = series->status;
    const WindowStats lastMinute = windowStats(*series, m_nowMs - minuteMs, m_nowMs + 1);
    const WindowStats recent = windowStats(*series, m_nowMs - rateWindowMs, m_nowMs + 1);

    row.health = judgeHealth(*series, m_nowMs);
    row.severity = severityOf(row.health);
    row.breaker = status.breaker;
    row.requestsPerSecond = recent.sent / (rateWindowMs / 1000.0);
    row.errorPercent = lastMinute.errorPercent();
    row.lastLatencyMs = series->latencies.empty() ? -1 : series->latencies.back().latencyMs;
    row.p50Ms = series->p50Ms;
    row.p95Ms = series->p95Ms;
    row.p99Ms = series->p99Ms;
    row.rateLimited = lastMinute.rateLimited;
    row.retries = lastMinute.retries;
    const TrendSummary trend = trendSummary(*series, trendFromMs(), m_trendToMs);
    row.trouble = trend.rateLimited + trend.errors;
    row.queueDepth = status.queueDepth;
    row.inFlight = status.inFlight;
    row.deliver = status.deliver;
    row.deadLetters = status.deadLetters;
    row.drainRate = status.drainRate;
    row.oldestDeliveryAgeMs = status.oldestDeliveryAge ? status.oldestDeliveryAge->count() : -1;
    row.lastError = series->lastErrorRecord ? describeError(*series->lastErrorRecord)
                                            : series->lastError;
    row.lastErrorAtMs = series->lastErrorAtMs;

    row.stateDetail.clear();
    const bool paused = status.pausedUntil && toEpochMs(*status.pausedUntil) > m_nowMs;
    if (status.breaker == BreakerState::Open) {
        row.state = tr("Short-circuiting");
        row.stateDetail = tr("The breaker is open: calls fail at once, no request is sent.");
    } else if (paused) {
        row.state = tr("Paused until %1").arg(formatClock(toEpochMs(*status.pausedUntil)));
        row.stateDetail = tr("The server asked for a pause; all work on this endpoint waits.");
    } else if (status.breaker == BreakerState::HalfOpen) {
        row.state = tr("Probing");
        row.stateDetail = tr("The breaker is half-open: trial calls decide whether it closes.");
    } else if (!series->last) {
        row.state = tr("Waiting");
        row.stateDetail = tr("No attempt has finished yet.");
    } else if (series->last->willRetry) {
        row.state = tr("Retrying");
        row.stateDetail = tr("Attempt %1 failed; the next try follows in %2 ms.")
                              .arg(series->last->attempt)
                              .arg(series->last->nextDelay.count());
    } else if (series->last->outcome == Outcome::Ok) {
        row.state = tr("OK");
    } else if (series->last->outcome == Outcome::RateLimited) {
        row.state = tr("Rate limited");
    } else {
        row.state = tr("Failed");
        row.stateDetail = tr("The last attempt failed and was not retried.");
    }
}

QString EndpointTableModel::endpointId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int EndpointTableModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

int EndpointTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EndpointTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columnTotal;
}

QVariant EndpointTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());

    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case SortRole:
        return sortKey(row, column);
    case IdRole:
        return row.id;
    case FilterRole:
        return row.name + QLatin1Char(' ') + row.id;
    case TrendFromRole:
        return trendFromMs();
    case TrendToRole:
        return m_trendToMs;
    case GroupRole:
        return row.group;
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::AccessibleTextRole:
        return column == Column::Trend ? QVariant(trendText(row)) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignVCenter
                                   | (isNumeric(column) ? Qt::AlignRight : Qt::AlignLeft));
    case Qt::DecorationRole:
        if (column == Column::Health)
            return dot(toneColour(row.health.tone, QGuiApplication::palette()));
        return {};
    case Qt::ForegroundRole:
        if (column == Column::Breaker)
            return toneColour(breakerTone(row.breaker), QGuiApplication::palette());
        return {};
    case Qt::FontRole:
        if (column == Column::Breaker && row.breaker != BreakerState::Closed) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant EndpointTableModel::display(const Row &row, Column column) const
{
    const QLocale locale;
    const QString none = QStringLiteral("–");
    switch (column) {
    case Column::Endpoint:
        return row.name;
    case Column::Health:
        return healthText(row.health.health);
    case Column::State:
        return row.state;
    case Column::Breaker:
        return breakerText(row.breaker);
    case Column::Trend:
        return {};
    case Column::RequestsPerSecond:
        return locale.toString(row.requestsPerSecond, 'f', 1);
    case Column::ErrorPercent:
        return row.errorPercent < 0 ? none
                                    : tr("%1 %").arg(locale.toString(row.errorPercent, 'f', 1));
    case Column::LastLatency:
        return row.lastLatencyMs < 0 ? none : formatMs(row.lastLatencyMs);
    case Column::P50:
        return row.p50Ms < 0 ? none : formatMs(row.p50Ms);
    case Column::P95:
        return row.p95Ms < 0 ? none : formatMs(row.p95Ms);
    case Column::P99:
        return row.p99Ms < 0 ? none : formatMs(row.p99Ms);
    case Column::RateLimited:
        return locale.toString(row.rateLimited);
    case Column::Retries:
        return locale.toString(row.retries);
    case Column::QueueDepth:
        return locale.toString(row.queueDepth);
    case Column::OldestDelivery:
        if (!row.deliver)
            return QString();
        return row.oldestDeliveryAgeMs < 0 ? none : formatQueueAge(row.oldestDeliveryAgeMs);
    case Column::DrainRate:
        return row.deliver ? locale.toString(row.drainRate, 'f', 1) : QString();
    case Column::DeadLetters:
        return row.deliver ? locale.toString(row.deadLetters) : QString();
    case Column::LastError:
        if (row.lastError.isEmpty())
            return QString();
        return tr("%1 · %2").arg(row.lastError, formatAge(m_nowMs - row.lastErrorAtMs));
    }
    return {};
}

QVariant EndpointTableModel::sortKey(const Row &row, Column column) const
{
    switch (column) {
    case Column::Endpoint:
        return row.name;
    case Column::Health:
        return row.severity;
    case Column::State:
        return row.state;
    case Column::Breaker:
        return row.breaker == BreakerState::Closed     ? 0
               : row.breaker == BreakerState::HalfOpen ? 1
                                                       : 2;
    case Column::Trend:
        return row.trouble;
    case Column::RequestsPerSecond:
        return row.requestsPerSecond;
    case Column::ErrorPercent:
        return row.errorPercent;
    case Column::LastLatency:
        return row.lastLatencyMs;
    case Column::P50:
        return row.p50Ms;
    case Column::P95:
        return row.p95Ms;
    case Column::P99:
        return row.p99Ms;
    case Column::RateLimited:
        return row.rateLimited;
    case Column::Retries:
        return row.retries;
    case Column::QueueDepth:
        return row.queueDepth;
    // Poll endpoints sort below every deliver-mode one.
    case Column::OldestDelivery:
        return row.deliver ? row.oldestDeliveryAgeMs : qint64(-2);
    case Column::DrainRate:
        return row.deliver ? row.drainRate : -1.0;
    case Column::DeadLetters:
        return row.deliver ? row.deadLetters : qint64(-1);
    case Column::LastError:
        return row.lastErrorAtMs;
    }
    return {};
}

QVariant EndpointTableModel::toolTip(const Row &row, Column column) const
{
    const EndpointSeries *series = m_store->series(row.id);
    switch (column) {
    case Column::Endpoint:
        return row.url.isEmpty() ? tr("Id: %1").arg(row.id)
                                 : tr("Id: %1\nURL: %2").arg(row.id, row.url);
    case Column::Health:
        return healthToolTip(row);
    case Column::State:
        return row.stateDetail.isEmpty() ? QVariant() : row.stateDetail;
    case Column::Breaker:
        return series
                   ? tr("Calls short-circuited since start: %1.").arg(series->totalShortCircuited)
                   : QVariant();
    case Column::Trend:
        return trendText(row);
    case Column::RequestsPerSecond:
        return tr("Attempts sent per second over the last 10 seconds.");
    case Column::ErrorPercent:
        return tr("Share of the attempts sent in the last minute that failed "
                  "(5xx, 4xx other than 429, network errors, timeouts).");
    case Column::LastLatency:
        return tr("Latency of the most recent attempt that was sent.");
    case Column::P50:
    case Column::P95:
    case Column::P99:
        if (!series || series->p95Ms < 0)
            return tr("No attempt was sent in the last 5 minutes.");
        return tr("Attempt latency over the last 5 minutes: p50 %1 ms, p95 %2 ms, p99 %3 ms.")
            .arg(formatMs(series->p50Ms), formatMs(series->p95Ms), formatMs(series->p99Ms));
    case Column::RateLimited:
        return series ? tr("429 responses in the last minute; %1 since start.")
                            .arg(series->totalRateLimited)
                      : QVariant();
    case Column::Retries:
        return series ? tr("Attempts in the last minute that were not the first of their "
                           "request; %1 since start.")
                            .arg(series->totalRetries)
                      : QVariant();
    case Column::QueueDepth:
        if (row.deliver)
            return tr("%1 deliveries pending (%2 in flight), the oldest for %3; %4 delivered "
                      "per second over the last 10 s; %5 dead letters.")
                .arg(row.queueDepth)
                .arg(row.inFlight)
                .arg(row.oldestDeliveryAgeMs < 0 ? QStringLiteral("-")
                                                 : formatMs(double(row.oldestDeliveryAgeMs)))
                .arg(QLocale().toString(row.drainRate, 'f', 1))
                .arg(row.deadLetters);
        return tr("%1 waiting (for a token, a pause, a slot or a retry), %2 in flight.")
            .arg(row.queueDepth)
            .arg(row.inFlight);
    case Column::OldestDelivery:
        if (!row.deliver)
            return tr("Only deliver-mode endpoints have a delivery queue.");
        return row.oldestDeliveryAgeMs < 0
                   ? tr("The delivery queue is empty.")
                   : tr("The oldest pending delivery was enqueued %1 ago.")
                         .arg(formatQueueAge(row.oldestDeliveryAgeMs));
    case Column::DrainRate:
        return row.deliver ? tr("Deliveries delivered per second over the last 10 seconds.")
                           : tr("Only deliver-mode endpoints have a delivery queue.");
    case Column::DeadLetters:
        return row.deliver ? tr("Deliveries that will not be sent again unless requeued "
                                "(Endpoint → Dead Letters…).")
                           : tr("Only deliver-mode endpoints have a delivery queue.");
    case Column::LastError:
        if (row.lastError.isEmpty())
            return tr("No error since start.");
        return tr("%1\nat %2").arg(row.lastError, formatClock(row.lastErrorAtMs));
    }
    return {};
}

QVariant EndpointTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnTotal)
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto column = static_cast<Column>(section);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignVCenter
                                   | (isNumeric(column) ? Qt::AlignRight : Qt::AlignLeft));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (column) {
    case Column::Endpoint:
        return tr("Endpoint");
    case Column::Health:
        return tip ? tr("Error share in the last minute, breaker state and server pauses")
                   : tr("Health");
    case Column::State:
        return tr("State");
    case Column::Breaker:
        return tip ? tr("Circuit breaker state") : tr("Breaker");
    case Column::Trend:
        if (tip) {
            return tr("Per second over the span: 429s (purple ticks, top), peak attempt "
                      "latency (blue line), errors (orange ticks) and the breaker (band: green "
                      "closed, amber half-open, red open). The same span for every row.");
        }
        return trendSpanText();
    case Column::RequestsPerSecond:
        return tip ? tr("Attempts sent per second, last 10 seconds") : tr("Req/s");
    case Column::ErrorPercent:
        return tip ? tr("Failed share of attempts sent, last minute") : tr("Errors");
    case Column::LastLatency:
        return tip ? tr("Latency of the last attempt sent, in milliseconds") : tr("Last ms");
    case Column::P50:
        return tip ? tr("Median (50th percentile) latency over 5 minutes, in milliseconds")
                   : tr("p50 ms");
    case Column::P95:
        return tip ? tr("95th percentile latency over 5 minutes, in milliseconds") : tr("p95 ms");
    case Column::P99:
        return tip ? tr("99th percentile latency over 5 minutes, in milliseconds") : tr("p99 ms");
    case Column::RateLimited:
        return tip ? tr("429 responses in the last minute") : tr("429s");
    case Column::Retries:
        return tip ? tr("Retries (attempts after the first) in the last minute") : tr("Retries");
    case Column::QueueDepth:
        return tip ? tr("Work waiting on this endpoint") : tr("Queue");
    case Column::OldestDelivery:
        return tip ? tr("Age of the oldest pending delivery (deliver mode)") : tr("Oldest");
    case Column::DrainRate:
        return tip ? tr("Deliveries delivered per second, last 10 seconds (deliver mode)")
                   : tr("Drain/s");
    case Column::DeadLetters:
        return tip ? tr("Dead letters of the delivery queue (deliver mode)") : tr("Dead");
    case Column::LastError:
        return tr("Last error");
    }
    return {};
}

QString EndpointTableModel::healthToolTip(const Row &row) const
{
    const QString errors = row.errorPercent < 0
                               ? tr("Nothing was sent in the last minute.")
                               : tr("%1 % of the attempts sent in the last minute failed.")
                                     .arg(QLocale().toString(row.errorPercent, 'f', 1));
    switch (row.health.health) {
    case Health::BreakerOpen:
        return tr("The breaker is open: calls fail at once without being sent.");
    case Health::Paused:
        return tr("The server asked for a pause; all work on this endpoint waits.");
    case Health::Degraded:
        if (row.breaker == BreakerState::HalfOpen)
            return tr("The breaker is half-open: trial calls decide whether it closes.");
        return errors;
    case Health::Throttled:
        return tr("429 responses in the last minute: %1. The server asks for less traffic, "
                  "and the engine slows down.")
                   .arg(row.rateLimited)
               + QLatin1Char('\n') + errors;
    case Health::Slow:
        return tr("Half or more of the last minute's attempts were slow calls, which the "
                  "breaker counts toward opening.")
               + QLatin1Char('\n') + errors;
    case Health::NoData:
    case Health::Healthy:
    case Health::Failing:
        return errors;
    }
    return errors;
}

QString EndpointTableModel::trendText(const Row &row) const
{
    const EndpointSeries *series = m_store->series(row.id);
    if (!series)
        return QString();
    const TrendSummary trend = trendSummary(*series, trendFromMs(), m_trendToMs);
    const QString peak = trend.peakLatencyMs < 0
                             ? tr("nothing sent")
                             : tr("peak latency %1 ms").arg(formatMs(trend.peakLatencyMs));
    return tr("%1: %2; 429s: %3, errors: %4, retries: %5, breaker openings: %6.")
        .arg(trendSpanText(), peak)
        .arg(trend.rateLimited)
        .arg(trend.errors)
        .arg(trend.retries)
        .arg(trend.breakerOpened);
}

QString EndpointTableModel::trendSpanText() const
{
    // While the window grows its start stays on the first data point, so "since" names it
    // without changing on every refresh.
    if (m_trendSpanMs >= trendRangeMs)
        return tr("Last %n min", nullptr, int(trendRangeMs / minuteMs));
    if (m_trendSpanMs <= trendMinimumMs)
        return tr("Last %1 s").arg(trendMinimumMs / 1000);
    return tr("Since %1").arg(formatClock(trendFromMs()));
}

QPixmap EndpointTableModel::dot(const QColor &colour) const
{
    auto it = m_dots.constFind(colour.rgba());
    if (it != m_dots.cend())
        return *it;
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    painter.end();
    m_dots.insert(colour.rgba(), pixmap);
    return pixmap;
}

} // namespace bw
