// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>

namespace bw {

/// Installs translators for Breakwater's texts (compiled into the binary under :/i18n) and
/// for Qt's own (qtbase_*.qm from Qt's translations directory, package qt6-translations-l10n),
/// in the language named by --lang, or else the system locale's (LC_ALL, LC_MESSAGES, LANG,
/// LANGUAGE). --lang also becomes the default QLocale, so numbers follow the chosen language.
///
/// Call it once the application object exists and before any translated text is built, --help
/// included; that is why it reads --lang from argv itself rather than from the parser. Returns
/// the --lang option for the caller's parser, so that --help lists it and parsing accepts it.
QCommandLineOption installTranslations(int argc, char **argv);

} // namespace bw
