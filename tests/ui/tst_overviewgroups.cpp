// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpointgroupmodel.h"
#include "endpointtablemodel.h"
#include "mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace bw;
using namespace std::chrono_literals;
using Column = EndpointTableModel::Column;

namespace {

const WallTime base = std::chrono::sys_days{std::chrono::year{2026} / 8 / 20} + 9h;

EndpointConfig endpoint(const QString &id, const QString &group)
{
    EndpointConfig config;
    config.id = id;
    config.name = id;
    config.group = group;
    config.url = QUrl(QStringLiteral("http://127.0.0.1:9/") + id);
    return config;
}

// Config order: a payments endpoint first, one without a group in the middle.
QList<EndpointConfig> fiveEndpoints()
{
    return {endpoint(QStringLiteral("billing"), QStringLiteral("payments")),
            endpoint(QStringLiteral("search"), QString()),
            endpoint(QStringLiteral("crm"), QStringLiteral("sales")),
            endpoint(QStringLiteral("ledger"), QStringLiteral("payments")),
            endpoint(QStringLiteral("leads"), QStringLiteral("sales"))};
}

AttemptRecord record(const QString &id, WallTime when, Outcome outcome, double latencyMs)
{
    AttemptRecord r;
    r.endpointId = id;
    r.timestamp = when;
    r.outcome = outcome;
    r.httpStatus = outcome == Outcome::Ok ? 200 : 503;
    r.latency = std::chrono::microseconds(qint64(latencyMs * 1000));
    if (outcome != Outcome::Ok)
        r.error = QStringLiteral("HTTP 503");
    return r;
}

/// One second of traffic: every endpoint answers once, ledger's breaker open when asked.
EngineUpdate second(int tick, bool ledgerOpen)
{
    EngineUpdate update;
    update.at = base + tick * 1s;
    const std::array<std::pair<const char *, double>, 5> latencies{
        {{"billing", 40}, {"search", 10}, {"crm", 300}, {"ledger", 80}, {"leads", 20}}};
    for (const auto &[id, latency] : latencies) {
        const QString name = QString::fromLatin1(id);
        EndpointStatus status;
        status.endpointId = name;
        status.queueDepth = name.size();
        status.breaker = name == QStringLiteral("ledger") && ledgerOpen ? BreakerState::Open
                                                                      : BreakerState::Closed;
        update.statuses.append(status);
        const Outcome outcome = name == QStringLiteral("ledger") && ledgerOpen
                                    ? Outcome::ServerError
                                    : Outcome::Ok;
        update.records.append(record(name, update.at - 100ms, outcome, latency + tick));
    }
    return update;
}

const QStringList billingLedger{QStringLiteral("billing"), QStringLiteral("ledger")};
const QStringList ledgerBilling{QStringLiteral("ledger"), QStringLiteral("billing")};

QStringList groupTitles(const EndpointGroupModel *model)
{
    QStringList titles;
    for (int g = 0; g < model->rowCount(); ++g)
        titles << model->index(g, 0).data().toString();
    return titles;
}

QStringList childIds(const EndpointGroupModel *model, int group)
{
    QStringList ids;
    const QModelIndex parent = model->index(group, 0);
    for (int row = 0; row < model->rowCount(parent); ++row)
        ids << model->index(row, 0, parent).data(EndpointTableModel::IdRole).toString();
    return ids;
}

QVariant groupCell(const EndpointGroupModel *model, int group, Column column,
                   int role = Qt::DisplayRole)
{
    return model->index(group, int(column)).data(role);
}

QSettings settings()
{
    return QSettings(QStringLiteral("Breakwater"), QStringLiteral("Breakwater"));
}

} // namespace

class tst_OverviewGroups : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void groupsFollowTheConfigurationOrder();
    void groupRowsSumAndShowTheWorst();
    void sortingOrdersEndpointsInsideAndGroupsByTheirFigure();
    void filterHidesEmptyGroupsAndKeepsCollapsedOnes();
    void modelPassesTheTesterWhileFedSortedAndFiltered();
    void selectingInTheTreeDrivesTheDetail();
    void groupingIsRemembered();
    void hiddenColumnsAreRememberedAndSharedByBothViews();
};

void tst_OverviewGroups::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_OverviewGroups::init()
{
    settings().clear();
}

void tst_OverviewGroups::groupsFollowTheConfigurationOrder()
{
    MainWindow window;
    window.setEndpoints(fiveEndpoints());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setGrouped(true);
    QCoreApplication::processEvents();
    const EndpointGroupModel *model = window.groupModel();
    // Ungrouped last, whatever the configuration's order.
    QCOMPARE(groupTitles(model), (QStringList{QStringLiteral("payments (2)"),
                                              QStringLiteral("sales (2)"),
                                              QStringLiteral("Ungrouped (1)")}));
    QCOMPARE(childIds(model, 0), billingLedger);
    QCOMPARE(childIds(model, 1), (QStringList{QStringLiteral("crm"), QStringLiteral("leads")}));
    QCOMPARE(childIds(model, 2), QStringList{QStringLiteral("search")});
    QVERIFY(model->isGroup(model->index(0, 0)));
    QCOMPARE(model->index(1, 0).data(EndpointTableModel::GroupRole).toString(),
             QStringLiteral("sales"));
    QCOMPARE(model->groupName(model->index(0, 0, model->index(1, 0))), QStringLiteral("sales"));
    // Every group starts expanded, and the first endpoint is selected.
    for (int g = 0; g < model->rowCount(); ++g)
        QVERIFY(window.treeView()->isExpanded(model->index(g, 0)));
    QCOMPARE(window.selectedEndpointId(), QStringLiteral("billing"));
    QCOMPARE(window.overviewView(), window.treeView());
    // Names are indented twice (arrows, then level), so the first column is wider by as much.
    QCOMPARE(window.treeView()->columnWidth(0),
             window.tableView()->columnWidth(0) + 2 * window.treeView()->indentation());
    QCOMPARE(window.treeView()->columnWidth(int(Column::P95)),
             window.tableView()->columnWidth(int(Column::P95)));
    // Switching back and forth leaves the table's widths alone.
    const int tableWidth = window.tableView()->columnWidth(0);
    for (int i = 0; i < 4; ++i)
        window.setGrouped(i % 2 == 1);
    QCoreApplication::processEvents();
    QCOMPARE(window.tableView()->columnWidth(0), tableWidth);
    QCOMPARE(window.treeView()->columnWidth(0), tableWidth + 2 * window.treeView()->indentation());
}

void tst_OverviewGroups::groupRowsSumAndShowTheWorst()
{
    MainWindow window;
    window.setEndpoints(fiveEndpoints());
    window.setGrouped(true);
    for (int tick = 0; tick < 5; ++tick)
        window.applyUpdate(second(tick, tick >= 3));
    window.refreshNow();
    const EndpointGroupModel *model = window.groupModel();
    QCOMPARE(groupTitles(model).first(), QStringLiteral("payments (2)"));
    QCOMPARE(groupCell(model, 0, Column::Breaker).toString(), QStringLiteral("1 open"));
    QCOMPARE(groupCell(model, 1, Column::Breaker).toString(), QStringLiteral("All closed"));
    QCOMPARE(groupCell(model, 0, Column::Health).toString(), QStringLiteral("Breaker open"));
    QVERIFY(groupCell(model, 0, Column::Health, Qt::ToolTipRole).toString().contains("ledger"));
    QCOMPARE(groupCell(model, 0, Column::State).toString(), QStringLiteral("1 in trouble"));
    QCOMPARE(groupCell(model, 1, Column::State).toString(), QStringLiteral("No trouble"));
    // Queue depth: billing 7 + ledger 6; sales: crm 3 + leads 5.
    QCOMPARE(groupCell(model, 0, Column::QueueDepth).toString(), QStringLiteral("13"));
    QCOMPARE(groupCell(model, 1, Column::QueueDepth).toString(), QStringLiteral("8"));
    QCOMPARE(groupCell(model, 1, Column::QueueDepth, EndpointTableModel::SortRole).toDouble(),
             8.0);
    // Latency: the slowest endpoint's figure, named in the tooltip.
    const QModelIndex crm = model->index(0, int(Column::LastLatency), model->index(1, 0));
    QCOMPARE(groupCell(model, 1, Column::LastLatency), crm.data());
    QVERIFY(groupCell(model, 1, Column::LastLatency, Qt::ToolTipRole).toString().contains("crm"));
    // The percentiles likewise show the highest of the group's endpoints.
    for (const Column column : {Column::P50, Column::P95, Column::P99}) {
        const QModelIndex group = model->index(1, 0);
        double highest = -1;
        for (int child = 0; child < model->rowCount(group); ++child) {
            highest = std::max(highest, model->index(child, int(column), group)
                                            .data(EndpointTableModel::SortRole)
                                            .toDouble());
        }
        QVERIFY(highest > 0);
        QCOMPARE(groupCell(model, 1, column, EndpointTableModel::SortRole).toDouble(), highest);
        QVERIFY(groupCell(model, 1, column, Qt::ToolTipRole).toString().startsWith("Highest"));
    }
    QVERIFY(groupCell(model, 0, Column::LastError).toString().startsWith("ledger: "));
    QVERIFY(groupCell(model, 1, Column::LastError).toString().isEmpty());
    // The breaker's colour comes from the open one.
    QCOMPARE(groupCell(model, 0, Column::Breaker, Qt::ForegroundRole),
             model->index(1, int(Column::Breaker), model->index(0, 0)).data(Qt::ForegroundRole));
}

void tst_OverviewGroups::sortingOrdersEndpointsInsideAndGroupsByTheirFigure()
{
    MainWindow window;
    window.setEndpoints(fiveEndpoints());
    window.setGrouped(true);
    for (int tick = 0; tick < 3; ++tick)
        window.applyUpdate(second(tick, false));
    window.refreshNow();
    const EndpointGroupModel *model = window.groupModel();

    window.treeView()->sortByColumn(int(Column::LastLatency), Qt::DescendingOrder);
    QCOMPARE(window.proxyModel()->sortColumn(), int(Column::LastLatency));
    // sales holds the slowest (crm 302 ms); payments' slowest is ledger, 82 ms.
    QCOMPARE(groupTitles(model).first(), QStringLiteral("sales (2)"));
    QCOMPARE(childIds(model, 0), (QStringList{QStringLiteral("crm"), QStringLiteral("leads")}));
    QCOMPARE(childIds(model, 1), ledgerBilling);

    window.treeView()->sortByColumn(int(Column::LastLatency), Qt::AscendingOrder);
    QCOMPARE(groupTitles(model).first(), QStringLiteral("payments (2)"));
    QCOMPARE(childIds(model, 0), billingLedger);
    QCOMPARE(groupTitles(model).last(), QStringLiteral("Ungrouped (1)"));

    window.treeView()->sortByColumn(int(Column::Endpoint), Qt::DescendingOrder);
    QCOMPARE(groupTitles(model).first(), QStringLiteral("sales (2)"));
    QCOMPARE(childIds(model, 0), (QStringList{QStringLiteral("leads"), QStringLiteral("crm")}));

    // The order follows the data: with no errors anywhere the names break the tie; once
    // ledger fails, payments has the higher error share and goes below sales.
    window.treeView()->sortByColumn(int(Column::ErrorPercent), Qt::AscendingOrder);
    QCOMPARE(groupTitles(model).first(), QStringLiteral("payments (2)"));
    window.applyUpdate(second(3, true));
    window.refreshNow();
    QCOMPARE(groupTitles(model).first(), QStringLiteral("sales (2)"));
    QCOMPARE(childIds(model, 1), billingLedger);

    // Back to the flat table: the same sort, the same selection.
    const QString selected = window.selectedEndpointId();
    window.setGrouped(false);
    QCOMPARE(window.tableView()->horizontalHeader()->sortIndicatorSection(),
             int(Column::ErrorPercent));
    QCOMPARE(window.selectedEndpointId(), selected);
}

void tst_OverviewGroups::filterHidesEmptyGroupsAndKeepsCollapsedOnes()
{
    MainWindow window;
    window.setEndpoints(fiveEndpoints());
    window.setGrouped(true);
    const EndpointGroupModel *model = window.groupModel();
    window.treeView()->collapse(model->groupIndex(QStringLiteral("sales")));

    window.filterEdit()->setText(QStringLiteral("le"));
    // ledger and leads match; billing, crm and search do not.
    QCOMPARE(groupTitles(model), (QStringList{QStringLiteral("payments (1)"),
                                              QStringLiteral("sales (1)")}));
    QVERIFY(window.treeView()->isExpanded(model->groupIndex(QStringLiteral("payments"))));
    QVERIFY(!window.treeView()->isExpanded(model->groupIndex(QStringLiteral("sales"))));
    QCOMPARE(window.selectedEndpointId(), QStringLiteral("ledger"));

    window.filterEdit()->setText(QStringLiteral("nothing matches"));
    QCOMPARE(model->rowCount(), 0);
    window.filterEdit()->clear();
    QCOMPARE(model->rowCount(), 3);
    QVERIFY(!window.treeView()->isExpanded(model->groupIndex(QStringLiteral("sales"))));
    QVERIFY(window.treeView()->isExpanded(model->groupIndex(QString())));
}

void tst_OverviewGroups::modelPassesTheTesterWhileFedSortedAndFiltered()
{
    MainWindow window;
    QAbstractItemModelTester tester(window.groupModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.setGrouped(true);
    window.setEndpoints(fiveEndpoints());
    const std::array columns{Column::LastLatency, Column::QueueDepth, Column::Breaker,
                             Column::Health, Column::Endpoint, Column::ErrorPercent};
    for (int tick = 0; tick < 24; ++tick) {
        window.applyUpdate(second(tick, tick % 5 >= 3));
        window.refreshNow();
        if (tick % 4 == 0) {
            window.treeView()->sortByColumn(int(columns[std::size_t(tick / 4)]),
                                            tick % 8 == 0 ? Qt::DescendingOrder
                                                          : Qt::AscendingOrder);
        }
        if (tick == 9)
            window.filterEdit()->setText(QStringLiteral("l"));
        if (tick == 15)
            window.filterEdit()->clear();
        if (tick == 18)
            window.setEndpoints(fiveEndpoints().mid(1));
        if (tick == 20) {
            window.setGrouped(false);
            window.setGrouped(true);
        }
        QVERIFY(window.groupModel()->rowCount() > 0);
    }
    QCOMPARE(groupTitles(window.groupModel()).size(), 3);
}

void tst_OverviewGroups::selectingInTheTreeDrivesTheDetail()
{
    MainWindow window;
    window.setEndpoints(fiveEndpoints());
    window.setGrouped(true);
    const EndpointGroupModel *model = window.groupModel();
    const QModelIndex leads = model->index(1, 0, model->groupIndex(QStringLiteral("sales")));
    window.treeView()->selectionModel()->setCurrentIndex(
        leads, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(window.selectedEndpointId(), QStringLiteral("leads"));
    // A group row keeps the endpoint shown.
    window.treeView()->selectionModel()->setCurrentIndex(
        model->groupIndex(QStringLiteral("payments")),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(window.selectedEndpointId(), QStringLiteral("leads"));
    // Selecting by id expands a collapsed group.
    window.treeView()->collapse(model->groupIndex(QStringLiteral("payments")));
    window.selectEndpoint(QStringLiteral("ledger"));
    QCOMPARE(window.selectedEndpointId(), QStringLiteral("ledger"));
    QVERIFY(window.treeView()->isExpanded(model->groupIndex(QStringLiteral("payments"))));
}

void tst_OverviewGroups::groupingIsRemembered()
{
    {
        MainWindow window;
        window.setEndpoints(fiveEndpoints());
        QVERIFY(!window.isGrouped());
        window.setGrouped(true);
        window.treeView()->collapse(window.groupModel()->groupIndex(QStringLiteral("sales")));
        window.close();
    }
    MainWindow window;
    window.setEndpoints(fiveEndpoints());
    QVERIFY(window.isGrouped());
    const auto *stack = qobject_cast<QStackedWidget *>(window.treeView()->parentWidget());
    QVERIFY(stack);
    QCOMPARE(stack->currentWidget(), window.treeView());
    QVERIFY(!window.treeView()->isExpanded(
        window.groupModel()->groupIndex(QStringLiteral("sales"))));
    QVERIFY(window.treeView()->isExpanded(
        window.groupModel()->groupIndex(QStringLiteral("payments"))));
    // The menu action says so too.
    bool found = false;
    for (const QString &line : window.shortcutList())
        found = found || line.endsWith(QStringLiteral("Group by Group"));
    QVERIFY(found);
}

void tst_OverviewGroups::hiddenColumnsAreRememberedAndSharedByBothViews()
{
    {
        MainWindow window;
        window.setEndpoints(fiveEndpoints());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Right-click menu of the tree's header: untick p99.
        std::unique_ptr<QMenu> menu(window.columnMenu(window.treeView()->header()));
        QCOMPARE(menu->actions().size(), EndpointTableModel::columnTotal);
        QAction *p99 = menu->actions().at(int(Column::P99));
        QCOMPARE(p99->text(), QStringLiteral("p99 ms"));
        QVERIFY(p99->isChecked());
        QVERIFY(!menu->actions().at(int(Column::Endpoint))->isEnabled());
        p99->trigger();
        QVERIFY(!window.isColumnShown(Column::P99));
        QVERIFY(window.tableView()->isColumnHidden(int(Column::P99)));
        QVERIFY(window.treeView()->isColumnHidden(int(Column::P99)));
        // The one column that names the row stays.
        window.setColumnShown(Column::Endpoint, false);
        QVERIFY(window.isColumnShown(Column::Endpoint));
        window.setColumnShown(Column::Retries, false);
        window.setGrouped(true);
        QCoreApplication::processEvents();
        QVERIFY(window.treeView()->isColumnHidden(int(Column::Retries)));
        window.setColumnShown(Column::Retries, true);
        QVERIFY(!window.treeView()->isColumnHidden(int(Column::Retries)));
        QCOMPARE(window.treeView()->columnWidth(int(Column::Retries)),
                 window.tableView()->columnWidth(int(Column::Retries)));
        QVERIFY(window.tableView()->columnWidth(int(Column::Retries)) > 0);
        window.close();
    }
    MainWindow window;
    window.setEndpoints(fiveEndpoints());
    QVERIFY(window.isGrouped());
    for (int column = 0; column < EndpointTableModel::columnTotal; ++column) {
        const bool hidden = column == int(Column::P99);
        QCOMPARE(window.tableView()->isColumnHidden(column), hidden);
        QCOMPARE(window.treeView()->isColumnHidden(column), hidden);
    }
    std::unique_ptr<QMenu> menu(window.columnMenu(nullptr));
    QVERIFY(!menu->actions().at(int(Column::P99))->isChecked());
    QVERIFY(menu->actions().at(int(Column::P95))->isChecked());
    window.setGrouped(false);
    QVERIFY(window.treeView()->isColumnHidden(int(Column::P99)));
    QVERIFY(!window.isColumnShown(Column::P99));
    menu->actions().at(int(Column::P99))->trigger();
    QVERIFY(window.isColumnShown(Column::P99));
    QVERIFY(!window.treeView()->isColumnHidden(int(Column::P99)));
    QVERIFY(window.tableView()->columnWidth(int(Column::P99)) > 0);

    // View → Columns offers the same choice and shows the ticks as they are when it opens.
    QMenu *viewColumns = window.viewColumnsMenu();
    QVERIFY(viewColumns);
    window.setColumnShown(Column::Retries, false);
    emit viewColumns->aboutToShow();
    QCOMPARE(viewColumns->actions().size(), EndpointTableModel::columnTotal);
    QVERIFY(!viewColumns->actions().at(int(Column::Retries))->isChecked());
    QVERIFY(viewColumns->actions().at(int(Column::P99))->isChecked());
    viewColumns->actions().at(int(Column::P99))->trigger();
    QVERIFY(!window.isColumnShown(Column::P99));
    emit viewColumns->aboutToShow(); // refilled, not appended to
    QCOMPARE(viewColumns->actions().size(), EndpointTableModel::columnTotal);
    QVERIFY(!viewColumns->actions().at(int(Column::P99))->isChecked());
}

QTEST_MAIN(tst_OverviewGroups)
#include "tst_overviewgroups.moc"
