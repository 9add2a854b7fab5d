// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attemptrecord.h"
#include "prometheus.h"
#include "result.h"
#include "transport/smallhttpserver.h"

namespace bw {

/// Serves the registry's exposition at GET /metrics for Prometheus to scrape.
///
/// HTTP/1.1 reduced to what a scraper needs: GET and HEAD of /metrics (a query string is
/// ignored), 404 for other paths, 405 for other methods, 400 for a malformed request line and
/// 431 when the request head exceeds maxHeadBytes. Every response closes the connection, and a
/// request body is never read. Connection count and lifetime are bounded by SmallHttpServer.
///
/// Threads: lives in the thread that created it (the app's main thread) and must be fed there,
/// through applyUpdate(); EngineHost::updated already arrives in that thread.
class MetricsServer final : public SmallHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsServer)

public:
    static constexpr qsizetype maxHeadBytes = 16 * 1024;

    explicit MetricsServer(QObject *parent = nullptr);

    /// Binds and starts accepting; the error names the address and the system's reason.
    Result<void> listen(const ListenAddress &where);

    void applyUpdate(const bw::EngineUpdate &update);
    const PrometheusRegistry &registry() const { return m_registry; }

private:
    void readRequest(QTcpSocket *socket, Connection &connection) override;
    /// Writes one complete response and closes the connection once it has been sent.
    void respond(QTcpSocket *socket, const char *status, const QByteArray &contentType,
                 const QByteArray &body, bool withBody, const QByteArray &extraHeaders = {});

    PrometheusRegistry m_registry;
};

} // namespace bw
