// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attemptrecord.h"
#include "prometheus.h"
#include "result.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace bw {

/// Where --metrics-listen binds.
struct ListenAddress
{
    QHostAddress address;
    quint16 port = 0;
};

/// Reads "ADDR:PORT", "[IPv6]:PORT", "localhost:PORT" or a bare "PORT" (which means
/// 127.0.0.1). Addresses are literal: no name is looked up, so nothing but the given text
/// decides which interface is exposed. Port 0 picks a free port.
[[nodiscard]] Result<ListenAddress> parseListenAddress(const QString &text);

/// Serves the registry's exposition at GET /metrics for Prometheus to scrape.
///
/// HTTP/1.1 reduced to what a scraper needs: GET and HEAD of /metrics (a query string is
/// ignored), 404 for other paths, 405 for other methods, 400 for a malformed request line and
/// 431 when the request head exceeds maxHeadBytes. Every response closes the connection, and a
/// request body is never read. A connection still open after connectionTimeout (no complete
/// head, or a response the client does not read) is dropped, and beyond maxConnections new
/// ones are closed at once, so a stuck or hostile client costs a bounded amount of memory.
/// Clients may disconnect at any moment.
///
/// Threads: lives in the thread that created it (the app's main thread) and must be fed there,
/// through applyUpdate(); EngineHost::updated already arrives in that thread.
class MetricsServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsServer)

public:
    static constexpr qsizetype maxHeadBytes = 16 * 1024;
    static constexpr int maxConnections = 64;
    static constexpr Millis connectionTimeout{10000};

    explicit MetricsServer(QObject *parent = nullptr);
    ~MetricsServer() override;

    /// Binds and starts accepting; the error names the address and the system's reason.
    Result<void> listen(const ListenAddress &where);
    /// The bound port, useful after listening on port 0; 0 when not listening.
    quint16 port() const;
    QHostAddress address() const;

    void applyUpdate(const bw::EngineUpdate &update);
    const PrometheusRegistry &registry() const { return m_registry; }

private:
    void acceptConnections();
    void readRequest(QTcpSocket *socket);
    /// Writes one complete response and closes the connection once it has been sent.
    void respond(QTcpSocket *socket, const char *status, const QByteArray &contentType,
                 const QByteArray &body, bool withBody, const QByteArray &extraHeaders = {});

    QTcpServer m_server;
    PrometheusRegistry m_registry;
    QHash<QTcpSocket *, QByteArray> m_pending; ///< request bytes of connections not yet answered
};

} // namespace bw
