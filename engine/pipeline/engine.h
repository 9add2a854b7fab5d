// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "config/endpointconfig.h"
#include "metrics/attemptrecord.h"
#include "result.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <map>
#include <memory>

class QNetworkAccessManager;

namespace bw {

class EndpointRunner;
class DeliveryStore;

/// The resilient polling engine: one QNetworkAccessManager shared by every endpoint, one
/// EndpointRunner per endpoint, and the per-host connection slots that keep Qt's invisible
/// request queue (six requests per host:port in Qt 6.4) empty.
///
/// Lives in the engine thread (see EngineHost); every method must be called in that thread.
/// updated() fires every `updateInterval` with the records, breaker events and statuses
/// gathered since the previous one, and once more from stop().
class Engine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Engine)

public:
    /// Qt 6.4 runs at most six HTTP/1.1 requests per host:port and queues the rest inside the
    /// manager, where their wait would be counted as latency. We never hand it more.
    static constexpr int connectionsPerHost = 6;
    static constexpr Millis updateInterval{250};

    explicit Engine(Clock &clock, QObject *parent = nullptr);
    ~Engine() override;

    /// Adds, reconfigures and removes runners to match `endpoints`. A runner whose settings
    /// changed keeps its breaker window, limiter and pause where the new settings allow.
    void setEndpoints(const QList<EndpointConfig> &endpoints);
    /// Opens the delivery queue file that deliver-mode endpoints drain; call before
    /// setEndpoints. Rows other processes add are noticed within `queuePollInterval`.
    Result<void> openDeliveryStore(const QString &path);
    DeliveryStore *deliveryStore() const { return m_deliveryStore.get(); }
    static constexpr Millis queuePollInterval{200};
    void start();
    /// Stops polling, lets attempts in flight finish for up to `grace`, cancels the rest, and
    /// emits a final update.
    void stop(Millis grace = Millis(2000));
    bool isRunning() const { return m_running; }

    // For runners.
    QNetworkAccessManager &network();
    /// The manager of an isolated endpoint, created on first use and kept while it exists.
    QNetworkAccessManager &isolatedNetwork(const QString &endpointId);
    Clock &clock() const { return m_clock; }
    quint64 nextRequestId() { return ++m_lastRequestId; }
    bool hasHostSlot(const QString &hostKey) const;
    void acquireHostSlot(const QString &hostKey);
    /// Frees a slot and pumps the runners that found the host full, in the order they asked,
    /// until the slot is taken again.
    void releaseHostSlot(const QString &hostKey);
    /// Asks for `runner` to be pumped once a slot of `hostKey` frees. A runner waits in the
    /// queue at most once; a removed runner is skipped.
    void waitForHostSlot(const QString &hostKey, EndpointRunner *runner);
    /// Pauses every endpoint on `hostKey`, for limits a server declares global.
    void pauseHost(const QString &hostKey, SteadyTime until, WallTime untilWall,
                   const QString &reason);
    void post(const AttemptRecord &record);
    void post(const BreakerEvent &event);
    int totalInFlight() const;

    /// The configurations the runners now hold, in order.
    QList<EndpointConfig> endpoints() const;

signals:
    void updated(const bw::EngineUpdate &update);
    /// Fires after every setEndpoints() with what the runners now hold (endpoints()), so a
    /// settings editor can confirm that its change reached the engine.
    void endpointsApplied(const QList<bw::EndpointConfig> &endpoints);

private:
    void emitUpdate();

    Clock &m_clock;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::map<QString, std::unique_ptr<QNetworkAccessManager>> m_isolated;
    std::vector<std::unique_ptr<EndpointRunner>> m_runners;
    std::unique_ptr<DeliveryStore> m_deliveryStore;
    QTimer m_queuePollTimer;
    QHash<QString, int> m_hostSlots;
    /// Runners waiting for a slot, per host, first come first served. Pumping every runner
    /// of the host on each freed slot instead cost O(endpoints) per response, which with a
    /// thousand endpoints on one host used most of a core and served the first ones first.
    std::map<QString, std::deque<QPointer<EndpointRunner>>> m_slotWaiters;
    QTimer m_updateTimer;
    EngineUpdate m_pending;
    quint64 m_lastRequestId = 0;
    bool m_running = false;
};

} // namespace bw
