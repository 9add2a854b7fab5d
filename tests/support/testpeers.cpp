// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testpeers.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QProcess>
#include <QTcpServer>
#include <QTimer>

#include <algorithm>

#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace bw {

static constexpr int maxStartTries = 3;
static constexpr Millis pollInterval{100};
static constexpr Millis stopGrace{3000};
static constexpr QLatin1String addressInUse("Address already in use");

double testTimeScale()
{
    bool ok = false;
    const double scale = qEnvironmentVariable("BREAKWATER_TEST_TIME_SCALE").toDouble(&ok);
    return ok && scale >= 1 ? scale : 1.0;
}

QProcessEnvironment headlessEnvironment(QProcessEnvironment env)
{
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return env;
}

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        return 0;
    }
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QByteArray FetchResult::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

FetchResult fetch(QNetworkAccessManager &manager, QNetworkRequest request, Millis timeout,
                  const QByteArray &verb, const QByteArray &body)
{
    request.setTransferTimeout(static_cast<int>(timeout.count()));
    QNetworkReply *reply = (verb == "GET" && body.isEmpty())
                               ? manager.get(request)
                               : manager.sendCustomRequest(request, verb, body);

    // The transfer timeout only covers silence; the guard also bounds a slow trickle.
    QEventLoop loop;
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(timeout + pollInterval);
    if (!reply->isFinished()) {
        loop.exec();
    }

    FetchResult result;
    if (!reply->isFinished()) {
        result.timedOut = true;
        reply->abort();
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.errorString = reply->errorString();
    result.headers = reply->rawHeaderPairs();
    if (reply->isOpen()) {
        result.body = reply->readAll();
    }
    reply->deleteLater();
    return result;
}

static void spinFor(Millis duration)
{
    QEventLoop loop;
    QTimer::singleShot(duration, &loop, &QEventLoop::quit);
    loop.exec();
}

// Polls until `url` answers 2xx. When `process` is given, its exit ends the wait at once: a
// peer that failed to bind must not be mistaken for whoever else answers on that port.
static bool pollUntilServing(const QUrl &url, QDeadlineTimer deadline, const QProcess *process)
{
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(url);
    while (!deadline.hasExpired()) {
        if (process && process->state() == QProcess::NotRunning) {
            return false;
        }
        const Millis left{std::max<qint64>(deadline.remainingTime(), 1)};
        const FetchResult reply = fetch(manager, request, std::min<Millis>(left, 1s));
        if (reply.status >= 200 && reply.status < 300) {
            return true;
        }
        spinFor(std::min<Millis>(pollInterval, left));
    }
    return false;
}

bool waitForHttp(const QUrl &url, int timeoutMs)
{
    return pollUntilServing(url, QDeadlineTimer(timeoutMs), nullptr);
}

static void launch(QProcess &process, const QString &program, const QStringList &arguments,
                   const QString &logPath)
{
    process.setProgram(program);
    process.setArguments(arguments);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(logPath, QIODevice::Append);
    process.setStandardErrorFile(logPath, QIODevice::Append);

    // A crashed or timed-out test runs no destructor; the parent-death signal makes the kernel
    // stop the peer too instead of leaving it listening. The getppid() check covers a parent
    // that died between fork and prctl.
    const pid_t parent = getpid();
    process.setChildProcessModifier([parent] {
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != parent) {
            _exit(127);
        }
    });
    process.start();
    process.waitForStarted(5000);
}

static void stopProcess(QProcess *process)
{
    if (!process || process->state() == QProcess::NotRunning) {
        return;
    }
    process->terminate();
    if (!process->waitForFinished(static_cast<int>(stopGrace.count()))) {
        process->kill();
        process->waitForFinished(2000);
    }
}

static QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

static QString tail(const QString &text, qsizetype chars = 1500)
{
    return text.size() <= chars ? text : text.right(chars);
}

static bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) < 0) {
        return false;
    }
    // nginx may drop privileges for some work; keep everything it reads world-readable.
    return file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                               | QFile::ReadOther);
}

static QUrl loopbackUrl(quint16 port, const QString &path)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    if (query < 0) {
        url.setPath(path);
    } else {
        url.setPath(path.left(query));
        url.setQuery(path.mid(query + 1));
    }
    return url;
}

NginxPeer::NginxPeer(NginxOptions options)
    : m_options(options)
{
}

NginxPeer::~NginxPeer()
{
    stop();
}

QString NginxPeer::binaryPath()
{
    return QStringLiteral("/usr/sbin/nginx");
}

bool NginxPeer::isAvailable()
{
    return QFileInfo(binaryPath()).isExecutable();
}

QUrl NginxPeer::url(const QString &path) const
{
    return loopbackUrl(m_port, path);
}

bool NginxPeer::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QString NginxPeer::configText(quint16 port) const
{
    const QString dir = m_dir.path();
    // `return` runs in the rewrite phase, before limit_req, so /limited serves a file. The 429
    // goes through a named location because limit_req itself cannot add headers; `always`
    // makes add_header apply to an error status. The log fields are separated by literal tabs;
    // nginx writes a tab inside a value as \x09, so splitting on tabs is unambiguous.
    const QString conf = QStringLiteral(R"(daemon off;
master_process off;
worker_processes 1;
%1pid "%2/nginx.pid";
lock_file "%2/nginx.lock";
error_log "%2/error.log" info;

events {
    worker_connections 128;
}

http {
    default_type text/plain;
    server_tokens off;
    log_format breakwater '$msec	$status	$request_method	$request_uri	'
                          '$http_x_request_id	$http_idempotency_key';
    access_log "%2/access.log" breakwater;
    client_body_temp_path "%2/temp/body";
    proxy_temp_path "%2/temp/proxy";
    fastcgi_temp_path "%2/temp/fastcgi";
    uwsgi_temp_path "%2/temp/uwsgi";
    scgi_temp_path "%2/temp/scgi";

    limit_req_zone $binary_remote_addr zone=breakwater_limited:1m rate=%3r/s;
    limit_req_status 429;

    server {
        listen 127.0.0.1:%4;
        server_name localhost;
        root "%2/www";

        location = /limited {
            limit_req zone=breakwater_limited%5;
            error_page 429 = @ratelimited;
            try_files /limited.txt =404;
        }

        location = /ok {
            try_files /ok.txt =404;
        }

        location @ratelimited {
            add_header Retry-After %6 always;
            return 429 "rate limited\n";
        }
    }
}
)");
    const QString user = geteuid() == 0 ? QStringLiteral("user root;\n") : QString();
    // nginx refuses burst=0; leaving burst out means the same thing.
    const QString burst = m_options.burst > 0
                              ? QStringLiteral(" burst=%1 nodelay").arg(m_options.burst)
                              : QString();
    // One multi-argument arg() so that a '%' in the directory name is never substituted.
    return conf.arg(user, dir, QString::number(m_options.ratePerSecond), QString::number(port),
                    burst, QString::number(m_options.retryAfterSeconds));
}

Result<void> NginxPeer::writeFiles(quint16 port) const
{
    const QString dir = m_dir.path();
    const QFile::Permissions dirPermissions = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                              | QFile::ReadGroup | QFile::ExeGroup
                                              | QFile::ReadOther | QFile::ExeOther;
    QFile::setPermissions(dir, dirPermissions);
    for (const char *sub : {"www", "temp"}) {
        const QString path = dir + QLatin1Char('/') + QLatin1String(sub);
        if (!QDir().mkpath(path) || !QFile::setPermissions(path, dirPermissions)) {
            return Unexpected(QStringLiteral("cannot create %1").arg(path));
        }
    }
    const bool written
        = writeFile(dir + QStringLiteral("/www/limited.txt"), "limited\n")
          && writeFile(dir + QStringLiteral("/www/ok.txt"), "ok\n")
          && writeFile(dir + QStringLiteral("/nginx.conf"), configText(port).toUtf8());
    if (!written) {
        return Unexpected(QStringLiteral("cannot write the nginx files in %1").arg(dir));
    }
    return {};
}

Result<void> NginxPeer::start()
{
    if (isRunning()) {
        return {};
    }
    if (!isAvailable()) {
        return Unexpected(
            QStringLiteral("%1 is missing (Debian package nginx-light)").arg(binaryPath()));
    }
    if (!m_dir.isValid()) {
        return Unexpected(QStringLiteral("no temporary directory: %1").arg(m_dir.errorString()));
    }

    const QString dir = m_dir.path();
    QString lastError;
    for (int attempt = 1; attempt <= maxStartTries; ++attempt) {
        const quint16 port = freeLoopbackPort();
        if (port == 0) {
            return Unexpected(QStringLiteral("no free port on 127.0.0.1"));
        }
        if (auto written = writeFiles(port); !written) {
            return written;
        }
        QFile::remove(dir + QStringLiteral("/error.log"));

        m_process = std::make_unique<QProcess>();
        launch(*m_process, binaryPath(),
               {QStringLiteral("-p"), dir + QLatin1Char('/'), QStringLiteral("-c"),
                dir + QStringLiteral("/nginx.conf"), QStringLiteral("-e"),
                dir + QStringLiteral("/error.log")},
               dir + QStringLiteral("/nginx.out"));
        if (pollUntilServing(loopbackUrl(port, QStringLiteral("/ok")), QDeadlineTimer(5000),
                             m_process.get())) {
            m_port = port;
            return {};
        }

        stopProcess(m_process.get());
        const QString log = errorLog() + readText(dir + QStringLiteral("/nginx.out"));
        lastError = QStringLiteral("nginx did not serve on 127.0.0.1:%1 (try %2 of %3): %4")
                        .arg(port)
                        .arg(attempt)
                        .arg(maxStartTries)
                        .arg(tail(log));
        if (!log.contains(addressInUse)) {
            break;
        }
    }
    m_process.reset();
    return Unexpected(lastError);
}

void NginxPeer::stop()
{
    stopProcess(m_process.get());
    m_process.reset();
}

QString NginxPeer::errorLog() const
{
    return readText(m_dir.path() + QStringLiteral("/error.log"));
}

static bool parseMsec(const QByteArray &text, NginxLogEntry &entry)
{
    // $msec is "<seconds>.<three digits>"; reading it as integers keeps the milliseconds exact.
    const qsizetype dot = text.indexOf('.');
    if (dot < 0 || text.size() - dot - 1 != 3) {
        return false;
    }
    bool secondsOk = false;
    bool millisOk = false;
    const qint64 seconds = text.left(dot).toLongLong(&secondsOk);
    const qint64 millis = text.mid(dot + 1).toLongLong(&millisOk);
    if (!secondsOk || !millisOk) {
        return false;
    }
    const qint64 total = seconds * 1000 + millis;
    entry.time = WallTime(std::chrono::duration_cast<WallTime::duration>(Millis(total)));
    entry.epochSeconds = static_cast<double>(total) / 1000.0;
    return true;
}

static QByteArray unlessDash(const QByteArray &value)
{
    return value == "-" ? QByteArray() : value;
}

QList<NginxLogEntry> NginxPeer::accessLog() const
{
    QFile file(m_dir.path() + QStringLiteral("/access.log"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QList<NginxLogEntry> entries;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.split('\t');
        NginxLogEntry entry;
        // A line still being written has fewer fields; it shows up on the next read.
        if (fields.size() != 6 || !parseMsec(fields[0], entry)) {
            continue;
        }
        entry.status = fields[1].toInt();
        entry.method = fields[2];
        entry.uri = fields[3];
        entry.requestId = unlessDash(fields[4]);
        entry.idempotencyKey = unlessDash(fields[5]);
        entries.append(entry);
    }
    return entries;
}

HttpbinPeer::HttpbinPeer() = default;

HttpbinPeer::~HttpbinPeer()
{
    stop();
}

QString HttpbinPeer::pythonPath()
{
    return QStringLiteral("/usr/bin/python3");
}

// The pyenv or virtualenv settings of a developer shell would point the system interpreter at
// the wrong site-packages.
static QProcessEnvironment systemPythonEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV"}) {
        env.remove(QString::fromLatin1(name));
    }
    env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    return env;
}

bool HttpbinPeer::isAvailable()
{
    static const bool available = [] {
        if (!QFileInfo(pythonPath()).isExecutable()) {
            return false;
        }
        QProcess probe;
        probe.setProcessEnvironment(systemPythonEnvironment());
        probe.start(pythonPath(), {QStringLiteral("-c"), QStringLiteral("import httpbin.core")});
        if (!probe.waitForFinished(10000)) {
            stopProcess(&probe);
            return false;
        }
        return probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0;
    }();
    return available;
}

QUrl HttpbinPeer::url(const QString &path) const
{
    return loopbackUrl(m_port, path);
}

bool HttpbinPeer::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QString HttpbinPeer::log() const
{
    return readText(m_dir.path() + QStringLiteral("/httpbin.log"));
}

Result<void> HttpbinPeer::start(Millis readyTimeout)
{
    if (isRunning()) {
        return {};
    }
    if (!isAvailable()) {
        return Unexpected(QStringLiteral("%1 cannot import httpbin (Debian package "
                                         "python3-httpbin)")
                              .arg(pythonPath()));
    }
    if (!m_dir.isValid()) {
        return Unexpected(QStringLiteral("no temporary directory: %1").arg(m_dir.errorString()));
    }

    const QDeadlineTimer deadline(readyTimeout.count());
    const QString logPath = m_dir.path() + QStringLiteral("/httpbin.log");
    QString lastError;
    for (int attempt = 1; attempt <= maxStartTries && !deadline.hasExpired(); ++attempt) {
        const quint16 port = freeLoopbackPort();
        if (port == 0) {
            return Unexpected(QStringLiteral("no free port on 127.0.0.1"));
        }
        QFile::remove(logPath);

        m_process = std::make_unique<QProcess>();
        m_process->setProcessEnvironment(systemPythonEnvironment());
        launch(*m_process, pythonPath(),
               {QStringLiteral("-m"), QStringLiteral("httpbin.core"), QStringLiteral("--port"),
                QString::number(port), QStringLiteral("--host"), QStringLiteral("127.0.0.1")},
               logPath);
        if (pollUntilServing(loopbackUrl(port, QStringLiteral("/status/200")), deadline,
                             m_process.get())) {
            m_port = port;
            return {};
        }

        stopProcess(m_process.get());
        const QString text = log();
        lastError = QStringLiteral("httpbin did not serve on 127.0.0.1:%1 (try %2 of %3): %4")
                        .arg(port)
                        .arg(attempt)
                        .arg(maxStartTries)
                        .arg(tail(text));
        if (!text.contains(addressInUse)) {
            break;
        }
    }
    m_process.reset();
    if (lastError.isEmpty()) {
        lastError = QStringLiteral("httpbin did not start within %1 ms").arg(readyTimeout.count());
    }
    return Unexpected(lastError);
}

void HttpbinPeer::stop()
{
    stopProcess(m_process.get());
    m_process.reset();
}

} // namespace bw
