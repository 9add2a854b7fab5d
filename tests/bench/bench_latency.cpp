// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchnetwork.h"
#include "benchreport.h"
#include "pipeline/enginehost.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace bw;

/// Latency truth: 1,000 requests to a loopback server that answers every request exactly
/// 50 ms after it has arrived, measured by the engine (the latency it records) and by curl
/// fetching the same URL 1,000 times in one invocation over a reused connection
/// (`time_total`). The medians should agree within a millisecond.
namespace {

constexpr Millis hold{50};

std::vector<double> engineLatencies(const QUrl &url, int count)
{
    EndpointConfig e;
    e.id = QStringLiteral("latency");
    e.name = e.id;
    e.url = url;
    // One request at a time, as curl sends them, a little more often than one completes.
    e.interval = Millis(55);
    e.maxInFlight = 1;
    e.retry.maxAttempts = 1;

    std::vector<double> latencies;
    EngineHost host;
    QEventLoop loop;
    QObject::connect(&host, &EngineHost::updated, &host, [&](const EngineUpdate &u) {
        for (const AttemptRecord &r : u.records) {
            if (r.outcome == Outcome::Ok && int(latencies.size()) < count)
                latencies.push_back(double(r.latency.count()) / 1000.0);
        }
        if (int(latencies.size()) >= count)
            loop.quit();
    });
    host.start({e});
    QTimer::singleShot(Millis(count * 200 + 10'000), &loop, &QEventLoop::quit);
    loop.exec();
    host.stop(Millis(1000));
    return latencies;
}

std::vector<double> curlLatencies(const QUrl &url, int count, QString *error)
{
    QTemporaryDir dir;
    QFile config(dir.filePath(QStringLiteral("urls.curlrc")));
    if (!config.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write the curl configuration");
        return {};
    }
    for (int i = 0; i < count; ++i)
        config.write("url = \"" + url.toEncoded() + "\"\noutput = \"/dev/null\"\n");
    config.close();

    QProcess curl;
    curl.start(QStringLiteral("curl"),
               {QStringLiteral("--silent"), QStringLiteral("--noproxy"), QStringLiteral("*"),
                QStringLiteral("--write-out"), QStringLiteral("%{time_total}\\n"),
                QStringLiteral("--config"), config.fileName()});
    if (!curl.waitForFinished(count * 200 + 10'000) || curl.exitCode() != 0) {
        *error = QStringLiteral("curl failed: ")
            + QString::fromLocal8Bit(curl.readAllStandardError());
        curl.kill();
        return {};
    }
    std::vector<double> latencies;
    for (const QByteArray &line : curl.readAllStandardOutput().split('\n')) {
        bool ok = false;
        const double seconds = line.trimmed().toDouble(&ok);
        if (ok)
            latencies.push_back(seconds * 1000.0);
    }
    return latencies;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bench::prepareEngineRun();
    const bool quick = bench::quickMode(argc, argv);
    const int count = quick ? 20 : 1000;
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty()) {
        QTextStream(stderr) << "bench_latency: curl is not installed\n";
        return 1;
    }

    bench::HeldReplyServer server(hold);
    if (!server.start()) {
        QTextStream(stderr) << "bench_latency: cannot listen on 127.0.0.1\n";
        return 1;
    }
    const QUrl url = server.url(QStringLiteral("/held"));

    std::vector<double> viaEngine = engineLatencies(url, count);
    const int engineConnections = server.takeConnections();
    QString error;
    std::vector<double> viaCurl = curlLatencies(url, count, &error);
    const int curlConnections = server.takeConnections();
    server.stop();
    if (viaEngine.empty() || viaCurl.empty()) {
        QTextStream(stderr) << "bench_latency: no measurements. " << error << "\n";
        return 1;
    }
    const std::size_t engineCount = viaEngine.size();
    const std::size_t curlCount = viaCurl.size();
    const double engineMedian = bench::quantile(viaEngine, 0.5);
    const double curlMedian = bench::quantile(viaCurl, 0.5);
    const double engineP99 = bench::quantile(viaEngine, 0.99);
    const double curlP99 = bench::quantile(viaCurl, 0.99);
    const double difference = engineMedian - curlMedian;

    bench::Report report(QStringLiteral("Latency truth: %1 requests held %2 ms by the server%3")
                             .arg(count)
                             .arg(hold.count())
                             .arg(bench::quickTitleSuffix(quick)));
    report.add({QStringLiteral("median latency"), engineMedian, QStringLiteral("ms"), curlMedian,
                QString(), std::nullopt});
    report.add({QStringLiteral("median difference, engine − curl"), difference,
                QStringLiteral("ms"), std::nullopt, QStringLiteral("<= 1 ms"),
                std::abs(difference) <= 1.0});
    report.add({QStringLiteral("p99 latency"), engineP99, QStringLiteral("ms"), curlP99, QString(),
                std::nullopt});
    report.note(QStringLiteral("Engine: one endpoint, one request at a time, every 55 ms; %1 "
                               "samples over %2 connection(s). curl: one invocation, %3 transfers "
                               "of the same URL over %4 connection(s).")
                    .arg(engineCount)
                    .arg(engineConnections)
                    .arg(curlCount)
                    .arg(curlConnections));
    report.print();
    return 0;
}
