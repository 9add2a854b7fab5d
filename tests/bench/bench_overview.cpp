// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchreport.h"
#include "endpointgroupmodel.h"
#include "endpointtablemodel.h"
#include "mainwindow.h"
#include "syntheticfeed.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

#include <functional>

using namespace bw;

/// The overview with many endpoints: the real main window under the offscreen platform, 500
/// endpoints in 25 groups polled at 1 Hz, four engine updates a second. One measured
/// refresh is the overview's part of what the UI thread does per update: apply the update
/// to the store, refresh the table model (and through the sort proxy the group model), and
/// repaint the overview's viewport at once. The detail charts are left out: bench_uirefresh
/// measures them. Then the costs of what a user does to the overview: sort by a column,
/// type into the filter, switch grouping on and off.
namespace {

constexpr int updatesPerSecond = 4;
constexpr int groups = 25;

/// The shared feed's update, with every 37th endpoint's breaker open (the set moves every
/// 10 s), so sorting by it has something to move.
EngineUpdate updateAt(bench::SyntheticFeed &feed, WallTime at)
{
    EngineUpdate u = feed.updateAt(at);
    const qint64 tens = toEpochMs(at) / 10'000;
    for (int i = 0; i < u.statuses.size(); ++i) {
        u.statuses[i].breaker = (i + tens) % 37 == 0 ? BreakerState::Open
                                                       : BreakerState::Closed;
    }
    return u;
}

struct Stats
{
    double median = 0;
    double p99 = 0;
};

Stats stats(std::vector<double> values)
{
    Stats s;
    s.median = bench::quantile(values, 0.5);
    s.p99 = bench::quantile(values, 0.99);
    return s;
}

/// Wall milliseconds of `action` followed by a synchronous repaint of the overview, `times`
/// times.
Stats timeActions(MainWindow &window, int times, const std::function<void(int)> &action)
{
    std::vector<double> ms;
    for (int i = 0; i < times; ++i) {
        QElapsedTimer clock;
        clock.start();
        action(i);
        window.overviewView()->viewport()->repaint();
        ms.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    return stats(ms);
}

} // namespace

int main(int argc, char **argv)
{
    QTemporaryDir home;
    bench::prepareUiRun(home.path());
    QApplication app(argc, argv);
    const bool quick = bench::quickMode(argc, argv);
    const int endpoints = quick ? 50 : 500;
    const int fillSeconds = quick ? 30 : 300; // the trend column's five minutes
    const int measured = quick ? 8 : 4 * 60;  // refreshes per mode: a minute of updates
    const int toggles = quick ? 2 : 20;

    const QList<EndpointConfig> configs = bench::syntheticEndpoints(endpoints, groups);

    MainWindow window;
    window.setEndpoints(configs);
    window.resize(1360, 860);
    window.show();
    QCoreApplication::processEvents();

    const WallTime start
        = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now())
          - std::chrono::seconds(fillSeconds);
    bench::SyntheticFeed feed(configs, updatesPerSecond);
    WallTime at = start;
    for (int i = 0; i < fillSeconds * updatesPerSecond; ++i) {
        at += Millis(1000 / updatesPerSecond);
        window.applyUpdate(updateAt(feed, at));
    }
    window.refreshNow();
    QCoreApplication::processEvents();

    // One refresh: the update applied, the overview's models refreshed, its view repainted.
    const auto refreshes = [&](int count) {
        std::vector<double> wallMs;
        std::vector<double> cpuMs;
        for (int i = 0; i < count; ++i) {
            at += Millis(1000 / updatesPerSecond);
            const EngineUpdate update = updateAt(feed, at); // the engine's, not timed
            const double cpuBefore = bench::threadCpuSeconds();
            QElapsedTimer clock;
            clock.start();
            window.applyUpdate(update);
            window.tableModel()->refresh();
            window.overviewView()->viewport()->repaint();
            wallMs.push_back(double(clock.nsecsElapsed()) / 1e6);
            cpuMs.push_back((bench::threadCpuSeconds() - cpuBefore) * 1000);
        }
        return std::pair{stats(wallMs), stats(cpuMs)};
    };

    bench::Report report(QStringLiteral("Overview: %1 endpoints in %2 groups at 1 Hz%3")
                             .arg(endpoints)
                             .arg(groups)
                             .arg(quick ? QStringLiteral(" (quick run, not a figure)")
                                        : QString()));
    const auto addRefresh = [&](const QString &mode, std::pair<Stats, Stats> figures) {
        report.add({QStringLiteral("Refresh, %1, median (wall)").arg(mode), figures.first.median,
                    QStringLiteral("ms"), std::nullopt, QString(), std::nullopt});
        report.add({QStringLiteral("Refresh, %1, p99 (wall)").arg(mode), figures.first.p99,
                    QStringLiteral("ms"), std::nullopt, QString(), std::nullopt});
        report.add({QStringLiteral("Refresh, %1, median (thread CPU)").arg(mode),
                    figures.second.median, QStringLiteral("ms"), std::nullopt, QString(),
                    std::nullopt});
    };

    using C = EndpointTableModel::Column;
    addRefresh(QStringLiteral("flat, unsorted"), refreshes(measured));
    window.tableView()->sortByColumn(int(C::ErrorPercent), Qt::DescendingOrder);
    addRefresh(QStringLiteral("flat, sorted by errors"), refreshes(measured));
    window.setGrouped(true);
    QCoreApplication::processEvents();
    addRefresh(QStringLiteral("grouped, sorted by errors"), refreshes(measured));
    window.treeView()->sortByColumn(-1, Qt::AscendingOrder);
    addRefresh(QStringLiteral("grouped, unsorted"), refreshes(measured));

    const std::array sortColumns{C::Health, C::P95, C::Endpoint, C::QueueDepth};
    const auto sortBy = [&](int i) {
        window.overviewView() == window.treeView()
            ? window.treeView()->sortByColumn(int(sortColumns[std::size_t(i) % 4]),
                                              Qt::DescendingOrder)
            : window.tableView()->sortByColumn(int(sortColumns[std::size_t(i) % 4]),
                                               Qt::DescendingOrder);
    };
    const auto filter = [&](int i) {
        // Narrow to a tenth of the endpoints, then back to all.
        window.filterEdit()->setText(i % 2 == 0 ? QStringLiteral("Service 1") : QString());
    };
    const Stats sortGrouped = timeActions(window, toggles, sortBy);
    const Stats filterGrouped = timeActions(window, toggles, filter);
    window.setGrouped(false);
    const Stats sortFlat = timeActions(window, toggles, sortBy);
    const Stats filterFlat = timeActions(window, toggles, filter);
    const Stats grouping
        = timeActions(window, toggles, [&](int i) { window.setGrouped(i % 2 == 0); });

    const auto addAction = [&](const QString &name, const Stats &s) {
        report.add({name + QStringLiteral(", median"), s.median, QStringLiteral("ms"),
                    std::nullopt, QString(), std::nullopt});
        report.add({name + QStringLiteral(", p99"), s.p99, QStringLiteral("ms"), std::nullopt,
                    QString(), std::nullopt});
    };
    addAction(QStringLiteral("Sort by a column, flat"), sortFlat);
    addAction(QStringLiteral("Sort by a column, grouped"), sortGrouped);
    addAction(QStringLiteral("Filter on or off, flat"), filterFlat);
    addAction(QStringLiteral("Filter on or off, grouped"), filterGrouped);
    addAction(QStringLiteral("Grouping on or off"), grouping);
    report.note(QStringLiteral("%1 refreshes per mode after %2 s of history; each is the update "
                               "applied to the store, EndpointTableModel::refresh() and a "
                               "synchronous repaint of the overview's viewport (the detail "
                               "charts are not drawn). Actions are timed with the repaint that "
                               "follows, %3 times each. Window 1360×860, offscreen platform.")
                    .arg(measured)
                    .arg(fillSeconds)
                    .arg(toggles));
    report.print();
    return 0;
}
