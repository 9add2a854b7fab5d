// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/rollups.h"
#include "metrics/attemptrecord.h"
#include "result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace bw {

/// How long each level is kept; older rows are deleted by HistoryWriter in bounded chunks.
struct HistoryRetention
{
    std::chrono::hours raw{7 * 24};
    std::chrono::hours minute{90 * 24};
    std::chrono::hours hour{730 * 24};
};

/// A time range [fromMs, toMs) in epoch milliseconds, optionally restricted to endpoints
/// (empty = all).
struct HistoryRange
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QStringList endpoints;
};

/// One SQLite history file (tables attempts, breaker_events, rollup_1m, rollup_1h; see the
/// README). Each instance owns one named connection, which SQLite via Qt allows only on the
/// thread that opened it: open, use and close a HistoryStore on one thread. Raw rows hold
/// the AttemptRecord fields only; no header value or URL is ever stored.
class HistoryStore final
{
public:
    enum class Mode {
        Write, ///< creates the file and schema when missing; WAL, synchronous=NORMAL
        Read,  ///< the file must exist and hold a history; nothing is written
    };

    HistoryStore();
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    Result<void> open(const QString &path, Mode mode);
    void close();
    bool isOpen() const;

    /// Inserts records and breaker events in one transaction.
    Result<void> append(const QList<AttemptRecord> &records, const QList<BreakerEvent> &events);

    /// Calls `row` for each attempt in the range, ordered by time then insertion; returns
    /// the number of rows visited. Rows are read one at a time, so any range fits in memory.
    Result<qint64> forEachAttempt(const HistoryRange &range,
                                  const std::function<void(const AttemptRecord &)> &row) const;
    Result<QList<AttemptRecord>> attempts(const HistoryRange &range) const;
    Result<QList<BreakerEvent>> breakerEvents(const HistoryRange &range) const;
    /// The state set by the last transition of `endpointId` before `atMs`; Closed if none.
    Result<BreakerState> breakerStateAt(const QString &endpointId, qint64 atMs) const;

    /// Recomputes one bucket from the raw rows and breaker events now in the file.
    Result<Rollup> computeFromRaw(const QString &endpointId, RollupLevel level, qint64 bucketMs,
                                  qint64 untilMs) const;
    /// INSERT OR REPLACE, in one transaction: writing a bucket twice leaves one row.
    Result<void> storeRollups(RollupLevel level, const QList<Rollup> &rollups);
    Result<qint64> forEachRollup(RollupLevel level, const HistoryRange &range,
                                 const std::function<void(const Rollup &)> &row) const;
    Result<QList<Rollup>> rollups(RollupLevel level, const HistoryRange &range) const;

    /// Minute buckets with raw rows from five minutes before the endpoint's newest minute
    /// rollup on (and at most `lookbackMs` back): the work a killed writer may have left undone.
    Result<QList<std::pair<QString, qint64>>> unrolledMinutes(qint64 nowMs,
                                                              qint64 lookbackMs) const;

    /// Deletes at most `limit` rows older than the retention of each level; returns how many
    /// went. Call it again while it returns `limit` or more.
    Result<qint64> pruneOnce(const HistoryRetention &retention, qint64 nowMs, int limit);
    /// Runs PRAGMA optimize; failures are harmless and ignored.
    void optimize();

    /// "ok" for a healthy file, else SQLite's list of problems.
    Result<QString> integrityCheck() const;

private:
    Result<void> exec(const QString &sql) const;
    Result<void> appendNative(const QList<AttemptRecord> &records);
    /// Empty when the native statement is unavailable (busy in an outer loop, or refused):
    /// the caller then uses Qt's.
    std::optional<Result<qint64>> forEachAttemptNative(
        const HistoryRange &range, const std::function<void(const AttemptRecord &)> &row) const;
    /// A native statement for `sql`, prepared on first use and kept until close(), reset and
    /// with its bindings cleared; null when SQLite refuses it (see nativeError()) or when it
    /// is still being stepped by an outer caller.
    sqlite3_stmt *prepared(const QByteArray &sql) const;
    QString nativeError(const QString &what) const;

    QString m_connection;
    QSqlDatabase m_db;
    /// The connection's own SQLite handle, when Qt's driver runs on the same SQLite library
    /// this file is linked with; null otherwise. Attempt rows are written and read through it:
    /// QSqlQuery spends most of the time of a bulk insert on bookkeeping per bound value
    /// (Qt 6.4 formats and hashes a placeholder name for each), and converts every column
    /// read to UTF-16 and a QVariant. Everything else goes through Qt.
    sqlite3 *m_native = nullptr;
    /// Rollups run the same few queries for every bucket; parsing them each time cost more
    /// than running them.
    mutable QHash<QByteArray, sqlite3_stmt *> m_statements;
};

} // namespace bw
