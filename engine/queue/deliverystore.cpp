// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliverystore.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QRandomGenerator>
#include <QUuid>
#include <QVariant>

namespace bw {

namespace {

constexpr int schemaVersion = 1;

QAtomicInteger<quint32> s_connectionCounter;

const char deliveryColumns[] = "seq, id, endpoint, method, target, headers, body, "
                               "idempotency_key, enqueued_ms, attempts, next_eligible_ms, "
                               "last_error, state, dead_reason, dead_ms, size_bytes";

QString sqlError(const QString &what, const QSqlError &error)
{
    return QStringLiteral("%1: %2").arg(what, error.text());
}

QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QByteArray notNullBytes(const QByteArray &bytes)
{
    // Qt binds a null QByteArray as SQL NULL; the body column is NOT NULL.
    return bytes.isNull() ? QByteArray("") : bytes;
}

QString headersToJson(const HeaderList &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonArray{QString::fromLatin1(name), QString::fromUtf8(value)});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

HeaderList headersFromJson(const QString &text)
{
    HeaderList headers;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &pair : array) {
        const QJsonArray p = pair.toArray();
        headers.append({p.at(0).toString().toLatin1(), p.at(1).toString().toUtf8()});
    }
    return headers;
}

qint64 sizeOf(const DeliveryRequest &request)
{
    qint64 size = request.body.size() + request.target.size();
    for (const auto &[name, value] : request.headers)
        size += name.size() + value.size();
    return size;
}

Delivery deliveryFromQuery(const QSqlQuery &q)
{
    Delivery d;
    d.seq = q.value(0).toLongLong();
    d.id = q.value(1).toString();
    d.endpointId = q.value(2).toString();
    d.request.method = q.value(3).toString().toLatin1();
    d.request.target = q.value(4).toString();
    d.request.headers = headersFromJson(q.value(5).toString());
    d.request.body = q.value(6).toByteArray();
    d.idempotencyKey = q.value(7).toString();
    d.request.idempotencyKey = d.idempotencyKey;
    d.enqueuedMs = q.value(8).toLongLong();
    d.attempts = q.value(9).toInt();
    d.nextEligibleMs = q.value(10).toLongLong();
    d.lastError = q.value(11).toString();
    d.dead = q.value(12).toInt() != 0;
    d.deadReason = q.value(13).toString();
    d.deadMs = q.value(14).toLongLong();
    d.sizeBytes = q.value(15).toLongLong();
    return d;
}

QStringList schemaStatements()
{
    // state: 0 pending, 1 dead letter. queue_counts is kept inside the very transaction that
    // changes a row, so the limits and the charted depth never drift: by triggers for
    // deletes and state changes, and by addCounts() for inserts, which come in batches and
    // would pay for a trigger once per row.
    return {
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS deliveries (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
            "id TEXT NOT NULL UNIQUE, endpoint TEXT NOT NULL, method TEXT NOT NULL, "
            "target TEXT NOT NULL, headers TEXT NOT NULL, body BLOB NOT NULL, "
            "idempotency_key TEXT NOT NULL, enqueued_ms INTEGER NOT NULL, "
            "attempts INTEGER NOT NULL DEFAULT 0, next_eligible_ms INTEGER NOT NULL, "
            "last_error TEXT NOT NULL DEFAULT '', state INTEGER NOT NULL DEFAULT 0, "
            "dead_reason TEXT NOT NULL DEFAULT '', dead_ms INTEGER NOT NULL DEFAULT 0, "
            "size_bytes INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS deliveries_queue "
                       "ON deliveries (endpoint, state, seq)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS queue_counts (endpoint TEXT PRIMARY KEY, "
                       "pending INTEGER NOT NULL DEFAULT 0, "
                       "pending_bytes INTEGER NOT NULL DEFAULT 0, "
                       "dead INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TRIGGER IF NOT EXISTS deliveries_counted_delete AFTER DELETE ON deliveries "
            "BEGIN "
            "UPDATE queue_counts SET pending = pending - (OLD.state = 0), "
            "pending_bytes = pending_bytes - (OLD.state = 0) * OLD.size_bytes, "
            "dead = dead - (OLD.state = 1) WHERE endpoint = OLD.endpoint; "
            "END"),
        QStringLiteral(
            "CREATE TRIGGER IF NOT EXISTS deliveries_counted_state AFTER UPDATE OF state "
            "ON deliveries WHEN OLD.state <> NEW.state "
            "BEGIN "
            "UPDATE queue_counts SET pending = pending - (OLD.state = 0) + (NEW.state = 0), "
            "pending_bytes = pending_bytes + ((NEW.state = 0) - (OLD.state = 0)) "
            "* NEW.size_bytes, "
            "dead = dead - (OLD.state = 1) + (NEW.state = 1) WHERE endpoint = NEW.endpoint; "
            "END"),
        QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion),
    };
}

/// Adds `count` pending deliveries of `bytes` to the endpoint's counters; inside the
/// caller's transaction.
bool addCounts(QSqlDatabase &db, const QString &endpointId, qint64 count, qint64 bytes,
               QString &error)
{
    QSqlQuery upsert(db);
    upsert.prepare(QStringLiteral("INSERT INTO queue_counts (endpoint, pending, pending_bytes) "
                                  "VALUES (?, ?, ?) ON CONFLICT (endpoint) DO UPDATE SET "
                                  "pending = pending + excluded.pending, "
                                  "pending_bytes = pending_bytes + excluded.pending_bytes"));
    upsert.addBindValue(endpointId);
    upsert.addBindValue(count);
    upsert.addBindValue(bytes);
    if (upsert.exec())
        return true;
    error = sqlError(QStringLiteral("counts"), upsert.lastError());
    return false;
}

/// A version 7 UUID (RFC 9562): 48 bits of Unix milliseconds, then random bits. Ids made
/// close in time sort close together, so a batch inserts into a few pages at the end of the
/// id index instead of into random ones all over it.
QString newDeliveryId(qint64 nowMs)
{
    QByteArray bytes(16, Qt::Uninitialized);
    const quint64 random1 = QRandomGenerator::global()->generate64();
    const quint64 random2 = QRandomGenerator::global()->generate64();
    for (int i = 0; i < 6; ++i)
        bytes[i] = char((quint64(nowMs) >> (8 * (5 - i))) & 0xff);
    for (int i = 6; i < 16; ++i)
        bytes[i] = char(((i < 8 ? random1 : random2) >> (8 * (i % 8))) & 0xff);
    bytes[6] = char((bytes[6] & 0x0f) | 0x70); // version 7
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

} // namespace

QString defaultQueuePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("queue.sqlite"));
}

DeliveryStore::DeliveryStore()
    : m_connection(QStringLiteral("breakwater-queue-%1").arg(++s_connectionCounter))
{
}

DeliveryStore::~DeliveryStore()
{
    close();
}

bool DeliveryStore::isOpen() const
{
    return m_db.isOpen();
}

Result<void> DeliveryStore::exec(const QString &sql) const
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return Unexpected(sqlError(sql.section(QLatin1Char(' '), 0, 2), query.lastError()));
    return {};
}

Result<void> DeliveryStore::begin()
{
    // IMMEDIATE takes the write lock now: the limit check and the insert see the same queue
    // even when another process enqueues at the same time.
    return exec(QStringLiteral("BEGIN IMMEDIATE"));
}

Result<void> DeliveryStore::commit()
{
    auto done = exec(QStringLiteral("COMMIT"));
    if (!done)
        rollback();
    return done;
}

void DeliveryStore::rollback()
{
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
}

Result<void> DeliveryStore::open(const QString &path)
{
    close();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Unexpected(QStringLiteral("%1: cannot create the folder").arg(info.absolutePath()));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    auto fail = [this, &path](const QString &error) {
        close();
        return Unexpected(QStringLiteral("%1: %2").arg(path, error));
    };
    if (!m_db.open())
        return fail(m_db.lastError().text());

    QSqlQuery version(m_db);
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next())
        return fail(version.lastError().text());
    const int found = version.value(0).toInt();
    version.finish();
    if (found > schemaVersion)
        return fail(QStringLiteral("written by a newer Breakwater (schema %1)").arg(found));
    if (found == 0) {
        QSqlQuery tables(m_db);
        if (tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && tables.next()
            && tables.value(0).toInt() > 0)
            return fail(QStringLiteral("not a Breakwater queue file"));
    }

    // WAL lets the app and `enqueue` work on the file at once; FULL makes each commit
    // durable before it is reported, which is what "accepted" promises.
    for (const QString &pragma : {QStringLiteral("PRAGMA journal_mode = WAL"),
                                  QStringLiteral("PRAGMA synchronous = FULL"),
                                  QStringLiteral("PRAGMA cache_size = -16384")}) {
        if (auto done = exec(pragma); !done)
            return fail(done.error());
    }
    if (found == schemaVersion) {
        m_path = path;
        return {};
    }
    if (auto started = begin(); !started)
        return fail(started.error());
    for (const QString &statement : schemaStatements()) {
        if (auto done = exec(statement); !done) {
            rollback();
            return fail(done.error());
        }
    }
    if (auto done = commit(); !done)
        return fail(done.error());
    m_path = path;
    return {};
}

void DeliveryStore::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_path.clear();
    m_dataVersion = -1;
}

Expected<QStringList, EnqueueError>
DeliveryStore::enqueue(const QString &endpointId, const QList<DeliveryRequest> &requests,
                       const QueueLimits &limits, qint64 nowMs)
{
    using Kind = EnqueueError::Kind;
    auto storage = [](const QString &text) {
        return unexpectedOf(EnqueueError{Kind::Storage, text});
    };
    if (requests.isEmpty())
        return QStringList();
    qint64 bytes = 0;
    for (const DeliveryRequest &request : requests)
        bytes += sizeOf(request);
    if (auto started = begin(); !started)
        return storage(started.error());

    QSqlQuery count(m_db);
    count.prepare(QStringLiteral("SELECT pending, pending_bytes FROM queue_counts "
                                 "WHERE endpoint = ?"));
    count.addBindValue(endpointId);
    if (!count.exec()) {
        const QString error = sqlError(QStringLiteral("count"), count.lastError());
        rollback();
        return storage(error);
    }
    const qint64 pending = count.next() ? count.value(0).toLongLong() : 0;
    const qint64 pendingBytes = count.isValid() ? count.value(1).toLongLong() : 0;
    count.finish();
    if (pending + requests.size() > limits.maxDeliveries
        || pendingBytes + bytes > limits.maxBytes) {
        rollback();
        return unexpectedOf(EnqueueError{
            Kind::QueueFull,
            QStringLiteral("the queue of %1 is full: %2 deliveries (%3 bytes) pending, %4 more "
                           "(%5 bytes) would pass the limit of %6 deliveries or %7 bytes")
                .arg(endpointId)
                .arg(pending)
                .arg(pendingBytes)
                .arg(requests.size())
                .arg(bytes)
                .arg(limits.maxDeliveries)
                .arg(limits.maxBytes)});
    }

    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO deliveries (id, endpoint, method, target, headers, "
                                  "body, idempotency_key, enqueued_ms, next_eligible_ms, "
                                  "size_bytes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QStringList ids;
    ids.reserve(requests.size());
    for (const DeliveryRequest &request : requests) {
        const QString id = newDeliveryId(nowMs);
        insert.addBindValue(id);
        insert.addBindValue(endpointId);
        insert.addBindValue(QString::fromLatin1(request.method));
        insert.addBindValue(notNull(request.target));
        insert.addBindValue(headersToJson(request.headers));
        insert.addBindValue(notNullBytes(request.body));
        insert.addBindValue(request.idempotencyKey.isEmpty() ? id : request.idempotencyKey);
        insert.addBindValue(nowMs);
        insert.addBindValue(nowMs);
        insert.addBindValue(sizeOf(request));
        if (!insert.exec()) {
            const QString error = sqlError(QStringLiteral("insert"), insert.lastError());
            rollback();
            return storage(error);
        }
        ids.append(id);
    }
    if (QString error; !addCounts(m_db, endpointId, requests.size(), bytes, error)) {
        rollback();
        return storage(error);
    }
    if (auto done = commit(); !done)
        return storage(done.error());
    return ids;
}

Result<QList<Delivery>> DeliveryStore::pending(const QString &endpointId, qint64 afterSeq,
                                               int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM deliveries WHERE endpoint = ? AND state = 0 "
                             "AND seq > ? ORDER BY seq LIMIT ?")
                  .arg(QLatin1String(deliveryColumns)));
    q.addBindValue(endpointId);
    q.addBindValue(afterSeq);
    q.addBindValue(limit);
    if (!q.exec())
        return Unexpected(sqlError(QStringLiteral("pending"), q.lastError()));
    QList<Delivery> deliveries;
    while (q.next())
        deliveries.append(deliveryFromQuery(q));
    return deliveries;
}

Result<void> DeliveryStore::apply(const QList<DeliveryUpdate> &updates)
{
    if (updates.isEmpty())
        return {};
    if (auto started = begin(); !started)
        return started;
    QSqlQuery remove(m_db);
    remove.prepare(QStringLiteral("DELETE FROM deliveries WHERE id = ? AND state = 0"));
    QSqlQuery retry(m_db);
    retry.prepare(QStringLiteral("UPDATE deliveries SET attempts = ?, next_eligible_ms = ?, "
                                 "last_error = ? WHERE id = ? AND state = 0"));
    QSqlQuery dead(m_db);
    dead.prepare(QStringLiteral("UPDATE deliveries SET attempts = ?, last_error = ?, state = 1, "
                                "dead_reason = ?, dead_ms = ? WHERE id = ? AND state = 0"));
    for (const DeliveryUpdate &u : updates) {
        QSqlQuery *query = nullptr;
        switch (u.kind) {
        case DeliveryUpdate::Kind::Delivered:
            remove.addBindValue(u.id);
            query = &remove;
            break;
        case DeliveryUpdate::Kind::RetryLater:
            retry.addBindValue(u.attempts);
            retry.addBindValue(u.nextEligibleMs);
            retry.addBindValue(notNull(u.error));
            retry.addBindValue(u.id);
            query = &retry;
            break;
        case DeliveryUpdate::Kind::DeadLetter:
            dead.addBindValue(u.attempts);
            dead.addBindValue(notNull(u.error));
            dead.addBindValue(notNull(u.error));
            dead.addBindValue(u.atMs);
            dead.addBindValue(u.id);
            query = &dead;
            break;
        }
        if (!query->exec()) {
            const QString error = sqlError(QStringLiteral("update"), query->lastError());
            rollback();
            return Unexpected(error);
        }
    }
    return commit();
}

Result<QueueCounts> DeliveryStore::counts(const QString &endpointId) const
{
    QueueCounts counts;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT pending, pending_bytes, dead FROM queue_counts "
                             "WHERE endpoint = ?"));
    q.addBindValue(endpointId);
    if (!q.exec())
        return Unexpected(sqlError(QStringLiteral("counts"), q.lastError()));
    if (q.next()) {
        counts.pending = q.value(0).toLongLong();
        counts.pendingBytes = q.value(1).toLongLong();
        counts.deadLetters = q.value(2).toLongLong();
    }
    q.finish();
    QSqlQuery head(m_db);
    head.prepare(QStringLiteral("SELECT enqueued_ms FROM deliveries WHERE endpoint = ? "
                                "AND state = 0 ORDER BY seq LIMIT 1"));
    head.addBindValue(endpointId);
    if (!head.exec())
        return Unexpected(sqlError(QStringLiteral("head"), head.lastError()));
    if (head.next())
        counts.headEnqueuedMs = head.value(0).toLongLong();
    return counts;
}

Result<QList<Delivery>> DeliveryStore::deadLetters(const QString &endpointId, int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM deliveries WHERE state = 1 %2 ORDER BY seq LIMIT ?")
                  .arg(QLatin1String(deliveryColumns),
                       endpointId.isEmpty() ? QString()
                                            : QStringLiteral("AND endpoint = ?")));
    if (!endpointId.isEmpty())
        q.addBindValue(endpointId);
    q.addBindValue(limit);
    if (!q.exec())
        return Unexpected(sqlError(QStringLiteral("dead letters"), q.lastError()));
    QList<Delivery> deliveries;
    while (q.next())
        deliveries.append(deliveryFromQuery(q));
    return deliveries;
}

Result<qint64> DeliveryStore::requeue(const QString &endpointId, const QStringList &ids,
                                      qint64 nowMs)
{
    if (auto started = begin(); !started)
        return Unexpected(started.error());
    auto fail = [this](const QSqlQuery &query) {
        const QString error = sqlError(QStringLiteral("requeue"), query.lastError());
        rollback();
        return Unexpected(error);
    };
    // A row moves to the tail by being inserted anew (AUTOINCREMENT gives it the next seq),
    // which keeps seq growing: a worker only looks past the last seq it loaded.
    QSqlQuery select(m_db);
    select.setForwardOnly(true);
    select.prepare(QStringLiteral("SELECT %1 FROM deliveries WHERE state = 1 AND endpoint = ? "
                                  "ORDER BY seq")
                       .arg(QLatin1String(deliveryColumns)));
    select.addBindValue(endpointId);
    if (!select.exec())
        return fail(select);
    QList<Delivery> rows;
    while (select.next()) {
        Delivery d = deliveryFromQuery(select);
        if (ids.isEmpty() || ids.contains(d.id))
            rows.append(std::move(d));
    }
    select.finish();
    QSqlQuery remove(m_db);
    remove.prepare(QStringLiteral("DELETE FROM deliveries WHERE id = ?"));
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO deliveries (id, endpoint, method, target, headers, "
                                  "body, idempotency_key, enqueued_ms, next_eligible_ms, "
                                  "last_error, size_bytes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                  "?)"));
    for (const Delivery &d : std::as_const(rows)) {
        remove.addBindValue(d.id);
        if (!remove.exec())
            return fail(remove);
        insert.addBindValue(d.id);
        insert.addBindValue(d.endpointId);
        insert.addBindValue(QString::fromLatin1(d.request.method));
        insert.addBindValue(notNull(d.request.target));
        insert.addBindValue(headersToJson(d.request.headers));
        insert.addBindValue(notNullBytes(d.request.body));
        insert.addBindValue(d.idempotencyKey);
        insert.addBindValue(d.enqueuedMs);
        insert.addBindValue(nowMs);
        insert.addBindValue(QStringLiteral("requeued after: %1").arg(d.deadReason));
        insert.addBindValue(d.sizeBytes);
        if (!insert.exec())
            return fail(insert);
        if (QString error; !addCounts(m_db, d.endpointId, 1, d.sizeBytes, error)) {
            rollback();
            return Unexpected(error);
        }
    }
    if (auto done = commit(); !done)
        return Unexpected(done.error());
    return qint64(rows.size());
}

Result<qint64> DeliveryStore::purge(const QString &endpointId, const QStringList &ids)
{
    if (auto started = begin(); !started)
        return Unexpected(started.error());
    QSqlQuery remove(m_db);
    qint64 removed = 0;
    if (ids.isEmpty()) {
        remove.prepare(QStringLiteral("DELETE FROM deliveries WHERE state = 1 AND endpoint = ?"));
        remove.addBindValue(endpointId);
        if (!remove.exec()) {
            const QString error = sqlError(QStringLiteral("purge"), remove.lastError());
            rollback();
            return Unexpected(error);
        }
        removed = remove.numRowsAffected();
    } else {
        remove.prepare(QStringLiteral("DELETE FROM deliveries WHERE state = 1 AND endpoint = ? "
                                      "AND id = ?"));
        for (const QString &id : ids) {
            remove.addBindValue(endpointId);
            remove.addBindValue(id);
            if (!remove.exec()) {
                const QString error = sqlError(QStringLiteral("purge"), remove.lastError());
                rollback();
                return Unexpected(error);
            }
            removed += remove.numRowsAffected();
        }
    }
    if (auto done = commit(); !done)
        return Unexpected(done.error());
    return removed;
}

bool DeliveryStore::externalChanges()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return true;
    const qint64 version = q.value(0).toLongLong();
    const bool changed = version != m_dataVersion;
    m_dataVersion = version;
    return changed;
}

Result<QString> DeliveryStore::integrityCheck() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return Unexpected(sqlError(QStringLiteral("integrity_check"), q.lastError()));
    QStringList lines;
    while (q.next())
        lines.append(q.value(0).toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace bw
