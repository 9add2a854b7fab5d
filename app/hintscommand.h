// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/serverhints.h"

#include <QByteArray>

namespace bw {

/// `breakwater hints ...`: reads one response described on the command line with
/// readServerHints and prints the result as one JSON object on stdout. argv[1] is "hints".
/// Creates its own QCoreApplication, so call it before any other application object exists.
/// Returns 0, or 2 with a message on stderr when the arguments are wrong.
int runHintsCommand(int argc, char **argv);

/// The JSON object the command prints, keys in a fixed order, one line, no trailing newline.
QByteArray serverHintsJson(const ServerHints &hints);

} // namespace bw
