// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue/deliverystore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bw;

namespace {

constexpr qint64 baseMs = 1'787'216'400'000;

DeliveryRequest request(const QByteArray &body)
{
    DeliveryRequest r;
    r.body = body;
    r.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    return r;
}

QList<DeliveryRequest> requests(int count, const QByteArray &prefix = "e")
{
    QList<DeliveryRequest> list;
    for (int i = 0; i < count; ++i)
        list.append(request(prefix + QByteArray::number(i)));
    return list;
}

} // namespace

class tst_DeliveryStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void keepsFifoOrderAndExactBytes();
    void deliveredRowsGoAndCountsFollow();
    void refusesBeyondLimitsAllOrNothing();
    void deadLettersRequeueAtTheTailAndPurge();
    void retryKeepsAttemptsAndEligibility();
    void reopensAndSeesOtherConnections();
    void refusesForeignFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("queue.sqlite")); }
};

void tst_DeliveryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_DeliveryStore::cleanup()
{
    m_dir.reset();
}

void tst_DeliveryStore::keepsFifoOrderAndExactBytes()
{
    DeliveryStore store;
    QVERIFY(store.open(path()));
    DeliveryRequest binary;
    binary.body = QByteArray("\x00\xff{\r\n", 5);
    binary.idempotencyKey = QStringLiteral("own-key");
    binary.method = "PATCH";
    binary.target = QStringLiteral("/x?y=1");
    binary.headers.append({QByteArray("X-A"), QByteArray("1")});
    binary.headers.append({QByteArray("X-A"), QByteArray("2")});
    const auto first = store.enqueue(QStringLiteral("a"), {binary}, {}, baseMs);
    QVERIFY(first);
    const auto rest = store.enqueue(QStringLiteral("a"), requests(5), {}, baseMs + 1);
    QVERIFY(rest);
    QVERIFY(store.enqueue(QStringLiteral("b"), requests(2), {}, baseMs));

    const auto pending = store.pending(QStringLiteral("a"), 0, 100);
    QVERIFY(pending);
    QCOMPARE(pending->size(), 6);
    QCOMPARE(pending->at(0).id, first->first());
    QCOMPARE(pending->at(0).request.body, binary.body);
    QCOMPARE(pending->at(0).request.method, QByteArray("PATCH"));
    QCOMPARE(pending->at(0).request.target, binary.target);
    QCOMPARE(pending->at(0).request.headers, binary.headers);
    QCOMPARE(pending->at(0).idempotencyKey, QStringLiteral("own-key"));
    for (int i = 1; i < 6; ++i) {
        QCOMPARE(pending->at(i).id, rest->at(i - 1));
        QCOMPARE(pending->at(i).idempotencyKey, rest->at(i - 1)); // the id is the key
        QCOMPARE(pending->at(i).request.body, QByteArray("e") + QByteArray::number(i - 1));
        QVERIFY(pending->at(i).seq > pending->at(i - 1).seq);
    }
    const auto after = store.pending(QStringLiteral("a"), pending->at(2).seq, 2);
    QCOMPARE(after->size(), 2);
    QCOMPARE(after->at(0).id, pending->at(3).id);
}

void tst_DeliveryStore::deliveredRowsGoAndCountsFollow()
{
    DeliveryStore store;
    QVERIFY(store.open(path()));
    const auto ids = store.enqueue(QStringLiteral("a"), requests(3), {}, baseMs);
    QVERIFY(ids);
    auto counts = store.counts(QStringLiteral("a"));
    QCOMPARE(counts->pending, 3);
    QCOMPARE(counts->headEnqueuedMs, baseMs);
    QVERIFY(store.apply({{DeliveryUpdate::Kind::Delivered, ids->at(0), 1, 0, {}, 0}}));
    counts = store.counts(QStringLiteral("a"));
    QCOMPARE(counts->pending, 2);
    QCOMPARE(counts->deadLetters, 0);
    QCOMPARE(store.pending(QStringLiteral("a"), 0, 10)->first().id, ids->at(1));
    // A second outcome for a row that is gone is ignored.
    QVERIFY(store.apply({{DeliveryUpdate::Kind::Delivered, ids->at(0), 1, 0, {}, 0}}));
    QCOMPARE(store.counts(QStringLiteral("a"))->pending, 2);
}

void tst_DeliveryStore::refusesBeyondLimitsAllOrNothing()
{
    DeliveryStore store;
    QVERIFY(store.open(path()));
    const QueueLimits limits{5, 1'000'000};
    QVERIFY(store.enqueue(QStringLiteral("a"), requests(4), limits, baseMs));
    const auto full = store.enqueue(QStringLiteral("a"), requests(2), limits, baseMs);
    QVERIFY(!full);
    QCOMPARE(full.error().kind, EnqueueError::Kind::QueueFull);
    QVERIFY(full.error().message.contains(QStringLiteral("full")));
    QCOMPARE(store.counts(QStringLiteral("a"))->pending, 4);
    QVERIFY(store.enqueue(QStringLiteral("a"), requests(1), limits, baseMs));
    // Other endpoints have queues of their own.
    QVERIFY(store.enqueue(QStringLiteral("b"), requests(5), limits, baseMs));

    const QueueLimits bytes{1000, 100};
    QVERIFY(!store.enqueue(QStringLiteral("c"), {request(QByteArray(200, 'x'))}, bytes, baseMs));
    QCOMPARE(store.counts(QStringLiteral("c"))->pending, 0);
}

void tst_DeliveryStore::deadLettersRequeueAtTheTailAndPurge()
{
    DeliveryStore store;
    QVERIFY(store.open(path()));
    const auto ids = store.enqueue(QStringLiteral("a"), requests(4), {}, baseMs);
    QVERIFY(ids);
    QVERIFY(store.apply({{DeliveryUpdate::Kind::DeadLetter, ids->at(0), 3, 0,
                          QStringLiteral("HTTP 400"), baseMs + 5},
                         {DeliveryUpdate::Kind::DeadLetter, ids->at(1), 1, 0,
                          QStringLiteral("HTTP 422"), baseMs + 6}}));
    auto counts = store.counts(QStringLiteral("a"));
    QCOMPARE(counts->pending, 2);
    QCOMPARE(counts->deadLetters, 2);
    const auto letters = store.deadLetters(QStringLiteral("a"));
    QCOMPARE(letters->size(), 2);
    QCOMPARE(letters->at(0).deadReason, QStringLiteral("HTTP 400"));
    QCOMPARE(letters->at(0).attempts, 3);
    QCOMPARE(letters->at(0).deadMs, baseMs + 5);
    QVERIFY(store.deadLetters(QStringLiteral("b"))->isEmpty());

    QCOMPARE(*store.requeue(QStringLiteral("a"), {ids->at(0)}, baseMs + 10), 1);
    const auto pending = store.pending(QStringLiteral("a"), 0, 10);
    QCOMPARE(pending->size(), 3);
    QCOMPARE(pending->last().id, ids->at(0)); // at the tail, same id and key
    QCOMPARE(pending->last().idempotencyKey, ids->at(0));
    QCOMPARE(pending->last().attempts, 0);
    QCOMPARE(pending->last().enqueuedMs, baseMs);
    QCOMPARE(store.counts(QStringLiteral("a"))->deadLetters, 1);

    QCOMPARE(*store.purge(QStringLiteral("a"), {}), 1);
    counts = store.counts(QStringLiteral("a"));
    QCOMPARE(counts->deadLetters, 0);
    QCOMPARE(counts->pending, 3);
    QCOMPARE(*store.purge(QStringLiteral("a"), {ids->at(2)}), 0); // pending, not a dead letter
}

void tst_DeliveryStore::retryKeepsAttemptsAndEligibility()
{
    DeliveryStore store;
    QVERIFY(store.open(path()));
    const auto ids = store.enqueue(QStringLiteral("a"), requests(1), {}, baseMs);
    QVERIFY(store.apply({{DeliveryUpdate::Kind::RetryLater, ids->first(), 2, baseMs + 9000,
                          QStringLiteral("HTTP 503"), 0}}));
    const auto d = store.pending(QStringLiteral("a"), 0, 1)->first();
    QCOMPARE(d.attempts, 2);
    QCOMPARE(d.nextEligibleMs, baseMs + 9000);
    QCOMPARE(d.lastError, QStringLiteral("HTTP 503"));
}

void tst_DeliveryStore::reopensAndSeesOtherConnections()
{
    DeliveryStore worker;
    QVERIFY(worker.open(path()));
    QVERIFY(worker.externalChanges()); // first call
    QVERIFY(!worker.externalChanges());
    {
        DeliveryStore producer;
        QVERIFY(producer.open(path()));
        QVERIFY(producer.enqueue(QStringLiteral("a"), requests(3), {}, baseMs));
    }
    QVERIFY(worker.externalChanges());
    QCOMPARE(worker.pending(QStringLiteral("a"), 0, 10)->size(), 3);
    QVERIFY(!worker.externalChanges());
    // Own commits are not "external".
    QVERIFY(worker.enqueue(QStringLiteral("a"), requests(1), {}, baseMs));
    QVERIFY(!worker.externalChanges());
    worker.close();

    DeliveryStore again;
    QVERIFY(again.open(path()));
    QCOMPARE(again.counts(QStringLiteral("a"))->pending, 4);
    QCOMPARE(*again.integrityCheck(), QStringLiteral("ok"));
}

void tst_DeliveryStore::refusesForeignFile()
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("x"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE other (a INTEGER)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("x"));
    DeliveryStore store;
    const auto opened = store.open(path());
    QVERIFY(!opened);
    QVERIFY(opened.error().contains(QStringLiteral("not a Breakwater queue")));
}

QTEST_GUILESS_MAIN(tst_DeliveryStore)
#include "tst_deliverystore.moc"
