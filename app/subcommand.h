// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>

#include <functional>
#include <optional>

namespace bw {

/// The start every subcommand shares ("breakwater hints", "breakwater export"): names the
/// application, installs translations (so help texts are translated as they are built),
/// lets `addOptions` fill the parser, and parses argv with the subcommand folded into the
/// program name, so usage lines read "breakwater hints [options]".
///
/// Returns nullopt when the caller should go on, or the exit status when it is done: 0 after
/// printing --help, 2 after reporting a parse error or a stray argument on stderr as
/// "breakwater <name>: ...". A QCoreApplication must exist.
std::optional<int> parseSubcommand(
    QCommandLineParser &parser, int argc, char **argv, const QString &name,
    const std::function<void(QCommandLineParser &, const QCommandLineOption &lang)> &addOptions);

/// "breakwater <name>: <text>" on stderr.
void printSubcommandError(const QString &name, const QString &text);

} // namespace bw
