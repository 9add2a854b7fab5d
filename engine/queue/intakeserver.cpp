// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "intakeserver.h"

#include "logging.h"
#include "queue/deliveryrequest.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

namespace bw {

namespace {

QByteArray errorJson(const QString &text)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), text}})
        .toJson(QJsonDocument::Compact);
}

const char *reasonPhrase(int status)
{
    switch (status) {
    case 202: return "Accepted";
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Error";
    }
}

/// The request head's end (the index of the blank line's first byte) and the length of the
/// separator, or -1.
std::pair<qsizetype, qsizetype> headEnd(const QByteArray &buffer)
{
    const qsizetype crlf = buffer.indexOf("\r\n\r\n");
    const qsizetype lf = buffer.indexOf("\n\n");
    if (crlf >= 0 && (lf < 0 || crlf < lf))
        return {crlf, 4};
    return {lf, lf < 0 ? 0 : 2};
}

/// The value of a header in a raw head, or a null array.
QByteArray headerValue(const QByteArray &head, QByteArrayView name)
{
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && QByteArrayView(line).first(colon).trimmed().compare(
                             name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

} // namespace

IntakeServer::IntakeServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &IntakeServer::acceptConnections);
    m_server.setMaxPendingConnections(maxConnections);
}

IntakeServer::~IntakeServer()
{
    m_server.close();
    const QList<QTcpSocket *> sockets = m_pending.keys();
    m_pending.clear();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        delete socket;
    }
}

Result<void> IntakeServer::openQueue(const QString &path)
{
    return m_store.open(path);
}

void IntakeServer::setEndpoints(const QList<EndpointConfig> &endpoints)
{
    m_endpoints.clear();
    for (const EndpointConfig &e : endpoints) {
        if (e.mode == EndpointMode::Deliver)
            m_endpoints.insert(e.id, e);
    }
}

Result<void> IntakeServer::listen(const ListenAddress &where)
{
    if (!m_server.listen(where.address, where.port))
        return Unexpected(QStringLiteral("cannot listen on %1:%2: %3")
                              .arg(where.address.toString())
                              .arg(where.port)
                              .arg(m_server.errorString()));
    qCInfo(lcQueue) << "intake: accepting deliveries on" << m_server.serverAddress().toString()
                    << "port" << m_server.serverPort();
    return {};
}

quint16 IntakeServer::port() const
{
    return m_server.isListening() ? m_server.serverPort() : 0;
}

void IntakeServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (m_pending.size() >= maxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        socket->setParent(this);
        m_pending.insert(socket, Pending());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_pending.remove(socket);
            socket->deleteLater();
        });
        QTimer::singleShot(connectionTimeout, socket, [this, socket] {
            if (!m_pending.contains(socket))
                return;
            m_pending.remove(socket);
            socket->disconnect(this);
            socket->abort();
            socket->deleteLater();
        });
    }
}

void IntakeServer::readRequest(QTcpSocket *socket)
{
    const auto found = m_pending.find(socket);
    if (found == m_pending.end() || socket->property("answered").toBool()) {
        const qint64 dropped = socket->readAll().size();
        if (found != m_pending.end() && found->discard > 0) {
            found->discard -= dropped;
            if (found->discard <= 0)
                socket->disconnectFromHost();
        }
        return;
    }
    Pending &p = *found;
    if (p.headLength < 0) {
        p.buffer += socket->read(maxHeadBytes + 4 - p.buffer.size());
        const auto [end, separator] = headEnd(p.buffer);
        if (end < 0 || end > maxHeadBytes) {
            if (p.buffer.size() > maxHeadBytes)
                respond(socket, 431, errorJson(QStringLiteral("request head too large")));
            return;
        }
        p.headLength = end + separator;
        const QByteArray head = p.buffer.left(end);
        if (!headerValue(head, "Transfer-Encoding").isNull()) {
            respond(socket, 411, errorJson(QStringLiteral("send a Content-Length, not chunks")));
            return;
        }
        const QByteArray length = headerValue(head, "Content-Length");
        bool ok = false;
        const qint64 bodyLength = length.toLongLong(&ok);
        const QByteArray method = head.left(head.indexOf(' '));
        if (method == "POST" && (!ok || bodyLength < 0)) {
            respond(socket, 411, errorJson(QStringLiteral("Content-Length required")));
            return;
        }
        if (bodyLength > maxBodyBytes) {
            const bool drain = bodyLength <= maxDiscardBytes;
            p.discard = drain ? bodyLength - (p.buffer.size() - p.headLength) : 0;
            respond(socket, 413, errorJson(QStringLiteral("body over %1 bytes").arg(maxBodyBytes)),
                    {}, drain && p.discard > 0);
            return;
        }
        p.bodyLength = ok ? bodyLength : 0;
    }
    const qsizetype wanted = p.headLength + p.bodyLength;
    if (p.buffer.size() < wanted)
        p.buffer += socket->read(wanted - p.buffer.size());
    if (p.buffer.size() < wanted)
        return;
    const QByteArray head = p.buffer.left(p.headLength);
    const QByteArray body = p.buffer.mid(p.headLength, p.bodyLength);
    const QByteArray requestLine = head.left(head.indexOf('\n')).trimmed();
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !parts[2].startsWith("HTTP/1.") || !parts[1].startsWith('/')) {
        respond(socket, 400, errorJson(QStringLiteral("bad request line")));
        return;
    }
    handle(socket, parts[0], parts[1], body);
}

void IntakeServer::handle(QTcpSocket *socket, const QByteArray &method, const QByteArray &target,
                          const QByteArray &body)
{
    static const QRegularExpression route(
        QStringLiteral("^/v1/endpoints/([A-Za-z0-9_.-]{1,64})/deliveries$"));
    const qsizetype query = target.indexOf('?');
    const QString path = QString::fromLatin1(query < 0 ? target : target.first(query));
    const QRegularExpressionMatch match = route.match(path);
    if (!match.hasMatch()) {
        respond(socket, 404, errorJson(QStringLiteral("not found; POST to "
                                                      "/v1/endpoints/{id}/deliveries")));
        return;
    }
    if (method != "POST") {
        respond(socket, 405, errorJson(QStringLiteral("only POST")), "Allow: POST\r\n");
        return;
    }
    const QString id = match.captured(1);
    const auto endpoint = m_endpoints.constFind(id);
    if (endpoint == m_endpoints.constEnd()) {
        respond(socket, 404,
                errorJson(QStringLiteral("no deliver-mode endpoint \"%1\"").arg(id)));
        return;
    }
    const auto request = parseDeliveryLine(body);
    if (!request) {
        respond(socket, 400, errorJson(request.error()));
        return;
    }
    if (const auto resolved = resolveDeliveryTarget(endpoint->url, request->target); !resolved) {
        respond(socket, 400, errorJson(resolved.error()));
        return;
    }
    const auto ids = m_store.enqueue(id, {*request},
                                     QueueLimits{endpoint->queue.maxDeliveries,
                                                 endpoint->queue.maxBytes},
                                     QDateTime::currentMSecsSinceEpoch());
    if (!ids) {
        const bool full = ids.error().kind == EnqueueError::Kind::QueueFull;
        if (!full)
            qCCritical(lcQueue) << "intake: could not store a delivery for" << id << ":"
                                << ids.error().message;
        respond(socket, full ? 503 : 500, errorJson(ids.error().message),
                full ? "Retry-After: 5\r\n" : "");
        return;
    }
    const QString key = request->idempotencyKey.isEmpty() ? ids->first()
                                                           : request->idempotencyKey;
    respond(socket, 202,
            QJsonDocument(QJsonObject{{QStringLiteral("id"), ids->first()},
                                      {QStringLiteral("idempotencyKey"), key}})
                .toJson(QJsonDocument::Compact));
}

void IntakeServer::respond(QTcpSocket *socket, int status, const QByteArray &json,
                           const QByteArray &extraHeaders, bool keepReading)
{
    socket->setProperty("answered", true);
    m_pending[socket].buffer.clear();
    const QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' '
                                + reasonPhrase(status)
                                + "\r\nContent-Type: application/json\r\nContent-Length: "
                                + QByteArray::number(json.size() + 1)
                                + "\r\nConnection: close\r\nCache-Control: no-store\r\n"
                                + extraHeaders + "\r\n" + json + '\n';
    socket->write(response);
    if (!keepReading)
        socket->disconnectFromHost();
}

} // namespace bw
