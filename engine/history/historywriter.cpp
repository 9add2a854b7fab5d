// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "historywriter.h"

#include "metrics/metricsstore.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QThread>

namespace bw {

namespace {

Q_LOGGING_CATEGORY(lcHistory, "breakwater.engine.history", QtInfoMsg)

// Raw rows older than this are not looked at again when a restart rolls up what a killed
// writer left behind: after a week they are about to be pruned anyway.
constexpr qint64 recoveryLookbackMs = 7LL * 24 * 3600 * 1000;

} // namespace

QString defaultHistoryPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("history.sqlite"));
}

HistoryWriter::HistoryWriter(const Clock &clock)
    : HistoryWriter(clock, Settings{})
{
}

HistoryWriter::HistoryWriter(const Clock &clock, Settings settings)
    : m_clock(clock)
    , m_settings(settings)
{
}

HistoryWriter::~HistoryWriter()
{
    stop();
}

Result<void> HistoryWriter::start(const QString &path)
{
    if (m_thread)
        return Unexpected(QStringLiteral("the history writer is already running"));
    {
        QMutexLocker locker(&m_lock);
        m_stopRequested = false;
    }
    // Shared with the thread, so that neither side's exit can free it under the other.
    auto opened = std::make_shared<std::promise<Result<void>>>();
    std::future<Result<void>> result = opened->get_future();
    m_thread.reset(QThread::create([this, path, opened] { run(path, *opened); }));
    m_thread->setObjectName(QStringLiteral("history writer"));
    m_thread->start();
    Result<void> outcome = result.get();
    if (!outcome) {
        m_thread->wait();
        m_thread.reset();
        return outcome;
    }
    QMutexLocker locker(&m_lock);
    m_accepting = true;
    return outcome;
}

bool HistoryWriter::isRunning() const
{
    return m_thread != nullptr;
}

void HistoryWriter::enqueue(const EngineUpdate &update)
{
    if (update.records.isEmpty() && update.breakerEvents.isEmpty())
        return;
    QMutexLocker locker(&m_lock);
    if (!m_accepting)
        return;
    m_records.append(update.records);
    m_events.append(update.breakerEvents);
    const qsizetype excess = m_records.size() - m_settings.maxBufferedRecords;
    if (excess > 0) {
        m_records.remove(0, excess);
        m_stats.recordsDropped += excess;
        qCCritical(lcHistory) << "history writer is behind: dropped" << excess
                              << "attempt records";
    }
    if (m_records.size() >= m_settings.batchRows)
        m_wake.wakeOne();
}

void HistoryWriter::stop()
{
    if (!m_thread)
        return;
    {
        QMutexLocker locker(&m_lock);
        m_stopRequested = true;
        m_accepting = false;
        m_wake.wakeOne();
    }
    m_thread->wait();
    m_thread.reset();
}

HistoryWriter::Stats HistoryWriter::stats() const
{
    QMutexLocker locker(&m_lock);
    return m_stats;
}

void HistoryWriter::run(const QString &path, std::promise<Result<void>> &opened)
{
    HistoryStore store;
    if (auto done = store.open(path, HistoryStore::Mode::Write); !done) {
        opened.set_value(Unexpected(done.error()));
        return;
    }
    opened.set_value({});

    const qint64 nowMs = toEpochMs(m_clock.wallNow());
    if (const auto left = store.unrolledMinutes(nowMs, recoveryLookbackMs); left) {
        for (const Bucket &minute : *left) {
            m_dirtyMinutes.insert(minute);
            m_dirtyHours.insert({minute.first, rollupBucketOf(RollupLevel::Hour, minute.second)});
        }
    } else {
        qCWarning(lcHistory) << "history: cannot find unrolled minutes:" << left.error();
    }
    rollUp(store, false);
    m_nextPrune = m_clock.now() + m_settings.flushInterval;

    // Ends only when stop() asks; each pass waits at most one flush interval.
    for (bool stopping = false; !stopping;) {
        QList<AttemptRecord> records;
        QList<BreakerEvent> events;
        {
            QMutexLocker locker(&m_lock);
            if (!m_stopRequested && m_records.size() < m_settings.batchRows)
                m_wake.wait(&m_lock, QDeadlineTimer(m_settings.flushInterval.count()));
            records.swap(m_records);
            events.swap(m_events);
            stopping = m_stopRequested;
        }
        writeBatch(store, records, events);
        rollUp(store, stopping);
        if (!stopping && m_clock.now() >= m_nextPrune)
            prune(store);
    }
    store.close();
}

void HistoryWriter::writeBatch(HistoryStore &store, QList<AttemptRecord> &records,
                               QList<BreakerEvent> &events)
{
    if (records.isEmpty() && events.isEmpty())
        return;
    const auto done = store.append(records, events);
    QMutexLocker locker(&m_lock);
    if (!done) {
        // The rows are given up rather than retried: a full or broken disk would otherwise
        // grow the buffer without end. The engine keeps running either way.
        ++m_stats.failedCommits;
        m_stats.recordsDropped += records.size();
        qCCritical(lcHistory) << "history: lost" << records.size()
                              << "attempt records:" << done.error();
        return;
    }
    m_stats.recordsWritten += records.size();
    locker.unlock();

    for (const AttemptRecord &record : records) {
        const qint64 at = toEpochMs(record.timestamp);
        m_dirtyMinutes.insert({record.endpointId, rollupBucketOf(RollupLevel::Minute, at)});
        m_dirtyHours.insert({record.endpointId, rollupBucketOf(RollupLevel::Hour, at)});
    }
    for (const BreakerEvent &event : events) {
        const qint64 at = toEpochMs(event.at);
        m_dirtyMinutes.insert({event.endpointId, rollupBucketOf(RollupLevel::Minute, at)});
        m_dirtyHours.insert({event.endpointId, rollupBucketOf(RollupLevel::Hour, at)});
    }
}

void HistoryWriter::rollUp(HistoryStore &store, bool everything)
{
    const qint64 nowMs = toEpochMs(m_clock.wallNow());
    for (const RollupLevel level : {RollupLevel::Minute, RollupLevel::Hour}) {
        std::set<Bucket> &dirty = level == RollupLevel::Minute ? m_dirtyMinutes : m_dirtyHours;
        const qint64 span = rollupSpanMs(level);
        QList<Rollup> rows;
        for (auto it = dirty.begin(); it != dirty.end();) {
            if (!everything && it->second + span > nowMs) {
                ++it;
                continue;
            }
            const auto rollup = store.computeFromRaw(it->first, level, it->second, nowMs);
            if (!rollup) {
                qCWarning(lcHistory) << "history: rollup of" << it->first << it->second
                                     << "failed:" << rollup.error();
                ++it;
                continue;
            }
            rows.append(*rollup);
            it = dirty.erase(it);
        }
        if (const auto stored = store.storeRollups(level, rows); !stored) {
            qCWarning(lcHistory) << "history: storing rollups failed:" << stored.error();
            continue;
        }
        QMutexLocker locker(&m_lock);
        m_stats.rollupsWritten += rows.size();
    }
}

void HistoryWriter::prune(HistoryStore &store)
{
    const qint64 nowMs = toEpochMs(m_clock.wallNow());
    qint64 removed = 0;
    for (int chunk = 0; chunk < m_settings.maxChunksPerPrune; ++chunk) {
        const auto done = store.pruneOnce(m_settings.retention, nowMs, m_settings.pruneChunk);
        if (!done) {
            qCWarning(lcHistory) << "history: pruning failed:" << done.error();
            break;
        }
        removed += *done;
        if (*done < m_settings.pruneChunk)
            break;
    }
    if (removed > 0) {
        qCInfo(lcHistory) << "history: pruned" << removed << "rows past their retention";
        store.optimize();
    }
    m_nextPrune = m_clock.now() + m_settings.pruneInterval;
}

} // namespace bw
