// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchreport.h"
#include "callgrind.h"
#include "policy/circuitbreaker.h"
#include "policy/ratelimiter.h"
#include "policy/serverhints.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace bw;

/// Policy decisions: the pure decisions every attempt makes, run N times each. Natively it
/// prints nanoseconds per call; under `valgrind --tool=callgrind --instr-atstart=no` (see
/// scripts/bench-callgrind.sh) each section is instrumented on its own and dumped with its
/// name, so set-up and the other sections are excluded and instructions per call are exact.
namespace {

/// What one section did, so the compiler cannot drop the work.
volatile quint64 s_sink = 0;

/// One breaker decision: ask for a permit, then record the call's verdict. One call in eight
/// fails, in bursts, so the breaker opens, half-opens and closes now and then.
void breakerDecisions(int n)
{
    BreakerSettings settings;
    settings.minimumCalls = 20;
    settings.openDuration = std::chrono::seconds(1);
    CircuitBreaker breaker(settings);
    SteadyTime now{};
    quint64 allowed = 0;
    for (int i = 0; i < n; ++i) {
        now += Millis(7);
        const CircuitBreaker::Permit permit = breaker.tryAcquire(now);
        if (!permit.allowed)
            continue;
        ++allowed;
        const bool fail = (i / 64) % 8 == 0;
        breaker.record(permit, fail ? CallVerdict::Failure : CallVerdict::Success, Millis(40),
                       now);
    }
    s_sink = s_sink + allowed + breaker.takeTransitions().size();
}

/// One limiter decision: take a token or learn the wait, and report a success (every 500th a
/// throttle), at 100 requests/s offered against a 50/s bucket.
void limiterDecisions(int n)
{
    RateLimitSettings settings;
    settings.requestsPerSecond = 50;
    settings.burst = 10;
    SteadyTime now{};
    RateLimiter limiter(settings, now);
    qint64 waited = 0;
    for (int i = 0; i < n; ++i) {
        now += Millis(10);
        const Millis wait = limiter.tryAcquire(now);
        waited += wait.count();
        if (wait == Millis(0)) {
            if (i % 500 == 0)
                limiter.onThrottled(now);
            else
                limiter.onSuccess(now);
        }
    }
    s_sink = s_sink + quint64(waited);
}

using Headers = QList<std::pair<QByteArray, QByteArray>>;

void hintDecisions(int n, int status, const Headers &headers, QByteArrayView body)
{
    const WallTime receivedAt = WallTime(std::chrono::seconds(1'787'216'400));
    const HintSettings settings;
    quint64 retries = 0;
    for (int i = 0; i < n; ++i)
        retries += readServerHints(status, headers, body, receivedAt, settings).retry ? 1 : 0;
    s_sink = s_sink + retries;
}

const Headers plain200{{"Content-Type", "application/json"}, {"Content-Length", "2"},
                       {"Date", "Thu, 20 Aug 2026 09:00:00 GMT"}};
const Headers retryAfter429{{"Content-Type", "application/json"},
                            {"Date", "Thu, 20 Aug 2026 09:00:00 GMT"},
                            {"Retry-After", "30"}};
const Headers github403{{"x-ratelimit-limit", "5000"},
                        {"x-ratelimit-remaining", "0"},
                        {"x-ratelimit-reset", "1787216445"},
                        {"x-ratelimit-resource", "core"},
                        {"Date", "Thu, 20 Aug 2026 08:59:50 GMT"}};
const QByteArray discordBody
    = R"({"message":"You are being rate limited.","retry_after":1.5,"global":false})";
const Headers discord429{{"Content-Type", "application/json"},
                         {"X-RateLimit-Limit", "5"},
                         {"X-RateLimit-Remaining", "0"},
                         {"X-RateLimit-Reset-After", "1.5"},
                         {"X-RateLimit-Scope", "user"}};

struct Section
{
    const char *name;
    QString text;
    std::function<void(int)> run;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool underValgrind = RUNNING_ON_VALGRIND;
    const bool quick = bench::quickMode(argc, argv);
    const int n = underValgrind ? 20'000 : quick ? 2'000 : 200'000;

    const std::vector<Section> sections{
        {"breaker", QStringLiteral("breaker: permit + record"), breakerDecisions},
        {"limiter", QStringLiteral("limiter: tryAcquire + feedback"), limiterDecisions},
        {"hints_200", QStringLiteral("hints: 200, no rate-limit headers"),
         [](int count) { hintDecisions(count, 200, plain200, {}); }},
        {"hints_429", QStringLiteral("hints: 429 with Retry-After"),
         [](int count) { hintDecisions(count, 429, retryAfter429, {}); }},
        {"hints_github", QStringLiteral("hints: GitHub 403, exhausted counter"),
         [](int count) { hintDecisions(count, 403, github403, {}); }},
        {"hints_discord", QStringLiteral("hints: Discord 429 with a JSON body"),
         [](int count) { hintDecisions(count, 429, discord429, discordBody); }},
    };

    bench::Report report(QStringLiteral("Policy decisions, %1 calls per section%2")
                             .arg(n)
                             .arg(bench::quickTitleSuffix(quick)));
    for (const Section &section : sections) {
        section.run(n / 10); // warm caches and first-use statics outside the measurement
        QElapsedTimer clock;
        CALLGRIND_ZERO_STATS;
        CALLGRIND_START_INSTRUMENTATION;
        clock.start();
        section.run(n);
        const qint64 ns = clock.nsecsElapsed();
        CALLGRIND_STOP_INSTRUMENTATION;
        CALLGRIND_DUMP_STATS_AT(section.name);
        report.add({section.text, double(ns) / n, QStringLiteral("ns/call"), std::nullopt,
                    QString(), std::nullopt});
    }
    report.note(underValgrind
                    ? QStringLiteral("Under valgrind: the times are valgrind's, not the CPU's; "
                                     "read the instruction counts from scripts/bench-callgrind.sh.")
                    : QStringLiteral("Instructions per call: scripts/bench-callgrind.sh."));
    report.print();
    return 0;
}
