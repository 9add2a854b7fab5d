// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchnetwork.h"
#include "benchreport.h"
#include "pipeline/enginehost.h"
#include "testpeers.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>
#include <QTimer>

#include <memory>

using namespace bw;

/// Many endpoints: 1,000 endpoints polled once a second for 60 s against a local nginx, by the
/// engine in its own thread (as the application runs it), then by a bare loop of one
/// QNetworkAccessManager and 1,000 one-second timers. CPU is this process's (getrusage), so
/// nginx, a separate process, is excluded; the process holds only the engine (or the loop),
/// Qt's network thread and a main thread that counts records.
namespace {

struct Run
{
    qint64 requests = 0;
    qint64 failed = 0;
    double seconds = 0;
    double cpuSeconds = 0;
    double rssMiB = 0;
    double engineThreadCpuSeconds = 0; ///< the engine's own thread, without Qt's network thread
    double cpuShare() const { return seconds > 0 ? cpuSeconds / seconds : 0; }
};

Run runEngine(const QUrl &url, int endpoints, Millis duration)
{
    const QList<EndpointConfig> configs = bench::numberedEndpoints(endpoints, url);
    Run run;
    EngineHost host;
    QObject::connect(&host, &EngineHost::updated, &host, [&run](const EngineUpdate &u) {
        for (const AttemptRecord &r : u.records) {
            ++run.requests;
            if (r.outcome != Outcome::Ok)
                ++run.failed;
        }
    });
    const bench::Stopwatch stopwatch;
    host.start(configs);
    QEventLoop loop;
    QTimer::singleShot(duration, &loop, &QEventLoop::quit);
    loop.exec();
    run.rssMiB = bench::residentMiB();
    run.engineThreadCpuSeconds = bench::namedThreadCpuSeconds(QStringLiteral("breakwater-engine"));
    host.stop(Millis(2000));
    run.seconds = stopwatch.wallSeconds();
    run.cpuSeconds = stopwatch.cpuSeconds();
    return run;
}

Run runBare(const QUrl &url, int endpoints, Millis duration)
{
    Run run;
    QNetworkAccessManager manager;
    std::vector<std::unique_ptr<QTimer>> timers;
    const auto poll = [&] {
        QNetworkReply *reply = bench::getUncached(manager, url);
        QObject::connect(reply, &QNetworkReply::finished, &manager, [&run, reply] {
            reply->readAll();
            ++run.requests;
            if (reply->error() != QNetworkReply::NoError)
                ++run.failed;
            reply->deleteLater();
        });
    };
    const bench::Stopwatch stopwatch;
    // The same even spread of first polls over the interval as the engine's.
    for (int i = 0; i < endpoints; ++i) {
        auto timer = std::make_unique<QTimer>();
        timer->setTimerType(Qt::PreciseTimer);
        timer->setInterval(1000);
        QObject::connect(timer.get(), &QTimer::timeout, &manager, poll);
        QTimer *raw = timer.get();
        QTimer::singleShot(Millis(1000 * i / endpoints), &manager, [raw, poll] {
            raw->start();
            poll();
        });
        timers.push_back(std::move(timer));
    }
    QEventLoop loop;
    QTimer::singleShot(duration, &loop, &QEventLoop::quit);
    loop.exec();
    run.rssMiB = bench::residentMiB();
    timers.clear();
    // Let the last requests finish, as the engine's stop() does.
    QTimer::singleShot(500, &loop, &QEventLoop::quit);
    loop.exec();
    run.seconds = stopwatch.wallSeconds();
    run.cpuSeconds = stopwatch.cpuSeconds();
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bench::prepareEngineRun();
    const bool quick = bench::quickMode(argc, argv);
    const int endpoints = quick ? 50 : 1000;
    const Millis duration = quick ? Millis(3000) : Millis(60'000);

    NginxPeer nginx;
    if (const auto started = nginx.start(); !started) {
        QTextStream(stderr) << "bench_endpoints: nginx: " << started.error() << "\n";
        return 1;
    }
    const QUrl url = nginx.url(QStringLiteral("/ok"));
    const double rssAtStart = bench::residentMiB();

    // The engine first, so that its RSS is not inflated by the bare loop's heap.
    const Run engine = runEngine(url, endpoints, duration);
    const double enginePeak = bench::peakResidentMiB();
    const Run bare = runBare(url, endpoints, duration);

    bench::Report report(QStringLiteral("Many endpoints: %1 endpoints at 1 Hz for %2 s%3")
                             .arg(endpoints)
                             .arg(duration.count() / 1000)
                             .arg(bench::quickTitleSuffix(quick)));
    report.add({QStringLiteral("process CPU, share of one core"), engine.cpuShare() * 100,
                QStringLiteral("%"), bare.cpuShare() * 100, QStringLiteral("<= 10%"),
                engine.cpuShare() <= 0.10});
    report.add({QStringLiteral("engine thread alone, share of one core"),
                engine.engineThreadCpuSeconds / engine.seconds * 100, QStringLiteral("%"),
                std::nullopt, QString(), std::nullopt});
    report.add({QStringLiteral("RSS at the end of the run"), engine.rssMiB, QStringLiteral("MiB"),
                bare.rssMiB, QStringLiteral("<= 150 MB"), engine.rssMiB * 1.048576 <= 150});
    report.add({QStringLiteral("peak RSS (VmHWM)"), enginePeak, QStringLiteral("MiB"),
                std::nullopt, QString(), std::nullopt});
    report.add({QStringLiteral("requests completed per second"),
                double(engine.requests) / engine.seconds, QStringLiteral("req/s"),
                double(bare.requests) / bare.seconds, QString(), std::nullopt});
    report.note(QStringLiteral("Engine: %1 requests (%2 not ok) in %3 s. Bare loop: %4 requests "
                               "(%5 not ok) in %6 s. RSS before either run: %7 MiB (Qt and the "
                               "test peers); the bare loop runs second in the same process, so "
                               "its RSS includes what the engine run left allocated.")
                    .arg(engine.requests)
                    .arg(engine.failed)
                    .arg(engine.seconds, 0, 'f', 1)
                    .arg(bare.requests)
                    .arg(bare.failed)
                    .arg(bare.seconds, 0, 'f', 1)
                    .arg(rssAtStart, 0, 'f', 1));
    report.print();
    return 0;
}
