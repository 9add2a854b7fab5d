// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/endpointconfig.h"
#include "metrics/metricsstore.h"
#include "result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTextStream>
#include <QTimer>

namespace bw {

/// The monitor without a window: prints a status table every few seconds. Breaker
/// transitions are logged by the engine itself (breakwater.engine.breaker); the per-attempt
/// CSV is AttemptCsvWriter's job, in every mode.
class HeadlessMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessMonitor)

public:
    HeadlessMonitor(const QList<EndpointConfig> &endpoints, FILE *out = stdout,
                    QObject *parent = nullptr);
    ~HeadlessMonitor() override;

    void setStatusInterval(Millis interval);
    /// Prints the table now; also called at the end of a run.
    void printStatus();
    /// Tables list at most this many endpoints, the most troubled first, and sum up the rest.
    static constexpr int maxTableRows = 40;

    void applyUpdate(const bw::EngineUpdate &update);

    const MetricsStore &metrics() const { return m_metrics; }

private:
    QList<EndpointConfig> m_endpoints;
    MetricsStore m_metrics;
    QTextStream m_out;
    QTimer m_statusTimer;
    QElapsedTimer m_running;
};

} // namespace bw
