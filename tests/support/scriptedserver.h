// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

#include <deque>

namespace bw {

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

/// What a step does with the connection once its bytes are out.
enum class StepEnding {
    KeepAlive, // read the next request on the same connection
    Close,     // graceful close (FIN) once the bytes are written
    Reset,     // abort with RST (SO_LINGER 0), as a crashed server or a middlebox would
};

/// One scripted answer: raw bytes, so a step can hold a garbage status line, an exact header
/// sequence or a body that disagrees with its Content-Length, plus how to deliver them.
struct ScriptStep
{
    QByteArray bytes;
    Millis delay{0};            // wait after the request is complete before the first byte
    qsizetype trickleBytes = 0; // > 0: write this many bytes per trickleInterval
    Millis trickleInterval{0};
    qsizetype stopAfterBytes = -1; // >= 0: write only that many bytes of `bytes`, then end
    StepEnding ending = StepEnding::KeepAlive;
    bool respond = true; // false: record the request and never answer it
};

/// One request as the server parsed it.
struct RecordedRequest
{
    QByteArray method;
    QByteArray target;  // request-target as sent: path and query
    QByteArray path;    // target without the query
    QByteArray version; // e.g. "HTTP/1.1"
    RawHeaders headers; // in arrival order, names as sent, values trimmed
    QByteArray body;
    WallTime receivedAt;       // UTC, when the request was complete
    SteadyTime receivedSteady; // the same moment, for measuring intervals between requests
    int connection = 0;        // 1-based serial of the TCP connection that carried it

    /// The first header of that name, compared case-insensitively; empty when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
};

/// A loopback HTTP/1.1 server whose answers are scripted step by step, for what no real server
/// does on request: malformed responses, resets mid-body, slow or missing answers.
///
/// Each complete request (Content-Length bodies; chunked request bodies are refused with 501)
/// is recorded, then answered by the first step queued for its path, else the first step of
/// the general queue, else the fallback (200 "ok" unless set). Several requests may share a
/// connection; a request with "Connection: close" gets its connection closed after the answer.
/// Clients may disconnect at any moment, including mid-delay or mid-trickle.
///
/// Lives in one thread and needs its event loop to run (QTRY_*, QSignalSpy::wait, fetch()).
class ScriptedServer : public QObject
{
    Q_OBJECT

public:
    explicit ScriptedServer(QObject *parent = nullptr);
    ~ScriptedServer() override;

    /// Binds 127.0.0.1 on a port the system picks.
    Result<void> listen();
    bool isListening() const { return m_listener.isListening(); }
    quint16 port() const { return m_listener.serverPort(); }
    QUrl url(const QString &path = QStringLiteral("/")) const;

    void enqueue(ScriptStep step);
    /// `path` is compared with the request path without its query, e.g. "/hook".
    void enqueue(const QByteArray &path, ScriptStep step);
    void setFallback(ScriptStep step);
    /// Steps not yet used, in the general queue and all path queues together.
    qsizetype pendingSteps() const;

    QList<RecordedRequest> requests() const { return m_requests; }
    qsizetype requestCount() const { return m_requests.size(); }
    void clearRequests() { m_requests.clear(); }
    /// Connections accepted since construction.
    int connectionCount() const { return m_connectionSerial; }

    /// "HTTP/1.1 <status> <reason>", the headers in the given order, and the body. A
    /// Content-Length is appended after the given headers unless they already carry
    /// Content-Length or Transfer-Encoding, or the status forbids a body (1xx, 204, 304).
    static QByteArray response(int status, const RawHeaders &headers = {},
                               const QByteArray &body = {});
    /// A step that sends response(status, headers, body) at once and keeps the connection.
    static ScriptStep reply(int status, const RawHeaders &headers = {},
                            const QByteArray &body = {});
    /// An IMF-fixdate as used by Date and Retry-After: "Thu, 20 Aug 2026 09:00:00 GMT".
    static QByteArray httpDate(WallTime time);

signals:
    /// A complete request was recorded at `index` in requests(). Emitted before the request
    /// takes its step, so a slot may still enqueue the answer. Do not delete the server from
    /// a slot connected here.
    void requestReceived(int index);

private:
    class Connection;

    void acceptConnections();
    int record(RecordedRequest request);
    ScriptStep takeStep(const QByteArray &path);
    void forget(Connection *connection);

    QTcpServer m_listener;
    std::deque<ScriptStep> m_queue;
    QHash<QByteArray, std::deque<ScriptStep>> m_pathQueues;
    ScriptStep m_fallback;
    QList<RecordedRequest> m_requests;
    QList<Connection *> m_connections;
    int m_connectionSerial = 0;
};

} // namespace bw
