// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver.h"

#include "../logging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace bw {

static QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 202:
        return "Accepted";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Content Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        return "Unknown";
    }
}

static QString routeName(DemoServer::Route route)
{
    switch (route) {
    case DemoServer::Route::Healthy:
        return QStringLiteral("healthy");
    case DemoServer::Route::Flaky:
        return QStringLiteral("flaky");
    case DemoServer::Route::RateLimited:
        return QStringLiteral("ratelimited");
    case DemoServer::Route::Slow:
        return QStringLiteral("slow");
    case DemoServer::Route::Sink:
        return QStringLiteral("sink");
    case DemoServer::Route::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

static QByteArray jsonBody(DemoServer::Route route, int status, const QString &message,
                           std::chrono::seconds retryAfter = {})
{
    QJsonObject object{{QStringLiteral("route"), routeName(route)},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("message"), message}};
    if (retryAfter.count() > 0)
        object.insert(QStringLiteral("retryAfterSeconds"), qint64(retryAfter.count()));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

static QByteArray retryAfterHeader(std::chrono::seconds delay)
{
    return "Retry-After: " + QByteArray::number(qint64(delay.count())) + "\r\n";
}

static bool isDigits(QByteArrayView text)
{
    return !text.isEmpty()
           && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool DemoServer::Bucket::tryTake(Millis now)
{
    const double seconds = std::chrono::duration<double>(now - last).count();
    if (seconds > 0)
        tokens = std::min(capacity, tokens + seconds * perSecond);
    last = now;
    if (tokens < 1)
        return false;
    tokens -= 1;
    return true;
}

DemoServer::DemoServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_random(QRandomGenerator::global()->generate())
    , m_startedAt(std::chrono::steady_clock::now())
    , m_rateLimitedBucket{rateLimitedPerSecond, rateLimitedBurst, rateLimitedBurst, Millis{0}}
    , m_sinkBucket{sinkPerSecond, sinkBurst, sinkBurst, Millis{0}}
{
    connect(m_server, &QTcpServer::newConnection, this, &DemoServer::acceptConnections);
}

DemoServer::~DemoServer()
{
    // A socket emits disconnected() while it is destroyed; detach the live ones first so that
    // no slot runs on a server whose members are already gone.
    m_server->close();
    const QList<QTcpSocket *> sockets = m_connections.keys();
    m_connections.clear();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        delete socket;
    }
}

bool DemoServer::listen()
{
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        qCWarning(lcDemo) << "DemoServer::listen: cannot listen on 127.0.0.1:"
                          << m_server->errorString();
        return false;
    }
    m_startedAt = std::chrono::steady_clock::now();
    m_port.store(m_server->serverPort());
    qCInfo(lcDemo) << "demo upstream listening on 127.0.0.1:" << port();
    return true;
}

DemoServer::RouteCounters DemoServer::counters(Route route) const
{
    QMutexLocker lock(&m_countersMutex);
    return m_counters[static_cast<size_t>(route)];
}

quint16 DemoServer::reserveClosedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 closedPort = probe.serverPort();
    probe.close();
    return closedPort;
}

bool DemoServer::isFlakyBurst(Millis elapsed)
{
    const Millis phase = elapsed % flakyCycle;
    return phase >= flakyBurstStart && phase < flakyBurstEnd;
}

bool DemoServer::isSlowFastWindow(Millis elapsed)
{
    const auto window = static_cast<size_t>(elapsed / slowWindow);
    return slowPattern[window % slowPattern.size()];
}

bool DemoServer::isSinkBurst(Millis elapsed)
{
    const Millis phase = elapsed % sinkCycle;
    return phase >= sinkBurstStart && phase < sinkBurstEnd;
}

DemoServer::Route DemoServer::routeForPath(QByteArrayView path)
{
    if (path == "/healthy")
        return Route::Healthy;
    if (path == "/flaky")
        return Route::Flaky;
    if (path == "/ratelimited")
        return Route::RateLimited;
    if (path == "/slow")
        return Route::Slow;
    if (path == "/sink")
        return Route::Sink;
    return Route::Unknown;
}

QByteArray DemoServer::httpDate(WallTime time)
{
    const auto ms = std::chrono::duration_cast<Millis>(time.time_since_epoch()).count();
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    // QLocale::c() keeps day and month names English whatever the user's locale is.
    return QLocale::c().toString(utc, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'").toLatin1();
}

void DemoServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_connections.size() >= maxConnections) {
            qCInfo(lcDemo) << "connection limit reached; refusing a peer";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_connectionsAccepted;

        Connection connection;
        connection.idleTimer = new QTimer(socket);
        connection.idleTimer->setSingleShot(true);
        connection.idleTimer->setInterval(idleTimeout);
        m_connections.insert(socket, connection);

        connect(connection.idleTimer, &QTimer::timeout, this, [this, socket] {
            const auto it = m_connections.find(socket);
            if (it == m_connections.end() || it->busy)
                return;
            if (it->closing) {
                socket->abort(); // the peer never read our last reply, so the close is stuck
                return;
            }
            it->closing = true;
            socket->disconnectFromHost();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { drop(socket); });
        connect(socket, &QTcpSocket::errorOccurred, this, [this, socket] {
            if (socket->state() == QAbstractSocket::UnconnectedState)
                drop(socket);
        });
        connection.idleTimer->start();
        if (socket->bytesAvailable() > 0)
            readFrom(socket);
    }
}

void DemoServer::readFrom(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    const QByteArray data = socket->readAll();
    if (it->closing)
        return; // the reply that ends this connection is out; what follows is ignored

    it->buffer += data;
    it->idleTimer->start();
    if (it->buffer.size() > maxHeaderBytes + maxBodyBytes) {
        reject(socket, 413);
        return;
    }
    processBuffer(socket);
}

void DemoServer::processBuffer(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->busy || it->closing || it->buffer.isEmpty())
        return;

    const qsizetype headEnd = it->buffer.indexOf("\r\n\r\n");
    if ((headEnd < 0 && it->buffer.size() > maxHeaderBytes) || headEnd > maxHeaderBytes) {
        reject(socket, 431);
        return;
    }
    if (headEnd < 0)
        return;
    const Request request = parseHead(QByteArrayView(it->buffer).first(headEnd));
    if (request.errorStatus != 0) {
        reject(socket, request.errorStatus);
        return;
    }
    const qsizetype total = headEnd + 4 + request.contentLength;
    if (it->buffer.size() < total)
        return;
    it->buffer.remove(0, total);

    const Route route = routeForPath(request.path);
    tally(route, Tally::Received);
    const Reply reply = replyFor(route, request);
    const bool keepAlive = request.keepAlive && !reply.close;
    qCDebug(lcDemo) << request.method << request.path << "->" << reply.status << "in"
                    << reply.delay.count() << "ms";
    it->busy = true;
    it->pending = route;
    it->idleTimer->stop();
    // Precise: a coarse timer may fire 5% early, which would turn a 2.1 s reply into one
    // under the 2 s slow-call threshold.
    QTimer::singleShot(reply.delay, Qt::PreciseTimer, socket,
                       [this, socket, reply, keepAlive] { sendReply(socket, reply, keepAlive); });
}

void DemoServer::reject(QTcpSocket *socket, int status)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    qCInfo(lcDemo) << "closing a connection after status" << status;
    if (it->busy) {
        // An error reply now would land in the middle of the pending one.
        socket->abort();
        return;
    }
    it->buffer.clear();
    it->busy = true;
    it->pending = Route::Unknown;
    Reply reply;
    reply.status = status;
    reply.body = jsonBody(Route::Unknown, status, QString::fromLatin1(reasonPhrase(status)));
    sendReply(socket, reply, false);
}

void DemoServer::sendReply(QTcpSocket *socket, const Reply &reply, bool keepAlive)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end() || socket->state() != QAbstractSocket::ConnectedState)
        return;

    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' '
                      + reasonPhrase(reply.status) + "\r\n";
    head += "Date: " + httpDate(std::chrono::system_clock::now()) + "\r\n";
    head += "Server: breakwater-demo\r\nContent-Type: application/json\r\n";
    head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    head += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    head += reply.extraHeaders;
    socket->write(head + "\r\n" + reply.body);
    tally(it->pending, Tally::Served, reply.status);
    it->busy = false;

    it->idleTimer->start();
    if (!keepAlive) {
        it->closing = true;
        socket->disconnectFromHost(); // may emit disconnected() and drop the entry right here
        return;
    }
    processBuffer(socket);
}

void DemoServer::drop(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    if (it->busy)
        tally(it->pending, Tally::Abandoned);
    m_connections.erase(it);
    socket->disconnect(this);
    socket->deleteLater();
}

DemoServer::Request DemoServer::parseHead(QByteArrayView head)
{
    Request request;
    const QList<QByteArray> lines = head.toByteArray().split('\n');
    const QList<QByteArray> start = lines.first().trimmed().split(' ');
    if (start.size() != 3 || start[0].isEmpty() || !start[2].startsWith("HTTP/1.")) {
        request.errorStatus = 400;
        return request;
    }
    request.method = start[0];
    request.keepAlive = start[2] != "HTTP/1.0";
    const QByteArray &target = start[1];
    const qsizetype query = target.indexOf('?');
    if (target.startsWith('/'))
        request.path = query < 0 ? target : target.left(query);
    else if (target.startsWith("http://"))
        request.path = QUrl::fromEncoded(target).path(QUrl::FullyEncoded).toLatin1();
    else
        request.errorStatus = 400;

    bool seenLength = false;
    for (qsizetype i = 1; i < lines.size() && request.errorStatus == 0; ++i) {
        const QByteArray &line = lines[i];
        const qsizetype colon = line.indexOf(':');
        // Folded continuation lines are obsolete (RFC 9112 section 5.2) and refused here.
        if (colon <= 0 || line.startsWith(' ') || line.startsWith('\t')) {
            request.errorStatus = 400;
            break;
        }
        const QByteArray name = line.left(colon).toLower();
        if (name.contains(' ') || name.contains('\t')) {
            request.errorStatus = 400;
            break;
        }
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            const qsizetype length = value.toLongLong();
            if (!isDigits(value) || (seenLength && length != request.contentLength))
                request.errorStatus = 400;
            else if (value.size() > 9 || length > maxBodyBytes)
                request.errorStatus = 413;
            request.contentLength = length;
            seenLength = true;
        } else if (name == "transfer-encoding") {
            request.errorStatus = 501;
        } else if (name == "connection") {
            for (const QByteArray &token : value.toLower().split(',')) {
                if (token.trimmed() == "close")
                    request.keepAlive = false;
                else if (token.trimmed() == "keep-alive")
                    request.keepAlive = true;
            }
        }
    }
    return request;
}

DemoServer::Reply DemoServer::replyFor(Route route, const Request &request)
{
    if (route == Route::Unknown)
        return {404, Millis{0}, jsonBody(route, 404, QStringLiteral("no such route")), {}};
    const QByteArray allowed = route == Route::Sink ? "POST" : "GET";
    if (request.method != allowed) {
        return {405, Millis{0}, jsonBody(route, 405, QStringLiteral("method not allowed")),
                "Allow: " + allowed + "\r\n"};
    }

    switch (route) {
    case Route::Healthy:
        return {200, uniform(20, 80), jsonBody(route, 200, QStringLiteral("ok")), {}};
    case Route::Flaky:
        return flakyReply();
    case Route::RateLimited:
        if (!m_rateLimitedBucket.tryTake(elapsed())) {
            return {429, Millis{0},
                    jsonBody(route, 429, QStringLiteral("rate limit of 2 requests/s exceeded"),
                             rateLimitedRetryAfter),
                    retryAfterHeader(rateLimitedRetryAfter)};
        }
        return {200, uniform(20, 60), jsonBody(route, 200, QStringLiteral("ok")), {}};
    case Route::Slow:
        return slowReply();
    case Route::Sink:
        return sinkReply();
    case Route::Unknown:
        break;
    }
    Q_UNREACHABLE();
    return {};
}

DemoServer::Reply DemoServer::flakyReply()
{
    const bool burst = isFlakyBurst(elapsed());
    // No Retry-After on these 503s: the engine would pause the endpoint for it, and the point
    // of this route is to let failures reach the breaker.
    if (chance(burst ? flakyBurstErrorRate : flakyCalmErrorRate))
        return {
            503, uniform(10, 40), jsonBody(Route::Flaky, 503, QStringLiteral("overloaded")), {}};
    return {200, uniform(30, 120), jsonBody(Route::Flaky, 200, QStringLiteral("ok")), {}};
}

DemoServer::Reply DemoServer::slowReply()
{
    const QByteArray body = jsonBody(Route::Slow, 200, QStringLiteral("ok"));
    if (isSlowFastWindow(elapsed()))
        return {200, uniform(50, 150), body, {}};
    // Bounds kept 100 ms clear of 2 s on both sides so that the engine's own overhead cannot
    // move a call across the slow-call threshold.
    ++m_slowCalls;
    if (m_slowCalls % slowEveryNthQuicker == 0)
        return {200, uniform(1200, 1800), body, {}};
    return {200, uniform(2100, 3500), body, {}};
}

DemoServer::Reply DemoServer::sinkReply()
{
    const Millis now = elapsed();
    if (!m_sinkBucket.tryTake(now)) {
        return {429, Millis{0},
                jsonBody(Route::Sink, 429, QStringLiteral("rate limit of 5 requests/s exceeded"),
                         sinkRetryAfter),
                retryAfterHeader(sinkRetryAfter)};
    }
    if (isSinkBurst(now) && chance(sinkBurstErrorRate))
        return {503, uniform(10, 40), jsonBody(Route::Sink, 503, QStringLiteral("overloaded")), {}};
    return {202, uniform(10, 40), jsonBody(Route::Sink, 202, QStringLiteral("accepted")), {}};
}

Millis DemoServer::elapsed() const
{
    const auto since = std::chrono::steady_clock::now() - m_startedAt;
    return std::chrono::duration_cast<Millis>(since) + Millis{m_shiftMs.load()};
}

Millis DemoServer::uniform(int lowMs, int highMs)
{
    return Millis{m_random.bounded(lowMs, highMs + 1)};
}

bool DemoServer::chance(double probability)
{
    return m_random.generateDouble() < probability;
}

void DemoServer::tally(Route route, Tally what, int status)
{
    QMutexLocker lock(&m_countersMutex);
    RouteCounters &counters = m_counters[static_cast<size_t>(route)];
    switch (what) {
    case Tally::Received:
        ++counters.received;
        break;
    case Tally::Served:
        ++counters.served;
        ++counters.byStatus[status];
        break;
    case Tally::Abandoned:
        ++counters.abandoned;
        break;
    }
}

} // namespace bw
