// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "config/endpointconfig.h"

#include <QList>
#include <QThread>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace bw::bench {

/// For benchmarks that run the engine against loopback peers: hides the engine's info lines
/// (endpoints monitored, pauses), which would drown the table, and sends every request of the
/// process straight to its peer, past any proxy the environment names.
void prepareEngineRun();

/// `count` endpoints "ep0", "ep1", ... (id and name alike), all polling `url`, otherwise with
/// EndpointConfig's defaults.
QList<EndpointConfig> numberedEndpoints(int count, const QUrl &url);

/// A GET of `url` that always goes to the network (never answered from a cache), as the
/// engine's own requests do; the caller owns the reply.
QNetworkReply *getUncached(QNetworkAccessManager &manager, const QUrl &url);

/// A loopback HTTP/1.1 keep-alive server for GET requests without bodies that answers every
/// request "200 ok" exactly `hold` after it has arrived. It runs in a thread of its own, so
/// that no client's event loop delays its answers.
class HeldReplyServer
{
public:
    explicit HeldReplyServer(Millis hold);
    ~HeldReplyServer();
    HeldReplyServer(const HeldReplyServer &) = delete;
    HeldReplyServer &operator=(const HeldReplyServer &) = delete;

    /// Starts the thread and binds 127.0.0.1 on a port the system picks; false when it cannot.
    /// A server runs once: after stop(), start() starts nothing.
    bool start();
    /// Ends the thread; the server answers nothing after it. Safe to call more than once.
    void stop();
    QUrl url(const QString &path) const;
    /// TCP connections accepted since the start or the previous call; 0 once stopped.
    int takeConnections();

private:
    class Listener;

    Millis m_hold;
    QThread m_thread;
    Listener *m_listener = nullptr; // lives in m_thread, deleted when it finishes
    quint16 m_port = 0;
};

} // namespace bw::bench
