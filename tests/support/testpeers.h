// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkRequest;
class QProcess;

namespace bw {

/// How many times slower than a normal build this one runs: 1, or the value of the environment
/// variable BREAKWATER_TEST_TIME_SCALE (scripts/sanitize.sh sets 3 for instrumented builds).
/// Tests multiply the slack they allow on measured durations by it; never counts, order, or a
/// lower bound (a wait that must not end early stays as strict).
double testTimeScale();

/// `env` without DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM, for starting the breakwater
/// binary as it runs on a server: with no display to reach, whatever the test runs under.
QProcessEnvironment headlessEnvironment(QProcessEnvironment env
                                        = QProcessEnvironment::systemEnvironment());

/// A port on 127.0.0.1 that was free a moment ago: bound on port 0, read and released. Another
/// process can take it before the caller binds, which is why the peers retry their start.
/// Returns 0 when no port could be bound at all.
quint16 freeLoopbackPort();

/// What one request through fetch() produced. `status` is 0 when no HTTP response arrived.
struct FetchResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray body;
    bool timedOut = false;

    /// The first header of that name, compared case-insensitively; empty when absent.
    QByteArray header(QByteArrayView name) const;
};

/// Sends one request and runs a local event loop until it finishes; after `timeout` the reply
/// is aborted and `timedOut` set. Give the manager QNetworkProxy::NoProxy so that a proxy in
/// the environment never sees loopback test traffic.
FetchResult fetch(QNetworkAccessManager &manager, QNetworkRequest request, Millis timeout = 5s,
                  const QByteArray &verb = "GET", const QByteArray &body = {});

/// Polls `url` with GET (own manager, no proxy) until it answers 2xx or `timeoutMs` passes.
bool waitForHttp(const QUrl &url, int timeoutMs);

/// One line of NginxPeer's access log. Header values are as nginx wrote them: bytes below 0x20
/// or above 0x7e, `"` and `\` appear as \xHH escapes.
struct NginxLogEntry
{
    WallTime time;           // $msec, millisecond precision, UTC
    double epochSeconds = 0; // the same instant as a plain number
    int status = 0;
    QByteArray method;
    QByteArray uri;            // $request_uri: path and query as the client sent them
    QByteArray requestId;      // X-Request-Id, empty when the request carried none
    QByteArray idempotencyKey; // Idempotency-Key, empty when absent
};

struct NginxOptions
{
    int ratePerSecond = 5;     // limit_req rate for /limited
    int burst = 2;             // requests above the rate admitted at once (nodelay)
    int retryAfterSeconds = 1; // value of Retry-After on the 429
};

/// A real nginx on 127.0.0.1:<free port>, owned by this object: one foreground process (no
/// daemon, no master) whose config, pid file, logs, temp paths and served files all live in a
/// private temporary directory. Locations:
///   /limited  a small static file behind limit_req; over the limit it answers 429 with
///             Retry-After: <retryAfterSeconds>
///   /ok       a small static file, never limited
/// The destructor stops the process (SIGTERM, then SIGKILL after 3 s); if the test binary dies
/// first, the kernel kills nginx too (parent-death signal).
class NginxPeer
{
public:
    explicit NginxPeer(NginxOptions options = {});
    ~NginxPeer();
    Q_DISABLE_COPY_MOVE(NginxPeer)

    static QString binaryPath();
    static bool isAvailable();

    /// Starts nginx and waits (at most 5 s per try) until /ok answers 200. A port taken between
    /// choosing and binding is retried with a new port, up to 3 tries. The error is an English
    /// sentence with the tail of nginx's error log.
    Result<void> start();
    void stop();
    bool isRunning() const;

    quint16 port() const { return m_port; }
    QUrl url(const QString &path) const;
    QString directory() const { return m_dir.path(); }

    /// Every line logged so far, oldest first. nginx writes a line after the response has
    /// gone out, so poll (QTRY_*) rather than read once right after a reply.
    QList<NginxLogEntry> accessLog() const;
    QString errorLog() const;

private:
    Result<void> writeFiles(quint16 port) const;
    QString configText(quint16 port) const;

    NginxOptions m_options;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

/// Debian's python3-httpbin (Flask development server) on 127.0.0.1:<free port>, run with
/// /usr/bin/python3 and never the interpreter on PATH. Useful routes: /status/503,
/// /status/200,503 (random), /delay/N, /response-headers?Retry-After=..., /drip.
class HttpbinPeer
{
public:
    HttpbinPeer();
    ~HttpbinPeer();
    Q_DISABLE_COPY_MOVE(HttpbinPeer)

    static QString pythonPath();
    /// Whether /usr/bin/python3 can import httpbin; checked once, bounded at 10 s.
    static bool isAvailable();

    /// Starts httpbin and waits until GET /status/200 answers, at most `readyTimeout` in total
    /// across up to 3 tries on fresh ports.
    Result<void> start(Millis readyTimeout = 15s);
    void stop();
    bool isRunning() const;

    quint16 port() const { return m_port; }
    QUrl url(const QString &path) const;
    /// httpbin's stdout and stderr: the request log of the development server.
    QString log() const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

} // namespace bw
