// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/endpointconfig.h"
#include "metrics/metricsstore.h"
#include "result.h"

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QTextStream>
#include <QTimer>

namespace bw {

/// The monitor without a window: prints a status table every few seconds, logs breaker
/// transitions, and streams one CSV row per attempt to a file as records arrive (flushed
/// with every update, so a crash loses at most the last quarter second).
class HeadlessMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessMonitor)

public:
    HeadlessMonitor(const QList<EndpointConfig> &endpoints, FILE *out = stdout,
                    QObject *parent = nullptr);
    ~HeadlessMonitor() override;

    /// Opens `path` for the per-attempt CSV (truncating it) and writes the header row.
    Result<void> openCsv(const QString &path);
    void setStatusInterval(Millis interval);
    /// Prints the table now; also called at the end of a run.
    void printStatus();
    /// Flushes and closes the CSV; returns how many rows it holds.
    qint64 finish();

    void applyUpdate(const bw::EngineUpdate &update);

    const MetricsStore &metrics() const { return m_metrics; }

private:
    QList<EndpointConfig> m_endpoints;
    MetricsStore m_metrics;
    QTextStream m_out;
    QFile m_csv;
    qint64 m_csvRows = 0;
    QTimer m_statusTimer;
    QElapsedTimer m_running;
};

} // namespace bw
