// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkReply>
#include <QString>

namespace bw {

/// A short English description of a network failure for logs and CSV. Built from the error
/// code, not from Qt's error string, because that string can quote the request URL and a URL
/// may carry credentials or tokens in its user-info or query.
QString describeNetworkError(QNetworkReply::NetworkError error);

} // namespace bw
