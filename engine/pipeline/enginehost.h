// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "config/endpointconfig.h"
#include "metrics/attemptrecord.h"

#include <QObject>
#include <QThread>

namespace bw {

class Engine;

/// Runs an Engine in a thread of its own and relays its updates to the thread that owns the
/// host (the UI or the headless monitor), as queued signals carrying plain values.
/// Nothing outside the engine thread touches the Engine itself.
class EngineHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineHost)

public:
    explicit EngineHost(QObject *parent = nullptr);
    ~EngineHost() override;

    /// Starts the engine thread. With a `queuePath`, deliver-mode endpoints drain that file
    /// (open it once in the caller's thread first to report errors early: a failure here is
    /// only logged).
    void start(const QList<EndpointConfig> &endpoints, const QString &queuePath = {});
    void setEndpoints(const QList<EndpointConfig> &endpoints);
    /// Stops the engine (attempts in flight get up to `grace` to finish), delivers its final
    /// update through updated() before returning, and ends the thread. Safe to call twice.
    void stop(Millis grace = Millis(2000));
    bool isRunning() const { return m_engine != nullptr; }

signals:
    void updated(const bw::EngineUpdate &update);
    /// Relays Engine::endpointsApplied: the configurations the engine's runners hold after a
    /// start() or setEndpoints(), read in the engine thread.
    void endpointsApplied(const QList<bw::EndpointConfig> &endpoints);

private:
    SystemClock m_clock;
    QThread m_thread;
    Engine *m_engine = nullptr;
};

} // namespace bw
