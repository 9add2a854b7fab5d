// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

namespace bw {

/// `breakwater export ...`: writes one range of the SQLite history as CSV and prints the row
/// count on stdout. argv[1] is "export". Creates its own QCoreApplication, so call it before
/// any other application object exists. Returns 0; 2 with a message on stderr when the
/// arguments are wrong or name a missing history; 1 when reading or writing fails.
int runExportCommand(int argc, char **argv);

/// An ISO 8601 instant as epoch milliseconds: a date ("2026-12-04", midnight UTC) or a date
/// and time with or without milliseconds; without "Z" or an offset it is read as UTC.
Result<qint64> parseIsoInstant(const QString &text);

} // namespace bw
