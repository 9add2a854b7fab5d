// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/historystore.h"
#include "result.h"

#include <QByteArray>

class QIODevice;

namespace bw {

enum class ExportLevel { Raw, Minute, Hour };

/// The header row of the rollup CSV (CRLF-terminated). Raw exports use attemptCsvHeader().
QByteArray rollupCsvHeader();
/// One rollup row: bucket start as ISO 8601 UTC with milliseconds, latencies in ms with three
/// decimals and empty when the bucket had no sent attempt.
QByteArray rollupCsvRow(const Rollup &rollup);

/// Writes the header and every row of `level` in `range` to `out` as RFC 4180 CSV; raw rows
/// use the same columns as the live per-attempt CSV. Returns the number of data rows.
Result<qint64> exportHistoryCsv(const HistoryStore &store, ExportLevel level,
                                const HistoryRange &range, QIODevice &out);

} // namespace bw
