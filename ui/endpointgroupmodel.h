// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QPersistentModelIndex>
#include <QVariant>

class QSortFilterProxyModel;

namespace bw {

/// The overview grouped by the endpoints' `group` key, for a tree view: one top-level row per
/// group with the group's figures, the group's endpoints as its children.
///
/// It sits on the overview's sort and filter proxy (an EndpointTableModel under a
/// QSortFilterProxyModel), so children keep the proxy's order and filter: sorting the tree
/// sorts the proxy, and a group whose endpoints are all filtered out is not shown. Groups
/// follow the sort column too, by their own figure in it (the group's name for the
/// Endpoint column); without a sort column they keep the order in which their first endpoint
/// appears in the configuration. Endpoints without a group come last, under "Ungrouped".
///
/// A group row sums what adds up (requests/s, 429s, retries, queue, drain rate, dead
/// letters), shows the worst for the rest (health, breaker, error share, latencies, oldest
/// delivery) and the most recent last error, each with the endpoint it comes from in the
/// tooltip. Child rows forward every role to the proxy. A group row's IdRole is empty; its
/// EndpointTableModel::GroupRole is the group's name. It is empty until setActive(true).
class EndpointGroupModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit EndpointGroupModel(QSortFilterProxyModel *source, QObject *parent = nullptr);

    QSortFilterProxyModel *sourceModel() const { return m_source; }
    /// Whether the model follows the proxy. Inactive (the default) it has no rows and costs
    /// nothing per refresh, for while the overview is shown flat; activating it resets it.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    /// The child row showing the proxy's `sourceIndex`; invalid when none does.
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const;
    /// The proxy index behind a child row; invalid for a group row.
    QModelIndex mapToSource(const QModelIndex &index) const;
    bool isGroup(const QModelIndex &index) const;
    /// The top-level row of a group, by name (empty for the endpoints without one).
    QModelIndex groupIndex(const QString &group) const;
    /// The group's name for a group row or a child row.
    QString groupName(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Sorts the proxy underneath, and so the groups and the endpoints in them.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    struct Cell
    {
        QVariant display;
        QVariant sortKey;
        QVariant toolTip;
        int from = -1; ///< the proxy row whose role values the cell borrows, or -1
    };
    struct Group
    {
        QString name;
        QList<int> rows;    ///< proxy rows, in the proxy's order
        int firstConfigRow; ///< the lowest source-model row, for the unsorted order
        QList<Cell> cells;  ///< one per column
    };

    QList<Group> groupedRows() const;
    void summarise(Group &group) const;
    void order(QList<Group> &groups) const;
    void indexRows();
    void onSourceDataChanged();
    void relayout();
    QVariant groupData(const Group &group, int column, int role) const;

    QSortFilterProxyModel *m_source;
    bool m_active = false;
    bool m_summariesFresh = false; ///< set by a layout change, spent by the next data change
    QList<Group> m_groups;
    /// Proxy row -> (group row, child row).
    QList<std::pair<int, int>> m_positions;
    // Persistent indexes across a layout change: the group's name, or the proxy index.
    QModelIndexList m_layoutIndexes;
    QList<std::pair<QString, QPersistentModelIndex>> m_layoutAnchors;
};

} // namespace bw
