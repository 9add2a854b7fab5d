// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginehost.h"

#include "engine.h"
#include "logging.h"

#include <QCoreApplication>

namespace bw {

EngineHost::EngineHost(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<bw::EngineUpdate>();
    qRegisterMetaType<QList<bw::EndpointConfig>>();
    m_thread.setObjectName(QStringLiteral("breakwater-engine"));
}

EngineHost::~EngineHost()
{
    stop(Millis(0));
}

void EngineHost::start(const QList<EndpointConfig> &endpoints, const QString &queuePath)
{
    if (m_engine)
        return;
    m_engine = new Engine(m_clock);
    m_engine->moveToThread(&m_thread);
    connect(m_engine, &Engine::updated, this, &EngineHost::updated, Qt::QueuedConnection);
    connect(m_engine, &Engine::endpointsApplied, this, &EngineHost::endpointsApplied,
            Qt::QueuedConnection);
    m_thread.start();
    Engine *engine = m_engine;
    QMetaObject::invokeMethod(engine, [engine, endpoints, queuePath] {
        if (!queuePath.isEmpty()) {
            if (auto opened = engine->openDeliveryStore(queuePath); !opened)
                qCCritical(lcQueue) << "cannot open the delivery queue:" << opened.error();
        }
        engine->setEndpoints(endpoints);
        engine->start();
    });
}

void EngineHost::setEndpoints(const QList<EndpointConfig> &endpoints)
{
    if (!m_engine)
        return;
    Engine *engine = m_engine;
    QMetaObject::invokeMethod(engine, [engine, endpoints] { engine->setEndpoints(endpoints); });
}

void EngineHost::stop(Millis grace)
{
    if (!m_engine)
        return;
    Engine *engine = m_engine;
    m_engine = nullptr;
    QMetaObject::invokeMethod(engine, [engine, grace] { engine->stop(grace); },
                              Qt::BlockingQueuedConnection);
    // The final update is queued to this thread: deliver it before returning.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    engine->deleteLater();
    m_thread.quit();
    m_thread.wait();
}

} // namespace bw
