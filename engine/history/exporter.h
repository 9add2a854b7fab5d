// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/historystore.h"
#include "result.h"

#include <QByteArray>

#include <functional>

class QIODevice;

namespace bw {

enum class ExportLevel { Raw, Minute, Hour };

/// The header row of the rollup CSV (CRLF-terminated). Raw exports use attemptCsvHeader().
QByteArray rollupCsvHeader();
/// One rollup row: bucket start as ISO 8601 UTC with milliseconds, latencies in ms with three
/// decimals and empty when the bucket had no sent attempt.
QByteArray rollupCsvRow(const Rollup &rollup);

/// Optional hooks for long exports, called on the exporting thread.
struct ExportHooks
{
    /// Called every few thousand rows and after each time slice with the fraction of the
    /// range done (0..1) and the rows written so far. Returning false cancels the export:
    /// the reading stops within one slice of the range and exportHistoryCsv returns an error
    /// reading exportCancelledText().
    std::function<bool(double fraction, qint64 rows)> progress;
};

/// The error text of a cancelled export.
QString exportCancelledText();

/// Writes the header and every row of `level` in `range` to `out` as RFC 4180 CSV; raw rows
/// use the same columns as the live per-attempt CSV. Returns the number of data rows.
///
/// The range is read in consecutive time slices (at most 64, each at least a minute), so that
/// a cancel takes effect without reading the rest; the rows and their order are the same as
/// in one query, since both levels are ordered by time first.
Result<qint64> exportHistoryCsv(const HistoryStore &store, ExportLevel level,
                                const HistoryRange &range, QIODevice &out,
                                const ExportHooks &hooks = {});

} // namespace bw
