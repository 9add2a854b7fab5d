// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../clock.h"

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QObject>
#include <QRandomGenerator>

#include <array>
#include <atomic>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace bw {

/// The simulated upstream behind the embedded demo: a small HTTP/1.1 server on 127.0.0.1 whose
/// routes misbehave on a schedule, so that a newcomer sees retries, 429s with Retry-After and
/// a circuit breaker opening and closing within half a minute of starting the app.
///
/// Routes: GET /healthy, /flaky, /ratelimited, /slow and POST /sink; anything else is 404.
/// The schedules of /flaky and /slow run on the server's own elapsed time, counted from
/// listen(), so the app starts the server right before the engine that watches it.
///
/// Threads: create it without a parent, call listen(), then moveToThread() a dedicated QThread
/// (its delays are timers in that thread, never sleeps, but a busy engine thread would still
/// skew them). port(), counters(), connectionsAccepted() and setTimeShift() may be called from
/// any thread. Delete it in its own thread (QThread::finished -> deleteLater).
///
/// HTTP: request line, headers and a Content-Length body; persistent connections; requests on
/// one connection are answered one after another. A head over maxHeaderBytes, a body over
/// maxBodyBytes, chunked bodies and malformed requests get an error reply and the connection
/// is closed. Peers may disconnect at any moment, including while a delayed reply is pending.
class DemoServer : public QObject
{
    Q_OBJECT

public:
    enum class Route { Healthy, Flaky, RateLimited, Slow, Sink, Unknown };
    Q_ENUM(Route)

    /// Route::Unknown also counts the replies to requests refused before routing (400, 413,
    /// 431, 501), which have no `received` entry.
    struct RouteCounters
    {
        quint64 received = 0;  ///< complete requests parsed for this route
        quint64 served = 0;    ///< replies written
        quint64 abandoned = 0; ///< the peer left before its delayed reply was due
        QMap<int, quint64> byStatus;
    };

    /// /flaky: within every cycle, [burstStart, burstEnd) answers 503 (without Retry-After, so
    /// the breaker rather than a server pause handles it) to this share of requests. Polled
    /// every 500 ms with retries, a 10 s window at a 40% threshold trips 2-4 s into the burst,
    /// and a 4 s open period ends after it.
    static constexpr std::chrono::seconds flakyCycle{20};
    static constexpr std::chrono::seconds flakyBurstStart{8};
    static constexpr std::chrono::seconds flakyBurstEnd{14};
    static constexpr double flakyBurstErrorRate = 0.8;
    static constexpr double flakyCalmErrorRate = 0.03;

    /// /slow: time is cut into windows of slowWindow; the pattern repeats every
    /// slowPattern.size() windows and marks the fast ones (2 of 5, 40%). Slow first, then fast:
    /// polled every second, a breaker with minimumCalls 4 and openSeconds 6 (resources/demo)
    /// trips at 5-6.5 s and sends its first probe at 11-12.5 s, inside the fast window.
    static constexpr std::chrono::seconds slowWindow{10};
    static constexpr std::array<bool, 5> slowPattern{false, true, false, false, true};
    /// In a slow window every slowEveryNthQuicker-th call takes 1.2-1.8 s, the others
    /// 2.1-3.5 s, so 80% are slow calls at slowCallMs 2000 whatever the random draws.
    static constexpr int slowEveryNthQuicker = 5;

    /// /ratelimited: a token bucket refilled at this rate, holding at most burst tokens.
    static constexpr double rateLimitedPerSecond = 2;
    static constexpr double rateLimitedBurst = 2;
    static constexpr std::chrono::seconds rateLimitedRetryAfter{2};

    /// /sink: a delivery target, with its own limit and a 503 burst once per cycle.
    static constexpr double sinkPerSecond = 5;
    static constexpr double sinkBurst = 5;
    static constexpr std::chrono::seconds sinkRetryAfter{1};
    static constexpr std::chrono::seconds sinkCycle{30};
    static constexpr std::chrono::seconds sinkBurstStart{20};
    static constexpr std::chrono::seconds sinkBurstEnd{24};
    static constexpr double sinkBurstErrorRate = 0.7;

    static constexpr qsizetype maxHeaderBytes = 64 * 1024; ///< request line and headers
    static constexpr qsizetype maxBodyBytes = 1024 * 1024;
    static constexpr int maxConnections = 256;
    static constexpr std::chrono::seconds idleTimeout{60};

    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    /// Listens on 127.0.0.1 on a port the system picks, and starts the schedules' clock.
    /// Call it in the thread the server lives in, before moveToThread() is simplest.
    bool listen();
    /// The listening port, 0 before a successful listen().
    quint16 port() const { return m_port.load(); }

    RouteCounters counters(Route route) const;
    quint64 connectionsAccepted() const { return m_connectionsAccepted.load(); }

    /// Runs the schedules as if the server had been up `shift` longer, for tests that need a
    /// 503 burst or a fast /slow window now rather than in ten seconds.
    void setTimeShift(Millis shift) { m_shiftMs.store(shift.count()); }

    /// A loopback port that nothing listens on: bound, read and released again, so a connect
    /// is refused. Another process could take it in the meantime; on a desktop that is rare.
    /// Returns 0 if no port could be bound.
    static quint16 reserveClosedPort();

    static bool isFlakyBurst(Millis elapsed);
    static bool isSlowFastWindow(Millis elapsed);
    static bool isSinkBurst(Millis elapsed);
    static Route routeForPath(QByteArrayView path);
    /// An IMF-fixdate such as "Sun, 06 Nov 1994 08:49:37 GMT".
    static QByteArray httpDate(WallTime time);

private:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        qsizetype contentLength = 0;
        bool keepAlive = true;
        int errorStatus = 0; ///< set when the head is unusable; the connection then closes
    };

    struct Reply
    {
        int status = 200;
        Millis delay{0};
        QByteArray body;
        QByteArray extraHeaders; ///< whole lines, each ending in CRLF
        bool close = false;
    };

    struct Connection
    {
        QByteArray buffer;
        QTimer *idleTimer = nullptr; ///< owned by the socket
        bool busy = false;           ///< a reply is scheduled and not yet written
        bool closing = false;        ///< no further requests are read
        Route pending = Route::Unknown;
    };

    /// A server-side token bucket driven by the server's elapsed time.
    struct Bucket
    {
        double perSecond = 1;
        double capacity = 1;
        double tokens = 1;
        Millis last{0};

        bool tryTake(Millis now);
    };

    void acceptConnections();
    void readFrom(QTcpSocket *socket);
    void processBuffer(QTcpSocket *socket);
    void reject(QTcpSocket *socket, int status);
    void sendReply(QTcpSocket *socket, const Reply &reply, bool keepAlive);
    void drop(QTcpSocket *socket);

    static Request parseHead(QByteArrayView head);
    Reply replyFor(Route route, const Request &request);
    Reply flakyReply();
    Reply slowReply();
    Reply sinkReply();
    Millis elapsed() const;
    Millis uniform(int lowMs, int highMs);
    bool chance(double probability);
    enum class Tally { Received, Served, Abandoned };
    void tally(Route route, Tally what, int status = 0);

    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, Connection> m_connections;
    QRandomGenerator m_random;
    SteadyTime m_startedAt{};
    Bucket m_rateLimitedBucket;
    Bucket m_sinkBucket;
    quint64 m_slowCalls = 0;

    std::atomic<quint16> m_port{0};
    std::atomic<qint64> m_shiftMs{0};
    std::atomic<quint64> m_connectionsAccepted{0};
    mutable QMutex m_countersMutex;
    std::array<RouteCounters, 6> m_counters; ///< indexed by Route, under m_countersMutex
};

} // namespace bw
