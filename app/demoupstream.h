// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/endpointconfig.h"
#include "result.h"

#include <QThread>

namespace bw {

class DemoServer;

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
    void stop();
    quint16 port() const;

private:
    QThread m_thread;
    DemoServer *m_server = nullptr;
};

} // namespace bw
