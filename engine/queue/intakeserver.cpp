// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "intakeserver.h"

#include "logging.h"
#include "queue/deliveryrequest.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

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

} // namespace

IntakeServer::IntakeServer(QObject *parent)
    : SmallHttpServer("intake", lcQueue(), parent)
{
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
    if (auto listening = startListening(where); !listening)
        return listening;
    qCInfo(lcQueue) << "intake: accepting deliveries on" << address().toString() << "port"
                    << port();
    return {};
}

void IntakeServer::readRequest(QTcpSocket *socket, Connection &connection)
{
    if (connection.wanted == 0)
        connection.wanted = limits.maxHeadBytes + 4;
    // Reads no further than the parser asks, and again at once when it asks for more than
    // it had (the body behind a head), since no new readyRead comes for bytes already here.
    for (;;) {
        connection.buffer += socket->read(connection.wanted - connection.buffer.size());
        const IntakeParse parsed = parseIntakeRequest(connection.buffer, limits);
        switch (parsed.state) {
        case IntakeParse::State::NeedMore:
            connection.wanted = parsed.wanted;
            if (connection.buffer.size() < connection.wanted && socket->bytesAvailable() > 0)
                continue;
            return;
        case IntakeParse::State::Refused:
            respond(socket, parsed.refusal.status, errorJson(parsed.refusal.message), {},
                    parsed.refusal.discard);
            return;
        case IntakeParse::State::Complete:
            handle(socket, parsed);
            return;
        }
    }
}

void IntakeServer::handle(QTcpSocket *socket, const IntakeParse &parsed)
{
    const IntakeRoute route = routeIntakeRequest(parsed.method, parsed.target);
    if (route.endpointId.isEmpty()) {
        respond(socket, route.refusal.status, errorJson(route.refusal.message),
                route.extraHeaders);
        return;
    }
    const QString &id = route.endpointId;
    const auto endpoint = m_endpoints.constFind(id);
    if (endpoint == m_endpoints.constEnd()) {
        respond(socket, 404,
                errorJson(QStringLiteral("no deliver-mode endpoint \"%1\"").arg(id)));
        return;
    }
    const auto request = parseDeliveryLine(parsed.body);
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
                           const QByteArray &extraHeaders, qint64 discard)
{
    const QByteArray body = json + '\n';
    answer(socket,
           responseHead(QByteArray::number(status) + ' ' + reasonPhrase(status),
                        "application/json", body.size(), extraHeaders)
               + body,
           discard);
}

} // namespace bw
