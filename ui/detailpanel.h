// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/endpointconfig.h"

#include <QWidget>

#include <array>

class QComboBox;
class QLabel;

namespace bw {

class MetricsStore;
class TimeSeriesChart;

/// How far back the detail charts look from the newest update.
enum class TimeRange { OneMinute, FiveMinutes, FifteenMinutes, SixtyMinutes };

inline constexpr std::array<TimeRange, 4> allTimeRanges{
    TimeRange::OneMinute, TimeRange::FiveMinutes, TimeRange::FifteenMinutes,
    TimeRange::SixtyMinutes};

qint64 timeRangeMs(TimeRange range);
QString timeRangeText(TimeRange range);

/// Live charts for one endpoint: attempt latency, 429s, errors and retries per second, breaker
/// state as a band with a line at each transition, and queue depth, stacked over one shared
/// time window that ends at the newest update (live follow). The window spans the chosen
/// range, or only the endpoint's data while that is younger (but at least a minute), so a
/// fresh start fills the charts. Reads a MetricsStore it does not own; redraws only in
/// refresh().
class DetailPanel final : public QWidget
{
    Q_OBJECT

public:
    /// Series indices in latencyChart().
    enum LatencySeries { AttemptLatency, FailedAttempts, P95Latency };
    /// Series indices in rateChart().
    enum RateSeries { RateLimitedPerSecond, ErrorsPerSecond, RetriesPerSecond };
    /// Series indices in breakerChart().
    enum BreakerSeries { ClosedBand, HalfOpenBand, OpenBand };

    explicit DetailPanel(const MetricsStore *store, QWidget *parent = nullptr);

    /// Shows `endpoint`; its name and URL head the panel. Takes effect at the next refresh().
    void setEndpoint(const EndpointConfig &endpoint);
    void clearEndpoint();
    QString endpointId() const { return m_endpoint.id; }

    void setTimeRange(TimeRange range);
    TimeRange timeRange() const { return m_range; }

    /// Redraws header and charts from the store.
    void refresh();

    /// The header as plain text, for tests and accessibility.
    QString headerText() const;
    TimeSeriesChart *latencyChart() const { return m_latency; }
    TimeSeriesChart *rateChart() const { return m_rates; }
    TimeSeriesChart *breakerChart() const { return m_breaker; }
    TimeSeriesChart *queueChart() const { return m_queue; }

signals:
    void timeRangeChanged(bw::TimeRange range);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyBreakerColours();
    void refreshHeader(qint64 nowMs);
    void refreshCharts(qint64 fromMs, qint64 toMs);
    void clearCharts();

    const MetricsStore *m_store;
    EndpointConfig m_endpoint;
    TimeRange m_range = TimeRange::FiveMinutes;
    QLabel *m_title;
    QLabel *m_details;
    QComboBox *m_rangeBox;
    TimeSeriesChart *m_latency;
    TimeSeriesChart *m_rates;
    TimeSeriesChart *m_breaker;
    TimeSeriesChart *m_queue;
};

} // namespace bw
