// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsserver.h"

#include "logging.h"

#include <QTcpSocket>
#include <QTimer>

namespace bw {

namespace {

const char exposition004[] = "text/plain; version=0.0.4; charset=utf-8";
const char plainText[] = "text/plain; charset=utf-8";

Result<quint16> parsePort(const QString &text, const QString &whole)
{
    bool ok = false;
    const uint port = text.toUInt(&ok);
    if (!ok || port > 65535)
        return Unexpected(QStringLiteral("\"%1\": the port must be a number from 0 to 65535")
                              .arg(whole));
    return static_cast<quint16>(port);
}

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

Result<ListenAddress> parseListenAddress(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.contains(QLatin1Char(':'))) {
        const auto port = parsePort(trimmed, text);
        if (!port)
            return Unexpected(port.error());
        return ListenAddress{QHostAddress(QHostAddress::LocalHost), *port};
    }

    QString host;
    QString portText;
    if (trimmed.startsWith(QLatin1Char('['))) {
        const qsizetype close = trimmed.indexOf(QStringLiteral("]:"));
        if (close < 0)
            return Unexpected(QStringLiteral("\"%1\": expected [IPv6]:PORT").arg(text));
        host = trimmed.mid(1, close - 1);
        portText = trimmed.mid(close + 2);
    } else {
        const qsizetype colon = trimmed.lastIndexOf(QLatin1Char(':'));
        host = trimmed.left(colon);
        portText = trimmed.mid(colon + 1);
        if (host.contains(QLatin1Char(':')))
            return Unexpected(
                QStringLiteral("\"%1\": write an IPv6 address in brackets, as [::1]:9464")
                    .arg(text));
    }

    const auto port = parsePort(portText, text);
    if (!port)
        return Unexpected(port.error());
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return ListenAddress{QHostAddress(QHostAddress::LocalHost), *port};
    QHostAddress address;
    if (host.isEmpty() || !address.setAddress(host))
        return Unexpected(
            QStringLiteral("\"%1\": \"%2\" is not an IP address (names are not looked up)")
                .arg(text, host));
    return ListenAddress{address, *port};
}

MetricsServer::MetricsServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &MetricsServer::acceptConnections);
    m_server.setMaxPendingConnections(maxConnections);
}

MetricsServer::~MetricsServer()
{
    m_server.close();
    // Open sockets are children of this object and would otherwise be deleted by ~QObject,
    // after m_pending is gone; deleting them here keeps their handlers off a dead hash.
    const QList<QTcpSocket *> sockets = m_pending.keys();
    m_pending.clear();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        delete socket;
    }
}

Result<void> MetricsServer::listen(const ListenAddress &where)
{
    if (!m_server.listen(where.address, where.port))
        return Unexpected(QStringLiteral("cannot listen on %1:%2: %3")
                              .arg(where.address.toString())
                              .arg(where.port)
                              .arg(m_server.errorString()));
    qCInfo(lcEngine) << "metrics: serving /metrics on" << m_server.serverAddress().toString()
                     << "port" << m_server.serverPort();
    return {};
}

quint16 MetricsServer::port() const
{
    return m_server.isListening() ? m_server.serverPort() : 0;
}

QHostAddress MetricsServer::address() const
{
    return m_server.serverAddress();
}

void MetricsServer::applyUpdate(const EngineUpdate &update)
{
    m_registry.apply(update);
}

void MetricsServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (m_pending.size() >= maxConnections) {
            qCDebug(lcEngine) << "metrics: refusing a connection, too many open";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        socket->setParent(this);
        m_pending.insert(socket, QByteArray());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_pending.remove(socket);
            socket->deleteLater();
        });
        // Bounds how long one client can hold a slot: one that never finishes its head, or one
        // that never reads its response so that the close after writing never completes.
        QTimer::singleShot(connectionTimeout, socket, [this, socket] {
            if (!m_pending.contains(socket))
                return;
            qCDebug(lcEngine) << "metrics: dropping a connection that outstayed"
                              << connectionTimeout.count() << "ms";
            m_pending.remove(socket);
            socket->disconnect(this);
            socket->abort();
            socket->deleteLater();
        });
    }
}

void MetricsServer::readRequest(QTcpSocket *socket)
{
    const auto found = m_pending.find(socket);
    if (found == m_pending.end() || socket->property("answered").toBool()) {
        // Already answered: whatever else arrives (a body, a pipelined request) is dropped.
        socket->readAll();
        return;
    }
    QByteArray &buffer = *found;
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
    socket->setProperty("answered", true);
    m_pending[socket].clear();
    QByteArray response = QByteArrayLiteral("HTTP/1.1 ") + status + "\r\nContent-Type: "
                          + contentType + "\r\nContent-Length: "
                          + QByteArray::number(body.size())
                          + "\r\nConnection: close\r\nCache-Control: no-store\r\n" + extraHeaders
                          + "\r\n";
    if (withBody)
        response += body;
    socket->write(response);
    // Closes once the write buffer has drained; a client that left already makes this a no-op.
    socket->disconnectFromHost();
}

} // namespace bw
