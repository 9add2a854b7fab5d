// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailpanel.h"
#include "displaytext.h"
#include "endpointtablemodel.h"
#include "mainwindow.h"
#include "sparklinedelegate.h"
#include "timeserieschart.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QImage>
#include <QLineEdit>
#include <QNetworkReply>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QValueAxis>

#include <cmath>

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

QString header(const MainWindow &window, Column column)
{
    return window.tableModel()->headerData(int(column), Qt::Horizontal).toString();
}

// Paints one trend cell the size the table gives it, on white.
QImage paintTrend(const MainWindow &window, const QString &id, QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    QStyleOptionViewItem option;
    option.rect = image.rect();
    option.palette = window.tableView()->palette();
    option.widget = window.tableView();
    option.state = QStyle::State_Enabled;
    const EndpointTableModel *model = window.tableModel();
    window.tableView()
        ->itemDelegateForColumn(int(Column::Trend))
        ->paint(&painter, option, model->index(model->rowOf(id), int(Column::Trend)));
    painter.end();
    return image;
}

bool hasPixel(const QImage &image, const QColor &colour)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) == colour.rgb())
                return true;
        }
    }
    return false;
}

std::pair<qint64, qint64> timeWindow(const TimeSeriesChart *chart)
{
    return {chart->timeAxis()->min().toMSecsSinceEpoch(),
            chart->timeAxis()->max().toMSecsSinceEpoch()};
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
    void retriesColumnCountsTheLastMinuteOnly();
    void healthFollowsTheDocumentedRule_data();
    void healthFollowsTheDocumentedRule();
    void throttledAndPausedAreAmberLikeHalfOpen();
    void breakerColumnFollowsStatuses();
    void errorShareDecidesHealth();
    void lastErrorShowsItsAge();
    void percentileColumnsShowTheLatencySpread();
    void describeErrorNamesTheFailure_data();
    void describeErrorNamesTheFailure();
    void lastErrorCellUsesTheStructuredReason();
    void endpointToolTipHidesCredentials();
    void selectingARowShowsItsNameInTheHeader();
    void latencySeriesHoldsOnePointPerRecord();
    void latencySeriesIsDecimatedWhenDense();
    void breakerBandIsDrawn();
    void breakerChartMarksEachTransition();
    void rateChartShowsRetriesPerSecond();
    void liveWindowGrowsWithTheData();
    void followSpanClampsToTheRange();
    void trendHeaderNamesTheSharedWindow();
    void sparklinePaintsBandTicksAndLine();
    void sparklineCopesWithEmptyAndTinyCells();
    void sparklineOfTheSelectedRowSitsOnTheHighlight();
    void sparklinePaintsOnlyVisibleRowsOfMany();
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
    // Old enough data widens the trend window, which changes its header.
    window.applyUpdate(statusesAt(at(150s)));
    window.refreshNow();
    QCOMPARE(header(window, Column::Trend),
             QStringLiteral("Since %1").arg(formatClock(toEpochMs(at(-1s)))));
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

void tst_MainWindow::retriesColumnCountsTheLastMinuteOnly()
{
    MainWindow window;
    window.setEndpoints(threeEndpoints());
    EngineUpdate update = statusesAt(at(0ms));
    for (int i = 0; i < 4; ++i) {
        AttemptRecord first = record(QStringLiteral("crm"), at(-80s + i * 10s), Outcome::Ok, 9);
        AttemptRecord retry = record(QStringLiteral("crm"), at(-5s + i * 1s), Outcome::Ok, 9);
        retry.attempt = 2 + i % 2;
        update.records << first << retry;
    }
    AttemptRecord oldRetry = record(QStringLiteral("crm"), at(-70s), Outcome::ServerError, 9, 503);
    oldRetry.attempt = 2;
    update.records << oldRetry;
    window.applyUpdate(update);
    window.refreshNow();
    QCOMPARE(header(window, Column::Retries), QStringLiteral("Retries"));
    QCOMPARE(cell(window, QStringLiteral("crm"), Column::Retries).toString(), QStringLiteral("4"));
    QCOMPARE(
        cell(window, QStringLiteral("crm"), Column::Retries, EndpointTableModel::SortRole).toInt(),
        4);
    QVERIFY(cell(window, QStringLiteral("crm"), Column::Retries, Qt::TextAlignmentRole)
                .value<Qt::Alignment>()
                .testFlag(Qt::AlignRight));
    const QString tip
        = cell(window, QStringLiteral("crm"), Column::Retries, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("5 since start")), qPrintable(tip));
    QCOMPARE(cell(window, QStringLiteral("billing"), Column::Retries).toString(),
             QStringLiteral("0"));
}

void tst_MainWindow::healthFollowsTheDocumentedRule_data()
{
    QTest::addColumn<int>("ok");
    QTest::addColumn<int>("failed");
    QTest::addColumn<int>("rateLimited");
    QTest::addColumn<BreakerState>("breaker");
    QTest::addColumn<bool>("paused");
    QTest::addColumn<Health>("expected");
    QTest::addColumn<int>("slow");

    const auto closed = BreakerState::Closed;
    QTest::newRow("all fine") << 10 << 0 << 0 << closed << false << Health::Healthy << 0;
    QTest::newRow("a few errors") << 9 << 1 << 0 << closed << false << Health::Healthy << 0;
    QTest::newRow("429s alone") << 10 << 0 << 3 << closed << false << Health::Throttled << 0;
    QTest::newRow("429s and a few errors")
        << 9 << 1 << 3 << closed << false << Health::Throttled << 0;
    QTest::newRow("errors beat 429s") << 8 << 2 << 3 << closed << false << Health::Degraded << 0;
    QTest::newRow("many errors beat 429s")
        << 5 << 5 << 3 << closed << false << Health::Failing << 0;
    QTest::newRow("pause") << 10 << 0 << 1 << closed << false << Health::Throttled << 0;
    QTest::newRow("pause in force") << 10 << 0 << 1 << closed << true << Health::Paused << 0;
    QTest::newRow("pause, nothing sent") << 0 << 0 << 0 << closed << true << Health::Paused << 0;
    QTest::newRow("errors beat a pause") << 8 << 2 << 1 << closed << true << Health::Degraded << 0;
    QTest::newRow("half-open") << 10 << 0 << 0 << BreakerState::HalfOpen << false
                               << Health::Degraded << 0;
    QTest::newRow("half-open beats a pause")
        << 10 << 0 << 1 << BreakerState::HalfOpen << true << Health::Degraded << 0;
    QTest::newRow("failing beats half-open")
        << 0 << 10 << 0 << BreakerState::HalfOpen << false << Health::Failing << 0;
    QTest::newRow("open beats all")
        << 10 << 0 << 3 << BreakerState::Open << true << Health::BreakerOpen << 0;
    QTest::newRow("nothing sent") << 0 << 0 << 0 << closed << false << Health::NoData << 0;
    QTest::newRow("mostly slow") << 10 << 0 << 0 << closed << false << Health::Slow << 6;
    QTest::newRow("a few slow") << 10 << 0 << 0 << closed << false << Health::Healthy << 2;
    QTest::newRow("429s beat slow") << 10 << 0 << 2 << closed << false << Health::Throttled << 8;
}

void tst_MainWindow::healthFollowsTheDocumentedRule()
{
    QFETCH(int, ok);
    QFETCH(int, failed);
    QFETCH(int, rateLimited);
    QFETCH(BreakerState, breaker);
    QFETCH(bool, paused);
    QFETCH(Health, expected);
    QFETCH(int, slow);

    MetricsStore store;
    const QString id = QStringLiteral("api");
    store.setEndpoints({{id, QStringLiteral("API")}});
    EngineUpdate update;
    update.at = at(0ms);
    int second = 0;
    const auto add = [&](int count, Outcome outcome, int httpStatus) {
        for (int i = 0; i < count; ++i, ++second)
            update.records.append(record(id, at(-50s + second * 1s), outcome, 20, httpStatus));
    };
    add(ok, Outcome::Ok, 200);
    for (int i = 0; i < slow; ++i)
        update.records[i].slow = true;
    add(failed, Outcome::ServerError, 503);
    add(rateLimited, Outcome::RateLimited, 429);
    EndpointStatus current = status(id, breaker);
    if (paused)
        current.pausedUntil = at(2s);
    update.statuses = {current};
    store.apply(update);

    const HealthVerdict verdict = judgeHealth(*store.series(id), toEpochMs(at(0ms)));
    QCOMPARE(verdict.health, expected);
    QVERIFY(!healthText(verdict.health).isEmpty());
    // Once the pause has run out, it no longer counts.
    if (paused && expected == Health::Paused) {
        QVERIFY(judgeHealth(*store.series(id), toEpochMs(at(3s))).health != Health::Paused);
    }
}

void tst_MainWindow::throttledAndPausedAreAmberLikeHalfOpen()
{
    MainWindow window;
    window.setEndpoints(threeEndpoints());
    EngineUpdate update = statusesAt(at(0ms));
    update.statuses[1].pausedUntil = at(2s);             // billing
    update.statuses[2].breaker = BreakerState::HalfOpen; // search
    for (int i = 0; i < 5; ++i) {
        update.records.append(record(QStringLiteral("crm"), at(-20s + i * 1s),
                                     i == 0 ? Outcome::RateLimited : Outcome::Ok, 20,
                                     i == 0 ? 429 : 200));
        update.records.append(
            record(QStringLiteral("billing"), at(-20s + i * 1s), Outcome::RateLimited, 1, 429));
    }
    window.applyUpdate(update);
    window.refreshNow();

    QCOMPARE(cell(window, QStringLiteral("crm"), Column::Health).toString(),
             QStringLiteral("Throttled"));
    QCOMPARE(cell(window, QStringLiteral("billing"), Column::Health).toString(),
             QStringLiteral("Paused"));
    QCOMPARE(cell(window, QStringLiteral("billing"), Column::State).toString(),
             QStringLiteral("Paused until %1").arg(formatClock(toEpochMs(at(2s)))));
    const QString tip
        = cell(window, QStringLiteral("crm"), Column::Health, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("429 responses in the last minute: 1")), qPrintable(tip));

    const auto dotColour = [&window](const QString &id) {
        return cell(window, id, Column::Health, Qt::DecorationRole)
            .value<QPixmap>()
            .toImage()
            .pixelColor(6, 6);
    };
    const QColor amber
        = toneColour(breakerTone(BreakerState::HalfOpen), QGuiApplication::palette());
    QCOMPARE(dotColour(QStringLiteral("crm")), amber);
    QCOMPARE(dotColour(QStringLiteral("billing")), amber);
    QCOMPARE(dotColour(QStringLiteral("search")), amber);

    // Worst first: throttled and paused rank above healthy, below a half-open breaker.
    const auto severity = [&window](const QString &id) {
        return cell(window, id, Column::Health, EndpointTableModel::SortRole).toInt();
    };
    QVERIFY(severity(QStringLiteral("crm")) < severity(QStringLiteral("billing")));
    QVERIFY(severity(QStringLiteral("billing")) < severity(QStringLiteral("search")));
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

void tst_MainWindow::percentileColumnsShowTheLatencySpread()
{
    MainWindow window;
    window.setEndpoints(threeEndpoints());
    EngineUpdate update = statusesAt(at(0ms));
    for (int i = 1; i <= 100; ++i) {
        update.records.append(
            record(QStringLiteral("crm"), at(-100s + i * 500ms), Outcome::Ok, i, 200));
    }
    window.applyUpdate(update);
    window.refreshNow();
    const QString crm = QStringLiteral("crm");
    const EndpointSeries *series = window.metrics().series(crm);
    QVERIFY(series);
    QVERIFY(series->p50Ms > 0 && series->p50Ms < series->p95Ms);
    QVERIFY(series->p95Ms < series->p99Ms);
    QCOMPARE(header(window, Column::P50), QStringLiteral("p50 ms"));
    QCOMPARE(header(window, Column::P99), QStringLiteral("p99 ms"));
    QCOMPARE(int(Column::P50) + 1, int(Column::P95));
    QCOMPARE(int(Column::P95) + 1, int(Column::P99));
    QCOMPARE(cell(window, crm, Column::P50).toString(), formatMs(series->p50Ms));
    QCOMPARE(cell(window, crm, Column::P99).toString(), formatMs(series->p99Ms));
    QCOMPARE(cell(window, crm, Column::P50, EndpointTableModel::SortRole).toDouble(),
             series->p50Ms);
    QCOMPARE(cell(window, crm, Column::P99, EndpointTableModel::SortRole).toDouble(),
             series->p99Ms);
    QVERIFY(cell(window, crm, Column::P99, Qt::TextAlignmentRole).value<Qt::Alignment>()
            & Qt::AlignRight);
    QVERIFY(cell(window, crm, Column::P50, Qt::ToolTipRole).toString().contains("p99"));
    // Nothing sent: a dash, sorted below every figure.
    QCOMPARE(cell(window, QStringLiteral("search"), Column::P50).toString(),
             QStringLiteral("–"));
    QVERIFY(cell(window, QStringLiteral("search"), Column::P99, EndpointTableModel::SortRole)
                .toDouble()
            < 0);
    window.tableView()->sortByColumn(int(Column::P99), Qt::DescendingOrder);
    QCOMPARE(window.proxyModel()->index(0, 0).data(EndpointTableModel::IdRole).toString(), crm);
}

void tst_MainWindow::describeErrorNamesTheFailure_data()
{
    QTest::addColumn<AttemptRecord>("record");
    QTest::addColumn<QString>("expected");

    AttemptRecord http;
    http.outcome = Outcome::ServerError;
    http.httpStatus = 503;
    http.errorKind = ErrorKind::Http;
    QTest::newRow("http") << http << QStringLiteral("HTTP 503");

    AttemptRecord refused;
    refused.outcome = Outcome::NetworkError;
    refused.errorKind = ErrorKind::Network;
    refused.networkError = QNetworkReply::ConnectionRefusedError;
    QTest::newRow("refused") << refused << QStringLiteral("Connection refused");

    AttemptRecord unmapped = refused;
    unmapped.networkError = QNetworkReply::ContentGoneError;
    QTest::newRow("unmapped network error")
        << unmapped << QStringLiteral("Network error (ContentGoneError)");

    AttemptRecord timeout;
    timeout.outcome = Outcome::Timeout;
    timeout.errorKind = ErrorKind::Timeout;
    timeout.timeout = 2000ms;
    QTest::newRow("timeout") << timeout << QStringLiteral("No complete answer within 2000 ms");

    AttemptRecord breaker;
    breaker.outcome = Outcome::ShortCircuited;
    breaker.errorKind = ErrorKind::BreakerOpen;
    QTest::newRow("breaker") << breaker << QStringLiteral("Breaker open: no request sent");

    AttemptRecord budget = http;
    budget.noRetry = NoRetryReason::Budget;
    QTest::newRow("budget") << budget << QStringLiteral("HTTP 503; no retry: retry budget spent");
}

void tst_MainWindow::describeErrorNamesTheFailure()
{
    QFETCH(AttemptRecord, record);
    QFETCH(QString, expected);
    QCOMPARE(describeError(record), expected);
}

void tst_MainWindow::lastErrorCellUsesTheStructuredReason()
{
    MainWindow window;
    window.setEndpoints(threeEndpoints());
    EngineUpdate update = statusesAt(at(0ms));
    AttemptRecord refused = record(QStringLiteral("crm"), at(-4s), Outcome::NetworkError, 3, 0);
    refused.error = QStringLiteral("engine text, not shown");
    refused.errorKind = ErrorKind::Network;
    refused.networkError = QNetworkReply::ConnectionRefusedError;
    update.records.append(refused);
    window.applyUpdate(update);
    window.refreshNow();
    QCOMPARE(cell(window, QStringLiteral("crm"), Column::LastError).toString(),
             QStringLiteral("Connection refused · 4 s ago"));
    const QString tip
        = cell(window, QStringLiteral("crm"), Column::LastError, Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(QStringLiteral("Connection refused\n")), qPrintable(tip));
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
    // One-second buckets over a one-minute window: one step per record (and its corners).
    QVERIFY(latency->pointCount(DetailPanel::MaxLatency) >= 40);
    QCOMPARE(latency->pointCount(DetailPanel::FailedAttempts), 8);
    QVERIFY(latency->pointCount(DetailPanel::P95Latency) > 0);
    QVERIFY(latency->pointCount(DetailPanel::P50Latency) > 0);
    QVERIFY(latency->pointCount(DetailPanel::P99Latency) > 0);
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
        = window.detailPanel()->latencyChart()->pointCount(DetailPanel::MaxLatency);
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

void tst_MainWindow::breakerChartMarksEachTransition()
{
    MainWindow window;
    window.resize(1280, 860);
    window.setEndpoints(threeEndpoints());
    const QString crm = QStringLiteral("crm");
    window.applyUpdate(statusesAt(at(-120s)));
    EngineUpdate update = statusesAt(at(0ms));
    // The half-open spell lasts 2 ms: far too short for the band, but it gets its own line.
    update.breakerEvents = {{crm, at(-60s), BreakerState::Closed, BreakerState::Open, {}},
                            {crm, at(-30s), BreakerState::Open, BreakerState::HalfOpen, {}},
                            {crm, at(-30s + 2ms), BreakerState::HalfOpen, BreakerState::Open, {}},
                            {crm, at(-10s), BreakerState::Open, BreakerState::HalfOpen, {}},
                            {crm, at(-5s), BreakerState::HalfOpen, BreakerState::Closed, {}}};
    window.applyUpdate(update);
    window.tuningDock()->hide(); // the charts get the width the settings dock would take
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.refreshNow();
    const TimeSeriesChart *band = window.detailPanel()->breakerChart();
    QVERIFY(band->chart()->plotArea().width() > 500);
    // The two transitions 2 ms apart share a pixel column, so they make one line.
    QCOMPARE(band->markerCount(), 4);

    // A range that starts after the first transition drops its line.
    window.detailPanel()->setTimeRange(TimeRange::OneMinute);
    window.applyUpdate(statusesAt(at(25s)));
    window.refreshNow();
    QCOMPARE(band->markerCount(), 3);
}

void tst_MainWindow::rateChartShowsRetriesPerSecond()
{
    MainWindow window;
    window.resize(1280, 860);
    window.setEndpoints(threeEndpoints());
    EngineUpdate update = statusesAt(at(0ms));
    for (int i = 0; i < 3; ++i) {
        AttemptRecord retry = record(QStringLiteral("crm"), at(-10s + 300ms * i), Outcome::Ok, 5);
        retry.attempt = 2;
        update.records.append(retry);
    }
    update.records.append(record(QStringLiteral("crm"), at(-10s), Outcome::ServerError, 5, 503));
    window.applyUpdate(update);
    window.refreshNow();

    const TimeSeriesChart *rates = window.detailPanel()->rateChart();
    QCOMPARE(rates->title(), QStringLiteral("429s, errors and retries per second"));
    QCOMPARE(rates->seriesCount(), 3);
    QCOMPARE(rates->seriesName(DetailPanel::RetriesPerSecond), QStringLiteral("retries"));
    QVERIFY(rates->pointCount(DetailPanel::RetriesPerSecond) > 0);
    // Three retries fell in one second: the scale reaches at least 3, in whole steps.
    QVERIFY(rates->valueAxis()->max() >= 3);
    const double step = rates->valueAxis()->tickInterval();
    QCOMPARE(step, std::floor(step));
}

void tst_MainWindow::liveWindowGrowsWithTheData()
{
    MainWindow window;
    window.setEndpoints(threeEndpoints());
    DetailPanel *detail = window.detailPanel();
    detail->setTimeRange(TimeRange::FifteenMinutes);
    window.applyUpdate(statusesAt(at(0ms)));

    // 20 seconds of data: one minute ending now, not 15 minutes with the data at the edge.
    window.applyUpdate(statusesAt(at(20s)));
    window.refreshNow();
    const qint64 startMs = toEpochMs(at(0ms));
    for (const TimeSeriesChart *chart : {detail->latencyChart(), detail->rateChart(),
                                         detail->breakerChart(), detail->queueChart()}) {
        QCOMPARE(timeWindow(chart),
                 std::make_pair(toEpochMs(at(20s)) - 60'000, toEpochMs(at(20s))));
    }

    // Four minutes of data: from the first data point to now.
    window.applyUpdate(statusesAt(at(4min)));
    window.refreshNow();
    QCOMPARE(timeWindow(detail->latencyChart()), std::make_pair(startMs, toEpochMs(at(4min))));

    // Older than the range: the range, as before.
    window.applyUpdate(statusesAt(at(20min)));
    window.refreshNow();
    QCOMPARE(timeWindow(detail->queueChart()),
             std::make_pair(toEpochMs(at(20min)) - 15 * 60'000, toEpochMs(at(20min))));
}

void tst_MainWindow::followSpanClampsToTheRange()
{
    constexpr qint64 minute = 60'000;
    QCOMPARE(followSpanMs(0, 10 * minute, 5 * minute), 5 * minute); // no data yet
    QCOMPARE(followSpanMs(1'000, 1'000 + 5'000, 5 * minute), minute);
    QCOMPARE(followSpanMs(1'000, 1'000 + 3 * minute, 5 * minute), 3 * minute);
    QCOMPARE(followSpanMs(1'000, 1'000 + 9 * minute, 5 * minute), 5 * minute);
    QCOMPARE(followSpanMs(1'000, 1'000 + 9 * minute, minute / 2), minute / 2);
}

void tst_MainWindow::trendHeaderNamesTheSharedWindow()
{
    MainWindow window;
    QAbstractItemModelTester tester(window.tableModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.setEndpoints(threeEndpoints());
    QCOMPARE(header(window, Column::Trend), QStringLiteral("Last 5 min")); // no data yet
    window.applyUpdate(statusesAt(at(0ms)));
    window.refreshNow();
    QCOMPARE(header(window, Column::Trend), QStringLiteral("Last 30 s"));
    QSignalSpy headerChanged(window.tableModel(), &QAbstractItemModel::headerDataChanged);
    const auto trendRole = [&window](const QString &id, int role) {
        return cell(window, id, Column::Trend, role).toLongLong();
    };
    QCOMPARE(trendRole(QStringLiteral("search"), EndpointTableModel::TrendToRole),
             toEpochMs(at(0ms)));
    QCOMPARE(trendRole(QStringLiteral("search"), EndpointTableModel::TrendFromRole),
             toEpochMs(at(0ms)) - 30'000);
    QVERIFY(cell(window, QStringLiteral("search"), Column::Trend).toString().isEmpty());

    // The window grows from the first data point, which the header names and every row
    // shares; the header changes only when the wording does.
    const QString since = QStringLiteral("Since %1").arg(formatClock(toEpochMs(at(0ms))));
    const std::array<std::pair<std::chrono::milliseconds, QString>, 5> steps{{
        {25s, QStringLiteral("Last 30 s")},
        {31s, since},
        {61s, since},
        {299s, since},
        {30min, QStringLiteral("Last 5 min")},
    }};
    for (const auto &[age, expected] : steps) {
        window.applyUpdate(statusesAt(at(age)));
        window.refreshNow();
        QCOMPARE(header(window, Column::Trend), expected);
        const qint64 fromMs = std::min(toEpochMs(at(0ms)), toEpochMs(at(age)) - 30'000);
        QCOMPARE(trendRole(QStringLiteral("crm"), EndpointTableModel::TrendFromRole),
                 std::max(fromMs, toEpochMs(at(age)) - 5 * 60'000));
        QCOMPARE(trendRole(QStringLiteral("billing"), EndpointTableModel::TrendFromRole),
                 trendRole(QStringLiteral("crm"), EndpointTableModel::TrendFromRole));
    }
    QCOMPARE(headerChanged.count(), 2);
    QCOMPARE(trendRole(QStringLiteral("crm"), EndpointTableModel::TrendFromRole),
             toEpochMs(at(30min)) - 5 * 60'000);
    const QString tip
        = cell(window, QStringLiteral("crm"), Column::Trend, Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(QStringLiteral("Last 5 min: nothing sent; 429s: 0")), qPrintable(tip));
}

void tst_MainWindow::sparklinePaintsBandTicksAndLine()
{
    MainWindow window;
    window.setEndpoints(threeEndpoints());
    const QString crm = QStringLiteral("crm");
    window.applyUpdate(statusesAt(at(-55s)));
    EngineUpdate update = statusesAt(at(0ms));
    for (int i = 0; i < 50; ++i) {
        const bool failing = i >= 10 && i < 20;
        update.records.append(record(crm, at(-50s + i * 1s),
                                     failing ? Outcome::ServerError : Outcome::Ok, 40 + i % 7,
                                     failing ? 503 : 200));
        update.records.append(record(QStringLiteral("billing"), at(-50s + i * 1s),
                                     i % 10 == 0 ? Outcome::RateLimited : Outcome::Ok, 30,
                                     i % 10 == 0 ? 429 : 200));
    }
    update.breakerEvents = {{crm, at(-35s), BreakerState::Closed, BreakerState::Open, {}},
                            {crm, at(-25s), BreakerState::Open, BreakerState::HalfOpen, {}},
                            {crm, at(-25s + 5ms), BreakerState::HalfOpen, BreakerState::Open, {}},
                            {crm, at(-15s), BreakerState::Open, BreakerState::Closed, {}}};
    window.applyUpdate(update);
    window.refreshNow();

    auto *delegate = qobject_cast<SparklineDelegate *>(
        window.tableView()->itemDelegateForColumn(int(Column::Trend)));
    QVERIFY(delegate);
    const QSize cellSize(SparklineDelegate::maxWidth + 8, 30);
    const QPalette palette = window.tableView()->palette();

    const QImage crmImage = paintTrend(window, crm, cellSize);
    QVERIFY(hasPixel(crmImage, toneColour(Tone::Bad, palette)));     // open spells
    QVERIFY(hasPixel(crmImage, toneColour(Tone::Holding, palette))); // the 5 ms probe
    QVERIFY(hasPixel(crmImage, SeriesColour::vermillion));           // error ticks
    QVERIFY(!hasPixel(crmImage, SeriesColour::purple));
    // Nothing is painted right of the width limit.
    for (int y = 0; y < crmImage.height(); ++y) {
        for (int x = SparklineDelegate::maxWidth + 4; x < crmImage.width(); ++x)
            QCOMPARE(crmImage.pixelColor(x, y), QColor(Qt::white));
    }

    const QImage billingImage = paintTrend(window, QStringLiteral("billing"), cellSize);
    QVERIFY(hasPixel(billingImage, SeriesColour::purple));
    QVERIFY(!hasPixel(billingImage, SeriesColour::vermillion));
    QVERIFY(!hasPixel(billingImage, toneColour(Tone::Bad, palette)));
    QCOMPARE(delegate->sizeHint(QStyleOptionViewItem(), window.tableModel()->index(0, 0)).width(),
             SparklineDelegate::maxWidth + 8);
}

void tst_MainWindow::sparklineCopesWithEmptyAndTinyCells()
{
    MainWindow window;
    window.setEndpoints(threeEndpoints());
    // Before any update: no data and a window that ends at 0.
    const QImage empty = paintTrend(window, QStringLiteral("crm"), QSize(158, 30));
    QVERIFY(!hasPixel(empty, toneColour(Tone::Good, window.tableView()->palette())));

    window.applyUpdate(statusesAt(at(0ms), BreakerState::Open));
    window.refreshNow();
    for (const QSize size : {QSize(1, 1), QSize(3, 3), QSize(158, 8), QSize(2000, 200)}) {
        const QImage image = paintTrend(window, QStringLiteral("crm"), size);
        QCOMPARE(image.size(), size);
    }
    QVERIFY(hasPixel(paintTrend(window, QStringLiteral("crm"), QSize(158, 30)),
                     toneColour(Tone::Bad, window.tableView()->palette())));
}

void tst_MainWindow::sparklineOfTheSelectedRowSitsOnTheHighlight()
{
    MainWindow window;
    window.setEndpoints(threeEndpoints());
    const QString crm = QStringLiteral("crm");
    EngineUpdate update = statusesAt(at(0ms), BreakerState::Open);
    for (int i = 0; i < 60; ++i) {
        update.records.append(record(crm, at(-60s + i * 1s),
                                     i % 6 == 0   ? Outcome::RateLimited
                                     : i % 7 == 0 ? Outcome::ServerError
                                                  : Outcome::Ok,
                                     20 + i % 13, i % 6 == 0 ? 429 : 200));
    }
    update.breakerEvents = {{crm, at(-20s), BreakerState::Closed, BreakerState::Open, {}}};
    window.applyUpdate(update);
    window.refreshNow();

    const QSize size(SparklineDelegate::maxWidth + 8, 30);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    QStyleOptionViewItem option;
    option.rect = image.rect();
    option.palette = window.tableView()->palette();
    option.widget = window.tableView();
    option.state = QStyle::State_Enabled | QStyle::State_Active | QStyle::State_Selected;
    option.showDecorationSelected = true; // as the table sets it for whole-row selection
    const EndpointTableModel *model = window.tableModel();
    window.tableView()
        ->itemDelegateForColumn(int(Column::Trend))
        ->paint(&painter, option, model->index(model->rowOf(crm), int(Column::Trend)));
    painter.end();

    const QColor highlight = option.palette.color(QPalette::Active, QPalette::Highlight);
    // No base-coloured well (it covered three quarters of the cell): the highlight shows
    // everywhere the marks leave free.
    int onHighlight = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            onHighlight += image.pixelColor(x, y).rgb() == highlight.rgb() ? 1 : 0;
    }
    QVERIFY2(onHighlight > image.width() * image.height() / 2,
             qPrintable(QStringLiteral("%1 of %2 pixels, highlight %3")
                            .arg(onHighlight)
                            .arg(image.width() * image.height())
                            .arg(highlight.name())));
    // Ticks and band keep their colours (on a halo of the highlighted text colour), so 429s,
    // errors and an open breaker still read as such.
    const QColor halo = option.palette.color(QPalette::Active, QPalette::HighlightedText);
    QVERIFY(hasPixel(image, halo));
    QVERIFY(hasPixel(image, SeriesColour::purple));
    QVERIFY(hasPixel(image, SeriesColour::vermillion));
    QVERIFY(hasPixel(image, toneColour(Tone::Bad, option.palette)));
    // The latency line, alone between the 429 ticks and the error ticks, takes a shade that
    // stands out 3:1 from the highlight instead of the plain blue, which would not.
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
               + 0.0722 * channel(c.blueF());
    };
    const auto contrast = [&](const QColor &a, const QColor &b) {
        const double la = luminance(a);
        const double lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    };
    QVERIFY(contrast(SeriesColour::blue, highlight) < 3.0);
    QVERIFY(!hasPixel(image, SeriesColour::blue));
    double best = 0;
    for (int y = 8; y <= 17; ++y) {
        for (int x = 4; x < 4 + SparklineDelegate::maxWidth; ++x)
            best = std::max(best, contrast(image.pixelColor(x, y), highlight));
    }
    QVERIFY2(best >= 3.0, qPrintable(QString::number(best)));
}

void tst_MainWindow::sparklinePaintsOnlyVisibleRowsOfMany()
{
    MainWindow window;
    QList<EndpointConfig> endpoints;
    EngineUpdate update;
    update.at = at(0ms);
    for (int i = 0; i < 500; ++i) {
        const QString id = QStringLiteral("e%1").arg(i);
        endpoints.append(endpoint(id, id, QStringLiteral("http://127.0.0.1:9/%1").arg(i)));
        update.statuses.append(status(id, i % 3 == 0 ? BreakerState::Open : BreakerState::Closed));
        for (int s = 0; s < 300; s += 2) {
            update.records.append(record(id, at(-300s + s * 1s),
                                         s % 20 == 0 ? Outcome::RateLimited : Outcome::Ok,
                                         10 + (i * s) % 90, s % 20 == 0 ? 429 : 200));
        }
    }
    window.setEndpoints(endpoints);
    window.applyUpdate(statusesAt(at(-300s)));
    window.applyUpdate(update);
    window.resize(1280, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.refreshNow();

    QElapsedTimer timer;
    timer.start();
    const QImage shot = window.tableView()->viewport()->grab().toImage();
    const qint64 elapsedMs = timer.elapsed();
    QVERIFY(!shot.isNull());
    QVERIFY(hasPixel(shot, SeriesColour::purple));
    // Generous: a few visible rows paint in a few milliseconds; 500 would take far longer.
    QVERIFY2(elapsedMs < 2'000, qPrintable(QString::number(elapsedMs)));
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
    window.tuningDock()->hide(); // the charts get the width the settings dock would take
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
