// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsserver.h"

#include "logging.h"

#include <QTcpSocket>

namespace bw {

namespace {

const char exposition004[] = "text/plain; version=0.0.4; charset=utf-8";
const char plainText[] = "text/plain; charset=utf-8";

// The end of the request head, or -1. Bare LF line ends are tolerated, as RFC 9112 allows.
qsizetype headEnd(const QByteArray &buffer)
{
    const qsizetype crlf = buffer.indexOf("\r\n\r\n");
    const qsizetype lf = buffer.indexOf("\n\n");
    if (crlf < 0)
        return lf;
    return lf < 0 ? crlf : std::min(crlf, lf);
}

} // namespace

MetricsServer::MetricsServer(QObject *parent)
    : SmallHttpServer("metrics", lcEngine(), parent)
{
}

Result<void> MetricsServer::listen(const ListenAddress &where)
{
    if (auto listening = startListening(where); !listening)
        return listening;
    qCInfo(lcEngine) << "metrics: serving /metrics on" << address().toString() << "port"
                     << port();
    return {};
}

void MetricsServer::applyUpdate(const EngineUpdate &update)
{
    m_registry.apply(update);
}

void MetricsServer::readRequest(QTcpSocket *socket, Connection &connection)
{
    QByteArray &buffer = connection.buffer;
    buffer += socket->read(maxHeadBytes + 1 - buffer.size());
    const qsizetype end = headEnd(buffer);
    if (end < 0 || end > maxHeadBytes) {
        if (buffer.size() > maxHeadBytes)
            respond(socket, "431 Request Header Fields Too Large", plainText,
                    QByteArrayLiteral("request head too large\n"), true);
        return;
    }

    const QByteArray requestLine = buffer.left(buffer.indexOf('\n')).trimmed();
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !parts[2].startsWith("HTTP/1.") || !parts[1].startsWith('/')) {
        respond(socket, "400 Bad Request", plainText, QByteArrayLiteral("bad request\n"), true);
        return;
    }
    const QByteArray &method = parts[0];
    const bool head = method == "HEAD";
    if (method != "GET" && !head) {
        respond(socket, "405 Method Not Allowed", plainText,
                QByteArrayLiteral("only GET and HEAD\n"), true,
                QByteArrayLiteral("Allow: GET, HEAD\r\n"));
        return;
    }
    const qsizetype query = parts[1].indexOf('?');
    const QByteArray path = query < 0 ? parts[1] : parts[1].first(query);
    if (path != "/metrics") {
        respond(socket, "404 Not Found", plainText, QByteArrayLiteral("not found; try /metrics\n"),
                !head);
        return;
    }
    respond(socket, "200 OK", exposition004, m_registry.exposition(), !head);
}

void MetricsServer::respond(QTcpSocket *socket, const char *status, const QByteArray &contentType,
                            const QByteArray &body, bool withBody, const QByteArray &extraHeaders)
{
    QByteArray response = responseHead(status, contentType, body.size(), extraHeaders);
    if (withBody)
        response += body;
    answer(socket, response);
}

} // namespace bw
