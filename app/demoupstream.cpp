// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoupstream.h"

#include "config/configloader.h"
#include "demo/demoserver.h"

#include <QFile>

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

void DemoUpstream::stop()
{
    if (!m_thread.isRunning())
        return;
    m_thread.quit();
    m_thread.wait();
    m_server = nullptr;
}

} // namespace bw
