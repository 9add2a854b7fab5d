// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpointgroupmodel.h"

#include "endpointtablemodel.h"

#include <QFont>
#include <QHash>
#include <QLocale>
#include <QSortFilterProxyModel>

#include <algorithm>
#include <utility>

namespace bw {

namespace {

using Column = EndpointTableModel::Column;
constexpr int columnTotal = EndpointTableModel::columnTotal;
// Health severities from EndpointTableModel: degraded and worse need someone's attention.
constexpr int troubleSeverity = 4;

// A group row's internal id is 0; a child's is its group's row + 1.
constexpr quintptr groupId = 0;

enum class Summary { Sum, Max, None };

Summary summaryOf(Column column)
{
    switch (column) {
    case Column::RequestsPerSecond:
    case Column::RateLimited:
    case Column::Retries:
    case Column::QueueDepth:
    case Column::DrainRate:
    case Column::DeadLetters:
    case Column::Trend:
        return Summary::Sum;
    case Column::ErrorPercent:
    case Column::LastLatency:
    case Column::P50:
    case Column::P95:
    case Column::P99:
    case Column::OldestDelivery:
    case Column::LastError:
        return Summary::Max;
    case Column::Endpoint:
    case Column::Health:
    case Column::State:
    case Column::Breaker:
        return Summary::None;
    }
    return Summary::None;
}

bool isWhole(Column column)
{
    return column != Column::RequestsPerSecond && column != Column::DrainRate;
}

} // namespace

EndpointGroupModel::EndpointGroupModel(QSortFilterProxyModel *source, QObject *parent)
    : QAbstractItemModel(parent)
    , m_source(source)
{
    // Rows coming and going (the filter, new endpoints) rebuild the tree; the view keeps
    // which groups are collapsed by name. A re-sort keeps every index through a layout change.
    const auto reset = [this] {
        if (!m_active)
            return;
        beginResetModel();
        m_groups.clear();
        m_positions.clear();
    };
    const auto rebuilt = [this] {
        if (!m_active)
            return;
        m_groups = groupedRows();
        order(m_groups);
        indexRows();
        endResetModel();
    };
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, reset);
    connect(source, &QAbstractItemModel::modelReset, this, rebuilt);
    connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this, reset);
    connect(source, &QAbstractItemModel::rowsInserted, this, rebuilt);
    connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this, reset);
    connect(source, &QAbstractItemModel::rowsRemoved, this, rebuilt);
    connect(source, &QAbstractItemModel::rowsAboutToBeMoved, this, reset);
    connect(source, &QAbstractItemModel::rowsMoved, this, rebuilt);
    connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] {
        if (!m_active)
            return;
        emit layoutAboutToBeChanged();
        m_layoutIndexes = persistentIndexList();
        m_layoutAnchors.clear();
        for (const QModelIndex &index : std::as_const(m_layoutIndexes))
            m_layoutAnchors.append({groupName(index), QPersistentModelIndex(mapToSource(index))});
    });
    connect(source, &QAbstractItemModel::layoutChanged, this, [this] {
        if (!m_active)
            return;
        m_groups = groupedRows();
        order(m_groups);
        indexRows();
        QModelIndexList to;
        to.reserve(m_layoutIndexes.size());
        for (qsizetype i = 0; i < m_layoutIndexes.size(); ++i) {
            const auto &[name, proxy] = m_layoutAnchors.at(i);
            const int column = m_layoutIndexes.at(i).column();
            const QModelIndex moved = proxy.isValid()
                                          ? mapFromSource(proxy.sibling(proxy.row(), 0))
                                          : groupIndex(name);
            to.append(moved.isValid() ? moved.siblingAtColumn(column) : QModelIndex());
        }
        changePersistentIndexList(m_layoutIndexes, to);
        m_layoutIndexes.clear();
        m_layoutAnchors.clear();
        // The proxy re-sorts on a data change by a layout change followed by the dataChanged
        // of the same rows: the groups were just summed up, once is enough.
        m_summariesFresh = true;
        emit layoutChanged();
    });
    connect(source, &QAbstractItemModel::dataChanged, this,
            &EndpointGroupModel::onSourceDataChanged);
    connect(source, &QAbstractItemModel::headerDataChanged, this,
            &QAbstractItemModel::headerDataChanged);
}

void EndpointGroupModel::setActive(bool active)
{
    if (active == m_active)
        return;
    beginResetModel();
    m_active = active;
    m_groups.clear();
    m_positions.clear();
    if (active) {
        m_groups = groupedRows();
        order(m_groups);
        indexRows();
    }
    endResetModel();
}

QList<EndpointGroupModel::Group> EndpointGroupModel::groupedRows() const
{
    QList<Group> groups;
    QHash<QString, qsizetype> byName;
    const int rows = m_source->rowCount();
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_source->index(row, 0);
        const QString name = index.data(EndpointTableModel::GroupRole).toString();
        const int configRow = m_source->mapToSource(index).row();
        auto it = byName.constFind(name);
        if (it == byName.cend()) {
            it = byName.insert(name, groups.size());
            groups.append(Group{name, {}, configRow, {}});
        }
        Group &group = groups[*it];
        group.rows.append(row);
        group.firstConfigRow = std::min(group.firstConfigRow, configRow);
    }
    for (Group &group : groups)
        summarise(group);
    return groups;
}

void EndpointGroupModel::summarise(Group &group) const
{
    const QLocale locale;
    group.cells = QList<Cell>(columnTotal);
    const auto value = [this](int row, Column column, int role) {
        return m_source->index(row, int(column)).data(role);
    };
    const auto nameOf = [&](int row) {
        return value(row, Column::Endpoint, Qt::DisplayRole).toString();
    };

    for (int c = 0; c < columnTotal; ++c) {
        const auto column = Column(c);
        Cell &cell = group.cells[c];
        const Summary summary = summaryOf(column);
        if (summary == Summary::None)
            continue;
        double total = 0;
        double best = 0;
        bool any = false;
        for (const int row : std::as_const(group.rows)) {
            const double v = value(row, column, EndpointTableModel::SortRole).toDouble();
            // -1 and below mean "nothing to show" (no attempt, not a delivery queue).
            if (v < 0)
                continue;
            total += v;
            if (!any || v > best) {
                best = v;
                cell.from = row;
            }
            any = true;
        }
        if (summary == Summary::Sum) {
            cell.sortKey = any ? total : -1.0;
            if (column == Column::Trend || !any)
                continue;
            cell.display = isWhole(column) ? locale.toString(qint64(total))
                                           : locale.toString(total, 'f', 1);
            cell.toolTip = tr("Sum over the group's %n endpoint(s)", nullptr,
                              int(group.rows.size()));
            cell.from = -1;
            continue;
        }
        cell.sortKey = any ? best : -1.0;
        if (cell.from < 0) {
            // Every endpoint shows the same "nothing"; borrow the first one's text for it.
            cell.display = value(group.rows.first(), column, Qt::DisplayRole);
            continue;
        }
        const QString display = value(cell.from, column, Qt::DisplayRole).toString();
        if (column == Column::LastError) {
            if (best <= 0) {
                cell.display = QString();
                cell.from = -1;
                continue;
            }
            cell.display = tr("%1: %2").arg(nameOf(cell.from), display);
            cell.toolTip = tr("The most recent error in the group, from %1:\n%2")
                               .arg(nameOf(cell.from),
                                    value(cell.from, column, Qt::ToolTipRole).toString());
            continue;
        }
        cell.display = display;
        cell.toolTip = tr("Highest in the group: %1").arg(nameOf(cell.from));
    }

    // Endpoint: the group's name and size.
    Cell &title = group.cells[int(Column::Endpoint)];
    const QString shown = group.name.isEmpty() ? tr("Ungrouped") : group.name;
    title.display = tr("%1 (%2)").arg(shown).arg(group.rows.size());
    title.sortKey = group.name.toLower();
    title.toolTip = group.name.isEmpty()
                        ? tr("%n endpoint(s) without a group", nullptr, int(group.rows.size()))
                        : tr("%n endpoint(s) of group %1", nullptr, int(group.rows.size()))
                              .arg(group.name);

    // Health: the worst endpoint's, named; State: how many need attention.
    Cell &health = group.cells[int(Column::Health)];
    int worst = -1;
    int trouble = 0;
    int open = 0;
    int halfOpen = 0;
    int worstBreaker = -1;
    Cell &breaker = group.cells[int(Column::Breaker)];
    for (const int row : std::as_const(group.rows)) {
        const int severity = value(row, Column::Health, EndpointTableModel::SortRole).toInt();
        if (severity > worst) {
            worst = severity;
            health.from = row;
        }
        if (severity >= troubleSeverity)
            ++trouble;
        const int state = value(row, Column::Breaker, EndpointTableModel::SortRole).toInt();
        open += state == 2 ? 1 : 0;
        halfOpen += state == 1 ? 1 : 0;
        if (state > worstBreaker) {
            worstBreaker = state;
            breaker.from = row;
        }
    }
    health.display = value(health.from, Column::Health, Qt::DisplayRole);
    health.sortKey = worst;
    health.toolTip = tr("The worst in the group, %1:\n%2")
                         .arg(nameOf(health.from),
                              value(health.from, Column::Health, Qt::ToolTipRole).toString());

    Cell &state = group.cells[int(Column::State)];
    state.display = trouble == 0 ? tr("No trouble") : tr("%n in trouble", nullptr, trouble);
    state.sortKey = trouble;
    state.toolTip = tr("Endpoints of the group whose health is degraded, failing or whose "
                       "breaker is open: %1 of %2.")
                        .arg(trouble)
                        .arg(group.rows.size());

    // The worst state only, so that it fits the column; the tooltip counts each.
    breaker.display = open > 0       ? tr("%1 open").arg(open)
                      : halfOpen > 0 ? tr("%1 half-open").arg(halfOpen)
                                     : tr("All closed");
    breaker.sortKey = worstBreaker * 100'000 + open * 100 + halfOpen;
    breaker.toolTip = tr("Breakers of the group: %1 open, %2 half-open, %3 closed.")
                          .arg(open)
                          .arg(halfOpen)
                          .arg(group.rows.size() - open - halfOpen);
}

void EndpointGroupModel::order(QList<Group> &groups) const
{
    const int column = m_source->sortColumn();
    const bool descending = m_source->sortOrder() == Qt::DescendingOrder;
    const auto before = [&](const Group &a, const Group &b) {
        // Endpoints without a group come last, whatever the order.
        if (a.name.isEmpty() != b.name.isEmpty())
            return b.name.isEmpty();
        if (column >= 0 && column < columnTotal) {
            const QVariant &x = a.cells.at(column).sortKey;
            const QVariant &y = b.cells.at(column).sortKey;
            const QPartialOrdering cmp = QVariant::compare(x, y);
            if (cmp == QPartialOrdering::Less)
                return !descending;
            if (cmp == QPartialOrdering::Greater)
                return descending;
            return a.name < b.name;
        }
        return a.firstConfigRow < b.firstConfigRow;
    };
    std::stable_sort(groups.begin(), groups.end(), before);
}

void EndpointGroupModel::indexRows()
{
    m_positions = QList<std::pair<int, int>>(m_source->rowCount(), {-1, -1});
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        const QList<int> &rows = m_groups.at(g).rows;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows.at(i) < m_positions.size())
                m_positions[rows.at(i)] = {int(g), int(i)};
        }
    }
}

void EndpointGroupModel::onSourceDataChanged()
{
    if (!m_active || m_groups.isEmpty())
        return;
    QList<Group> groups = m_groups;
    if (!std::exchange(m_summariesFresh, false)) {
        for (Group &group : groups)
            summarise(group);
    }
    QList<Group> ordered = groups;
    order(ordered);
    bool sameOrder = true;
    for (qsizetype i = 0; sameOrder && i < ordered.size(); ++i)
        sameOrder = ordered.at(i).name == groups.at(i).name;
    if (!sameOrder) {
        // A group's figure in the sort column overtook another's.
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList from = persistentIndexList();
        QList<std::pair<QString, QPersistentModelIndex>> anchors;
        for (const QModelIndex &index : from)
            anchors.append({groupName(index), QPersistentModelIndex(mapToSource(index))});
        m_groups = ordered;
        indexRows();
        QModelIndexList to;
        for (qsizetype i = 0; i < from.size(); ++i) {
            const auto &[name, proxy] = anchors.at(i);
            const QModelIndex moved = proxy.isValid()
                                          ? mapFromSource(proxy.sibling(proxy.row(), 0))
                                          : groupIndex(name);
            to.append(moved.isValid() ? moved.siblingAtColumn(from.at(i).column())
                                      : QModelIndex());
        }
        changePersistentIndexList(from, to);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    } else {
        m_groups = groups;
    }
    // One signal for the group rows and one per group for its endpoints.
    emit dataChanged(index(0, 0), index(int(m_groups.size()) - 1, columnTotal - 1));
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        const QModelIndex parent = index(int(g), 0);
        const int children = int(m_groups.at(g).rows.size());
        emit dataChanged(index(0, 0, parent), index(children - 1, columnTotal - 1, parent));
    }
}

QModelIndex EndpointGroupModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_source
        || sourceIndex.row() >= m_positions.size())
        return {};
    const auto [group, child] = m_positions.at(sourceIndex.row());
    if (group < 0)
        return {};
    return createIndex(child, sourceIndex.column(), quintptr(group) + 1);
}

QModelIndex EndpointGroupModel::mapToSource(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == groupId)
        return {};
    const auto group = qsizetype(index.internalId() - 1);
    if (group >= m_groups.size() || index.row() >= m_groups.at(group).rows.size())
        return {};
    return m_source->index(m_groups.at(group).rows.at(index.row()), index.column());
}

bool EndpointGroupModel::isGroup(const QModelIndex &index) const
{
    return index.isValid() && index.internalId() == groupId;
}

QModelIndex EndpointGroupModel::groupIndex(const QString &group) const
{
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        if (m_groups.at(g).name == group)
            return index(int(g), 0);
    }
    return {};
}

QString EndpointGroupModel::groupName(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const qsizetype group
        = index.internalId() == groupId ? index.row() : qsizetype(index.internalId() - 1);
    return group < m_groups.size() ? m_groups.at(group).name : QString();
}

QModelIndex EndpointGroupModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= columnTotal)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, groupId) : QModelIndex();
    if (parent.internalId() != groupId || parent.row() >= m_groups.size()
        || row >= m_groups.at(parent.row()).rows.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex EndpointGroupModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == groupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, groupId);
}

int EndpointGroupModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != groupId
        || parent.row() >= m_groups.size())
        return 0;
    return int(m_groups.at(parent.row()).rows.size());
}

int EndpointGroupModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent);
    return columnTotal;
}

QVariant EndpointGroupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() != groupId)
        return mapToSource(index).data(role);
    return groupData(m_groups.at(index.row()), index.column(), role);
}

QVariant EndpointGroupModel::groupData(const Group &group, int column, int role) const
{
    const Cell &cell = group.cells.at(column);
    const auto borrowed = [&] {
        return cell.from >= 0 ? m_source->index(cell.from, column).data(role) : QVariant();
    };
    switch (role) {
    case Qt::DisplayRole:
        return cell.display;
    case EndpointTableModel::SortRole:
        return cell.sortKey;
    case Qt::ToolTipRole:
        return cell.toolTip;
    case EndpointTableModel::GroupRole:
        return group.name;
    case EndpointTableModel::IdRole:
        return QString();
    case EndpointTableModel::TrendFromRole:
    case EndpointTableModel::TrendToRole:
        return m_source->index(group.rows.first(), column).data(role);
    case Qt::TextAlignmentRole:
        return m_source->headerData(column, Qt::Horizontal, role);
    case Qt::DecorationRole:
    case Qt::ForegroundRole:
        return borrowed();
    case Qt::FontRole:
        if (column == int(Column::Endpoint)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return borrowed();
    default:
        return {};
    }
}

QVariant EndpointGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_source->headerData(section, orientation, role);
}

Qt::ItemFlags EndpointGroupModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == groupId)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void EndpointGroupModel::sort(int column, Qt::SortOrder order)
{
    m_source->sort(column, order);
    // The proxy emits no layout change when its rows keep their order; the groups may still
    // need to follow the new column.
    onSourceDataChanged();
}

} // namespace bw
