// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata.h"
#include "config/endpointconfig.h"
#include "eventlog.h"

#include <QWidget>

#include <array>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTreeWidget;

namespace bw {

class HistoryReader;
class LabelStack;
class MetricsStore;
class TimeSeriesChart;

/// How far back the detail charts look from the newest update while they follow it live.
/// The values are stored in the settings: only append.
enum class TimeRange { OneMinute, FiveMinutes, FifteenMinutes, SixtyMinutes, TwentyFourHours };

inline constexpr std::array<TimeRange, 5> allTimeRanges{
    TimeRange::OneMinute, TimeRange::FiveMinutes, TimeRange::FifteenMinutes,
    TimeRange::SixtyMinutes, TimeRange::TwentyFourHours};

qint64 timeRangeMs(TimeRange range);
QString timeRangeText(TimeRange range);

/// Charts for one endpoint: latency (p50, p95, p99 and max per bucket, failed attempts
/// marked), 429s, errors and retries per second, breaker state as a band with a line at each
/// transition, and queue depth, stacked over one shared time window; beside them, the
/// endpoint's events (breaker transitions, server pauses, configuration changes).
///
/// The window either follows the newest update live over the chosen range (only the data's
/// span while it is younger, when no history file is set), or stays where the user put it by
/// zooming (wheel, rubber band), panning (drag), picking a custom range or an event; Reset
/// (or a double click) returns to live follow. Every chart always gets the same window.
///
/// Data comes from the MetricsStore (the last hour or so, in memory) and, for the part of the
/// window before that, from the history file, read off the UI thread by a HistoryReader at a
/// level that suits the window's span (see historyLevelForSpan). The panel redraws only in
/// refresh() (and when history arrives).
class DetailPanel final : public QWidget
{
    Q_OBJECT

public:
    /// Series indices in latencyChart().
    enum LatencySeries { MaxLatency, P99Latency, P95Latency, P50Latency, FailedAttempts };
    /// Series indices in rateChart().
    enum RateSeries { RateLimitedPerSecond, ErrorsPerSecond, RetriesPerSecond };
    /// Series indices in breakerChart().
    enum BreakerSeries { ClosedBand, HalfOpenBand, OpenBand };
    /// The queue chart's series; drain rate and dead letters are drawn for deliver mode only.
    enum QueueSeries { QueueWaiting, QueueDrainRate, QueueDeadLetters };

    explicit DetailPanel(const MetricsStore *store, QWidget *parent = nullptr);
    ~DetailPanel() override;

    /// Shows `endpoint`; its name and URL head the panel. Takes effect at the next refresh().
    void setEndpoint(const EndpointConfig &endpoint);
    void clearEndpoint();
    QString endpointId() const { return m_endpoint.id; }

    /// The live-follow span; also returns the view to live follow.
    void setTimeRange(TimeRange range);
    TimeRange timeRange() const { return m_range; }

    /// Events to list (not owned); without one, only history's breaker events are listed.
    void setEventLog(const EventLog *events) { m_events = events; }
    /// The history file to read earlier data from; empty for none.
    void setHistoryPath(const QString &path);
    QString historyPath() const { return m_historyPath; }
    HistoryReader *historyReader() const { return m_reader; }

    /// Fixes the window at [fromMs, toMs) and stops following live.
    void setViewWindow(qint64 fromMs, qint64 toMs);
    /// Zooms by `factor` (below 1 zooms in) around `centreMs`, keeping that instant in place.
    void zoom(qint64 centreMs, double factor);
    /// Moves the window by `deltaMs`.
    void pan(qint64 deltaMs);
    /// Back to live follow of the chosen range.
    void resetView();
    bool isLive() const { return m_live; }
    /// The window last drawn, in epoch ms.
    std::pair<qint64, qint64> viewWindow() const { return {m_shownFrom, m_shownTo}; }
    void setClampOutliers(bool clamp);

    /// Redraws header and charts from the store (and the history slice at hand). While
    /// following live, the charts are redrawn at most every fifth of a bucket (between 0.25
    /// and 5 s of data time, see chartRedrawIntervalMs) unless the view or data source
    /// changed; the header every time.
    void refresh();
    /// Redraws charts at the next refresh() whatever the interval.
    void invalidateCharts() { m_forceCharts = true; }
    static qint64 chartRedrawIntervalMs(qint64 spanMs);

    /// The header as plain text, for tests and accessibility.
    QString headerText() const;
    TimeSeriesChart *latencyChart() const { return m_latency; }
    TimeSeriesChart *rateChart() const { return m_rates; }
    TimeSeriesChart *breakerChart() const { return m_breaker; }
    TimeSeriesChart *queueChart() const { return m_queue; }
    QList<TimeSeriesChart *> charts() const { return {m_latency, m_rates, m_breaker, m_queue}; }
    QWidget *chartStack() const { return m_chartStack; }
    QTreeWidget *eventList() const { return m_eventList; }
    /// The events listed, newest first (row order of eventList()).
    QList<TimelineEvent> listedEvents() const { return m_listed; }
    /// Selects row `row` of the event list, which marks and centres its time.
    void selectEvent(int row);

    /// The buckets drawn, in time order, memory and history merged.
    QList<ChartBucket> shownBuckets() const { return m_buckets; }
    /// The tooltip text for the instant `atMs`; empty where there is no data.
    QString valuesText(qint64 atMs) const;
    /// The buckets inside the window as RFC 4180 CSV with a header row.
    QByteArray visibleCsv() const;
    void copyVisibleCsv() const;
    /// Saves the stack of charts (or one chart) as PNG; false when writing failed.
    bool saveChartsPng(const QString &path) const;
    bool saveChartPng(TimeSeriesChart *chart, const QString &path) const;
    /// A short note on the history level and read state, shown under the charts.
    QString historyNote() const;

signals:
    void timeRangeChanged(bw::TimeRange range);
    /// The history slice asked for has arrived and been drawn (for tests).
    void historyLoaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyBreakerColours();
    void refreshHeader(qint64 nowMs);
    void refreshCharts(qint64 fromMs, qint64 toMs);
    void refreshEvents();
    void clearCharts();
    void onSliceReady(const HistorySlice &slice);
    void onHover(TimeSeriesChart *chart, qint64 atMs, const QPoint &globalPos);
    void onHoverLeft();
    void showChartMenu(TimeSeriesChart *chart, const QPoint &globalPos);
    void chooseCustomRange();
    void updateViewControls();
    /// Buckets of the history slice that fall in [fromMs, beforeMs), if one is at hand.
    QList<ChartBucket> historyBuckets(qint64 fromMs, qint64 beforeMs, qint64 spanMs,
                                      qint64 bucketMs);

    const MetricsStore *m_store;
    const EventLog *m_events = nullptr;
    EndpointConfig m_endpoint;
    TimeRange m_range = TimeRange::FiveMinutes;
    bool m_live = true;
    qint64 m_viewFrom = 0;
    qint64 m_viewTo = 0;
    qint64 m_shownFrom = 0;
    qint64 m_shownTo = 1;
    qint64 m_liveStartMs = 0;
    bool m_clamp = false;
    qint64 m_selectedEventMs = -1;
    bool m_forceCharts = true;
    qint64 m_chartsDrawnAtMs = 0;

    QString m_historyPath;
    HistoryReader *m_reader;
    std::optional<HistorySlice> m_slice;
    struct Wanted
    {
        QString endpointId;
        HistoryLevel level = HistoryLevel::Raw;
        qint64 bucketMs = 0;
        qint64 fromMs = 0;
        qint64 toMs = 0;
    };
    std::optional<Wanted> m_requested;
    quint64 m_requestId = 0;
    bool m_historyUsed = false;

    QList<ChartBucket> m_buckets;
    QList<StatePoint> m_timeline;
    QList<TimelineEvent> m_listed;
    QString m_listedKey;

    QLabel *m_title;
    QLabel *m_details;
    QComboBox *m_rangeBox;
    QPushButton *m_resetButton;
    QCheckBox *m_clampBox;
    QLabel *m_viewNote;
    LabelStack *m_headerText;
    LabelStack *m_noteStack;
    QSplitter *m_splitter;
    QWidget *m_chartStack;
    QTreeWidget *m_eventList;
    TimeSeriesChart *m_latency;
    TimeSeriesChart *m_rates;
    TimeSeriesChart *m_breaker;
    TimeSeriesChart *m_queue;
};

} // namespace bw
