// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "historystore.h"

#include "metrics/metricsstore.h"

#include <QAtomicInteger>
#include <QHash>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <array>

namespace bw {

namespace {

constexpr int schemaVersion = 1;

// A row committed late (its attempt started in a minute that was already rolled up) reopens
// that minute; a writer killed before rolling it up again leaves it stale. Recovery therefore
// also redoes the minutes this far before the newest rollup.
constexpr qint64 unrolledMarginMs = 5 * 60'000;

QAtomicInteger<quint32> s_connectionCounter;

// Rollup columns after (endpoint, bucket_ms), in the order Rollup declares them.
const char rollupColumns[] = "attempts, ok, rate_limited, server_errors, client_errors, "
                             "network_errors, timeouts, short_circuited, http_429, retries, "
                             "slow, latency_count, p50_ms, p95_ms, p99_ms, max_ms, closed_ms, "
                             "open_ms, half_open_ms, max_queue_depth";

const char attemptColumns[] = "ts_ms, endpoint, request_id, attempt, outcome, http_status, "
                              "latency_us, retry_after_ms, breaker_after, queue_depth, slow, "
                              "will_retry, next_delay_ms, error";

QString rollupTable(RollupLevel level)
{
    return level == RollupLevel::Minute ? QStringLiteral("rollup_1m")
                                        : QStringLiteral("rollup_1h");
}

QString sqlError(const QString &what, const QSqlError &error)
{
    return QStringLiteral("%1: %2").arg(what, error.text());
}

// A name this build does not know (written by a newer one) reads as a network error.
Outcome outcomeOrNetworkError(const QString &name)
{
    return outcomeFromName(name).value_or(Outcome::NetworkError);
}

BreakerState breakerFromName(const QString &name)
{
    for (const BreakerState state :
         {BreakerState::Closed, BreakerState::Open, BreakerState::HalfOpen}) {
        if (breakerStateName(state) == name)
            return state;
    }
    return BreakerState::Closed;
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL, so bind "" instead.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant optionalMs(double value)
{
    return value < 0 ? QVariant() : QVariant(value);
}

/// " AND endpoint IN (?, ...)" for a non-empty filter; the values are bound in order.
QString endpointFilter(const QStringList &endpoints)
{
    if (endpoints.isEmpty())
        return QString();
    QStringList marks;
    marks.fill(QStringLiteral("?"), endpoints.size());
    return QStringLiteral(" AND endpoint IN (%1)").arg(marks.join(QStringLiteral(", ")));
}

void bindRange(QSqlQuery &query, const HistoryRange &range)
{
    query.addBindValue(range.fromMs);
    query.addBindValue(range.toMs);
    for (const QString &endpoint : range.endpoints)
        query.addBindValue(endpoint);
}

AttemptRecord attemptFromQuery(const QSqlQuery &q)
{
    AttemptRecord r;
    r.timestamp = fromEpochMs(q.value(0).toLongLong());
    r.endpointId = q.value(1).toString();
    r.requestId = static_cast<quint64>(q.value(2).toLongLong());
    r.attempt = q.value(3).toInt();
    r.outcome = outcomeOrNetworkError(q.value(4).toString());
    r.httpStatus = q.value(5).toInt();
    r.latency = std::chrono::microseconds(q.value(6).toLongLong());
    if (!q.value(7).isNull())
        r.retryAfter = Millis(q.value(7).toLongLong());
    r.breakerAfter = breakerFromName(q.value(8).toString());
    r.queueDepth = q.value(9).toInt();
    r.slow = q.value(10).toInt() != 0;
    r.willRetry = q.value(11).toInt() != 0;
    r.nextDelay = Millis(q.value(12).toLongLong());
    r.error = q.value(13).toString();
    return r;
}

double msOrNegative(const QVariant &value)
{
    return value.isNull() ? -1 : value.toDouble();
}

Rollup rollupFromQuery(const QSqlQuery &q)
{
    Rollup r;
    r.endpointId = q.value(0).toString();
    r.bucketMs = q.value(1).toLongLong();
    r.attempts = q.value(2).toInt();
    r.ok = q.value(3).toInt();
    r.rateLimited = q.value(4).toInt();
    r.serverErrors = q.value(5).toInt();
    r.clientErrors = q.value(6).toInt();
    r.networkErrors = q.value(7).toInt();
    r.timeouts = q.value(8).toInt();
    r.shortCircuited = q.value(9).toInt();
    r.http429 = q.value(10).toInt();
    r.retries = q.value(11).toInt();
    r.slow = q.value(12).toInt();
    r.latencyCount = q.value(13).toInt();
    r.p50Ms = msOrNegative(q.value(14));
    r.p95Ms = msOrNegative(q.value(15));
    r.p99Ms = msOrNegative(q.value(16));
    r.maxMs = msOrNegative(q.value(17));
    r.closedMs = q.value(18).toLongLong();
    r.openMs = q.value(19).toLongLong();
    r.halfOpenMs = q.value(20).toLongLong();
    r.maxQueueDepth = q.value(21).toInt();
    return r;
}

QStringList schemaStatements()
{
    QStringList sql{
        QStringLiteral("CREATE TABLE IF NOT EXISTS attempts (id INTEGER PRIMARY KEY, "
                       "ts_ms INTEGER NOT NULL, endpoint TEXT NOT NULL, "
                       "request_id INTEGER NOT NULL, attempt INTEGER NOT NULL, "
                       "outcome TEXT NOT NULL, http_status INTEGER NOT NULL, "
                       "latency_us INTEGER NOT NULL, retry_after_ms INTEGER, "
                       "breaker_after TEXT NOT NULL, queue_depth INTEGER NOT NULL, "
                       "slow INTEGER NOT NULL, will_retry INTEGER NOT NULL, "
                       "next_delay_ms INTEGER NOT NULL, error TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS attempts_endpoint_ts "
                       "ON attempts (endpoint, ts_ms)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS attempts_ts ON attempts (ts_ms)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS breaker_events (id INTEGER PRIMARY KEY, "
                       "ts_ms INTEGER NOT NULL, endpoint TEXT NOT NULL, "
                       "from_state TEXT NOT NULL, to_state TEXT NOT NULL, reason TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS breaker_events_endpoint_ts "
                       "ON breaker_events (endpoint, ts_ms)"),
    };
    for (const RollupLevel level : {RollupLevel::Minute, RollupLevel::Hour}) {
        const QString table = rollupTable(level);
        sql << QStringLiteral(
                   "CREATE TABLE IF NOT EXISTS %1 (endpoint TEXT NOT NULL, "
                   "bucket_ms INTEGER NOT NULL, attempts INTEGER NOT NULL, ok INTEGER NOT NULL, "
                   "rate_limited INTEGER NOT NULL, server_errors INTEGER NOT NULL, "
                   "client_errors INTEGER NOT NULL, network_errors INTEGER NOT NULL, "
                   "timeouts INTEGER NOT NULL, short_circuited INTEGER NOT NULL, "
                   "http_429 INTEGER NOT NULL, retries INTEGER NOT NULL, slow INTEGER NOT NULL, "
                   "latency_count INTEGER NOT NULL, p50_ms REAL, p95_ms REAL, p99_ms REAL, "
                   "max_ms REAL, closed_ms INTEGER NOT NULL, open_ms INTEGER NOT NULL, "
                   "half_open_ms INTEGER NOT NULL, max_queue_depth INTEGER NOT NULL, "
                   "PRIMARY KEY (endpoint, bucket_ms))")
                   .arg(table)
            << QStringLiteral("CREATE INDEX IF NOT EXISTS %1_bucket ON %1 (bucket_ms)").arg(table);
    }
    sql << QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion);
    return sql;
}


/// The SQLite handle behind a QSQLITE connection, or null when it is not safe to use with the
/// SQLite this program links: Qt may be built with its own copy, and a handle must only ever
/// be passed to the library that made it. The two agree when the driver reports the same
/// library version and source id as ours.
sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *native = *static_cast<sqlite3 *const *>(handle.constData());
    if (!native)
        return nullptr;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT sqlite_version(), sqlite_source_id()")) || !query.next())
        return nullptr;
    if (query.value(0).toString() != QLatin1String(sqlite3_libversion())
        || query.value(1).toString() != QLatin1String(sqlite3_sourceid()))
        return nullptr;
    return native;
}

/// The UTF-8 of a few short strings that repeat on every row (endpoint ids, state names),
/// converted once.
class Utf8Cache
{
public:
    const QByteArray &operator()(const QString &text)
    {
        auto it = m_cache.constFind(text);
        if (it == m_cache.cend())
            it = m_cache.insert(text, text.toUtf8());
        return *it;
    }

private:
    QHash<QString, QByteArray> m_cache;
};

QByteArrayView columnBytes(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return QByteArrayView(text, text ? sqlite3_column_bytes(statement, column) : 0);
}

/// Endpoint ids repeat row after row: reuse the last QString (implicitly shared) for the
/// same bytes instead of decoding and allocating again.
class StringReuse
{
public:
    const QString &operator()(QByteArrayView bytes)
    {
        if (bytes != QByteArrayView(m_bytes)) {
            m_bytes = bytes.toByteArray();
            m_text = QString::fromUtf8(bytes);
        }
        return m_text;
    }

private:
    QByteArray m_bytes;
    QString m_text;
};

Outcome outcomeFromBytes(QByteArrayView name)
{
    static const auto names = [] {
        std::array<QByteArray, outcomeCount> all;
        for (int i = 0; i < int(all.size()); ++i)
            all[std::size_t(i)] = outcomeName(static_cast<Outcome>(i)).toLatin1();
        return all;
    }();
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (names[i] == name)
            return static_cast<Outcome>(i);
    }
    return Outcome::NetworkError;
}

BreakerState breakerFromBytes(QByteArrayView name)
{
    for (const BreakerState state :
         {BreakerState::Closed, BreakerState::Open, BreakerState::HalfOpen}) {
        if (QLatin1StringView(name) == breakerStateName(state))
            return state;
    }
    return BreakerState::Closed;
}

} // namespace

HistoryStore::HistoryStore()
    : m_connection(QStringLiteral("breakwater-history-%1").arg(++s_connectionCounter))
{
}

HistoryStore::~HistoryStore()
{
    close();
}

bool HistoryStore::isOpen() const
{
    return m_db.isOpen();
}

Result<void> HistoryStore::exec(const QString &sql) const
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return Unexpected(sqlError(sql.section(QLatin1Char(' '), 0, 2), query.lastError()));
    return {};
}

Result<void> HistoryStore::open(const QString &path, Mode mode)
{
    close();
    const QFileInfo info(path);
    if (mode == Mode::Read && !info.isFile())
        return Unexpected(QStringLiteral("%1: no such history file").arg(path));
    if (mode == Mode::Write && !QDir().mkpath(info.absolutePath()))
        return Unexpected(QStringLiteral("%1: cannot create the folder").arg(info.absolutePath()));

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    // Readers and the writer may overlap (an export during a run): wait rather than fail.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        const QString error = sqlError(path, m_db.lastError());
        close();
        return Unexpected(error);
    }

    QSqlQuery version(m_db);
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next()) {
        const QString error = sqlError(path, version.lastError());
        close();
        return Unexpected(error);
    }
    const int found = version.value(0).toInt();
    version.finish();
    if (found > schemaVersion) {
        close();
        return Unexpected(QStringLiteral("%1: written by a newer Breakwater (schema %2)")
                              .arg(path)
                              .arg(found));
    }

    if (mode == Mode::Read) {
        if (found != schemaVersion) {
            close();
            return Unexpected(QStringLiteral("%1: not a Breakwater history file").arg(path));
        }
        m_native = nativeHandle(m_db);
        return {};
    }

    // WAL keeps the file consistent after a kill; NORMAL only risks the last commits on a
    // power loss, which history can afford.
    for (const QString &pragma : {QStringLiteral("PRAGMA journal_mode = WAL"),
                                  QStringLiteral("PRAGMA synchronous = NORMAL")}) {
        if (auto done = exec(pragma); !done) {
            close();
            return Unexpected(QStringLiteral("%1: %2").arg(path, done.error()));
        }
    }
    m_db.transaction();
    for (const QString &statement : schemaStatements()) {
        if (auto done = exec(statement); !done) {
            m_db.rollback();
            close();
            return Unexpected(QStringLiteral("%1: %2").arg(path, done.error()));
        }
    }
    if (!m_db.commit()) {
        const QString error = sqlError(path, m_db.lastError());
        close();
        return Unexpected(error);
    }
    m_native = nativeHandle(m_db);
    return {};
}

sqlite3_stmt *HistoryStore::prepared(const QByteArray &sql) const
{
    if (sqlite3_stmt *statement = m_statements.value(sql)) {
        // Still stepping: a caller's row callback is reading the store again. The caller
        // falls back to Qt's own statement rather than cut the outer loop short.
        if (sqlite3_stmt_busy(statement))
            return nullptr;
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
        return statement;
    }
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(m_native, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                           &statement, nullptr)
        != SQLITE_OK) {
        sqlite3_finalize(statement);
        return nullptr;
    }
    m_statements.insert(sql, statement);
    return statement;
}

QString HistoryStore::nativeError(const QString &what) const
{
    return QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(m_native)));
}

void HistoryStore::close()
{
    for (sqlite3_stmt *statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
    m_statements.clear();
    m_native = nullptr;
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

Result<void> HistoryStore::append(const QList<AttemptRecord> &records,
                                  const QList<BreakerEvent> &events)
{
    if (records.isEmpty() && events.isEmpty())
        return {};
    if (!m_db.transaction())
        return Unexpected(sqlError(QStringLiteral("begin"), m_db.lastError()));
    auto fail = [this](const QSqlQuery &query) {
        const QString error = sqlError(QStringLiteral("insert"), query.lastError());
        m_db.rollback();
        return Unexpected(error);
    };

    if (m_native) {
        if (auto done = appendNative(records); !done) {
            m_db.rollback();
            return done;
        }
    } else {
        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral("INSERT INTO attempts (%1) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                      "?, ?, ?, ?, ?, ?, ?)")
                           .arg(QLatin1String(attemptColumns)));
        for (const AttemptRecord &r : records) {
            insert.addBindValue(toEpochMs(r.timestamp));
            insert.addBindValue(notNull(r.endpointId));
            insert.addBindValue(static_cast<qint64>(r.requestId));
            insert.addBindValue(r.attempt);
            insert.addBindValue(outcomeName(r.outcome));
            insert.addBindValue(r.httpStatus);
            insert.addBindValue(static_cast<qint64>(r.latency.count()));
            insert.addBindValue(r.retryAfter
                                    ? QVariant(static_cast<qint64>(r.retryAfter->count()))
                                    : QVariant());
            insert.addBindValue(breakerStateName(r.breakerAfter));
            insert.addBindValue(r.queueDepth);
            insert.addBindValue(r.slow ? 1 : 0);
            insert.addBindValue(r.willRetry ? 1 : 0);
            insert.addBindValue(static_cast<qint64>(r.nextDelay.count()));
            insert.addBindValue(notNull(r.error));
            if (!insert.exec())
                return fail(insert);
        }
    }

    QSqlQuery event(m_db);
    event.prepare(QStringLiteral("INSERT INTO breaker_events (ts_ms, endpoint, from_state, "
                                 "to_state, reason) VALUES (?, ?, ?, ?, ?)"));
    for (const BreakerEvent &e : events) {
        event.addBindValue(toEpochMs(e.at));
        event.addBindValue(notNull(e.endpointId));
        event.addBindValue(breakerStateName(e.from));
        event.addBindValue(breakerStateName(e.to));
        event.addBindValue(notNull(e.reason));
        if (!event.exec())
            return fail(event);
    }
    if (!m_db.commit())
        return Unexpected(sqlError(QStringLiteral("commit"), m_db.lastError()));
    return {};
}

Result<void> HistoryStore::appendNative(const QList<AttemptRecord> &records)
{
    if (records.isEmpty())
        return {};
    sqlite3_stmt *s = prepared(QByteArray("INSERT INTO attempts (") + attemptColumns
                               + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!s)
        return Unexpected(nativeError(QStringLiteral("insert")));
    Utf8Cache utf8;
    const auto bindText = [s](int column, const QByteArray &text) {
        // SQLITE_STATIC: the bytes outlive the step that reads them.
        return sqlite3_bind_text(s, column, text.constData(), int(text.size()), SQLITE_STATIC);
    };
    for (const AttemptRecord &r : records) {
        const QByteArray errorText = r.error.toUtf8();
        int rc = sqlite3_bind_int64(s, 1, toEpochMs(r.timestamp));
        rc |= bindText(2, utf8(r.endpointId));
        rc |= sqlite3_bind_int64(s, 3, static_cast<qint64>(r.requestId));
        rc |= sqlite3_bind_int(s, 4, r.attempt);
        rc |= bindText(5, utf8(outcomeName(r.outcome)));
        rc |= sqlite3_bind_int(s, 6, r.httpStatus);
        rc |= sqlite3_bind_int64(s, 7, static_cast<qint64>(r.latency.count()));
        rc |= r.retryAfter ? sqlite3_bind_int64(s, 8, r.retryAfter->count())
                           : sqlite3_bind_null(s, 8);
        rc |= bindText(9, utf8(breakerStateName(r.breakerAfter)));
        rc |= sqlite3_bind_int(s, 10, r.queueDepth);
        rc |= sqlite3_bind_int(s, 11, r.slow ? 1 : 0);
        rc |= sqlite3_bind_int(s, 12, r.willRetry ? 1 : 0);
        rc |= sqlite3_bind_int64(s, 13, r.nextDelay.count());
        rc |= bindText(14, errorText);
        if (rc != SQLITE_OK || sqlite3_step(s) != SQLITE_DONE) {
            const QString error = nativeError(QStringLiteral("insert"));
            sqlite3_reset(s);
            return Unexpected(error);
        }
        sqlite3_reset(s);
    }
    return {};
}

std::optional<Result<qint64>> HistoryStore::forEachAttemptNative(
    const HistoryRange &range, const std::function<void(const AttemptRecord &)> &row) const
{
    sqlite3_stmt *s = prepared(QStringLiteral("SELECT %1 FROM attempts WHERE ts_ms >= ? AND "
                                              "ts_ms < ?%2 ORDER BY ts_ms, id")
                                   .arg(QLatin1String(attemptColumns),
                                        endpointFilter(range.endpoints))
                                   .toUtf8());
    if (!s)
        return std::nullopt;
    sqlite3_bind_int64(s, 1, range.fromMs);
    sqlite3_bind_int64(s, 2, range.toMs);
    QList<QByteArray> endpoints;
    for (const QString &endpoint : range.endpoints)
        endpoints.append(endpoint.toUtf8());
    for (int i = 0; i < endpoints.size(); ++i)
        sqlite3_bind_text(s, 3 + i, endpoints[i].constData(), int(endpoints[i].size()),
                          SQLITE_STATIC);

    StringReuse endpointId;
    qint64 count = 0;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        AttemptRecord r;
        r.timestamp = fromEpochMs(sqlite3_column_int64(s, 0));
        r.endpointId = endpointId(columnBytes(s, 1));
        r.requestId = static_cast<quint64>(sqlite3_column_int64(s, 2));
        r.attempt = sqlite3_column_int(s, 3);
        r.outcome = outcomeFromBytes(columnBytes(s, 4));
        r.httpStatus = sqlite3_column_int(s, 5);
        r.latency = std::chrono::microseconds(sqlite3_column_int64(s, 6));
        if (sqlite3_column_type(s, 7) != SQLITE_NULL)
            r.retryAfter = Millis(sqlite3_column_int64(s, 7));
        r.breakerAfter = breakerFromBytes(columnBytes(s, 8));
        r.queueDepth = sqlite3_column_int(s, 9);
        r.slow = sqlite3_column_int(s, 10) != 0;
        r.willRetry = sqlite3_column_int(s, 11) != 0;
        r.nextDelay = Millis(sqlite3_column_int64(s, 12));
        if (const QByteArrayView error = columnBytes(s, 13); !error.isEmpty())
            r.error = QString::fromUtf8(error);
        row(r);
        ++count;
    }
    const QString error = rc == SQLITE_DONE ? QString() : nativeError(QStringLiteral("attempts"));
    // Reset now: a statement left mid-way would hold a read transaction open.
    sqlite3_reset(s);
    if (!error.isEmpty())
        return Unexpected(error);
    return count;
}

Result<qint64> HistoryStore::forEachAttempt(
    const HistoryRange &range, const std::function<void(const AttemptRecord &)> &row) const
{
    if (m_native) {
        if (auto done = forEachAttemptNative(range, row))
            return *done;
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM attempts WHERE ts_ms >= ? AND ts_ms < ?%2 "
                                 "ORDER BY ts_ms, id")
                      .arg(QLatin1String(attemptColumns), endpointFilter(range.endpoints)));
    bindRange(query, range);
    if (!query.exec())
        return Unexpected(sqlError(QStringLiteral("attempts"), query.lastError()));
    qint64 count = 0;
    while (query.next()) {
        row(attemptFromQuery(query));
        ++count;
    }
    return count;
}

Result<QList<AttemptRecord>> HistoryStore::attempts(const HistoryRange &range) const
{
    QList<AttemptRecord> records;
    const auto visited = forEachAttempt(range, [&records](const AttemptRecord &r) {
        records.append(r);
    });
    if (!visited)
        return Unexpected(visited.error());
    return records;
}

Result<QList<BreakerEvent>> HistoryStore::breakerEvents(const HistoryRange &range) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ts_ms, endpoint, from_state, to_state, reason "
                                 "FROM breaker_events WHERE ts_ms >= ? AND ts_ms < ?%1 "
                                 "ORDER BY ts_ms, id")
                      .arg(endpointFilter(range.endpoints)));
    bindRange(query, range);
    if (!query.exec())
        return Unexpected(sqlError(QStringLiteral("breaker events"), query.lastError()));
    QList<BreakerEvent> events;
    while (query.next()) {
        events.append(BreakerEvent{query.value(1).toString(),
                                   fromEpochMs(query.value(0).toLongLong()),
                                   breakerFromName(query.value(2).toString()),
                                   breakerFromName(query.value(3).toString()),
                                   query.value(4).toString()});
    }
    return events;
}

Result<BreakerState> HistoryStore::breakerStateAt(const QString &endpointId, qint64 atMs) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT to_state FROM breaker_events WHERE endpoint = ? AND "
                                 "ts_ms < ? ORDER BY ts_ms DESC, id DESC LIMIT 1"));
    query.addBindValue(endpointId);
    query.addBindValue(atMs);
    if (!query.exec())
        return Unexpected(sqlError(QStringLiteral("breaker state"), query.lastError()));
    return query.next() ? breakerFromName(query.value(0).toString()) : BreakerState::Closed;
}

Result<Rollup> HistoryStore::computeFromRaw(const QString &endpointId, RollupLevel level,
                                            qint64 bucketMs, qint64 untilMs) const
{
    const HistoryRange range{bucketMs, bucketMs + rollupSpanMs(level), {endpointId}};
    const auto records = attempts(range);
    if (!records)
        return Unexpected(records.error());
    const auto events = breakerEvents(range);
    if (!events)
        return Unexpected(events.error());
    const auto initial = breakerStateAt(endpointId, bucketMs);
    if (!initial)
        return Unexpected(initial.error());
    return computeRollup(endpointId, level, bucketMs, *records, *initial, *events, untilMs);
}

Result<void> HistoryStore::storeRollups(RollupLevel level, const QList<Rollup> &rollups)
{
    if (rollups.isEmpty())
        return {};
    if (!m_db.transaction())
        return Unexpected(sqlError(QStringLiteral("begin"), m_db.lastError()));
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT OR REPLACE INTO %1 (endpoint, bucket_ms, %2) VALUES "
                                  "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                  "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                       .arg(rollupTable(level), QLatin1String(rollupColumns)));
    for (const Rollup &r : rollups) {
        for (const QVariant &value :
             {QVariant(r.endpointId), QVariant(r.bucketMs), QVariant(r.attempts), QVariant(r.ok),
              QVariant(r.rateLimited), QVariant(r.serverErrors), QVariant(r.clientErrors),
              QVariant(r.networkErrors), QVariant(r.timeouts), QVariant(r.shortCircuited),
              QVariant(r.http429), QVariant(r.retries), QVariant(r.slow),
              QVariant(r.latencyCount), optionalMs(r.p50Ms), optionalMs(r.p95Ms),
              optionalMs(r.p99Ms), optionalMs(r.maxMs), QVariant(r.closedMs),
              QVariant(r.openMs), QVariant(r.halfOpenMs), QVariant(r.maxQueueDepth)})
            insert.addBindValue(value);
        if (!insert.exec()) {
            const QString error = sqlError(QStringLiteral("rollup"), insert.lastError());
            m_db.rollback();
            return Unexpected(error);
        }
    }
    if (!m_db.commit())
        return Unexpected(sqlError(QStringLiteral("commit"), m_db.lastError()));
    return {};
}

Result<qint64> HistoryStore::forEachRollup(RollupLevel level, const HistoryRange &range,
                                           const std::function<void(const Rollup &)> &row) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT endpoint, bucket_ms, %1 FROM %2 WHERE bucket_ms >= ? "
                                 "AND bucket_ms < ?%3 ORDER BY bucket_ms, endpoint")
                      .arg(QLatin1String(rollupColumns), rollupTable(level),
                           endpointFilter(range.endpoints)));
    bindRange(query, range);
    if (!query.exec())
        return Unexpected(sqlError(rollupTable(level), query.lastError()));
    qint64 count = 0;
    while (query.next()) {
        row(rollupFromQuery(query));
        ++count;
    }
    return count;
}

Result<QList<Rollup>> HistoryStore::rollups(RollupLevel level, const HistoryRange &range) const
{
    QList<Rollup> rows;
    const auto visited = forEachRollup(level, range, [&rows](const Rollup &r) { rows.append(r); });
    if (!visited)
        return Unexpected(visited.error());
    return rows;
}

Result<QList<std::pair<QString, qint64>>> HistoryStore::unrolledMinutes(qint64 nowMs,
                                                                        qint64 lookbackMs) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT DISTINCT a.endpoint, (a.ts_ms / 60000) * 60000 FROM attempts a WHERE a.ts_ms >= "
        "MAX(?, COALESCE((SELECT MAX(r.bucket_ms) FROM rollup_1m r WHERE r.endpoint = "
        "a.endpoint) - ?, 0))"));
    query.addBindValue(nowMs - lookbackMs);
    query.addBindValue(unrolledMarginMs);
    if (!query.exec())
        return Unexpected(sqlError(QStringLiteral("unrolled minutes"), query.lastError()));
    QList<std::pair<QString, qint64>> buckets;
    while (query.next())
        buckets.append({query.value(0).toString(), query.value(1).toLongLong()});
    return buckets;
}

Result<qint64> HistoryStore::pruneOnce(const HistoryRetention &retention, qint64 nowMs, int limit)
{
    const auto cutoff = [nowMs](std::chrono::hours keep) {
        return nowMs - std::chrono::duration_cast<Millis>(keep).count();
    };
    const std::pair<QString, qint64> targets[] = {
        {QStringLiteral("attempts WHERE ts_ms"), cutoff(retention.raw)},
        {QStringLiteral("breaker_events WHERE ts_ms"), cutoff(retention.raw)},
        {QStringLiteral("rollup_1m WHERE bucket_ms"), cutoff(retention.minute)},
        {QStringLiteral("rollup_1h WHERE bucket_ms"), cutoff(retention.hour)},
    };
    qint64 removed = 0;
    for (const auto &[selection, before] : targets) {
        const QString table = selection.section(QLatin1Char(' '), 0, 0);
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE rowid IN (SELECT rowid FROM %2 < ? "
                                     "LIMIT ?)")
                          .arg(table, selection));
        query.addBindValue(before);
        query.addBindValue(limit);
        if (!query.exec())
            return Unexpected(sqlError(QStringLiteral("prune %1").arg(table), query.lastError()));
        removed += std::max(0, query.numRowsAffected());
    }
    return removed;
}

void HistoryStore::optimize()
{
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("PRAGMA optimize"));
}

Result<QString> HistoryStore::integrityCheck() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return Unexpected(sqlError(QStringLiteral("integrity_check"), query.lastError()));
    QStringList lines;
    for (int i = 0; i < 100 && query.next(); ++i)
        lines.append(query.value(0).toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace bw
