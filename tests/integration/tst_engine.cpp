// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/engine.h"
#include "policy/retryafter.h"
#include "scriptedserver.h"
#include "testpeers.h"

#include <QSignalSpy>
#include <QTest>

using namespace bw;

/// The engine against real peers on loopback: nginx's limit_req, httpbin, a refused port and
/// the scripted server. Every run is bounded in time; the engine runs in the test's thread.
class tst_Engine : public QObject
{
    Q_OBJECT

private slots:
    void pausesForRetryAfterAndSettlesUnderTheLimit();
    void breakerOpensAgainstRefusedPortAndHalfOpens();
    void breakerSendsNothingWhileOpen();
    void timesOutAgainstSlowServer();
    void retriesTransientErrorsWithBackoff();
    void honoursRetryAfterHttpDateToTheInstant();
    void skipsPollsThatCannotBeSent();
    void doesNotRepeatPostWithoutIdempotencyKey();
    void repeatsPostWithIdempotencyKey();
    void deadlineCoversEveryAttemptAndBackoff();
    void deadlineCoversTimeWaitingForASlot();
    void treatsBodyCutShortAsNetworkError();
    void isolatedEndpointDoesNotStallOthers();
    void forcedOpenBreakerSendsNothing();
    void honoursEveryRetryAfterFormNeverEarly_data();
    void honoursEveryRetryAfterFormNeverEarly();
    void pausesUntilAnExhaustedCounterResets();
    void recognisesAThrottleSentAs403();
    void globalLimitPausesEveryEndpointOnTheHost();
    void breakerHalfOpensOnTimeWithoutTraffic();
    void retryBudgetBoundsRetriesDuringAnOutage();
    void adaptiveThrottleShedsLoadFromAFailingServer();

private:
    struct Run
    {
        QList<AttemptRecord> records;
        QList<BreakerEvent> events;
        QList<EndpointStatus> lastStatuses;
    };
    static Run runEngine(const QList<EndpointConfig> &endpoints, Millis duration,
                         const std::function<bool(const Run &)> &doneEarly = {});
    static EndpointConfig endpoint(const QUrl &url);
};

EndpointConfig tst_Engine::endpoint(const QUrl &url)
{
    EndpointConfig e;
    e.id = QStringLiteral("ep");
    e.name = e.id;
    e.url = url;
    return e;
}

tst_Engine::Run tst_Engine::runEngine(const QList<EndpointConfig> &endpoints, Millis duration,
                                      const std::function<bool(const Run &)> &doneEarly)
{
    SystemClock clock;
    Engine engine(clock);
    Run run;
    connect(&engine, &Engine::updated, &engine, [&run](const EngineUpdate &u) {
        run.records += u.records;
        run.events += u.breakerEvents;
        run.lastStatuses = u.statuses;
    });
    engine.setEndpoints(endpoints);
    engine.start();
    QDeadlineTimer deadline(duration);
    while (!deadline.hasExpired()) {
        QTest::qWait(50);
        if (doneEarly && doneEarly(run))
            break;
    }
    engine.stop(Millis(3000));
    return run;
}

/// Slack allowed on a measured duration, widened under instrumented builds (testTimeScale()).
static Millis slack(qint64 ms)
{
    return Millis(qint64(double(ms) * testTimeScale()));
}

/// Breaker events are decided on the steady clock and stamped in wall time through a steady
/// and a wall clock read taken one after the other; a thread preempted between the two reads
/// shifts a stamp by that gap, so two stamps may be a millisecond closer than the decision.
static Millis stampSlack()
{
    return slack(2);
}

static WallTime fromEpochMsForTest(std::chrono::seconds epoch)
{
    return WallTime(std::chrono::duration_cast<WallTime::duration>(epoch));
}

static WallTime receivedAt(const AttemptRecord &r)
{
    return r.timestamp + std::chrono::duration_cast<WallTime::duration>(r.latency);
}

void tst_Engine::pausesForRetryAfterAndSettlesUnderTheLimit()
{
    if (!NginxPeer::isAvailable())
        QSKIP("nginx is not installed (Debian package nginx-light)");
    NginxPeer nginx({.ratePerSecond = 5, .burst = 2, .retryAfterSeconds = 1});
    const auto started = nginx.start();
    QVERIFY2(started.has_value(), qPrintable(started ? QString() : started.error()));

    EndpointConfig e = endpoint(nginx.url(QStringLiteral("/limited")));
    e.interval = Millis(50); // work arrives at 20/s
    e.rateLimit.requestsPerSecond = 20;
    e.rateLimit.burst = 5;
    e.retry.maxAttempts = 1;
    e.maxInFlight = 4;
    const Run run = runEngine({e}, Millis(20000));

    QVERIFY(run.records.size() > 40);
    int firstPause = -1;
    for (int i = 0; i < run.records.size(); ++i) {
        if (run.records.at(i).retryAfter) {
            firstPause = i;
            break;
        }
    }
    QVERIFY2(firstPause >= 0, "nginx never answered 429 with Retry-After");

    // No request leaves inside any pause: from the moment a 429 with Retry-After was received
    // until the instant it named.
    for (const AttemptRecord &limited : run.records) {
        if (!limited.retryAfter)
            continue;
        const WallTime pauseStart = receivedAt(limited);
        const WallTime pauseEnd = pauseStart + *limited.retryAfter;
        for (const AttemptRecord &other : run.records) {
            if (other.outcome == Outcome::ShortCircuited)
                continue;
            QVERIFY2(!(other.timestamp > pauseStart && other.timestamp < pauseEnd),
                     qPrintable(QStringLiteral("request %1 sent %2 ms into a %3 ms pause")
                                    .arg(other.requestId)
                                    .arg(std::chrono::duration_cast<Millis>(other.timestamp
                                                                            - pauseStart)
                                             .count())
                                    .arg(limited.retryAfter->count())));
        }
    }

    // After the first pause the adaptive limiter settles under the server's limit.
    const WallTime settledFrom
        = receivedAt(run.records.at(firstPause)) + *run.records.at(firstPause).retryAfter;
    int after = 0;
    int limitedAfter = 0;
    for (const AttemptRecord &r : run.records) {
        if (r.timestamp < settledFrom || r.outcome == Outcome::ShortCircuited)
            continue;
        ++after;
        if (r.outcome == Outcome::RateLimited)
            ++limitedAfter;
    }
    const double share = after ? double(limitedAfter) / after : 1.0;
    qInfo("after the first pause: %d requests, %d answered 429 (%.1f%%)", after, limitedAfter,
          share * 100);
    QVERIFY(after > 30);
    QVERIFY2(share < 0.10, qPrintable(QStringLiteral("429 share %1").arg(share)));

    // nginx saw exactly the requests we recorded, with the same statuses (its own readiness
    // probe on /ok aside).
    const auto limitedLog = [&nginx] {
        QList<NginxLogEntry> entries = nginx.accessLog();
        entries.removeIf(
            [](const NginxLogEntry &entry) { return !entry.uri.startsWith("/limited"); });
        return entries;
    };
    QTRY_COMPARE(limitedLog().size(), run.records.size());
    QHash<QByteArray, int> serverStatus;
    for (const NginxLogEntry &entry : limitedLog())
        serverStatus.insert(entry.requestId, entry.status);
    for (const AttemptRecord &r : run.records) {
        const QByteArray id = QByteArray::number(r.requestId) + '-' + QByteArray::number(r.attempt);
        QCOMPARE(serverStatus.value(id), r.httpStatus);
    }
}

void tst_Engine::breakerOpensAgainstRefusedPortAndHalfOpens()
{
    const quint16 closed = freeLoopbackPort();
    QVERIFY(closed != 0);
    EndpointConfig e = endpoint(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(closed)));
    e.interval = Millis(50);
    e.maxInFlight = 1;
    e.retry.maxAttempts = 1;
    e.breaker.minimumCalls = 5;
    e.breaker.openDuration = std::chrono::seconds(1);
    const Run run = runEngine({e}, Millis(6000), [](const Run &r) {
        return r.events.size() >= 3; // open, half-open, open again
    });

    QVERIFY(run.events.size() >= 2);
    QCOMPARE(run.events.at(0).to, BreakerState::Open);
    QCOMPARE(run.events.at(1).to, BreakerState::HalfOpen);
    const WallTime openedAt = run.events.at(0).at;
    const WallTime halfOpenAt = run.events.at(1).at;
    const auto openFor = std::chrono::duration_cast<Millis>(halfOpenAt - openedAt);
    QVERIFY2(openFor >= Millis(1000) - stampSlack() && openFor < Millis(1000) + slack(300),
             qPrintable(QStringLiteral("open for %1 ms").arg(openFor.count())));

    int failuresBeforeOpen = 0;
    int sentWhileOpen = 0;
    int shortCircuited = 0;
    for (const AttemptRecord &r : run.records) {
        if (r.timestamp < openedAt && r.outcome == Outcome::NetworkError)
            ++failuresBeforeOpen;
        if (r.timestamp >= openedAt && r.timestamp < halfOpenAt) {
            if (r.outcome == Outcome::ShortCircuited)
                ++shortCircuited;
            else
                ++sentWhileOpen;
        }
    }
    QCOMPARE(failuresBeforeOpen, e.breaker.minimumCalls);
    QCOMPARE(sentWhileOpen, 0);
    QVERIFY(shortCircuited > 5);
}

void tst_Engine::breakerSendsNothingWhileOpen()
{
    ScriptedServer server;
    QVERIFY(server.listen().has_value());
    server.setFallback(ScriptedServer::reply(503));
    EndpointConfig e = endpoint(server.url(QStringLiteral("/down")));
    e.interval = Millis(50);
    e.maxInFlight = 1;
    e.retry.maxAttempts = 1;
    e.breaker.minimumCalls = 4;
    e.breaker.openDuration = std::chrono::seconds(1);
    const Run run = runEngine({e}, Millis(5000), [](const Run &r) { return r.events.size() >= 3; });

    QVERIFY(run.events.size() >= 3);
    const WallTime openedAt = run.events.at(0).at;
    const WallTime halfOpenAt = run.events.at(1).at;
    int beforeOpen = 0;
    int whileOpen = 0;
    for (const RecordedRequest &request : server.requests()) {
        if (request.receivedAt < openedAt)
            ++beforeOpen;
        else if (request.receivedAt < halfOpenAt)
            ++whileOpen;
    }
    QCOMPARE(beforeOpen, 4);
    QCOMPARE(whileOpen, 0);
    // One probe, which fails and re-opens the breaker.
    QCOMPARE(run.events.at(2).to, BreakerState::Open);
}

void tst_Engine::timesOutAgainstSlowServer()
{
    if (!HttpbinPeer::isAvailable())
        QSKIP("python3-httpbin is not installed");
    HttpbinPeer httpbin;
    const auto started = httpbin.start();
    QVERIFY2(started.has_value(), qPrintable(started ? QString() : started.error()));
    EndpointConfig e = endpoint(httpbin.url(QStringLiteral("/delay/3")));
    e.interval = Millis(10000);
    e.timeout = Millis(1000);
    e.retry.maxAttempts = 1;
    QElapsedTimer elapsed;
    elapsed.start();
    const Run run = runEngine({e}, Millis(1000) + slack(3000),
                              [](const Run &r) { return !r.records.isEmpty(); });
    QVERIFY(Millis(elapsed.elapsed()) < Millis(1000) + slack(2000));
    QCOMPARE(run.records.size(), 1);
    const AttemptRecord &r = run.records.first();
    QCOMPARE(r.outcome, Outcome::Timeout);
    QCOMPARE(r.httpStatus, 0);
    const auto latency = std::chrono::duration_cast<Millis>(r.latency);
    QVERIFY2(latency >= Millis(1000) && latency < Millis(1000) + slack(500),
             qPrintable(QString::number(latency.count())));
}

void tst_Engine::retriesTransientErrorsWithBackoff()
{
    ScriptedServer server;
    QVERIFY(server.listen().has_value());
    server.enqueue(ScriptedServer::reply(503));
    server.enqueue(ScriptedServer::reply(502));
    server.enqueue(ScriptedServer::reply(200, {}, "fine"));
    EndpointConfig e = endpoint(server.url(QStringLiteral("/flaky")));
    e.interval = Millis(60000);
    e.retry.jitter = Jitter::None;
    const Run run
        = runEngine({e}, Millis(4000), [](const Run &r) { return r.records.size() >= 3; });

    QCOMPARE(run.records.size(), 3);
    QCOMPARE(run.records.at(0).outcome, Outcome::ServerError);
    QCOMPARE(run.records.at(1).outcome, Outcome::ServerError);
    QCOMPARE(run.records.at(2).outcome, Outcome::Ok);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(run.records.at(i).attempt, i + 1);
        QCOMPARE(run.records.at(i).requestId, run.records.at(0).requestId);
    }
    QCOMPARE(run.records.at(0).nextDelay, Millis(200));
    QCOMPARE(run.records.at(1).nextDelay, Millis(400));
    const QList<RecordedRequest> requests = server.requests();
    QCOMPARE(requests.size(), 3);
    QVERIFY(requests.at(1).receivedSteady - requests.at(0).receivedSteady >= Millis(200));
    QVERIFY(requests.at(2).receivedSteady - requests.at(1).receivedSteady >= Millis(400));
    QCOMPARE(requests.at(1).header("X-Request-Id"),
             QByteArray::number(run.records.at(0).requestId) + "-2");
}

void tst_Engine::honoursRetryAfterHttpDateToTheInstant()
{
    ScriptedServer server;
    QVERIFY(server.listen().has_value());
    // The server's clock runs 30 s ahead of ours: the date is judged against its Date header.
    const WallTime serverNow = std::chrono::system_clock::now() + std::chrono::seconds(30);
    const WallTime instant = std::chrono::floor<std::chrono::seconds>(serverNow)
                             + std::chrono::seconds(2);
    server.enqueue(ScriptedServer::reply(
        429, {{"Date", ScriptedServer::httpDate(serverNow)},
              {"Retry-After", ScriptedServer::httpDate(instant)}}));
    server.enqueue(ScriptedServer::reply(200));
    EndpointConfig e = endpoint(server.url(QStringLiteral("/limited")));
    e.interval = Millis(60000);
    const Run run
        = runEngine({e}, Millis(5000), [](const Run &r) { return r.records.size() >= 2; });

    QCOMPARE(run.records.size(), 2);
    QVERIFY(run.records.at(0).retryAfter.has_value());
    const Millis asked = *run.records.at(0).retryAfter;
    QVERIFY2(asked > Millis(1000) && asked <= Millis(2000),
             qPrintable(QString::number(asked.count())));
    const QList<RecordedRequest> requests = server.requests();
    QCOMPARE(requests.size(), 2);
    QVERIFY(requests.at(1).receivedSteady - requests.at(0).receivedSteady >= asked);
}

void tst_Engine::skipsPollsThatCannotBeSent()
{
    ScriptedServer server;
    QVERIFY(server.listen().has_value());
    EndpointConfig e = endpoint(server.url(QStringLiteral("/")));
    e.interval = Millis(20);                // 50 polls/s offered
    e.rateLimit.requestsPerSecond = 5;      // 5/s allowed
    e.rateLimit.burst = 1;
    e.rateLimit.adaptive = false;
    const Run run = runEngine({e}, Millis(2000));
    QVERIFY(!run.lastStatuses.isEmpty());
    const EndpointStatus &status = run.lastStatuses.first();
    QVERIFY2(status.skippedPolls > 50, qPrintable(QString::number(status.skippedPolls)));
    QVERIFY(status.queueDepth <= 1);
    QVERIFY(server.requestCount() <= 12);
}

void tst_Engine::doesNotRepeatPostWithoutIdempotencyKey()
{
    ScriptedServer server;
    QVERIFY(server.listen().has_value());
    server.setFallback(ScriptedServer::reply(503));
    EndpointConfig e = endpoint(server.url(QStringLiteral("/orders")));
    e.method = "POST";
    e.body = "{}";
    e.interval = Millis(60000);
    const Run run = runEngine({e}, Millis(2000), [](const Run &r) { return !r.records.isEmpty(); });
    QTest::qWait(300);
    QCOMPARE(run.records.size(), 1);
    QVERIFY(!run.records.first().willRetry);
    QCOMPARE(server.requestCount(), 1);
}

void tst_Engine::repeatsPostWithIdempotencyKey()
{
    ScriptedServer server;
    QVERIFY(server.listen().has_value());
    server.enqueue(ScriptedServer::reply(503));
    server.enqueue(ScriptedServer::reply(201));
    EndpointConfig e = endpoint(server.url(QStringLiteral("/orders")));
    e.method = "POST";
    e.body = "{}";
    e.headers = {{"Idempotency-Key", "order-17"}};
    e.resolvedHeaders = e.headers;
    e.interval = Millis(60000);
    const Run run
        = runEngine({e}, Millis(3000), [](const Run &r) { return r.records.size() >= 2; });
    QCOMPARE(run.records.size(), 2);
    QCOMPARE(run.records.at(1).outcome, Outcome::Ok);
    QCOMPARE(server.requests().at(1).header("Idempotency-Key"), QByteArray("order-17"));
}

void tst_Engine::deadlineCoversEveryAttemptAndBackoff()
{
    ScriptedServer server;
    QVERIFY(server.listen().has_value());
    ScriptStep slow503 = ScriptedServer::reply(503);
    slow503.delay = Millis(300);
    server.setFallback(slow503);
    EndpointConfig e = endpoint(server.url(QStringLiteral("/slow")));
    e.interval = Millis(60000);
    e.retry.maxAttempts = 10;
    e.retry.jitter = Jitter::None;
    e.retry.deadline = Millis(1200);
    QElapsedTimer elapsed;
    elapsed.start();
    const Run run = runEngine({e}, Millis(4000), [](const Run &r) {
        return !r.records.isEmpty() && !r.records.last().willRetry;
    });
    // 300 ms + 200 + 300 + 400 = 1200: the third attempt would start at the deadline.
    QVERIFY(run.records.size() >= 2 && run.records.size() <= 3);
    QVERIFY(!run.records.last().willRetry);
    QVERIFY(run.records.last().error.contains(QStringLiteral("deadline")));
    const auto firstToLast = run.records.last().timestamp - run.records.first().timestamp;
    QVERIFY(firstToLast < std::chrono::milliseconds(1200));
}

void tst_Engine::treatsBodyCutShortAsNetworkError()
{
    ScriptedServer server;
    QVERIFY(server.listen().has_value());
    ScriptStep cut;
    cut.bytes = ScriptedServer::response(200, {}, QByteArray(4000, 'x'));
    cut.stopAfterBytes = cut.bytes.size() - 3000;
    cut.ending = StepEnding::Reset;
    server.setFallback(cut);
    EndpointConfig e = endpoint(server.url(QStringLiteral("/cut")));
    e.interval = Millis(60000);
    e.retry.maxAttempts = 1;
    const Run run = runEngine({e}, Millis(3000), [](const Run &r) { return !r.records.isEmpty(); });
    QCOMPARE(run.records.size(), 1);
    QCOMPARE(run.records.first().outcome, Outcome::NetworkError);
}

void tst_Engine::isolatedEndpointDoesNotStallOthers()
{
    // Qt 6.4 reads headers byte by byte on the manager's thread: 4 MB of them hold it for
    // seconds. An isolated endpoint has a manager and thread of its own.
    ScriptedServer hostile;
    QVERIFY(hostile.listen().has_value());
    ScriptStep bigHeader;
    bigHeader.bytes = "HTTP/1.1 200 OK\r\n";
    const QByteArray line = "X-Fill: " + QByteArray(1000, 'a') + "\r\n";
    while (bigHeader.bytes.size() < 4 * 1024 * 1024)
        bigHeader.bytes += line;
    bigHeader.bytes += "Content-Length: 2\r\n\r\nok";
    hostile.setFallback(bigHeader);
    ScriptedServer healthy;
    QVERIFY(healthy.listen().has_value());

    EndpointConfig bad = endpoint(hostile.url(QStringLiteral("/big")));
    bad.id = QStringLiteral("hostile");
    bad.isolate = true;
    bad.timeout = Millis(2000);
    bad.retry.maxAttempts = 1;
    EndpointConfig good = endpoint(healthy.url(QStringLiteral("/ok")));
    good.id = QStringLiteral("healthy");
    good.interval = Millis(250);
    good.timeout = Millis(2000);
    good.retry.maxAttempts = 1;
    const Run run = runEngine({bad, good}, Millis(3000));

    int goodOk = 0;
    for (const AttemptRecord &r : run.records) {
        if (r.endpointId == QLatin1String("healthy")) {
            QCOMPARE(r.outcome, Outcome::Ok);
            QVERIFY(r.latency < slack(1000));
            ++goodOk;
        }
    }
    QVERIFY2(goodOk >= 8, qPrintable(QString::number(goodOk)));
}

void tst_Engine::forcedOpenBreakerSendsNothing()
{
    ScriptedServer server;
    QVERIFY(server.listen().has_value());
    EndpointConfig e = endpoint(server.url(QStringLiteral("/")));
    e.interval = Millis(100);
    e.breakerMode = BreakerMode::ForcedOpen;
    const Run run = runEngine({e}, Millis(1000));
    QVERIFY(run.records.size() >= 5);
    for (const AttemptRecord &r : run.records)
        QCOMPARE(r.outcome, Outcome::ShortCircuited);
    QCOMPARE(server.requestCount(), 0);
}

void tst_Engine::retryBudgetBoundsRetriesDuringAnOutage()
{
    ScriptedServer server;
    QVERIFY(server.listen().has_value());
    server.setFallback(ScriptedServer::reply(503));
    EndpointConfig e = endpoint(server.url(QStringLiteral("/")));
    e.interval = Millis(100);
    e.retry.maxAttempts = 5;
    e.retry.baseDelay = Millis(10);
    e.retry.maxDelay = Millis(20);
    e.breaker.minimumCalls = 100000; // keep the breaker out of it
    e.retryBudget.ratio = 0.1;
    e.retryBudget.window = std::chrono::seconds(10);
    e.retryBudget.minRetriesPerSecond = 0.2; // at least 2 retries per 10 s window
    const Run run = runEngine({e}, Millis(3000));
    int first = 0;
    int retries = 0;
    for (const AttemptRecord &r : run.records)
        (r.attempt == 1 ? first : retries) += 1;
    QVERIFY(first >= 20);
    // Without a budget this outage would draw up to 4 retries per request.
    QVERIFY2(retries <= std::max(2, first / 10 + 1),
             qPrintable(QStringLiteral("%1 retries for %2 requests").arg(retries).arg(first)));
    // An attempt that ends during stop() is not retried and carries no budget note, and under a
    // slow (sanitizer) build one often does: look for the note in every record.
    QVERIFY(std::any_of(run.records.begin(), run.records.end(), [](const AttemptRecord &r) {
        return r.error.contains(QStringLiteral("retry budget"));
    }));
}

void tst_Engine::adaptiveThrottleShedsLoadFromAFailingServer()
{
    ScriptedServer server;
    QVERIFY(server.listen().has_value());
    server.setFallback(ScriptedServer::reply(503));
    EndpointConfig e = endpoint(server.url(QStringLiteral("/")));
    e.interval = Millis(20);
    e.retry.maxAttempts = 1;
    e.breaker.minimumCalls = 100000;
    e.adaptiveThrottle.enabled = true;
    e.adaptiveThrottle.k = 2;
    const Run run = runEngine({e}, Millis(2000));
    int rejected = 0;
    for (const AttemptRecord &r : run.records)
        rejected += r.outcome == Outcome::ShortCircuited ? 1 : 0;
    // With no request accepted, p = n/(n+1): nearly everything is shed locally.
    QVERIFY2(rejected > int(run.records.size()) / 2,
             qPrintable(QStringLiteral("%1 of %2").arg(rejected).arg(run.records.size())));
    QCOMPARE(server.requestCount(), run.records.size() - rejected);
}

void tst_Engine::honoursEveryRetryAfterFormNeverEarly_data()
{
    QTest::addColumn<QByteArray>("form");
    QTest::newRow("delta-seconds") << QByteArray("delta");
    QTest::newRow("decimal, rounded up") << QByteArray("decimal");
    QTest::newRow("IMF-fixdate") << QByteArray("imf");
    QTest::newRow("RFC 850") << QByteArray("rfc850");
    QTest::newRow("asctime") << QByteArray("asctime");
}

static QByteArray dateIn(const QByteArray &form, WallTime t)
{
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(
        std::chrono::duration_cast<Millis>(t.time_since_epoch()).count(), Qt::UTC);
    const QLocale c = QLocale::c();
    if (form == "rfc850")
        return c.toString(utc, QStringLiteral("dddd, dd-MMM-yy HH:mm:ss 'GMT'")).toLatin1();
    if (form == "asctime") {
        QByteArray day = QByteArray::number(utc.date().day());
        if (day.size() == 1)
            day.prepend(' ');
        return c.toString(utc, QStringLiteral("ddd MMM ")).toLatin1() + day
               + c.toString(utc, QStringLiteral(" HH:mm:ss yyyy")).toLatin1();
    }
    return ScriptedServer::httpDate(t);
}

void tst_Engine::honoursEveryRetryAfterFormNeverEarly()
{
    QFETCH(QByteArray, form);
    ScriptedServer server;
    QVERIFY(server.listen().has_value());
    const WallTime serverNow = std::chrono::system_clock::now();
    QByteArray value;
    if (form == "delta")
        value = "2";
    else if (form == "decimal")
        value = "1.2";
    else
        value = dateIn(form, std::chrono::floor<std::chrono::seconds>(serverNow)
                                 + std::chrono::seconds(3));
    server.enqueue(ScriptedServer::reply(
        503, {{"Date", ScriptedServer::httpDate(serverNow)}, {"Retry-After", value}}));
    server.enqueue(ScriptedServer::reply(200));
    EndpointConfig e = endpoint(server.url(QStringLiteral("/")));
    e.interval = Millis(60000);
    const Run run
        = runEngine({e}, Millis(6000), [](const Run &r) { return r.records.size() >= 2; });
    QCOMPARE(run.records.size(), 2);
    QVERIFY2(run.records.first().retryAfter.has_value(), value.constData());
    const Millis asked = *run.records.first().retryAfter;
    QVERIFY2(asked >= Millis(1000), qPrintable(QString::number(asked.count())));
    const QList<RecordedRequest> requests = server.requests();
    QCOMPARE(requests.size(), 2);
    // The retry leaves no earlier than the server's instant, measured at the server.
    QVERIFY2(requests.at(1).receivedSteady - requests.at(0).receivedSteady >= asked,
             qPrintable(QStringLiteral("%1 asked, %2 waited")
                            .arg(asked.count())
                            .arg(std::chrono::duration_cast<Millis>(requests.at(1).receivedSteady
                                                                    - requests.at(0).receivedSteady)
                                     .count())));
}

void tst_Engine::pausesUntilAnExhaustedCounterResets()
{
    if (!HttpbinPeer::isAvailable())
        QSKIP("python3-httpbin is not installed");
    HttpbinPeer httpbin;
    QVERIFY(httpbin.start().has_value());
    // A 200 whose counter is empty: the next request waits for the reset, no 429 needed.
    QUrl url = httpbin.url(QStringLiteral("/response-headers"));
    url.setQuery(QStringLiteral("X-RateLimit-Limit=10&X-RateLimit-Remaining=0&"
                                "X-RateLimit-Reset=2"));
    EndpointConfig e = endpoint(url);
    e.interval = Millis(200);
    e.resetFormat = ResetFormat::DeltaSeconds;
    const Run run
        = runEngine({e}, Millis(5000), [](const Run &r) { return r.records.size() >= 2; });
    QVERIFY(run.records.size() >= 2);
    QCOMPARE(run.records.first().outcome, Outcome::Ok);
    const auto gap = run.records.at(1).timestamp - receivedAt(run.records.first());
    QVERIFY2(gap >= std::chrono::milliseconds(2000),
             qPrintable(QString::number(std::chrono::duration_cast<Millis>(gap).count())));
}

void tst_Engine::recognisesAThrottleSentAs403()
{
    ScriptedServer server;
    QVERIFY(server.listen().has_value());
    const WallTime serverNow = std::chrono::system_clock::now();
    const auto reset = std::chrono::duration_cast<std::chrono::seconds>(
                           serverNow.time_since_epoch())
                       + std::chrono::seconds(2);
    server.enqueue(ScriptedServer::reply(
        403, {{"Date", ScriptedServer::httpDate(serverNow)},
              {"X-RateLimit-Limit", "60"},
              {"X-RateLimit-Remaining", "0"},
              {"X-RateLimit-Reset", QByteArray::number(qint64(reset.count()))}},
        R"({"message":"API rate limit exceeded"})"));
    server.setFallback(ScriptedServer::reply(200));
    EndpointConfig e = endpoint(server.url(QStringLiteral("/repos")));
    e.interval = Millis(60000);
    const Run run
        = runEngine({e}, Millis(5000), [](const Run &r) { return r.records.size() >= 2; });
    QVERIFY(run.records.size() >= 2);
    QCOMPARE(run.records.first().outcome, Outcome::RateLimited);
    QCOMPARE(run.records.first().httpStatus, 403);
    QVERIFY(run.records.first().retryAfter.has_value());
    QCOMPARE(run.records.at(1).outcome, Outcome::Ok);
    QVERIFY(server.requests().at(1).receivedAt >= fromEpochMsForTest(reset));
}

void tst_Engine::globalLimitPausesEveryEndpointOnTheHost()
{
    ScriptedServer server;
    QVERIFY(server.listen().has_value());
    // Discord's shape: a global 429 holds every route of the application.
    server.enqueue(QByteArray("/a"),
                   ScriptedServer::reply(429, {{"Retry-After", "2"}, {"X-RateLimit-Global", "true"},
                                               {"X-RateLimit-Scope", "global"}},
                                         R"({"retry_after":1.5,"global":true})"));
    EndpointConfig a = endpoint(server.url(QStringLiteral("/a")));
    a.id = QStringLiteral("a");
    a.interval = Millis(60000);
    a.retry.maxAttempts = 1;
    EndpointConfig b = endpoint(server.url(QStringLiteral("/b")));
    b.id = QStringLiteral("b");
    b.interval = Millis(100);
    const Run run = runEngine({a, b}, Millis(3500));
    QVERIFY(!run.records.isEmpty());
    const auto limited = std::find_if(run.records.begin(), run.records.end(),
                                      [](const AttemptRecord &r) { return r.endpointId == "a"; });
    QVERIFY(limited != run.records.end());
    QCOMPARE(limited->outcome, Outcome::RateLimited);
    const WallTime from = receivedAt(*limited);
    const WallTime until = from + *limited->retryAfter;
    for (const AttemptRecord &r : run.records) {
        if (r.endpointId == QLatin1String("b"))
            QVERIFY2(!(r.timestamp > from && r.timestamp < until), "b sent inside a global pause");
    }
}

void tst_Engine::breakerHalfOpensOnTimeWithoutTraffic()
{
    // Bug log #18: an observer must see half-open when it is due, not at the next call.
    const quint16 closed = freeLoopbackPort();
    EndpointConfig e = endpoint(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(closed)));
    e.interval = Millis(60000); // one poll, then silence
    e.retry.maxAttempts = 3;
    e.retry.baseDelay = Millis(10);
    e.breaker.minimumCalls = 3;
    e.breaker.openDuration = std::chrono::seconds(1);
    const Run run = runEngine({e}, Millis(3000), [](const Run &r) { return r.events.size() >= 2; });
    QCOMPARE(run.events.size(), 2);
    QCOMPARE(run.events.at(0).to, BreakerState::Open);
    QCOMPARE(run.events.at(1).to, BreakerState::HalfOpen);
    const auto openFor
        = std::chrono::duration_cast<Millis>(run.events.at(1).at - run.events.at(0).at);
    QVERIFY2(openFor >= Millis(1000) - stampSlack() && openFor < Millis(1000) + slack(100),
             qPrintable(QString::number(openFor.count())));
}

void tst_Engine::deadlineCoversTimeWaitingForASlot()
{
    // Bug log #15: time spent waiting to be sent (for a slot, a token, a pause) counts against
    // the deadline, and work that cannot start in time ends as a timeout without a request.
    ScriptedServer server;
    QVERIFY(server.listen().has_value());
    EndpointConfig e = endpoint(server.url(QStringLiteral("/")));
    e.interval = Millis(100);
    e.retry.maxAttempts = 1;
    e.retry.deadline = Millis(300);
    e.rateLimit.requestsPerSecond = 1;
    e.rateLimit.burst = 1;
    e.rateLimit.adaptive = false;
    const Run run = runEngine({e}, Millis(2500));
    int expired = 0;
    for (const AttemptRecord &r : run.records) {
        if (r.outcome != Outcome::Timeout)
            continue;
        QVERIFY(r.error.contains(QStringLiteral("before the request could be sent")));
        QCOMPARE(r.httpStatus, 0);
        QCOMPARE(r.latency, std::chrono::microseconds(0));
        ++expired;
    }
    QVERIFY2(expired >= 2, qPrintable(QString::number(expired)));
    QCOMPARE(server.requestCount(), int(run.records.size()) - expired);
}

QTEST_GUILESS_MAIN(tst_Engine)
#include "tst_engine.moc"
