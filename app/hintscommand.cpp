// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hintscommand.h"

#include "subcommand.h"
#include "translations.h"

#include "metrics/csv.h"
#include "result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <cstdio>

namespace bw {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BreakwaterHints)
};

// --now beyond this (the year 5138) is a typo, not a time; it also keeps the milliseconds far
// from overflowing WallTime.
constexpr double maxNowSeconds = 1e11;
constexpr qint64 maxCeilingMs = 366LL * 24 * 3600 * 1000;

struct HintsRequest
{
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    WallTime receivedAt;
    HintSettings settings;
};

void printErr(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stderr);
}

QByteArray jsonString(const QString &text)
{
    // QJsonDocument writes only arrays and objects, so the string goes through a one-element
    // array to get the exact escaping JSON needs.
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray jsonBool(bool value)
{
    return value ? "true" : "false";
}

QByteArray jsonNumber(const std::optional<qint64> &value)
{
    return value ? QByteArray::number(*value) : QByteArray("null");
}

Result<std::pair<QByteArray, QByteArray>> parseHeader(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const QString name = text.left(colon).trimmed();
    static const QString tchars = QStringLiteral("!#$%&'*+-.^_`|~");
    const bool validName
        = colon > 0 && !name.isEmpty() && std::all_of(name.cbegin(), name.cend(), [](QChar c) {
              return c.unicode() < 0x80 && (c.isLetterOrNumber() || tchars.contains(c));
          });
    if (!validName)
        return Unexpected(Tr::tr("--header: expected \"Name: value\", got \"%1\"").arg(text));
    return std::pair{name.toLatin1(), text.mid(colon + 1).trimmed().toUtf8()};
}

Result<HintsRequest> readRequest(const QCommandLineParser &parser)
{
    HintsRequest request;
    bool ok = false;
    if (!parser.isSet(QStringLiteral("status")))
        return Unexpected(Tr::tr("--status is required"));
    request.status = parser.value(QStringLiteral("status")).toInt(&ok);
    if (!ok || request.status < 100 || request.status > 599)
        return Unexpected(Tr::tr("--status: expected an HTTP status from 100 to 599, got \"%1\"")
                              .arg(parser.value(QStringLiteral("status"))));

    for (const QString &header : parser.values(QStringLiteral("header"))) {
        auto parsed = parseHeader(header);
        if (!parsed)
            return Unexpected(parsed.error());
        request.headers.append(*parsed);
    }
    request.body = parser.value(QStringLiteral("body")).toUtf8();

    request.receivedAt
        = std::chrono::time_point_cast<WallTime::duration>(std::chrono::system_clock::now());
    if (parser.isSet(QStringLiteral("now"))) {
        const double seconds = parser.value(QStringLiteral("now")).toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds < 0 || seconds > maxNowSeconds)
            return Unexpected(Tr::tr("--now: expected epoch seconds, got \"%1\"")
                                  .arg(parser.value(QStringLiteral("now"))));
        request.receivedAt = WallTime{} + Millis{std::llround(seconds * 1000)};
    }

    const QString format = parser.value(QStringLiteral("reset-format"));
    const auto resetFormat = resetFormatFromName(format);
    if (!resetFormat)
        return Unexpected(Tr::tr("--reset-format: expected auto, epoch-s, epoch-ms, delta-s, "
                                 "http-date, iso or duration, got \"%1\"")
                              .arg(format));
    request.settings.resetFormat = *resetFormat;

    if (parser.isSet(QStringLiteral("max-server-delay-ms"))) {
        const qint64 ms = parser.value(QStringLiteral("max-server-delay-ms")).toLongLong(&ok);
        if (!ok || ms < 0 || ms > maxCeilingMs)
            return Unexpected(Tr::tr("--max-server-delay-ms: expected milliseconds from 0 to %1, "
                                     "got \"%2\"")
                                  .arg(maxCeilingMs)
                                  .arg(parser.value(QStringLiteral("max-server-delay-ms"))));
        request.settings.maxServerDelay = Millis{ms};
    }
    return request;
}

void addOptions(QCommandLineParser &parser, const QCommandLineOption &langOption)
{
    parser.setApplicationDescription(
        Tr::tr("Reads one HTTP response the way the engine does and prints, as one JSON object, "
               "whether to retry, how long the server asked to wait and why."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("status"), Tr::tr("The response's HTTP status."), Tr::tr("code")},
        {QStringLiteral("header"), Tr::tr("A response header, \"Name: value\" (repeatable)."),
         Tr::tr("header")},
        {QStringLiteral("body"), Tr::tr("The response body."), Tr::tr("text")},
        {QStringLiteral("now"),
         Tr::tr("When the response arrived, in epoch seconds (default: "
                "now)."),
         Tr::tr("seconds")},
        {QStringLiteral("reset-format"),
         Tr::tr("How to read X-RateLimit-Reset and similar headers: auto, epoch-s, epoch-ms, "
                "delta-s, http-date, iso or duration (default auto)."),
         Tr::tr("format"), QStringLiteral("auto")},
        {QStringLiteral("max-server-delay-ms"),
         Tr::tr("The longest server wait honoured in-line (default %1).")
             .arg(HintSettings{}.maxServerDelay.count()),
         Tr::tr("ms")},
        langOption,
    });
}

} // namespace

QByteArray serverHintsJson(const ServerHints &hints)
{
    const QByteArray notBefore
        = hints.notBefore ? jsonString(isoUtc(*hints.notBefore)) : QByteArray("null");
    const QByteArray source
        = hints.source.isEmpty() ? QByteArray("null") : jsonString(hints.source);
    const QByteArray scope = hints.scope.isEmpty() ? QByteArray("null") : jsonString(hints.scope);
    const auto ms = [](const std::optional<Millis> &d) {
        return d ? std::optional<qint64>(d->count()) : std::nullopt;
    };
    const std::pair<const char *, QByteArray> fields[] = {
        {"retry", jsonBool(hints.retry)},
        {"waitMs", jsonNumber(ms(hints.wait))},
        {"notBeforeUtc", notBefore},
        {"source", source},
        {"capped", jsonBool(hints.capped)},
        {"paceMs", jsonNumber(ms(hints.pace))},
        {"reason", jsonString(hints.reason)},
        {"throttled", jsonBool(hints.throttled)},
        {"quotaExhausted", jsonBool(hints.quotaExhausted)},
        {"limit", jsonNumber(hints.limit)},
        {"remaining", jsonNumber(hints.remaining)},
        {"windowSeconds", jsonNumber(hints.windowSeconds)},
        {"scope", scope},
    };
    QByteArrayList members;
    for (const auto &[key, value] : fields)
        members.append('"' + QByteArray(key) + "\":" + value);
    return '{' + members.join(',') + '}';
}

int runHintsCommand(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    if (const auto done = parseSubcommand(parser, argc, argv, QStringLiteral("hints"), addOptions))
        return *done;
    const auto request = readRequest(parser);
    if (!request) {
        printErr(QStringLiteral("breakwater hints: %1").arg(request.error()));
        return 2;
    }

    const ServerHints hints = readServerHints(request->status, request->headers, request->body,
                                              request->receivedAt, request->settings);
    const QByteArray json = serverHintsJson(hints) + '\n';
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fflush(stdout);
    return 0;
}

} // namespace bw
