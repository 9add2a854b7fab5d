// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/endpointconfig.h"

#include <QAbstractTableModel>

namespace bw {

/// The request headers of one endpoint, as configured (references unresolved), for editing.
///
/// Secret values are never shown: a value is masked when its header is a secret one
/// (isSecretHeader: Authorization, cookies, names with token/secret/password...) or when it
/// holds an ${env:} or ${file:} reference. A masked cell displays dots, edits start empty,
/// and committing an empty edit keeps the old value, so a secret can be replaced but not read.
class HeaderListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Value, ColumnCount };
    enum Role {
        MaskedRole = Qt::UserRole + 1, ///< bool: the value is hidden
    };

    static const QString maskText;

    explicit HeaderListModel(QObject *parent = nullptr);

    void setHeaders(const HeaderList &headers);
    const HeaderList &headers() const { return m_headers; }
    /// Adds a row with an empty value; returns its row.
    int addHeader(const QByteArray &name);
    void removeHeader(int row);
    static bool isMasked(QByteArrayView name, QByteArrayView value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    /// The user changed a name or value, added or removed a row.
    void edited();

private:
    HeaderList m_headers;
};

} // namespace bw
