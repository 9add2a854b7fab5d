// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "headerlistmodel.h"

#include "config/configloader.h"

namespace bw {

const QString HeaderListModel::maskText = QStringLiteral("••••••••");

HeaderListModel::HeaderListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void HeaderListModel::setHeaders(const HeaderList &headers)
{
    beginResetModel();
    m_headers = headers;
    endResetModel();
}

int HeaderListModel::addHeader(const QByteArray &name)
{
    const int row = int(m_headers.size());
    beginInsertRows({}, row, row);
    m_headers.append({name, QByteArray()});
    endInsertRows();
    emit edited();
    return row;
}

void HeaderListModel::removeHeader(int row)
{
    if (row < 0 || row >= m_headers.size())
        return;
    beginRemoveRows({}, row, row);
    m_headers.removeAt(row);
    endRemoveRows();
    emit edited();
}

bool HeaderListModel::isMasked(QByteArrayView name, QByteArrayView value)
{
    return isSecretHeader(name) || hasReference(value);
}

int HeaderListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

int HeaderListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HeaderListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &[name, value] = m_headers.at(index.row());
    const bool masked = isMasked(name, value);
    if (role == MaskedRole)
        return masked;
    if (index.column() == Name) {
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return QString::fromLatin1(name);
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return masked && !value.isEmpty() ? maskText : QString::fromUtf8(value);
    case Qt::EditRole:
        return masked ? QString() : QString::fromUtf8(value);
    case Qt::ToolTipRole:
        if (!masked)
            return {};
        if (hasReference(value))
            return tr("Taken from the environment or a file when the configuration is loaded; "
                      "hidden. Type a new value to replace it.");
        return tr("A secret: hidden. Type a new value to replace it.");
    default:
        return {};
    }
}

bool HeaderListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    auto &[name, current] = m_headers[index.row()];
    if (index.column() == Name) {
        const QByteArray next = value.toString().trimmed().toLatin1();
        if (next == name)
            return false;
        name = next;
    } else {
        const QByteArray next = value.toString().toUtf8();
        // An empty edit of a hidden value means "keep it": the editor never held it.
        if (next == current || (next.isEmpty() && isMasked(name, current)))
            return false;
        current = next;
    }
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit edited();
    return true;
}

Qt::ItemFlags HeaderListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant HeaderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Header");
    case Value: return tr("Value");
    default: return {};
    }
}

} // namespace bw
