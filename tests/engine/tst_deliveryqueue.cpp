// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue/deliveryqueue.h"
#include "metrics/metricsstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace bw;

class tst_DeliveryQueue : public QObject
{
    Q_OBJECT

private slots:
    void loadsTheHeadInWindowsWithoutSkipping();
    void releasedDeliveriesComeBack();
    void outcomesAreWrittenOnFlush();
};

namespace {

QList<DeliveryRequest> requests(int count)
{
    QList<DeliveryRequest> list;
    for (int i = 0; i < count; ++i) {
        DeliveryRequest r;
        r.body = QByteArray::number(i);
        list.append(r);
    }
    return list;
}

QStringList idsOf(const QList<const Delivery *> &loaded)
{
    QStringList ids;
    for (const Delivery *d : loaded)
        ids.append(d->id);
    return ids;
}

} // namespace

void tst_DeliveryQueue::loadsTheHeadInWindowsWithoutSkipping()
{
    QTemporaryDir dir;
    DeliveryStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("q.sqlite"))));
    const QStringList ids = *store.enqueue(QStringLiteral("a"), requests(10), {}, 1000);
    DeliveryQueue queue(store, QStringLiteral("a"), 4);
    QCOMPARE(idsOf(queue.refill()), ids.mid(0, 4));
    QVERIFY(queue.refill().isEmpty()); // window full
    queue.recordDelivered(ids.at(0), SteadyTime{});
    queue.recordDelivered(ids.at(1), SteadyTime{});
    QCOMPARE(idsOf(queue.refill()), ids.mid(4, 2));
    for (int i = 2; i < 6; ++i)
        queue.recordDelivered(ids.at(i), SteadyTime{});
    QCOMPARE(idsOf(queue.refill()), ids.mid(6, 4));
    QVERIFY(queue.refill().isEmpty());
    QCOMPARE(queue.delivered(), quint64(6));
}

void tst_DeliveryQueue::releasedDeliveriesComeBack()
{
    QTemporaryDir dir;
    DeliveryStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("q.sqlite"))));
    const QStringList ids = *store.enqueue(QStringLiteral("a"), requests(5), {}, 1000);
    DeliveryQueue queue(store, QStringLiteral("a"), 3);
    QCOMPARE(idsOf(queue.refill()), ids.mid(0, 3));
    queue.release(ids.at(1));
    QCOMPARE(idsOf(queue.refill()), QStringList{ids.at(1)});
    QVERIFY(queue.find(ids.at(1)));
    queue.recordDelivered(ids.at(0), SteadyTime{});
    QCOMPARE(idsOf(queue.refill()), QStringList{ids.at(3)});
}

void tst_DeliveryQueue::outcomesAreWrittenOnFlush()
{
    QTemporaryDir dir;
    DeliveryStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("q.sqlite"))));
    const QStringList ids = *store.enqueue(QStringLiteral("a"), requests(3), {}, 1000);
    DeliveryQueue queue(store, QStringLiteral("a"), 8);
    QCOMPARE(queue.refill().size(), 3);
    queue.recordDelivered(ids.at(0), SteadyTime{});
    queue.recordRetry(ids.at(1), 1, fromEpochMs(5000), QStringLiteral("HTTP 503"));
    queue.recordDeadLetter(ids.at(2), 1, fromEpochMs(2000), QStringLiteral("HTTP 400"));
    QCOMPARE(store.counts(QStringLiteral("a"))->pending, 3); // nothing written yet
    QVERIFY(queue.flush());
    const auto counts = store.counts(QStringLiteral("a"));
    QCOMPARE(counts->pending, 1);
    QCOMPARE(counts->deadLetters, 1);
    const Delivery retried = store.pending(QStringLiteral("a"), 0, 1)->first();
    QCOMPARE(retried.id, ids.at(1));
    QCOMPARE(retried.attempts, 1);
    QCOMPARE(retried.nextEligibleMs, 5000);
    QCOMPARE(store.deadLetters(QStringLiteral("a"))->first().deadReason,
             QStringLiteral("HTTP 400"));
}

QTEST_GUILESS_MAIN(tst_DeliveryQueue)
#include "tst_deliveryqueue.moc"
