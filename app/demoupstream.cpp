// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoupstream.h"

#include "config/configloader.h"
#include "demo/demoserver.h"
#include "queue/deliverystore.h"

#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>

namespace bw {

DemoUpstream::DemoUpstream()
{
    m_thread.setObjectName(QStringLiteral("breakwater-demo"));
}

DemoUpstream::~DemoUpstream()
{
    stop();
}

quint16 DemoUpstream::port() const
{
    return m_server ? m_server->port() : 0;
}

Result<QList<EndpointConfig>> DemoUpstream::start()
{
    QFile file(QStringLiteral(":/demo/demo.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Unexpected(QStringLiteral("the demo configuration is missing from the binary"));
    QByteArray json = file.readAll();

    const quint16 downPort = DemoServer::reserveClosedPort();
    if (downPort == 0)
        return Unexpected(QStringLiteral("no free loopback port for the refused endpoint"));
    m_server = new DemoServer;
    if (!m_server->listen()) {
        delete m_server;
        m_server = nullptr;
        return Unexpected(QStringLiteral("could not listen on 127.0.0.1"));
    }
    m_server->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread.start();

    json.replace("${DEMO_PORT}", QByteArray::number(m_server->port()));
    json.replace("${DOWN_PORT}", QByteArray::number(downPort));
    const auto loaded = parseConfig(json);
    if (!loaded)
        return Unexpected(QStringLiteral("the demo configuration is invalid: ") + loaded.error());
    return loaded->config.endpoints;
}

Result<void> DemoUpstream::startFeeding(const QString &queuePath)
{
    m_feedStore = std::make_unique<DeliveryStore>();
    if (auto opened = m_feedStore->open(queuePath); !opened) {
        m_feedStore.reset();
        return opened;
    }
    m_feedTimer.setInterval(1000);
    QObject::connect(&m_feedTimer, &QTimer::timeout, &m_feedTimer, [this] {
        QList<DeliveryRequest> batch;
        const int count = 1 + int(QRandomGenerator::global()->bounded(5));
        for (int i = 0; i < count; ++i) {
            DeliveryRequest request;
            request.body = QByteArrayLiteral("{\"event\":\"order.created\",\"n\":")
                           + QByteArray::number(++m_fed) + '}';
            request.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
            batch.append(request);
        }
        // A full queue (the sink down for long) just skips this second's events.
        m_feedStore->enqueue(QStringLiteral("deliveries"), batch, QueueLimits{5000, 1 << 24},
                             QDateTime::currentMSecsSinceEpoch());
    });
    m_feedTimer.start();
    return {};
}

void DemoUpstream::stop()
{
    m_feedTimer.stop();
    m_feedStore.reset();
    if (!m_thread.isRunning())
        return;
    m_thread.quit();
    m_thread.wait();
    m_server = nullptr;
}

} // namespace bw
