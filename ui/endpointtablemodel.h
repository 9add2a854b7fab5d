// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/endpointconfig.h"
#include "displaytext.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPixmap>
#include <QUrl>

namespace bw {

class MetricsStore;

/// The overview: one row per endpoint, in the order the store declares them.
///
/// Reads a MetricsStore it does not own, which must outlive the model. Values are taken
/// from the store in refresh() and cached per row, so that every view and the sort proxy
/// see one consistent snapshot between refreshes. All time windows ("last minute") end at
/// the store's newest update, not at the UI's clock, so a stalled engine freezes the
/// figures instead of draining them.
///
/// The Trend column holds no text: SparklineDelegate paints it from the store over the
/// window given by TrendFromRole and TrendToRole. That window is shared by all rows, so that
/// events line up across endpoints. It spans five minutes, or while the data is younger
/// only the data (but at least 30 seconds), so that a fresh start is not squeezed into the
/// right edge; the header names the span ("Last 5 min", "Since 12:00:03").
///
/// Oldest, Drain/s and Dead describe a deliver-mode endpoint's durable queue (Queue then
/// counts its pending deliveries); they are empty for poll endpoints.
class EndpointTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column {
        Endpoint,
        Health,
        State,
        Breaker,
        Trend,
        RequestsPerSecond,
        ErrorPercent,
        LastLatency,
        P50,
        P95,
        P99,
        RateLimited,
        Retries,
        QueueDepth,
        OldestDelivery, ///< deliver mode: age of the queue's head
        DrainRate,      ///< deliver mode: deliveries delivered per second
        DeadLetters,    ///< deliver mode: dead letters in the file
        LastError,
    };
    static constexpr int columnTotal = static_cast<int>(Column::LastError) + 1;

    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw numbers (or lower-case text) to sort by
        IdRole,                      ///< the endpoint id, on every column
        FilterRole,                  ///< name and id, for the filter box
        TrendFromRole,               ///< epoch ms where the trend window starts, every column
        TrendToRole,                 ///< epoch ms where it ends: the time of the snapshot
        GroupRole,                   ///< the endpoint's `group`, empty for none
    };

    /// The longest trend window, and the shortest.
    static constexpr qint64 trendRangeMs = 5 * 60'000;
    static constexpr qint64 trendMinimumMs = 30'000;

    explicit EndpointTableModel(const MetricsStore *store, QObject *parent = nullptr);

    /// Names and URLs for display; rows follow the store's order, so call this after
    /// MetricsStore::setEndpoints. Resets the model.
    void setEndpoints(const QList<EndpointConfig> &endpoints);
    /// Re-reads the store. Emits one dataChanged for the whole table, or resets when the
    /// store's endpoints differ from the rows shown.
    void refresh();

    QString endpointId(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString id;
        QString name;
        QString url;
        QString group;
        HealthVerdict health;
        int severity = 0; ///< health as a sortable rank, worst highest
        QString state;
        QString stateDetail;
        BreakerState breaker = BreakerState::Closed;
        double requestsPerSecond = 0;
        double errorPercent = -1;
        double lastLatencyMs = -1;
        double p50Ms = -1;
        double p95Ms = -1;
        double p99Ms = -1;
        int rateLimited = 0;
        int retries = 0;
        int trouble = 0; ///< 429s and errors in the trend window, to sort the trend by
        int queueDepth = 0;
        int inFlight = 0;
        // Deliver mode: queueDepth counts pending deliveries; these describe the queue.
        bool deliver = false;
        qint64 deadLetters = 0;
        double drainRate = 0;
        qint64 oldestDeliveryAgeMs = -1;
        QString lastError;
        qint64 lastErrorAtMs = 0;
    };

    void rebuildRows();
    void updateTrendWindow();
    qint64 trendFromMs() const { return m_trendToMs - m_trendSpanMs; }
    void fillRow(Row &row) const;
    QVariant display(const Row &row, Column column) const;
    QVariant sortKey(const Row &row, Column column) const;
    QVariant toolTip(const Row &row, Column column) const;
    QString healthToolTip(const Row &row) const;
    QString trendText(const Row &row) const;
    QString trendSpanText() const;
    QPixmap dot(const QColor &colour) const;

    const MetricsStore *m_store;
    QHash<QString, EndpointConfig> m_configs;
    QList<Row> m_rows;
    qint64 m_nowMs = 0;
    qint64 m_trendToMs = 0;
    qint64 m_trendSpanMs = trendRangeMs;
    mutable QHash<QRgb, QPixmap> m_dots;
};

} // namespace bw
