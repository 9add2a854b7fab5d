// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/endpointconfig.h"
#include "metrics/attemptrecord.h"

#include <QList>

#include <QStringList>

namespace bw::bench {

/// For the benchmarks that run the real main window; call before the QApplication exists:
/// selects the offscreen platform, keeps the window's settings and history under `home`
/// instead of the user's, and hides the info log lines that would drown the table.
void prepareUiRun(const QString &home);

/// `count` endpoints "endpoint-000", ... named "Service 0", ..., each at its own path on the
/// discard port of 127.0.0.1 (the UI benchmarks run no engine, so nothing is sent); with
/// `groups` > 0, spread round-robin over "group-00", "group-01", ...
QList<EndpointConfig> syntheticEndpoints(int count, int groups = 0);

/// A made-up engine feed for the UI benchmarks: endpoints polled once a second, each at its own
/// phase within the second, delivered as `updatesPerSecond` EngineUpdates a second as the engine
/// sends them. Latencies spread over 15–135 ms; one attempt in 40 is a 503 and one in 170 a 429
/// with Retry-After 1 s.
class SyntheticFeed
{
public:
    SyntheticFeed(const QList<EndpointConfig> &endpoints, int updatesPerSecond);

    int updatesPerSecond() const { return m_updatesPerSecond; }
    /// The update covering [at - 1 s / updatesPerSecond, at), with a status for every endpoint
    /// (queue depth 0–4, varying). Request ids go on counting from one call to the next.
    EngineUpdate updateAt(WallTime at);

private:
    AttemptRecord attempt(const QString &id, WallTime at);

    QStringList m_ids;
    int m_updatesPerSecond;
    quint64 m_requestId = 0;
};

} // namespace bw::bench
