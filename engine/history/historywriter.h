// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "history/historystore.h"
#include "metrics/attemptrecord.h"
#include "result.h"

#include <QMutex>
#include <QWaitCondition>

#include <future>
#include <memory>
#include <set>

class QThread;

namespace bw {

/// QStandardPaths::AppDataLocation/history.sqlite; needs the application and organisation
/// names set.
QString defaultHistoryPath();

/// Records EngineUpdates into a HistoryStore from one writer thread, which owns the only
/// connection it uses. enqueue() may be called from any thread; it copies the records into a
/// buffer under a mutex and never touches the database.
///
/// The thread commits the buffer in one transaction every `flushInterval`, or sooner once
/// `batchRows` records wait. After each commit it writes the rollups of every minute and hour
/// that received rows and has ended by the clock's wall time; a late row reopens its bucket,
/// which is then recomputed from the raw rows and replaced. stop() commits what is left and
/// rolls up every touched bucket, complete or not. At start it rolls up the minutes a killed
/// writer left raw only. Retention runs on the same thread every `pruneInterval`, in chunks.
class HistoryWriter final
{
public:
    struct Settings
    {
        Millis flushInterval{500};
        int batchRows = 1000;
        /// Beyond this many waiting records the oldest are dropped (and counted) so that a
        /// stalled disk cannot exhaust memory.
        int maxBufferedRecords = 200'000;
        HistoryRetention retention;
        Millis pruneInterval{10 * 60 * 1000};
        int pruneChunk = 5000;
        int maxChunksPerPrune = 20;
    };

    struct Stats
    {
        qint64 recordsWritten = 0;
        qint64 recordsDropped = 0;
        qint64 rollupsWritten = 0;
        qint64 failedCommits = 0;
    };

    explicit HistoryWriter(const Clock &clock);
    HistoryWriter(const Clock &clock, Settings settings);
    ~HistoryWriter();
    HistoryWriter(const HistoryWriter &) = delete;
    HistoryWriter &operator=(const HistoryWriter &) = delete;

    /// Opens (or creates) `path` on the writer thread and returns once that is done.
    Result<void> start(const QString &path);
    void enqueue(const EngineUpdate &update);
    /// Flushes, rolls up and closes; blocks until the thread has ended. Safe to call twice.
    /// start(), stop() and isRunning() belong to the thread that owns the writer.
    void stop();
    bool isRunning() const;
    Stats stats() const;

private:
    using Bucket = std::pair<QString, qint64>;

    void run(const QString &path, std::promise<Result<void>> &opened);
    void writeBatch(HistoryStore &store, QList<AttemptRecord> &records,
                    QList<BreakerEvent> &events);
    void rollUp(HistoryStore &store, bool everything);
    void prune(HistoryStore &store);

    const Clock &m_clock;
    const Settings m_settings;
    std::unique_ptr<QThread> m_thread;

    mutable QMutex m_lock; // guards everything below
    QWaitCondition m_wake;
    QList<AttemptRecord> m_records;
    QList<BreakerEvent> m_events;
    bool m_stopRequested = false;
    bool m_accepting = false; ///< between a successful start() and stop()
    Stats m_stats;

    // Writer thread only.
    std::set<Bucket> m_dirtyMinutes;
    std::set<Bucket> m_dirtyHours;
    SteadyTime m_nextPrune{};
};

} // namespace bw
