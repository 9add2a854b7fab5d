// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartdata.h"
#include "deadlettersdialog.h"
#include "detailpanel.h"
#include "endpointtablemodel.h"
#include "mainwindow.h"
#include "timeserieschart.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QItemSelectionModel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace bw;
using Column = EndpointTableModel::Column;

namespace {

const qint64 nowMs = 1'790'000'000'000; // a fixed instant in 2026

EndpointConfig deliverEndpoint(const QString &id = QStringLiteral("sink"))
{
    EndpointConfig config;
    config.id = id;
    config.name = QStringLiteral("Delivery sink");
    config.url = QUrl(QStringLiteral("http://127.0.0.1:9/hook"));
    config.mode = EndpointMode::Deliver;
    return config;
}

EndpointConfig pollEndpoint()
{
    EndpointConfig config;
    config.id = QStringLiteral("poll");
    config.name = QStringLiteral("Poll");
    config.url = QUrl(QStringLiteral("http://127.0.0.1:9/ping"));
    return config;
}

DeliveryRequest request(int n)
{
    DeliveryRequest r;
    r.target = QStringLiteral("/hook?n=%1").arg(n);
    r.headers = {{"Authorization", "Bearer s3cret-token"}};
    r.body = QByteArray("{\"n\":") + QByteArray::number(n) + '}';
    return r;
}

/// Enqueues `count` deliveries and turns all of them into dead letters; returns their ids.
QStringList makeDeadLetters(DeliveryStore &store, const QString &endpointId, int count)
{
    QList<DeliveryRequest> requests;
    for (int i = 0; i < count; ++i)
        requests.append(request(i));
    const auto ids = store.enqueue(endpointId, requests, QueueLimits{}, nowMs);
    if (!ids)
        return {};
    QList<DeliveryUpdate> updates;
    for (const QString &id : *ids) {
        DeliveryUpdate u;
        u.kind = DeliveryUpdate::Kind::DeadLetter;
        u.id = id;
        u.attempts = 3;
        u.error = QStringLiteral("HTTP 400: refused");
        u.atMs = nowMs + 1000;
        updates.append(u);
    }
    if (!store.apply(updates))
        return {};
    return *ids;
}

qint64 deadCount(DeliveryStore &store, const QString &endpointId)
{
    const auto counts = store.counts(endpointId);
    return counts ? counts->deadLetters : -1;
}

qint64 pendingCount(DeliveryStore &store, const QString &endpointId)
{
    const auto counts = store.counts(endpointId);
    return counts ? counts->pending : -1;
}

void writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

void selectRow(QTableView *view, int row)
{
    view->selectionModel()->select(view->model()->index(row, 0),
                                   QItemSelectionModel::ClearAndSelect
                                       | QItemSelectionModel::Rows);
}

/// Runs a dialog action and waits for its worker to finish.
bool finished(DeadLettersDialog &dialog, void (DeadLettersDialog::*action)())
{
    QSignalSpy spy(&dialog, &DeadLettersDialog::actionFinished);
    (dialog.*action)();
    if (!dialog.isBusy())
        return false;
    return spy.wait(10'000) && !dialog.isBusy();
}

} // namespace

class tst_QueueUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void dialogListsDeadLettersWithoutHeaderValues();
    void requeueAndPurgeChangeTheStore();
    void largePageLoadsQuickly();
    void batchLoadAcceptsAGoodFile();
    void batchLoadRefusesABadFileNamingLines();
    void batchLoadReportsAFullQueue();
    void windowLoadsABatchOffTheUiThread();
    void queueActionsFollowTheSelectedMode();
    void overviewShowsQueueFigures();
    void queueChartDrawsDrainRateForDeliverMode();

private:
    QTemporaryDir m_dir;
};

void tst_QueueUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void tst_QueueUi::cleanupTestCase()
{
    QSettings(QStringLiteral("Breakwater"), QStringLiteral("Breakwater")).clear();
}

void tst_QueueUi::dialogListsDeadLettersWithoutHeaderValues()
{
    const QString path = m_dir.filePath(QStringLiteral("list.sqlite"));
    DeliveryStore store;
    QVERIFY(store.open(path));
    const QStringList ids = makeDeadLetters(store, QStringLiteral("sink"), 3);
    QCOMPARE(ids.size(), 3);
    // Another endpoint's dead letter is not listed.
    QCOMPARE(makeDeadLetters(store, QStringLiteral("other"), 1).size(), 1);

    DeadLettersDialog dialog(path, deliverEndpoint());
    QAbstractItemModelTester tester(dialog.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const DeadLetterModel *model = dialog.model();
    QCOMPARE(model->rowCount(), 3);
    using D = DeadLetterModel::Column;
    QCOMPARE(model->index(0, int(D::Id)).data().toString(), ids.at(0));
    QCOMPARE(model->index(0, int(D::Attempts)).data().toString(), QStringLiteral("3"));
    QCOMPARE(model->index(0, int(D::Reason)).data().toString(),
             QStringLiteral("HTTP 400: refused"));
    QCOMPARE(model->index(0, int(D::Request)).data().toString(), QStringLiteral("POST /hook?n=0"));
    QCOMPARE(model->index(0, int(D::BodySize)).data().toString(), QStringLiteral("7 bytes"));
    QVERIFY(model->index(0, int(D::Enqueued)).data().toString().startsWith(QStringLiteral("20")));
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                QVERIFY(!model->index(row, column).data(role).toString().contains(
                    QStringLiteral("s3cret")));
            }
        }
    }
}

void tst_QueueUi::requeueAndPurgeChangeTheStore()
{
    const QString path = m_dir.filePath(QStringLiteral("actions.sqlite"));
    DeliveryStore store;
    QVERIFY(store.open(path));
    const QStringList ids = makeDeadLetters(store, QStringLiteral("sink"), 5);
    QCOMPARE(ids.size(), 5);

    DeadLettersDialog dialog(path, deliverEndpoint());
    QAbstractItemModelTester tester(dialog.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    selectRow(dialog.view(), 0);
    QVERIFY(finished(dialog, &DeadLettersDialog::requeueSelected));
    QCOMPARE(deadCount(store, QStringLiteral("sink")), 4);
    QCOMPARE(pendingCount(store, QStringLiteral("sink")), 1);
    QCOMPARE(dialog.model()->rowCount(), 4);
    QCOMPARE(dialog.statusText(), QStringLiteral("Dead letters requeued: 1."));
    QVERIFY(!ids.mid(1).contains(ids.at(0)));
    QCOMPARE(dialog.model()->id(0), ids.at(1));

    // A refused confirmation purges nothing.
    QStringList asked;
    dialog.setConfirmation([&asked](const QString &question) {
        asked << question;
        return false;
    });
    dialog.purgeAll();
    QVERIFY(!dialog.isBusy());
    QCOMPARE(asked.size(), 1);
    QCOMPARE(deadCount(store, QStringLiteral("sink")), 4);

    dialog.setConfirmation([](const QString &) { return true; });
    selectRow(dialog.view(), 1);
    QVERIFY(finished(dialog, &DeadLettersDialog::purgeSelected));
    QCOMPARE(deadCount(store, QStringLiteral("sink")), 3);
    QCOMPARE(dialog.model()->rowCount(), 3);
    QVERIFY(dialog.model()->id(0) == ids.at(1));

    QVERIFY(finished(dialog, &DeadLettersDialog::requeueAll));
    QCOMPARE(deadCount(store, QStringLiteral("sink")), 0);
    QCOMPARE(pendingCount(store, QStringLiteral("sink")), 4);

    QCOMPARE(makeDeadLetters(store, QStringLiteral("sink"), 2).size(), 2);
    dialog.reload();
    QCOMPARE(dialog.model()->rowCount(), 2);
    QVERIFY(finished(dialog, &DeadLettersDialog::purgeAll));
    QCOMPARE(deadCount(store, QStringLiteral("sink")), 0);
    QCOMPARE(pendingCount(store, QStringLiteral("sink")), 4);
    QCOMPARE(dialog.model()->rowCount(), 0);
    QVERIFY(store.integrityCheck().value_or(QString()) == QStringLiteral("ok"));
}

void tst_QueueUi::largePageLoadsQuickly()
{
    // Not a timed test: the figure is printed for the record; the bound only catches a
    // call that would freeze the window.
    const QString path = m_dir.filePath(QStringLiteral("large.sqlite"));
    DeliveryStore store;
    QVERIFY(store.open(path));
    QCOMPARE(makeDeadLetters(store, QStringLiteral("sink"), 5000).size(), 5000);
    DeadLettersDialog dialog(path, deliverEndpoint());
    QCOMPARE(dialog.model()->rowCount(), DeadLettersDialog::pageSize);
    const double listMs = dialog.slowestCallMs();
    QVERIFY(finished(dialog, &DeadLettersDialog::requeueAll));
    QCOMPARE(dialog.model()->rowCount(), 0);
    const double requeueMs = dialog.slowestCallMs();
    qInfo("dead letters: listing a page of %d of 5000 took %.1f ms on the UI thread; requeueing "
          "all 5000 took %.1f ms on the worker",
          DeadLettersDialog::pageSize, listMs, requeueMs);
    QVERIFY(listMs < 2000);
}

void tst_QueueUi::batchLoadAcceptsAGoodFile()
{
    const QString queue = m_dir.filePath(QStringLiteral("batch-good.sqlite"));
    const QString file = m_dir.filePath(QStringLiteral("good.jsonl"));
    writeFile(file, "{\"event\":\"signup\"}\n"
                    "\n"
                    "{\"method\":\"PUT\",\"path\":\"/hook/2\",\"body\":{\"a\":1}}\n"
                    "[1,2,3]\n");
    const BatchLoadResult result = loadDeliveryBatch(file, queue, deliverEndpoint(), nowMs);
    QCOMPARE(result.accepted, 3);
    QVERIFY(result.errors.isEmpty());
    QVERIFY(result.error.isEmpty());
    QCOMPARE(batchLoadMessage(result, QStringLiteral("Sink")),
             QStringLiteral("Deliveries accepted for Sink: 3."));
    DeliveryStore store;
    QVERIFY(store.open(queue));
    QCOMPARE(pendingCount(store, QStringLiteral("sink")), 3);
}

void tst_QueueUi::batchLoadRefusesABadFileNamingLines()
{
    const QString queue = m_dir.filePath(QStringLiteral("batch-bad.sqlite"));
    const QString file = m_dir.filePath(QStringLiteral("bad.jsonl"));
    writeFile(file, "{\"ok\":1}\n"
                    "{not json\n"
                    "{\"ok\":2}\n"
                    "{\"url\":\"http://elsewhere.example.test/x\",\"body\":\"x\"}\n");
    const BatchLoadResult result = loadDeliveryBatch(file, queue, deliverEndpoint(), nowMs);
    QCOMPARE(result.accepted, 0);
    QCOMPARE(result.errors.size(), 2);
    QCOMPARE(result.errors.at(0).line, 2);
    QCOMPARE(result.errors.at(1).line, 4);
    const QString message = batchLoadMessage(result, QStringLiteral("Sink"));
    QVERIFY2(message.startsWith(QStringLiteral("Bad lines: 2; nothing was enqueued.")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Line 2: ")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Line 4: ")), qPrintable(message));
    DeliveryStore store;
    QVERIFY(store.open(queue));
    QCOMPARE(pendingCount(store, QStringLiteral("sink")), 0);
}

void tst_QueueUi::batchLoadReportsAFullQueue()
{
    const QString queue = m_dir.filePath(QStringLiteral("batch-full.sqlite"));
    const QString file = m_dir.filePath(QStringLiteral("three.jsonl"));
    writeFile(file, "{\"n\":1}\n{\"n\":2}\n{\"n\":3}\n");
    EndpointConfig endpoint = deliverEndpoint();
    endpoint.queue.maxDeliveries = 2;
    const BatchLoadResult result = loadDeliveryBatch(file, queue, endpoint, nowMs);
    QVERIFY(result.queueFull);
    QCOMPARE(result.accepted, 0);
    QVERIFY(batchLoadMessage(result, QStringLiteral("Sink"))
                .startsWith(QStringLiteral("The queue of Sink is full; nothing was enqueued")));
    DeliveryStore store;
    QVERIFY(store.open(queue));
    QCOMPARE(pendingCount(store, QStringLiteral("sink")), 0);
}

void tst_QueueUi::windowLoadsABatchOffTheUiThread()
{
    const QString queue = m_dir.filePath(QStringLiteral("window.sqlite"));
    const QString file = m_dir.filePath(QStringLiteral("window.jsonl"));
    writeFile(file, "{\"n\":1}\n{\"n\":2}\n");
    MainWindow window;
    window.setBatchLoadMessageBoxes(false);
    window.setEndpoints({deliverEndpoint()});
    window.setQueuePath(queue);
    QSignalSpy loaded(&window, &MainWindow::batchLoaded);
    QVERIFY(window.enqueueFromFile(file));
    QVERIFY(!window.enqueueFromFile(file)); // one load at a time
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(loaded.at(0).at(0).toString(),
             QStringLiteral("Deliveries accepted for Delivery sink: 2."));
    QVERIFY(loaded.at(0).at(1).toBool());
    DeliveryStore store;
    QVERIFY(store.open(queue));
    QCOMPARE(pendingCount(store, QStringLiteral("sink")), 2);
}

void tst_QueueUi::queueActionsFollowTheSelectedMode()
{
    const QString queue = m_dir.filePath(QStringLiteral("actions-mode.sqlite"));
    MainWindow window;
    window.setEndpoints({pollEndpoint(), deliverEndpoint()});
    window.selectEndpoint(QStringLiteral("sink"));
    QVERIFY(!window.openDeadLettersDialog()); // no queue file yet
    window.setQueuePath(queue);
    DeadLettersDialog *dialog = window.openDeadLettersDialog();
    QVERIFY(dialog);
    delete dialog;
    window.selectEndpoint(QStringLiteral("poll"));
    QVERIFY(!window.openDeadLettersDialog());
    QVERIFY(!window.enqueueFromFile(m_dir.filePath(QStringLiteral("window.jsonl"))));
}

void tst_QueueUi::overviewShowsQueueFigures()
{
    MainWindow window;
    window.setEndpoints({pollEndpoint(), deliverEndpoint()});
    QAbstractItemModelTester tester(window.tableModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    EngineUpdate update;
    update.at = fromEpochMs(nowMs);
    EndpointStatus poll;
    poll.endpointId = QStringLiteral("poll");
    poll.queueDepth = 2;
    EndpointStatus sink;
    sink.endpointId = QStringLiteral("sink");
    sink.deliver = true;
    sink.queueDepth = 42;
    sink.deadLetters = 7;
    sink.drainRate = 4.5;
    sink.delivered = 100;
    sink.oldestDeliveryAge = Millis(95'000);
    update.statuses = {poll, sink};
    window.applyUpdate(update);
    window.refreshNow();

    const EndpointTableModel *model = window.tableModel();
    const auto cell = [model](const QString &id, Column column, int role = Qt::DisplayRole) {
        return model->index(model->rowOf(id), int(column)).data(role).toString();
    };
    QCOMPARE(cell(QStringLiteral("sink"), Column::QueueDepth), QStringLiteral("42"));
    QCOMPARE(cell(QStringLiteral("sink"), Column::OldestDelivery), QStringLiteral("1 min"));
    QCOMPARE(cell(QStringLiteral("sink"), Column::DrainRate), QStringLiteral("4.5"));
    QCOMPARE(cell(QStringLiteral("sink"), Column::DeadLetters), QStringLiteral("7"));
    QVERIFY(cell(QStringLiteral("sink"), Column::QueueDepth, Qt::ToolTipRole)
                .contains(QStringLiteral("7 dead letters")));
    QCOMPARE(cell(QStringLiteral("poll"), Column::QueueDepth), QStringLiteral("2"));
    QCOMPARE(cell(QStringLiteral("poll"), Column::OldestDelivery), QString());
    QCOMPARE(cell(QStringLiteral("poll"), Column::DrainRate), QString());
    QCOMPARE(cell(QStringLiteral("poll"), Column::DeadLetters), QString());
    QCOMPARE(model->headerData(int(Column::OldestDelivery), Qt::Horizontal).toString(),
             QStringLiteral("Oldest"));
    QCOMPARE(model->headerData(int(Column::DrainRate), Qt::Horizontal).toString(),
             QStringLiteral("Drain/s"));
    QCOMPARE(model->headerData(int(Column::DeadLetters), Qt::Horizontal).toString(),
             QStringLiteral("Dead"));

    // The queue chart's data: the store keeps drain rate and dead letters per second.
    const EndpointSeries *series = window.metrics().series(QStringLiteral("sink"));
    QVERIFY(series && !series->queueDepth.empty());
    QCOMPARE(series->queueDepth.back().depth, 42);
    QCOMPARE(series->queueDepth.back().drainRate, 4.5);
    QCOMPARE(series->queueDepth.back().deadLetters, 7);
    const EndpointSeries *pollSeries = window.metrics().series(QStringLiteral("poll"));
    QVERIFY(pollSeries && pollSeries->queueDepth.back().drainRate < 0);
}

void tst_QueueUi::queueChartDrawsDrainRateForDeliverMode()
{
    MetricsStore store;
    store.setEndpoints({{QStringLiteral("sink"), QStringLiteral("Sink")},
                        {QStringLiteral("poll"), QStringLiteral("Poll")}});
    for (int second = 0; second < 30; ++second) {
        EngineUpdate update;
        update.at = fromEpochMs(nowMs - 30'000 + second * 1000);
        EndpointStatus sink;
        sink.endpointId = QStringLiteral("sink");
        sink.deliver = true;
        sink.queueDepth = 30 - second;
        sink.drainRate = 2.5;
        sink.deadLetters = second / 10;
        EndpointStatus poll;
        poll.endpointId = QStringLiteral("poll");
        poll.queueDepth = 1;
        update.statuses = {sink, poll};
        store.apply(update);
    }
    DetailPanel panel(&store);
    panel.resize(1000, 700);
    panel.setTimeRange(TimeRange::OneMinute);
    panel.setEndpoint(deliverEndpoint());
    panel.refresh();
    TimeSeriesChart *queue = panel.queueChart();
    QCOMPARE(queue->seriesCount(), 3);
    QVERIFY(queue->pointCount(DetailPanel::QueueWaiting) > 10);
    QVERIFY(queue->pointCount(DetailPanel::QueueDrainRate) > 10);
    QVERIFY(queue->pointCount(DetailPanel::QueueDeadLetters) > 0);
    const QList<ChartBucket> buckets = panel.shownBuckets();
    QVERIFY(std::any_of(buckets.cbegin(), buckets.cend(),
                        [](const ChartBucket &b) { return b.drainRate == 2.5; }));
    QVERIFY(std::any_of(buckets.cbegin(), buckets.cend(),
                        [](const ChartBucket &b) { return b.deadLetters == 2; }));

    panel.setEndpoint(pollEndpoint());
    panel.refresh();
    QVERIFY(queue->pointCount(DetailPanel::QueueWaiting) > 0);
    QCOMPARE(queue->pointCount(DetailPanel::QueueDrainRate), 0);
    QCOMPARE(queue->pointCount(DetailPanel::QueueDeadLetters), 0);
}

QTEST_MAIN(tst_QueueUi)
#include "tst_queueui.moc"
