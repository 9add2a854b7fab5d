// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticfeed.h"

#include "metrics/metricsstore.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QUrl>

namespace bw::bench {

void prepareUiRun(const QString &home)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(QDir(home).filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(QDir(home).filePath(QStringLiteral("data"))));
    QLoggingCategory::setFilterRules(QStringLiteral("breakwater.*.info=false"));
}

QList<EndpointConfig> syntheticEndpoints(int count, int groups)
{
    QList<EndpointConfig> endpoints;
    for (int i = 0; i < count; ++i) {
        EndpointConfig e;
        e.id = QStringLiteral("endpoint-%1").arg(i, 3, 10, QLatin1Char('0'));
        e.name = QStringLiteral("Service %1").arg(i);
        if (groups > 0)
            e.group = QStringLiteral("group-%1").arg(i % groups, 2, 10, QLatin1Char('0'));
        e.url = QUrl(QStringLiteral("http://127.0.0.1:9/api/%1").arg(i));
        endpoints.append(e);
    }
    return endpoints;
}

SyntheticFeed::SyntheticFeed(const QList<EndpointConfig> &endpoints, int updatesPerSecond)
    : m_updatesPerSecond(updatesPerSecond)
{
    for (const EndpointConfig &e : endpoints)
        m_ids.append(e.id);
}

AttemptRecord SyntheticFeed::attempt(const QString &id, WallTime at)
{
    const quint64 n = ++m_requestId;
    AttemptRecord r;
    r.timestamp = at;
    r.endpointId = id;
    r.requestId = n;
    r.httpStatus = 200;
    r.latency = std::chrono::microseconds(15'000 + (n * 7919) % 120'000);
    if (n % 40 == 0) {
        r.outcome = Outcome::ServerError;
        r.httpStatus = 503;
        r.error = QStringLiteral("HTTP 503");
        r.errorKind = ErrorKind::Http;
    } else if (n % 170 == 0) {
        r.outcome = Outcome::RateLimited;
        r.httpStatus = 429;
        r.retryAfter = Millis(1000);
    }
    return r;
}

EngineUpdate SyntheticFeed::updateAt(WallTime at)
{
    EngineUpdate u;
    u.at = at;
    const qint64 endMs = toEpochMs(at);
    const qint64 startMs = endMs - 1000 / m_updatesPerSecond;
    const qint64 second = startMs / 1000 * 1000;
    for (int i = 0; i < m_ids.size(); ++i) {
        const qint64 phase = qint64(i) * 1000 / m_ids.size();
        // The poll of endpoint i in this second or the next, if it falls in [startMs, endMs).
        for (const qint64 t : {second + phase, second + 1000 + phase}) {
            if (t >= startMs && t < endMs)
                u.records.append(attempt(m_ids[i], fromEpochMs(t)));
        }
        EndpointStatus status;
        status.endpointId = m_ids[i];
        status.queueDepth = int((m_requestId + quint64(i)) % 5);
        status.sentRequests = m_requestId;
        u.statuses.append(status);
    }
    return u;
}

} // namespace bw::bench
