// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace bw {

class MetricsStore;

/// Paints the overview's trend column: for one endpoint over the window the model reports
/// (EndpointTableModel::TrendFromRole and TrendToRole), from top to bottom a row of 429
/// ticks, the peak attempt latency as a line, a row of error ticks, and the breaker state as
/// a band (closed green, half-open amber, open red).
///
/// It reads the MetricsStore directly instead of asking the model for a list of values, so
/// that a table of many rows costs nothing until a row is painted; the window end comes from
/// the model, so the sparkline shows the same instant as the figures beside it. One paint
/// walks the buckets and breaker transitions inside the window once and keeps per-pixel
/// sums in a fixed array of at most maxWidth entries: nothing is allocated while painting.
/// The store must outlive the delegate.
class SparklineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    /// The widest the sparkline is drawn, in pixels; a wider column leaves the rest empty.
    static constexpr int maxWidth = 150;

    explicit SparklineDelegate(const MetricsStore *store, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    const MetricsStore *m_store;
};

} // namespace bw
