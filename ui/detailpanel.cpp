// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailpanel.h"

#include "displaytext.h"
#include "historyreader.h"
#include "metrics/csv.h"
#include "metrics/metricsstore.h"
#include "timeserieschart.h"
#include "uitr.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPixmap>
#include <QPushButton>
#include <QSplitter>
#include <QTextDocument>
#include <QToolTip>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace bw {

namespace {

constexpr qint64 minimumGapMs = 3'000;
constexpr qint64 minimumViewMs = 2'000;
constexpr qint64 maximumViewMs = 400LL * 24 * 3'600'000;
constexpr int customRangeData = -1;

QPointF gapMarker()
{
    return QPointF(0, std::numeric_limits<double>::quiet_NaN());
}

QString colouredText(const QString &text, const QColor &colour)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>")
        .arg(colour.name(), text.toHtmlEscaped());
}

QString dateTimeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString levelText(HistoryLevel level)
{
    switch (level) {
    case HistoryLevel::Raw:
        return Tr::tr("raw attempts");
    case HistoryLevel::Minute:
        return Tr::tr("1-minute rollups");
    case HistoryLevel::Hour:
        return Tr::tr("1-hour rollups");
    }
    return QString();
}

QString eventText(const TimelineEvent &event)
{
    switch (event.kind) {
    case TimelineEvent::Kind::Breaker:
        return Tr::tr("Breaker %1 → %2").arg(breakerText(event.from), breakerText(event.to));
    case TimelineEvent::Kind::Pause:
        return Tr::tr("Server asked for a pause of %1 s")
            .arg(QLocale().toString(double(event.durationMs) / 1000.0, 'f', 1));
    case TimelineEvent::Kind::Config:
        return Tr::tr("Configuration: %1").arg(event.detail);
    }
    return QString();
}

QString latencyText(double ms)
{
    return ms < 0 ? QStringLiteral("–") : Tr::tr("%1 ms").arg(formatMs(ms));
}

} // namespace

/// Holds labels whose text changes on every refresh, one under the other, placed by hand.
/// A QLabel asks its parent's layout to run again on each setText; for the word-wrapped
/// rich-text header that meant laying its text out a dozen times per refresh, about a fifth
/// of a refresh's cost. Here a changed text costs one heightForWidth, and the panel's layout
/// runs only when the labels' total height changes.
class LabelStack final : public QWidget
{
public:
    explicit LabelStack(QWidget *parent)
        : QWidget(parent)
    {
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    }

    void addLabel(QLabel *label, int spacingAbove)
    {
        label->setParent(this);
        m_labels.append({label, spacingAbove});
    }

    /// Places the labels for the current width; call after changing their text.
    void relayout()
    {
        const int w = width();
        int y = 0;
        for (const auto &[label, spacing] : std::as_const(m_labels)) {
            if (y > 0)
                y += spacing;
            const int h = label->hasHeightForWidth() ? label->heightForWidth(w)
                                                     : label->sizeHint().height();
            label->setGeometry(0, y, w, h);
            y += h;
        }
        if (y != height())
            setFixedHeight(y);
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QWidget::resizeEvent(event);
        relayout();
    }

private:
    QList<std::pair<QLabel *, int>> m_labels;
};

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
    case TimeRange::TwentyFourHours:
        return 24 * 3'600'000LL;
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
    case TimeRange::TwentyFourHours:
        return Tr::tr("Last 24 h");
    }
    Q_UNREACHABLE();
    return QString();
}

DetailPanel::DetailPanel(const MetricsStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_reader(new HistoryReader(this))
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_rangeBox(new QComboBox(this))
    , m_resetButton(new QPushButton(tr("Live"), this))
    , m_clampBox(new QCheckBox(tr("Clamp outliers"), this))
    , m_viewNote(new QLabel(this))
    , m_headerText(new LabelStack(this))
    , m_noteStack(new LabelStack(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_chartStack(new QWidget(this))
    , m_eventList(new QTreeWidget(this))
    , m_latency(new TimeSeriesChart(tr("Latency (ms)"), m_chartStack))
    , m_rates(new TimeSeriesChart(tr("429s, errors and retries per second"), m_chartStack))
    , m_breaker(new TimeSeriesChart(tr("Breaker"), m_chartStack))
    , m_queue(new TimeSeriesChart(tr("Queue depth"), m_chartStack))
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
    m_rangeBox->addItem(tr("Custom range…"), customRangeData);
    m_rangeBox->setCurrentIndex(m_rangeBox->findData(int(m_range)));
    m_rangeBox->setToolTip(tr("Time span of the charts; they follow the newest data. Without a "
                              "history file, while the data is younger they show just the "
                              "data, at least a minute."));
    connect(m_rangeBox, &QComboBox::activated, this, [this](int index) {
        const int choice = m_rangeBox->itemData(index).toInt();
        if (choice == customRangeData) {
            chooseCustomRange();
            return;
        }
        const auto range = static_cast<TimeRange>(choice);
        if (range == m_range)
            resetView();
        else
            setTimeRange(range);
    });
    m_resetButton->setCheckable(true);
    m_resetButton->setChecked(true);
    m_resetButton->setToolTip(tr("Follow the newest data again over the chosen range (also: "
                                 "double-click a chart). Wheel zooms, dragging pans, dragging "
                                 "with the right button (or Shift) zooms into a span."));
    connect(m_resetButton, &QPushButton::clicked, this, [this] { resetView(); });
    m_clampBox->setToolTip(tr("Scale each chart to the 95th percentile of the visible values "
                              "instead of the maximum, so one outlier does not flatten it."));
    connect(m_clampBox, &QCheckBox::toggled, this, &DetailPanel::setClampOutliers);
    m_viewNote->setTextFormat(Qt::PlainText);
    QPalette notePalette = m_viewNote->palette();
    notePalette.setColor(QPalette::WindowText, notePalette.color(QPalette::PlaceholderText));
    m_viewNote->setPalette(notePalette);

    m_latency->addSeries(tr("max"), TimeSeriesChart::Kind::Step, SeriesColour::sky);
    m_latency->addSeries(tr("p99"), TimeSeriesChart::Kind::Step, SeriesColour::purple);
    m_latency->addSeries(tr("p95"), TimeSeriesChart::Kind::Step, SeriesColour::orange);
    m_latency->addSeries(tr("p50"), TimeSeriesChart::Kind::Step, SeriesColour::blue);
    m_latency->addSeries(tr("failed"), TimeSeriesChart::Kind::Scatter, SeriesColour::vermillion);
    // With few attempts per bucket the upper percentiles often equal the maximum: wider
    // lines underneath keep each of them visible where they coincide.
    m_latency->setLineWidth(MaxLatency, 5);
    m_latency->setLineWidth(P99Latency, 3);
    m_latency->setLineWidth(P95Latency, 1.5);
    m_latency->setLineWidth(P50Latency, 2);
    m_latency->setMinimumValueTop(10);

    m_rates->addSeries(tr("429s"), TimeSeriesChart::Kind::Step, SeriesColour::purple);
    m_rates->addSeries(tr("errors"), TimeSeriesChart::Kind::Step, SeriesColour::vermillion);
    m_rates->addSeries(tr("retries"), TimeSeriesChart::Kind::Step, SeriesColour::sky);
    // Each retry usually follows a 429 or an error in the same second, so the steps often
    // coincide: wider lines underneath keep all three visible where they do.
    m_rates->setLineWidth(RateLimitedPerSecond, 4);
    m_rates->setLineWidth(ErrorsPerSecond, 2.5);
    m_rates->setMinimumValueTop(4);

    m_breaker->addSeries(tr("closed"), TimeSeriesChart::Kind::Band, QColor());
    m_breaker->addSeries(tr("half-open"), TimeSeriesChart::Kind::Band, QColor());
    m_breaker->addSeries(tr("open"), TimeSeriesChart::Kind::Band, QColor());
    m_breaker->setFixedValueRange(0, 1);
    applyBreakerColours();

    m_queue->addSeries(tr("waiting"), TimeSeriesChart::Kind::Step, SeriesColour::blue);
    m_queue->addSeries(tr("drained/s"), TimeSeriesChart::Kind::Line, SeriesColour::green);
    m_queue->addSeries(tr("dead letters"), TimeSeriesChart::Kind::Step, SeriesColour::vermillion);
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

    for (TimeSeriesChart *chart : charts()) {
        chart->setToolTip(QString());
        connect(chart, &TimeSeriesChart::hovered, this,
                [this, chart](qint64 atMs, const QPoint &globalPos) {
                    onHover(chart, atMs, globalPos);
                });
        connect(chart, &TimeSeriesChart::hoverLeft, this, &DetailPanel::onHoverLeft);
        connect(chart, &TimeSeriesChart::zoomRequested, this, &DetailPanel::zoom);
        connect(chart, &TimeSeriesChart::panRequested, this, &DetailPanel::pan);
        connect(chart, &TimeSeriesChart::rangeSelected, this, &DetailPanel::setViewWindow);
        connect(chart, &TimeSeriesChart::resetRequested, this, &DetailPanel::resetView);
        connect(chart, &TimeSeriesChart::contextMenuRequested, this,
                [this, chart](const QPoint &globalPos) { showChartMenu(chart, globalPos); });
    }

    auto *stackLayout = new QVBoxLayout(m_chartStack);
    stackLayout->setContentsMargins(0, 0, 0, 0);
    stackLayout->setSpacing(0);
    stackLayout->addWidget(m_latency, 3);
    stackLayout->addWidget(m_rates, 2);
    stackLayout->addWidget(m_breaker, 0);
    stackLayout->addWidget(m_queue, 2);

    m_eventList->setColumnCount(2);
    m_eventList->setHeaderLabels({tr("Time"), tr("Event")});
    m_eventList->setRootIsDecorated(false);
    m_eventList->setUniformRowHeights(true);
    m_eventList->setAlternatingRowColors(true);
    m_eventList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_eventList->header()->setStretchLastSection(true);
    m_eventList->setColumnWidth(0, fontMetrics().horizontalAdvance(
                                       QStringLiteral("0000-00-00 00:00:00")) + 16);
    m_eventList->setToolTip(tr("Breaker transitions, server-requested pauses and configuration "
                               "changes; select one to mark it on the charts."));
    connect(m_eventList, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            selectEvent(m_eventList->indexOfTopLevelItem(item));
    });

    m_splitter->addWidget(m_chartStack);
    m_splitter->addWidget(m_eventList);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(true);
    m_splitter->setSizes({860, 400});

    auto *header = new QHBoxLayout;
    m_headerText->addLabel(m_title, 0);
    m_headerText->addLabel(m_details, 2);
    header->addWidget(m_headerText, 1);
    auto *controls = new QHBoxLayout;
    controls->setSpacing(6);
    controls->addWidget(m_clampBox);
    controls->addWidget(m_resetButton);
    controls->addWidget(m_rangeBox);
    header->addLayout(controls);
    header->setAlignment(controls, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addSpacing(6);
    layout->addWidget(m_splitter, 1);
    m_noteStack->addLabel(m_viewNote, 0);
    layout->addWidget(m_noteStack);

    connect(m_reader, &HistoryReader::sliceReady, this, &DetailPanel::onSliceReady);
    clearEndpoint();
}

DetailPanel::~DetailPanel() = default;

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
    if (endpoint.id != m_endpoint.id) {
        m_selectedEventMs = -1;
        m_listedKey.clear();
        m_forceCharts = true;
    }
    m_endpoint = endpoint;
}

void DetailPanel::clearEndpoint()
{
    m_endpoint = EndpointConfig();
    m_forceCharts = true;
    m_title->setText(tr("No endpoint selected"));
    m_details->setText(tr("Select an endpoint in the table to see its charts."));
    m_headerText->relayout();
    m_buckets.clear();
    m_timeline.clear();
    m_listed.clear();
    m_listedKey.clear();
    m_eventList->clear();
    m_selectedEventMs = -1;
    clearCharts();
}

void DetailPanel::setTimeRange(TimeRange range)
{
    const bool changed = range != m_range;
    m_range = range;
    m_live = true;
    m_forceCharts = true;
    m_rangeBox->setCurrentIndex(m_rangeBox->findData(int(range)));
    refresh();
    if (changed)
        emit timeRangeChanged(range);
}

void DetailPanel::setHistoryPath(const QString &path)
{
    m_historyPath = path;
    m_forceCharts = true;
    m_slice.reset();
    m_requested.reset();
}

void DetailPanel::setViewWindow(qint64 fromMs, qint64 toMs)
{
    const qint64 span = std::clamp(toMs - fromMs, minimumViewMs, maximumViewMs);
    const qint64 centre = fromMs / 2 + toMs / 2;
    m_viewFrom = centre - span / 2;
    m_viewTo = m_viewFrom + span;
    m_live = false;
    refresh();
}

void DetailPanel::zoom(qint64 centreMs, double factor)
{
    const auto [from, to] = viewWindow();
    const double span = double(to - from);
    const double newSpan = std::clamp(span * factor, double(minimumViewMs), double(maximumViewMs));
    // The instant under the cursor stays under the cursor.
    const double fraction = span > 0 ? double(centreMs - from) / span : 0.5;
    const auto newFrom = qint64(std::llround(double(centreMs) - fraction * newSpan));
    setViewWindow(newFrom, newFrom + qint64(newSpan));
}

void DetailPanel::pan(qint64 deltaMs)
{
    const auto [from, to] = viewWindow();
    setViewWindow(from + deltaMs, to + deltaMs);
}

void DetailPanel::resetView()
{
    m_live = true;
    m_forceCharts = true;
    m_rangeBox->setCurrentIndex(m_rangeBox->findData(int(m_range)));
    refresh();
}

void DetailPanel::setClampOutliers(bool clamp)
{
    m_clamp = clamp;
    m_forceCharts = true;
    if (m_clampBox->isChecked() != clamp)
        m_clampBox->setChecked(clamp);
    for (TimeSeriesChart *chart : {m_latency, m_rates, m_queue})
        chart->setClampQuantile(clamp ? 0.95 : 0);
    refresh();
}

void DetailPanel::chooseCustomRange()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Custom Range"));
    auto *from = new QDateTimeEdit(&dialog);
    auto *to = new QDateTimeEdit(&dialog);
    for (QDateTimeEdit *edit : {from, to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        edit->setCalendarPopup(true);
    }
    const auto [shownFrom, shownTo] = viewWindow();
    from->setDateTime(QDateTime::fromMSecsSinceEpoch(shownFrom));
    to->setDateTime(QDateTime::fromMSecsSinceEpoch(shownTo));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("From (local time):"), from);
    form->addRow(tr("To (local time):"), to);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted && from->dateTime() < to->dateTime())
        setViewWindow(from->dateTime().toMSecsSinceEpoch(), to->dateTime().toMSecsSinceEpoch());
    else
        updateViewControls();
}

void DetailPanel::updateViewControls()
{
    m_resetButton->setChecked(m_live);
    if (m_live)
        m_rangeBox->setCurrentIndex(m_rangeBox->findData(int(m_range)));
    else
        m_rangeBox->setCurrentIndex(m_rangeBox->findData(customRangeData));
    const QString note = historyNote();
    if (note != m_viewNote->text()) {
        m_viewNote->setText(note);
        m_noteStack->relayout();
    }
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
        updateViewControls();
        return;
    }
    qint64 nowMs = m_store->latestMs();
    if (nowMs <= 0)
        nowMs = QDateTime::currentMSecsSinceEpoch();
    refreshHeader(nowMs);
    // Skipped only when the data clock moved on by less than the interval: a refresh at the
    // same instant (an idle tick, or a test feeding updates stamped alike) still redraws.
    if (m_live && !m_forceCharts && nowMs > m_chartsDrawnAtMs
        && nowMs - m_chartsDrawnAtMs < chartRedrawIntervalMs(timeRangeMs(m_range)))
        return;
    m_forceCharts = false;
    m_chartsDrawnAtMs = nowMs;
    qint64 fromMs = m_viewFrom;
    qint64 toMs = m_viewTo;
    if (m_live) {
        toMs = nowMs;
        qint64 firstMs = firstDataMs(*m_store->series(m_endpoint.id));
        // With a history file the earlier data may be there: show the whole range.
        if (!m_historyPath.isEmpty())
            firstMs = 0;
        fromMs = toMs - followSpanMs(firstMs, toMs, timeRangeMs(m_range));
    }
    refreshCharts(fromMs, toMs);
    refreshEvents();
    updateViewControls();
}

qint64 DetailPanel::chartRedrawIntervalMs(qint64 spanMs)
{
    // A 24-hour view moves by one pixel column every couple of minutes: redrawing it four
    // times a second would only cost time.
    return std::clamp<qint64>(chartBucketMsForSpan(spanMs) / 5, 250, 5'000);
}

void DetailPanel::refreshHeader(qint64 nowMs)
{
    const EndpointSeries &series = *m_store->series(m_endpoint.id);
    const EndpointStatus &status = series.status;
    const QPalette pal = palette();
    const HealthVerdict verdict = judgeHealth(series, nowMs);
    const QString name = m_endpoint.name.isEmpty() ? m_endpoint.id : m_endpoint.name;
    const QString title
        = colouredText(QStringLiteral("●"), toneColour(verdict.tone, pal)) + QLatin1Char(' ')
          + name.toHtmlEscaped() + QStringLiteral(" &nbsp;")
          + colouredText(healthText(verdict.health), toneColour(verdict.tone, pal));
    bool changed = title != m_title->text();
    if (changed)
        m_title->setText(title);

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
    const QString details = parts.join(QStringLiteral(" &nbsp;·&nbsp; "));
    if (details != m_details->text()) {
        m_details->setText(details);
        changed = true;
    }
    if (changed)
        m_headerText->relayout();
}

QList<ChartBucket> DetailPanel::historyBuckets(qint64 fromMs, qint64 beforeMs, qint64 spanMs,
                                               qint64 bucketMs)
{
    m_historyUsed = false;
    if (m_historyPath.isEmpty() || fromMs >= beforeMs)
        return {};
    const HistoryLevel level = historyLevelForSpan(spanMs);
    const qint64 wantedBucket = level == HistoryLevel::Raw ? bucketMs : 0;
    const auto covers = [&](const QString &id, HistoryLevel l, qint64 b, qint64 from, qint64 to) {
        return id == m_endpoint.id && l == level && (wantedBucket == 0 || b == wantedBucket)
               && from <= fromMs && to >= beforeMs;
    };
    const bool sliceCovers = m_slice
                             && covers(m_slice->endpointId, m_slice->level,
                                       level == HistoryLevel::Raw ? m_slice->bucketMs : 0,
                                       m_slice->fromMs, m_slice->toMs);
    const bool requestCovers = m_requested
                               && covers(m_requested->endpointId, m_requested->level,
                                         m_requested->bucketMs, m_requested->fromMs,
                                         m_requested->toMs);
    if (!sliceCovers && !requestCovers) {
        // Ask for a margin on both sides, so that panning or following live does not ask
        // again at every step.
        const qint64 margin = spanMs / 4;
        Wanted wanted{m_endpoint.id, level, wantedBucket,
                      (fromMs - margin) / std::max<qint64>(bucketMs, 1) * bucketMs,
                      beforeMs + margin};
        m_requestId = m_reader->request(m_historyPath, wanted.endpointId, wanted.level,
                                        wanted.fromMs, wanted.toMs, bucketMs);
        m_requested = wanted;
    }
    // Whatever slice of this endpoint is at hand is drawn meanwhile, even at another level.
    if (!m_slice || m_slice->endpointId != m_endpoint.id || !m_slice->error.isEmpty())
        return {};
    QList<ChartBucket> buckets;
    for (const ChartBucket &bucket : std::as_const(m_slice->buckets)) {
        if (bucket.startMs + bucket.spanMs > fromMs && bucket.startMs < beforeMs)
            buckets.append(bucket);
    }
    m_historyUsed = true;
    return buckets;
}

void DetailPanel::onSliceReady(const HistorySlice &slice)
{
    if (slice.requestId != m_requestId)
        return;
    m_slice = slice;
    m_requested.reset();
    m_forceCharts = true;
    refresh();
    emit historyLoaded();
}

void DetailPanel::refreshCharts(qint64 fromMs, qint64 toMs)
{
    const EndpointSeries &series = *m_store->series(m_endpoint.id);
    m_shownFrom = fromMs;
    m_shownTo = std::max(toMs, fromMs + 1);
    for (TimeSeriesChart *chart : charts())
        chart->setTimeWindow(fromMs, toMs);

    // In-memory data from its first second on; history (if any) before that.
    const qint64 spanMs = m_shownTo - m_shownFrom;
    const qint64 bucketMs = chartBucketMsForSpan(spanMs);
    const qint64 firstMs = firstDataMs(series);
    m_liveStartMs = firstMs > 0 ? firstMs / bucketMs * bucketMs
                                : std::max(toMs, m_store->latestMs()) + 1;
    QList<ChartBucket> buckets = historyBuckets(fromMs - bucketMs, std::min(toMs, m_liveStartMs),
                                                spanMs, bucketMs);
    // The history's breaker states are drawn only where history has data: before its first
    // bucket and after its last, nothing ran (or nothing is known), and the state of the last
    // transition would claim otherwise.
    qint64 historyDataFrom = 0;
    qint64 historyDataTo = 0;
    if (!buckets.isEmpty()) {
        historyDataFrom = buckets.first().startMs;
        historyDataTo = buckets.last().startMs + buckets.last().spanMs;
    }
    if (toMs >= m_liveStartMs)
        buckets += bucketsFromSeries(series, std::max(fromMs - bucketMs, m_liveStartMs),
                                     toMs + 1, bucketMs);
    m_buckets = buckets;

    // Latency per bucket. A line breaks where no attempt was sent for a while (breaker
    // open, long pause), so it never suggests traffic that did not happen.
    const qint64 gapMs = std::max<qint64>(minimumGapMs, 3 * m_endpoint.interval.count());
    std::array<QList<QPointF>, 4> latency;
    const ChartBucket *previous = nullptr;
    const auto closeRun = [&](const ChartBucket &b, bool gap) {
        const double end = double(std::min(b.startMs + b.spanMs, m_shownTo));
        const std::array<double, 4> values{b.maxMs, b.p99Ms, b.p95Ms, b.p50Ms};
        for (int i = 0; i < 4; ++i) {
            latency[i].append(QPointF(end, values[i]));
            if (gap)
                latency[i].append(gapMarker());
        }
    };
    for (const ChartBucket &b : std::as_const(buckets)) {
        if (b.maxMs < 0)
            continue;
        if (previous && b.startMs - (previous->startMs + previous->spanMs) > gapMs)
            closeRun(*previous, true);
        const std::array<double, 4> values{b.maxMs, b.p99Ms, b.p95Ms, b.p50Ms};
        for (int i = 0; i < 4; ++i)
            latency[i].append(QPointF(double(b.startMs), values[i]));
        previous = &b;
    }
    if (previous)
        closeRun(*previous, false);
    m_latency->setSeriesPoints(MaxLatency, latency[0]);
    m_latency->setSeriesPoints(P99Latency, latency[1]);
    m_latency->setSeriesPoints(P95Latency, latency[2]);
    m_latency->setSeriesPoints(P50Latency, latency[3]);
    // Failed attempts one by one, from memory (history keeps them only as counts).
    QList<QPointF> failed;
    for (const LatencyPoint &point : series.latencies) {
        if (point.outcome != Outcome::Ok && point.atMs >= fromMs && point.atMs <= toMs)
            failed.append(QPointF(double(point.atMs), point.latencyMs));
    }
    m_latency->setSeriesPoints(FailedAttempts, failed);

    // 429s, errors and retries per second, averaged over each bucket. Buckets without
    // attempts are drawn as 0.
    std::array<QList<QPointF>, 3> rates;
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        const ChartBucket &b = buckets.at(i);
        const std::array<double, 3> values{b.perSecond(b.rateLimited), b.perSecond(b.errors),
                                           b.perSecond(b.retries)};
        const qint64 end = b.startMs + b.spanMs;
        const bool adjacent = i + 1 < buckets.size() && buckets.at(i + 1).startMs <= end;
        for (int s = 0; s < 3; ++s) {
            rates[s].append(QPointF(double(b.startMs), values[s]));
            if (!adjacent)
                rates[s].append(QPointF(double(end), 0));
        }
    }
    for (int s = 0; s < 3; ++s)
        m_rates->setSeriesPoints(s, rates[s]);

    // Breaker band: one 0/1 staircase per state, clipped to the window; history before the
    // in-memory timeline, which starts with the state found at the first update.
    // The first entry of each part is a starting state, not a transition: only the others
    // get a marker line.
    QList<StatePoint> timeline;
    QList<qint64> transitions;
    qsizetype fromHistory = 0;
    if (m_historyUsed && m_slice) {
        for (qsizetype i = 0; i < m_slice->breaker.size(); ++i) {
            const StatePoint &point = m_slice->breaker.at(i);
            if (point.atMs >= m_liveStartMs && !series.breakerTimeline.empty())
                break;
            timeline.append(point);
            if (i > 0)
                transitions.append(point.atMs);
        }
        fromHistory = timeline.size();
    }
    for (std::size_t i = 0; i < series.breakerTimeline.size(); ++i) {
        const StatePoint &point = series.breakerTimeline[i];
        if (!timeline.isEmpty() && point.atMs < timeline.last().atMs)
            continue;
        timeline.append(point);
        if (i > 0)
            transitions.append(point.atMs);
    }
    m_timeline = timeline;
    std::array<QList<QPointF>, 3> bands;
    for (qsizetype i = 0; i < timeline.size(); ++i) {
        qint64 start = std::max(timeline[i].atMs, fromMs);
        qint64 end = std::min(i + 1 < timeline.size() ? timeline[i + 1].atMs : toMs, toMs);
        if (i < fromHistory) {
            start = std::max(start, historyDataFrom);
            end = std::min(end, historyDataTo);
        }
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
    // for the band to show, is still seen.
    m_breaker->setMarkerTimes(transitions);

    // Queue depth: the maximum per bucket, the last value held until now.
    QList<QPointF> depth;
    for (const ChartBucket &b : std::as_const(buckets)) {
        if (b.maxQueueDepth >= 0)
            depth.append(QPointF(double(b.startMs), b.maxQueueDepth));
    }
    if (!depth.isEmpty() && depth.last().x() < double(toMs) && toMs >= m_liveStartMs)
        depth.append(QPointF(double(toMs), depth.last().y()));
    m_queue->setSeriesPoints(QueueWaiting, depth);
    // Deliver mode: the drain rate and the dead letters on the same axis (both are usually
    // small next to a backlog). Known limitation: live data only, since the history file
    // keeps neither figure; earlier runs show the depth alone.
    QList<QPointF> drain;
    QList<QPointF> dead;
    if (m_endpoint.mode == EndpointMode::Deliver) {
        for (const ChartBucket &b : std::as_const(buckets)) {
            if (b.drainRate >= 0)
                drain.append(QPointF(double(b.startMs), b.drainRate));
            if (b.deadLetters >= 0)
                dead.append(QPointF(double(b.startMs), double(b.deadLetters)));
        }
        if (!dead.isEmpty() && dead.last().x() < double(toMs) && toMs >= m_liveStartMs)
            dead.append(QPointF(double(toMs), dead.last().y()));
    }
    m_queue->setSeriesPoints(QueueDrainRate, drain);
    m_queue->setSeriesPoints(QueueDeadLetters, dead);

    for (TimeSeriesChart *chart : charts())
        chart->setHighlightTime(m_selectedEventMs);
}

void DetailPanel::refreshEvents()
{
    QList<TimelineEvent> events;
    if (m_events)
        events = m_events->events(m_endpoint.id);
    // Breaker transitions from history, for the time before this run's own events.
    if (m_slice && m_slice->endpointId == m_endpoint.id) {
        const qint64 firstOwn = events.isEmpty() ? std::numeric_limits<qint64>::max()
                                                 : events.first().atMs;
        QList<TimelineEvent> earlier;
        for (const BreakerEvent &event : std::as_const(m_slice->events)) {
            const qint64 atMs = toEpochMs(event.at);
            if (atMs >= firstOwn || atMs >= m_liveStartMs)
                continue;
            TimelineEvent e;
            e.atMs = atMs;
            e.kind = TimelineEvent::Kind::Breaker;
            e.endpointId = event.endpointId;
            e.from = event.from;
            e.to = event.to;
            e.detail = event.reason;
            earlier.append(e);
        }
        events = earlier + events;
    }
    std::reverse(events.begin(), events.end());

    const QString key = QStringLiteral("%1/%2/%3/%4")
                            .arg(m_endpoint.id)
                            .arg(m_events ? m_events->revision() : 0)
                            .arg(m_slice ? m_slice->requestId : 0)
                            .arg(events.size());
    if (key == m_listedKey)
        return;
    m_listedKey = key;
    m_listed = events;
    const QSignalBlocker blocker(m_eventList);
    m_eventList->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(events.size());
    QTreeWidgetItem *selected = nullptr;
    for (const TimelineEvent &event : std::as_const(events)) {
        auto *item = new QTreeWidgetItem({dateTimeText(event.atMs), eventText(event)});
        // The full text, and the engine's reason for a transition (in English), on hover.
        item->setToolTip(1, !event.detail.isEmpty() && event.kind == TimelineEvent::Kind::Breaker
                                ? eventText(event) + QLatin1Char('\n') + event.detail
                                : eventText(event));
        if (event.atMs == m_selectedEventMs && !selected)
            selected = item;
        items.append(item);
    }
    m_eventList->addTopLevelItems(items);
    if (selected)
        m_eventList->setCurrentItem(selected);
}

void DetailPanel::selectEvent(int row)
{
    if (row < 0 || row >= m_listed.size())
        return;
    if (m_eventList->indexOfTopLevelItem(m_eventList->currentItem()) != row) {
        const QSignalBlocker blocker(m_eventList);
        m_eventList->setCurrentItem(m_eventList->topLevelItem(row));
    }
    m_selectedEventMs = m_listed.at(row).atMs;
    // The view keeps its span and centres on the event.
    const auto [from, to] = viewWindow();
    const qint64 span = std::max<qint64>(to - from, minimumViewMs);
    setViewWindow(m_selectedEventMs - span / 2, m_selectedEventMs - span / 2 + span);
}

void DetailPanel::onHover(TimeSeriesChart *chart, qint64 atMs, const QPoint &globalPos)
{
    for (TimeSeriesChart *each : charts())
        each->setCursorTime(atMs);
    const QString text = valuesText(atMs);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(globalPos + QPoint(14, 10), text, chart);
}

void DetailPanel::onHoverLeft()
{
    for (TimeSeriesChart *each : charts())
        each->setCursorTime(-1);
}

QString DetailPanel::valuesText(qint64 atMs) const
{
    const auto it
        = std::upper_bound(m_buckets.cbegin(), m_buckets.cend(), atMs,
                           [](qint64 ms, const ChartBucket &b) { return ms < b.startMs; });
    QStringList lines;
    lines << QDateTime::fromMSecsSinceEpoch(atMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (it != m_buckets.cbegin() && atMs < std::prev(it)->startMs + std::prev(it)->spanMs) {
        const ChartBucket &b = *std::prev(it);
        const QLocale locale;
        lines << tr("Bucket of %1 s from %2")
                     .arg(locale.toString(double(b.spanMs) / 1000.0, 'f', b.spanMs % 1000 ? 1 : 0),
                          QDateTime::fromMSecsSinceEpoch(b.startMs)
                              .toString(QStringLiteral("HH:mm:ss")));
        lines << tr("Latency p50 %1, p95 %2, p99 %3, max %4")
                     .arg(latencyText(b.p50Ms), latencyText(b.p95Ms), latencyText(b.p99Ms),
                          latencyText(b.maxMs));
        lines << tr("Attempts %1; per second: 429s %2, errors %3, retries %4")
                     .arg(b.attempts)
                     .arg(locale.toString(b.perSecond(b.rateLimited), 'f', 2),
                          locale.toString(b.perSecond(b.errors), 'f', 2),
                          locale.toString(b.perSecond(b.retries), 'f', 2));
        if (b.maxQueueDepth >= 0)
            lines << tr("Queue depth (max): %1").arg(b.maxQueueDepth);
        if (b.drainRate >= 0)
            lines << tr("Drained: %1/s").arg(QLocale().toString(b.drainRate, 'f', 1));
        if (b.deadLetters >= 0)
            lines << tr("Dead letters: %1").arg(b.deadLetters);
    } else {
        lines << tr("No data");
    }
    const auto state = std::upper_bound(
        m_timeline.cbegin(), m_timeline.cend(), atMs,
        [](qint64 ms, const StatePoint &p) { return ms < p.atMs; });
    if (state != m_timeline.cbegin())
        lines << tr("Breaker: %1").arg(breakerText(std::prev(state)->state));
    return lines.join(QLatin1Char('\n'));
}

QByteArray DetailPanel::visibleCsv() const
{
    QByteArray csv("bucket_start_utc,bucket_seconds,endpoint_id,attempts,rate_limited,errors,"
                   "retries,latency_p50_ms,latency_p95_ms,latency_p99_ms,latency_max_ms,"
                   "max_queue_depth\r\n");
    const auto ms = [](double v) { return v < 0 ? QByteArray() : QByteArray::number(v, 'f', 3); };
    for (const ChartBucket &b : m_buckets) {
        if (b.startMs + b.spanMs <= m_shownFrom || b.startMs >= m_shownTo)
            continue;
        csv += isoUtc(fromEpochMs(b.startMs)).toLatin1();
        csv += ',' + QByteArray::number(double(b.spanMs) / 1000.0);
        csv += ',' + csvField(m_endpoint.id);
        for (const int count : {b.attempts, b.rateLimited, b.errors, b.retries})
            csv += ',' + QByteArray::number(count);
        for (const double v : {b.p50Ms, b.p95Ms, b.p99Ms, b.maxMs})
            csv += ',' + ms(v);
        csv += ',' + (b.maxQueueDepth >= 0 ? QByteArray::number(b.maxQueueDepth) : QByteArray());
        csv += "\r\n";
    }
    return csv;
}

void DetailPanel::copyVisibleCsv() const
{
    QApplication::clipboard()->setText(QString::fromUtf8(visibleCsv()));
}

bool DetailPanel::saveChartsPng(const QString &path) const
{
    return m_chartStack->grab().save(path, "PNG");
}

bool DetailPanel::saveChartPng(TimeSeriesChart *chart, const QString &path) const
{
    return chart->grab().save(path, "PNG");
}

void DetailPanel::showChartMenu(TimeSeriesChart *chart, const QPoint &globalPos)
{
    QMenu menu(this);
    menu.addAction(tr("Back to Live"), this, &DetailPanel::resetView);
    menu.addSeparator();
    menu.addAction(tr("Copy Visible Data as CSV"), this, &DetailPanel::copyVisibleCsv);
    menu.addAction(tr("Save This Chart as PNG…"), this, [this, chart] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Chart"), QString(),
                                                          tr("PNG images (*.png)"));
        if (!path.isEmpty())
            saveChartPng(chart, path);
    });
    menu.addAction(tr("Save All Charts as PNG…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Charts"), QString(),
                                                          tr("PNG images (*.png)"));
        if (!path.isEmpty())
            saveChartsPng(path);
    });
    menu.exec(globalPos);
}

QString DetailPanel::historyNote() const
{
    if (m_endpoint.id.isEmpty())
        return QString();
    QString view = m_live ? tr("Live") : tr("Fixed view");
    view += QStringLiteral(": %1 – %2").arg(dateTimeText(m_shownFrom), dateTimeText(m_shownTo));
    if (m_historyPath.isEmpty())
        return view;
    if (m_shownFrom >= m_liveStartMs)
        return view + QStringLiteral(" · ") + tr("all from memory");
    QString note = view + QStringLiteral(" · ")
                   + tr("history before %1 from %2")
                         .arg(dateTimeText(m_liveStartMs),
                              levelText(historyLevelForSpan(m_shownTo - m_shownFrom)));
    if (m_requested)
        note += QStringLiteral(" · ") + tr("loading…");
    else if (m_slice && !m_slice->error.isEmpty())
        note += QStringLiteral(" · ") + tr("history unavailable: %1").arg(m_slice->error);
    else if (m_slice)
        note += QStringLiteral(" · ") + tr("read in %1 ms").arg(m_slice->queryMs);
    return note;
}

void DetailPanel::clearCharts()
{
    for (TimeSeriesChart *chart : charts()) {
        for (int i = 0; i < chart->seriesCount(); ++i)
            chart->setSeriesPoints(i, {});
        chart->setMarkerTimes({});
        chart->setHighlightTime(-1);
    }
}

} // namespace bw
