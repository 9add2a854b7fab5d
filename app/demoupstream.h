// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/endpointconfig.h"
#include "result.h"

#include <QThread>
#include <QTimer>

#include <memory>

namespace bw {

class DemoServer;
class DeliveryStore;

/// The embedded demo: the simulated upstream in a thread of its own, and the endpoint
/// configuration (resources/demo/demo.json) pointed at it and at a refused port.
class DemoUpstream final
{
public:
    DemoUpstream();
    ~DemoUpstream();
    DemoUpstream(const DemoUpstream &) = delete;
    DemoUpstream &operator=(const DemoUpstream &) = delete;

    /// Starts the server and returns the demo's endpoints.
    Result<QList<EndpointConfig>> start();
    /// Feeds the demo's deliver-mode endpoint a steady stream (one to five deliveries a
    /// second, three on average, under the sink's limit of five) through the queue file at `queuePath`, so the
    /// queue grows while the sink's 503 bursts hold the breaker open, then drains.
    Result<void> startFeeding(const QString &queuePath);
    void stop();
    quint16 port() const;

private:
    QThread m_thread;
    DemoServer *m_server = nullptr;
    std::unique_ptr<DeliveryStore> m_feedStore;
    QTimer m_feedTimer;
    qint64 m_fed = 0;
};

} // namespace bw
