// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchnetwork.h"
#include "benchreport.h"
#include "pipeline/enginehost.h"
#include "scriptedserver.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <set>

using namespace bw;

/// Server pauses: a scripted loopback server answers 429 with a Retry-After, then 200, then
/// 429 again, and so on. For every 429 the server notes when it answered; the pause ends that
/// long after (the instant the server asked for, as the server sees it). The next request to
/// arrive is compared with that instant: never early, and late by as little as possible. The
/// engine's own idea of the instant (EndpointStatus::pausedUntil, computed when it received the
/// 429, so a little later) is compared too.
namespace {

struct Cycle
{
    Millis asked{0};
    bool millisecondsHeader = false;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bench::prepareEngineRun();
    const bool quick = bench::quickMode(argc, argv);
    const int cycles = quick ? 4 : 100;

    ScriptedServer server;
    if (const auto listening = server.listen(); !listening) {
        QTextStream(stderr) << "bench_pauses: " << listening.error() << "\n";
        return 1;
    }
    // Alternate the classic whole-second header and the millisecond one most APIs add.
    std::vector<Cycle> script;
    for (int i = 0; i < cycles; ++i) {
        const bool ms = i % 2 == 1;
        script.push_back({ms ? Millis(250) : Millis(1000), ms});
        server.enqueue(ScriptedServer::reply(
            429, {{ms ? "retry-after-ms" : "Retry-After", ms ? "250" : "1"}}));
        server.enqueue(ScriptedServer::reply(200));
    }

    EndpointConfig e;
    e.id = QStringLiteral("paused");
    e.name = e.id;
    e.url = server.url(QStringLiteral("/limited"));
    e.interval = Millis(100);
    e.maxInFlight = 1; // no request can be on its way while a 429 is
    e.retry.maxAttempts = 1;

    std::set<qint64> pauseEndsMs; // the engine's pausedUntil values, epoch ms
    EngineHost host;
    QObject::connect(&host, &EngineHost::updated, &host, [&](const EngineUpdate &u) {
        for (const EndpointStatus &status : u.statuses) {
            if (status.pausedUntil)
                pauseEndsMs.insert(std::chrono::duration_cast<Millis>(
                                       status.pausedUntil->time_since_epoch())
                                       .count());
        }
    });
    host.start({e});
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (server.pendingSteps() == 0)
            loop.quit();
    });
    check.start(20);
    QTimer::singleShot(Millis(cycles * 2000 + 10'000), &loop, &QEventLoop::quit);
    loop.exec();
    // One more request after the last 200 is not needed; the last 429 is judged by the
    // request after it, which took the final 200.
    host.stop(Millis(1000));

    const QList<RecordedRequest> requests = server.requests();
    std::vector<double> lateVsServer;
    std::vector<double> lateVsEngine;
    int early = 0;
    double earliestMs = 1e9;
    for (int i = 0; i + 1 < int(requests.size()) && i / 2 < cycles; i += 2) {
        const Cycle &cycle = script[std::size_t(i / 2)];
        const RecordedRequest &limited = requests[i];
        const RecordedRequest &next = requests[i + 1];
        const double late
            = std::chrono::duration<double, std::milli>(next.receivedSteady
                                                        - (limited.receivedSteady + cycle.asked))
                  .count();
        earliestMs = std::min(earliestMs, late);
        if (late < 0)
            ++early;
        lateVsServer.push_back(late);

        const qint64 arrivedMs
            = std::chrono::duration_cast<Millis>(next.receivedAt.time_since_epoch()).count();
        const qint64 limitedMs
            = std::chrono::duration_cast<Millis>(limited.receivedAt.time_since_epoch()).count();
        // The engine's pause end for this 429: the last one it reported up to this arrival.
        auto it = pauseEndsMs.upper_bound(arrivedMs);
        if (it != pauseEndsMs.begin() && *std::prev(it) > limitedMs)
            lateVsEngine.push_back(double(arrivedMs - *std::prev(it)));
    }
    const std::size_t judged = lateVsServer.size();
    const double medianLate = bench::quantile(lateVsServer, 0.5);
    const double p99Late = bench::quantile(lateVsServer, 0.99);
    const double maxLate = bench::quantile(lateVsServer, 1.0);
    const double medianVsEngine = bench::quantile(lateVsEngine, 0.5);

    bench::Report report(QStringLiteral("Server pauses: %1 Retry-After pauses%2")
                             .arg(cycles)
                             .arg(bench::quickTitleSuffix(quick)));
    report.add({QStringLiteral("requests sent before the instant"), double(early),
                QStringLiteral("of %1").arg(judged), std::nullopt,
                QStringLiteral("0 (never early)"), judged > 0 && early == 0});
    report.add({QStringLiteral("earliest arrival relative to the instant"), earliestMs,
                QStringLiteral("ms"), std::nullopt, QStringLiteral(">= 0"), earliestMs >= 0});
    report.add({QStringLiteral("median late"), medianLate, QStringLiteral("ms"), std::nullopt,
                QStringLiteral("<= 5 ms"), medianLate <= 5.0});
    report.add({QStringLiteral("p99 late"), p99Late, QStringLiteral("ms"), std::nullopt, QString(),
                std::nullopt});
    report.add({QStringLiteral("max late"), maxLate, QStringLiteral("ms"), std::nullopt, QString(),
                std::nullopt});
    report.add({QStringLiteral("median late vs the engine's own pause end"), medianVsEngine,
                QStringLiteral("ms"), std::nullopt, QString(), std::nullopt});
    report.note(QStringLiteral("The instant is the server's: when it sent the 429, plus the wait "
                               "it asked for (Retry-After: 1, and retry-after-ms: 250, "
                               "alternating). Both instants are taken on the server's side of "
                               "loopback, so 'late' includes the request's way there. The "
                               "engine's own pause end is reported at millisecond resolution "
                               "(%1 of %2 cycles matched).")
                    .arg(lateVsEngine.size())
                    .arg(judged));
    report.print();
    return 0;
}
