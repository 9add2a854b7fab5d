// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkReply>
#include <QSslError>
#include <QString>

namespace bw {

/// A short English description of a network failure for logs and CSV. Built from the error
/// code, not from Qt's error string, because that string can quote the request URL and a URL
/// may carry credentials or tokens in its user-info or query.
QString describeNetworkError(QNetworkReply::NetworkError error);

/// Why a server certificate was refused, in a few English words for logs and CSV.
QString describeTlsError(QSslError::SslError error);

} // namespace bw
