// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlog.h"

#include "metrics/metricsstore.h"

#include <algorithm>

namespace bw {

void EventLog::apply(const EngineUpdate &update)
{
    for (const BreakerEvent &event : update.breakerEvents) {
        TimelineEvent e;
        e.atMs = toEpochMs(event.at);
        e.kind = TimelineEvent::Kind::Breaker;
        e.endpointId = event.endpointId;
        e.from = event.from;
        e.to = event.to;
        e.detail = event.reason;
        add(std::move(e));
    }
    for (const AttemptRecord &record : update.records) {
        if (!record.retryAfter)
            continue;
        const qint64 atMs = toEpochMs(record.timestamp);
        const qint64 endMs = atMs + record.retryAfter->count();
        // Each 429 of a burst repeats the pause: one event covers pauses that overlap (or
        // follow within a second), so the list is not flooded.
        std::deque<TimelineEvent> &events = m_events[record.endpointId];
        const auto last = std::find_if(events.rbegin(), events.rend(), [](const TimelineEvent &e) {
            return e.kind == TimelineEvent::Kind::Pause;
        });
        if (last != events.rend() && atMs >= last->atMs
            && atMs <= last->atMs + last->durationMs + 1000) {
            last->durationMs = std::max(last->durationMs, endMs - last->atMs);
            ++m_revision;
            continue;
        }
        TimelineEvent e;
        e.atMs = atMs;
        e.kind = TimelineEvent::Kind::Pause;
        e.endpointId = record.endpointId;
        e.durationMs = record.retryAfter->count();
        e.detail = record.httpStatus > 0 ? QString::number(record.httpStatus) : QString();
        add(std::move(e));
    }
}

void EventLog::addConfigChange(const QString &endpointId, qint64 atMs, const QString &detail)
{
    TimelineEvent e;
    e.atMs = atMs;
    e.kind = TimelineEvent::Kind::Config;
    e.endpointId = endpointId;
    e.detail = detail;
    add(std::move(e));
}

QList<TimelineEvent> EventLog::events(const QString &endpointId) const
{
    const auto it = m_events.constFind(endpointId);
    if (it == m_events.cend())
        return {};
    return QList<TimelineEvent>(it->cbegin(), it->cend());
}

void EventLog::add(TimelineEvent event)
{
    std::deque<TimelineEvent> &events = m_events[event.endpointId];
    // Records arrive in completion order; keep the list in time order.
    const auto at = std::upper_bound(
        events.begin(), events.end(), event.atMs,
        [](qint64 ms, const TimelineEvent &e) { return ms < e.atMs; });
    events.insert(at, std::move(event));
    while (events.size() > capacity)
        events.pop_front();
    ++m_revision;
}

} // namespace bw
