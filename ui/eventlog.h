// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/attemptrecord.h"

#include <QHash>
#include <QList>
#include <QString>

#include <deque>

namespace bw {

/// Something that happened to an endpoint, for the detail panel's event list.
struct TimelineEvent
{
    enum class Kind {
        Breaker, ///< a circuit breaker transition; `to` is the new state
        Pause,   ///< the server asked for a pause (Retry-After); `durationMs` is its length
        Config,  ///< the endpoint's configuration was loaded or changed
    };

    qint64 atMs = 0;
    Kind kind = Kind::Breaker;
    QString endpointId;
    BreakerState from = BreakerState::Closed;
    BreakerState to = BreakerState::Closed;
    qint64 durationMs = 0;
    QString detail; ///< English reason or note, as given by the engine or the caller

    bool operator==(const TimelineEvent &) const = default;
};

/// Collects breaker transitions, server-requested pauses and configuration changes per
/// endpoint from EngineUpdates, bounded to the newest `capacity` events each. Single-threaded,
/// owned by the UI beside the MetricsStore.
class EventLog
{
public:
    static constexpr std::size_t capacity = 2000;

    void apply(const EngineUpdate &update);
    /// Records a configuration change for `endpointId` (e.g. applied from the tuning panel).
    void addConfigChange(const QString &endpointId, qint64 atMs, const QString &detail);
    /// The events of one endpoint, oldest first.
    QList<TimelineEvent> events(const QString &endpointId) const;
    /// Grows on every added event; a cheap "has anything changed" check for views.
    quint64 revision() const { return m_revision; }

private:
    void add(TimelineEvent event);

    QHash<QString, std::deque<TimelineEvent>> m_events;
    quint64 m_revision = 0;
};

} // namespace bw
