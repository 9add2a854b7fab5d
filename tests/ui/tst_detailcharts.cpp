// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartdata.h"
#include "detailpanel.h"
#include "eventlog.h"
#include "exportdialog.h"
#include "historyreader.h"
#include "history/exporter.h"
#include "history/historystore.h"
#include "metrics/csv.h"
#include "metrics/metricsstore.h"
#include "timeserieschart.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMouseEvent>
#include <QProcess>
#include <QProgressBar>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QTreeWidget>
#include <QValueAxis>
#include <QWheelEvent>

using namespace bw;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(bw::TimeRange)
Q_DECLARE_METATYPE(bw::HistoryLevel)

namespace {

// A fixed instant keeps every window computation reproducible.
const WallTime base = std::chrono::sys_days{std::chrono::year{2026} / 8 / 20} + 9h;
const qint64 baseMs = toEpochMs(base);

EndpointConfig endpoint(const QString &id)
{
    EndpointConfig config;
    config.id = id;
    config.name = id.toUpper();
    config.url = QUrl(QStringLiteral("http://127.0.0.1:9/") + id);
    return config;
}

AttemptRecord record(const QString &id, qint64 atMs, Outcome outcome, double latencyMs,
                     int attempt = 1)
{
    AttemptRecord r;
    r.timestamp = fromEpochMs(atMs);
    r.endpointId = id;
    r.requestId = quint64(atMs);
    r.attempt = attempt;
    r.outcome = outcome;
    r.httpStatus = outcome == Outcome::RateLimited ? 429 : outcome == Outcome::Ok ? 200 : 503;
    r.latency = std::chrono::microseconds(qint64(latencyMs * 1000));
    r.queueDepth = 1;
    return r;
}

EngineUpdate statusAt(qint64 atMs, const QString &id = QStringLiteral("crm"))
{
    EngineUpdate update;
    update.at = fromEpochMs(atMs);
    EndpointStatus status;
    status.endpointId = id;
    status.queueDepth = 2;
    update.statuses = {status};
    return update;
}

std::pair<qint64, qint64> window(const TimeSeriesChart *chart)
{
    return {chart->windowFrom(), chart->windowTo()};
}

/// One live store with five minutes of one attempt per second for "crm".
struct LiveData
{
    MetricsStore store;

    explicit LiveData(qint64 seconds = 300)
    {
        store.setEndpoints({{QStringLiteral("crm"), QStringLiteral("CRM")}});
        for (qint64 s = seconds; s >= 0; --s) {
            EngineUpdate update = statusAt(baseMs - s * 1000);
            update.records = {record(QStringLiteral("crm"), baseMs - s * 1000,
                                     s % 30 == 0 ? Outcome::RateLimited : Outcome::Ok,
                                     20 + double(s % 7))};
            store.apply(update);
        }
    }
};

/// Writes a history file with one attempt every `stepMs` for each endpoint over
/// [fromMs, toMs), plus their 1-minute and 1-hour rollups.
void writeHistory(const QString &path, const QStringList &ids, qint64 fromMs, qint64 toMs,
                  qint64 stepMs, const QList<BreakerEvent> &events = {})
{
    HistoryStore store;
    QVERIFY(store.open(path, HistoryStore::Mode::Write));
    QList<AttemptRecord> records;
    for (qint64 ms = fromMs; ms < toMs; ms += stepMs) {
        for (const QString &id : ids)
            records.append(record(id, ms, (ms / stepMs) % 10 == 0 ? Outcome::ServerError
                                                                  : Outcome::Ok,
                                  double(50 + (ms / stepMs) % 40)));
    }
    QVERIFY(store.append(records, events));
    for (const RollupLevel level : {RollupLevel::Minute, RollupLevel::Hour}) {
        QList<Rollup> rollups;
        for (qint64 bucket = rollupBucketOf(level, fromMs); bucket < toMs;
             bucket += rollupSpanMs(level)) {
            for (const QString &id : ids) {
                const auto rollup = store.computeFromRaw(id, level, bucket, toMs);
                QVERIFY(rollup);
                if (rollup->attempts > 0)
                    rollups.append(*rollup);
            }
        }
        QVERIFY(store.storeRollups(level, rollups));
    }
    store.close();
}

void sendMouse(QWidget *viewport, QEvent::Type type, Qt::MouseButton button,
               Qt::MouseButtons buttons, const QPoint &pos,
               Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QMouseEvent event(type, QPointF(pos), viewport->mapToGlobal(QPointF(pos)), button, buttons,
                      modifiers);
    QApplication::sendEvent(viewport, &event);
}

} // namespace

class tst_DetailCharts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void zoomPanResetKeepChartsAligned();
    void mouseWheelAndRubberBandZoomAllCharts();
    void decimationKeepsMinAndMax();
    void chartPointsStayNearPixelWidth();
    void plotItemPaintsTheDecimatedPoints();
    void latencyChartShowsPercentilesAndMax();
    void tooltipNamesTheValuesUnderTheCursor();
    void clampKeepsAnOutlierFromFlatteningTheChart();
    void eventSelectionMarksAndMovesTheView();
    void pausesAreMergedIntoOneEvent();
    void historyIsReadOnReopen_data();
    void historyIsReadOnReopen();
    void historyReadDoesNotBlockTheUiThread();
    void exportDialogWritesWhatTheCliWrites();
    void exportCancelLeavesNoFile();
    void copyVisibleDataAsCsv();
    void chartsSaveAsPng();

private:
    QTemporaryDir m_dir;
};

void tst_DetailCharts::init()
{
    QVERIFY(m_dir.isValid());
}

void tst_DetailCharts::zoomPanResetKeepChartsAligned()
{
    LiveData data;
    DetailPanel panel(&data.store);
    panel.resize(1200, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setEndpoint(endpoint(QStringLiteral("crm")));
    panel.setTimeRange(TimeRange::FiveMinutes);
    panel.refresh();
    QVERIFY(panel.isLive());
    const auto live = panel.viewWindow();
    QCOMPARE(live.second, baseMs);
    QCOMPARE(live.second - live.first, 5 * 60'000LL);

    const auto aligned = [&panel] {
        const auto expected = panel.viewWindow();
        for (const TimeSeriesChart *chart : panel.charts()) {
            if (window(chart) != expected)
                return false;
        }
        // The plot areas share their horizontal geometry too.
        const QRectF plot = panel.queueChart()->chart()->plotArea();
        for (const TimeSeriesChart *chart : panel.charts()) {
            if (chart->chart()->plotArea().left() != plot.left()
                || chart->chart()->plotArea().right() != plot.right())
                return false;
        }
        return true;
    };

    const qint64 centre = baseMs - 60'000;
    panel.zoom(centre, 0.5);
    QVERIFY(!panel.isLive());
    auto zoomed = panel.viewWindow();
    QCOMPARE(zoomed.second - zoomed.first, 150'000LL);
    // The instant zoomed around stays where it was on screen (4/5 of the way).
    QCOMPARE(double(centre - zoomed.first) / double(zoomed.second - zoomed.first), 0.8);
    QVERIFY(aligned());

    panel.pan(-30'000);
    const auto panned = panel.viewWindow();
    QCOMPARE(panned.first, zoomed.first - 30'000);
    QCOMPARE(panned.second, zoomed.second - 30'000);
    QVERIFY(aligned());

    // Live updates do not move a fixed view.
    data.store.apply(statusAt(baseMs + 5'000));
    panel.refresh();
    QCOMPARE(panel.viewWindow(), panned);

    // Reset: live again over the chosen range.
    panel.resetView();
    QVERIFY(panel.isLive());
    QCOMPARE(panel.viewWindow(), std::make_pair(baseMs + 5'000 - 5 * 60'000, baseMs + 5'000));
    QVERIFY(aligned());

    // A double click on any chart resets too.
    panel.zoom(centre, 0.25);
    QVERIFY(!panel.isLive());
    QWidget *viewport = panel.latencyChart()->viewport();
    const QPoint middle = viewport->rect().center();
    sendMouse(viewport, QEvent::MouseButtonPress, Qt::LeftButton, Qt::LeftButton, middle);
    sendMouse(viewport, QEvent::MouseButtonRelease, Qt::LeftButton, Qt::NoButton, middle);
    sendMouse(viewport, QEvent::MouseButtonDblClick, Qt::LeftButton, Qt::LeftButton, middle);
    sendMouse(viewport, QEvent::MouseButtonRelease, Qt::LeftButton, Qt::NoButton, middle);
    QVERIFY(panel.isLive());
    QVERIFY(aligned());
}

void tst_DetailCharts::mouseWheelAndRubberBandZoomAllCharts()
{
    LiveData data;
    DetailPanel panel(&data.store);
    panel.resize(1200, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setEndpoint(endpoint(QStringLiteral("crm")));
    panel.refresh();
    const auto before = panel.viewWindow();

    // One wheel notch up over the rate chart zooms every chart in.
    TimeSeriesChart *rates = panel.rateChart();
    const QPoint centre = rates->viewport()->rect().center();
    QWheelEvent wheel(QPointF(centre), rates->viewport()->mapToGlobal(QPointF(centre)),
                      QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase,
                      false);
    QApplication::sendEvent(rates->viewport(), &wheel);
    const auto wheeled = panel.viewWindow();
    QVERIFY(!panel.isLive());
    QCOMPARE(wheeled.second - wheeled.first,
             qint64(std::llround(double(before.second - before.first) * 0.8)));
    for (const TimeSeriesChart *chart : panel.charts())
        QCOMPARE(window(chart), wheeled);

    // Dragging with the left button pans: content follows the mouse, so the window moves
    // back in time when dragging to the right.
    TimeSeriesChart *queue = panel.queueChart();
    QWidget *viewport = queue->viewport();
    const QRectF plot = queue->chart()->plotArea();
    const int y = int(plot.center().y());
    const QPoint a(int(plot.left() + plot.width() * 0.25), y);
    const QPoint b(int(plot.left() + plot.width() * 0.75), y);
    sendMouse(viewport, QEvent::MouseButtonPress, Qt::LeftButton, Qt::LeftButton, a);
    sendMouse(viewport, QEvent::MouseMove, Qt::NoButton, Qt::LeftButton, b);
    sendMouse(viewport, QEvent::MouseButtonRelease, Qt::LeftButton, Qt::NoButton, b);
    const auto dragged = panel.viewWindow();
    QCOMPARE(dragged.second - dragged.first, wheeled.second - wheeled.first);
    QVERIFY2(std::abs((wheeled.first - dragged.first) - (wheeled.second - wheeled.first) / 2)
                 < 2'000,
             qPrintable(QString::number(wheeled.first - dragged.first)));
    for (const TimeSeriesChart *chart : panel.charts())
        QCOMPARE(window(chart), dragged);

    // A right-button rubber band over the middle half selects that span.
    const qint64 expectedFrom = queue->timeAt(a);
    const qint64 expectedTo = queue->timeAt(b);
    sendMouse(viewport, QEvent::MouseButtonPress, Qt::RightButton, Qt::RightButton, a);
    sendMouse(viewport, QEvent::MouseMove, Qt::NoButton, Qt::RightButton, b);
    sendMouse(viewport, QEvent::MouseButtonRelease, Qt::RightButton, Qt::NoButton, b);
    const auto banded = panel.viewWindow();
    QVERIFY(std::abs(banded.first - expectedFrom) <= 1);
    QVERIFY(std::abs(banded.second - expectedTo) <= 1);
    for (const TimeSeriesChart *chart : panel.charts())
        QCOMPARE(window(chart), banded);
}

void tst_DetailCharts::decimationKeepsMinAndMax()
{
    // 100,000 noisy points with a few isolated spikes, into 500 columns.
    QList<QPointF> points;
    QRandomGenerator random(42);
    for (int i = 0; i < 100'000; ++i)
        points.append(QPointF(i, 100 + random.bounded(10.0)));
    points[12'345].setY(5'000);
    points[67'890].setY(-300);
    points[99'999].setY(4'000);
    constexpr int columns = 500;
    const QList<QPointF> kept
        = TimeSeriesChart::decimate(points, 0, 100'000, columns, false);
    QVERIFY(kept.size() <= 2 * columns);
    QVERIFY(std::is_sorted(kept.cbegin(), kept.cend(),
                           [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
    QVERIFY(kept.contains(points[12'345]));
    QVERIFY(kept.contains(points[67'890]));
    QVERIFY(kept.contains(points[99'999]));
    // Every column keeps exactly its own lowest and highest value.
    for (int column = 0; column < columns; ++column) {
        double low = 1e9;
        double high = -1e9;
        for (int i = column * 200; i < (column + 1) * 200; ++i) {
            low = std::min(low, points[i].y());
            high = std::max(high, points[i].y());
        }
        double keptLow = 1e9;
        double keptHigh = -1e9;
        for (const QPointF &p : kept) {
            if (p.x() >= column * 200 && p.x() < (column + 1) * 200) {
                keptLow = std::min(keptLow, p.y());
                keptHigh = std::max(keptHigh, p.y());
            }
        }
        QCOMPARE(keptLow, low);
        QCOMPARE(keptHigh, high);
    }
}

void tst_DetailCharts::chartPointsStayNearPixelWidth()
{
    // A full hour at 2 attempts per second, drawn at 24 h: the latency lines hold no more
    // than about two points per pixel column (plus step corners), not one per attempt.
    MetricsStore store;
    store.setEndpoints({{QStringLiteral("crm"), QStringLiteral("CRM")}});
    for (qint64 s = 3600; s >= 0; s -= 10) {
        EngineUpdate update = statusAt(baseMs - s * 1000);
        for (int i = 0; i < 20; ++i)
            update.records.append(record(QStringLiteral("crm"), baseMs - s * 1000 + i * 500,
                                         Outcome::Ok, 10 + (i * 37) % 90));
        store.apply(update);
    }
    DetailPanel panel(&store);
    panel.resize(1000, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setEndpoint(endpoint(QStringLiteral("crm")));
    panel.setTimeRange(TimeRange::SixtyMinutes);
    const int columns = int(panel.latencyChart()->chart()->plotArea().width());
    QVERIFY(columns > 300);
    for (int series = DetailPanel::MaxLatency; series <= DetailPanel::P50Latency; ++series) {
        const int points = panel.latencyChart()->pointCount(series);
        QVERIFY2(points > 0 && points <= 4 * columns + 8,
                 qPrintable(QStringLiteral("%1 points for %2 columns").arg(points).arg(columns)));
    }
}

void tst_DetailCharts::plotItemPaintsTheDecimatedPoints()
{
    // The chart paints its series itself (no Qt Charts series): what it keeps for a step
    // series is the decimated staircase, and the pixels where mapToPlot puts those points
    // carry the series' colour; so do a scatter's dots and a band's fill.
    const QColor stepColour(0x00, 0x72, 0xb2);
    const QColor dotColour(0x00, 0x9e, 0x73);
    const QColor bandColour(0xd5, 0x5e, 0x00);
    TimeSeriesChart chart(QStringLiteral("test"));
    const int step = chart.addSeries(QStringLiteral("step"), TimeSeriesChart::Kind::Step,
                                     stepColour);
    const int dots = chart.addSeries(QStringLiteral("dots"), TimeSeriesChart::Kind::Scatter,
                                     dotColour);
    chart.setLineWidth(step, 3);
    chart.resize(800, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setTimeWindow(0, 100'000);
    QList<QPointF> points;
    for (int i = 0; i < 50'000; ++i)
        points.append(QPointF(i * 2, 10 + i % 7));
    points[25'000].setY(100); // a spike at x = 50,000 must survive decimation
    chart.setSeriesPoints(step, points);
    chart.setSeriesPoints(dots, {QPointF(20'000, 60), QPointF(80'000, 60)});
    const int columns = int(chart.chart()->plotArea().width());
    QCOMPARE(chart.drawnPoints(step),
             TimeSeriesChart::toSteps(TimeSeriesChart::decimate(points, 0, 100'000, columns,
                                                                true)));
    QVERIFY(chart.pointCount(step) <= 4 * columns + 4);
    QCOMPARE(chart.drawnPoints(dots).size(), 2);
    QVERIFY(chart.valueAxis()->max() >= 100);

    const QImage image = chart.grab().toImage();
    const auto colourAt = [&](const QPointF &data) {
        return image.pixelColor(chart.mapToPlot(data).toPoint()).rgb();
    };
    QCOMPARE(colourAt(QPointF(50'000, 80)), stepColour.rgb()); // the spike's rising edge
    QCOMPARE(colourAt(QPointF(20'000, 60)), dotColour.rgb());
    QCOMPARE(colourAt(QPointF(80'000, 60)), dotColour.rgb());
    QVERIFY(colourAt(QPointF(30'000, 80)) != stepColour.rgb()); // nothing there

    TimeSeriesChart band(QStringLiteral("band"));
    const int spell = band.addSeries(QStringLiteral("open"), TimeSeriesChart::Kind::Band,
                                     bandColour);
    band.setFixedValueRange(0, 1);
    band.resize(800, 120);
    band.show();
    QVERIFY(QTest::qWaitForWindowExposed(&band));
    band.setTimeWindow(0, 100'000);
    band.setSeriesPoints(spell, {QPointF(10'000, 0), QPointF(10'000, 1), QPointF(30'000, 1),
                                 QPointF(30'000, 0)});
    QCOMPARE(band.pointCount(spell), 4);
    const QImage bandImage = band.grab().toImage();
    QCOMPARE(bandImage.pixelColor(band.mapToPlot(QPointF(20'000, 0.5)).toPoint()).rgb(),
             bandColour.rgb());
    QVERIFY(bandImage.pixelColor(band.mapToPlot(QPointF(50'000, 0.5)).toPoint()).rgb()
            != bandColour.rgb());
}

void tst_DetailCharts::latencyChartShowsPercentilesAndMax()
{
    MetricsStore store;
    store.setEndpoints({{QStringLiteral("crm"), QStringLiteral("CRM")}});
    EngineUpdate update = statusAt(baseMs);
    // 100 attempts in one second: latencies 1..100 ms.
    for (int i = 1; i <= 100; ++i)
        update.records.append(
            record(QStringLiteral("crm"), baseMs - 10'000 + i * 5, Outcome::Ok, i));
    store.apply(update);
    DetailPanel panel(&store);
    panel.resize(1000, 700);
    panel.setEndpoint(endpoint(QStringLiteral("crm")));
    panel.setTimeRange(TimeRange::OneMinute);
    const TimeSeriesChart *latency = panel.latencyChart();
    QCOMPARE(latency->seriesName(DetailPanel::P50Latency), QStringLiteral("p50"));
    QCOMPARE(latency->seriesName(DetailPanel::P95Latency), QStringLiteral("p95"));
    QCOMPARE(latency->seriesName(DetailPanel::P99Latency), QStringLiteral("p99"));
    QCOMPARE(latency->seriesName(DetailPanel::MaxLatency), QStringLiteral("max"));
    const QList<ChartBucket> buckets = panel.shownBuckets();
    const auto it = std::find_if(buckets.cbegin(), buckets.cend(),
                                 [](const ChartBucket &b) { return b.maxMs > 0; });
    QVERIFY(it != buckets.cend());
    QCOMPARE(it->p50Ms, 50.0);
    QCOMPARE(it->p95Ms, 95.0);
    QCOMPARE(it->p99Ms, 99.0);
    QCOMPARE(it->maxMs, 100.0);
    QCOMPARE(it->attempts, 100);
}

void tst_DetailCharts::tooltipNamesTheValuesUnderTheCursor()
{
    LiveData data;
    DetailPanel panel(&data.store);
    panel.resize(1000, 700);
    panel.setEndpoint(endpoint(QStringLiteral("crm")));
    panel.setTimeRange(TimeRange::OneMinute);
    // At 1-second buckets, second -30 holds one attempt of 20 + 30 % 7 = 22 ms, a 429.
    const QString text = panel.valuesText(baseMs - 30'000 + 400);
    // Hovering a chart shows it as a tooltip.
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    TimeSeriesChart *chart = panel.rateChart();
    const QRectF plot = chart->chart()->plotArea();
    const QPoint inside(int(plot.center().x()), int(plot.center().y()));
    sendMouse(chart->viewport(), QEvent::MouseMove, Qt::NoButton, Qt::NoButton, inside);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), panel.valuesText(chart->timeAt(inside)));
    QVERIFY2(text.contains(QStringLiteral("p50 22 ms")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("max 22 ms")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("429s 1.00")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Breaker: Closed")), qPrintable(text));
    QVERIFY(panel.valuesText(baseMs - 3 * 60'000).contains(QStringLiteral("No data")));
}

void tst_DetailCharts::clampKeepsAnOutlierFromFlatteningTheChart()
{
    LiveData data;
    EngineUpdate spike = statusAt(baseMs);
    spike.records = {record(QStringLiteral("crm"), baseMs - 100'000, Outcome::Ok, 30'000)};
    data.store.apply(spike);
    DetailPanel panel(&data.store);
    panel.resize(1000, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setEndpoint(endpoint(QStringLiteral("crm")));
    panel.refresh();
    QVERIFY(panel.latencyChart()->valueAxis()->max() >= 30'000);
    QVERIFY(!panel.latencyChart()->isClipping());
    panel.setClampOutliers(true);
    QVERIFY(panel.latencyChart()->isClipping());
    QVERIFY2(panel.latencyChart()->valueAxis()->max() < 100,
             qPrintable(QString::number(panel.latencyChart()->valueAxis()->max())));
    panel.setClampOutliers(false);
    QVERIFY(panel.latencyChart()->valueAxis()->max() >= 30'000);
}

void tst_DetailCharts::eventSelectionMarksAndMovesTheView()
{
    LiveData data;
    EventLog events;
    EngineUpdate update = statusAt(baseMs);
    const QString crm = QStringLiteral("crm");
    update.breakerEvents = {
        {crm, fromEpochMs(baseMs - 200'000), BreakerState::Closed, BreakerState::Open,
         QStringLiteral("5 failures")},
        {crm, fromEpochMs(baseMs - 170'000), BreakerState::Open, BreakerState::HalfOpen, {}}};
    AttemptRecord paused = record(crm, baseMs - 90'000, Outcome::RateLimited, 5);
    paused.retryAfter = Millis(20'000);
    update.records = {paused};
    events.apply(update);
    events.addConfigChange(crm, baseMs - 250'000, QStringLiteral("loaded"));

    DetailPanel panel(&data.store);
    panel.resize(1200, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setEventLog(&events);
    panel.setEndpoint(endpoint(crm));
    panel.setTimeRange(TimeRange::FiveMinutes);
    QTreeWidget *list = panel.eventList();
    QCOMPARE(list->topLevelItemCount(), 4);
    // Newest first.
    QVERIFY2(list->topLevelItem(0)->text(1).contains(QStringLiteral("pause")),
             qPrintable(list->topLevelItem(0)->text(1)));
    QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("Breaker Open → Half-open"));
    QCOMPARE(list->topLevelItem(2)->text(1), QStringLiteral("Breaker Closed → Open"));
    QVERIFY(list->topLevelItem(3)->text(1).contains(QStringLiteral("loaded")));

    // Zoom in elsewhere, then pick the Closed → Open transition in the list.
    panel.zoom(baseMs - 20'000, 0.2);
    const qint64 span = panel.viewWindow().second - panel.viewWindow().first;
    list->setCurrentItem(list->topLevelItem(2));
    const qint64 openedMs = baseMs - 200'000;
    QVERIFY(!panel.isLive());
    const auto [from, to] = panel.viewWindow();
    QCOMPARE(to - from, span);
    QVERIFY(std::abs((from + to) / 2 - openedMs) <= 1);
    for (const TimeSeriesChart *chart : panel.charts()) {
        QCOMPARE(chart->highlightTime(), openedMs);
        QCOMPARE(window(chart), std::make_pair(from, to));
    }
    // A refresh keeps the mark and the selection.
    panel.refresh();
    QCOMPARE(panel.breakerChart()->highlightTime(), openedMs);
    QCOMPARE(list->currentItem(), list->topLevelItem(2));
}

void tst_DetailCharts::pausesAreMergedIntoOneEvent()
{
    EventLog events;
    EngineUpdate update;
    for (int i = 0; i < 10; ++i) {
        AttemptRecord r
            = record(QStringLiteral("crm"), baseMs + i * 1'000, Outcome::RateLimited, 3);
        r.retryAfter = Millis(5'000);
        update.records.append(r);
    }
    events.apply(update);
    const QList<TimelineEvent> list = events.events(QStringLiteral("crm"));
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().kind, TimelineEvent::Kind::Pause);
    QCOMPARE(list.first().durationMs, 14'000LL);
}

void tst_DetailCharts::historyIsReadOnReopen_data()
{
    QTest::addColumn<TimeRange>("range");
    QTest::addColumn<qint64>("historyFromMs");
    QTest::addColumn<HistoryLevel>("level");
    QTest::newRow("15 min from raw") << TimeRange::FifteenMinutes << baseMs - 14 * 60'000LL
                                     << HistoryLevel::Raw;
    QTest::newRow("60 min from 1-minute rollups")
        << TimeRange::SixtyMinutes << baseMs - 55 * 60'000LL << HistoryLevel::Minute;
    QTest::newRow("24 h from 1-minute rollups")
        << TimeRange::TwentyFourHours << baseMs - 20 * 3'600'000LL << HistoryLevel::Minute;
}

void tst_DetailCharts::historyIsReadOnReopen()
{
    QFETCH(TimeRange, range);
    QFETCH(qint64, historyFromMs);
    QFETCH(HistoryLevel, level);
    // An earlier run wrote history up to 2 minutes before now; this run has only started.
    const QString path = m_dir.filePath(QStringLiteral("reopen-%1.sqlite").arg(int(range)));
    const qint64 historyToMs = baseMs - 2 * 60'000;
    const QString crm = QStringLiteral("crm");
    writeHistory(path, {crm, QStringLiteral("other")}, historyFromMs, historyToMs, 5'000,
                 {{crm, fromEpochMs(historyFromMs + 60'000), BreakerState::Closed,
                   BreakerState::Open, QStringLiteral("test")}});
    QCOMPARE(historyLevelForSpan(timeRangeMs(range)), level);

    MetricsStore store;
    store.setEndpoints({{crm, QStringLiteral("CRM")}});
    EngineUpdate update = statusAt(baseMs - 1'000);
    update.records = {record(crm, baseMs - 1'000, Outcome::Ok, 7)};
    store.apply(update);
    store.apply(statusAt(baseMs));

    DetailPanel panel(&store);
    panel.resize(1000, 700);
    panel.setHistoryPath(path);
    panel.setEndpoint(endpoint(crm));
    QSignalSpy loaded(&panel, &DetailPanel::historyLoaded);
    panel.setTimeRange(range);
    // The full range is shown at once; the history arrives off the UI thread.
    QCOMPARE(panel.viewWindow(), std::make_pair(baseMs - timeRangeMs(range), baseMs));
    QVERIFY(loaded.wait(10'000));

    const QList<ChartBucket> buckets = panel.shownBuckets();
    const auto old = std::count_if(buckets.cbegin(), buckets.cend(), [&](const ChartBucket &b) {
        return b.startMs >= historyFromMs - 60'000 && b.startMs < historyToMs && b.maxMs >= 50;
    });
    QVERIFY2(old > 5, qPrintable(QString::number(old)));
    // The level suits the range: rollup buckets are whole minutes.
    const auto first = std::find_if(buckets.cbegin(), buckets.cend(),
                                    [](const ChartBucket &b) { return b.maxMs >= 50; });
    QVERIFY(first != buckets.cend());
    QCOMPARE(first->spanMs,
             level == HistoryLevel::Raw ? chartBucketMsForSpan(timeRangeMs(range)) : 60'000LL);
    // The live record is there too.
    QVERIFY(std::any_of(buckets.cbegin(), buckets.cend(),
                        [](const ChartBucket &b) { return b.maxMs == 7; }));
    QVERIFY(panel.latencyChart()->pointCount(DetailPanel::MaxLatency) > 5);
    // The breaker band and the event list include the transition from history.
    QVERIFY(panel.breakerChart()->pointCount(DetailPanel::OpenBand) > 0);
    QVERIFY(std::any_of(panel.listedEvents().cbegin(), panel.listedEvents().cend(),
                        [](const TimelineEvent &e) { return e.to == BreakerState::Open; }));
    QVERIFY(panel.historyNote().contains(QStringLiteral("read in")));
}

void tst_DetailCharts::historyReadDoesNotBlockTheUiThread()
{
    // 24 hours at one attempt every 2 s for one endpoint (43,200 rows and their rollups):
    // the 24-hour view reads 1-minute rollups on the reader thread.
    const QString path = m_dir.filePath(QStringLiteral("day.sqlite"));
    const QString crm = QStringLiteral("crm");
    writeHistory(path, {crm}, baseMs - 24 * 3'600'000LL, baseMs - 60'000, 2'000);
    MetricsStore store;
    store.setEndpoints({{crm, QStringLiteral("CRM")}});
    store.apply(statusAt(baseMs));
    DetailPanel panel(&store);
    panel.resize(1000, 700);
    panel.setHistoryPath(path);
    panel.setEndpoint(endpoint(crm));
    QSignalSpy loaded(&panel, &DetailPanel::historyLoaded);
    QElapsedTimer timer;
    timer.start();
    panel.setTimeRange(TimeRange::TwentyFourHours);
    const qint64 uiMs = timer.elapsed();
    QVERIFY(loaded.wait(20'000));
    const qint64 totalMs = timer.elapsed();
    qInfo("24 h view: UI thread %lld ms before the read finished, read and drawn after %lld ms",
          uiMs, totalMs);
    QVERIFY(panel.shownBuckets().size() > 1000);
    // A full redraw with the slice at hand, and what a refresh tick costs in between.
    timer.restart();
    for (int i = 0; i < 10; ++i) {
        panel.invalidateCharts();
        panel.refresh();
    }
    const double redrawMs = double(timer.elapsed()) / 10;
    // Updates a quarter of a second apart, as the window's timer sees them.
    QElapsedTimer tickTimer;
    qint64 tickNs = 0;
    for (int i = 0; i < 10; ++i) {
        store.apply(statusAt(baseMs + (i + 1) * 250));
        tickTimer.start();
        panel.refresh();
        tickNs += tickTimer.nsecsElapsed();
    }
    const double tickMs = double(tickNs) / 10 / 1e6;
    qInfo("24 h view, %lld buckets: %.2f ms per full chart redraw, %.2f ms per tick in "
          "between (charts redrawn every %lld ms of data time)",
          qint64(panel.shownBuckets().size()), redrawMs, tickMs,
          DetailPanel::chartRedrawIntervalMs(timeRangeMs(TimeRange::TwentyFourHours)));
    QCOMPARE(DetailPanel::chartRedrawIntervalMs(timeRangeMs(TimeRange::OneMinute)), 250);
}

void tst_DetailCharts::exportDialogWritesWhatTheCliWrites()
{
    const QString path = m_dir.filePath(QStringLiteral("export.sqlite"));
    const QStringList ids{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    const qint64 fromMs = baseMs - 3 * 3'600'000LL;
    writeHistory(path, ids, fromMs, baseMs, 1'000);
    const qint64 rangeFrom = fromMs + 17 * 60'000;
    const qint64 rangeTo = baseMs - 23 * 60'000;

    for (const ExportLevel level : {ExportLevel::Raw, ExportLevel::Minute, ExportLevel::Hour}) {
        const QString out = m_dir.filePath(QStringLiteral("dialog-%1.csv").arg(int(level)));
        ExportDialog dialog(path, {endpoint(ids[0]), endpoint(ids[1]), endpoint(ids[2])});
        dialog.setSelectedEndpoints({ids[0], ids[2]});
        dialog.setRange(rangeFrom, rangeTo);
        QCOMPARE(dialog.range(), std::make_pair(rangeFrom, rangeTo));
        dialog.setLevel(level);
        dialog.setOutputPath(out);
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        QVERIFY(dialog.startExport());
        QVERIFY(dialog.isRunning());
        QVERIFY(finished.wait(20'000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(dialog.progressBar()->value(), dialog.progressBar()->maximum());
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray dialogCsv = written.readAll();

        // The library call behind `breakwater export`.
        HistoryStore store;
        QVERIFY(store.open(path, HistoryStore::Mode::Read));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const auto rows = exportHistoryCsv(store, level, {rangeFrom, rangeTo, {ids[0], ids[2]}},
                                           buffer);
        QVERIFY(rows);
        QVERIFY(*rows > 0);
        QCOMPARE(finished.first().at(1).toLongLong(), *rows);
        QCOMPARE(dialogCsv, buffer.data());
        QCOMPARE(dialogCsv.count("\r\n"), *rows + 1);
        store.close();

        // And the command itself, when the binary is at hand.
        const QString binary = qEnvironmentVariable("BREAKWATER_BINARY");
        if (binary.isEmpty() || !QFile::exists(binary))
            continue;
        const QString cliOut = m_dir.filePath(QStringLiteral("cli-%1.csv").arg(int(level)));
        const QString levelName = level == ExportLevel::Raw      ? QStringLiteral("raw")
                                  : level == ExportLevel::Minute ? QStringLiteral("1m")
                                                                 : QStringLiteral("1h");
        QProcess cli;
        cli.start(binary, {QStringLiteral("export"), QStringLiteral("--history"), path,
                           QStringLiteral("--from"), isoUtc(fromEpochMs(rangeFrom)),
                           QStringLiteral("--to"), isoUtc(fromEpochMs(rangeTo)),
                           QStringLiteral("--endpoint"), ids[0], QStringLiteral("--endpoint"),
                           ids[2], QStringLiteral("--level"), levelName, QStringLiteral("--out"),
                           cliOut});
        QVERIFY(cli.waitForFinished(30'000));
        QCOMPARE(cli.exitCode(), 0);
        QFile cliFile(cliOut);
        QVERIFY(cliFile.open(QIODevice::ReadOnly));
        QCOMPARE(dialogCsv, cliFile.readAll());
    }
}

void tst_DetailCharts::exportCancelLeavesNoFile()
{
    const QString path = m_dir.filePath(QStringLiteral("cancel.sqlite"));
    const qint64 fromMs = baseMs - 6 * 3'600'000LL;
    writeHistory(path, {QStringLiteral("a"), QStringLiteral("b")}, fromMs, baseMs, 500);
    QDir outDir(m_dir.filePath(QStringLiteral("cancel-out")));
    QVERIFY(outDir.mkpath(QStringLiteral(".")));
    const QString out = outDir.filePath(QStringLiteral("cancelled.csv"));

    // Cancelled at the first progress report.
    ExportDialog dialog(path, {endpoint(QStringLiteral("a")), endpoint(QStringLiteral("b"))});
    dialog.setRange(fromMs, baseMs);
    dialog.setLevel(ExportLevel::Raw);
    dialog.setOutputPath(out);
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    connect(dialog.progressBar(), &QProgressBar::valueChanged, &dialog,
            [&dialog](int value) {
                if (value > 0)
                    dialog.cancelExport();
            });
    QVERIFY(dialog.startExport());
    QVERIFY(finished.wait(30'000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(finished.first().at(2).toBool(), true);
    QVERIFY(dialog.statusText().contains(QStringLiteral("cancelled")));
    QVERIFY(!QFile::exists(out));
    // Nor any temporary file beside it.
    QCOMPARE(outDir.entryList(QDir::Files | QDir::Hidden), QStringList());

    // Cancelled right away: same.
    QSignalSpy again(&dialog, &ExportDialog::exportFinished);
    QVERIFY(dialog.startExport());
    dialog.cancelExport();
    QVERIFY(again.wait(30'000));
    QCOMPARE(again.first().at(2).toBool(), true);
    QCOMPARE(outDir.entryList(QDir::Files | QDir::Hidden), QStringList());
}

void tst_DetailCharts::copyVisibleDataAsCsv()
{
    LiveData data;
    DetailPanel panel(&data.store);
    panel.resize(1000, 700);
    panel.setEndpoint(endpoint(QStringLiteral("crm")));
    panel.setTimeRange(TimeRange::FiveMinutes);
    panel.setViewWindow(baseMs - 60'000, baseMs - 30'000);
    panel.copyVisibleCsv();
    const QString text = QApplication::clipboard()->text();
    QCOMPARE(text.toUtf8(), panel.visibleCsv());
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(),
             QStringLiteral("bucket_start_utc,bucket_seconds,endpoint_id,attempts,rate_limited,"
                            "errors,retries,latency_p50_ms,latency_p95_ms,latency_p99_ms,"
                            "latency_max_ms,max_queue_depth"));
    // 30 one-second buckets in the window.
    QCOMPARE(lines.size(), 31);
    // Second -60 had one 429 of 24 ms.
    QCOMPARE(lines.at(1), QStringLiteral("%1,1,crm,1,1,0,0,24.000,24.000,24.000,24.000,2")
                              .arg(isoUtc(fromEpochMs(baseMs - 60'000))));
}

void tst_DetailCharts::chartsSaveAsPng()
{
    LiveData data;
    DetailPanel panel(&data.store);
    panel.resize(1000, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setEndpoint(endpoint(QStringLiteral("crm")));
    panel.refresh();
    const QString stack = m_dir.filePath(QStringLiteral("stack.png"));
    const QString one = m_dir.filePath(QStringLiteral("latency.png"));
    QVERIFY(panel.saveChartsPng(stack));
    QVERIFY(panel.saveChartPng(panel.latencyChart(), one));
    for (const QString &file : {stack, one}) {
        QVERIFY(QFileInfo(file).size() > 1000);
        const QImage image(file);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 300);
        // Not one flat colour: something was drawn.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY(colours.size() > 5);
    }
    QCOMPARE(QImage(stack).height(), panel.chartStack()->height());
}

QTEST_MAIN(tst_DetailCharts)
#include "tst_detailcharts.moc"
