// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchreport.h"

#include "queue/deliveryrequest.h"
#include "queue/deliverystore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace bw;

// Enqueue throughput of the durable delivery queue on a fresh file in the temp folder
// (synchronous=FULL, WAL): batches of 1,000 parsed JSONL lines in one transaction each, and
// single deliveries, one transaction (and one WAL sync) each. Parsing is included.
namespace {

QByteArray line(int n)
{
    return "{\"event\":\"order.created\",\"n\":" + QByteArray::number(n)
           + ",\"customer\":\"c-0042\",\"total\":129.5,\"items\":[1,2,3]}";
}

/// Enqueues `requests` on `endpoint` with limits no run reaches; false (and a message on
/// standard error) when the store refuses them.
bool enqueue(DeliveryStore &store, const QString &endpoint, const QList<DeliveryRequest> &requests)
{
    const auto ids = store.enqueue(endpoint, requests, QueueLimits{10'000'000, 1LL << 40},
                                   QDateTime::currentMSecsSinceEpoch());
    if (!ids)
        std::fprintf(stderr, "enqueue failed: %s\n", qPrintable(ids.error().message));
    return ids.has_value();
}

double batchRate(DeliveryStore &store, int total, int batchSize)
{
    QElapsedTimer timer;
    timer.start();
    for (int done = 0; done < total; done += batchSize) {
        QByteArray text;
        for (int i = 0; i < batchSize; ++i)
            text += line(done + i) + '\n';
        const DeliveryBatch batch = parseDeliveryLines(text);
        if (!enqueue(store, QStringLiteral("batch"), batch.requests))
            return 0;
    }
    return double(total) / (double(timer.nsecsElapsed()) / 1e9);
}

double singleRate(DeliveryStore &store, int total)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < total; ++i) {
        const auto request = parseDeliveryLine(line(i));
        if (!enqueue(store, QStringLiteral("single"), {*request}))
            return 0;
    }
    return double(total) / (double(timer.nsecsElapsed()) / 1e9);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = bench::quickMode(argc, argv);
    QTemporaryDir dir;
    DeliveryStore store;
    if (!dir.isValid() || !store.open(dir.filePath(QStringLiteral("queue.sqlite")))) {
        std::fprintf(stderr, "cannot open a queue file\n");
        return 1;
    }
    const int batchTotal = quick ? 5'000 : 200'000;
    const int singleTotal = quick ? 200 : 5'000;
    const double batch = batchRate(store, batchTotal, 1000);
    const double single = singleRate(store, singleTotal);

    bench::Report report(QStringLiteral("Delivery queue enqueue throughput"));
    report.add({QStringLiteral("batch enqueue (1,000 per transaction)"), batch,
                QStringLiteral("deliveries/s"), std::nullopt, QStringLiteral(">= 20000"),
                batch >= 20'000});
    report.add({QStringLiteral("single enqueue (one transaction each)"), single,
                QStringLiteral("deliveries/s"), std::nullopt, QString(), std::nullopt});
    report.note(QStringLiteral("%1 deliveries in batches and %2 single ones, 90-byte JSON "
                               "bodies, parsing included, on a fresh file in %3 (WAL, "
                               "synchronous=FULL).%4")
                    .arg(batchTotal)
                    .arg(singleTotal)
                    .arg(dir.path())
                    .arg(quick ? QStringLiteral(" Quick run: not to be quoted.") : QString()));
    report.print();
    return batch > 0 && single > 0 ? 0 : 1;
}
