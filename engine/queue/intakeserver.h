// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/endpointconfig.h"
#include "queue/deliverystore.h"
#include "queue/intakerequest.h"
#include "result.h"
#include "transport/smallhttpserver.h"

#include <QHash>

namespace bw {

/// The opt-in local intake: `POST /v1/endpoints/{id}/deliveries` with one delivery as its body
/// (a JSON body or an envelope, as one line of `breakwater enqueue`). Answers, always as a
/// small JSON object and always closing the connection:
///   202 {"id", "idempotencyKey"}  once the delivery is committed to the queue file
///   400 bad JSON or envelope, 404 unknown or non-deliver endpoint or path, 405 other method,
///   411 no Content-Length, 413 body over maxBodyBytes, 431 head over maxHeadBytes,
///   503 queue full (with Retry-After), 500 the queue file failed.
/// The request's bytes are judged by parseIntakeRequest and routeIntakeRequest (pure, and
/// fuzzed); connection count and lifetime are bounded by SmallHttpServer.
///
/// Lives in the thread that created it and owns its own connection to the queue file, which
/// the engine thread sees through PRAGMA data_version.
class IntakeServer final : public SmallHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeServer)

public:
    static constexpr qsizetype maxHeadBytes = 16 * 1024;
    static constexpr qsizetype maxBodyBytes = 1024 * 1024;
    /// A body over maxBodyBytes but under this is read and dropped after the 413, so that the
    /// client, still sending, receives the answer instead of a reset.
    static constexpr qint64 maxDiscardBytes = 64 * 1024 * 1024;
    static constexpr IntakeLimits limits{maxHeadBytes, maxBodyBytes, maxDiscardBytes};

    explicit IntakeServer(QObject *parent = nullptr);

    Result<void> openQueue(const QString &path);
    void setEndpoints(const QList<EndpointConfig> &endpoints);
    Result<void> listen(const ListenAddress &where);

private:
    void readRequest(QTcpSocket *socket, Connection &connection) override;
    void handle(QTcpSocket *socket, const IntakeParse &request);
    /// Writes the one answer; see SmallHttpServer::answer for `discard`.
    void respond(QTcpSocket *socket, int status, const QByteArray &json,
                 const QByteArray &extraHeaders = {}, qint64 discard = 0);

    DeliveryStore m_store;
    QHash<QString, EndpointConfig> m_endpoints;
};

} // namespace bw
