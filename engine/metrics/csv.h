// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attemptrecord.h"

#include <QByteArray>
#include <QString>

namespace bw {

/// RFC 4180 field: quoted when it holds a comma, a quote, CR or LF (quotes doubled).
/// A field starting with =, +, - or @ is prefixed with a quote character so spreadsheets do
/// not run it as a formula (the usual CSV-injection guard); numbers are never passed here.
QByteArray csvField(const QString &text);

/// "2026-12-04T15:36:11.123Z": ISO 8601, UTC, milliseconds.
QString isoUtc(WallTime t);

/// The header row of the per-attempt CSV, CRLF-terminated. The first eleven columns are the
/// documented core; later versions only add columns at the end.
QByteArray attemptCsvHeader();
QByteArray attemptCsvRow(const AttemptRecord &record);
/// The same row, appended to `out`: for exports, which fill one buffer with many rows.
void appendAttemptCsvRow(QByteArray &out, const AttemptRecord &record);

} // namespace bw
