// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "result.h"

#include <QHash>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace bw {

/// Where --metrics-listen and --intake-listen bind.
struct ListenAddress
{
    QHostAddress address;
    quint16 port = 0;
};

/// Reads "ADDR:PORT", "[IPv6]:PORT", "localhost:PORT" or a bare "PORT" (which means
/// 127.0.0.1). Addresses are literal: no name is looked up, so nothing but the given text
/// decides which interface is exposed. Port 0 picks a free port.
[[nodiscard]] Result<ListenAddress> parseListenAddress(const QString &text);

/// What MetricsServer and IntakeServer share: a listening socket and the bookkeeping of the
/// connections not yet answered, bounded so that a stuck or hostile client costs a bounded
/// amount of memory. Beyond maxConnections new connections are closed at once; one still
/// open after connectionTimeout (no complete request, or an answer the client does not read)
/// is dropped. Each connection gets exactly one answer, and every answer closes it.
///
/// A subclass reads the request in readRequest() and calls answer() once. Whatever arrives
/// after the answer is read and dropped; answer()'s `discard` keeps the connection open until
/// that many more bytes were dropped, so that a client still sending a body it was refused
/// receives the answer instead of a reset.
///
/// Lives in the thread that created it. Clients may disconnect at any moment.
class SmallHttpServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmallHttpServer)

public:
    static constexpr int maxConnections = 64;
    static constexpr Millis connectionTimeout{10000};

    ~SmallHttpServer() override;

    /// The bound port, useful after listening on port 0; 0 when not listening.
    quint16 port() const;
    QHostAddress address() const;

protected:
    /// One connection not yet closed.
    struct Connection
    {
        QByteArray buffer;    ///< the request bytes read so far, the subclass's to fill
        qsizetype wanted = 0; ///< for the subclass: how far to read next
        bool answered = false;
        qint64 discard = 0; ///< bytes still to drop after the answer before closing
    };

    /// `name` prefixes the debug messages in `category`, e.g. "metrics".
    SmallHttpServer(const char *name, const QLoggingCategory &category, QObject *parent);

    /// Binds and starts accepting; the error names the address and the system's reason.
    Result<void> startListening(const ListenAddress &where);

    /// Called when an unanswered connection has bytes to read.
    virtual void readRequest(QTcpSocket *socket, Connection &connection) = 0;

    /// Sends `response` (a whole HTTP response) as the connection's one answer and closes it
    /// once sent, or, with `discard` > 0, once that many more bytes have been read and dropped.
    void answer(QTcpSocket *socket, const QByteArray &response, qint64 discard = 0);

    /// A response head: the status line from `status` (e.g. "404 Not Found"), Content-Type,
    /// Content-Length, `Connection: close`, `Cache-Control: no-store`, then `extraHeaders`
    /// (whole lines with their CRLF) and the blank line.
    static QByteArray responseHead(QByteArrayView status, QByteArrayView contentType,
                                   qsizetype contentLength, QByteArrayView extraHeaders = {});

private:
    void acceptConnections();
    void onReadyRead(QTcpSocket *socket);

    const char *m_name;
    const QLoggingCategory &m_category;
    QTcpServer m_server;
    QHash<QTcpSocket *, Connection> m_connections;
};

} // namespace bw
