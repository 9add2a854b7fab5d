// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchreport.h"
#include "history/exporter.h"
#include "history/historystore.h"
#include "history/historywriter.h"
#include "metrics/metricsstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

using namespace bw;

/// History: a simulated day of attempts at 1 Hz per endpoint (ending now, so nothing is past
/// its retention) goes through the real HistoryWriter in updates of `perUpdate` records, as
/// fast as the writer takes them; then the file size per endpoint-day; then the real CSV
/// exporter reads every raw row (and every minute rollup) back out to a file.
namespace {

/// Like the engine's records: mostly fine, 2% server errors with a retry, a 429 now and then.
AttemptRecord record(const QString &endpoint, quint64 requestId, WallTime at, int i)
{
    AttemptRecord r;
    r.timestamp = at;
    r.endpointId = endpoint;
    r.requestId = requestId;
    r.latency = std::chrono::microseconds(20'000 + (i * 7919) % 180'000);
    r.queueDepth = i % 3;
    if (i % 50 == 7) {
        r.outcome = Outcome::ServerError;
        r.httpStatus = 503;
        r.error = QStringLiteral("HTTP 503");
        r.errorKind = ErrorKind::Http;
        r.willRetry = true;
        r.nextDelay = Millis(180);
    } else if (i % 997 == 3) {
        r.outcome = Outcome::RateLimited;
        r.httpStatus = 429;
        r.retryAfter = Millis(1000);
        r.error = QStringLiteral("HTTP 429");
        r.errorKind = ErrorKind::Http;
    } else {
        r.httpStatus = 200;
    }
    return r;
}

struct InsertRun
{
    qint64 records = 0;
    double insertSeconds = 0; ///< until the last record was committed
    double stopSeconds = 0;   ///< the final flush and roll-up in stop()
    double writerCpuSeconds = 0;
    double writerThreadCpuSeconds = 0; ///< the writer thread alone, until the last commit
    HistoryWriter::Stats stats;
};

InsertRun insertDay(const QString &path, int endpoints, std::chrono::seconds span,
                    int perUpdate)
{
    SystemClock clock;
    HistoryWriter writer(clock);
    if (const auto started = writer.start(path); !started) {
        QTextStream(stderr) << "bench_history: " << started.error() << "\n";
        return {};
    }
    QStringList ids;
    for (int e = 0; e < endpoints; ++e)
        ids << QStringLiteral("endpoint-%1").arg(e, 4, 10, QLatin1Char('0'));
    const WallTime end = std::chrono::floor<std::chrono::seconds>(clock.wallNow());
    const WallTime begin = end - span;
    const qint64 seconds = span.count();

    // The updates are made before the clock starts: the figure is the writer's, not the
    // generator's.
    QList<EngineUpdate> updates;
    EngineUpdate update;
    quint64 requestId = 0;
    for (qint64 s = 0; s < seconds; ++s) {
        const WallTime at = begin + std::chrono::seconds(s);
        for (int e = 0; e < endpoints; ++e) {
            ++requestId;
            update.records.append(record(ids[e], requestId, at + Millis(e % 1000), int(requestId)));
            if (update.records.size() < perUpdate)
                continue;
            update.at = at;
            updates.append(update);
            update.records.clear();
        }
    }
    if (!update.records.isEmpty())
        updates.append(update);

    InsertRun run;
    const double cpuBefore = bench::processCpuSeconds();
    QElapsedTimer elapsed;
    elapsed.start();
    qint64 enqueued = 0;
    for (const EngineUpdate &u : std::as_const(updates)) {
        enqueued += u.records.size();
        writer.enqueue(u);
        // Stay well under the writer's buffer cap, which would drop the oldest rows.
        while (enqueued - writer.stats().recordsWritten > 100'000)
            QThread::usleep(500);
    }
    while (writer.stats().recordsWritten + writer.stats().recordsDropped < enqueued)
        QThread::usleep(200);
    run.insertSeconds = double(elapsed.nsecsElapsed()) / 1e9;
    run.writerThreadCpuSeconds = bench::namedThreadCpuSeconds(QStringLiteral("history writer"));
    QElapsedTimer stopping;
    stopping.start();
    writer.stop();
    run.stopSeconds = double(stopping.nsecsElapsed()) / 1e9;
    run.writerCpuSeconds = bench::processCpuSeconds() - cpuBefore;
    run.records = enqueued;
    run.stats = writer.stats();
    return run;
}

struct ExportRun
{
    qint64 rows = 0;
    double seconds = 0;
    double cpuSeconds = 0; ///< of the exporting thread
    qint64 bytes = 0;
};

ExportRun exportAll(const QString &historyPath, ExportLevel level, const QString &csvPath)
{
    HistoryStore store;
    if (const auto opened = store.open(historyPath, HistoryStore::Mode::Read); !opened) {
        QTextStream(stderr) << "bench_history: " << opened.error() << "\n";
        return {};
    }
    QFile out(csvPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    const HistoryRange everything{0, std::numeric_limits<qint64>::max(), {}};
    QElapsedTimer elapsed;
    const double cpuBefore = bench::threadCpuSeconds();
    elapsed.start();
    const auto rows = exportHistoryCsv(store, level, everything, out);
    out.close();
    const double seconds = double(elapsed.nsecsElapsed()) / 1e9;
    const double cpuSeconds = bench::threadCpuSeconds() - cpuBefore;
    if (!rows) {
        QTextStream(stderr) << "bench_history: export: " << rows.error() << "\n";
        return {};
    }
    return ExportRun{*rows, seconds, cpuSeconds, QFileInfo(csvPath).size()};
}

qint64 fileSize(const QString &path)
{
    qint64 size = QFileInfo(path).size();
    for (const char *suffix : {"-wal", "-shm"})
        size += QFileInfo(path + QLatin1String(suffix)).size();
    return size;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("breakwater.*.info=false"));
    const bool quick = bench::quickMode(argc, argv);
    // A full day for a few endpoints: the size per endpoint-day is measured, not extrapolated.
    const int endpoints = quick ? 2 : 4;
    const std::chrono::seconds span = quick ? std::chrono::seconds(3600)
                                            : std::chrono::seconds(24 * 3600);
    const int perUpdate = 1000;

    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/bench-history-XXXXXX"));
    if (!dir.isValid()) {
        QTextStream(stderr) << "bench_history: cannot create a folder here\n";
        return 1;
    }
    const QString emptyPath = dir.filePath(QStringLiteral("empty.sqlite"));
    {
        SystemClock clock;
        HistoryWriter writer(clock);
        if (!writer.start(emptyPath))
            return 1;
    }
    const qint64 emptySize = fileSize(emptyPath);

    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    const InsertRun insert = insertDay(path, endpoints, span, perUpdate);
    if (insert.records == 0)
        return 1;
    const qint64 size = fileSize(path);
    const double endpointDays = double(endpoints) * double(span.count()) / 86'400.0;
    const double mibPerEndpointDay = double(size - emptySize) / endpointDays / (1024.0 * 1024.0);

    const ExportRun raw
        = exportAll(path, ExportLevel::Raw, dir.filePath(QStringLiteral("raw.csv")));
    const ExportRun minutes
        = exportAll(path, ExportLevel::Minute, dir.filePath(QStringLiteral("1m.csv")));

    const double insertRate = double(insert.records) / insert.insertSeconds;
    const double exportRate = raw.seconds > 0 ? double(raw.rows) / raw.seconds : 0;
    bench::Report report(QStringLiteral("History: %1 endpoints × %2 h at 1 Hz%3")
                             .arg(endpoints)
                             .arg(span.count() / 3600)
                             .arg(bench::quickTitleSuffix(quick)));
    report.add({QStringLiteral("insert throughput through HistoryWriter (%1 per update)")
                    .arg(perUpdate),
                insertRate, QStringLiteral("records/s"), std::nullopt,
                QStringLiteral(">= 100,000 records/s"), insertRate >= 100'000});
    report.add({QStringLiteral("records per CPU-second of the writer thread"),
                insert.writerThreadCpuSeconds > 0
                    ? double(insert.records) / insert.writerThreadCpuSeconds
                    : 0,
                QStringLiteral("records/s"), std::nullopt, QString(), std::nullopt});
    report.add({QStringLiteral("final flush and roll-up in stop()"), insert.stopSeconds * 1000,
                QStringLiteral("ms"), std::nullopt, QString(), std::nullopt});
    report.add({QStringLiteral("process CPU per record (every thread)"),
                insert.writerCpuSeconds / double(insert.records) * 1e6, QStringLiteral("µs"),
                std::nullopt, QString(), std::nullopt});
    report.add({QStringLiteral("raw CSV export throughput"), exportRate, QStringLiteral("rows/s"),
                std::nullopt, QStringLiteral(">= 500,000 rows/s"), exportRate >= 500'000});
    report.add({QStringLiteral("raw rows exported per CPU-second of the exporting thread"),
                raw.cpuSeconds > 0 ? double(raw.rows) / raw.cpuSeconds : 0,
                QStringLiteral("rows/s"), std::nullopt, QString(), std::nullopt});
    report.add({QStringLiteral("1-minute rollup CSV export throughput"),
                minutes.seconds > 0 ? double(minutes.rows) / minutes.seconds : 0,
                QStringLiteral("rows/s"), std::nullopt, QString(), std::nullopt});
    report.add({QStringLiteral("database size per endpoint-day at 1 Hz"), mibPerEndpointDay,
                QStringLiteral("MiB"), std::nullopt, QString(), std::nullopt});
    report.note(QStringLiteral("%1 records written (%2 dropped, %3 rollups, %4 failed commits), "
                               "%5 bytes of SQLite after the writer closed (an empty history is "
                               "%6 bytes); raw CSV %7 rows, %8 bytes; 1-minute CSV %9 rows. The "
                               "size is measured on a written day, not extrapolated.")
                    .arg(insert.records)
                    .arg(insert.stats.recordsDropped)
                    .arg(insert.stats.rollupsWritten)
                    .arg(insert.stats.failedCommits)
                    .arg(size)
                    .arg(emptySize)
                    .arg(raw.rows)
                    .arg(raw.bytes)
                    .arg(minutes.rows));
    report.print();
    return 0;
}
