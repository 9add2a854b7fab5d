// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <expected>

namespace bw {

/// Fallible engine functions return a value or an English message meant for logs and for
/// the command line. The UI turns codes into translated sentences where it needs to.
template<typename T>
using Result = std::expected<T, QString>;

using Unexpected = std::unexpected<QString>;

} // namespace bw
