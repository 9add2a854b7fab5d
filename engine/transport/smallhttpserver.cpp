// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "smallhttpserver.h"

#include <QTcpSocket>
#include <QTimer>

namespace bw {

namespace {

Result<quint16> parsePort(const QString &text, const QString &whole)
{
    bool ok = false;
    const uint port = text.toUInt(&ok);
    if (!ok || port > 65535)
        return Unexpected(
            QStringLiteral("\"%1\": the port must be a number from 0 to 65535").arg(whole));
    return static_cast<quint16>(port);
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

SmallHttpServer::SmallHttpServer(const char *name, const QLoggingCategory &category,
                                 QObject *parent)
    : QObject(parent)
    , m_name(name)
    , m_category(category)
{
    connect(&m_server, &QTcpServer::newConnection, this, &SmallHttpServer::acceptConnections);
    m_server.setMaxPendingConnections(maxConnections);
}

SmallHttpServer::~SmallHttpServer()
{
    m_server.close();
    // Open sockets are children of this object and would otherwise be deleted by ~QObject,
    // after m_connections is gone; deleting them here keeps their handlers off a dead hash.
    const QList<QTcpSocket *> sockets = m_connections.keys();
    m_connections.clear();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        delete socket;
    }
}

Result<void> SmallHttpServer::startListening(const ListenAddress &where)
{
    if (!m_server.listen(where.address, where.port))
        return Unexpected(QStringLiteral("cannot listen on %1:%2: %3")
                              .arg(where.address.toString())
                              .arg(where.port)
                              .arg(m_server.errorString()));
    return {};
}

quint16 SmallHttpServer::port() const
{
    return m_server.isListening() ? m_server.serverPort() : 0;
}

QHostAddress SmallHttpServer::address() const
{
    return m_server.serverAddress();
}

void SmallHttpServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (m_connections.size() >= maxConnections) {
            qCDebug(m_category).noquote()
                << QStringLiteral("%1: refusing a connection, too many open").arg(m_name);
            socket->abort();
            socket->deleteLater();
            continue;
        }
        socket->setParent(this);
        m_connections.insert(socket, Connection());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
        // Bounds how long one client can hold a slot: one that never finishes its request, or
        // one that never reads its answer so that the close after writing never completes.
        QTimer::singleShot(connectionTimeout, socket, [this, socket] {
            if (!m_connections.contains(socket))
                return;
            qCDebug(m_category).noquote()
                << QStringLiteral("%1: dropping a connection that outstayed %2 ms")
                       .arg(m_name)
                       .arg(connectionTimeout.count());
            m_connections.remove(socket);
            socket->disconnect(this);
            socket->abort();
            socket->deleteLater();
        });
    }
}

void SmallHttpServer::onReadyRead(QTcpSocket *socket)
{
    const auto found = m_connections.find(socket);
    if (found == m_connections.end() || found->answered) {
        // Answered: whatever else arrives (a refused body, a pipelined request) is dropped.
        const qint64 dropped = socket->readAll().size();
        if (found != m_connections.end() && found->discard > 0) {
            found->discard -= dropped;
            if (found->discard <= 0)
                socket->disconnectFromHost();
        }
        return;
    }
    readRequest(socket, *found);
}

void SmallHttpServer::answer(QTcpSocket *socket, const QByteArray &response, qint64 discard)
{
    if (const auto found = m_connections.find(socket); found != m_connections.end()) {
        found->answered = true;
        found->buffer.clear();
        found->discard = discard;
    }
    socket->write(response);
    // Closes once the write buffer has drained; a client that left already makes this a no-op.
    if (discard <= 0)
        socket->disconnectFromHost();
}

QByteArray SmallHttpServer::responseHead(QByteArrayView status, QByteArrayView contentType,
                                         qsizetype contentLength, QByteArrayView extraHeaders)
{
    return "HTTP/1.1 " + status.toByteArray() + "\r\nContent-Type: " + contentType.toByteArray()
           + "\r\nContent-Length: " + QByteArray::number(contentLength)
           + "\r\nConnection: close\r\nCache-Control: no-store\r\n" + extraHeaders.toByteArray()
           + "\r\n";
}

} // namespace bw
