// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "endpointconfig.h"
#include "result.h"

#include <QStringList>

namespace bw {

/// A configuration that loaded, and what was odd about it without being wrong.
struct LoadedConfig
{
    Config config;
    QStringList warnings; ///< "endpoints[0].retyr: unknown key, ignored"
};

/// Parses and validates a configuration (schema version 1). Every problem found is reported,
/// one per line, each naming its JSON path and the reason:
///   endpoints[2].retry.maxAttempts: must be at least 1, got 0
/// Unknown keys are warnings, not errors. Missing optional keys take their defaults.
Result<LoadedConfig> parseConfig(const QByteArray &json);

/// Reads `path` and parses it. A missing, unreadable or non-regular file is an error that names
/// the file; nothing is ever written to `path`.
Result<LoadedConfig> loadConfigFile(const QString &path);

/// The JSON of a configuration, in the same schema parseConfig reads (for saving from the UI).
QByteArray serializeConfig(const Config &config);

} // namespace bw
