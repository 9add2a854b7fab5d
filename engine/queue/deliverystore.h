// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queue/deliveryrequest.h"
#include "result.h"

#include <QSqlDatabase>
#include <QStringList>

#include <expected>

namespace bw {

/// One delivery as stored: the request exactly as accepted plus its place and progress.
struct Delivery
{
    QString id;          ///< UUID text (version 7), stable for the delivery's life
    QString endpointId;
    qint64 seq = 0;      ///< FIFO position within the file; only grows
    DeliveryRequest request;
    QString idempotencyKey; ///< sent with every attempt; the request's own, else the id
    qint64 enqueuedMs = 0;  ///< epoch ms
    int attempts = 0;       ///< attempts that ended (one cut short by a crash is not counted)
    qint64 nextEligibleMs = 0; ///< epoch ms; not sent before
    QString lastError;
    bool dead = false;
    QString deadReason;
    qint64 deadMs = 0;
    qint64 sizeBytes = 0;   ///< body plus header names and values, what the limits count
};

/// Per-endpoint limits on pending deliveries (dead letters are not counted).
struct QueueLimits
{
    qint64 maxDeliveries = 100'000;
    qint64 maxBytes = 256LL * 1024 * 1024;
};

/// Counters of one endpoint's queue, kept in the same transactions as the rows.
struct QueueCounts
{
    qint64 pending = 0;
    qint64 pendingBytes = 0;
    qint64 deadLetters = 0;
    std::optional<qint64> headEnqueuedMs; ///< the oldest pending delivery (FIFO head)
};

/// Why enqueue refused: the queue is full (try later), the input is wrong, or the file failed.
struct EnqueueError
{
    enum class Kind { QueueFull, Invalid, Storage };
    Kind kind = Kind::Storage;
    QString message; ///< English
};

/// What happened to one loaded delivery, written by DeliveryStore::apply.
struct DeliveryUpdate
{
    enum class Kind { Delivered, RetryLater, DeadLetter };
    Kind kind = Kind::Delivered;
    QString id;
    int attempts = 0;
    qint64 nextEligibleMs = 0; ///< RetryLater
    QString error;             ///< RetryLater: last error; DeadLetter: the reason
    qint64 atMs = 0;           ///< DeadLetter: when
};

/// The durable delivery queue of every deliver-mode endpoint: one SQLite file (table
/// deliveries plus the counters in queue_counts), WAL, synchronous=FULL, every change in one
/// transaction, so a process killed at any instant loses no delivery it reported accepted.
///
/// Several processes may open the same file at once (the app and `breakwater enqueue`);
/// writers take the lock up front (BEGIN IMMEDIATE) and wait up to 5 s for each other.
/// externalChanges() tells a worker cheaply that another connection committed.
///
/// One instance owns one named Qt SQL connection: open, use and close it on one thread.
class DeliveryStore final
{
public:
    DeliveryStore();
    ~DeliveryStore();
    DeliveryStore(const DeliveryStore &) = delete;
    DeliveryStore &operator=(const DeliveryStore &) = delete;

    /// Creates the file and schema when missing.
    Result<void> open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }

    /// Adds `requests` to the tail of `endpointId`'s queue in one transaction: all or none.
    /// Refuses with QueueFull when the pending count or bytes would pass `limits`. Returns
    /// the new delivery ids in order.
    Expected<QStringList, EnqueueError> enqueue(const QString &endpointId,
                                                     const QList<DeliveryRequest> &requests,
                                                     const QueueLimits &limits, qint64 nowMs);

    /// Pending deliveries with seq > `afterSeq`, in FIFO order, at most `limit`.
    Result<QList<Delivery>> pending(const QString &endpointId, qint64 afterSeq, int limit) const;
    /// Writes the outcomes of loaded deliveries in one transaction. Delivered rows are deleted.
    /// Updates of rows that are gone (purged meanwhile) are ignored.
    Result<void> apply(const QList<DeliveryUpdate> &updates);
    Result<QueueCounts> counts(const QString &endpointId) const;

    /// Dead letters of `endpointId` (every endpoint when empty), oldest first, at most `limit`.
    Result<QList<Delivery>> deadLetters(const QString &endpointId, int limit = 10'000) const;
    /// Moves dead letters (all of the endpoint's when `ids` is empty) back to the tail of the
    /// queue with their attempts reset; returns how many moved. Limits are not applied: the
    /// deliveries were accepted once already.
    Result<qint64> requeue(const QString &endpointId, const QStringList &ids, qint64 nowMs);
    /// Deletes dead letters (all of the endpoint's when `ids` is empty); returns how many.
    Result<qint64> purge(const QString &endpointId, const QStringList &ids);

    /// True when another connection committed since the previous call (PRAGMA data_version).
    /// The first call returns true.
    bool externalChanges();
    /// "ok" for a healthy file, else SQLite's list of problems.
    Result<QString> integrityCheck() const;

private:
    Result<void> exec(const QString &sql) const;
    Result<void> begin();
    Result<void> commit();
    void rollback();

    QString m_connection;
    QString m_path;
    QSqlDatabase m_db;
    qint64 m_dataVersion = -1;
};

/// The queue file used when no --queue-db is given: AppDataLocation/queue.sqlite.
QString defaultQueuePath();

} // namespace bw
