// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include "uitr.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <cstdio>

namespace bw {

namespace {

/// The value of "--lang NAME" or "--lang=NAME", or an empty string when the option is absent.
QString languageArgument(int argc, char **argv)
{
    constexpr QByteArrayView option("--lang");
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == option && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (argument.startsWith(option) && argument.size() > option.size()
            && argument.at(option.size()) == '=')
            return QString::fromLocal8Bit(argument.sliced(option.size() + 1));
    }
    return QString();
}

bool installTranslator(const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, QStringLiteral("_"), directory)
        && QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

} // namespace

QCommandLineOption installTranslations(int argc, char **argv)
{
    // --lang wins over the choice saved from View > Language, which wins over the system's.
    QString requested = languageArgument(argc, argv);
    const bool fromCommandLine = !requested.isEmpty();
    if (!fromCommandLine) {
        const QSettings settings(QStringLiteral("Breakwater"), QStringLiteral("Breakwater"));
        requested = settings.value(QStringLiteral("ui/language")).toString();
    }
    QLocale locale = QLocale::system();
    if (!requested.isEmpty()) {
        locale = QLocale(requested);
        QLocale::setDefault(locale);
    }

    const bool translated
        = installTranslator(locale, QStringLiteral("breakwater"), QStringLiteral(":/i18n"));
    // Qt's own texts (standard dialogs, --help's built-in options) are optional: without
    // qt6-translations-l10n they stay English and Breakwater's texts are still translated.
    installTranslator(locale, QStringLiteral("qtbase"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    // English is the source language, so it has no translation file to find.
    if (fromCommandLine && !translated && locale.language() != QLocale::English) {
        const QString warning = Tr::tr("breakwater: --lang: no translation for \"%1\"; the "
                                       "interface stays in English.")
                                    .arg(requested);
        std::fputs(qPrintable(warning + QLatin1Char('\n')), stderr);
    }

    return QCommandLineOption(
        QStringLiteral("lang"),
        Tr::tr("Language of the interface, such as de or fr (default: the system's)."),
        Tr::tr("language"));
}

} // namespace bw
