// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliveryqueue.h"

#include "logging.h"
#include "metrics/metricsstore.h"

namespace bw {

namespace {
constexpr std::chrono::seconds drainWindow{10};
constexpr Millis countsRefresh{250};
} // namespace

DeliveryQueue::DeliveryQueue(DeliveryStore &store, QString endpointId, int window)
    : m_store(store)
    , m_endpointId(std::move(endpointId))
    , m_window(window)
{
}

DeliveryQueue::~DeliveryQueue()
{
    if (auto done = flush(); !done)
        qCCritical(lcQueue) << "endpoint" << m_endpointId
                            << "could not record delivery outcomes at exit:" << done.error();
}

QList<const Delivery *> DeliveryQueue::refill()
{
    QList<const Delivery *> added;
    const int room = m_window - loaded();
    if (room <= 0 || !m_maybeMore)
        return added;
    // Rows past the cursor that are loaded already (a released one moved the cursor back)
    // are skipped, so ask for enough to fill the room regardless.
    auto rows = m_store.pending(m_endpointId, m_cursor, room + loaded());
    if (!rows) {
        qCWarning(lcQueue) << "endpoint" << m_endpointId << "cannot read its queue:"
                           << rows.error();
        return added;
    }
    m_maybeMore = rows->size() >= room + loaded();
    for (Delivery &d : *rows) {
        // The cursor only passes rows that are in memory: one left out for lack of room
        // must be found by the next refill.
        if (int(added.size()) >= room) {
            m_maybeMore = true;
            break;
        }
        m_cursor = std::max(m_cursor, d.seq);
        if (m_loaded.contains(d.id))
            continue;
        const QString id = d.id;
        const auto it = m_loaded.emplace(id, std::move(d)).first;
        added.append(&it->second);
    }
    return added;
}

const Delivery *DeliveryQueue::find(const QString &id) const
{
    const auto it = m_loaded.find(id);
    return it == m_loaded.end() ? nullptr : &it->second;
}

void DeliveryQueue::recordDelivered(QString id, SteadyTime now)
{
    m_unwritten.append({DeliveryUpdate::Kind::Delivered, id, 0, 0, {}, 0});
    m_loaded.erase(id);
    m_deliveredAt.push_back(now);
    ++m_delivered;
    m_maybeMore = true;
}

void DeliveryQueue::recordRetry(const QString &id, int attempts, WallTime nextEligible,
                                const QString &error)
{
    m_unwritten.append(
        {DeliveryUpdate::Kind::RetryLater, id, attempts, toEpochMs(nextEligible), error, 0});
    if (auto it = m_loaded.find(id); it != m_loaded.end()) {
        it->second.attempts = attempts;
        it->second.nextEligibleMs = toEpochMs(nextEligible);
        it->second.lastError = error;
    }
}

void DeliveryQueue::recordDeadLetter(QString id, int attempts, WallTime at,
                                     const QString &reason)
{
    m_unwritten.append(
        {DeliveryUpdate::Kind::DeadLetter, id, attempts, 0, reason, toEpochMs(at)});
    m_loaded.erase(id);
    m_maybeMore = true;
    m_countsValid = false;
}

void DeliveryQueue::release(QString id)
{
    const auto it = m_loaded.find(id);
    if (it == m_loaded.end())
        return;
    m_cursor = std::min(m_cursor, it->second.seq - 1);
    m_loaded.erase(it);
    m_maybeMore = true;
}

Result<void> DeliveryQueue::flush()
{
    if (m_unwritten.isEmpty() || !m_store.isOpen())
        return {};
    auto done = m_store.apply(m_unwritten);
    if (done)
        m_unwritten.clear();
    return done;
}

QueueCounts DeliveryQueue::counts(SteadyTime now)
{
    if (!m_countsValid || now - m_countsAt >= countsRefresh) {
        if (auto read = m_store.counts(m_endpointId)) {
            m_counts = *read;
            m_countsValid = true;
            m_countsAt = now;
        }
    }
    return m_counts;
}

double DeliveryQueue::drainRate(SteadyTime now)
{
    while (!m_deliveredAt.empty() && now - m_deliveredAt.front() > drainWindow)
        m_deliveredAt.pop_front();
    return double(m_deliveredAt.size()) / double(drainWindow.count());
}

} // namespace bw
