// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailpanel.h"

#include "displaytext.h"
#include "metrics/metricsstore.h"
#include "timeserieschart.h"
#include "uitr.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>
#include <vector>

namespace bw {

namespace {

constexpr qint64 p95BucketMs = 10'000;
constexpr qint64 minimumGapMs = 3'000;

QPointF gapMarker()
{
    return QPointF(0, std::numeric_limits<double>::quiet_NaN());
}

QString colouredText(const QString &text, const QColor &colour)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>")
        .arg(colour.name(), text.toHtmlEscaped());
}

} // namespace

qint64 timeRangeMs(TimeRange range)
{
    switch (range) {
    case TimeRange::OneMinute:
        return 60'000;
    case TimeRange::FiveMinutes:
        return 5 * 60'000;
    case TimeRange::FifteenMinutes:
        return 15 * 60'000;
    case TimeRange::SixtyMinutes:
        return 60 * 60'000;
    }
    Q_UNREACHABLE();
    return 0;
}

QString timeRangeText(TimeRange range)
{
    switch (range) {
    case TimeRange::OneMinute:
        return Tr::tr("Last 1 min");
    case TimeRange::FiveMinutes:
        return Tr::tr("Last 5 min");
    case TimeRange::FifteenMinutes:
        return Tr::tr("Last 15 min");
    case TimeRange::SixtyMinutes:
        return Tr::tr("Last 60 min");
    }
    Q_UNREACHABLE();
    return QString();
}

DetailPanel::DetailPanel(const MetricsStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_rangeBox(new QComboBox(this))
    , m_latency(new TimeSeriesChart(tr("Latency (ms)"), this))
    , m_rates(new TimeSeriesChart(tr("429s, errors and retries per second"), this))
    , m_breaker(new TimeSeriesChart(tr("Breaker"), this))
    , m_queue(new TimeSeriesChart(tr("Queue depth"), this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::RichText);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);

    for (const TimeRange range : allTimeRanges)
        m_rangeBox->addItem(timeRangeText(range), int(range));
    m_rangeBox->setCurrentIndex(m_rangeBox->findData(int(m_range)));
    m_rangeBox->setToolTip(tr("Time span of the charts; they follow the newest data. While "
                              "the data is younger, they show just the data, at least a minute."));
    connect(m_rangeBox, &QComboBox::activated, this, [this](int index) {
        setTimeRange(static_cast<TimeRange>(m_rangeBox->itemData(index).toInt()));
    });

    m_latency->addSeries(tr("attempts"), TimeSeriesChart::Kind::Line, SeriesColour::blue);
    m_latency->addSeries(tr("failed"), TimeSeriesChart::Kind::Scatter, SeriesColour::vermillion);
    m_latency->addSeries(tr("p95 (10 s)"), TimeSeriesChart::Kind::Step, SeriesColour::orange);
    m_latency->setMinimumValueTop(10);

    m_rates->addSeries(tr("429s"), TimeSeriesChart::Kind::Step, SeriesColour::purple);
    m_rates->addSeries(tr("errors"), TimeSeriesChart::Kind::Step, SeriesColour::vermillion);
    m_rates->addSeries(tr("retries"), TimeSeriesChart::Kind::Step, SeriesColour::sky);
    // Each retry usually follows a 429 or an error in the same second, so the steps often
    // coincide: wider lines underneath keep all three visible where they do.
    m_rates->setLineWidth(RateLimitedPerSecond, 4);
    m_rates->setLineWidth(ErrorsPerSecond, 2.5);
    m_rates->setMinimumValueTop(4);
    m_rates->setWholeNumbers(true);

    m_breaker->addSeries(tr("closed"), TimeSeriesChart::Kind::Band, QColor());
    m_breaker->addSeries(tr("half-open"), TimeSeriesChart::Kind::Band, QColor());
    m_breaker->addSeries(tr("open"), TimeSeriesChart::Kind::Band, QColor());
    m_breaker->setFixedValueRange(0, 1);
    applyBreakerColours();

    m_queue->addSeries(tr("waiting"), TimeSeriesChart::Kind::Step, SeriesColour::blue);
    m_queue->setMinimumValueTop(4);
    m_queue->setWholeNumbers(true);

    // Only the bottom chart carries time labels; the others share its geometry, so their
    // gridlines sit exactly above its ticks.
    for (TimeSeriesChart *chart : {m_latency, m_rates, m_breaker})
        chart->setTimeLabelsVisible(false);
    const int line = fontMetrics().height();
    m_breaker->setFixedHeight(line * 2 + 28);
    m_latency->setMinimumHeight(line * 7);
    m_rates->setMinimumHeight(line * 5);
    m_queue->setMinimumHeight(line * 6);

    auto *header = new QHBoxLayout;
    auto *headerText = new QVBoxLayout;
    headerText->setSpacing(2);
    headerText->addWidget(m_title);
    headerText->addWidget(m_details);
    header->addLayout(headerText, 1);
    header->addWidget(m_rangeBox, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addSpacing(6);
    layout->addWidget(m_latency, 3);
    layout->addWidget(m_rates, 2);
    layout->addWidget(m_breaker, 0);
    layout->addWidget(m_queue, 2);

    clearEndpoint();
}

void DetailPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyBreakerColours();
}

void DetailPanel::applyBreakerColours()
{
    // The same colours as the Breaker column and the overview's trend band, so that a state
    // reads the same everywhere; they depend on the palette to stay readable.
    const QPalette pal = palette();
    QColor closed = toneColour(breakerTone(BreakerState::Closed), pal);
    // Closed is the normal state: a paler fill lets the open and half-open spells stand out.
    closed.setAlpha(110);
    m_breaker->setSeriesColour(ClosedBand, closed);
    m_breaker->setSeriesColour(HalfOpenBand, toneColour(breakerTone(BreakerState::HalfOpen), pal));
    m_breaker->setSeriesColour(OpenBand, toneColour(breakerTone(BreakerState::Open), pal));
}

void DetailPanel::setEndpoint(const EndpointConfig &endpoint)
{
    m_endpoint = endpoint;
}

void DetailPanel::clearEndpoint()
{
    m_endpoint = EndpointConfig();
    m_title->setText(tr("No endpoint selected"));
    m_details->setText(tr("Select an endpoint in the table to see its charts."));
    clearCharts();
}

void DetailPanel::setTimeRange(TimeRange range)
{
    if (range == m_range)
        return;
    m_range = range;
    m_rangeBox->setCurrentIndex(m_rangeBox->findData(int(range)));
    refresh();
    emit timeRangeChanged(range);
}

QString DetailPanel::headerText() const
{
    QTextDocument document;
    document.setHtml(m_title->text() + QStringLiteral("<br>") + m_details->text());
    return document.toPlainText();
}

void DetailPanel::refresh()
{
    if (m_endpoint.id.isEmpty() || !m_store->series(m_endpoint.id)) {
        clearEndpoint();
        return;
    }
    qint64 toMs = m_store->latestMs();
    if (toMs <= 0)
        toMs = QDateTime::currentMSecsSinceEpoch();
    refreshHeader(toMs);
    const qint64 firstMs = firstDataMs(*m_store->series(m_endpoint.id));
    refreshCharts(toMs - followSpanMs(firstMs, toMs, timeRangeMs(m_range)), toMs);
}

void DetailPanel::refreshHeader(qint64 nowMs)
{
    const EndpointSeries &series = *m_store->series(m_endpoint.id);
    const EndpointStatus &status = series.status;
    const QPalette pal = palette();
    const HealthVerdict verdict = judgeHealth(series, nowMs);
    const QString name = m_endpoint.name.isEmpty() ? m_endpoint.id : m_endpoint.name;
    m_title->setText(colouredText(QStringLiteral("●"), toneColour(verdict.tone, pal))
                     + QLatin1Char(' ') + name.toHtmlEscaped() + QStringLiteral(" &nbsp;")
                     + colouredText(healthText(verdict.health), toneColour(verdict.tone, pal)));

    const QLocale locale;
    QStringList parts;
    parts << displayUrl(m_endpoint.url).toHtmlEscaped();
    parts << tr("Breaker: %1")
                 .arg(colouredText(breakerText(status.breaker),
                                   toneColour(breakerTone(status.breaker), pal)));
    parts << (status.currentRate > 0
                  ? tr("Limiter: %1 req/s").arg(locale.toString(status.currentRate, 'f', 1))
                  : tr("Limiter: off"));
    if (status.pausedUntil && toEpochMs(*status.pausedUntil) > nowMs) {
        parts << colouredText(
            tr("Paused until %1").arg(formatClock(toEpochMs(*status.pausedUntil))),
            toneColour(Tone::Holding, pal));
    }
    parts << tr("In flight: %1").arg(status.inFlight);
    parts << tr("Queue: %1").arg(status.queueDepth);
    if (series.p95Ms >= 0)
        parts << tr("p95: %1 ms").arg(formatMs(series.p95Ms));
    m_details->setText(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
}

void DetailPanel::refreshCharts(qint64 fromMs, qint64 toMs)
{
    const EndpointSeries &series = *m_store->series(m_endpoint.id);
    for (TimeSeriesChart *chart : {m_latency, m_rates, m_breaker, m_queue})
        chart->setTimeWindow(fromMs, toMs);

    // Latency: every sent attempt, failed ones marked, and p95 per 10-second bucket. The
    // line breaks where no attempt was sent for a while (breaker open, long pause), so it
    // never suggests traffic that did not happen.
    std::vector<LatencyPoint> sorted(series.latencies.cbegin(), series.latencies.cend());
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const LatencyPoint &a, const LatencyPoint &b) { return a.atMs < b.atMs; });
    const qint64 gapMs = std::max<qint64>(minimumGapMs, 3 * m_endpoint.interval.count());
    QList<QPointF> attempts;
    QList<QPointF> failed;
    struct P95Bucket
    {
        qint64 firstAtMs = 0;
        std::vector<double> values;
    };
    QMap<qint64, P95Bucket> buckets;
    attempts.reserve(qsizetype(sorted.size()));
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        const LatencyPoint &point = sorted[i];
        if (i > 0 && point.atMs - sorted[i - 1].atMs > gapMs)
            attempts.append(gapMarker());
        const QPointF p(double(point.atMs), point.latencyMs);
        attempts.append(p);
        if (point.outcome != Outcome::Ok)
            failed.append(p);
        if (point.atMs >= fromMs - p95BucketMs) {
            P95Bucket &bucket = buckets[point.atMs / p95BucketMs];
            if (bucket.values.empty())
                bucket.firstAtMs = point.atMs;
            bucket.values.push_back(point.latencyMs);
        }
    }
    QList<QPointF> p95;
    for (auto it = buckets.begin(); it != buckets.end(); ++it) {
        // A run of buckets starts at its first sample, not at the bucket's boundary, so the
        // step does not claim a p95 for seconds before the data began.
        const bool runStart = it == buckets.begin() || std::prev(it).key() != it.key() - 1;
        const double start = double(runStart ? it->firstAtMs : it.key() * p95BucketMs);
        p95.append(QPointF(start, quantile(it->values, 0.95)));
        const auto next = std::next(it);
        if (next == buckets.end() || next.key() != it.key() + 1) {
            const double end = double((it.key() + 1) * p95BucketMs);
            p95.append(QPointF(std::min(end, double(toMs)), p95.last().y()));
            p95.append(gapMarker());
        }
    }
    m_latency->setSeriesPoints(AttemptLatency, attempts);
    m_latency->setSeriesPoints(FailedAttempts, failed);
    m_latency->setSeriesPoints(P95Latency, p95);

    // 429s, errors and retries per second. Seconds without a bucket had no attempt: draw
    // them as 0.
    QList<QPointF> limited;
    QList<QPointF> errors;
    QList<QPointF> retries;
    const auto appendSecond = [&](qint64 second, int rateLimited, int failures, int retried) {
        const double x = double(second * 1000);
        limited.append(QPointF(x, rateLimited));
        errors.append(QPointF(x, failures));
        retries.append(QPointF(x, retried));
    };
    std::optional<qint64> previous;
    for (const SecondBucket &bucket : series.seconds) {
        if (previous && bucket.second > *previous + 1)
            appendSecond(*previous + 1, 0, 0, 0);
        appendSecond(bucket.second, bucket.rateLimited, bucket.errors(), bucket.retries);
        previous = bucket.second;
    }
    if (previous)
        appendSecond(*previous + 1, 0, 0, 0);
    m_rates->setSeriesPoints(RateLimitedPerSecond, limited);
    m_rates->setSeriesPoints(ErrorsPerSecond, errors);
    m_rates->setSeriesPoints(RetriesPerSecond, retries);

    // Breaker band: one 0/1 staircase per state, clipped to the window.
    std::array<QList<QPointF>, 3> bands;
    const auto &timeline = series.breakerTimeline;
    for (std::size_t i = 0; i < timeline.size(); ++i) {
        const qint64 start = std::max(timeline[i].atMs, fromMs);
        const qint64 end = std::min(i + 1 < timeline.size() ? timeline[i + 1].atMs : toMs, toMs);
        if (end <= start)
            continue;
        const int band = timeline[i].state == BreakerState::Closed     ? ClosedBand
                         : timeline[i].state == BreakerState::HalfOpen ? HalfOpenBand
                                                                       : OpenBand;
        bands[band] << QPointF(double(start), 0) << QPointF(double(start), 1)
                    << QPointF(double(end), 1) << QPointF(double(end), 0);
    }
    for (int band = ClosedBand; band <= OpenBand; ++band)
        m_breaker->setSeriesPoints(band, bands[band]);
    // A line at each transition, so that a half-open probe lasting milliseconds, too short
    // for the band to show, is still seen. The oldest entry is the state found at the first
    // update, not a transition.
    QList<qint64> transitions;
    for (std::size_t i = 1; i < timeline.size(); ++i)
        transitions.append(timeline[i].atMs);
    m_breaker->setMarkerTimes(transitions);

    // Queue depth: the per-second maximum, the last value held until now.
    QList<QPointF> depth;
    depth.reserve(qsizetype(series.queueDepth.size()) + 1);
    for (const DepthPoint &point : series.queueDepth)
        depth.append(QPointF(double(point.atMs), point.depth));
    if (!depth.isEmpty() && depth.last().x() < double(toMs))
        depth.append(QPointF(double(toMs), depth.last().y()));
    m_queue->setSeriesPoints(0, depth);
}

void DetailPanel::clearCharts()
{
    for (TimeSeriesChart *chart : {m_latency, m_rates, m_breaker, m_queue}) {
        for (int i = 0; i < chart->seriesCount(); ++i)
            chart->setSeriesPoints(i, {});
        chart->setMarkerTimes({});
    }
}

} // namespace bw
