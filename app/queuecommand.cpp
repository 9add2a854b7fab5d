// SPDX-FileCopyrightText: 2026 The Breakwater developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuecommand.h"

#include "subcommand.h"

#include "config/configloader.h"
#include "metrics/csv.h"
#include "metrics/metricsstore.h"
#include "queue/deliveryrequest.h"
#include "queue/deliverystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <vector>

namespace bw {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BreakwaterQueue)
};

/// Bad lines reported one by one before the rest are summarised.
constexpr int maxReportedLines = 20;

void printOut(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
}

QCommandLineOption queueDbOption()
{
    return {QStringLiteral("queue-db"),
            Tr::tr("Delivery queue file (default: %1).").arg(defaultQueuePath()), Tr::tr("file")};
}

QString queuePathOf(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("queue-db")) ? parser.value(QStringLiteral("queue-db"))
                                                    : defaultQueuePath();
}

/// The endpoint named by --endpoint in --config, when a configuration is given.
Result<std::optional<EndpointConfig>> endpointOf(const QCommandLineParser &parser,
                                                 const QString &id)
{
    if (!parser.isSet(QStringLiteral("config")))
        return std::optional<EndpointConfig>();
    const QString path = parser.value(QStringLiteral("config"));
    const auto loaded = loadConfigFile(path);
    if (!loaded)
        return Unexpected(Tr::tr("the configuration %1 was refused: %2")
                              .arg(path, loaded.error().section(QLatin1Char('\n'), 0, 0)));
    for (const EndpointConfig &e : loaded->config.endpoints) {
        if (e.id != id)
            continue;
        if (e.mode != EndpointMode::Deliver)
            return Unexpected(Tr::tr("endpoint \"%1\" is not in deliver mode").arg(id));
        return std::optional<EndpointConfig>(e);
    }
    return Unexpected(Tr::tr("no endpoint \"%1\" in %2").arg(id, path));
}

int enqueueWith(const QCommandLineParser &parser)
{
    const QString name = QStringLiteral("enqueue");
    const QString id = parser.value(QStringLiteral("endpoint"));
    const QString file = parser.value(QStringLiteral("file"));
    if (id.isEmpty() || file.isEmpty()) {
        printSubcommandError(name, Tr::tr("--endpoint and --file are required"));
        return 2;
    }
    const auto endpoint = endpointOf(parser, id);
    if (!endpoint) {
        printSubcommandError(name, endpoint.error());
        return 2;
    }
    QFile input(file);
    const bool opened = file == QLatin1String("-") ? input.open(stdin, QIODevice::ReadOnly)
                                                   : input.open(QIODevice::ReadOnly);
    if (!opened) {
        printSubcommandError(name, QStringLiteral("%1: %2").arg(file, input.errorString()));
        return 2;
    }
    const QByteArray text = input.readAll();

    // A bad line refuses the whole file: nothing is enqueued, so fixing the file and running
    // the command again never duplicates the good lines.
    DeliveryBatch batch = parseDeliveryLines(text);
    if (*endpoint) {
        for (qsizetype i = 0; i < batch.requests.size(); ++i) {
            const auto target =
                resolveDeliveryTarget((*endpoint)->url, batch.requests.at(i).target);
            if (!target)
                batch.errors.append({batch.lines.at(i), target.error()});
        }
    }
    if (!batch.errors.isEmpty()) {
        std::stable_sort(batch.errors.begin(), batch.errors.end(),
                         [](const auto &a, const auto &b) { return a.line < b.line; });
        int shown = 0;
        for (const DeliveryLineError &error : std::as_const(batch.errors)) {
            if (++shown > maxReportedLines)
                break;
            printSubcommandError(name,
                                 Tr::tr("%1:%2: %3").arg(file).arg(error.line).arg(error.reason));
        }
        if (batch.errors.size() > maxReportedLines)
            printSubcommandError(name, Tr::tr("... and %1 more bad lines")
                                           .arg(batch.errors.size() - maxReportedLines));
        printSubcommandError(name, Tr::tr("bad lines: %1; nothing was enqueued")
                                           .arg(batch.errors.size()));
        return 2;
    }

    DeliveryStore store;
    if (const auto ready = store.open(queuePathOf(parser)); !ready) {
        printSubcommandError(name, ready.error());
        return 1;
    }
    const QueueLimits limits = *endpoint ? QueueLimits{(*endpoint)->queue.maxDeliveries,
                                                       (*endpoint)->queue.maxBytes}
                                         : QueueLimits{};
    const auto ids = store.enqueue(id, batch.requests, limits,
                                   QDateTime::currentMSecsSinceEpoch());
    if (!ids) {
        printSubcommandError(name, ids.error().kind == EnqueueError::Kind::QueueFull
                                       ? Tr::tr("the queue is full; nothing was enqueued (%1)")
                                             .arg(ids.error().message)
                                       : ids.error().message);
        return 1;
    }
    printOut(Tr::tr("deliveries accepted for %1: %2").arg(id).arg(ids->size()));
    return 0;
}

int deadLettersWith(const QCommandLineParser &parser, const QString &action)
{
    const QString name = QStringLiteral("deadletters ") + action;
    const QString id = parser.value(QStringLiteral("endpoint"));
    if (id.isEmpty()) {
        printSubcommandError(name, Tr::tr("--endpoint is required"));
        return 2;
    }
    const QStringList ids = parser.values(QStringLiteral("id"));
    const bool all = parser.isSet(QStringLiteral("all"));
    if (action != QLatin1String("list") && ids.isEmpty() == !all) {
        printSubcommandError(name, Tr::tr("give either --id (repeatable) or --all"));
        return 2;
    }
    const QString path = queuePathOf(parser);
    if (!QFile::exists(path)) {
        printSubcommandError(name, Tr::tr("%1: no such queue file").arg(path));
        return 2;
    }
    DeliveryStore store;
    if (const auto ready = store.open(path); !ready) {
        printSubcommandError(name, ready.error());
        return 1;
    }
    if (action == QLatin1String("list")) {
        const auto letters = store.deadLetters(id);
        if (!letters) {
            printSubcommandError(name, letters.error());
            return 1;
        }
        // One JSON object per line; header values are never printed (they may be secrets).
        for (const Delivery &d : *letters) {
            const QJsonObject line{
                {QStringLiteral("id"), d.id},
                {QStringLiteral("endpoint"), d.endpointId},
                {QStringLiteral("method"), QString::fromLatin1(d.request.method)},
                {QStringLiteral("target"), d.request.target},
                {QStringLiteral("bodyBytes"), qint64(d.request.body.size())},
                {QStringLiteral("idempotencyKey"), d.idempotencyKey},
                {QStringLiteral("enqueuedAt"), isoUtc(fromEpochMs(d.enqueuedMs))},
                {QStringLiteral("deadAt"), isoUtc(fromEpochMs(d.deadMs))},
                {QStringLiteral("attempts"), d.attempts},
                {QStringLiteral("reason"), d.deadReason}};
            printOut(QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)));
        }
        std::fputs(qPrintable(Tr::tr("dead letters: %1").arg(letters->size())
                              + QLatin1Char('\n')),
                   stderr);
        return 0;
    }
    const auto done = action == QLatin1String("requeue")
                          ? store.requeue(id, all ? QStringList() : ids,
                                          QDateTime::currentMSecsSinceEpoch())
                          : store.purge(id, all ? QStringList() : ids);
    if (!done) {
        printSubcommandError(name, done.error());
        return 1;
    }
    printOut(action == QLatin1String("requeue")
                 ? Tr::tr("dead letters requeued: %1").arg(*done)
                 : Tr::tr("dead letters purged: %1").arg(*done));
    return 0;
}

} // namespace

int runEnqueueCommand(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const auto done = parseSubcommand(
        parser, argc, argv, QStringLiteral("enqueue"),
        [](QCommandLineParser &p, const QCommandLineOption &lang) {
            p.setApplicationDescription(
                Tr::tr("Adds one delivery per line of a JSONL file to an endpoint's durable "
                       "queue, whether or not Breakwater is running. A line is a JSON body, or "
                       "an object with method, path or url, headers, body and idempotencyKey. "
                       "A bad line refuses the whole file."));
            p.addHelpOption();
            p.addOptions({
                {QStringLiteral("config"),
                 Tr::tr("Configuration naming the endpoint; its queue limits apply and targets "
                        "are checked against its url."),
                 Tr::tr("file")},
                queueDbOption(),
                {QStringLiteral("endpoint"), Tr::tr("Endpoint id."), Tr::tr("id")},
                {QStringLiteral("file"), Tr::tr("JSONL file, or - for standard input."),
                 Tr::tr("file")},
                lang,
            });
        });
    if (done)
        return *done;
    return enqueueWith(parser);
}

int runDeadLettersCommand(int argc, char **argv)
{
    const QString action = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    const bool known = action == QLatin1String("list") || action == QLatin1String("requeue")
                       || action == QLatin1String("purge");
    // The action is folded into the subcommand's name, so the parser sees only options.
    std::vector<char *> args(argv, argv + argc);
    if (known)
        args.erase(args.begin() + 2);
    int count = int(args.size());
    QCoreApplication app(count, args.data());
    if (!known && action != QLatin1String("--help") && action != QLatin1String("-h")) {
        printSubcommandError(QStringLiteral("deadletters"),
                             Tr::tr("expected list, requeue or purge, got \"%1\"").arg(action));
        return 2;
    }
    QCommandLineParser parser;
    const auto done = parseSubcommand(
        parser, count, args.data(),
        known ? QStringLiteral("deadletters ") + action : QStringLiteral("deadletters"),
        [](QCommandLineParser &p, const QCommandLineOption &lang) {
            p.setApplicationDescription(
                Tr::tr("Lists dead letters (one JSON object per line), requeues them at the tail "
                       "of their queue, or purges them. Actions: list, requeue, purge."));
            p.addHelpOption();
            p.addOptions({
                queueDbOption(),
                {QStringLiteral("endpoint"), Tr::tr("Endpoint id."), Tr::tr("id")},
                {QStringLiteral("id"), Tr::tr("requeue, purge: this delivery; repeatable."),
                 Tr::tr("id")},
                {QStringLiteral("all"), Tr::tr("requeue, purge: every dead letter of the "
                                               "endpoint.")},
                lang,
            });
        });
    if (done)
        return *done;
    return deadLettersWith(parser, action);
}

} // namespace bw
