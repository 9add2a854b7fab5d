// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchnetwork.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <atomic>
#include <memory>

namespace bw::bench {

void prepareEngineRun()
{
    QLoggingCategory::setFilterRules(QStringLiteral("breakwater.*.info=false"));
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

QList<EndpointConfig> numberedEndpoints(int count, const QUrl &url)
{
    QList<EndpointConfig> configs;
    for (int i = 0; i < count; ++i) {
        EndpointConfig e;
        e.id = QStringLiteral("ep%1").arg(i);
        e.name = e.id;
        e.url = url;
        configs.append(e);
    }
    return configs;
}

QNetworkReply *getUncached(QNetworkAccessManager &manager, const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    return manager.get(request);
}

/// The part of HeldReplyServer that lives in its thread.
class HeldReplyServer::Listener final : public QObject
{
public:
    explicit Listener(Millis hold)
        : m_hold(hold)
    {
    }

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        QObject::connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                ++connections;
                serve(socket);
            }
        });
        return m_server->listen(QHostAddress::LocalHost, 0) ? m_server->serverPort() : 0;
    }

    std::atomic<int> connections{0};

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        const Millis hold = m_hold;
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, buffer, hold] {
            *buffer += socket->readAll();
            for (qsizetype end = buffer->indexOf("\r\n\r\n"); end >= 0;
                 end = buffer->indexOf("\r\n\r\n")) {
                buffer->remove(0, end + 4);
                QTimer::singleShot(hold, Qt::PreciseTimer, socket, [socket] {
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
                                  "Content-Length: 2\r\n\r\nok");
                });
            }
        });
    }

    const Millis m_hold;
    QTcpServer *m_server = nullptr;
};

HeldReplyServer::HeldReplyServer(Millis hold)
    : m_hold(hold)
{
}

HeldReplyServer::~HeldReplyServer()
{
    stop();
}

bool HeldReplyServer::start()
{
    if (m_listener || m_thread.isFinished())
        return m_port != 0;
    m_listener = new Listener(m_hold);
    m_listener->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_listener, &QObject::deleteLater);
    m_thread.start();
    Listener *listener = m_listener;
    quint16 port = 0;
    QMetaObject::invokeMethod(
        listener, [listener, &port] { port = listener->listen(); }, Qt::BlockingQueuedConnection);
    m_port = port;
    return m_port != 0;
}

void HeldReplyServer::stop()
{
    m_thread.quit();
    m_thread.wait();
    m_listener = nullptr; // deleted as the thread finished
}

QUrl HeldReplyServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

int HeldReplyServer::takeConnections()
{
    return m_listener ? m_listener->connections.exchange(0) : 0;
}

} // namespace bw::bench
