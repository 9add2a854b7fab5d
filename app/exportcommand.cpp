// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "subcommand.h"
#include "translations.h"

#include "history/exporter.h"
#include "history/historystore.h"
#include "history/historywriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QSaveFile>

#include <cstdio>

namespace bw {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BreakwaterExport)
};

struct ExportRequest
{
    QString historyPath;
    QString outPath;
    ExportLevel level = ExportLevel::Raw;
    HistoryRange range;
};

void printErr(const QString &text)
{
    printSubcommandError(QStringLiteral("export"), text);
}

void addOptions(QCommandLineParser &parser, const QCommandLineOption &langOption)
{
    parser.setApplicationDescription(
        Tr::tr("Writes attempts or rollups recorded in the history file as CSV (RFC 4180, UTC "
               "times with milliseconds). The range is [--from, --to)."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("history"), Tr::tr("History file (default: %1).").arg(defaultHistoryPath()),
         Tr::tr("file")},
        {QStringLiteral("from"), Tr::tr("First instant, ISO 8601 (inclusive)."), Tr::tr("time")},
        {QStringLiteral("to"), Tr::tr("Last instant, ISO 8601 (exclusive)."), Tr::tr("time")},
        {QStringLiteral("endpoint"),
         Tr::tr("Only this endpoint id; repeat for several (default: all)."), Tr::tr("id")},
        {QStringLiteral("level"), Tr::tr("raw (one row per attempt, default), 1m or 1h (rollups)."),
         Tr::tr("level"), QStringLiteral("raw")},
        {QStringLiteral("out"), Tr::tr("CSV file to write (replaced if present)."), Tr::tr("file")},
        langOption,
    });
}

Result<ExportRequest> readRequest(const QCommandLineParser &parser)
{
    ExportRequest request;
    for (const char *required : {"from", "to", "out"}) {
        if (!parser.isSet(QLatin1String(required)))
            return Unexpected(Tr::tr("--%1 is required").arg(QLatin1String(required)));
    }
    const auto from = parseIsoInstant(parser.value(QStringLiteral("from")));
    if (!from)
        return Unexpected(QStringLiteral("--from: %1").arg(from.error()));
    const auto to = parseIsoInstant(parser.value(QStringLiteral("to")));
    if (!to)
        return Unexpected(QStringLiteral("--to: %1").arg(to.error()));
    if (*to <= *from)
        return Unexpected(Tr::tr("--to must be later than --from"));
    request.range = HistoryRange{*from, *to, parser.values(QStringLiteral("endpoint"))};
    for (const QString &endpoint : std::as_const(request.range.endpoints)) {
        if (endpoint.isEmpty())
            return Unexpected(Tr::tr("--endpoint: expected an endpoint id"));
    }

    const QString level = parser.value(QStringLiteral("level"));
    if (level == u"raw")
        request.level = ExportLevel::Raw;
    else if (level == u"1m")
        request.level = ExportLevel::Minute;
    else if (level == u"1h")
        request.level = ExportLevel::Hour;
    else
        return Unexpected(Tr::tr("--level: expected raw, 1m or 1h, got \"%1\"").arg(level));

    request.historyPath = parser.isSet(QStringLiteral("history"))
                              ? parser.value(QStringLiteral("history"))
                              : defaultHistoryPath();
    request.outPath = parser.value(QStringLiteral("out"));
    if (request.outPath.isEmpty())
        return Unexpected(Tr::tr("--out: expected a file name"));
    return request;
}

} // namespace

Result<qint64> parseIsoInstant(const QString &text)
{
    const QString trimmed = text.trimmed();
    QDateTime parsed;
    // QDate's ISO parser also accepts "2026-12-04T..." by ignoring the time, so only a text of
    // exactly a date's length may be read as a date.
    if (const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        trimmed.size() == 10 && date.isValid())
        parsed = date.startOfDay(Qt::UTC);
    else
        parsed = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return Unexpected(
            Tr::tr("expected an ISO 8601 time such as 2026-12-04T15:30:00Z, got \"%1\"").arg(text));
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeSpec(Qt::UTC);
    return parsed.toMSecsSinceEpoch();
}

int runExportCommand(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    if (const auto done = parseSubcommand(parser, argc, argv, QStringLiteral("export"), addOptions))
        return *done;
    const auto request = readRequest(parser);
    if (!request) {
        printErr(request.error());
        return 2;
    }

    HistoryStore store;
    if (const auto opened = store.open(request->historyPath, HistoryStore::Mode::Read); !opened) {
        printErr(opened.error());
        return 2;
    }
    // QSaveFile: a failed export leaves any earlier file of that name untouched.
    QSaveFile out(request->outPath);
    if (!out.open(QIODevice::WriteOnly)) {
        printErr(QStringLiteral("%1: %2").arg(request->outPath, out.errorString()));
        return 2;
    }
    const auto rows = exportHistoryCsv(store, request->level, request->range, out);
    if (!rows) {
        out.cancelWriting();
        printErr(rows.error());
        return 1;
    }
    if (!out.commit()) {
        printErr(QStringLiteral("%1: %2").arg(request->outPath, out.errorString()));
        return 1;
    }
    const QString written
        = Tr::tr("%1 rows written to %2").arg(QString::number(*rows), request->outPath);
    std::fputs(qPrintable(written + QLatin1Char('\n')), stdout);
    return 0;
}

} // namespace bw
