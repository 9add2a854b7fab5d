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
/// Header values are written as configured, references included; resolved values never.
QByteArray serializeConfig(const Config &config);

/// One endpoint judged by exactly the rules parseConfig applies (it is serialized and read
/// back), so an editor and the loader cannot disagree. `errors` and `warnings` name paths
/// relative to the endpoint ("retry.maxAttempts: must be at least 1, got 0"). When there are
/// no errors, `endpoint` is what loading a file holding it would give, header references
/// resolved into resolvedHeaders.
struct EndpointCheck
{
    EndpointConfig endpoint;
    QStringList errors;
    QStringList warnings;
};
EndpointCheck checkEndpoint(const EndpointConfig &endpoint);

/// The error parseConfig reports for an id used twice, without its path.
QString duplicateIdError(const QString &id);

/// Writes `config` to `path` atomically: a temporary file in the same folder, flushed to disk,
/// then renamed over the old file, so a crash at any point leaves the old or the new file,
/// never a torn one. The file gets mode 0600 (it may hold secrets, even literal ones). A
/// configuration that parseConfig would refuse is not written. On failure the old file is
/// untouched and the error names the reason (not the path).
Result<void> saveConfigFile(const QString &path, const Config &config);

} // namespace bw
