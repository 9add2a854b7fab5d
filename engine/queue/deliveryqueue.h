// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "queue/deliverystore.h"

#include <deque>
#include <map>

namespace bw {

/// One deliver-mode endpoint's view of its queue in the DeliveryStore: a window of pending
/// deliveries loaded in FIFO order, the outcomes not yet written, and the figures charted.
///
/// Outcomes are group-committed: record*() only remembers them and flush() writes them all
/// in one transaction (EndpointRunner calls it every 100 ms). A process killed before a flush
/// forgets that those deliveries were delivered, so they are sent again after a restart with
/// the same idempotency key: at least once, never lost.
///
/// Known limitation: nothing claims a loaded delivery in the file, so two processes draining
/// the same file both send its head (at least once still holds; repeats carry the same key).
/// Remove once rows carry a lease (owner and expiry) taken in the refill transaction.
///
/// Not thread-safe; lives in the engine thread with its runner. The store is not owned.
class DeliveryQueue final
{
public:
    DeliveryQueue(DeliveryStore &store, QString endpointId, int window);
    ~DeliveryQueue();
    DeliveryQueue(const DeliveryQueue &) = delete;
    DeliveryQueue &operator=(const DeliveryQueue &) = delete;

    /// Loads pending deliveries past the last one loaded, until `window` are in memory, and
    /// returns them in FIFO order. Cheap when nothing new can be there (see noteChanged()).
    QList<const Delivery *> refill();
    /// Another connection may have added deliveries: the next refill queries the file.
    void noteChanged() { m_maybeMore = true; }
    const Delivery *find(const QString &id) const;
    int loaded() const { return int(m_loaded.size()); }

    void recordDelivered(QString id, SteadyTime now);
    void recordRetry(const QString &id, int attempts, WallTime nextEligible, const QString &error);
    void recordDeadLetter(QString id, int attempts, WallTime at, const QString &reason);
    /// Forgets a loaded delivery without an outcome (its attempt was cancelled): it stays
    /// pending in the file and is loaded again by a later refill.
    void release(QString id);
    /// Writes the recorded outcomes in one transaction; on failure they are kept for the next.
    Result<void> flush();

    /// Pending deliveries, their age, dead letters: read from the file at most every 250 ms.
    QueueCounts counts(SteadyTime now);
    /// Deliveries delivered per second over the last ten seconds.
    double drainRate(SteadyTime now);
    quint64 delivered() const { return m_delivered; }

private:
    DeliveryStore &m_store;
    QString m_endpointId;
    int m_window;
    std::map<QString, Delivery> m_loaded;
    QList<DeliveryUpdate> m_unwritten;
    qint64 m_cursor = 0; ///< largest seq loaded
    bool m_maybeMore = true;
    QueueCounts m_counts;
    SteadyTime m_countsAt{};
    bool m_countsValid = false;
    std::deque<SteadyTime> m_deliveredAt;
    quint64 m_delivered = 0;
};

} // namespace bw
