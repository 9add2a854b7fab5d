// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptedserver.h"

#include <QDateTime>
#include <QHostAddress>
#include <QLocale>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <utility>

#include <sys/socket.h>

namespace bw {

// A header section larger than this is treated as a broken client, not buffered forever.
static constexpr qsizetype maxHeaderBytes = 64 * 1024;
// Time for the last bytes to cross loopback before an RST, which discards unsent data.
static constexpr Millis resetGrace{20};
static constexpr int maxResetWaits = 50;

static bool sameName(const QByteArray &a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QByteArray RecordedRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (sameName(key, name)) {
            return value;
        }
    }
    return {};
}

bool RecordedRequest::hasHeader(QByteArrayView name) const
{
    return std::any_of(headers.cbegin(), headers.cend(),
                       [name](const auto &pair) { return sameName(pair.first, name); });
}

namespace {

enum class ParseState { Incomplete, Complete, Bad, Unsupported };

struct Parsed
{
    ParseState state = ParseState::Incomplete;
    RecordedRequest request;
    qsizetype consumed = 0;
};

} // namespace

// Reads one request from the front of `buffer` without consuming it.
static Parsed parseRequest(const QByteArray &buffer)
{
    Parsed parsed;
    qsizetype start = 0;
    // RFC 9112 asks servers to skip empty lines before a request line.
    while (buffer.mid(start, 2) == "\r\n") {
        start += 2;
    }
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n", start);
    if (headEnd < 0) {
        parsed.state
            = buffer.size() - start > maxHeaderBytes ? ParseState::Bad : ParseState::Incomplete;
        return parsed;
    }

    const QList<QByteArray> lines = buffer.mid(start, headEnd - start).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/")) {
        parsed.state = ParseState::Bad;
        return parsed;
    }
    RecordedRequest &request = parsed.request;
    request.method = requestLine[0];
    request.target = requestLine[1];
    const qsizetype query = request.target.indexOf('?');
    request.path = query < 0 ? request.target : request.target.first(query);
    request.version = requestLine[2];
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].endsWith('\r') ? lines[i].chopped(1) : lines[i];
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            parsed.state = ParseState::Bad;
            return parsed;
        }
        request.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }

    if (request.hasHeader("Transfer-Encoding")) {
        parsed.state = ParseState::Unsupported;
        return parsed;
    }
    qint64 length = 0;
    if (request.hasHeader("Content-Length")) {
        bool ok = false;
        length = request.header("Content-Length").toLongLong(&ok);
        if (!ok || length < 0) {
            parsed.state = ParseState::Bad;
            return parsed;
        }
    }
    const qsizetype bodyStart = headEnd + 4;
    if (buffer.size() - bodyStart < length) {
        return parsed;
    }
    request.body = buffer.mid(bodyStart, length);
    parsed.consumed = bodyStart + length;
    parsed.state = ParseState::Complete;
    return parsed;
}

/// One accepted socket: parses its requests in order and plays one step at a time. Owns the
/// socket; the server owns it and deletes it on disconnect or on its own destruction.
class ScriptedServer::Connection final : public QObject
{
public:
    Connection(ScriptedServer &server, QTcpSocket *socket, int serial);

private:
    void readRequests();
    void play(const ScriptStep &step, bool closeAfter);
    void writeNextSlice();
    void finishStep();
    void refuse(int status);
    void resetWhenFlushed(int waits);

    ScriptedServer &m_server;
    QTcpSocket *m_socket;
    int m_serial;
    QByteArray m_buffer;
    QTimer m_timer;
    ScriptStep m_step;
    QByteArray m_toSend;
    qsizetype m_sent = 0;
    bool m_busy = false;       // a step is playing; later requests wait in m_buffer
    bool m_closeAfter = false; // the client asked for Connection: close
    bool m_done = false;       // closing or silent: nothing more is read or written
};

ScriptedServer::Connection::Connection(ScriptedServer &server, QTcpSocket *socket, int serial)
    : QObject(&server)
    , m_server(server)
    , m_socket(socket)
    , m_serial(serial)
{
    m_socket->setParent(this);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Connection::writeNextSlice);
    connect(m_socket, &QTcpSocket::readyRead, this, [this] {
        if (m_done) {
            m_socket->readAll();
            return;
        }
        m_buffer += m_socket->readAll();
        readRequests();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        m_done = true;
        m_timer.stop();
        m_server.forget(this);
        deleteLater();
    });
}

void ScriptedServer::Connection::readRequests()
{
    if (m_busy || m_done) {
        return;
    }
    Parsed parsed = parseRequest(m_buffer);
    switch (parsed.state) {
    case ParseState::Incomplete:
        return;
    case ParseState::Bad:
        refuse(400);
        return;
    case ParseState::Unsupported:
        refuse(501);
        return;
    case ParseState::Complete:
        break;
    }
    m_buffer.remove(0, parsed.consumed);

    RecordedRequest &request = parsed.request;
    request.receivedAt = std::chrono::system_clock::now();
    request.receivedSteady = std::chrono::steady_clock::now();
    request.connection = m_serial;
    const bool closeAfter = sameName(request.header("Connection"), "close");
    const QByteArray path = request.path;
    m_busy = true;
    emit m_server.requestReceived(m_server.record(std::move(request)));
    play(m_server.takeStep(path), closeAfter);
}

void ScriptedServer::Connection::play(const ScriptStep &step, bool closeAfter)
{
    m_step = step;
    m_closeAfter = closeAfter;
    if (!step.respond) {
        m_done = true;
        return;
    }
    m_toSend = step.stopAfterBytes >= 0 ? step.bytes.left(step.stopAfterBytes) : step.bytes;
    m_sent = 0;
    if (step.delay > Millis::zero()) {
        m_timer.start(step.delay);
    } else {
        writeNextSlice();
    }
}

void ScriptedServer::Connection::writeNextSlice()
{
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        return;
    }
    const qsizetype left = m_toSend.size() - m_sent;
    const qsizetype slice = m_step.trickleBytes > 0 ? std::min(m_step.trickleBytes, left) : left;
    if (slice > 0) {
        m_socket->write(m_toSend.constData() + m_sent, slice);
        m_sent += slice;
    }
    if (m_sent < m_toSend.size()) {
        m_timer.start(m_step.trickleInterval);
        return;
    }
    finishStep();
}

void ScriptedServer::Connection::finishStep()
{
    switch (m_step.ending) {
    case StepEnding::KeepAlive:
        if (m_closeAfter) {
            m_done = true;
            m_socket->disconnectFromHost();
            return;
        }
        m_busy = false;
        // Queued so that a client pipelining many requests cannot make this recurse.
        QMetaObject::invokeMethod(this, &Connection::readRequests, Qt::QueuedConnection);
        return;
    case StepEnding::Close:
        m_done = true;
        m_socket->disconnectFromHost();
        return;
    case StepEnding::Reset:
        m_done = true;
        resetWhenFlushed(0);
        return;
    }
}

void ScriptedServer::Connection::refuse(int status)
{
    m_done = true;
    m_socket->write(response(status, {{"Connection", "close"}}));
    m_socket->disconnectFromHost();
}

void ScriptedServer::Connection::resetWhenFlushed(int waits)
{
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        return;
    }
    m_socket->flush();
    if (m_socket->bytesToWrite() > 0 && waits < maxResetWaits) {
        QTimer::singleShot(resetGrace, this, [this, waits] { resetWhenFlushed(waits + 1); });
        return;
    }
    QTimer::singleShot(resetGrace, this, [this] {
        if (m_socket->state() != QAbstractSocket::ConnectedState) {
            return;
        }
        // A zero linger time turns close() into an RST instead of a FIN.
        const linger hard{1, 0};
        setsockopt(static_cast<int>(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard,
                   sizeof hard);
        m_socket->abort();
    });
}

ScriptedServer::ScriptedServer(QObject *parent)
    : QObject(parent)
    , m_fallback(reply(200, {{"Content-Type", "text/plain"}}, "ok\n"))
{
    connect(&m_listener, &QTcpServer::newConnection, this, &ScriptedServer::acceptConnections);
}

ScriptedServer::~ScriptedServer()
{
    m_listener.close();
    // Connections refer back to the server, so they go while it is still whole.
    const QList<Connection *> connections = std::exchange(m_connections, {});
    qDeleteAll(connections);
}

Result<void> ScriptedServer::listen()
{
    if (m_listener.isListening()) {
        return {};
    }
    if (!m_listener.listen(QHostAddress::LocalHost, 0)) {
        return Unexpected(
            QStringLiteral("cannot listen on 127.0.0.1: %1").arg(m_listener.errorString()));
    }
    return {};
}

QUrl ScriptedServer::url(const QString &path) const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    url.setPath(query < 0 ? path : path.left(query));
    if (query >= 0) {
        url.setQuery(path.mid(query + 1));
    }
    return url;
}

void ScriptedServer::enqueue(ScriptStep step)
{
    m_queue.push_back(std::move(step));
}

void ScriptedServer::enqueue(const QByteArray &path, ScriptStep step)
{
    m_pathQueues[path].push_back(std::move(step));
}

void ScriptedServer::setFallback(ScriptStep step)
{
    m_fallback = std::move(step);
}

qsizetype ScriptedServer::pendingSteps() const
{
    qsizetype count = static_cast<qsizetype>(m_queue.size());
    for (const auto &queue : m_pathQueues) {
        count += static_cast<qsizetype>(queue.size());
    }
    return count;
}

void ScriptedServer::acceptConnections()
{
    while (QTcpSocket *socket = m_listener.nextPendingConnection()) {
        m_connections.append(new Connection(*this, socket, ++m_connectionSerial));
    }
}

int ScriptedServer::record(RecordedRequest request)
{
    m_requests.append(std::move(request));
    return static_cast<int>(m_requests.size() - 1);
}

ScriptStep ScriptedServer::takeStep(const QByteArray &path)
{
    auto take = [](std::deque<ScriptStep> &queue) {
        ScriptStep step = std::move(queue.front());
        queue.pop_front();
        return step;
    };
    if (auto it = m_pathQueues.find(path); it != m_pathQueues.end() && !it->empty()) {
        return take(*it);
    }
    if (!m_queue.empty()) {
        return take(m_queue);
    }
    return m_fallback;
}

void ScriptedServer::forget(Connection *connection)
{
    m_connections.removeOne(connection);
}

static QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Content Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    }
    return "Status";
}

QByteArray ScriptedServer::response(int status, const RawHeaders &headers, const QByteArray &body)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    bool framed = (status >= 100 && status < 200) || status == 204 || status == 304;
    for (const auto &[name, value] : headers) {
        framed = framed || sameName(name, "Content-Length") || sameName(name, "Transfer-Encoding");
        out += name + ": " + value + "\r\n";
    }
    if (!framed) {
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    return out + "\r\n" + body;
}

ScriptStep ScriptedServer::reply(int status, const RawHeaders &headers, const QByteArray &body)
{
    return ScriptStep{.bytes = response(status, headers, body)};
}

QByteArray ScriptedServer::httpDate(WallTime time)
{
    const auto millis = std::chrono::duration_cast<Millis>(time.time_since_epoch());
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(millis.count(), Qt::UTC);
    return QLocale::c().toString(utc, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'").toLatin1();
}

} // namespace bw
