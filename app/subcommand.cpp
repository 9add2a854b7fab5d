// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "subcommand.h"

#include "translations.h"

#include <QCoreApplication>

#include <cstdio>

namespace bw {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BreakwaterExport)
};
} // namespace

void printSubcommandError(const QString &name, const QString &text)
{
    std::fputs(qPrintable(QStringLiteral("breakwater %1: %2\n").arg(name, text)), stderr);
}

std::optional<int> parseSubcommand(
    QCommandLineParser &parser, int argc, char **argv, const QString &name,
    const std::function<void(QCommandLineParser &, const QCommandLineOption &lang)> &addOptions)
{
    QCoreApplication::setApplicationName(QStringLiteral("breakwater"));
    QCoreApplication::setOrganizationName(QStringLiteral("Breakwater"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BREAKWATER_VERSION));
    const QCommandLineOption langOption = installTranslations(argc, argv);
    addOptions(parser, langOption);

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeAt(1);
    arguments[0] = QStringLiteral("breakwater ") + name;
    if (!parser.parse(arguments)) {
        printSubcommandError(name, parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printSubcommandError(name, Tr::tr("unexpected argument \"%1\"")
                                       .arg(parser.positionalArguments().constFirst()));
        return 2;
    }
    return std::nullopt;
}

} // namespace bw
