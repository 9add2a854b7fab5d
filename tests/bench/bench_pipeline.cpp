// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchnetwork.h"
#include "benchreport.h"
#include "pipeline/engine.h"
#include "testpeers.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>

#include <algorithm>

using namespace bw;

/// Pipeline overhead: the same number of GETs to a local nginx, six in flight, once through
/// the Engine and once through a bare QNetworkAccessManager loop, in one process and one
/// thread. Throughput is requests divided by the span from the first send to the last
/// finish, so neither side's start-up or the engine's 250 ms update batching counts.
namespace {

struct Span
{
    qint64 requests = 0;
    double seconds = 0;
    double cpuSeconds = 0;
    double rate() const { return seconds > 0 ? double(requests) / seconds : 0; }
};

constexpr int inFlight = 6;

Span bareLoop(const QUrl &url, int total)
{
    QNetworkAccessManager manager;
    int started = 0;
    int finished = 0;
    QEventLoop loop;
    std::function<void()> sendOne = [&] {
        QNetworkReply *reply = bench::getUncached(manager, url);
        ++started;
        QObject::connect(reply, &QNetworkReply::finished, &manager, [&, reply] {
            reply->readAll();
            reply->deleteLater();
            if (++finished == total)
                loop.quit();
            else if (started < total)
                sendOne();
        });
    };
    const bench::Stopwatch stopwatch;
    for (int i = 0; i < inFlight && i < total; ++i)
        sendOne();
    QTimer::singleShot(std::chrono::minutes(5), &loop, &QEventLoop::quit);
    loop.exec();
    return Span{finished, stopwatch.wallSeconds(), stopwatch.cpuSeconds()};
}

/// `endpoints` runners on one host, each polling every `interval` with up to six in flight:
/// far more polls than six connections can serve, so the engine's host slots keep exactly six
/// requests on the wire and skip the polls that cannot be sent.
Span throughEngine(const QUrl &url, int total, int endpoints, Millis interval)
{
    SystemClock clock;
    Engine engine(clock);
    QList<AttemptRecord> records;
    QObject::connect(&engine, &Engine::updated, &engine,
                     [&records](const EngineUpdate &u) { records += u.records; });
    QList<EndpointConfig> configs = bench::numberedEndpoints(endpoints, url);
    for (EndpointConfig &e : configs) {
        e.interval = interval;
        e.maxInFlight = inFlight;
        e.retry.maxAttempts = 1;
    }
    engine.setEndpoints(configs);
    const bench::Stopwatch stopwatch;
    engine.start();
    QEventLoop loop;
    QTimer check;
    QDeadlineTimer deadline(std::chrono::minutes(5));
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (records.size() >= total || deadline.hasExpired())
            loop.quit();
    });
    check.start(50);
    loop.exec();
    const double cpu = stopwatch.cpuSeconds();
    engine.stop(Millis(2000));

    // The first `total` attempts to finish, from the earliest send among them.
    std::vector<std::pair<qint64, qint64>> spans; // (start, finish) in µs since the epoch
    qint64 failed = 0;
    for (const AttemptRecord &r : records) {
        if (r.outcome != Outcome::Ok) {
            ++failed;
            continue;
        }
        const qint64 start = std::chrono::duration_cast<std::chrono::microseconds>(
                                 r.timestamp.time_since_epoch())
                                 .count();
        spans.emplace_back(start, start + r.latency.count());
    }
    if (failed > 0)
        QTextStream(stderr) << "engine: " << failed << " attempts did not succeed\n";
    std::sort(spans.begin(), spans.end(),
              [](const auto &a, const auto &b) { return a.second < b.second; });
    if (qsizetype(spans.size()) > total)
        spans.resize(std::size_t(total));
    if (spans.empty())
        return {};
    qint64 first = spans.front().first;
    for (const auto &s : spans)
        first = std::min(first, s.first);
    return Span{qint64(spans.size()), double(spans.back().second - first) / 1e6, cpu};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bench::prepareEngineRun();
    const bool quick = bench::quickMode(argc, argv);
    const int total = quick ? 500 : 20'000;
    // Enough polls to keep six requests on the wire at any rate nginx manages here; each
    // endpoint polls at most once a millisecond. "--endpoints N" changes the number.
    const int endpoints = bench::intOption(argc, argv, "--endpoints", 12);
    const Millis interval{1};

    NginxPeer nginx;
    if (const auto started = nginx.start(); !started) {
        QTextStream(stderr) << "bench_pipeline: nginx: " << started.error() << "\n";
        return 1;
    }
    const QUrl url = nginx.url(QStringLiteral("/ok"));

    // Warm both paths once (connections, first-use allocations), then alternate, so that a
    // burst of load from other processes does not land on one side only.
    bareLoop(url, 200);
    throughEngine(url, 200, endpoints, interval);
    const int rounds = quick ? 1 : 3;
    std::vector<double> bareRates;
    std::vector<double> engineRates;
    double bareCpu = 0;
    double engineCpu = 0;
    qint64 bareCount = 0;
    qint64 engineCount = 0;
    for (int round = 0; round < rounds; ++round) {
        const Span bare = bareLoop(url, total);
        const Span viaEngine = throughEngine(url, total, endpoints, interval);
        bareRates.push_back(bare.rate());
        engineRates.push_back(viaEngine.rate());
        bareCpu += bare.cpuSeconds / double(std::max<qint64>(1, bare.requests));
        engineCpu += viaEngine.cpuSeconds / double(std::max<qint64>(1, viaEngine.requests));
        bareCount += bare.requests;
        engineCount += viaEngine.requests;
    }
    const double bareRate = bench::quantile(bareRates, 0.5);
    const double engineRate = bench::quantile(engineRates, 0.5);

    bench::Report report(QStringLiteral("Pipeline overhead: %1 GETs to nginx, %2 in flight%3")
                             .arg(total)
                             .arg(inFlight)
                             .arg(bench::quickTitleSuffix(quick)));
    report.add({QStringLiteral("throughput, median of %1 rounds").arg(rounds), engineRate,
                QStringLiteral("req/s"), bareRate, QStringLiteral(">= 90% of baseline"),
                engineRate >= 0.9 * bareRate});
    report.add({QStringLiteral("process CPU per request"), engineCpu / rounds * 1e6,
                QStringLiteral("µs"), bareCpu / rounds * 1e6, QString(), std::nullopt});
    report.note(QStringLiteral("Engine: %1 endpoints on one host polling every %2 ms, retries "
                               "off; the host's six slots keep six requests on the wire. Requests "
                               "measured: %3 through the engine, %4 bare. Rounds alternate bare "
                               "and engine.")
                    .arg(endpoints)
                    .arg(interval.count())
                    .arg(engineCount)
                    .arg(bareCount));
    report.print();
    return 0;
}
