// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailpanel.h"
#include "endpointtablemodel.h"
#include "mainwindow.h"
#include "timeserieschart.h"

#include <QAbstractItemModelTester>
#include <QDateTimeAxis>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace bw;
using Column = EndpointTableModel::Column;

namespace {

// A fixed instant keeps every window computation reproducible.
const WallTime base = std::chrono::sys_days{std::chrono::year{2026} / 8 / 20} + 9h;

WallTime at(std::chrono::milliseconds offset)
{
    return base + offset;
}

EndpointConfig endpoint(const QString &id, const QString &name, const QString &url)
{
    EndpointConfig config;
    config.id = id;
    config.name = name;
    config.url = QUrl(url);
    return config;
}

QList<EndpointConfig> threeEndpoints()
{
    return {
        endpoint(QStringLiteral("crm"), QStringLiteral("CRM API"),
                 QStringLiteral("https://alice:s3cret@crm.example.test/v1/ping?api_key=abc&x=1")),
        endpoint(QStringLiteral("billing"), QStringLiteral("Billing"),
                 QStringLiteral("https://billing.example.test/health")),
        endpoint(QStringLiteral("search"), QStringLiteral("Search"),
                 QStringLiteral("http://127.0.0.1:9/search"))};
}

AttemptRecord record(const QString &id, WallTime when, Outcome outcome, double latencyMs,
                     int httpStatus = 200)
{
    AttemptRecord r;
    r.endpointId = id;
    r.timestamp = when;
    r.outcome = outcome;
    r.httpStatus = httpStatus;
    r.latency = std::chrono::microseconds(qint64(latencyMs * 1000));
    if (outcome != Outcome::Ok)
        r.error = QStringLiteral("HTTP %1").arg(httpStatus);
    return r;
}

EndpointStatus status(const QString &id, BreakerState breaker = BreakerState::Closed,
                      int queueDepth = 0)
{
    EndpointStatus s;
    s.endpointId = id;
    s.breaker = breaker;
    s.queueDepth = queueDepth;
    s.inFlight = 1;
    return s;
}

EngineUpdate statusesAt(WallTime when, BreakerState crmBreaker = BreakerState::Closed)
{
    EngineUpdate update;
    update.at = when;
    update.statuses = {status(QStringLiteral("crm"), crmBreaker, 2),
                       status(QStringLiteral("billing")), status(QStringLiteral("search"))};
    return update;
}

QVariant cell(const MainWindow &window, const QString &id, Column column,
              int role = Qt::DisplayRole)
{
    const EndpointTableModel *model = window.tableModel();
    return model->index(model->rowOf(id), int(column)).data(role);
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void hasOneRowPerEndpointAndSelectsTheFirst();
    void modelsPassTheTesterWhileFed();
    void rateLimitedColumnCountsTheLastMinuteOnly();
    void breakerColumnFollowsStatuses();
    void errorShareDecidesHealth();
    void lastErrorShowsItsAge();
    void endpointToolTipHidesCredentials();
    void selectingARowShowsItsNameInTheHeader();
    void latencySeriesHoldsOnePointPerRecord();
    void latencySeriesIsDecimatedWhenDense();
    void breakerBandIsDrawn();
    void filterHidesRows();
    void statusBarSumsEndpoints();
    void chartsShareTheChosenTimeWindow();
    void remembersTimeRangeAcrossWindows();
    void decimationKeepsExtremesInTimeOrder();
    void stepsHoldEachValue();
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_MainWindow::cleanupTestCase()
{
    QSettings(QStringLiteral("Breakwater"), QStringLiteral("Breakwater")).clear();
}

void tst_MainWindow::hasOneRowPerEndpointAndSelectsTheFirst()
{
    MainWindow window;
    window.setEndpoints(threeEndpoints());
    QCOMPARE(window.tableModel()->rowCount(), 3);
    QCOMPARE(window.proxyModel()->rowCount(), 3);
    QCOMPARE(window.selectedEndpointId(), QStringLiteral("crm"));
    QCOMPARE(cell(window, QStringLiteral("billing"), Column::Endpoint).toString(),
             QStringLiteral("Billing"));
    QCOMPARE(cell(window, QStringLiteral("billing"), Column::Health).toString(),
             QStringLiteral("No data"));

    window.setEndpoints(threeEndpoints().mid(1));
    QCOMPARE(window.tableModel()->rowCount(), 2);
    QCOMPARE(window.selectedEndpointId(), QStringLiteral("billing"));
}

void tst_MainWindow::modelsPassTheTesterWhileFed()
{
    MainWindow window;
    QAbstractItemModelTester sourceTester(window.tableModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(window.proxyModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.setEndpoints(threeEndpoints());
    window.tableView()->sortByColumn(int(Column::LastLatency), Qt::DescendingOrder);

    const std::array outcomes{Outcome::Ok,      Outcome::ServerError,    Outcome::RateLimited,
                              Outcome::Timeout, Outcome::ShortCircuited, Outcome::NetworkError};
    for (int tick = 0; tick < 20; ++tick) {
        EngineUpdate update = statusesAt(at(tick * 250ms),
                                         tick % 7 == 3 ? BreakerState::Open : BreakerState::Closed);
        for (int i = 0; i < 6; ++i) {
            const QString id = threeEndpoints().at((tick + i) % 3).id;
            update.records.append(record(id, at(tick * 250ms - 100ms), outcomes[std::size_t(i)],
                                         20.0 + tick * i, 200 + i));
        }
        if (tick == 3) {
            update.breakerEvents.append({QStringLiteral("crm"), at(tick * 250ms),
                                         BreakerState::Closed, BreakerState::Open,
                                         QStringLiteral("failure rate")});
        }
        window.applyUpdate(update);
        window.refreshNow();
        if (tick == 10)
            window.filterEdit()->setText(QStringLiteral("i"));
    }
    window.filterEdit()->clear();
    window.setEndpoints(threeEndpoints().mid(0, 2));
    window.refreshNow();
    QCOMPARE(window.proxyModel()->rowCount(), 2);
}

void tst_MainWindow::rateLimitedColumnCountsTheLastMinuteOnly()
{
    MainWindow window;
    window.setEndpoints(threeEndpoints());
    EngineUpdate update = statusesAt(at(0ms));
    for (int i = 0; i < 3; ++i) {
        update.records.append(
            record(QStringLiteral("billing"), at(-90s + i * 1s), Outcome::RateLimited, 5, 429));
    }
    for (int i = 0; i < 2; ++i) {
        update.records.append(
            record(QStringLiteral("billing"), at(-10s + i * 1s), Outcome::RateLimited, 5, 429));
    }
    window.applyUpdate(update);
    window.refreshNow();
    QCOMPARE(cell(window, QStringLiteral("billing"), Column::RateLimited).toString(),
             QStringLiteral("2"));
    QCOMPARE(
        cell(window, QStringLiteral("billing"), Column::RateLimited, EndpointTableModel::SortRole)
            .toInt(),
        2);
    QCOMPARE(cell(window, QStringLiteral("crm"), Column::RateLimited).toString(),
             QStringLiteral("0"));

    // A minute later the recent ones have aged out too.
    window.applyUpdate(statusesAt(at(60s)));
    window.refreshNow();
    QCOMPARE(cell(window, QStringLiteral("billing"), Column::RateLimited).toString(),
             QStringLiteral("0"));
}

void tst_MainWindow::breakerColumnFollowsStatuses()
{
    MainWindow window;
    window.setEndpoints(threeEndpoints());
    const QString crm = QStringLiteral("crm");

    window.applyUpdate(statusesAt(at(0ms), BreakerState::Open));
    window.refreshNow();
    QCOMPARE(cell(window, crm, Column::Breaker).toString(), QStringLiteral("Open"));
    QCOMPARE(cell(window, crm, Column::Health).toString(), QStringLiteral("Breaker open"));
    QCOMPARE(cell(window, crm, Column::State).toString(), QStringLiteral("Short-circuiting"));
    const QColor open = cell(window, crm, Column::Breaker, Qt::ForegroundRole).value<QColor>();

    window.applyUpdate(statusesAt(at(1s), BreakerState::HalfOpen));
    window.refreshNow();
    QCOMPARE(cell(window, crm, Column::Breaker).toString(), QStringLiteral("Half-open"));
    QVERIFY(cell(window, crm, Column::Breaker, Qt::ForegroundRole).value<QColor>() != open);

    window.applyUpdate(statusesAt(at(2s), BreakerState::Closed));
    window.refreshNow();
    QCOMPARE(cell(window, crm, Column::Breaker).toString(), QStringLiteral("Closed"));
    QCOMPARE(cell(window, QStringLiteral("search"), Column::Breaker).toString(),
             QStringLiteral("Closed"));
}

void tst_MainWindow::errorShareDecidesHealth()
{
    MainWindow window;
    window.setEndpoints(threeEndpoints());
    EngineUpdate update = statusesAt(at(0ms));
    for (int i = 0; i < 10; ++i) {
        const Outcome outcome = i < 3 ? Outcome::ServerError : Outcome::Ok;
        update.records.append(record(QStringLiteral("search"), at(-9s + i * 900ms), outcome, 40,
                                     outcome == Outcome::Ok ? 200 : 503));
    }
    window.applyUpdate(update);
    window.refreshNow();
    const QString search = QStringLiteral("search");
    QCOMPARE(cell(window, search, Column::ErrorPercent).toString(), QStringLiteral("30.0 %"));
    QCOMPARE(cell(window, search, Column::RequestsPerSecond).toString(), QStringLiteral("1.0"));
    QCOMPARE(cell(window, search, Column::Health).toString(), QStringLiteral("Failing"));
    QCOMPARE(cell(window, search, Column::Health, Qt::TextAlignmentRole).value<Qt::Alignment>()
                 & Qt::AlignRight,
             Qt::Alignment());
    QVERIFY(cell(window, search, Column::ErrorPercent, Qt::TextAlignmentRole)
                .value<Qt::Alignment>()
                .testFlag(Qt::AlignRight));
    QVERIFY(!cell(window, search, Column::Health, Qt::DecorationRole).isNull());
}

void tst_MainWindow::lastErrorShowsItsAge()
{
    MainWindow window;
    window.setEndpoints(threeEndpoints());
    EngineUpdate update = statusesAt(at(0ms));
    update.records.append(record(QStringLiteral("crm"), at(-4s), Outcome::ServerError, 30, 503));
    window.applyUpdate(update);
    window.refreshNow();
    QCOMPARE(cell(window, QStringLiteral("crm"), Column::LastError).toString(),
             QStringLiteral("HTTP 503 · 4 s ago"));
    QCOMPARE(cell(window, QStringLiteral("crm"), Column::LastLatency).toString(),
             QStringLiteral("30"));
}

void tst_MainWindow::endpointToolTipHidesCredentials()
{
    MainWindow window;
    window.setEndpoints(threeEndpoints());
    const QString tip
        = cell(window, QStringLiteral("crm"), Column::Endpoint, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("crm.example.test/v1/ping")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("crm")), qPrintable(tip));
    QVERIFY2(!tip.contains(QStringLiteral("s3cret")), qPrintable(tip));
    QVERIFY2(!tip.contains(QStringLiteral("alice")), qPrintable(tip));
    QVERIFY2(!tip.contains(QStringLiteral("abc")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("x=1")), qPrintable(tip));
}

void tst_MainWindow::selectingARowShowsItsNameInTheHeader()
{
    MainWindow window;
    window.setEndpoints(threeEndpoints());
    window.applyUpdate(statusesAt(at(0ms)));
    window.refreshNow();
    QVERIFY(window.detailPanel()->headerText().contains(QStringLiteral("CRM API")));

    const QModelIndex billing = window.proxyModel()->index(1, 0);
    window.tableView()->selectionModel()->select(billing, QItemSelectionModel::ClearAndSelect
                                                              | QItemSelectionModel::Rows);
    QCOMPARE(window.selectedEndpointId(), QStringLiteral("billing"));
    const QString header = window.detailPanel()->headerText();
    QVERIFY2(header.contains(QStringLiteral("Billing")), qPrintable(header));
    QVERIFY2(header.contains(QStringLiteral("billing.example.test")), qPrintable(header));
    QVERIFY2(header.contains(QStringLiteral("Breaker: Closed")), qPrintable(header));
}

void tst_MainWindow::latencySeriesHoldsOnePointPerRecord()
{
    MainWindow window;
    window.resize(1280, 860);
    window.setEndpoints(threeEndpoints());
    EngineUpdate update = statusesAt(at(0ms));
    for (int i = 0; i < 40; ++i) {
        const Outcome outcome = i % 5 == 0 ? Outcome::Timeout : Outcome::Ok;
        update.records.append(record(QStringLiteral("crm"), at(-60s + i * 1s), outcome, 10 + i));
    }
    window.applyUpdate(update);
    window.refreshNow();
    const TimeSeriesChart *latency = window.detailPanel()->latencyChart();
    QCOMPARE(latency->pointCount(DetailPanel::AttemptLatency), 40);
    QCOMPARE(latency->pointCount(DetailPanel::FailedAttempts), 8);
    QVERIFY(latency->pointCount(DetailPanel::P95Latency) > 0);
    QVERIFY(window.detailPanel()->rateChart()->pointCount(DetailPanel::ErrorsPerSecond) > 0);
    QVERIFY(window.detailPanel()->queueChart()->pointCount(0) > 0);
}

void tst_MainWindow::latencySeriesIsDecimatedWhenDense()
{
    MainWindow window;
    window.setEndpoints(threeEndpoints());
    constexpr int count = 8000;
    EngineUpdate update = statusesAt(at(0ms));
    for (int i = 0; i < count; ++i) {
        update.records.append(record(QStringLiteral("crm"), at(-299s + i * 37ms), Outcome::Ok,
                                     10 + (i * 7919) % 500));
    }
    window.applyUpdate(update);
    window.refreshNow();
    const int points
        = window.detailPanel()->latencyChart()->pointCount(DetailPanel::AttemptLatency);
    QVERIFY2(points > 0 && points < count, qPrintable(QString::number(points)));
}

void tst_MainWindow::breakerBandIsDrawn()
{
    MainWindow window;
    window.setEndpoints(threeEndpoints());
    const QString crm = QStringLiteral("crm");
    window.applyUpdate(statusesAt(at(-120s)));
    EngineUpdate update = statusesAt(at(0ms), BreakerState::HalfOpen);
    update.breakerEvents = {{crm, at(-60s), BreakerState::Closed, BreakerState::Open, {}},
                            {crm, at(-45s), BreakerState::Open, BreakerState::HalfOpen, {}}};
    window.applyUpdate(update);
    window.refreshNow();
    const TimeSeriesChart *band = window.detailPanel()->breakerChart();
    QCOMPARE(band->pointCount(DetailPanel::ClosedBand), 4);
    QCOMPARE(band->pointCount(DetailPanel::OpenBand), 4);
    QCOMPARE(band->pointCount(DetailPanel::HalfOpenBand), 4);
}

void tst_MainWindow::filterHidesRows()
{
    MainWindow window;
    window.setEndpoints(threeEndpoints());
    window.filterEdit()->setText(QStringLiteral("bill"));
    QCOMPARE(window.proxyModel()->rowCount(), 1);
    QCOMPARE(window.selectedEndpointId(), QStringLiteral("billing"));
    window.filterEdit()->setText(QStringLiteral("CRM")); // matches the id too, any case
    QCOMPARE(window.proxyModel()->rowCount(), 1);
    window.filterEdit()->setText(QStringLiteral("nothing like it"));
    QCOMPARE(window.proxyModel()->rowCount(), 0);
    window.filterEdit()->clear();
    QCOMPARE(window.proxyModel()->rowCount(), 3);
}

void tst_MainWindow::statusBarSumsEndpoints()
{
    MainWindow window;
    window.setEndpoints(threeEndpoints());
    window.setSourceDescription(QStringLiteral("Embedded demo on 127.0.0.1:1234"));
    window.applyUpdate(statusesAt(at(0ms), BreakerState::Open));
    window.refreshNow();
    const QString text = window.statusText();
    QVERIFY2(text.contains(QStringLiteral("Endpoints: 3")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("In flight: 3")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Breakers open: 1")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("127.0.0.1:1234")), qPrintable(text));
    QCOMPARE(window.windowTitle(), QStringLiteral("Breakwater"));
}

void tst_MainWindow::chartsShareTheChosenTimeWindow()
{
    MainWindow window;
    window.setEndpoints(threeEndpoints());
    window.applyUpdate(statusesAt(at(0ms)));
    window.resize(1280, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DetailPanel *detail = window.detailPanel();
    QVERIFY(detail->queueChart()->chart()->plotArea().width() > 500);
    QSignalSpy changed(detail, &DetailPanel::timeRangeChanged);
    detail->setTimeRange(TimeRange::OneMinute);
    QCOMPARE(changed.count(), 1);
    window.refreshNow();

    const qint64 endMs = toEpochMs(at(0ms));
    for (const TimeSeriesChart *chart : {detail->latencyChart(), detail->rateChart(),
                                         detail->breakerChart(), detail->queueChart()}) {
        QCOMPARE(chart->timeAxis()->min().toMSecsSinceEpoch(), endMs - 60'000);
        QCOMPARE(chart->timeAxis()->max().toMSecsSinceEpoch(), endMs);
        QCOMPARE(chart->chart()->plotArea().left(),
                 detail->queueChart()->chart()->plotArea().left());
        QCOMPARE(chart->chart()->plotArea().right(),
                 detail->queueChart()->chart()->plotArea().right());
    }
}

void tst_MainWindow::remembersTimeRangeAcrossWindows()
{
    {
        MainWindow window;
        window.detailPanel()->setTimeRange(TimeRange::FifteenMinutes);
        window.close();
    }
    MainWindow again;
    QCOMPARE(again.detailPanel()->timeRange(), TimeRange::FifteenMinutes);
}

void tst_MainWindow::decimationKeepsExtremesInTimeOrder()
{
    QList<QPointF> points;
    for (int i = 0; i < 1000; ++i)
        points.append(QPointF(999 - i, i == 500 ? 1000.0 : (i % 2 ? 1.0 : 2.0)));
    points.append(QPointF(-50, 7));
    points.append(QPointF(1200, 8));

    const QList<QPointF> reduced = TimeSeriesChart::decimate(points, 0, 1000, 10, true);
    QVERIFY(reduced.size() <= 2 * 10 + 2);
    QVERIFY(std::is_sorted(reduced.cbegin(), reduced.cend(),
                           [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
    QCOMPARE(reduced.first(), QPointF(-50, 7));
    QCOMPARE(reduced.last(), QPointF(1200, 8));
    QVERIFY(reduced.contains(QPointF(499, 1000)));

    const QList<QPointF> few = TimeSeriesChart::decimate(points.mid(0, 5), 0, 1000, 10, false);
    QCOMPARE(few.size(), 5);
    QCOMPARE(few.first().x(), 995.0);
}

void tst_MainWindow::stepsHoldEachValue()
{
    const QList<QPointF> steps = TimeSeriesChart::toSteps({{0, 1}, {10, 3}, {20, 0}});
    const QList<QPointF> expected{{0, 1}, {10, 1}, {10, 3}, {20, 3}, {20, 0}};
    QCOMPARE(steps, expected);

    // A held value needs no corners; the last point still ends the line.
    const QList<QPointF> flat
        = TimeSeriesChart::toSteps({{0, 2}, {10, 2}, {20, 2}, {30, 0}, {40, 0}});
    const QList<QPointF> expectedFlat{{0, 2}, {30, 2}, {30, 0}, {40, 0}};
    QCOMPARE(flat, expectedFlat);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
